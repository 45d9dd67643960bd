"""The results store of the dashboard tests, written by the real :class:`Store` with real WAV recordings.

Layout under one temporary folder: ``recordings/`` (the served folder), ``outside/`` (a
recording the dashboard must never serve), ``results.db``. Calls:

- ``SHOWCASE``: Acme Tiles, answered, early media (the recording starts 0.5 s before the
  answer), a 4-turn transcript, checks with timed evidence, ``needs_review``, ``answered_by``;
- ``RETEST``: a retest of the showcase call;
- ``OUTSIDE`` / ``DOTDOT`` / ``SYMLINK``: recordings stored outside the folder, through ``..``
  inside it, and as a symbolic link inside it to a file outside;
- 60 calls of "Bulk Client" over two sweeps (paging), Cyrillic client calls, busy calls.
"""

from __future__ import annotations

import math
import struct
import wave
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from robot.call.result import CallResult
from robot.campaigns.store import Store

SHOWCASE = "20261102T100000-aaaaaa"
RETEST = "20261103T100000-bbbbbb"
OUTSIDE = "20261102T110000-cccccc"
DOTDOT = "20261102T110100-dddddd"
SYMLINK = "20261102T110200-eeeeee"
HOSTILE = "20261101T140000-ffffff"  # client, transcript and check texts with markup in them
SWEEP_A = "nightly-2026-11-01-abc123"
SWEEP_B = "nightly-2026-11-02-abc123"
SECRET = b"RIFF-not-for-you"
TURNS = (
    ("callee", 0.4, 2.6, "Good afternoon, Acme Tiles, Kate speaking"),
    ("robot", 3.2, 5.9, "Hello, I would like to ask about floor tiles"),
    ("callee", 6.5, 9.0, "Sure, the grey tile is twenty five pounds"),
    ("robot", 9.6, 11.0, "Thank you, goodbye"),
)
OFFSET = 0.5  # early media: the recording starts this long before the answer


@dataclass(frozen=True)
class DashStore:
    root: Path
    db: Path
    recordings: Path
    secret: Path
    results: list[dict[str, Any]]  # every stored call: the row's columns we filter on, and its result


def write_wav(path: Path, seconds: float = 12.0, rate: int = 8000) -> Path:
    """A 16-bit stereo WAV: a tone on the left (robot), another on the right (callee)."""
    frames = bytearray()
    for i in range(int(seconds * rate)):
        t = i / rate
        frames += struct.pack(
            "<hh", int(6000 * math.sin(2 * math.pi * 440 * t)), int(6000 * math.sin(2 * math.pi * 660 * t))
        )
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(bytes(frames))
    return path


def _checks(passed: list[bool], start: float) -> list[dict[str, Any]]:
    ids = ("greeting", "company_name", "named_price")
    return [
        {"id": ids[i], "title": ids[i].replace("_", " ").capitalize(), "passed": ok, "points": int(ok), "weight": 1,
         "evidence": {"text": TURNS[2 * (i % 2)][3][:30], "start_s": start + 6.1 * (i % 2), "speaker": "callee"},
         "confidence": 0.9}
        for i, ok in enumerate(passed)
    ]  # fmt: skip


def _result(call_id: str, target: str, started: datetime, outcome: str, **extra: Any) -> CallResult:
    connected = outcome in ("answered", "dropped")
    events = [{"t_s": 0.0, "event": "invite_sent", "detail": {"uri": target}},
              {"t_s": 0.02, "event": "provisional", "detail": {"code": 180, "reason": "Ringing"}}]  # fmt: skip
    if connected:
        events += [{"t_s": 1.0, "event": "media_started", "detail": {"index": 0}},
                   {"t_s": 1.0 + OFFSET, "event": "answered", "detail": {"code": 200, "reason": "OK"}},
                   {"t_s": 12.5, "event": "bye_sent", "detail": {}}]  # fmt: skip
    else:
        events.append({"t_s": 2.0, "event": "final_response", "detail": {"code": 486, "reason": "Busy Here"}})
    data: dict[str, Any] = {
        "call_id": call_id, "target": target, "started_at": started.isoformat(), "outcome": outcome,
        "sip_status": 200 if connected else 486, "sip_reason": "OK" if connected else "Busy Here",
        "timings": {"ring_to_answer_s": 1.5 if connected else None, "total_s": 12.5 if connected else 2.0},
        "events": events,
    }  # fmt: skip
    data.update(extra)
    return CallResult.model_validate(data)


