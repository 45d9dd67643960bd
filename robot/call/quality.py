"""Call quality: the ITU-T G.107 E-model (simplified) and the result's ``quality`` object.

The simplification most call-monitoring tools use, with the G.107 default values
(Ro - Is = 93.2, A = 0):

* ``R = 93.2 - Id - Ie_eff``
* ``Id = 0.024 d + 0.11 (d - 177.3) H(d - 177.3)``, ``d`` the one-way mouth-to-ear delay
  in ms: half the RTCP round trip (0 when no RTCP report came back) + the jitter
  buffer's delay + packetisation (frame length x frames per packet) + the codec's
  look-ahead. The jitter buffer's delay is taken as twice the mean jitter (a buffer that
  absorbs it), not pjmedia's measured buffer depth: that one follows the robot's own
  scheduling (20 ms on an idle machine, 199 ms under load on the same clean line) and
  must not count against the callee's line;
* ``Ie_eff = Ie + (95 - Ie) Ppl / (Ppl + Bpl)`` (random loss, BurstR = 1), ``Ppl`` the
  received packet loss in percent;
* ``MOS = 1 + 0.035 R + 7e-6 R (R - 60) (100 - R)`` for 0 < R < 100, 1 below, 4.5 above.

``Ie`` and ``Bpl`` come from ITU-T G.113 Appendix I: G.711 has Ie 0 and Bpl 25.1 with
packet-loss concealment, 4.3 without. pjmedia conceals lost G.711 frames (the stream's
codec setting ``plc``, on by default), so the robot's calls use 25.1. G.729(A) has Ie 11,
Bpl 19 and 5 ms look-ahead. Other codecs (G.722, GSM, iLBC, Speex, Opus) have no
narrow-band G.113 values the robot can vouch for and are scored with G.711's.

One-way audio and the callee's longest silence come from the call's stereo recording
(robot left, callee right; :mod:`robot.sip.recording`), read once after the call in
20 ms frames: a frame is speech when its RMS level reaches ``SPEECH_DBFS``. Pure apart
from reading that file; nothing here runs during the call.
"""

from __future__ import annotations

import math
import wave
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

R_DEFAULT = 93.2  # Ro - Is with G.107's default parameters
DELAY_KNEE_MS = 177.3
FRAME_S = 0.020
SPEECH_DBFS = -42.0  # a 20 ms frame at or above this RMS level carries speech (or tones)
MIN_SPEECH_S = 1.0  # a direction "carried speech" with at least this much of it
ONE_WAY_SILENT_SHARE = 0.9  # "for most of the call": this share of the frames silent
DEFAULT_FRAME_MS = 20.0


@dataclass(frozen=True)
class Codec:
    """A codec's E-model parameters (ITU-T G.113 Appendix I)."""

    ie: float
    bpl_plc: float
    bpl_no_plc: float
    lookahead_ms: float = 0.0

    def bpl(self, plc: bool) -> float:
        return self.bpl_plc if plc else self.bpl_no_plc


G711 = Codec(ie=0.0, bpl_plc=25.1, bpl_no_plc=4.3)
G729 = Codec(ie=11.0, bpl_plc=19.0, bpl_no_plc=19.0, lookahead_ms=5.0)
CODECS: dict[str, Codec] = {"pcmu": G711, "pcma": G711, "g729": G729}


def codec_params(name: str | None) -> Codec:
    """The E-model parameters of a codec name as pjsip reports it (``PCMU``, ``G729``...)."""
    key = (name or "").split("/", 1)[0].lower()
    return CODECS.get(key, G711)


def delay_impairment(d_ms: float) -> float:
    """``Id`` for a one-way delay of ``d_ms`` milliseconds."""
    d = max(0.0, d_ms)
    return 0.024 * d + (0.11 * (d - DELAY_KNEE_MS) if d > DELAY_KNEE_MS else 0.0)


def effective_ie(ie: float, bpl: float, loss_pct: float) -> float:
    """``Ie_eff`` for random packet loss of ``loss_pct`` percent."""
    ppl = min(max(loss_pct, 0.0), 100.0)
    return ie + (95.0 - ie) * ppl / (ppl + bpl)


def r_factor(loss_pct: float, one_way_delay_ms: float, codec: Codec = G711, plc: bool = True) -> float:
    """The transmission rating R, clamped to 0..100."""
    r = R_DEFAULT - delay_impairment(one_way_delay_ms) - effective_ie(codec.ie, codec.bpl(plc), loss_pct)
    return min(max(r, 0.0), 100.0)


def mos_from_r(r: float) -> float:
    """G.107's MOS (conversational quality estimate) for a rating R, within 1..4.5."""
    if r <= 0:
        return 1.0
    if r >= 100:
        return 4.5
    return min(max(1.0 + 0.035 * r + 7e-6 * r * (r - 60.0) * (100.0 - r), 1.0), 4.5)


