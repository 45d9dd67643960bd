"""A results store filled with synthetic calls whose report figures are known by hand.

Campaign "spring-check" (window in Europe/Moscow, 3 attempts), one sweep on 2024-06-03 from
09:00 UTC (12:00 in Moscow), client "Acme Tiles":

========  =====================================  =============================================
number    attempts                                what it tests
========  =====================================  =============================================
n1        busy, busy, answered (score 60)         line answered on the 3rd attempt
n2        busy x3 (each "scored" 33 by not_dropped) line not answered; busy scores never count
n3        answered (score 80), fallback ASR        transcript, failed speech check with quote
n4        no_answer (score 33)                    unconnected: phone problem, not scored
n5        answered by a machine (score 0)          line answered, not a person: not scored
========  =====================================  =============================================

Client "Globex": one number answered (score 100) on attempt 1.
A retest of n2 (answered, score 90) comes a day later: never in the totals.
So Acme: 9 calls, 3 answered (per attempt 3/9), lines answered 3 of 5 (n1, n3, n5),
mean score (60 + 80) / 2 = 70.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from robot.call.result import CallResult, Timings, Turn
from robot.campaigns.store import Store

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)
SWEEP = "spring-check-2024-06-03"
CAMPAIGN_YAML = """name: spring-check
attempts: {max: 3, retry_after_s: 60, retry_on: [busy, no_answer]}
window: {from: "09:00", to: "20:00", tz: Europe/Moscow}
targets:
  - client: Acme Tiles
    numbers: ["+74950000001"]
"""
FALLBACK_ASR = {
    "engine": "pocketsphinx",
    "model": "en-us",
    "language": "en",
    "fallback": True,
    "warning": "no Vosk model for 'en' installed; using the offline fallback PocketSphinx",
}
QUOTE = "look at it and when it i don't get it"


def _checks(percent: float, evidence: str = "Good afternoon") -> list[dict[str, Any]]:
    passed = percent >= 99
    return [
        {"id": "greeting", "title": "Greets the caller", "passed": True, "points": 1, "weight": 1,
         "evidence": {"text": evidence, "start_s": 0.5, "speaker": "callee"}},
        {"id": "company_name", "title": "Names the company", "passed": passed, "points": 1 if passed else 0,
         "weight": 1, "evidence": {"text": QUOTE, "start_s": 0.6, "speaker": "callee"} if not passed else None},
        {"id": "not_dropped", "title": "Call not dropped", "passed": True, "points": 1, "weight": 1,
         "evidence": {"text": "outcome = answered"}},
    ]  # fmt: skip


def result(call_id: str, target: str, started: datetime, outcome: str, percent: float | None = None,
           recording: Path | None = None, **extra: Any) -> CallResult:  # fmt: skip
    """One synthetic call result."""
    data: dict[str, Any] = {
        "call_id": call_id,
        "target": target,
        "started_at": started.isoformat(),
        "outcome": outcome,
        "timings": Timings(total_s=5.0),
        "sip_status": {"answered": 200, "busy": 486, "no_answer": 487}.get(outcome),
    }
    if outcome == "answered":
        data["timings"] = Timings(post_dial_delay_s=0.3, ring_to_answer_s=4.0, talk_s=20.0, total_s=24.3)
    if percent is not None:
        data["score"] = {"percent": percent, "points": percent, "max_points": 100, "passed": percent >= 80}
        data["checks"] = (
            _checks(percent)
            if outcome == "answered"
            else [{"id": "not_dropped", "title": "Call not dropped", "passed": True, "evidence": "outcome = busy"},
                  {"id": "greeting", "title": "Greets the caller", "passed": False, "evidence": None}]
        )  # fmt: skip
    if recording is not None:
        recording.parent.mkdir(parents=True, exist_ok=True)
        recording.write_bytes(b"RIFF" + call_id.encode() * 50)
        data["recording"] = str(recording)
    data.update(extra)
    return CallResult(**data)


def fill_store(folder: Path, *, campaign_file: bool = True, extras: dict[str, dict[str, Any]] | None = None) -> Path:
    """Write the campaign file and the store described above; returns the store's path.

    ``extras``: more result fields per call id (e.g. ``{"a-n3": {"quality": {"mos": 4.1}}}``).
    """
    extras = extras or {}
    campaign = folder / "campaign.yaml"
    if campaign_file:
        campaign.write_text(CAMPAIGN_YAML, encoding="utf-8")
    recordings = folder / "recordings"
    db = folder / "results.db"
    t = iter(T0 + timedelta(minutes=i) for i in range(100))
    acme = [  # (call id, number, attempt, outcome, score, more)
        ("a-n1-1", "sip:n1@127.0.0.1", 1, "busy", 33.3, {}),
        ("a-n1-2", "sip:n1@127.0.0.1", 2, "busy", 33.3, {}),
        ("a-n1-3", "sip:n1@127.0.0.1", 3, "answered", 60.0, {}),
        ("a-n2-1", "sip:n2@127.0.0.1", 1, "busy", 33.3, {}),
        ("a-n2-2", "sip:n2@127.0.0.1", 2, "busy", 33.3, {}),
        ("a-n2-3", "sip:n2@127.0.0.1", 3, "busy", 33.3, {}),
        ("a-n3", "sip:n3@127.0.0.1", 1, "answered", 80.0, {
            "asr": FALLBACK_ASR,
            "transcript": [Turn(speaker="robot", start_s=0.0, end_s=0.4, text="Hello?"),
                           Turn(speaker="callee", start_s=0.5, end_s=2.0, text=QUOTE)],
        }),
        ("a-n4", "sip:n4@127.0.0.1", 1, "no_answer", 33.3, {}),
        ("a-n5", "sip:n5@127.0.0.1", 1, "answered", 0.0, {"answered_by": "voicemail"}),
    ]  # fmt: skip
    with Store(db) as store:
        store.begin_sweep(SWEEP, "spring-check", "hash", T0, campaign_path=str(campaign), calling_day="2024-06-03")
        rows: dict[str, int] = {}
        for call_id, target, attempt, outcome, percent, more in acme:
            rec = recordings / f"{call_id}.wav" if outcome == "answered" else None
            res = result(call_id, target, next(t), outcome, percent, rec, **{**more, **extras.get(call_id, {})})
            rows[call_id] = store.add_result(res, client="Acme Tiles", sweep_id=SWEEP, attempt=attempt)
        globex = result("g-1", "sip:g1@127.0.0.1", next(t), "answered", 100.0, recordings / "g-1.wav",
                        **extras.get("g-1", {}))  # fmt: skip
        store.add_result(globex, client="Globex", sweep_id=SWEEP, attempt=1)
        store.end_sweep(SWEEP, T0 + timedelta(hours=1))
        after = result("r-n2", "sip:n2@127.0.0.1", T0 + timedelta(days=1), "answered", 90.0, recordings / "r-n2.wav")
        store.add_result(after, client="Acme Tiles", retest_of=rows["a-n2-3"])
    return db
