"""Where the layout says what a date is: fiche labels, calendar lines, brackets.

A label before its value ("Clôture : 15 mars"), on the line above it, or the words
right after a date that heads its line ("15 mars : jury") decide before the prose
around it is read (``prose``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from veille.spiders.extract.cues import (
    APPLY,
    CONDITION,
    DEADLINE,
    DEADLINE_WEAK,
    EVENT,
    KIND_CLASSES,
    LABEL_CLASSES,
    OPEN,
    OPEN_WEAK,
    ROLE_CLASSES,
    VAGUE_EVENT_KINDS,
    Cue,
    CueIndex,
)
from veille.spiders.extract.dates import MONTH, Mention
from veille.spiders.extract.model import DeadlineKind
from veille.spiders.extract.reading import (
    BOUNDARY,
    CALL_NOUN,
    KIND_BY_CLASS,
    Reading,
    line_end,
    nearest_kind,
)

_LOOKAHEAD = 60

# what may stand between a date and the label after it: "29 mai 2020 (inclus)\nFermeture …"
_LEAD = re.compile(r"[\s:|,\-(\[]*(?:(?:inclus(?:e|es)?|included|inclusive)[\s:|,\-)\]]*)?")

_POSTPOSED_DEADLINE = re.compile(r"au plus tard|at the latest|dernier delai|delai de rigueur")

# "Label : date" — what sits between a label's last word and its date
_LABEL_TAIL = re.compile(
    r"[^:|\n.!?]{0,40}?\s*[:|]\s*(?:-\s*)?(?:(?:le|du|au|on|the|avant le|before)\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday),?\s+)?$"
)

_LABEL_BREAK = re.compile(r"[:|]|[.!?](?=\s)")


def _lookahead(text: str, cues: CueIndex, mention: Mention, stop: int) -> tuple[int, list[Cue]]:
    end = min(stop, mention.tail_end + _LOOKAHEAD)
    boundary = BOUNDARY.search(text, mention.tail_end, end)
    if boundary is not None:
        end = boundary.start()
    lead = _LEAD.match(text, mention.tail_end, end)
    begin = lead.end() if lead is not None else mention.tail_end
    return begin, cues.between(begin, end)


def from_lookahead(
    text: str, cues: CueIndex, mention: Mention, stop: int, slack: int = 0
) -> Reading | None:
    """Calendar layout: "15 mars 2025 : date limite", "3 avril – jury".

    ``slack`` lets a few words stand before the cue ("1 March: Early fee registration").
    """
    begin, hits = _lookahead(text, cues, mention, stop)
    if not hits or hits[0].start - begin > slack:
        return None
    first = hits[0]
    consumed = line_end(text, first.end, stop)
    if first.cls == DEADLINE_WEAK and not _POSTPOSED_DEADLINE.match(first.text):
        return None
    # "17 avril – 4 mai | Applications are evaluated": what is done to the files
    if (
        first.cls == APPLY
        and len(hits) > 1
        and hits[1].cls == EVENT
        and _PASSIVE_GAP.fullmatch(text, first.end, hits[1].start)
    ):
        return Reading("event", hits[1].kind, hits[1].text, consumed)
    if first.cls == APPLY or first.cls in KIND_CLASSES:
        # "November 1, 2019 Call for abstracts opens": an opening word later in the label
        role = next((h for h in hits[1:] if h.cls in (OPEN, OPEN_WEAK, DEADLINE)), None)
        if (
            role is not None
            and role.cls != DEADLINE
            and line_end(text, first.end, stop) > role.start
        ):
            return Reading("open", cue=role.text, consumed=consumed)
    if first.cls in (DEADLINE, DEADLINE_WEAK, APPLY):
        # "15 mai : Deadline for submission of thesis offers": the label's words give the kind
        return Reading("deadline", nearest_kind(hits), first.text, consumed)
    if first.cls in KIND_CLASSES:
        return Reading("deadline", KIND_BY_CLASS[first.cls], first.text, consumed)
    if first.cls in (OPEN, OPEN_WEAK):
        return Reading("open", cue=first.text, consumed=consumed)
    return Reading("event", first.kind, first.text, consumed)


_PASSIVE_GAP = re.compile(r"\s*(?:are|is|will be|sont|seront|est|sera)\s+")

_LEAD_SLACK = 12  # "(23:00 CET): results …": a time zone and a bracket before the cue
_OWN_DATE = re.compile(
    r"\s*(?:(?:are|is|will be|sont|seront|est|sera)\s+)?"
    r"(?:released|announced|published|given|sent|expected|annoncee?s?|publiee?s?|communiquee?s?"
    r"|attendue?s?|envoyee?s?|donnee?s?)?\s*(?:(?:on|in|by|the|le|en|au|a|vers|:)\s+)*"
    rf"(?:(?:mid|early|late|end of|beginning of|mi|fin|debut|courant)[- ]?)?{MONTH}(?![ \t]*\d)"
)


def dated_event_after(text: str, cues: CueIndex, mention: Mention, stop: int) -> int | None:
    """Where the line ends, when the words right after a date name an event that runs
    straight into a vague date of its own: "24 January 2024 (23:00 CET): results
    released mid-March" says nothing of the 24th, and its tail is no label for the date
    on the next line either. (An exact date there is a mention, read on its own.)"""
    end = line_end(text, mention.tail_end, stop)
    begin, hits = _lookahead(text, cues, mention, end)
    if not hits or hits[0].cls != EVENT or hits[0].start - begin > _LEAD_SLACK:
        return None
    if _OWN_DATE.match(text, hits[0].end, len(text)) is None:
        return None
    return line_end(text, hits[0].end, stop)


def lookahead_kind(
    text: str, cues: CueIndex, mention: Mention, stop: int
) -> tuple[DeadlineKind, int] | None:
    """ "15 janvier (lettre d'intention)": the kind written just after the date."""
    begin, hits = _lookahead(text, cues, mention, stop)
    if hits and hits[0].start == begin and hits[0].cls in KIND_CLASSES:
        end = hits[0].end
        if text.startswith(")", end):
            end += 1
        return KIND_BY_CLASS[hits[0].cls], end
    return None


_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")

_BRACKET_CLOSE = re.compile(r"\s*[)\]]")


def from_bracket(text: str, cues: CueIndex, mention: Mention) -> Reading | None:
    """ "15 janvier 2024 (ouverture) – 31 mars 2024 (clôture)": a role in brackets right
    after the date says what it is, whatever label stands before."""
    bracket = _BRACKET_OPEN.match(text, mention.tail_end)
    if bracket is None:
        return None
    hits = cues.between(bracket.end(), bracket.end() + 1)
    if not hits or not _BRACKET_CLOSE.match(text, hits[0].end):
        return None
    if hits[0].cls in (OPEN, OPEN_WEAK):
        return Reading("open", cue=hits[0].text)
    if hits[0].cls == DEADLINE:
        return Reading("deadline", None, hits[0].text)
    return None


def from_label(text: str, cues: CueIndex, floor: int, mention: Mention) -> Reading | None:
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
    if (
        line_start
        and hits
        and hits[0].text.startswith("inscription")
        and _FORUM_PROFILE.search(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1)
    ):
        # a forum post's header: "Messages : 1469" / "Inscription : 31 mars 2004 13:09" is
        # when its author joined the forum
        return Reading("event", "autre", hits[0].text)
    return _label_reading(text, hits)


_FORUM_PROFILE = re.compile(r"(?<![a-z])messages\s*:\s*\d+[ \t]*$")


_LINKING_WORD = re.compile(
    r"(?<![a-z])(?:de|des|du|d'|pour|par|aux?|of|for|to|by|with)(?![a-z])|[:|]"
)


def _label_reading(text: str, hits: list[Cue]) -> Reading:
    """What a label's cues say its date is: the first one decides, words after qualify."""
    head = hits[0]
    if head.cls in (APPLY, *KIND_CLASSES):
        # "Abstract notifications", "Abstract acceptance / rejection": an English compound
        # puts its head last, so an event noun right after what is sent names the date
        for before, hit in pairwise(hits):
            sent = before.cls == APPLY or before.cls in KIND_CLASSES
            if sent and hit.cls == EVENT and not _LINKING_WORD.search(text, before.end, hit.start):
                return Reading("event", hit.kind, hit.text)
        # "Abstract submission opening date : …": the role word says what the date is
        role = next((h for h in hits if h.cls in (OPEN, OPEN_WEAK, DEADLINE)), None)
        if role is not None and role.cls != DEADLINE:
            return Reading("open", cue=role.text)
    if head.cls == CONDITION:
        return Reading("none")
    if head.cls == EVENT:
        telling = [h for h in hits if h.cls == EVENT and h.kind not in VAGUE_EVENT_KINDS]
        return Reading("event", (telling[0] if telling else head).kind, head.text)
    if head.cls in (OPEN, OPEN_WEAK):
        return Reading("open", cue=head.text)
    return Reading("deadline", nearest_kind(hits), head.text)


