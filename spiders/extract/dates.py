"""Find every date written in a folded text, with its span, before deciding what it means.

Spotting and meaning are kept apart: this module only says "there is a date here,
day- or month-precise, maybe a range"; ``cues`` and ``extractor`` decide whether it
is a deadline, an opening or an event. Years missing from the text are filled in by
``resolve`` from the page date, the one place that rule lives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from veille.spiders.extract.scan import WordScanner

MONTHS: dict[str, int] = {
    # French, full and the abbreviations seen on faculty pages (folded: no accents)
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # English, for funders publishing in English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # Italian and German, which Swiss funders' pages mix with English and French
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "januar": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}  # fmt: skip
_ENGLISH_MONTHS = [
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
    "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november",
    "nov", "december", "dec",
]  # fmt: skip


def _alternation(words: list[str] | dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# a month's name, French, English, Italian or German (the readers use it too)
MONTH = rf"(?:{_alternation(MONTHS)})(?![a-z])\.?"
_EN_MONTH = rf"(?:{_alternation(_ENGLISH_MONTHS)})(?![a-z])\.?"
WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday),?"
)
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01]|premier)"
_ORDINAL = r"(?:\s?(?:er|eme|e|st|nd|rd|th)(?![a-z]))?"
# A footnote marker glued to a year ("1er juin 20201" in a PDF) is not part of it.
_YEAR_TAIL = r"(?:\s?,?\s*(?P<year>(?:19|20)\d\d)\d?(?!\d))?"

_DAY_MONTH = re.compile(
    # "13. January 2021" (the German way, on European consortia's pages), with its year only:
    # "1. May 3rd, 2027" is an item's number
    rf"(?<![\d\w])(?<!\d[.,/:])(?P<day>{_DAY})"
    rf"(?:{_ORDINAL}|\.(?=\s*{MONTH}\s*,?\s*{_YEAR}))\s*(?:de\s+|of\s+)?"
    rf"(?P<month>{MONTH}){_YEAR_TAIL}"
)
_MONTH_DAY = re.compile(
    rf"(?<![a-z])(?P<month>{_EN_MONTH})\s+(?:the\s+)?(?P<day>[0-3]?\d)(?!\d)"
    rf"(?:\s?(?:st|nd|rd|th))?(?![a-z:])(?!\s?h\s?\d){_YEAR_TAIL}"
)
_NUMERIC = re.compile(
    # "1er/10/27": some faculty pages write the first of the month this way too.
    r"(?<![\d/.-])(?P<day>[0-3]?\d)(?:er)?(?P<sep>[/.-])(?P<month>[0-3]?\d)(?P=sep)"
    r"(?P<year>\d{4}|\d\d)(?!\d)(?![/.-]\d)"
)
# "31. 08. 2026": Swiss federal pages space their numeric dates (a full year only, so
# that "1. 12. 20 participants" stays a list)
_SPACED_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<day>[0-3]?\d)\. (?P<month>[01]?\d)\. (?P<year>(?:19|20)\d\d)(?!\d)"
)
_ISO = re.compile(
    r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<day>[0-3]?\d)(?!\d)"
)
# "15/05" without a year: only with a slash, the common French short form
# and two digits each, so that "les 3/4 des crédits" stays a fraction; a year may follow
# after a space ("du 11/01 au 25/01 2027")
_SHORT_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<day>[0-3]\d)/(?P<month>[01]\d)(?![\d/])(?!\.\d)"
    r"(?:[ \t](?P<year>(?:19|20)\d\d)(?![\d/:h]|\.\d))?"
)
_MONTH_YEAR = re.compile(rf"(?<![a-z\d])(?P<month>{MONTH})\s*(?:de\s+)?(?P<year>{_YEAR})")
_APPROX_MONTH = re.compile(
    r"(?<![a-z])(?:fin|mi|courant|debut|milieu|early|mid|late|end\s+of|beginning\s+of"
    r"|the\s+end\s+of|the\s+middle\s+of|the\s+beginning\s+of)(?:\s*-\s*|\s+)"
    r"(?:(?:du\s+)?mois\s+(?:de\s+|d')|de\s+|d'|of\s+)?"
    rf"(?P<month>{MONTH})(?:\s*(?P<year>{_YEAR}))?"
)
# "du 3 au 28 février 2025", "entre le 3 et le 5 juin", "12-14 décembre"
_DAY_RANGE = re.compile(
    rf"(?<![\w])(?:(?P<pre>du|entre(?:\s+le)?|from|between(?:\s+the)?)\s+(?:{WEEKDAY}\s+)?)?"
    rf"(?P<day1>{_DAY}){_ORDINAL}"
    rf"(?:\s*(?P<month1>{MONTH})(?:\s*(?P<year1>{_YEAR}))?)?"
    rf"(?P<sep>\s*(?:au|et(?:\s+le)?|to|and(?:\s+the)?|-)\s*)(?:le\s+)?(?:{WEEKDAY}\s+)?"
    rf"(?P<day>{_DAY}){_ORDINAL}\s*(?:of\s+)?(?P<month>{MONTH}){_YEAR_TAIL}"
)
# "June 5-7, 2026"
_EN_DAY_RANGE = re.compile(
    rf"(?<![a-z])(?P<month>{_EN_MONTH})\s+(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"(?P<sep>\s*(?:-|to|through)\s*)(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?{_YEAR_TAIL}"
)
_PAIR_PREFIX = re.compile(
    rf"(?:\b(?:du|from|entre(?:\s+le)?|between))\s+(?:le\s+)?(?:{WEEKDAY}\s+)?$"
)
# "du 1 juin 2024 00:00:00 au 30 juin 2024", "March 30, 2022 at 12:00 noon to May 23",
# "du mardi 3 octobre 2023, 10 heures, heure de Paris au jeudi 26 octobre": the start's
# own time, and its zone, may stand between the two dates
_TIME_IN_GAP = (
    r"(?:[\s,]*(?:a|at)?\s*\d{1,2}\s*(?:[:h]\s*\d\d(?::\d\d)?|h(?![a-z\d])|heures?(?:\s*\d\d)?)"
    r"(?:\s*(?:noon|midi|[ap]\.?m\.?))?"
    r"(?:[\s,]*\(?(?:heure (?:de paris|locale|francaise)|paris time|cet|cest"
    r"|utc(?:\s*[+-]\s*\d{1,2})?)\)?)?)?"
)
_PAIR_GAP = re.compile(
    rf"{_TIME_IN_GAP}\s*(?:au|to|until|till|through|jusqu'au|et(?:\s+le)?|and|-)\s*(?:le\s+)?"
    rf"(?:{WEEKDAY}\s+)?"
)


_DASH_GAP = re.compile(r"\s*-\s*")
_LETTER = re.compile(r"[a-z]")
_WORD_GAP = re.compile(rf"{_TIME_IN_GAP}\s*(?:au|to)\s+(?:le\s+)?(?:{WEEKDAY}\s+)?")


@dataclass
class Mention:
    """One written date (or range) and where it sits in the folded text.

    ``day`` is None for a month-precise mention ("fin mars"); ``year`` is None when
    the text gave none. ``first_*`` describe the start of a range.
    """

    start: int
    end: int
    month: int
    day: int | None
    year: int | None
    first_day: int | None = None
    first_month: int | None = None
    first_year: int | None = None
    first_end: int | None = None
    value: date | None = None
    first_value: date | None = None
    time: time | None = None
    first_time: time | None = None
    tail_end: int = 0

    @property
    def is_range(self) -> bool:
        return self.first_month is not None

    @property
    def precision(self) -> str:
        return "month" if self.day is None else "day"


def _day(raw: str) -> int:
    return 1 if raw == "premier" else int(raw)


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    value = int(raw)
    return 2000 + value if value < 100 else value


def _month_first(numeric: list[re.Match[str]]) -> bool:
    """ "05/17/2023" on an English page: when a numeric date can only be month/day and
    none can only be day/month, the text writes them all month first."""
    only_month_first = any(int(m["month"]) > 12 >= int(m["day"]) for m in numeric)
    only_day_first = any(int(m["day"]) > 12 >= int(m["month"]) for m in numeric)
    return only_month_first and not only_day_first


_SPOTTERS = (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _SPACED_NUMERIC, _ISO, _SHORT_NUMERIC,
             _MONTH_YEAR, _APPROX_MONTH, _DAY_RANGE, _EN_DAY_RANGE)  # fmt: skip
_SCANNER = WordScanner(_SPOTTERS)


def _matches(text: str) -> dict[re.Pattern[str], list[re.Match[str]]]:
    """Each spotting pattern's ``finditer`` matches, looked for only where a run of
    letters or digits can start one (``scan``)."""
    return dict(zip(_SPOTTERS, _SCANNER.finditer_all(text), strict=True))


def _candidates(text: str) -> list[Mention]:
    found: list[Mention] = []
    hits = _matches(text)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in hits[pattern]:
            found.append(
                Mention(
                    m.start(),
                    m.end(),
                    MONTHS[m["month"].rstrip(".")],
                    _day(m["day"]),
                    _year(m["year"]),
                )
            )
    numeric = hits[_NUMERIC]
    month_first = _month_first(numeric)
    for m in numeric:
        day, month = (m["month"], m["day"]) if month_first else (m["day"], m["month"])
        found.append(Mention(m.start(), m.end(), int(month), int(day), _year(m["year"])))
    for m in hits[_SPACED_NUMERIC]:
        found.append(Mention(m.start(), m.end(), int(m["month"]), int(m["day"]), _year(m["year"])))
    for m in hits[_ISO]:
        found.append(Mention(m.start(), m.end(), int(m["month"]), int(m["day"]), _year(m["year"])))
    for m in hits[_SHORT_NUMERIC]:
        found.append(Mention(m.start(), m.end(), int(m["month"]), int(m["day"]), _year(m["year"])))
    for pattern in (_MONTH_YEAR, _APPROX_MONTH):
        for m in hits[pattern]:
            found.append(
                Mention(m.start(), m.end(), MONTHS[m["month"].rstrip(".")], None, _year(m["year"]))
            )
    for m in hits[_DAY_RANGE]:
        sep = m["sep"].strip()
        pre = m["pre"]
        if sep.startswith(("et", "and")) and not (pre or "").startswith(("entre", "between")):
            continue
        if sep == "-" and pre is None and m["sep"] != "-":
            continue  # "2 - 15 mars" is more often a list than a range
        month = MONTHS[m["month"].rstrip(".")]
        month1 = MONTHS[m["month1"].rstrip(".")] if m["month1"] else month
        found.append(
            Mention(
                m.start(),
                m.end(),
                month,
                _day(m["day"]),
                _year(m["year"]),
                first_day=_day(m["day1"]),
                first_month=month1,
                first_year=_year(m["year1"]),
                first_end=m.start("sep"),
            )
        )
    for m in hits[_EN_DAY_RANGE]:
        month = MONTHS[m["month"].rstrip(".")]
        found.append(
            Mention(
                m.start(),
                m.end(),
                month,
                int(m["day"]),
                _year(m["year"]),
                first_day=int(m["day1"]),
                first_month=month,
                first_end=m.start("sep"),
            )
        )
    return found


def _joined_without_prefix(text: str, previous: Mention, mention: Mention) -> bool:
    """Two dates that make a range with no "du" before them.

    "3 mars 2027 - 14 avril 2027" and "11/01/2025 au 15 mars 2025": two full dates joined
    by a dash, "au" or "to"; "March 1 - March 31 2023": a dash between two dates that both
    name their month, the year written once at the end.
    """
    if mention.year is None:
        return False
    gap = text[previous.end : mention.start]
    if previous.year is not None:
        return _DASH_GAP.fullmatch(gap) is not None or _WORD_GAP.fullmatch(gap) is not None
    named = all(_LETTER.search(text, m.start, m.end) for m in (previous, mention))
    return named and _DASH_GAP.fullmatch(gap) is not None and previous.month <= mention.month


def _pair(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join "du 20 décembre 2024 au 15 janvier 2025" (two full dates) into one range."""
    paired: list[Mention] = []
    for mention in mentions:
        previous = paired[-1] if paired else None
        if (
            previous is not None
            and not previous.is_range
            and not mention.is_range
            and previous.precision == mention.precision
            and _PAIR_GAP.fullmatch(text, previous.end, mention.start)
        ):
            prefix = _PAIR_PREFIX.search(text[max(0, previous.start - 40) : previous.start])
            if prefix is not None or _joined_without_prefix(text, previous, mention):
                paired[-1] = Mention(
                    previous.start - (len(prefix.group(0)) if prefix else 0),
                    mention.end,
                    mention.month,
                    mention.day,
                    mention.year,
                    first_day=previous.day,
                    first_month=previous.month,
                    first_year=previous.year,
                    first_end=previous.end,
                )
                continue
        paired.append(mention)
    return paired


