"""What an extraction returns: plain frozen dataclasses that turn into JSON-ready dicts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any, Literal

DeadlineKind = Literal["application", "letter_of_intent", "other"]
Precision = Literal["day", "month"]


def _iso_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _iso_time(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


@dataclass(frozen=True)
class Deadline:
    """A date by which something must be sent.

    With ``precision == "month"`` ("fin mars") the day is not known: ``date`` is the
    first of the month and must not be shown as a day.
    """

    date: date
    time: time | None = None
    kind: DeadlineKind = "application"
    precision: Precision = "day"

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": _iso_date(self.date),
            "time": _iso_time(self.time),
            "kind": self.kind,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class Event:
    """A dated happening that is not a deadline (jury, results, congress, page update…).

    ``kind`` is one of jury, audition, resultats, congres, debut, mise-a-jour,
    publication, autre; ``cue`` is the (folded) words that named it.
    """

    date: date
    kind: str
    cue: str = ""
    end: date | None = None
    time: time | None = None
    precision: Precision = "day"

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": _iso_date(self.date),
            "end": _iso_date(self.end),
            "time": _iso_time(self.time),
            "kind": self.kind,
            "cue": self.cue,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything read from one passage or page."""

    deadlines: list[Deadline] = field(default_factory=list)
    opens: date | None = None
    events: list[Event] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    audience: list[str] = field(default_factory=list)
    specialties: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Dates as ISO strings, times as "HH:MM"; ready for ``json.dumps``."""
        return {
            "deadlines": [d.as_dict() for d in self.deadlines],
            "opens": _iso_date(self.opens),
            "events": [e.as_dict() for e in self.events],
            "categories": list(self.categories),
            "audience": list(self.audience),
            "specialties": list(self.specialties),
            "regions": list(self.regions),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=indent)
