"""Builds the labeled corpus JSON files from the compact source below (run once; JSON is committed).

Line format: ``c: text`` (callee), ``r: text`` (robot), ``r@STEP: text`` (robot speaking step
STEP), ``c+40: text`` (40 s of silence before the turn). Times are made up: a turn lasts
0.35 s a word + 0.3 s, and the next one starts 0.6 s later.

Events (decided by reading the dialogue, before any matcher run, see README.md):
S asked the caller's source, G greeted (within 10 s), C named the company, N gave own name,
Q asked the caller's name, P answered the product question, $ named a price, X offered a
next step, W sent the caller to the website instead of answering, B polite closing,
L a silence over 20 s.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENT_LABELS = {
    "S": "asked_source",
    "G": "greeted",
    "C": "named_company",
    "N": "introduced_self",
    "Q": "asked_caller_name",
    "P": "answered_product",
    "$": "named_price",
    "X": "offered_next_step",
    "B": "polite_closing",
}
NEGATIVE_EVENTS = {"W": "no_website_deflection", "L": "no_long_silence"}
_LINE = re.compile(r"^(?P<who>[rc])(?:@(?P<step>\w+))?(?:\+(?P<gap>\d+))?:\s*(?P<text>.*)$")


def turns_of(script: str) -> list[dict]:
    turns, t = [], 0.5
    for raw in script.strip().splitlines():
        m = _LINE.match(raw.strip())
        assert m, raw
        t += float(m["gap"] or 0)
        dur = round(0.35 * len(m["text"].split()) + 0.3, 2)
        turn = {"speaker": "robot" if m["who"] == "r" else "callee", "start_s": round(t, 2)}
        turn |= {"end_s": round(t + dur, 2), "text": m["text"]}
        if m["step"]:
            turn["step"] = m["step"]
        turns.append(turn)
        t += dur + 0.6
    return turns


def labels_of(events: str, turns: list[dict], extra: dict) -> dict[str, bool]:
    labels: dict[str, bool] = {}
    if not turns:
        return dict(extra)
    has_product = any(t.get("step") == "ask_product" for t in turns)
    for key, check in EVENT_LABELS.items():
        if check in ("answered_product", "named_price") and not has_product:
            continue
        labels[check] = key in events
    for key, check in NEGATIVE_EVENTS.items():
        labels[check] = key not in events
    labels.update(extra)
    return labels


def emit(name: str, language: str, events: str, script: str, note: str = "", **extra: object) -> None:
    turns = turns_of(script) if script.strip() else []
    labels = labels_of(events, turns, extra.pop("labels", {}))  # type: ignore[arg-type]
    doc = {"language": language, "note": note, "labels": labels, "turns": turns} | extra
    (HERE / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    from corpus_en import build as build_en  # type: ignore[import-not-found]
    from corpus_ru import build as build_ru  # type: ignore[import-not-found]

    for old in HERE.glob("*.json"):
        old.unlink()
    build_ru(emit)
    build_en(emit)
    print(len(list(HERE.glob("*.json"))), "transcripts")
