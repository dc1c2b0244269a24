"""Put the pieces together: spot dates, attach times, read the cues, sort what was found.

For each date the decision is taken, in this order, from:
0. a date given up ("initialement fixée au …", "au lieu du …") or a condition of
   eligibility ("titulaire d'un M2 ou l'obtenant avant le …") gives nothing;
   in a fiche or a table row ("Label : date") the label's first word decides
   (``_from_label``);
1. the words just before it, back to the previous date or the start of the sentence
   (``_from_window``): the nearest role cue decides, with two corrections (a strong
   deadline noun wins over an event word of the same phrase; a weak preposition gives
   way to an event subject, "les résultats seront publiés avant le …");
2. calendar-list layout, the cue right after the date (``15 mars : jury``);
3. the previous date, when only "et", a comma or a line break separate them
   ("dates limites : 15 janvier et 15 mars").
A date none of these speak for is dropped: it is neither a deadline nor an event.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime

from veille.spiders.extract.cues import (
    ADJACENT_EVENT_KINDS,
    APPLY,
    CONDITION,
    DEADLINE,
    DEADLINE_WEAK,
    EVENT,
    FULL,
    KIND_CLASSES,
    LABEL_CLASSES,
    LETTER,
    OPEN,
    OPEN_WEAK,
    OTHER,
    ROLE_CLASSES,
    SUBJECT_CLASSES,
    SUPERSEDED,
    VAGUE_EVENT_KINDS,
    WEAK_CLASSES,
    Cue,
    CueIndex,
)
from veille.spiders.extract.dates import Mention, find_mentions, resolve
from veille.spiders.extract.model import Deadline, DeadlineKind, Event, Extraction
from veille.spiders.extract.normalize import prepare
from veille.spiders.extract.times import TimeMention, find_times
from veille.spiders.extract.vocabulary import load

log = logging.getLogger(__name__)

_WINDOW = 120  # how far back (characters) the words before a date are read
_WEAK_REACH = 25  # a weak cue ("avant le") must sit this close to its date
_LOOKAHEAD = 60
_INHERIT_GAP = 40
_WORDS = re.compile(r"[a-z]{2,}")
_WEEK_OF = re.compile(r"(?:(?:the )?week of|(?:la )?semaine du)\s*$")
_FOR_WHOM = re.compile(r"\s*(?:pour|for)\s[^\n|:]{0,60}\n[\s*\u2022-]*")
_LINE_SLACK = 12  # words a calendar line may hold before its cue: "Early fee registration"

_BOUNDARY = re.compile(r"[.!?](?=\s|$)")
_CLAUSE_BREAK = re.compile(r"[;,.)\n]|(?<![a-z])(?:et|puis|and|then)(?![a-z])")
_ADJACENT_GAP = re.compile(r"\s*(?:le|du|:|on|the|en date du|au|-)?\s*(?:le\s+)?")
_COLON_GAP = re.compile(r"\s*[:|-]?\s*(?:(?:le|pour le|on|by)\s+)?")
_LEAD = re.compile(r"[\s:|,\-(\[]*")
_POSTPOSED_DEADLINE = re.compile(r"au plus tard|at the latest|dernier delai|delai de rigueur")
_TIME_AFTER_GAP = re.compile(
    r"[\s,(\-]*(?:(?:a|at|avant|jusqu'a|by|before|until|vers|des|t)(?![a-z])[\s,]*)?"
)
_TIME_ZONE = r"(?:\(?\s*heure de paris\s*\)?|\(?\s*(?:paris time|cet|cest|utc)\s*\)?)"
_TIME_BEFORE_GAP = re.compile(
    rf"[\s,]*{_TIME_ZONE}?[\s,]*(?:(?:le|du|on|the)(?![a-z])[\s,]*){{0,2}}"
)
# "Label : date" — what sits between a label's last word and its date
_LABEL_TAIL = re.compile(
    r"[^:|\n.!?]{0,40}?\s*[:|]\s*(?:-\s*)?(?:(?:le|du|au|on|the|avant le|before)\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday),?\s+)?$"
)
# "au 1er octobre de l'année considérée": a date that belongs to a condition
_CONDITION_AFTER = re.compile(
    r"\s*(?:de l'annee (?:consideree|en cours|d'attribution|universitaire|n\b)|de chaque annee)"
)
_LABEL_BREAK = re.compile(r"[:|]|[.!?](?=\s)")
_SUPERSEDED_REACH = 30
_APPLY_WORDS = frozenset({APPLY, LETTER, FULL, OPEN, DEADLINE})

_KIND_BY_CLASS: dict[str, DeadlineKind] = {
    LETTER: "letter_of_intent",
    FULL: "application",
    OTHER: "other",
}


@dataclass
class _Reading:
    role: str  # "deadline", "open" or "event"
    kind: str | None = None  # deadline kind, or event kind
    cue: str = ""
    consumed: int | None = None  # where the next date's window may start, if past the date
    explicit: bool = True  # False when the deadline kind is only the default


def _attach_times(text: str, mentions: list[Mention], times: list[TimeMention]) -> None:
    """Give each date the time written right after it (or right before: "17h le 15 mars")."""
    starts = [t.start for t in times]
    taken: set[int] = set()
    for mention in mentions:
        mention.tail_end = mention.end
        i = bisect_left(starts, mention.end)
        if (
            i < len(times)
            and times[i].start - mention.end <= 16
            and _TIME_AFTER_GAP.fullmatch(text, mention.end, times[i].start)
        ):
            mention.time = times[i].value
            mention.tail_end = times[i].end
            taken.add(i)
        if mention.is_range and mention.first_end is not None:
            j = bisect_left(starts, mention.first_end)
            if (
                j < len(times)
                and times[j].end <= mention.end
                and _TIME_AFTER_GAP.fullmatch(text, mention.first_end, times[j].start)
            ):
                mention.first_time = times[j].value
                taken.add(j)
        if mention.time is None:
            k = bisect_left(starts, mention.start) - 1
            if (
                k >= 0
                and k not in taken
                and 0 <= mention.start - times[k].end <= 24
                and _TIME_BEFORE_GAP.fullmatch(text, times[k].end, mention.start)
            ):
                mention.time = times[k].value
                taken.add(k)


def _window_start(text: str, floor: int, start: int) -> int:
    low = max(floor, start - _WINDOW)
    boundaries = [match.end() for match in _BOUNDARY.finditer(text, low, start)]
    return boundaries[-1] if boundaries else low


def _nearest_kind(hits: list[Cue]) -> DeadlineKind | None:
    for hit in reversed(hits):
        if hit.cls in KIND_CLASSES:
            return _KIND_BY_CLASS[hit.cls]
    return None


def _event_kind(text: str, hits: list[Cue], chosen: Cue, start: int) -> str:
    if chosen.kind in ADJACENT_EVENT_KINDS and _ADJACENT_GAP.fullmatch(text, chosen.end, start):
        return chosen.kind
    specific = [h for h in hits if h.cls == EVENT and h.kind not in VAGUE_EVENT_KINDS]
    return specific[-1].kind if specific else chosen.kind


def _from_window(text: str, hits: list[Cue], start: int) -> _Reading | None:
    roles = [
        h for i, h in enumerate(hits)
        if h.cls in ROLE_CLASSES and (h.cls not in WEAK_CLASSES or start - h.end <= _WEAK_REACH)
        and not (i and _qualifies_what_is_sent(text, hits[i - 1], h))
    ]  # fmt: skip
    kind = _nearest_kind(hits)
    if roles:
        nearest = roles[-1]
        if nearest.cls == OPEN:
            return _Reading("open", cue=nearest.text)
        if nearest.cls == DEADLINE:
            return _Reading("deadline", kind, nearest.text)
        if nearest.cls == EVENT:
            strong = [h for h in roles if h.cls == DEADLINE]
            if strong:
                separated = _CLAUSE_BREAK.search(text, strong[-1].end, nearest.start)
                adjacent = nearest.kind in ADJACENT_EVENT_KINDS and _ADJACENT_GAP.fullmatch(
                    text, nearest.end, start
                )
                if not separated and not adjacent:
                    return _Reading("deadline", kind, strong[-1].text)
            return _Reading("event", _event_kind(text, hits, nearest, start), nearest.text)
        subjects = [h for h in hits if h.end <= nearest.start and h.cls in SUBJECT_CLASSES]
        subject = _event_subject(text, subjects, nearest)
        if subject is not None:
            return _Reading("event", _event_kind(text, hits, subject, start), subject.text)
        if nearest.cls == OPEN_WEAK:
            return _Reading("open", cue=nearest.text)
        return _Reading("deadline", kind, nearest.text)
    sent = [h for h in hits if h.cls == APPLY or h.cls in KIND_CLASSES]
    if sent and _COLON_GAP.fullmatch(text, sent[-1].end, start):
        return _Reading("deadline", kind, sent[-1].text)
    return None


def _event_subject(text: str, subjects: list[Cue], weak: Cue) -> Cue | None:
    """The event a weak cue's clause is about: "les résultats seront publiés avant le",
    and "Notification of acceptance of the abstract will be emailed before", where the
    event heads the clause and what is sent only qualifies it."""
    if not subjects:
        return None
    if subjects[-1].cls == EVENT:
        sent = any(_SEND_VERB.fullmatch(h.text) for h in subjects[:-1])
        if sent or _event_is_complement(text, subjects) or _in_apposition(text, subjects[-1], weak):
            return None
        return subjects[-1]
    head = subjects[0]
    between = _BRACKETED.sub("", text[head.end : weak.start])  # "(and day of presentation)"
    if head.cls == EVENT and _OF_WHAT.match(text, head.end) and not _CLAUSE_BREAK.search(between):
        return head
    return None


_BRACKETED = re.compile(r"\([^()]*\)")


_OF_NOUN = re.compile(r"(?<![a-z])(?:du|de la|de l'|des)\s*$")


def _in_apposition(text: str, event: Cue, weak: Cue) -> bool:
    """ "… à M. X, vice-président du conseil scientifique, avant le": the event names
    whom to send to, set apart by commas; it is not what the clause is about."""
    before = text[max(0, event.start - 8) : event.start]
    return bool(_OF_NOUN.search(before)) and "," in text[event.end : weak.start]


_OF_WHAT = re.compile(r"\s*(?:of|on|about|de|des|du|d'|sur)(?![a-z])")


def _window_of_what_is_sent(text: str, hits: list[Cue], start: int) -> _Reading | None:
    """ "La période d'inscription est fixée du 1er au 28 février": a range right after
    what is sent, in the same clause, is the window to send it, whatever came before."""
    call = _CALL_NOUN.search(text, max(0, start - _INHERIT_GAP), start)
    if call is not None and not _CLAUSE_BREAK.search(text, call.end(), start):
        # "A first call from October 16th to February 23rd": the call's own window
        return _Reading("deadline", _nearest_kind(hits), call.group(0))
    if not hits or not (hits[-1].cls == APPLY or hits[-1].cls in KIND_CLASSES):
        return None
    if start - hits[-1].end > _INHERIT_GAP or _CLAUSE_BREAK.search(text, hits[-1].end, start):
        return None
    return _Reading("deadline", _nearest_kind(hits), hits[-1].text)


# "transmettre votre demande avec … les résultats de vos examens, jusqu'au …"
_SEND_VERB = re.compile(
    r"(?:transmett|envoy|depos|soumett|adress|remett|retourn)(?:re|er|ez)|faire parvenir"
    r"|postuler|candidater|submit(?:ted)?|sent|apply"
)

_COMPLEMENT = re.compile(
    r"\s*(?:pour|du|de|des|au|aux|a la|de la|de l'|for|to|through|via)(?![a-z])[\s\w']{0,20}$"
)


def _qualifies_what_is_sent(text: str, before: Cue, event: Cue) -> bool:
    """ "Inscription aux épreuves": an event right after what is sent only says what for."""
    return (
        event.cls == EVENT
        and (before.cls == APPLY or before.cls in KIND_CLASSES)
        and _COMPLEMENT.match(text, before.end, event.start) is not None
    )


def _event_is_complement(text: str, subjects: list[Cue]) -> bool:
    """ "vos résumés pour le congrès … avant le", "les inscriptions aux épreuves de
    sélection sont ouvertes du …": the events qualify what is sent."""
    events = 0
    while events < len(subjects) and subjects[-1 - events].cls == EVENT:
        events += 1
    if events == 0 or events == len(subjects):
        return False
    sent, first_event = subjects[-1 - events], subjects[-events]
    return bool(_COMPLEMENT.match(text, sent.end, first_event.start))


