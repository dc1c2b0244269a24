"""Run the table in ``cases.py`` through ``extract`` (strict: a bug raises here)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.spiders.extract import Extraction, extract_strict
from veille.spiders.extract.model import Deadline, Event

from .cases import CASES, Case

_SHORT_KIND = {"letter_of_intent": "loi ", "other": "other ", "application": ""}


def deadline_label(deadline: Deadline) -> str:
    when = (
        deadline.date.isoformat()[:7]
        if deadline.precision == "month"
        else deadline.date.isoformat()
    )
    clock = f" {deadline.time.strftime('%H:%M')}" if deadline.time else ""
    return f"{_SHORT_KIND[deadline.kind]}{when}{clock}"


def event_label(event: Event) -> str:
    when = event.date.isoformat()[:7] if event.precision == "month" else event.date.isoformat()
    span = f"..{event.end.isoformat()}" if event.end else ""
    clock = f" {event.time.strftime('%H:%M')}" if event.time else ""
    return f"{event.kind} {when}{span}{clock}"


def run(case: Case) -> Extraction:
    """``page=""`` stands for a page whose date is unknown."""
    return extract_strict(case.text, date.fromisoformat(case.page) if case.page else None)


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 200
    assert len({case.id for case in CASES}) == len(CASES), "case ids must be unique"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case) -> None:
    check(case)


def check(case: Case) -> None:
    """Every expectation of one case holds."""
    result = run(case)
    assert sorted(deadline_label(d) for d in result.deadlines) == sorted(case.deadlines)
    if case.events is not None:
        assert sorted(event_label(e) for e in result.events) == sorted(case.events)
    if case.opens != "?":
        expected = date.fromisoformat(case.opens) if case.opens else None
        assert result.opens == expected
    for field in ("categories", "audience", "specialties", "regions"):
        found = getattr(result, field)
        assert set(getattr(case, field)) <= set(found), (field, found)
    for field in ("audience", "regions", "categories"):
        absent = set(getattr(case, f"no_{field}"))
        assert not absent & set(getattr(result, field)), (field, getattr(result, field))
