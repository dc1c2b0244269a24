"""The long-running worker: APScheduler on the event loop, the database as the source of truth.

Every run of every job goes through ``run_job``: read when the job last
succeeded, skip it if it is not due, take its lease, run it within its time
limit, record the outcome. A stop (SIGTERM/SIGINT) takes no new work, lets
running jobs finish for a grace period, then cancels them and frees their
leases so another worker (or the next start) takes them again.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import threading
import time
import uuid
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from veille.scheduler import state
from veille.scheduler.jobs import POOLS, JobContext, JobFailed, JobSpec
from veille.settings import Settings
from veille.storage import Database
from veille.storage.models import Worker as WorkerRow
from veille.storage.types import utcnow

log = logging.getLogger("veille.worker")

STOP_GRACE_SECONDS = 20.0


class Worker:
    def __init__(
        self, db: Database, settings: Settings, jobs: list[JobSpec], *, sole_worker: bool = False
    ):
        """``sole_worker``: no other worker can be alive (SQLite's file lock says so), so
        leases left by one that died are freed at once instead of when they expire."""
        self.db = db
        self.settings = settings
        self.jobs = jobs
        self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        # A lease outlives several missed heartbeats, so a busy moment never loses one.
        self.lease = timedelta(
            seconds=max(settings.job_lease_seconds, 3 * settings.heartbeat_seconds)
        )
        self._stopping = asyncio.Event()
        # The same stop, for job bodies running in threads (a digest build).
        self._stop_flag = threading.Event()
        self._scheduler: AsyncIOScheduler | None = None
        self._running: set[asyncio.Task] = set()
        self._pools: dict[str, asyncio.Semaphore] = {}
        with db.session() as session:
            state.ensure_jobs(session, [job.name for job in jobs if job.leased])
            if sole_worker:
                state.release_all(session)

    # -- one job ---------------------------------------------------------------

    async def run_job(self, spec: JobSpec) -> str:
        """Run ``spec`` if it is due and free; returns what happened, for logs and tests."""
        if self._stopping.is_set():
            return "stopping"
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            if spec.pool is None:
                return await self._run_job(spec)
            async with self._pool(spec.pool):
                if self._stopping.is_set():
                    return "stopping"
                return await self._run_job(spec)
        finally:
            if task is not None:
                self._running.discard(task)

    def _pool(self, name: str) -> asyncio.Semaphore:
        if name not in self._pools:
            self._pools[name] = asyncio.Semaphore(POOLS[name])
        return self._pools[name]

    async def _run_job(self, spec: JobSpec) -> str:
        now = utcnow()
        claim = None
        if spec.leased:
            with self.db.session() as session:
                progress = state.progress(session, spec.name)
            seen = progress.last_success
            if not spec.is_due(seen, now, progress.failures, progress.last_finished):
                return "not due"
            with self.db.session() as session:
                claim = state.claim(session, spec.name, self.id, now, self.lease, seen)
            if claim is None:
                log.debug("job %s: taken by another worker", spec.name, extra={"job": spec.name})
                return "taken"
        log.info("job %s started", spec.name, extra={"job": spec.name, "worker": self.id})
        started = time.monotonic()
        context = JobContext(self.db, self.settings, self.id, now, self._stop_flag)
        error, figures = None, {}
        try:
            figures = await asyncio.wait_for(spec.body(context), spec.time_limit) or {}
        except JobFailed as exc:
            error, figures = str(exc), exc.figures
        except TimeoutError:
            error = f"stopped at its time limit of {spec.time_limit:g} s"
        except asyncio.CancelledError:
            with self.db.session() as session:
                state.release_all(session, self.id)
            log.warning("job %s cancelled by shutdown", spec.name, extra={"job": spec.name})
            raise
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            log.exception("job %s raised", spec.name, extra={"job": spec.name})
        if claim is not None:
            finished = utcnow()
            with self.db.session() as session:
                state.finish(session, claim, finished, error)
            if error:
                self._schedule_retry(spec)
        duration = round(time.monotonic() - started, 3)
        status = "failed" if error else "ok"
        shown = " ".join(f"{k}={v}" for k, v in figures.items())
        log.log(
            logging.ERROR if error else logging.INFO,
            "job %s %s in %.1f s%s%s",
            spec.name,
            status,
            duration,
            f" {shown}" if shown else "",
            f": {error}" if error else "",
            extra={"job": spec.name, "status": status, "duration": duration, "figures": figures},
        )
        return status

    def _schedule_retry(self, spec: JobSpec) -> None:
        """A failed job's schedule may be a day away: look again when its back-off ends."""
        if self._scheduler is None or self._stopping.is_set():
            return
        with self.db.session() as session:
            progress = state.progress(session, spec.name)
        when = spec.due_at(progress.last_success, progress.failures, progress.last_finished)
        if when is None:
            return
        self._scheduler.add_job(
            self.run_job,
            trigger="date",
            run_date=when,
            args=[spec],
            id=f"{spec.name}:retry",
            replace_existing=True,
            misfire_grace_time=None,
        )
        log.info(
            "job %s will be tried again at %s",
            spec.name,
            when.astimezone(self.settings.tz).strftime("%Y-%m-%d %H:%M:%S"),
            extra={"job": spec.name},
        )

    # -- whole runs ------------------------------------------------------------

    async def run_once(self) -> dict[str, str]:
        """Every job that is due now, once, phase by phase (crawls before digests)."""
        self._install_signal_handlers()
        heart = asyncio.ensure_future(self._heartbeat())
        log.info("%s", self.summary(utcnow()), extra={"worker": self.id})
        try:
            return await self._catch_up()
        finally:
            heart.cancel()
            self._stopped()

    async def _catch_up(self) -> dict[str, str]:
        outcomes: dict[str, str] = {}
        for phase in sorted({job.phase for job in self.jobs}):
            if self._stopping.is_set():
                break
            batch = [job for job in self.jobs if job.phase == phase]
            tasks = [asyncio.ensure_future(self.run_job(job)) for job in batch]
            results = await self._finish_or_cancel(tasks)
            outcomes.update(zip((job.name for job in batch), results, strict=True))
        return outcomes

    async def serve(self) -> None:
        """Run until SIGTERM or SIGINT: due jobs at once, then each on its schedule."""
        self._install_signal_handlers()
        heart = asyncio.ensure_future(self._heartbeat())
        scheduler = AsyncIOScheduler(timezone=self.settings.tz)
        for job in self.jobs:
            scheduler.add_job(
                self.run_job,
                trigger=job.live_trigger(),
                args=[job],
                id=job.name,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=None,
            )
        scheduler.start()
        self._scheduler = scheduler
        log.info("worker %s started with %d jobs", self.id, len(self.jobs))
        log.info("%s", self.summary(utcnow()), extra={"worker": self.id})
        # What fell due while no worker ran (or never ran) goes first, crawls before
        # digests; the schedule takes over from there.
        await self._catch_up()
        await self._stopping.wait()
        log.info("worker %s stopping", self.id)
        scheduler.shutdown(wait=False)
        await self._finish_or_cancel(list(self._running))
        heart.cancel()
        self._stopped()
        log.info("worker %s stopped", self.id)

    def summary(self, now: datetime) -> str:
        """One block saying where this worker reads and writes, and what it does next."""
        config = self.settings
        where = self.db.engine.url.render_as_string(hide_password=True)
        if config.smtp_url:
            _, host, port, user, _ = config.smtp_parts()
            mail = f"SMTP {host}:{port}" + (f" as {user}" if user else "")
        else:
            mail = f".eml files in {config.outbox_dir.resolve()} (VEILLE_SMTP_URL is not set)"
        crawls = [job for job in self.jobs if job.name.startswith("crawl:")]
        lines = [
            f"veille worker {self.id}",
            f"  database:     {where}",
            f"  mail goes to: {mail}",
            f"  sources:      {len(crawls)} enabled",
            f"  next crawl:   {self._next(crawls, now)}",
        ]
        for job in self.jobs:
            if job.name.startswith("digest:"):
                lines.append(f"  next {job.name.split(':')[1]} digest: {self._next([job], now)}")
        return "\n".join(lines)

    def _next(self, jobs: list[JobSpec], now: datetime) -> str:
        """When the first of ``jobs`` is due, in local time ("now" when it already is)."""
        if not jobs:
            return "none (no source is enabled)"
        times = []
        with self.db.session() as session:
            for job in jobs:
                progress = state.progress(session, job.name)
                due = job.due_at(progress.last_success, progress.failures, progress.last_finished)
                if due is not None:
                    times.append((max(due, now), job.name))
        if not times:
            return "never"
        when, name = min(times)
        shown = "now" if when <= now else f"{when.astimezone(self.settings.tz):%Y-%m-%d %H:%M}"
        return f"{shown} ({name})" if len(jobs) > 1 else shown

    def stop(self) -> None:
        self._stopping.set()
        self._stop_flag.set()

    # -- helpers ---------------------------------------------------------------

    async def _finish_or_cancel(self, tasks: list[asyncio.Task]) -> list[str]:
        """Wait for ``tasks``; once a stop is asked, give them a grace period, then cancel."""
        if not tasks:
            return []
        pending = set(tasks)
        stop_wait = asyncio.ensure_future(self._stopping.wait())
        try:
            while pending:
                done, pending = await asyncio.wait(
                    pending | {stop_wait}, return_when=asyncio.FIRST_COMPLETED
                )
                pending.discard(stop_wait)
                if stop_wait in done:
                    break
            if pending:
                _, late = await asyncio.wait(pending, timeout=STOP_GRACE_SECONDS)
                for task in late:
                    task.cancel()
                await asyncio.gather(*late, return_exceptions=True)
        finally:
            stop_wait.cancel()
        return [_outcome(task) for task in tasks]

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self.stop)

    async def _heartbeat(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self._beat)
            except Exception:  # a database hiccup must not kill the heartbeat for good
                log.exception("heartbeat failed")
            await asyncio.sleep(self.settings.heartbeat_seconds)

    def _stopped(self) -> None:
        with self.db.session() as session:
            state.release_all(session, self.id)
            row = session.get(WorkerRow, self.id)
            if row is not None:
                row.stopped_at = utcnow()

    def _beat(self) -> None:
        """Say this worker is alive, and keep the leases of the jobs it is running."""
        now = utcnow()
        with self.db.session() as session:
            state.renew(session, self.id, now + self.lease)
            row = session.get(WorkerRow, self.id)
            if row is None:
                session.add(
                    WorkerRow(
                        id=self.id,
                        hostname=socket.gethostname(),
                        pid=os.getpid(),
                        started_at=now,
                        heartbeat_at=now,
                    )
                )
            else:
                row.heartbeat_at = now


def _outcome(task: asyncio.Task) -> str:
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"error: {task.exception()}"
    return task.result()
