"""The Starlette application: pages from several modules, one layout, safe headers.

Adding pages: write a module in this package that exposes ``routes`` (a list
of Starlette ``Route``/``Mount``), name it in ``ROUTE_MODULES``, and render
with ``veille.web.pages.render``. Each module reads ``request.app.state.db``
(the ``Database``), ``.settings`` (the ``Settings``) and ``.templates`` (the
Jinja2 environment over ``templates/``, web pages in ``templates/web/``).
"""

from __future__ import annotations

from importlib import import_module
from importlib.resources import files

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from veille.settings import Settings
from veille.storage import Database
from veille.web.pages import render
from veille.web.security import SecurityHeaders

# Modules whose ``routes`` make the site, in the order they are matched.
ROUTE_MODULES = ("subscribe", "calls", "feeds", "ops")


def create_app(settings: Settings, db: Database) -> Starlette:
    """The whole site over ``db``; raises ConfigError when the pages cannot be served safely."""
    settings.check_web()
    routes: list[BaseRoute] = []
    for name in ROUTE_MODULES:
        routes.extend(import_module(f"veille.web.{name}").routes)
    routes.append(
        Mount("/static", StaticFiles(directory=str(files("veille.web") / "static")), name="static")
    )
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={HTTPException: _error_page},
    )
    app.state.db = db
    app.state.settings = settings
    app.state.templates = templates()
    return app


def templates() -> Environment:
    """Jinja2 over ``templates/``, autoescaped: pages show text scraped from other sites."""
    return Environment(
        loader=FileSystemLoader(str(files("veille.templates"))),
        autoescape=select_autoescape(("html",)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


ERRORS = {
    400: "La demande n’a pas pu être comprise.",
    403: "Cette action n’est pas autorisée depuis cette page.",
    404: "Cette page n’existe pas.",
    405: "Cette action n’est pas possible sur cette page.",
    429: "Trop de demandes en peu de temps : réessayez dans quelques minutes.",
}


async def _error_page(request: Request, exc: HTTPException):
    message = ERRORS.get(exc.status_code, "Une erreur est survenue.")
    return render(
        request,
        "web/error.html",
        {"message": message, "status": exc.status_code},
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )
