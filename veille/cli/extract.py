"""``veille extract``: run the deadline extractor on one file or stdin and print JSON.

Lets a maintainer check what the spiders will read from a page before writing a
case for it, without a database or a crawl.
"""

from __future__ import annotations

import sys
from datetime import date

import click

from veille.errors import UserError


def _page_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(
            f"--page-date attend une date AAAA-MM-JJ (par exemple 2025-03-15), pas « {value} »."
        ) from None


def _read(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise UserError(f"Impossible de lire le fichier « {source} » : {reason}.") from None
    if isinstance(data, bytes):
        return data.decode("utf-8", errors="replace")
    return data


@click.command("extract")
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option(
    "--page-date",
    "page_date",
    metavar="YYYY-MM-DD",
    help="Date of the page; a date without a year is the next one from it (default: today).",
)
@click.option(
    "--html/--text",
    "as_html",
    default=None,
    help="Read the input as HTML or as plain text (default: guessed).",
)
def extract(source: str, page_date: str | None, as_html: bool | None) -> None:
    """Print the deadlines, opening date, events and topics found in FILE (or stdin)."""
    from veille.spiders.extract import extract as run_extract

    when = _page_date(page_date)
    text = _read(source)
    click.echo(run_extract(text, when, html=as_html).to_json(indent=2))
