"""The detector on the labelled corpus (corpus.yaml): its manifest, a few clips of every class,
and (slow lane) the whole tuning part with a floor at the accuracy reached.

Building clips runs espeak-ng and sox, so these tests are in the ``calls`` lane; the clips
are cached under the test session's $XDG_CACHE_HOME."""

from __future__ import annotations

import statistics
from collections import Counter

import linesense_corpus as corpus
import pytest

from robot.media.linesense import LineSense, classify_early_media

CLASSES = {"human", "ivr", "voicemail", "announcement", "music", "fax", "silence"}

# a few clips of every class, from the tuning part, with the labels the detector must give
SUBSET = {
    "hu-ru-01": "human",
    "hu-en-04": "human",
    "hu-ru-02": "human",
    "vm-ru-01": "voicemail",
    "vm-en-02": "voicemail",
    "iv-en-01": "ivr",
    "iv-ru-01": "ivr",
    "an-ru-01": "announcement",
    "an-en-02": "announcement",
    "mu-ru-01": "music",
    "mu-en-02": "music",
    "si-en-04": "silence",
    "fa-ru-01": "fax",
    "fa-en-02": "fax",
}
EARLY = {"an-ru-01": "sit", "an-en-02": "announcement", "mu-ru-01": "music", "si-en-04": "silence"}
TUNING_ACCURACY_FLOOR = 0.87  # reached 0.887 (55/62) when the thresholds were set
TUNING_MEDIAN_CEILING_S = 4.0  # reached 3.84 s


def decide(clip: corpus.Clip, with_text: bool = False) -> tuple[str, float]:
    sense = LineSense(clip.language, corpus.RATE)
    texts = sorted((b + 0.4, s, a, b) for s, a, b in clip.utterances) if with_text and clip.language == "en" else []
    for i in range(0, len(clip.pcm), 160):
        t = i / corpus.RATE
        while texts and texts[0][0] <= t:
            _, s, a, b = texts.pop(0)
            sense.hear(s, a, b)
        sense.feed(clip.pcm[i : i + 160], t)
    d = sense.final(clip.duration_s)
    return d.answered_by, d.at_s


pytestmark = pytest.mark.calls


def test_a_few_clips_of_every_class_get_their_label() -> None:
    clips = corpus.clips(ids=list(SUBSET))
    assert {c.id for c in clips} == set(SUBSET)
    got = {c.id: decide(c, with_text=True) for c in clips}
    assert {k: v[0] for k, v in got.items()} == SUBSET
    assert all(t <= 6.0 or k.startswith(("vm", "an")) for k, (_, t) in got.items())
    by_id = {c.id: c for c in clips}
    early = {k: classify_early_media(by_id[k].pcm, corpus.RATE) for k in EARLY}
    assert early == EARLY


def test_clips_are_deterministic_and_cached(tmp_path_factory: pytest.TempPathFactory) -> None:
    entry = next(e for e in corpus.load_manifest() if e["id"] == "hu-en-06")  # noisy line
    a = corpus.clip(entry, tmp_path_factory.mktemp("a"))
    b = corpus.clip(entry, tmp_path_factory.mktemp("b"))
    assert a.pcm.tobytes() == b.pcm.tobytes() and a.utterances == b.utterances
    assert 3.0 < a.duration_s < 8.0 and a.utterances[0][0] == "Hello."


@pytest.mark.slow
def test_whole_tuning_part_accuracy_floor() -> None:
    clips = corpus.clips("tuning")
    results = [(c, *decide(c, with_text=True)) for c in clips]
    right = sum(1 for c, kind, _ in results if kind == c.label)
    wrong = Counter(f"{c.label}->{kind}" for c, kind, _ in results if kind != c.label)
    assert right / len(results) >= TUNING_ACCURACY_FLOOR, wrong
    assert statistics.median(t for _, _, t in results) <= TUNING_MEDIAN_CEILING_S
