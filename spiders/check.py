"""Each source against its fixture: crawl offline, compare what was recorded with ``expected.json``.

The same function backs the parametrised test of every source and
``veille sources check``; with ``live=True`` it crawls the real sites and only
reports sources whose pages failed or whose selectors found nothing.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from veille.errors import UserError
from veille.settings import Settings
from veille.spiders.crawl import crawl_sources
from veille.spiders.registry import (
    FIXTURES_IN_COPY,
    Registry,
    Source,
    find_working_copy,
    no_working_copy,
)
from veille.spiders.report import CrawlReport
from veille.storage import Database, open_database, queries

EXPECTED_FILE = "expected.json"
SITES_EXPECTED = EXPECTED_FILE
# The last three are compared only where an expected.json states them.
COMPARED = (
    "title", "deadlines", "opens", "categories", "audience", "relevant", "regions", "specialties"
)  # fmt: skip


@dataclass
class CheckResult:
    source_id: str
    problems: list[str] = field(default_factory=list)
    report: CrawlReport | None = None
    recorded: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def fixtures_root(settings: Settings, command: str = "`veille sources check`") -> Path:
    """The fixture tree a maintainer edits: VEILLE_FIXTURES_DIR, else the working copy's."""
    if settings.fixtures_dir:
        return settings.fixtures_dir
    copy = find_working_copy()
    if copy is None:
        raise no_working_copy(command, "VEILLE_FIXTURES_DIR")
    return copy / FIXTURES_IN_COPY


def expected_calls(root: Path, source: Source) -> list[dict[str, Any]] | None:
    """The calls of a source's ``expected.json``; a file that is not a list of calls is
    one sentence naming the file and the place."""
    path = root / source.fixture_dir / EXPECTED_FILE
    if not path.is_file():
        return None
    try:
        calls = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" at line {exc.lineno}, column {exc.colno}" if hasattr(exc, "lineno") else ""
        raise UserError(f"{path} is not valid JSON{where}: {getattr(exc, 'msg', exc)}") from None
    if not isinstance(calls, list):
        raise UserError(f"{path} must hold a list of calls, [] while there are none")
    for number, call in enumerate(calls, 1):
        if not isinstance(call, dict) or not isinstance(call.get("url"), str):
            raise UserError(f'{path}: call {number} must be an object with a "url"')
        unknown = sorted(set(call) - {"url", *COMPARED})
        if unknown:
            raise UserError(
                f"{path}: call {number} has {', '.join(unknown)}, which is not compared; "
                f"the fields are url, {', '.join(COMPARED)}"
            )
    return calls


def recorded_calls(db: Database, source_id: str) -> list[dict[str, Any]]:
    """The calls a source's crawls recorded, in the shape of ``expected.json``."""
    with db.session() as session:
        rows = queries.list_calls(session, date.today())
    calls = []
    for row in rows:
        if source_id not in row["sources"]:
            continue
        calls.append(
            {
                "url": row["url"],
                "title": row["title"],
                "deadlines": row["deadlines"],
                "opens": row["opens"],
                "categories": row["categories"],
                "audience": row["audience"],
                "relevant": row["relevant"],
                "regions": row["regions"],
                "specialties": row["specialties"],
            }
        )
    return sorted(calls, key=lambda c: c["url"])


def compare(recorded: list[dict[str, Any]], expected: list[dict[str, Any]]) -> list[str]:
    """Differences as sentences; empty when the source read what was expected."""
    problems = []
    got = {c["url"]: c for c in recorded}
    want = {c["url"]: c for c in expected}
    for url in sorted(want.keys() - got.keys()):
        problems.append(f"missing call {url}")
    for url in sorted(got.keys() - want.keys()):
        problems.append(f"unexpected call {url} ({got[url]['title']!r})")
    for url in sorted(want.keys() & got.keys()):
        for name in COMPARED:
            if name in want[url] and want[url][name] != got[url][name]:
                problems.append(
                    f"{url}: {name} is {got[url][name]!r}, expected {want[url][name]!r}"
                )
    return problems


def check_sources(
    settings: Settings,
    registry: Registry,
    sources: list[Source],
    *,
    live: bool = False,
    db: Database | None = None,
) -> list[CheckResult]:
    """Crawl the sources into ``db`` (a scratch SQLite file if None) and judge each one."""
    with tempfile.TemporaryDirectory(prefix="veille-check-") as scratch:
        own_db = db is None
        db = db or open_database(f"sqlite:///{Path(scratch) / 'check.db'}")
        try:
            root = fixtures_root(settings)
            reports = crawl_sources(
                db,
                settings,
                [s.id for s in sources],
                registry=registry,
                fixtures=None if live else root,
            )
            return [
                _judge(db, source, report, None if live else root)
                for source, report in zip(sources, reports, strict=True)
            ]
        finally:
            if own_db:
                db.dispose()


def _judge(db: Database, source: Source, report: CrawlReport, root: Path | None) -> CheckResult:
    result = CheckResult(source.id, report=report, recorded=recorded_calls(db, source.id))
    result.problems += [f"page failed: {error}" for error in report.errors]
    if root is None:
        if not report.errors and report.items == 0:
            result.problems.append("no items found: the selectors may no longer match the site")
        return result
    expected = expected_calls(root, source)
    if not (root / source.fixture_dir).is_dir():
        result.problems.append(
            f"no fixture folder {root / source.fixture_dir}: `veille sources new` writes one"
        )
    elif expected is None:
        result.problems.append(f"no {root / source.fixture_dir / EXPECTED_FILE}")
    elif not expected:
        result.problems.append(f"{EXPECTED_FILE} lists no call yet: fill it in")
    else:
        result.problems += compare(result.recorded, expected)
    return result
