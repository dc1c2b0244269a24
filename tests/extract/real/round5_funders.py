"""Round 5 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
