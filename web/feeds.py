"""Calendar feeds (issue 10, point 8): a private one per subscriber, a public one per category.

``/agenda/<jeton>.ics`` holds the deadlines of the open calls the subscriber
follows and of those their filters match; ``/agenda/categorie/<slug>.ics``
those of one category, for anyone. A calendar app subscribes to the
``webcal://`` form of either and polls it: each deadline keeps its UID, and
its SEQUENCE grows when it moves, so the app moves the event.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.notifications.ics import feed_calendar
from veille.notifications.links import FEED, LinkError, read_link_token
from veille.notifications.selection import wanted
from veille.storage import browse
from veille.storage.models import Call, CallStatus
from veille.storage.types import utcnow
from veille.web.calls import choices

CALENDAR = "text/calendar; charset=utf-8"


def _ics(body: bytes, name: str) -> Response:
    return Response(
        body,
        media_type=CALENDAR,
        headers={
            "content-disposition": f'inline; filename="{name}.ics"',
            "cache-control": "private, max-age=900",
        },
    )


def _open_calls(session):
    return session.scalars(
        select(Call)
        .where(Call.status == CallStatus.OPEN, Call.deadlines.any())
        .options(selectinload(Call.deadlines), selectinload(Call.links))
        .order_by(Call.id)
    ).all()


async def private_feed(request: Request) -> Response:
    settings = request.app.state.settings
    token = request.path_params["token"]

    def build():
        with request.app.state.db.session() as session:
            try:
                subscriber, _ = read_link_token(session, settings.secret(), FEED, token)
            except LinkError:
                return None
            if not subscriber.active:
                return b""
            followed = browse.followed_ids(session, subscriber.id)
            calls = [c for c in _open_calls(session) if wanted(subscriber, c, followed)]
            return feed_calendar(
                calls,
                browse.revisions(session, [c.id for c in calls]),
                "Veille recherche : mes dates limites",
                utcnow(),
                settings.tz,
                settings.mail_domain,
                link=lambda call: f"{settings.public_url()}/appels/{call.id}",
            )

    body = await run_in_threadpool(build)
    if body is None:
        # The same answer for a forged link and for an erased subscriber: nothing is revealed.
        raise HTTPException(404)
    if body == b"":
        raise HTTPException(410)
    return _ics(body, "mes-dates-limites")


async def category_feed(request: Request) -> Response:
    settings = request.app.state.settings
    slug = request.path_params["slug"]
    labels = dict(choices("categories"))
    if slug not in labels:
        raise HTTPException(404)

    def build():
        with request.app.state.db.session() as session:
            calls = [c for c in _open_calls(session) if slug in (c.categories or [])]
            return feed_calendar(
                calls,
                browse.revisions(session, [c.id for c in calls]),
                f"Veille recherche : {labels[slug]}",
                utcnow(),
                settings.tz,
                settings.mail_domain,
                link=lambda call: f"{settings.public_url()}/appels/{call.id}",
            )

    return _ics(await run_in_threadpool(build), slug)


routes = [
    Route("/agenda/categorie/{slug:str}.ics", category_feed),
    Route("/agenda/{token:str}.ics", private_feed),
]
