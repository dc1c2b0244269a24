"""What a crawl hands to storage: one validated CallItem per call found."""

from __future__ import annotations

import datetime as dt
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from veille.storage.normalise import canonical_url

DeadlineKind = Literal["application", "letter_of_intent", "other"]


class DeadlineItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    date: dt.date
    time: dt.time | None = None
    kind: DeadlineKind = "application"
    precision: Literal["day", "month"] = "day"

    def key(self) -> tuple[str, str, str, str]:
        return (
            self.date.isoformat(),
            self.time.strftime("%H:%M") if self.time else "",
            self.kind,
            self.precision,
        )

    def as_dict(self) -> dict[str, str | None]:
        return {
            "date": self.date.isoformat(),
            "time": self.time.strftime("%H:%M") if self.time else None,
            "kind": self.kind,
            "precision": self.precision,
        }


class CallItem(BaseModel):
    """One call as a source lists it; ``url`` is canonicalised on the way in."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    url: str
    title: str = Field(min_length=1)
    summary: str | None = None
    deadlines: list[DeadlineItem] = Field(default_factory=list)
    opens: dt.date | None = None
    categories: list[str] = Field(default_factory=list)
    audience: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    specialties: list[str] = Field(default_factory=list)
    relevant: bool = True  # False: a post that is not a call a subscriber could answer
    published: dt.date | None = None
    organisation: str | None = None

    @field_validator("url")
    @classmethod
    def _canonical(cls, value: str) -> str:
        return canonical_url(value)

    @field_validator("deadlines")
    @classmethod
    def _sorted_unique(cls, value: list[DeadlineItem]) -> list[DeadlineItem]:
        return sorted(set(value), key=DeadlineItem.key)

    def deadlines_key(self) -> str:
        """The deadlines as one comparable string, in a stable order."""
        return json.dumps([d.as_dict() for d in self.deadlines], sort_keys=True)


def copy_reading(call, item: CallItem) -> None:
    """What extraction read about the call itself, onto the stored ``Call``.

    Relevance follows the latest reading; regions and specialties gather what every
    source said, like categories. Facts, not changes: no event is written for them.
    """
    call.relevant = item.relevant
    call.regions = sorted(set(call.regions or []) | set(item.regions))
    call.specialties = sorted(set(call.specialties or []) | set(item.specialties))
