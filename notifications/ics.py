"""The digest's deadlines as an iCalendar file, one event per deadline.

Each event's UID comes from the call's URL and the deadline's kind, not from
its date: when a deadline moves, the next digest carries the same UID with a
higher SEQUENCE, and a calendar that imported the first file updates the
event instead of adding a second one.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from veille.notifications import french
from veille.notifications.render import one_line
from veille.notifications.selection import Digest
from veille.storage.deadlines import deadline_end
from veille.storage.models import Call, CallStatus, Deadline

PRODID = "-//veille//digest//FR"


def deadline_uid(call: Call, kind: str, domain: str) -> str:
    digest = hashlib.sha256(f"{call.url}\n{kind}".encode()).hexdigest()[:24]
    return f"{digest}-{kind}@{domain}"


def digest_calendar(digest: Digest, tz: ZoneInfo, domain: str) -> bytes | None:
    """The .ics bytes for every deadline of every call in the digest; None if there are none."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Veille recherche : dates limites")
    stamp = digest.now.astimezone(ZoneInfo("UTC"))
    # Grows with time, so a later file always wins over an earlier one.
    sequence = int(stamp.timestamp() // 60) - 29_000_000
    count = 0
    for entry in digest.entries:
        if entry.call.status != CallStatus.OPEN:
            continue  # a withdrawn call must not leave a deadline in anyone's calendar
        seen: dict[str, int] = {}
        for deadline in entry.call.deadlines:
            seen[deadline.kind] = seen.get(deadline.kind, 0) + 1
            kind = (
                deadline.kind
                if seen[deadline.kind] == 1
                else f"{deadline.kind}-{seen[deadline.kind]}"
            )
            calendar.add_component(
                _event(
                    entry.call,
                    deadline,
                    deadline_uid(entry.call, kind, domain),
                    tz,
                    stamp,
                    sequence,
                )
            )
            count += 1
    if not count:
        return None
    calendar.add_missing_timezones()
    return calendar.to_ical()


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
