"""The classes of issue 12: the tuned table (``truth_tables.BY_CLASS``) must pass.

The fresh held-out table runs too, marked as expected to fail (not strictly): it was
written blind and is scored by ``bench/extract_bench.py``; a failure there is reported
in docs/extraction.md, never fixed by adjusting rules to it.
"""

from __future__ import annotations

import pytest

from .test_cases import check
from .truth_tables import BY_CLASS

_TUNED = [case for tuned, _ in BY_CLASS.values() for case in tuned]
_FRESH = [case for _, fresh in BY_CLASS.values() for case in fresh]


def test_every_class_has_both_tables() -> None:
    assert len(BY_CLASS) == 11
    assert all(tuned and fresh for tuned, fresh in BY_CLASS.values())
    ids = [case.id for case in _TUNED + _FRESH]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", _TUNED, ids=[case.id for case in _TUNED])
def test_tuned(case) -> None:
    check(case)


@pytest.mark.xfail(strict=False, reason="held out: scored by the bench, not tuned on")
@pytest.mark.parametrize("case", _FRESH, ids=[case.id for case in _FRESH])
def test_held_out(case) -> None:
    check(case)
