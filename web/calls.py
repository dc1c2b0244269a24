"""The open calls, for everyone (issue 10, points 6 and 7): the list and one page per call.

``/appels`` lists the open calls, nearest deadline first, filtered by the
query string (``categorie``, ``public``, ``region``, several of each, and
``q`` for words), twenty a page. ``/appels/<id>`` shows one call with its
deadlines and its history. ``/appels/<id>/suivre/<jeton>`` is the same page
reached from a digest: its "Suivre cet appel" button (a POST to the same
address, authorised by the signed token, as a one-click unsubscribe is)
makes the call's reminders and changes reach that subscriber whatever their
filters say. A GET never changes anything: mail scanners follow links.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.notifications import french
from veille.notifications.links import FOLLOW, LinkError, feed_url, read_link_token, webcal
from veille.notifications.render import change_lines
from veille.storage import browse
from veille.storage.browse import CallFilters
from veille.storage.deadlines import deadline_end
from veille.storage.models import CallStatus, EventKind
from veille.storage.types import utcnow
from veille.web.pages import render

# Query-string name -> vocabulary file of the extractor.
FILTERS = {"categorie": "categories", "public": "audience", "region": "regions"}
NATIONAL = ("national", "National (toute la France)")
HISTORY = {
    EventKind.NEW: "Repéré pour la première fois",
    EventKind.UPDATED: "Texte de l’appel modifié",
    EventKind.DEADLINE_CHANGED: "Date limite modifiée",
    EventKind.CLOSED: "Clos : la dernière date limite est passée",
    EventKind.GONE: "Retiré du site qui le publiait",
    EventKind.REOPENED: "De nouveau publié",
}
STATUS = {
    CallStatus.OPEN: "Ouvert",
    CallStatus.CLOSED: "Clos",
    CallStatus.GONE: "Retiré",
}


@cache
def choices(vocabulary: str) -> tuple[tuple[str, str], ...]:
    """(slug, French label) of every value of one of the extractor's vocabularies."""
    path = files("veille.spiders") / "extract" / "vocab" / f"{vocabulary}.toml"
    entries = tomllib.loads(path.read_text(encoding="utf-8"))
    found = tuple((slug, entry.get("label", slug)) for slug, entry in entries.items())
    return (NATIONAL, *found) if vocabulary == "regions" else found


@cache
def region_sources(registry_path: str | None) -> dict[str, tuple[str, ...]]:
    """The ids of the sources of each region, from the source registry."""
    from veille.spiders.registry import load_registry

    regions: dict[str, list[str]] = {}
    for source in load_registry(registry_path):
        regions.setdefault(source.region, []).append(source.id)
    return {region: tuple(ids) for region, ids in regions.items()}


def _label(vocabulary: str, slug: str) -> str:
    return dict(choices(vocabulary)).get(slug) or french.category(slug)


def _asked(request: Request) -> tuple[CallFilters, dict[str, list[str]], int]:
    """The filters of the query string; unknown values are dropped, not trusted."""
    picked: dict[str, list[str]] = {}
    for name, vocabulary in FILTERS.items():
        known = {slug for slug, _ in choices(vocabulary)}
        picked[name] = [v for v in dict.fromkeys(request.query_params.getlist(name)) if v in known]
    text = " ".join(request.query_params.get("q", "").split())[:200]
    picked["q"] = [text] if text else []
    try:
        page = int(request.query_params.get("page", "1"))
    except ValueError:
        page = 1
    source_ids = None
    if picked["region"]:
        registry = request.app.state.settings.registry
        by_region = region_sources(str(registry) if registry else None)
        source_ids = tuple(i for r in picked["region"] for i in by_region.get(r, ()))
    filters = CallFilters(
        categories=tuple(picked["categorie"]),
        audience=tuple(picked["public"]),
        source_ids=source_ids,
        text=text,
    )
    return filters, picked, page


def _today(request: Request) -> date:
    return utcnow().astimezone(request.app.state.settings.tz).date()


def _deadline(deadline, today: date) -> dict[str, Any]:
    end, _ = deadline_end(deadline.date, deadline.time, deadline.precision)
    left = (end - today).days
    return {
        "kind": french.deadline_kind(deadline.kind),
        "when": french.deadline(deadline.date, deadline.time, deadline.precision),
        "iso": deadline.date.isoformat(),
        "left": french.days_left(left),
        "past": left < 0,
        "soon": 0 <= left <= 7,
    }


def _call_summary(call, next_deadline, today: date) -> dict[str, Any]:
    return {
        "id": call.id,
        "title": " ".join(call.title.split()),
        "organisation": " ".join((call.organisation or "").split()),
        "categories": [_label("categories", c) for c in call.categories],
        "url": call.url,
        "next": _deadline(next_deadline, today) if next_deadline else None,
    }


