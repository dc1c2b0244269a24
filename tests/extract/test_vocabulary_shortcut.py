"""The word-run shortcut of the vocabularies changes no result, only how fast it comes.

``Vocabulary.find`` skips the entries whose words a text does not hold; an entry
asked without the text's word runs runs its patterns, as before the shortcut. Both
must name the same entries on every passage the extraction tests know, on the
fixture sites and on phrases glued to their neighbours in odd ways (the edges of
word boundaries and of excluded phrases).
"""

from __future__ import annotations

import json
import random
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from tests.extract.cases import CASES
from veille.spiders.extract.normalize import prepare
from veille.spiders.extract.vocabulary import load

NAMES = ["categories", "audience", "specialties", "regions"]
TESTS = Path(__file__).resolve().parents[1]


def _passages() -> list[str]:
    texts = [case.text for case in CASES]
    passages = TESTS / "extract" / "real" / "passages.jsonl"
    texts += [json.loads(line)["text"] for line in passages.read_text("utf-8").splitlines()]
    texts += [
        page.read_text("utf-8", "replace") for page in sorted((TESTS / "fixtures").rglob("*.html"))
    ]
    return texts


def _glued_phrases(count: int) -> list[str]:
    phrases = []
    for name in NAMES:
        text = resources.files("veille.spiders.extract").joinpath("vocab", f"{name}.toml")
        for table in tomllib.loads(text.read_text("utf-8")).values():
            for field in ("variants", "exact", "exclude"):
                phrases += table.get(field, [])
    rng = random.Random(13)
    glue = [" ", "-", "", ", ", "é", "'", "\n", "x", "_", "."]
    return [
        "".join(rng.choice(phrases) + rng.choice(glue) for _ in range(rng.randint(1, 4)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("name", NAMES)
def test_find_names_what_the_patterns_alone_name(name: str) -> None:
    vocabulary = load(name)
    matched = 0
    for text in _passages() + _glued_phrases(3000):
        exact, folded = prepare(text)
        plain = [e.key for e in vocabulary.entries if e.matches(folded, exact)]
        assert vocabulary.find(folded, exact) == plain, text[:200]
        matched += bool(plain)
    assert matched > 100  # the corpus does exercise the entries
