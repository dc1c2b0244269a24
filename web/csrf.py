"""Cross-site request forgery: a signed double-submit token on every form.

The browser gets a random value in a cookie (SameSite=Lax, HttpOnly) and the
same value, signed with the secret key and timed, in a hidden field. A POST
passes when the field's signature holds, it is recent, and it names the
cookie's value: another site can make a browser send the cookie, but it can
neither read it nor sign a field for it.

The one-click unsubscribe POST (RFC 8058) carries no form at all, by design:
its signed link is its protection, so that route does not call ``check``.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import timedelta

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

COOKIE = "veille_csrf"
FIELD = "csrf"
MAX_AGE = timedelta(hours=12)


def _signer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(request.app.state.settings.secret(), salt="veille.csrf")


def field_for(request: Request) -> tuple[str, str]:
    """(hidden field value, cookie value): the cookie the browser has, or a new one."""
    cookie = request.cookies.get(COOKIE) or ""
    if len(cookie) != 32:
        cookie = secrets.token_hex(16)
    return _signer(request).dumps(cookie), cookie


def set_cookie(request: Request, response: Response, cookie: str) -> None:
    response.set_cookie(
        COOKIE,
        cookie,
        max_age=int(MAX_AGE.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=request.app.state.settings.public_url().startswith("https://"),
        path="/",
    )


def check(request: Request, form) -> None:
    """Refuse (403) a form POST whose token is missing, forged, old or not this browser's."""
    cookie = request.cookies.get(COOKIE) or ""
    try:
        value = _signer(request).loads(str(form.get(FIELD) or ""), max_age=MAX_AGE.total_seconds())
    except BadSignature:
        raise HTTPException(403) from None
    if not cookie or not isinstance(value, str) or not hmac.compare_digest(value, cookie):
        raise HTTPException(403)
