"""SIP dialogs of calls in flight, and a standalone BYE (or CANCEL) for the calls of a dead call-worker.

A call-worker reports each call's dialog when the call connects (read off the ACK it sent,
which carries every identifier a BYE needs: Call-ID, both tags, the remote target, the
route set and the CSeq). When the worker dies (SIGKILL, segfault), nobody is left to hang
up: the parent sends a BYE for each such dialog (RFC 3261 15.1.1 and 12.2.1.1) from a
socket of its own (bound to the dead worker's SIP address when that is free), over UDP,
to the one address the dialog points to (the first Route, else the remote target).
Nothing is resolved through DNS: a dialog whose next hop is not an IP address, or whose
transport is not UDP, is left to the peer's session timer (RFC 4028). A call still ringing
is reported as an early dialog (from its INVITE) and gets a CANCEL instead (its 487 ACKed).

Pure Python (sockets only): no pjsua2 here.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import secrets
import socket
import time
from dataclasses import asdict, dataclass, field
from typing import Any

log = logging.getLogger(__name__)

T1_S = 0.5  # RFC 3261 timer T1: first retransmission interval over UDP
MAX_BYTES = 1300  # a BYE larger than this would need TCP (RFC 3261 18.1.1); it never is


@dataclass(frozen=True)
class Dialog:
    """The identifiers of one dialog from the robot's (UAC's) side: confirmed (from the ACK),
    or ``early`` (from the INVITE, no remote tag yet: the call is still ringing)."""

    call_id: str
    from_: str  # our From header value, with our tag
    to: str  # their To header value, with their tag
    local_tag: str
    remote_tag: str
    remote_target: str  # the Request-URI of in-dialog requests (the peer's Contact)
    cseq: int  # the last CSeq number we used in the dialog (the INVITE's, as in its ACK)
    transport: str = "UDP"
    via_host: str = ""  # our sent-by host in the Via (the local SIP address)
    via_port: int = 0  # and port (the dead worker's SIP port: the BYE is sent from it when it is free)
    route: list[str] = field(default_factory=list)  # Route header values, in order
    via: str = ""  # the whole top Via of the INVITE (a CANCEL repeats it, branch included)
    early: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["from"] = data.pop("from_")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Dialog:
        values = dict(data)
        values["from_"] = values.pop("from")
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in values.items() if k in known})


_COMPACT = {"i": "call-id", "f": "from", "t": "to", "v": "via"}


def _headers(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The start line and (lower-case name, value) pairs of a SIP message (folded lines joined)."""
    head = text.replace("\r\n", "\n").split("\n\n", 1)[0]
    lines: list[str] = []
    for line in head.split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    start, pairs = (lines[0] if lines else ""), []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            key = name.strip().lower()
            pairs.append((_COMPACT.get(key, key), value.strip()))
    return start, pairs


def _tag(value: str) -> str | None:
    """The tag parameter of a From/To header value (outside any <...>)."""
    outside = re.sub(r"<[^>]*>", "", value)
    found = re.search(r";\s*tag\s*=\s*([^;\s,]+)", outside, re.IGNORECASE)
    return found.group(1) if found else None


def dialog_from_ack(text: str) -> Dialog | None:
    """The dialog an ACK for a 2xx belongs to, or None if ``text`` is not such an ACK."""
    return _dialog_from(text, "ACK")


def dialog_from_invite(text: str) -> Dialog | None:
    """The early dialog of an initial INVITE (no remote tag yet), or None if ``text`` is not one."""
    return _dialog_from(text, "INVITE")


