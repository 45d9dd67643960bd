"""Who may connect: the bind rule, the access token and the headers every response carries.

Without a token the dashboard listens only on 127.0.0.1 and answers only requests whose
``Host`` is a loopback name (a page elsewhere cannot reach it by DNS rebinding). With
``MYSTERYCALL_SERVE_TOKEN`` every request needs it: ``Authorization: Bearer TOKEN``, or
``?token=TOKEN`` once, which sets an HttpOnly cookie (a digest of the token, not the token)
and redirects to the same address without it, so the token stays out of history and logs.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from urllib.parse import urlencode

from flask import Flask, Request, Response, redirect, request
from flask.typing import ResponseReturnValue

from robot.errors import InputError

TOKEN_ENV = "MYSTERYCALL_SERVE_TOKEN"
DEFAULT_HOST = "127.0.0.1"
COOKIE = "mysterycall_session"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def token_from_env() -> str | None:
    """The access token from the environment (never from a file the dashboard reads), or None."""
    value = os.environ.get(TOKEN_ENV, "")
    return value if value.strip() else None


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen on anything but 127.0.0.1 without a token (before anything is bound)."""
    if host != DEFAULT_HOST and token is None:
        raise InputError(
            f"serve: listening on {host} needs an access token: set {TOKEN_ENV} in the environment "
            f"(without it the dashboard listens only on {DEFAULT_HOST})"
        )


def session_value(token: str) -> str:
    """What the cookie holds: a digest of the token, so the cookie is not the token."""
    return hmac.new(token.encode(), b"mysterycall dashboard session", hashlib.sha256).hexdigest()


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode())


def host_name(host: str) -> str:
    """``Host`` without its port (``[::1]:8080`` -> ``[::1]``)."""
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.partition(":")[0]


def _bearer(req: Request) -> str | None:
    scheme, _, value = req.headers.get("Authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def install(app: Flask, token: str | None) -> None:
    """Guard every request of ``app`` (token or loopback Host) and add the security headers."""

    @app.before_request
    def _guard() -> ResponseReturnValue | None:
        if token is None:
            if host_name(request.host) not in LOOPBACK_NAMES:
                return Response("forbidden: this dashboard answers only on 127.0.0.1\n", 403, mimetype="text/plain")
            return None
        bearer = _bearer(request)
        if bearer is not None and _same(bearer, token):
            return None
        cookie = request.cookies.get(COOKIE)
        if cookie is not None and _same(cookie, session_value(token)):
            return None
        given = request.args.get("token")
        if given is not None and _same(given, token):
            rest = [(k, v) for k, v in request.args.items(multi=True) if k != "token"]
            response = redirect(request.path + ("?" + urlencode(rest) if rest else ""), 303)
            response.set_cookie(COOKIE, session_value(token), httponly=True, samesite="Strict", path="/")
            return response
        return Response(
            "unauthorized: this dashboard needs its access token (Authorization: Bearer, or ?token= once)\n",
            401,
            mimetype="text/plain",
            headers={"WWW-Authenticate": 'Bearer realm="mysterycall"'},
        )

    @app.after_request
    def _headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            if name != "Cache-Control" or request.endpoint != "static":
                response.headers[name] = value
        return response
