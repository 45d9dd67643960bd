"""Delivering one event: a JSON POST to a webhook, or an email over SMTP.

Each channel's :meth:`deliver` raises :class:`DeliveryError` on failure; its ``name`` never
holds a secret (query values, passwords and user names in URLs are masked).
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
import urllib.error
import urllib.request
from email import policy
from email.message import EmailMessage
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from robot.campaigns.alerts.events import subject
from robot.campaigns.campaign import Alerts, EmailAlert, mask_url

SMTP_POLICY = policy.SMTP.clone(max_line_length=998)  # a subject stays on one line
SMTP_PASSWORD_ENV = "MYSTERYCALL_SMTP_PASSWORD"  # used when the smtp URL names a user without a password


class DeliveryError(Exception):
    """One delivery attempt failed (the message never holds a secret)."""


class Channel(Protocol):
    name: str

    def deliver(self, event: dict[str, Any]) -> None: ...


class Webhook:
    """POST the event as JSON; any 2xx is delivered."""

    def __init__(self, url: str, timeout_s: float = 5.0):
        self.url = url
        self.timeout_s = timeout_s
        self.name = f"webhook {mask_url(url)}"

    def deliver(self, event: dict[str, Any]) -> None:
        body = json.dumps(event, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            self.url, data=body, method="POST",
            headers={"Content-Type": "application/json", "User-Agent": "mysterycall-alerts"},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:  # noqa: S310 - http(s) only
                status = response.status
        except urllib.error.HTTPError as exc:
            raise DeliveryError(f"HTTP {exc.code}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DeliveryError(f"{type(reason).__name__}: {reason}") from None
        if not 200 <= status < 300:
            raise DeliveryError(f"HTTP {status}")


class Email:
    """Send the event as a plain-text mail (subject: one line; body: the JSON)."""

    def __init__(self, settings: EmailAlert, timeout_s: float = 10.0):
        self.settings = settings
        self.timeout_s = timeout_s
        self.name = f"email {mask_url(settings.smtp)} to {', '.join(settings.to)}"

    def message(self, event: dict[str, Any]) -> EmailMessage:
        message = EmailMessage(policy=SMTP_POLICY)
        message["From"] = self.settings.from_
        message["To"] = ", ".join(self.settings.to)
        message["Subject"] = f"[mysterycall] {subject(event)}"
        message.set_content(json.dumps(event, ensure_ascii=False, indent=2) + "\n")
        return message

    def deliver(self, event: dict[str, Any]) -> None:
        parts = urlsplit(self.settings.smtp)
        host = parts.hostname or "localhost"
        secure = parts.scheme == "smtps"
        port = parts.port or (465 if secure else 25)
        try:
            smtp: smtplib.SMTP
            if secure:
                smtp = smtplib.SMTP_SSL(host, port, timeout=self.timeout_s, context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(host, port, timeout=self.timeout_s)
            with smtp:
                smtp.ehlo()
                if not secure and smtp.has_extn("starttls"):
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.ehlo()
                if parts.username:
                    password = unquote(parts.password) if parts.password else os.environ.get(SMTP_PASSWORD_ENV, "")
                    smtp.login(unquote(parts.username), password)
                smtp.send_message(self.message(event))
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"SMTP {exc.smtp_code}") from None
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from None


def channels(alerts: Alerts | None) -> list[Channel]:
    """Every channel of a campaign's ``alerts:`` section (webhooks first, then email)."""
    if alerts is None:
        return []
    found: list[Channel] = [Webhook(url) for url in alerts.webhook]
    if alerts.email is not None:
        found.append(Email(alerts.email))
    return found
