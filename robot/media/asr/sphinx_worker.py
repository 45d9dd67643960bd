"""PocketSphinx child process: decodes the segments its parent streams over stdin.

Run as ``python -m robot.media.asr.sphinx_worker --rate 8000 [--hmm DIR --lm FILE --dict FILE]``.
PocketSphinx holds the GIL while decoding, so it must never run in the softphone's process.

Protocol, parent to child (stdin): messages ``kind(1 byte) length(uint32 LE) payload``:
``B`` begin a segment (payload: JSON ``{"id": n}``), ``A`` audio (16-bit mono PCM at
``--rate``), ``E`` end the segment, ``R`` a new stream (another call: the cepstral mean goes back to its
initial value), ``Q`` quit. Child to parent (stdout): one JSON line
``{"ready": true, "model": ...}`` after loading, then one line per segment
``{"id": n, "text": ..., "words": [[word, start_s, end_s, conf], ...]}`` with times
relative to the segment's first sample, preceded by ``{"id": n, "draft": ...}``: the first
pass's text, written before the slower second pass (fwdflat) runs.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from typing import BinaryIO

DECODE_RATE = 16000  # the US-English model shipped in the wheel is a 16 kHz model
FRAME_RATE = 100  # PocketSphinx frames per second
HEADER = struct.Struct("<cI")
# Initial cepstral mean for narrowband (8 kHz) speech upsampled to 16 kHz, measured here on
# English and Russian speech: the model's wideband default (40,3,-1) is so far off for the
# empty 4-8 kHz band that the first utterances of a call decode as garbage. Live CMN then
# adapts to the actual line from this starting point.
CMNINIT_NARROWBAND = "52.73,26.57,-33.62,47.75,-30.74,3.33,11.78,-35.44,9.35,-19.29,7.51,4.13,-17.77"


def pack(kind: bytes, payload: bytes = b"") -> bytes:
    return HEADER.pack(kind, len(payload)) + payload


def _read_exact(stream: BinaryIO, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = stream.read(n - len(buf))
        if not chunk:
            raise EOFError
        buf += chunk
    return bytes(buf)


def _clean(word: str) -> str | None:
    if word.startswith(("<", "[", "+")) or word in ("<s>", "</s>", "<sil>"):
        return None
    return word.split("(", 1)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=int, default=8000)
    parser.add_argument("--hmm")
    parser.add_argument("--lm")
    parser.add_argument("--dict")
    args = parser.parse_args(argv)

    import numpy as np
    import soxr
    from pocketsphinx import Decoder, get_model_path

    options: dict[str, object] = {"samprate": DECODE_RATE, "loglevel": "ERROR"}
    if args.rate < DECODE_RATE and not args.hmm:
        options["cmninit"] = CMNINIT_NARROWBAND
    for key in ("hmm", "lm", "dict"):
        if getattr(args, key):
            options[key] = getattr(args, key)
    decoder = Decoder(**options)
    initial_cmn = decoder.get_cmn(False)
    model = args.hmm or f"{get_model_path()}/en-us/en-us"
    out = sys.stdout
    out.write(json.dumps({"ready": True, "model": model}) + "\n")
    out.flush()
    inp = sys.stdin.buffer
    resampler: soxr.ResampleStream | None = None
    seg_id = None

    def process(pcm: bytes, last: bool) -> None:
        x = np.frombuffer(pcm, dtype="<i2")
        if resampler is not None:
            x = resampler.resample_chunk(x, last=last)
        if x.size:
            decoder.process_raw(x.astype("<i2").tobytes(), False, False)

    while True:
        try:
            kind, length = HEADER.unpack(_read_exact(inp, HEADER.size))
            payload = _read_exact(inp, length) if length else b""
        except EOFError:
            return 0
        if kind == b"B":
            seg_id = json.loads(payload)["id"]
            resampler = (
                soxr.ResampleStream(args.rate, DECODE_RATE, 1, dtype="int16") if args.rate != DECODE_RATE else None
            )
            decoder.start_utt()
        elif kind == b"A" and seg_id is not None:
            process(payload, last=False)
        elif kind == b"E" and seg_id is not None:
            process(b"", last=True)
            first_pass = decoder.hyp()
            draft = [c for w in (first_pass.hypstr.split() if first_pass else []) if (c := _clean(w))]
            out.write(json.dumps({"id": seg_id, "draft": " ".join(draft)}) + "\n")
            out.flush()
            decoder.end_utt()
            words = []
            for seg in decoder.seg():
                word = _clean(seg.word)
                if word:
                    conf = min(1.0, max(0.0, float(seg.prob)))
                    words.append([word, seg.start_frame / FRAME_RATE, (seg.end_frame + 1) / FRAME_RATE, round(conf, 3)])
            out.write(json.dumps({"id": seg_id, "text": " ".join(w[0] for w in words), "words": words}) + "\n")
            out.flush()
            seg_id = None
        elif kind == b"R":
            decoder.set_cmn(initial_cmn)
        elif kind == b"Q":
            return 0


if __name__ == "__main__":
    sys.exit(main())
