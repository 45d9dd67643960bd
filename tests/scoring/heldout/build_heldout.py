"""Builds the held-out scoring transcripts (JSON) from the compact dialogues in
``heldout_ru.py`` / ``heldout_en.py``.  Run: ``python tests/scoring/heldout/build_heldout.py``.
The tuning part (``tests/scoring/tuning/build_tuning.py``) is built by the same functions.

Own copy of the compact line format (does not import the corpus builder):
``c: text`` (callee), ``r: text`` (robot), ``r@STEP: text`` (robot speaking step STEP),
``c+40: text`` (40 s of silence before the turn), ``c[GC]: text`` (this turn carries the
evidence for a windowed check: G greeting, C company named, N own name, B polite closing;
used only to verify the time windows, never written to the JSON).
Times are made up: a turn lasts 0.35 s a word + 0.3 s, the next one starts 0.6 s later.

Labels: one token per check, ``S1`` / ``S0`` plus categories ``S1:pa,asr``
(no category = plain).  Every check must be labelled, except ``P`` when the robot never
reached the ``ask_product`` step.  Labels were decided by meaning while writing each
dialogue, by a writer who never read the matcher, before any matcher run.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKS = {
    "S": "asked_source",
    "G": "greeted",
    "C": "named_company",
    "N": "introduced_self",
    "Q": "asked_caller_name",
    "P": "answered_product",
    "X": "offered_next_step",
    "W": "no_website_deflection",
    "B": "polite_closing",
}
CATS = {
    "pa": "paraphrase",
    "wf": "word_forms",
    "asr": "asr_damage",
    "neg": "negation",
    "rep": "reported_speech",
    "rob": "robot_spoken",
    "inc": "incidental_after_answer",
    "out": "outside_window",
    "pl": "plain",
}
WINDOWS = {"G": 10.0, "C": 15.0, "N": 20.0}  # from answering; B: within the last 30 s
_LINE = re.compile(r"^(?P<who>[rc])(?:@(?P<step>\w+))?(?:\+(?P<gap>\d+))?(?:\[(?P<mk>[GCNB]+)\])?:\s*(?P<text>.*)$")
DOCS: list[tuple[str, dict]] = []


def turns_of(script: str) -> tuple[list[dict], list[str]]:
    turns, marks, t = [], [], 0.5
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
        marks.append(m["mk"] or "")
        t += dur + 0.6
    return turns, marks


def _in_window(key: str, turn: dict, call_end: float) -> bool:
    if key == "B":
        return turn["start_s"] >= call_end - 30.0
    return turn["start_s"] <= WINDOWS[key]


def emit(name: str, language: str, spec: str, script: str = "", note: str = "", **extra: object) -> None:
    turns, marks = turns_of(script) if script.strip() else ([], [])
    labels: dict[str, bool] = {}
    cats: dict[str, list[str]] = {}
    for tok in spec.split():
        head, _, cs = tok.partition(":")
        key, val = head[0], head[1:]
        assert key in CHECKS and val in ("0", "1"), (name, tok)
        check = CHECKS[key]
        assert check not in labels, (name, tok)
        labels[check] = val == "1"
        cats[check] = [CATS[c] for c in cs.split(",")] if cs else ["plain"]
    if turns:
        has_product = any(t.get("step") == "ask_product" for t in turns)
        need = [k for k in CHECKS if k != "P" or has_product]
        missing = [k for k in need if CHECKS[k] not in labels]
        assert not missing, (name, "unlabelled", missing)
        assert has_product or "answered_product" not in labels, (name, "P without ask_product")
        call_end = turns[-1]["end_s"]
        for key in "GCNB":
            check = CHECKS[key]
            marked = [t for t, mk in zip(turns, marks, strict=True) if key in mk]
            assert all(t["speaker"] == "callee" for t in marked) or "robot_spoken" in cats[check], (name, key)
            inside = [t for t in marked if _in_window(key, t, call_end) and t["speaker"] == "callee"]
            if labels[check]:
                assert inside, (name, key, "positive without marked turn inside window")
            if "outside_window" in cats[check]:
                assert marked and not inside and not labels[check], (name, key, "outside_window check")
        outcome = str(extra.pop("outcome", "answered"))
    else:
        outcome = str(extra.pop("outcome", "no_answer"))
        labels, cats = {"answered": False}, {"answered": ["plain"]}
    extra.pop("outcome", None)
    doc = {"language": language, "note": note, "labels": labels, "categories": cats, "outcome": outcome, "turns": turns}
    doc |= extra
    DOCS.append((name, doc))


def counts_table(docs: list[tuple[str, dict]]) -> str:
    lines = []
    for lang in ("ru", "en"):
        part = [d for n, d in docs if d["language"] == lang]
        lines.append(f"### {lang}: {len(part)} transcripts ({sum(1 for d in part if not d['turns'])} without turns)\n")
        lines.append("| check | true | false | " + " | ".join(CATS.values()) + " |")
        lines.append("|---" * (3 + len(CATS)) + "|")
        for check in list(CHECKS.values()) + ["answered"]:
            lab = [(d["labels"][check], d["categories"][check]) for d in part if check in d["labels"]]
            if not lab:
                continue
            c = Counter(x for _, cs in lab for x in cs)
            t = sum(1 for v, _ in lab if v)
            lines.append(f"| {check} | {t} | {len(lab) - t} | " + " | ".join(str(c[x]) for x in CATS.values()) + " |")
        # "phrase present" labels: true labels, except no_website_deflection where false = deflection said
        pos = [
            d["categories"][ch]
            for d in part
            for ch, v in d["labels"].items()
            if ch != "answered" and v != (ch == "no_website_deflection")
        ]
        para = sum(1 for cs in pos if "paraphrase" in cs)
        lines.append(
            f"\nLabels where the phrase is present (true labels; false for no_website_deflection): "
            f"{len(pos)}, of which paraphrase: {para} ({100 * para / max(1, len(pos)):.0f}%)\n"
        )
    return "\n".join(lines)


def write_all(prefix_doc: str, folder: Path = HERE) -> None:
    """Write the emitted transcripts as JSON into ``folder`` and refresh its README's counts."""
    for old in folder.glob("*.json"):
        old.unlink()
    for name, doc in DOCS:
        (folder / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    readme = folder / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else prefix_doc
    head = text.split("<!-- counts -->")[0]
    readme.write_text(head + "<!-- counts -->\n\n" + counts_table(DOCS) + "\n", encoding="utf-8")


def build_set(prefix_doc: str, folder: Path, *builders: Callable[[Callable[..., None]], None]) -> int:
    """Emit the dialogues of ``builders`` (each given :func:`emit`) and write them into ``folder``."""
    DOCS.clear()
    for build in builders:
        build(emit)
    write_all(prefix_doc, folder)
    return len(DOCS)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    from heldout_en import build as build_en  # type: ignore[import-not-found]
    from heldout_ru import build as build_ru  # type: ignore[import-not-found]

    build_ru(emit)
    build_en(emit)
    write_all("# Held-out scoring transcripts\n\n")
    print(len(DOCS), "transcripts")
