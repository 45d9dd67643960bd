"""Official Vosk models: catalogue, per-user cache, verified download, resolution.

Checksums: alphacephei publishes an MD5 per model in ``model-list.json``. No value is
pinned here because it could not be verified offline; ``download_model`` verifies the
archive against (in order) an explicit ``checksum``, a pinned catalogue value, or the MD5
from the official model list fetched at download time, and refuses to install anything
it could not verify.

``MYSTERYCALL_MODELS_URL`` replaces the download base (the model list is
``BASE/model-list.json``, a model without a listed URL ``BASE/NAME.zip``): a mirror, or a
local server in the tests. An interrupted download is resumed with an HTTP Range request
(or started again when the server ignores ranges), a few times, and across runs.
"""

from __future__ import annotations

import fcntl
import hashlib
import http.client
import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from robot.errors import InputError, Problem

BASE_URL = "https://alphacephei.com/vosk/models/"
MODEL_LIST_URL = BASE_URL + "model-list.json"
MODELS_URL_ENV = "MYSTERYCALL_MODELS_URL"  # another download base (a mirror; a local server in tests)
FETCH_TRIES = 4  # an interrupted download is resumed (HTTP Range) up to this many times in all


def base_url() -> str:
    """``$MYSTERYCALL_MODELS_URL`` (with a final slash), else the official base."""
    url = os.environ.get(MODELS_URL_ENV, "").strip()
    return (url.rstrip("/") + "/") if url else BASE_URL


def model_list_url() -> str:
    return base_url() + "model-list.json"


@dataclass(frozen=True)
class ModelSpec:
    name: str
    language: str
    size: str  # as published (download size)
    kind: str  # "small" (live calls), "medium" or "big" (server, several GB of RAM)
    md5: str | None = None
    sha256: str | None = None

    @property
    def url(self) -> str:
        return f"{BASE_URL}{self.name}.zip"


CATALOGUE: dict[str, ModelSpec] = {
    s.name: s
    for s in (
        ModelSpec("vosk-model-small-en-us-0.15", "en", "40M", "small"),
        ModelSpec("vosk-model-small-ru-0.22", "ru", "45M", "small"),
        ModelSpec("vosk-model-en-us-0.22", "en", "1.8G", "big"),
        ModelSpec("vosk-model-en-us-0.22-lgraph", "en", "128M", "medium"),
        ModelSpec("vosk-model-ru-0.42", "ru", "1.8G", "big"),
    )
}
DEFAULT_MODEL = {"en": "vosk-model-small-en-us-0.15", "ru": "vosk-model-small-ru-0.22"}


class DownloadError(InputError):
    """A model download failed or did not verify (exit code 2 like other input errors)."""


