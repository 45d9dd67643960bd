"""Which SIP transports the softphone opens, and how a direct URI picks one (no network)."""

from __future__ import annotations

import pytest

from robot.sip.transports import TransportSpec, transports_to_open, with_transport


def test_the_configured_transport_comes_first_then_the_other_of_udp_and_tcp():
    assert transports_to_open("udp", "127.0.0.1", 5070) == [
        TransportSpec("udp", "127.0.0.1", 5070),
        TransportSpec("tcp", "127.0.0.1", 0),
    ]
    assert transports_to_open("tls", "127.0.0.2", 5071) == [
        TransportSpec("tls", "127.0.0.2", 5071),
        TransportSpec("udp", "127.0.0.2", 0),
        TransportSpec("tcp", "127.0.0.2", 0),
    ]


@pytest.mark.parametrize(
    ("uri", "transport", "expected"),
    [
        ("sip:ivr@127.0.0.1:5080", "udp", "sip:ivr@127.0.0.1:5080"),
        ("sip:ivr@127.0.0.1:5080", "tcp", "sip:ivr@127.0.0.1:5080;transport=tcp"),
        ("sip:ivr@127.0.0.1:5080;user=phone", "tls", "sip:ivr@127.0.0.1:5080;user=phone;transport=tls"),
        ("sip:ivr@127.0.0.1:5080?X-Test=1", "tcp", "sip:ivr@127.0.0.1:5080;transport=tcp?X-Test=1"),
        # a transport the URI names wins over the configured one
        ("sip:ivr@127.0.0.1:5080;transport=udp", "tcp", "sip:ivr@127.0.0.1:5080;transport=udp"),
        ("sip:ivr@127.0.0.1:5080;Transport=TCP", "tls", "sip:ivr@127.0.0.1:5080;Transport=TCP"),
    ],
)
def test_a_direct_uri_goes_over_the_configured_transport_unless_it_names_one(uri, transport, expected):
    assert with_transport(uri, transport) == expected
