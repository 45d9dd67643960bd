"""Report figures an agency can defend, on a store of synthetic calls (see reportstore.py for the sums)."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from reportstore import QUOTE, T0, fill_store, result

from robot.campaigns.store import Store
from robot.report import CSV_COLUMNS, EXTRA_COLUMNS, build_report, render_csv, write_report
from robot.report.figures import number_answered, reached_person


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill_store(tmp_path_factory.mktemp("figures"))


@pytest.fixture(scope="module")
def data(db: Path) -> dict:
    with Store(db) as store:
        return build_report(store)


def acme(data: dict) -> dict:
    return next(c for c in data["clients"] if c["client"] == "Acme Tiles")


def test_answer_rate_per_number_and_per_attempt(data: dict) -> None:
    client = acme(data)
    assert client["answer_rate_per_attempt"] == client["answer_rate"] == pytest.approx(3 / 9, abs=1e-4)
    assert (client["lines_answered"], client["lines_dialled"]) == (3, 5)  # n1 (3rd try), n3, n5
    assert client["answer_rate_per_number"] == pytest.approx(0.6)
    assert client["max_attempts"] == 3
    n1 = next(n for n in client["numbers"] if n["target"] == "sip:n1@127.0.0.1")
    assert (n1["answer_rate_per_number"], n1["answer_rate"]) == (1.0, pytest.approx(1 / 3, abs=1e-4))


def test_an_answer_after_the_allowed_attempts_does_not_count(db: Path) -> None:
    with Store(db) as store:
        n1 = store.calls(target="sip:n1@127.0.0.1")
    assert number_answered(n1, 3) == {"lines_dialled": 1, "lines_answered": 1}
    assert number_answered(n1, 2) == {"lines_dialled": 1, "lines_answered": 0}


def test_unconnected_and_machine_answered_calls_are_not_scored(data: dict, db: Path) -> None:
    client = acme(data)
    assert client["score_percent_mean"] == 70.0  # (60 + 80) / 2: busy 33s, no_answer 33, machine 0 ignored
    assert client["scored_calls"] == 2
    assert client["phone_problems"]["busy"] == 5 and client["phone_problems"]["no_answer"] == 1
    assert client["phone_problem_rate"] == pytest.approx(6 / 9, abs=1e-4)
    assert client["failed_checks"] == {"company_name": 2}  # greeting "failed" only on busy calls
    assert client["answered_by"] == {"voicemail": 1}
    with Store(db) as store:
        by_id = {c.result.call_id: c for c in store.calls()}
    assert not reached_person(by_id["a-n5"]) and not reached_person(by_id["a-n4"]) and reached_person(by_id["a-n3"])


def test_retests_are_apart_and_never_in_the_totals(data: dict) -> None:
    assert sum(c["calls"] for c in data["clients"]) == 10
    assert acme(data)["outcomes"]["answered"] == 3
    [retest] = data["retests"]
    assert retest["target"] == "sip:n2@127.0.0.1" and retest["improved"] is True
    assert retest["outcome"] == {"before": "busy", "after": "answered"}
    assert retest["score_percent"]["after"] == 90.0
    assert retest["score_counted"] == {"before": None, "after": 90.0}  # the busy call before is not scored


def test_campaign_period_and_time_zone(data: dict, db: Path, tmp_path: Path) -> None:
    campaign = data["campaign"]
    assert campaign["campaigns"] == ["spring-check"] and campaign["time_zone"] == "Europe/Moscow"
    assert campaign["period"]["from"] == "2024-06-03T12:00:00+03:00"  # 09:00 UTC
    with Store(db) as store:
        rows = list(csv.DictReader(io.StringIO(render_csv(store))))
    assert rows[0]["started_local"] == "2024-06-03 12:00:00" and rows[0]["time_zone"] == "Europe/Moscow"
    lost = fill_store(tmp_path, campaign_file=False)  # the campaign file is gone: UTC, and said so
    with Store(lost) as store:
        fallback = build_report(store)["campaign"]
    assert fallback["time_zone"] == "UTC" and fallback["time_zone_note"] == "campaign file not found"
    assert fallback["period"]["from"].startswith("2024-06-03T09:00:00")


def test_recogniser_and_unreliable_speech_checks(data: dict, db: Path) -> None:
    [asr] = data["recognisers"]
    assert (asr["engine"], asr["fallback"], asr["calls"]) == ("pocketsphinx", True, 1) and asr["warnings"]
    assert acme(data)["unreliable_speech_calls"] == 1
    with Store(db) as store:
        rows = {r["call_id"]: r for r in csv.DictReader(io.StringIO(render_csv(store)))}
    assert rows["a-n3"]["speech_checks_unreliable"] == "yes" and rows["a-n3"]["asr"] == "pocketsphinx en-us (fallback)"
    assert rows["a-n1-3"]["speech_checks_unreliable"] == ""
    assert rows["a-n3"]["failed_check_evidence"] == f"company_name: {QUOTE}"
    assert (rows["a-n4"]["reached_person"], rows["a-n4"]["score_counted"], rows["a-n4"]["score_percent"]) == (
        "no", "", "33.3")  # fmt: skip


def test_csv_keeps_its_columns_and_appends_new_ones(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        header = next(csv.reader(io.StringIO(render_csv(store))))
    assert header[: len(CSV_COLUMNS)] == list(CSV_COLUMNS)
    assert header[len(CSV_COLUMNS) :] == [*EXTRA_COLUMNS, "answered_by"]  # optional: only those present
    extras = {"a-n3": {"quality": {"mos": 4.2}, "metrics": {"time_to_human_s": 3.5}, "holds": [
        {"start_s": 3, "end_s": 9, "kind": "music"}]}}  # fmt: skip
    with Store(fill_store(tmp_path, extras=extras)) as store:
        rows = list(csv.DictReader(io.StringIO(render_csv(store))))
        report = build_report(store)
    assert list(rows[0])[-4:] == ["mos", "answered_by", "holds", "time_to_human_s"]
    n3 = next(r for r in rows if r["call_id"] == "a-n3")
    assert (n3["mos"], n3["holds"], n3["time_to_human_s"]) == ("4.2", "1", "3.5")
    assert acme(report)["mos_mean"] == 4.2 and acme(report)["time_to_human_s"]["mean"] == 3.5
    assert "mos_mean" not in next(c for c in report["clients"] if c["client"] == "Globex")  # only where present


def test_json_keeps_its_fields(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        path = write_report("json", tmp_path / "r.json", store)
    report = json.loads(path.read_text(encoding="utf-8"))
    assert list(report)[0] == "clients"
    for client in report["clients"]:
        assert set(client) >= {"client", "calls", "outcomes", "answer_rate", "ring_to_answer_s",
                               "score_percent_mean", "failed_checks", "numbers"}  # fmt: skip
        for number in client["numbers"]:
            assert {"target", "calls", "answer_rate", "last_outcome", "last_call_at"} <= set(number)


def test_sweep_filter_brings_its_retests(db: Path) -> None:
    with Store(db) as store:
        report = build_report(store, sweep="spring-check-2024-06-03")
        store_calls = store.calls(sweep="spring-check-2024-06-03")
    assert len(store_calls) == 10 and len(report["retests"]) == 1
    assert sum(c["calls"] for c in report["clients"]) == 10


def test_a_call_outside_sweeps_is_reported_in_utc(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        store.add_result(result("x", "sip:x@127.0.0.1", T0 + timedelta(hours=1), "answered", 50.0), client="Solo")
        report = build_report(store)
    assert report["campaign"]["time_zone"] == "UTC" and report["campaign"]["campaigns"] == []
    assert report["campaign"]["time_zone_note"] == "no campaign: calls outside sweeps"
    assert report["clients"][0]["answer_rate_per_number"] == 1.0 and report["clients"][0]["max_attempts"] is None


def test_a_drop_by_the_network_is_not_scored_but_one_by_the_callee_is(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        for i, who in enumerate(("callee", "network")):
            call = result(f"d-{who}", f"sip:d{i}@127.0.0.1", T0, "dropped", 40.0 + i * 40, hangup_by=who)
            store.add_result(call, client="Drops")
        [client] = build_report(store)["clients"]
        calls = {c.result.call_id: c for c in store.calls()}
    assert reached_person(calls["d-callee"]) and not reached_person(calls["d-network"])
    assert client["score_percent_mean"] == 40.0 and client["phone_problems"]["dropped"] == 2
