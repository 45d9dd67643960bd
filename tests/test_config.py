"""config.yaml validation (pydantic + line numbers) and where the SIP password comes from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from robot.config.credentials import PASSWORD_ENV, SECRETS_FILE_ENV, sip_password
from robot.config.settings import Config, load_config
from robot.errors import InputError

REPO = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message, f"the error must be a single line: {message!r}"
    return message


@pytest.fixture(autouse=True)
def _no_password_in_environment(monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv(SECRETS_FILE_ENV, raising=False)


# -- the shipped file ---------------------------------------------------------------


def test_shipped_config_yaml_loads():
    config = load_config(REPO / "config.yaml")
    assert isinstance(config, Config)
    assert config.sip.transport in ("udp", "tcp", "tls")
    assert config.dial_plan.region == "RU"
    assert config.limits.max_ring_s > 0 and config.limits.max_call_s > 0
    assert config.recordings_dir == REPO / "recordings"
    assert config.results_dir == REPO / "results"


def test_no_config_file_gives_the_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_config() == Config()


# -- errors name the file, the line, the column and the key -----------------------------


def test_unknown_key_names_file_line_column_and_key(tmp_path):
    path = write(
        tmp_path,
        "sip:\n"  # 1
        "  transport: udp\n"  # 2
        "limits:\n"  # 3
        "  max_ring_s: 3\n"  # 4
        "  max_rign_s: 5\n",  # 5: typo
    )
    assert load_error(path) == f"{path}:5:3: unknown key 'max_rign_s'"


def test_unknown_top_level_key(tmp_path):
    path = write(tmp_path, "# comment\nrecordings_dir: rec\nrecording_dir: rec\n")
    assert load_error(path) == f"{path}:3:1: unknown key 'recording_dir'"


@pytest.mark.parametrize(
    ("text", "line", "col", "key"),
    [
        ("limits:\n  max_ring_s: 3\n  max_call_s: lots\n", 3, 3, "limits.max_call_s"),
        ("sip:\n  local_port: five\n", 2, 3, "sip.local_port"),
        ("sip:\n  transport: sctp\n", 2, 3, "sip.transport"),
        ("sip:\n  codecs:\n    - PCMU/8000\n    - [1, 2]\n", 4, 7, "sip.codecs.1"),
        ("limits: 30\n", 1, 1, "limits"),
        ("\n\nlimits:\n  stay_s: -1\n", 4, 3, "limits.stay_s"),
    ],
)
def test_wrong_type_names_file_line_column_and_key(tmp_path, text, line, col, key):
    path = write(tmp_path, text)
    message = load_error(path)
    assert message.startswith(f"{path}:{line}:{col}: {key}: "), message
    assert "Input should" not in message and "Value error" not in message, "plain words, not pydantic's"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("limits:\n  max_call_s: lots\n", "limits.max_call_s: must be a number, got 'lots'"),
        ("sip:\n  local_port: five\n", "sip.local_port: must be a whole number, got 'five'"),
        ("sip:\n  local_port: 70000\n", "sip.local_port: must be 65535 or less, got 70000"),
        ("sip:\n  transport: sctp\n", "sip.transport: must be one of: udp, tcp, tls (got 'sctp')"),
        ("sip:\n  codecs: PCMU\n", "sip.codecs: must be a list, got 'PCMU'"),
        (
            "sip:\n  account:\n    id_uri: sip:a@b\n    register: maybe\n",
            "sip.account.register: must be true or false, got 'maybe'",
        ),
        ("limits: 30\n", "limits: must be a mapping (key: value), got 30"),
        ("limits:\n  stay_s: -1\n", "limits.stay_s: must be 0 or more, got -1"),
        ("limits:\n  max_ring_s: 0\n", "limits.max_ring_s: must be more than 0, got 0"),
        ("asr:\n  engine: google\n", "asr.engine: must be one of: auto, vosk, pocketsphinx (got 'google')"),
        ("tts:\n  rate: 1.5\n", "tts.rate: must be a whole number, got 1.5"),
        (
            "sip:\n  account:\n    id_uri: robot@pbx\n",
            "sip.account.id_uri: must be a SIP URI starting with sip: or sips:",
        ),
    ],
)
def test_wrong_values_are_explained_in_plain_words(tmp_path, text, message):
    path = write(tmp_path, text)
    assert load_error(path).split(": ", 1)[1] == message


def test_missing_required_key_names_file_line_column_and_key(tmp_path):
    path = write(
        tmp_path,
        "dial_plan:\n"  # 1
        "  region: RU\n"  # 2
        "sip:\n"  # 3
        "  account:\n"  # 4: no id_uri
        "    registrar: sip:pbx.example.com\n"  # 5
        "    auth_user: robot\n",  # 6
    )
    assert load_error(path) == f"{path}:4:3: missing required key 'sip.account.id_uri'"


def test_account_uri_that_is_not_sip_is_an_error_on_its_line(tmp_path):
    path = write(tmp_path, "sip:\n  account:\n    id_uri: robot@pbx.example.com\n")
    message = load_error(path)
    assert message.startswith(f"{path}:3:5: sip.account.id_uri: ")
    assert "sip:" in message


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, "sip:\n  transport: udp\n limits: [\n")
    assert load_error(path).startswith(f"{path}:3:")


def test_empty_file_is_an_error(tmp_path):
    path = write(tmp_path, "# nothing here\n")
    assert load_error(path) == f"{path}:1:1: file is empty"


def test_missing_file_is_an_input_error(tmp_path):
    assert load_error(tmp_path / "nope.yaml") == f"{tmp_path / 'nope.yaml'}: file not found"


@pytest.mark.parametrize(
    ("text", "line", "col", "key"),
    [
        ("sip:\n  account:\n    id_uri: sip:robot@pbx\n    password: hunter2\n", 4, 5, "password"),
        ("sip:\n  account:\n    id_uri: sip:robot@pbx\n    sip_password: hunter2\n", 4, 5, "sip_password"),
        ("sip:\n  password: hunter2\n", 2, 3, "password"),
        ("sip_password: hunter2\n", 1, 1, "sip_password"),
        ("limits:\n  max_ring_s: 3\npassword: hunter2\n", 3, 1, "password"),
    ],
)
def test_password_in_config_yaml_is_rejected_as_unknown_key(tmp_path, text, line, col, key):
    path = write(tmp_path, text)
    message = load_error(path)
    assert message == f"{path}:{line}:{col}: unknown key '{key}'"
    assert "hunter2" not in message, "the rejected password must not be echoed"


# -- relative paths -----------------------------------------------------------------------


def test_relative_paths_resolve_against_the_config_files_directory(tmp_path, monkeypatch):
    conf_dir = tmp_path / "conf"
    conf_dir.mkdir()
    path = write(
        conf_dir,
        "recordings_dir: rec\nresults_dir: ../out/results\nsecrets_file: secret.txt\nstore:\n  path: db/calls.db\n",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config = load_config(Path("..") / "conf" / "config.yaml")
    base = conf_dir.resolve()
    assert config.recordings_dir == base / "rec"
    assert config.results_dir == base / "../out/results"
    assert config.secrets_file == base / "secret.txt"
    assert config.store.path == base / "db/calls.db"
    assert path.resolve().parent == base


def test_absolute_paths_are_kept(tmp_path):
    target = tmp_path / "abs-recordings"
    path = write(tmp_path, f"recordings_dir: {target}\n")
    assert load_config(path).recordings_dir == target


# -- secrets --------------------------------------------------------------------------------


def secrets_file(tmp_path: Path, content: str, mode: int = 0o600) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(content, encoding="utf-8")
    os.chmod(path, mode)
    return path


def test_no_password_anywhere_is_none(tmp_path):
    assert sip_password(None) is None


def test_environment_password_wins_over_the_secrets_file(tmp_path, monkeypatch):
    path = secrets_file(tmp_path, "from-file\n")
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert sip_password(path) == "from-env"


def test_environment_password_wins_even_over_a_refused_secrets_file(tmp_path, monkeypatch):
    path = secrets_file(tmp_path, "from-file\n", 0o644)
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert sip_password(path) == "from-env"


def test_secrets_file_named_in_config_is_read(tmp_path):
    secrets_file(tmp_path, "  s3cr3t-Pa55  \nsecond line is ignored\n")
    config = load_config(write(tmp_path, "secrets_file: secret.txt\n"))
    assert sip_password(config.secrets_file) == "s3cr3t-Pa55"


def test_secrets_file_named_in_environment_is_read(tmp_path, monkeypatch):
    path = secrets_file(tmp_path, "env-file-pass\n")
    monkeypatch.setenv(SECRETS_FILE_ENV, str(path))
    assert sip_password(None) == "env-file-pass"


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644, 0o660, 0o606, 0o610])
def test_group_or_world_readable_secrets_file_is_refused(tmp_path, mode):
    path = secrets_file(tmp_path, "s3cr3t-Pa55\n", mode)
    with pytest.raises(InputError) as info:
        sip_password(path)
    message = str(info.value)
    assert str(path) in message and "600" in message
    assert "s3cr3t-Pa55" not in message
    assert "\n" not in message


def test_missing_secrets_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read secrets file"):
        sip_password(tmp_path / "missing.txt")


def test_empty_secrets_file_gives_no_password(tmp_path):
    assert sip_password(secrets_file(tmp_path, "\n")) is None
