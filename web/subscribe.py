"""Sign-up at ``/`` (double opt-in), confirmation, preferences and unsubscribe pages.

Every answer to the sign-up form is the same page, whether the address is
new, pending, subscribed or gone: no page tells a visitor whether an address
is subscribed. What differs goes by mail, to the address itself.
Links carry signed tokens (notifications/tokens.py); a GET never changes
anything (mail scanners follow links), a POST does.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.errors import UserError
from veille.notifications import subscribers as subs
from veille.notifications.delivery import send_now
from veille.notifications.links import feed_url, webcal
from veille.notifications.message import links_for
from veille.notifications.tokens import (
    CONFIRM_MAX_AGE,
    PREFERENCES_MAX_AGE,
    TokenError,
    check_subscriber_token,
    unsubscribe,
)
from veille.notifications.welcome import already_message, confirmation_message, welcome_message
from veille.storage.types import utcnow
from veille.web import csrf
from veille.web.limits import RateLimit
from veille.web.pages import render

log = logging.getLogger("veille.web")

# A person may ask again a few times (a lost mail); a client may sign up a household.
SIGNUPS_PER_ADDRESS = (3, 3600.0)
SIGNUPS_PER_CLIENT = (10, 3600.0)
MAX_PAUSE_DAYS = 365
MAX_FORM_BYTES = 20_000
LABELS = {
    "categories": ("Types d’appels", "Aucune case cochée : tous les types."),
    "audience": ("Vous êtes", "Aucune case cochée : tous les publics."),
    "regions": ("Régions", "Aucune case cochée : toute la France."),
    "specialties": ("Spécialités", "Aucune case cochée : toutes les spécialités."),
}


def _limits(request: Request) -> tuple[RateLimit, RateLimit]:
    state = request.app.state
    if not hasattr(state, "signup_limits"):
        state.signup_limits = (RateLimit(*SIGNUPS_PER_ADDRESS), RateLimit(*SIGNUPS_PER_CLIENT))
    return state.signup_limits


def _fieldsets(filters: dict) -> list[dict]:
    return [
        {
            "key": key,
            "legend": LABELS[key][0],
            "hint": LABELS[key][1],
            "folded": key in ("regions", "specialties"),
            "choices": [
                {"value": value, "label": label, "checked": value in (filters.get(key) or [])}
                for value, label in subs.choices(key)
            ],
        }
        for key in subs.VOCABULARY_FILTERS
    ]


def _frequencies(current: str) -> list[dict]:
    return [
        {"value": value, "label": label, "checked": value == current}
        for value, label in subs.FREQUENCY_LABELS.items()
    ]


def form_page(request: Request, template: str, context: dict, status_code: int = 200) -> Response:
    """A page holding a form: with its CSRF field, and the cookie it is checked against."""
    field, cookie = csrf.field_for(request)
    response = render(request, template, {**context, "csrf": field}, status_code=status_code)
    csrf.set_cookie(request, response, cookie)
    response.headers["cache-control"] = "no-store"
    return response


async def _form(request: Request):
    if int(request.headers.get("content-length") or 0) > MAX_FORM_BYTES:
        raise HTTPException(400)
    return await request.form(max_files=0, max_fields=200)


def _filters(form) -> dict[str, list[str]]:
    return {key: [str(v) for v in form.getlist(key)] for key in subs.VOCABULARY_FILTERS}


# -- sign-up -------------------------------------------------------------------------


async def home(request: Request) -> Response:
    return _signup_page(request, {}, "weekly", "")


def _signup_page(request, filters, frequency, email, error="", status_code=200) -> Response:
    return form_page(
        request,
        "web/signup.html",
        {
            "fieldsets": _fieldsets(filters),
            "frequencies": _frequencies(frequency),
            "email": email,
            "error": error,
        },
        status_code,
    )


async def sign_up(request: Request) -> Response:
    form = await _form(request)
    csrf.check(request, form)
    email = str(form.get("email") or "").strip()[:320]
    filters = _filters(form)
    frequency = str(form.get("frequency") or "weekly")
    by_address, by_client = _limits(request)
    if not by_client.allow(request.client.host if request.client else "?"):
        raise HTTPException(429, headers={"retry-after": "3600"})
    try:
        address = subs.normalise_email(email)
        subs.check_frequency(frequency)
        subs.check_filter_values(subs.clean_filters(filters))
    except UserError as exc:
        message = _french(exc, email)
        return _signup_page(request, filters, frequency, email, message, status_code=400)
    if by_address.allow(address):
        await run_in_threadpool(_sign_up, request.app.state, address, filters, frequency)
    else:
        log.info("sign-up: too many requests for one address; no mail sent")
    return render(request, "web/check_mail.html", {"email": address})


def _french(exc: UserError, email: str) -> str:
    text = str(exc)
    if text.startswith("«"):  # the vocabulary check already speaks French
        return text
    if not email:
        return "Indiquez votre adresse électronique."
    return f"« {email} » n’est pas une adresse électronique valide."


def _sign_up(state, address: str, filters: dict, frequency: str) -> None:
    """Record the request and mail the address (confirmation, or its links if subscribed)."""
    settings, now = state.settings, utcnow()
    with state.db.session() as session:
        subscriber, action = subs.request_subscription(
            session, address, filters, frequency, now=now
        )
        if action == "confirm":
            message = confirmation_message(settings, subscriber, now)
        else:
            message = already_message(settings, subscriber, now)
    _mail(settings, message, f"{action}-{subscriber.id}")


def _mail(settings, message, name: str) -> None:
    try:
        send_now(settings, message, f"{name}-{utcnow():%Y%m%dT%H%M%S%f}.eml")
    except Exception as exc:  # the page must not say whether, or why, a mail failed
        log.warning("mail %s not sent: %s", name, exc)


# -- confirmation --------------------------------------------------------------------


def _subscriber(request: Request, purpose: str, max_age: timedelta | None):
    """The subscriber named by the URL's token, or the French page saying why not (400)."""
    token = request.path_params["token"]
    state = request.app.state
    try:
        with state.db.session() as session:
            subscriber, _ = check_subscriber_token(
                session, state.settings.secret(), purpose, token, max_age
            )
            session.expunge(subscriber)
            return subscriber, None
    except TokenError as exc:
        return None, render(
            request,
            "web/bad_link.html",
            {"expired": exc.expired, "purpose": purpose},
            status_code=400,
        )


