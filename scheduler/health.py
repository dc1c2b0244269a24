"""Is each source still working, and is the worker alive?

A source is *broken* after three failed crawls in a row, or when its last
good crawl found nothing where earlier ones found calls: both mean its
subscribers may be missing deadlines, so an operator must look.

A source is *suspicious* when its latest crawl was flagged so by the recorder
(storage's checks, with the reason in the run's notes): the one definition
that ``veille health`` and ``veille status`` both show.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from veille.storage.models import CrawlRun, RunStatus, Source, Worker

FAILURES_BEFORE_BROKEN = 3
RECENT_RUNS = 20


@dataclass
class SourceHealth:
    source: str
    last_success: datetime | None
    consecutive_failures: int
    last_items: int | None
    usual_items: int
    suspicious: bool
    suspicious_why: str | None
    dropped_to_zero: bool

    @property
    def broken(self) -> bool:
        return self.consecutive_failures >= FAILURES_BEFORE_BROKEN or self.dropped_to_zero

    def as_dict(self) -> dict:
        data = asdict(self)
        data["last_success"] = self.last_success.isoformat() if self.last_success else None
        data["broken"] = self.broken
        return data


def source_health(session: Session) -> list[SourceHealth]:
    return [
        _one(session, source_id)
        for source_id in session.scalars(select(Source.id).order_by(Source.id))
    ]


def _one(session: Session, source_id: str) -> SourceHealth:
    runs = list(
        session.scalars(
            select(CrawlRun)
            .where(CrawlRun.source_id == source_id, CrawlRun.status != RunStatus.RUNNING)
            .order_by(CrawlRun.id.desc())
            .limit(RECENT_RUNS)
        )
    )
    failures = 0
    for run in runs:
        if run.status == RunStatus.OK:
            break
        failures += 1
    good = [run for run in runs if run.status == RunStatus.OK]
    last_good = good[0] if good else None
    usual = max((run.items for run in good[1:]), default=0)
    return SourceHealth(
        source=source_id,
        last_success=last_good.finished_at if last_good else None,
        consecutive_failures=failures,
        last_items=last_good.items if last_good else None,
        usual_items=usual,
        suspicious=bool(runs and runs[0].suspicious),
        suspicious_why=runs[0].notes if runs and runs[0].suspicious else None,
        dropped_to_zero=bool(last_good and last_good.items == 0 and usual > 0),
    )


@dataclass(frozen=True)
class WorkerLiveness:
    """Whether a worker is alive, and if not, how the last one ended."""

    alive: bool
    heartbeat: datetime | None  # the latest heartbeat of a worker not marked stopped
    stopped_at: datetime | None  # when the last worker that stopped cleanly did

    @property
    def state(self) -> str:
        if self.alive:
            return "alive"
        if self.heartbeat is not None and (
            self.stopped_at is None or self.heartbeat > self.stopped_at
        ):
            return "stale"  # it died without saying so: killed, or its machine went down
        return "stopped" if self.stopped_at is not None else "never"


def worker_liveness(session: Session, now: datetime, max_age: timedelta) -> WorkerLiveness:
    beat = latest_heartbeat(session)
    stopped = session.scalar(select(func.max(Worker.stopped_at)))
    alive = beat is not None and now - beat <= max_age
    return WorkerLiveness(alive, beat, stopped)


def latest_heartbeat(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Worker.heartbeat_at)).where(Worker.stopped_at.is_(None)))


def heartbeat_is_stale(session: Session, now: datetime, max_age: timedelta) -> bool:
    beat = latest_heartbeat(session)
    return beat is None or now - beat > max_age