async def list_page(request: Request) -> Response:
    filters, picked, page = _asked(request)
    today = _today(request)

    def read():
        with request.app.state.db.session() as session:
            found = browse.open_calls(session, today, filters, page=page)
            calls = [
                _call_summary(call, found.next_deadlines[call.id], today) for call in found.calls
            ]
            return found, calls

    found, calls = await run_in_threadpool(read)
    kept = [(name, value) for name, values in picked.items() for value in values]

    def page_link(number: int) -> str:
        return "/appels?" + urlencode([*kept, ("page", number)])

    base = request.app.state.settings.public_url()
    feeds = [
        {"label": label, "url": webcal(f"{base}/agenda/categorie/{slug}.ics")}
        for slug, label in choices("categories")
        if not picked["categorie"] or slug in picked["categorie"]
    ]
    return render(
        request,
        "web/calls.html",
        {
            "calls": calls,
            "total": found.total,
            "count": french.plural(found.total, "appel ouvert", "appels ouverts"),
            "page": found.page,
            "pages": found.pages,
            "previous": page_link(found.page - 1) if found.page > 1 else None,
            "next": page_link(found.page + 1) if found.page < found.pages else None,
            "fieldsets": [
                {
                    "name": name,
                    "legend": legend,
                    "options": [
                        {"value": slug, "label": label, "checked": slug in picked[name]}
                        for slug, label in choices(FILTERS[name])
                    ],
                    "picked": len(picked[name]),
                }
                for name, legend in (
                    ("categorie", "Type d’appel"),
                    ("public", "Public"),
                    ("region", "Région"),
                )
            ],
            "q": picked["q"][0] if picked["q"] else "",
            "filtered": bool(kept),
            "feeds": feeds,
        },
    )


def _call_context(session, call_id: int, today: date) -> dict[str, Any] | None:
    call = browse.get_call(session, call_id)
    if call is None:
        return None
    history = [
        {
            "when": french.day(event.created_at.date()),
            "iso": event.created_at.date().isoformat(),
            "what": HISTORY.get(event.kind, event.kind),
            "lines": change_lines(event.kind, event.changes),
        }
        for event in browse.call_history(session, call.id)
    ]
    return {
        "call": {
            **_call_summary(call, browse.next_deadline(call, today), today),
            "summary": " ".join((call.summary or "").split()),
            "status": STATUS.get(call.status, call.status),
            "open": call.status == CallStatus.OPEN,
            "audience": [
                label for slug, label in choices("audience") if slug in (call.audience or [])
            ],
            "deadlines": [_deadline(d, today) for d in call.deadlines],
            "opens": french.day(call.opens) if call.opens else None,
            "first_seen": french.day(call.first_seen.date()),
        },
        "history": list(reversed(history)),
    }


async def call_page(request: Request) -> Response:
    call_id = request.path_params["call_id"]
    today = _today(request)

    def read():
        with request.app.state.db.session() as session:
            return _call_context(session, call_id, today)

    context = await run_in_threadpool(read)
    if context is None:
        raise HTTPException(404)
    return render(request, "web/call.html", {**context, "follow": None})


async def follow_page(request: Request) -> Response:
    """GET shows the call and the button; POST follows (or stops following) it."""
    call_id, token = request.path_params["call_id"], request.path_params["token"]
    settings = request.app.state.settings
    today = _today(request)
    action = None
    if request.method == "POST":
        form = await request.form()
        action = "unfollow" if form.get("action") == "unfollow" else "follow"

    def work():
        with request.app.state.db.session() as session:
            try:
                subscriber, extra = read_link_token(session, settings.secret(), FOLLOW, token)
            except LinkError as exc:
                return None, str(exc)
            if extra != [call_id]:
                return None, "ce lien n’est pas valide (modifié ou non émis par la veille)."
            context = _call_context(session, call_id, today)
            if context is None:
                return None, None
            if not subscriber.active:
                return None, "cette inscription a pris fin : réinscrivez-vous pour suivre un appel."
            if action == "follow":
                browse.follow(session, subscriber.id, call_id, utcnow())
            elif action == "unfollow":
                browse.unfollow(session, subscriber.id, call_id)
            following = call_id in browse.followed_ids(session, subscriber.id)
            context["follow"] = {
                "following": following,
                "done": action,
                "action": request.url.path,
                "feed": webcal(feed_url(settings.public_url(), settings.secret(), subscriber)),
            }
            return context, None

    context, error = await run_in_threadpool(work)
    if context is None and error is None:
        raise HTTPException(404)
    if context is None:
        return render(
            request,
            "web/error.html",
            {"message": error[0].upper() + error[1:], "status": 400},
            status_code=400,
        )
    return render(request, "web/call.html", context)


routes = [
    Route("/appels", list_page, name="calls"),
    Route("/appels/{call_id:int}", call_page, name="call"),
    Route("/appels/{call_id:int}/suivre/{token:str}", follow_page, methods=["GET", "POST"]),
]
