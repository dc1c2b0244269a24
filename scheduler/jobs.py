"""The jobs ``veille run`` schedules: what each does, when, and for how long at most.

A job's schedule (without jitter) is also how the worker decides, from the
database, whether the job is due: APScheduler says *when to look*, the
database says *whether to act*, so restarts and replicas agree.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import functools
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from veille.notifications import build_due_digests, send_pending
from veille.notifications.operators import send_health_mail
from veille.scheduler.health import source_health
from veille.settings import Settings
from veille.spiders.crawl import crawl_sources_async
from veille.spiders.registry import interval_seconds, load_registry
from veille.storage import Database, close_expired
from veille.storage.retention import prune
from veille.storage.types import utcnow

# Crawls running at once in one worker: enough to overlap slow sites, few enough
# to keep memory flat when every source falls due together (at start-up).
POOLS = {"crawl": 4}

# A failed run is tried again after 5 minutes, then 10, 20, 40…, but never later
# than the schedule would have run it anyway.
RETRY_FIRST_SECONDS = 300.0

# Interval schedules count from a fixed origin, so "every 6 hours" means the
# same hours in every process and after every restart.
ORIGIN = datetime(2020, 1, 6, tzinfo=ZoneInfo("Europe/Paris"))


@dataclass
class JobContext:
    db: Database
    settings: Settings
    worker_id: str
    started_at: datetime
    # Set when the worker is asked to stop: long jobs look at it between two units
    # of work (two digests), since a thread cannot be cancelled from outside.
    stopping: threading.Event = dataclasses.field(default_factory=threading.Event)


JobBody = Callable[[JobContext], Awaitable[dict]]


class JobFailed(Exception):
    """A job that ran to its end without doing its work (a crawl whose site failed).

    Recorded and logged as failed with its figures, and without a traceback:
    the cause is a fact about the outside world, not a bug.
    """

    def __init__(self, message: str, figures: dict | None = None):
        super().__init__(message)
        self.figures = figures or {}


@dataclass(frozen=True)
class JobSpec:
    name: str
    schedule: BaseTrigger
    body: JobBody
    time_limit: float
    # Order of --once: crawls first, then closing, digests, sending, housekeeping.
    phase: int = 9
    jitter: int = 0
    # Leased jobs run on one worker at a time; the others (sending, which claims
    # its own outbox rows) run on every worker whenever their schedule fires.
    leased: bool = True
    # Jobs of one pool share its slots (see POOLS): a job waits for a free slot
    # before it claims anything.
    pool: str | None = None
    # First pause before a failed run is tried again (doubled at each failure).
    retry_first: float = RETRY_FIRST_SECONDS

    def next_due(self, last_success: datetime) -> datetime | None:
        return self.schedule.get_next_fire_time(None, last_success + timedelta(microseconds=1))

    def due_at(
        self, last_success: datetime | None, failures: int = 0, last_failed: datetime | None = None
    ) -> datetime | None:
        """When the job is next due: its schedule after the last success, or, after
        ``failures`` failed runs in a row, a retry that waits twice as long each time
        but never longer than the schedule (``None``: never again)."""
        if failures and last_failed is not None:
            backoff = timedelta(seconds=self.retry_first * 2 ** min(failures - 1, 20))
            scheduled = self.next_due(last_failed)
            retry = last_failed + backoff
            return min(retry, scheduled) if scheduled is not None else retry
        if last_success is None:
            return datetime.min.replace(tzinfo=ORIGIN.tzinfo)
        return self.next_due(last_success)

    def is_due(
        self,
        last_success: datetime | None,
        now: datetime,
        failures: int = 0,
        last_failed: datetime | None = None,
    ) -> bool:
        due = self.due_at(last_success, failures, last_failed)
        return due is not None and due <= now

    def live_trigger(self) -> BaseTrigger:
        """The schedule with its jitter, for APScheduler (never for deciding dueness)."""
        trigger = copy.copy(self.schedule)
        trigger.jitter = self.jitter or None
        return trigger


def interval(tz: ZoneInfo, **every: float) -> IntervalTrigger:
    return IntervalTrigger(**every, start_date=ORIGIN, timezone=tz)


def cron(line: str, tz: ZoneInfo) -> CronTrigger:
    return CronTrigger.from_crontab(line, timezone=tz)


async def close_job(ctx: JobContext) -> dict:
    with ctx.db.session() as session:
        closed = close_expired(session, ctx.started_at, ctx.settings.tz)
    return {"closed": len(closed)}


async def retention_job(ctx: JobContext) -> dict:
    before = ctx.started_at - timedelta(days=ctx.settings.retention_days)
    with ctx.db.session() as session:
        return prune(session, before)


def housekeeping_jobs(settings: Settings) -> list[JobSpec]:
    tz = settings.tz
    return [
        JobSpec("calls:close", interval(tz, hours=1), close_job, time_limit=300, phase=1),
        JobSpec("retention", cron("30 3 * * *", tz), retention_job, time_limit=900, phase=5),
    ]


def crawl_jobs(settings: Settings) -> list[JobSpec]:
    """One job per enabled source of the registry, on the source's own schedule."""
    jobs = []
    for source in load_registry(settings.registry).select(None):
        seconds = interval_seconds(source.schedule)
        schedule = (
            interval(settings.tz, seconds=seconds)
            if seconds
            else cron(source.schedule, settings.tz)
        )
        jobs.append(
            JobSpec(
                f"crawl:{source.id}",
                schedule,
                functools.partial(crawl_job, source.id),
                # The crawl stops itself at crawl_time_limit; this is the backstop.
                time_limit=settings.crawl_time_limit + 60,
                phase=0,
                # Spread sources over a tenth of their period (at most 10 minutes).
                jitter=min(600, (seconds or 3600) // 10),
                pool="crawl",
            )
        )
    return jobs


async def crawl_job(source_id: str, ctx: JobContext) -> dict:
    (report,) = await crawl_sources_async(ctx.db, ctx.settings, [source_id])
    figures = {
        "crawl": report.status,
        "items": report.items,
        "events": report.events,
        "errors": len(report.errors),
        "unchanged_pages": report.unchanged_pages,
        **({"first_error": report.errors[0][:200]} if report.errors else {}),
    }
    if report.status == "failed":
        why = report.errors[0][:200] if report.errors else report.notes or "no page could be read"
        raise JobFailed(f"the crawl of {source_id} failed: {why}", figures)
    return figures


async def digest_job(frequency: str, ctx: JobContext) -> dict:
    report = await asyncio.to_thread(
        build_due_digests,
        ctx.db,
        ctx.settings,
        ctx.started_at,
        frequency,
        should_stop=ctx.stopping.is_set,
    )
    figures = {"built": len(report.built), "empty": report.empty, "already": report.already}
    if report.interrupted:
        # Not a success: the period is not done, and the next start finishes it.
        raise JobFailed("stopped by shutdown between two digests", figures)
    return figures


async def send_job(ctx: JobContext) -> dict:
    report = await asyncio.to_thread(
        send_pending, ctx.db, ctx.settings, utcnow(), should_stop=ctx.stopping.is_set
    )
    figures = {
        "sent": len(report.sent),
        "retry_later": len(report.temporary),
        "failed": len(report.permanent),
        "disabled": len(report.disabled),
    }
    if report.busy:
        figures["skipped"] = "another sender of this process is running"
    if report.stopped:
        # Rows stay pending; the next run (a minute later) tries again.
        raise JobFailed(f"sending stopped after {len(report.sent)} sent: {report.stopped}", figures)
    return figures


async def health_job(ctx: JobContext) -> dict:
    with ctx.db.session() as session:
        sources = source_health(session)
    broken = [dataclasses.asdict(source) for source in sources if source.broken]
    mails = await asyncio.to_thread(send_health_mail, ctx.settings, broken, ctx.started_at)
    return {"sources": len(sources), "broken": len(broken), "mails": mails}


def delivery_jobs(settings: Settings) -> list[JobSpec]:
    tz = settings.tz
    digests = [
        JobSpec(
            f"digest:{frequency}",
            cron(line, tz),
            functools.partial(digest_job, frequency),
            time_limit=1800,
            phase=2,
        )
        for frequency, line in (
            ("daily", settings.daily_digest_cron),
            ("weekly", settings.weekly_digest_cron),
        )
    ]
    return [
        *digests,
        JobSpec(
            "outbox:send",
            interval(tz, minutes=1),
            send_job,
            time_limit=1800,
            phase=3,
            leased=False,
        ),
        JobSpec("health", cron("0 8 * * *", tz), health_job, time_limit=300, phase=4),
    ]


def all_jobs(settings: Settings) -> list[JobSpec]:
    """Every job of the worker, in the order --once runs them."""
    jobs = crawl_jobs(settings) + housekeeping_jobs(settings) + delivery_jobs(settings)
    return sorted(jobs, key=lambda job: (job.phase, job.name))