@dataclass(frozen=True)
class ModelStatus:
    name: str
    language: str
    size: str
    installed: bool
    path: Path
    problem: str | None = None  # set when the directory exists but is not a usable model


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/mysterycall/vosk`` (or ``~/.cache/mysterycall/vosk``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mysterycall" / "vosk"


def model_problem(path: Path) -> str | None:
    """Why ``path`` is not a Vosk model directory, or None if it looks complete."""
    if not path.is_dir():
        return "not a directory" if path.exists() else "not found"
    if not (path / "am" / "final.mdl").is_file():
        return "incomplete model: am/final.mdl missing"
    if not (path / "conf").is_dir() or not any((path / "conf").glob("*.conf")):
        return "incomplete model: conf/ missing"
    graph = path / "graph"
    if not ((graph / "HCLG.fst").is_file() or (graph / "HCLr.fst").is_file()):
        return "incomplete model: graph/HCLG.fst (or HCLr.fst) missing"
    return None


def list_models(cache_dir: Path | None = None) -> list[ModelStatus]:
    """Catalogue models plus any other model directory found in the cache."""
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    out = []
    for spec in CATALOGUE.values():
        path = root / spec.name
        problem = model_problem(path) if path.exists() else None
        out.append(ModelStatus(spec.name, spec.language, spec.size, path.exists() and not problem, path, problem))
    if root.is_dir():
        for path in sorted(root.iterdir()):
            if path.name in CATALOGUE or path.name.startswith(".") or not path.is_dir():
                continue
            problem = model_problem(path)
            out.append(ModelStatus(path.name, _guess_language(path.name), "?", not problem, path, problem))
    return out


def _guess_language(name: str) -> str:
    parts = name.removeprefix("vosk-model-").removeprefix("small-").split("-")
    return parts[0] if parts else "?"


def installed_model(language: str, cache_dir: Path | None = None) -> Path | None:
    """The best installed usable model for ``language`` (small ones first: meant for live calls)."""
    candidates = [m for m in list_models(cache_dir) if m.installed and m.language == language]
    rank = {"small": 0, "medium": 1, "big": 2}
    candidates.sort(key=lambda m: (rank.get(CATALOGUE[m.name].kind, 2) if m.name in CATALOGUE else 1, m.name))
    return candidates[0].path if candidates else None


def resolve_model(name_or_path: str | Path, cache_dir: Path | None = None) -> Path:
    """Directory of a model given by catalogue/cache name or by path; InputError if unusable."""
    text = str(name_or_path)
    is_path = os.sep in text or text.startswith(".") or Path(text).is_absolute()
    path = Path(text).expanduser() if is_path else (Path(cache_dir) if cache_dir else default_cache_dir()) / text
    problem = model_problem(path)
    if problem is None:
        return path
    name = path.name
    hint = f"run `mysterycall models download {name}`"
    if is_path and name not in CATALOGUE:
        hint = "pass a Vosk model directory, or run `mysterycall models download NAME` (see models list)"
    raise InputError(Problem(str(path), 0, 0, f"Vosk model {problem}; {hint}"))


# --- download ------------------------------------------------------------------------------


def _parse_checksum(value: str) -> tuple[str, str]:
    algo, _, digest = value.partition(":") if ":" in value else ("", "", value)
    digest = digest.strip().lower()
    algo = algo.lower() or {32: "md5", 64: "sha256"}.get(len(digest), "")
    if algo not in ("md5", "sha256"):
        raise DownloadError(f"unsupported checksum {value!r} (use md5:HEX or sha256:HEX)")
    return algo, digest


def fetch_model_list(list_url: str = MODEL_LIST_URL, timeout: float = 30.0) -> list[dict[str, Any]]:
    """The official model list (name, lang, md5, size, url, ...)."""
    with urllib.request.urlopen(list_url, timeout=timeout) as resp:
        data = json.loads(resp.read().decode("utf-8"))
    if not isinstance(data, list):
        raise ValueError("model list is not a JSON array")
    return data


def download_model(
    name: str,
    cache_dir: Path | None = None,
    url: str | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    *,
    checksum: str | None = None,
    list_url: str | None = None,
    timeout: float = 60.0,
) -> Path:
    """Download, verify and unpack model ``name`` into the cache; return its directory.

    ``progress(done_bytes, total_bytes_or_None)`` is called while downloading. The model
    directory appears atomically (unpacked next to it, checked, then renamed). A download cut
    short is resumed (HTTP Range); one that does not verify is deleted and nothing is installed.
    """
    list_url = list_url or model_list_url()
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if not name or "/" in name or name.startswith("."):
        raise DownloadError(f"bad model name {name!r}")
    target = root / name
    if model_problem(target) is None:
        return target
    spec = CATALOGUE.get(name)
    expected = _parse_checksum(checksum) if checksum else None
    if expected is None and spec is not None:
        if spec.sha256:
            expected = ("sha256", spec.sha256)
        elif spec.md5:
            expected = ("md5", spec.md5)
    if expected is None or (url is None and spec is None):
        try:
            entry = next((m for m in fetch_model_list(list_url, timeout) if m.get("name") == name), None)
        except (OSError, ValueError) as exc:
            raise DownloadError(f"cannot verify {name}: model list {list_url} unavailable ({exc})") from None
        if entry is None and spec is None:
            raise DownloadError(f"unknown Vosk model {name!r}; see `mysterycall models list`")
        if expected is None:
            if not entry or not entry.get("md5"):
                raise DownloadError(f"cannot verify {name}: no checksum published for it in {list_url}")
            expected = ("md5", str(entry["md5"]).lower())
        url = url or (entry or {}).get("url")
    url = url or f"{base_url()}{name}.zip"
    root.mkdir(parents=True, exist_ok=True)
    part = root / f".{name}.zip.part"  # kept when the network fails: the next try resumes it
    lock = root / f".{name}.lock"
    with open(lock, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # one download of a model at a time (the part file is shared)
        try:
            if model_problem(target) is None:  # installed by another process meanwhile
                return target
            _fetch(url, part, progress, timeout)
            digest = _digest(part, expected[0])
            if digest != expected[1]:
                part.unlink(missing_ok=True)
                raise DownloadError(
                    f"{name}: checksum mismatch for {url} ({expected[0]} {digest}, expected {expected[1]}); "
                    "the download was discarded"
                )
            try:
                return _install(part, root, name)
            finally:
                part.unlink(missing_ok=True)
        finally:
            lock.unlink(missing_ok=True)


def _digest(path: Path, algo: str) -> str:
    hasher = hashlib.new(algo)
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            hasher.update(chunk)
    return hasher.hexdigest()


def _fetch(url: str, part: Path, progress: Callable[[int, int | None], None] | None, timeout: float) -> None:
    """Download ``url`` into ``part``, resuming what is there already (HTTP Range); a connection
    cut mid-body is resumed, up to :data:`FETCH_TRIES` requests in all."""
    problem = ""
    for _ in range(FETCH_TRIES):
        have = part.stat().st_size if part.exists() else 0
        request = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as resp:
                total = _expected_size(resp, have)
                if have and resp.status != 206:  # the server ignored the range: start again
                    have = 0
                done = have
                with open(part, "ab" if have else "wb") as out:
                    while chunk := resp.read(1 << 20):
                        out.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
        except urllib.error.HTTPError as exc:
            if exc.code == 416 and have:  # nothing left to fetch: the checksum decides
                return
            raise DownloadError(f"download of {url} failed: HTTP {exc.code} {exc.reason}") from None
        except (OSError, http.client.HTTPException) as exc:
            problem = str(exc) or type(exc).__name__
            if not part.exists() or part.stat().st_size == have:
                break  # nothing came through at all (no network): no point in retrying at once
            continue
        if total is None or done == total:
            return
        problem = f"truncated ({done} of {total} bytes)"
    raise DownloadError(f"download of {url} failed: {problem}")


def _expected_size(resp: Any, have: int) -> int | None:
    """The whole file's size, from Content-Range (a 206) or Content-Length (a 200)."""
    if resp.status == 206:
        whole = str(resp.headers.get("Content-Range", "")).rpartition("/")[2]
        if whole.isdigit():
            return int(whole)
        length = resp.headers.get("Content-Length")
        return have + int(length) if length and length.isdigit() else None
    length = resp.headers.get("Content-Length")
    return int(length) if length and length.isdigit() else None


def _install(archive: Path, root: Path, name: str) -> Path:
    target = root / name
    tmp = Path(tempfile.mkdtemp(dir=root, prefix=f".{name}.unpack-"))
    try:
        try:
            with zipfile.ZipFile(archive) as zf:
                for member in zf.namelist():
                    parts = PurePosixPath(member).parts
                    if PurePosixPath(member).is_absolute() or ".." in parts:
                        raise DownloadError(f"{name}: unsafe path {member!r} in archive")
                zf.extractall(tmp)
        except zipfile.BadZipFile:
            raise DownloadError(f"{name}: downloaded file is not a zip archive") from None
        entries = [p for p in tmp.iterdir() if not p.name.startswith("__MACOSX")]
        model_root = entries[0] if len(entries) == 1 and entries[0].is_dir() else tmp
        problem = model_problem(model_root)
        if problem:
            raise DownloadError(f"{name}: archive does not hold a Vosk model ({problem})")
        try:
            os.rename(model_root, target)
        except OSError:
            if model_problem(target) is None:  # installed concurrently by another process
                return target
            trash = Path(tempfile.mkdtemp(dir=root, prefix=f".{name}.old-"))
            os.rename(target, trash / name)
            os.rename(model_root, target)
            shutil.rmtree(trash, ignore_errors=True)
        return target
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
