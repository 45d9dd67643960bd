"""Pydantic's error details in plain words for users (never pydantic's own wording).

Every loader that validates user input with pydantic turns each error into a message
with :func:`plain_message`, so every command speaks the same way::

    limits.max_ring_s: must be a number, got 'lots'
    weight: must be 0 or more, got -1
    language: must be one of: ru, en (got 'de')
    unknown key 'max_rign_s'; did you mean 'max_ring_s'?
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic_core import ErrorDetails

_NOTHING = object()

# error type -> what the value must be ("must be a number")
_MUST_BE = {
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "int_parsing_size": "a smaller whole number",
    "float_parsing": "a number",
    "float_type": "a number",
    "decimal_parsing": "a number",
    "decimal_type": "a number",
    "finite_number": "a finite number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "string_type": "text",
    "string_sub_type": "text",
    "string_unicode": "text",
    "bytes_type": "text",
    "list_type": "a list",
    "tuple_type": "a list",
    "set_type": "a list",
    "frozen_set_type": "a list",
    "iterable_type": "a list",
    "dict_type": "a mapping (key: value)",
    "model_type": "a mapping (key: value)",
    "model_attributes_type": "a mapping (key: value)",
    "dataclass_type": "a mapping (key: value)",
    "date_parsing": "a date like 2024-05-31",
    "date_type": "a date like 2024-05-31",
    "date_from_datetime_parsing": "a date like 2024-05-31",
    "datetime_parsing": "a date and time like 2024-05-31T09:00:00",
    "datetime_type": "a date and time like 2024-05-31T09:00:00",
    "datetime_from_date_parsing": "a date and time like 2024-05-31T09:00:00",
    "time_parsing": "a time like 09:00",
    "time_type": "a time like 09:00",
    "timedelta_parsing": "a duration in seconds",
    "timedelta_type": "a duration in seconds",
    "path_type": "a file path",
    "uuid_parsing": "a UUID",
    "uuid_type": "a UUID",
    "url_type": "a URL",
    "json_type": "JSON text",
    "none_required": "empty",
}
# error type -> (context key, phrase)
_BOUNDS = {
    "greater_than": ("gt", "must be more than {}"),
    "greater_than_equal": ("ge", "must be {} or more"),
    "less_than": ("lt", "must be less than {}"),
    "less_than_equal": ("le", "must be {} or less"),
    "multiple_of": ("multiple_of", "must be a multiple of {}"),
}
_PREFIXES = ("Value error, ", "Assertion failed, ")


def plain_message(err: ErrorDetails | Mapping[str, Any], where: str = "", *, known: Iterable[str] = ()) -> str:
    """One plain sentence for one pydantic error; ``where`` is the dotted key it is about.

    ``known``: the keys allowed next to an unknown key, for a "did you mean" hint.
    """
    kind = str(err.get("type", ""))
    loc = tuple(err.get("loc") or ())
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else where.rpartition(".")[2]
        return f"unknown key '{key}'" + _did_you_mean(key, known)
    if kind == "missing":
        return f"missing required key '{where}'" if where else "missing required value"
    if kind == "union_tag_not_found":
        return f"missing key '{(err.get('ctx') or {}).get('discriminator', where)}'"
    phrase = _phrase(kind, err)
    return f"{where}: {phrase}" if where else phrase


def _phrase(kind: str, err: ErrorDetails | Mapping[str, Any]) -> str:
    ctx: Mapping[str, Any] = err.get("ctx") or {}
    value = err.get("input", _NOTHING)
    got = _got(value)
    if kind in _MUST_BE:
        return f"must be {_MUST_BE[kind]}" + got
    if kind in _BOUNDS:
        key, text = _BOUNDS[kind]
        return text.format(_number(ctx.get(key))) + got
    if kind in ("literal_error", "enum", "union_tag_invalid"):
        expected = ctx.get("expected") or ctx.get("expected_tags") or ""
        shown = _got(ctx.get("tag", value), " (got {})")
        return f"must be one of: {', '.join(_choices(str(expected)))}" + shown
    if kind == "string_pattern_mismatch":
        return f"must match the pattern {ctx.get('pattern')}" + got
    if kind in ("string_too_short", "too_short"):
        return _length(kind, "at least", ctx.get("min_length"), ctx)
    if kind in ("string_too_long", "too_long"):
        return _length(kind, "at most", ctx.get("max_length"), ctx)
    if kind.startswith("url_"):
        return _url(kind, ctx)
    if kind in ("value_error", "assertion_error") and ctx.get("error") is not None:
        return _sentence(str(ctx["error"]).split("\n", 1)[0])  # an assert's message, not its expression
    return _sentence(str(err.get("msg", "invalid value")))


def _length(kind: str, bound: str, limit: Any, ctx: Mapping[str, Any]) -> str:
    if kind.startswith("string_"):
        if limit == 1 and bound == "at least":
            return "must not be empty"
        return f"must be {bound} {_count(limit, 'character')} long"
    if limit in (0, 1) and bound == "at least":
        return "must not be empty (give at least one item)" if limit == 1 else "must be a list"
    actual = ctx.get("actual_length")
    return f"must have {bound} {_count(limit, 'item')}" + (f", got {actual}" if actual is not None else "")


def _url(kind: str, ctx: Mapping[str, Any]) -> str:
    if kind == "url_scheme":
        return f"must be a URL starting with {' or '.join(s + ':' for s in _choices(str(ctx.get('expected_schemes'))))}"
    if kind == "url_too_long":
        return f"must be a URL of at most {_count(ctx.get('max_length'), 'character')}"
    if ctx.get("error"):
        return f"must be a valid URL ({ctx['error']})"
    return "must be a valid URL"


def _sentence(msg: str) -> str:
    """A message from a validator or an unknown error type, without pydantic's wording."""
    for prefix in _PREFIXES:
        if msg.startswith(prefix):
            msg = msg[len(prefix) :]
    msg = re.sub(r"^Input should be\b", "must be", msg)
    msg = re.sub(r"^Input should\b", "must", msg)
    msg = re.sub(r"\bInput\b", "the value", msg)
    return msg[:1].lower() + msg[1:] if msg[1:2].islower() else msg


def _choices(expected: str) -> list[str]:
    """``"'udp', 'tcp' or 'tls'"`` -> ``['udp', 'tcp', 'tls']`` (also unquoted lists)."""
    quoted = re.findall(r"'((?:[^'\\]|\\.)*)'", expected)
    if quoted:
        return quoted
    return [part for part in re.split(r",\s*|\s+or\s+", expected) if part]


def _got(value: Any, template: str = ", got {}") -> str:
    """``, got 'lots'`` for a short scalar, ``, got a list`` for a container; '' if unknown."""
    if value is _NOTHING:
        return ""
    if value is None:
        return template.format("nothing")
    if isinstance(value, bool):
        return template.format("true" if value else "false")
    if isinstance(value, int | float):
        return template.format(_number(value))
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return template.format(repr(text))
    if isinstance(value, list | tuple | set):
        return template.format("a list")
    if isinstance(value, Mapping):
        return template.format("a mapping")
    return ""


def _number(value: Any) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value)


def _count(n: Any, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _did_you_mean(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


__all__ = ["plain_message"]
