"""The speech-model download path against a local HTTP server (never the internet): the base URL
from ``MYSTERYCALL_MODELS_URL``, checksum good and bad, a download cut mid-body resumed with an
HTTP Range request (or started again when the server ignores ranges), and the first run's one
line (issue 11)."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import os
import socket
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from robot.media import firstrun
from robot.media.asr import models

EN, RU = models.DEFAULT_MODEL["en"], models.DEFAULT_MODEL["ru"]
REPO = Path(__file__).resolve().parents[2]


def model_zip(name: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"{name}/conf/model.conf", "--min-active=200\n")
        zf.writestr(f"{name}/graph/HCLG.fst", os.urandom(4096))  # incompressible: a body worth cutting
        zf.writestr(f"{name}/am/final.mdl", b"mdl")
    return buf.getvalue()


class ModelServer:
    """Serves ``/model-list.json`` and ``/NAME.zip``; can cut the first body short, or ignore ranges."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, str | None]] = []  # (path, Range header)
        self.cut_first = False
        self.ranges = True
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                wanted = self.headers.get("Range")
                server.requests.append((self.path, wanted))
                body = server.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                start = int(wanted.removeprefix("bytes=").rstrip("-")) if wanted and server.ranges else 0
                if start:
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(body) - start))
                self.end_headers()
                if server.cut_first and self.path.endswith(".zip"):
                    server.cut_first = False
                    self.wfile.write(body[: len(body) // 2])  # then the connection closes mid-body
                    self.close_connection = True
                    return
                self.wfile.write(body[start:])

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def publish(self, *names: str, md5: str | None = None) -> None:
        """The models, listed with their md5 (or ``md5`` for all) and no URL (so BASE/NAME.zip is used)."""
        entries = []
        for name in names:
            archive = model_zip(name)
            self.files[f"/{name}.zip"] = archive
            entries.append({"name": name, "lang": name.split("-")[3], "md5": md5 or hashlib.md5(archive).hexdigest()})
        self.files["/model-list.json"] = json.dumps(entries).encode()

    def zips(self) -> list[tuple[str, str | None]]:
        return [r for r in self.requests if r[0].endswith(".zip")]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModelServer]:
    srv = ModelServer()
    monkeypatch.setenv(models.MODELS_URL_ENV, srv.url + "/")
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


def test_the_base_url_comes_from_the_environment(server: ModelServer, tmp_path: Path) -> None:
    assert models.model_list_url() == server.url + "/model-list.json"
    server.publish(RU)
    path = models.download_model(RU, tmp_path)
    assert path == tmp_path / RU and models.model_problem(path) is None
    assert [p for p, _ in server.requests] == ["/model-list.json", f"/{RU}.zip"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [RU]  # no part file or lock left


def test_a_bad_checksum_is_refused_and_nothing_is_left(server: ModelServer, tmp_path: Path) -> None:
    server.publish(RU, md5="0" * 32)
    with pytest.raises(models.DownloadError, match="checksum mismatch"):
        models.download_model(RU, tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert models.installed_model("ru", tmp_path) is None


def test_a_download_cut_mid_body_is_resumed_with_a_range_request(server: ModelServer, tmp_path: Path) -> None:
    server.publish(EN)
    server.cut_first = True
    seen: list[tuple[int, int | None]] = []
    path = models.download_model(EN, tmp_path, progress=lambda done, total: seen.append((done, total)))
    assert models.model_problem(path) is None
    size = len(server.files[f"/{EN}.zip"])
    assert server.zips() == [(f"/{EN}.zip", None), (f"/{EN}.zip", f"bytes={size // 2}-")]
    assert seen[-1] == (size, size)
    assert sorted(p.name for p in tmp_path.iterdir()) == [EN]


def test_a_server_ignoring_ranges_gets_a_clean_restart(server: ModelServer, tmp_path: Path) -> None:
    server.publish(EN)
    server.cut_first, server.ranges = True, False
    path = models.download_model(EN, tmp_path)
    assert models.model_problem(path) is None  # the checksum held: the part was not appended to twice
    assert len(server.zips()) == 2


def test_a_part_left_by_an_earlier_run_is_resumed(server: ModelServer, tmp_path: Path) -> None:
    server.publish(RU)
    archive = server.files[f"/{RU}.zip"]
    (tmp_path / f".{RU}.zip.part").write_bytes(archive[:1000])
    models.download_model(RU, tmp_path)
    assert server.zips() == [(f"/{RU}.zip", "bytes=1000-")]


def test_first_run_downloads_both_models_once(server: ModelServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(firstrun.AUTO_ENV, raising=False)
    server.publish(EN, RU)
    assert firstrun.due(interactive=True) and not firstrun.due(interactive=False)  # never in cron or tests
    line = firstrun.fetch_default_models()
    assert line == f"speech models: downloaded and verified {EN}, {RU} into {tmp_path / 'mysterycall' / 'vosk'}"
    assert models.installed_model("en") and models.installed_model("ru")
    assert not firstrun.due(interactive=True)  # the marker: once per user
    monkeypatch.setenv(firstrun.AUTO_ENV, "0")
    assert not firstrun.due(interactive=True)
    monkeypatch.setenv(firstrun.AUTO_ENV, "1")
    assert firstrun.due(interactive=False)
    assert "already installed" in firstrun.fetch_default_models()


def test_first_run_without_network_says_so_and_installs_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv(models.MODELS_URL_ENV, f"http://127.0.0.1:{closed_port()}/")
    line = firstrun.fetch_default_models()
    assert line.startswith(f"speech models: could not download {EN} and {RU} (")
    assert "PocketSphinx fallback" in line and f"mysterycall models download {RU}" in line and "\n" not in line
    assert firstrun.marker_path().exists() and models.installed_model("en") is None


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.calls  # the CLI in a process
def test_the_first_run_of_the_cli_says_in_one_line_what_happened(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), firstrun.AUTO_ENV: "1",
           models.MODELS_URL_ENV: f"http://127.0.0.1:{closed_port()}/"}  # fmt: skip
    command = [sys.executable, "-m", "robot.cli", "validate", str(REPO / "scenarios" / "line-check.yaml")]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if line.startswith("speech models:")]
    assert len(said) == 1 and "could not download" in said[0], done.stderr
    assert (tmp_path / "mysterycall" / "models-first-run").exists()
