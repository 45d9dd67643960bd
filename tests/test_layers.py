"""The package layout's one rule: imports point down the layers, never up.

Layers, bottom to top (README "Architecture"): errors, config, sip, media, call, scoring,
scenario, campaigns, report and phone, cli. A module may import its own layer and any
layer below it; this test reads every module's imports (function-local ones too) and
fails on the first import that points up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS: dict[str, int] = {
    "robot": 0,  # the package itself: only __version__
    "robot.errors": 0,
    "robot.config": 1,
    "robot.sip": 2,
    "robot.media": 3,
    "robot.call": 4,
    "scoring": 5,
    "robot.scenario": 6,
    "robot.campaigns": 7,
    "robot.report": 8,
    "robot.dashboard": 8,
    "robot.phone": 8,
    "robot.cli": 9,
}


def layer_of(module: str) -> str | None:
    """The longest layer name that ``module`` is or lies inside."""
    best = None
    for name in LAYERS:
        if (module == name or module.startswith(name + ".")) and (best is None or len(name) > len(best)):
            best = name
    return best


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every absolute import in the file, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # ``from robot import sip`` imports the sub-package robot.sip
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


SOURCES = sorted([*ROOT.glob("robot/**/*.py"), *ROOT.glob("scoring/**/*.py")])


def upward_imports(paths: list[Path]) -> list[str]:
    problems: dict[tuple[Path, int], str] = {}
    for path in paths:
        own = layer_of(module_name(path))
        assert own is not None, f"{path} is in no layer: add its package to LAYERS"
        for line, target in imported_modules(path):
            theirs = layer_of(target)
            if theirs is None or (path, line) in problems:
                continue  # a third-party module, or a line already reported
            if LAYERS[theirs] > LAYERS[own] or (LAYERS[theirs] == LAYERS[own] and theirs != own):
                message = f"{path.relative_to(ROOT)}:{line}: {own} imports {target} ({theirs} is not below it)"
                problems[(path, line)] = message
    return list(problems.values())


def test_every_module_belongs_to_a_layer():
    assert SOURCES
    assert [p for p in SOURCES if layer_of(module_name(p)) is None] == []


def test_imports_point_down_the_layers():
    assert upward_imports(SOURCES) == []


@pytest.mark.parametrize(
    ("where", "source", "expected"),
    [
        ("robot/sip/fake.py", "from robot.campaigns.store import Store\n", "robot.sip imports robot.campaigns.store"),
        ("scoring/fake.py", "def f():\n    import robot.scenario.engine\n", "scoring imports robot.scenario.engine"),
        ("robot/report/fake.py", "from robot.phone import phone\n", "robot.report imports robot.phone"),
    ],
)
def test_an_upward_import_is_reported(tmp_path, monkeypatch, where, source, expected):
    fake = ROOT / where
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    problems = upward_imports([fake])
    assert len(problems) == 1 and expected in problems[0] and ":" in problems[0]
