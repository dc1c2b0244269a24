"""Property tests: whatever text a crawl brings back, extraction neither raises nor invents.

``extract_strict`` is used so that a bug shows as a failure here instead of being
swallowed by the never-raise guard of ``extract``.
"""

from __future__ import annotations

from datetime import date, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.spiders.extract import Extraction, extract, extract_strict

FRAGMENTS = [
    "date limite", "avant le", "jusqu'au", "au plus tard le", "clôture", "du", "au", "entre le",
    "et le", "fin", "mi-", "courant", "début", "31 février", "29 février", "1er", "15", "/",
    ".", "-", ":", "2025", "25", "99", "0", "mars", "fév.", "Deadline:", "March", "15th", "17h",
    "17 h 30", "minuit", "midi", "12:00", "pm", "jury", "résultats", "mis à jour le",
    "lettre d'intention", "dossier complet", "<p>", "</td>", "&nbsp;", "&eacute;", "\u00a0",
    "\u202f", "\u2009", "’", "\n", "<script>", "2026-02-31", "15/05/24", "99/99/9999", "T",
]  # fmt: skip

salted = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6), st.integers(0, 3000).map(str)),
    max_size=40,
).map(" ".join)

pages = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)) | st.none()


def _check(result: Extraction) -> None:
    for deadline in result.deadlines:
        assert type(deadline.date) is date
        assert deadline.time is None or type(deadline.time) is time
        assert deadline.kind in {"application", "letter_of_intent", "other"}
        assert deadline.precision in {"day", "month"}
    for event in result.events:
        assert type(event.date) is date
        assert event.end is None or (type(event.end) is date and event.end >= event.date)
        assert event.time is None or type(event.time) is time
    assert result.opens is None or type(result.opens) is date
    result.to_json()  # always serialisable


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), pages)
def test_arbitrary_text_never_raises(text: str, page: date | None) -> None:
    _check(extract_strict(text, page))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(salted, pages)
def test_text_salted_with_dates_never_raises(text: str, page: date | None) -> None:
    _check(extract_strict(text, page))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_binary_ish_input_never_raises(blob: bytes) -> None:
    _check(extract_strict(blob.decode("latin-1"), date(2025, 1, 1)))
    _check(extract(blob))  # type: ignore[arg-type]  # bytes are decoded, not refused


@settings(max_examples=50, deadline=None)
@given(salted)
def test_forced_html_and_text_modes_never_raise(text: str) -> None:
    _check(extract_strict(text, date(2025, 1, 1), html=True))
    _check(extract_strict(text, date(2025, 1, 1), html=False))


def test_huge_input_is_handled() -> None:
    block = "Date limite : 15 mars 2025 à 17h. Jury le 3 avril 2025. " * 40_000  # ~2.3 MB
    result = extract(block, date(2025, 1, 1))
    assert [d.date for d in result.deadlines] == [date(2025, 3, 15)]


def test_lone_surrogates_and_nul() -> None:
    _check(extract_strict("Date limite \ud800 : 15 mars 2025\x00", date(2025, 1, 1)))
