"""The streaming who-picked-up detector: feed the callee's audio from the answer, read a decision.

Rules, in order, on every 20 ms frame (thresholds are module constants, tuned on the tuning
part of the corpus only):

1. special information tones (three rising tones) -> ``announcement``;
2. a fax answer tone (2100 Hz >= 0.8 s) or calling tone (1100 Hz bursts) -> ``fax``;
3. a steady beep (380-2100 Hz, 0.3-2 s) after at least 1 s of non-musical speech -> ``voicemail``;
4. a recognised text cue (EN/RU, when an ASR feeds :meth:`LineSense.hear`; see ``text.py``)
   -> ``voicemail`` / ``ivr`` / ``announcement``;
5. sustained tonal, stable sound without speech rhythm -> ``music``;
6. a short greeting (at most ``HUMAN_MAX_SPEECH_S`` of speech) followed by ``HUMAN_GAP_S`` of
   silence -> ``human`` (a person waits for the caller to talk; machines keep talking); so is
   a longer one whose words hand over to the caller ("how can I help you?") with no machine cue;
7. longer speech, or words that open as recorded greetings do ("you have reached") -> a
   machine: its kind comes from text, beep or SIT when one arrives by the bound, otherwise
   from the greeting's shape (see :meth:`LineSense._machine_default`);
8. nothing but silence or noise for ``SILENCE_S`` -> ``silence``; speech that starts later
   reopens the decision (rules 1-7 then run on it, with the bound counted from its start).

The decision is made as early as these allow and never later than ``bound_s`` (6 s by default),
when the best guess is taken. Afterwards it changes only when a beep (-> voicemail) or SIT
(-> announcement) is found later, or when recognised text names another machine kind for a
machine decision (ivr/voicemail/unknown, or one taken from text), a menu after music, or a
carrier's words heard by the bound after a "person" (a short announcement), or a recorded
greeting's or menu's words after a short hello and its pause ("Hello! ... leave a message"),
heard out by the bound; each change sets
``revised_from`` in the evidence.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np

from robot.media.linesense.frames import HOP_S, Frame, FrameAnalyzer, ToneSegment, ToneTracker, is_tone
from robot.media.linesense.text import MachineKind, sounds_human, sounds_recorded, utterances_kind
from robot.media.linesense.tones import find_sit, is_beep, is_ced, is_cng

AnsweredBy = Literal["human", "ivr", "voicemail", "announcement", "music", "fax", "silence", "unknown"]
MACHINES = ("ivr", "voicemail", "announcement")

BOUND_S = 6.0
ACTIVE_DB = 7.0  # a frame is sound when this far above the noise floor...
ACTIVE_MIN_DB = -52.0  # ...and above this level
FLOOR_RISE_DB_S = 2.0
SPEECH_START_FRAMES = 3
BURST_GAP_S = 0.3
TONE_NOT_SPEECH_S = 0.24  # a steady tone longer than this is not speech
HUMAN_GAP_S = 0.9
HUMAN_MAX_SPEECH_S = 4.2
MACHINE_WAIT_S = 99
SILENCE_S = 3.0
LATE_SPEECH_S = 0.3  # of speech after a silence decision reopens it
HEAR_OUT_S = 4.0  # a greeting whose words tell what it is is heard out this long past the bound
HELLO_THEN_MACHINE_S = 1.5  # of speech after a "person"'s hello that a machine's words then revise
TEXTS_KEPT = 6  # utterances whose words decide the text cue together
MUSIC_MIN_S = 1.6  # of musical sound before music can be decided
MUSIC_SHARE = 0.6  # share of sounding frames that are tonal or spectrally stable
STABLE = 0.9
MUSIC_NOTE_S = 0.12  # a tone frame counts as music inside a steady tone this long
BEEP_QUIET_S = 0.5  # a voicemail beep is followed by this much silence (the machine records)
MUSIC_END_WINDOW_S = 1.0  # music has ended when, over this long, ...
MUSIC_END_SHARE = 0.3  # ... at most this share of the sounding frames is musical


@dataclass(frozen=True)
class Decision:
    answered_by: AnsweredBy
    at_s: float
    confidence: float
    evidence: dict[str, Any] = field(default_factory=dict)


class LineSense:
    """Feed 20 ms (or larger) int16 chunks of the callee's audio from the answer."""

    def __init__(self, language: str, sample_rate: int = 8000, bound_s: float = BOUND_S) -> None:
        self.language = language
        self.rate = sample_rate
        self.bound_s = bound_s
        self._analyzer = FrameAnalyzer(sample_rate)
        self._tones = ToneTracker()
        self._t0: float | None = None
        self._samples = 0
        self.now_s = 0.0
        self._floor = 0.0
        self._decision: Decision | None = None
        # speech
        self._run = 0
        self._run_start = 0.0
        self._in_burst = False
        self.bursts: list[list[float]] = []
        self._sound_s = 0.0
        self._musical_s = 0.0
        # cues
        self.sit: list[tuple[float, float]] = []
        self.beeps: list[ToneSegment] = []
        self.fax: str | None = None
        self.texts: list[tuple[str, float, float]] = []
        self._text_kind: tuple[MachineKind, float] | None = None
        self._human_text = False  # the words so far hand over to the caller, as a person does
        self._recorded_text = False  # ... or open as a recorded greeting does
        # music on hold: when the person it held for came on (see _track_music_end)
        self.music_end_s: float | None = None
        self._beep_quiet = False  # nothing has sounded since the last beep ended
        self._window: deque[tuple[float, bool, bool]] = deque()
        self._machine_at: float | None = None
        self._bound_at_s = bound_s  # moved on when speech reopens a silence decision
        self._reopened_from: dict[str, Any] | None = None

    # -- input -----------------------------------------------------------------------------
    def feed(self, pcm: np.ndarray, t_s: float) -> Decision | None:
        """Analyse a chunk of int16 samples whose first sample is at ``t_s`` seconds from the
        answer. A chunk that starts later than the audio fed so far ends (lost packets) is
        preceded by silence, so frame times stay on the call's clock."""
        if self._t0 is None:
            self._t0 = t_s
        gap = round((t_s - self._t0) * self.rate) - self._samples
        if gap > 0:
            self._feed(np.zeros(gap, dtype=np.int16))
        self._feed(np.asarray(pcm, dtype=np.int16))
        return self._decision

    def _feed(self, pcm: np.ndarray) -> None:
        assert self._t0 is not None
        self._samples += len(pcm)
        for frame in self._analyzer.feed(pcm):
            self._step(replace(frame, t_s=frame.t_s + self._t0))

    def hear(self, text: str, start_s: float, end_s: float) -> Decision | None:
        """A recognised utterance of the callee (the words may be wrong)."""
        self.texts.append((text, start_s, end_s))
        # the words so far, not only this utterance's: "the subscriber cannot take your call" and
        # then "leave a message after the tone" is a network voicemail, not an announcement
        recent = [t for t, _, _ in self.texts[-TEXTS_KEPT:]]
        words = " ".join(recent)
        kind = utterances_kind(recent)
        self._human_text = kind is None and sounds_human(words)
        self._recorded_text = kind is None and sounds_recorded(words)
        if kind is not None:
            self._text_kind = (kind, end_s)
            self._decide(max(self.now_s, end_s))
        return self._decision

    # -- output ----------------------------------------------------------------------------
    @property
    def decision(self) -> Decision | None:
        return self._decision

    def final(self, now_s: float | None = None) -> Decision:
        """The decision, forced from the evidence so far if the bound was not reached."""
        if self._decision is None:
            t = self.now_s if now_s is None else now_s
            self._decision = self._at_bound(t)
        return self._decision

    # -- analysis --------------------------------------------------------------------------
    def _step(self, f: Frame) -> None:
        self.now_s = f.t_s
        if self._analyzer.frames == 1:
            self._floor = f.level_db
        closed = self._tones.push(f)
        open_seg = self._tones.open_segment
        active = f.level_db >= max(self._floor + ACTIVE_DB, ACTIVE_MIN_DB)
        if f.level_db < self._floor:
            self._floor = f.level_db
        elif not active:
            self._floor = min(f.level_db, self._floor + FLOOR_RISE_DB_S * HOP_S)
        tone = is_tone(f)
        steady_tone = tone and open_seg is not None and open_seg.dur_s >= TONE_NOT_SPEECH_S
        musical = False
        if active or tone:
            self._sound_s += HOP_S
            if f.stability >= STABLE or (tone and open_seg is not None and open_seg.dur_s >= MUSIC_NOTE_S):
                self._musical_s += HOP_S
                musical = True
        self._track_music_end(f.t_s, active or tone, musical)
        if (active or tone) and self.beeps and f.t_s > self.beeps[-1].end_s + 2 * HOP_S:
            self._beep_quiet = False  # a voicemail records silence after its beep: this was no such beep
        self._speech(f, active and not steady_tone)
        if closed is not None:
            self._on_tone(closed)
        if open_seg is not None and is_ced(open_seg) and self.fax is None:
            self.fax = "ced"
        self._decide(f.t_s)

    def _track_music_end(self, t: float, sounding: bool, musical: bool) -> None:
        """Once music was decided, the first moment the sound stops being musical (a person
        taking the call after the hold music): over the last ``MUSIC_END_WINDOW_S``, sound in
        most frames and music in few of them."""
        if self.music_end_s is not None or self._decision is None or self._decision.answered_by != "music":
            self._window.clear()
            return
        self._window.append((t, sounding, musical))
        while self._window and self._window[0][0] <= t - MUSIC_END_WINDOW_S:
            self._window.popleft()
        frames = len(self._window)
        if frames * HOP_S < MUSIC_END_WINDOW_S * 0.9:
            return
        sounding_n = sum(1 for _, snd, _ in self._window if snd)
        musical_n = sum(1 for _, _, mus in self._window if mus)
        if sounding_n >= 0.5 * frames and musical_n <= MUSIC_END_SHARE * sounding_n:
            self.music_end_s = next(t0 for t0, snd, mus in self._window if snd and not mus)

    def _speech(self, f: Frame, speech: bool) -> None:
        """Bursts of speech: they start on ``SPEECH_START_FRAMES`` sounding frames in a row and
        take in any sounding frame within ``BURST_GAP_S`` of their end."""
        if speech:
            if self._in_burst or (self.bursts and f.t_s - HOP_S - self.bursts[-1][1] <= BURST_GAP_S):
                self.bursts[-1][1] = f.t_s
                self._in_burst = True
                self._run = 0
                return
            if self._run == 0:
                self._run_start = f.t_s - HOP_S
            self._run += 1
            if self._run >= SPEECH_START_FRAMES:
                self.bursts.append([self._run_start, f.t_s])
                self._in_burst = True
                self._run = 0
        else:
            self._run = 0
            if self._in_burst and f.t_s - self.bursts[-1][1] > BURST_GAP_S:
                self._in_burst = False

    @property
    def greeting_s(self) -> float:
        """Span of the first stretch of speech (bursts less than ``HUMAN_GAP_S`` apart)."""
        if not self.bursts:
            return 0.0
        start, end = self.bursts[0]
        for a, b in self.bursts[1:]:
            if a - end >= HUMAN_GAP_S:
                break
            end = b
        return end - start

    @property
    def speech_s(self) -> float:
        """Seconds of speech so far (the bursts' spans)."""
        return sum(b - a for a, b in self.bursts)

    def _on_tone(self, seg: ToneSegment) -> None:
        sit = find_sit(self._tones.segments[-3:])
        if sit and (not self.sit or sit[-1][0] > self.sit[-1][1]):
            self.sit.append(sit[-1])
            return
        if is_ced(seg):
            self.fax = "ced"
        elif is_cng(seg) and self._speech_before(seg) < 0.5:
            self.fax = "cng"
        elif is_beep(seg) and self._speech_before(seg) >= 1.0 and self._musical_s < 0.5 * self._sound_s:
            self.beeps.append(seg)
            self._beep_quiet = True

    def _speech_before(self, seg: ToneSegment) -> float:
        return sum(min(b, seg.start_s) - a for a, b in self.bursts if a < seg.start_s)

    # -- decisions -------------------------------------------------------------------------
    def _set(self, kind: AnsweredBy, t: float, conf: float, rule: str, **extra: Any) -> None:
        evidence = self._evidence(rule, **extra)
        previous = self._decision
        if previous is not None:
            if previous.answered_by == kind:
                return
            evidence["revised_from"] = {"answered_by": previous.answered_by, "at_s": previous.at_s}
        elif self._reopened_from is not None:
            evidence["revised_from"] = self._reopened_from
        self._decision = Decision(kind, round(t, 3), conf, evidence)

    def _evidence(self, rule: str, **extra: Any) -> dict[str, Any]:
        ev: dict[str, Any] = {
            "rule": rule,
            "speech_s": round(self.speech_s, 2),
            "greeting_s": round(self.greeting_s, 2),
            "bursts": [[round(a, 2), round(b, 2)] for a, b in self.bursts[:8]],
            "music_share": round(self._musical_s / self._sound_s, 2) if self._sound_s else 0.0,
        }
        if self.sit:
            ev["sit"] = self.sit
        if self.beeps:
            b = self.beeps[-1]
            ev["beep"] = {"start_s": round(b.start_s, 2), "end_s": round(b.end_s, 2), "freq_hz": round(b.freq_hz)}
        if self.fax:
            ev["fax"] = self.fax
        if self._text_kind:
            ev["text_kind"] = self._text_kind[0]
        ev.update(extra)
        return ev

    def _decide(self, t: float) -> None:
        d = self._decision
        if self.sit:
            if d is None or d.answered_by != "announcement":
                self._set("announcement", t, 0.95, "sit")
            return
        if self.fax and d is None:
            self._set("fax", t, 0.95, f"fax_{self.fax}")
            return
        if self.beeps and self._beep_quiet and self.now_s - self.beeps[-1].end_s >= BEEP_QUIET_S:
            if d is None or (d.answered_by not in ("voicemail", "fax") and d.evidence.get("rule") != "sit"):
                self._set("voicemail", t, 0.9, "beep")
            return
        if d is not None and d.answered_by == "silence" and self.speech_s >= LATE_SPEECH_S:
            self._reopen(t)
            d = None
        if d is not None:
            tk = self._text_kind
            by_text = d.answered_by in ("ivr", "voicemail", "unknown") or d.evidence.get("rule") == "text"
            by_text = by_text or (d.answered_by == "music" and tk is not None and tk[0] == "ivr")  # a menu after music
            # a carrier's words are no person's: a short announcement first looks like "алло"
            by_text = by_text or (
                d.answered_by == "human" and tk is not None and tk[0] == "announcement" and tk[1] <= self.bound_s
            )
            by_text = by_text or (tk is not None and self._machine_after_hello(d, tk[1]))
            if tk and by_text and d.answered_by != tk[0]:
                self._set(tk[0], t, 0.8, "text")
            return
        self._decide_first(t)

    def _machine_after_hello(self, d: Decision, cue_end_s: float) -> bool:
        """A "person" whose short hello was followed, after the pause that made it a person, by
        a recorded greeting's or a menu's words heard out by the bound ("Hello! ... sorry, I
        can't take your call, leave a message")."""
        if d.answered_by != "human" or d.evidence.get("rule") != "short_greeting":
            return False
        later = [b for b in self.bursts if b[0] >= d.at_s - HOP_S]
        return (
            bool(later)
            and later[-1][1] - later[0][0] >= HELLO_THEN_MACHINE_S
            and cue_end_s <= self._bound_at_s + HEAR_OUT_S
        )

    def _reopen(self, t: float) -> None:
        """Speech after a silence decision: decide again, as if the call was answered when the
        speech began (a person who picks up and says nothing for a while is still a person)."""
        assert self._decision is not None
        self._reopened_from = {"answered_by": self._decision.answered_by, "at_s": self._decision.at_s}
        self._decision = None
        self._bound_at_s = self.bursts[0][0] + self.bound_s

    def _decide_first(self, t: float) -> None:
        tk = self._text_kind
        machine_long = self.greeting_s > HUMAN_MAX_SPEECH_S or (self._recorded_text and not self._human_text)
        if tk:
            self._set(tk[0], t, 0.85, "text")
            return
        share = self._musical_s / self._sound_s if self._sound_s else 0.0
        if self._musical_s >= MUSIC_MIN_S and share >= MUSIC_SHARE:
            self._set("music", t, 0.8, "music")
            return
        if self.bursts:
            last_end = self.bursts[-1][1]
            quiet = not self._in_burst and t - last_end >= HUMAN_GAP_S
            if not machine_long and quiet:
                self._set("human", t, 0.8, "short_greeting")
                return
            if quiet and self._human_text:
                self._set("human", t, 0.75, "greeting_text")
                return
            if machine_long:
                if self._machine_at is None:
                    self._machine_at = t
                # words that tell a recorded greeting from a person's: hear the greeting out
                telling = self._recorded_text or self._human_text
                if not quiet and telling and t < self._bound_at_s + HEAR_OUT_S:
                    return
                if t - self._machine_at >= MACHINE_WAIT_S or t >= self._bound_at_s:
                    kind, conf, rule = self._machine_default()
                    self._set(kind, t, conf, rule)
                    return
        elif t >= SILENCE_S and self.speech_s < 0.2:
            self._set("silence", t, 0.8, "silence")
            return
        if t >= self._bound_at_s:
            self._decision = self._at_bound(t)

    def _machine_default(self) -> tuple[AnsweredBy, float, str]:
        """A machine with no beep, SIT or text: a greeting that ended (the machine now waits
        silently) is a voicemail; one still talking is an IVR menu (menus run longer)."""
        if not self._in_burst and self.bursts and self.now_s - self.bursts[-1][1] >= HUMAN_GAP_S:
            return "voicemail", 0.5, "greeting_ended"
        return "ivr", 0.5, "long_speech"

    def _set_at(self, kind: AnsweredBy, t: float, conf: float, rule: str) -> Decision:
        self._set(kind, t, conf, rule)
        assert self._decision is not None
        return self._decision

    def _at_bound(self, t: float) -> Decision:
        if self._decision is not None:
            return self._decision
        share = self._musical_s / self._sound_s if self._sound_s else 0.0
        if self.greeting_s > HUMAN_MAX_SPEECH_S or (self._recorded_text and not self._human_text):
            kind, conf, rule = self._machine_default()
            return self._set_at(kind, t, conf, rule)
        if self._musical_s >= 0.5 and share >= MUSIC_SHARE:
            return self._set_at("music", t, 0.5, "music_at_bound")
        if self.bursts:
            return self._set_at("human", t, 0.5, "speech_at_bound")
        if self.speech_s < 0.2:
            return self._set_at("silence", t, 0.6, "silence_at_bound")
        return self._set_at("unknown", t, 0.3, "bound")
