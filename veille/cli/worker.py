"""``veille run`` and ``veille health``: the worker and its health check."""

from __future__ import annotations

import asyncio
import signal
from datetime import timedelta

import click

from veille.cli.common import database, local_time, print_json, print_table, settings
from veille.errors import UserError
from veille.scheduler import logs
from veille.scheduler.health import heartbeat_is_stale, latest_heartbeat, source_health
from veille.scheduler.jobs import all_jobs
from veille.scheduler.runtime import SingleWorkerLock, run_on_reactor
from veille.scheduler.worker import Worker
from veille.storage.types import utcnow
from veille.web.app import create_app
from veille.web.server import WebServer, serving


@click.command()
@click.option("--once", is_flag=True, help="Run every job that is due now, once, then exit.")
def run(once: bool) -> None:
    """Run the worker: crawls, digests and sending, on their schedules.

    With VEILLE_HTTP_PORT set (and without --once), it also serves the pages.
    """
    config = settings()
    logs.configure(config.log_format, config.log_level)
    db = database()
    # Checked before any work: pages asked for but impossible to serve stop the start.
    app = create_app(config, db) if config.http_port and not once else None
    with SingleWorkerLock(config.database_url) as lock:
        worker = Worker(db, config, all_jobs(config), sole_worker=lock.held)
        if once:
            outcomes = run_on_reactor(worker.run_once)
            failed = [
                name
                for name, outcome in outcomes.items()
                if outcome not in ("ok", "not due", "taken")
            ]
            for name, outcome in outcomes.items():
                click.echo(f"{name:40} {outcome}")
            if failed:
                raise UserError(f"{len(failed)} job(s) did not succeed: {', '.join(failed)}.")
        else:

            async def worker_and_pages() -> None:
                async with serving(app, config.http_host, config.http_port):
                    await worker.serve()

            run_on_reactor(worker_and_pages)


@click.command()
@click.option("--port", type=click.IntRange(1, 65535), help="Default: VEILLE_HTTP_PORT, or 8000.")
@click.option("--host", help="Default: VEILLE_HTTP_HOST (127.0.0.1).")
def serve(port: int | None, host: str | None) -> None:
    """Serve the pages alone, without crawling or sending (the worker runs elsewhere)."""
    config = settings()
    logs.configure(config.log_format, config.log_level)
    app = create_app(config, database())
    server = WebServer(app, host or config.http_host, port or config.http_port or 8000)

    async def pages() -> None:
        await server.start()
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stopping.set)
        await stopping.wait()
        await server.stop()

    asyncio.run(pages())


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def health(as_json: bool) -> None:
    """Source health and the worker's heartbeat; exit code 1 when the heartbeat is stale."""
    config = settings()
    max_age = timedelta(seconds=config.heartbeat_seconds * 4)
    with database().session() as session:
        sources = source_health(session)
        beat = latest_heartbeat(session)
        stale = heartbeat_is_stale(session, utcnow(), max_age)
    if as_json:
        print_json(
            {
                "heartbeat": beat.isoformat() if beat else None,
                "stale": stale,
                "sources": [s.as_dict() for s in sources],
            }
        )
    else:
        print_table(
            [
                "source",
                "last success",
                "failures in a row",
                "items",
                "usual",
                "suspicious",
                "state",
            ],
            [
                (
                    s.source,
                    local_time(s.last_success.isoformat() if s.last_success else None),
                    s.consecutive_failures,
                    s.last_items,
                    s.usual_items,
                    s.suspicious_runs,
                    "BROKEN" if s.broken else "ok",
                )
                for s in sources
            ],
            empty="No source has been crawled yet.",
        )
        shown = local_time(beat.isoformat()) if beat else "never"
        click.echo(f"Worker heartbeat: {shown}{' (stale)' if stale else ''}")
    if stale:
        raise SystemExit(1)
