"""``WordScanner`` finds exactly what each pattern's own ``finditer`` finds.

The cue index relies on it: a cue the scanner missed, or one it found where
``finditer`` would not, would change what a date is read as.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.spiders.extract import dates, times
from veille.spiders.extract.cues import _COMPILED, Cue, CueIndex
from veille.spiders.extract.normalize import prepare
from veille.spiders.extract.scan import WordScanner, literal_prefixes

from .cases import CASES

_PATTERNS = [pattern for _, _, pattern in _COMPILED]
_SCANNER = WordScanner(_PATTERNS)
# the scanners the extractor uses, with the patterns each stands for
_IN_USE = [
    (_SCANNER, _PATTERNS),
    (dates._SCANNER, dates._SPOTTERS),
    (times._SCANNER, times._SPOTTERS),
]
_REAL = Path(__file__).parent / "real" / "passages.jsonl"


def _folded_corpus() -> list[str]:
    texts = [case.text for case in CASES]
    with _REAL.open(encoding="utf-8") as lines:
        texts += [json.loads(line)["text"] for line in lines]
    return [prepare(text)[1] for text in texts]


def _plain(text: str, patterns=_PATTERNS) -> list[list[tuple[int, int, str]]]:
    return [[(m.start(), m.end(), m.group(0)) for m in p.finditer(text)] for p in patterns]


def _scanned(scanner: WordScanner, text: str) -> list[list[tuple[int, int, str]]]:
    return [
        [(m.start(), m.end(), m.group(0)) for m in matches]
        for matches in scanner.finditer_all(text)
    ]


def _reference_cues(text: str) -> list[Cue]:
    """The cue index as it was written first: every pattern's finditer, sorted, greedy."""
    found = [
        Cue(m.start(), m.end(), cls, kind, m.group(0))
        for cls, kind, pattern in _COMPILED
        for m in pattern.finditer(text)
    ]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        if not kept or cue.start >= kept[-1].end:
            kept.append(cue)
    return kept


def _same_everywhere(text: str) -> None:
    for scanner, patterns in _IN_USE:
        assert _scanned(scanner, text) == _plain(text, patterns), text[:200]
    assert CueIndex(text).cues == _reference_cues(text), text[:200]


def test_every_pattern_is_scanned_not_run_everywhere() -> None:
    # the shortcut applies to all of them today; a new pattern it cannot read would
    # still be right (run with finditer), only slower
    assert [scanner._everywhere for scanner, _ in _IN_USE] == [[], [], []]


def test_scanners_and_cue_index_match_finditer_on_every_test_passage() -> None:
    for text in _folded_corpus():
        _same_everywhere(text)


def test_a_digit_beyond_ascii_sends_digit_patterns_to_finditer() -> None:
    # "\d" also matches "٣" (Arabic-Indic three): prefixes read it as 0-9 only
    for text in ("le 1٣ mars 2027 a 1٧h30", "du ٣ au 2٥ juin 2027", "15/0٣/2027 a 1٧:00"):
        _same_everywhere(text)


# Pieces of cue words and the characters around them: overlapping cues, cues cut
# short, glued to digits or apostrophes, at the start and end of the text.
_PIECES = [
    "date limite", "dates-limites", "clotur", "cloture", "avant le", "jusqu'au",
    "au plus tard le", "candidature", "candidatures", "dossier complet", "l'ouverture",
    "ouverture des candidatures", "des le", "lettre d'intention", "pre-proposition",
    "pre ", "jury", "comite de selection", "resultats", "congres", "mis a jour le",
    "publie le", "a partir du", "from", "by", "due", "is due", "d'ici le", "titulaires",
    "initialement fixee au", "au lieu du", "appel a projets du", "15", "2027", " ", "\n",
    "1er", "premier", "mars", "mai", "march", "june", "sept.", "fin", "mi-", "du", "au",
    "between", "/", "03", "1", "17h", "17 h 30", "12:00", "5 pm", "minuit", "midi",
    "apres-", "24h", "٣",
    ":", "-", "'", ".", "|", "(", ")", "a", "e", "x", "de", "la", "le", "s",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_scanner_matches_finditer_on_made_up_text(pieces: list[str]) -> None:
    _same_everywhere("".join(pieces))


def test_prefixes_follow_optional_parts_and_alternatives() -> None:
    pattern = re.compile(r"(?<![a-z])(?:dates?[\s-]limites?|(?:call )?opens?|by)(?![a-z])")
    assert literal_prefixes(pattern) == ("by", "call", "date", "open")


def test_no_prefixes_when_a_match_may_start_anywhere() -> None:
    assert literal_prefixes(re.compile(r"(?<![a-z])(?:a|\w+b)")) is None
    assert literal_prefixes(re.compile(r"(?:x)?")) is None  # may match the empty string
    assert literal_prefixes(re.compile(r"abc", re.IGNORECASE)) is None


def test_a_pattern_without_the_lookbehind_is_run_with_finditer() -> None:
    patterns = [re.compile(r"ab"), re.compile(r"(?<![a-z])(?:ab|cd)")]
    scanner = WordScanner(patterns)
    assert scanner._everywhere == [0]
    text = "xab cd abcd ab"
    assert [[m.span() for m in found] for found in scanner.finditer_all(text)] == [
        [m.span() for m in p.finditer(text)] for p in patterns
    ]
