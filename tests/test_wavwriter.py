"""WavWriter: valid 16-bit stereo WAV, owner-only, still playable after a crash mid-call."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest

from robot.sip.recording import WavWriter, private_dir

REPO = Path(__file__).resolve().parent.parent
RATE = 8000
FRAME_SAMPLES = RATE // 50  # 20 ms


def stereo_frames(n_frames: int) -> list[bytes]:
    """20 ms frames: a ramp on the left channel (robot), its negation on the right (callee)."""
    frames = []
    for f in range(n_frames):
        samples = []
        for i in range(FRAME_SAMPLES):
            v = ((f * FRAME_SAMPLES + i) % 2000) - 1000
            samples += [v, -v]
        frames.append(struct.pack(f"<{len(samples)}h", *samples))
    return frames


def test_writes_a_valid_16bit_stereo_wav(tmp_path):
    frames = stereo_frames(75)  # 1.5 s
    writer = WavWriter(tmp_path / "call.wav", RATE, 2)
    for frame in frames:
        writer.write(frame)
    assert writer.duration_s == pytest.approx(1.5)
    writer.close()
    with wave.open(str(tmp_path / "call.wav")) as wav:
        assert wav.getnchannels() == 2
        assert wav.getsampwidth() == 2
        assert wav.getframerate() == RATE
        assert wav.getcomptype() == "NONE"
        assert wav.getnframes() == 75 * FRAME_SAMPLES
        data = wav.readframes(wav.getnframes())
    assert data == b"".join(frames)
    left, right = struct.unpack("<2h", data[4 * 777 : 4 * 777 + 4])
    assert left == -right, "robot on the left, callee on the right, interleaved"
    assert (tmp_path / "call.wav").stat().st_size == 44 + len(data)


def test_file_is_owner_only_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        writer = WavWriter(tmp_path / "private.wav", RATE, 2)
        writer.write(stereo_frames(1)[0])
        writer.close()
    finally:
        os.umask(old)
    assert (tmp_path / "private.wav").stat().st_mode & 0o777 == 0o600


def test_recordings_directory_is_created_owner_only(tmp_path):
    old = os.umask(0)
    try:
        path = private_dir(tmp_path / "a" / "recordings")
    finally:
        os.umask(old)
    assert path.is_dir() and path.stat().st_mode & 0o777 == 0o700


def test_empty_recording_is_a_valid_wav(tmp_path):
    WavWriter(tmp_path / "empty.wav", RATE, 2).close()
    with wave.open(str(tmp_path / "empty.wav")) as wav:
        assert (wav.getnchannels(), wav.getnframes()) == (2, 0)


def test_close_is_idempotent_and_later_writes_are_ignored(tmp_path):
    writer = WavWriter(tmp_path / "x.wav", RATE, 2)
    writer.write(stereo_frames(1)[0])
    writer.close()
    writer.close()
    writer.write(stereo_frames(1)[0])
    with wave.open(str(tmp_path / "x.wav")) as wav:
        assert wav.getnframes() == FRAME_SAMPLES


CHILD = textwrap.dedent(
    """
    import struct, sys, time
    from pathlib import Path
    from robot.sip.recording import WavWriter

    writer = WavWriter(Path(sys.argv[1]), 8000, 2)
    frame = struct.pack("<320h", *([1000, -1000] * 160))
    for _ in range(150):  # 3 s of 20 ms stereo frames
        writer.write(frame)
    print("written", flush=True)
    time.sleep(60)  # killed here, before close()
    """
)


def test_recording_survives_sigkill_before_close(tmp_path):
    path = tmp_path / "crash.wav"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert path.stat().st_mode & 0o777 == 0o600
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (2, 2, RATE)
        duration = wav.getnframes() / wav.getframerate()
        data = wav.readframes(wav.getnframes())
    assert duration >= 2.0, f"only {duration:.2f} s playable after the crash"
    assert len(data) == wav.getnframes() * 4, "the header never claims more audio than the file holds"
    assert struct.unpack("<2h", data[-4:]) == (1000, -1000)
