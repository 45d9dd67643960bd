"""``mysterycall serve``: check where to listen and with what, then run the threaded WSGI server.

Everything is checked before a socket is bound: the bind rule (any address but 127.0.0.1
needs ``MYSTERYCALL_SERVE_TOKEN``), the store (it must exist and be a results store) and the
port. Request lines are logged without their query string (which may carry the token).
"""

from __future__ import annotations

import logging
import re
import socket
import sys
from pathlib import Path
from typing import IO, Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from robot.dashboard import access
from robot.dashboard.app import create_app
from robot.dashboard.queries import check_store
from robot.errors import InputError

log = logging.getLogger("robot.dashboard")
_QUERY = re.compile(r"\?\S*")  # a query string, up to the next space (it may carry ?token=)


class _RequestHandler(WSGIRequestHandler):
    """werkzeug's handler, logging ``METHOD PATH STATUS`` only (never the query string)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        status = getattr(code, "value", code)
        path = getattr(self, "path", None) or "-"  # unset when the request line could not be read
        log.info("%s %s %s", getattr(self, "command", None) or "-", path.split("?", 1)[0], status)

    def log(self, type: str, message: str, *args: Any) -> None:
        """werkzeug's other lines (bad request lines, errors), with any query string cut off."""
        text = message % args if args else message
        super().log(type, "%s", _QUERY.sub(" ", text))


def build_server(
    db: Path, recordings_dir: Path, host: str = access.DEFAULT_HOST, port: int = 8080, token: str | None = None
) -> BaseWSGIServer:
    """The bound (not yet serving) server, or :class:`InputError` before anything is bound."""
    access.check_bind(host, token)
    if not 0 <= port <= 65535:
        raise InputError(f"--port must be between 0 and 65535, got {port}")
    check_store(db)
    app = create_app(db, recordings_dir, token)
    listener = _listen(host, port)  # bound here: werkzeug would print its own lines and exit
    try:
        return make_server(host, port, app, threaded=True, request_handler=_RequestHandler, fd=listener.fileno())
    finally:
        listener.close()  # the server holds its own duplicate


def _listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``, or one plain :class:`InputError` line."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                                 flags=socket.AI_PASSIVE)[0]  # fmt: skip
        listener = socket.socket(family, kind, proto)
    except OSError as exc:
        raise InputError(f"serve: cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(128)
    except OSError as exc:
        listener.close()
        raise InputError(f"serve: cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return listener


def serve(db: Path | None, host: str, port: int, config: Path | None, out: IO[str] | None = None) -> None:
    """Serve the dashboard until interrupted; the store and recordings folder come from the config."""
    from robot.config.settings import load_config

    cfg = load_config(config)
    server = build_server(Path(db) if db is not None else cfg.store.path, cfg.recordings_dir, host, port,
                          access.token_from_env())  # fmt: skip
    stream: Any = out or sys.stderr
    shown = f"[{host}]" if ":" in host else host
    stream.write(f"dashboard on http://{shown}:{server.port}/ (read-only; Ctrl-C to stop)\n")
    stream.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