_BARE_DATE_LINE = re.compile(r"\s*(?:-\s*)?(?:\(?(?:inclus(?:e|es)?|included|inclusive)\)?\s*)?$")


def bare_line_after_bare_line(text: str, previous: Mention, mention: Mention) -> Reading | None:
    """A call listing whose "start" and "end" fields lost their labels: two lines under the
    call's title that hold nothing but a full date each, the second later. The second is
    the closing, the first its opening."""
    if previous.value is None or mention.value is None or previous.value >= mention.value:
        return None
    if previous.year is None or mention.year is None:
        return None
    lines = [
        (text.rfind("\n", 0, m.start) + 1, line_end(text, m.tail_end, len(text)))
        for m in (previous, mention)
    ]
    if lines[0][1] + 1 != lines[1][0]:
        return None  # not on consecutive lines
    for (start, end), m in zip(lines, (previous, mention), strict=True):
        if text[start : m.start].strip() or not _BARE_DATE_LINE.match(text, m.tail_end, end):
            return None
    if not CALL_NOUN.search(text, 0, lines[0][0]):
        return None
    return Reading("deadline", None, "", explicit=False, opens_previous=True)


_RANGE_LINE_HEAD = re.compile(r"[ \t]*(?:[-*\u2022]\s*)?$")


