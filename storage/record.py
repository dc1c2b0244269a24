"""Change detection: one crawl of one source in, events out.

Each source's last word on each call is kept on its CallSource link. A change
is a change only when *the same source* now says something else, so a call
relayed by two sources that disagree does not flap, and recording the same
crawl twice writes nothing the second time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from veille.storage.deadlines import PARIS, all_passed
from veille.storage.items import CallItem, copy_reading
from veille.storage.models import (
    Call,
    CallStatus,
    CrawlRun,
    Event,
    EventKind,
    RunStatus,
    Source,
)
from veille.storage.normalise import content_key, text_key, title_key
from veille.storage.rows import (
    CALLS,
    LINKS,
    CallState,
    LinkState,
    Reader,
    RecordedEvent,
    Writes,
    batches,
    link_urls,
)
from veille.storage.types import utcnow

# What a run still ``running`` when its source is crawled again becomes.
INTERRUPTED = "interrupted: the process stopped before this crawl was recorded in full"
# A call missing from this many complete, successful crawls in a row is gone.
MISSES_BEFORE_GONE = 2
# Items recorded per batch (its lookups and writes), and ids per IN (...) list: memory
# and statement size stay bounded whatever the size of a source.
BATCH_SIZE = 500


@dataclass
class CrawlOutcome:
    run: CrawlRun
    events: list[RecordedEvent] = field(default_factory=list)


def record_crawl(
    session: Session,
    source_id: str,
    items: Sequence[CallItem],
    *,
    complete: bool = True,
    error: str | None = None,
    started_at: datetime | None = None,
    now: datetime | None = None,
    tz: ZoneInfo = PARIS,
) -> CrawlOutcome:
    """Record one crawl of ``source_id`` and return the run with the events it caused.

    ``complete`` is False when some page of the source did not answer; ``error``
    says why a crawl failed. Neither kind of run, nor an empty one, marks
    anything gone: a broken site must not look like withdrawn calls. All in the
    caller's transaction; ``CrawlRecorder`` records a crawl as it goes instead.
    """
    recorder = CrawlRecorder(source_id, started_at=started_at, now=now, tz=tz)
    recorder.begin(session)
    events = recorder.add(session, items)
    outcome = recorder.finish(session, complete=complete, error=error, finished_at=now)
    outcome.events[:0] = events
    return outcome


class CrawlRecorder:
    """One crawl of one source recorded step by step, each step its own transaction if
    the caller commits between them: a large crawl is recorded while it runs and its
    objects are released batch after batch.

    ``begin`` writes the run as ``running``; ``add`` records a batch of calls with
    their events; ``finish`` gives the run its status and, after a complete
    trustworthy crawl, counts the calls it did not list. Killed in between, the
    run stays ``running`` until the next crawl of the source records it failed
    (interrupted): what was committed stays, nothing is marked gone.
    """

    def __init__(
        self,
        source_id: str,
        *,
        started_at: datetime | None = None,
        now: datetime | None = None,
        tz: ZoneInfo = PARIS,
    ):
        self.source_id = source_id
        self.now = now or utcnow()
        self.started_at = started_at or self.now
        self.tz = tz
        self.run_id: int | None = None
        self.items = 0
        self.events = 0
        self.urls: set[str] = set()  # the first item of a URL wins, as in one crawl
        self.seen: set[int] = set()  # ids of the calls this crawl listed

    def begin(self, session: Session) -> CrawlRun:
        source = session.get(Source, self.source_id) or _new_source(
            session, self.source_id, self.now
        )
        session.execute(
            update(CrawlRun)
            .where(CrawlRun.source_id == source.id, CrawlRun.status == RunStatus.RUNNING)
            .values(status=RunStatus.FAILED, suspicious=True, notes=INTERRUPTED),
            execution_options={"synchronize_session": False},
        )
        run = CrawlRun(
            source_id=source.id,
            started_at=self.started_at,
            finished_at=None,
            status=RunStatus.RUNNING,
            items=0,
        )
        session.add(run)
        session.flush()
        self.run_id = run.id
        return run

    def add(self, session: Session, items: Sequence[CallItem]) -> list[RecordedEvent]:
        """Record calls (in batches of ``BATCH_SIZE``); the events they caused."""
        self.items += len(items)
        fresh = []
        for item in items:
            if item.url not in self.urls:
                self.urls.add(item.url)
                fresh.append(item)
        if not fresh:
            return []
        if self.run_id is None:
            raise RuntimeError("CrawlRecorder.begin was not called")
        recorder = _Recorder(session, self._source(session), self.run_id, self.now, self.tz)
        for batch in batches(fresh, BATCH_SIZE):
            self.seen |= recorder.record_batch(batch)
        self.events += len(recorder.events)
        return recorder.events

    def finish(
        self,
        session: Session,
        *,
        complete: bool = True,
        error: str | None = None,
        finished_at: datetime | None = None,
    ) -> CrawlOutcome:
        run = self._run(session)
        run.status = (
            RunStatus.FAILED if error else (RunStatus.OK if complete else RunStatus.PARTIAL)
        )
        run.finished_at = finished_at or utcnow()
        run.items = self.items
        run.notes = error
        session.flush()
        recorder = _Recorder(session, self._source(session), run.id, self.now, self.tz)
        reason = _suspicion(session, self.source_id, run)
        if reason:
            run.suspicious = True
            run.notes = "; ".join(filter(None, [run.notes, reason]))
        elif run.status == RunStatus.OK and self.seen:
            recorder.count_missing(self.seen)
        self.events += len(recorder.events)
        run.events = self.events
        session.flush()
        return CrawlOutcome(run, recorder.events)

    def _run(self, session: Session) -> CrawlRun:
        if self.run_id is None:
            raise RuntimeError("CrawlRecorder.begin was not called")
        return session.get(CrawlRun, self.run_id)

    def _source(self, session: Session) -> Source:
        return session.get(Source, self.source_id)


def close_expired(
    session: Session, now: datetime | None = None, tz: ZoneInfo = PARIS
) -> list[Event]:
    """Close every open call whose last deadline is over; one ``closed`` event each."""
    now = now or utcnow()
    events = []
    open_calls = session.scalars(
        select(Call).where(Call.status == CallStatus.OPEN, Call.deadlines.any())
    )
    for call in open_calls:
        if all_passed(call.deadlines, now, tz):
            call.status = CallStatus.CLOSED
            event = Event(call=call, kind=EventKind.CLOSED, created_at=now, changes={})
            session.add(event)
            events.append(event)
    session.flush()
    return events


def snapshot(call: Call | CallState) -> dict:
    """What is stored about a call, as plain JSON, for its history."""
    return {
        "url": call.url,
        "title": call.title,
        "summary": call.summary,
        "organisation": call.organisation,
        "deadlines": _deadline_dicts(call.deadlines),
        "opens": call.opens.isoformat() if call.opens else None,
        "published": call.published.isoformat() if call.published else None,
        "categories": list(call.categories),
        "audience": list(call.audience),
        "status": call.status,
    }


class _Recorder:
    """The state of one crawl being recorded: its rules, applied to plain call states."""

    def __init__(self, session: Session, source: Source, run_id: int, now: datetime, tz: ZoneInfo):
        self.session = session
        self.source = source
        self.now = now
        self.tz = tz
        self.run_id = run_id
        self.events: list[RecordedEvent] = []
        self.writes = Writes(run_id, now)
        # The calls a batch may name: by URL (this source's first), by title key.
        self.by_url: dict[str, CallState] = {}
        self.by_title: dict[str, list[CallState]] = {}
        self.title_keys: dict[str, str] = {}  # by item URL

    def record_batch(self, items: Sequence[CallItem]) -> set[int]:
        """Record a bounded batch (a few bulk lookups and writes); the ids of its calls."""
        self._look_up(items)
        for item in items:
            self.record(item)
        seen = self._write(mark_seen=True)
        self.by_url.clear()
        self.by_title.clear()
        self.title_keys.clear()
        return seen

    def record(self, item: CallItem) -> None:
        """Merge one item into storage (the batch's lookups done)."""
        call = self._find_call(item)
        if call is None:
            call = self._create(item)
            self._link(call, item)
            return
        self.writes.known[call.id] = call
        link = next((lnk for lnk in call.links if lnk.source_id == self.source.id), None)
        before = snapshot(call)
        if link is None:
            self._adopt(call, item)
            self._link(call, item)
        else:
            self._compare(call, link, item)
        self._fill_in(call, item)
        if call.status == CallStatus.GONE:
            call.status = CallStatus.OPEN
            self._event(call, EventKind.REOPENED, {})
        if call.status == CallStatus.CLOSED and not all_passed(call.deadlines, self.now, self.tz):
            call.status = CallStatus.OPEN
        self._close_if_over(call)
        if snapshot(call) != before:
            self._version(call)

    def count_missing(self, seen: set[int]) -> None:
        """After a trustworthy crawl: one more miss for each call it did not list."""
        # Ids first (plain tuples, cheap), calls only for the few links dropped.
        unseen = [
            (link_id, call_id, misses + 1)
            for link_id, call_id, misses in self.session.execute(
                select(LINKS.c.id, LINKS.c.call_id, LINKS.c.misses)
                .where(LINKS.c.source_id == self.source.id, LINKS.c.active.is_(True))
                .order_by(LINKS.c.id)
            )
            if call_id not in seen
        ]
        dropped = [
            (link_id, call_id)
            for link_id, call_id, misses in unseen
            if misses >= MISSES_BEFORE_GONE
        ]
        for chunk in batches([link_id for link_id, _, _ in unseen], BATCH_SIZE):
            self.session.execute(
                update(LINKS).where(LINKS.c.id.in_(chunk)).values(misses=LINKS.c.misses + 1)
            )
        for chunk in batches([link_id for link_id, _ in dropped], BATCH_SIZE):
            self.session.execute(update(LINKS).where(LINKS.c.id.in_(chunk)).values(active=False))
        reader = Reader(self.session)
        reader.by_ids(call_id for _, call_id in dropped)
        reader.complete()
        for link_id, call_id in dropped:
            call = reader.calls[call_id]
            still_listed = any(other.active for other in call.links if other.id != link_id)
            if call.status == CallStatus.OPEN and not still_listed:
                self.writes.known[call.id] = call
                call.status = CallStatus.GONE
                self._event(call, EventKind.GONE, {})
                self._version(call)
        self._write(mark_seen=False)

    # -- finding and creating ------------------------------------------------

    def _look_up(self, items: Sequence[CallItem]) -> None:
        """Bulk, indexed lookups of the calls a batch names.

        A URL names the call whose own URL it is or one of whose links uses it; a
        call this source lists wins over another source's (one source's URL is one
        of its calls, whatever another source did with it).
        """
        urls = [item.url for item in items]
        reader = Reader(self.session)
        by_call_url = {call.url: call for call in reader.calls_where(CALLS.c.url.in_(urls))}
        linked = link_urls(self.session, urls)
        reader.by_ids(call_id for _, call_id in linked)
        keys = set()
        if any(item.deadlines for item in items):
            known = set(by_call_url) | {url for url, _ in linked}
            keys = {self._title_key(i) for i in items if i.deadlines and i.url not in known}
        if keys:
            # Only other sources' calls can be merged with: this source's own (its
            # earlier batches included) are left in the database, however many share
            # a title.
            theirs = reader.calls_where(
                CALLS.c.title_key.in_(keys) & reader.untouched_by(self.source.id)
            )
            for call in theirs:
                self.by_title.setdefault(call.title_key, []).append(call)
        reader.complete()
        by_link_url: dict[str, list[CallState]] = {}
        for url, call_id in linked:
            by_link_url.setdefault(url, []).append(reader.calls[call_id])
        for url in urls:
            found = [c for c in [by_call_url.get(url), *by_link_url.get(url, [])] if c is not None]
            if found:
                ours = [c for c in found if any(k.source_id == self.source.id for k in c.links)]
                self.by_url[url] = (ours or found)[0]

    def _find_call(self, item: CallItem) -> CallState | None:
        by_url = self.by_url.get(item.url)
        if by_url is not None or not item.deadlines:
            return by_url
        # Another source's URL for the same call: same title, same deadlines. Never
        # a call this source lists already: within one source, two URLs are two calls.
        wanted = None
        for candidate in self.by_title.get(self._title_key(item), []):
            if any(link.source_id == self.source.id for link in candidate.links):
                continue
            wanted = wanted or _deadline_dicts(item.deadlines)
            if _deadline_dicts(candidate.deadlines) == wanted:
                return candidate
        return None

    def _title_key(self, item: CallItem) -> str:
        """Worked out once per item of a batch: it is asked up to three times."""
        key = self.title_keys.get(item.url)
        if key is None:
            key = self.title_keys[item.url] = title_key(item.title)
        return key

    def _create(self, item: CallItem) -> CallState:
        call = CallState(
            url=item.url,
            title=item.title,
            title_key=self._title_key(item),
            summary=item.summary,
            organisation=item.organisation or self.source.organisation,
            categories=sorted(set(item.categories)),
            audience=sorted(set(item.audience)),
            regions=[],
            specialties=[],
            relevant=True,
            published=item.published,
            opens=item.opens,
            status=CallStatus.OPEN,
            first_seen=self.now,
            last_seen=self.now,
            deadlines=list(item.deadlines),
        )
        copy_reading(call, item)
        self.writes.created.append(call)
        self.writes.deadlines[id(call)] = call
        self._event(call, EventKind.NEW, {})
        if all_passed(call.deadlines, self.now, self.tz):
            # Already over when first seen: kept for the record, never reminded.
            call.status = CallStatus.CLOSED
        self._version(call)
        return call

    def _link(self, call: CallState, item: CallItem) -> None:
        link = LinkState(
            source_id=self.source.id,
            url=item.url,
            content_key=content_key(item.title, item.summary),
            deadlines_key=item.deadlines_key(),
        )
        call.links.append(link)
        self.writes.links.append((call, link))

    # -- comparing -----------------------------------------------------------

    def _adopt(self, call: CallState, item: CallItem) -> None:
        """A second source lists a known call: it may add deadlines, never remove them."""
        if item.deadlines and not call.deadlines:
            self._set_deadlines(call, item)

    def _compare(self, call: CallState, link: LinkState, item: CallItem) -> None:
        if link.url != item.url:
            link.url = item.url
        new_content = content_key(item.title, item.summary)
        if new_content != link.content_key:
            link.content_key = new_content
            changes = {}
            for name in ("title", "summary"):
                old, new = getattr(call, name), getattr(item, name)
                if text_key(old) != text_key(new):
                    changes[name] = {"old": old, "new": new}
                    setattr(call, name, new)
            if "title" in changes:
                call.title_key = title_key(item.title)
            if changes:
                self._event(call, EventKind.UPDATED, changes)
        new_deadlines = item.deadlines_key()
        if new_deadlines != link.deadlines_key:
            link.deadlines_key = new_deadlines
            self._set_deadlines(call, item)

    def _set_deadlines(self, call: CallState, item: CallItem) -> None:
        old = _deadline_dicts(call.deadlines)
        new = _deadline_dicts(item.deadlines)
        if old == new:
            return
        call.deadlines = list(item.deadlines)
        self.writes.deadlines.setdefault(id(call), call)
        self._event(call, EventKind.DEADLINE_CHANGED, {"deadlines": {"old": old, "new": new}})

    def _fill_in(self, call: CallState, item: CallItem) -> None:
        """Facts that change no event: kept up to date, merged across sources."""
        call.categories = sorted(set(call.categories) | set(item.categories))
        call.audience = sorted(set(call.audience) | set(item.audience))
        copy_reading(call, item)
        call.opens = item.opens or call.opens
        call.published = call.published or item.published

    def _close_if_over(self, call: CallState) -> None:
        if call.status == CallStatus.OPEN and all_passed(call.deadlines, self.now, self.tz):
            call.status = CallStatus.CLOSED
            self._event(call, EventKind.CLOSED, {})

    # -- writing -------------------------------------------------------------

    def _event(self, call: CallState, kind: str, changes: dict) -> None:
        event = RecordedEvent(call, kind, changes)
        self.writes.events.append(event)
        self.events.append(event)

    def _version(self, call: CallState) -> None:
        self.writes.versions.append((call, snapshot(call)))

    def _write(self, *, mark_seen: bool) -> set[int]:
        """What the batch changed, in a few statements; then forget it."""
        writes, self.writes = self.writes, Writes(self.run_id, self.now)
        writes.flush(self.session, self.source.id)
        return writes.mark_seen(self.session, self.source.id) if mark_seen else set()


def _new_source(session: Session, source_id: str, now: datetime) -> Source:
    source = Source(id=source_id, name=source_id, created_at=now)
    session.add(source)
    session.flush()
    return source


def _suspicion(session: Session, source_id: str, run: CrawlRun) -> str | None:
    """Why this run must not be trusted to mark calls gone, or None if it can be."""
    if run.status == RunStatus.FAILED:
        return "crawl failed"
    if run.status == RunStatus.PARTIAL:
        return "crawl incomplete: some pages did not answer"
    if run.items:
        return None
    usual = session.scalar(
        select(func.max(CrawlRun.items)).where(
            CrawlRun.source_id == source_id,
            CrawlRun.id != run.id,
            CrawlRun.status == RunStatus.OK,
        )
    )
    if usual:
        return f"no items where earlier crawls found up to {usual}"
    return None


def _deadline_dicts(deadlines) -> list[dict]:
    rows = [
        {
            "date": d.date.isoformat(),
            "time": d.time.strftime("%H:%M") if d.time else None,
            "kind": d.kind,
            "precision": d.precision,
        }
        for d in deadlines
    ]
    if len(rows) < 2:  # the common case: nothing to sort
        return rows
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True))
