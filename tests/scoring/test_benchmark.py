"""The default checklists on the labeled corpus: F1 floor per kind and overall."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
F1_FLOOR = 0.95


def _bench():
    spec = importlib.util.spec_from_file_location("bench_scoring", ROOT / "bench" / "bench_scoring.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tallies():
    return _bench().evaluate()


def test_corpus_shape():
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]
    assert len(docs) >= 60
    assert {d["language"] for d in docs} == {"en", "ru"}
    assert all(d["labels"] for d in docs)


def test_overall_f1_floor(tallies):
    assert tallies["overall"].prf()[2] >= F1_FLOOR, tallies["overall"].errors


@pytest.mark.parametrize("kind", ["phrase", "not_phrase", "regex", "after_step", "metric"])
def test_kind_f1_floor(tallies, kind):
    assert tallies[kind].prf()[2] >= F1_FLOOR, tallies[kind].errors
