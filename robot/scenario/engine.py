"""The scenario engine: runs a scenario's steps on a live, answered call.

Each step runs through its kind's handler (:meth:`~robot.scenario.steps.base.StepKind.run`),
which gets what the engine offers (:class:`_LiveStep`): prompts pre-synthesised before dialing
and spoken through the call's :class:`~robot.sip.audioports.RobotVoice`, listening through a
streaming transcriber fed with the callee's audio, DTMF, waiting. After the call the engine
fills the result's transcript, metrics, checks and score.
Everything here runs in the calling thread; pjsua2 objects are only touched through
the :class:`~robot.sip.softphone.Softphone` interface.
"""

from __future__ import annotations

import logging
import queue
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from robot.call.result import CallResult, Turn
from robot.call.resultview import SURE_MACHINE
from robot.call.runner import CallPlan
from robot.call.sensing import CallSensing
from robot.config.settings import Config
from robot.errors import InputError
from robot.media.asr.base import EngineFailed, SpeechEnded, SpeechStarted, Utterance, UtteranceDraft, UtteranceEnded
from robot.media.asr.engine import open_transcriber, select_engine
from robot.scenario.loader import load_scenario
from robot.scenario.machines import LeaveMessage
from robot.scenario.model import Scenario
from robot.scenario.steps.base import Heard, Recording, Speech, StepKind
from robot.scenario.templating import render_prompt
from robot.sip import timeline as tl
from robot.sip.audioports import Prompt
from robot.sip.call import CallSession
from robot.sip.softphone import CLOCK_RATE, Softphone
from robot.sip.transfer import refuse_all

log = logging.getLogger(__name__)
PUMP_S = 0.02
LISTEN_OVERRUN_S = 15.0  # a listen may outlast max_s this much while the callee still talks
TEXT_WAIT_S = 3.0  # how long a branch waits for the words of the speech that just ended
MESSAGE_INDEX = -1  # the audio of the voicemail message (machines: {voicemail: {say: ...}})
BEEP_WAIT_S = 15.0  # a voicemail message waits at most this long for the beep
# how long a branch waits for final words before it decides on a first-pass draft: the
# endpointer's 0.6 s of silence plus this stay within the 1 s the robot has to answer
DRAFT_AFTER_S = 0.15
# checks that never read the callee's words: a scenario with only these (and no listening
# step) starts no recogniser process; its endpointer still times the callee's speech
_WORDLESS_CHECKS = frozenset({"outcome", "not_dropped"})
_WORDLESS_METRICS = frozenset({"answer_s", "ring_to_answer_s", "post_dial_delay_s", "talk_s", "total_s", "hold_s"})


def needs_recogniser(scenario: Scenario) -> bool:
    """Whether the scenario listens (or decides on words) or scores the callee's speech."""
    if any(step.listens or step.needs_words for step in scenario.steps):
        return True
    for check in scenario.scoring_checks:
        kind = getattr(check, "kind", "")
        if kind in _WORDLESS_CHECKS or (kind == "metric" and getattr(check, "metric", "") in _WORDLESS_METRICS):
            continue
        return True
    return False


