"""Accuracy of the default checklists on the labeled corpus: precision, recall, F1 per check kind.

Usage: ``python bench/bench_scoring.py [--corpus DIR] [--checklists DIR] [--errors]``

The positive class is "the check found what it looks for": a phrase/regex said, a metric
or outcome within bounds, and for ``not_phrase``/``not_regex`` the forbidden words said
(so a corpus full of clean calls cannot inflate the score). Checks tied to a step are
also counted under ``after_step``. A label with no verdict (``passed: null``) counts as not found.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scoring.checklist import load_checklist  # noqa: E402
from scoring.engine import score_call  # noqa: E402
from scoring.inputs import load_scoring_input  # noqa: E402
from scoring.models import Check, TextCheck  # noqa: E402

CORPUS = ROOT / "tests" / "scoring" / "corpus"
CHECKLISTS = ROOT / "scenarios" / "checklists"
NEGATIVE_KINDS = {"not_phrase", "not_regex"}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, expected: bool, found: bool, where: str) -> None:
        if expected and found:
            self.tp += 1
        elif found:
            self.fp += 1
            self.errors.append(f"FP {where}")
        elif expected:
            self.fn += 1
            self.errors.append(f"FN {where}")
        else:
            self.tn += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def groups_of(check: Check) -> list[str]:
    """Benchmark groups of a check: its kind, plus ``after_step`` for step-tied checks."""
    groups = [check.kind]
    if isinstance(check, TextCheck) and check.after_step:
        groups.append("after_step")
    return groups


def evaluate(corpus: Path = CORPUS, checklists: Path = CHECKLISTS) -> dict[str, Tally]:
    """Score every corpus transcript with its language's ``standard.yaml``; tallies per kind and overall."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    checklist_cache: dict[str, list[Check]] = {}
    for path in sorted(corpus.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        language = doc["language"]
        if language not in checklist_cache:
            checklist_cache[language] = load_checklist(checklists / language / "standard.yaml")
        checks = checklist_cache[language]
        report = score_call(checks, load_scoring_input(path), language)
        by_id = {r.id: r for r in report.checks}
        for check in checks:
            if check.id not in doc["labels"]:
                continue
            label = doc["labels"][check.id]
            passed = by_id[check.id].passed
            negative = check.kind in NEGATIVE_KINDS
            expected = (not label) if negative else label
            found = (passed is False) if negative else (passed is True)
            where = f"{path.stem} {check.id} label={label} passed={passed}"
            for group in groups_of(check):
                tallies[group].add(expected, found, where)
            tallies["overall"].add(expected, found, where)
    return dict(tallies)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--checklists", type=Path, default=CHECKLISTS)
    parser.add_argument("--errors", action="store_true", help="list every false positive/negative")
    args = parser.parse_args()
    tallies = evaluate(args.corpus, args.checklists)
    print(f"{'kind':<12} {'n':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for kind in sorted(tallies, key=lambda k: (k == "overall", k)):
        t = tallies[kind]
        p, r, f = t.prf()
        n = t.tp + t.fp + t.fn + t.tn
        print(f"{kind:<12} {n:>4} {t.tp:>4} {t.fp:>4} {t.fn:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    if args.errors:
        for error in tallies["overall"].errors:
            print(error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
