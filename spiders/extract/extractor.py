"""Put the pieces together: spot dates, attach times, read the cues, sort what was found.

For each date the decision is taken, in this order, from:
0. a date given up ("initialement fixée au …", "au lieu du …") or a condition of
   eligibility ("titulaire d'un M2 ou l'obtenant avant le …") gives nothing;
   in a fiche or a table row ("Label : date") the label's first word decides
   (``from_label``);
1. the words just before it, back to the previous date or the start of the sentence
   (``from_window``): the nearest role cue decides, with two corrections (a strong
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
from datetime import date, datetime

from veille.spiders.extract.cues import (
    APPLY,
    KIND_CLASSES,
    ROLE_CLASSES,
    CueIndex,
)
from veille.spiders.extract.dates import Mention, find_mentions, resolve
from veille.spiders.extract.layout import (
    LABEL_AFTER,
    bare_line_after_bare_line,
    bare_on_its_line,
    bare_window_under_a_call,
    dated_event_after,
    from_bracket,
    from_label,
    from_label_line,
    from_line_below,
    from_lookahead,
    heads_its_line,
    lookahead_kind,
    under_calendar_header,
)
from veille.spiders.extract.model import Deadline, DeadlineKind, Event, Extraction
from veille.spiders.extract.normalize import prepare
from veille.spiders.extract.prose import (
    EXCEPTION_BEFORE,
    WEEK_OF,
    after_a_refused_window,
    before_a_refused_window,
    bounds_another_verb,
    changes_what_was_sent,
    closes_a_poll,
    from_call_verb,
    from_copula,
    from_window,
    is_condition,
    is_superseded,
    not_the_candidates_day,
    opens_a_call,
    window_heading_its_sentence,
    window_of_what_is_sent,
    window_start,
)
from veille.spiders.extract.reading import BOUNDARY, Reading, line_end, nearest_kind
from veille.spiders.extract.stages import (
    LABEL_REACH,
    call_window,
    is_the_page_stamp,
    registration_first,
)
from veille.spiders.extract.times import attach_times, find_times
from veille.spiders.extract.vocabulary import load

log = logging.getLogger(__name__)

_INHERIT_GAP = 40

_WORDS = re.compile(r"[a-z]{2,}")

_FOR_WHOM = re.compile(r"\s*(?:pour|for)\s[^\n|:]{0,60}\n[\s*\u2022-]*")

_EXCEPTION_LINE = re.compile(r"[ \t]*(?:sauf|except|excepte|hormis)(?![a-z])[^\n.!?]*")
_BULLET_ITEM = re.compile(r"\n[ \t]*[-*\u2022][^\n:|]*$")
_LINE_SLACK = 12  # words a calendar line may hold before its cue: "Early fee registration"


# Between two items of one list: no sentence ends, and not far.
_SAME_LIST = re.compile(r"(?:[^.!?]|[.!?](?!\s)){0,200}")


class _Reader:
    """Walks the dates of one text left to right, remembering the previous decision."""

    def __init__(self, text: str, cues: CueIndex, mentions: list[Mention]) -> None:
        self.text = text
        self.cues = cues
        self.mentions = mentions
        self._previous_end = 0  # where the previous date's text ended
        self.given_up: set[date | None] = set()  # days the text says were replaced
        self._labels_below = False  # in a calendar that writes each label under its date
        self._condition = False  # the date being read is a condition of eligibility
        self._tail_taken = False  # the words after the date belong to an event's own date

    def readings(self) -> list[tuple[Mention, Reading | None]]:
        out: list[tuple[Mention, Reading | None]] = []
        floor = 0
        previous: Reading | None = None
        previous_end = 0  # where the date that gave ``previous`` ends
        tail = 0  # where a date's line ends, when an event with its own date took it
        for index, mention in enumerate(self.mentions):
            stop = (
                self.mentions[index + 1].start if index + 1 < len(self.mentions) else len(self.text)
            )
            self._previous_end = max(self.mentions[index - 1].tail_end if index else 0, tail)
            self._condition = False
            # "… (23:00 CET): results released mid-March": that tail labels neither this
            # date nor the next line's
            tail = dated_event_after(self.text, self.cues, mention, stop) or 0
            self._tail_taken = tail > 0
            reading = self._read(mention, floor, stop, previous, index)
            if reading is not None and reading.opens_previous and out[-1][1] is None:
                out[-1] = (out[-1][0], Reading("open"))
            out.append((mention, reading))
            floor = max(mention.tail_end, reading.consumed or 0) if reading else mention.tail_end
            floor = max(floor, tail)
            # "• au 15 décembre pour les candidats ayant soutenu au plus tard le 21
            # novembre • au 12 janvier …": a condition inside a list does not end it
            if not (
                self._condition and _SAME_LIST.fullmatch(self.text, previous_end, mention.start)
            ):
                previous, previous_end = reading, mention.end
        return out

    def _read(
        self, mention: Mention, floor: int, stop: int, previous: Reading | None, index: int
    ) -> Reading | None:
        text, cues = self.text, self.cues
        low = window_start(text, floor, mention.start)
        hits = cues.between(low, mention.start)
        if is_superseded(text, hits, mention):
            self.given_up.add(mention.value)
            # "Soumission ouverte du 27 octobre au 31 mars.Repoussée au 10 avril": only the
            # window's end was moved, its start still opens it
            return Reading("window-start") if mention.is_range else None
        if WEEK_OF.search(text, low, mention.start) or (
            mention.is_range and EXCEPTION_BEFORE.search(text, low, mention.start)
        ):
            return None
        line_start = text.rfind("\n", 0, mention.start) + 1
        if previous is not None and _EXCEPTION_LINE.fullmatch(
            text, max(line_start, floor), mention.start
        ):
            # "Épreuve : 22 mars" / "Sauf les candidats de liste 4 : 30 mars": the same step
            return Reading(previous.role, previous.kind, previous.cue)
        reading = from_bracket(text, cues, mention) or from_call_verb(text, mention.start)
        if reading is None and is_condition(text, hits, mention):
            self._condition = True
            return None
        if reading is None:
            reading = from_label(text, cues, floor, mention)
        heads_line = heads_its_line(text, floor, mention)
        bare = bare_on_its_line(text, floor, mention)
        if not bare:
            self._labels_below = False
        elif under_calendar_header(text, mention):
            self._labels_below = True
        if reading is None and bare and self._labels_below:
            reading = from_line_below(text, cues, mention)
        if reading is None and heads_line:
            reading = from_label_line(text, cues, floor, mention)
        if reading is None and heads_line and not self._tail_taken:
            reading = from_lookahead(
                text, cues, mention, line_end(text, mention.tail_end, stop), slack=_LINE_SLACK
            )
            if reading is None and LABEL_AFTER.match(text, mention.tail_end):
                # "Until 30 May : students can contact the supervisors": the line's own
                # label names no step, so the date is none
                return None
        if reading is None and mention.is_range:
            reading = window_of_what_is_sent(text, hits, mention.start)
        if reading is None:
            reading = from_window(text, hits, mention.start) or from_copula(
                text, cues, floor, mention.start
            )
            if (
                reading is not None
                and reading.role == "open"
                and not mention.is_range
                and not opens_a_call(text, hits, reading, mention.start)
            ):
                return None
            if (
                reading is not None
                and reading.role == "deadline"
                and before_a_refused_window(text, reading, mention)
            ):
                return Reading("open", cue=reading.cue)
            if (
                reading is not None
                and reading.role == "deadline"
                and (
                    changes_what_was_sent(text, hits, reading, mention.start)
                    or not_the_candidates_day(text, cues, hits, reading, mention)
                    or closes_a_poll(text, cues, mention)
                    or bounds_another_verb(text, cues, reading, mention, low)
                )
            ):
                return None
        if reading is None and after_a_refused_window(text, mention):
            reading = Reading("deadline", nearest_kind(hits), "after")
        inherited = False
        if reading is None and not heads_line and not self._tail_taken:
            # the words after a date never reach into the next line
            reading = from_lookahead(text, cues, mention, line_end(text, mention.tail_end, stop))
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
                and not (  # "return it before:" / "• Doctoral contracts – 10 May"
                    _BULLET_ITEM.search(since)
                    and not cues.between(self._previous_end, mention.start)
                )
            )
            if (
                len(gap.strip()) <= _INHERIT_GAP
                and not ended
                and not own_line
                and not BOUNDARY.search(gap)
                and not any(h.cls in ROLE_CLASSES for h in hits)
                and low == floor
            ):
                reading = Reading(previous.role, None, previous.cue)
                inherited = True
        if (
            reading is None
            and mention.is_range
            and any(h.cls == APPLY or h.cls in KIND_CLASSES for h in hits)
        ):
            reading = Reading("deadline", nearest_kind(hits), "")
        if reading is None and mention.is_range:
            reading = window_heading_its_sentence(text, cues, mention) or (
                bare_window_under_a_call(text, cues, mention)
            )
        if reading is None and index > 0:
            reading = bare_line_after_bare_line(text, self.mentions[index - 1], mention)
        if reading is None or reading.role == "none":
            return None
        if reading.role == "open" and mention.is_range and reading.kind is None:
            # "Pré-inscription à partir du 17 janvier jusqu'au 14 mars": the window's kind
            reading.kind = nearest_kind(hits)
        if reading.role == "event" and reading.kind is None:
            reading.kind = previous.kind if previous and inherited else "autre"
        if reading.role == "deadline" and reading.kind is None:
            if inherited:
                reading.kind = nearest_kind(hits)
            if reading.kind is None:
                after = lookahead_kind(text, cues, mention, stop)
                if after is not None:
                    reading.kind, reading.consumed = after
            if reading.kind is None:
                reading.kind = previous.kind if inherited and previous else None
            if reading.kind is None and not inherited:
                # "Les remontées d'informations … sont attendues le 13 mars au plus tard":
                # the cue came after the date, what is sent before it
                reading.kind = nearest_kind(hits)
            if reading.kind is None:
                reading.kind, reading.explicit = "application", False
        return reading


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
    mentions = resolve(find_mentions(text), page_date, text)
    attach_times(text, mentions, find_times(text))
    cues = CueIndex(text)

    deadlines: list[tuple[Deadline, bool]] = []
    events: list[Event] = []
    opens: date | None = None
    reader = _Reader(text, cues, mentions)
    labels: dict[date, str] = {}  # the words before each deadline's first mention
    for mention, reading in reader.readings():
        if reading is None or mention.value is None:
            continue
        if reading.role == "deadline" and is_the_page_stamp(text, mention, page_date):
            reading = Reading("event", "publication", "")
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
        if reading.role == "window-start":
            opens = opens or start
            continue
        if start is not None:
            opens = opens or start
        kind: DeadlineKind = reading.kind if reading.kind in _KINDS else "application"  # type: ignore[assignment]
        deadline = Deadline(mention.value, mention.time, kind, "day")
        deadlines.append((deadline, reading.explicit))
        labels.setdefault(mention.value, text[max(0, mention.start - LABEL_REACH) : mention.start])

    # a day given up ("initialement fixée au …") is given up wherever the page repeats it
    deadlines = [(d, explicit) for d, explicit in deadlines if d.date not in reader.given_up]
    if not deadlines and (window := call_window(text, events)) is not None:
        start, end = window
        events.remove(end)
        deadlines.append((Deadline(end.date, end.time, "application", "day"), False))
        opens = opens or start
    deadlines = registration_first(text, deadlines, labels)
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
    guessed. A date without a year is the first such date on or after ``page_date``
    (or the same day just past, when it falls a few weeks before it);
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
