"""Run many patterns over one text at the cost of the few places they can match.

Speed only: ``WordScanner.finditer_all`` returns, for each pattern, exactly the
matches ``pattern.finditer(text)`` would. The cue, date and time patterns start
with a lookbehind such as ``(?<![a-z])`` or ``(?<![\\d/.-])`` and then a letter or
a digit: they can only match where a run of letters or of digits begins. And each
can only match where the text starts with one of a few short literal prefixes,
derived here from the compiled pattern itself (never written by hand, so the lists
of patterns can change freely). ``re`` cannot skip ahead on its own: a lookbehind
first disables its fast search, and it tries every alternative at every character.
Here the runs are found once per text, each run's first ``PREFIX_CHARS`` characters
select the patterns that may start there, and ``pattern.match`` runs only at those
places, in the order ``finditer`` would try them.

A pattern whose prefixes cannot be derived (one that may start with anything, or a
form of the parser this does not know) is simply run with ``finditer``. ``\\d``
stands for the ten ASCII digits in a prefix; a text holding any other decimal digit
("٣") has the patterns that rely on that run with ``finditer`` too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

try:  # the parser behind ``re``: private, so any surprise means "no shortcut"
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: How many leading characters the prefixes hold; more select better, but multiply.
PREFIX_CHARS = 4
_MAX_PREFIXES = 400
_SMALL_SET = 16  # a character class larger than this ends a prefix
_MAX_KEYS = 50_000  # run beginnings remembered, with the patterns that may start there

_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# (text, open): a match starts with ``text``; open means more may follow unknown.
_Prefixes = frozenset[tuple[str, bool]]
_ANYTHING: _Prefixes = frozenset({("", True)})
_NOTHING: _Prefixes = frozenset({("", False)})

_RUN = re.compile(r"[a-z]+|[0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


class _TooMany(Exception):
    """The prefixes of a pattern multiply past ``_MAX_PREFIXES`` at this length."""


class _Unknown(Exception):
    """The pattern holds a form this reader does not know."""


@dataclass
class _Reading:
    """What deriving one pattern's prefixes met on the way."""

    k: int
    digit_class: bool = False  # a ``\\d`` was read as the ten ASCII digits


def _concat(first: _Prefixes, then: _Prefixes, k: int) -> _Prefixes:
    """What ``first`` followed by ``then`` may start with, cut to ``k`` characters."""
    out: set[tuple[str, bool]] = set()
    for head, head_open in first:
        if head_open or len(head) >= k:
            out.add((head[:k], True))
            continue
        for tail, tail_open in then:
            joined = head + tail
            out.add((joined[:k], True) if len(joined) >= k else (joined, tail_open))
    if len(out) > _MAX_PREFIXES:
        raise _TooMany
    return frozenset(out)


def _sequence(items: Sequence[tuple[object, object]], reading: _Reading) -> _Prefixes:
    result = _NOTHING
    for op, av in items:
        result = _concat(result, _item(op, av, reading), reading.k)
        if all(is_open for _, is_open in result):
            break  # nothing after can change a prefix any more
    return result


def _charset(items: list[tuple[object, object]], reading: _Reading) -> set[str] | None:
    """The characters of a small, positive character class; None for any other."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is _sre.RANGE and av[1] - av[0] < _SMALL_SET:  # type: ignore[index]
            chars.update(chr(c) for c in range(av[0], av[1] + 1))  # type: ignore[index]
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            chars.update(_DIGITS)
            reading.digit_class = True
        else:  # NEGATE, other categories, a large range
            return None
    return chars if len(chars) <= _SMALL_SET else None


def _item(op: object, av: object, reading: _Reading) -> _Prefixes:
    """What one parsed item may start with (zero-width assertions start with nothing)."""
    if op is _sre.LITERAL:
        return frozenset({(chr(av), False)})  # type: ignore[arg-type]
    if op is _sre.IN:
        chars = _charset(av, reading)  # type: ignore[arg-type]
        return _ANYTHING if chars is None else frozenset((c, False) for c in chars)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _NOTHING  # leaving a condition out only lets more places through
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
        if add_flags & (_sre.SRE_FLAG_IGNORECASE | _sre.SRE_FLAG_LOCALE):
            return _ANYTHING
        return _sequence(sub.data, reading)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av.data, reading)  # type: ignore[attr-defined]
    if op is _sre.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alternative in av[1]:  # type: ignore[index]
            out |= _sequence(alternative.data, reading)
        return frozenset(out)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av  # type: ignore[misc]
        body = _sequence(sub.data, reading)
        result = _NOTHING
        for _ in range(min(low, reading.k)):
            result = _concat(result, body, reading.k)
        if high > low:  # maybe more copies: at least one more, then anything
            result = result | _concat(result, _concat(body, _ANYTHING, reading.k), reading.k)
        return result
    if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS, _sre.ANY, _sre.NOT_LITERAL):
        return _ANYTHING
    raise _Unknown(op)


def _parsed(pattern: re.Pattern[str]) -> list[tuple[object, object]] | None:
    if pattern.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    try:
        return list(_sre_parse.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # a private parser: any failure means no shortcut
        return None


def _derive(pattern: re.Pattern[str], k: int) -> tuple[tuple[str, ...], bool] | None:
    """(prefixes, whether ``\\d`` was read as ASCII digits), or None."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    for length in range(k, 0, -1):
        reading = _Reading(length)
        try:
            found = _sequence(parsed, reading)
        except _TooMany:
            continue
        except Exception:  # an unknown form, or a parser this does not read
            return None
        if any(not text for text, _ in found):
            return None  # it may match the empty string, or start with anything
        return tuple(sorted(text for text, _ in found)), reading.digit_class
    return None


