"""Fuzzing every kind of input file: mutated scenarios, configs, campaigns and transcripts.

Each run makes :data:`CASES` mutated files from the shipped samples (seeded: set
``MYSTERYCALL_FUZZ_SEED`` to replay another run; a failure names its seed, kind and case) with
byte flips, truncation, duplicated lines, type swaps, deep nesting, aliases and alias bombs,
huge numbers and unicode, and runs the command that reads them in-process (``validate`` for
scenarios, campaigns and, through a campaign, configs; ``score`` for transcripts and call
results). Every case must: raise nothing (no traceback), end within 10 s, exit with a code of
the command's contract, and, when it fails, say where: every line ``PATH:LINE:COL: message``
or ``PATH: message``, one of them about the mutated file. A handful run as real processes
(``python -m robot.cli``), for what only a process shows (exit status, encoding of stdout).
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from robot.cli.app import app
from robot.cli.problems import run

ROOT = Path(__file__).resolve().parent.parent
SEED = int(os.environ.get("MYSTERYCALL_FUZZ_SEED", "14"))
CASES = {"scenario": 160, "campaign": 120, "config": 110, "transcript": 130}  # 520 per run
LIMIT_S = 10.0
LOCATED = re.compile(r"^(?P<path>.+?)(?::(?P<line>\d+):(?P<col>\d+))?: \S")
CONTRACT = {"validate": {0, 1}, "score": {0, 2}}

CAMPAIGN = """\
name: nightly-lines
scenario: line-check.yaml
config: {config}
concurrency: 4
client_concurrency: 1
daily_cap: 3
attempts: {{max: 3, retry_after_s: 60, retry_on: [busy, no_answer, unreachable]}}
window: {{days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "23:59", tz: Europe/Moscow}}
targets:
  - client: Acme Furniture
    numbers: ["+74951234567", "sip:ring2@127.0.0.1:5080"]
    scenario: sales-en.yaml
  - client: ООО Ромашка
    numbers:
      - +7 (495) 765-43-21
      - {{number: "sip:vip@127.0.0.1:5080", scenario: sales-ru.yaml, daily_cap: 5}}
"""

CONFIG = """\
sip:
  transport: udp
  bind_address: 127.0.0.1
  local_port: 0
  codecs: [PCMU/8000, PCMA/8000]
dial_plan:
  region: RU
  uri_template: "sip:{e164}@{domain}"
limits:
  max_ring_s: 30
  max_call_s: 120
  media_timeout_s: 10
  stay_s: 5
recordings_dir: recordings
results_dir: results
store:
  path: results/mysterycall.db
asr:
  engine: auto
  model: null
tts:
  rate: 160
"""


class Hang(BaseException):
    """A case ran past :data:`LIMIT_S` (a BaseException, so no ``except Exception`` swallows it)."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """SIGALRM after ``seconds``; pytest-timeout's own alarm (if armed) is put back afterwards."""

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"no answer within {seconds} s")

    old_handler = signal.signal(signal.SIGALRM, expire)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if outer > 0:
            signal.setitimer(signal.ITIMER_REAL, max(0.001, outer - (time.monotonic() - started)))


# -- mutations -------------------------------------------------------------------------------

SCALARS = [
    "[1, 2]", "{a: 1}", "-1", "0", "1e999", "-1e999", ".nan", ".inf", "9" * 5000, "0x" + "f" * 40, "true",
    "null", "~", '""', "'x'", "2024-99-99", "!!binary zz", "*nope", "&a x", "|", "{", "[", "- x", "@", "`",
    "é" * 3, "\u202e\u200b\ufeff", "😀" * 4, "\t", "\\", '"\\q"', "10000000000000000000000",
]  # fmt: skip
JSON_VALUES: list[object] = [
    [], {}, None, True, -1, 0.5, 1e308, "x", [[[]]], {"a": {"b": {}}}, "\u202e😀", -(10**30), "",
]  # fmt: skip


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(buf))
        buf[at] = rng.choice([buf[at] ^ (1 << rng.randrange(8)), rng.randrange(256), 0, 0xFF, 0xC3])
    return bytes(buf)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def duplicate_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(lines))
        lines[at:at] = [lines[at]] * rng.randint(1, 20)
    return b"\n".join(lines)