def find_mentions(text: str) -> list[Mention]:
    """All date mentions, left to right, never overlapping (the longest wins at a place)."""
    chosen: list[Mention] = []
    last_end = -1
    for mention in sorted(_candidates(text), key=lambda m: (m.start, -(m.end - m.start))):
        if mention.start >= last_end:
            chosen.append(mention)
            last_end = mention.end
    return _same_month(text, _share_years(text, _pair(text, chosen)))


# "ouverte le 7 novembre …, jusqu'au 14 du même mois": a day whose month is the one before
_SAME_MONTH = re.compile(rf"(?<![\d\w])(?P<day>{_DAY}){_ORDINAL} du (?:meme|dit) mois(?![a-z])")


def _same_month(text: str, mentions: list[Mention]) -> list[Mention]:
    """Adds the days written "le 14 du même mois", with the month and year of the date
    before them."""
    extra: list[Mention] = []
    for m in _SAME_MONTH.finditer(text) if "mois" in text else ():
        before = [x for x in mentions if x.end <= m.start() and x.day is not None]
        if before:
            month, year = before[-1].month, before[-1].year
            extra.append(Mention(m.start(), m.end(), month, _day(m["day"]), year))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


_LIST_GAP = re.compile(r"\s*(?:,|;|&|et|and)\s*(?:le\s+|the\s+)?")


