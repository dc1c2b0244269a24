"""Opening the database: engine set-up, schema at head, and errors a person can act on."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from veille.errors import UserError
from veille.storage.migrate import upgrade


class DatabaseError(UserError):
    """The database cannot be reached or created; says where and why."""


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed if the block ends normally, rolled back otherwise."""
        with self.sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """An engine for ``url`` with the schema brought to head, or a DatabaseError."""
    engine = _create_engine(url)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("select 1")
        if migrate:
            upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            f"cannot open the database {_safe(url)}: {_first_line(exc.orig or exc)}."
        ) from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"the database {_safe(url)} failed: {_first_line(exc)}.") from None
    return Database(engine, sessionmaker(engine, expire_on_commit=False))


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).expanduser().resolve().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"cannot create the database folder {folder}: {exc.strerror or exc}."
            ) from None
        if not _writable(folder):
            raise DatabaseError(f"the database folder {folder} is not writable.")
    engine = create_engine(url, connect_args={"timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers (``veille status``) work while the worker writes;
    # SQLite leaves foreign keys off unless asked on every connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _writable(folder: Path) -> bool:
    # A file of our own (not a fixed name): processes starting together must not
    # remove each other's probe.
    try:
        handle, probe = tempfile.mkstemp(prefix=".veille-write-test-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError:
        return False
    return True


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].rstrip(".") if text else type(exc).__name__