async def confirmation(request: Request) -> Response:
    subscriber, refused = await run_in_threadpool(_subscriber, request, "confirm", CONFIRM_MAX_AGE)
    if refused:
        return refused
    if request.method == "GET":
        return form_page(request, "web/confirm.html", {"email": subscriber.email, "done": None})
    csrf.check(request, await _form(request))
    done = await run_in_threadpool(_confirm, request.app.state, subscriber.id)
    return render(request, "web/confirm.html", {"email": subscriber.email, "done": done})


def _confirm(state, subscriber_id: int) -> bool:
    settings, now = state.settings, utcnow()
    with state.db.session() as session:
        subscriber = session.get(subs.Subscriber, subscriber_id)
        first = subs.confirm(session, subscriber, now)
        message = welcome_message(session, settings, subscriber, now) if first else None
    if message is not None:
        _mail(settings, message, f"welcome-{subscriber_id}")
    return first


# -- preferences ---------------------------------------------------------------------


def _preferences_context(request, subscriber, filters, frequency, paused, error="", saved=False):
    settings = request.app.state.settings
    links = links_for(settings, subscriber)
    today = utcnow().astimezone(settings.tz).date()
    feed = feed_url(settings.public_url(), settings.secret(), subscriber)
    return {
        "email": subscriber.email,
        "fieldsets": _fieldsets(filters),
        "frequencies": _frequencies(frequency),
        "paused_until": paused.isoformat() if paused else "",
        "min_pause": today.isoformat(),
        "max_pause": (today + timedelta(days=MAX_PAUSE_DAYS)).isoformat(),
        "unsubscribe_url": links.unsubscribe,
        # The private calendar: the deadlines of what they follow and their filters match.
        "calendar_url": webcal(feed),
        "calendar_https": feed,
        "error": error,
        "saved": saved,
        "active": subscriber.active,
    }


