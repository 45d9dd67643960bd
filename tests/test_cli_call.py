"""``mysterycall call`` end to end: the CLI as a subprocess placing real calls over loopback.

Each test runs ``python -m robot.cli call ...`` with cwd = a temporary directory holding a
small ``config.yaml`` with short limits, against the simulated phone (``phone`` fixture) and,
for registration, SIPp running ``tests/sipp/registrar_digest.xml`` (``sipp_peer`` fixture).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from robot.call.result import OUTCOMES
from tests.phone_process import PhoneProcess
from tests.sipp_peer import SippPeer, SippResult

pytestmark = pytest.mark.calls  # real SIP calls or the CLI in a process

REPO = Path(__file__).resolve().parent.parent
PASSWORD = "s3cr3t-Pa55"
CRASH_MARKERS = ("Assertion", "Segmentation", "Traceback", "Pool is not released")
LIMITS = {"max_ring_s": 3, "max_call_s": 6, "stay_s": 1, "media_timeout_s": 2}
CONTRACT_FIELDS = {
    "call_id",
    "target",
    "scenario",
    "started_at",
    "outcome",
    "sip_status",
    "sip_reason",
    "hangup_by",
    "timings",
    "events",
    "recording",
    "transcript",
    "checks",
    "score",
}
TIMING_FIELDS = {"post_dial_delay_s", "ring_to_answer_s", "answer_s", "talk_s", "total_s"}


# -- helpers ----------------------------------------------------------------------------------


def make_workdir(
    path: Path, *, account: dict | None = None, dial_plan: dict | None = None, transport: str = "udp", **limits
) -> Path:
    """A directory with a config.yaml (JSON is YAML) using short limits."""
    path.mkdir(parents=True, exist_ok=True)
    sip: dict[str, Any] = {"bind_address": "127.0.0.1", "transport": transport}
    if account is not None:
        sip["account"] = account
    config: dict[str, Any] = {
        "sip": sip,
        "limits": {**LIMITS, **limits},
        "recordings_dir": "recordings",
        "results_dir": "results",
    }
    if dial_plan is not None:
        config["dial_plan"] = dial_plan
    (path / "config.yaml").write_text(json.dumps(config, indent=2), encoding="utf-8")
    return path


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("MYSTERYCALL_SIP_PASSWORD", "MYSTERYCALL_SECRETS_FILE", "MYSTERYCALL_PJSIP_LOG", "COLUMNS"):
        env.pop(name, None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "robot.cli", *args]


def cli(workdir: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60):
    """Run the CLI to completion; the CompletedProcess gets ``elapsed`` and ``workdir``."""
    started = time.monotonic()
    proc = subprocess.run(
        command(*args), cwd=workdir, env=env or cli_env(), capture_output=True, text=True, timeout=timeout
    )
    proc.elapsed = time.monotonic() - started  # type: ignore[attr-defined]
    proc.workdir = workdir  # type: ignore[attr-defined]
    return proc


def assert_clean_exit(returncode: int, stderr: str) -> None:
    assert returncode >= 0, f"killed by signal {-returncode}"
    for marker in CRASH_MARKERS:
        assert marker not in stderr, f"{marker!r} on stderr:\n{stderr}"


def json_result(stdout: str) -> dict[str, Any]:
    """stdout must be exactly one JSON object (one line)."""
    lines = stdout.splitlines()
    assert len(lines) == 1, f"stdout must be one JSON object, got {len(lines)} lines:\n{stdout[:2000]}"
    result = json.loads(lines[0])
    assert isinstance(result, dict)
    return result


def event_names(result: dict[str, Any]) -> list[str]:
    return [e["event"] for e in result["events"]]


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected a one-line message on stderr, got {len(lines)} lines:\n{stderr}"
    return lines[0]


def drain(phone: PhoneProcess) -> None:
    """Forget the phone's events of earlier tests."""
    while True:
        try:
            phone.lines.get_nowait()
        except queue.Empty:
            return


def wait_phone_event(phone: PhoneProcess, event: str, user: str, timeout: float = 10) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"the phone reported no {event} for {user!r} within {timeout} s")
        try:
            item = phone.next_event(timeout=remaining, event=event)
        except queue.Empty:
            continue
        if item.get("user") == user:
            return item


