"""Benchmark of the who-picked-up detector (robot.media.linesense) on the labelled corpus.

    python bench/bench_linesense.py [--part tuning|heldout|both] [--text both|en|none]
                                    [--audio-only] [--show-errors]

Builds the corpus (tests/media/linesense/corpus.yaml, cached) and streams each clip through
LineSense in 20 ms frames as a live call would. Clips also get the text of their speech, as a
poor recogniser would give it: sentence by sentence 0.4 s after each sentence ends, with every
fourth word replaced by a wrong one. ``--text both`` (default) does so in both languages (a
deployment with a recogniser for each); ``--text en`` only for English clips (this machine:
no Russian model exists here); ``--text none`` (or ``--audio-only``) gives no text to any clip.
Prints per part: the confusion matrix, accuracy,
per-class recall, decision time after the answer (median/p90, of the final decision) and
the detector's CPU cost.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "media" / "linesense"))

import linesense_corpus as corpus  # noqa: E402

from robot.media.linesense import Decision, LineSense  # noqa: E402

CLASSES = ["human", "ivr", "voicemail", "announcement", "music", "fax", "silence", "unknown"]
GARBAGE = {"en": ["uh", "the", "and", "hmm", "of"], "ru": ["э", "и", "в", "ну", "а"]}


def sentences(text: str, start: float, end: float) -> list[tuple[str, float, float]]:
    """Split a spoken part into sentences with times proportional to their length."""
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+", text) if p.strip()]
    total = sum(len(p) for p in parts) or 1
    out, t = [], start
    for p in parts:
        d = (end - start) * len(p) / total
        out.append((p, t, t + d))
        t += d
    return out


def degrade(text: str, salt: int, language: str) -> str:
    words, garbage = text.split(), GARBAGE[language]
    return " ".join(garbage[(i + salt) % len(garbage)] if (i + salt) % 4 == 3 else w for i, w in enumerate(words))


def run_clip(clip: corpus.Clip, text_languages: tuple[str, ...]) -> tuple[Decision, Decision | None, float]:
    """Final decision, first decision, CPU seconds."""
    sense = LineSense(clip.language, corpus.RATE)
    pending: list[tuple[float, str, float, float]] = []
    if clip.language in text_languages:
        for k, (text, a, b) in enumerate(clip.utterances):
            for s, sa, sb in sentences(text, a, b):
                pending.append((sb + 0.4, degrade(s, k, clip.language), sa, sb))
        pending.sort()
    hop = corpus.RATE // 50
    first: Decision | None = None
    cpu = 0.0
    for i in range(0, len(clip.pcm), hop):
        t = i / corpus.RATE
        c0 = time.process_time()
        while pending and pending[0][0] <= t:
            _, text, a, b = pending.pop(0)
            sense.hear(text, a, b)
        sense.feed(clip.pcm[i : i + hop], t)
        cpu += time.process_time() - c0
        if first is None and sense.decision is not None:
            first = sense.decision
    final = sense.final(clip.duration_s)
    return final, first or final, cpu


def report(name: str, clips: list[corpus.Clip], text_languages: tuple[str, ...], show_errors: bool) -> None:
    rows = []
    cpu_total = audio_total = 0.0
    for clip in clips:
        final, first, cpu = run_clip(clip, text_languages)
        rows.append((clip, final, first))
        cpu_total += cpu
        audio_total += clip.duration_s
    labels = [c for c in CLASSES if any(r[0].label == c or r[1].answered_by == c for r in rows)]
    text = " and ".join(lang.upper() for lang in text_languages) or "no language"
    print(f"\n## {name}: {len(rows)} clips, {text} with degraded text, the rest audio only")
    print("true \\ decided | " + " | ".join(f"{c[:6]:>6}" for c in labels) + " | recall")
    for c in labels:
        mine = [r for r in rows if r[0].label == c]
        if not mine:
            continue
        counts = [sum(1 for r in mine if r[1].answered_by == d) for d in labels]
        recall = counts[labels.index(c)] / len(mine)
        print(f"{c:>14} | " + " | ".join(f"{n:>6}" for n in counts) + f" | {recall:.2f}")
    correct = sum(1 for r in rows if r[1].answered_by == r[0].label)
    first_ok = sum(1 for r in rows if r[2].answered_by == r[0].label)
    times = sorted(r[1].at_s for r in rows)
    p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
    print(
        f"accuracy {correct / len(rows):.3f} ({correct}/{len(rows)}); first decision right {first_ok / len(rows):.3f}"
    )
    for lang in ("en", "ru"):
        mine = [r for r in rows if r[0].language == lang]
        ok = sum(1 for r in mine if r[1].answered_by == r[0].label)
        print(f"  {lang}: {ok / len(mine):.3f} ({ok}/{len(mine)})")
    median = statistics.median(times)
    print(f"decision time after the answer: median {median:.2f} s, p90 {p90:.2f} s, max {times[-1]:.2f} s")
    revised = sum(1 for r in rows if "revised_from" in r[1].evidence)
    print(f"revised after the first decision: {revised}")
    print(
        f"CPU: {1000 * cpu_total / audio_total:.2f} ms per second of audio, "
        f"{1000 * cpu_total / len(rows):.1f} ms per clip (mean {audio_total / len(rows):.1f} s), "
        f"{60 * cpu_total / audio_total * 1000:.0f} ms per 60 s call"
    )
    if show_errors:
        for clip, final, _first in rows:
            if final.answered_by != clip.label:
                ev = {k: v for k, v in final.evidence.items() if k != "bursts"}
                print(f"  {clip.id}: {clip.label} -> {final.answered_by} at {final.at_s} {ev}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["tuning", "heldout", "both"], default="both")
    ap.add_argument("--text", choices=["both", "en", "none"], default="both")
    ap.add_argument("--audio-only", action="store_true", help="the same as --text none")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    text_languages = {"both": ("en", "ru"), "en": ("en",), "none": ()}["none" if args.audio_only else args.text]
    parts = ["tuning", "heldout"] if args.part == "both" else [args.part]
    for part in parts:
        report(part, corpus.clips(part), text_languages, args.show_errors)


if __name__ == "__main__":
    main()