async def preferences(request: Request) -> Response:
    subscriber, refused = await run_in_threadpool(
        _subscriber, request, "preferences", PREFERENCES_MAX_AGE
    )
    if refused:
        return refused
    if request.method == "GET":
        context = _preferences_context(
            request, subscriber, subscriber.filters, subscriber.frequency, subscriber.paused_until
        )
        return form_page(request, "web/preferences.html", context)
    form = await _form(request)
    csrf.check(request, form)
    filters, frequency = _filters(form), str(form.get("frequency") or "")
    try:
        paused = _pause(str(form.get("paused_until") or "").strip(), request)
        await run_in_threadpool(_save, request.app.state, subscriber.id, filters, frequency, paused)
    except UserError as exc:
        message = str(exc) if str(exc).startswith("«") else _pause_or_frequency_error(exc)
        context = _preferences_context(request, subscriber, filters, frequency, None, message)
        return form_page(request, "web/preferences.html", context, status_code=400)
    context = _preferences_context(request, subscriber, filters, frequency, paused, saved=True)
    return form_page(request, "web/preferences.html", context)


def _pause_or_frequency_error(exc: UserError) -> str:
    text = str(exc)
    return text if text.startswith("La pause") else "Choisissez une fréquence d’envoi."


def _pause(text: str, request: Request) -> date | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UserError("La pause doit finir à une date valide.") from None
    today = utcnow().astimezone(request.app.state.settings.tz).date()
    if not today <= day <= today + timedelta(days=MAX_PAUSE_DAYS):
        raise UserError("La pause doit finir entre aujourd’hui et dans un an au plus.")
    return day


def _save(state, subscriber_id: int, filters, frequency, paused) -> None:
    with state.db.session() as session:
        subscriber = session.get(subs.Subscriber, subscriber_id)
        subs.update_preferences(session, subscriber, filters, frequency, paused)


# -- unsubscribe ---------------------------------------------------------------------


async def unsubscribe_page(request: Request) -> Response:
    """GET shows one button; POST (the button, or a mail client's one-click) unsubscribes."""
    subscriber, refused = await run_in_threadpool(_subscriber, request, "unsubscribe", None)
    if refused:
        return refused
    if request.method == "GET":
        context = {"email": subscriber.email, "done": False}
        return form_page(request, "web/unsubscribe.html", context)
    # No CSRF check: the one-click POST carries no form token by design (RFC 8058), and
    # the signed link already proves the request comes from the mail's reader.
    await request.body()
    await run_in_threadpool(_unsubscribe, request.app.state, request.path_params["token"])
    response = render(request, "web/unsubscribe.html", {"email": subscriber.email, "done": True})
    response.headers["cache-control"] = "no-store"
    return response


def _unsubscribe(state, token: str) -> None:
    with state.db.session() as session:
        unsubscribe(session, state.settings.secret(), token, utcnow())


routes = [
    Route("/", home, methods=["GET"], name="home"),
    Route("/", sign_up, methods=["POST"], name="sign_up"),
    Route("/confirmation/{token}", confirmation, methods=["GET", "POST"], name="confirm"),
    Route("/preferences/{token}", preferences, methods=["GET", "POST"], name="preferences"),
    Route(
        "/desabonnement/{token}",
        unsubscribe_page,
        methods=["GET", "POST"],
        name="unsubscribe",
    ),
]
