"""The worker tells the operator the truth (issue 11, point 4): each case as a new operator met it."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.digestkit import NOW, Inbox, SmtpServer, crawl, free_port, item, settings_for, subscribe
from tests.processes import run
from veille.cli.ingest import read_items
from veille.errors import UserError
from veille.notifications import build_due_digests, send_pending
from veille.notifications import outbox as outbox_module
from veille.notifications.delivery import FileTransport
from veille.scheduler.health import worker_liveness
from veille.scheduler.jobs import JobSpec, delivery_jobs, interval
from veille.scheduler.worker import Worker
from veille.storage import CallItem, open_database, record_crawl
from veille.storage.models import JobState, OutboxMessage, Subscriber
from veille.storage.models import Worker as WorkerRow
from veille.storage.types import utcnow

PARIS = settings_for("sqlite://", Path("/tmp")).tz
SECRET = "k" * 40
PAGE = (
    "<html><head><meta charset='utf-8'></head><body><ul><li class='call'>"
    "<a href='/appels/m2'>Bourse de Master 2</a><p>Date limite : 15 mars 2027</p></li>"
    "</ul></body></html>"
)


def down_site(tmp_path: Path) -> dict[str, str]:
    """A registry of one daily source whose site answers 503, and the settings to crawl it."""
    sites = tmp_path / "sites"
    page = sites / "down/down.example/appels/index.html"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE)
    (page.parent / "index.html.http.toml").write_text("status = 503\n")
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '["down"]\nname = "down"\norganisation = "Test"\ncategories = ["bourse"]\n'
        'start_urls = ["https://down.example/appels/"]\nkind = "listing"\nschedule = "1d"\n'
        'options = { item = "li.call", title = "a" }\n'
    )
    return {
        "VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/veille.db",
        "VEILLE_REGISTRY": str(registry),
        "VEILLE_FIXTURES_DIR": str(sites),
        "VEILLE_CRAWL_DELAY": "0",
        "VEILLE_CRAWL_RETRIES": "0",
        "VEILLE_OUTBOX_DIR": str(tmp_path / "outbox"),
    }


def job_row(url: str, name: str) -> JobState:
    db = open_database(url)
    try:
        with db.session() as session:
            return session.get(JobState, name)
    finally:
        db.dispose()


# -- a failed crawl says so, and is tried again soon -----------------------------------


@pytest.mark.slow
def test_a_failed_crawl_is_a_failed_job_retried_after_a_back_off(tmp_path):
    env = down_site(tmp_path)
    first = run("run", "--once", cwd=tmp_path, env=env, timeout=120)
    assert first.returncode == 1, first.stderr[-2000:]
    assert "job crawl:down failed" in first.stderr
    assert "job crawl:down ok" not in first.stderr
    assert "crawl:down" in first.stdout and "failed" in first.stdout
    row = job_row(env["VEILLE_DATABASE_URL"], "crawl:down")
    assert row.last_status == "failed" and row.failures == 1 and row.last_success_at is None
    assert "503" in (row.last_error or "")

    # Straight after: the back-off (5 minutes) is not over, and the summary says when.
    again = run("run", "--once", cwd=tmp_path, env=env, timeout=120)
    assert "crawl:down" in again.stdout and "not due" in again.stdout
    retry_at = row.last_finished_at + timedelta(minutes=5)
    assert f"next crawl:   {retry_at.astimezone(PARIS):%Y-%m-%d %H:%M}" in again.stderr

    # Six minutes later (a day before the schedule would look again): tried again.
    db = open_database(env["VEILLE_DATABASE_URL"])
    with db.session() as session:
        session.execute(
            update(JobState)
            .where(JobState.name == "crawl:down")
            .values(last_finished_at=row.last_finished_at - timedelta(minutes=6))
        )
    db.dispose()
    third = run("run", "--once", cwd=tmp_path, env=env, timeout=120)
    assert "job crawl:down failed" in third.stderr
    assert job_row(env["VEILLE_DATABASE_URL"], "crawl:down").failures == 2


def test_the_back_off_doubles_and_is_capped_by_the_schedule():
    job = JobSpec("crawl:x", interval(PARIS, hours=6), None, time_limit=60)
    failed = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 10:00 in Paris
    waits = [job.due_at(None, n, failed) - failed for n in (1, 2, 3, 4)]
    assert waits == [timedelta(minutes=m) for m in (5, 10, 20, 40)]
    # After many failures the retry is no later than the schedule's next run (12:00 Paris).
    assert job.due_at(None, 12, failed) == datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    assert not job.is_due(None, failed + timedelta(minutes=4), 1, failed)
    assert job.is_due(None, failed + timedelta(minutes=5), 1, failed)


# -- health: how the worker ended, and one meaning of "suspicious" --------------------


def test_health_tells_a_clean_stop_from_a_dead_worker(db):
    now = utcnow()
    with db.session() as session:
        assert worker_liveness(session, now, timedelta(minutes=2)).state == "never"
        session.add(
            WorkerRow(
                id="a",
                hostname="h",
                pid=1,
                started_at=now - timedelta(hours=2),
                heartbeat_at=now - timedelta(hours=1),
                stopped_at=now - timedelta(hours=1),
            )
        )
    with db.session() as session:
        liveness = worker_liveness(session, now, timedelta(minutes=2))
        assert liveness.state == "stopped" and not liveness.alive
        # A later worker that died without stopping (SIGKILL) is what counts.
        session.add(
            WorkerRow(
                id="b",
                hostname="h",
                pid=2,
                started_at=now - timedelta(minutes=50),
                heartbeat_at=now - timedelta(minutes=30),
            )
        )
    with db.session() as session:
        assert worker_liveness(session, now, timedelta(minutes=2)).state == "stale"
        session.get(WorkerRow, "b").heartbeat_at = now
    with db.session() as session:
        assert worker_liveness(session, now, timedelta(minutes=2)).state == "alive"


def test_health_and_status_agree_on_suspicious(tmp_path):
    url = f"sqlite:///{tmp_path}/v.db"
    db = open_database(url)
    calls = [CallItem(url=f"https://fac.example.fr/a{n}", title=f"Appel {n}") for n in range(3)]
    with db.session() as session:
        record_crawl(session, "dropped", calls)
        record_crawl(session, "dropped", [])  # dropped to nothing: suspicious, now
        record_crawl(session, "recovered", calls)
        record_crawl(session, "recovered", [])  # suspicious once…
        record_crawl(session, "recovered", calls)  # …but its latest crawl is fine
    db.dispose()
    env = {"VEILLE_DATABASE_URL": url}
    health = json.loads(run("health", "--json", cwd=tmp_path, env=env).stdout)
    status = json.loads(run("status", "--json", cwd=tmp_path, env=env).stdout)
    by_health = {s["source"]: s["suspicious"] for s in health["sources"]}
    by_status = {s["source"]: s["suspicious"] for s in status["sources"]}
    assert by_health == by_status == {"dropped": True, "recovered": False}
    table = run("health", cwd=tmp_path, env=env).stdout
    assert "Worker heartbeat: never (no worker has run on this database)." in table


# -- refusing to start ------------------------------------------------------------------


@pytest.mark.parametrize("missing", ["VEILLE_BASE_URL", "VEILLE_SECRET_KEY"])
def test_smtp_without_base_url_or_secret_key_refuses_to_start(tmp_path, missing):
    env = {
        "VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/v.db",
        "VEILLE_SMTP_URL": f"smtp://127.0.0.1:{free_port()}",
        "VEILLE_MAIL_FROM": "Veille <veille@example.org>",
        "VEILLE_BASE_URL": "https://veille.example.org",
        "VEILLE_SECRET_KEY": SECRET,
    }
    del env[missing]
    done = run("run", cwd=tmp_path, env=env, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"veille: {missing} is not set")


def test_an_outbox_under_a_regular_file_is_one_sentence(tmp_path):
    (tmp_path / "afile").write_text("not a folder")
    for outbox in ("afile", "afile/outbox"):
        env = {"VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/v.db", "VEILLE_OUTBOX_DIR": outbox}
        for command in (("digest", "run"), ("run", "--once")):
            done = run(*command, cwd=tmp_path, env=env)
            assert done.returncode == 2, done.stderr
            assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
            assert "a regular file, not a folder" in done.stderr


def test_digest_run_exits_1_when_sending_stopped(tmp_path):
    url = f"sqlite:///{tmp_path}/v.db"
    db = open_database(url)
    crawl(db, [item("m2", deadlines=[{"date": "2030-06-30"}])], at=utcnow() - timedelta(hours=1))
    subscribe(db, "interne@example.org", frequency="daily", created=utcnow() - timedelta(days=3))
    db.dispose()
    env = {
        "VEILLE_DATABASE_URL": url,
        "VEILLE_SMTP_URL": f"smtp://127.0.0.1:{free_port()}",  # nobody listens
        "VEILLE_MAIL_FROM": "Veille <veille@example.org>",
        "VEILLE_BASE_URL": "https://veille.example.org",
        "VEILLE_SECRET_KEY": SECRET,
        "VEILLE_RETRY_DELAY": "0.01",
    }
    done = run("digest", "run", cwd=tmp_path, env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Built 1 digest(s)" in done.stdout
    assert done.stderr.startswith("veille: sending stopped: cannot reach 127.0.0.1:")
    assert "Traceback" not in done.stderr


# -- the stop reaches a digest build ---------------------------------------------------


def test_a_stop_ends_the_build_between_two_digests(db, database_url, tmp_path):
    crawl(db, [item("m2")])
    for n in range(40):
        subscribe(db, f"interne{n}@example.org", frequency="daily")
    config = settings_for(database_url, tmp_path)
    asked = []

    def stop_after_five() -> bool:
        asked.append(1)
        return len(asked) > 5

    report = build_due_digests(db, config, NOW, "daily", should_stop=stop_after_five)
    assert report.interrupted and len(report.built) == 5
    # The next build (the next start) does the rest, and nothing twice.
    rest = build_due_digests(db, config, NOW, "daily")
    assert len(rest.built) == 35
    with db.session() as session:
        assert len(session.scalars(select(OutboxMessage.id)).all()) == 40


def test_sigterm_reaches_the_digest_job_in_its_thread(db, database_url, tmp_path, monkeypatch):
    # Small batches, so the first digests are committed (and seen) while the build goes on.
    monkeypatch.setattr(outbox_module, "BUILD_BATCH", 10)
    # The worker builds for the real present: a call still open then.
    now = utcnow()
    crawl(db, [item("m2", deadlines=[{"date": "2030-06-30"}])], at=now - timedelta(hours=1))
    for n in range(150):
        subscribe(db, f"interne{n}@example.org", frequency="daily", created=now - timedelta(days=3))
    config = settings_for(database_url, tmp_path, daily_digest_cron="0 7 * * *")
    (digest,) = [job for job in delivery_jobs(config) if job.name == "digest:daily"]
    worker = Worker(db, config, [digest])

    async def stop_once_building() -> dict[str, str]:
        async def stopper():
            while True:
                with db.session() as session:
                    if session.scalar(select(OutboxMessage.id).limit(1)):
                        worker.stop()
                        return
                await asyncio.sleep(0.01)

        watching = asyncio.ensure_future(stopper())
        try:
            return await worker.run_once()
        finally:
            watching.cancel()

    outcomes = asyncio.run(stop_once_building())
    # Ended by the build itself, between two digests, not cancelled at the grace period.
    assert outcomes == {"digest:daily": "failed"}
    with db.session() as session:
        built = len(session.scalars(select(OutboxMessage.id)).all())
        row = session.get(JobState, "digest:daily")
    assert 0 < built < 150
    assert row.last_success_at is None and "stopped by shutdown" in row.last_error


# -- sending ---------------------------------------------------------------------------


class SlowFiles(FileTransport):
    """Real .eml files, a little slowly, counting what was written."""

    def __init__(self, folder: Path):
        super().__init__(folder)
        self.names: list[str] = []

    def send(self, sender, recipient, raw, name):
        time.sleep(0.05)
        self.names.append(name)
        super().send(sender, recipient, raw, name)


def test_one_sender_per_process_at_a_time(db, database_url, tmp_path):
    crawl(db, [item("m2")])
    for n in range(10):
        subscribe(db, f"interne{n}@example.org", frequency="daily")
    config = settings_for(database_url, tmp_path)
    build_due_digests(db, config, NOW)
    transport = SlowFiles(tmp_path / "outbox")
    reports = []
    threads = [
        threading.Thread(
            target=lambda: reports.append(send_pending(db, config, NOW, transport=transport))
        )
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
        time.sleep(0.1)
    for thread in threads:
        thread.join()
    assert sorted(r.busy for r in reports) == [False, True]
    assert len(transport.names) == len(set(transport.names)) == 10


def test_the_date_header_is_the_hand_over_not_the_build(db, database_url, tmp_path):
    crawl(db, [item("m2")])
    subscribe(db, "interne@example.org", frequency="daily")
    server = SmtpServer(tmp_path).start()
    try:
        config = settings_for(
            database_url, tmp_path, smtp_url=server.url, smtp_ca_file=server.ca_file
        )
        build_due_digests(db, config, NOW)
        later = NOW + timedelta(days=2, hours=3)  # an outage held it back
        send_pending(db, config, later)
    finally:
        server.stop()
    ((_, _, raw),) = server.inbox.received
    message = message_from_bytes(raw, policy=policy.default)
    assert len(message.get_all("Date")) == 1
    assert abs(parsedate_to_datetime(message["Date"]) - later) < timedelta(minutes=1)


class RefusingInbox(Inbox):
    """A relay that says no to everybody, at RCPT or at MAIL FROM."""

    def __init__(self, at: str):
        super().__init__()
        self.at = at

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.at == "mail":
            return "550 5.7.1 Sender address rejected: not allowed to relay"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.at == "rcpt" and address.startswith("interne"):
            return f"554 5.7.1 <{address}>: Relay access denied"
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)


@pytest.fixture
def fresh_process_memory():
    """Operators are told once per process for each refusal: each test is a new process."""
    from veille.notifications import operators

    operators._TOLD.clear()
    yield
    operators._TOLD.clear()


@pytest.mark.usefixtures("fresh_process_memory")
@pytest.mark.parametrize("at", ["rcpt", "mail"])
def test_a_server_wide_refusal_is_charged_to_nobody_and_told_to_the_operator(
    db, database_url, tmp_path, at
):
    crawl(db, [item("m2")])
    for n in range(3):
        subscribe(db, f"interne{n}@example.org", frequency="daily")
    server = SmtpServer(tmp_path)
    server.inbox = RefusingInbox(at)
    server.start()
    try:
        config = settings_for(
            database_url,
            tmp_path,
            smtp_url=server.url,
            smtp_ca_file=server.ca_file,
            operator_email=f"ops-{at}@example.org",
        )
        build_due_digests(db, config, NOW)
        reports = [send_pending(db, config, NOW + timedelta(hours=day * 24)) for day in range(3)]
    finally:
        server.stop()
    assert all(r.server_refusal and not r.permanent for r in reports)
    with db.session() as session:
        subscribers = session.scalars(select(Subscriber)).all()
        rows = session.scalars(select(OutboxMessage)).all()
    # Three days of refusals disable nobody, and each row still waits to be sent.
    assert [(s.active, s.permanent_failures) for s in subscribers] == [(True, 0)] * 3
    assert {r.state for r in rows} == {"pending"}
    assert all("refused" in (r.last_error or "") for r in rows) or at == "mail"
    if at == "rcpt":
        # The operator hears of it once, not once a run.
        alerts = [rcpt for _, rcpts, _ in server.inbox.received for rcpt in rcpts]
        assert alerts == ["ops-rcpt@example.org"]


# -- ingest reads a line at a time -----------------------------------------------------


def test_ingest_reports_bad_lines_from_a_stream_and_records_nothing(tmp_path):
    good = json.dumps({"url": "https://fac.example.fr/a", "title": "Appel"})
    lines = [good] * 50 + ["{not json"] + [good] * 50 + ['{"url": "https://x.fr/b"}']
    env = {"VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/v.db"}
    done = run("ingest", "fac", "-", cwd=tmp_path, env=env, stdin="\n".join(lines) + "\n")
    assert done.returncode == 1
    assert "- line 51: not valid JSON" in done.stderr
    assert "- line 102: title is missing" in done.stderr
    assert "2 bad line(s) in -; nothing was recorded." in done.stderr
    listed = run("status", "--json", cwd=tmp_path, env=env)
    assert json.loads(listed.stdout)["sources"] == []


# -- the start-up block ----------------------------------------------------------------


@pytest.mark.slow
def test_the_worker_says_where_it_reads_and_writes_at_start(tmp_path):
    env = down_site(tmp_path)
    done = run("run", "--once", cwd=tmp_path, env=env, timeout=120)
    block = done.stderr[done.stderr.index("veille worker ") :]
    assert f"database:     sqlite:///{tmp_path}/veille.db" in block
    assert f"mail goes to: .eml files in {tmp_path / 'outbox'}" in block
    assert "sources:      1 enabled" in block
    assert "next crawl:   now" in block
    assert "next daily digest: now" in block and "next weekly digest: now" in block


def test_ingest_never_holds_the_whole_file(tmp_path):
    """A bad file is checked line by line: the peak is a few lines, not the file twice over."""
    line = json.dumps({"url": "https://fac.example.fr/a", "title": "", "summary": "x" * 2000})
    big = tmp_path / "calls.jsonl"
    big.write_text((line + "\n") * 4000)  # about 8 MB, every line bad (empty title)
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match="4000 bad line"):
            read_items(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < big.stat().st_size / 4, f"peak {peak / 1e6:.1f} MB"
