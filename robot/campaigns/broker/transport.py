"""What travels through the broker: a job with its files' content, a result with its recording.

A :class:`WireJob` carries the scenario, every file it references (``include:`` checklists,
nested includes, ``play`` audio...) and the config, as content under paths relative to a
common root, so a worker on another machine rebuilds the same tree and runs the job there.
The SIP password never travels: the coordinator's ``secrets_file`` is dropped and each
worker reads its own (:mod:`robot.config.credentials`). Recordings come back FLAC-encoded
(lossless, by ``sox``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import tempfile
import wave
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, Field

from robot.call.result import CallResult
from robot.campaigns.job import CallJob
from robot.config.yamlfile import load_yaml
from robot.errors import InputError

WIRE_VERSION = 1
CONFIG_NAME = "config.yaml"
# machine-local settings a worker takes from its own --config, never from the job
MACHINE_LOCAL_SIP = ("bind_address", "local_port")


class Bundle(BaseModel):
    """Files by relative POSIX path (base64 content): the scenario's tree (``files``, ``scenario``
    names one of them) and the config's (``config_files``: ``config.yaml`` and its do-not-call list)."""

    files: dict[str, str] = Field(default_factory=dict)
    scenario: str | None = None
    config_files: dict[str, str] = Field(default_factory=dict)

    def digest(self) -> str:
        return _digest(self.files)

    def config_digest(self) -> str:
        return _digest(self.config_files)


def _digest(files: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]


class WireJob(BaseModel):
    """One attempt as submitted: the job, its files, where to reply and how long a claim lives."""

    version: int = WIRE_VERSION
    key: str
    reply_to: str
    claim_ttl_s: float
    job: CallJob
    bundle: Bundle


class WireResult(BaseModel):
    """A finished attempt as a worker reports it (the recording FLAC-encoded, base64)."""

    key: str
    worker: str
    result: CallResult
    recording_name: str | None = None
    recording_flac: str | None = None


# -- coordinator side: pack ----------------------------------------------------------------------


def _referenced(path: Path, seen: set[Path]) -> None:
    """Add ``path`` and, for YAML, every existing file a string value names (relative to it), recursively."""
    path = path.resolve()
    if path in seen:
        return
    seen.add(path)
    if path.suffix.lower() not in (".yaml", ".yml"):
        return
    try:
        data = load_yaml(path)
    except InputError:
        return  # the worker reports the problem when it loads the file, as a local run would
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and item and len(item) < 4096 and "\n" not in item and not os.path.isabs(item):
            candidate = path.parent / item
            try:
                if candidate.is_file():
                    _referenced(candidate, seen)
            except OSError:
                continue


def _config_text(config: str | None) -> tuple[dict[str, Any], Path | None]:
    """The job's config as plain data (defaults: ./config.yaml if present, else empty), and its path."""
    path = Path(config) if config else (Path(CONFIG_NAME) if Path(CONFIG_NAME).is_file() else None)
    if path is None:
        return {}, None
    data = load_yaml(path)
    plain = json.loads(json.dumps(data, default=str)) if data is not None else {}
    if not isinstance(plain, dict):
        raise InputError(f"{path}: a config must be a mapping")
    return plain, path


def pack(job: CallJob, reply_to: str, claim_ttl_s: float) -> WireJob:
    """The self-contained wire job for ``job`` (InputError: a file it needs cannot be read)."""
    config, config_path = _config_text(job.config)
    config.pop("secrets_file", None)  # never travels
    config.pop("store", None)  # the coordinator's business
    config.get("tts", {}).pop("cache_dir", None) if isinstance(config.get("tts"), dict) else None
    config_files: dict[str, str] = {}
    policy = config.get("policy")
    dnc = policy.get("do_not_call") if isinstance(policy, dict) else None
    if isinstance(dnc, str) and config_path is not None:
        config_files[DNC_NAME] = _b64(_read((config_path.parent / dnc).resolve()))
        config["policy"]["do_not_call"] = DNC_NAME
    config_files[CONFIG_NAME] = base64.b64encode(json.dumps(config).encode()).decode("ascii")
    seen: set[Path] = set()
    if job.scenario:
        _referenced(Path(job.scenario), seen)
    root = Path(os.path.commonpath([str(p.parent) for p in seen])) if seen else Path("/")
    files = {path.relative_to(root).as_posix(): _b64(_read(path)) for path in sorted(seen)}
    scenario = Path(job.scenario).resolve().relative_to(root).as_posix() if job.scenario else None
    bundle = Bundle(files=files, scenario=scenario, config_files=config_files)
    return WireJob(key=job.job_id, reply_to=reply_to, claim_ttl_s=claim_ttl_s, job=job, bundle=bundle)


