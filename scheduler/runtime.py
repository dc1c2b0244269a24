"""Running the worker's coroutine on Scrapy's asyncio reactor.

Scrapy needs a Twisted reactor and the scheduler needs an asyncio loop; with
the asyncio reactor they are the same loop, started once per process, so
crawls can be repeated for weeks without "reactor not restartable".
"""

from __future__ import annotations

import asyncio
import fcntl
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.engine import make_url

from veille.errors import UserError

T = TypeVar("T")
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


def run_on_reactor(main: Callable[[], Awaitable[T]]) -> T:
    """Install the asyncio reactor, run ``main()`` on it, stop the reactor, return its result."""
    from scrapy.utils.reactor import install_reactor

    install_reactor(ASYNCIO_REACTOR)
    from twisted.internet import defer, reactor

    outcome: dict[str, object] = {}

    def start() -> None:
        future = asyncio.ensure_future(main())
        deferred = defer.Deferred.fromFuture(future)

        def done(result):
            outcome["result"] = result
            reactor.stop()

        deferred.addBoth(done)

    reactor.callWhenRunning(start)
    # Our own handlers decide how to stop (finish work in hand first).
    reactor.run(installSignalHandlers=False)
    result = outcome.get("result")
    if hasattr(result, "raiseException"):  # a twisted Failure
        result.raiseException()
    return result  # type: ignore[return-value]


class SingleWorkerLock:
    """SQLite serves one worker: a second ``veille run`` on the same file is refused.

    The lock is the operating system's (flock), so it goes away with the
    process, even one killed with SIGKILL.
    """

    def __init__(self, database_url: str):
        url = make_url(database_url)
        self.path = (
            Path(url.database).expanduser().resolve().with_suffix(".worker-lock")
            if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
            else None
        )
        self._file = None

    @property
    def held(self) -> bool:
        """True when this process holds a SQLite database's only worker slot."""
        return self._file is not None and not self._file.closed

    def __enter__(self) -> SingleWorkerLock:
        if self.path is None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("w")
        try:
            fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._file.close()
            raise UserError(
                f"another veille worker is already running on {self.path.with_suffix('.db')}; "
                "SQLite serves one worker, use PostgreSQL (VEILLE_DATABASE_URL) for several."
            ) from None
        return self

    def __exit__(self, *exc) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
