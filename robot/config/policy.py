"""The dialling policy: which destinations the robot may call, and their canonical form.

One :class:`DialPolicy` decides every destination: ``call``, ``demo``, sweeps, retests and
the SIP layer's REFER / 3xx targets all ask :meth:`DialPolicy.check`. Rules, in order:

1. emergency and service numbers (112, 911, 999, 101-104, 01-04, 988, 311...) are always
   blocked, in any spelling: spaces, dashes, parentheses, a ``+CC`` or trunk prefix, ``tel:``,
   or as the user part of a SIP URI (``sip:112@host``, ``sip:+7112@host``). Short numbers are
   matched exactly on their digits, never as prefixes of ordinary numbers;
2. special number types (premium rate, shared cost, toll free, UAN, voicemail, personal,
   pager; phonenumbers' number type, plus a few well-known premium prefixes) are blocked
   unless ``policy.allow_special`` names them;
3. allow lists (config and campaign, all must pass): ``country_codes`` / ``prefixes`` for
   phone numbers, ``sip_domains`` for SIP URIs' hosts (loopback is always allowed);
4. do-not-call lists, matched on the canonical form (and on the number in a SIP URI).

:meth:`DialPolicy.canonical` is the form caps and do-not-call lists are keyed on: E.164
for numbers, a normalised URI for SIP targets; :meth:`DialPolicy.key` is the daily-cap key
(the E.164 number when a SIP URI's user part is a phone number, so wrapping a number in a
URI does not evade its cap).

Pure: no I/O except :func:`load_do_not_call`. May import :mod:`robot.errors` and
:mod:`robot.config` only.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import unquote

import phonenumbers
from phonenumbers import PhoneNumberType

from robot.config.settings import AllowList, Config, SpecialKind
from robot.errors import InputError, Problem

BlockKind = Literal["emergency", "special", "not_allowed", "do_not_call", "invalid"]

# Emergency and service short numbers, by region; any of them is blocked everywhere (a short
# number is never an ordinary subscriber number), always by exact match of the digits.
SERVICE_NUMBERS: dict[str, frozenset[str]] = {
    "ANY": frozenset({"112", "911", "999", "000", "110", "118", "119", "08"}),
    "RU": frozenset({"01", "02", "03", "04", "100", "101", "102", "103", "104", "112"}),
    "GB": frozenset({"999", "112", "111", "101", "105", "116117", "116123"}),
    "US": frozenset({"911", "988", "211", "311", "411", "511", "611", "711", "811", "933"}),
    "CA": frozenset({"911", "988", "211", "311", "511", "611", "711", "811"}),
    "AU": frozenset({"000", "106", "112"}),
    "NZ": frozenset({"111"}),
    "DE": frozenset({"110", "112", "116117"}),
    "FR": frozenset({"15", "17", "18", "114", "115", "119", "196", "197"}),
    "EU": frozenset({"112", "116000", "116111", "116123"}),
    "BY": frozenset({"101", "102", "103", "104"}),
    "KZ": frozenset({"101", "102", "103", "104", "112"}),
    "UA": frozenset({"101", "102", "103", "104", "112"}),
}
SHORT_BLOCKED: frozenset[str] = frozenset().union(*SERVICE_NUMBERS.values())

SPECIAL_TYPES: dict[int, SpecialKind] = {
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    PhoneNumberType.PAGER: "pager",
}
# Premium prefixes phonenumbers may not classify (numbers its metadata finds invalid).
SPECIAL_PREFIXES: dict[str, SpecialKind] = {
    "+1900": "premium_rate",
    "+1976": "premium_rate",
    "+7809": "premium_rate",
    "+7803": "premium_rate",
    "+449": "premium_rate",
    "+7800": "toll_free",
}
_WORDS: dict[str, str] = {
    "premium_rate": "a premium-rate number",
    "shared_cost": "a shared-cost number",
    "toll_free": "a toll-free number",
    "uan": "a universal access number",
    "voicemail": "a voicemail access number",
    "personal_number": "a personal (forwarding) number",
    "pager": "a pager number",
}
_SEPARATORS = re.compile(r"[\s\-().\u00a0/]")
_HOSTPORT = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.\-_]*[A-Za-z0-9])?)(?::(\d{1,5}))?")


@dataclass(frozen=True)
class Decision:
    """Whether a destination may be dialled; ``reason`` (plain words) when it may not."""

    destination: str
    canonical: str
    reason: str | None = None
    kind: BlockKind | None = None

    @property
    def allowed(self) -> bool:
        return self.reason is None

    @property
    def blocked(self) -> bool:
        return self.reason is not None

    def __bool__(self) -> bool:
        return self.allowed

    @property
    def message(self) -> str:
        """One line for the user: ``blocked: sip:112@h: 112 is an emergency number ...``."""
        return f"blocked: {self.destination}: {self.reason}" if self.reason else f"allowed: {self.destination}"


@dataclass(frozen=True)
class SipParts:
    scheme: str
    user: str | None
    host: str
    port: int | None
    transport: str | None


@dataclass(frozen=True)
class Number:
    """A phone number as far as it could be understood: ``plus`` digits (E.164 without '+')
    when known, and the bare ``digits`` as written (no separators)."""

    digits: str
    e164: str | None


def _clean_number(text: str) -> str | None:
    """``+7 (495) 123-45-67`` -> ``+74951234567``; None if it is not a number."""
    text = text.strip()
    if text[:4].lower() == "tel:":
        text = text[4:].split(";", 1)[0]
    cleaned = _SEPARATORS.sub("", text)
    return cleaned if re.fullmatch(r"\+?\d{1,32}", cleaned) else None


def is_sip(destination: str) -> bool:
    """Whether ``destination`` is a SIP URI (``sip:`` or ``sips:``, any case)."""
    return destination.strip().lower().startswith(("sip:", "sips:"))


def parse_sip(uri: str) -> SipParts | None:
    """The parts of a SIP URI that decide where a call goes; None if it is not one."""
    match = re.fullmatch(r"(?i)(sips?):([^?]*)(?:\?.*)?", uri.strip())
    if not match:
        return None
    scheme, rest = match.group(1).lower(), match.group(2)
    user: str | None = None
    if "@" in rest:
        userinfo, rest = rest.rsplit("@", 1)
        user = unquote(userinfo.split(":", 1)[0].split(";", 1)[0])
        if not user:
            return None
    hostport, *params = rest.split(";")
    transport = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "transport" and value.strip():
            transport = value.strip().lower()
    host_match = _HOSTPORT.fullmatch(hostport)
    if not host_match:
        return None
    port = int(host_match.group(2)) if host_match.group(2) else None
    if port is not None and not 0 < port < 65536:
        return None
    return SipParts(scheme, user, host_match.group(1).lower().rstrip("."), port, transport)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _domain_matches(host: str, pattern: str) -> bool:
    pattern = pattern.strip().lower().rstrip(".")
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return host == pattern.strip("[]") or host.strip("[]") == pattern.strip("[]")


def _prefix(text: str) -> str:
    cleaned = _SEPARATORS.sub("", text)
    return cleaned if cleaned.startswith("+") else "+" + cleaned


@dataclass(frozen=True)
class DialPolicy:
    """Decides every destination; see the module docstring for the rules."""

    region: str = "RU"
    allow: tuple[AllowList, ...] = ()  # every list must pass
    allow_special: frozenset[str] = frozenset()
    do_not_call: frozenset[str] = frozenset()  # canonical forms
    extra_blocked: frozenset[str] = field(default_factory=frozenset)  # more short numbers, exact digits

    # -- building --------------------------------------------------------------------------

    @classmethod
    def from_config(cls, config: Config) -> DialPolicy:
        """The policy of a loaded config (reads its do-not-call file)."""
        section = config.policy
        policy = cls(region=config.dial_plan.region, allow_special=frozenset(section.allow_special))
        return policy.narrowed(section.allow, section.do_not_call)

    def narrowed(self, allow: AllowList | None = None, do_not_call: Path | str | None = None) -> DialPolicy:
        """This policy with one more allow list (both must pass) and do-not-call file."""
        dnc = self.do_not_call
        if do_not_call is not None:
            dnc = dnc | load_do_not_call(do_not_call, self)
        lists = self.allow + ((allow,) if allow is not None and _has_entries(allow) else ())
        return DialPolicy(self.region, lists, self.allow_special, dnc, self.extra_blocked)

    # -- numbers ---------------------------------------------------------------------------

    def number(self, text: str) -> Number | None:
        """A written phone number's digits and E.164 form (None: not a number at all)."""
        cleaned = _clean_number(text)
        if cleaned is None:
            return None
        digits = cleaned.lstrip("+")
        e164 = None
        if len(digits) >= 5:
            try:
                parsed = phonenumbers.parse(cleaned, self.region)
            except phonenumbers.NumberParseException:
                parsed = None
            if parsed is not None and phonenumbers.is_possible_number(parsed):
                e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        if e164 is None and cleaned.startswith("+"):
            e164 = cleaned
        return Number(digits, e164)

    def _short_forms(self, number: Number, plus: bool) -> set[str]:
        """The digit strings a short number may hide behind: as written, after a trunk
        prefix (8 112, 1 911, 0 999), after a country code (+7 112) or an IDD prefix."""
        digits = number.digits
        forms = {digits}
        international = digits
        if not plus:
            meta = phonenumbers.PhoneMetadata.metadata_for_region(self.region)
            trunk = meta.national_prefix if meta is not None else None
            if trunk and digits.startswith(trunk):
                forms.add(digits[len(trunk) :])
            if len(digits) <= 7 and digits[0] in "018":  # a trunk digit before a short number: 8 112, 1 911
                forms.add(digits[1:])
            for idd in ("00", "011", "810"):
                if digits.startswith(idd) and len(digits) > len(idd) + 1:
                    international = digits[len(idd) :]
                    plus = True
                    break
        if plus:
            for size in (1, 2, 3):
                code = international[:size]
                if code.isdigit() and int(code) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                    forms.add(international[size:])
        return {f for f in forms if f}

    def _regions(self, number: Number) -> list[str]:
        regions = [self.region]
        if number.e164:
            for size in (1, 2, 3):
                code = number.e164[1 : 1 + size]
                if code.isdigit() and int(code) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                    regions += phonenumbers.COUNTRY_CODE_TO_REGION_CODE[int(code)]
        return regions

    def _emergency(self, number: Number, plus: bool) -> str | None:
        blocked = SHORT_BLOCKED | self.extra_blocked
        for form in sorted(self._short_forms(number, plus), key=len):
            if len(form) > 8:
                continue
            if form in blocked or any(phonenumbers.is_emergency_number(form, r) for r in self._regions(number)):
                return f"{form} is an emergency or service number; the robot never dials it"
        return None

    def _special(self, number: Number) -> str | None:
        if number.e164 is None:
            return None
        kind: SpecialKind | None = None
        try:
            parsed = phonenumbers.parse(number.e164)
            kind = SPECIAL_TYPES.get(phonenumbers.number_type(parsed))
        except phonenumbers.NumberParseException:
            pass
        if kind is None:
            kind = next((k for p, k in SPECIAL_PREFIXES.items() if number.e164.startswith(p)), None)
        if kind is None or kind in self.allow_special:
            return None
        return f"{_WORDS[kind]} ({number.e164}); allow it with policy.allow_special: [{kind}]"

    def _number_allowed(self, number: Number) -> str | None:
        for allow in self.allow:
            if not allow.country_codes and not allow.prefixes:
                continue
            e164 = number.e164 or ""
            code_ok = any(e164.startswith(f"+{c}") and _country_code(e164) == c for c in allow.country_codes)
            prefix_ok = any(e164.startswith(_prefix(p)) for p in allow.prefixes)
            if not (code_ok or prefix_ok):
                return f"{e164 or number.digits} is outside the allow list (country codes / prefixes)"
        return None

    def _number_rules(self, number: Number, plus: bool, is_phone: bool) -> tuple[str, BlockKind] | None:
        reason = self._emergency(number, plus)
        if reason:
            return reason, "emergency"
        if not is_phone:
            return None
        reason = self._special(number)
        if reason:
            return reason, "special"
        reason = self._number_allowed(number)
        if reason:
            return reason, "not_allowed"
        if number.e164 and number.e164 in self.do_not_call:
            return f"{number.e164} is on the do-not-call list", "do_not_call"
        return None

    def _user_number(self, user: str) -> tuple[Number, bool] | None:
        """A SIP user part as a number (None: not numeric) and whether it is a phone number
        (E.164 with '+', or a valid number of the dial plan's region), not an extension."""
        number = self.number(user)
        if number is None:
            return None
        cleaned = _clean_number(user) or ""
        if cleaned.startswith("+"):
            return number, number.e164 is not None and len(number.digits) > 6
        try:
            valid = phonenumbers.is_valid_number(phonenumbers.parse(cleaned, self.region))
        except phonenumbers.NumberParseException:
            valid = False
        return (number, True) if valid else (Number(number.digits, None), False)

    # -- the public interface ---------------------------------------------------------------

    def canonical(self, destination: str) -> str:
        """E.164 for a number; a normalised SIP URI (lower-case scheme and host, default
        port dropped, only a non-UDP transport kept, numeric user part canonicalised)."""
        text = destination.strip()
        if is_sip(text):
            parts = parse_sip(text)
            if parts is None:
                return text
            return self._canonical_uri(parts)
        number = self.number(text)
        if number is None:
            return text
        return number.e164 or number.digits

    def _canonical_uri(self, parts: SipParts) -> str:
        user = parts.user
        if user is not None:
            found = self._user_number(user)
            if found is not None:
                number, is_phone = found
                user = number.e164 if is_phone and number.e164 else _clean_number(user)
        transport = parts.transport
        default_port = 5061 if parts.scheme == "sips" or transport == "tls" else 5060
        port = "" if parts.port in (None, default_port) else f":{parts.port}"
        params = f";transport={transport}" if transport and transport != "udp" else ""
        userinfo = f"{user}@" if user else ""
        return f"{parts.scheme}:{userinfo}{parts.host}{port}{params}"

    def key(self, destination: str) -> str:
        """The daily-cap key: the E.164 number a destination reaches when it names one
        (bare, ``tel:`` or a SIP URI's user part), else :meth:`canonical`."""
        text = destination.strip()
        if is_sip(text):
            parts = parse_sip(text)
            if parts is not None and parts.user is not None:
                found = self._user_number(parts.user)
                if found is not None and found[1] and found[0].e164:
                    return found[0].e164
        return self.canonical(text)

    def check(self, destination: str) -> Decision:
        """Whether the robot may dial ``destination`` (a number, ``tel:`` or SIP URI)."""
        text = destination.strip()
        canonical = self.canonical(text)

        def blocked(reason: str, kind: BlockKind) -> Decision:
            return Decision(destination, canonical, reason, kind)

        if is_sip(text):
            parts = parse_sip(text)
            if parts is None:
                return blocked("not a valid SIP URI", "invalid")
            if parts.user is not None:
                found = self._user_number(parts.user)
                if found is not None:
                    number, is_phone = found
                    plus = (_clean_number(parts.user) or "").startswith("+")
                    rule = self._number_rules(number, plus, is_phone)
                    if rule:
                        return blocked(*rule)
            for allow in self.allow:
                domains = allow.sip_domains
                if (
                    domains
                    and not _is_loopback(parts.host)
                    and not any(_domain_matches(parts.host, d) for d in domains)
                ):
                    return blocked(f"SIP domain {parts.host} is outside the allow list", "not_allowed")
        else:
            bare = self.number(text)
            if bare is None:
                return blocked("not a phone number or SIP URI", "invalid")
            rule = self._number_rules(bare, (_clean_number(text) or "").startswith("+"), True)
            if rule:
                return blocked(*rule)
        if canonical in self.do_not_call:
            return blocked(f"{canonical} is on the do-not-call list", "do_not_call")
        return Decision(destination, canonical)

    def refusal(self, destination: str) -> str | None:
        """Why ``destination`` may not be dialled, or None: the shape of the SIP layer's
        transfer policy (``robot.sip.transfer.TransferPolicy``) for REFER and 3xx targets."""
        return self.check(destination).reason

    def check_all(self, destinations: Iterable[str]) -> list[Decision]:
        return [self.check(d) for d in destinations]


