"""The campaign YAML: who is called, with which scenario, when, how often and how many at once.

Loaded with :func:`load_campaign` (paths resolved relative to the campaign file) and
checked with :func:`validate_campaign`, which reports ``PATH:LINE:COL: message``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from robot.call.result import Outcome
from robot.config.dialplan import is_sip_uri
from robot.config.policy import DialPolicy
from robot.config.settings import AllowList, Config, load_config
from robot.config.yamlfile import load_yaml, position, validate_data
from robot.errors import InputError, Problem

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$|^24:00$")
_PHONE = re.compile(r"^\+?[\d\s().\-]{3,32}$")
_NAME = re.compile(r"^[\w.\- ]+$")
CAMPAIGN_KEYS = frozenset({"targets"})
RETRY_ON: tuple[Outcome, ...] = ("busy", "no_answer", "unreachable")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def _hhmm(value: Any) -> str:
    if not isinstance(value, str) or not _HHMM.match(value):
        raise ValueError('must be a time "HH:MM" in quotes, e.g. "09:00" (24:00 = end of day)')
    return value


class Window(Strict):
    """When calls may start: weekdays and a daily time range in a time zone.

    ``to`` earlier than ``from`` is a window across midnight (e.g. 22:00-06:00); its
    weekday is the day it opens. ``from`` equal to ``to`` is the whole day.
    """

    days: list[Weekday] = Field(default_factory=lambda: list(WEEKDAYS), min_length=1)
    from_: str = Field("00:00", alias="from")
    to: str = "24:00"
    tz: str = "UTC"

    @field_validator("from_", "to", mode="before")
    @classmethod
    def _times(cls, value: Any) -> str:
        return _hhmm(value)

    @field_validator("tz")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use an IANA name like Europe/Moscow)") from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def start(self) -> time:
        return _parse_hhmm(self.from_)

    @property
    def length(self) -> timedelta:
        start, end = _minutes(self.from_), _minutes(self.to)
        return timedelta(minutes=(end - start) % (24 * 60) or 24 * 60)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _parse_hhmm(hhmm: str) -> time:
    minutes = _minutes(hhmm) % (24 * 60)
    return time(minutes // 60, minutes % 60)


class Attempts(Strict):
    """Attempts policy: ``max`` is the total number of attempts, the first included."""

    max: int = Field(1, ge=1, le=20)
    retry_after_s: float = Field(60.0, ge=0)
    retry_on: list[Outcome] = Field(default_factory=lambda: list(RETRY_ON))


class NumberItem(Strict):
    """A number with its own settings."""

    number: str
    scenario: str | None = None
    daily_cap: int | None = Field(None, ge=1)

    @field_validator("number")
    @classmethod
    def _number(cls, value: str) -> str:
        return _check_target(value)


def _check_target(value: str) -> str:
    value = value.strip()
    if is_sip_uri(value):
        if not re.match(r"^sips?:[^\s]+$", value):
            raise ValueError(f"not a valid SIP URI: {value!r}")
    elif not _PHONE.match(value) or sum(ch.isdigit() for ch in value) < 3:
        raise ValueError(f"not a phone number or SIP URI: {value!r}")
    return value


class Target(Strict):
    """One client and its numbers."""

    client: str = Field(min_length=1)
    numbers: list[NumberItem] = Field(min_length=1, description='"+7495..." or {number:, scenario:}')
    scenario: str | None = None
    concurrency: int | None = Field(None, ge=1, description="calls at once to this client's numbers")
    daily_cap: int | None = Field(None, ge=1)

    @field_validator("numbers", mode="before")
    @classmethod
    def _numbers(cls, items: Any) -> Any:
        if isinstance(items, list):
            return [{"number": item} if isinstance(item, str) else item for item in items]
        return items


class CampaignPolicy(Strict):
    """A campaign's own allow lists and do-not-call file, on top of the config's policy."""

    allow: AllowList | None = Field(None, description="country_codes, prefixes, sip_domains")
    do_not_call: str | None = Field(None, description="file: one number or SIP URI per line, # comments")


FAILING: tuple[Outcome, ...] = ("busy", "no_answer", "unreachable", "invalid_number", "rejected", "dropped", "failed")


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {mask_url(value)!r}")
    return value


def mask_url(url: str) -> str:
    """``url`` safe to log or print: password, query values and fragment replaced by ``***``."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        netloc = f"{userinfo.split(':', 1)[0]}:***@{host}" if ":" in userinfo else f"***@{host}"
    query = "&".join(f"{pair.split('=', 1)[0]}=***" for pair in parts.query.split("&") if pair)
    return urlunsplit((parts.scheme, netloc, parts.path, query, "***" if parts.fragment else ""))


