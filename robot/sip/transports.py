"""Which SIP transports the softphone opens.

The configured transport (``sip.transport`` on ``sip.bind_address:local_port``) carries
registration and the account's calls. A SIP URI dialed directly may name another one
(``sip:ivr@127.0.0.1:5080;transport=tcp``), so the softphone also opens UDP and TCP on
free ports of the same address. (IPv6 is out: the ``pjsua2-python`` wheel is built
without it, and pjsua asserts on IPv6 media.) Pure functions: testable without pjsua.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

TransportName = Literal["udp", "tcp", "tls"]


class TransportSpec(NamedTuple):
    """One SIP transport to open: protocol, bound address and port (0: any free one)."""

    name: TransportName
    address: str
    port: int


def transports_to_open(transport: TransportName, bind_address: str, local_port: int) -> list[TransportSpec]:
    """The configured transport first (it must open), then the other of UDP and TCP on a
    free port for direct dialing (it may fail without harm)."""
    specs = [TransportSpec(transport, bind_address, local_port)]
    specs += [TransportSpec(name, bind_address, 0) for name in ("udp", "tcp") if name != transport]
    return specs


def with_transport(uri: str, transport: TransportName) -> str:
    """``uri`` sent over ``transport``: a URI that names none would go over UDP (RFC 3263),
    so a configured TCP or TLS transport is added as ``;transport=``; one it names is kept."""
    head, sep, headers = uri.partition("?")
    params = [p.split("=", 1)[0].lower() for p in head.split(";")[1:]]
    if transport == "udp" or "transport" in params:
        return uri
    return f"{head};transport={transport}{sep}{headers}"


def uri_transport(uri: str) -> str:
    """The transport a URI is sent over: its ``;transport=`` (``tls`` for ``sips:``), else ``udp``."""
    head = uri.partition("?")[0]
    for param in head.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "transport" and value.strip():
            return value.strip().lower()
    return "tls" if head.strip().lower().startswith("sips:") else "udp"


def over_tcp(uri: str) -> str:
    """``uri`` with its ``;transport=`` set to ``tcp`` (RFC 3261 18.1.1: too large for UDP)."""
    head, sep, headers = uri.partition("?")
    kept = [p for p in head.split(";")[1:] if p.partition("=")[0].strip().lower() != "transport"]
    return ";".join([head.split(";")[0], *kept, "transport=tcp"]) + sep + headers
