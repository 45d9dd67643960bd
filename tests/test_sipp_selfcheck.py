"""Self-check of the SIPp peer scenarios (tests/sipp/*.xml), with SIPp itself as the caller.

Each UAS scenario is driven by a small SIPp UAC scenario (tests/sipp/uac_*.xml) and the
timing of every message is read from the UAC's ``-trace_shortmsg`` log; the RTP the UAS
sends goes to an :class:`RtpSink` whose port the UAC puts in its SDP offer. The
``sipp_peer`` / ``rtp_sink`` fixtures come from tests/conftest_sipp.py (imported by
tests/conftest.py).
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from tests.sipp_peer import (
    SIPP_DIR,
    RtpSink,
    SippPeer,
    SippResult,
    _ports_of,
    dtmf_pcap,
    free_media_base,
    pcm16_to_ulaw,
    scenario_globals,
    sipp_binary,
    tone_ulaw,
)

pytestmark = [
    pytest.mark.sipp,
    pytest.mark.skipif(not sipp_binary(), reason="sipp not installed (apt-get install sip-tester)"),
]

TOLERANCE_S = 0.050  # robot tests assert ring_to_answer within 50 ms of the peer's delay
PDD_TOLERANCE_S = 0.100  # SIPp sends the 100 and the final from its own scheduler; looser under load


def call(
    sipp_peer, uas: str, uac: str, *, uas_vars=None, uac_vars=None, sink: RtpSink | None = None, timeout_s: float = 15.0
) -> tuple[SippResult, SippResult]:
    """Run ``uac`` against ``uas`` (one call each) and return both results."""
    server = sipp_peer(uas, variables=uas_vars or {}, timeout_s=timeout_s)
    keys = {"rtp_port": sink.port if sink else 9}  # port 9 (discard): nobody listens
    client = sipp_peer(uac, remote=server.address, variables=uac_vars or {}, keys=keys, timeout_s=timeout_s)
    uac_result = client.wait(timeout_s)
    uas_result = server.wait(5)
    assert uac_result.ok, uac_result.summary()
    assert uas_result.ok, uas_result.summary()
    return uas_result, uac_result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# --- answered calls -----------------------------------------------------------------------


def test_answer_rings_then_answers_after_ring_ms_and_streams_rtp(sipp_peer, rtp_sink):
    sink = rtp_sink()
    uas, uac = call(
        sipp_peer,
        "uas_answer",
        "uac_call",
        uas_vars={"pdd_ms": 100, "ring_ms": 700},
        uac_vars={"hold_ms": 1000},
        sink=sink,
    )
    assert uac.flow() == ["S INVITE", "R 100", "R 180", "R 200", "S ACK", "S BYE", "R 200"]
    assert uas.flow() == ["R INVITE", "S 100", "S 180", "S 200", "R ACK", "R BYE", "S 200"]
    assert uac.delay("INVITE", "SIP/2.0 100") < 0.010
    pdd = uac.delay("INVITE", "SIP/2.0 180")
    assert 0.100 <= pdd < 0.100 + PDD_TOLERANCE_S, ms(pdd)
    ring = uac.delay("SIP/2.0 180", "SIP/2.0 200")
    assert abs(ring - 0.700) < TOLERANCE_S, ms(ring)

    # RTP: PCMU every 20 ms from the SIPp media port, from the ACK until the BYE
    ack, bye = uac.find("ACK", "S"), uac.find("BYE", "S")
    assert ack and bye and sink.first_t
    assert 0 <= sink.first_t - ack.t < 0.1
    pcmu = sink.count(pt=0, until=bye.t)
    assert 40 <= pcmu <= 55, pcmu  # ~1000 ms / 20 ms
    assert sink.count() == sink.count(pt=0)
    assert {p.src for p in sink.packets} == {("127.0.0.1", sink.packets[0].src[1])}
    assert sink.count(since=bye.t + 0.1) == 0  # stops with the call


def test_answer_default_parameters(sipp_peer, rtp_sink):
    """Without -set: pdd_ms 0, ring_ms 2000 (and no "Invalid double conversion" noise)."""
    server = sipp_peer("uas_answer", timeout_s=15)
    client = sipp_peer(
        "uac_call", remote=server.address, variables={"hold_ms": 100}, keys={"rtp_port": rtp_sink().port}, timeout_s=15
    )
    uac = client.wait(10)
    uas = server.wait(5)
    assert uac.ok and uas.ok, (uac.summary(), uas.summary())
    assert abs(uac.delay("SIP/2.0 180", "SIP/2.0 200") - 2.0) < TOLERANCE_S
    assert uac.delay("INVITE", "SIP/2.0 180") < PDD_TOLERANCE_S
    assert "double" not in uas.errors


def test_183_early_media_then_answer(sipp_peer, rtp_sink):
    sink = rtp_sink()
    uas, uac = call(
        sipp_peer, "uas_183_answer", "uac_call", uas_vars={"ring_ms": 600}, uac_vars={"hold_ms": 500}, sink=sink
    )
    assert uac.flow() == ["S INVITE", "R 100", "R 183", "R 200", "S ACK", "S BYE", "R 200"]
    ring = uac.delay("SIP/2.0 183", "SIP/2.0 200")
    assert abs(ring - 0.600) < TOLERANCE_S, ms(ring)
    early, answer = uac.find("SIP/2.0 183"), uac.find("SIP/2.0 200")
    assert early and answer
    assert sink.count(pt=0, since=early.t, until=answer.t) >= 20  # early media before the 200
    assert sink.count(pt=0, since=answer.t) >= 20  # and it goes on after the answer


def test_hangup_after_sends_bye_talk_ms_after_ack(sipp_peer, rtp_sink):
    sink = rtp_sink()
    uas, uac = call(
        sipp_peer, "uas_hangup_after", "uac_call_remote_bye", uas_vars={"ring_ms": 300, "talk_ms": 800}, sink=sink
    )
    assert uac.flow() == ["S INVITE", "R 100", "R 180", "R 200", "S ACK", "R BYE", "S 200"]
    assert abs(uac.delay("SIP/2.0 180", "SIP/2.0 200") - 0.300) < TOLERANCE_S
    talk = uac.delay("ACK", "BYE")
    assert abs(talk - 0.800) < TOLERANCE_S, ms(talk)
    bye = uac.find("BYE", "R")
    assert bye and sink.count(pt=0, until=bye.t) >= 35  # RTP during the whole talk


def test_silent_answers_but_sends_no_rtp_nor_rtcp(sipp_peer, rtp_sink):
    sink = rtp_sink()
    rtcp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:  # the RTCP port next to the SDP port, if free
        rtcp.bind(("127.0.0.1", sink.port + 1))
        rtcp.settimeout(0)
    except OSError:
        rtcp.close()
        rtcp = None
    uas, uac = call(
        sipp_peer, "uas_silent", "uac_call", uas_vars={"ring_ms": 200}, uac_vars={"hold_ms": 1500}, sink=sink
    )
    assert uac.flow() == ["S INVITE", "R 100", "R 180", "R 200", "S ACK", "S BYE", "R 200"]
    assert sink.count() == 0 and sink.other == 0
    if rtcp is not None:
        with pytest.raises(BlockingIOError):
            rtcp.recv(2048)
        rtcp.close()


def test_media_stop_streams_then_goes_silent_without_bye(sipp_peer, rtp_sink):
    sink = rtp_sink()
    uas, uac = call(
        sipp_peer,
        "uas_media_stop",
        "uac_call",
        uas_vars={"ring_ms": 200, "talk_ms": 600},
        uac_vars={"hold_ms": 1600},
        sink=sink,
    )
    assert uac.flow() == ["S INVITE", "R 100", "R 180", "R 200", "S ACK", "S BYE", "R 200"]
    ack = uac.find("ACK", "S")
    assert ack and sink.last_t
    assert sink.count(pt=0) >= 25
    assert abs(sink.last_t - ack.t - 0.600) < 0.060  # last packet ~talk_ms after the ACK
    assert sink.count(since=ack.t + 0.700) == 0


# --- rejected / unanswered calls ---------------------------------------------------------

REJECTS = [
    ("uas_busy", 486),
    ("uas_busy600", 600),
    ("uas_decline", 603),
    ("uas_forbidden", 403),
    ("uas_notfound", 404),
    ("uas_gone", 410),
    ("uas_address_incomplete", 484),
    ("uas_unavailable", 480),
    ("uas_service_unavailable", 503),
    ("uas_not_acceptable", 488),
]


@pytest.mark.parametrize(("scenario", "code"), REJECTS, ids=[s for s, _ in REJECTS])
def test_final_response_without_ringing(sipp_peer, scenario, code):
    uas, uac = call(sipp_peer, scenario, "uac_call_rejected", uas_vars={"pdd_ms": 150})
    assert uac.flow() == ["S INVITE", "R 100", f"R {code}", "S ACK"]
    assert uas.flow() == ["R INVITE", "S 100", f"S {code}", "R ACK"]
    pdd = uac.delay("INVITE", f"SIP/2.0 {code}")
    assert 0.150 <= pdd < 0.150 + PDD_TOLERANCE_S, ms(pdd)


def test_ring_then_480(sipp_peer):
    uas, uac = call(sipp_peer, "uas_ring_then_480", "uac_call_rejected", uas_vars={"ring_ms": 500})
    assert uac.flow() == ["S INVITE", "R 100", "R 180", "R 480", "S ACK"]
    ring = uac.delay("SIP/2.0 180", "SIP/2.0 480")
    assert abs(ring - 0.500) < TOLERANCE_S, ms(ring)


def test_ring_forever_handles_cancel(sipp_peer):
    uas, uac = call(sipp_peer, "uas_ring_forever", "uac_call_cancel", uac_vars={"cancel_ms": 700})
    assert uac.flow() == ["S INVITE", "R 100", "R 180", "S CANCEL", "R 200", "R 487", "S ACK"]
    assert uas.flow() == ["R INVITE", "S 100", "S 180", "R CANCEL", "S 200", "S 487", "R ACK"]
    assert [m.method for m in uac.messages if m.status in (200, 487)] == ["CANCEL", "INVITE"]
    assert abs(uac.delay("SIP/2.0 180", "CANCEL") - 0.700) < TOLERANCE_S


# --- registrar ---------------------------------------------------------------------------


def test_registrar_accepts_right_password_and_survives_two_cycles(sipp_peer):
    registrar = sipp_peer("registrar_digest", calls=2, variables={"user": "robot", "password": "s3cret"})
    client = sipp_peer("uac_register", remote=registrar.address, service="robot", auth=("robot", "s3cret"))
    uac = client.wait(10)
    reg = registrar.wait(5)
    assert uac.ok, uac.summary()
    assert reg.ok, reg.summary()
    # REGISTER -> 401, REGISTER+auth -> 200, refresh -> 200, un-REGISTER -> 200,
    # second cycle on the same Call-ID: REGISTER -> 200, un-REGISTER -> 200
    assert [m.status for m in uac.messages if m.direction == "R"] == [401, 200, 200, 200, 200, 200]
    assert reg.successful == 2  # two registration sessions (split at the un-REGISTER)
    assert reg.counters == {"reg_challenged": 1, "reg_ok": 3, "reg_rejected": 0, "unreg_ok": 2}


def test_registrar_rejects_wrong_password(sipp_peer):
    registrar = sipp_peer("registrar_digest", variables={"password": "s3cret"})
    client = sipp_peer("uac_register", remote=registrar.address, service="robot", auth=("robot", "wrong"))
    uac = client.wait(10)
    reg = registrar.wait(5)
    assert uac.ok, uac.summary()
    assert reg.ok, reg.summary()
    assert [m.status for m in uac.messages if m.direction == "R"] == [401, 403]
    assert reg.counters["reg_rejected"] == 1 and reg.counters["reg_ok"] == 0


def test_registrar_rejects_wrong_user(sipp_peer):
    registrar = sipp_peer("registrar_digest", variables={"user": "alice", "password": "s3cret"})
    client = sipp_peer("uac_register", remote=registrar.address, service="robot", auth=("robot", "s3cret"))
    client.wait(10)
    assert [m.status for m in client.result.messages if m.direction == "R"] == [401, 403]
    assert registrar.wait(5).counters["reg_rejected"] == 1


# --- the helper itself -------------------------------------------------------------------


def test_peer_listens_on_its_own_ports_and_leaves_nothing_behind(tmp_path):
    with SippPeer("uas_busy", workdir=tmp_path / "w") as peer:
        peer.exit_wait_s = 0  # nobody calls: do not wait for the -m 1 call at exit
        assert peer.uri("busy") == f"sip:busy@127.0.0.1:{peer.port}"
        assert peer.running
        pid = peer.proc.pid
        assert {peer.port, peer.media_port, peer.media_port + 2} <= _ports_of(pid)
        assert len({peer.port, peer.media_port, peer.control_port}) == 3
    result = peer.result
    assert result is not None and result.stopped and result.calls == 0
    assert not os.path.exists(f"/proc/{pid}") or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()


def test_peer_rejects_unknown_variables():
    with pytest.raises(ValueError, match="ring_msec"):
        SippPeer("uas_answer", variables={"ring_msec": 5})


def test_scenarios_declare_their_parameters():
    for path in sorted(SIPP_DIR.glob("uas_*.xml")):
        names = scenario_globals(path)
        assert "pdd_ms" in names, path.name
        text = path.read_text()
        for name in names:  # every parameter has a default and is documented
            assert f'condexec="{name}" condexec_inverse="true"' in text, (path.name, name)
            assert f"    {name}" in text.split("-->")[0], (path.name, name)


def test_stop_of_a_busy_peer_reports_the_open_call(sipp_peer):
    server = sipp_peer("uas_ring_forever")
    client = sipp_peer("uac_call_cancel", remote=server.address, variables={"cancel_ms": 30000}, keys={"rtp_port": 9})
    deadline = time.monotonic() + 5
    while "180" not in server.messages_log() and time.monotonic() < deadline:
        time.sleep(0.02)
    result = server.stop(grace_s=0.5)
    client.stop(grace_s=0.5)
    assert result.stopped and result.open_calls == 1 and not result.ok
    assert result.flow() == ["R INVITE", "S 100", "S 180"]


def test_custom_audio_is_streamed(sipp_peer, rtp_sink, tmp_path):
    import wave

    wav = tmp_path / "beep.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x10" * 8000)  # 1 s of a constant level
    expected = pcm16_to_ulaw(b"\x00\x10" * 160)
    sink = rtp_sink()
    server = sipp_peer("uas_answer", variables={"ring_ms": 0}, audio=wav)
    client = sipp_peer("uac_call", remote=server.address, variables={"hold_ms": 300}, keys={"rtp_port": sink.port})
    assert client.wait(10).ok and server.wait(5).ok
    assert sink.packets and all(p.payload == expected for p in sink.packets)


def test_free_media_base_is_even_with_free_neighbours():
    base = free_media_base()
    assert base % 2 == 0


# --- DTMF (RFC 4733) ---------------------------------------------------------------------


def test_dtmf_scenario_hands_media_to_the_sink_which_records_rfc4733(sipp_peer, rtp_sink, tmp_path):
    sink = rtp_sink(audio=tone_ulaw(1.0))
    server = sipp_peer("uas_dtmf", variables={"ring_ms": 100}, keys={"rtp_port": sink.port})
    workdir = tmp_path / "uac-dtmf"
    workdir.mkdir()
    (workdir / "dtmf.pcap").write_bytes(dtmf_pcap("19#"))
    client = sipp_peer(
        "uac_call_dtmf", remote=server.address, variables={"hold_ms": 1500}, keys={"rtp_port": 9}, workdir=workdir
    )
    uac = client.wait(10)
    uas = server.wait(5)
    assert uac.ok and uas.ok, (uac.summary(), uas.summary())
    assert server.remote_media() == ("127.0.0.1", client.media_port)  # the caller's SDP
    assert {p.src for p in sink.packets} == {("127.0.0.1", client.media_port)}
    assert sink.dtmf() == "19#"
    assert sink.count(pt=101) == 3 * (4 + 3)  # 4 updates + 3 end packets per digit
    # symmetric RTP: the sink streamed PCMU back to where the events came from
    assert sink.sent > 0


def test_dtmf_pcap_round_trip():
    data = dtmf_pcap("5")
    assert data[:4] == bytes.fromhex("d4c3b2a1")  # little-endian pcap magic
    assert data.count(b"\x00\x08\x00\x45") == 7  # ethertype IPv4 + IP header start, 7 packets
