"""The scenario engine: runs a scenario's steps on a live, answered call.

It speaks pre-synthesised prompts through the call's :class:`~robot.sip.audioports.RobotVoice`,
listens through a streaming transcriber fed with the callee's audio, sends DTMF, branches
on what it heard, and finally fills the result's transcript, metrics, checks and score.
Everything here runs in the calling thread; pjsua2 objects are only touched through
the :class:`~robot.sip.softphone.Softphone` interface.
"""

from __future__ import annotations

import logging
import queue
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from robot.call import timeline as tl
from robot.call.result import CallResult, Turn
from robot.call.runner import CallPlan
from robot.config.settings import Config
from robot.errors import InputError
from robot.media.asr.base import EngineFailed, SpeechEnded, SpeechStarted, Utterance, UtteranceDraft, UtteranceEnded
from robot.media.asr.engine import open_transcriber, select_engine
from robot.scenario import HOLD_PHRASES, Scenario, load_scenario
from robot.scenario.model import Branch, Dtmf, Goto, Hangup, Hold, Listen, Play, Say, Step, Wait
from robot.sip.audioports import Prompt
from robot.sip.call import CallSession
from robot.sip.softphone import CLOCK_RATE, Softphone
from scoring.matcher import said_any

log = logging.getLogger(__name__)
PUMP_S = 0.02
LISTEN_OVERRUN_S = 15.0  # a listen may outlast max_s this much while the callee still talks
TEXT_WAIT_S = 3.0  # how long a branch waits for the words of the speech that just ended
# how long a branch waits for final words before it decides on a first-pass draft: the
# endpointer's 0.6 s of silence plus this stay within the 1 s the robot has to answer
DRAFT_AFTER_S = 0.15


@dataclass
class Heard:
    """What the last listen/hold step heard."""

    utterances: list[Utterance] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(u.text for u in self.utterances if u.text)


