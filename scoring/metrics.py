"""Call metrics for ``metric:`` checks: timings, hold, silence, talk ratio, interruptions, latency.

All functions are pure; times are seconds from answer (as in the transcript).
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean
from typing import Any

from robot.call.result import Event, Timings, Turn

# What ``metric:`` checks may name (``metrics.NAME`` reads any key of result.metrics), with a description.
METRICS: dict[str, str] = {
    "answer_s": "timings.answer_s: seconds from dialing to answer",
    "ring_to_answer_s": "timings.ring_to_answer_s: seconds of ringing before answer",
    "post_dial_delay_s": "timings.post_dial_delay_s: seconds from dialing to the first ring",
    "talk_s": "timings.talk_s: seconds from answer to hangup",
    "total_s": "timings.total_s: seconds of the whole call",
    "hold_s": "seconds on hold (result.metrics.hold_s, else hold/unhold events)",
    "longest_silence_s": "longest time after answer with nobody speaking (result.metrics or transcript)",
    "callee_talk_ratio": "callee speech time / all speech time, 0..1",
    "callee_talk_s": "seconds of callee speech",
    "callee_words": "number of words the callee said",
    "interruptions": "number of turns starting while the other party is still speaking",
    "callee_interruptions": "number of callee turns starting while the robot is speaking",
    "response_latency_mean_s": "mean seconds from the end of a robot turn to the callee's reply",
    "response_latency_max_s": "longest such reply latency",
}
# ``quality.NAME``: the numeric fields of the call result's ``quality`` (robot.call.quality)
QUALITY_METRICS: dict[str, str] = {
    "mos": "E-model MOS of the received audio, 1..4.5",
    "r_factor": "E-model transmission rating R, 0..100",
    "rx_loss_pct": "received RTP packets lost, percent",
    "jitter_ms": "mean RTP jitter of the received audio, ms",
    "rtt_ms": "mean RTCP round trip, ms",
    "longest_silence_s": "longest silence on the callee's channel, seconds",
}
TIMING_METRICS = ("answer_s", "ring_to_answer_s", "post_dial_delay_s", "talk_s", "total_s")
_HOLD_ON = {"hold", "hold_start", "on_hold"}
_HOLD_OFF = {"unhold", "hold_end", "resume", "off_hold"}


def ordered(turns: Sequence[Turn]) -> list[Turn]:
    """Turns sorted by start time (stable)."""
    return sorted(turns, key=lambda t: t.start_s)


def longest_silence(turns: Sequence[Turn], end_s: float | None = None) -> tuple[float, float] | None:
    """(seconds, start) of the longest stretch with nobody speaking, from answer to ``end_s``
    (default: the end of the last turn); None without turns."""
    if not turns:
        return None
    best, best_start = 0.0, 0.0
    covered = 0.0
    for turn in ordered(turns):
        if turn.start_s - covered > best:
            best, best_start = turn.start_s - covered, covered
        covered = max(covered, turn.end_s)
    if end_s is not None and end_s - covered > best:
        best, best_start = end_s - covered, covered
    return best, best_start


def hold_from_events(events: Sequence[Event], end_s: float | None) -> float | None:
    """Total seconds between hold and unhold events; None if there are no hold events."""
    total, since, seen = 0.0, None, False
    for event in sorted(events, key=lambda e: e.t_s):
        name = event.event.lower()
        if name in _HOLD_ON:
            seen = True
            since = event.t_s if since is None else since
        elif name in _HOLD_OFF and since is not None:
            total += event.t_s - since
            since = None
    if since is not None and end_s is not None:
        total += max(0.0, end_s - since)
    return total if seen else None


def interruptions(turns: Sequence[Turn], by: str | None = None) -> int:
    """Turns (of ``by``, or anyone) starting while a turn of the other party is still going."""
    count = 0
    seq = ordered(turns)
    for i, turn in enumerate(seq):
        if by is not None and turn.speaker != by:
            continue
        if any(o.speaker != turn.speaker and o.start_s < turn.start_s < o.end_s for o in seq[:i]):
            count += 1
    return count


def response_latencies(turns: Sequence[Turn]) -> list[float]:
    """For each robot turn answered before the next robot turn: callee start - robot end (>= 0)."""
    seq = ordered(turns)
    latencies = []
    for i, turn in enumerate(seq):
        if turn.speaker != "robot":
            continue
        for other in seq[i + 1 :]:
            if other.speaker == "robot":
                break
            if other.start_s > turn.start_s:
                latencies.append(max(0.0, other.start_s - turn.end_s))
                break
    return latencies


def compute_metrics(
    turns: Sequence[Turn], timings: Timings, metrics: dict[str, Any], events: Sequence[Event]
) -> dict[str, float | None]:
    """Every metric of :data:`METRICS`; None where it cannot be known."""
    out: dict[str, float | None] = {name: getattr(timings, name) for name in TIMING_METRICS}
    hold = metrics.get("hold_s")
    out["hold_s"] = float(hold) if isinstance(hold, int | float) else hold_from_events(events, timings.talk_s)
    silence = metrics.get("longest_silence_s")
    if isinstance(silence, int | float):
        out["longest_silence_s"] = float(silence)
    else:
        found = longest_silence(turns, timings.talk_s)
        out["longest_silence_s"] = found[0] if found else None
    callee = sum(max(0.0, t.end_s - t.start_s) for t in turns if t.speaker == "callee")
    robot = sum(max(0.0, t.end_s - t.start_s) for t in turns if t.speaker == "robot")
    out["callee_talk_s"] = callee if turns else None
    out["callee_talk_ratio"] = callee / (callee + robot) if callee + robot > 0 else None
    out["callee_words"] = float(sum(len(t.text.split()) for t in turns if t.speaker == "callee")) if turns else None
    out["interruptions"] = float(interruptions(turns)) if turns else None
    out["callee_interruptions"] = float(interruptions(turns, "callee")) if turns else None
    latencies = response_latencies(turns)
    out["response_latency_mean_s"] = fmean(latencies) if latencies else None
    out["response_latency_max_s"] = max(latencies) if latencies else None
    return out


def known_metric(name: str) -> bool:
    """Whether a ``metric:`` check may name ``name``."""
    if name.startswith("metrics."):
        return len(name) > len("metrics.")
    if name.startswith("quality."):
        return name[len("quality.") :] in QUALITY_METRICS
    return name in METRICS


def metric_value(
    name: str, computed: dict[str, float | None], metrics: dict[str, Any], quality: dict[str, Any] | None = None
) -> float | None:
    """Value of a metric name (``metrics.NAME`` reads the result's metrics, ``quality.NAME``
    its quality); None if unknown."""
    for prefix, source in (("metrics.", metrics), ("quality.", quality or {})):
        if name.startswith(prefix):
            value = source.get(name[len(prefix) :])
            return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
    return computed.get(name)
