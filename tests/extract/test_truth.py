"""The classes of issue 12 (``truth_cases.py``): the tuned table must pass.

The held-out table runs too, marked as expected to fail (not strictly): it was written
before the rules were tuned and is scored by ``bench/extract_bench.py``; a failure
there is reported in docs/extraction.md, never fixed by adjusting rules to it.
"""

from __future__ import annotations

import pytest

from .test_cases import check
from .truth_cases import HELD, TUNED

_TUNED = [case for cases in TUNED.values() for case in cases]
_HELD = [case for cases in HELD.values() for case in cases]


def test_every_class_has_both_tables() -> None:
    assert len(TUNED) == 11
    assert all(TUNED[name] and HELD[name] for name in TUNED)
    ids = [case.id for case in _TUNED + _HELD]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", _TUNED, ids=[case.id for case in _TUNED])
def test_tuned(case) -> None:
    check(case)


@pytest.mark.xfail(strict=False, reason="held out: scored by the bench, not tuned on")
@pytest.mark.parametrize("case", _HELD, ids=[case.id for case in _HELD])
def test_held_out(case) -> None:
    check(case)
