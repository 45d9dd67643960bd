"""The dial plan: E.164 normalisation, URI templates, SIP URIs dialed as they are."""

from __future__ import annotations

import pytest

from robot.config.dialplan import host_of, is_sip_uri, normalize_e164, number_to_uri, resolve_target
from robot.config.settings import Account, Config, DialPlan, Sip
from robot.errors import InputError


def config(template: str = "sip:{e164}@{domain}", domain: str | None = None, account: bool = True) -> Config:
    return Config(
        sip=Sip(account=Account(id_uri="sip:robot@pbx.example.com:5060") if account else None),
        dial_plan=DialPlan(uri_template=template, domain=domain),
    )


@pytest.mark.parametrize(
    ("number", "region", "e164"),
    [
        ("8 (495) 123-45-67", "RU", "+74951234567"),
        ("+7 495 123 45 67", "RU", "+74951234567"),
        ("+7 (495) 123-45-67", "RU", "+74951234567"),
        ("4951234567", "RU", "+74951234567"),
        ("84951234567", "RU", "+74951234567"),
        ("  8-495-123-45-67  ", "RU", "+74951234567"),
        ("8 800 555-35-35", "RU", "+78005553535"),
        ("+44 20 7946 0958", "RU", "+442079460958"),
        ("+1 (212) 555-0123", "RU", "+12125550123"),
        ("+49 30 1234567", "RU", "+49301234567"),
        ("810 44 20 7946 0958", "RU", "+442079460958"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("(212) 555-0123", "US", "+12125550123"),
    ],
)
def test_numbers_are_normalised_to_e164(number, region, e164):
    assert normalize_e164(number, region) == e164


@pytest.mark.parametrize("garbage", ["garbage", "", "   ", "12", "123", "+7 495", "+999 1234", "call me"])
def test_garbage_is_an_input_error(garbage):
    with pytest.raises(InputError) as info:
        normalize_e164(garbage, "RU")
    assert "phone number" in str(info.value)
    assert repr(garbage) in str(info.value), "the message quotes what was typed"


@pytest.mark.parametrize(
    ("template", "uri"),
    [
        ("sip:{e164}@{domain}", "sip:+74951234567@pbx.example.com:5060"),
        ("sip:{digits}@{domain};user=phone", "sip:74951234567@pbx.example.com:5060;user=phone"),
        ("sip:{national}@{domain}", "sip:4951234567@pbx.example.com:5060"),
        ("sip:8{national}@trunk.example.net", "sip:84951234567@trunk.example.net"),
        ("sips:{e164}@{domain};transport=tls", "sips:+74951234567@pbx.example.com:5060;transport=tls"),
    ],
)
def test_uri_template_placeholders(template, uri):
    assert resolve_target("8 (495) 123-45-67", config(template)) == uri


def test_dial_plan_domain_overrides_the_account_domain():
    assert resolve_target("+7 495 123 45 67", config(domain="gw.example.org")) == "sip:+74951234567@gw.example.org"


def test_dial_plan_domain_without_account():
    cfg = config(domain="gw.example.org", account=False)
    assert resolve_target("84951234567", cfg) == "sip:+74951234567@gw.example.org"


def test_template_without_domain_needs_no_account():
    cfg = config("sip:{e164}@127.0.0.1:5080", account=False)
    assert resolve_target("8 (495) 123-45-67", cfg) == "sip:+74951234567@127.0.0.1:5080"


def test_region_reads_national_numbers():
    cfg = config()
    cfg.dial_plan.region = "GB"
    assert resolve_target("020 7946 0958", cfg) == "sip:+442079460958@pbx.example.com:5060"


def test_number_without_account_or_domain_is_an_input_error():
    with pytest.raises(InputError) as info:
        resolve_target("8 (495) 123-45-67", Config())
    assert "sip.account" in str(info.value)


def test_number_to_uri_without_domain_is_an_input_error():
    with pytest.raises(InputError):
        number_to_uri("+74951234567", DialPlan(), None)


@pytest.mark.parametrize(
    "uri",
    [
        "sip:ring3@127.0.0.1:5080",
        "sip:busy@127.0.0.1",
        "sips:robot@pbx.example.com:5061",
        "sip:+74951234567@pbx.example.com;user=phone",
        "sip:127.0.0.1:5080",
        "sip:alice@[::1]:5080",
        "sip:8-495-123-45-67@gw.example.org;transport=tcp",
    ],
)
def test_sip_uris_are_passed_as_is(uri):
    assert is_sip_uri(uri)
    assert resolve_target(uri, Config()) == uri, "dialed directly even with no account"
    assert resolve_target(uri, config("sip:{digits}@{domain}")) == uri, "the dial plan is not applied"


def test_sip_uri_surrounding_blanks_are_trimmed():
    assert resolve_target("  sip:busy@127.0.0.1:5080\n", Config()) == "sip:busy@127.0.0.1:5080"


@pytest.mark.parametrize(
    "uri",
    ["sip:", "sip:a b@host", "sip:alice@@host", "sips:@", "sip:alice@127.0.0.1:50x0", "sip:alice@host:port"],
)
def test_malformed_sip_uri_is_an_input_error(uri):
    with pytest.raises(InputError) as info:
        resolve_target(uri, Config())
    assert "SIP URI" in str(info.value) and repr(uri) in str(info.value)


def test_host_of():
    assert host_of("sip:robot@pbx.example.com:5060;transport=udp") == "pbx.example.com:5060"
    assert host_of("sip:pbx.example.com") == "pbx.example.com"
