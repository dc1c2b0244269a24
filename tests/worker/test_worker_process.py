"""``veille run`` as operators run it: real processes, fixture sites, a real SMTP server.

These tests start the worker as a separate process, send it signals (and
SIGKILL), and count what reaches the SMTP server.
"""

from __future__ import annotations

import asyncio
import json
import random
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from tests.digestkit import Inbox, SmtpServer
from tests.processes import run, start
from veille.storage import open_database
from veille.storage.models import CrawlRun, OutboxMessage, Subscriber

# Every test here starts veille processes; under pytest-xdist they run one after the
# other on one worker, since each loads both cores on its own.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("worker-processes")]

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"
SECRET = "test-secret-key-of-at-least-thirty-two-characters"


def worker_env(database_url: str, smtp: SmtpServer, **extra: str) -> dict[str, str]:
    env = {
        "VEILLE_DATABASE_URL": database_url,
        "VEILLE_SMTP_URL": smtp.url,
        "VEILLE_SMTP_CA_FILE": str(smtp.ca_file),
        "VEILLE_MAIL_FROM": "Veille recherche <veille@example.org>",
        "VEILLE_BASE_URL": "https://veille.example.org",
        "VEILLE_SECRET_KEY": SECRET,
        "VEILLE_HEARTBEAT_SECONDS": "0.5",
        "VEILLE_JOB_LEASE_SECONDS": "2",
        "VEILLE_CLAIM_LEASE": "2",
        "VEILLE_RETRY_DELAY": "0.05",
        "VEILLE_CRAWL_DELAY": "0",
        "VEILLE_LOG_FORMAT": "json",
    }
    env.update(extra)
    return env


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


def stop(process: subprocess.Popen, limit: float = 30) -> tuple[float, str]:
    """SIGTERM, then how long the worker took to exit and what it logged."""
    process.send_signal(signal.SIGTERM)
    started = time.monotonic()
    _, err = process.communicate(timeout=limit)
    return time.monotonic() - started, err


def recipients(inbox: Inbox) -> Counter:
    return Counter(address for _, tos, _ in inbox.received for address in tos)


def add_subscribers(database_url: str, count: int, frequency: str = "daily") -> list[str]:
    addresses = [f"interne{n:05d}@example.org" for n in range(count)]
    db = open_database(database_url)
    with db.session() as session:
        session.execute(
            insert(Subscriber),
            [
                {
                    "email": a,
                    "filters": {},
                    "frequency": frequency,
                    "confirmed": True,
                    "active": True,
                    "permanent_failures": 0,
                }
                for a in addresses
            ],
        )
    db.dispose()
    return addresses


def ingest_calls(env: dict, cwd: Path, count: int = 3) -> None:
    lines = [
        json.dumps(
            {
                "url": f"https://fondation.example.org/appels/bourse-{n}",
                "title": f"Bourse de Master 2 numéro {n}",
                "summary": "Financement d'une année de Master 2 pour un interne.",
                "deadlines": [{"date": "2027-03-15", "time": "17:00", "kind": "application"}],
                "categories": ["bourse", "m2"],
            }
        )
        for n in range(count)
    ]
    feed = cwd / "calls.jsonl"
    feed.write_text("\n".join(lines) + "\n")
    done = run("ingest", "fondation", str(feed), cwd=cwd, env=env, timeout=60)
    assert done.returncode == 0, done.stderr


def empty_registry(tmp_path: Path) -> str:
    path = tmp_path / "no-sources.toml"
    path.write_text("# digests only: no source to crawl\n")
    return str(path)


@pytest.fixture
def smtp(tmp_path):
    server = SmtpServer(tmp_path).start()
    yield server
    server.stop()


