"""linphonec (Debian ``linphone-cli``, liblinphone 5.1) as an independent callee on loopback.

:class:`Linphonec` writes a ``linphonerc`` (UDP SIP on 127.0.0.1, RTP ports picked free,
``incoming_calls_early_media=1``: an incoming call is answered ``183 Session Progress`` with
SDP and audio flows at once) and runs ``linphonec -c RC --real-early-media`` with ``HOME``
in a temp dir (liblinphone keeps its database under ``~/.local/share/linphone``, and does
not listen at all when it cannot open it). No sound card: ``soundcard use files`` and
``play WAV`` make the WAV the "microphone", so the early media is that WAV (without
``--real-early-media`` linphonec sends no audio during early media). It is driven on stdin
(``answer``, ``terminate`` = 603 Decline for a call not yet answered); its stdout lines are
queued.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path

from tests.peers.common import HOST, free_media_base, free_sip_port, sip_ping

RC = """[sip]
sip_port={port}
sip_tcp_port=0
bind_address={host}
incoming_calls_early_media=1
guess_hostname=1
inc_timeout=30

[rtp]
audio_rtp_port={rtp}
video_rtp_port={video}
text_rtp_port={text}

[video]
display=0
capture=0
"""


def linphonec_binary() -> str | None:
    return shutil.which("linphonec")


class Linphonec:
    """One linphonec process; see the module docstring."""

    def __init__(self, workdir: Path, audio: Path):
        self.dir = workdir
        (self.dir / ".local" / "share" / "linphone").mkdir(parents=True, exist_ok=True)
        self.port = free_sip_port()
        rtp = free_media_base(span=6)
        self.rc = self.dir / "linphonerc"
        self.rc.write_text(RC.format(port=self.port, host=HOST, rtp=rtp, video=rtp + 2, text=rtp + 4), encoding="utf-8")
        self.audio = audio
        self.log_path = self.dir / "linphone.log"
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        self.proc: subprocess.Popen[str] | None = None

    def uri(self, user: str) -> str:
        return f"sip:{user}@{HOST}:{self.port}"

    def start(self) -> Linphonec:
        binary = linphonec_binary()
        if binary is None:
            raise RuntimeError("linphonec not installed (apt-get install linphone-cli)")
        env = {**os.environ, "HOME": str(self.dir), "XDG_DATA_HOME": str(self.dir / ".local" / "share")}
        args = [binary, "-c", str(self.rc), "-d", "4", "-l", str(self.log_path), "--real-early-media"]
        self.proc = subprocess.Popen(
            args,
            cwd=self.dir,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )
        threading.Thread(target=self._read, name=f"linphonec-{self.port}", daemon=True).start()
        self.send("soundcard use files")
        self.wait_line("Using wav files instead of soundcard")
        self.send(f"play {self.audio}")
        sip_ping(self.port)
        return self

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)
            self.lines.put(line)

    def send(self, command: str) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def wait_line(self, text: str, timeout: float = 15) -> str:
        """The next stdout line containing ``text``, within ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                line = self.lines.get(timeout=max(left, 0.001))
            except queue.Empty:
                raise TimeoutError(f"linphonec never printed {text!r}:\n{''.join(self.output)[-2000:]}") from None
            if text in line:
                return line

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def close(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            self.send("quit")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
