"""The ``veille`` command: one click group, each sub-command in its own module."""

from __future__ import annotations

import importlib
import sys

import click

from veille.errors import UserError

# Each sub-command and where it lives ("module:attribute" under veille.cli). A module is
# imported only when its command runs, so `veille subscribers add` does not pay for
# importing Scrapy and Twisted: a command starts in a fraction of a second.
COMMANDS = {
    "db": "db:db",
    "extract": "extract:extract",
    "ingest": "ingest:ingest",
    "calls": "listing:calls",
    "events": "listing:events",
    "status": "listing:status",
    "sources": "sources:sources",
    "crawl": "crawl:crawl",
    "run": "worker:run",
    "serve": "worker:serve",
    "health": "worker:health",
    "subscribers": "subscribers:subscribers",
    "digest": "digest:digest",
    "outbox": "digest:outbox_group",
    "demo": "demo:demo",
}


class _Main(click.Group):
    """Loads sub-commands on demand, and turns a UserError anywhere below into one line
    on stderr and its exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(f"veille.cli.{module}"), attribute)

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