DNC_NAME = "do-not-call.txt"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- worker side: unpack ---------------------------------------------------------------------------


def materialize(bundle: Bundle, spool: Path, local: dict[str, Any]) -> tuple[Path, Path]:
    """Write the bundle's scenario tree under ``spool/s-<digest>/`` and its config under
    ``spool/c-<digest>/`` (each once per content), the worker's machine-local settings ``local``
    merged into the config; returns (scenario folder, config folder)."""
    files = _write_tree(spool, f"s-{bundle.digest()}", bundle.files)
    config_files = dict(bundle.config_files)
    raw = base64.b64decode(config_files.get(CONFIG_NAME, ""), validate=True)
    config = json.loads(raw) if raw.strip() else {}
    if not isinstance(config, dict):
        raise InputError("job bundle: the config is not a mapping")
    config.update({k: v for k, v in local.items() if k != "sip"})
    if local.get("sip"):
        config["sip"] = {**(config.get("sip") or {}), **local["sip"]}
    config_files[CONFIG_NAME] = _b64(json.dumps(config).encode())
    settings = _write_tree(spool, f"c-{bundle.config_digest()}-{_digest({'local': json.dumps(local, sort_keys=True)})}",
                           config_files)  # fmt: skip
    return files, settings


def _write_tree(spool: Path, name: str, files: dict[str, str]) -> Path:
    folder = spool / name
    if (folder / ".complete").is_file():
        return folder
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=spool))
    for rel_name, content in files.items():
        rel = PurePosixPath(rel_name)
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            raise InputError(f"job bundle: unsafe path {rel_name!r}")
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(content, validate=True))
    (staging / ".complete").write_text("ok")
    try:
        staging.rename(folder)
    except OSError:  # another task wrote it first
        _remove_tree(staging)
    return folder


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def local_job(wire: WireJob, folders: tuple[Path, Path]) -> CallJob:
    """The wire job with its scenario and config pointing into the worker's copies."""
    files, settings = folders
    scenario = str(files / wire.bundle.scenario) if wire.bundle.scenario else None
    return wire.job.model_copy(update={"scenario": scenario, "config": str(settings / CONFIG_NAME)})


# -- recordings: lossless FLAC ------------------------------------------------------------------------


def wav_to_flac(wav: Path) -> bytes:
    """FLAC bytes of a 16-bit PCM WAV file (``sox``, compression 8; lossless)."""
    with tempfile.TemporaryDirectory(prefix="mysterycall-flac-") as tmp:
        out = Path(tmp) / "r.flac"
        _sox([str(wav), "-C", "8", str(out)])
        return out.read_bytes()


def flac_to_wav(flac: bytes, target: Path) -> None:
    """Decode FLAC into a 16-bit PCM WAV at ``target`` (owner-only), sample for sample."""
    from robot.config.private import private_open_fd

    with tempfile.TemporaryDirectory(prefix="mysterycall-flac-") as tmp:
        source, raw = Path(tmp) / "r.flac", Path(tmp) / "r.raw"
        source.write_bytes(flac)
        info = flac_format(flac)
        _sox([str(source), "-t", "raw", "-e", "signed-integer", "-b", "16", "-L", str(raw)])
        pcm = raw.read_bytes()
    with os.fdopen(private_open_fd(target), "wb") as handle, wave.open(handle, "wb") as out:
        out.setnchannels(info[0])
        out.setsampwidth(2)
        out.setframerate(info[1])
        out.writeframes(pcm)


def flac_format(flac: bytes) -> tuple[int, int]:
    """(channels, sample rate) from a FLAC stream's STREAMINFO block (16-bit only, as recordings are)."""
    if flac[:4] != b"fLaC" or len(flac) < 42 or flac[4] & 0x7F != 0:
        raise OSError("not a FLAC stream")
    bits = int.from_bytes(flac[18:26], "big")  # STREAMINFO bytes 10-17: rate, channels, depth, samples
    rate, channels, depth = bits >> 44, ((bits >> 41) & 0x7) + 1, ((bits >> 36) & 0x1F) + 1
    if depth != 16:
        raise OSError(f"FLAC of {depth}-bit samples: recordings are 16-bit")
    return channels, rate


def _sox(args: list[str]) -> None:
    done = subprocess.run(["sox", "-q", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise OSError(f"sox failed: {done.stderr.strip() or done.returncode}")