def test_worker_crawls_sends_digests_and_stops_on_sigterm(tmp_path, smtp):
    database_url = f"sqlite:///{tmp_path}/veille.db"
    env = worker_env(
        database_url,
        smtp,
        VEILLE_FIXTURES_DIR=str(SITES),
        VEILLE_DAILY_DIGEST_CRON="* * * * *",
    )
    add = run(
        "subscribers",
        "add",
        "interne@example.org",
        "--frequency",
        "daily",
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert add.returncode == 0, add.stderr
    worker = start("run", cwd=tmp_path, env=env)
    try:
        wait_for(lambda: smtp.inbox.received, 150, "the first digest")
        digest = smtp.inbox.messages()[0]
        assert "nouveaux appels" in digest["Subject"]
        assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        text = digest.get_body(("plain",)).get_content()
        # Calls crawled from the fixture sources (each section shows its nearest few).
        titles = {
            call["title"]
            for expected in SITES.glob("*/expected.json")
            for call in json.loads(expected.read_text())
        }
        assert sum(title in text for title in titles) >= 10
        took, log = stop(worker)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, log[-2000:]
    assert took < 30
    lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    ends = [entry for entry in lines if entry.get("status") in ("ok", "failed")]
    assert {entry["job"] for entry in ends} >= {
        "crawl:rennes-annee-recherche",
        "digest:daily",
        "outbox:send",
    }
    assert all("duration" in entry for entry in ends)
    assert lines[-1]["message"].endswith("stopped")
    db = open_database(database_url)
    with db.session() as session:
        crawled = set(session.scalars(select(CrawlRun.source_id)))
    db.dispose()
    assert {"rennes-annee-recherche", "isnar-img", "frm", "clisp"} <= crawled
    assert recipients(smtp.inbox) == {"interne@example.org": 1}


@pytest.mark.postgres
def test_two_replicas_send_each_of_2000_digests_exactly_once(database_url, tmp_path, smtp):
    if not database_url.startswith("postgresql"):
        pytest.skip("replicas share a PostgreSQL database; SQLite serves one worker")
    # Claims last a minute here: only a sender that stopped for that long loses its rows.
    env = worker_env(
        database_url, smtp, VEILLE_REGISTRY=empty_registry(tmp_path), VEILLE_CLAIM_LEASE="60"
    )
    ingest_calls(env, tmp_path)
    addresses = add_subscribers(database_url, 2000)
    replicas = [start("run", cwd=tmp_path, env=env) for _ in range(2)]
    try:
        wait_for(lambda: len(smtp.inbox.received) >= 2000, 240, "2,000 digests")
        time.sleep(3)  # a duplicate would show up now
        logs = [stop(replica)[1] for replica in replicas]
    finally:
        for replica in replicas:
            if replica.poll() is None:
                replica.kill()
    counts = recipients(smtp.inbox)
    duplicates = {a: n for a, n in counts.items() if n > 1}
    assert not duplicates, f"{len(duplicates)} digests sent more than once"
    assert set(counts) == set(addresses)
    # Both replicas took part in sending (claims are per row, not per job).
    senders = [log.count('"job": "outbox:send", "status": "ok"') for log in logs]
    assert all(senders), senders


class SlowInbox(Inbox):
    """An SMTP server that takes a little time per message, so kills land mid-sending."""

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.01)
        return await super().handle_DATA(server, session, envelope)


def test_sigkill_during_sending_loses_nothing(tmp_path):
    smtp = SmtpServer(tmp_path)
    smtp.inbox = SlowInbox()
    smtp.start()
    database_url = f"sqlite:///{tmp_path}/veille.db"
    env = worker_env(database_url, smtp, VEILLE_REGISTRY=empty_registry(tmp_path))
    try:
        ingest_calls(env, tmp_path)
        addresses = add_subscribers(database_url, 1000)
        delivered_at_kill: list[int] = []
        rng = random.Random(20261125)
        deadline = time.monotonic() + 240
        while len(delivered_at_kill) < 20 and time.monotonic() < deadline:
            before = len(smtp.inbox.received)
            worker = start("run", "--once", cwd=tmp_path, env=env)
            # Building the digests comes first; the kill waits for sending to begin.
            wait_for(
                lambda worker=worker, before=before: (
                    len(smtp.inbox.received) > before or worker.poll() is not None
                ),
                120,
                "sending to begin",
            )
            time.sleep(rng.uniform(0.0, 0.6))
            if worker.poll() is None:
                worker.kill()
                delivered_at_kill.append(len(smtp.inbox.received))
            worker.communicate()
            if len(recipients(smtp.inbox)) == len(addresses):
                break
        # Then one run left alone finishes the work.
        for _ in range(5):
            final = start("run", "--once", cwd=tmp_path, env=env)
            final.communicate(timeout=240)
            if set(recipients(smtp.inbox)) == set(addresses):
                break
            time.sleep(2.5)  # claims of the last killed run expire
    finally:
        smtp.stop()
    counts = recipients(smtp.inbox)
    duplicates = sum(n - 1 for n in counts.values())
    kills = len(delivered_at_kill)
    # A kill landed while sending when some, not all, digests had arrived by then.
    while_sending = sum(0 < n < len(addresses) for n in delivered_at_kill)
    print(
        f"\n{kills} kills ({while_sending} while sending; delivered at each: {delivered_at_kill}), "
        f"{len(counts)} of {len(addresses)} digests arrived, {duplicates} duplicates"
    )
    assert while_sending >= 10, f"only {while_sending} kills landed while sending"
    assert set(counts) == set(addresses), f"{len(set(addresses) - set(counts))} digests lost"
    assert duplicates <= kills, f"{duplicates} duplicates for {kills} kills"
    db = open_database(database_url)
    with db.session() as session:
        states = dict(
            session.execute(
                select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
            ).all()
        )
    db.dispose()
    assert states == {"sent": len(addresses)}


