"""Read French (and English) research-call pages: deadlines, opening, events, topics.

    >>> from spiders.extract import extract
    >>> extract("Date limite : 15 mars 2025 à 17h").deadlines[0].date.isoformat()
    '2025-03-15'

Modules: ``normalize`` (text and HTML to one form), ``dates`` and ``times`` (spot
them), ``cues`` (the words that give a date its role), ``extractor`` (decisions),
``vocabulary`` with the editable word lists in ``vocab/``, ``model`` (results).
"""

from veille.spiders.extract.extractor import extract, extract_strict
from veille.spiders.extract.model import Deadline, Event, Extraction

__all__ = ["Deadline", "Event", "Extraction", "extract", "extract_strict"]
