"""The dialling policy, pure: block list in any spelling, special numbers, allow lists,
do-not-call files, canonical forms and cap keys, and the config's ``policy:`` section."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot.config.policy import DialPolicy, load_do_not_call
from robot.config.settings import AllowList, load_config
from robot.errors import InputError

RU = DialPolicy(region="RU")
US = DialPolicy(region="US")
GB = DialPolicy(region="GB")

EMERGENCY_SPELLINGS = [
    "112",
    " 112 ",
    "1-1-2",
    "(112)",
    "+7 112",
    "+7-112",
    "+7 (112)",
    "8 112",
    "tel:112",
    "TEL:+7112",
    "tel:+7-112;phone-context=x",
    "007112",
    "911",
    "+1 911",
    "1-911",
    "999",
    "+44 999",
    "0044999",
    "000",
    "+61 000",
    "110",
    "118",
    "119",
    "01",
    "02",
    "03",
    "04",
    "100",
    "101",
    "102",
    "103",
    "104",
    "+7 103",
    "111",
    "+44 111",
    "988",
    "+1 988",
    "311",
    "511",
    "611",
    "711",
    "811",
    "sip:112@127.0.0.1",
    "sip:112@127.0.0.1:5080",
    "SIP:112@Example.COM",
    "sips:911@trunk.example.com",
    "sip:911@pbx.example.com;transport=tcp",
    "sip:+7112@pbx.example.com",
    "sip:+7-112@pbx.example.com",
    "sip:8-112@pbx.example.com",
    "sip:%31%31%32@pbx.example.com",
    "sip:112;phone-context=+7@pbx.example.com",
    "sip:112:secret@pbx.example.com",
    "sip:+1911@gw.example.com",
    "sip:999@gw.example.com?subject=x",
    "sip:03@10.0.0.1",
]


@pytest.mark.parametrize("destination", EMERGENCY_SPELLINGS)
def test_emergency_and_service_numbers_are_blocked_in_any_spelling(destination: str) -> None:
    decision = RU.check(destination)
    assert decision.blocked and decision.kind == "emergency", decision
    assert "emergency or service number" in (decision.reason or "")
    assert "\n" not in decision.message and destination in decision.message


@pytest.mark.parametrize("policy", [US, GB])
@pytest.mark.parametrize("destination", ["911", "112", "999", "988", "sip:911@h.example.com"])
def test_emergency_numbers_are_blocked_whatever_the_region(policy: DialPolicy, destination: str) -> None:
    assert policy.check(destination).kind == "emergency"


@pytest.mark.parametrize(
    "destination",
    [
        "+7 495 112-11-22",  # contains 112
        "+7 495 911 00 00",
        "8 (495) 123-45-67",
        "+74951031234",
        "+1 212 555 0911",
        "+44 20 7946 0999",
        "sip:ring3@127.0.0.1:5080",
        "sip:ring2-hangup5@127.0.0.1:5080",
        "sip:answer@[::1]:5080",
        "sip:1120@pbx.example.com",  # an extension that merely starts with 112
        "sip:9110@pbx.example.com",
        "sip:+74951234567@trunk.example.com",
    ],
)
def test_ordinary_numbers_and_loopback_uris_are_allowed(destination: str) -> None:
    decision = RU.check(destination)
    assert decision.allowed, decision.reason
    assert bool(decision) is True


@pytest.mark.parametrize(
    ("destination", "kind"),
    [
        ("88005553535", "toll_free"),
        ("8 800 555-35-35", "toll_free"),
        ("+7 800 555 35 35", "toll_free"),
        ("sip:88005553535@trunk.example.com", "toll_free"),
        ("+7 809 123 45 67", "premium_rate"),
        ("+7 803 123 45 67", "premium_rate"),
        ("+1 900 555 0100", "premium_rate"),
        ("+1 976 555 0100", "premium_rate"),
        ("+44 909 879 0000", "premium_rate"),
        ("+44 871 123 4567", "premium_rate"),
        ("+44 70 1234 5678", "personal_number"),
        ("+44 55 1234 5678", "uan"),
        ("+1 800 555 0100", "toll_free"),
    ],
)
def test_special_numbers_are_blocked_unless_allowed(destination: str, kind: str) -> None:
    decision = RU.check(destination)
    assert decision.kind == "special", decision
    assert kind in (decision.reason or "")
    allowed = DialPolicy(region="RU", allow_special=frozenset({kind}))
    assert allowed.check(destination).allowed


def test_allow_special_does_not_unblock_emergency_numbers() -> None:
    policy = DialPolicy(allow_special=frozenset({"premium_rate", "toll_free", "shared_cost"}))
    assert policy.check("112").blocked and policy.check("sip:911@h.example.com").blocked


def test_allow_list_of_country_codes_and_prefixes() -> None:
    policy = RU.narrowed(AllowList(country_codes=[7], prefixes=["+375 17"]))
    assert policy.check("+7 495 123 45 67").allowed
    assert policy.check("8 (812) 123-45-67").allowed
    assert policy.check("+375 17 123 45 67").allowed
    blocked = policy.check("+375 29 123 45 67")
    assert blocked.kind == "not_allowed" and "allow list" in (blocked.reason or "")
    assert policy.check("+44 20 7946 0000").kind == "not_allowed"
    assert policy.check("sip:+442079460000@trunk.example.com").kind == "not_allowed"  # a number in a URI
    # numbers' lists leave SIP URIs that name no number alone; loopback stays allowed
    assert policy.check("sip:ring3@127.0.0.1:5080").allowed


def test_country_code_7_does_not_allow_375() -> None:
    policy = RU.narrowed(AllowList(country_codes=[3]))  # no such code: +375 is Belarus, not 3
    assert policy.check("+375 17 123 45 67").kind == "not_allowed"


def test_allow_list_of_sip_domains() -> None:
    policy = RU.narrowed(AllowList(sip_domains=["pbx.example.com", "*.trunk.example.org"]))
    assert policy.check("sip:sales@PBX.example.com").allowed
    assert policy.check("sip:sales@edge.trunk.example.org:5070").allowed
    assert policy.check("sip:sales@evil.example.net").kind == "not_allowed"
    assert policy.check("sip:sales@trunk.example.org.evil.net").kind == "not_allowed"
    assert policy.check("sip:ring3@127.0.0.1:5080").allowed  # loopback: always
    assert policy.check("sip:112@127.0.0.1:5080").kind == "emergency"  # ... but not its emergency users
    assert policy.check("+7 495 123 45 67").allowed  # numbers go through the trunk


def test_campaign_allow_list_narrows_the_configs() -> None:
    policy = RU.narrowed(AllowList(country_codes=[7, 375])).narrowed(AllowList(prefixes=["+7495"]))
    assert policy.check("+7 495 123 45 67").allowed
    assert policy.check("+7 812 123 45 67").kind == "not_allowed"
    assert policy.check("+375 17 123 45 67").kind == "not_allowed"


def test_empty_allow_list_allows_everything_not_blocked() -> None:
    policy = RU.narrowed(AllowList())
    assert policy.allow == () and policy.check("+44 20 7946 0000").allowed


def test_do_not_call_file_matches_any_spelling(tmp_path: Path) -> None:
    dnc = tmp_path / "dnc.txt"
    dnc.write_text(
        "# numbers that asked not to be called\n"
        "+7 (495) 123-45-67   # Acme, asked 2024-05-01\n"
        "\n"
        "sip:Sales@PBX.example.com:5060;transport=udp\n",
        encoding="utf-8",
    )
    policy = RU.narrowed(None, dnc)
    for spelling in ("84951234567", "8 (495) 123-45-67", "tel:+74951234567", "sip:+74951234567@trunk.example.com"):
        decision = policy.check(spelling)
        assert decision.kind == "do_not_call", spelling
        assert "do-not-call" in (decision.reason or "")
    assert policy.check("sip:Sales@pbx.example.com").kind == "do_not_call"
    assert policy.check("sip:sales2@pbx.example.com").allowed
    assert policy.check("+7 495 123 45 68").allowed


def test_do_not_call_file_errors_are_located(tmp_path: Path) -> None:
    dnc = tmp_path / "dnc.txt"
    dnc.write_text("+74951234567\nnot a number\nsip:@@\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_do_not_call(dnc)
    assert [(p.line, p.col) for p in info.value.problems] == [(2, 1), (3, 1)]
    assert "not a phone number or SIP URI: 'not a number'" in info.value.problems[0].message
    with pytest.raises(InputError) as missing:
        load_do_not_call(tmp_path / "missing.txt")
    assert "do-not-call file not found" in missing.value.problems[0].message


@pytest.mark.parametrize(
    ("destination", "canonical"),
    [
        ("8 (495) 123-45-67", "+74951234567"),
        ("+7 495 123 45 67", "+74951234567"),
        ("74951234567", "+74951234567"),
        ("(495) 123-45-67", "+74951234567"),
        ("tel:+7-495-123-45-67", "+74951234567"),
        ("sip:ring3@127.0.0.1:5080", "sip:ring3@127.0.0.1:5080"),
        ("SIP:Ring3@LocalHost:5060;transport=UDP;lr;maddr=x", "sip:Ring3@localhost"),
        ("sip:ring3@127.0.0.1:5060", "sip:ring3@127.0.0.1"),
        ("sip:ring3@127.0.0.1;transport=TCP", "sip:ring3@127.0.0.1;transport=tcp"),
        ("sips:a@H.example.com:5061", "sips:a@h.example.com"),
        ("sip:a@h.example.com:5061;transport=tls", "sip:a@h.example.com;transport=tls"),
        ("sip:8-495-123-45-67@Trunk.Example.com", "sip:+74951234567@trunk.example.com"),
        ("sip:+7 (495) 123-45-67@trunk.example.com?subject=x", "sip:+74951234567@trunk.example.com"),
        ("sip:2001@pbx.example.com", "sip:2001@pbx.example.com"),
        ("sip:pbx.example.com", "sip:pbx.example.com"),
        ("sip:a@[::1]:5080", "sip:a@[::1]:5080"),
    ],
)
def test_canonical_forms(destination: str, canonical: str) -> None:
    assert RU.canonical(destination) == canonical


def test_cap_key_is_the_number_whatever_wraps_it() -> None:
    spellings = [
        "+74951234567",
        "8 (495) 123-45-67",
        "8-495-123-45-67",
        "74951234567",
        "+7 495 123 45 67",
        "tel:+7-495-123-45-67",
        "(495) 123-45-67",
        "sip:+74951234567@trunk.example.com",
        "sip:84951234567@trunk.example.com;transport=tcp",
    ]
    assert {RU.key(s) for s in spellings} == {"+74951234567"}
    assert RU.key("sip:ring3@127.0.0.1:5080") == "sip:ring3@127.0.0.1:5080"
    assert RU.key("sip:ring3@127.0.0.1:5080;transport=udp") == "sip:ring3@127.0.0.1:5080"


def test_invalid_input_is_said_not_crashed() -> None:
    for text in ("garbage", "sip:", "sip:a@", "sip:a@h:99999", "", "+", "sip:a@b c"):
        decision = RU.check(text)
        assert decision.kind == "invalid", text


def test_refusal_has_the_sip_layers_transfer_policy_shape() -> None:
    assert RU.refusal("sip:ring3@127.0.0.1:5080") is None
    assert "emergency" in (RU.refusal("sip:112@127.0.0.1:5080") or "")


def test_config_policy_section_and_limits(tmp_path: Path) -> None:
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "dnc.txt").write_text("+74951234567\n", encoding="utf-8")
    path = tmp_path / "config.yaml"
    path.write_text(
        "limits: {max_cps: 0.5, daily_cap_per_number: 3}\n"
        "policy:\n"
        "  allow: {country_codes: [7, '+375'], prefixes: ['+7 495'], sip_domains: [pbx.example.com]}\n"
        "  allow_special: [toll_free]\n"
        "  do_not_call: lists/dnc.txt\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.limits.max_cps == 0.5 and config.limits.daily_cap_per_number == 3
    assert config.policy.do_not_call == tmp_path / "lists" / "dnc.txt"
    assert config.policy.allow is not None and config.policy.allow.country_codes == [7, 375]
    policy = DialPolicy.from_config(config)
    assert policy.check("88005553535").allowed
    assert policy.check("+7 495 123 45 67").kind == "do_not_call"
    assert policy.check("sip:x@evil.example.net").kind == "not_allowed"


def test_config_defaults() -> None:
    from robot.config.settings import Config

    config = Config()
    assert config.limits.max_cps == 2 and config.limits.daily_cap_per_number == 10
    assert config.policy.allow is None and config.policy.allow_special == [] and config.policy.do_not_call is None


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("policy:\n  allow_special: [premium, toll_free]\n", "config.yaml:2:", "allow_special"),
        ("policy:\n  allow:\n    prefixes: ['+7 49x']\n", "config.yaml:3:", "not a number prefix"),
        ("policy:\n  allow:\n    domains: [a]\n", "config.yaml:3:", "unknown key 'domains'"),
        ("limits:\n  max_cps: 0\n", "config.yaml:2:", "max_cps"),
        ("limits:\n  daily_cap_per_number: -1\n", "config.yaml:2:", "daily_cap_per_number"),
    ],
)
def test_config_policy_errors_are_plain_and_located(tmp_path: Path, text: str, where: str, words: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_config(path)
    line = str(info.value.problems[0])
    assert where in line and words in line, line
    assert "pydantic" not in line and "Input should" not in line
