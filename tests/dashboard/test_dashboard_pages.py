"""The dashboard's pages and API through Flask's test client: filters, paging, the call page, errors.

Every filter is checked against an oracle computed in Python from the stored results.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from robot.dashboard.app import create_app
from robot.dashboard.filters import PAGE_SIZE
from tests.dashboard.dashstore import HOSTILE, OFFSET, RETEST, SHOWCASE, SWEEP_A, SWEEP_B, TURNS, DashStore


@pytest.fixture(scope="module")
def client(dash_store: DashStore) -> FlaskClient:
    return create_app(dash_store.db, dash_store.recordings).test_client()


def all_ids(client: FlaskClient, query: str) -> list[str]:
    """Every call id the API lists for ``query``, over all pages, in order."""
    ids: list[str] = []
    page = 1
    while True:
        response = client.get(f"/api/calls?{query}&page={page}")
        assert response.status_code == 200, response.text
        data = response.get_json()
        ids += [c["result"]["call_id"] for c in data["calls"]]
        if not data["has_next"]:
            return ids
        page += 1


def _failed(check_id: str) -> Callable[[dict[str, Any]], bool]:
    return lambda r: any(c["id"] == check_id and c["passed"] is False for c in r["result"]["checks"])


def _answered_by(r: dict[str, Any]) -> str | None:
    return r["result"].get("answered_by")


FILTERS: list[tuple[str, Callable[[dict[str, Any]], bool]]] = [
    ("client=Acme+Tiles", lambda r: r["client"] == "Acme Tiles"),
    ("client=%D0%9E%D0%9E%D0%9E+%D0%A0%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0", lambda r: r["client"] == "ООО Ромашка"),
    ("number=%2B74951234567", lambda r: r["result"]["target"] == "+74951234567"),
    ("outcome=busy", lambda r: r["result"]["outcome"] == "busy"),
    ("since=2026-11-02", lambda r: r["result"]["started_at"] >= "2026-11-02"),
    ("until=2026-11-01", lambda r: r["result"]["started_at"] < "2026-11-02"),
    ("since=2026-11-01T09:10&until=2026-11-01T09:20",
     lambda r: "2026-11-01T09:10" <= r["result"]["started_at"][:16] < "2026-11-01T09:20"),
    ("score_min=60", lambda r: (r["result"]["score"] or {}).get("percent", -1) >= 60),
    ("score_min=66.7&score_max=66.7", lambda r: (r["result"]["score"] or {}).get("percent") == 66.7),  # bounds included
    ("score_max=50", lambda r: 0 <= (r["result"]["score"] or {}).get("percent", 101) <= 50),
    ("failed_check=company_name", _failed("company_name")),
    ("failed_check=named_price", _failed("named_price")),
    ("needs_review=yes", lambda r: (r["result"]["score"] or {}).get("needs_review") is True),
    ("needs_review=no", lambda r: (r["result"]["score"] or {}).get("needs_review") is not True),
    ("answered_by=voicemail", lambda r: _answered_by(r) == "voicemail"),
    ("answered_by=human", lambda r: _answered_by(r) == "human"),
    (f"sweep={SWEEP_A}", lambda r: r["sweep"] == SWEEP_A),
    ("client=Bulk+Client&outcome=answered&score_max=70", lambda r: r["client"] == "Bulk Client"
     and r["result"]["outcome"] == "answered" and r["result"]["score"]["percent"] <= 70),
]  # fmt: skip


@pytest.mark.parametrize(("query", "keep"), FILTERS, ids=[q for q, _ in FILTERS])
def test_each_filter_selects_what_the_oracle_selects(client, dash_store, query, keep):
    expected = {r["result"]["call_id"] for r in dash_store.results if keep(r)}
    assert expected, "the store must have calls for this filter"
    assert set(all_ids(client, query)) == expected
    page = client.get(f"/calls?{query}")
    assert page.status_code == 200
    shown = set(re.findall(r'class="call-link" href="/calls/([^"]+)"', page.text))
    assert shown == expected if len(expected) <= PAGE_SIZE else len(shown) == PAGE_SIZE


def test_paging_is_newest_first_without_gaps_or_overlap(client, dash_store):
    first = client.get("/api/calls?client=Bulk+Client").get_json()
    second = client.get("/api/calls?client=Bulk+Client&page=2").get_json()
    assert (len(first["calls"]), first["has_next"], first["total"]) == (PAGE_SIZE, True, 60)
    assert (len(second["calls"]), second["has_next"], second["page"]) == (10, False, 2)
    starts = [c["result"]["started_at"] for c in first["calls"] + second["calls"]]
    assert starts == sorted(starts, reverse=True)
    ids = [c["result"]["call_id"] for c in first["calls"] + second["calls"]]
    assert len(set(ids)) == 60
    html = client.get("/calls?client=Bulk+Client").text
    assert "60 calls matching the filters · page 1 of 2" in html
    assert 'rel="next" href="/calls?client=Bulk+Client&amp;page=2"' in html
    assert 'rel="prev"' not in html
    assert 'rel="prev"' in client.get("/calls?client=Bulk+Client&page=2").text
    beyond = client.get("/api/calls?client=Bulk+Client&page=9").get_json()
    assert (beyond["calls"], beyond["has_next"]) == ([], False)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("score_min=abc", "score_min: must be a number"),
        ("score_max=101", "score_max: must be 100 or less"),
        ("outcome=great", "outcome: must be one of"),
        ("since=yesterday", "since: must be a date (YYYY-MM-DD) or an ISO time"),
        ("page=0", "page: must be 1 or more"),
        ("needs_review=perhaps", "needs_review: must be true or false"),
    ],
)
def test_a_bad_filter_is_a_plain_400(client, query, message):
    page = client.get(f"/calls?{query}")
    assert page.status_code == 400 and message in page.text and "Traceback" not in page.text
    api = client.get(f"/api/calls?{query}")
    assert api.status_code == 400 and message in api.get_json()["error"]


def test_overview_lists_sweeps_clients_and_trend_charts(client):
    html = client.get("/").text
    for text in (SWEEP_A, SWEEP_B, "Acme Tiles", "ООО Ромашка", "Bulk Client"):
        assert text in html
    assert html.count('<svg class="trend"') == 4
    assert re.search(r"Bulk Client.*?60 calls · answer rate 33%", html, re.S)
    bulk = re.search(r'<svg class="trend".*?</svg>', html[html.index("Bulk Client") :], re.S)
    assert bulk is not None and "<polyline" in bulk.group(0)  # two sweeps: a line per series
    assert "<title" in bulk.group(0) and "<desc" in bulk.group(0)


def test_call_page_has_player_transcript_checks_timeline_and_retest(client):
    html = client.get(f"/calls/{SHOWCASE}").text
    assert f'<audio id="player" controls preload="metadata" src="/recordings/{SHOWCASE}.wav">' in html
    seeks = [float(s) for s in re.findall(r'<button type="button" class="seek" data-seek="([0-9.]+)"', html)]
    assert seeks == [round(start + OFFSET, 3) for _, start, _, _ in TURNS]
    for _, _, _, text in TURNS:
        assert text in html
    quotes = re.findall(r'class="seek quote" data-seek="([0-9.]+)">.*?“([^”]*)”', html)
    assert [(float(t), q) for t, q in quotes] == [
        (0.4 + OFFSET, TURNS[0][3][:30]), (6.5 + OFFSET, TURNS[2][3][:30]), (0.4 + OFFSET, TURNS[0][3][:30])
    ]  # fmt: skip
    assert html.count('class="badge failed">fail</span>') == 1
    for event in ("invite_sent", "media_started", "answered", "bye_sent"):
        assert f"<td>{event}</td>" in html
    assert "fallback recogniser" in html and "needs review" in html and ">human<" in html
    assert "Retest: before and after" in html and f'href="/calls/{RETEST}"' in html
    after = client.get(f"/calls/{RETEST}").text
    assert f'href="/calls/{SHOWCASE}"' in after and "this call (after)" in after


def test_call_without_a_servable_recording_has_no_player(client, dash_store):
    busy = next(r["result"]["call_id"] for r in dash_store.results if r["result"]["outcome"] == "busy")
    html = client.get(f"/calls/{busy}").text
    assert "<audio" not in html and "No recording available" in html and "data-seek" not in html


def test_api_call_is_the_stored_result_json(client, dash_store):
    response = client.get(f"/api/calls/{SHOWCASE}")
    assert response.status_code == 200 and response.mimetype == "application/json"
    con = sqlite3.connect(dash_store.db)
    stored = con.execute("SELECT result_json FROM calls WHERE call_id = ?", (SHOWCASE,)).fetchone()[0]
    con.close()
    assert response.data.decode() == stored
    assert json.loads(stored)["answered_by"] == "human"


@pytest.mark.parametrize("path", ["/calls/nope", "/api/calls/nope", "/recordings/nope.wav", "/nowhere"])
def test_unknown_addresses_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404 and "Traceback" not in response.text


def test_every_response_carries_the_security_headers(client):
    for path in ("/", "/calls", f"/api/calls/{SHOWCASE}", f"/recordings/{SHOWCASE}.wav", "/calls/nope"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert headers["Referrer-Policy"] == "no-referrer" and headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Cache-Control"] == "no-store"


def test_stored_text_is_escaped_everywhere(client):
    pages = [client.get(path).text for path in ("/", "/calls?sweep=" + SWEEP_A, f"/calls/{HOSTILE}")]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Co</b>" not in html
    assert "Evil &lt;b&gt;Co&lt;/b&gt;" in pages[0] and "Evil &lt;b&gt;Co&lt;/b&gt;" in pages[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[2] and "&lt;img src=x onerror=alert(2)&gt;" in pages[2]