def test_raising_hanging_and_down_sources_do_not_stop_the_others(tmp_path):
    """Each broken source is recorded as such and shows in ``veille health``."""
    page = (
        "<html><head><meta charset='utf-8'></head><body><ul><li class='call'>"
        "<a href='/appels/m2'>Bourse de Master 2</a><p>Date limite : 15 mars 2027</p></li>"
        "</ul></body></html>"
    )
    sites = tmp_path / "sites"
    files = {
        "good/good.example/appels/index.html": page,
        "raises/raises.example/appels/index.html": page,
        "hangs/hangs.example/appels/index.html": page,
        "hangs/hangs.example/appels/index.html.http.toml": "delay = 20\n",
        "down/down.example/appels/index.html": page,
        "down/down.example/appels/index.html.http.toml": "status = 503\n",
    }
    for relative, content in files.items():
        (sites / relative).parent.mkdir(parents=True, exist_ok=True)
        (sites / relative).write_text(content)
    entries = []
    for source_id, extra in [
        ("good", ""),
        # An invalid XPath makes the listing reader raise on the page.
        ("raises", ', date = "xpath:(("'),
        ("hangs", ""),
        ("down", ""),
    ]:
        entries.append(
            f'["{source_id}"]\nname = "{source_id}"\norganisation = "Test"\n'
            f'categories = ["bourse"]\nstart_urls = ["https://{source_id}.example/appels/"]\n'
            f'kind = "listing"\noptions = {{ item = "li.call", title = "a"{extra} }}\n'
        )
    registry = tmp_path / "sources.toml"
    registry.write_text("\n".join(entries))
    env = {
        "VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/veille.db",
        "VEILLE_REGISTRY": str(registry),
        "VEILLE_FIXTURES_DIR": str(sites),
        "VEILLE_CRAWL_DELAY": "0",
        "VEILLE_CRAWL_RETRIES": "1",
        "VEILLE_CRAWL_BACKOFF": "0.05",
        # room for the good crawl to start its processes on a loaded machine
        "VEILLE_CRAWL_TIME_LIMIT": "8",
    }
    started = time.monotonic()
    once = run("run", "--once", cwd=tmp_path, env=env, timeout=120)
    assert time.monotonic() - started < 60
    # Each broken source fails its own job, and says so; the good one is done.
    assert once.returncode == 1, once.stderr[-2000:]
    assert "3 job(s) did not succeed" in once.stderr
    for broken in ("raises", "hangs", "down"):
        assert f"job crawl:{broken} failed" in once.stderr
    assert "job crawl:good ok" in once.stderr
    health = run("health", "--json", cwd=tmp_path, env=env, timeout=60)
    sources = {s["source"]: s for s in json.loads(health.stdout)["sources"]}
    assert sources["good"]["consecutive_failures"] == 0 and sources["good"]["last_items"] == 1
    for broken in ("raises", "hangs", "down"):
        assert sources[broken]["consecutive_failures"] == 1, sources[broken]
        assert sources[broken]["suspicious"] is True
    db = open_database(env["VEILLE_DATABASE_URL"])
    with db.session() as session:
        notes = dict(session.execute(select(CrawlRun.source_id, CrawlRun.notes)).all())
    db.dispose()
    assert "time limit of 8 s" in notes["hangs"]
    assert "crawl failed" in notes["down"]
    assert "incomplete" in notes["raises"] or "failed" in notes["raises"]