def _lookahead(text: str, cues: CueIndex, mention: Mention, stop: int) -> tuple[int, list[Cue]]:
    end = min(stop, mention.tail_end + _LOOKAHEAD)
    boundary = _BOUNDARY.search(text, mention.tail_end, end)
    if boundary is not None:
        end = boundary.start()
    lead = _LEAD.match(text, mention.tail_end, end)
    begin = lead.end() if lead is not None else mention.tail_end
    return begin, cues.between(begin, end)


def _line_end(text: str, position: int, stop: int) -> int:
    newline = text.find("\n", position, stop)
    return newline if newline != -1 else stop


def _from_lookahead(
    text: str, cues: CueIndex, mention: Mention, stop: int, slack: int = 0
) -> _Reading | None:
    """Calendar layout: "15 mars 2025 : date limite", "3 avril – jury".

    ``slack`` lets a few words stand before the cue ("1 March: Early fee registration").
    """
    begin, hits = _lookahead(text, cues, mention, stop)
    if not hits or hits[0].start - begin > slack:
        return None
    first = hits[0]
    consumed = _line_end(text, first.end, stop)
    if first.cls == DEADLINE_WEAK and not _POSTPOSED_DEADLINE.match(first.text):
        return None
    # "17 avril – 4 mai | Applications are evaluated": what is done to the files
    if (
        first.cls == APPLY
        and len(hits) > 1
        and hits[1].cls == EVENT
        and _PASSIVE_GAP.fullmatch(text, first.end, hits[1].start)
    ):
        return _Reading("event", hits[1].kind, hits[1].text, consumed)
    if first.cls in (DEADLINE, DEADLINE_WEAK, APPLY):
        # "15 mai : Deadline for submission of thesis offers": the label's words give the kind
        return _Reading("deadline", _nearest_kind(hits), first.text, consumed)
    if first.cls in KIND_CLASSES:
        return _Reading("deadline", _KIND_BY_CLASS[first.cls], first.text, consumed)
    if first.cls in (OPEN, OPEN_WEAK):
        return _Reading("open", cue=first.text, consumed=consumed)
    return _Reading("event", first.kind, first.text, consumed)