def wait_for(condition, timeout: float, what: str, proc: subprocess.Popen | None = None) -> None:
    """Poll ``condition`` (bounded); fail early if ``proc`` exits meanwhile."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the robot exited ({proc.returncode}) before {what}")
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.02)


@contextlib.contextmanager
def robot_process(workdir: Path, *args: str) -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen(
        command(*args), cwd=workdir, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def interrupt(proc: subprocess.Popen) -> tuple[str, str, float]:
    """SIGINT the robot; returns stdout, stderr and seconds from the signal to its exit."""
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=15)
    return stdout, stderr, time.monotonic() - sent


def check_contract(result: dict[str, Any], target: str) -> None:
    assert result.keys() >= CONTRACT_FIELDS, f"missing: {CONTRACT_FIELDS - result.keys()}"
    assert isinstance(result["call_id"], str) and result["call_id"]
    assert result["target"] == target
    assert result["scenario"] is None
    started = datetime.fromisoformat(result["started_at"])
    assert started.utcoffset() is not None and started.utcoffset().total_seconds() == 0, "UTC"
    assert abs((datetime.now(UTC) - started).total_seconds()) < 300
    assert result["outcome"] in OUTCOMES
    assert result["sip_status"] is None or (
        isinstance(result["sip_status"], int) and 100 <= result["sip_status"] <= 699
    )
    assert result["sip_reason"] is None or isinstance(result["sip_reason"], str)
    assert result["hangup_by"] in (None, "robot", "callee", "network")
    timings = result["timings"]
    assert set(timings) >= TIMING_FIELDS
    assert isinstance(timings["total_s"], float)
    for name in TIMING_FIELDS - {"total_s"}:
        assert timings[name] is None or isinstance(timings[name], float), name
    assert result["events"], "the timeline is never empty"
    for event in result["events"]:
        assert isinstance(event["t_s"], float | int) and isinstance(event["event"], str)
        assert isinstance(event["detail"], dict)
    assert result["events"][0]["event"] == "invite_sent" and result["events"][0]["t_s"] == 0
    assert result["recording"] is None or isinstance(result["recording"], str)
    assert result["transcript"] == [] and result["checks"] == [] and result["score"] is None


# -- calls placed once per module ---------------------------------------------------------------


@pytest.fixture(scope="module")
def placed(phone: PhoneProcess, tmp_path_factory):
    """``call sip:USER@phone [--json]`` run once per user part, cached for the module."""
    cache: dict[tuple[str, bool], subprocess.CompletedProcess] = {}

    def run(user: str, json_out: bool = True, **limits) -> subprocess.CompletedProcess:
        key = (user, json_out)
        if key not in cache:
            workdir = make_workdir(tmp_path_factory.mktemp(user.replace(".", "_")), **limits)
            cache[key] = cli(workdir, "call", phone.uri(user), *(["--json"] if json_out else []))
        return cache[key]

    return run


CALLS = {
    # user part: (config limits, outcome, SIP status, hangup_by)
    "ring0.3": ({}, "answered", 200, "robot"),
    "busy": ({}, "busy", 486, None),
    "silent": ({"stay_s": 4}, "dropped", 200, "network"),
}


@pytest.mark.parametrize("user", ["ring0.3", "busy"])
def test_json_result_has_every_contract_field_and_exit_code_0(placed, phone, user):
    limits, outcome, status, hangup_by = CALLS[user]
    run = placed(user, **limits)
    assert run.returncode == 0, run.stderr
    result = json_result(run.stdout)
    check_contract(result, phone.uri(user))
    assert (result["outcome"], result["sip_status"], result["hangup_by"]) == (outcome, status, hangup_by)


def test_answered_call_timings_and_events(placed, phone):
    result = json_result(placed("ring0.3").stdout)
    t = result["timings"]
    assert abs(t["ring_to_answer_s"] - 0.3) <= 0.05
    assert abs(t["talk_s"] - LIMITS["stay_s"]) < 0.3
    assert {"invite_sent", "provisional", "answered", "bye_sent", "disconnected"} <= set(event_names(result))


@pytest.mark.parametrize("user", ["ring0.3", "busy"])
def test_result_json_file_is_left_in_results_dir(placed, user):
    run = placed(user, **CALLS[user][0])
    result = json_result(run.stdout)
    saved = run.workdir / "results" / f"{result['call_id']}.json"
    assert saved.is_file()
    assert json.loads(saved.read_text(encoding="utf-8")) == result
    assert saved.stat().st_mode & 0o777 == 0o600


def test_recording_is_left_in_recordings_dir_owner_only(placed):
    run = placed("ring0.3")
    result = json_result(run.stdout)
    recording = Path(result["recording"])
    assert recording == run.workdir / "recordings" / f"{result['call_id']}.wav"
    assert recording.stat().st_mode & 0o777 == 0o600
    with wave.open(str(recording)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (2, 2, 8000)
        assert wav.getnframes() / wav.getframerate() > 0.5


def test_busy_call_has_no_recording(placed):
    run = placed("busy")
    assert json_result(run.stdout)["recording"] is None
    assert not list((run.workdir / "recordings").glob("*.wav"))


@pytest.mark.parametrize("user", list(CALLS))
def test_calls_exit_cleanly(placed, user):
    limits, outcome, _, hangup_by = CALLS[user]
    run = placed(user, **limits)
    assert run.returncode == 0
    assert_clean_exit(run.returncode, run.stderr)
    result = json_result(run.stdout)
    assert (result["outcome"], result["hangup_by"]) == (outcome, hangup_by)


def test_default_output_is_a_short_human_summary(placed):
    run = placed("busy", json_out=False)
    assert run.returncode == 0, run.stderr
    assert_clean_exit(run.returncode, run.stderr)
    assert "busy" in run.stdout and "486" in run.stdout
    assert not run.stdout.lstrip().startswith("{"), "not JSON without --json"
    assert 3 <= len(run.stdout.strip().splitlines()) <= 20
    assert len(list((run.workdir / "results").glob("*.json"))) == 1


def test_human_summary_shows_where_the_result_was_saved(placed):
    run = placed("busy", json_out=False)
    saved = list((run.workdir / "results").glob("*.json"))
    assert len(saved) == 1
    assert str(saved[0]) in run.stdout, f"the full path of the result file is not shown:\n{run.stdout}"


def test_json_stdout_is_one_object_even_with_pjsip_logging(phone, tmp_path):
    """Logs go to stderr: the pjsip log switch must not spill onto stdout."""
    run = cli(make_workdir(tmp_path), "call", phone.uri("busy"), "--json", env=cli_env(MYSTERYCALL_PJSIP_LOG="4"))
    assert run.returncode == 0
    assert json_result(run.stdout)["outcome"] == "busy"


@pytest.mark.sipp
def test_configured_tcp_transport_carries_direct_calls(phone, tmp_path, sipp_peer):
    """transport: tcp in config.yaml: a URI naming no transport goes over TCP (SIPp listens on
    TCP only), one naming udp still reaches the UDP-only simulated phone."""
    peer = sipp_peer("uas_answer", variables={"ring_ms": 500, "pdd_ms": 100}, transport="t1")
    workdir = make_workdir(tmp_path, transport="tcp")
    run = cli(workdir, "call", peer.uri("sales"), "--json")
    assert run.returncode == 0, run.stderr
    result = json_result(run.stdout)
    assert (result["outcome"], result["sip_status"]) == ("answered", 200), result["events"]
    assert abs(result["timings"]["ring_to_answer_s"] - 0.5) <= 0.05
    run = cli(workdir, "call", phone.uri("busy") + ";transport=udp", "--json")
    assert json_result(run.stdout)["outcome"] == "busy"


def test_call_failing_locally_is_classified_with_a_sip_status_or_null(phone, tmp_path):
    """A valid URI pjsua cannot send to (no TLS transport configured): attempted and classified."""
    target = phone.uri("busy") + ";transport=tls"
    run = cli(make_workdir(tmp_path), "call", target, "--json")
    assert run.returncode == 0, run.stderr
    assert_clean_exit(run.returncode, run.stderr)
    result = json_result(run.stdout)
    assert result["outcome"] == "unreachable"
    assert result["sip_reason"]
    check_contract(result, target)


# -- bad input: exit code 2, one line, no traceback --------------------------------------------

BAD_CONFIG = "sip:\n  bind_address: 127.0.0.1\nlimits:\n  max_ring_s: 3\n  max_rign_s: 5\n"


BAD_INPUT = {
    # case: (arguments, text the one-line message must contain)
    "bad config key": (["call", "sip:answer@127.0.0.1:9"], "config.yaml:5:3: unknown key 'max_rign_s'"),
    "bad config key, absolute --config": (
        ["call", "sip:answer@127.0.0.1:9", "--config", "{workdir}/bad.yaml"],
        "{workdir}/bad.yaml:5:3: unknown key 'max_rign_s'",
    ),
    "malformed SIP URI": (["call", "sip:alice@@127.0.0.1", "--json"], "'sip:alice@@127.0.0.1'"),
    "malformed SIP URI port": (["call", "sip:alice@127.0.0.1:50x0", "--json"], "'sip:alice@127.0.0.1:50x0'"),
    "garbage phone number": (["call", "garbage-number", "--json"], "'garbage-number'"),
    "negative --max-ring": (["call", "sip:answer@127.0.0.1:9", "--max-ring", "-1"], "--max-ring"),
    "missing --config file": (["call", "sip:answer@127.0.0.1:9", "--config", "missing.yaml"], "missing.yaml"),
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_exits_2_with_a_one_line_message(tmp_path, case):
    args, expected = BAD_INPUT[case]
    workdir = make_workdir(tmp_path)
    if case.startswith("bad config key"):
        (workdir / "config.yaml").write_text(BAD_CONFIG, encoding="utf-8")
        (workdir / "bad.yaml").write_text(BAD_CONFIG, encoding="utf-8")
    run = cli(workdir, *[a.format(workdir=workdir) for a in args], timeout=30)
    assert run.returncode == 2, f"exit {run.returncode}\nstdout: {run.stdout[:500]}\nstderr: {run.stderr}"
    assert "Traceback" not in run.stderr
    assert run.stdout == ""
    assert not list(workdir.glob("results/*.json")), "no result for bad input"
    line = one_line_error(run.stderr)
    assert expected.format(workdir=workdir) in line


@pytest.mark.parametrize("target", ["sip:alice@@[pbx]", "sip:alice@host[/b]"])
def test_error_message_quotes_the_input_verbatim(tmp_path, target):
    """User input in an error message is text, not terminal markup."""
    run = cli(make_workdir(tmp_path), "call", target, timeout=30)
    assert "Traceback" not in run.stderr
    assert run.returncode == 2
    assert repr(target) in one_line_error(run.stderr)


# -- SIGINT -----------------------------------------------------------------------------------------


def interrupted_result(proc: subprocess.Popen, target: str) -> dict[str, Any]:
    """SIGINT the robot: it must end within 5 s, cleanly, with exit 0 and a full result."""
    stdout, stderr, took = interrupt(proc)
    assert took <= 5, f"the robot took {took:.1f} s to end after SIGINT"
    assert proc.returncode == 0, stderr
    assert_clean_exit(proc.returncode, stderr)
    result = json_result(stdout)
    check_contract(result, target)
    return result


def test_sigint_while_ringing_cancels_and_still_prints_the_result(phone, tmp_path):
    user = "never-sigintringing"
    workdir = make_workdir(tmp_path, max_ring_s=30)
    drain(phone)
    with robot_process(workdir, "call", phone.uri(user), "--json") as proc:
        wait_phone_event(phone, "call_received", user)
        result = interrupted_result(proc, phone.uri(user))
    names = event_names(result)
    assert "cancel_sent" in names and "interrupted" in names
    assert "bye_sent" not in names and result["hangup_by"] is None
    assert (workdir / "results" / f"{result['call_id']}.json").is_file()
    ended = wait_phone_event(phone, "call_ended", user, timeout=5)
    assert ended["answered"] is False


def test_sigint_after_answer_sends_bye(phone, tmp_path):
    user = "answer-sigintanswered"
    workdir = make_workdir(tmp_path, stay_s=30, max_call_s=40)
    recordings = workdir / "recordings"
    drain(phone)
    with robot_process(workdir, "call", phone.uri(user), "--json") as proc:
        wait_phone_event(phone, "call_received", user)
        # the recording is opened when media starts, i.e. once the robot has the answer
        wait_for(lambda: any(recordings.glob("*.wav")), 10, "the call to be answered", proc)
        result = interrupted_result(proc, phone.uri(user))
    names = event_names(result)
    assert "bye_sent" in names and "interrupted" in names and "cancel_sent" not in names
    assert names.index("answered") < names.index("interrupted") <= names.index("bye_sent")
    assert result["hangup_by"] == "robot"
    assert result["timings"]["talk_s"] < 30
    assert result["recording"] and Path(result["recording"]).is_file()
    ended = wait_phone_event(phone, "call_ended", user, timeout=5)
    assert ended["answered"] is True


# -- a call never hangs ------------------------------------------------------------------------------


def test_never_answered_call_ends_within_its_limits(phone, tmp_path):
    run = cli(make_workdir(tmp_path), "call", phone.uri("never"), "--json")
    bound = LIMITS["max_ring_s"] + LIMITS["max_call_s"] + 5
    assert run.elapsed <= bound, f"took {run.elapsed:.1f} s > {bound} s"
    assert run.returncode == 0
    assert_clean_exit(run.returncode, run.stderr)
    result = json_result(run.stdout)
    assert result["outcome"] == "no_answer"
    assert {"ring_timeout", "cancel_sent"} <= set(event_names(result))
    assert abs(result["timings"]["total_s"] - LIMITS["max_ring_s"]) < 0.2


def test_max_ring_option_overrides_the_config(phone, tmp_path):
    run = cli(make_workdir(tmp_path), "call", phone.uri("never"), "--max-ring", "1", "--json")
    assert run.returncode == 0, run.stderr
    result = json_result(run.stdout)
    assert result["outcome"] == "no_answer"
    timeout = next(e for e in result["events"] if e["event"] == "ring_timeout")
    assert timeout["detail"]["max_ring_s"] == 1
    assert abs(result["timings"]["total_s"] - 1.0) < 0.2


# -- registration with a digest registrar (SIPp) ------------------------------------------------------


def account_workdir(path: Path, registrar: SippPeer, phone: PhoneProcess, timeout_s: float = 5) -> Path:
    return make_workdir(
        path,
        account={
            "id_uri": "sip:robot@127.0.0.1",
            "registrar": f"sip:{registrar.address}",
            "auth_user": "robot",
            "register_timeout_s": timeout_s,
        },
        dial_plan={"region": "RU", "uri_template": f"sip:{{e164}}@127.0.0.1:{phone.port}"},
    )


def registrar_result(registrar: SippPeer) -> SippResult:
    """Stop the registrar (the robot's un-REGISTER is not awaited) and return what it saw."""
    result = registrar.stop(grace_s=0.5)
    assert result.workdir is not None
    return result


@pytest.mark.sipp
def test_registers_and_dials_a_number_through_the_dial_plan_without_leaking_the_password(phone, tmp_path, sipp_peer):
    registrar = sipp_peer("registrar_digest", variables={"user": "robot", "password": PASSWORD})
    workdir = account_workdir(tmp_path / "robot", registrar, phone)
    drain(phone)
    # the most verbose logging there is: the password must not appear anywhere all the same
    env = cli_env(MYSTERYCALL_SIP_PASSWORD=PASSWORD, MYSTERYCALL_PJSIP_LOG="6")
    run = cli(workdir, "-v", "call", "8 (495) 123-45-67", "--json", env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    assert_clean_exit(run.returncode, run.stderr)
    received = wait_phone_event(phone, "call_received", "+74951234567", timeout=5)
    assert received["user"] == "+74951234567"
    assert f"registered sip:robot@127.0.0.1 at sip:{registrar.address}" in run.stderr
    seen = registrar_result(registrar)
    # 401 challenge, then a REGISTER whose digest matches the password: 200
    assert seen.counters["reg_challenged"] >= 1 and seen.counters["reg_ok"] >= 1, seen.summary()
    assert seen.counters["reg_rejected"] == 0

    assert PASSWORD not in run.stdout and PASSWORD not in run.stderr
    assert PASSWORD not in (seen.workdir / "messages.log").read_text(errors="replace"), "password on the wire"
    saved = list((workdir / "results").glob("*.json"))
    assert len(saved) == 1
    for path in [*saved, *(workdir / "recordings").iterdir()]:
        assert PASSWORD.encode() not in path.read_bytes(), f"password in {path}"
    result = json.loads(saved[0].read_text(encoding="utf-8"))
    assert result["target"] == "8 (495) 123-45-67"
    assert result["uri"] == f"sip:+74951234567@127.0.0.1:{phone.port}"
    assert result["outcome"] == "answered"


@pytest.mark.sipp
def test_wrong_password_is_a_clear_one_line_error_not_a_hang(phone, tmp_path, sipp_peer):
    registrar = sipp_peer("registrar_digest", variables={"user": "robot", "password": PASSWORD})
    workdir = account_workdir(tmp_path / "robot", registrar, phone, timeout_s=5)
    env = cli_env(MYSTERYCALL_SIP_PASSWORD="wrong-" + PASSWORD)
    run = cli(workdir, "call", "8 (495) 123-45-67", "--json", env=env, timeout=30)
    assert run.elapsed < 5, f"took {run.elapsed:.1f} s: longer than the register timeout"
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""
    assert "wrong-" + PASSWORD not in run.stderr
    assert not list(workdir.glob("results/*.json"))
    seen = registrar.wait(5)
    assert seen.counters["reg_rejected"] == 1 and seen.counters["reg_ok"] == 0, seen.summary()
    line = one_line_error(run.stderr)
    assert "registration" in line and "403" in line and "password" in line