def bare_window_under_a_call(text: str, cues: CueIndex, mention: Mention) -> Reading | None:
    """A call's window alone on the line under its title: "PNR-EST call for research
    projects …" then "From 22/10/2020 to 07/01/2021". The end is the closing, the start the
    opening. The title must name a call and no event ("Appel à communications, congrès
    2028" over "3-5 juin 2028" gives the congress's days, not a window to send by)."""
    if not mention.is_range or mention.year is None:
        return None
    line_start = text.rfind("\n", 0, mention.start) + 1
    end = line_end(text, mention.tail_end, len(text))
    if not line_start or not _RANGE_LINE_HEAD.match(text, line_start, mention.start):
        return None
    if not _BARE_DATE_LINE.match(text, mention.tail_end, end):
        return None
    title_start = text.rfind("\n", 0, line_start - 1) + 1
    if not CALL_NOUN.search(text, title_start, line_start - 1):
        return None
    if any(h.cls == EVENT for h in cues.between(title_start, line_start)):
        return None
    return Reading("deadline", None, "", explicit=False)


# What may precede a date that heads a calendar line: a bullet, "avant le", "du"…
_LINE_HEAD = re.compile(
    r"\s*(?:[-*\u2022\u2013]\s*|\d{1,2}\s?[.)]\s+)?"
    r"(?:(?:avant|jusqu'au|au plus tard|d'ici|du|le|before|by|until)(?:\s+le)?\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday),?\s+)?"
)