def literal_prefixes(pattern: re.Pattern[str], k: int = PREFIX_CHARS) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with (``\\d`` read as the
    ASCII digits); None when some match may start with anything."""
    derived = _derive(pattern, k)
    return derived[0] if derived else None


def _runs_after(pattern: re.Pattern[str]) -> tuple[bool, bool]:
    """Whether ``pattern`` opens with a lookbehind that refuses a letter before it (a
    match starting with a letter then begins a run of letters), and one that refuses
    a digit (a match starting with a digit begins a run of digits)."""
    letters = digits = False
    for op, av in _parsed(pattern) or []:
        if op not in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            break
        if op is not _sre.ASSERT_NOT or av[0] != -1 or len(av[1].data) != 1:  # type: ignore[index]
            continue
        inner_op, inner = av[1].data[0]  # type: ignore[index]
        if inner_op is _sre.LITERAL:
            inner = [(inner_op, inner)]
        elif inner_op is not _sre.IN:
            continue
        if any(op is _sre.NEGATE for op, _ in inner):
            continue
        refused = {chr(av) for op, av in inner if op is _sre.LITERAL}
        for op, av in inner:
            if op is _sre.RANGE:
                refused.update(chr(c) for c in range(av[0], av[1] + 1))
            elif op is _sre.CATEGORY and av in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_WORD):
                refused.update(_DIGITS)
                if av is _sre.CATEGORY_WORD:
                    refused.update(_LETTERS)
        letters = letters or refused.issuperset(_LETTERS)
        digits = digits or refused.issuperset(_DIGITS)
    return letters, digits


_SCANNERS: list[WordScanner] = []  # every scanner, so one pass over a text serves all
# what a run's first characters bring into play: (scanner, pattern) pairs
_BY_KEY: dict[str, tuple[tuple[int, int], ...]] = {}


def _entries(key: str) -> tuple[tuple[int, int], ...]:
    """The (scanner, pattern) pairs that may start where the text reads ``key`` (its
    next ``PREFIX_CHARS`` characters, fewer at its end): a prefix is never longer, so
    this is exactly "the text starts here with one of the pattern's prefixes"."""
    found = tuple(
        (slot, index)
        for slot, scanner in enumerate(_SCANNERS)
        for index, prefixes in scanner.prefixes.items()
        if any(key.startswith(p) for p in prefixes)
    )
    if len(_BY_KEY) < _MAX_KEYS:
        _BY_KEY[key] = found
    return found


@lru_cache(maxsize=8)
def _places(text: str) -> tuple[list[dict[int, list[int]]], bool]:
    """Per scanner, per pattern, where a match may start, left to right; and whether
    the text holds a decimal digit beyond 0-9. The cue, date and time scanners all
    read the same folded text: its runs are walked once for all of them."""
    places: list[dict[int, list[int]]] = [{} for _ in _SCANNERS]
    by_key = _BY_KEY
    for run in _RUN.finditer(text):
        start = run.start()
        key = text[start : start + PREFIX_CHARS]
        entries = by_key.get(key)
        if entries is None:
            entries = _entries(key)
        for slot, index in entries:
            where = places[slot]
            if index in where:
                where[index].append(start)
            else:
                where[index] = [start]
    return places, _other_digits(text)


def _other_digits(text: str) -> bool:
    """Whether the text holds a decimal digit ``\\d`` matches beyond 0-9."""
    if text.isascii():
        return False
    return any(ch.isdecimal() for run in _NON_ASCII.findall(text) for ch in run)


class WordScanner:
    """``finditer`` of several patterns over one text, only where each may match."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.prefixes: dict[int, tuple[str, ...]] = {}
        self._ascii_digits: list[int] = []  # scanned only when \d is 0-9 in the text
        self._everywhere: list[int] = []  # run with plain finditer
        for index, pattern in enumerate(self.patterns):
            letters, digits = _runs_after(pattern)
            derived = _derive(pattern, PREFIX_CHARS)
            if derived is not None and all(
                (letters and p[0] in _LETTERS) or (digits and p[0] in _DIGITS) for p in derived[0]
            ):
                self.prefixes[index] = derived[0]
                if derived[1]:
                    self._ascii_digits.append(index)
            else:
                self._everywhere.append(index)
        self._slot = len(_SCANNERS)
        _SCANNERS.append(self)
        _BY_KEY.clear()
        _places.cache_clear()

    def places(self, text: str) -> dict[int, list[int]]:
        """For each pattern, the positions where it may match, left to right."""
        return _places(text)[0][self._slot]

    def finditer_all(self, text: str) -> list[list[re.Match[str]]]:
        """Per pattern, the matches of ``pattern.finditer(text)``, in its order."""
        places, other_digits = _places(text)
        where = places[self._slot]
        return [
            self._matches(index, text, where, other_digits) for index in range(len(self.patterns))
        ]

    def _matches(
        self,
        index: int,
        text: str,
        where: dict[int, list[int]],
        other_digits: bool,
    ) -> list[re.Match[str]]:
        """One pattern's matches: at its possible places, or with finditer."""
        pattern = self.patterns[index]
        if index not in self.prefixes or (other_digits and index in self._ascii_digits):
            return list(pattern.finditer(text))
        match = pattern.match
        found: list[re.Match[str]] = []
        cursor = 0
        for start in where.get(index, ()):
            if start < cursor:
                continue  # inside the previous match: finditer goes on from its end
            m = match(text, start)
            if m is not None:
                found.append(m)
                cursor = m.end()
        return found
