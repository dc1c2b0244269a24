"""Delivery through a real SMTP server (aiosmtpd, STARTTLS, AUTH) and to .eml files."""

from __future__ import annotations

import re
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from icalendar import Calendar
from sqlalchemy import select, update

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


# --- The sender's pipeline: marks on their own thread, claims ahead (issue 13) -----------

# A sender in a process of its own, so that the test can SIGKILL it mid-run.
SENDER_PROCESS = """
import sys
from datetime import datetime
from pathlib import Path
from veille.notifications import send_pending
from veille.settings import Settings
from veille.storage import open_database

url, port, connections, now, work = sys.argv[1:]
settings = Settings(
    database_url=url, smtp_url=f"smtp://127.0.0.1:{port}", outbox_dir=Path(work) / "eml",
    secret_key="s" * 40, base_url="https://veille.example.org",
    mail_from="Veille recherche <veille@example.org>", claim_lease=600,
)
send_pending(open_database(url), settings, datetime.fromisoformat(now),
             connections=int(connections))
"""


class _KillingInbox:
    """Accepts messages; ``on_data(count, address)`` runs inside each DATA, before the 250."""

    def __init__(self, on_data=None):
        self.received: list[str] = []
        self.rcpts: list[str] = []
        self.on_data = on_data

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpts.append(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(envelope.rcpt_tos[0])
        if self.on_data is not None:
            self.on_data(len(self.received), envelope.rcpt_tos[0])
        return "250 OK"


def _start_sender(database_url, port, tmp_path, connections=1):
    import subprocess
    import sys

    from tests.processes import clean_env

    return subprocess.Popen(
        [sys.executable, "-c", SENDER_PROCESS, database_url, str(port), str(connections),
         NOW.isoformat(), str(tmp_path)],
        env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def _wait_until(condition, seconds=60.0):
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _outbox_with(db, config, count):
    crawl(db, [item("a")])
    emails = [f"abonne{n:03d}@example.org" for n in range(count)]
    for email in emails:
        subscribe(db, email)
    build_due_digests(db, config, NOW)
    return emails


def test_the_next_message_is_not_accepted_before_the_previous_mark_commits(
    db, database_url, tmp_path
):
    """The mark of message 2 is held up by a lock; message 3 must wait at its final dot.

    Then a SIGKILL: only message 2 is both at the server and not marked, so it is
    the one duplicate when the outbox is sent again."""
    import signal
    import sqlite3
    import threading

    from aiosmtpd.controller import Controller
    from sqlalchemy import create_engine, text

    config = settings_for(database_url, tmp_path)
    emails = _outbox_with(db, config, 5)
    with db.session() as session:
        row_of = dict(
            session.execute(
                select(Subscriber.email, OutboxMessage.id).join(
                    OutboxMessage, OutboxMessage.subscriber_id == Subscriber.id
                )
            ).all()
        )
    locks = []

    def lock_the_mark_of_message_2(count, address):
        if count != 2:
            return
        if database_url.startswith("sqlite"):
            holder = sqlite3.connect(
                database_url.removeprefix("sqlite:///"), timeout=5, check_same_thread=False
            )
            holder.execute("BEGIN IMMEDIATE")  # SQLite's one write lock, held
        else:
            holder = create_engine(database_url).connect()
            holder.execute(
                text("select id from outbox where id = :id for update"), {"id": row_of[address]}
            )
        locks.append(holder)

    inbox = _KillingInbox(lock_the_mark_of_message_2)
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        sender = _start_sender(database_url, port, tmp_path)
        try:
            # Message 3 reached RCPT: its body follows; give it time to reach the final dot.
            _wait_until(lambda: len(inbox.rcpts) >= 3)
            threading.Event().wait(1.0)
            received_while_held = list(inbox.received)
        finally:
            sender.send_signal(signal.SIGKILL)
            sender.wait(30)
            for holder in locks:
                holder.rollback()
                holder.close()
        assert received_while_held == emails[:2]  # message 3 waited for the mark of message 2
        with db.session() as session:
            states = dict(session.execute(select(OutboxMessage.id, OutboxMessage.state)).all())
        assert states[row_of[emails[0]]] == "sent"
        assert states[row_of[emails[1]]] == "sending"  # accepted, its mark never committed
        # The next run, once the lease is over, sends 2 again (the one duplicate) and the rest.
        after = smtp_settings_for_port(database_url, tmp_path, port)
        report = send_pending(db, after, NOW + timedelta(minutes=11))
    finally:
        controller.stop()
    assert len(report.sent) == 4
    assert sorted(inbox.received) == sorted([*emails, emails[1]])
    assert set(rows(db).values()) == {("sent", 1, None)}


def smtp_settings_for_port(database_url, tmp_path, port, **overrides):
    return settings_for(database_url, tmp_path, smtp_url=f"smtp://127.0.0.1:{port}", **overrides)


def test_sigkill_with_two_connections_duplicates_at_most_two(db, database_url, tmp_path):
    """Killed in the middle of a 150-digest run on two connections, then sent again:
    every digest arrives, and at most one per connection arrives twice."""
    import os
    import signal
    from collections import Counter

    from aiosmtpd.controller import Controller

    config = settings_for(database_url, tmp_path)
    emails = _outbox_with(db, config, 150)
    pid: list[int] = []

    def kill_at_70(count, address):
        if count == 70:  # this message is at the server; its sender will never hear the 250
            os.kill(pid[0], signal.SIGKILL)

    inbox = _KillingInbox(kill_at_70)
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        sender = _start_sender(database_url, port, tmp_path, connections=2)
        pid.append(sender.pid)
        sender.wait(120)
        assert sender.returncode == -signal.SIGKILL
        killed_at = len(inbox.received)
        inbox.on_data = None
        report = send_pending(
            db, smtp_settings_for_port(database_url, tmp_path, port), NOW + timedelta(minutes=11)
        )
    finally:
        controller.stop()
    counts = Counter(inbox.received)
    assert 70 <= killed_at < 150 and report.sent
    assert set(counts) == set(emails)  # nothing lost
    assert sum(n - 1 for n in counts.values()) <= 2  # one duplicate per connection at most
    assert {state for state, _, _ in rows(db).values()} == {"sent"}


def test_a_stop_gives_back_the_rows_claimed_ahead(db, database_url, tmp_path):
    """120 digests are three batches; stopped in the second, whose first message had the
    third claimed: every row not sent is pending again, no attempt counted."""
    from aiosmtpd.controller import Controller

    config = settings_for(database_url, tmp_path)
    _outbox_with(db, config, 120)
    inbox = _KillingInbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        report = send_pending(
            db,
            smtp_settings_for_port(database_url, tmp_path, port),
            NOW,
            should_stop=lambda: len(inbox.received) >= 60,
        )
    finally:
        controller.stop()
    assert report.interrupted and len(report.sent) == len(inbox.received) == 60
    with db.session() as session:
        left = session.execute(
            select(OutboxMessage.state, OutboxMessage.attempts, OutboxMessage.claimed_by).where(
                OutboxMessage.state != "sent"
            )
        ).all()
    assert len(left) == 60 and set(left) == {("pending", 0, None)}


def test_claims_at_once_never_share_a_row_nor_exceed_their_limit(db, database_url, tmp_path):
    """Three senders claim 50 of 120 rows at the same moment, on real threads."""
    import threading

    config = settings_for(database_url, tmp_path)
    _outbox_with(db, config, 120)
    start = threading.Barrier(3)
    taken: dict[str, list[int]] = {}

    def claim(worker):
        start.wait()
        taken[worker] = outbox.claim(db, config, NOW, worker, limit=50)

    threads = [threading.Thread(target=claim, args=(f"w{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    claims = list(taken.values())
    assert all(0 < len(ids) <= 50 for ids in claims)  # an empty claim means nothing left
    every = [row for ids in claims for row in ids]
    assert len(every) == len(set(every)) == 120


def test_a_claim_is_answered_from_the_index_on_sqlite(db, database_url, tmp_path):
    """On SQLite a claim that checked the rows themselves would read every pending row:
    the covering index answers it alone."""
    if not database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL keeps long messages out of the row (TOAST)")
    query = outbox.claim_candidates(settings_for(database_url, tmp_path), NOW, 50)
    sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as connection:
        plan = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    searches = [step for step in plan if step.startswith("SEARCH")]
    assert searches and all("COVERING INDEX ix_outbox_claim" in step for step in searches)


def test_a_success_resets_the_failures_in_a_row(db, database_url, tmp_path, smtp):
    crawl(db, [item("a")])
    subscribe(db, "twice@example.org")
    subscribe(db, "never@example.org")
    with db.session() as session:
        session.execute(
            update(Subscriber)
            .where(Subscriber.email == "twice@example.org")
            .values(permanent_failures=2)
        )
    config = smtp_settings(database_url, tmp_path, smtp)
    build_due_digests(db, config, NOW)

    assert len(send_pending(db, config, NOW).sent) == 2

    assert the_subscriber(db, "twice@example.org").permanent_failures == 0
    assert the_subscriber(db, "never@example.org").permanent_failures == 0
    assert len(smtp.inbox.received) == 2


# --- Dot-stuffing: veille's own DATA sends what smtplib's would, byte for byte ------------

# Lines that start with a dot (one a lone dot, which would end DATA if not doubled), a
# first line that is a dot, bare \n and bare \r line ends, no newline at the end.
AWKWARD = [
    b"Subject: dots\r\n\r\n.starts with a dot\r\nmiddle\r\n.\r\n..two\r\nend.\r\n",
    b".\r\nfirst line a lone dot\r\n",
    b".first line with a dot\r\n.\r\n",
    b"Subject: bare LF\n\n.a dot after LF\nx\n.\n\n.",
    b"Subject: bare CR\r\r.a dot after CR\rx\r.\r",
    b"Subject: mixed\r\n\r\nCRLF\n.LF\r.CR\r\n.\nno newline at the end",
    b"Subject: a dot last\r\n\r\ntext\r\n.",
    b"",
]


def test_held_dot_sends_the_bytes_smtplib_would_send(tmp_path):
    """What reaches the server over veille's DATA (the dot held back for the gate) is,
    byte for byte, what smtplib's own ``sendmail`` sends for the same message."""
    import smtplib

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP

    from veille.notifications.delivery import SmtpTransport

    class Sink:
        async def handle_DATA(self, server, session, envelope):
            return "250 OK"

    streams: list[bytearray] = []

    class Recording(SMTP):
        """Keeps every byte the client sent on this connection."""

        def connection_made(self, transport):
            streams.append(bytearray())
            super().connection_made(transport)

        def data_received(self, data):
            streams[-1].extend(data)
            super().data_received(data)

    class RecordingController(Controller):
        def factory(self):
            return Recording(self.handler, **self.SMTP_kwargs)

    port = free_port()
    controller = RecordingController(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    gates: list[int] = []
    try:
        config = settings_for(
            f"sqlite:///{tmp_path / 'unused.db'}", tmp_path, smtp_url=f"smtp://127.0.0.1:{port}"
        )
        for raw in AWKWARD:
            connection = smtplib.SMTP("127.0.0.1", port)
            connection.ehlo()
            connection.sendmail("veille@example.org", ["p@example.org"], raw)
            connection.quit()
            transport = SmtpTransport(config)
            transport.before_accept = lambda: gates.append(1)
            transport.send("veille@example.org", "p@example.org", raw, "x.eml")
            transport.close()
    finally:
        controller.stop()
    assert len(gates) == len(AWKWARD)  # veille's own DATA ran, its dot held for the gate
    streams = [stream for stream in streams if stream]  # not the controller's own probe
    assert len(streams) == 2 * len(AWKWARD)
    for n, raw in enumerate(AWKWARD):
        theirs, ours = bytes(streams[2 * n]), bytes(streams[2 * n + 1])
        assert b"\r\ndata\r\n" in theirs and theirs.endswith(b"\r\n.\r\nquit\r\n"), raw
        assert ours == theirs, raw


def test_claims_and_marks_never_write_a_message(db, database_url, tmp_path, smtp):
    """Every statement of a delivery, recorded: what it writes (claims, marks) is rows
    of tables that hold no message, and the messages are only read, once a batch."""
    from sqlalchemy import event, inspect

    crawl(db, [item("a"), item("b", title="Bourse de thèse", categories=["bourse"])])
    for n in range(3):
        subscribe(db, f"p{n}@example.org")
    config = smtp_settings(database_url, tmp_path, smtp)
    build_due_digests(db, config, NOW)
    statements: list[str] = []

    def note(connection, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.split()).lower())

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        report = send_pending(db, config, NOW)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)

    assert len(report.sent) == 3 and len(smtp.inbox.received) == 3
    written = [
        re.match(r'(?:insert into|update|delete from) "?(\w+)', sql).group(1)
        for sql in statements
        if sql.startswith(("insert ", "update ", "delete "))
    ]
    assert written.count("outbox") >= 4  # one claim, three marks
    with db.engine.connect() as connection:
        schema = inspect(connection)
        holding = {
            table
            for table in schema.get_table_names()
            if "message" in {c["name"] for c in schema.get_columns(table)}
        }
    assert holding == {"outbox_bodies"}
    assert not holding & set(written), written
    [read] = [sql for sql in statements if "outbox_bodies" in sql]  # one batch, one read
    assert read.startswith("select ")
