"""Helpers shared by the digest tests: calls, subscribers, settings and a real SMTP server."""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from veille.notifications import subscribers as subs
from veille.settings import Settings
from veille.storage import CallItem, record_crawl

# Friday 8 May 2026, 9 h in Paris.
NOW = datetime(2026, 5, 8, 7, 0, tzinfo=UTC)
SECRET = "s" * 40
SMTP_USER, SMTP_PASSWORD = "veille", "mot-de-passe"


def item(slug: str, **fields) -> CallItem:
    fields.setdefault("title", f"Appel {slug}")
    fields.setdefault("organisation", "Faculté de médecine de Rennes")
    fields.setdefault("deadlines", [{"date": "2026-06-30", "time": "17:00"}])
    fields.setdefault("categories", ["annee-recherche"])
    return CallItem(url=f"https://faculte.example.fr/appels/{slug}", **fields)


def crawl(db, items, at=NOW - timedelta(hours=1), source="fac-rennes"):
    with db.session() as session:
        outcome = record_crawl(session, source, items, now=at)
        return [(e.kind, e.call.url) for e in outcome.events]


def subscribe(
    db, email="interne@example.org", frequency="weekly", created=NOW - timedelta(days=30), **filters
):
    with db.session() as session:
        subscriber, _ = subs.add(session, email, filters, frequency, now=created)
        return subscriber.id


def settings_for(database_url: str, tmp_path: Path, **overrides) -> Settings:
    values = {
        "database_url": database_url,
        "outbox_dir": tmp_path / "outbox",
        "secret_key": SECRET,
        "base_url": "https://veille.example.org",
        "mail_from": "Veille recherche <veille@example.org>",
        "retry_delay": 0.001,
        "send_tries": 3,
    }
    values.update(overrides)
    return Settings(**values)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Inbox:
    """What the test SMTP server received, and the answers it is told to give."""

    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    # address -> replies to give to RCPT TO, one per try, before accepting
    scripts: dict[str, list[str]] = field(default_factory=dict)
    logins: list[str] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        script = self.scripts.get(address)
        if script:
            reply = script.pop(0) if len(script) > 1 else script[0]
            if not reply.startswith("250"):
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"

    def messages(self) -> list[EmailMessage]:
        return [message_from_bytes(raw, policy=policy.default) for _, _, raw in self.received]


class SmtpServer:
    """aiosmtpd on 127.0.0.1 that requires STARTTLS (a trustme certificate) and AUTH."""

    def __init__(self, tmp_path: Path, port: int | None = None, smtputf8: bool = False):
        self.smtputf8 = smtputf8
        self.ca = trustme.CA()
        self.ca_file = tmp_path / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        self.port = port or free_port()
        self.inbox = Inbox()
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://{SMTP_USER}:{SMTP_PASSWORD}@127.0.0.1:{self.port}"

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == SMTP_USER.encode() and auth_data.password == SMTP_PASSWORD.encode()
        if not ok:
            return AuthResult(success=False, handled=False)  # aiosmtpd answers 535
        self.inbox.logins.append(auth_data.login.decode())
        return AuthResult(success=True, auth_data=auth_data)

    def start(self) -> SmtpServer:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        self.controller = Controller(
            self.inbox,
            hostname="127.0.0.1",
            port=self.port,
            tls_context=context,
            require_starttls=True,
            authenticator=self._authenticate,
            auth_require_tls=True,
            enable_SMTPUTF8=self.smtputf8,
        )
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
