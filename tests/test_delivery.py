"""Delivery through a real SMTP server (aiosmtpd, STARTTLS, AUTH) and to .eml files."""

from __future__ import annotations

import re
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from icalendar import Calendar
from sqlalchemy import select

from tests.digestkit import NOW, SmtpServer, crawl, free_port, item, settings_for, subscribe
from veille.notifications import build_due_digests, outbox, send_pending
from veille.storage.models import OutboxMessage, Subscriber


@pytest.fixture
def smtp(tmp_path):
    server = SmtpServer(tmp_path).start()
    yield server
    server.stop()


def smtp_settings(database_url, tmp_path, server: SmtpServer, **overrides):
    return settings_for(
        database_url, tmp_path, smtp_url=server.url, smtp_ca_file=server.ca_file, **overrides
    )


def rows(db):
    with db.session() as session:
        return {
            r.id: (r.state, r.attempts, r.last_error)
            for r in session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        }


def the_subscriber(db, email):
    with db.session() as session:
        return session.scalars(select(Subscriber).where(Subscriber.email == email)).one()


def test_digest_arrives_whole_over_starttls_and_auth(db, database_url, tmp_path, smtp):
    crawl(
        db,
        [
            item("m2", title="Bourse de Master 2 en cancérologie", categories=["bourse"]),
            item(
                "ar",
                title="Année-recherche 2026-2027",
                deadlines=[{"date": "2026-05-15", "time": "17:00"}],
            ),
        ],
    )
    subscribe(db, "interne@example.org")
    config = smtp_settings(database_url, tmp_path, smtp)

    built = build_due_digests(db, config, NOW)
    report = send_pending(db, config, NOW)

    assert len(built.built) == 1 and report.sent == [built.built[0].id]
    assert smtp.inbox.logins == ["veille"]
    [(mail_from, rcpt, raw)] = smtp.inbox.received
    assert mail_from == "veille@example.org" and rcpt == ["interne@example.org"]
    message = message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == "2 nouveaux appels"
    assert message["To"] == "interne@example.org"
    assert message["Message-ID"].endswith("@example.org>")
    assert message["Date"]
    assert message["List-Id"] == "Veille recherche <digest.example.org>"
    # As the receiver's mail client reads them: the raw bytes, never RFC 2047 encoded-words.
    head = "\r\n" + raw.split(b"\r\n\r\n", 1)[0].decode("ascii") + "\r\n"
    fields = dict(
        line.split(": ", 1) for line in re.sub(r"\r\n[ \t]", " ", head).strip().split("\r\n")
    )
    for name in ("From", "To", "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post"):
        assert "=?" not in fields[name], name
    assert re.search(
        r"\r\nList-Unsubscribe: <https://veille\.example\.org/desabonnement/[\w.-]{40,}>\r\n",
        head,
    )
    assert "\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" in head
    assert "\r\nList-Id: Veille recherche <digest.example.org>\r\n" in head
    assert "\r\nFrom: Veille recherche <veille@example.org>\r\n" in head
    assert "\r\nTo: interne@example.org\r\n" in head

    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for part in (text, html):
        assert "Bourse de Master 2 en cancérologie" in part
        assert "Année-recherche 2026-2027" in part
        assert "15 mai 2026 à 17 h" in part
        assert "dans 7 jours" in part
        assert "https://faculte.example.fr/appels/m2" in part
        assert "Faculté de médecine de Rennes" in part
    assert 'lang="fr"' in html and "<h2" in html and 'style="' in html  # CSS inlined

    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "dates-limites.ics"
    assert attachment.get_content_type() == "text/calendar"
    calendar = Calendar.from_ical(attachment.get_payload(decode=True))
    events = calendar.walk("VEVENT")
    starts = sorted(str(e.decoded("dtstart")) for e in events)
    assert starts == ["2026-05-15 17:00:00+02:00", "2026-06-30 17:00:00+02:00"]
    assert all(str(e["dtstart"].params["TZID"]) == "Europe/Paris" for e in events)
    assert rows(db)[built.built[0].id][0] == "sent"


def test_each_row_once_over_one_connection(db, database_url, tmp_path, smtp):
    crawl(db, [item("a")])
    for n in range(3):
        subscribe(db, f"p{n}@example.org")
    config = smtp_settings(database_url, tmp_path, smtp)
    build_due_digests(db, config, NOW)

    report = send_pending(db, config, NOW)

    assert len(report.sent) == 3
    assert smtp.inbox.logins == ["veille"]  # one login: one connection for the batch
    assert sorted(r[0] for _, r, _ in smtp.inbox.received) == [
        "p0@example.org",
        "p1@example.org",
        "p2@example.org",
    ]
    assert send_pending(db, config, NOW + timedelta(hours=1)).sent == []
    assert len(smtp.inbox.received) == 3


