"""linphonec 5.1 (liblinphone, an independent user agent) as a callee sending early media:
183 Session Progress with audio, then a rejection (603) or an answer. The robot keeps the
early media in the recording either way (``recording`` not null)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.peers.common import RobotCall, callee_rms, event_t, names, recording_origin, tone_wav
from tests.peers.linphone import Linphonec

pytestmark = pytest.mark.calls

EARLY_S = 1.5  # seconds of early media before linphonec rejects or answers


@pytest.fixture
def ua(linphonec: Callable[..., Linphonec], tmp_path: Path) -> Linphonec:
    return linphonec(audio=tone_wav(tmp_path / "greeting.wav", 20, freq=600))


def early_media_then(ua: Linphonec, tmp_path: Path, command: str) -> dict[str, Any]:
    call = RobotCall(tmp_path / "robot", ua.uri("office"), max_ring_s=10, stay_s=2, media_timeout_s=2)
    try:
        ua.wait_line("Receiving new incoming call")
        time.sleep(EARLY_S)  # the early media under test
        ua.send(command)
        result = call.result()
    finally:
        call.close()
    events = names(result)
    assert [e["detail"]["code"] for e in result["events"] if e["event"] == "provisional"][-1] == 183
    assert events.index("media_started") < events.index("provisional") + 2  # media with the 183
    return result


def test_early_media_from_linphone_then_a_rejection_keeps_the_recording(ua: Linphonec, tmp_path: Path) -> None:
    result = early_media_then(ua, tmp_path, "terminate")  # a call not yet answered: 603 Decline
    assert (result["outcome"], result["sip_status"]) == ("rejected", 603)
    assert result["recording"] is not None, "the early media was thrown away"
    recording = Path(result["recording"])
    assert recording.exists()
    # linphone's audio before the 603 (the recording starts at the first media)
    final = event_t(result, "final_response") - recording_origin(result)
    assert final > EARLY_S - 0.3
    assert callee_rms(recording, 0.2, final - 0.2) > 500.0
    assert "Sending early media using real hardware" in "".join(ua.output)


def test_early_media_from_linphone_then_an_answer_is_one_recording(ua: Linphonec, tmp_path: Path) -> None:
    result = early_media_then(ua, tmp_path, "answer")
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot"), result["sip_reason"]
    assert result["recording"] is not None
    recording = Path(result["recording"])
    answered = event_t(result, "answered") - recording_origin(result)
    assert answered > EARLY_S - 0.3
    assert callee_rms(recording, 0.2, answered - 0.2) > 500.0  # before the answer
    assert callee_rms(recording, answered + 0.3, answered + 1.5) > 500.0  # and after it