def _dialog_from(text: str, method: str) -> Dialog | None:
    start, headers = _headers(text)
    parts = start.split()
    if len(parts) != 3 or parts[0] != method or not parts[2].upper().startswith("SIP/2.0"):
        return None
    first: dict[str, str] = {}
    routes: list[str] = []
    for name, value in headers:
        if name == "route":
            routes += [r.strip() for r in value.split(",") if r.strip()]
        first.setdefault(name, value)
    try:
        cseq = int(first.get("cseq", "").split()[0])
    except (IndexError, ValueError):
        return None
    local_tag, remote_tag = _tag(first.get("from", "")), _tag(first.get("to", ""))
    call_id = first.get("call-id")
    if not (call_id and local_tag and (remote_tag or method == "INVITE")) or (method == "INVITE" and remote_tag):
        return None
    via = re.match(r"SIP\s*/\s*2\.0\s*/\s*(\w+)\s+([^;\s]+)", first.get("via", ""), re.IGNORECASE)
    return Dialog(
        call_id=call_id,
        from_=first["from"],
        to=first["to"],
        local_tag=local_tag,
        remote_tag=remote_tag or "",
        remote_target=parts[1],
        cseq=cseq,
        transport=via.group(1).upper() if via else "UDP",
        via_host=_host_port(via.group(2), 5060)[0] if via else "",
        via_port=_host_port(via.group(2), 5060)[1] if via else 0,
        route=routes,
        via=first.get("via", "") if method == "INVITE" else "",
        early=method == "INVITE",
    )


def request_cseq(text: str) -> tuple[str, str, int] | None:
    """(method, Call-ID, CSeq number) of a SIP request's text; None for a response or unreadable text."""
    start, headers = _headers(text)
    parts = start.split()
    if len(parts) != 3 or not parts[2].upper().startswith("SIP/2.0"):
        return None
    values = dict(reversed(headers))  # the first of each header
    try:
        number = int(values.get("cseq", "").split()[0])
    except (IndexError, ValueError):
        return None
    return parts[0], values.get("call-id", ""), number


