"""Shared fixtures: a real database on SQLite and, where configured, on PostgreSQL.

Every test gets its own database (a SQLite file under its tmp_path, or a private
PostgreSQL schema), so tests run in parallel with pytest-xdist (``-n auto``).
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from veille.storage import open_database

POSTGRES_URL = os.environ.get("VEILLE_TEST_POSTGRES_URL")
NO_POSTGRES = (
    "VEILLE_TEST_POSTGRES_URL is not set; .ci/run sets it to the PostgreSQL on 127.0.0.1:5432"
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """A fresh, empty database: a SQLite file, or a private schema on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'veille.db'}"
        return
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'create schema "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as connection:
        connection.execute(text(f'drop schema "{schema}" cascade'))
    admin.dispose()


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    yield database
    database.dispose()


def pytest_terminal_summary(terminalreporter):
    """Skipped tests, one line per reason with how many, instead of one line per test."""
    reasons: Counter[str] = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        reasons[reason.removeprefix("Skipped: ")] += 1
    if not reasons:
        return
    terminalreporter.section("skipped, by reason")
    for reason, count in reasons.most_common():
        terminalreporter.line(f"{count:4} skipped: {reason}")
