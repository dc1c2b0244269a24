"""Alembic, driven from code: the migrations ship inside the package, no alembic.ini needed.

Every command opens the database through ``upgrade``, so its first question, "is the
schema at head already?", is answered without Alembic: the head comes from reading the
migration files' ``revision`` and ``down_revision`` lines (not importing them), and the
database's revision from one query on ``alembic_version``. Alembic itself is imported
and run only when the two differ, the table is missing, or the files say something
this reading does not understand (branches, dependencies: then Alembic decides).
"""

from __future__ import annotations

import ast
import fcntl
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

# An arbitrary constant: replicas starting together on PostgreSQL take turns to migrate.
_MIGRATION_LOCK_ID = 7_411_642_001
MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default; env.py does not change it

_ASSIGNMENT = re.compile(
    r"^(revision|down_revision|branch_labels|depends_on)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.M
)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine | None = None) -> str | None:
    """The revision the migrations end at (read from the files; Alembic if they branch)."""
    return _head_from_files(MIGRATIONS / "versions") or alembic_head(engine)


def alembic_head(engine: Engine | None = None) -> str | None:
    """The head as Alembic computes it, loading every migration script."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = alembic_config(engine) if engine is not None else Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


@cache
def _head_from_files(versions: Path) -> str | None:
    """The single head of a linear chain of migration files, or None when unsure.

    Each file's ``revision = "..."`` and ``down_revision = ...`` lines are read as
    literals; the head is the one revision no file names as its down revision. A
    file whose lines cannot be read that way, a branch label, a dependency, a merge,
    a fork or a cycle: None, and Alembic is asked instead. Cached per process (the
    files of an installed package do not change under a running process).
    """
    downs: dict[str, str | None] = {}
    for path in sorted(versions.glob("*.py")):
        found: dict[str, object] = {}
        for name, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
            if name in found:
                return None
            try:
                found[name] = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                return None
        revision, down = found.get("revision"), found.get("down_revision")
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            return None
        if found.get("branch_labels") is not None or found.get("depends_on") is not None:
            return None
        if revision in downs:
            return None
        downs[revision] = down
    if not downs:
        return None
    named = [d for d in downs.values() if d is not None]
    if len(named) != len(set(named)) or not set(named) <= set(downs):
        return None  # two files on one parent (a fork), or a parent that is not there
    heads = set(downs) - set(named)
    if len(heads) != 1:
        return None
    (head,) = heads
    seen, at = 0, head  # the chain from the head must reach the root through every file
    while at is not None and seen <= len(downs):
        seen, at = seen + 1, downs[at]
    return head if seen == len(downs) and at is None else None


def database_revision(engine: Engine) -> str | None:
    """The revision recorded in the database (None: no table or no row); one query.

    Several rows (a database migrated along branches) raise, as Alembic would.
    """
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"select version_num from {VERSION_TABLE}")).all()
    if len(rows) > 1:
        raise RuntimeError(f"{VERSION_TABLE} holds {len(rows)} revisions; expected one")
    return rows[0][0] if rows else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def at_head(engine: Engine) -> bool:
    """Whether the schema is at head, without Alembic when the files are a plain chain."""
    head = _head_from_files(MIGRATIONS / "versions")
    if head is None:
        return current_revision(engine) == alembic_head(engine)
    return database_revision(engine) == head


def upgrade(engine: Engine) -> bool:
    """Bring the schema to head; returns True if anything was applied.

    A database at head (what every start but the first finds) costs one query and
    no Alembic. Otherwise processes starting together (a worker and a health check,
    several replicas) take turns: an advisory lock on PostgreSQL, a file lock beside
    a SQLite database; whoever comes second finds the schema at head and does nothing.
    """
    if at_head(engine):
        return False
    from alembic import command

    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        lock_path = Path(engine.url.database).expanduser().resolve().with_suffix(".migrate-lock")
        with lock_path.open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if at_head(engine):
                return False
            command.upgrade(alembic_config(engine), "head")
        return True
    config = alembic_config(engine)
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("select pg_advisory_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
            try:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                connection.commit()
            finally:
                connection.execute(
                    text("select pg_advisory_unlock(:id)"), {"id": _MIGRATION_LOCK_ID}
                )
                connection.commit()
    else:
        command.upgrade(config, "head")
    return True
