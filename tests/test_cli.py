"""The ``veille`` command as a person runs it: a real process, a real database."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from tests.processes import run, start
from veille.storage import open_database
from veille.storage.models import Call, CrawlRun

pytestmark = pytest.mark.slow  # every test here starts veille as its own process

GOOD_LINES = [
    {
        "url": "https://medecine.univ-rennes.example/annee-recherche?utm_source=lettre",
        "title": "Année-recherche 2027-2028",
        "summary": "Dossier à déposer à la scolarité du 3e cycle.",
        "deadlines": [{"date": "2027-03-18", "time": "17:00", "kind": "application"}],
        "categories": ["annee-recherche"],
        "audience": ["interne"],
    },
    {
        "url": "https://www.fondation.example.org/bourses/m2-2027",
        "title": "Bourse de Master 2",
        "deadlines": [
            {"date": "2027-01-10", "time": None, "kind": "letter_of_intent"},
            {"date": "2027-02-10", "kind": "application"},
        ],
        "opens": "2026-11-01",
        "categories": ["bourse", "m2"],
        "published": "2026-10-20",
    },
]


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def count(url: str, model) -> int:
    database = open_database(url)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(model))
    finally:
        database.dispose()


@pytest.fixture
def veille(database_url, tmp_path):
    """Runs veille in a scratch folder against the test database."""

    def call(*args: str, stdin: str | None = None, **env: str):
        return run(
            *args, cwd=tmp_path, env={"VEILLE_DATABASE_URL": database_url, **env}, stdin=stdin
        )

    return call


def test_defaults_create_the_sqlite_database_under_var(tmp_path):
    result = run("db", "upgrade", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # The head moves with each migration; the message, not the number, is the contract.
    assert "to revision " in result.stdout
    assert (tmp_path / "var" / "veille.db").is_file()
    again = run("db", "upgrade", cwd=tmp_path)
    assert "already at revision " in again.stdout
    journal = create_engine(f"sqlite:///{tmp_path / 'var' / 'veille.db'}")
    with journal.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    journal.dispose()


def test_ingest_then_list(veille, database_url, tmp_path):
    feed = write_jsonl(tmp_path / "calls.jsonl", GOOD_LINES)
    first = veille("ingest", "fac-rennes", str(feed))
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("new ") == 2
    assert "2 items, 2 events (2 new)" in first.stdout

    second = veille("ingest", "fac-rennes", str(feed))
    assert "No change." in second.stdout and "0 events" in second.stdout

    calls = json.loads(veille("calls", "list", "--json").stdout)
    assert [c["title"] for c in calls] == ["Bourse de Master 2", "Année-recherche 2027-2028"]
    assert calls[1]["url"] == "https://medecine.univ-rennes.example/annee-recherche"
    assert calls[0]["deadlines"][0]["kind"] == "letter_of_intent"
    assert calls[0]["sources"] == ["fac-rennes"]

    table = veille("calls", "list", "--open").stdout
    assert "Bourse de Master 2" in table and "2027-01-10" in table

    events = json.loads(veille("events", "list", "--json").stdout)
    assert [e["kind"] for e in events] == ["new", "new"]
    assert json.loads(veille("events", "list", "--since", "2999-01-01", "--json").stdout) == []

    status = veille("status")
    assert status.returncode == 0
    assert "fac-rennes" in status.stdout and "crawl_runs" in status.stdout
    counts = json.loads(veille("status", "--json").stdout)
    assert counts["tables"]["calls"] == 2 and counts["tables"]["crawl_runs"] == 2
    assert counts["sources"][0]["open_calls"] == 2


def test_ingest_reads_standard_input(veille):
    result = veille("ingest", "reseau", "-", stdin=json.dumps(GOOD_LINES[0]) + "\n")
    assert result.returncode == 0, result.stderr
    assert "1 items, 1 events" in result.stdout


@pytest.mark.parametrize(
    "bad_line, message",
    [
        ('{"url": "https://x.example/a", "title": ', "line 2: not valid JSON"),
        ({"title": "Sans adresse"}, "line 2: url is missing"),
        (
            {"url": "https://x.example/b", "title": "t", "deadlines": [{"date": "2026-02-31"}]},
            "line 2: deadlines.0.date",
        ),
        ({"url": "mailto:someone@example.org", "title": "t"}, "line 2: url"),
        (
            {"url": "https://x.example/c", "title": "t", "deadline": "2026-05-01"},
            "deadline is not a known field",
        ),
        ("[1, 2]", "line 2: expected a JSON object"),
    ],
    ids=[
        "malformed-json",
        "missing-url",
        "impossible-date",
        "not-http",
        "unknown-field",
        "not-object",
    ],
)
def test_a_bad_line_records_nothing(veille, database_url, tmp_path, bad_line, message):
    feed = write_jsonl(tmp_path / "calls.jsonl", [GOOD_LINES[0], bad_line, GOOD_LINES[1]])
    result = veille("ingest", "fac-rennes", str(feed))
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stderr.strip().endswith(f"1 bad line(s) in {feed}; nothing was recorded.")
    assert "Traceback" not in result.stderr
    assert count(database_url, Call) == 0 and count(database_url, CrawlRun) == 0


def test_not_utf8_is_a_bad_line(veille, database_url, tmp_path):
    feed = tmp_path / "latin1.jsonl"
    feed.write_bytes('{"url": "https://x.example/a", "title": "Année"}\n'.encode("latin-1"))
    result = veille("ingest", "fac", str(feed))
    assert result.returncode == 1 and "line 1: not UTF-8 text" in result.stderr
    assert count(database_url, Call) == 0


def test_bad_source_id_and_missing_file(veille, tmp_path):
    feed = write_jsonl(tmp_path / "calls.jsonl", GOOD_LINES)
    bad_id = veille("ingest", "Fac Rennes", str(feed))
    assert bad_id.returncode == 1 and "is not a source id" in bad_id.stderr
    missing = veille("ingest", "fac", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 1
    assert (
        missing.stderr.strip()
        == f"veille: cannot read {tmp_path / 'nope.jsonl'}: No such file or directory."
    )


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_unreachable_database(tmp_path):
    result = run(
        "status",
        cwd=tmp_path,
        env={"VEILLE_DATABASE_URL": "postgresql+psycopg://veille:secret@127.0.0.1:1/veille"},
    )
    assert result.returncode == 1
    line = one_line(result)
    assert line.startswith(
        "veille: cannot open the database postgresql+psycopg://veille:***@127.0.0.1:1/veille"
    )
    assert "secret" not in line


def test_unwritable_database_folder(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    result = run(
        "status", cwd=tmp_path, env={"VEILLE_DATABASE_URL": "sqlite:///./a-file/var/veille.db"}
    )
    assert result.returncode == 1
    assert one_line(result).startswith("veille: cannot create the database folder")


def test_read_only_database_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only folders; the not-a-folder case covers this path")
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    result = run("status", cwd=tmp_path, env={"VEILLE_DATABASE_URL": f"sqlite:///{folder}/v.db"})
    assert result.returncode == 1 and "is not writable" in one_line(result)


@pytest.mark.parametrize(
    "env, message",
    [
        ({"VEILLE_DATABASE_URL": "mysql://localhost/veille"}, "VEILLE_DATABASE_URL is invalid"),
        ({"VEILLE_DATABASE_URL": "not a url"}, "VEILLE_DATABASE_URL is invalid"),
        ({"VEILLE_TIMEZONE": "Paris"}, "VEILLE_TIMEZONE is invalid"),
        (
            {"VEILLE_CONFIG": "/nonexistent/veille.toml"},
            "VEILLE_CONFIG names /nonexistent/veille.toml",
        ),
    ],
)
def test_bad_configuration_exits_2(tmp_path, env, message):
    result = run("status", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert message in one_line(result)
    assert not (tmp_path / "var").exists()


def test_toml_configuration_file(tmp_path):
    config = tmp_path / "veille.toml"
    config.write_text(
        f'database_url = "sqlite:///{tmp_path}/from-toml.db"\ntimezone = "Europe/Paris"\n'
    )
    result = run("db", "upgrade", cwd=tmp_path, env={"VEILLE_CONFIG": str(config)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-toml.db").is_file()
    # An environment variable overrides the file.
    result = run(
        "db",
        "upgrade",
        cwd=tmp_path,
        env={
            "VEILLE_CONFIG": str(config),
            "VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/from-env.db",
        },
    )
    assert (tmp_path / "from-env.db").is_file()


@pytest.mark.parametrize(
    "content, message",
    [
        (
            'databse_url = "sqlite:///x.db"\n',
            "'databse_url' in the VEILLE_CONFIG file is not a setting",
        ),
        ("database_url = \n", "cannot be read"),
        ('timezone = "Lune/Mer"\n', "VEILLE_TIMEZONE is invalid"),
    ],
)
def test_bad_toml_configuration_exits_2(tmp_path, content, message):
    config = tmp_path / "veille.toml"
    config.write_text(content)
    result = run("status", cwd=tmp_path, env={"VEILLE_CONFIG": str(config)})
    assert result.returncode == 2
    assert message in one_line(result)


def test_processes_starting_together_migrate_once(database_url, tmp_path):
    starts = [
        start("status", cwd=tmp_path, env={"VEILLE_DATABASE_URL": database_url}) for _ in range(4)
    ]
    results = [(p.wait(timeout=60), p.communicate()[1]) for p in starts]
    assert [code for code, _ in results] == [0, 0, 0, 0], results
