"""SQLAlchemy 2 models, Alembic migrations and change detection.

The rest of veille talks to storage through ``open_database`` (an engine with
the schema at head), ``record_crawl`` (one crawl in, events out) and the
read helpers in ``storage.queries``.
"""

from veille.storage.db import Database, DatabaseError, open_database
from veille.storage.items import CallItem, DeadlineItem
from veille.storage.record import CrawlOutcome, close_expired, record_crawl

__all__ = [
    "CallItem",
    "CrawlOutcome",
    "Database",
    "DatabaseError",
    "DeadlineItem",
    "close_expired",
    "open_database",
    "record_crawl",
]
