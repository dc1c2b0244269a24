"""uvicorn on the loop that is already running: the worker's, which Scrapy and APScheduler share.

The worker owns SIGTERM/SIGINT (it finishes the jobs in hand first), so the
server installs no signal handlers of its own; it is stopped by ``stop()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator, Iterator

import uvicorn
from starlette.applications import Starlette

from veille.errors import ConfigError

log = logging.getLogger("veille.web")


class _QuietServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # Signals are the worker's: uvicorn's own handlers would replace its handlers.
        yield


class WebServer:
    """One uvicorn server for ``app`` on ``host:port``, started and stopped from a coroutine."""

    def __init__(self, app: Starlette, host: str, port: int):
        self.host, self.port = host, port
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            log_config=None,  # veille's logging (text or JSON) stays in charge
            access_log=False,
            lifespan="off",
            server_header=False,
            proxy_headers=True,
        )
        self._server = _QuietServer(config)
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        """Serve in the background; returns once the port listens, raises if it cannot."""
        # Bound here rather than by uvicorn, which would exit the process on failure.
        sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as exc:
            sock.close()
            raise ConfigError(
                f"the pages cannot listen on {self.host}:{self.port} ({exc.strerror or exc}); "
                "change VEILLE_HTTP_PORT or VEILLE_HTTP_HOST."
            ) from None
        self._task = asyncio.ensure_future(self._server.serve(sockets=[sock]))
        while not self._server.started:
            if self._task.done():
                self._task.result()  # what stopped it, raised here
                raise ConfigError(f"the pages on {self.host}:{self.port} stopped at start-up.")
            await asyncio.sleep(0.02)
        log.info("pages served on http://%s:%d", self.host, self.port)

    async def stop(self) -> None:
        """Finish the requests in hand, then close the port."""
        if self._task is None:
            return
        self._server.should_exit = True
        await self._task
        self._task = None
        log.info("pages stopped")

    async def wait(self) -> None:
        if self._task is not None:
            await asyncio.shield(self._task)


@contextlib.asynccontextmanager
async def serving(app: Starlette | None, host: str, port: int | None) -> AsyncIterator[None]:
    """Serve ``app`` for the duration of the block when a port is given; do nothing otherwise."""
    if app is None or port is None:
        yield
        return
    server = WebServer(app, host, port)
    await server.start()
    try:
        yield
    finally:
        await server.stop()
