"""The corpus manifest (corpus.yaml): enough clips, both languages, every class, 30% held out."""

from __future__ import annotations

import linesense_corpus as corpus

CLASSES = {"human", "ivr", "voicemail", "announcement", "music", "fax", "silence"}
SUBSET_PREFIXES = ("hu-ru-01", "hu-en-04", "vm-ru-01", "an-ru-01", "mu-ru-01", "fa-ru-01")


def test_manifest_has_80_clips_both_languages_every_class_and_30_percent_held_out() -> None:
    entries = corpus.load_manifest()
    ids = [e["id"] for e in entries]
    assert len(entries) >= 80 and len(set(ids)) == len(ids)
    assert {e["label"] for e in entries} == CLASSES
    assert {e["language"] for e in entries} == {"ru", "en"}
    assert sum(1 for e in entries if e["heldout"]) >= 0.3 * len(entries)
    for label in CLASSES:
        mine = [e for e in entries if e["label"] == label]
        assert any(e["heldout"] for e in mine) and any(not e["heldout"] for e in mine), label
    for e in entries:
        assert e["how"] and e["parts"], e["id"]
    assert all(not e["heldout"] for e in entries if e["id"] in SUBSET_PREFIXES)
