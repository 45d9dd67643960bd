"""Dashboard test fixtures: one store with real recordings per session (see :mod:`tests.dashboard.dashstore`)."""

from __future__ import annotations

import pytest

from tests.dashboard.dashstore import DashStore, build_dash_store


@pytest.fixture(scope="session")
def dash_store(tmp_path_factory: pytest.TempPathFactory) -> DashStore:
    return build_dash_store(tmp_path_factory.mktemp("dashboard"))