class EmailAlert(Strict):
    """Alerts by mail: ``smtp://host[:port]`` (plain, or STARTTLS when offered) or ``smtps://``."""

    to: list[str] = Field(min_length=1)
    smtp: str = Field(description='"smtp://host:port" or "smtps://host:port" (user:password@ allowed)')
    from_: str = Field("mysterycall@localhost", alias="from")

    @field_validator("to", mode="before")
    @classmethod
    def _to(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("smtp")
    @classmethod
    def _smtp(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("smtp", "smtps"):
            raise ValueError(f"not an smtp:// or smtps:// URL: {mask_url(value)!r}")
        try:
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError:
            raise ValueError(f"bad port in SMTP URL {mask_url(value)!r}") from None
        if not parts.hostname:
            raise ValueError(f"SMTP URL without a host: {mask_url(value)!r}")
        return value


class Alerts(Strict):
    """When a number counts as down, and where the alerts go."""

    after_failures: int = Field(2, ge=1, le=1000, description="consecutive failed calls before a line is down")
    on: list[Outcome] = Field(default_factory=lambda: list(FAILING), description="outcomes that are failures")
    score_below: float | None = Field(None, ge=0, le=100, description="a scored call under this percent fails")
    webhook: list[Annotated[str, AfterValidator(_http_url)]] = Field(
        default_factory=list, description="URLs for a JSON POST per event"
    )
    email: EmailAlert | None = None

    @field_validator("webhook", mode="before")
    @classmethod
    def _webhooks(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Guard(Strict):
    """The trunk guard: the circuit breaker's window."""

    breaker_calls: int = Field(5, ge=2, le=100, description="trip after this many trunk-side failures in a row")


class Campaign(Strict):
    name: str = Field(min_length=1, max_length=80)
    scenario: str | None = Field(None, description="default scenario (None: ring and hang up)")
    config: str | None = Field(None, description="config.yaml for the calls (None: the default)")
    concurrency: int = Field(1, ge=1, le=1000, description="calls at once, overall")
    client_concurrency: int = Field(1, ge=1, description="default calls at once per client")
    daily_cap: int | None = Field(None, ge=1, description="default max calls per number per calling day")
    max_ring_s: float | None = Field(None, gt=0)
    attempts: Attempts = Field(default_factory=Attempts)
    window: Window = Field(default_factory=Window)
    policy: CampaignPolicy = Field(default_factory=CampaignPolicy)
    targets: list[Target] = Field(min_length=1)
    alerts: Alerts | None = None
    canary: str | None = Field(None, description="a line that always answers, dialled before the clients")
    guard: Guard = Field(default_factory=Guard)

    @field_validator("canary")
    @classmethod
    def _canary(cls, value: str | None) -> str | None:
        return None if value is None else _check_target(value)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"must contain only letters, digits, spaces, '.', '-' and '_' (got {value!r})")
        return value


@dataclass(frozen=True)
class TargetSpec:
    """One number to call in a campaign, with everything resolved."""

    index: int
    client: str
    number: str
    scenario: str | None
    daily_cap: int | None
    canonical: str = ""  # the daily-cap key (DialPolicy.key); "" when planned without a policy
    blocked: str | None = None  # why the dialling policy forbids this number

    @property
    def key(self) -> tuple[str, str]:
        return (self.client, self.number)

    @property
    def cap_key(self) -> str:
        """What daily caps and 'one call per number at a time' count on."""
        return self.canonical or self.number


@dataclass(frozen=True)
class LoadedCampaign:
    """A validated campaign with paths resolved and its targets flattened."""

    path: Path
    file_hash: str
    campaign: Campaign
    targets: tuple[TargetSpec, ...]
    client_limits: dict[str, int]
    config: str | None
    policy: DialPolicy | None = None  # the config's policy narrowed by the campaign's
    max_cps: float | None = None  # limits.max_cps of the calls' config

    def cap_key(self, destination: str) -> str:
        """The daily-cap key of a stored call's target (see :meth:`DialPolicy.key`)."""
        return self.policy.key(destination) if self.policy is not None else destination

    @property
    def name(self) -> str:
        return self.campaign.name

    def sweep_id(self, calling_day: date) -> str:
        """Sweep id: campaign name, calling day and file hash (re-runs the same day resume)."""
        slug = re.sub(r"[^\w.\-]+", "-", self.name).strip("-")
        return f"{slug}-{calling_day:%Y%m%d}-{self.file_hash[:8]}"


def _resolve(base: Path, path: str | None) -> str | None:
    if path is None:
        return None
    p = Path(path).expanduser()
    return str(p if p.is_absolute() else (base / p).resolve())


def flatten(
    campaign: Campaign, base: Path, policy: DialPolicy | None = None, default_cap: int | None = None
) -> tuple[tuple[TargetSpec, ...], dict[str, int]]:
    """Targets in file order with scenarios resolved (number > client > campaign) and client limits.

    With a ``policy``, each target gets its cap key and, if the policy forbids it, why;
    ``default_cap`` (``limits.daily_cap_per_number``) applies where the campaign sets none.
    """
    specs: list[TargetSpec] = []
    limits: dict[str, int] = {}
    for target in campaign.targets:
        limit = target.concurrency or campaign.client_concurrency
        limits[target.client] = min(limits.get(target.client, limit), limit)
        for item in target.numbers:
            scenario = item.scenario or target.scenario or campaign.scenario
            cap = item.daily_cap or target.daily_cap or campaign.daily_cap or default_cap
            number = item.number.strip()
            canonical, blocked = "", None
            if policy is not None:
                decision = policy.check(number)
                canonical, blocked = policy.key(number), decision.reason
            specs.append(
                TargetSpec(len(specs), target.client, number, _resolve(base, scenario), cap, canonical, blocked)
            )
    return tuple(specs), limits


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _parse(path: Path) -> tuple[Any, Campaign]:
    data = load_yaml(path)
    if data is not None and not isinstance(data, dict):
        raise InputError(Problem(str(path), 1, 1, "a campaign must be a mapping"))
    return data, validate_data(Campaign, data, str(path))


def _file_problems(path: Path, data: Any, campaign: Campaign) -> list[Problem]:
    """Referenced scenario and config files that do not exist."""
    base = path.resolve().parent
    problems = []
    refs: list[tuple[tuple[int | str, ...], str | None]] = [
        (("scenario",), campaign.scenario),
        (("config",), campaign.config),
        (("policy", "do_not_call"), campaign.policy.do_not_call),
    ]
    for t_index, target in enumerate(campaign.targets):
        refs.append((("targets", t_index, "scenario"), target.scenario))
        for n_index, item in enumerate(target.numbers):
            if item.scenario is not None:
                refs.append((("targets", t_index, "numbers", n_index, "scenario"), item.scenario))
    for loc, ref in refs:
        resolved = _resolve(base, ref)
        if resolved is not None and not Path(resolved).is_file():
            line, col = position(data, loc)
            problems.append(Problem(str(path), line, col, f"{loc[-1]}: file not found: {ref}"))
    return problems


def _duplicate_problems(path: Path, data: Any, campaign: Campaign) -> list[Problem]:
    """A number listed twice for the same client."""
    problems = []
    seen: set[tuple[str, str]] = set()
    for t_index, target in enumerate(campaign.targets):
        for n_index, item in enumerate(target.numbers):
            number = item.number
            if (target.client, number) in seen:
                line, col = position(data, ("targets", t_index, "numbers", n_index))
                message = f"{number} is listed twice for {target.client}"
                problems.append(Problem(str(path), line, col, message))
            seen.add((target.client, number))
    return problems


def _calls_config(config_path: str | None) -> Config:
    """The config the campaign's calls use (its ``config:``, else ./config.yaml or defaults)."""
    if config_path is not None and not Path(config_path).is_file():
        return Config()  # reported by _file_problems when files are checked
    return load_config(config_path)


def load_campaign(path: str | Path, check_files: bool = True, config: str | Path | None = None) -> LoadedCampaign:
    """Load and validate a campaign; raises :class:`InputError` with positions.

    ``config``: the config.yaml to use when the campaign names none (default ./config.yaml);
    its dialling policy (narrowed by the campaign's ``policy:``), ``limits.max_cps`` and
    ``limits.daily_cap_per_number`` apply to the sweep.
    """
    path = Path(path)
    data, campaign = _parse(path)
    problems = _duplicate_problems(path, data, campaign)
    if check_files:
        problems += _file_problems(path, data, campaign)
    if problems:
        raise InputError(problems)
    base = path.resolve().parent
    config_path = _resolve(base, campaign.config)
    settings = _calls_config(config_path or (str(config) if config is not None else None))
    policy = DialPolicy.from_config(settings)
    policy = policy.narrowed(campaign.policy.allow, _resolve(base, campaign.policy.do_not_call))
    if campaign.canary is not None and (refused := policy.check(campaign.canary).reason) is not None:
        line, col = position(data, ("canary",))
        raise InputError(Problem(str(path), line, col, f"canary: {refused}"))
    targets, limits = flatten(campaign, base, policy, settings.limits.daily_cap_per_number)
    return LoadedCampaign(
        path=path.resolve(),
        file_hash=file_hash(path),
        campaign=campaign,
        targets=targets,
        client_limits=limits,
        config=config_path,
        policy=policy,
        max_cps=settings.limits.max_cps,
    )


def validate_campaign(path: str | Path) -> list[Problem]:
    """Every problem in a campaign file (empty list: valid)."""
    try:
        load_campaign(path)
    except InputError as exc:
        return sorted(exc.problems, key=lambda p: (p.line, p.col))
    return []


def is_campaign(data: Any) -> bool:
    """Whether parsed YAML looks like a campaign (rather than a scenario): it has ``targets``."""
    return isinstance(data, dict) and bool(CAMPAIGN_KEYS & set(data))


def is_campaign_file(path: str | Path) -> bool:
    """Whether a YAML file is a campaign (for ``mysterycall validate``); False if unreadable."""
    try:
        return is_campaign(load_yaml(path))
    except InputError:
        return False
