"""Phone scripts (``mysterycall phone --script FILE``): an operator plus per-user behaviours.

A script file is an operator script (see :mod:`robot.phone.operator`) with two extra keys:
``ring_s`` (ringing before answer) and ``users`` (behaviours for given dialed user parts).
Dialed user parts from the behaviour vocabulary (``busy``, ``never``, ``ring3``...) keep
their meaning; every call that is answered gets the script's operator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field

from robot.config.yamlfile import load_model
from robot.phone.behaviour import Behaviour, parse_user_part
from robot.phone.operator import OperatorScript


class PhoneScript(OperatorScript):
    ring_s: float = Field(0.0, ge=0, description="ringing before answer (unless the user part says)")
    hangup_after_s: float | None = Field(None, gt=0, description="the office hangs up this long after answer")
    users: dict[str, Behaviour] = Field(default_factory=dict, description="behaviour per dialed user part")

    def operator(self) -> OperatorScript:
        return OperatorScript.model_validate(self.model_dump(include=set(OperatorScript.model_fields)))

    def behaviour_for(self, user: str) -> Behaviour:
        if user in self.users:
            return self.users[user]
        behaviour = parse_user_part(user)
        if not behaviour.answers or behaviour.operator is not None:
            return behaviour
        update: dict[str, Any] = {"operator": self.operator(), "language": self.language}
        if not behaviour.ring_s:
            update["ring_s"] = self.ring_s
        if behaviour.hangup_after_s is None and self.hangup_after_s is not None:
            update["hangup_after_s"] = self.hangup_after_s
        return behaviour.model_copy(update=update)


def load_phone_script(path: Path) -> dict[str, Any]:
    """Keyword arguments for :class:`~robot.phone.phone.SimulatedPhone` from a script file."""
    script = load_model(PhoneScript, path)
    return {"behaviour_for": script.behaviour_for, "prepare": script.lines(), "language": script.language}