class ScenarioTalk:
    """One call's conversation: prepared before dialing, run once answered."""

    def __init__(self, scenario: Scenario, path: Path, config: Config):
        self.scenario = scenario
        self.path = path
        self.config = config
        self.language = scenario.language
        self.choice = select_engine(self.language, config.asr.engine, config.asr.model)
        self.audio = self._prepare_audio()
        self.transcriber: Any = None
        self.answer_mono = 0.0
        self.feed_offset_s = 0.0
        self.turns: list[Turn] = []
        self.utterances: list[tuple[Utterance, str | None]] = []
        self.pending: list[Utterance] = []
        self.speaking_since: float | None = None
        self.speech_ends = 0  # ends of speech seen (the endpointer's, before the words)
        self.texts_received = 0  # utterances whose words arrived
        self.drafts: dict[float, Utterance] = {}  # first-pass texts by start, until the final comes
        # utterances a branch took as drafts -> their step: the finals go to the transcript only
        self.decided_on_draft: dict[float, str | None] = {}
        self.step_id: str | None = None
        self.metrics: dict[str, Any] = {"hold_s": 0.0}
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.session: CallSession | None = None

    # -- before dialing ------------------------------------------------------------
    def _prepare_audio(self) -> dict[int, np.ndarray]:
        """Synthesise every prompt and load every WAV now, so no step waits for them."""
        from robot.media.tts import load_wav_pcm, synthesize_many

        audio: dict[int, np.ndarray] = {}
        tts = self.config.tts
        by_voice: dict[tuple[str | None, int], dict[int, str]] = {}
        for i, step in enumerate(self.scenario.steps):
            if isinstance(step, Say):
                voice = step.say.voice or (tts.voice_ru if self.language == "ru" else tts.voice_en)
                texts = by_voice.setdefault((voice, step.say.rate or tts.rate), {})
                texts[i] = self.scenario.render(step.say.text)
        for (voice, rate), texts in by_voice.items():
            paths = synthesize_many(list(texts.values()), self.language, rate, voice, CLOCK_RATE, tts.cache_dir)
            for i, wav in zip(texts, paths, strict=True):
                audio[i] = load_wav_pcm(wav, CLOCK_RATE)
        for i, step in enumerate(self.scenario.steps):
            if isinstance(step, Play):
                audio[i] = load_wav_pcm(self.scenario.resolve(step.play.file), CLOCK_RATE)
        return audio

    # -- media thread ----------------------------------------------------------------
    def feed(self, pcm: bytes) -> None:
        """The callee's 20 ms frames (conference-bridge thread): only after answer."""
        transcriber = self.transcriber
        if transcriber is not None:
            transcriber.feed(pcm)

    # -- the conversation (calling thread) ------------------------------------------
    def talk(self, phone: Softphone, session: CallSession, deadline: float) -> bool:
        """Run the steps; True when the scenario reached its planned end."""
        self.session = session
        self.answer_mono = session.timeline.first(tl.ANSWERED) or time.monotonic()
        self.feed_offset_s = time.monotonic() - self.answer_mono
        self.transcriber = open_transcriber(
            self.language, CLOCK_RATE, choice=self.choice, end_of_utterance_s=self.config.asr.end_of_utterance_s
        )
        steps = self.scenario.steps
        visits: Counter[int] = Counter()
        heard = Heard()
        index: int | None = 0
        executed = 0
        while index is not None:
            if session.ended.is_set():
                return False
            if time.monotonic() >= deadline:
                return False
            step = steps[index]
            visits[index] += 1
            executed += 1
            if visits[index] > step.max_visits or executed > self.scenario.max_steps:
                self._event("loop_bound", {"step": step.label(index), "visits": visits[index]})
                return True
            self.step_id = step.id
            self._event("step", {"index": index, "kind": step.kind, "id": step.id})
            result = self._run_step(phone, session, index, step, heard, deadline)
            if result is False:
                return False
            if isinstance(result, Heard):
                heard = result
            index = self._next(index, step, heard)
        return True

    def _next(self, index: int, step: Step, heard: Heard) -> int | None:
        if isinstance(step, Hangup):
            return None
        if isinstance(step, Goto):
            return self.scenario.target_index(index, step.goto)
        if isinstance(step, Branch):
            for case in step.branch:
                if case.silence and not heard.text:
                    return self.scenario.target_index(index, case.goto)
                if case.heard and heard.text:
                    phrases = [self.scenario.render(p) for p in case.heard]
                    if said_any(phrases, heard.text):
                        self._event("branch", {"goto": case.goto, "heard": heard.text})
                        return self.scenario.target_index(index, case.goto)
            return self.scenario.target_index(index, step.else_)
        return self.scenario.target_index(index, "next")

    def _run_step(
        self, phone: Softphone, session: CallSession, index: int, step: Step, heard: Heard, deadline: float
    ) -> bool | Heard | None:
        if isinstance(step, Say):
            return self._speak(session, index, self.scenario.render(step.say.text), step.say.barge_in, deadline)
        if isinstance(step, Play):
            return self._speak(session, index, f"[{Path(step.play.file).name}]", step.play.barge_in, deadline)
        if isinstance(step, Listen):
            opts = step.listen
            following = self.scenario.steps[index + 1] if index + 1 < len(self.scenario.steps) else None
            return self._listen(opts.max_s, opts.min_s, deadline, isinstance(following, Branch))
        if isinstance(step, Dtmf):
            return self._dtmf(phone, session, step, deadline)
        if isinstance(step, Wait):
            return self._wait(min(time.monotonic() + step.wait, deadline))
        if isinstance(step, Hold):
            return self._hold(step, deadline)
        return None

    # -- steps -------------------------------------------------------------------------
    def _speak(self, session: CallSession, index: int, text: str, barge_in: bool, deadline: float) -> bool:
        voice = session.voice
        if voice is None:
            return not session.ended.is_set()
        prompt = voice.say(Prompt(pcm=self.audio[index], label=text, barge_in=barge_in))
        while not prompt.done.is_set():
            if session.ended.is_set() or time.monotonic() >= deadline:
                voice.stop()
                break
            started = self._pump(PUMP_S)
            if barge_in and started and prompt.started_at is not None:
                voice.stop()
                self._event("barge_in", {"step": self.step_id})
        if prompt.started_at is None:  # the call (or its time) ended before a frame went out
            self._event("prompt_not_played", {"step": self.step_id, "text": text})
            return not session.ended.is_set()
        start = prompt.started_at
        end = prompt.ended_at or time.monotonic()
        turn = Turn(speaker="robot", start_s=self._rel(start), end_s=self._rel(end), text=text, step=self.step_id)
        if prompt.interrupted:
            turn.interrupted = True  # type: ignore[attr-defined]
        self.turns.append(turn)
        return not session.ended.is_set()

    def _listen(self, max_s: float, min_s: float, deadline: float, need_text: bool) -> Heard | bool:
        """Wait for the callee to speak and finish: the first end of speech after the listen
        began (or of the speech already under way), at most ``max_s`` unless the callee is
        still talking then; ``need_text`` (a branch follows) also waits for the words."""
        assert self.session is not None
        started = time.monotonic()
        end = min(started + max_s, deadline)
        hard_end = min(end + LISTEN_OVERRUN_S, deadline)
        ends_before = self.speech_ends
        while True:
            now = time.monotonic()
            if self.session.ended.is_set():
                return False
            finished = self.speech_ends > ends_before and self.speaking_since is None
            if finished and now - started >= min_s:
                break
            if now >= hard_end or (now >= end and self.speaking_since is None):
                break
            self._pump(PUMP_S)
        if need_text:  # the words of the last speech come a moment after its end
            now = time.monotonic()
            text_deadline, draft_from = min(now + TEXT_WAIT_S, hard_end + TEXT_WAIT_S), now + DRAFT_AFTER_S
            while self.texts_received < self.speech_ends and time.monotonic() < text_deadline:
                if self.session.ended.is_set():
                    return False
                if time.monotonic() >= draft_from and self._decide_on_drafts():
                    break
                self._pump(PUMP_S)
        return self._take_pending()

    def _decide_on_drafts(self) -> bool:
        """Take the drafts of every utterance whose final words are still missing, if all
        have one; their finals then enter the transcript but not a later branch."""
        if len(self.drafts) < self.speech_ends - self.texts_received:
            return False
        for start_s in sorted(self.drafts):
            self.pending.append(self.drafts[start_s])
            self.decided_on_draft[start_s] = self.step_id
        self.drafts.clear()
        self._event("branch_on_draft", {"text": " ".join(u.text for u in self.pending if u.text)})
        return True

    def _hold(self, step: Hold, deadline: float) -> Heard | bool:
        """Stay on hold while the callee is silent or says hold phrases; ends when a person speaks."""
        assert self.session is not None
        phrases = list(HOLD_PHRASES.get(self.language, ())) + [self.scenario.render(p) for p in step.hold.phrases]
        started = time.monotonic()
        end = min(started + step.hold.max_s, deadline)
        self.pending.clear()
        human: list[Utterance] = []
        while time.monotonic() < end and not human:
            if self.session.ended.is_set():
                return False
            self._pump(PUMP_S)
            for utterance in self._take_pending().utterances:
                if utterance.text and not said_any(phrases, utterance.text):
                    human.append(utterance)
        hold_end = self.answer_mono + human[0].start_s + self.feed_offset_s if human else time.monotonic()
        hold_s = round(max(0.0, hold_end - started), 3)
        self.metrics["hold_s"] = round(self.metrics["hold_s"] + hold_s, 3)
        if human:
            self.metrics.setdefault("time_to_human_s", round(self._rel(hold_end), 3))
        self._event("hold_end", {"hold_s": hold_s, "human": bool(human)})
        return Heard(human)

    def _dtmf(self, phone: Softphone, session: CallSession, step: Dtmf, deadline: float) -> bool:
        opts = step.dtmf
        for digit in opts.digits:
            if session.ended.is_set():
                return False
            phone.send_dtmf(session, digit, opts.duration_ms)
            self._wait(min(time.monotonic() + (opts.duration_ms + opts.pause_ms) / 1000, deadline))
        return not session.ended.is_set()

    def _wait(self, until: float) -> bool:
        assert self.session is not None
        while time.monotonic() < until:
            if self.session.ended.is_set():
                return False
            self._pump(min(PUMP_S, max(0.0, until - time.monotonic())))
        return True

    # -- transcription events -----------------------------------------------------------
    def _pump(self, timeout: float) -> bool:
        """Handle transcriber events for up to ``timeout`` s; True if the callee started speaking."""
        started = False
        try:
            event = self.transcriber.events.get(timeout=timeout)
        except queue.Empty:
            return False
        while True:
            if isinstance(event, SpeechStarted):
                self.speaking_since = event.t_s
                started = True
            elif isinstance(event, SpeechEnded):
                self.speaking_since = None
                self.speech_ends += 1
            elif isinstance(event, UtteranceDraft):
                self.drafts[event.utterance.start_s] = event.utterance
            elif isinstance(event, UtteranceEnded):
                self.texts_received += 1
                start_s = event.utterance.start_s
                self.drafts.pop(start_s, None)
                step_id = self.step_id
                if start_s in self.decided_on_draft:
                    step_id = self.decided_on_draft.pop(start_s)
                else:
                    self.pending.append(event.utterance)
                self.utterances.append((event.utterance, step_id))
            elif isinstance(event, EngineFailed):
                self._event("asr_failed", {"message": event.message})
            try:
                event = self.transcriber.events.get_nowait()
            except queue.Empty:
                return started

    def _take_pending(self) -> Heard:
        heard, self.pending = Heard(self.pending), []
        return heard

    def _rel(self, mono: float) -> float:
        return round(mono - self.answer_mono, 3)

    def _event(self, name: str, detail: dict[str, Any]) -> None:
        if self.session is not None:
            self.session.timeline.add(f"scenario_{name}", detail)

    # -- after the call -----------------------------------------------------------------
    def finish(self, result: CallResult) -> None:
        """Close the transcriber and fill transcript, ASR info, metrics, checks and score."""
        if self.transcriber is not None:
            known = {u for u, _ in self.utterances}
            for utterance in self.transcriber.close():  # includes the one cut by the hang-up
                if utterance not in known:
                    self.utterances.append((utterance, self.decided_on_draft.get(utterance.start_s, self.step_id)))
            self.transcriber = None
        callee = []
        for utterance, step in self.utterances:
            turn = utterance.as_turn("callee")
            turn["start_s"] = round(turn["start_s"] + self.feed_offset_s, 3)
            turn["end_s"] = round(turn["end_s"] + self.feed_offset_s, 3)
            for word in turn.get("words") or []:
                word["start_s"] = round(word["start_s"] + self.feed_offset_s, 3)
                word["end_s"] = round(word["end_s"] + self.feed_offset_s, 3)
            turn["step"] = step
            callee.append(Turn.model_validate(turn))
        result.transcript = sorted(self.turns + callee, key=lambda t: t.start_s)
        result.asr = self.choice.info.as_dict()
        result.metrics.update(self.metrics)
        result.scenario_name = self.scenario.name  # type: ignore[attr-defined]
        self._score(result)

    def _score(self, result: CallResult) -> None:
        checks = self.scenario.scoring_checks
        if not checks:
            return
        from scoring.engine import score_call
        from scoring.inputs import ScoringInput

        report = score_call(checks, ScoringInput.from_result(result), self.language, self.scenario.pass_percent)
        data = report.as_dict()
        result.checks = data["checks"]
        result.score = data["score"]


def attach_scenario(plan: CallPlan, scenario_path: str | Path, config: Config) -> ScenarioTalk:
    """Load and prepare a scenario (bad input raises InputError before dialing) and plug it
    into ``plan``: the call then talks instead of just staying on the line."""
    path = Path(scenario_path)
    scenario = load_scenario(path)
    if scenario.language not in ("ru", "en"):
        raise InputError(f"{path}: unsupported language {scenario.language!r}")
    talk = ScenarioTalk(scenario, path, config)
    plan.scenario_name = str(scenario_path)
    plan.talk = talk.talk
    plan.audio_sink = talk.feed
    plan.finish = talk.finish
    if scenario.max_call_s is not None:
        plan.limits = plan.limits.model_copy(update={"max_call_s": scenario.max_call_s})
    return talk
