"""Scenario files: the YAML call scripts the robot runs (model, loading, validation, schema).

The step kinds live one per module in :mod:`robot.scenario.steps`, listed in its registry.
"""

from robot.scenario.flow import step_targets
from robot.scenario.loader import load_scenario, validate_scenario, validate_scenario_data
from robot.scenario.model import LANGUAGES, Scenario
from robot.scenario.schema import scenario_json_schema, scenario_json_schema_text
from robot.scenario.steps import STEP_KINDS, register, unregister
from robot.scenario.steps.base import LiveCall, StepChecks, StepKind
from robot.scenario.steps.branch import Branch, Case
from robot.scenario.steps.dtmf import Dtmf
from robot.scenario.steps.fields import END, NEXT
from robot.scenario.steps.goto import Goto
from robot.scenario.steps.hangup import Hangup
from robot.scenario.steps.hold import HOLD_PHRASES, Hold
from robot.scenario.steps.listen import Listen
from robot.scenario.steps.play import Play
from robot.scenario.steps.say import Say
from robot.scenario.steps.wait import Wait
from robot.scenario.steptype import Step
from robot.scenario.templating import TemplateError, render_prompt, template_issues

KINDS = STEP_KINDS.keys()  # the registered kinds' names, kept up to date
StepBase = StepKind  # the former name of the steps' base class

__all__ = [
    "END",
    "HOLD_PHRASES",
    "KINDS",
    "LANGUAGES",
    "NEXT",
    "STEP_KINDS",
    "Branch",
    "Case",
    "Dtmf",
    "Goto",
    "Hangup",
    "Hold",
    "Listen",
    "LiveCall",
    "Play",
    "Say",
    "Scenario",
    "Step",
    "StepBase",
    "StepChecks",
    "StepKind",
    "TemplateError",
    "Wait",
    "load_scenario",
    "register",
    "render_prompt",
    "scenario_json_schema",
    "scenario_json_schema_text",
    "step_targets",
    "template_issues",
    "unregister",
    "validate_scenario",
    "validate_scenario_data",
]
