"""Prompt templating: {persona.x} placeholders."""

from __future__ import annotations

import pytest

from robot.scenario import TemplateError, render_prompt, template_issues

PERSONA = {"name": "Anna", "product": "tiles", "count": 20}


def test_renders_persona_values() -> None:
    text = "Hi, I am {persona.name}; I need {persona.count} boxes of {persona.product}."
    assert render_prompt(text, PERSONA) == "Hi, I am Anna; I need 20 boxes of tiles."


def test_plain_text_and_escaped_braces() -> None:
    assert render_prompt("no placeholders") == "no placeholders"
    assert render_prompt("{{persona.name}} is {persona.name}", PERSONA) == "{persona.name} is Anna"
    assert render_prompt("{ persona.name }", PERSONA) == "Anna"


@pytest.mark.parametrize(
    "text, message",
    [
        ("I am {persona.age}", "undefined variable {persona.age}: persona defines count, name, product"),
        ("{call.target}", "undefined variable {call.target}: unknown namespace 'call'"),
        ("{name}", "bad placeholder {name}: expected {persona.NAME}"),
        ("a { b", "unmatched '{'"),
        ("a } b", "unmatched '}'"),
    ],
)
def test_problems(text: str, message: str) -> None:
    issues = template_issues(text, PERSONA)
    assert len(issues) == 1 and issues[0].message.startswith(message)
    with pytest.raises(TemplateError, match="undefined|bad|unmatched"):
        render_prompt(text, PERSONA)


def test_issue_offsets_and_empty_persona() -> None:
    issues = template_issues("x {persona.a} {persona.b}")
    assert [i.offset for i in issues] == [2, 14]
    assert "no persona" in issues[0].message
