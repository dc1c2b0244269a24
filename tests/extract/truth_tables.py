"""Issue 12's classes as the bench scores them: what the rules were tuned on, and the
fresh held-out table (``truth_fresh``) they never saw."""

from __future__ import annotations

from .cases import Case
from .truth_cases import HELD, TUNED
from .truth_fresh import FRESH

BY_CLASS: dict[str, tuple[list[Case], list[Case]]] = {
    name: (TUNED[name] + HELD[name], FRESH[name]) for name in TUNED
}
