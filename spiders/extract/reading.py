"""What one date was read as, and the few text helpers every reader shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.spiders.extract.cues import FULL, KIND_CLASSES, LETTER, OTHER, Cue
from veille.spiders.extract.model import DeadlineKind

BOUNDARY = re.compile(r"[.!?](?=\s|$)")
CLAUSE_BREAK = re.compile(r"[;,.)\n]|(?<![a-z])(?:et|puis|and|then)(?![a-z])")
CALL_NOUN = re.compile(r"(?<![a-z])(?:appels?|call)(?![a-z])")
SENTENCE_REACH = 300

KIND_BY_CLASS: dict[str, DeadlineKind] = {
    LETTER: "letter_of_intent",
    FULL: "application",
    OTHER: "other",
}


@dataclass
class Reading:
    """What the words around one date say it is."""

    role: str  # "deadline", "open", "event", or "window-start" (a moved window's opening)
    kind: str | None = None  # deadline kind, or event kind
    cue: str = ""
    consumed: int | None = None  # where the next date's window may start, if past the date
    explicit: bool = True  # False when the deadline kind is only the default
    opens_previous: bool = False  # the date before this one, read as nothing, opened it


def nearest_kind(hits: list[Cue]) -> DeadlineKind | None:
    """The deadline kind named last among ``hits`` (the closest to the date)."""
    for hit in reversed(hits):
        if hit.cls in KIND_CLASSES:
            return KIND_BY_CLASS[hit.cls]
    return None


def line_end(text: str, position: int, stop: int) -> int:
    """Where the line holding ``position`` ends, or ``stop`` if sooner."""
    newline = text.find("\n", position, stop)
    return newline if newline != -1 else stop


def sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (looked for up to 300 characters back)."""
    low = max(0, start - SENTENCE_REACH)
    boundaries = [match.end() for match in BOUNDARY.finditer(text, low, start)]
    return boundaries[-1] if boundaries else low
