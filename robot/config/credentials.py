"""Where the SIP password comes from: the environment or a secrets file, never config.yaml."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from robot.errors import InputError

PASSWORD_ENV = "MYSTERYCALL_SIP_PASSWORD"
SECRETS_FILE_ENV = "MYSTERYCALL_SECRETS_FILE"


def sip_password(secrets_file: Path | None) -> str | None:
    """The SIP password from ``$MYSTERYCALL_SIP_PASSWORD``, else from the secrets file.

    The secrets file holds the password alone on its first line; it must not be readable by
    group or others (like ssh keys), otherwise it is refused.
    """
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    file = secrets_file or (Path(os.environ[SECRETS_FILE_ENV]) if os.environ.get(SECRETS_FILE_ENV) else None)
    if file is None:
        return None
    try:
        mode = file.stat().st_mode
    except OSError as exc:
        raise InputError(f"{file}: cannot read secrets file: {exc.strerror}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise InputError(f"{file}: secrets file must be owner-only (chmod 600 {file})")
    lines = file.read_text(encoding="utf-8").splitlines()
    return lines[0].strip() if lines and lines[0].strip() else None
