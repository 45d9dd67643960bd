"""Broker URLs, job transport and recordings: bad input is one line and exit 2, jobs carry
content (never the SIP password), recordings come back bit-exact."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from robot.campaigns.broker.command import unit_file
from robot.campaigns.broker.transport import flac_to_wav, local_job, materialize, pack, wav_to_flac
from robot.campaigns.broker.url import check_url
from robot.campaigns.job import CallJob
from robot.errors import InputError
from tests.phone_process import REPO

BAD_URLS = [
    ("http://127.0.0.1:6379/0", "must start with redis://"),
    ("redis://", "has no host"),
    ("redis://127.0.0.1:notaport/0", "malformed broker URL"),
    ("redis://127.0.0.1:6379/zero", "the database must be a number"),
    ("redis://127.0.0.1:99999/0", "malformed broker URL"),
    ("127.0.0.1:6379", "must start with redis://"),
]


@pytest.mark.parametrize(("url", "message"), BAD_URLS)
def test_malformed_broker_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        check_url(url)
    [problem] = caught.value.problems
    assert message in problem.message and "\n" not in problem.message


def test_good_broker_urls_pass() -> None:
    for url in ("redis://127.0.0.1:6379/0", "redis://:secret@redis.example:6380/2", "rediss://host", "redis://h:1"):
        assert check_url(url) == url


def _cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "robot.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "COLUMNS": "200"})  # fmt: skip


def _campaign(directory: Path) -> Path:
    (directory / "config.yaml").write_text("limits: {max_ring_s: 1}\n")
    path = directory / "campaign.yaml"
    path.write_text(
        "name: bad-broker\nconfig: config.yaml\n"
        'window: {days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00", tz: UTC}\n'
        'targets:\n  - client: A\n    numbers: ["sip:ring0.1@127.0.0.1:9"]\n'
    )
    return path


@pytest.mark.calls
def test_bad_and_unreachable_brokers_exit_2_before_dialling(tmp_path: Path) -> None:
    campaign = _campaign(tmp_path)
    from tests.broker.brokerkit import free_tcp_port

    closed = f"redis://127.0.0.1:{free_tcp_port()}/0"
    for url, message in [("http://x:1/0", "must start with redis://"), (closed, "cannot reach the broker")]:
        done = _cli("sweep", str(campaign), "--db", str(tmp_path / "s.db"), "--broker", url)
        assert done.returncode == 2, done.stdout + done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], done.stderr
        assert "Traceback" not in done.stderr
        assert not (tmp_path / "s.db").exists() or "calls" not in done.stdout
    (tmp_path / "config.yaml").write_text("queue: {broker: 'redis://127.0.0.1:6379/x'}\n")
    done = _cli("sweep", str(campaign), "--db", str(tmp_path / "s.db"))
    assert done.returncode == 2 and "queue.broker" in done.stderr and "must be a number" in done.stderr
    done = _cli("worker", "--broker", "redis//nope")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_job_carries_content_and_never_the_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coordinator = tmp_path / "coordinator"
    (coordinator / "scenarios").mkdir(parents=True)
    (coordinator / "lists" / "more").mkdir(parents=True)
    secrets = coordinator / "secret.txt"
    secrets.write_text("hunter2-password\n")
    secrets.chmod(0o600)
    (coordinator / "dnc.txt").write_text("+74950000000\n")
    (coordinator / "config.yaml").write_text(
        "secrets_file: secret.txt\nrecordings_dir: /srv/coordinator/recordings\n"
        "policy: {do_not_call: dnc.txt}\nsip: {bind_address: 10.0.0.5}\n"
    )
    (coordinator / "lists" / "base.yaml").write_text("title: B\nchecks:\n  - include: more/extra.yaml\n")
    (coordinator / "lists" / "more" / "extra.yaml").write_text("title: E\nchecks: []\n")
    (coordinator / "scenarios" / "s.yaml").write_text("name: S\nchecks:\n  - include: ../lists/base.yaml\n")
    job = CallJob(job_id="sw:1:1", target="sip:a@127.0.0.1", scenario=str(coordinator / "scenarios" / "s.yaml"),
                  config=str(coordinator / "config.yaml"))  # fmt: skip
    wire = pack(job, "c1", 5.0)
    text = wire.model_dump_json()
    assert "hunter2" not in text and "secret.txt" not in text
    assert base64.b64encode(b"hunter2").decode()[:8] not in text
    assert set(wire.bundle.files) == {"scenarios/s.yaml", "lists/base.yaml", "lists/more/extra.yaml"}
    assert set(wire.bundle.config_files) == {"config.yaml", "do-not-call.txt"}
    # on the worker: the same tree, its own machine-local settings
    spool = tmp_path / "worker"
    spool.mkdir()
    local = {"sip": {"bind_address": "127.0.0.2"}, "recordings_dir": "recordings"}
    files, settings = materialize(wire.bundle, spool, local)
    there = local_job(wire, (files, settings))
    config = json.loads(Path(there.config or "").read_text())
    assert config["sip"] == {"bind_address": "127.0.0.2"} and config["recordings_dir"] == "recordings"
    assert "secrets_file" not in config and config["policy"]["do_not_call"] == "do-not-call.txt"
    assert (files / "lists/more/extra.yaml").read_text() == "title: E\nchecks: []\n"
    monkeypatch.chdir(tmp_path)
    from robot.config.settings import load_config
    from robot.scenario.loader import validate_scenario

    loaded = load_config(there.config)
    assert loaded.recordings_dir == settings / "recordings"
    assert loaded.policy.do_not_call == settings / "do-not-call.txt"
    assert loaded.policy.do_not_call.read_text() == "+74950000000\n"
    _, problems = validate_scenario(there.scenario or "")
    assert not [p for p in problems if "include" in p.message or "not found" in p.message], problems
    assert materialize(wire.bundle, spool, local) == (files, settings)  # same content: written once
    other = pack(job.model_copy(update={"scenario": None}), "c1", 5.0)
    assert materialize(other.bundle, spool, local)[1] == settings  # same config: same folder (one call pool)


def test_a_job_that_names_a_missing_scenario_is_refused_on_packing(tmp_path: Path) -> None:
    job = CallJob(job_id="k", target="sip:a@127.0.0.1", scenario=str(tmp_path / "missing.yaml"))
    with pytest.raises((InputError, OSError)):
        pack(job, "c", 5.0)


@pytest.mark.calls
def test_recordings_travel_as_lossless_flac(tmp_path: Path) -> None:
    """sox FLAC round trip: the WAV the coordinator writes is byte-for-byte the worker's (16-bit PCM)."""
    import random

    from robot.sip.recording import WavWriter

    source = tmp_path / "call.wav"
    writer = WavWriter(source, 8000, 2)
    rng = random.Random(7)
    writer.write(bytes(rng.getrandbits(8) for _ in range(8000 * 2 * 2 * 3)))  # 3 s of noise: the hardest case
    writer.close()
    flac = wav_to_flac(source)
    assert flac[:4] == b"fLaC"
    target = tmp_path / "back" / "call.wav"
    flac_to_wav(flac, target)
    with wave.open(str(source)) as a, wave.open(str(target)) as b:
        assert a.getparams() == b.getparams()
        assert a.readframes(a.getnframes()) == b.readframes(b.getnframes())
    assert target.read_bytes() == source.read_bytes()
    assert target.stat().st_mode & 0o777 == 0o600


def test_unit_file() -> None:
    text = unit_file("redis://10.0.0.1:6379/0", 8, "night-1", None)
    assert "[Service]" in text and "KillSignal=SIGTERM" in text and "WantedBy=multi-user.target" in text
    assert "worker --broker redis://10.0.0.1:6379/0 --calls 8 --name night-1" in text
    with pytest.raises(InputError):
        unit_file("nope", 4)
