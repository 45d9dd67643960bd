"""The JSON Schema of scenario files, for editors (yaml-language-server) and ``mysterycall schema``."""

from __future__ import annotations

import json
from typing import Any

from robot.scenario.model import Scenario

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def scenario_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a scenario file, with a description on every field.

    Use it from a scenario with ``# yaml-language-server: $schema=PATH/scenario.schema.json``.
    """
    schema = Scenario.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": SCHEMA_DIALECT, **schema}


def scenario_json_schema_text() -> str:
    """The schema as indented JSON text (what ``mysterycall schema`` prints)."""
    return json.dumps(scenario_json_schema(), indent=2, ensure_ascii=False) + "\n"
