"""``veille run`` and ``veille health``: the worker and its health check."""

from __future__ import annotations

import asyncio
import signal
from datetime import timedelta

import click

from veille.cli.common import database, local_time, print_json, print_table, settings
from veille.errors import UserError
from veille.scheduler import logs
from veille.scheduler.health import source_health, worker_liveness
from veille.storage.types import utcnow


@click.command()
@click.option("--once", is_flag=True, help="Run every job that is due now, once, then exit.")
def run(once: bool) -> None:
    """Run the worker: crawls, digests and sending, on their schedules.

    With VEILLE_HTTP_PORT set (and without --once), it also serves the pages.
    """
    # The crawl, mail and web stacks load only for the commands using them: `veille
    # health` imports none of them.
    from veille.scheduler.jobs import all_jobs
    from veille.scheduler.runtime import SingleWorkerLock, run_on_reactor
    from veille.scheduler.worker import Worker
    from veille.web.app import create_app
    from veille.web.server import serving

    config = settings()
    # Mail that cannot be built or sent (SMTP set without BASE_URL or SECRET_KEY, an
    # outbox under a file) stops the start with one sentence and exit code 2.
    config.check_delivery()
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
    from veille.web.app import create_app
    from veille.web.server import WebServer

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
    """Source health and the worker's heartbeat; exit code 1 when no worker is alive."""
    config = settings()
    max_age = timedelta(seconds=config.heartbeat_seconds * 4)
    with database().session() as session:
        sources = source_health(session)
        worker = worker_liveness(session, utcnow(), max_age)
    if as_json:
        print_json(
            {
                "worker": worker.state,
                "heartbeat": worker.heartbeat.isoformat() if worker.heartbeat else None,
                "stopped_at": worker.stopped_at.isoformat() if worker.stopped_at else None,
                "stale": worker.state == "stale",
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
                    f"yes: {s.suspicious_why}" if s.suspicious else "no",
                    "BROKEN" if s.broken else "ok",
                )
                for s in sources
            ],
            empty="No source has been crawled yet.",
        )
        click.echo(_worker_line(worker))
    if not worker.alive:
        raise SystemExit(1)


def _worker_line(worker) -> str:
    def at(moment) -> str:
        return local_time(moment.isoformat())

    if worker.state == "alive":
        return f"Worker heartbeat: {at(worker.heartbeat)} (alive)"
    if worker.state == "stale":
        return (
            f"Worker heartbeat: {at(worker.heartbeat)} (stale: the worker stopped without "
            "saying so, killed or its machine down)"
        )
    if worker.state == "stopped":
        return f"Worker stopped cleanly at {at(worker.stopped_at)}; none is running."
    return "Worker heartbeat: never (no worker has run on this database)."
