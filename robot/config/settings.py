"""The robot's configuration (``config.yaml``), validated by pydantic.

The SIP password is deliberately not a field: it comes from the environment or a
secrets file (see :mod:`robot.config.credentials`), so it can never be written to config.yaml.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from robot.config.yamlfile import load_model

CONFIG_FILE = "config.yaml"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Account(Strict):
    """A SIP account at a registrar or a trunk."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id_uri: str = Field(description="identity URI, e.g. sip:robot@pbx.example.com")
    registrar: str | None = Field(None, description="registrar URI, e.g. sip:pbx.example.com")
    outbound_proxy: str | None = Field(None, description="outbound proxy URI (loose-routed)")
    auth_user: str | None = Field(None, description="digest auth user name (defaults to id_uri user)")
    realm: str = Field("*", description="digest realm, '*' accepts any")
    register_: bool = Field(True, alias="register", description="send REGISTER before calling")
    register_timeout_s: float = Field(10.0, gt=0)
    reg_expires_s: int = Field(300, ge=60)

    @field_validator("id_uri", "registrar", "outbound_proxy")
    @classmethod
    def _sip_uri(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("sip:", "sips:")):
            raise ValueError("must be a SIP URI starting with sip: or sips:")
        return value


class Sip(Strict):
    account: Account | None = None
    transport: Literal["udp", "tcp", "tls"] = "udp"
    bind_address: str = "127.0.0.1"
    local_port: int = Field(0, ge=0, le=65535, description="0 picks a free port")
    codecs: list[str] = Field(default_factory=lambda: ["PCMU/8000", "PCMA/8000"])
    user_agent: str = "mysterycall"
    poll_interval_ms: int = Field(10, ge=1, le=100)


class DialPlan(Strict):
    """How a phone number becomes a SIP URI."""

    region: str = Field("RU", description="ISO country for numbers without a + prefix")
    uri_template: str = Field(
        "sip:{e164}@{domain}",
        description="placeholders: {e164} (+74951234567), {digits} (74951234567), "
        "{national} (4951234567), {domain} (the account's domain)",
    )
    domain: str | None = Field(None, description="defaults to the account identity's host")


class Limits(Strict):
    max_ring_s: float = Field(30.0, gt=0)
    max_call_s: float = Field(120.0, gt=0)
    media_timeout_s: float = Field(10.0, gt=0)
    stay_s: float = Field(5.0, ge=0, description="time on the line after answer without a scenario")
    max_cps: float = Field(2.0, gt=0, le=1000, description="calls started per second toward the trunk, at most")
    daily_cap_per_number: int = Field(
        10, ge=1, description="calls per destination (canonical form) per day, across clients, campaigns and `call`"
    )


class Asr(Strict):
    engine: Literal["auto", "vosk", "pocketsphinx"] = "auto"
    model: str | None = Field(None, description="Vosk model name or path")
    end_of_utterance_s: float = Field(0.6, gt=0, le=5)


class Tts(Strict):
    rate: int = Field(160, ge=60, le=400, description="words per minute")
    voice_en: str | None = None
    voice_ru: str | None = None
    cache_dir: Path | None = None


SpecialKind = Literal["premium_rate", "shared_cost", "toll_free", "uan", "voicemail", "personal_number", "pager"]


class AllowList(Strict):
    """Destinations allowed; when a list is set, anything outside it is blocked.

    ``country_codes`` and ``prefixes`` restrict phone numbers (bare or as a SIP URI's user
    part); ``sip_domains`` restricts the host of SIP URIs (``*.example.com`` for subdomains).
    """

    country_codes: list[int] = Field(default_factory=list, description="e.g. [7, 375]")
    prefixes: list[str] = Field(default_factory=list, description='E.164 prefixes, e.g. ["+7495", "+7812"]')
    sip_domains: list[str] = Field(default_factory=list, description='e.g. ["pbx.example.com", "*.example.org"]')

    @field_validator("country_codes", mode="before")
    @classmethod
    def _codes(cls, value: object) -> object:
        if isinstance(value, list):
            return [v.strip().lstrip("+") if isinstance(v, str) else v for v in value]
        return value

    @field_validator("prefixes")
    @classmethod
    def _prefixes(cls, value: list[str]) -> list[str]:
        for prefix in value:
            if not re.fullmatch(r"\+?[\d\s().\-]{1,32}", prefix) or not any(ch.isdigit() for ch in prefix):
                raise ValueError(f"not a number prefix: {prefix!r} (use digits, e.g. '+7495')")
        return value


class Policy(Strict):
    """What the robot may dial (see :mod:`robot.config.policy`)."""

    allow: AllowList | None = Field(None, description="allow lists; unset: everything not blocked")
    allow_special: list[SpecialKind] = Field(
        default_factory=list, description="special number types to allow (premium_rate, toll_free, ...)"
    )
    do_not_call: Path | None = Field(None, description="file: one number or SIP URI per line, # comments")


class Store(Strict):
    path: Path = Path("results/mysterycall.db")


class Queue(Strict):
    """Sweeps across machines (Celery workers on a Redis broker)."""

    broker: str | None = Field(None, description="redis://HOST:PORT/DB: sweeps and retests run their calls on workers")


class Config(Strict):
    sip: Sip = Field(default_factory=Sip)
    dial_plan: DialPlan = Field(default_factory=DialPlan)
    limits: Limits = Field(default_factory=Limits)
    recordings_dir: Path = Path("recordings")
    results_dir: Path = Path("results")
    secrets_file: Path | None = Field(None, description="file holding the SIP password")
    asr: Asr = Field(default_factory=Asr)
    tts: Tts = Field(default_factory=Tts)
    store: Store = Field(default_factory=Store)
    policy: Policy = Field(default_factory=Policy)
    queue: Queue = Field(default_factory=Queue)


def load_config(path: str | Path | None = None) -> Config:
    """Load a config file; without ``path``, ``./config.yaml`` if present, else the built-in
    defaults. Relative paths in the file resolve against the file's directory."""
    if path is None:
        path = Path(CONFIG_FILE)
        if not path.is_file():
            return Config()
    path = Path(path)
    config = load_model(Config, path)
    base = path.resolve().parent
    for field in ("recordings_dir", "results_dir", "secrets_file"):
        value = getattr(config, field)
        if value is not None and not value.is_absolute():
            setattr(config, field, base / value)
    if not config.store.path.is_absolute():
        config.store.path = base / config.store.path
    dnc = config.policy.do_not_call
    if dnc is not None and not dnc.is_absolute():
        config.policy.do_not_call = base / dnc
    return config