_PASSIVE_GAP = re.compile(r"\s*(?:are|is|will be|sont|seront|est|sera)\s+")


def _lookahead_kind(
    text: str, cues: CueIndex, mention: Mention, stop: int
) -> tuple[DeadlineKind, int] | None:
    """ "15 janvier (lettre d'intention)": the kind written just after the date."""
    begin, hits = _lookahead(text, cues, mention, stop)
    if hits and hits[0].start == begin and hits[0].cls in KIND_CLASSES:
        end = hits[0].end
        if text.startswith(")", end):
            end += 1
        return _KIND_BY_CLASS[hits[0].cls], end
    return None


def _is_superseded(text: str, hits: list[Cue], mention: Mention) -> bool:
    """ "initialement fixée au 12 février", "(au lieu du 12/02)", "15 janvier (REPORT au
    31 janvier)": a date given up."""
    if _MOVED_AFTER.match(text, mention.tail_end):
        return True
    start = mention.start
    return any(h.cls == SUPERSEDED and start - h.end <= _SUPERSEDED_REACH for h in hits[-2:])


# "sauf du 19 décembre au 2 janvier": a closure inside a window, not a deadline
_EXCEPTION_BEFORE = re.compile(r"(?<![a-z])(?:sauf|hormis|excepte|except)\s*$")
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")


