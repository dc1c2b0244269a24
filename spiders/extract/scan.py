"""Run many word patterns over one text at the cost of the few places they can match.

Speed only: ``WordScanner.finditer_all`` returns, for each pattern, exactly the
matches ``pattern.finditer(text)`` would. The cue patterns all start with
``(?<![a-z])`` and a letter, so they can only match where a run of letters begins;
and each can only match where the text starts with one of a few short literal
prefixes, derived here from the compiled pattern itself (never written by hand, so
the lists of patterns can change freely). ``re`` cannot skip ahead on its own: a
lookbehind first disables its fast search, and it tries every alternative at every
character. Here the runs of letters are found once per text, each run's first two
characters select the patterns that may start there, and ``pattern.match`` runs
only at those places, in the order ``finditer`` would try them.

A pattern whose prefixes cannot be derived (one that may start with anything, or a
form of the parser this does not know) is simply run with ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
_MAX_KEYS = 50_000  # word beginnings remembered, with the patterns that may start there

# (text, open): a match starts with ``text``; open means more may follow unknown.
_Prefixes = frozenset[tuple[str, bool]]
_ANYTHING: _Prefixes = frozenset({("", True)})
_NOTHING: _Prefixes = frozenset({("", False)})

_RUN = re.compile(r"[a-z]+")


class _TooMany(Exception):
    """The prefixes of a pattern multiply past ``_MAX_PREFIXES`` at this length."""


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


def _sequence(items: Sequence[tuple[object, object]], k: int) -> _Prefixes:
    result = _NOTHING
    for op, av in items:
        result = _concat(result, _item(op, av, k), k)
        if all(is_open for _, is_open in result):
            break  # nothing after can change a prefix any more
    return result


def _charset(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters of a small, positive character class; None for any other."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is _sre.RANGE and av[1] - av[0] < _SMALL_SET:  # type: ignore[index]
            chars.update(chr(c) for c in range(av[0], av[1] + 1))  # type: ignore[index]
        else:  # NEGATE, CATEGORY, a large range
            return None
    return chars if len(chars) <= _SMALL_SET else None


def _item(op: object, av: object, k: int) -> _Prefixes:
    """What one parsed item may start with (zero-width assertions start with nothing)."""
    if op is _sre.LITERAL:
        return frozenset({(chr(av), False)})  # type: ignore[arg-type]
    if op is _sre.IN:
        chars = _charset(av)  # type: ignore[arg-type]
        return _ANYTHING if chars is None else frozenset((c, False) for c in chars)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _NOTHING  # leaving a condition out only lets more places through
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
        if add_flags & (_sre.SRE_FLAG_IGNORECASE | _sre.SRE_FLAG_LOCALE):
            return _ANYTHING
        return _sequence(sub.data, k)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av.data, k)  # type: ignore[attr-defined]
    if op is _sre.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alternative in av[1]:  # type: ignore[index]
            out |= _sequence(alternative.data, k)
        return frozenset(out)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av  # type: ignore[misc]
        body = _sequence(sub.data, k)
        result = _NOTHING
        for _ in range(min(low, k)):
            result = _concat(result, body, k)
        if high > low:  # maybe more copies: at least one more, then anything
            result = result | _concat(result, _concat(body, _ANYTHING, k), k)
        return result
    return _ANYTHING  # back-references, conditionals, anything unknown


def literal_prefixes(pattern: re.Pattern[str], k: int = PREFIX_CHARS) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with; None when some
    match may start with anything (or the pattern is one this does not read)."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private parser: any failure means no shortcut
        return None
    for length in range(k, 0, -1):
        try:
            found = _sequence(parsed.data, length)
        except _TooMany:
            continue
        except Exception:
            return None
        if any(not text for text, _ in found):
            return None  # it may match the empty string, or start with anything
        return tuple(sorted(text for text, _ in found))
    return None


def _after_non_letter(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` starts with ``(?<![a-z])``: it can only match where a run of
    letters begins, when its first character is a letter."""
    try:
        first_op, first_av = _sre_parse.parse(pattern.pattern, pattern.flags).data[0]
        if first_op is not _sre.ASSERT_NOT or first_av[0] != -1:
            return False
        return list(first_av[1].data) == [(_sre.IN, [(_sre.RANGE, (ord("a"), ord("z")))])]
    except Exception:
        return False


class WordScanner:
    """``finditer`` of several patterns over one text, only where each may match."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self._prefixes: dict[int, tuple[str, ...]] = {}
        self._everywhere: list[int] = []  # run with plain finditer
        for index, pattern in enumerate(self.patterns):
            prefixes = literal_prefixes(pattern) if _after_non_letter(pattern) else None
            if prefixes and all("a" <= p[0] <= "z" for p in prefixes):
                self._prefixes[index] = prefixes
            else:
                self._everywhere.append(index)
        self._by_key: dict[str, tuple[int, ...]] = {}

    def _entries(self, key: str) -> tuple[int, ...]:
        """The patterns that may start where the text reads ``key`` (its next
        ``PREFIX_CHARS`` characters, fewer at its end): a prefix is never longer, so
        this is exactly "the text starts here with one of its prefixes"."""
        found = tuple(
            index
            for index, prefixes in self._prefixes.items()
            if any(key.startswith(p) for p in prefixes)
        )
        if len(self._by_key) < _MAX_KEYS:
            self._by_key[key] = found
        return found

    def places(self, text: str) -> dict[int, list[int]]:
        """For each pattern, the positions where it may match, left to right."""
        places: dict[int, list[int]] = {}
        by_key = self._by_key
        for run in _RUN.finditer(text):
            start = run.start()
            key = text[start : start + PREFIX_CHARS]
            entries = by_key.get(key)
            if entries is None:
                entries = self._entries(key)
            for index in entries:
                if index in places:
                    places[index].append(start)
                else:
                    places[index] = [start]
        return places

    def finditer_all(self, text: str) -> list[list[re.Match[str]]]:
        """Per pattern, the matches of ``pattern.finditer(text)``, in its order."""
        out: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        for index, positions in self.places(text).items():
            match = self.patterns[index].match
            found = out[index]
            cursor = 0
            for start in positions:
                if start < cursor:
                    continue  # inside the previous match: finditer goes on from its end
                m = match(text, start)
                if m is not None:
                    found.append(m)
                    cursor = m.end()
        for index in self._everywhere:
            out[index] = list(self.patterns[index].finditer(text))
        return out
