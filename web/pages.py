"""Rendering a page from ``templates/web/``; what every page's template can count on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

SITE_NAME = "Veille recherche"


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    """``template`` rendered with ``context`` plus ``request`` and ``site_name``."""
    environment = request.app.state.templates
    html = environment.get_template(template).render(
        request=request, site_name=SITE_NAME, **(context or {})
    )
    return HTMLResponse(html, status_code=status_code, headers=dict(headers or {}))
