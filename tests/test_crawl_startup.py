"""What a process does before its first request: no Alembic on a database at head, no
crawl stack imported by the command line until a command needs it, and only the Scrapy
components a crawl uses, with the politeness and the 304s they bring still there.

No timings here: each test checks what is (not) run or imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import inspect

from tests.processes import clean_env
from tests.spiders.helpers import listing_page, quick_settings, registry_of, write_site
from veille.spiders import crawl as crawl_module
from veille.spiders.crawl import crawl_sources
from veille.spiders.fixtures import FixtureServer
from veille.storage import migrate, open_database

VERSIONS = migrate.MIGRATIONS / "versions"


def _python(code: str, *, cwd, env: dict[str, str] | None = None) -> dict:
    """``code`` run by a fresh interpreter; it prints one JSON value, returned here."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env=clean_env(env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _previous(revision: str) -> str:
    """The revision the one given follows, as Alembic reads the scripts."""
    from alembic.script import ScriptDirectory

    config = migrate.alembic_config(None)  # the scripts only: no engine needed
    return ScriptDirectory.from_config(config).get_revision(revision).down_revision


# -- the head, read from the files ----------------------------------------------------


def test_the_head_read_from_the_migration_files_is_alembics():
    assert migrate._head_from_files(VERSIONS) == migrate.alembic_head()
    assert migrate.head_revision() == migrate.alembic_head()


def _migration(folder, name: str, revision: str, down: str | None, extra: str = "") -> None:
    down_text = "None" if down is None else f'"{down}"'
    (folder / f"{name}.py").write_text(
        f'"""{name}"""\n\nrevision = "{revision}"\ndown_revision = {down_text}\n'
        f"branch_labels = None\ndepends_on = None\n{extra}\n\n\ndef upgrade():\n    pass\n"
    )


def test_a_chain_out_of_file_order_has_its_head(tmp_path):
    _migration(tmp_path, "0001_a", "0001", None)
    _migration(tmp_path, "0002_b", "0002", "0003")  # as 0006 follows 0007 in the real ones
    _migration(tmp_path, "0003_c", "0003", "0001")
    assert migrate._head_from_files(tmp_path) == "0002"


@pytest.mark.parametrize(
    "files",
    [
        [("a", "1", None), ("b", "2", "1"), ("c", "3", "1")],  # two heads on one parent
        [("a", "1", None), ("b", "2", "9")],  # a parent that is not there
        [("a", "1", None), ("b", "2", "3"), ("c", "3", "2")],  # a cycle beside the root
        [("a", "1", None), ("b", "1", None)],  # one revision twice
    ],
)
def test_files_that_are_not_one_chain_leave_the_head_to_alembic(tmp_path, files):
    for name, revision, down in files:
        _migration(tmp_path, name, revision, down)
    assert migrate._head_from_files(tmp_path) is None


def test_a_dependency_or_an_unreadable_line_leaves_the_head_to_alembic(tmp_path):
    _migration(tmp_path, "a", "1", None)
    _migration(tmp_path, "b", "2", "1")
    assert migrate._head_from_files(tmp_path) == "2"
    (tmp_path / "b.py").write_text((tmp_path / "b.py").read_text().replace(
        "depends_on = None", 'depends_on = "x"'
    ))  # fmt: skip
    migrate._head_from_files.cache_clear()
    assert migrate._head_from_files(tmp_path) is None
    (tmp_path / "b.py").write_text('revision = "2"\ndown_revision = PREVIOUS\n')
    migrate._head_from_files.cache_clear()
    assert migrate._head_from_files(tmp_path) is None


# -- opening a database ----------------------------------------------------------------


@pytest.mark.slow  # starts a Python process of its own
def test_a_database_at_head_is_not_migrated_again(database_url, tmp_path, monkeypatch):
    first = open_database(database_url)
    head = migrate.head_revision()
    assert migrate.database_revision(first.engine) == head
    first.dispose()

    from alembic import command

    def refuse(*args, **kwargs):
        raise AssertionError("Alembic ran on a database at head")

    monkeypatch.setattr(command, "upgrade", refuse)
    again = open_database(database_url)
    try:
        assert migrate.upgrade(again.engine) is False
        assert migrate.database_revision(again.engine) == head
    finally:
        again.dispose()

    # In a process of its own, opening it does not even import Alembic.
    seen = _python(
        f"""
        import json, sys
        from veille.storage import open_database
        from veille.storage.migrate import database_revision
        db = open_database({database_url!r})
        print(json.dumps([database_revision(db.engine), "alembic" in sys.modules]))
        """,
        cwd=tmp_path,
    )
    assert seen == [head, False]


