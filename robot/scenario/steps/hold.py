"""``hold``: stay on the line while on hold, until a person speaks."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Annotated, ClassVar

from pydantic import Field

from robot.scenario.steps.base import Heard, LiveCall, StepKind
from robot.scenario.steps.fields import NEXT, Options, Phrase, shorthand
from scoring.matcher import said_any

if TYPE_CHECKING:
    from robot.media.asr.base import Utterance

# Phrases the runner treats as "still on hold" by default (``hold.phrases`` adds to them).
HOLD_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "please hold",
        "please stay on the line",
        "please wait",
        "your call is important to us",
        "all our operators are busy",
        "all our agents are busy",
        "transferring your call",
        "connecting you",
    ),
    "ru": (
        "оставайтесь на линии",
        "ожидайте",
        "подождите",
        "ваш звонок очень важен для нас",
        "все операторы заняты",
        "соединяю",
        "переключаю",
    ),
}


class HoldOptions(Options):
    """Stay on the line while the callee is silent or plays hold phrases; ends when a person speaks."""

    max_s: float = Field(120.0, gt=0, le=3600, description="give up waiting after this many seconds")
    phrases: list[Phrase] = Field(
        default_factory=list, description="extra phrases meaning 'still on hold' (built-in ones are kept)"
    )


class Hold(StepKind):
    """Stay on the line while on hold; ends when a person speaks or after ``max_s``."""

    kind: ClassVar[str] = "hold"
    bare: ClassVar[bool] = True
    short_form: ClassVar[str | None] = "seconds or {max_s: ...}"
    listens: ClassVar[bool] = True

    hold: Annotated[HoldOptions, shorthand("max_s", float, HoldOptions, allow_empty=True)] = Field(
        description="wait on hold until a person speaks; the runner records hold_s; a number is max_s"
    )

    def run(self, call: LiveCall) -> str | None:
        """Stay while the callee is silent or says hold phrases; adds to the ``hold_s`` metric and
        records ``time_to_human_s`` the first time a person answers."""
        phrases = list(HOLD_PHRASES.get(call.language, ())) + [call.render(p) for p in self.hold.phrases]
        started = time.monotonic()
        end = min(started + self.hold.max_s, call.deadline)
        call.forget_heard()
        human: list[Utterance] = []
        while time.monotonic() < end and not human:
            if call.ended:
                return None
            human += [u for u in call.hear() if u.text and not said_any(phrases, u.text)]
        hold_end = call.heard_at(human[0]) if human else time.monotonic()
        hold_s = round(max(0.0, hold_end - started), 3)
        call.metrics["hold_s"] = round(call.metrics["hold_s"] + hold_s, 3)
        if human:
            call.metrics.setdefault("time_to_human_s", round(call.since_answer(hold_end), 3))
        detail = {"hold_s": hold_s, "human": bool(human), "start_s": round(call.since_answer(started), 3)}
        call.event("hold_end", detail)
        call.heard = Heard(human)
        return NEXT
