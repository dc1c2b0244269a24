"""What one crawl of one source did, as the command line and the scheduler show it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class CrawlReport:
    source_id: str
    status: str = "failed"  # ok / partial / failed, as storage records the run
    items: int = 0
    events: int = 0
    event_kinds: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    pages: int = 0
    unchanged_pages: int = 0
    not_modified: int = 0  # unchanged pages the site answered with a 304
    extracted_pages: int = 0  # pages read and extracted; the unchanged ones are replayed
    duration: float = 0.0
    suspicious: bool = False
    notes: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