def test_server_down_then_up_sends_everything_once(db, database_url, tmp_path):
    crawl(db, [item("a")])
    subscribe(db, "a@example.org")
    subscribe(db, "b@example.org")
    server = SmtpServer(tmp_path, port=free_port())  # not started: connection refused
    config = smtp_settings(database_url, tmp_path, server)
    build_due_digests(db, config, NOW)

    down = send_pending(db, config, NOW)
    assert down.sent == [] and len(down.temporary) == 2 and down.stopped
    assert {state for state, _, _ in rows(db).values()} == {"pending"}
    # Not tried again before the pause is over.
    assert send_pending(db, config, NOW + timedelta(seconds=10)).temporary == []

    server.start()
    try:
        up = send_pending(db, config, NOW + timedelta(minutes=5))
        again = send_pending(db, config, NOW + timedelta(hours=2))
    finally:
        server.stop()
    assert len(up.sent) == 2 and again.sent == []
    assert sorted(r[0] for _, r, _ in server.inbox.received) == ["a@example.org", "b@example.org"]
    assert {state for state, _, _ in rows(db).values()} == {"sent"}


def test_451_then_250_is_retried_within_the_run(db, database_url, tmp_path, smtp):
    crawl(db, [item("a")])
    subscribe(db, "busy@example.org")
    smtp.inbox.scripts["busy@example.org"] = ["451 4.3.0 Try again later", "250 OK"]
    config = smtp_settings(database_url, tmp_path, smtp)
    build_due_digests(db, config, NOW)
    pauses: list[float] = []

    report = send_pending(db, config, NOW, sleep=pauses.append)

    assert len(report.sent) == 1 and pauses == [config.retry_delay]
    assert len(smtp.inbox.received) == 1


def test_temporary_failures_back_off_and_stay_bounded(db, database_url, tmp_path, smtp):
    crawl(db, [item("a")])
    subscribe(db, "busy@example.org")
    smtp.inbox.scripts["busy@example.org"] = ["451 4.3.0 Try again later"]
    config = smtp_settings(database_url, tmp_path, smtp)
    build_due_digests(db, config, NOW)
    pauses: list[float] = []

    report = send_pending(db, config, NOW, sleep=pauses.append)

    assert report.temporary and not report.sent
    assert pauses == [config.retry_delay, config.retry_delay * 2]  # 3 tries, doubling pauses
    [(state, attempts, error)] = rows(db).values()
    assert state == "pending" and attempts == 1 and error.startswith("451")


def test_550_fails_at_once_and_three_disable_the_subscriber(db, database_url, tmp_path, smtp):
    subscribe(db, "gone@example.org", frequency="daily")
    smtp.inbox.scripts["gone@example.org"] = ["550 5.1.1 No such user"]
    config = smtp_settings(database_url, tmp_path, smtp)
    pauses: list[float] = []
    for day in range(3):
        crawl(db, [item(f"call-{day}")], at=NOW + timedelta(days=day, hours=-1))
        build_due_digests(db, config, NOW + timedelta(days=day))
        report = send_pending(db, config, NOW + timedelta(days=day), sleep=pauses.append)
        assert len(report.permanent) == 1 and not report.temporary
    assert pauses == []  # no retry loop on a permanent failure
    assert [(s, a) for s, a, _ in rows(db).values()] == [("failed", 1)] * 3
    subscriber = the_subscriber(db, "gone@example.org")
    assert subscriber.permanent_failures == 3 and subscriber.active is False
    assert report.disabled == ["gone@example.org"]
    crawl(db, [item("call-4")], at=NOW + timedelta(days=3, hours=-1))
    assert build_due_digests(db, config, NOW + timedelta(days=3)).built == []


def test_a_permanent_failure_does_not_stop_the_others(db, database_url, tmp_path, smtp):
    crawl(db, [item("a")])
    subscribe(db, "gone@example.org")
    subscribe(db, "here@example.org")
    smtp.inbox.scripts["gone@example.org"] = ["550 5.1.1 No such user"]
    config = smtp_settings(database_url, tmp_path, smtp)
    build_due_digests(db, config, NOW)

    report = send_pending(db, config, NOW)

    assert len(report.permanent) == 1 and len(report.sent) == 1
    assert [r[0] for _, r, _ in smtp.inbox.received] == ["here@example.org"]


def test_wrong_password_stops_the_batch_and_blames_nobody(db, database_url, tmp_path, smtp):
    crawl(db, [item("a")])
    subscribe(db, "a@example.org")
    url = smtp.url.replace("mot-de-passe", "faux")
    config = settings_for(database_url, tmp_path, smtp_url=url, smtp_ca_file=smtp.ca_file)
    build_due_digests(db, config, NOW)

    report = send_pending(db, config, NOW)

    assert "refused the login" in report.stopped and not report.permanent
    assert [(s, a) for s, a, _ in rows(db).values()] == [("pending", 0)]
    assert the_subscriber(db, "a@example.org").permanent_failures == 0


