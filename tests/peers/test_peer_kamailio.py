"""Kamailio 5.6 (an independent SIP server) answering 302: a redirect to another host:port
is refused (the robot never dials outside the original destination), a redirect to a user
at Kamailio's own address is followed, and Kamailio relays that INVITE to the simulated
phone, which answers and speaks. The robot runs as ``call URI --json`` in a subprocess."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.peers.common import RobotCall, callee_rms, event_t, names, recording_origin
from tests.peers.kamailio import TARGET, Kamailio
from tests.phone_process import PhoneProcess

pytestmark = pytest.mark.calls


def drain(phone: PhoneProcess) -> None:
    while not phone.lines.empty():
        phone.lines.get_nowait()


@pytest.mark.parametrize("user", ["moved-out", "moved-112"])
def test_a_302_from_kamailio_to_a_forbidden_target_is_refused(
    kamailio: Callable[..., Kamailio], phone: PhoneProcess, tmp_path: Path, user: str
) -> None:
    # moved-out: to the phone's host:port (not Kamailio's); moved-112: to 112 at Kamailio itself
    proxy = kamailio(phone.port)
    call = RobotCall(tmp_path / "robot", proxy.uri(user))
    try:
        result = call.result()
    finally:
        call.close()
    assert (result["outcome"], result["sip_status"]) == ("failed", 302)
    target = phone.uri(TARGET) if user == "moved-out" else proxy.uri("112")
    assert f"redirect to {target} refused" in result["sip_reason"]
    [transfer] = result["transfers"]
    assert (transfer["kind"], transfer["target"], transfer["result"]) == ("redirect", target, "refused")
    assert ("is not the original call's destination" if user == "moved-out" else "emergency") in transfer["reason"]
    assert "answered" not in names(result) and result["recording"] is None
    assert proxy.requests() == [f"INVITE {proxy.uri(user)}"]  # one INVITE, nothing dialled after


def test_a_302_from_kamailio_to_its_own_address_is_followed_through_its_relay(
    kamailio: Callable[..., Kamailio], phone: PhoneProcess, tmp_path: Path
) -> None:
    proxy = kamailio(phone.port)
    drain(phone)
    call = RobotCall(tmp_path / "robot", proxy.uri("moved-in"), stay_s=2.5)
    try:
        result = call.result()
    finally:
        call.close()
    assert (result["outcome"], result["hangup_by"], result["sip_status"]) == ("answered", "robot", 200)
    [transfer] = result["transfers"]
    assert (transfer["kind"], transfer["target"], transfer["result"]) == ("redirect", proxy.uri(TARGET), "followed")
    events = names(result)
    assert events.index("transfer") < events.index("answered") and "media_timeout" not in events
    # Kamailio saw the original INVITE and the followed one, and relayed the second to the phone
    assert proxy.requests()[:2] == [f"INVITE {proxy.uri('moved-in')}", f"INVITE {proxy.uri(TARGET)}"]
    assert phone.next_event(5, "call_received")["user"] == TARGET
    # the phone rings 0.2 s, answers and speaks: the robot hears it through the redirect
    assert result["recording"] is not None
    answered = event_t(result, "answered") - recording_origin(result)
    assert callee_rms(Path(result["recording"]), answered + 0.2, answered + 2.0) > 100.0
