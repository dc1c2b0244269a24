"""What the sub-commands share: settings, the database, and printing tables or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

import click

from veille.settings import Settings, load_settings
from veille.storage import Database, open_database


def settings() -> Settings:
    """The validated settings, read once per command."""
    ctx = click.get_current_context()
    root = ctx.find_root()
    if "settings" not in root.meta:
        root.meta["settings"] = load_settings()
    return root.meta["settings"]


def database() -> Database:
    """The configured database with its schema at head, closed when the command ends."""
    ctx = click.get_current_context()
    root = ctx.find_root()
    if "database" not in root.meta:
        db = open_database(settings().database_url)
        root.meta["database"] = db
        root.call_on_close(db.dispose)
    return root.meta["database"]


def today() -> date:
    return datetime.now(settings().tz).date()


def local_time(iso: str | None) -> str:
    """An ISO timestamp as the operator's local wall-clock time."""
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).astimezone(settings().tz).strftime("%Y-%m-%d %H:%M")


def print_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, empty: str) -> None:
    """Columns sized to their content; long text cut so a row stays on one line."""
    if not rows:
        click.echo(empty)
        return
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [
        min(60, max(len(header), *(len(row[i]) for row in cells)))
        for i, header in enumerate(headers)
    ]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        click.echo("  ".join(_fit(v, w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return " ".join(str(value).split())


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