def test_a_crashed_senders_rows_come_back_after_the_lease(db, database_url, tmp_path, smtp):
    crawl(db, [item("a")])
    subscribe(db, "a@example.org")
    config = smtp_settings(database_url, tmp_path, smtp, claim_lease=600)
    build_due_digests(db, config, NOW)
    # A sender claims the row, then dies before sending or marking anything.
    assert len(outbox.claim(db, config, NOW, "dead-worker")) == 1

    assert send_pending(db, config, NOW + timedelta(minutes=5)).sent == []
    later = send_pending(db, config, NOW + timedelta(minutes=11))

    assert len(later.sent) == 1 and len(smtp.inbox.received) == 1


def test_files_by_default_one_per_row_even_if_sent_again(db, database_url, tmp_path):
    crawl(db, [item("a")])
    subscribe(db, "a@example.org")
    config = settings_for(database_url, tmp_path)
    build_due_digests(db, config, NOW)
    report = send_pending(db, config, NOW)

    [path] = (tmp_path / "outbox").glob("*.eml")
    assert path.name == f"{report.sent[0]:06d}-weekly-2026-W19.eml"
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["Subject"] == "1 nouvel appel"
    with pytest.raises(Exception, match="already sent"):
        outbox.retry(db, report.sent[0])


@pytest.mark.postgres
def test_two_senders_on_postgresql_never_take_the_same_row(db, database_url, tmp_path):
    if not database_url.startswith("postgresql"):
        pytest.skip("FOR UPDATE SKIP LOCKED is PostgreSQL's; SQLite serialises writers")
    crawl(db, [item("a")])
    for n in range(4):
        subscribe(db, f"p{n}@example.org")
    config = settings_for(database_url, tmp_path)
    build_due_digests(db, config, NOW)
    with db.session() as session:
        # Sender A holds two rows locked inside its open transaction...
        held = session.scalars(
            select(OutboxMessage.id)
            .order_by(OutboxMessage.id)
            .limit(2)
            .with_for_update(skip_locked=True)
        ).all()
        # ...and sender B, meanwhile, skips them instead of waiting or taking them.
        taken = outbox.claim(db, config, NOW, "sender-b")
    assert len(held) == 2 and len(taken) == 2 and not set(held) & set(taken)


def test_a_row_taken_over_after_its_lease_is_left_to_the_new_owner(db, database_url, tmp_path):
    crawl(db, [item("a")])
    subscribe(db, "a@example.org")
    config = settings_for(database_url, tmp_path)
    build_due_digests(db, config, NOW)
    [row_id] = outbox.claim(db, config, NOW, "slow-worker")
    # The slow worker's lease runs out and another sender takes the row over.
    assert outbox.claim(db, config, NOW + timedelta(minutes=11), "new-owner") == [row_id]
    assert outbox.renew(db, row_id, "slow-worker", NOW + timedelta(minutes=12)) is False
    assert outbox.renew(db, row_id, "new-owner", NOW + timedelta(minutes=12)) is True


@pytest.mark.parametrize("smtputf8", [True, False])
def test_a_non_ascii_address_goes_with_smtputf8_or_fails_for_good(
    db, database_url, tmp_path, smtputf8
):
    server = SmtpServer(tmp_path, smtputf8=smtputf8).start()
    try:
        crawl(db, [item("a")])
        subscribe(db, "élodie@example.org")
        config = smtp_settings(database_url, tmp_path, server)
        build_due_digests(db, config, NOW)
        report = send_pending(db, config, NOW)
    finally:
        server.stop()
    if smtputf8:
        [(_, rcpt, raw)] = server.inbox.received
        assert rcpt == ["élodie@example.org"]
        assert "\r\nTo: élodie@example.org\r\n".encode() in raw
    else:
        assert server.inbox.received == [] and len(report.permanent) == 1


class _SlowInbox:
    """Accepts every message after a short pause, and notes the connections it came by."""

    def __init__(self):
        self.received: list[tuple[list[str], bytes]] = []
        self.sessions: dict[int, object] = {}  # kept alive, so their ids stay distinct

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        self.sessions[id(session)] = session
        await asyncio.sleep(0.02)
        self.received.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def test_parallel_connections_send_each_claimed_digest_once(db, database_url, tmp_path):
    from aiosmtpd.controller import Controller

    crawl(db, [item("a"), item("b", title="Bourse de thèse", categories=["bourse"])])
    emails = [f"abonne{n}@example.org" for n in range(120)]
    for email in emails:
        subscribe(db, email)
    inbox = _SlowInbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        config = settings_for(database_url, tmp_path, smtp_url=f"smtp://127.0.0.1:{port}")
        built = build_due_digests(db, config, NOW)
        report = send_pending(db, config, NOW, connections=3)
    finally:
        controller.stop()
    assert len(built.built) == 120
    assert sorted(report.sent) == sorted(b.id for b in built.built)
    # Each digest reached the server exactly once, to its own subscriber.
    assert sorted(rcpt for rcpts, _ in inbox.received for rcpt in rcpts) == sorted(emails)
    assert set(rows(db).values()) == {("sent", 1, None)}
    # 120 rows in batches of 50, three senders: more than one connection carried them.
    assert 2 <= len(inbox.sessions) <= 3
