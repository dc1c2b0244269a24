"""The fresh held-out table (``truth_fresh.py``) is well formed, checked without extracting.

It was labelled blind; running the extractor here would let its answers leak into the
labels, so this test reads only the table: its classes, sizes, ids and expectation strings.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from .cases import CASES
from .truth_cases import HELD, TUNED
from .truth_fresh import FRESH

_FRESH = [case for cases in FRESH.values() for case in cases]
_DEADLINE = re.compile(r"(?:(?:loi|other) )?(?P<day>\d{4}-\d{2}-\d{2})(?: (?P<clock>\d{2}:\d{2}))?")


def _is_day(text: str) -> bool:
    """An ISO day that exists (``2027-02-30`` does not)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def test_classes_are_those_of_issue_12_in_order() -> None:
    assert list(FRESH) == list(TUNED)


def test_five_cases_per_class() -> None:
    assert {name: len(cases) for name, cases in FRESH.items()} == dict.fromkeys(TUNED, 5)
    assert len(_FRESH) == 55


def test_ids_are_unique_and_name_their_class() -> None:
    ids = [case.id for case in _FRESH]
    assert len(ids) == len(set(ids))
    for name, cases in FRESH.items():
        number = name.split()[0]
        assert all(case.id.startswith(f"f{number}-") for case in cases), name


def test_ids_do_not_clash_with_the_other_tables() -> None:
    others = {case.id for case in CASES}
    others |= {case.id for table in (TUNED, HELD) for cases in table.values() for case in cases}
    assert not {case.id for case in _FRESH} & others


@pytest.mark.parametrize("case", _FRESH, ids=[case.id for case in _FRESH])
def test_expectations_are_well_formed(case) -> None:
    assert case.text.strip()
    assert len(set(case.deadlines)) == len(case.deadlines), "one label per deadline"
    for label in case.deadlines:
        match = _DEADLINE.fullmatch(label)
        assert match, f"{label!r} is not '[loi |other ]YYYY-MM-DD[ HH:MM]'"
        assert _is_day(match["day"]), f"{label!r}: no such day"
        if match["clock"]:
            datetime.strptime(match["clock"], "%H:%M")  # raises on 24:00 or 12:61
    assert case.opens in ("?", "") or _is_day(case.opens), case.opens
    assert case.page == "" or _is_day(case.page), case.page
    assert case.events is None, "the fresh table scores deadlines and openings only"
