"""What the dashboard serves and to whom: recordings by id only (Range, no traversal), the token
rules, the bind rule (in-process CLI: one line, exit 2, nothing bound) and read-only access."""

from __future__ import annotations

import hashlib
import os
import socket
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from robot.cli.app import app as cli_app
from robot.cli.problems import run
from robot.dashboard import access, queries
from robot.dashboard.app import create_app
from robot.errors import InputError
from tests.dashboard.dashstore import DOTDOT, OUTSIDE, SECRET, SHOWCASE, SYMLINK, DashStore

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def client(dash_store: DashStore) -> FlaskClient:
    return create_app(dash_store.db, dash_store.recordings).test_client()


@pytest.fixture(scope="module")
def guarded(dash_store: DashStore) -> FlaskClient:
    return create_app(dash_store.db, dash_store.recordings, token=TOKEN).test_client()


# -- recordings --------------------------------------------------------------------------------


def test_recording_is_served_whole_and_by_range(client, dash_store):
    data = (dash_store.recordings / f"{SHOWCASE}.wav").read_bytes()
    whole = client.get(f"/recordings/{SHOWCASE}.wav")
    assert whole.status_code == 200 and whole.data == data and whole.mimetype == "audio/wav"
    assert whole.headers["Accept-Ranges"] == "bytes"
    part = client.get(f"/recordings/{SHOWCASE}.wav", headers={"Range": "bytes=44-143"})
    assert part.status_code == 206 and part.data == data[44:144]
    assert part.headers["Content-Range"] == f"bytes 44-143/{len(data)}"
    tail = client.get(f"/recordings/{SHOWCASE}.wav", headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.data == data[-10:]
    beyond = client.get(f"/recordings/{SHOWCASE}.wav", headers={"Range": f"bytes={len(data)}-"})
    assert beyond.status_code == 416 and beyond.headers["Content-Range"] == f"bytes */{len(data)}"


@pytest.mark.parametrize(
    "path",
    [
        f"/recordings/{OUTSIDE}.wav",  # stored path outside the recordings folder
        f"/recordings/{DOTDOT}.wav",  # stored path inside it, through ..
        f"/recordings/{SYMLINK}.wav",  # a symbolic link inside it, to a file outside
        "/recordings/../outside/secret.wav",
        "/recordings/..%2Foutside%2Fsecret.wav",
        "/recordings/%2E%2E%2F%2E%2E%2Foutside%2Fsecret.wav",
        "/recordings/..%5Coutside%5Csecret.wav",
        "/recordings/secret.wav",
        "/recordings/%2Fetc%2Fpasswd.wav",
        "/recordings/" + "%00" + ".wav",
        f"/recordings/{SHOWCASE}.wav/../../outside/secret.wav",
    ],
)
def test_no_path_reaches_a_file_outside_the_recordings_folder(client, dash_store, path):
    response = client.get(path)
    assert response.status_code == 404
    assert SECRET not in response.data
    assert dash_store.secret.read_bytes() == SECRET  # the file the crafted ids aim at exists


def test_the_crafted_calls_exist_in_the_store(dash_store):
    """The traversal cases above are refused by the path rule, not because the calls are missing."""
    con = queries.connect(dash_store.db)
    for call_id in (OUTSIDE, DOTDOT, SYMLINK):
        assert queries.recording_of(con, call_id) is not None
    con.close()


# -- the access token --------------------------------------------------------------------------


def test_without_a_token_only_a_loopback_host_is_answered(client):
    assert client.get("/", headers={"Host": "127.0.0.1:8080"}).status_code == 200
    assert client.get("/", headers={"Host": "localhost"}).status_code == 200
    assert client.get("/", headers={"Host": "evil.example:8080"}).status_code == 403  # DNS rebinding


@pytest.mark.parametrize("path", ["/", "/calls", f"/calls/{SHOWCASE}", f"/recordings/{SHOWCASE}.wav", "/api/calls",
                                  f"/api/calls/{SHOWCASE}", "/static/dashboard.js"])  # fmt: skip
def test_with_a_token_every_request_needs_it(guarded, path):
    guarded._cookies.clear()  # type: ignore[attr-defined]
    assert guarded.get(path).status_code == 401
    assert guarded.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert guarded.get(path, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert guarded.get(path + "?token=wrong").status_code == 401


def test_token_in_the_query_sets_an_httponly_cookie_and_leaves_the_address(guarded):
    guarded._cookies.clear()  # type: ignore[attr-defined]
    response = guarded.get(f"/calls?client=Acme+Tiles&token={TOKEN}")
    assert response.status_code == 303
    assert response.headers["Location"] == "/calls?client=Acme+Tiles"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and TOKEN not in cookie
    assert guarded.get("/calls?client=Acme+Tiles").status_code == 200  # the cookie now suffices
    guarded.set_cookie(access.COOKIE, hashlib.sha256(TOKEN.encode()).hexdigest())
    assert guarded.get("/").status_code == 401  # a forged cookie does not


def test_the_host_check_gives_way_to_the_token(guarded):
    headers = {"Host": "192.0.2.10:8080", "Authorization": f"Bearer {TOKEN}"}
    assert guarded.get("/", headers=headers).status_code == 200


# -- the bind rule -------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.2", "0.0.0.0", "localhost", "::1", "192.0.2.10"])
def test_any_address_but_127_0_0_1_needs_a_token(host):
    with pytest.raises(InputError, match="MYSTERYCALL_SERVE_TOKEN"):
        access.check_bind(host, None)
    access.check_bind(host, TOKEN)
    access.check_bind("127.0.0.1", None)


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _refused(host: str, port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((host, port)) != 0


def test_cli_refuses_another_address_without_a_token(dash_store, capsys, monkeypatch):
    monkeypatch.delenv(access.TOKEN_ENV, raising=False)
    port = _free_port("127.0.0.2")
    code = run(cli_app, ["serve", "--db", str(dash_store.db), "--host", "127.0.0.2", "--port", str(port)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and "MYSTERYCALL_SERVE_TOKEN" in captured.err and "127.0.0.2" in captured.err
    assert _refused("127.0.0.2", port)  # nothing was bound


def test_cli_refuses_a_missing_store_in_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv(access.TOKEN_ENV, raising=False)
    code = run(cli_app, ["serve", "--db", str(tmp_path / "none.db"), "--port", "0"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no results database" in err
    assert not (tmp_path / "none.db").exists()


def test_cli_refuses_a_file_that_is_not_a_store(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv(access.TOKEN_ENV, raising=False)
    (tmp_path / "notes.db").write_text("hello")
    code = run(cli_app, ["serve", "--db", str(tmp_path / "notes.db"), "--port", "0"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "notes.db" in err


# -- read-only -------------------------------------------------------------------------------------


def test_the_store_is_opened_read_only_and_left_untouched(client, dash_store):
    con = queries.connect(dash_store.db)
    with pytest.raises(queries.sqlite3.OperationalError, match="readonly"):
        con.execute("DELETE FROM calls")
    con.close()
    before = _fingerprint(dash_store.db)
    for path in ("/", "/calls?needs_review=yes", f"/calls/{SHOWCASE}", "/api/calls", f"/recordings/{SHOWCASE}.wav"):
        assert client.get(path).status_code == 200
    assert _fingerprint(dash_store.db) == before


def _fingerprint(db: Path) -> dict[str, tuple[int, str]]:
    """Size and digest of the store and its WAL (a write would change one of them)."""
    found = {}
    for suffix in ("", "-wal"):
        path = Path(f"{db}{suffix}")
        if path.exists():
            found[suffix] = (os.path.getsize(path), hashlib.sha256(path.read_bytes()).hexdigest())
    return found
