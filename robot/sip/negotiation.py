"""Naming a failed SDP offer/answer: a 200 OK without SDP, or without a codec in common (pure).

When the callee's 2xx carries no usable answer, pjsip itself ACKs the 2xx and sends a BYE
whose Reason says why (406 "SDP offer/answer incomplete", 415 "SDP negotiation failed");
the call then disconnects with that status. The robot ended that call, not the callee.

Keeps the pjsua2 discipline by touching no pjsua2 object: :mod:`robot.sip.call` (owning
thread) passes in the status and reason it read.
"""

from __future__ import annotations

NO_SDP = "no SDP"
NO_COMMON_CODEC = "no common codec"

# pjsua's disconnect statuses when negotiation of a 2xx answer fails
_NO_SDP_CODES = frozenset({406})
_NO_CODEC_CODES = frozenset({415, 488})


def negotiation_failure(code: int | None, reason: str | None) -> str | None:
    """``no SDP``, ``no common codec`` or None, from the status and reason a call that the
    robot's stack ended after a 2xx disconnected with."""
    text = (reason or "").lower()
    if code in _NO_SDP_CODES or "incomplete" in text or "missing sdp" in text:
        return NO_SDP
    if code in _NO_CODEC_CODES or "negotiation" in text or "codec" in text:
        return NO_COMMON_CODEC
    return None
