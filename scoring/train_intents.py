"""Train the intent models of :mod:`scoring.secondopinion` from the paraphrase banks.

    python -m scoring.train_intents [--out PATH]

Per language and intent: the bank's phrases are the positives; the phrases of the other
intents (except those it includes or that include it) and its hard negatives are the
negatives. Deterministic (lbfgs, no sampling): the same banks give the same weights.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from scoring.concepts import LANGUAGES
from scoring.intents import intents
from scoring.secondopinion import MODEL_PATH, N_FEATURES, banks_digest, vectorizer

C = 4.0


def _clean(phrase: str) -> str:
    """A bank phrase as plain words: ``=exact`` marks and ``@class`` slots dropped."""
    return " ".join(w.lstrip("=") for w in phrase.split() if not w.startswith("@"))


def train_one(language: str, intent_id: str) -> tuple[np.ndarray, float]:
    """(coef row, intercept) of one language's intent."""
    from sklearn.linear_model import LogisticRegression

    banks = intents(language)
    item = banks[intent_id]
    related = {intent_id, *item.includes, *(o for o, other in banks.items() if intent_id in other.includes)}
    positives = [t for t in (_clean(p) for p in item.phrases) if t]
    negatives = [_clean(p) for o, other in sorted(banks.items()) if o not in related for p in other.phrases]
    negatives += [_clean(p) for p in (*item.negatives, *item.turn_negatives)]
    negatives = [t for t in negatives if t]
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(vectorizer().transform(positives + negatives), [1] * len(positives) + [0] * len(negatives))
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def train() -> tuple[list[tuple[str, str]], np.ndarray, np.ndarray]:
    """(keys, coef rows, intercepts) for every language and intent."""
    keys = [(language, intent_id) for language in LANGUAGES for intent_id in sorted(intents(language))]
    rows = [train_one(language, intent_id) for language, intent_id in keys]
    return keys, np.vstack([r[0] for r in rows]), np.array([r[1] for r in rows])


def write(path: Path = MODEL_PATH) -> None:
    """Train and save the models with the digest of the banks they learnt from."""
    digest = banks_digest()  # before training: banks edited meanwhile make the digest stale, not wrong
    keys, coef, intercept = train()
    assert coef.shape[1] == N_FEATURES
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, keys=np.array(keys), coef=coef, intercept=intercept, digest=np.array(digest))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