def _from_bracket(text: str, cues: CueIndex, mention: Mention) -> _Reading | None:
    """ "15 janvier 2024 (ouverture) – 31 mars 2024 (clôture)": a role in brackets right
    after the date says what it is, whatever label stands before."""
    bracket = _BRACKET_OPEN.match(text, mention.tail_end)
    if bracket is None:
        return None
    hits = cues.between(bracket.end(), bracket.end() + 1)
    if not hits or not _BRACKET_CLOSE.match(text, hits[0].end):
        return None
    if hits[0].cls in (OPEN, OPEN_WEAK):
        return _Reading("open", cue=hits[0].text)
    if hits[0].cls == DEADLINE:
        return _Reading("deadline", None, hits[0].text)
    return None


_MOVED_AFTER = re.compile(
    r"\.?\s*[(\[]\s*(?:report(?:ee)?|repoussee?|prolong(?:ee?|ation)|decalee?|extended"
    r"|postponed|extension)"
    r"(?: (?:au|a|jusqu'au|to|until))?\s+(?:le\s+)?\d"
)


def _is_condition(text: str, hits: list[Cue], mention: Mention) -> bool:
    """Eligibility ("titulaire d'un M2 ou l'obtenant avant le …"), not something to send.

    A condition word counts when no application or deadline word comes after it, so
    "Les titulaires d'un M2 déposent leur dossier avant le …" stays a deadline.
    """
    if _CONDITION_AFTER.match(text, mention.tail_end):
        return True
    for hit in reversed(hits):
        if hit.cls == CONDITION:
            return True
        if hit.cls in (APPLY, LETTER, FULL, OTHER, DEADLINE, OPEN, EVENT):
            return False
    return False


