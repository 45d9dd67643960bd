"""Prompt templating: ``{persona.name}`` placeholders, ``{{`` / ``}}`` for literal braces."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

NAMESPACES: tuple[str, ...] = ("persona",)

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_PLACEHOLDER = re.compile(r"^\s*([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*$")

PersonaValue = str | int | float


class TemplateError(ValueError):
    """A prompt that cannot be rendered (undefined variable, bad placeholder)."""


@dataclass(frozen=True)
class TemplateIssue:
    """One problem in a template; ``offset`` is the index of the offending ``{`` in the text."""

    offset: int
    message: str


def _known(persona: Mapping[str, object]) -> str:
    return ", ".join(sorted(persona)) if persona else "nothing (no persona)"


def _scan(text: str, persona: Mapping[str, PersonaValue]) -> tuple[str, list[TemplateIssue]]:
    out: list[str] = []
    issues: list[TemplateIssue] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        out.append(text[pos : match.start()])
        pos = match.end()
        token = match.group(0)
        if token in ("{{", "}}"):
            out.append(token[0])
            continue
        if token in ("{", "}"):
            issues.append(TemplateIssue(match.start(), f"unmatched '{token}' (write '{token * 2}' for a brace)"))
            continue
        inner = match.group(1)
        parsed = _PLACEHOLDER.match(inner)
        if not parsed:
            issues.append(TemplateIssue(match.start(), f"bad placeholder {token}: expected {{persona.NAME}}"))
            continue
        namespace, key = parsed.groups()
        if namespace not in NAMESPACES:
            issues.append(
                TemplateIssue(
                    match.start(),
                    f"undefined variable {token}: unknown namespace '{namespace}' (known: {', '.join(NAMESPACES)})",
                )
            )
            continue
        if key not in persona:
            issues.append(
                TemplateIssue(match.start(), f"undefined variable {token}: persona defines {_known(persona)}")
            )
            continue
        out.append(str(persona[key]))
    out.append(text[pos:])
    return "".join(out), issues


def template_issues(text: str, persona: Mapping[str, PersonaValue] | None = None) -> list[TemplateIssue]:
    """Every problem in ``text`` given the persona (empty list: it renders)."""
    return _scan(text, persona or {})[1]


def render_prompt(text: str, persona: Mapping[str, PersonaValue] | None = None) -> str:
    """Substitute ``{persona.x}`` placeholders; raise :class:`TemplateError` on any problem."""
    rendered, issues = _scan(text, persona or {})
    if issues:
        raise TemplateError("; ".join(issue.message for issue in issues))
    return rendered
