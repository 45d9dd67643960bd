"""Which transfer targets a call may follow: REFER (blind transfer) and 3xx redirects (pure).

A callee that sends REFER or a 3xx names an address for the robot to dial. Nothing is
dialled outside the dialling policy: a :data:`TransferPolicy` is asked about every such
target and returns ``None`` (allowed) or the reason it is refused. The default,
:func:`same_destination`, allows only the SIP host:port (or domain) of the original call.

Keeps the pjsua2 discipline by touching no pjsua2 object at all: the callbacks in
:mod:`robot.sip.call` (owning thread) ask these functions and record the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: ``policy(target_uri)`` -> None when the robot may dial ``target_uri``, else the reason it may not
TransferPolicy = Callable[[str], str | None]

#: a 3xx is followed at most this many times per call
MAX_REDIRECTS = 3

KIND_REFER = "refer"
KIND_REDIRECT = "redirect"
FOLLOWED, REFUSED, FAILED = "followed", "refused", "failed"

_URI = re.compile(r"^\s*<?\s*(?P<scheme>sips?):(?:[^@;?>]*@)?(?P<host>\[[^\]]*\]|[^:;?>\s]+)(?::(?P<port>\d+))?", re.I)


def host_port(uri: str) -> tuple[str, int] | None:
    """``(host, port)`` of a ``sip:``/``sips:`` URI (name-addr or bare), the port defaulting
    to 5060 (5061 for ``sips:``); None for anything else (``tel:``, garbage)."""
    m = _URI.match(uri)
    if m is None:
        return None
    default = 5061 if m.group("scheme").lower() == "sips" else 5060
    port = int(m.group("port")) if m.group("port") else default
    if not 0 < port < 65536:
        return None
    return m.group("host").lower().rstrip("."), port


_CONTACT = re.compile(r"^(?:contact|m)[ \t]*:(?P<value>.*)$", re.I | re.M)
_ANGLED = re.compile(r"<([^>]*)>")


def _user_host(uri: str) -> tuple[str, str] | None:
    m = re.match(r"^\s*<?\s*sips?:(?:(?P<user>[^@;?>]*)@)?(?P<host>\[[^\]]*\]|[^:;?>\s]+)", uri, re.I)
    return None if m is None else ((m.group("user") or "").lower(), m.group("host").lower())


def redirect_target(printed: str, message: str) -> str:
    """The Contact of a 3xx that pjsua reports as ``printed``: pjsua2 prints the target
    without its port, so the matching Contact of the response ``message`` (same user and
    host) is the target; ``printed`` when none matches."""
    want = _user_host(printed)
    for header in _CONTACT.finditer(message[:65536]):
        value = header.group("value")
        candidates = _ANGLED.findall(value) or [v.split(";", 1)[0] for v in value.split(",")]
        for uri in candidates:
            if want is not None and _user_host(uri) == want:
                return str(uri).strip()
    return printed


def bare_uri(target: str) -> str:
    """The URI of a name-addr (``"Op" <sip:a@h>;x=1`` -> ``sip:a@h``); anything else stripped."""
    m = _ANGLED.search(target)
    return (m.group(1) if m else target).strip()


def same_destination(original_uri: str) -> TransferPolicy:
    """The default policy: a target must be on the original call's SIP host:port (domain)."""
    origin = host_port(original_uri)

    def check(target: str) -> str | None:
        where = host_port(target)
        if where is None:
            return f"not a SIP URI: {target[:200]!r}"
        if origin is None or where != origin:
            mine = f"{origin[0]}:{origin[1]}" if origin else original_uri
            return f"{where[0]}:{where[1]} is not the original call's destination {mine}"
        return None

    return check


def refuse_all(reason: str) -> TransferPolicy:
    """A policy that allows no target (``reason`` says why)."""

    def check(target: str) -> str | None:
        return reason

    return check


def all_of(*policies: TransferPolicy) -> TransferPolicy:
    """A policy that allows a target only when every one of ``policies`` does (the first
    refusal is the reason)."""

    def check(target: str) -> str | None:
        for policy in policies:
            why = ask(policy, target)
            if why is not None:
                return why
        return None

    return check


def ask(policy: TransferPolicy | None, target: str) -> str | None:
    """The policy's refusal reason for ``target`` (no policy: refused; a policy that
    raises refuses too: a transfer is never followed by accident)."""
    if policy is None:
        return "no transfer policy"
    try:
        return policy(target)
    except Exception as exc:  # noqa: BLE001 - any doubt: refuse
        return f"transfer policy error: {exc}"


def refer_decision(policy: TransferPolicy | None, target: str) -> tuple[int, str | None]:
    """SIP status for a REFER to ``target`` and why: 202 (followed) when the policy allows
    the target, else 603 with the policy's reason."""
    why = ask(policy, target)
    return (202, None) if why is None else (603, why)


def redirect_decision(policy: TransferPolicy | None, target: str, hops_followed: int) -> str | None:
    """None: follow the redirect to ``target``; else why not."""
    if hops_followed >= MAX_REDIRECTS:
        return f"more than {MAX_REDIRECTS} redirects"
    return ask(policy, target)
