"""Helpers for scenario tests: write a small scenario file and validate it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from robot.scenario import validate_scenario

HEADER = "name: test\nlanguage: en\n"


@pytest.fixture
def check(tmp_path: Path) -> Callable[[str], list[str]]:
    """Validate YAML text (dedented) and return the problems as ``LINE:COL: message`` strings."""

    def run(text: str) -> list[str]:
        path = tmp_path / "scenario.yaml"
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        scenario, problems = validate_scenario(path)
        assert (scenario is None) == bool(problems)
        assert all(p.path == str(path) for p in problems)
        return [f"{p.line}:{p.col}: {p.message}" for p in problems]

    return run