LABEL_AFTER = re.compile(r"\s*:[ \t]*[a-z]")

# "26 août 2019 :", "10 avril au soir (23h59) :" then the label on the next line
_COLON_THEN_LINE = re.compile(r"[^\n:.!?]{0,25}:\s*\n")

_LABEL_LINE = re.compile(r"[^\d\n.!?]{2,60}")

_NAMES_THE_DATE_BELOW = re.compile(
    r"(?<![a-z])(?:(?:la |les )?dates? (?:ci-dessous|suivantes?|indiquees? ci-dessous)"
    r"|(?:the )?following dates?|(?:the )?dates? below)(?![a-z])[^\n]*:[ \t]*$"
)


def from_label_line(text: str, cues: CueIndex, floor: int, mention: Mention) -> Reading | None:
    """A fiche whose value sits on the line after its label ("Ouverture :" then
    "23 déc. 2025"), or a calendar date alone with its colon, its label on the next line
    ("26 août 2019 :" then "Date limite de réception des dossiers")."""
    # the date's own colon ties it to the next line, before any label above it
    after = _COLON_THEN_LINE.match(text, mention.tail_end)
    if after is not None:
        next_end = line_end(text, after.end(), len(text))
        hits = [h for h in cues.between(after.end(), next_end) if h.cls in LABEL_CLASSES]
        if hits and hits[0].start == after.end():
            return _label_reading(text, hits)
    line_start = text.rfind("\n", 0, mention.start) + 1
    label_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if (
        line_start
        and label_start >= floor
        and _NAMES_THE_DATE_BELOW.search(text, label_start, line_start - 1)
    ):
        # "Les lettres d'intention doivent être déposées avant la date ci-dessous … :" then
        # the date: a sentence long as it is, the line is the date's label
        hits = [h for h in cues.between(label_start, line_start - 1) if h.cls in LABEL_CLASSES]
        if hits:
            return _label_reading(text, hits)
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
            return _label_reading(text, hits)
    return None


_CALENDAR_HEADER = re.compile(
    r"[ \t]*(?:timeline|calendrier|calendar|key dates|important dates|dates importantes"
    r"|dates cles|dates a retenir)[^\n]{0,30}\n"
)


def bare_on_its_line(text: str, floor: int, mention: Mention) -> bool:
    """The date (and its time) is all its line holds, after at most a bullet or weekday."""
    end = line_end(text, mention.tail_end, len(text))
    return heads_its_line(text, floor, mention) and bool(
        _BARE_DATE_LINE.match(text, mention.tail_end, end)
    )


def under_calendar_header(text: str, mention: Mention) -> bool:
    """ "Timeline" / "9th September 2024" / "Abstract submission opens": a calendar whose
    first line is a date puts each label on the line below its date."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return line_start > 0 and _CALENDAR_HEADER.fullmatch(text, above, line_start) is not None


def from_line_below(text: str, cues: CueIndex, mention: Mention) -> Reading | None:
    """The label on the line after a bare date, in a calendar that writes labels below."""
    below = line_end(text, mention.tail_end, len(text)) + 1
    if below >= len(text):
        return None
    end = line_end(text, below, len(text))
    if any(ch.isdigit() for ch in text[below:end]):
        return None  # the next line is another date, not a label
    hits = [h for h in cues.between(below, end) if h.cls in LABEL_CLASSES]
    if not hits:
        return None
    reading = _label_reading(text, hits)
    reading.consumed = end  # the label is this date's, not the next one's
    return reading


def heads_its_line(text: str, floor: int, mention: Mention) -> bool:
    """ "Avant le 26 janvier : notification des avis": in a calendar line the words after
    the date say what it is, even when a preposition stands before it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if line_start < floor:
        return False
    return _LINE_HEAD.fullmatch(text, line_start, mention.start) is not None