class ScenarioTalk:
    """One call's conversation: prepared before dialing, run once answered."""

    def __init__(self, scenario: Scenario, path: Path, config: Config):
        self.scenario = scenario
        self.path = path
        self.config = config
        self.language = scenario.language
        self.choice = select_engine(self.language, config.asr.engine, config.asr.model)
        self.recognise = needs_recogniser(scenario)
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
        self.heard = Heard()  # what the last listen/hold heard: a branch decides on it
        self.metrics: dict[str, Any] = {"hold_s": 0.0}
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.session: CallSession | None = None
        self.sensing: CallSensing | None = None  # who answered: told what the callee says

    # -- before dialing ------------------------------------------------------------
    def _prepare_audio(self) -> dict[int, np.ndarray]:
        """Synthesise every prompt and load every WAV now, so no step waits for them."""
        from robot.media.tts import load_wav_pcm, synthesize_many

        audio: dict[int, np.ndarray] = {}
        tts = self.config.tts
        default_voice = tts.voice_ru if self.language == "ru" else tts.voice_en
        by_voice: dict[tuple[str | None, int], dict[int, str]] = {}
        recordings: dict[int, Path] = {}
        for i, step in enumerate(self.scenario.steps):
            source = step.prompt(self.scenario)
            if isinstance(source, Speech):
                texts = by_voice.setdefault((source.voice or default_voice, source.rate or tts.rate), {})
                texts[i] = source.text
            elif isinstance(source, Recording):
                recordings[i] = source.path
        for (voice, rate), texts in by_voice.items():  # one synthesis run per voice
            paths = synthesize_many(list(texts.values()), self.language, rate, voice, CLOCK_RATE, tts.cache_dir)
            for i, wav in zip(texts, paths, strict=True):
                audio[i] = load_wav_pcm(wav, CLOCK_RATE)
        for i, path in recordings.items():
            audio[i] = load_wav_pcm(path, CLOCK_RATE)
        message = self.scenario.machines.voicemail
        if isinstance(message, LeaveMessage):
            text = render_prompt(message.say, self.scenario.persona)
            [wav] = synthesize_many([text], self.language, tts.rate, default_voice, CLOCK_RATE, tts.cache_dir)
            audio[MESSAGE_INDEX] = load_wav_pcm(wav, CLOCK_RATE)
        return audio

    def use_sensing(self, sensing: CallSensing) -> None:
        """The call's who-answered detector (set when the call's audio starts)."""
        self.sensing = sensing

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
            self.language,
            CLOCK_RATE,
            choice=self.choice,
            end_of_utterance_s=self.config.asr.end_of_utterance_s,
            recognise=self.recognise,
        )
        steps = self.scenario.steps
        visits: Counter[int] = Counter()
        self.heard = Heard()
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
            if self._machine_action() is not None:
                return self._act_on_machine(session, deadline)
            self.step_id = step.id
            self._event("step", {"index": index, "kind": step.kind, "id": step.id})
            target = step.run(_LiveStep(self, phone, session, index, deadline))
            if target is None:  # the call ended under the step, or a machine answered it
                if self._machine_action() is not None and not session.ended.is_set():
                    return self._act_on_machine(session, deadline)
                return False
            index = self.scenario.target_index(index, target)
        return True

    def _answered_by(self, session: CallSession, deadline: float) -> str | None:
        """The detector's decision, waiting for it until its bound (None: no audio to judge)."""
        sensing = self.sensing
        if sensing is None:
            return None
        while sensing.decision is None and sensing.heard_s < sensing.bound_s + 0.5:
            if session.ended.is_set() or time.monotonic() >= deadline:
                break
            self._pump(PUMP_S)
        decision = sensing.decision or sensing.final()
        return decision.answered_by

    # -- machines (the scenario's `machines:`) ------------------------------------------
    def _machine_action(self) -> str | None:
        """``hangup`` or ``message`` when the machine that answered ends the scenario, else None."""
        decision = self.sensing.decision if self.sensing is not None else None
        if decision is None or decision.confidence < SURE_MACHINE:
            return None  # a guess from timing alone: a person with a long greeting is not hung up on
        action = self.scenario.machines.action(decision.answered_by)
        if isinstance(action, LeaveMessage):
            return "message"
        return "hangup" if action == "hangup" else None

    def _act_on_machine(self, session: CallSession, deadline: float) -> bool:
        """Hang up on the machine, after leaving the scenario's message on a voicemail."""
        assert self.sensing is not None
        decision = self.sensing.decision
        assert decision is not None
        action = self._machine_action()
        self._event("machine", {"answered_by": decision.answered_by, "action": action})
        if action == "message" and MESSAGE_INDEX in self.audio:
            self._wait_for_beep(session, deadline)
            message = self.scenario.machines.voicemail
            assert isinstance(message, LeaveMessage)
            self.step_id = "machines"
            self._speak(session, MESSAGE_INDEX, message.say, False, deadline)
        return True

    def _wait_for_beep(self, session: CallSession, deadline: float) -> None:
        """Until the voicemail's beep has sounded and ended (bounded), so the message is recorded."""
        assert self.sensing is not None
        until = min(deadline, time.monotonic() + BEEP_WAIT_S)
        while time.monotonic() < until and not session.ended.is_set():
            decision = self.sensing.decision
            beep = decision.evidence.get("beep") if decision is not None else None
            heard = self.sensing.heard_s
            if beep is not None and heard >= beep["end_s"] + 0.2:
                return
            if beep is None and self.speaking_since is None and heard >= self.sensing.bound_s + 1.0:
                return  # decided without a beep: the greeting is over
            self._pump(PUMP_S)

    # -- what steps use (through _LiveStep) ---------------------------------------------
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
            turn.interrupted = True
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
            if self.session.ended.is_set() or self._machine_action() is not None:
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

    def _wait(self, until: float) -> bool:
        assert self.session is not None
        while time.monotonic() < until:
            if self.session.ended.is_set() or self._machine_action() is not None:
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
                if self.sensing is not None:
                    u = event.utterance
                    self.sensing.hear(u.text, u.start_s + self.feed_offset_s, u.end_s + self.feed_offset_s)
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
        shift = self._invite_offset_s()
        turns = [t.shifted(shift) for t in self.turns + callee]
        result.transcript = sorted(turns, key=lambda t: t.start_s)
        result.asr = self.choice.info.as_dict()
        result.metrics.update(self.metrics)
        result.scenario_name = self.scenario.name
        self._score(result)

    def _invite_offset_s(self) -> float:
        """Seconds from the INVITE to the answer: the engine counts from the answer, the result
        from the INVITE (its recording, events and transcript share that base)."""
        t0 = self.session.timeline.t0 if self.session is not None else None
        return round(self.answer_mono - t0, 3) if t0 is not None and self.answer_mono else 0.0

    def _score(self, result: CallResult) -> None:
        checks = self.scenario.scoring_checks
        if not checks:
            return
        from scoring.engine import score_call
        from scoring.inputs import ScoringInput

        scn = self.scenario
        report = score_call(checks, ScoringInput.from_result(result), self.language, scn.pass_percent, scn.review_below)
        data = report.as_dict()
        result.checks = data["checks"]
        result.score = data["score"]