def build_dash_store(root: Path) -> DashStore:
    """Write the store and recordings under ``root``."""
    recordings, outside = root / "recordings", root / "outside"
    recordings.mkdir()
    outside.mkdir()
    secret = outside / "secret.wav"
    secret.write_bytes(SECRET)
    (recordings / f"{SYMLINK}.wav").symlink_to(secret)
    db = root / "results.db"
    stored: list[dict[str, Any]] = []
    day_a, day_b = datetime(2026, 11, 1, 9, tzinfo=UTC), datetime(2026, 11, 2, 9, tzinfo=UTC)
    with Store(db) as store:
        store.begin_sweep(SWEEP_A, "nightly", "abc123", day_a, calling_day="2026-11-01")
        store.begin_sweep(SWEEP_B, "nightly", "abc123", day_b, calling_day="2026-11-02")

        def add(result: CallResult, client: str, sweep: str | None, retest_of: int | None = None) -> int:
            row = store.add_result(result, client=client, sweep_id=sweep, retest_of=retest_of)
            stored.append({"row": row, "client": client, "sweep": sweep, "result": result.model_dump(mode="json")})
            return row

        for i in range(60):  # paging: more than one page of 50
            day, sweep = (day_a, SWEEP_A) if i < 30 else (day_b, SWEEP_B)
            outcome = ("answered", "busy", "no_answer")[i % 3]
            extra: dict[str, Any] = {}
            if outcome == "answered":
                passed = [True, i % 2 == 0, i % 5 != 0]
                extra = {"checks": _checks(passed, 0.4), "answered_by": "human" if i % 4 else "voicemail",
                         "score": {"points": sum(passed), "max_points": 3, "percent": round(100 * sum(passed) / 3, 1),
                                   "passed": all(passed), "needs_review": i % 6 == 0}}  # fmt: skip
            add(_result(f"2026110{1 if i < 30 else 2}T0{i // 10}{i % 10}000-b{i:05d}", f"sip:bulk{i % 7}@127.0.0.1",
                        day + timedelta(minutes=i), outcome, **extra), "Bulk Client", sweep)  # fmt: skip
        for i, day in enumerate((day_a, day_b)):
            add(_result(f"2026110{i + 1}T120000-ru{i:04d}", "+74957654321", day + timedelta(hours=3), "busy"),
                "ООО Ромашка", (SWEEP_A, SWEEP_B)[i])  # fmt: skip
        write_wav(recordings / f"{SHOWCASE}.wav")
        transcript = [{"speaker": s, "start_s": a, "end_s": b, "text": t} for s, a, b, t in TURNS]
        showcase = add(
            _result(SHOWCASE, "+74951234567", day_b + timedelta(hours=1), "answered",
                    recording=str(recordings / f"{SHOWCASE}.wav"), transcript=transcript,
                    checks=_checks([True, False, True], 0.4), answered_by="human",
                    score={"points": 2, "max_points": 3, "percent": 66.7, "passed": False, "needs_review": True,
                           "review": ["company_name"]},
                    asr={"engine": "pocketsphinx", "model": "en-us", "language": "en", "fallback": True,
                         "warning": "no Vosk model installed"}),
            "Acme Tiles", SWEEP_B,
        )  # fmt: skip
        write_wav(recordings / f"{RETEST}.wav", seconds=2.0)
        add(_result(RETEST, "+74951234567", day_b + timedelta(days=1), "answered",
                    recording=str(recordings / f"{RETEST}.wav"), checks=_checks([True, True, True], 0.4),
                    score={"points": 3, "max_points": 3, "percent": 100.0, "passed": True}),
            "Acme Tiles", None, retest_of=showcase)  # fmt: skip
        add(_result(HOSTILE, "sip:x@127.0.0.1", day_a + timedelta(hours=5), "answered",
                    transcript=[{"speaker": "callee", "start_s": 0.1, "end_s": 1.0,
                                 "text": "<script>alert(1)</script>"}],
                    checks=[{"id": "x", "title": "<img src=x onerror=alert(2)>", "passed": False,
                             "evidence": {"text": "</q><script>alert(3)</script>", "start_s": 0.1}}]),
            "Evil <b>Co</b>", SWEEP_A)  # fmt: skip
        for call_id, path in ((OUTSIDE, secret), (DOTDOT, recordings / ".." / "outside" / "secret.wav"),
                              (SYMLINK, recordings / f"{SYMLINK}.wav")):  # fmt: skip
            add(_result(call_id, "+74951234567", day_b + timedelta(hours=2), "answered", recording=str(path)),
                "Acme Tiles", SWEEP_B)  # fmt: skip
    return DashStore(root=root, db=db, recordings=recordings, secret=secret, results=stored)
