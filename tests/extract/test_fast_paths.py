"""Shortcuts taken for speed give what the plain way gives.

``clean_text`` skips its two space substitutions when they would change nothing;
these tests hold it to the substitutions themselves, on made-up text heavy in every
kind of space and line break.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.spiders.extract import normalize
from veille.spiders.extract.normalize import MAX_CHARS, clean_text


def _plain_clean_text(text: str) -> str:
    """``clean_text`` as it was first written: every substitution, always."""
    text = normalize.strip_bidi(normalize._SURROGATES.sub(" ", text[: MAX_CHARS * 2]))
    text = normalize._translated(unicodedata.normalize("NFKC", text))
    text = normalize._HSPACE.sub(" ", text)
    text = normalize._NEWLINES.sub("\n", text)
    return text.strip()[:MAX_CHARS]


_SPACES = [" ", "  ", "\t", "\n", "\r\n", "\n\n", " \n", "\n ", "\u00a0", "\u202f", "\u2009",
           "\u3000", "\u1680", "\x0b", "\x1c", "\u2028", "\u200b", "\u00ad"]  # fmt: skip
_WORDS = ["date", "limite", ":", "15", "mars", "é", "Œuvre", "’", "|", "-", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPACES + _WORDS), max_size=30))
def test_clean_text_is_the_plain_substitutions(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert clean_text(text) == _plain_clean_text(text)


def test_clean_text_on_texts_that_need_no_substitution() -> None:
    for text in ("Date limite : 15 mars\nDossier", "a b\nc", "", "x"):
        assert clean_text(text) == _plain_clean_text(text)
