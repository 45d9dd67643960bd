"""Accuracy of the checklists on labelled transcripts: precision, recall, F1 per check, kind and category.

Usage: ``python bench/bench_scoring.py [--corpus DIR ...] [--checklists DIR] [--user-tuning DIR ...]
[--heldout DIR] [--errors]``

Parts reported: the tuning part (``tests/scoring/corpus`` and ``tests/scoring/tuning``, scored
with the default checklists in ``scenarios/checklists/LANG/standard.yaml``); the earlier
held-out sets (``tests/scoring/heldout``, ``heldout3``, ``heldout4``, ``heldout2``, ``heldout5``,
``heldout6`` to ``heldout15``), each run once while held out and tuned on since; and the held-out
part (``tests/scoring/heldout16``, by a sixteenth independent writer, never seen while tuning). All but
the first are scored with their own user checklists (``checklists/LANG.yaml``, at most 5 phrases
per check, no intents), each check given the scope of the default check of its id (its time
window or step: the labels are decided within them).

The positive class is "the check found what it looks for": a phrase/regex said, a metric
or outcome within bounds, and for ``not_phrase``/``not_regex`` the forbidden words said
(so a corpus full of clean calls cannot inflate the score). Checks tied to a step are
also counted under ``after_step``. A label with no verdict (``passed: null``) counts as not
found. A label is the verdict of the default check of that id, so a user checklist listing
the deflection or refusal words as a ``phrase`` check is counted the same way. Labels may
name ``categories`` per check (paraphrase, asr_damage...): tallied too.
Also reported: the review rate (share of calls with ``score.needs_review``), the accuracy of
the verdicts on calls not flagged, and the mean time to score one call after start-up.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from robot.config.yamlfile import load_yaml  # noqa: E402
from scoring.checklist import load_checklist, load_checks  # noqa: E402
from scoring.engine import score_call  # noqa: E402
from scoring.inputs import load_scoring_input  # noqa: E402
from scoring.models import Check, TextCheck  # noqa: E402

SCORING_TESTS = ROOT / "tests" / "scoring"
CORPUS = SCORING_TESTS / "corpus"
TUNING = SCORING_TESTS / "tuning"
USER_SETS = tuple(
    f"heldout{n}" for n in ("", "3", "4", "2", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15")
)
"""The sets held out once and tuned on since, in the order they were run."""
USER_TUNING = [SCORING_TESTS / name for name in USER_SETS]
HELDOUT = SCORING_TESTS / "heldout16"
CHECKLISTS = ROOT / "scenarios" / "checklists"
NEGATIVE_KINDS = {"not_phrase", "not_regex"}
LABEL_NEGATIVE = {"no_website_deflection": True}
"""Checks whose label is true when the words were *not* said, whatever the check's kind: a user
checklist lists the deflection words of ``no_website_deflection`` as a ``phrase`` check. Other
checks count by kind: the default ``answered_product`` is a ``not_phrase`` check of refusal
words (found = refused), a user's is a ``phrase`` check of answers (found = answered)."""


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

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Evaluation:
    """Tallies by kind (and ``overall``), by check id, by category; review and speed figures."""

    kinds: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    checks: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    categories: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    calls: int = 0
    flagged: int = 0
    unflagged_right: int = 0
    unflagged_verdicts: int = 0
    seconds: float = 0.0

    @property
    def review_rate(self) -> float:
        return self.flagged / self.calls if self.calls else 0.0

    @property
    def unflagged_accuracy(self) -> float:
        return self.unflagged_right / self.unflagged_verdicts if self.unflagged_verdicts else 1.0

    @property
    def ms_per_call(self) -> float:
        return 1000 * self.seconds / self.calls if self.calls else 0.0


def groups_of(check: Check) -> list[str]:
    """Benchmark groups of a check: its kind, plus ``after_step`` for step-tied checks."""
    groups = [check.kind]
    if isinstance(check, TextCheck) and check.after_step:
        groups.append("after_step")
    return groups


def default_checklist(checklists: Path) -> Callable[[str], Path]:
    return lambda language: checklists / language / "standard.yaml"


def heldout_checklist(folder: Path, fallback: Path = CHECKLISTS) -> Callable[[str], Path]:
    def pick(language: str) -> Path:
        own = folder / "checklists" / f"{language}.yaml"
        return own if own.is_file() else fallback / language / "standard.yaml"

    return pick


def load_user_checklist(path: Path) -> list[Check]:
    """A checklist as users write them: a check without ``title`` gets its id as the title."""
    data = load_yaml(path)
    items = data.get("checks") or []
    if not any(isinstance(item, dict) and "id" in item and "title" not in item for item in items):
        return load_checklist(path)
    for item in items:
        if isinstance(item, dict) and "id" in item and "title" not in item:
            item["title"] = str(item["id"])
    language = data.get("language")
    checks = load_checks(items, path.parent, str(path))
    return [c.model_copy(update={"language": language}) if c.language is None and language else c for c in checks]


