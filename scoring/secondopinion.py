"""A second opinion on intents: a small linear model per intent, trained on the paraphrase banks.

The matcher decides; this model only doubts. When the matcher finds nothing but the model
says a turn of the chosen ones expresses the check's intent, the verdict goes to review (its
confidence drops below the threshold). Character n-grams (2-4, hashed) and a logistic
regression per language and intent, trained by ``python -m scoring.train_intents`` from the
banks in ``scoring/intents/`` and shipped as ``scoring/models/intents.npz`` with a digest of
the banks it was trained on (a test retrains and compares). Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "models" / "intents.npz"
N_FEATURES = 2**15
NGRAMS = (2, 4)
DOUBT_P = 0.9
"""A model probability at or above this on a verdict of "not found" sends the check to review."""


def vectorizer() -> Any:
    """The feature hasher the model was trained with (stateless: nothing to ship)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb", ngram_range=NGRAMS, n_features=N_FEATURES, alternate_sign=False, binary=True
    )


def banks_digest() -> str:
    """A digest of every bank file, to tell whether the shipped model is the banks' own."""
    digest = hashlib.sha256()
    folder = Path(__file__).resolve().parent / "intents"
    for path in sorted(folder.glob("*/*.yaml")):
        digest.update(f"{path.parent.name}/{path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class IntentModels:
    """Weights (one row per language/intent) and the rows' keys."""

    keys: dict[tuple[str, str], int]
    coef: np.ndarray
    intercept: np.ndarray
    digest: str

    def probability(self, language: str, intent: str, texts: Sequence[str]) -> float | None:
        """The highest probability over ``texts`` that one says the intent (None: no model)."""
        row = self.keys.get((language, intent))
        if row is None or not texts:
            return None
        features = _vectorizer().transform(list(texts))
        scores = features @ self.coef[row] + self.intercept[row]
        return float(1.0 / (1.0 + np.exp(-np.max(scores))))


@cache
def _vectorizer() -> Any:
    return vectorizer()


@cache
def models() -> IntentModels | None:
    """The shipped models, or None when the file is missing."""
    if not MODEL_PATH.is_file():
        return None
    data = np.load(MODEL_PATH, allow_pickle=False)
    keys = {(str(lang), str(intent)): k for k, (lang, intent) in enumerate(data["keys"])}
    return IntentModels(keys, data["coef"].astype(np.float64), data["intercept"], str(data["digest"]))


def doubt(language: str | None, intent: str | None, texts: Sequence[str]) -> float | None:
    """The model's probability that one of ``texts`` says ``intent`` (None when it cannot tell)."""
    shipped = models()
    if shipped is None or language is None or intent is None:
        return None
    return shipped.probability(language, intent, texts)
