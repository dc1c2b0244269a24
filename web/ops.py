"""/healthz for Docker and Kubernetes probes, /metrics for Prometheus (issue 10, point 9).

Liveness is the worker's heartbeat (a worker whose loop is stuck stops
beating); readiness is the database answering. ``/healthz`` asks both and
answers 200 only when both hold, 503 otherwise, with a small JSON body that
says which failed; ``/healthz/live`` and ``/healthz/ready`` ask one each, for
probes that must tell "restart me" from "send me no traffic". Database work
runs in a thread: the loop it would block is also the crawler's.
"""

from __future__ import annotations

from datetime import timedelta

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from veille.scheduler.health import latest_heartbeat
from veille.scheduler.metrics import registry
from veille.storage.types import utcnow

# As `veille health`: four missed heartbeats make a worker stale.
MISSED_BEATS = 4


def database_answers(db) -> str | None:
    """None when the database answers, else why not (one line)."""
    try:
        with db.engine.connect() as connection:
            connection.execute(text("select 1"))
    except SQLAlchemyError as exc:
        return f"the database does not answer: {str(exc.orig or exc).strip().splitlines()[0]}"
    return None


def heartbeat_fresh(db, settings) -> str | None:
    """None when a worker beat recently, else why it is considered dead."""
    try:
        with db.session() as session:
            beat = latest_heartbeat(session)
    except SQLAlchemyError:
        return "the worker's heartbeat cannot be read: the database does not answer"
    if beat is None:
        return "no worker is running"
    age = utcnow() - beat
    if age > timedelta(seconds=settings.heartbeat_seconds * MISSED_BEATS):
        return f"the worker's last heartbeat is {int(age.total_seconds())} s old"
    return None


async def healthz(request: Request) -> JSONResponse:
    return await _answer(request, live=True, ready=True)


async def live(request: Request) -> JSONResponse:
    return await _answer(request, live=True, ready=False)


async def ready(request: Request) -> JSONResponse:
    return await _answer(request, live=False, ready=True)


async def _answer(request: Request, *, live: bool, ready: bool) -> JSONResponse:
    db, settings = request.app.state.db, request.app.state.settings
    checks: dict[str, str] = {}
    if ready:
        checks["database"] = await run_in_threadpool(database_answers, db) or "ok"
    if live:
        checks["heartbeat"] = await run_in_threadpool(heartbeat_fresh, db, settings) or "ok"
    healthy = all(value == "ok" for value in checks.values())
    return JSONResponse(
        {"status": "ok" if healthy else "fail", "checks": checks},
        status_code=200 if healthy else 503,
        headers={"cache-control": "no-store"},
    )


async def metrics(request: Request) -> Response:
    body = await run_in_threadpool(generate_latest, registry(request.app.state.db))
    return Response(body, media_type=CONTENT_TYPE_LATEST, headers={"cache-control": "no-store"})


routes = [
    Route("/healthz", healthz),
    Route("/healthz/live", live),
    Route("/healthz/ready", ready),
    Route("/metrics", metrics),
]
