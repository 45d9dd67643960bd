"""Classifying how a call ended into exactly one outcome (pure rules)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from robot.call.result import Outcome

#: what a carrier announcement means for the line ("the subscriber is switched off" /
#: "the number does not exist")
AnnouncementMeaning = Literal["unreachable", "invalid_number"]

BUSY = frozenset({486, 600})
REJECTED = frozenset({403, 603})
INVALID_NUMBER = frozenset({404, 410, 484, 604})
NO_ANSWER_AFTER_RINGING = frozenset({408, 480, 487})
UNREACHABLE_WITHOUT_RINGING = frozenset({408, 480})
UNREACHABLE = frozenset({502, 503, 504})


@dataclass(frozen=True)
class CallFacts:
    """What the softphone observed, reduced to what the outcome depends on."""

    answered: bool
    ringing_seen: bool
    status: int | None  # final SIP status of the INVITE (None: no response at all)
    robot_gave_up_ringing: bool = False  # CANCEL sent after max_ring_s
    any_response: bool = True  # the far end answered the INVITE at all (even 100 Trying)
    planned_end: bool = False  # the robot hung up at the end of its plan
    hangup_by: str | None = None  # as the SIP session recorded it: "robot", "callee" or "network"
    transport_error: bool = False
    interrupted: bool = False
    media_failure: str | None = None  # a 2xx without usable SDP: "no SDP" / "no common codec"
    response_truncated: bool = False  # a response over UDP was cut at pjsip's receive buffer
    # a carrier announcement answered the call (200) or played as early media before the final
    # response: the outcome is what it means, whatever the SIP status says
    announcement: AnnouncementMeaning | None = None


def classify(facts: CallFacts) -> Outcome:
    """The single outcome of a call (see the README's outcome table)."""
    if facts.interrupted or facts.media_failure is not None:
        return "failed"
    if facts.response_truncated and not facts.answered and (facts.transport_error or facts.status is None):
        return "failed"  # the peer answered, too large for UDP, and the TCP retry got nowhere
    if facts.announcement is not None:
        return facts.announcement
    if facts.answered:
        if facts.planned_end or facts.hangup_by == "robot":
            return "answered"
        return "dropped"
    if facts.robot_gave_up_ringing:
        return "no_answer" if facts.any_response else "unreachable"
    code = facts.status
    if facts.transport_error or code is None:
        return "unreachable"
    if code in BUSY:
        return "busy"
    if code in REJECTED:
        return "rejected"
    if code in INVALID_NUMBER:
        return "invalid_number"
    if facts.ringing_seen and code in NO_ANSWER_AFTER_RINGING:
        return "no_answer"
    if code in UNREACHABLE_WITHOUT_RINGING or code in UNREACHABLE:
        return "unreachable"
    return "failed"
