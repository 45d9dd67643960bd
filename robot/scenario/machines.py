"""The scenario option ``machines:``: what the robot does when a machine answers.

``voicemail``: ``hangup`` (default), ``continue``, or ``{say: "..."}`` (leave that message
after the beep, then hang up); ``announcement``: ``hangup`` (default) or ``continue``. An
IVR, music on hold and a person always let the scenario go on (it navigates and waits).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, Tag
from pydantic_core import PydanticCustomError

Action = Literal["hangup", "continue"]


class LeaveMessage(BaseModel):
    """Leave a message on the voicemail after its beep, then hang up."""

    model_config = ConfigDict(extra="forbid")

    say: str = Field(min_length=1, description="the message, spoken after the beep")


def _voicemail_action(value: Any) -> Any:
    if value in ("hangup", "continue") or isinstance(value, dict):
        return value
    raise PydanticCustomError("machine_action", "must be hangup, continue or {say: MESSAGE}")


def _voicemail_kind(value: Any) -> str:
    return "message" if isinstance(value, dict | LeaveMessage) else "action"


def _announcement_action(value: Any) -> Any:
    if value in ("hangup", "continue"):
        return value
    raise PydanticCustomError("machine_action", "must be hangup or continue")


class Machines(BaseModel):
    """What to do when voicemail or a carrier announcement answers the call."""

    model_config = ConfigDict(extra="forbid")

    voicemail: Annotated[
        Annotated[Action, Tag("action")] | Annotated[LeaveMessage, Tag("message")],
        Discriminator(_voicemail_kind),
        BeforeValidator(_voicemail_action, json_schema_input_type=Action | LeaveMessage),
    ] = Field("hangup", description="hangup (default), continue, or {say: MESSAGE} after the beep")
    announcement: Annotated[Action, BeforeValidator(_announcement_action, json_schema_input_type=Action)] = Field(
        "hangup", description="hangup (default) or continue"
    )

    def action(self, answered_by: str) -> Action | LeaveMessage:
        """What to do now that ``answered_by`` answered."""
        if answered_by == "voicemail":
            return self.voicemail
        if answered_by == "announcement":
            return self.announcement
        return "continue"
