"""Holds of a call, from its events (pure): the result's ``holds`` and ``metrics.hold_s``.

Kinds: ``sip`` (the callee's re-INVITE/UPDATE put the robot on hold until a resume or the
end of the call), ``phrase`` (a scenario ``hold`` step waited through hold phrases or
silence for a person). Times are seconds from the INVITE, like ``events``. ``hold_s`` is
the length of the union of all holds, so a SIP hold the scenario also waited through is
counted once.
"""

from __future__ import annotations

from collections.abc import Sequence

from robot.call.result import CallResult, Event, Hold
from robot.sip import timeline as tl

PHRASE_HOLD_EVENT = "scenario_hold_end"  # detail: hold_s, start_s (seconds from the answer)


def sip_holds(events: Sequence[Event]) -> list[Hold]:
    """Each hold_started .. hold_ended pair (an unended hold has ``end_s`` None)."""
    holds: list[Hold] = []
    for event in events:
        if event.event == tl.HOLD_STARTED:
            holds.append(Hold(start_s=event.t_s, end_s=None, kind="sip"))
        elif event.event == tl.HOLD_ENDED and holds and holds[-1].end_s is None:
            holds[-1].end_s = event.t_s
    return holds


def phrase_holds(events: Sequence[Event]) -> list[Hold]:
    """The scenario's hold steps, placed on the INVITE time base."""
    answered = next((e.t_s for e in events if e.event == tl.ANSWERED), None)
    holds = []
    for event in events:
        if event.event != PHRASE_HOLD_EVENT:
            continue
        length = float(event.detail.get("hold_s") or 0.0)
        start = event.detail.get("start_s")
        if length <= 0:
            continue
        begin = answered + float(start) if answered is not None and isinstance(start, int | float) else None
        if begin is None:
            begin = event.t_s - length
        holds.append(Hold(start_s=round(begin, 3), end_s=round(begin + length, 3), kind="phrase"))
    return holds


def union_s(holds: Sequence[Hold], end_s: float) -> float:
    """Seconds covered by at least one hold (an unended hold lasts until ``end_s``)."""
    spans = sorted((h.start_s, h.end_s if h.end_s is not None else end_s) for h in holds)
    total, reach = 0.0, float("-inf")
    for start, stop in spans:
        start = max(start, reach)
        if stop > start:
            total += stop - start
        reach = max(reach, stop)
    return total


def apply_holds(result: CallResult, heard: Sequence[Hold] = ()) -> None:
    """Fill ``holds`` and ``metrics.hold_s`` of a connected call's result from its events and
    the holds ``heard`` in its audio (music)."""
    if not any(e.event == tl.ANSWERED for e in result.events):
        return
    holds = sorted([*sip_holds(result.events), *phrase_holds(result.events), *heard], key=lambda h: h.start_s)
    result.holds = holds
    end_s = max((e.t_s for e in result.events), default=0.0)
    result.metrics["hold_s"] = round(union_s(holds, end_s), 3)
