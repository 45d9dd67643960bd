"""The ``quality`` object from media statistics and a stereo recording (pure, files in tmp)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from robot.call.quality import G711, G729, call_quality, loss_pct, one_way, one_way_delay_ms, recording_levels
from robot.sip.sampling import StreamCounters, StreamTotals

RATE = 8000


def tone(seconds: float, level: int = 8000) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (level * np.sin(2 * np.pi * 440 * t)).astype(np.int16)


def quiet(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), dtype=np.int16)


def write_wav(path: Path, robot: np.ndarray, callee: np.ndarray) -> Path:
    n = max(len(robot), len(callee))
    stereo = np.zeros((n, 2), dtype=np.int16)
    stereo[: len(robot), 0] = robot
    stereo[: len(callee), 1] = callee
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(stereo.tobytes())
    return path


MEDIA = {"codec": "PCMU", "rx_packets": 970, "rx_loss": 30, "tx_packets": 1000, "rx_jitter_ms_mean": 2.0,
         "rtt_ms_mean": 80.0, "jbuf_delay_ms": 40, "ptime_ms": 20, "plc": True}  # fmt: skip


def test_levels_and_longest_silence_across_chunks(tmp_path: Path) -> None:
    # callee: 1 s speech, 3 s silence, 0.5 s speech, 1.5 s silence (a 0.3 s chunk splits the runs)
    callee = np.concatenate([tone(1), quiet(3), tone(0.5), quiet(1.5)])
    wav = write_wav(tmp_path / "a.wav", tone(2), callee)
    for chunk_s in (0.3, 10.0):
        levels = recording_levels(wav, chunk_s=chunk_s)
        assert levels is not None
        assert levels.frames == 300
        assert levels.robot_speech_s == pytest.approx(2.0)
        assert levels.callee_speech_s == pytest.approx(1.5)
        assert levels.callee_longest_silence_frames == 150  # 3 s


def test_levels_all_silent_and_bad_files(tmp_path: Path) -> None:
    levels = recording_levels(write_wav(tmp_path / "s.wav", quiet(2), quiet(2)))
    assert levels is not None and levels.callee_longest_silence_frames == 100 and levels.robot_speech_frames == 0
    assert recording_levels(tmp_path / "missing.wav") is None
    (tmp_path / "junk.wav").write_bytes(b"not a wav")
    assert recording_levels(tmp_path / "junk.wav") is None
    with wave.open(str(tmp_path / "mono.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(quiet(1).tobytes())
    assert recording_levels(tmp_path / "mono.wav") is None


def test_one_way_audio_rules(tmp_path: Path) -> None:
    silent_callee = recording_levels(write_wav(tmp_path / "1.wav", tone(3), quiet(10)))
    talking = recording_levels(write_wav(tmp_path / "2.wav", tone(3), np.concatenate([quiet(5), tone(2)])))
    nobody = recording_levels(write_wav(tmp_path / "3.wav", quiet(10), quiet(10)))
    assert one_way(silent_callee, rx_packets=500, tx_packets=500)  # RTP of silence back
    assert one_way(silent_callee, rx_packets=0, tx_packets=500)  # no RTP back
    assert not one_way(talking, rx_packets=500, tx_packets=500)
    assert not one_way(nobody, rx_packets=500, tx_packets=500)  # nobody spoke: cannot tell
    assert one_way(talking, rx_packets=500, tx_packets=0)  # the callee spoke, we sent nothing
    assert one_way(None, rx_packets=0, tx_packets=500) and not one_way(None, rx_packets=500, tx_packets=500)


def test_loss_and_delay() -> None:
    assert loss_pct(970, 30) == pytest.approx(3.0)
    assert loss_pct(0, 0) == 100.0  # nothing arrived
    assert one_way_delay_ms(MEDIA, G711) == pytest.approx(40 + 4 + 20)  # pjmedia's own jbuf_delay_ms is not used
    assert one_way_delay_ms({"rx_jitter_ms_mean": 5.0}, G729) == pytest.approx(10 + 20 + 5)  # no RTT, no jbuf


def test_call_quality_object(tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "q.wav", tone(3), np.concatenate([tone(1), quiet(4), tone(1)]))
    q = call_quality(MEDIA, wav)
    # d = 64 ms: R = 93.2 - 1.536 - 95 * 3 / 28.1 = 81.5217; MOS 1 + 2.8533 + 7e-6 * 81.5217 * 21.5217 * 18.4783
    assert q == {
        "mos": pytest.approx(4.08, abs=0.005),
        "r_factor": pytest.approx(81.5, abs=0.05),
        "rx_loss_pct": 3.0,
        "jitter_ms": 2.0,
        "rtt_ms": 80.0,
        "one_way_audio": False,
        "longest_silence_s": 4.0,
    }
    bare = call_quality({"rx_packets": 0, "tx_packets": 200}, None)
    assert bare["rtt_ms"] is None and bare["longest_silence_s"] is None and bare["one_way_audio"] is True
    assert bare["rx_loss_pct"] == 100.0 and bare["mos"] < 1.5


def test_stream_totals_across_rebuilds() -> None:
    totals = StreamTotals()
    totals.update(StreamCounters(rx_packets=100, rx_loss=2, tx_packets=100, jitter_n=100, jitter_mean_us=1000))
    totals.update(StreamCounters(rx_packets=250, rx_loss=5, tx_packets=250, jitter_n=250, jitter_mean_us=2000))
    totals.stream_ended()  # onStreamDestroyed: a re-INVITE rebuilt the stream
    t = totals.update(StreamCounters(rx_packets=50, rx_loss=1, tx_packets=50, jitter_n=50, jitter_mean_us=5000))
    assert (t.rx_packets, t.rx_loss, t.tx_packets) == (300, 6, 300)
    assert t.jitter_mean_us == pytest.approx((250 * 2000 + 50 * 5000) / 300)
    # counters that went backwards without an end seen: a new stream, the old one is kept
    t = totals.update(StreamCounters(rx_packets=10, tx_packets=10, rtcp_reports=1, rtt_n=1, rtt_mean_us=90000))
    assert (t.rx_packets, t.tx_packets, t.rtcp_reports, t.rtt_n, t.rtt_mean_us) == (310, 310, 1, 1, 90000)
    totals.stream_ended()
    t = totals.update(StreamCounters(rx_packets=5, rtcp_reports=2))  # a held stream: reports, no round trips
    assert (t.rtcp_reports, t.rtt_n, t.rtt_mean_us) == (3, 1, 90000)
