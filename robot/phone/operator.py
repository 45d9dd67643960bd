"""The simulated operator: what the office says on answer and how it reacts to what it hears.

An operator script (YAML) gives a greeting, keyword rules (``heard`` phrases or received
DTMF digits -> a reply, optionally hanging up), and ``replies`` spoken in order when no
rule matches (how a Russian script works here, where only an English recogniser is
available offline). The operator listens with the same streaming transcriber as the robot.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from robot.media.asr.base import UtteranceEnded
from robot.sip.audioports import Prompt, RobotVoice
from scoring.matcher import said_any

log = logging.getLogger(__name__)

Line = str | float  # a spoken line, or a pause in seconds


def _one_to_list(data: Any, keys: tuple[str, ...], scalars: tuple[type, ...]) -> Any:
    """Accept a single value where a list is expected (``reply: "Hello"``)."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    for key in keys:
        if isinstance(data.get(key), scalars):
            data[key] = [data[key]]
    return data


class Rule(BaseModel):
    """When the operator hears one of ``heard`` (or receives ``dtmf``), it says ``reply``."""

    model_config = ConfigDict(extra="forbid")

    heard: list[str] = Field(default_factory=list, description="phrases that trigger the rule")
    dtmf: str | None = Field(None, description="a digit (or digits) received that trigger the rule")
    reply: list[Line] = Field(default_factory=list, description="lines to say; a number is a pause (s)")
    hangup: bool = Field(False, description="hang up after the reply")
    repeat: bool = Field(False, description="may fire more than once")

    @model_validator(mode="before")
    @classmethod
    def _short(cls, data: Any) -> Any:
        return _one_to_list(data, ("heard", "reply"), (str, int, float))

    @model_validator(mode="after")
    def _trigger(self) -> Rule:
        if not self.heard and self.dtmf is None:
            raise ValueError("a rule needs `heard` phrases or a `dtmf` digit")
        return self


class OperatorScript(BaseModel):
    """How a simulated office answers: greeting, rules, fallback replies."""

    model_config = ConfigDict(extra="forbid")

    language: str = Field("en", pattern="^(en|ru)$")
    greeting: list[Line] = Field(default_factory=list, description="said on answer")
    rules: list[Rule] = Field(default_factory=list)
    replies: list[list[Line]] = Field(
        default_factory=list, description="said in order, one per utterance no rule matched"
    )
    fallback: list[Line] = Field(default_factory=list, description="said when nothing else applies")
    hangup_after_replies: bool = Field(False, description="hang up once `replies` are used up")

    @model_validator(mode="before")
    @classmethod
    def _short(cls, data: Any) -> Any:
        data = _one_to_list(data, ("greeting", "fallback"), (str,))
        if isinstance(data, dict) and isinstance(data.get("replies"), list):
            data["replies"] = [[r] if isinstance(r, str) else r for r in data["replies"]]
        return data

    def lines(self) -> list[str]:
        """Every text line of the script (to synthesise before taking calls)."""
        groups = [self.greeting, self.fallback, *self.replies, *(r.reply for r in self.rules)]
        return [line for group in groups for line in group if isinstance(line, str)]


class Operator:
    """Runs one call's operator in its own thread: greet, listen, react."""

    def __init__(
        self,
        script: OperatorScript,
        voice: RobotVoice,
        speech: Callable[[str, str], np.ndarray],
        transcriber: Any,
        dtmf: list[str],
        hangup: Callable[[], None],
        ended: threading.Event,
    ):
        self.script = script
        self.voice = voice
        self.speech = speech
        self.transcriber = transcriber
        self.dtmf = dtmf
        self.hangup = hangup
        self.ended = ended
        self.heard: list[str] = []
        self.fired: set[int] = set()
        self._replies = list(script.replies)
        self._dtmf_seen = 0
        self._thread = threading.Thread(target=self._run, name="operator", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def feed(self, pcm: bytes) -> None:
        self.transcriber.feed(pcm)

    def _run(self) -> None:
        try:
            self._say(self.script.greeting)
            while not self.ended.is_set():
                try:
                    event = self.transcriber.events.get(timeout=0.05)
                except queue.Empty:
                    event = None
                if self._on_dtmf():
                    continue
                if isinstance(event, UtteranceEnded) and event.utterance.text:
                    self.heard.append(event.utterance.text)
                    self._on_utterance(event.utterance.text)
        except Exception:  # noqa: BLE001 - the simulated office must not take the phone down
            log.exception("operator")

    def _on_dtmf(self) -> bool:
        if len(self.dtmf) <= self._dtmf_seen:
            return False
        digits = "".join(self.dtmf[self._dtmf_seen :])
        self._dtmf_seen = len(self.dtmf)
        for i, rule in enumerate(self.script.rules):
            if rule.dtmf is not None and rule.dtmf in digits and self._may_fire(i, rule):
                self._act(i, rule)
                return True
        return False

    def _on_utterance(self, text: str) -> None:
        for i, rule in enumerate(self.script.rules):
            if rule.heard and self._may_fire(i, rule) and said_any(rule.heard, text):
                self._act(i, rule)
                return
        if self._replies:
            self._say(self._replies.pop(0))
            if not self._replies and self.script.hangup_after_replies:
                self._hangup()
        elif self.script.fallback:
            self._say(self.script.fallback)

    def _may_fire(self, index: int, rule: Rule) -> bool:
        return rule.repeat or index not in self.fired

    def _act(self, index: int, rule: Rule) -> None:
        self.fired.add(index)
        self._say(rule.reply)
        if rule.hangup:
            self._hangup()

    def _hangup(self) -> None:
        self.ended.wait(0.3)  # let the last words leave the jitter buffer
        self.hangup()

    def _say(self, lines: list[Line]) -> None:
        for line in lines:
            if self.ended.is_set():
                return
            if isinstance(line, str):
                self.voice.say(Prompt(pcm=self.speech(line, self.script.language), label=line)).done.wait()
            else:
                self.ended.wait(float(line))

    def close(self) -> list[str]:
        self.ended.set()
        self._thread.join(timeout=5)
        with contextlib.suppress(Exception):  # a dead recogniser must not block the report
            self.transcriber.close()
        return self.heard
