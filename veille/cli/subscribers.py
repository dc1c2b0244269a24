"""``veille subscribers``: who receives digests, their filters, and their GDPR rights."""

from __future__ import annotations

from pathlib import Path

import click
from sqlalchemy import select

from veille.cli.common import database, local_time, print_json, print_table, settings
from veille.errors import UserError
from veille.notifications import subscribers as subs
from veille.notifications.tokens import unsubscribe
from veille.storage.models import Subscriber
from veille.storage.types import utcnow

MAX_REPORTED = 20


def _filter_options(command):
    for key in reversed(subs.FILTER_KEYS):
        command = click.option(
            f"--{key}",
            multiple=True,
            metavar="A,B",
            help=f"Only calls with these {key} (comma-separated, repeatable); none = all.",
        )(command)
    return command


@click.group()
def subscribers() -> None:
    """People who receive digests."""


@subscribers.command("add")
@click.argument("email")
@_filter_options
@click.option(
    "--frequency", type=click.Choice(subs.FREQUENCIES), default="weekly", show_default=True
)
@click.option(
    "--resubscribe", is_flag=True, help="Add back a person who unsubscribed (they asked to)."
)
def add(email: str, frequency: str, resubscribe: bool, **filters: tuple[str, ...]) -> None:
    """Subscribe EMAIL (or change the filters of an existing subscriber).

    Filter values are the extractor's vocabulary (veille subscribers choices lists them).
    """
    with database().session() as session:
        subscriber, created = subs.add(
            session, email, filters, frequency, now=utcnow(), resubscribe=resubscribe
        )
        address = subscriber.email
        shown = _filters_text(subscriber.filters)
    verb = "Added" if created else "Updated"
    click.echo(f"{verb} {address} ({frequency}; {shown}).")


@subscribers.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--skip-invalid", is_flag=True, help="Import the good rows, report the bad ones.")
@click.option(
    "--resubscribe", is_flag=True, help="Add back people who unsubscribed (they asked to)."
)
def import_csv(file: Path, skip_invalid: bool, resubscribe: bool) -> None:
    """Subscribe every row of a CSV file (columns: email, categories, …, frequency).

    Every row is checked first: if any is bad, each bad row is reported with its
    line number and nothing is imported, unless --skip-invalid is given.
    """
    report = subs.read_csv(file)
    for error in report.errors[:MAX_REPORTED]:
        click.echo(f"{file}: {error}", err=True)
    if len(report.errors) > MAX_REPORTED:
        click.echo(f"… and {len(report.errors) - MAX_REPORTED} more bad rows.", err=True)
    if report.errors and not skip_invalid:
        raise UserError(
            f"{len(report.errors)} bad row(s) in {file}; nothing was imported "
            "(fix them, or pass --skip-invalid to import the good rows)."
        )
    added = updated = 0
    left: list[str] = []
    now = utcnow()
    with database().session() as session:
        for row in report.rows:
            try:
                _, created = subs.add(
                    session, row.email, row.filters, row.frequency, now=now, resubscribe=resubscribe
                )
            except subs.AlreadyUnsubscribed:
                left.append(row.email)
                continue
            added += created
            updated += not created
    skipped = f", {len(report.errors)} bad row(s) skipped" if report.errors else ""
    kept_out = (
        f", {len(left)} who unsubscribed left out (--resubscribe adds them back)" if left else ""
    )
    click.echo(f"Imported {file}: {added} added, {updated} updated{skipped}{kept_out}.")


@subscribers.command("choices")
def choices_command() -> None:
    """The values each filter accepts, with the label people see."""
    for key in subs.VOCABULARY_FILTERS:
        click.echo(f"--{key}:")
        for value, label in subs.choices(key):
            click.echo(f"  {value:40} {label}")


@subscribers.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_(as_json: bool) -> None:
    """All subscribers."""
    with database().session() as session:
        rows = [
            {
                "id": s.id,
                "email": s.email,
                "frequency": s.frequency,
                "active": s.active,
                "confirmed": s.confirmed,
                "permanent_failures": s.permanent_failures,
                "last_digest_at": s.last_digest_at.isoformat() if s.last_digest_at else None,
                "filters": s.filters,
            }
            for s in session.scalars(select(Subscriber).order_by(Subscriber.id))
        ]
    if as_json:
        print_json(rows)
        return
    print_table(
        ["id", "email", "frequency", "active", "failures", "last digest", "filters"],
        [
            (
                r["id"],
                r["email"],
                r["frequency"],
                r["active"],
                r["permanent_failures"],
                local_time(r["last_digest_at"]),
                _filters_text(r["filters"]),
            )
            for r in rows
        ],
        empty="No subscribers yet.",
    )


@subscribers.command("show")
@click.argument("email")
def show(email: str) -> None:
    """One subscriber: filters, state and digests."""
    with database().session() as session:
        data = subs.export(session, subs.find(session, email))
    person = data["subscriber"]
    click.echo(f"Email:       {person['email']}")
    click.echo(f"Frequency:   {person['frequency']}")
    click.echo(f"Active:      {'yes' if person['active'] else 'no'}")
    click.echo(f"Failures:    {person['permanent_failures']} permanent in a row")
    click.echo(f"Since:       {local_time(person['created_at'])}")
    click.echo(f"Last digest: {local_time(person['last_digest_at'])}")
    for key in subs.FILTER_KEYS:
        values = person["filters"].get(key) or []
        click.echo(f"  {key + ':':<13}{', '.join(values) if values else 'all'}")
    click.echo()
    print_table(
        ["digest", "period", "state", "sent", "subject"],
        [
            (m["id"], m["period"], m["state"], local_time(m["sent_at"]), m["subject"])
            for m in data["messages"]
        ],
        empty="No digest yet.",
    )


@subscribers.command("remove")
@click.argument("email")
def remove(email: str) -> None:
    """Stop sending to EMAIL (kept, inactive; `forget` erases)."""
    with database().session() as session:
        subscriber = subs.find(session, email)
        subscriber.active = False
        address = subscriber.email
    click.echo(f"Removed {address}: no more digests (use `forget` to erase the data).")


@subscribers.command("export")
@click.argument("email")
def export(email: str) -> None:
    """Print everything held on EMAIL as JSON (GDPR right of access)."""
    with database().session() as session:
        data = subs.export(session, subs.find(session, email))
    print_json(data)


@subscribers.command("forget")
@click.argument("email")
def forget(email: str) -> None:
    """Erase EMAIL and everything held on them (GDPR right to erasure)."""
    with database().session() as session:
        subscriber = subs.find(session, email)
        address = subscriber.email
        count = subs.forget(session, subscriber, settings().outbox_dir)
    click.echo(f"Erased {address} and {count} digest(s).")


@subscribers.command("unsubscribe")
@click.argument("token")
def unsubscribe_command(token: str) -> None:
    """Apply an unsubscribe TOKEN (the last part of an unsubscribe link)."""
    secret = settings().secret()
    with database().session() as session:
        subscriber, was_active = unsubscribe(session, secret, token, utcnow())
        address = subscriber.email
    if was_active:
        click.echo(f"Unsubscribed {address}.")
    else:
        click.echo(f"{address} was already unsubscribed.")


def _filters_text(filters: dict) -> str:
    parts = [f"{k}={','.join(v)}" for k, v in (filters or {}).items() if v]
    return "; ".join(parts) or "everything"
