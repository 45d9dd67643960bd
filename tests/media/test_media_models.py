"""Vosk model catalogue, verified download from a loopback HTTP server, and resolution."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from robot.errors import InputError
from robot.media.asr import models

NAME = "vosk-model-small-ru-0.22"


def _model_zip(name: str, complete: bool = True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"{name}/conf/model.conf", "--min-active=200\n")
        zf.writestr(f"{name}/graph/HCLG.fst", b"fst")
        if complete:
            zf.writestr(f"{name}/am/final.mdl", b"mdl")
        zf.writestr(f"{name}/README", "test model")
    return buf.getvalue()


class _Server:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        files, requests = self.files, self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                requests.append(self.path)
                body = files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def publish(self, name: str, archive: bytes, md5: str | None = None) -> None:
        self.files[f"/{name}.zip"] = archive
        entry = {
            "name": name,
            "lang": "ru",
            "md5": md5 or hashlib.md5(archive).hexdigest(),
            "size": len(archive),
        }
        entry["url"] = f"{self.url}/{name}.zip"
        self.files["/model-list.json"] = json.dumps([entry]).encode()


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    yield srv
    srv.httpd.shutdown()


def test_catalogue_has_the_official_models() -> None:
    for name, lang in [
        ("vosk-model-small-en-us-0.15", "en"),
        ("vosk-model-small-ru-0.22", "ru"),
        ("vosk-model-en-us-0.22", "en"),
        ("vosk-model-ru-0.42", "ru"),
    ]:
        spec = models.CATALOGUE[name]
        assert spec.language == lang and spec.url == f"https://alphacephei.com/vosk/models/{name}.zip"
    assert models.MODEL_LIST_URL == "https://alphacephei.com/vosk/models/model-list.json"


def test_download_verifies_md5_from_model_list(server: _Server, tmp_path: Path) -> None:
    server.publish(NAME, _model_zip(NAME))
    seen = []
    path = models.download_model(
        NAME, tmp_path, url=f"{server.url}/{NAME}.zip", progress=lambda d, t: seen.append((d, t)),
        list_url=f"{server.url}/model-list.json",
    )  # fmt: skip
    assert path == tmp_path / NAME and (path / "am" / "final.mdl").read_bytes() == b"mdl"
    assert seen and seen[-1][0] == seen[-1][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]  # no temporary leftovers
    assert models.resolve_model(NAME, tmp_path) == path
    status = {m.name: m for m in models.list_models(tmp_path)}
    assert status[NAME].installed and not status["vosk-model-small-en-us-0.15"].installed
    assert models.installed_model("ru", tmp_path) == path
    # already installed: nothing is fetched again
    server.requests.clear()
    assert models.download_model(NAME, tmp_path, list_url=f"{server.url}/model-list.json") == path
    assert server.requests == []


def test_download_refuses_a_bad_checksum(server: _Server, tmp_path: Path) -> None:
    server.publish(NAME, _model_zip(NAME), md5="0" * 32)
    with pytest.raises(models.DownloadError, match="checksum mismatch.*discarded"):
        models.download_model(NAME, tmp_path, url=f"{server.url}/{NAME}.zip", list_url=f"{server.url}/model-list.json")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InputError, match="mysterycall models download"):
        models.resolve_model(NAME, tmp_path)


def test_explicit_sha256_and_url_from_the_list(server: _Server, tmp_path: Path) -> None:
    archive = _model_zip("my-model")
    server.publish("my-model", archive, md5="f" * 32)  # the list's md5 is ignored: explicit wins
    digest = hashlib.sha256(archive).hexdigest()
    with pytest.raises(models.DownloadError, match="sha256"):
        models.download_model(
            "my-model", tmp_path, checksum="sha256:" + "0" * 64, list_url=f"{server.url}/model-list.json"
        )
    path = models.download_model(
        "my-model", tmp_path, checksum="sha256:" + digest, list_url=f"{server.url}/model-list.json"
    )
    assert models.model_problem(path) is None


def test_download_errors(server: _Server, tmp_path: Path) -> None:
    server.publish(NAME, _model_zip(NAME, complete=False))
    with pytest.raises(models.DownloadError, match=r"does not hold a Vosk model \(incomplete model: am/final\.mdl"):
        models.download_model(NAME, tmp_path, url=f"{server.url}/{NAME}.zip", list_url=f"{server.url}/model-list.json")
    with pytest.raises(models.DownloadError, match="unknown Vosk model"):
        models.download_model("no-such-model", tmp_path, list_url=f"{server.url}/model-list.json")
    with pytest.raises(models.DownloadError, match="model list .* unavailable"):
        models.download_model(NAME, tmp_path, list_url=f"{server.url}/missing.json")
    server.files[f"/{NAME}.zip"] = b"not a zip"
    with pytest.raises(models.DownloadError, match="not a zip"):
        models.download_model(
            NAME, tmp_path, checksum=hashlib.md5(b"not a zip").hexdigest(), url=f"{server.url}/{NAME}.zip"
        )
    assert [p for p in tmp_path.iterdir()] == []


def test_resolve_model_by_path_and_default_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert models.default_cache_dir() == tmp_path / "xdg" / "mysterycall" / "vosk"
    with pytest.raises(InputError, match=r"not found; run `mysterycall models download vosk-model-ru-0.42`"):
        models.resolve_model("vosk-model-ru-0.42")
    with pytest.raises(InputError, match="mysterycall models download NAME"):
        models.resolve_model(str(tmp_path / "somewhere"))