def _country_code(e164: str) -> int | None:
    try:
        return phonenumbers.parse(e164).country_code
    except phonenumbers.NumberParseException:
        return None


def _has_entries(allow: AllowList) -> bool:
    return bool(allow.country_codes or allow.prefixes or allow.sip_domains)


def load_do_not_call(path: str | Path, policy: DialPolicy | None = None) -> frozenset[str]:
    """A do-not-call file: one number or SIP URI per line, ``#`` comments, blank lines
    ignored; entries in canonical form. A line that is neither is a located error."""
    path = Path(path)
    policy = policy or DialPolicy()
    try:
        if path.stat().st_size > 16 * 1024 * 1024:
            raise InputError(Problem(str(path), 0, 0, "do-not-call file larger than 16 MB"))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(Problem(str(path), 0, 0, "do-not-call file not found")) from None
    except UnicodeDecodeError:
        raise InputError(Problem(str(path), 0, 0, "cannot read: not UTF-8 text")) from None
    except OSError as exc:
        raise InputError(Problem(str(path), 0, 0, f"cannot read: {exc.strerror or exc}")) from None
    except ValueError as exc:  # e.g. a NUL byte in the path
        raise InputError(Problem(str(path)[:200], 0, 0, f"not a usable file name ({exc})")) from None
    entries: set[str] = set()
    problems: list[Problem] = []
    for line_no, line in enumerate(text.splitlines(), 1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if is_sip(entry):
            if parse_sip(entry) is None:
                problems.append(Problem(str(path), line_no, 1, f"not a valid SIP URI: {entry!r}"))
                continue
        elif policy.number(entry) is None:
            problems.append(Problem(str(path), line_no, 1, f"not a phone number or SIP URI: {entry!r}"))
            continue
        entries.add(policy.canonical(entry))
        entries.add(policy.key(entry))
    if problems:
        raise InputError(problems)
    return frozenset(entries)


def daily_cap_message(key: str, count: int, cap: int) -> str | None:
    """One line when ``count`` calls to ``key`` today reach ``cap`` (None: under the cap)."""
    if count < cap:
        return None
    return (
        f"daily cap reached: {key} was called {count} time(s) today (cap {cap} per number per day; "
        "limits.daily_cap_per_number)"
    )


def blocked_reasons(decisions: Sequence[Decision]) -> dict[str, str]:
    """Destination -> reason for the blocked ones."""
    return {d.destination: d.reason for d in decisions if d.reason is not None}
