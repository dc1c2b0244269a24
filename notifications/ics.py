"""The digest's deadlines as an iCalendar file, one event per deadline.

Each event's UID comes from the call's URL and the deadline's kind, not from
its date: when a deadline moves, the next digest carries the same UID with a
higher SEQUENCE, and a calendar that imported the first file updates the
event instead of adding a second one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from veille.notifications import french
from veille.notifications.render import one_line
from veille.notifications.selection import Digest
from veille.storage.deadlines import deadline_end
from veille.storage.models import Call, CallStatus, Deadline

PRODID = "-//veille//digest//FR"
FEED_PRODID = "-//veille//agenda//FR"
# How often a calendar app should fetch a feed again: crawls run a few times a day.
FEED_REFRESH = timedelta(hours=6)


def deadline_uid(call: Call, kind: str, domain: str) -> str:
    digest = hashlib.sha256(f"{call.url}\n{kind}".encode()).hexdigest()[:24]
    return f"{digest}-{kind}@{domain}"


def numbered_deadlines(call: Call, domain: str) -> list[tuple[Deadline, str]]:
    """Each deadline of a call with its UID: the kind, numbered when a call has two of one kind."""
    seen: dict[str, int] = {}
    found = []
    for deadline in call.deadlines:
        seen[deadline.kind] = seen.get(deadline.kind, 0) + 1
        kind = (
            deadline.kind if seen[deadline.kind] == 1 else f"{deadline.kind}-{seen[deadline.kind]}"
        )
        found.append((deadline, deadline_uid(call, kind, domain)))
    return found


def feed_calendar(
    calls: Iterable[Call],
    revisions: dict[int, int],
    name: str,
    now: datetime,
    tz: ZoneInfo,
    domain: str,
    link: Callable[[Call], str] | None = None,
) -> bytes:
    """A calendar feed (a subscribed calendar, polled by the app) of the calls' deadlines.

    Unlike the digest's file, its SEQUENCE is the call's revision (how many
    times what the event shows has changed), so polling the feed twice gives
    the same event, and a moved deadline comes back with the same UID and a
    higher SEQUENCE. Calls no longer open are left out: on its next poll, the
    calendar app removes their events.
    """
    calendar = Calendar()
    calendar.add("prodid", FEED_PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(tz))
    calendar.add("refresh-interval", FEED_REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", FEED_REFRESH)
    stamp = now.astimezone(ZoneInfo("UTC"))
    for call in calls:
        if call.status != CallStatus.OPEN:
            continue
        for deadline, uid in numbered_deadlines(call, domain):
            event = _event(call, deadline, uid, tz, stamp, revisions.get(call.id, 0))
            if link is not None:
                event["url"] = link(call)
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


class DigestCalendars:
    """The .ics files of one build's digests, all made at the same ``now``.

    Every file has the same head, the same time zone and, for a given call, the
    same events (their SEQUENCE comes from ``now``), so each is written once with
    icalendar and a digest's file is those bytes joined: the bytes
    ``Calendar.to_ical`` gives for the same components, in the same order.
    """

    def __init__(self, tz: ZoneInfo, domain: str, now: datetime):
        self.tz, self.domain = tz, domain
        self.stamp = now.astimezone(ZoneInfo("UTC"))
        # Grows with time, so a later file always wins over an earlier one.
        self.sequence = int(self.stamp.timestamp() // 60) - 29_000_000
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", "Veille recherche : dates limites")
        head = calendar.to_ical()
        self._end = b"END:VCALENDAR\r\n"
        if not head.endswith(self._end):
            raise ValueError("icalendar ended a calendar in an unexpected way")
        self._head = head[: -len(self._end)]
        # add_missing_timezones puts the VTIMEZONE first among the components.
        zoned = Calendar()
        zoned.add_component(_event_with_zone(tz))
        zoned.add_missing_timezones()
        self._zone = b"".join(zone.to_ical() for zone in zoned.walk("VTIMEZONE"))
        self._events: dict[int, tuple[bytes, bool]] = {}

    def calendar(self, calls: Iterable[Call]) -> bytes | None:
        """The .ics bytes for every deadline of these calls; None if there are none."""
        events, zoned = [], False
        for call in calls:
            if call.status != CallStatus.OPEN:
                continue  # a withdrawn call must not leave a deadline in anyone's calendar
            if call.id not in self._events:
                self._events[call.id] = self._written(call)
            written, uses_zone = self._events[call.id]
            if written:
                events.append(written)
                zoned = zoned or uses_zone
        if not events:
            return None
        return b"".join([self._head, self._zone if zoned else b"", *events, self._end])

    def _written(self, call: Call) -> tuple[bytes, bool]:
        """The call's VEVENTs, and whether one has a time of day (so needs the VTIMEZONE)."""
        written, zoned = [], False
        for deadline, uid in numbered_deadlines(call, self.domain):
            event = _event(call, deadline, uid, self.tz, self.stamp, self.sequence)
            written.append(event.to_ical())
            zoned = zoned or isinstance(event.decoded("dtstart"), datetime)
        return b"".join(written), zoned


def digest_calendar(digest: Digest, tz: ZoneInfo, domain: str) -> bytes | None:
    """The .ics bytes for every deadline of every call in the digest; None if there are none."""
    return DigestCalendars(tz, domain, digest.now).calendar(e.call for e in digest.entries)


def _event_with_zone(tz: ZoneInfo) -> Event:
    event = Event()
    event.add("dtstart", datetime(2026, 1, 1, 12, 0, tzinfo=tz))
    return event


def _event(
    call: Call, deadline: Deadline, uid: str, tz: ZoneInfo, stamp: datetime, sequence: int
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", max(sequence, 0))
    title = one_line(call.title)
    event.add("summary", f"{french.deadline_kind(deadline.kind)} : {title}")
    if deadline.time and deadline.precision == "day":
        start = datetime.combine(deadline.date, deadline.time, tzinfo=tz)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=30))
    else:
        # No time given: an all-day event on the last day allowed.
        day, _ = deadline_end(deadline.date, deadline.time, deadline.precision)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
    description = [title]
    if call.organisation:
        description.append(one_line(call.organisation))
    description.append(call.url)
    event.add("description", "\n".join(description))
    event.add("url", call.url)
    event.add("transp", "TRANSPARENT")
    return event
