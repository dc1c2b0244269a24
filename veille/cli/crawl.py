"""``veille crawl``: crawl sources now and record each run, with progress and a summary table."""

from __future__ import annotations

import logging

import click

from veille.cli.common import database, print_json, print_table, settings
from veille.errors import UserError
from veille.spiders.registry import load_registry
from veille.spiders.report import CrawlReport


@click.command()
@click.argument("source_ids", nargs=-1)
@click.option("--all", "all_sources", is_flag=True, help="Every enabled source of the registry.")
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's warnings and errors.")
def crawl(source_ids: tuple[str, ...], all_sources: bool, as_json: bool, verbose: bool) -> None:
    """Crawl the named sources (or --all) and record what they list.

    With VEILLE_FIXTURES_DIR set, pages come from that fixture tree instead of the web.
    """
    if not source_ids and not all_sources:
        raise UserError("name the sources to crawl, or give --all")
    if source_ids and all_sources:
        raise UserError("give source ids or --all, not both")
    from veille.spiders.crawl import crawl_sources  # Scrapy and Twisted: only for a crawl

    logging.getLogger("scrapy").setLevel(logging.WARNING if verbose else logging.CRITICAL)
    config = settings()
    registry = load_registry(config.registry)
    ids = [registry.get(i).id for i in source_ids] or None
    reports = crawl_sources(
        database(), config, ids, registry=registry, progress=None if as_json else _progress
    )
    if as_json:
        print_json([r.as_dict() for r in reports])
        return
    click.echo()
    print_table(
        ["source", "status", "items", "events", "errors", "seconds"],
        [
            (
                r.source_id,
                r.status + (" (suspicious)" if r.suspicious else ""),
                r.items,
                _events(r),
                "; ".join(r.errors) or "-",
                f"{r.duration:.1f}",
            )
            for r in reports
        ],
        empty="No source to crawl.",
    )
    if any(r.status == "failed" for r in reports):
        raise SystemExit(1)


def _progress(source_id: str, report: CrawlReport | None) -> None:
    if report is None:
        click.echo(f"… {source_id}", err=True)
    else:
        done = f"{report.items} items, {report.events} events"
        if report.errors:
            done += f", {len(report.errors)} errors"
        click.echo(f"✓ {source_id}: {report.status}, {done} ({report.duration:.1f}s)", err=True)


def _events(report: CrawlReport) -> str:
    if not report.event_kinds:
        return "0"
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.event_kinds.items()))
    return f"{report.events} ({kinds})"
