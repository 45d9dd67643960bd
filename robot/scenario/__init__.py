"""Scenario files: the YAML call scripts the robot runs (model, loading, validation, schema)."""

from robot.scenario.loader import load_scenario, validate_scenario, validate_scenario_data
from robot.scenario.model import (
    END,
    HOLD_PHRASES,
    KINDS,
    LANGUAGES,
    NEXT,
    Branch,
    Case,
    Dtmf,
    Goto,
    Hangup,
    Hold,
    Listen,
    Play,
    Say,
    Scenario,
    Step,
    StepBase,
    Wait,
)
from robot.scenario.schema import scenario_json_schema, scenario_json_schema_text
from robot.scenario.templating import TemplateError, render_prompt, template_issues

__all__ = [
    "END",
    "HOLD_PHRASES",
    "KINDS",
    "LANGUAGES",
    "NEXT",
    "Branch",
    "Case",
    "Dtmf",
    "Goto",
    "Hangup",
    "Hold",
    "Listen",
    "Play",
    "Say",
    "Scenario",
    "Step",
    "StepBase",
    "TemplateError",
    "Wait",
    "load_scenario",
    "render_prompt",
    "scenario_json_schema",
    "scenario_json_schema_text",
    "template_issues",
    "validate_scenario",
    "validate_scenario_data",
]