def _from_label(text: str, cues: CueIndex, floor: int, mention: Mention) -> _Reading | None:
    """ "Sélection des lettres d'intention : 23 mai": in a fiche the label's first word decides.

    The label is what precedes the date on its line (back to the previous date), ending
    with a colon or a table cell bar. Its first cue names what the date is; words after
    it only qualify it (the kind of a deadline).
    """
    line_start = text.rfind("\n", 0, mention.start) + 1
    begin = max(line_start, floor)
    hits = [h for h in cues.between(begin, mention.start) if h.cls in LABEL_CLASSES]
    tail = _LABEL_TAIL.match(text, hits[-1].end, mention.start) if hits else None
    if tail is None or tail.end() != mention.start:
        return None
    # the label starts after the previous colon, bar or sentence end on its line
    breaks = [m.end() for m in _LABEL_BREAK.finditer(text, begin, hits[-1].start)]
    if breaks:
        hits = [h for h in hits if h.start >= breaks[-1]]
    return _label_reading(hits)


def _label_reading(hits: list[Cue]) -> _Reading:
    """What a label's cues say its date is: the first one decides, words after qualify."""
    head = hits[0]
    if head.cls in (APPLY, *KIND_CLASSES):
        # "Abstract submission opening date : …": the role word says what the date is
        role = next((h for h in hits if h.cls in (OPEN, OPEN_WEAK, DEADLINE)), None)
        if role is not None and role.cls != DEADLINE:
            return _Reading("open", cue=role.text)
    if head.cls == CONDITION:
        return _Reading("none")
    if head.cls == EVENT:
        telling = [h for h in hits if h.cls == EVENT and h.kind not in VAGUE_EVENT_KINDS]
        return _Reading("event", (telling[0] if telling else head).kind, head.text)
    if head.cls in (OPEN, OPEN_WEAK):
        return _Reading("open", cue=head.text)
    return _Reading("deadline", _nearest_kind(hits), head.text)


class _Reader:
    """Walks the dates of one text left to right, remembering the previous decision."""

    def __init__(self, text: str, cues: CueIndex, mentions: list[Mention]) -> None:
        self.text = text
        self.cues = cues
        self.mentions = mentions
        self._previous_end = 0  # where the previous date's text ended
        self.given_up: set[date | None] = set()  # days the text says were replaced

    def readings(self) -> list[tuple[Mention, _Reading | None]]:
        out: list[tuple[Mention, _Reading | None]] = []
        floor = 0
        previous: _Reading | None = None
        for index, mention in enumerate(self.mentions):
            stop = (
                self.mentions[index + 1].start if index + 1 < len(self.mentions) else len(self.text)
            )
            self._previous_end = self.mentions[index - 1].tail_end if index else 0
            reading = self._read(mention, floor, stop, previous, index)
            out.append((mention, reading))
            floor = max(mention.tail_end, reading.consumed or 0) if reading else mention.tail_end
            previous = reading
        return out

    def _read(
        self, mention: Mention, floor: int, stop: int, previous: _Reading | None, index: int
    ) -> _Reading | None:
        text, cues = self.text, self.cues
        low = _window_start(text, floor, mention.start)
        hits = cues.between(low, mention.start)
        if _is_superseded(text, hits, mention):
            self.given_up.add(mention.value)
            return None
        if _WEEK_OF.search(text, low, mention.start) or (
            mention.is_range and _EXCEPTION_BEFORE.search(text, low, mention.start)
        ):
            return None
        reading = _from_bracket(text, cues, mention) or _from_call_verb(text, mention.start)
        if reading is None and _is_condition(text, hits, mention):
            return None
        if reading is None:
            reading = _from_label(text, cues, floor, mention)
        heads_line = _heads_its_line(text, floor, mention)
        if reading is None and heads_line:
            reading = _from_label_line(text, cues, floor, mention)
        if reading is None and heads_line:
            reading = _from_lookahead(
                text, cues, mention, _line_end(text, mention.tail_end, stop), slack=_LINE_SLACK
            )
            if reading is None and _LABEL_AFTER.match(text, mention.tail_end):
                # "Until 30 May : students can contact the supervisors": the line's own
                # label names no step, so the date is none
                return None
        if reading is None and mention.is_range:
            reading = _window_of_what_is_sent(text, hits, mention.start)
        if reading is None:
            reading = _from_window(text, hits, mention.start)
            if (
                reading is not None
                and reading.role == "open"
                and not mention.is_range
                and not _opens_a_call(text, hits, reading, mention.start)
            ):
                return None
        inherited = False
        if reading is None and not heads_line:
            # the words after a date never reach into the next line
            reading = _from_lookahead(text, cues, mention, _line_end(text, mention.tail_end, stop))
        if reading is None and previous is not None and previous.role in ("deadline", "event"):
            gap = text[floor : mention.start]
            # the previous date may have taken its sentence's full stop ("3 avril.")
            ended = text[floor - 1 : floor] == "." if floor else False
            # a calendar line with its own label is its own item, not part of a list;
            # "- 1er décembre pour les étudiants" then "- 1er février pour les doctorants"
            # only say whom each date is for
            since = text[self._previous_end : mention.start]
            own_line = (
                "\n" in since
                and _WORDS.search(since.replace(" et ", " ")) is not None
                and not _FOR_WHOM.fullmatch(since)
            )
            if (
                len(gap.strip()) <= _INHERIT_GAP
                and not ended
                and not own_line
                and not _BOUNDARY.search(gap)
                and not any(h.cls in ROLE_CLASSES for h in hits)
                and low == floor
            ):
                reading = _Reading(previous.role, None, previous.cue)
                inherited = True
        if (
            reading is None
            and mention.is_range
            and any(h.cls == APPLY or h.cls in KIND_CLASSES for h in hits)
        ):
            reading = _Reading("deadline", _nearest_kind(hits), "")
        if reading is None and mention.is_range:
            reading = _window_heading_its_sentence(text, cues, mention)
        if reading is None and index > 0:
            reading = _bare_line_after_bare_line(text, self.mentions[index - 1], mention)
        if reading is None or reading.role == "none":
            return None
        if reading.role == "open" and mention.is_range and reading.kind is None:
            # "Pré-inscription à partir du 17 janvier jusqu'au 14 mars": the window's kind
            reading.kind = _nearest_kind(hits)
        if reading.role == "event" and reading.kind is None:
            reading.kind = previous.kind if previous and inherited else "autre"
        if reading.role == "deadline" and reading.kind is None:
            if inherited:
                reading.kind = _nearest_kind(hits)
            if reading.kind is None:
                after = _lookahead_kind(text, cues, mention, stop)
                if after is not None:
                    reading.kind, reading.consumed = after
            if reading.kind is None:
                reading.kind = previous.kind if inherited and previous else None
            if reading.kind is None:
                reading.kind, reading.explicit = "application", False
        return reading


