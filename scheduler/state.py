"""Job state in the database: what ran when, and a lease so that one worker runs each job.

A job is claimed with one conditional UPDATE that succeeds only if no live
lease is held and nobody has completed the job since we looked. Two replicas
that both see a job due therefore cannot both run it, and a worker killed
mid-job leaves a lease that simply expires.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from veille.storage.models import JobState


@dataclass(frozen=True)
class Claim:
    name: str
    owner: str
    started_at: datetime


def ensure_jobs(session: Session, names: list[str]) -> None:
    """Create the state rows of new jobs; existing rows are left as they are."""
    if not names:
        return
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(JobState).on_conflict_do_nothing(index_elements=["name"]),
        [{"name": name, "runs": 0} for name in names],
    )


def last_success(session: Session, name: str) -> datetime | None:
    return session.scalar(select(JobState.last_success_at).where(JobState.name == name))


@dataclass(frozen=True)
class Progress:
    """What decides whether a job is due: its last success, and failures since then."""

    last_success: datetime | None = None
    failures: int = 0
    last_finished: datetime | None = None


def progress(session: Session, name: str) -> Progress:
    row = session.execute(
        select(JobState.last_success_at, JobState.failures, JobState.last_finished_at).where(
            JobState.name == name
        )
    ).one_or_none()
    return Progress(*row) if row is not None else Progress()


def claim(
    session: Session,
    name: str,
    owner: str,
    now: datetime,
    lease: timedelta,
    seen_success: datetime | None,
) -> Claim | None:
    """Take the job if its lease is free and it has not succeeded since ``seen_success``."""
    unchanged = (
        JobState.last_success_at.is_(None)
        if seen_success is None
        else JobState.last_success_at == seen_success
    )
    result = session.execute(
        update(JobState)
        .where(
            JobState.name == name,
            or_(JobState.lease_until.is_(None), JobState.lease_until < now),
            unchanged,
        )
        .values(
            lease_owner=owner,
            lease_until=now + lease,
            last_started_at=now,
            runs=JobState.runs + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return Claim(name, owner, now) if result.rowcount == 1 else None


def finish(session: Session, claim: Claim, now: datetime, error: str | None = None) -> None:
    """Record the end of a run and free the lease (only ours: an expired one may be another's)."""
    values: dict = {
        "last_finished_at": now,
        "last_status": "failed" if error else "ok",
        "last_error": error,
        "lease_owner": None,
        "lease_until": None,
    }
    if error is None:
        values["last_success_at"] = claim.started_at
        values["failures"] = 0
    else:
        values["failures"] = JobState.failures + 1
    session.execute(
        update(JobState)
        .where(JobState.name == claim.name, JobState.lease_owner == claim.owner)
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def renew(session: Session, owner: str, until: datetime) -> int:
    """Extend every lease ``owner`` holds: a live worker keeps its jobs, a dead one loses them."""
    result = session.execute(
        update(JobState)
        .where(JobState.lease_owner == owner)
        .values(lease_until=until)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def release_all(session: Session, owner: str | None = None) -> int:
    """Give back every lease ``owner`` holds (a clean shutdown), or every lease at all
    (the only worker a SQLite database can have, starting after one that died)."""
    held = JobState.lease_owner.is_not(None) if owner is None else JobState.lease_owner == owner
    result = session.execute(
        update(JobState)
        .where(held)
        .values(lease_owner=None, lease_until=None)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount
