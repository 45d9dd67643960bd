"""Turning what the user typed (a phone number or a SIP URI) into the URI to dial."""

from __future__ import annotations

import re

import phonenumbers

from robot.config.settings import Config, DialPlan
from robot.errors import InputError

_SIP_URI = re.compile(
    r"^sips?:(?:[^@\s]+@)?(?:[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])"
    r"(?::\d{1,5})?(?:;[^\s?]*)?(?:\?\S*)?$"
)


def is_sip_uri(target: str) -> bool:
    return target.startswith(("sip:", "sips:"))


def normalize_e164(number: str, region: str = "RU") -> str:
    """Normalise a human-written number to E.164, e.g. ``8 (495) 123-45-67`` -> ``+74951234567``."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException as exc:
        raise InputError(f"not a phone number: {number!r} ({exc})") from None
    if not phonenumbers.is_possible_number(parsed):
        raise InputError(f"not a possible phone number for region {region}: {number!r}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def host_of(uri: str) -> str:
    """The host[:port] part of a SIP URI."""
    rest = uri.split(":", 1)[1]
    rest = rest.split(";", 1)[0].split("?", 1)[0]
    return rest.rsplit("@", 1)[-1]


def number_to_uri(e164: str, plan: DialPlan, default_domain: str | None) -> str:
    domain = plan.domain or default_domain
    if not domain and "{domain}" in plan.uri_template:
        raise InputError("dialing a phone number needs sip.account (or dial_plan.domain) in the config")
    parsed = phonenumbers.parse(e164)
    return plan.uri_template.format(
        e164=e164,
        digits=e164.lstrip("+"),
        national=str(parsed.national_number),
        domain=domain or "",
    )


def resolve_target(target: str, config: Config) -> str:
    """The SIP URI to dial for TARGET (a SIP URI is dialed as is)."""
    target = target.strip()
    if is_sip_uri(target):
        if not _SIP_URI.match(target):
            raise InputError(f"not a valid SIP URI: {target!r}")
        return target
    account = config.sip.account
    default_domain = host_of(account.id_uri) if account else None
    return number_to_uri(normalize_e164(target, config.dial_plan.region), config.dial_plan, default_domain)
