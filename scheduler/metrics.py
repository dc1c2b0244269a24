"""The worker's figures for Prometheus, read from the database when /metrics is scraped.

A custom collector rather than counters kept in memory: several replicas and
``veille serve`` share one database, and the database already knows every
crawl, event and digest, so any process answers with the same truth and a
restart loses nothing. Totals are counts of rows: they only grow, except
where retention deletes rows (call versions and sent bodies, none counted
here).
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from veille.scheduler.health import latest_heartbeat
from veille.storage import Database
from veille.storage.models import CrawlRun, Event, OutboxMessage, RunStatus, Source, Subscriber

PREFIX = "veille"


class VeilleCollector(Collector):
    """Every figure in one read-only transaction; ``veille_database_up 0`` when it fails."""

    def __init__(self, db: Database):
        self.db = db

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            f"{PREFIX}_database_up", "1 when the database answered this scrape, else 0."
        )
        try:
            with self.db.session() as session:
                metrics = list(_figures(session))
        except SQLAlchemyError:
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from metrics


def registry(db: Database) -> CollectorRegistry:
    """A registry of veille's figures only (no process metrics of whoever serves it)."""
    collectors = CollectorRegistry(auto_describe=False)
    collectors.register(VeilleCollector(db))
    return collectors


def _figures(session) -> Iterator[Metric]:
    crawls = CounterMetricFamily(
        f"{PREFIX}_crawls", "Crawls recorded, by source and status.", labels=["source", "status"]
    )
    for source, status, count in session.execute(
        select(CrawlRun.source_id, CrawlRun.status, func.count()).group_by(
            CrawlRun.source_id, CrawlRun.status
        )
    ):
        crawls.add_metric([source, status], count)
    yield crawls

    events = CounterMetricFamily(f"{PREFIX}_events", "Change events, by kind.", labels=["kind"])
    for kind, count in session.execute(select(Event.kind, func.count()).group_by(Event.kind)):
        events.add_metric([kind], count)
    yield events

    states = dict(
        session.execute(
            select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
        ).all()
    )
    attempts = session.scalar(select(func.coalesce(func.sum(OutboxMessage.attempts), 0))) or 0
    built = CounterMetricFamily(f"{PREFIX}_digests_built", "Digests written to the outbox.")
    built.add_metric([], sum(states.values()))
    yield built
    sent = CounterMetricFamily(f"{PREFIX}_digests_sent", "Digests handed to the mail server.")
    sent.add_metric([], states.get("sent", 0))
    yield sent
    # Every attempt that did not end in "sent": temporary and permanent refusals alike.
    failures = CounterMetricFamily(f"{PREFIX}_send_failures", "Failed attempts to send a digest.")
    failures.add_metric([], max(attempts - states.get("sent", 0), 0))
    yield failures
    failed = GaugeMetricFamily(
        f"{PREFIX}_digests_failed", "Digests given up on (state failed), waiting for a retry."
    )
    failed.add_metric([], states.get("failed", 0))
    yield failed
    depth = GaugeMetricFamily(
        f"{PREFIX}_outbox_depth", "Digests waiting to be sent, by state.", labels=["state"]
    )
    for state in ("pending", "sending"):
        depth.add_metric([state], states.get(state, 0))
    yield depth

    last = GaugeMetricFamily(
        f"{PREFIX}_source_last_success_timestamp_seconds",
        "End of the last successful crawl of each source (Unix time); absent if never.",
        labels=["source"],
    )
    for source, finished in session.execute(
        select(Source.id, func.max(CrawlRun.finished_at))
        .join(CrawlRun, CrawlRun.source_id == Source.id)
        .where(CrawlRun.status == RunStatus.OK)
        .group_by(Source.id)
        .order_by(Source.id)
    ):
        if finished is not None:
            last.add_metric([source], _timestamp(finished))
    yield last

    beat = latest_heartbeat(session)
    heartbeat = GaugeMetricFamily(
        f"{PREFIX}_worker_heartbeat_timestamp_seconds",
        "Latest heartbeat of a running worker (Unix time); absent when none runs.",
    )
    if beat is not None:
        heartbeat.add_metric([], _timestamp(beat))
    yield heartbeat

    subscribers = GaugeMetricFamily(
        f"{PREFIX}_subscribers", "Subscribers, by whether digests go to them.", labels=["state"]
    )
    counts = dict.fromkeys(("active", "unconfirmed", "left"), 0)
    for active, confirmed, count in session.execute(
        select(Subscriber.active, Subscriber.confirmed, func.count()).group_by(
            Subscriber.active, Subscriber.confirmed
        )
    ):
        counts["active" if active and confirmed else ("unconfirmed" if active else "left")] += count
    for state, count in counts.items():
        subscribers.add_metric([state], count)
    yield subscribers


def _timestamp(value) -> float:
    return value.timestamp()  # stored values come back as aware UTC datetimes
