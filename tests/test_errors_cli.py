"""Every command reports bad input the same way: one plain ``WHERE: message`` line per problem on
stderr (``validate``: its report on stdout), the contract's exit code, no pydantic wording, no
box, no traceback. Most cases run the CLI in-process (fast); a few run it as a real process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from robot.cli.app import app
from robot.cli.problems import run
from robot.errors import InputError, Problem

REPO = Path(__file__).resolve().parent.parent
SCENARIO = str(REPO / "scenarios" / "sales-en.yaml")
FORBIDDEN = ("Input should", "Value error", "pydantic", "Traceback", "╭", "│", "Error:", "error:", "Usage:")
LINE = re.compile(r"^(input|setup|[^:\s][^:]*?(:\d+:\d+)?): \S.*$")

BAD_CONFIG = "sip:\n  transport: sctp\nlimits:\n  max_ring_s: lots\n"
FILES = {
    "bad-scenario.yaml": "name: x\nlanguage: en\nsteps:\n  - sya: hello\n",
    "unclosed.yaml": 'name: "x\nlanguage: en\nsteps:\n  - hangup\n',
    "script.yaml": "greeting: Hello\nring_s: -1\n",
    "campaign.yaml": "name: n\nconcurrency: 0\ntargets:\n  - client: Acme\n    numbers: [hello]\n",
    "good-campaign.yaml": "name: n\ntargets:\n  - client: Acme\n    numbers: ['+74951234567']\n",
    "broken.json": "{turns: }",
    "wrong.json": '{"turns": [{"speaker": "nobody", "start_s": "soon"}]}',
    "not-a-dir": "",
    "bad-config.yaml": BAD_CONFIG,
}

CONFIG_PROBLEMS = [
    "config.yaml:2:3: sip.transport: must be one of: udp, tcp, tls (got 'sctp')",
    "config.yaml:4:3: limits.max_ring_s: must be a number, got 'lots'",
]

# name: (arguments, expected stderr lines (a trailing "..." matches a prefix), exit code)
CASES: dict[str, tuple[list[str], list[str], int]] = {
    "call: bad config": (["call", "sip:a@127.0.0.1:9"], CONFIG_PROBLEMS, 2),
    "call: bad --config": (["call", "sip:a@127.0.0.1:9", "--config", "script.yaml"], [
        "script.yaml:1:1: unknown key 'greeting'", "script.yaml:2:1: unknown key 'ring_s'"], 2),
    "call: missing config": (["call", "sip:a@127.0.0.1:9", "--config", "nope.yaml"], [
        "nope.yaml: file not found"], 2),
    "call: missing argument": (["call"], ["input: call: missing argument TARGET"], 2),
    "call: bad --max-ring": (["call", "x", "--max-ring", "abc"], [
        "input: call: --max-ring must be a number, got 'abc'"], 2),
    "call: out-of-range --max-ring": (["call", "x", "--max-ring", "-1"], [
        "input: --max-ring must be between 0 and 3600 seconds, got -1"], 2),
    "call: --max-ring without value": (["call", "x", "--max-ring"], [
        "input: call: option --max-ring needs a value"], 2),
    "call: unknown option": (["call", "x", "--jsn"], ["input: call: no such option --jsn; did you mean --json?"], 2),
    "call: extra argument": (["call", "x", "y"], ["input: call: unexpected extra arguments: y"], 2),
    "call: bad number": (["call", "garbage-number"], ["input: not a phone number: 'garbage-number' ..."], 2),
    "call: bad scenario": (["call", "sip:a@127.0.0.1:9", "--scenario", "bad-scenario.yaml"], [
        "bad-scenario.yaml:4:5: unknown step 'sya'; did you mean 'say'?"], 2),
    "call: unclosed quote": (["call", "sip:a@127.0.0.1:9", "--scenario", "unclosed.yaml"], [
        "unclosed.yaml:1:7: YAML syntax: this quoted string is never closed (a quote is missing)"], 2),
    "phone: bad --listen": (["phone", "--listen", "foo"], ["input: --listen must be HOST:PORT, got 'foo'"], 2),
    "phone: bad script": (["phone", "--script", "script.yaml"], [
        "script.yaml:2:1: ring_s: must be 0 or more, got -1"], 2),
    "demo: bad config": (["demo"], CONFIG_PROBLEMS, 2),
    "demo: option without value": (["demo", "--user"], ["input: demo: option --user needs a value"], 2),
    "schema: unknown option": (["schema", "--x"], ["input: schema: no such option --x"], 2),
    "score: missing option": (["score", "wrong.json"], ["input: score: missing option --scenario"], 2),
    "score: broken JSON": (["score", "broken.json", "--scenario", SCENARIO], ["broken.json:1:2: invalid JSON: ..."], 2),
    "score: wrong transcript": (["score", "wrong.json", "--scenario", SCENARIO], [
        "wrong.json: turns.0.speaker: must be one of: robot, callee (got 'nobody')",
        "wrong.json: turns.0.start_s: must be a number, got 'soon'",
        "wrong.json: missing required key 'turns.0.end_s'",
        "wrong.json: missing required key 'turns.0.text'"], 2),
    "score: bad scenario": (["score", "wrong.json", "--scenario", "bad-scenario.yaml"], [
        "bad-scenario.yaml:4:5: unknown step 'sya'; did you mean 'say'?"], 2),
    "transcribe: missing file": (["transcribe", "nothing.wav"], ["nothing.wav: WAV file not found"], 2),
    "transcribe: bad --lang": (["transcribe", "nothing.wav", "--lang", "de"], [
        "input: unsupported language 'de' for --lang: use ru or en"], 2),
    "transcribe: not a WAV": (["transcribe", "script.yaml"], ["script.yaml: not a usable WAV file: ..."], 2),
    "models list: unknown option": (["models", "list", "--x"], ["input: models list: no such option --x"], 2),
    "models download: missing argument": (["models", "download"], ["input: models download: missing argument NAME"], 2),
    "models download: bad name": (["models", "download", "bad/name"], ["input: bad model name 'bad/name'"], 2),
    "history: nothing to show": (["history"], ["input: history: give a TARGET or --client NAME (one of them)"], 2),
    "history: no database": (["history", "--client", "A", "--db", "none.db"], [
        "input: no results database at none.db"], 2),
    "sweep: bad campaign": (["sweep", "campaign.yaml", "--dry-run", "--db", "r.db"], [
        "campaign.yaml:2:1: concurrency: must be 1 or more, got 0",
        "campaign.yaml:5:15: targets.0.numbers.0.number: not a phone number or SIP URI: 'hello'"], 2),
    "sweep: missing campaign": (["sweep", "nope.yaml"], ["nope.yaml: file not found"], 2),
    "retest: nothing to redial": (["retest"], ["input: retest: give a TARGET or --client NAME (one of them)"], 2),
    "report: bad --format": (["report", "--format", "doc", "-o", "r.doc"], [
        "input: report: --format must be one of: html, csv, json, xlsx, pdf (got 'doc')"], 2),
    "report: missing -o": (["report", "--format", "json"], ["input: report: missing option --output"], 2),
    "report: no database": (["report", "--format", "json", "-o", "r.json", "--db", "none.db"], [
        "input: no results database at none.db"], 2),
    "schedule: bad --at": (["schedule", "good-campaign.yaml", "--at", "2am"], [
        "input: --at: expected HH:MM (24-hour), got '2am'"], 2),
    "schedule: bad campaign": (["schedule", "campaign.yaml", "--at", "02:00"], [
        "campaign.yaml:2:1: concurrency: must be 1 or more, got 0",
        "campaign.yaml:5:15: targets.0.numbers.0.number: not a phone number or SIP URI: 'hello'"], 2),
    "unknown command": (["dial"], ["input: no such command 'dial'"], 2),
    "unknown global option": (["--verbos", "call", "x"], [
        "input: no such option --verbos; did you mean --verbose?"], 2),
}  # fmt: skip


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


def check_lines(stderr: str, expected: list[str]) -> None:
    """Exactly the expected lines, each a plain ``WHERE: message`` line."""
    for words in FORBIDDEN:
        assert words not in stderr, f"{words!r} in stderr:\n{stderr}"
    lines = stderr.splitlines()
    assert len(lines) == len(expected), f"expected {len(expected)} line(s):\n{stderr}"
    for line, want in zip(lines, expected, strict=True):
        assert LINE.match(line), line
        if want.endswith("..."):
            assert line.startswith(want[:-3].rstrip()), line
        else:
            assert line == want


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_plain_line_per_problem(workdir, capsys, case):
    args, expected, code = CASES[case]
    if expected is CONFIG_PROBLEMS:  # ./config.yaml is read by default
        (workdir / "config.yaml").write_text(BAD_CONFIG, encoding="utf-8")
    assert run(app, args) == code
    captured = capsys.readouterr()
    assert captured.out == "", "bad input prints nothing on stdout"
    check_lines(captured.err, expected)


def test_report_to_an_unwritable_place_is_input(workdir, capsys):
    from robot.campaigns.store import Store

    with Store(workdir / "r.db"):
        pass
    assert run(app, ["report", "--format", "json", "-o", "not-a-dir/r.json", "--db", "r.db"]) == 2
    check_lines(
        capsys.readouterr().err, ["not-a-dir/r.json: cannot write the report: a part of the path is not a directory"]
    )


def test_validate_reports_on_stdout_and_exits_1(workdir, capsys):
    assert run(app, ["validate", "bad-scenario.yaml", "campaign.yaml", "unclosed.yaml", "nope.yaml"]) == 1
    captured = capsys.readouterr()
    assert captured.err == ""
    check_lines(
        captured.out,
        [
            "bad-scenario.yaml:4:5: unknown step 'sya'; did you mean 'say'?",
            "campaign.yaml:2:1: concurrency: must be 1 or more, got 0",
            "campaign.yaml:5:15: targets.0.numbers.0.number: not a phone number or SIP URI: 'hello'",
            "unclosed.yaml:1:7: YAML syntax: this quoted string is never closed (a quote is missing)",
            "nope.yaml: file not found",
        ],
    )


def test_validate_usage_error_exits_2(workdir, capsys):
    assert run(app, ["validate"]) == 2
    check_lines(capsys.readouterr().err, ["input: validate: missing argument PATHS"])
    assert run(app, ["validate", "--strict", "campaign.yaml"]) == 2
    check_lines(capsys.readouterr().err, ["input: validate: no such option --strict"])


def test_valid_files_and_help_still_work(workdir, capsys):
    assert run(app, ["validate", "good-campaign.yaml", SCENARIO]) == 0
    assert run(app, ["--help"]) == 0
    assert run(app, ["call", "--help"]) == 0
    assert "--max-ring" in capsys.readouterr().out


def test_a_multi_line_message_stays_one_line(capsys):
    from robot.cli.problems import report

    assert report(InputError([Problem("a.yaml", 2, 3, "first\nsecond"), Problem("input", 0, 0, "x")])) == 2
    assert capsys.readouterr().err == "a.yaml:2:3: first second\ninput: x\n"


# -- the real entry points -------------------------------------------------------------------------------


def cli(workdir: Path, *args: str, module: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "MYSTERYCALL_SIP_PASSWORD")}
    env["PYTHONPATH"] = str(REPO)
    env["XDG_CACHE_HOME"] = str(workdir / "cache")
    command = [sys.executable, "-m", "robot.cli"] if module else [str(Path(sys.executable).parent / "mysterycall")]
    return subprocess.run([*command, *args], cwd=workdir, env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.calls
@pytest.mark.parametrize(
    ("args", "expected", "code"),
    [
        (["call"], ["input: call: missing argument TARGET"], 2),
        (["call", "x", "--max-ring", "abc", "--json"], ["input: call: --max-ring must be a number, got 'abc'"], 2),
        (["call", "sip:a@127.0.0.1:9", "--json", "--config", "bad-config.yaml"], [
            p.replace("config.yaml", "bad-config.yaml") for p in CONFIG_PROBLEMS], 2),
        (["report", "--format", "doc", "-o", "r.doc"], [
            "input: report: --format must be one of: html, csv, json, xlsx, pdf (got 'doc')"], 2),
        (["sweep", "nope.yaml"], ["nope.yaml: file not found"], 2),
    ],
)  # fmt: skip
def test_python_dash_m_prints_the_same_lines(workdir, args, expected, code):
    done = cli(workdir, *args)
    assert done.returncode == code, done.stderr
    assert done.stdout == ""
    check_lines(done.stderr, expected)


@pytest.mark.calls
def test_console_script_prints_the_same_lines(workdir):
    script = Path(sys.executable).parent / "mysterycall"
    if not script.is_file():
        pytest.skip("the mysterycall console script is not installed in this environment")
    done = cli(workdir, "call", "x", "--bogus", module=False)
    assert done.returncode == 2
    check_lines(done.stderr, ["input: call: no such option --bogus"])


@pytest.mark.calls
def test_set_up_failure_is_one_setup_line_and_exit_1(workdir):
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as busy:
        busy.bind(("127.0.0.1", 0))
        port = busy.getsockname()[1]
        (workdir / "config.yaml").write_text(f"sip:\n  local_port: {port}\n", encoding="utf-8")
        called = cli(workdir, "call", "sip:a@127.0.0.1:9", "--json")
        phone = cli(workdir, "phone", "--listen", f"127.0.0.1:{port}")
    for done in (called, phone):
        assert done.returncode == 1, done.stderr
        assert done.stdout == ""
        check_lines(done.stderr, [f"setup: cannot open SIP udp transport on 127.0.0.1:{port}: ..."])
