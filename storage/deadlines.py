"""When a deadline is over, in the time zone its site wrote it in."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
_END_OF_DAY = time(23, 59, 59)


def deadline_end(day: date, at: time | None, precision: str = "day") -> tuple[date, time]:
    """The last moment a deadline allows: its time, else the end of its day (or month)."""
    if precision == "month":
        day = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        return day, _END_OF_DAY
    return day, at or _END_OF_DAY


def all_passed(deadlines: Iterable, now: datetime, tz: ZoneInfo = PARIS) -> bool:
    """True when the call had deadlines and the last of them is over."""
    ends = [deadline_end(d.date, d.time, d.precision) for d in deadlines]
    if not ends:
        return False
    local = now.astimezone(tz)
    return max(ends) < (local.date(), local.time().replace(tzinfo=None))
