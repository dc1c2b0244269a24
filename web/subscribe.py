"""Sign-up at ``/`` (double opt-in), preferences and unsubscribe pages."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from veille.web.pages import render


async def home(request: Request):
    return render(request, "web/home.html")


routes = [Route("/", home, methods=["GET"], name="home")]