class _LiveStep:
    """What one running step sees of the call (:class:`~robot.scenario.steps.base.LiveCall`)."""

    def __init__(self, talk: ScenarioTalk, phone: Softphone, session: CallSession, index: int, deadline: float):
        self._talk = talk
        self._phone = phone
        self._session = session
        self._index = index
        self._deadline = deadline

    @property
    def heard(self) -> Heard:
        return self._talk.heard

    @heard.setter
    def heard(self, heard: Heard) -> None:
        self._talk.heard = heard

    @property
    def language(self) -> str:
        return self._talk.language

    @property
    def deadline(self) -> float:
        return self._deadline

    @property
    def ended(self) -> bool:
        return self._session.ended.is_set()

    @property
    def following(self) -> StepKind | None:
        steps = self._talk.scenario.steps
        return steps[self._index + 1] if self._index + 1 < len(steps) else None

    @property
    def metrics(self) -> dict[str, Any]:
        return self._talk.metrics

    def render(self, text: str) -> str:
        return self._talk.scenario.render(text)

    def speak(self, label: str, barge_in: bool) -> bool:
        return self._talk._speak(self._session, self._index, label, barge_in, self._deadline)

    def listen(self, max_s: float, min_s: float, need_words: bool) -> Heard | None:
        heard = self._talk._listen(max_s, min_s, self._deadline, need_words)
        return heard if isinstance(heard, Heard) else None

    def hear(self) -> list[Utterance]:
        self._talk._pump(PUMP_S)
        return self._talk._take_pending().utterances

    def forget_heard(self) -> None:
        self._talk.pending.clear()

    def send_dtmf(self, digit: str, duration_ms: int) -> None:
        self._phone.send_dtmf(self._session, digit, duration_ms)

    def wait(self, seconds: float) -> bool:
        return self._talk._wait(min(time.monotonic() + seconds, self._deadline))

    def heard_at(self, utterance: Utterance) -> float:
        return self._talk.answer_mono + utterance.start_s + self._talk.feed_offset_s

    def since_answer(self, mono: float) -> float:
        return self._talk._rel(mono)

    def answered_by(self) -> str | None:
        return self._talk._answered_by(self._session, self._deadline)

    def event(self, name: str, detail: dict[str, Any]) -> None:
        self._talk._event(name, detail)


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
    plan.language = scenario.language
    plan.on_sensing = talk.use_sensing
    if scenario.transfers == "refuse":
        plan.transfer_policy = refuse_all("the scenario refuses transfers")
    if scenario.max_call_s is not None:
        plan.limits = plan.limits.model_copy(update={"max_call_s": scenario.max_call_s})
    return talk
