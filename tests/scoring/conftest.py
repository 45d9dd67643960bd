"""Fixtures for scoring tests."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_testkit import callee, make_call, make_check, run


@pytest.fixture
def said():
    """``said(check_kwargs, text)`` -> passed, for one callee turn."""

    def _said(text: str, **check: Any) -> bool | None:
        return run(make_check(**check), make_call(callee(text))).passed

    return _said