_CALL_NOUN = re.compile(r"(?<![a-z])(?:appels?|call)(?![a-z])")


def _window_heading_its_sentence(text: str, cues: CueIndex, mention: Mention) -> _Reading | None:
    """ "Du 17 février au 27 mars, les porteurs sont invités à effectuer leurs demandes…":
    a range that opens its sentence is the window of what the sentence has sent."""
    if text[_sentence_start(text, mention.start) : mention.start].strip(" \n-*\u2022") != "":
        return None
    end = _line_end(text, mention.tail_end, min(len(text), mention.tail_end + _SENTENCE_REACH))
    boundary = _BOUNDARY.search(text, mention.tail_end, end)
    for hit in cues.between(mention.tail_end, boundary.start() if boundary else end):
        if hit.cls == APPLY or hit.cls in KIND_CLASSES:
            return _Reading("deadline", _KIND_BY_CLASS.get(hit.cls), hit.text, explicit=False)
        if hit.cls in ROLE_CLASSES or hit.cls == CONDITION:
            return None
    return None


_BARE_DATE_LINE = re.compile(r"\s*(?:-\s*)?$")


def _bare_line_after_bare_line(text: str, previous: Mention, mention: Mention) -> _Reading | None:
    """A call listing whose "start" and "end" fields lost their labels: two lines under the
    call's title that hold nothing but a full date each, the second later. The second is
    the closing (the first, read as it comes, gives nothing)."""
    if previous.value is None or mention.value is None or previous.value >= mention.value:
        return None
    if previous.year is None or mention.year is None:
        return None
    lines = [
        (text.rfind("\n", 0, m.start) + 1, _line_end(text, m.tail_end, len(text)))
        for m in (previous, mention)
    ]
    if lines[0][1] + 1 != lines[1][0]:
        return None  # not on consecutive lines
    for (start, end), m in zip(lines, (previous, mention), strict=True):
        if text[start : m.start].strip() or not _BARE_DATE_LINE.match(text, m.tail_end, end):
            return None
    if not _CALL_NOUN.search(text, 0, lines[0][0]):
        return None
    return _Reading("deadline", None, "", explicit=False)


