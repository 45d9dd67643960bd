"""The call list's query-string filters, validated at the edge, and the SQL they select with.

Each filter is one condition; the indexed columns (client, target, outcome, started_at,
sweep_id) come first and the JSON fields last (``answered_by``, ``score.needs_review``, a
failed check: rows with failed checks whose JSON text contains the quoted id are parsed).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from robot.call.result import OUTCOMES, Outcome
from robot.call.resultview import utc_iso
from robot.config.messages import plain_message
from robot.errors import InputError

PAGE_SIZE = 50
MAX_PAGE = 100_000
FILTER_NAMES = (
    "client", "number", "outcome", "since", "until", "score_min", "score_max", "failed_check", "needs_review",
    "answered_by", "sweep",
)  # fmt: skip
ANSWERED_BY_SQL = "json_extract(result_json, '$.answered_by')"
NEEDS_REVIEW_SQL = "json_extract(result_json, '$.score.needs_review')"


class CallFilters(BaseModel):
    """``/calls`` and ``/api/calls`` query parameters; an empty value means no filter."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)

    client: str | None = Field(None, max_length=200)
    number: str | None = Field(None, max_length=200)
    outcome: Outcome | None = None
    since: str | None = Field(None, max_length=40)  # a date (YYYY-MM-DD) or an ISO time (naive = UTC)
    until: str | None = Field(None, max_length=40)  # a date includes its whole day
    score_min: float | None = Field(None, ge=0, le=100)
    score_max: float | None = Field(None, ge=0, le=100)
    failed_check: str | None = Field(None, max_length=200)
    needs_review: bool | None = None
    answered_by: str | None = Field(None, max_length=100)
    sweep: str | None = Field(None, max_length=300)
    page: int = Field(1, ge=1, le=MAX_PAGE)

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("since", "until")
    @classmethod
    def _date_or_time(cls, value: str | None) -> str | None:
        if value is not None:
            _moment(value)
        return value

    @property
    def offset(self) -> int:
        return (self.page - 1) * PAGE_SIZE

    def active(self) -> dict[str, str]:
        """The filters that are set, as query-string values (for links and the form)."""
        found = {}
        for name in FILTER_NAMES:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool):
                found[name] = "yes" if value else "no"
            elif isinstance(value, float):
                found[name] = f"{value:g}"
            else:
                found[name] = str(value)
        return found

    @property
    def reads_json(self) -> bool:
        """Whether a filter reads the result JSON (no index: counts are capped)."""
        return self.failed_check is not None or self.needs_review is not None or self.answered_by is not None

    def where(self) -> tuple[str, list[Any]]:
        """``WHERE ...`` (or '') and its arguments."""
        conditions: list[str] = []
        args: list[Any] = []
        for column, value in (("client", self.client), ("target", self.number), ("outcome", self.outcome),
                              ("sweep_id", self.sweep)):  # fmt: skip
            if value is not None:
                conditions.append(f"{column} = ?")
                args.append(value)
        if self.since is not None:
            conditions.append("started_at >= ?")
            args.append(utc_iso(_moment(self.since)))
        if self.until is not None:
            conditions.append("started_at < ?")
            args.append(utc_iso(_moment(self.until, end=True)))
        if self.score_min is not None:
            conditions.append("score_percent >= ?")
            args.append(self.score_min)
        if self.score_max is not None:
            conditions.append("score_percent <= ?")
            args.append(self.score_max)
        if self.answered_by is not None:
            conditions.append(f"{ANSWERED_BY_SQL} = ?")
            args.append(self.answered_by)
        if self.needs_review is True:
            conditions.append(f"{NEEDS_REVIEW_SQL} = 1")
        elif self.needs_review is False:
            conditions.append(f"COALESCE({NEEDS_REVIEW_SQL}, 0) = 0")
        if self.failed_check is not None:
            conditions.append(
                "failed_checks > 0 AND instr(result_json, ?) > 0 AND EXISTS (SELECT 1 FROM "
                "json_each(result_json, '$.checks') WHERE json_extract(value, '$.id') = ? "
                "AND json_extract(value, '$.passed') = 0)"
            )
            args += [json.dumps(self.failed_check, ensure_ascii=False), self.failed_check]
        return (" WHERE " + " AND ".join(conditions) if conditions else ""), args


def _moment(text: str, end: bool = False) -> datetime:
    """A date's midnight (UTC; with ``end``, the next midnight: the day is included) or an ISO time."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day + timedelta(days=1 if end else 0), time(), tzinfo=UTC)
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError("must be a date (YYYY-MM-DD) or an ISO time (YYYY-MM-DDTHH:MM)") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_filters(args: dict[str, str]) -> CallFilters:
    """Validate query parameters; a bad one is an :class:`InputError` naming it in plain words."""
    try:
        return CallFilters.model_validate({k: v for k, v in args.items() if k in (*FILTER_NAMES, "page")})
    except ValidationError as exc:
        messages = [plain_message(e, str(e["loc"][0]) if e["loc"] else "") for e in exc.errors()]
        raise InputError("; ".join(messages)) from None


OUTCOME_CHOICES: tuple[str, ...] = OUTCOMES
