"""Files with personal data are owner-only whatever the umask: the SQLite store with its -wal
and -shm, reports of every format, call results and recordings are 0600, and the folders the
robot creates for them 0700."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from robot.call.place import save_result
from robot.call.result import CallResult
from robot.campaigns.store import Store
from robot.config.private import private_dir, private_open_fd, private_umask, write_private_text
from robot.errors import InputError
from robot.report import FORMATS, write_report
from robot.sip.recording import WavWriter

UMASKS = [0o022, 0o000]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=UMASKS, ids=lambda m: f"umask{m:03o}")
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_private_files_and_folders_ignore_the_umask(umask: int, tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.txt"
    write_private_text(target, "personal")
    assert mode(target) == 0o600
    assert mode(tmp_path / "a") == 0o700 and mode(tmp_path / "a" / "b") == 0o700
    assert target.read_text() == "personal"


def test_an_existing_file_is_tightened_and_an_existing_folder_kept(umask: int, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    old = shared / "old.csv"
    old.write_text("x")
    os.chmod(old, 0o644)
    os.close(private_open_fd(old))
    assert mode(old) == 0o600
    assert mode(private_dir(shared)) == 0o755


def test_private_umask_is_restored(umask: int) -> None:
    with private_umask():
        assert os.umask(0o077) == 0o077
    assert os.umask(umask) == umask


def test_the_store_and_its_wal_and_shm_are_owner_only(umask: int, tmp_path: Path) -> None:
    path = tmp_path / "new" / "results.db"
    with Store(path):
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(f.exists() for f in files)
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert mode(tmp_path / "new") == 0o700


def test_a_store_created_world_readable_before_is_tightened(umask: int, tmp_path: Path) -> None:
    path = tmp_path / "results.db"
    with Store(path):
        pass
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            os.chmod(f"{path}{suffix}", 0o644)
    with Store(path):
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600 and mode(Path(f"{path}-shm")) == 0o600


@pytest.mark.parametrize("report_format", FORMATS)
def test_reports_of_every_format_are_owner_only(umask: int, tmp_path: Path, report_format: str) -> None:
    with Store(tmp_path / "results.db") as store:
        out = tmp_path / "out" / f"report.{report_format}"
        write_report(report_format, out, store)
        assert mode(out) == 0o600 and mode(tmp_path / "out") == 0o700
        out.chmod(0o644)  # rewriting a report that was 0644 tightens it
        write_report(report_format, out, store)
        assert mode(out) == 0o600


def test_a_report_that_cannot_be_written_is_one_problem(tmp_path: Path) -> None:
    with Store(tmp_path / "results.db") as store, pytest.raises(InputError) as info:
        write_report("csv", tmp_path / ("x" * 300) / "r.csv", store)
    (problem,) = info.value.problems
    assert "path too long" in problem.message


def test_results_and_recordings_are_owner_only(umask: int, tmp_path: Path) -> None:
    result = CallResult(
        call_id="c1", target="sip:x@127.0.0.1", started_at=datetime.now(UTC).isoformat(), outcome="busy"
    )
    saved = save_result(result, tmp_path / "results")
    assert mode(saved) == 0o600 and mode(tmp_path / "results") == 0o700
    wav = tmp_path / "rec.wav"
    writer = WavWriter(wav, 8000, 2)
    writer.write(b"\0\0" * 320)
    writer.close()
    assert mode(wav) == 0o600
