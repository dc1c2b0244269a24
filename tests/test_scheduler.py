"""The worker's mechanics: due jobs, leases between replicas, time limits, health, retention."""

from __future__ import annotations

import asyncio
import signal
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.processes import run, start
from veille.scheduler import state
from veille.scheduler.health import heartbeat_is_stale, source_health
from veille.scheduler.jobs import JobSpec, cron, interval
from veille.scheduler.worker import Worker
from veille.settings import Settings
from veille.storage import CallItem, record_crawl
from veille.storage.models import CallVersion, JobState, OutboxBody, OutboxMessage, Subscriber
from veille.storage.retention import prune
from veille.storage.types import utcnow

PARIS = Settings().tz


def settings_for(url: str) -> Settings:
    return Settings(database_url=url)


class Recorder:
    """A job body that notes each run; optionally slow or failing."""

    def __init__(self, delay: float = 0.0, fail: bool = False):
        self.runs: list[datetime] = []
        self.delay = delay
        self.fail = fail

    async def __call__(self, ctx) -> dict:
        self.runs.append(ctx.started_at)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail:
            raise RuntimeError("site parser exploded")
        return {"runs": len(self.runs)}


def spec(name: str, body, *, phase: int = 1, time_limit: float = 5.0, every_hours: float = 6):
    return JobSpec(
        name, interval(PARIS, hours=every_hours), body, time_limit=time_limit, phase=phase
    )


class TestDueness:
    def test_never_run_is_due(self):
        job = spec("x", Recorder())
        assert job.is_due(None, utcnow())

    def test_daily_digest_after_a_restart(self):
        job = JobSpec("digest:daily", cron("0 7 * * *", PARIS), Recorder(), time_limit=60)
        yesterday_run = datetime(2026, 11, 24, 6, 0, 5, tzinfo=UTC)  # 07:00:05 in Paris
        # The worker was down at 07:00 today and starts at 08:30: the digest is due, once.
        assert job.is_due(yesterday_run, datetime(2026, 11, 25, 7, 30, tzinfo=UTC))
        assert not job.is_due(yesterday_run, datetime(2026, 11, 25, 5, 59, tzinfo=UTC))
        today_run = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
        assert not job.is_due(today_run, datetime(2026, 11, 25, 20, 0, tzinfo=UTC))

    def test_jitter_never_delays_dueness(self):
        job = JobSpec("crawl:x", interval(PARIS, hours=6), Recorder(), time_limit=60, jitter=3600)
        last = datetime(2026, 11, 25, 11, 5, tzinfo=UTC)  # 12:05 Paris, a jittered run
        assert job.is_due(last, datetime(2026, 11, 25, 17, 0, 1, tzinfo=UTC))  # 18:00:01 Paris
        assert job.live_trigger().jitter == 3600 and job.schedule.jitter is None


class TestLeases:
    def test_only_one_replica_claims_a_due_job(self, db):
        with db.session() as session:
            state.ensure_jobs(session, ["digest:daily"])
        now = utcnow()
        with db.session() as session:
            seen = state.last_success(session, "digest:daily")
        claims = []
        for owner in ("replica-a", "replica-b"):
            with db.session() as session:
                claims.append(
                    state.claim(session, "digest:daily", owner, now, timedelta(minutes=5), seen)
                )
        assert [c is not None for c in claims] == [True, False]
        with db.session() as session:
            state.finish(session, claims[0], now + timedelta(seconds=3))
        # B looked before A finished: its view is stale, so it still cannot claim.
        with db.session() as session:
            assert (
                state.claim(session, "digest:daily", "replica-b", now, timedelta(minutes=5), seen)
                is None
            )
            row = session.get(JobState, "digest:daily")
            assert row.last_success_at == now and row.lease_owner is None and row.runs == 1

    def test_expired_lease_of_a_dead_worker_is_taken_over(self, db):
        with db.session() as session:
            state.ensure_jobs(session, ["crawl:fac"])
        start = utcnow()
        with db.session() as session:
            assert state.claim(session, "crawl:fac", "killed", start, timedelta(seconds=30), None)
        with db.session() as session:
            assert (
                state.claim(
                    session,
                    "crawl:fac",
                    "other",
                    start + timedelta(seconds=10),
                    timedelta(seconds=30),
                    None,
                )
                is None
            )
            assert state.claim(
                session,
                "crawl:fac",
                "other",
                start + timedelta(seconds=31),
                timedelta(seconds=30),
                None,
            )

    def test_failure_keeps_the_job_due(self, db):
        with db.session() as session:
            state.ensure_jobs(session, ["crawl:fac"])
        now = utcnow()
        with db.session() as session:
            claim = state.claim(session, "crawl:fac", "w", now, timedelta(minutes=1), None)
            state.finish(session, claim, now, error="boom")
        with db.session() as session:
            row = session.get(JobState, "crawl:fac")
            assert (
                row.last_status == "failed"
                and row.last_success_at is None
                and row.lease_owner is None
            )


