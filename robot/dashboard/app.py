"""The Flask application: pages (``/``, ``/calls``, ``/calls/<call_id>``), recordings and the JSON API.

Addresses other pages and tools rely on (see README "Dashboard"): ``/``, ``/calls`` (filters
in the query string, ``page``), ``/calls/<call_id>``, ``/recordings/<call_id>.wav`` (Range
requests), ``/api/calls`` and ``/api/calls/<call_id>``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, get_args

from flask import Flask, Response, abort, g, jsonify, make_response, render_template, request, send_file, url_for
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import HTTPException

from robot.call.result import OUTCOMES, AnsweredBy
from robot.dashboard import access, queries, views
from robot.dashboard.charts import trend_svg
from robot.dashboard.filters import FILTER_NAMES, PAGE_SIZE, CallFilters, parse_filters
from robot.dashboard.recordings import safe_recording
from robot.errors import InputError


def create_app(db: Path, recordings_dir: Path, token: str | None = None) -> Flask:
    """The dashboard over the store at ``db`` (read-only), serving recordings from ``recordings_dir``."""
    app = Flask(__name__)
    app.config.update(DB=Path(db), RECORDINGS=Path(recordings_dir))
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False  # the stored result's own key order
    app.jinja_env.globals.update(clock=views.clock, percent=_percent, page_url=_page_url)
    cache = queries.OverviewCache()
    access.install(app, token)

    def db_connection() -> sqlite3.Connection:
        if "db" not in g:
            g.db = queries.connect(app.config["DB"])
        con: sqlite3.Connection = g.db
        return con

    @app.teardown_appcontext
    def _close(_exc: BaseException | None) -> None:
        con = g.pop("db", None)
        if con is not None:
            con.close()

    @app.errorhandler(InputError)
    def _bad_input(exc: InputError) -> tuple[Any, int]:
        message = "; ".join(p.message for p in exc.problems)
        if request.path.startswith("/api/"):
            return jsonify(error=message), 400
        return render_template("error.html", status=400, message=message), 400

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Any:
        if exc.code is None or exc.code < 400:
            return exc
        if request.path.startswith("/api/"):
            response = jsonify(error=exc.description)
        else:
            response = make_response(render_template("error.html", status=exc.code, message=exc.description))
        response.status_code = exc.code
        for name, value in exc.get_response().headers.items():  # e.g. Content-Range of a 416
            if name.lower() not in ("content-type", "content-length"):
                response.headers[name] = value
        return response

    @app.errorhandler(sqlite3.Error)
    def _store_error(exc: sqlite3.Error) -> tuple[Any, int]:
        message = f"the results store cannot be read: {exc}"
        if request.path.startswith("/api/"):
            return jsonify(error=message), 503
        return render_template("error.html", status=503, message=message), 503

    @app.get("/")
    def index() -> str:
        data = cache.get(db_connection())
        charts = {c["client"]: trend_svg(c["client"] or "(no client)", data.trends.get(c["client"], []))
                  for c in data.clients}  # fmt: skip
        return render_template("index.html", data=data, charts=charts)

    @app.get("/calls")
    def calls() -> str:
        filters = parse_filters(request.args.to_dict())
        con = db_connection()
        page = queries.call_page(con, filters)
        return render_template(
            "calls.html", page=page, filters=filters, active=filters.active(), outcomes=OUTCOMES,
            clients=queries.clients(con), page_size=PAGE_SIZE, answered_by=get_args(AnsweredBy),
        )  # fmt: skip

    @app.get("/calls/<call_id>")
    def call(call_id: str) -> str:
        con = db_connection()
        stored = queries.find_call(con, call_id)
        if stored is None:
            abort(404, description=f"no stored call {call_id}")
        result = stored["result"]
        offset = views.recording_offset(result)
        before = queries.call_by_row(con, stored["retest_of"]) if stored["retest_of"] is not None else None
        after = queries.retests_of(con, stored["id"])
        playable = safe_recording(stored["recording"], app.config["RECORDINGS"]) is not None
        return render_template(
            "call.html", call=stored, result=result, offset=offset, turns=views.turns(result, offset),
            checks=views.checks(result, offset), timeline=views.timeline(result), before=before, after=after,
            playable=playable, answered_by=views.answered_by(result), failed_ids=views.failed_ids,
        )  # fmt: skip

    @app.get("/recordings/<call_id>.wav")
    def recording(call_id: str) -> Response:
        stored = queries.recording_of(db_connection(), call_id)
        path = safe_recording(stored, app.config["RECORDINGS"])
        if path is None:
            abort(404, description=f"no recording for call {call_id}")
        return send_file(path, mimetype="audio/wav", conditional=True, etag=True, max_age=0)

    @app.get("/api/calls")
    def api_calls() -> Response:
        filters = parse_filters(request.args.to_dict())
        page = queries.call_page(db_connection(), filters, with_results=True)
        return jsonify(
            calls=[_api_row(r) for r in page.rows], page=page.page, page_size=PAGE_SIZE, total=page.total,
            total_is_lower_bound=page.capped, has_next=page.has_next, filters=filters.active(),
        )  # fmt: skip

    @app.get("/api/calls/<call_id>")
    def api_call(call_id: str) -> Response:
        row = (
            db_connection()
            .execute("SELECT result_json FROM calls WHERE call_id = ? ORDER BY id DESC LIMIT 1", (call_id,))
            .fetchone()
        )
        if row is None:
            abort(404, description=f"no stored call {call_id}")
        return Response(row[0], mimetype="application/json")

    return app


def _api_row(row: dict[str, Any]) -> dict[str, Any]:
    """One call of ``/api/calls``: where it is stored (row id, sweep, client, attempt, retest_of) and its result."""
    keys = ("id", "sweep_id", "client", "attempt", "retest_of", "score_percent", "failed_checks", "result")
    return {k: row[k] for k in keys}


def _percent(value: float | None, scale: float = 1.0) -> str:
    return "–" if value is None else f"{value * scale:.0f}%"


def _page_url(filters: CallFilters, page: int) -> str:
    values: dict[str, Any] = {k: v for k, v in filters.active().items() if k in FILTER_NAMES}
    return url_for("calls", **values, page=page)