_SENTENCE_REACH = 300


def _opens_a_call(text: str, hits: list[Cue], reading: _Reading, start: int) -> bool:
    """ "à compter du 1er septembre" opens a call only when the sentence is about applying.

    The whole sentence is read, past the window: in "L'appel à projets « … » est
    ouvert le …" the call is named long before the date, in "lance à partir du 1er
    avril un appel à projets" after it.
    """
    if not any(h.cls == OPEN_WEAK and h.text == reading.cue for h in hits):
        return True
    if any(h.cls in _APPLY_WORDS for h in hits):
        return True
    low = _sentence_start(text, start)
    end = _BOUNDARY.search(text, start)
    return _CALL_NOUN.search(text, low, end.start() if end else len(text)) is not None


_CALL_SUBJECT = (
    r"(?<![a-z])(?:appels?|call|campagne|plateforme|candidatures?|applications?|session"
    r"|inscriptions?|phase)(?![a-z])"
)
_CALL_VERB_GAP = r"[^.!?\n]{0,120}?(?<![a-z])"
_CALL_OPENS = re.compile(
    rf"{_CALL_SUBJECT}{_CALL_VERB_GAP}(?:debute|debutera|demarre|a demarre|commence|a commence"
    r"|s'ouvre|s'ouvrira|ouvre|ouvrira|starts?|started|opens?|opened|is launching|launches"
    r")(?: (?:le|on|en date du|a partir du|des le|des ce))?\s*$"
)
_CALL_CLOSES = re.compile(
    rf"{_CALL_SUBJECT}{_CALL_VERB_GAP}(?:se termine(?:ra)?|(?:va|pour) se terminer|s'achev(?:e|era)"
    r"|prend(?:ra|ront|ent)? fin|fermera|fermeront|ferment|ferme|se clot|se clotur(?:e|era)"
    r"|ends?|will end|closes?|will close)(?: (?:le|au|on|the|ce))?"
    r"(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?\s*$"
)


def _from_call_verb(text: str, start: int) -> _Reading | None:
    """ "L'appel … a démarré le 17 janvier et va se terminer le 11 mars": the call itself
    opening or closing, said with a verb; read before conditions ("se terminer")."""
    window = text[max(_sentence_start(text, start), start - 160) : start]
    if _CALL_CLOSES.search(window):
        return _Reading("deadline", None, "closes", explicit=False)
    if _CALL_OPENS.search(window):
        return _Reading("open", cue="opens")
    return None


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (looked for up to 300 characters back)."""
    low = max(0, start - _SENTENCE_REACH)
    boundaries = [match.end() for match in _BOUNDARY.finditer(text, low, start)]
    return boundaries[-1] if boundaries else low


# What may precede a date that heads a calendar line: a bullet, "avant le", "du"…
_LINE_HEAD = re.compile(
    r"\s*(?:[-*\u2022\u2013]\s*|\d{1,2}\s?[.)]\s+)?"
    r"(?:(?:avant|jusqu'au|au plus tard|d'ici|du|le|before|by|until)(?:\s+le)?\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday),?\s+)?"
)


_LABEL_AFTER = re.compile(r"\s*:[ \t]*[a-z]")
_COLON_THEN_LINE = re.compile(r"\s*:\s*\n")
_LABEL_LINE = re.compile(r"[^\d\n.!?]{2,60}")


def _from_label_line(text: str, cues: CueIndex, floor: int, mention: Mention) -> _Reading | None:
    """A fiche whose value sits on the line after its label ("Ouverture :" then
    "23 déc. 2025"), or a calendar date alone with its colon, its label on the next line
    ("26 août 2019 :" then "Date limite de réception des dossiers")."""
    # the date's own colon ties it to the next line, before any label above it
    after = _COLON_THEN_LINE.match(text, mention.tail_end)
    if after is not None:
        next_end = _line_end(text, after.end(), len(text))
        hits = [h for h in cues.between(after.end(), next_end) if h.cls in LABEL_CLASSES]
        if hits and hits[0].start == after.end():
            return _label_reading(hits)
    line_start = text.rfind("\n", 0, mention.start) + 1
    label_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if (
        line_start
        and label_start >= floor
        and _LABEL_LINE.fullmatch(text, label_start, line_start - 1)
    ):
        hits = [h for h in cues.between(label_start, line_start - 1) if h.cls in LABEL_CLASSES]
        # a heading ("Candidature hors alternance") is no label: it needs its colon,
        # or a word that names a role ("Échéance", "Lancement")
        colon = text[label_start : line_start - 1].rstrip().endswith(":")
        if hits and (colon or hits[0].cls in ROLE_CLASSES):
            return _label_reading(hits)
    return None


def _heads_its_line(text: str, floor: int, mention: Mention) -> bool:
    """ "Avant le 26 janvier : notification des avis": in a calendar line the words after
    the date say what it is, even when a preposition stands before it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if line_start < floor:
        return False
    return _LINE_HEAD.fullmatch(text, line_start, mention.start) is not None