def _host_port(hostport: str, default_port: int) -> tuple[str, int]:
    if hostport.startswith("["):
        host, _, rest = hostport[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else default_port
    host, _, port = hostport.partition(":")
    return host, int(port) if port.isdigit() else default_port


def next_hop(dialog: Dialog) -> tuple[str, int] | None:
    """Where the dialog's requests go (first Route, else the remote target), if an IP address over UDP."""
    uri = dialog.route[0] if dialog.route else dialog.remote_target
    uri = uri.strip().strip("<>").split(">", 1)[0]
    found = re.match(r"sip:(?:[^@;>]*@)?(\[[^\]]+\]|[^;:>?]+)(?::(\d+))?([^>]*)", uri, re.IGNORECASE)
    if found is None or dialog.transport != "UDP":
        return None
    params = found.group(3).lower()
    if "transport=" in params and "transport=udp" not in params:
        return None
    host = found.group(1).strip("[]")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return None  # a name would need DNS: never send anywhere the dialog did not point
    return host, int(found.group(2) or 5060)


def bye_request(dialog: Dialog, local: tuple[str, int], branch: str, reason: str = "call worker lost") -> bytes:
    """The BYE for ``dialog`` sent from ``local`` (RFC 3261 12.2.1.1, 15.1.1; Reason: RFC 3326)."""
    host = f"[{local[0]}]" if ":" in local[0] else local[0]
    lines = [
        f"BYE {dialog.remote_target} SIP/2.0",
        f"Via: SIP/2.0/UDP {host}:{local[1]};rport;branch=z9hG4bK{branch}",
        "Max-Forwards: 70",
        f"From: {dialog.from_}",
        f"To: {dialog.to}",
        f"Call-ID: {dialog.call_id}",
        f"CSeq: {dialog.cseq + 1} BYE",
        *(f"Route: {route}" for route in dialog.route),
        f'Reason: SIP;cause=200;text="{reason}"',
        "User-Agent: mysterycall",
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


def cancel_request(dialog: Dialog, reason: str = "call worker lost") -> bytes:
    """The CANCEL for an early dialog's INVITE (RFC 3261 9.1: its Request-URI, top Via, From, To,
    Call-ID, CSeq number and Route)."""
    lines = [
        f"CANCEL {dialog.remote_target} SIP/2.0",
        f"Via: {dialog.via}",
        "Max-Forwards: 70",
        f"From: {dialog.from_}",
        f"To: {dialog.to}",
        f"Call-ID: {dialog.call_id}",
        f"CSeq: {dialog.cseq} CANCEL",
        *(f"Route: {route}" for route in dialog.route),
        f'Reason: SIP;cause=200;text="{reason}"',
        "User-Agent: mysterycall",
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


def ack_request(dialog: Dialog, to: str, via: str, target: str | None = None) -> bytes:
    """An ACK for the INVITE's final response: ``to`` is the response's To (with the tag), ``via``
    the INVITE's top Via for a non-2xx (RFC 3261 17.1.1.3) or a new one for a 2xx (13.2.2.4)."""
    lines = [
        f"ACK {target or dialog.remote_target} SIP/2.0",
        f"Via: {via}",
        "Max-Forwards: 70",
        f"From: {dialog.from_}",
        f"To: {to}",
        f"Call-ID: {dialog.call_id}",
        f"CSeq: {dialog.cseq} ACK",
        *(f"Route: {route}" for route in dialog.route),
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


@dataclass(frozen=True)
class _Response:
    status: int
    method: str  # the CSeq method
    headers: dict[str, str]  # the first of each header, lower-case names


def _response(data: bytes, call_id: str, branch: str) -> _Response | None:
    """A response of our transaction (matched by branch and Call-ID), else None."""
    start, headers = _headers(data.decode("utf-8", "replace"))
    found = re.match(r"SIP/2\.0\s+(\d{3})\b", start)
    values = dict(reversed(headers))
    if found is None or branch not in values.get("via", "") or values.get("call-id") != call_id:
        return None
    method = (values.get("cseq", "").split() or [""])[-1].upper()
    return _Response(int(found.group(1)), method, values)


def _socket(dialog: Dialog, hop: tuple[str, int]) -> socket.socket:
    """A UDP socket connected to ``hop``: bound to the dialog's own (the dead worker's) address
    when that is free again, so peers that answer to the address a dialog came from rather than
    to the Via (SIPp does) reach us too; else to any free port."""
    sock = socket.socket(socket.AF_INET6 if ":" in hop[0] else socket.AF_INET, socket.SOCK_DGRAM)
    bind_host = dialog.via_host if _is_ip(dialog.via_host) and (":" in dialog.via_host) == (":" in hop[0]) else ""
    for address in ((bind_host, dialog.via_port), (bind_host, 0), ("", 0)):
        try:
            sock.bind(address)
            break
        except OSError:
            continue
    sock.connect(hop)
    return sock


def _transact(
    sock: socket.socket, message: bytes, call_id: str, branch: str, method: str, deadline: float
) -> tuple[_Response | None, list[_Response]]:
    """Send ``message`` (retransmitted, T1 doubling) until its final response or ``deadline``;
    also returns the other responses of the branch that arrived meanwhile."""
    others: list[_Response] = []
    interval, next_send = T1_S, time.monotonic()
    while time.monotonic() < deadline:
        now = time.monotonic()
        if now >= next_send:
            try:
                sock.send(message)
            except OSError:
                return None, others
            next_send, interval = now + interval, min(interval * 2, 4.0)
        sock.settimeout(max(0.01, min(next_send, deadline) - time.monotonic()))
        try:
            data = sock.recv(65535)
        except OSError:  # time-out, ICMP port unreachable
            continue
        response = _response(data, call_id, branch)
        if response is None:
            continue
        if response.method == method and response.status >= 200:
            return response, others
        others.append(response)
    return None, others


def send_bye(dialog: Dialog, timeout_s: float = 4.0) -> int | None:
    """Send a BYE for ``dialog`` and wait for its final response; returns its status, or None.

    Retransmits per RFC 3261 17.1.2 (T1 doubling) until a final response or ``timeout_s``.
    A 481 means the peer had already ended the dialog.
    """
    hop = next_hop(dialog)
    if hop is None:
        log.warning("no BYE for dialog %s: next hop is not an IP address over UDP", dialog.call_id)
        return None
    branch = secrets.token_hex(10)
    with _socket(dialog, hop) as sock:
        local = sock.getsockname()[:2]
        message = bye_request(dialog, (local[0], local[1]), branch)
        final, _ = _transact(sock, message, dialog.call_id, branch, "BYE", time.monotonic() + timeout_s)
    if final is None:
        log.warning("BYE for dialog %s to %s:%d: no final response in %.0f s", dialog.call_id, *hop, timeout_s)
        return None
    log.info("BYE for dialog %s to %s:%d: %d", dialog.call_id, *hop, final.status)
    return final.status


def send_cancel(dialog: Dialog, timeout_s: float = 4.0) -> int | None:
    """CANCEL a ringing call (an early dialog); returns the CANCEL's final status, or None.

    Then waits (within ``timeout_s``) for the INVITE's final response and ACKs it: a 487 (or
    any non-2xx) with the INVITE's Via; a 2xx that crossed the CANCEL gets an ACK and a BYE.
    """
    hop = next_hop(dialog)
    branch = re.search(r";\s*branch\s*=\s*([^;\s,]+)", dialog.via, re.IGNORECASE)
    if hop is None or branch is None:
        log.warning("no CANCEL for call %s: no IP next hop over UDP, or no INVITE Via", dialog.call_id)
        return None
    deadline = time.monotonic() + timeout_s
    confirmed: Dialog | None = None
    with _socket(dialog, hop) as sock:
        cancel = cancel_request(dialog)
        final, seen = _transact(sock, cancel, dialog.call_id, branch.group(1), "CANCEL", deadline)
        invite = next((r for r in seen if r.method == "INVITE" and r.status >= 200), None)
        sock.settimeout(0.2)
        while invite is None and time.monotonic() < deadline:
            try:
                response = _response(sock.recv(65535), dialog.call_id, branch.group(1))
            except OSError:
                continue
            if response is not None and response.method == "INVITE" and response.status >= 200:
                invite = response
        if invite is not None and invite.status >= 300:
            sock.send(ack_request(dialog, invite.headers.get("to", dialog.to), dialog.via))
        elif invite is not None:  # answered as we cancelled: confirm the dialog, then end it
            local = sock.getsockname()[:2]
            host = f"[{local[0]}]" if ":" in local[0] else local[0]
            via = f"SIP/2.0/UDP {host}:{local[1]};rport;branch=z9hG4bK{secrets.token_hex(10)}"
            contact = re.search(r"<([^>]+)>", invite.headers.get("contact", "")) or re.search(
                r"(sip:[^;\s]+)", invite.headers.get("contact", "")
            )
            target = contact.group(1) if contact else dialog.remote_target
            to = invite.headers.get("to", dialog.to)
            sock.send(ack_request(dialog, to, via, target))
            confirmed = Dialog.from_dict({**dialog.to_dict(), "to": to, "remote_tag": _tag(to) or "",
                                          "remote_target": target, "early": False})  # fmt: skip
    if confirmed is not None:
        send_bye(confirmed, max(1.0, deadline - time.monotonic()))
    status = final.status if final is not None else None
    log.info("CANCEL for call %s to %s:%d: %s; INVITE: %s", dialog.call_id, *hop, status,
             invite.status if invite else None)  # fmt: skip
    return status


def end_dialog(dialog: Dialog, timeout_s: float = 4.0) -> int | None:
    """End a dead worker's call at the far end: BYE when it was answered, CANCEL while ringing."""
    return send_cancel(dialog, timeout_s) if dialog.early else send_bye(dialog, timeout_s)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