class TestWorker:
    def test_once_runs_due_jobs_by_phase_then_nothing(self, db, database_url):
        order: list[str] = []

        def body(name):
            async def run(ctx):
                order.append(name)
                return {}

            return run

        jobs = [spec("digest", body("digest"), phase=2), spec("crawl", body("crawl"), phase=0)]
        worker = Worker(db, settings_for(database_url), jobs)
        assert asyncio.run(worker.run_once()) == {"crawl": "ok", "digest": "ok"}
        assert order == ["crawl", "digest"]
        again = Worker(db, settings_for(database_url), jobs)
        assert asyncio.run(again.run_once()) == {"crawl": "not due", "digest": "not due"}

    def test_a_raising_or_hanging_job_does_not_stop_the_others(self, db, database_url):
        fine, raising, hanging = Recorder(), Recorder(fail=True), Recorder(delay=30)
        jobs = [
            spec("crawl:raises", raising, phase=0),
            spec("crawl:hangs", hanging, phase=0, time_limit=0.5),
            spec("crawl:fine", fine, phase=0),
        ]
        worker = Worker(db, settings_for(database_url), jobs)
        started = time.monotonic()
        outcomes = asyncio.run(worker.run_once())
        assert time.monotonic() - started < 10
        assert outcomes == {"crawl:raises": "failed", "crawl:hangs": "failed", "crawl:fine": "ok"}
        with db.session() as session:
            errors = dict(session.execute(select(JobState.name, JobState.last_error)).all())
        assert "RuntimeError: site parser exploded" in errors["crawl:raises"]
        assert "time limit" in errors["crawl:hangs"]
        assert errors["crawl:fine"] is None


@pytest.mark.slow
def test_sigterm_stops_the_worker_within_30_seconds(tmp_path):
    env = {"VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/v.db", "VEILLE_HEARTBEAT_SECONDS": "0.5"}
    worker = start("run", cwd=tmp_path, env=env)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            health = run("health", cwd=tmp_path, env=env)
            if health.returncode == 0:
                break
            time.sleep(0.3)
        assert health.returncode == 0, health.stdout + health.stderr
        second = run("run", "--once", cwd=tmp_path, env=env)
        assert second.returncode == 1
        assert "another veille worker is already running" in second.stderr
        worker.send_signal(signal.SIGTERM)
        started = time.monotonic()
        _, err = worker.communicate(timeout=30)
        assert time.monotonic() - started < 30
        assert worker.returncode == 0, err
        assert "stopped" in err
    finally:
        if worker.poll() is None:
            worker.kill()
    # Once stopped, no worker runs: the health check fails, and says it stopped cleanly.
    after = run("health", cwd=tmp_path, env=env)
    assert after.returncode == 1
    assert "Worker stopped cleanly at " in after.stdout and "stale" not in after.stdout


class TestHealth:
    def item(self, n: int) -> CallItem:
        return CallItem(url=f"https://fac.example.fr/appel-{n}", title=f"Appel {n}")

    def test_three_failures_in_a_row_is_broken(self, db):
        with db.session() as session:
            record_crawl(session, "fac", [self.item(1)])
            for _ in range(3):
                record_crawl(session, "fac", [], error="HTTP 500")
            record_crawl(session, "other", [self.item(2)])
        with db.session() as session:
            health = {h.source: h for h in source_health(session)}
        assert health["fac"].consecutive_failures == 3 and health["fac"].broken
        assert not health["other"].broken

    def test_drop_to_zero_is_broken(self, db):
        with db.session() as session:
            record_crawl(session, "fac", [self.item(1), self.item(2)])
            record_crawl(session, "fac", [])
        with db.session() as session:
            (health,) = source_health(session)
        assert health.dropped_to_zero and health.broken and health.suspicious

    def test_heartbeat(self, db):
        with db.session() as session:
            assert heartbeat_is_stale(session, utcnow(), timedelta(minutes=2))


def test_retention_keeps_the_latest_version_and_drops_old_bodies(db):
    old = datetime(2025, 1, 1, tzinfo=UTC)
    with db.session() as session:
        for n, title in enumerate(["Appel", "Appel modifié", "Appel modifié encore"]):
            item = CallItem(url="https://fac.example.fr/a", title=title)
            record_crawl(session, "fac", [item], now=old + timedelta(days=n))
        subscriber = Subscriber(email="interne@example.org")
        session.add(subscriber)
        session.flush()
        row = OutboxMessage(
            subscriber_id=subscriber.id,
            period="weekly:2025-W01",
            subject="s",
            state="sent",
            sent_at=old,
        )
        session.add(row)
        session.flush()
        session.add(OutboxBody(outbox_id=row.id, message="body"))
    with db.session() as session:
        assert prune(session, datetime(2026, 1, 1, tzinfo=UTC)) == {
            "call_versions": 2,
            "outbox_bodies": 1,
        }
        assert session.scalar(select(func.count()).select_from(CallVersion)) == 1
        assert session.scalar(select(func.count()).select_from(OutboxBody)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 1