@dataclass(frozen=True)
class Levels:
    """What the recording says about each direction, in 20 ms frames."""

    frames: int
    robot_speech_frames: int
    callee_speech_frames: int
    callee_longest_silence_frames: int

    @property
    def robot_speech_s(self) -> float:
        return self.robot_speech_frames * FRAME_S

    @property
    def callee_speech_s(self) -> float:
        return self.callee_speech_frames * FRAME_S

    @property
    def callee_silent_share(self) -> float:
        return 1.0 - self.callee_speech_frames / self.frames if self.frames else 1.0


def recording_levels(path: Path, chunk_s: float = 10.0) -> Levels | None:
    """Per-channel speech frames and the callee's longest silent run of a stereo 16-bit WAV
    (read in chunks of ``chunk_s``); None when the file is missing or not such a WAV."""
    threshold = (32768.0 * 10 ** (SPEECH_DBFS / 20)) ** 2  # mean square of a frame at SPEECH_DBFS
    try:
        with wave.open(str(path), "rb") as wav:
            if wav.getnchannels() != 2 or wav.getsampwidth() != 2:
                return None
            frame_len = max(1, round(wav.getframerate() * FRAME_S))
            chunk = frame_len * max(1, round(chunk_s / FRAME_S))
            frames = robot = callee = longest = run = 0
            while True:
                data = wav.readframes(chunk)
                n = len(data) // (4 * frame_len)
                if n == 0:
                    break
                pcm = np.frombuffer(data, dtype="<i2", count=n * frame_len * 2).reshape(n, frame_len, 2)
                power = np.mean(np.square(pcm, dtype=np.float32), axis=1)  # (n, 2): mean square per channel
                speech = power >= threshold
                robot += int(speech[:, 0].sum())
                callee_speech = speech[:, 1]
                callee += int(callee_speech.sum())
                frames += n
                longest, run = _longest_run(~callee_speech, longest, run)
    except (OSError, EOFError, wave.Error):
        return None
    return Levels(frames, robot, callee, longest)


def _longest_run(silent: np.ndarray, longest: int, run: int) -> tuple[int, int]:
    """Carry the longest run of True (and the run still open) across chunks."""
    if silent.all():
        run += len(silent)
        return max(longest, run), run
    edges = np.flatnonzero(~silent)  # the speech frames split the silent runs
    head = int(edges[0])
    longest = max(longest, run + head)
    if len(edges) > 1:
        longest = max(longest, int(np.max(np.diff(edges))) - 1)
    run = len(silent) - 1 - int(edges[-1])
    return max(longest, run), run


def one_way(levels: Levels | None, rx_packets: int, tx_packets: int) -> bool:
    """One direction carried RTP with only silence (or no RTP) for most of the call while
    the other carried speech. Without a recording only missing RTP can tell."""
    if levels is None:
        return (rx_packets == 0) != (tx_packets == 0)
    callee_dead = rx_packets == 0 or levels.callee_silent_share >= ONE_WAY_SILENT_SHARE
    if callee_dead and levels.robot_speech_s >= MIN_SPEECH_S and tx_packets > 0:
        return True
    return tx_packets == 0 and rx_packets > 0 and levels.callee_speech_s >= MIN_SPEECH_S


def loss_pct(rx_packets: int, rx_loss: int) -> float:
    """Received packet loss in percent; 100 when nothing arrived at all."""
    expected = rx_packets + rx_loss
    return 100.0 if expected <= 0 else 100.0 * rx_loss / expected


def one_way_delay_ms(media: Mapping[str, Any], codec: Codec) -> float:
    """Mouth-to-ear delay: half the RTCP round trip + jitter buffer (twice the mean jitter)
    + packetisation + look-ahead."""
    rtt = _num(media.get("rtt_ms_mean"))
    jbuf = 2.0 * (_num(media.get("rx_jitter_ms_mean")) or 0.0)
    packet = _num(media.get("ptime_ms")) or DEFAULT_FRAME_MS
    return (rtt or 0.0) / 2.0 + jbuf + packet + codec.lookahead_ms


def call_quality(media: Mapping[str, Any] | None, recording: Path | None) -> dict[str, Any]:
    """The result's ``quality`` object for a connected call, from its ``media`` statistics
    (:class:`robot.sip.call.MediaStats` as a dict) and its recording (None: RTP counts only,
    and ``longest_silence_s`` is null)."""
    media = media or {}
    rx, lost, tx = int(media.get("rx_packets") or 0), int(media.get("rx_loss") or 0), int(media.get("tx_packets") or 0)
    codec = codec_params(media.get("codec"))
    loss = loss_pct(rx, lost)
    r = r_factor(loss, one_way_delay_ms(media, codec), codec, plc=media.get("plc") is not False)
    levels = recording_levels(recording) if recording is not None else None
    rtt = _num(media.get("rtt_ms_mean"))
    return {
        "mos": round(mos_from_r(r), 2),
        "r_factor": round(r, 1),
        "rx_loss_pct": round(loss, 2),
        "jitter_ms": round(_num(media.get("rx_jitter_ms_mean")) or 0.0, 2),
        "rtt_ms": round(rtt, 1) if rtt is not None else None,
        "one_way_audio": one_way(levels, rx, tx),
        "longest_silence_s": round(levels.callee_longest_silence_frames * FRAME_S, 2) if levels else None,
    }


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)
