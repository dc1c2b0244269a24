"""Keyword vocabularies (specialties, regions, categories, audience) read from TOML.

They live as data in ``spiders/extract/vocab/`` so maintainers add a spelling or a
city by editing a file, not code. Each table of a file is one label:

    [neurologie]
    label = "Neurologie"                      # shown to people; optional
    variants = ["neurologie", "neurology"]    # matched on folded text: case, accents
                                              # and "-" versus " " do not matter
    exact = ["Tours"]                         # matched as written (case and accents)
    exclude = ["médecine interne"]            # phrases that must not count for variants
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from veille.spiders.extract.normalize import clean_text, fold

_WORD_SPLIT = re.compile(r"[\s-]+")
_WORD_RUN = re.compile(r"\w+")


def _phrase(words: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in _WORD_SPLIT.split(words.strip()) if w)


def _pattern(phrases: list[str], folded: bool, flags: int = 0) -> re.Pattern[str] | None:
    parts = [_phrase(fold(clean_text(p)) if folded else clean_text(p)) for p in phrases]
    parts = sorted({p for p in parts if p}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", flags)


def _keys(phrases: list[str], folded: bool) -> frozenset[str] | None:
    """One word run (``\\w+``) per phrase, the longest, or None if a phrase has none.

    Speed only. A pattern is bounded by ``(?<!\\w)``/``(?!\\w)`` and its words by
    ``[\\s-]+``, so every word run of a phrase is a whole word run of any text it
    matches: a text whose runs include no key of an entry cannot match it, and the
    entry's slow pattern need not run. Blanking an excluded phrase (bounded the same
    way) only removes runs, so the runs of the text before it serve.
    """
    keys = set()
    for phrase in phrases:
        runs = _WORD_RUN.findall(fold(clean_text(phrase)) if folded else clean_text(phrase))
        if not runs:
            return None
        keys.add(max(runs, key=len))
    return frozenset(keys)


def _may_match(keys: frozenset[str] | None, runs: set[str] | None) -> bool:
    return keys is None or runs is None or not keys.isdisjoint(runs)


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    folded: re.Pattern[str] | None
    exact: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    folded_keys: frozenset[str] | None = None  # None: no shortcut, the pattern decides
    exact_keys: frozenset[str] | None = None

    def matches(
        self,
        folded_text: str,
        exact_text: str,
        folded_runs: set[str] | None = None,
        exact_runs: set[str] | None = None,
    ) -> bool:
        """Whether the entry is mentioned; ``*_runs`` (the texts' word runs) skip hopeless patterns."""
        if self.folded is not None and _may_match(self.folded_keys, folded_runs):
            if self.exclude is not None:
                folded_text = self.exclude.sub(" ", folded_text)
            if self.folded.search(folded_text):
                return True
        return (
            self.exact is not None
            and _may_match(self.exact_keys, exact_runs)
            and self.exact.search(exact_text) is not None
        )


@dataclass(frozen=True)
class Vocabulary:
    name: str
    entries: tuple[Entry, ...]

    def __post_init__(self) -> None:
        # Which entries a word run may bring into play; entries without keys always are.
        index: dict[str, set[int]] = {}
        always: set[int] = set()
        for position, entry in enumerate(self.entries):
            for pattern, keys in (
                (entry.folded, entry.folded_keys),
                (entry.exact, entry.exact_keys),
            ):
                if pattern is None:
                    continue
                if keys is None:
                    always.add(position)
                for key in keys or ():
                    index.setdefault(key, set()).add(position)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_always", frozenset(always))

    def find(self, folded_text: str, exact_text: str) -> list[str]:
        """Keys of every entry mentioned in the text, in file order."""
        folded_runs, exact_runs = _runs(folded_text), _runs(exact_text)
        candidates = set(self._always)
        index = self._index
        for run in (index.keys() & folded_runs) | (index.keys() & exact_runs):
            candidates.update(index[run])
        entries = self.entries
        return [
            entries[i].key
            for i in sorted(candidates)
            if entries[i].matches(folded_text, exact_text, folded_runs, exact_runs)
        ]


@lru_cache(maxsize=8)
def _runs(text: str) -> frozenset[str]:
    """The word runs of a text; the four vocabularies read the same two texts in turn."""
    return frozenset(_WORD_RUN.findall(text))


def parse(name: str, data: dict[str, object]) -> Vocabulary:
    """Build a vocabulary from parsed TOML; a malformed table is an error naming it."""
    entries = []
    for key, table in data.items():
        if not isinstance(table, dict):
            raise TypeError(f"{name}: [{key}] must be a table")
        lists = {}
        for field in ("variants", "exact", "exclude"):
            value = table.get(field, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise TypeError(f"{name}: [{key}].{field} must be a list of strings")
            lists[field] = value
        entries.append(
            Entry(
                key=key,
                label=str(table.get("label", key)),
                folded=_pattern(lists["variants"], folded=True),
                exact=_pattern(lists["exact"], folded=False),
                exclude=_pattern(lists["exclude"], folded=True),
                folded_keys=_keys(lists["variants"], folded=True),
                exact_keys=_keys(lists["exact"], folded=False),
            )
        )
    return Vocabulary(name, tuple(entries))


@cache
def load(name: str) -> Vocabulary:
    """The packaged vocabulary ``vocab/<name>.toml`` (read once per process)."""
    text = (
        resources.files("veille.spiders.extract")
        .joinpath("vocab")
        .joinpath(f"{name}.toml")
        .read_text("utf-8")
    )
    return parse(name, tomllib.loads(text))