_KIND_RANK = {"letter_of_intent": 0, "application": 1, "other": 2}


def _dedupe_deadlines(found: list[tuple[Deadline, bool]]) -> list[Deadline]:
    """One deadline per day: the most precise time, and one kind.

    A fiche field and a sentence often give the same day twice ("Date limite :
    19/03/2027" and "le 19 mars 2027 à 12h00"); they are one deadline. A kind read from
    words beats the default, and a first stage beats an application beats the rest.
    """
    by_day: dict[date, list[tuple[Deadline, bool]]] = {}
    for deadline, explicit in found:
        by_day.setdefault(deadline.date, []).append((deadline, explicit))
    out: list[Deadline] = []
    for day, group in by_day.items():
        explicit = [d for d, is_explicit in group if is_explicit] or [d for d, _ in group]
        kind = min((d.kind for d in explicit), key=_KIND_RANK.__getitem__)
        times = sorted({d.time for d, _ in group if d.time is not None})
        for at in times or [None]:
            out.append(Deadline(day, at, kind, group[0][0].precision))
    return sorted(out, key=lambda d: (d.date, d.time is not None, d.time or 0, d.kind))


def extract_strict(
    text_or_html: str, page_date: date | None = None, *, html: bool | None = None
) -> Extraction:
    """The extraction itself; may raise on a bug (the tests call it to see bugs)."""
    if isinstance(page_date, datetime):
        page_date = page_date.date()
    exact, text = prepare(text_or_html, html)
    mentions = resolve(find_mentions(text), page_date)
    _attach_times(text, mentions, find_times(text))
    cues = CueIndex(text)

    deadlines: list[tuple[Deadline, bool]] = []
    events: list[Event] = []
    opens: date | None = None
    reader = _Reader(text, cues, mentions)
    for mention, reading in reader.readings():
        if reading is None or mention.value is None:
            continue
        start = mention.first_value if mention.is_range else None
        if reading.role == "event":
            events.append(
                Event(start or mention.value, reading.kind or "autre", reading.cue,
                      mention.value if start else None,
                      (mention.first_time if start else mention.time), mention.precision)
            )  # fmt: skip
            continue
        if mention.precision == "month":
            continue  # "fin mars", "courant mai": no day is known, so no deadline nor opening
        if reading.role == "open" and start is None:
            opens = opens or mention.value
            continue
        if start is not None:
            opens = opens or start
        kind: DeadlineKind = reading.kind if reading.kind in _KINDS else "application"  # type: ignore[assignment]
        deadline = Deadline(mention.value, mention.time, kind, "day")
        deadlines.append((deadline, reading.explicit))

    # a day given up ("initialement fixée au …") is given up wherever the page repeats it
    deadlines = [(d, explicit) for d, explicit in deadlines if d.date not in reader.given_up]
    return Extraction(
        deadlines=_dedupe_deadlines(deadlines),
        opens=opens,
        events=events,
        categories=load("categories").find(text, exact),
        audience=load("audience").find(text, exact),
        specialties=load("specialties").find(text, exact),
        regions=load("regions").find(text, exact),
    )


_KINDS = frozenset({"application", "letter_of_intent", "other"})


def extract(
    text_or_html: str, page_date: date | None = None, *, html: bool | None = None
) -> Extraction:
    """Read deadlines, opening date, events and topics from a passage or a page.

    ``html`` forces (True) or refuses (False) markup handling; by default it is
    guessed. A date without a year is the first such date on or after ``page_date``;
    when the page date is unknown (None) such a date is unresolvable and gives nothing.
    Never raises: a page the rules cannot read gives an empty result.
    """
    try:
        if isinstance(text_or_html, bytes):
            text_or_html = text_or_html.decode("utf-8", "replace")
        return extract_strict(str(text_or_html), page_date, html=html)
    except Exception:  # a spider must never die on one odd page
        log.exception("extraction failed; returning an empty result")
        return Extraction()