def test_a_database_one_revision_behind_is_migrated(database_url):
    from alembic import command

    head = migrate.head_revision()
    previous = _previous(head)
    db = open_database(database_url, migrate=False)
    try:
        command.upgrade(migrate.alembic_config(db.engine), previous)
        assert migrate.database_revision(db.engine) == previous
        assert not migrate.at_head(db.engine)
        assert migrate.upgrade(db.engine) is True
        assert migrate.database_revision(db.engine) == head
        assert migrate.current_revision(db.engine) == head  # as Alembic reads it
        assert inspect(db.engine).has_table("outbox_bodies")  # what the head migration adds
    finally:
        db.dispose()


def test_an_empty_database_is_migrated_to_head(database_url):
    db = open_database(database_url, migrate=False)
    try:
        assert migrate.database_revision(db.engine) is None  # no alembic_version table
        assert migrate.upgrade(db.engine) is True
        assert migrate.database_revision(db.engine) == migrate.head_revision()
        assert migrate.upgrade(db.engine) is False
    finally:
        db.dispose()


# -- imports of the command line -------------------------------------------------------

CRAWL_STACK = ["scrapy", "twisted", "veille.spiders.extract", "lxml", "veille.web", "alembic"]


@pytest.mark.slow  # starts a Python process of its own
@pytest.mark.parametrize(
    "module",
    ["veille.cli", "veille.cli.crawl", "veille.cli.worker", "veille.cli.listing", "veille.cli.db"],
)
def test_a_command_module_imports_no_crawl_stack(module, tmp_path):
    loaded = _python(
        f"""
        import json, sys
        import {module}
        print(json.dumps([m for m in {CRAWL_STACK!r} if m in sys.modules]))
        """,
        cwd=tmp_path,
    )
    assert loaded == []


@pytest.mark.slow  # starts a Python process of its own
@pytest.mark.parametrize("command", [["health", "--json"], ["status"], ["db", "upgrade"]])
def test_a_command_on_a_database_at_head_imports_no_crawl_stack_nor_alembic(command, tmp_path):
    url = f"sqlite:///{tmp_path}/h.db"
    open_database(url).dispose()
    loaded = _python(
        f"""
        import json, sys
        from veille.cli import main
        try:
            main({command!r})
        except SystemExit:
            pass
        print(json.dumps([m for m in {CRAWL_STACK!r} if m in sys.modules]))
        """,
        cwd=tmp_path,
        env={"VEILLE_DATABASE_URL": url},
    )
    assert loaded == []


# -- the crawl's components ------------------------------------------------------------

ITEMS = [
    ("/appels/bourse-m2", "Bourse de Master 2", "Date limite de candidature : 15 mars 2027."),
    ("/appels/these", "Allocation de thèse", "Dossiers à déposer avant le 2 avril 2027 à 16h."),
]


def _site(root) -> None:
    write_site(
        root,
        "polite",
        {
            "polite.example/appels/index.html": listing_page(ITEMS),
            "polite.example/appels/index.html.http.toml": {"fail_first": 1, "fail_status": 503},
            "polite.example/prive/index.html": listing_page(ITEMS),
            "polite.example/robots.txt": "User-agent: *\nDisallow: /prive/\n",
        },
    )


def _registry():
    return registry_of(
        {
            "id": "polite",
            "kind": "listing",
            "start_urls": ["https://polite.example/appels/", "https://polite.example/prive/"],
            "options": {"item": "li.call", "title": "a", "link": "a"},
        }
    )


