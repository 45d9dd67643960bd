"""Speech out of the box: try to fetch the small Russian and English Vosk models on the first run.

``MYSTERYCALL_MODELS_AUTO``: ``0`` never; ``1`` try now whenever one of them is missing (what
``scripts/demo.sh`` sets); unset: once per user (a marker in the per-user cache), and only on
an interactive terminal, so a cron job or a test run never reaches for the network. Where the
download is impossible the robot keeps working on the PocketSphinx fallback, and says so here,
in each result's ``asr`` and in the reports. Cheap to import: the model code loads only when due.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

AUTO_ENV = "MYSTERYCALL_MODELS_AUTO"
FETCH_TIMEOUT_S = 20.0  # per request: a network that drops packets must not hold the first run for long


def marker_path() -> Path:
    """``$XDG_CACHE_HOME/mysterycall/models-first-run`` (or under ``~/.cache``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mysterycall" / "models-first-run"


def due(interactive: bool) -> bool:
    """Whether this run should try to fetch the default models (see the module docstring)."""
    setting = os.environ.get(AUTO_ENV, "").strip()
    if setting == "0":
        return False
    if setting == "1":
        return True
    return interactive and not marker_path().exists()


def fetch_default_models(console: Any = None) -> str:
    """Download the missing small Vosk models (checksum-verified, into the per-user cache);
    one line saying what happened. ``console`` (rich, stderr) shows a transient progress bar."""
    from robot.media.asr.models import DEFAULT_MODEL, DownloadError, default_cache_dir, download_model, installed_model

    marker = marker_path()
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()  # tried once per user, whatever the outcome
    root = default_cache_dir()
    missing = [name for language, name in DEFAULT_MODEL.items() if installed_model(language, root) is None]
    if not missing:
        return f"speech models: Vosk models for {' and '.join(DEFAULT_MODEL)} already installed in {root}"
    done: list[str] = []
    for name in missing:
        try:
            done.append(str(_download(download_model, name, root, console).name))
        except DownloadError as exc:
            reason = "; ".join(p.message for p in exc.problems)
            got = f"installed {', '.join(done)}; " if done else ""
            left = missing[len(done) :]
            return (
                f"speech models: {got}could not download {' and '.join(left)} ({reason}); speech is transcribed "
                "by the PocketSphinx fallback (US English only, unreliable words: results and reports say so); "
                "retry later with " + " and ".join(f"`mysterycall models download {n}`" for n in left)
            )
    return f"speech models: downloaded and verified {', '.join(done)} into {root}"


def _download(download_model: Any, name: str, root: Path, console: Any) -> Path:
    if console is None or not getattr(console, "is_terminal", False):
        return Path(download_model(name, root, timeout=FETCH_TIMEOUT_S))
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    columns = (*Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(f"speech model {name}", total=None)
        return Path(
            download_model(
                name, root, timeout=FETCH_TIMEOUT_S, progress=lambda d, t: bar.update(task, completed=d, total=t)
            )
        )
