"""``veille sources``: the registry — list, show, check against fixtures or live, and new."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import click

from veille.cli.common import print_json, print_table, settings
from veille.errors import UserError
from veille.spiders.check import EXPECTED_FILE, check_sources, fixtures_root
from veille.spiders.fixtures import fixture_path
from veille.spiders.kinds import kind_names
from veille.spiders.registry import (
    Source,
    editable_registry,
    interval_seconds,
    load_registry,
    maintainer_registry,
    new_source,
    vocabulary,
)


@click.group()
def sources() -> None:
    """The sources veille watches (spiders/sources.toml).

    Run from a clone of the repository, these commands read and write that clone's
    registry and fixtures (VEILLE_REGISTRY and VEILLE_FIXTURES_DIR name others).
    """


def _registry():
    return load_registry(maintainer_registry(settings().registry))


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def sources_list(as_json: bool) -> None:
    """Every source of the registry, with how far each was checked against the real site."""
    registry = _registry()
    if as_json:
        print_json([s.model_dump(mode="json") | {"verified": s.verified} for s in registry])
        return
    print_table(
        ["id", "kind", "categories", "region", "schedule", "enabled", "verified", "name"],
        [
            (
                s.id,
                s.kind,
                ",".join(s.categories),
                s.region,
                s.schedule,
                s.enabled,
                s.verified,
                s.name,
            )
            for s in registry
        ],
        empty="The registry lists no source.",
    )


@sources.command("show")
@click.argument("source_id")
def sources_show(source_id: str) -> None:
    """One source's entry, its fixture folder and schedule."""
    source = _registry().get(source_id)
    for name, value in source.model_dump().items():
        if value not in (None, [], {}):
            click.echo(
                f"{name:13} {json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value}"
            )
    seconds = interval_seconds(source.schedule)
    click.echo(
        f"{'runs':13} {'every ' + str(seconds) + ' s' if seconds else 'cron ' + source.schedule}"
    )
    click.echo(f"{'registry':13} {maintainer_registry(settings().registry)}")
    try:
        click.echo(f"{'fixture dir':13} {fixtures_root(settings()) / source.fixture_dir}")
    except UserError:
        click.echo(f"{'fixture dir':13} - (no working copy here)")


@sources.command("check")
@click.argument("source_ids", nargs=-1)
@click.option(
    "--live", is_flag=True, help="Crawl the real sites (needs internet) instead of fixtures."
)
@click.option(
    "--show", is_flag=True, help="Also print what each source recorded, as expected.json."
)
def sources_check(source_ids: tuple[str, ...], live: bool, show: bool) -> None:
    """Each source against its fixture offline, or (--live) against its site."""
    logging.getLogger("scrapy").setLevel(logging.CRITICAL)
    config = settings()
    registry = _registry()
    chosen = registry.select(list(source_ids))
    if not live:
        fixtures_root(config)  # no working copy: say so before crawling anything
    results = check_sources(config, registry, chosen, live=live)
    for result in results:
        mark = "ok  " if result.ok else "FAIL"
        items = result.report.items if result.report else 0
        click.echo(f"{mark} {result.source_id} ({items} items)")
        for problem in result.problems:
            click.echo(f"     {problem}")
        if show:
            print_json(result.recorded)
    failed = [r.source_id for r in results if not r.ok]
    if failed:
        raise UserError(f"{len(failed)} of {len(results)} sources failed: {', '.join(failed)}")
    click.echo(f"All {len(results)} sources {'answered' if live else 'match their fixtures'}.")


