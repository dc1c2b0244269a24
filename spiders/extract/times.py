"""Find clock times ("17h", "17 h 30", "17:00", "5 pm", "minuit") in folded text.

A time only matters once tied to a date: ``find_times`` lists them with their spans,
``attach_times`` gives each date the time it sits next to.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import time

from veille.spiders.extract.dates import Mention
from veille.spiders.extract.scan import WordScanner

_H_FORM = re.compile(
    r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])\s*(?:heures?|hrs?|h)(?:\s*(?P<minute>[0-5]\d))?"
    r"(?:\s*min)?(?![a-z\d])"
)
_COLON_FORM = re.compile(
    r"(?<![\d:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
    r"(?:\s*(?P<half>a\.?m\.?|p\.?m\.?)(?![a-z]))?"
)
_ENGLISH_FORM = re.compile(
    r"(?<![\d:.])(?P<hour>1[0-2]|0?[1-9])\s*(?P<half>a\.?m\.?|p\.?m\.?)(?![a-z])"
)
# "minuit" ends the day (23:59, as the call means "before the day is over")
_WORDS = re.compile(r"(?<![a-z-])(?:(?P<late>minuit|midnight)|(?P<noon>midi|noon))(?![a-z]|-pyr)")
# "à 24 heures", "24h00", "24:00 CET": the end of the day, like "minuit"
_END_OF_DAY = re.compile(r"(?<![\d:.,])24(?:\s*(?:heures?|h)(?:\s*00)?|:00(?::00)?)(?![a-z\d:])")
_AFTERNOON = re.compile(r"apres-?\s?$")


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    value: time


def _twelve_hour(hour: int, half: str | None) -> int:
    if not half:
        return hour
    if half.startswith("p") and hour < 12:
        return hour + 12
    if half.startswith("a") and hour == 12:
        return 0
    return hour


# Looked for only where a run of letters or digits can start one (``scan``).
_SPOTTERS = (_END_OF_DAY, _H_FORM, _COLON_FORM, _ENGLISH_FORM, _WORDS)
_SCANNER = WordScanner(_SPOTTERS)


def find_times(text: str) -> list[TimeMention]:
    """All times in ``text``, left to right, never overlapping."""
    found: list[TimeMention] = []
    hits = dict(zip(_SPOTTERS, _SCANNER.finditer_all(text), strict=True))
    for m in hits[_END_OF_DAY]:
        found.append(TimeMention(m.start(), m.end(), time(23, 59)))
    for m in hits[_H_FORM]:
        found.append(TimeMention(m.start(), m.end(), time(int(m["hour"]), int(m["minute"] or 0))))
    for pattern in (_COLON_FORM, _ENGLISH_FORM):
        for m in hits[pattern]:
            hour = _twelve_hour(int(m["hour"]), m["half"])
            minute = int(m.groupdict().get("minute") or 0)
            if hour < 24:
                found.append(TimeMention(m.start(), m.end(), time(hour, minute)))
    for m in hits[_WORDS]:
        if m["noon"] and _AFTERNOON.search(text, max(0, m.start() - 7), m.start()):
            continue  # "après-midi" is a part of the day, not noon
        value = time(23, 59) if m["late"] else time(12, 0)
        found.append(TimeMention(m.start(), m.end(), value))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[TimeMention] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


_TIME_AFTER_GAP = re.compile(
    r"[\s,(\-]*(?:(?:au|le) soir[\s,(]*)?"  # "10 avril au soir (23h59)"
    r"(?:(?:inclus(?:e|es)?|included)[\s,(]*)?"  # "26 octobre inclus (au plus tard à 17 heures"
    r"(?:au plus tard[\s,]*)?"
    r"(?:(?:a|at|avant|jusqu'a|by|before|until|vers|des|t)(?![a-z])[\s,]*)?"
)

_TIME_ZONE = r"(?:\(?\s*heure de paris\s*\)?|\(?\s*(?:paris time|cet|cest|utc)\s*\)?)"

_TIME_BEFORE_GAP = re.compile(
    rf"[\s,]*{_TIME_ZONE}?[\s,]*(?:(?:le|du|on|the)(?![a-z])[\s,]*){{0,2}}"
)


def attach_times(text: str, mentions: list[Mention], times: list[TimeMention]) -> None:
    """Give each date the time written right after it (or right before: "17h le 15 mars")."""
    starts = [t.start for t in times]
    taken: set[int] = set()
    for mention in mentions:
        mention.tail_end = mention.end
        i = bisect_left(starts, mention.end)
        if (
            i < len(times)
            and times[i].start - mention.end <= 32  # " inclus (au plus tard à 17h"
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
