"""``veille calls``, ``veille events`` and ``veille status``: what storage holds."""

from __future__ import annotations

from datetime import date, datetime, time

import click

from veille.cli.common import database, local_time, print_json, print_table, settings, today
from veille.storage import queries


@click.group()
def calls() -> None:
    """Calls known to veille."""


@calls.command("list")
@click.option("--open", "open_only", is_flag=True, help="Only calls still open.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def calls_list(open_only: bool, as_json: bool) -> None:
    """List calls, next deadline first."""
    with database().session() as session:
        rows = queries.list_calls(session, today(), open_only=open_only)
    if as_json:
        print_json(rows)
        return
    print_table(
        ["id", "status", "next deadline", "sources", "title", "url"],
        [
            (c["id"], c["status"], c["next_deadline"], ",".join(c["sources"]), c["title"], c["url"])
            for c in rows
        ],
        empty="No calls yet." if not open_only else "No open calls.",
    )


@click.group()
def events() -> None:
    """Change events (the unit of notification)."""


@events.command("list")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Only events from this day on (YYYY-MM-DD, local time).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def events_list(since: datetime | None, as_json: bool) -> None:
    """List events, oldest first."""
    start = _start_of(since.date()) if since else None
    with database().session() as session:
        rows = queries.list_events(session, since=start)
    if as_json:
        print_json(rows)
        return
    print_table(
        ["id", "when", "kind", "source", "title", "url"],
        [
            (e["id"], local_time(e["created_at"]), e["kind"], e["source"], e["title"], e["url"])
            for e in rows
        ],
        empty="No events.",
    )


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def status(as_json: bool) -> None:
    """Rows per table and the last crawl of each source."""
    db = database()
    with db.session() as session:
        counts = queries.table_counts(session)
        crawls = queries.last_crawls(session)
    where = db.engine.url.render_as_string(hide_password=True)
    if as_json:
        print_json({"database": where, "tables": counts, "sources": crawls})
        return
    click.echo(f"Database: {where}")
    print_table(["table", "rows"], sorted(counts.items()), empty="")
    click.echo()
    print_table(
        ["source", "open calls", "last crawl", "status", "items", "events", "suspicious"],
        [
            (
                c["source"],
                c["open_calls"],
                local_time(c["last_crawl"]),
                c["status"],
                c["items"],
                c["events"],
                c["notes"] if c["suspicious"] else "no",
            )
            for c in crawls
        ],
        empty="No source has been crawled yet.",
    )


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=settings().tz)
