"""YAML scripts for the simulated phone: per-user behaviours (operator scripts come later)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from robot.phone.behaviour import Behaviour, parse_user_part
from robot.yamlfile import load_model


class PhoneScript(BaseModel):
    """``users`` maps a dialed user part to a behaviour; ``default`` applies to the rest
    (without it, the user part's own vocabulary applies)."""

    model_config = ConfigDict(extra="forbid")

    default: Behaviour | None = None
    users: dict[str, Behaviour] = Field(default_factory=dict)

    def behaviour_for(self, user: str) -> Behaviour:
        if user in self.users:
            return self.users[user]
        return self.default if self.default is not None else parse_user_part(user)


def load_phone_script(path: Path) -> dict[str, Any]:
    """Keyword arguments for :class:`~robot.phone.phone.SimulatedPhone` from a script file."""
    script = load_model(PhoneScript, path)
    return {"behaviour_for": script.behaviour_for}