def _share_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "April 1st & November 1st 2022", "les 1er mars et 15 avril 2027": a list of days
    that writes its year once, after the last, gives that year to the others."""
    for mention, after in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if (
            mention.year is None
            and mention.day is not None
            and not mention.is_range
            and after.year is not None
            and mention.month <= (after.first_month or after.month)
            and _LIST_GAP.fullmatch(text, mention.end, after.start)
        ):
            mention.year = after.first_year or after.year
    return mentions


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _first_on_or_after(month: int, day: int, base: date) -> date | None:
    """The first (day, month) on or after ``base``; Feb 29 waits for a leap year."""
    for year in range(base.year, base.year + 9):
        candidate = _make(year, month, day)
        if candidate is not None and candidate >= base:
            return candidate
    return None


def _resolve_end(mention: Mention, base: date | None, yearly: bool = False) -> date | None:
    day = mention.day or 1
    if mention.year is not None:
        if not 1900 <= mention.year <= 2099:
            return None
        return _make(mention.year, mention.month, day)
    if base is None:
        return None  # no year and no page date: which year is meant cannot be known
    if mention.day is None:
        year = base.year if mention.month >= base.month else base.year + 1
        return _make(year, mention.month, 1)
    recent = None if yearly else _just_before(mention.month, mention.day, base)
    return recent or _first_on_or_after(mention.month, mention.day, base)


RECENT_DAYS = 45  # a year-less day this close before the page's date is that recent day


def _just_before(month: int, day: int, base: date) -> date | None:
    """ "jusqu'au 22 août" in an article of 27 August: the day just past, not next year's
    (no page announces a call a year ahead without its year)."""
    for year in (base.year, base.year - 1):
        candidate = _make(year, month, day)
        if candidate is not None and candidate < base:
            return candidate if (base - candidate).days <= RECENT_DAYS else None
    return None


def _resolve_start(mention: Mention, end: date) -> date | None:
    assert mention.first_month is not None
    day = mention.first_day if mention.first_day is not None else 1
    if mention.first_year is not None:
        start = _make(mention.first_year, mention.first_month, day)
    else:
        year = end.year - 1 if (mention.first_month, day) > (end.month, end.day) else end.year
        start = _make(year, mention.first_month, day)
    if start is None or start > end:
        return None
    return start


_YEARLY = re.compile(
    r"(?<![a-z])(?:chaque annee|tous les ans|annuellement|each year|every year"
    r"|annually|yearly)(?![a-z])"
)


# not "Le 29 juillet dernier délai de dépôt …", where "dernier" is the deadline's own word
_TENSE = re.compile(
    r"\s*(?:(?P<past>dernier|derniere|passe|passee)|courant)(?![a-z])"
    r"(?! (?:delai|jour|date|limite|carat|moment|rappel|minute|appel))"
)


def _last_on_or_before(month: int, day: int, base: date) -> int:
    candidate = _make(base.year, month, day)
    return base.year if candidate is not None and candidate <= base else base.year - 1


def resolve(mentions: list[Mention], base: date | None, text: str = "") -> list[Mention]:
    """Give each mention its calendar date; impossible dates ("31 février") are dropped.

    ``base`` is the page date; None (unknown) leaves year-less dates unresolved. A
    year-less day a few weeks before it is that day just past, unless ``text`` says the
    day comes back each year ("chaque année avant le 30 juin": the next one).
    """
    kept: list[Mention] = []
    for mention in mentions:
        yearly = False
        if mention.year is None and text:
            yearly = _YEARLY.search(text, max(0, mention.start - 80), mention.start) is not None
            tense = _TENSE.match(text, mention.end)
            if tense is not None and base is not None and mention.day is not None:
                # "le 4 novembre dernier": the one just past; "le 7 novembre courant": this year's
                past = tense["past"] is not None
                mention.year = (
                    _last_on_or_before(mention.month, mention.day, base) if past else base.year
                )
        mention.value = _resolve_end(mention, base, yearly)
        if mention.value is None:
            continue
        if mention.is_range:
            mention.first_value = _resolve_start(mention, mention.value)
        kept.append(mention)
    return kept
