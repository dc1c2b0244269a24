"""What a call's days mean together, once each has been read on its own.

The reader (``extractor``) decides each date from its words; a few things only show
across a call's days: a registration before the file is a first stage, a fiche's lone
"Date de fin" is its closing, a date alone on its line that is the page's own is a stamp.
"""

from __future__ import annotations

import re
from datetime import date

from veille.spiders.extract.dates import Mention
from veille.spiders.extract.model import Deadline, Event

LABEL_REACH = 60  # characters before a deadline read as its label
_REGISTRATION = re.compile(r"(?<![a-z-])(?:inscriptions?|registrations?|enregistrements?)(?![a-z])")
_FILE_LATER = re.compile(
    r"(?<![a-z])(?:depots?|dossiers?|demandes?|soumissions?|presentation|applications?|proposals?"
    r"|propositions?|reception)"
    r"(?![a-z])"
)
_EXAM = re.compile(r"(?<![a-z])(?:concours|epreuves?|examens? d'(?:entree|admission))(?![a-z])")


def registration_first(
    text: str, found: list[tuple[Deadline, bool]], labels: dict[date, str]
) -> list[tuple[Deadline, bool]]:
    """ "Date limite d'inscription : 27 mars" then "Date limite de dépôt des dossiers : 30
    mars": a registration that comes before the file is the call's compulsory first stage
    (registering for a competition's exams is the candidature itself)."""
    days = sorted({d.date for d, _ in found if d.kind == "application"})
    if len(days) < 2 or _EXAM.search(text) is not None:
        return found
    first = days[0]
    label = labels.get(first, "")
    registration = _REGISTRATION.search(label)
    # not "dépôt des dossiers d'inscription", the file itself
    if registration is None or _FILE_LATER.search(label, 0, registration.start()) is not None:
        return found
    if not any(_FILE_LATER.search(labels.get(day, "")) for day in days[1:]):
        return found
    return [
        (Deadline(d.date, d.time, "letter_of_intent", d.precision), e)
        if d.date == first and d.kind == "application"
        else (d, e)
        for d, e in found
    ]


def is_the_page_stamp(text: str, mention: Mention, page_date: date | None) -> bool:
    """A date alone on its line that is the page's own date ("Soumission des abstracts" /
    "01.12.2025" / "La soumission est ouverte jusqu'au …") is the item's stamp."""
    if page_date is None or mention.value != page_date or mention.is_range:
        return False
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.tail_end)
    line = text[start : len(text) if end < 0 else end]
    return line.strip(" \t-–|•*") == text[mention.start : mention.tail_end].strip()


_CALL_PAGE = re.compile(
    r"(?<![a-z])(?:appels? (?:a|d') ?(?:projets?|candidatures?|offres?|propositions?)"
    r"|calls? for (?:proposals|applications|projects))(?![a-z])"
)
_CALL_SPAN = 183  # days: a call's window is open for months, a funded project for years


def call_window(text: str, events: list[Event]) -> tuple[date | None, Event] | None:
    """A call's fiche whose only end is "Date de fin" (no deadline anywhere): that end
    is when the call closes and a "Date de début" before it when it opens, unless the
    two are a funded project's span. Gives (opening or None, the end's event)."""
    ends = [
        e for e in events if e.kind == "fin" and e.cue == "date de fin" and e.precision == "day"
    ]
    if len(ends) != 1 or _CALL_PAGE.search(text) is None:
        return None
    end = ends[0]
    starts = [e for e in events if e.kind == "debut" and e.date < end.date]
    if not starts:
        return None, end
    if (end.date - starts[-1].date).days > _CALL_SPAN:
        return None
    return (starts[-1].date if starts[-1].cue == "debut" else None), end
