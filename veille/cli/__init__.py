"""The ``veille`` command: one click group, each sub-command in its own module."""

from __future__ import annotations

import sys

import click

from veille.errors import UserError


class _Main(click.Group):
    """Turns a UserError anywhere below into one line on stderr and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            click.echo(f"veille: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="veille")
def main() -> None:
    """veille: research calls for medical students and doctors, their history, alerts."""


def _register() -> None:
    """Attach each sub-command, one module per group."""
    from veille.cli import crawl, db, digest, extract, ingest, listing, sources, subscribers, worker

    for command in (
        db.db,
        extract.extract,
        ingest.ingest,
        listing.calls,
        listing.events,
        listing.status,
        sources.sources,
        crawl.crawl,
        worker.run,
        worker.serve,
        worker.health,
        subscribers.subscribers,
        digest.digest,
        digest.outbox_group,
    ):
        main.add_command(command)


_register()