@sources.command("new")
@click.argument("source_id")
@click.option("--kind", required=True, type=click.Choice(kind_names()), help="Spider kind.")
@click.option("--url", "start_url", required=True, help="The page (or site root) to start from.")
@click.option("--name", default=None, help="Human name (defaults to the id).")
def sources_new(source_id: str, kind: str, start_url: str, name: str | None) -> None:
    """Write a registry entry and a fixture skeleton; its test fails until expected.json is filled in."""
    config = settings()
    path = editable_registry(config.registry)
    root = fixtures_root(config, "`veille sources new`")
    registry = load_registry(path)
    if source_id in registry.sources:
        raise UserError(f"{source_id!r} is already in {path}; pick another id")
    entry = new_source(
        id=source_id,
        name=name or source_id,
        organisation=name or source_id,
        categories=["bourse"],
        start_urls=[start_url],
        kind=kind,
        options=_starter_options(kind),
        enabled=True,
        maintainers=[],
    )
    block = _toml_entry(entry)
    folder = root / source_id
    first = folder / _first_fixture(kind, start_url)
    expected = folder / EXPECTED_FILE
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\n" + block)
        try:
            load_registry(path)
        except UserError:
            path.write_text(
                path.read_text(encoding="utf-8").removesuffix("\n" + block), encoding="utf-8"
            )
            raise
        first.parent.mkdir(parents=True, exist_ok=True)
        if not first.exists():
            first.write_text(_SKELETON.get(kind, _SKELETON["page"]), encoding="utf-8")
        if not expected.exists():
            expected.write_text("[]\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(
            f"cannot write {exc.filename or path}: {exc.strerror or exc}; "
            "check that the working copy is writable"
        ) from None
    click.echo(f"Added [{source_id}] to {path}")
    click.echo(f"Wrote {first} (replace with a page in the real site's markup shape)")
    click.echo(f"Wrote {expected} (empty: the source's test fails until you fill it in)")
    click.echo(f"Next: veille sources check {source_id} --show")


def _first_fixture(kind: str, url: str) -> Path:
    if kind == "wordpress":
        return Path(fixture_path(url.rstrip("/") + "/wp-json/wp/v2/posts?per_page=20"))
    return Path(fixture_path(url))


def _starter_options(kind: str) -> dict:
    if kind == "listing":
        return {"item": "article", "title": "h2", "link": "a"}
    return {}


# What a maintainer must decide for a new entry, written beside each key.
_HINTS = {
    "name": "TODO: the site section, as a person would name it",
    "organisation": "TODO: who publishes the calls",
    "categories": f"among {', '.join(sorted(vocabulary('categories')))}",
    "audience": f"among {', '.join(sorted(vocabulary('audience')))}",
    "region": '"national" or a key of spiders/extract/vocab/regions.toml',
    "schedule": '"6h", "1d", "30m", or a cron line such as "0 7 * * 1"',
    "maintainers": "who looks after this entry",
}


def _toml_entry(source: Source) -> str:
    lines = [f'["{source.id}"]']
    for key in (
        "name",
        "organisation",
        "categories",
        "audience",
        "region",
        "start_urls",
        "kind",
        "schedule",
        "maintainers",
    ):
        line = f"{key} = {json.dumps(getattr(source, key), ensure_ascii=False)}"
        hint = _HINTS.get(key)
        lines.append(f"{line:<42}# {hint}" if hint else line)
    if source.options:
        inline = ", ".join(
            f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in source.options.items()
        )
        lines.append(f"options = {{ {inline} }}")
    lines.append(
        'notes = "TODO: what the real page showed (URL seen, markup), or that it was not found"'
    )
    # Not yet compared with the real site: say so, and what to write once it is.
    check = f'checked = {{ level = "no", on = {date.today().isoformat()}, how = "not yet compared with the real site" }}'
    lines.append(
        f'{check}  # once seen: level = "page" or "site", how = "...", seen = ["https://..."]'
    )
    return "\n".join(lines) + "\n"


_SKELETON = {
    "page": '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>TODO</title></head>\n<body><main><h1>TODO: title of the call</h1>\n<p>TODO: our own text in the site\'s markup, with its deadline.</p></main></body></html>\n',
    "listing": '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"></head>\n<body><main>\n<article><h2><a href="/TODO">TODO: a call</a></h2><p>TODO: date limite …</p></article>\n</main></body></html>\n',
    "feed": '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>TODO</title>\n<item><title>TODO</title><link>https://example.org/TODO</link><description>TODO</description></item>\n</channel></rss>\n',
    "wordpress": "[]\n",
}
