"""The dialling policy at the command line: ``call`` refuses blocked destinations and numbers
over their daily cap with one line and exit 2, sending nothing; ``retest`` likewise.

The in-process tests prove nothing left by binding a UDP socket on the target's port; the
real-call tests (using the simulated phone) prove it by the phone logging no call.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from phone_process import REPO, PhoneProcess

from robot.call.result import CallResult
from robot.campaigns.store import Store
from robot.cli.app import app
from robot.cli.problems import run

pytestmark = pytest.mark.calls  # listens on real SIP sockets (1 s each to prove nothing was sent) or runs the CLI


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A UDP socket on a free loopback port: whatever the robot sends there is caught."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(1.0)
    yield sock
    sock.close()


def received_nothing(sock: socket.socket) -> bool:
    try:
        sock.recvfrom(65536)
    except TimeoutError:
        return True
    return False


def workdir(path: Path, port: int, **limits: object) -> Path:
    config = {
        "sip": {"bind_address": "127.0.0.1", "account": {"id_uri": f"sip:robot@127.0.0.1:{port}", "register": False}},
        "limits": {"max_ring_s": 3, "max_call_s": 10, "media_timeout_s": 3, "stay_s": 1, **limits},
        "recordings_dir": "recordings",
        "results_dir": "results",
    }
    path.mkdir(parents=True, exist_ok=True)
    (path / "config.yaml").write_text(json.dumps(config), encoding="utf-8")
    return path


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(app, args)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("sip:112@127.0.0.1:{port}", "112 is an emergency or service number"),
        ("sip:911@127.0.0.1:{port};transport=udp", "911 is an emergency or service number"),
        ("sip:+7112@127.0.0.1:{port}", "112 is an emergency or service number"),
        ("112", "112 is an emergency or service number"),
        ("+7 (112)", "112 is an emergency or service number"),
        ("8 800 555-35-35", "toll-free"),
        ("+7 809 123 45 67", "premium-rate"),
    ],
)
def test_call_to_a_blocked_destination_exits_2_with_one_line_and_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], listener: socket.socket,
    target: str, words: str,
) -> None:  # fmt: skip
    port = listener.getsockname()[1]
    monkeypatch.chdir(workdir(tmp_path, port))
    target = target.format(port=port)
    code, out, err = cli(["call", target, "--json"], capsys)
    assert code == 2 and out == ""
    line = one_line(err)
    assert line.startswith("input: blocked: ") and words in line and target in line
    assert received_nothing(listener), "a datagram reached the blocked destination"
    assert not list(tmp_path.glob("results/*.json"))


def test_do_not_call_and_allow_list_from_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], listener: socket.socket
) -> None:
    port = listener.getsockname()[1]
    folder = workdir(tmp_path, port)
    config = json.loads((folder / "config.yaml").read_text())
    config["policy"] = {"do_not_call": "dnc.txt", "allow": {"country_codes": [7]}}
    (folder / "config.yaml").write_text(json.dumps(config), encoding="utf-8")
    (folder / "dnc.txt").write_text("+7 495 123-45-67\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    code, _, err = cli(["call", "8 (495) 123-45-67"], capsys)
    assert code == 2 and "do-not-call" in one_line(err)
    code, _, err = cli(["call", "+44 20 7946 0000"], capsys)
    assert code == 2 and "outside the allow list" in one_line(err)
    assert received_nothing(listener)


def store_calls(db: Path, targets: list[str]) -> None:
    with Store(db) as store:
        for n, target in enumerate(targets):
            started = datetime.now(UTC).isoformat()
            store.add_result(CallResult(call_id=f"c{n}", target=target, started_at=started, outcome="busy"))


def test_call_over_the_daily_cap_exits_2_counting_every_spelling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], listener: socket.socket
) -> None:
    port = listener.getsockname()[1]
    folder = workdir(tmp_path, port, daily_cap_per_number=2)
    monkeypatch.chdir(folder)
    # one earlier call from a sweep, one from `call`, spelled differently
    store_calls(folder / "results" / "mysterycall.db", ["8 (495) 123-45-67", f"sip:+74951234567@127.0.0.1:{port}"])
    code, out, err = cli(["call", "+7 495 123 45 67", "--json"], capsys)
    assert code == 2 and out == ""
    line = one_line(err)
    assert "daily cap reached: +74951234567 was called 2 time(s) today (cap 2" in line
    assert received_nothing(listener)


def test_sip_uri_over_the_daily_cap_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], listener: socket.socket
) -> None:
    port = listener.getsockname()[1]
    folder = workdir(tmp_path, port, daily_cap_per_number=1)
    monkeypatch.chdir(folder)
    store_calls(folder / "results" / "mysterycall.db", [f"sip:ring3@127.0.0.1:{port};transport=udp"])
    code, _, err = cli(["call", f"sip:ring3@127.0.0.1:{port}"], capsys)
    assert code == 2 and "daily cap reached" in one_line(err)
    assert received_nothing(listener)


def test_retest_refuses_blocked_and_capped_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = workdir(tmp_path, 9, daily_cap_per_number=1)
    monkeypatch.chdir(folder)
    db = folder / "results" / "mysterycall.db"
    store_calls(db, ["sip:112@127.0.0.1:9"])
    code, _, err = cli(["retest", "sip:112@127.0.0.1:9", "--db", str(db)], capsys)
    assert code == 2 and "retest: blocked: sip:112@127.0.0.1:9: 112 is an emergency" in one_line(err)
    store_calls(db, ["sip:ring1@127.0.0.1:9"])
    code, _, err = cli(["retest", "sip:ring1@127.0.0.1:9", "--db", str(db)], capsys)
    assert code == 2 and "daily cap reached" in one_line(err)


# -- real calls: the simulated phone logs what reaches it ----------------------------------------


def drain(phone: PhoneProcess) -> None:
    while True:
        try:
            phone.lines.get_nowait()
        except queue.Empty:
            return


def first_call(phone: PhoneProcess, within_s: float) -> bool:
    """Whether the phone logs a received call within ``within_s`` (returns at the first one)."""
    deadline = time.monotonic() + within_s
    while (left := deadline - time.monotonic()) > 0:
        try:
            if phone.lines.get(timeout=left).get("event") == "call_received":
                return True
        except queue.Empty:
            break
    return False


def calls_received(phone: PhoneProcess, within_s: float) -> list[dict]:
    deadline, seen = time.monotonic() + within_s, []
    while (left := deadline - time.monotonic()) > 0:
        try:
            item = phone.lines.get(timeout=left)
        except queue.Empty:
            break
        if item.get("event") == "call_received":
            seen.append(item)
    return seen


def subprocess_cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("MYSTERYCALL_SIP_PASSWORD", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "robot.cli", *args]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=60)


def test_call_sip_112_at_the_phone_dials_nothing(phone: PhoneProcess, tmp_path: Path) -> None:
    drain(phone)
    run_ = subprocess_cli(workdir(tmp_path, phone.port), "call", phone.uri("112"), "--json")
    assert run_.returncode == 2 and run_.stdout == ""
    assert "emergency" in one_line(run_.stderr) and "Traceback" not in run_.stderr
    assert calls_received(phone, 1.0) == [], "the simulated phone got a call"


def test_second_call_over_a_cap_of_1_is_refused_whatever_the_spelling(phone: PhoneProcess, tmp_path: Path) -> None:
    folder = workdir(tmp_path, phone.port, daily_cap_per_number=1)
    drain(phone)
    first = subprocess_cli(folder, "call", phone.uri("ring0.2"), "--json")
    assert first.returncode == 0, first.stderr
    assert len(calls_received(phone, 3.0)) == 1
    second = subprocess_cli(folder, "call", phone.uri("ring0.2") + ";transport=UDP;lr", "--json")
    assert second.returncode == 2 and second.stdout == ""
    assert "daily cap reached: sip:ring0.2@127.0.0.1:" in one_line(second.stderr)
    assert calls_received(phone, 1.0) == []
    with Store(folder / "results" / "mysterycall.db") as store:
        assert [c.target for c in store.calls()] == [phone.uri("ring0.2")]


def test_demo_with_an_emergency_user_part_is_refused_before_the_phone_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(["demo", "--user", "911"], capsys)
    assert code == 2 and out == ""
    assert "blocked: sip:911@127.0.0.1: 911 is an emergency or service number" in one_line(err)


def test_a_call_killed_mid_call_counts_against_the_cap_and_is_stored_by_the_next_call(
    phone: PhoneProcess, tmp_path: Path
) -> None:
    folder = workdir(tmp_path, phone.port, daily_cap_per_number=2, stay_s=30, max_call_s=60)
    drain(phone)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    killed = subprocess.Popen([sys.executable, "-m", "robot.cli", "call", phone.uri("ring0.2"), "--json"],
                              cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        assert first_call(phone, 20.0), "the first call never reached the phone"
        with Store(folder / "results" / "mysterycall.db") as store:
            assert [a.target for a in store.open_attempts()] == [phone.uri("ring0.2")], "not written ahead"
    finally:
        killed.kill()
        killed.wait(10)
    workdir(tmp_path, phone.port, daily_cap_per_number=2)  # the next calls stay 1 s
    second = subprocess_cli(folder, "call", phone.uri("ring0.2"), "--json", "--max-ring", "3")
    assert second.returncode == 0, second.stderr
    with Store(folder / "results" / "mysterycall.db") as store:
        stored = store.calls()
        assert store.open_attempts() == []
    assert len(stored) == 2
    assert (stored[0].outcome, stored[0].result.sip_reason) == ("failed", "interrupted")
    assert stored[1].outcome == "answered"
    third = subprocess_cli(folder, "call", phone.uri("ring0.2"), "--json")
    assert third.returncode == 2 and "daily cap reached" in one_line(third.stderr)