def test_the_crawl_keeps_robots_retries_throttle_and_conditional_requests(
    db, tmp_path, monkeypatch
):
    crawlers = []

    class Recorded(crawl_module.Crawler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            crawlers.append(self)

    monkeypatch.setattr(crawl_module, "Crawler", Recorded)
    root = tmp_path / "sites"
    _site(root)
    registry = _registry()
    with FixtureServer(root) as server:
        (first,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=server)
        (again,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=server)
        index = [r for r in server.requests if "/appels/" in r[0]]
        assert "robots.txt" in "".join(path for path, _, _ in server.requests)
        assert server.hits("/prive/") == []  # refused by robots.txt, never asked
        assert server.hits("/appels/")[:3] == [503, 200, 304]  # retried, then revalidated
    assert first.items == 2 and any("robots.txt" in e for e in first.errors)
    assert again.not_modified == 1 and again.events == 0
    headers = {k.lower(): v for k, v in index[1][2].items()}
    assert headers["user-agent"].startswith("veille/")
    assert "gzip" in headers["accept-encoding"]  # compression
    assert headers["accept"].startswith("text/html")  # Scrapy's default headers
    assert "if-none-match" in {k.lower() for k in index[2][2]}

    crawler = crawlers[-1]
    downloader = {type(m).__name__ for m in crawler.engine.downloader.middleware.middlewares}
    assert {
        "RobotsTxtMiddleware",
        "DownloadTimeoutMiddleware",
        "DefaultHeadersMiddleware",
        "UserAgentMiddleware",
        "PoliteRetryMiddleware",
        "ConditionalRequestMiddleware",
        "MetaRefreshMiddleware",
        "RedirectMiddleware",
        "HttpCompressionMiddleware",
        "HttpProxyMiddleware",
        "FrenchEncodingMiddleware",
        "TimeLimitMiddleware",
    } <= downloader
    assert not {"RetryMiddleware", "CookiesMiddleware", "HttpCacheMiddleware"} & downloader
    extensions = {type(m).__name__ for m in crawler.extensions.middlewares}
    assert extensions == {"AutoThrottle"}
    settings = crawler.settings
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == quick_settings().crawl_concurrency
    assert settings.getint("RETRY_TIMES") == quick_settings().crawl_retries
    assert 429 in settings.getlist("RETRY_HTTP_CODES") and 500 in settings.getlist(
        "RETRY_HTTP_CODES"
    )


@pytest.mark.slow  # starts a Python process of its own
def test_a_crawl_that_only_replays_loads_neither_alembic_nor_extraction(tmp_path):
    root = tmp_path / "sites"
    write_site(root, "quiet", {"quiet.example/appels/index.html": listing_page(ITEMS)})
    registry = tmp_path / "registry.toml"
    registry.write_text(
        '["quiet"]\nname = "Quiet"\norganisation = "Test"\ncategories = ["bourse"]\n'
        'kind = "listing"\nstart_urls = ["https://quiet.example/appels/"]\n'
        'options = { item = "li.call", title = "a", link = "a" }\n'
    )
    env = {
        "VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/q.db",
        "VEILLE_FIXTURES_DIR": str(root),
        "VEILLE_REGISTRY": str(registry),
        "VEILLE_CRAWL_DELAY": "0",
    }
    code = """
        import json, sys
        from veille.settings import load_settings
        from veille.spiders.crawl import crawl_sources
        from veille.storage import open_database
        settings = load_settings()
        (report,) = crawl_sources(open_database(settings.database_url), settings, ["quiet"])
        unused = ["alembic", "veille.spiders.extract", "veille.spiders.calls",
                  "scrapy.extensions.telnet", "scrapy.extensions.feedexport",
                  "scrapy.downloadermiddlewares.cookies", "aiohttp"]
        print(json.dumps({"items": report.items, "not_modified": report.not_modified,
                          "loaded": [m for m in unused if m in sys.modules]}))
        """
    first = _python(code, cwd=tmp_path, env=env)  # migrates, reads the page (in workers)
    assert first["items"] == 2
    assert "alembic" in first["loaded"]
    assert "scrapy.extensions.telnet" not in first["loaded"]
    again = _python(code, cwd=tmp_path, env=env)
    assert again == {"items": 2, "not_modified": 1, "loaded": []}
