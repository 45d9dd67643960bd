"""Who picked up, on real calls to the simulated phone's recorded-line programs: a person,
voicemail, an IVR, music on hold, a carrier announcement answered (200) or played as early
media before a 480, and a redirect (issue 9)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from robot.call.result import CallResult
from robot.call.runner import CallPlan, run_call
from robot.config.settings import Limits
from robot.sip.softphone import Softphone
from robot.sip.transfer import same_destination
from tests.phone_process import PhoneProcess

pytestmark = pytest.mark.calls

USERS = ("ring0.2-talk", "voicemail", "ivr", "music3", "announce", "announce200-ru", "redirect")


@pytest.fixture(scope="module")
def results(
    softphone: Softphone, phone: PhoneProcess, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, CallResult]:
    recordings = tmp_path_factory.mktemp("recordings")
    limits = Limits(max_ring_s=15, max_call_s=20, media_timeout_s=3.0, stay_s=8.0)

    def dial(user: str) -> CallResult:
        uri = phone.uri(user)
        language = "ru" if user.endswith("-ru") else "en"
        plan = CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=recordings,
                        transfer_policy=same_destination(uri), language=language)  # fmt: skip
        return run_call(softphone, plan)

    with ThreadPoolExecutor(4) as pool:  # one softphone and one phone take 4 calls at once
        return dict(zip(USERS, pool.map(dial, USERS), strict=True))


def test_a_person_answering(results: dict[str, CallResult]) -> None:
    r = results["ring0.2-talk"]
    assert (r.outcome, r.answered_by) == ("answered", "human")
    assert r.answered_by_s is not None and r.answered_by_s <= 5.0
    assert r.metrics["time_to_human_s"] is not None and r.metrics["time_to_human_s"] < 1.0
    assert r.early_media is None


def test_voicemail_and_ivr_are_machines_and_reach_no_person(results: dict[str, CallResult]) -> None:
    for user, kind in (("voicemail", "voicemail"), ("ivr", "ivr")):
        r = results[user]
        assert (r.outcome, r.answered_by) == ("answered", kind), user
        assert r.metrics["time_to_human_s"] is None


def test_music_on_hold_then_a_person(results: dict[str, CallResult]) -> None:
    r = results["music3"]
    assert r.answered_by == "music"
    [hold] = r.holds
    assert hold.kind == "music" and hold.end_s is not None
    assert 2.5 <= hold.end_s - hold.start_s <= 4.5  # 3 s of music, then the person's greeting
    assert r.metrics["hold_s"] == pytest.approx(hold.end_s - hold.start_s, abs=0.01)
    assert r.metrics["time_to_human_s"] == pytest.approx(hold.end_s - hold.start_s, abs=0.05)


def test_an_announcement_in_early_media_before_480_is_unreachable_with_its_recording(
    results: dict[str, CallResult],
) -> None:
    r = results["announce"]
    assert (r.outcome, r.sip_status, r.answered_by) == ("unreachable", 480, None)
    assert r.early_media is not None and r.early_media.kind == "sit"
    assert r.early_media.end_s - r.early_media.start_s > 3.0  # tones + the announcement
    assert r.recording is not None and Path(r.recording).exists()


def test_an_announcement_answered_with_200_gets_the_meaning_not_the_status(results: dict[str, CallResult]) -> None:
    r = results["announce200-ru"]
    assert (r.outcome, r.sip_status, r.answered_by) == ("unreachable", 200, "announcement")
    assert r.answered_by_s is not None and r.answered_by_s <= 3.0  # the tones come first


def test_a_redirect_within_the_destination_is_followed(results: dict[str, CallResult]) -> None:
    r = results["redirect"]
    assert r.outcome == "answered"
    assert [(t.kind, t.result) for t in r.transfers] == [("redirect", "followed")]
