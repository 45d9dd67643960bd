"""What one YAML input may cost is bounded: alias bombs, deep nesting and huge files are refused
with one located line, fast, before any validation walks the data."""

from __future__ import annotations

import time

import pytest

from robot.config import yamlbounds
from robot.config.yamlfile import load_yaml
from robot.errors import InputError
from robot.scenario import validate_scenario


def alias_bomb(levels: int = 9) -> str:
    """The classic "billion laughs": each level lists the previous one nine times."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        prev, name = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text("name: x\nlanguage: en\nsteps: [hangup]\n" + alias_bomb(), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        load_yaml(path)
    assert time.monotonic() - started < 2.0
    (problem,) = info.value.problems
    assert str(problem) == f"{path}: too many values: more than 100,000 once YAML aliases (*name) are expanded"


def test_validate_reports_the_bomb_as_one_problem(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb(), encoding="utf-8")
    scenario, problems = validate_scenario(path)
    assert scenario is None and [p.message for p in problems] == [
        "too many values: more than 100,000 once YAML aliases (*name) are expanded"
    ]


def test_a_few_aliases_are_still_fine(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("base: &b {x: 1}\nother: *b\nmore: [*b, *b]\n", encoding="utf-8")
    assert load_yaml(path)["more"][1]["x"] == 1


def test_nesting_deeper_than_the_bound_points_at_the_deep_mapping(tmp_path):
    depth = yamlbounds.MAX_DEPTH + 1
    text = "".join("  " * level + f"k{level}:\n" for level in range(depth)) + "  " * depth + "leaf: 1\n"
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_yaml(path)
    (problem,) = info.value.problems
    assert problem.message == f"nested more than {yamlbounds.MAX_DEPTH} levels deep"
    assert (problem.line, problem.col) == (depth, 2 * depth - 1)


def test_a_file_over_the_size_bound_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("# " + "x" * yamlbounds.MAX_FILE_BYTES + "\nname: x\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_yaml(path)
    assert "file too large" in str(info.value) and str(path) in str(info.value)


# -- JSON inputs to score, encodings, characters, numbers, paths --------------------------------


def run_cli(args: list[str]) -> tuple[int, str, str]:
    import contextlib
    import io

    from robot.cli.app import app
    from robot.cli.problems import run

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(app, args)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def scenario(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("name: x\nlanguage: en\nsteps: [hangup]\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, ":1:41:", "nested more than 40 levels deep"),
        ('{"turns": [], "x": ' + '{"a": ' * 50 + "1" + "}" * 50 + "}", ":1:", "nested more than 40 levels deep"),
        ('{"turns": [\n  {"speaker": "callee", "start_s": ' + "9" * 5000 + "}]}", ":2:", "too many digits"),
        ('{"turns": [\n  {"text": "\\ud800"}]}', ":2:13:", "half of a UTF-16 pair"),
        ('{"turns": [\n ,]}', ":2:2:", "invalid JSON"),
    ],
    ids=["deep-array", "deep-object", "huge-number", "lone-surrogate", "syntax"],
)
def test_score_input_problems_are_one_located_line(tmp_path, scenario, text, where, message):
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    code, _, err = run_cli(["score", str(path), "--scenario", str(scenario)])
    assert time.monotonic() - started < 2.0
    (line,) = err.splitlines()
    assert code == 2 and line.startswith(f"{path}{where}") and message in line, line


def test_non_utf8_bytes_are_placed_at_the_first_bad_byte(tmp_path, scenario):
    path = tmp_path / "in.json"
    path.write_bytes(b'{"turns": [\n  {"text": "caf\xe9"}]}')
    code, _, err = run_cli(["score", str(path), "--scenario", str(scenario)])
    assert (code, err) == (2, f"{path}:2:16: not UTF-8 text (byte 0xe9); save the file as UTF-8\n")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b'name: x\nlanguage: en\nsteps:\n  - say: "\xc3\xa7a \xff"\n')
    code, out, _ = run_cli(["validate", str(bad)])
    assert (code, out) == (1, f"{bad}:4:14: not UTF-8 text (byte 0xff); save the file as UTF-8\n")


def test_a_yaml_character_error_has_its_line(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text('name: x\nlanguage: en\nsteps:\n  - say: "a\x01b"\n', encoding="utf-8")
    code, out, _ = run_cli(["validate", str(path)])
    assert (code, out) == (1, f"{path}:4:12: YAML syntax: character U+0001 is not allowed in YAML\n")


def test_huge_yaml_numbers_and_bad_dates_are_located(tmp_path):
    path = tmp_path / "n.yaml"
    path.write_text("name: x\nlanguage: en\nmax_call_s: " + "9" * 5000 + "\nsteps: [hangup]\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_yaml(path)
    assert str(info.value) == f"{path}:3:13: YAML: a number with too many digits"
    path.write_text("name: x\nwhen: !!timestamp 2024-13-45\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_yaml(path)
    assert str(info.value).startswith(f"{path}:2:7: YAML: ")


def test_deep_flow_nesting_is_refused_before_the_parser_sees_it(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("steps: " + "[" * 400_000 + "]" * 400_000 + "\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        load_yaml(path)
    assert time.monotonic() - started < 1.0
    assert str(info.value) == f"{path}:1:48: nested more than 40 levels deep"


def test_deeply_indented_text_of_a_block_scalar_is_not_nesting(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("say: |\n" + "".join(" " * (i + 2) + "x\n" for i in range(80)) + "next: 1\n", encoding="utf-8")
    assert load_yaml(path)["next"] == 1


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "{long}"],
        ["score", "{long}", "--scenario", "{scenario}"],
        ["history", "--client", "x", "--db", "{long}"],
        ["report", "--format", "csv", "-o", "{long}", "--db", "{db}"],
        ["call", "sip:x@127.0.0.1:9", "--config", "{long}"],
    ],
    ids=lambda a: a[0],
)
def test_a_path_longer_than_the_system_allows_is_one_short_line(tmp_path, scenario, args):
    from robot.campaigns.store import Store

    with Store(tmp_path / "r.db"):
        pass
    long = str(tmp_path / ("a" * 2_000_000))
    args = [a.format(long=long, scenario=scenario, db=tmp_path / "r.db") for a in args]
    code, out, err = run_cli(args)
    (line,) = (out + err).splitlines()
    assert code == (1 if args[0] == "validate" else 2)
    assert "path too long for the file system" in line and "(2,000,0" in line and len(line) < 400, line
