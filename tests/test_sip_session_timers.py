"""The robot offers RFC 4028 session timers, so a dialog it can no longer end (its worker was
killed) expires at the peer within 90 s: the INVITE it sends says so."""

from __future__ import annotations

import re
import socket
import threading

from robot.call.runner import CallPlan, run_call
from robot.config.settings import Limits
from robot.sip.stack import SESSION_EXPIRES_S


def busy_reply(invite: str) -> bytes:
    """A 486 for ``invite``, echoing the headers a response must carry (RFC 3261 8.2.6.2)."""
    keep = [h for h in invite.split("\r\n")[1:] if re.match(r"(?i)(via|from|to|call-id|cseq):", h)]
    keep = [h + ";tag=uas1" if h.lower().startswith("to:") else h for h in keep]
    return ("SIP/2.0 486 Busy Here\r\n" + "\r\n".join(keep) + "\r\nContent-Length: 0\r\n\r\n").encode()


def test_the_invite_offers_session_timers_of_90_seconds(softphone):
    uas = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    uas.bind(("127.0.0.1", 0))
    uas.settimeout(5)
    port = uas.getsockname()[1]
    seen: list[str] = []

    def answer_busy() -> None:
        data, peer = uas.recvfrom(65535)
        seen.append(data.decode("utf-8", "replace"))
        uas.sendto(busy_reply(seen[0]), peer)

    thread = threading.Thread(target=answer_busy)
    thread.start()
    uri = f"sip:timers@127.0.0.1:{port}"
    limits = Limits(max_ring_s=3, max_call_s=3, media_timeout_s=2, stay_s=0.5)
    result = run_call(softphone, CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=None))
    thread.join(6)
    uas.close()
    assert seen and seen[0].startswith("INVITE ")
    headers = {
        line.split(":", 1)[0].strip().lower(): line.split(":", 1)[1].strip()
        for line in seen[0].split("\r\n")[1:]
        if ":" in line
    }
    assert "timer" in [t.strip() for t in headers.get("supported", "").split(",")]
    assert headers.get("session-expires", "").split(";")[0] == str(SESSION_EXPIRES_S)
    assert result.outcome == "busy" and result.sip_status == 486
