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
