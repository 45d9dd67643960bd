"""Kamailio (Debian ``kamailio``, 5.6) as an independent SIP proxy/redirect server on loopback.

:class:`Kamailio` writes a minimal ``kamailio.cfg`` (no database; modules tm, sl, textops,
pv, maxfwd, xlog) and runs ``kamailio -DD -E`` (foreground, log to stderr, one UDP worker)
with its working and runtime directories under a temp dir. Its script:

* ``INVITE sip:moved-out@KAMAILIO`` -> ``302`` to ``sip:TARGET@127.0.0.1:PHONE_PORT`` (another
  host:port: the robot must refuse to follow);
* ``INVITE sip:moved-112@KAMAILIO`` -> ``302`` to ``sip:112@KAMAILIO`` (its own address, but an
  emergency number: the dialling policy refuses it);
* ``INVITE sip:moved-in@KAMAILIO`` -> ``302`` to ``sip:TARGET@KAMAILIO`` (its own address: the
  robot follows, and Kamailio relays that INVITE statefully to the phone);
* ``OPTIONS`` -> 200 (the readiness probe); anything else is relayed to ``127.0.0.1:PHONE_PORT``
  (``$du`` + ``t_relay``); every request is logged (``REQ METHOD R-URI``).

TARGET is ``ring0.2-talk``: the simulated phone rings 0.2 s, answers and speaks.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.peers.common import HOST, free_sip_port, sip_ping

MODULES = "/usr/lib/x86_64-linux-gnu/kamailio/modules/"
TARGET = "ring0.2-talk"

CONFIG = """#!KAMAILIO
debug=2
log_stderror=yes
fork=yes
children=1
disable_tcp=yes
auto_aliases=no
listen=udp:{host}:{port}
mpath="{modules}"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "textops.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "xlog.so"

request_route {{
    if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483", "Too Many Hops"); exit; }}
    xlog("L_NOTICE", "REQ $rm $ru\\n");
    if (is_method("OPTIONS") && $rU == "ping") {{ sl_send_reply("200", "OK"); exit; }}
    if (is_method("ACK")) {{
        if (t_check_trans()) {{ t_relay(); }}
        exit;
    }}
    if (is_method("INVITE") && $rU == "moved-out") {{
        append_to_reply("Contact: <sip:{target}@{host}:{phone_port}>\\r\\n");
        sl_send_reply("302", "Moved Temporarily");
        exit;
    }}
    if (is_method("INVITE") && $rU == "moved-112") {{
        append_to_reply("Contact: <sip:112@{host}:{port}>\\r\\n");
        sl_send_reply("302", "Moved Temporarily");
        exit;
    }}
    if (is_method("INVITE") && $rU == "moved-in") {{
        append_to_reply("Contact: <sip:{target}@{host}:{port}>\\r\\n");
        sl_send_reply("302", "Moved Temporarily");
        exit;
    }}
    $du = "sip:{host}:{phone_port}";
    if (!t_relay()) {{ sl_reply_error(); }}
    exit;
}}
"""


def kamailio_binary() -> str | None:
    return shutil.which("kamailio") or next(
        (p for p in ("/usr/sbin/kamailio", "/sbin/kamailio") if Path(p).exists()), None
    )


class Kamailio:
    """One Kamailio in the foreground; see the module docstring."""

    def __init__(self, workdir: Path, phone_port: int):
        self.dir = workdir
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "run").mkdir(exist_ok=True)
        self.port = free_sip_port()
        self.phone_port = phone_port
        self.config = self.dir / "kamailio.cfg"
        self.config.write_text(
            CONFIG.format(host=HOST, port=self.port, phone_port=phone_port, modules=MODULES, target=TARGET),
            encoding="utf-8",
        )
        self.log_path = self.dir / "kamailio.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def uri(self, user: str) -> str:
        return f"sip:{user}@{HOST}:{self.port}"

    def start(self) -> Kamailio:
        binary = kamailio_binary()
        if binary is None:
            raise RuntimeError("kamailio not installed (apt-get install kamailio)")
        run = self.dir / "run"
        args = [binary, "-f", str(self.config), "-DD", "-E", "-w", str(self.dir), "-Y", str(run)]
        args += ["-P", str(run / "kamailio.pid"), "-m", "16", "-M", "4"]
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        try:
            sip_ping(self.port)
        except TimeoutError:
            self.close()
            raise RuntimeError(f"kamailio did not start:\n{self.log()[-3000:]}") from None
        return self

    def requests(self) -> list[str]:
        """``METHOD R-URI`` of every request Kamailio's script saw, in order (probes left out)."""
        found = [line.split("REQ ", 1)[1].strip() for line in self.log().splitlines() if "REQ " in line]
        return [r for r in found if not r.startswith("OPTIONS sip:ping@")]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # the main process stops its workers
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
