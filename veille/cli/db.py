"""``veille db``: the schema."""

from __future__ import annotations

import click

from veille.cli.common import settings
from veille.storage import open_database
from veille.storage.migrate import database_revision, head_revision, upgrade


@click.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply the migrations that are missing (other commands do this on their own)."""
    url = settings().database_url
    database = open_database(url, migrate=False)
    try:
        before = database_revision(database.engine)
        applied = upgrade(database.engine)
        head = head_revision(database.engine)
    finally:
        database.dispose()
    where = database.engine.url.render_as_string(hide_password=True)
    if applied:
        click.echo(f"Upgraded {where} from {before or 'an empty database'} to revision {head}.")
    else:
        click.echo(f"{where} is already at revision {head}.")