def swap_yaml_type(data: bytes, rng: random.Random) -> bytes:
    lines = data.decode("utf-8").split("\n")
    keyed = [i for i, line in enumerate(lines) if re.match(r"^\s*(- )?[\w.]+:", line)]
    for _ in range(rng.randint(1, 3)):
        i = rng.choice(keyed)
        key = re.match(r"^(\s*(?:- )?[\w.]+:)", lines[i])
        assert key is not None
        lines[i] = f"{key.group(1)} {rng.choice(SCALARS)}"
    return "\n".join(lines).encode("utf-8")


def deep_yaml(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([39, 41, 60, 300, 5000, 100_000])
    nested = "[" * depth + "1" + "]" * depth if rng.random() < 0.5 else "{a: " * depth + "1" + "}" * depth
    if rng.random() < 0.3:
        block = "".join("  " * i + f"k{i}:\n" for i in range(min(depth, 700))) + "  " * min(depth, 700) + "x: 1\n"
        return data + b"\n" + block.encode()
    return data + f"\nextra: {nested}\n".encode()


def yaml_aliases(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:  # billion laughs
        lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for level in range(1, rng.randint(4, 10)):
            lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
        return data + ("\n" + "\n".join(lines) + "\n").encode()
    if choice == 1:  # an anchor reused as a value of a real key
        text = data.decode("utf-8")
        text = re.sub(r"^(\w+):", r"\1: &top", text, count=1, flags=re.MULTILINE)
        return (text + "\nagain: *top\n").encode()
    if choice == 2:
        return data + b"\nbase: &b {x: 1}\n<<: *b\nother: {<<: [*b, *b]}\n"
    return data + b"\nloop: &l [*l]\nundefined: *missing\n"


def huge_numbers(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8")
    number = rng.choice(
        ["9" * rng.choice([20, 400, 4301, 5000, 20000]), "1e400", "-1e400", "0.1e-400", "1" + "0" * 5000]
    )
    return re.sub(r"(?<=: )\d+(\.\d+)?\b", lambda m: number, text, count=rng.randint(1, 3)).encode("utf-8")


def unicode_noise(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8")
    noise = rng.choice(
        ["\u202e", "\u200b", "\ufeff", "\x00", "\x01", "\x7f", "\x85", "\u2028", "😀", "ё", "\ud7ff", "\U0010ffff"]
    )
    at = rng.randrange(len(text) + 1)
    encoded = (text[:at] + noise * rng.randint(1, 3) + text[at:]).encode("utf-8", "surrogatepass")
    if rng.random() < 0.3:  # invalid UTF-8 sequences
        at = rng.randrange(len(encoded) + 1)
        encoded = encoded[:at] + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]) + encoded[at:]
    if rng.random() < 0.2:
        encoded = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + encoded
    return encoded


YAML_MUTATIONS: list[Callable[[bytes, random.Random], bytes]] = [
    flip_bytes, truncate, duplicate_lines, swap_yaml_type, deep_yaml, yaml_aliases, huge_numbers, unicode_noise,
]  # fmt: skip


def _json_paths(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _json_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _json_paths(value, (*path, index))
    return found


def swap_json_type(data: bytes, rng: random.Random) -> bytes:
    doc: Any = json.loads(data)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(_json_paths(doc)[1:])
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = rng.choice(JSON_VALUES)
    return json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=1).encode("utf-8")


def deep_json(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([39, 41, 999, 5000, 200_000])
    inner = "[" * depth + "]" * depth if rng.random() < 0.5 else '{"a":' * depth + "1" + "}" * depth
    text = data.decode("utf-8").rstrip()
    return (text[:-1] + f', "deep": {inner}}}').encode("utf-8")


def json_numbers(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8")
    number = rng.choice(["9" * 5000, "-" + "9" * 4400, "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1" * 30])
    return re.sub(r"(?<=: )-?\d+(\.\d+)?", lambda m: number, text, count=rng.randint(1, 4)).encode("utf-8")


def json_unicode(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8")
    noise = rng.choice(["\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\\u202e", "é", "\\x41", "\\u12"])
    text = re.sub(r'"text": "', lambda m: m.group() + noise, text, count=rng.randint(1, 5))
    return unicode_noise(text.encode("utf-8"), rng) if rng.random() < 0.3 else text.encode("utf-8")


JSON_MUTATIONS: list[Callable[[bytes, random.Random], bytes]] = [
    flip_bytes, truncate, duplicate_lines, swap_json_type, deep_json, json_numbers, json_unicode,
]  # fmt: skip


# -- inputs ----------------------------------------------------------------------------------


@dataclass
class Case:
    kind: str
    index: int
    mutation: str
    file: Path  # the mutated file
    args: list[str]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(ROOT / "scenarios", folder, dirs_exist_ok=True)
    (folder / "base-config.yaml").write_text(CONFIG, encoding="utf-8")
    (folder / "prompt.wav").write_bytes(b"")
    return folder


def transcripts() -> list[bytes]:
    """A transcript JSON and a call result JSON (with its transcript), as ``score`` reads them."""
    corpus = json.loads((ROOT / "tests/scoring/corpus/en01.json").read_text(encoding="utf-8"))
    transcript = {"turns": corpus["turns"], "timings": {"answer_s": 2.0, "talk_s": 40.0}, "outcome": "answered"}
    result = {
        "call_id": "c1", "target": "sip:ring1@127.0.0.1:5080", "scenario": "sales-en.yaml",
        "started_at": "2024-06-03T09:00:00Z", "outcome": "answered", "sip_status": 200, "sip_reason": "OK",
        "hangup_by": "robot", "timings": {"answer_s": 2.0, "talk_s": 40.0, "total_s": 42.0},
        "events": [{"t_s": 0.0, "event": "invite_sent", "detail": {}}], "transcript": corpus["turns"],
        "metrics": {"hold_s": 0.0},
    }  # fmt: skip
    return [json.dumps(transcript, indent=1).encode(), json.dumps(result, indent=1, ensure_ascii=False).encode()]


def make_cases(workdir: Path, seed: int) -> list[Case]:
    rng = random.Random(seed)
    scenarios = sorted(p for p in workdir.glob("*.yaml") if p.name != "base-config.yaml")
    bases: dict[str, list[bytes]] = {
        "scenario": [p.read_bytes() for p in scenarios],
        "campaign": [CAMPAIGN.format(config="base-config.yaml").encode()],
        "config": [CONFIG.encode(), (ROOT / "config.yaml").read_bytes()],
        "transcript": transcripts(),
    }
    cases = []
    for kind, count in CASES.items():
        mutations = JSON_MUTATIONS if kind == "transcript" else YAML_MUTATIONS
        for index in range(count):
            base = rng.choice(bases[kind])
            mutation = mutations[index % len(mutations)]
            data = mutation(base, rng)
            if rng.random() < 0.2:  # a second mutation on top
                data = flip_bytes(data, rng) if data else data
            suffix = ".json" if kind == "transcript" else ".yaml"
            file = workdir / f"{kind}-{index:03d}{suffix}"
            file.write_bytes(data)
            if kind == "scenario" or kind == "campaign":
                args = ["validate", str(file)]
            elif kind == "config":  # a config is read through the campaign that names it
                campaign = workdir / f"campaign-for-config-{index:03d}.yaml"
                campaign.write_text(CAMPAIGN.format(config=file.name), encoding="utf-8")
                args = ["validate", str(campaign)]
            else:
                args = ["score", str(file), "--scenario", str(workdir / "line-check.yaml")]
            cases.append(Case(kind, index, mutation.__name__, file, args))
    return cases


def run_in_process(args: list[str]) -> tuple[int, str, str, float]:
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    with redirect_stdout(out), redirect_stderr(err), deadline(LIMIT_S):
        code = run(app, args)
    return code, out.getvalue(), err.getvalue(), time.monotonic() - started


def problem_lines(args: list[str], out: str, err: str) -> list[str]:
    """The problem lines: ``validate`` reports on stdout, the other commands on stderr."""
    text = out if args[0] == "validate" else err
    return [line for line in text.splitlines() if line.strip()]


def check_outcome(case: Case, code: int, out: str, err: str, seconds: float) -> str | None:
    """What is wrong with one case's run, or None."""
    if "Traceback" in out + err:
        return "a traceback"
    if seconds > LIMIT_S:
        return f"took {seconds:.1f} s"
    if code not in CONTRACT[case.args[0]]:
        return f"exit code {code}"
    if code == 0:
        return None
    lines = problem_lines(case.args, out, err)
    if not lines:
        return "failed without a problem line"
    unlocated = [line for line in lines if not LOCATED.match(line)]
    if unlocated:
        return f"unlocated line {unlocated[0][:200]!r}"
    named = {case.file.name, case.args[1] if case.kind == "config" else case.file.name}
    if not any(Path(m.group("path")).name in named for line in lines if (m := LOCATED.match(line))):
        return f"no line about {case.file.name}: {lines[0][:200]!r}"
    return None


def test_fuzzed_inputs_never_crash_hang_or_go_unlocated(workdir: Path) -> None:
    cases = make_cases(workdir, SEED)
    assert len(cases) >= 500
    failures = []
    codes: dict[str, set[int]] = {}
    started = time.monotonic()
    for case in cases:
        try:
            code, out, err, seconds = run_in_process(case.args)
        except BaseException as exc:  # noqa: BLE001 - the test reports every escape as a failure
            failures.append(f"{case.kind} {case.index} ({case.mutation}): raised {type(exc).__name__}: {exc}"[:400])
            continue
        codes.setdefault(case.kind, set()).add(code)
        wrong = check_outcome(case, code, out, err, seconds)
        if wrong:
            failures.append(f"{case.kind} {case.index} ({case.mutation}): {wrong}")
    elapsed = time.monotonic() - started
    assert not failures, f"seed {SEED}: {len(failures)} of {len(cases)} cases failed:\n" + "\n".join(failures[:30])
    # every kind has rejected inputs, and some mutated inputs are still valid (not all trivially broken)
    assert all(found - {0} for found in codes.values()) and sum(0 in found for found in codes.values()) >= 2, codes
    assert elapsed < 60, f"{len(cases)} cases took {elapsed:.1f} s"


def test_the_same_seed_makes_the_same_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        shutil.copytree(ROOT / "scenarios", folder)
        (folder / "base-config.yaml").write_text(CONFIG, encoding="utf-8")
    a, b = make_cases(first, SEED), make_cases(second, SEED)
    assert [c.file.read_bytes() for c in a] == [c.file.read_bytes() for c in b]


# -- a handful as real processes ---------------------------------------------------------------

PROCESS_CASES = {
    "deep JSON": ("score", "deep.json", "[" * 100_000 + "]" * 100_000, 2, r"deep\.json:1:\d+: nested more than 40"),
    "JSON lone surrogate": (
        "score", "surrogate.json", '{"turns": [{"speaker": "callee", "start_s": 0, "end_s": 1, "text": "\\ud800 hi"}]}',
        2, r"surrogate\.json:1:\d+: ",
    ),
    "non-UTF-8 YAML": ("validate", "latin1.yaml", "name: x\nlanguage: en\nsteps: [hangup]\n# caf\xe9\n", 1,
                       r"latin1\.yaml:4:6: not UTF-8"),
    "alias bomb": ("validate", "bomb.yaml", None, 1, r"bomb\.yaml: too many values"),
}  # fmt: skip


@pytest.mark.parametrize("name", list(PROCESS_CASES))
def test_as_a_process_one_located_line_and_the_contract_exit_code(name: str, workdir: Path) -> None:
    command, filename, text, expected, pattern = PROCESS_CASES[name]
    path = workdir / filename
    if text is None:
        lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
        text = "\n".join(lines) + "\n"
    path.write_bytes(text.encode("latin-1" if "latin1" in filename else "utf-8"))
    args = [command, str(path)] + (["--scenario", str(workdir / "sales-en.yaml")] if command == "score" else [])
    proc = subprocess.run(
        [sys.executable, "-m", "robot.cli", *args], capture_output=True, text=True, timeout=30, cwd=workdir,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert proc.returncode == expected, proc.stderr[-2000:]
    output = (proc.stdout if command == "validate" else proc.stderr).strip()
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert len(output.splitlines()) == 1 and re.search(pattern, output), output
