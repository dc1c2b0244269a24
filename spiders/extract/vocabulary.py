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
from functools import cache
from importlib import resources

from veille.spiders.extract.normalize import clean_text, fold

_WORD_SPLIT = re.compile(r"[\s-]+")


def _phrase(words: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in _WORD_SPLIT.split(words.strip()) if w)


def _pattern(phrases: list[str], folded: bool, flags: int = 0) -> re.Pattern[str] | None:
    parts = [_phrase(fold(clean_text(p)) if folded else clean_text(p)) for p in phrases]
    parts = sorted({p for p in parts if p}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", flags)


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    folded: re.Pattern[str] | None
    exact: re.Pattern[str] | None
    exclude: re.Pattern[str] | None

    def matches(self, folded_text: str, exact_text: str) -> bool:
        if self.exclude is not None:
            folded_text = self.exclude.sub(" ", folded_text)
        if self.folded is not None and self.folded.search(folded_text):
            return True
        return self.exact is not None and self.exact.search(exact_text) is not None


@dataclass(frozen=True)
class Vocabulary:
    name: str
    entries: tuple[Entry, ...]

    def find(self, folded_text: str, exact_text: str) -> list[str]:
        """Keys of every entry mentioned in the text, in file order."""
        return [e.key for e in self.entries if e.matches(folded_text, exact_text)]


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