SCOPE_FIELDS = ("speaker", "within_s", "last_s", "after_step", "weight")
"""What a check looks at besides its words: the labels are decided within the default checks'
windows (greeting in 10 s, company in 15 s, own name in 20 s, closing in the last 30 s, the
answer after the product question), so a user's check of the same id gets them."""


def scoped(user: list[Check], defaults: list[Check]) -> list[Check]:
    """The user's checks (their kinds and phrases as written) with the default checks' scope."""
    by_id = {c.id: c for c in defaults}
    out = []
    for check in user:
        default = by_id.get(check.id)
        if isinstance(check, TextCheck) and isinstance(default, TextCheck):
            check = check.model_copy(update={f: getattr(default, f) for f in SCOPE_FIELDS})
        out.append(check)
    return out


def run(corpora: Sequence[Path], checklist_for: Callable[[str], Path], defaults: Path | None = None) -> Evaluation:
    """Score every labelled transcript of ``corpora`` with its language's checklist (given the
    scope of the default checklists in ``defaults``, when set)."""
    result = Evaluation()
    cache: dict[str, list[Check]] = {}
    docs = []
    for corpus in corpora:
        for path in sorted(corpus.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(doc, dict) and doc.get("labels"):
                docs.append((path, doc))
    for path, doc in docs:  # start-up (dictionaries, banks) is not timed
        language = doc["language"]
        if language not in cache:
            cache[language] = load_user_checklist(checklist_for(language))
            if defaults is not None:
                cache[language] = scoped(cache[language], load_checklist(defaults / language / "standard.yaml"))
            score_call(cache[language], load_scoring_input(path), language)
    for path, doc in docs:
        language = doc["language"]
        checks = cache[language]
        call = load_scoring_input(path)
        started = time.perf_counter()
        report = score_call(checks, call, language)
        result.seconds += time.perf_counter() - started
        result.calls += 1
        flagged = report.score.needs_review
        result.flagged += flagged
        by_id = {r.id: r for r in report.checks}
        categories = doc.get("categories", {})
        for check in checks:
            if check.id not in doc["labels"]:
                continue
            label = doc["labels"][check.id]
            passed = by_id[check.id].passed
            # Labels are the verdicts of the default checklist's check of that id: a user
            # checklist may list the forbidden words as a `phrase` check (found = they were said).
            negative = check.kind in NEGATIVE_KINDS
            expected = (not label) if LABEL_NEGATIVE.get(check.id, negative) else label
            found = (passed is False) if negative else (passed is True)
            where = f"{path.parent.name}/{path.stem} {check.id} label={label} passed={passed}"
            for group in groups_of(check):
                result.kinds[group].add(expected, found, where)
            result.kinds["overall"].add(expected, found, where)
            result.checks[check.id].add(expected, found, where)
            for category in categories.get(check.id, []):
                result.categories[category].add(expected, found, where)
            if not flagged:
                result.unflagged_verdicts += 1
                result.unflagged_right += expected == found
    return result


def print_part(title: str, result: Evaluation, errors: bool) -> None:
    print(f"## {title}: {result.calls} calls")
    print(f"{'':<24} {'n':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for name, table in (("check", result.checks), ("category", result.categories), ("kind", result.kinds)):
        for key in sorted(table, key=lambda k: (k == "overall", k)):
            t = table[key]
            p, r, f = t.prf()
            print(f"{name + ' ' + key:<24} {t.n:>4} {t.tp:>4} {t.fp:>4} {t.fn:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    print(
        f"review rate {result.review_rate:.3f} ({result.flagged}/{result.calls} calls flagged); "
        f"unflagged verdicts accurate {result.unflagged_accuracy:.3f} "
        f"({result.unflagged_right}/{result.unflagged_verdicts}); {result.ms_per_call:.1f} ms per call"
    )
    if errors:
        for error in result.kinds["overall"].errors:
            print(error)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="*", default=[CORPUS, TUNING], help="tuning part folders")
    parser.add_argument("--checklists", type=Path, default=CHECKLISTS)
    parser.add_argument(
        "--user-tuning",
        type=Path,
        nargs="*",
        default=USER_TUNING,
        help="tuning folders with their own checklists/",
    )
    parser.add_argument("--heldout", type=Path, nargs="*", default=[HELDOUT], help="held-out folders (own checklists/)")
    parser.add_argument("--no-heldout", action="store_true", help="skip the held-out part")
    parser.add_argument("--errors", action="store_true", help="list every false positive/negative")
    args = parser.parse_args()
    tuning = run([c for c in args.corpus if c.is_dir()], default_checklist(args.checklists))
    print_part("tuning part (corpus + tuning, default checklists)", tuning, args.errors)
    for folder in args.user_tuning:
        if folder.is_dir():
            part = run([folder], heldout_checklist(folder, args.checklists), args.checklists)
            print_part(f"tuning part, {folder.name} (user checklists; held out once, then tuned on)", part, args.errors)
    for folder in [] if args.no_heldout else args.heldout:
        heldout = run([folder], heldout_checklist(folder, args.checklists), args.checklists)
        print_part(f"held-out part, {folder.name} (user checklists)", heldout, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
