"""``veille digest`` and ``veille outbox``: build, preview and send digests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from veille.cli.common import database, local_time, print_json, print_table, settings
from veille.errors import UserError
from veille.notifications import build_due_digests, outbox, send_pending
from veille.notifications import subscribers as subs
from veille.notifications.message import build_message
from veille.notifications.selection import select_digest
from veille.storage.types import utcnow

NOW_HELP = "Act as if it were this moment (YYYY-MM-DD or YYYY-MM-DDTHH:MM, local time)."


def _now(value: str | None) -> datetime:
    if not value:
        return utcnow()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(
            f"--now {value!r} is not a date like 2026-05-10 or 2026-05-10T08:00."
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=settings().tz)
    return moment


@click.group()
def digest() -> None:
    """Digest e-mails."""


@digest.command("preview")
@click.argument("email")
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the HTML part to this file.",
)
@click.option("--now", "now_text", metavar="WHEN", help=NOW_HELP)
def preview(email: str, html_file: Path | None, now_text: str | None) -> None:
    """Show the digest EMAIL would get now, without sending or recording anything."""
    now = _now(now_text)
    db = database()
    with db.session() as session:
        subscriber = subs.find(session, email)
        selected = select_digest(session, subscriber, now, settings().tz)
        if not selected:
            click.echo(f"Nothing to send to {subscriber.email} for {selected.period}.")
            session.rollback()
            return
        message = build_message(selected, settings())
        session.rollback()  # a preview changes nothing
    click.echo(f"Subject: {message['Subject']}")
    click.echo()
    text = message.get_body(("plain",))
    click.echo(text.get_content() if text else "")
    if html_file:
        html = message.get_body(("html",))
        html_file.write_text(html.get_content() if html else "", encoding="utf-8")
        click.echo(f"HTML part written to {html_file}.")


@digest.command("run")
@click.option("--now", "now_text", metavar="WHEN", help=NOW_HELP)
def run(now_text: str | None) -> None:
    """Build every digest that is due and send what is waiting in the outbox."""
    now = _now(now_text)
    db, config = database(), settings()
    built = build_due_digests(db, config, now)
    click.echo(
        f"Built {len(built.built)} digest(s); {built.empty} subscriber(s) had nothing new, "
        f"{built.already} already had this period's digest."
    )
    sent = send_pending(db, config, now)
    where = "SMTP" if config.smtp_url else f"files in {config.outbox_dir}"
    click.echo(
        f"Sent {len(sent.sent)} via {where}; {len(sent.temporary)} to retry later, "
        f"{len(sent.permanent)} failed for good."
    )
    for address in sent.disabled:
        click.echo(f"Disabled {address} after repeated permanent failures.")
    if sent.busy:
        raise UserError("another sender of this process is running; nothing was sent.")
    if sent.stopped:
        # Scripts and cron must see it: the rows wait in the outbox for the next run.
        raise UserError(f"sending stopped: {sent.stopped}; the rest waits in the outbox.")


@click.group("outbox")
def outbox_group() -> None:
    """Digests written and waiting, sent or failed."""


@outbox_group.command("list")
@click.option("--state", type=click.Choice(["pending", "sending", "sent", "failed"]))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def outbox_list(state: str | None, as_json: bool) -> None:
    """Outbox rows, oldest first."""
    rows = outbox.list_rows(database(), state)
    if as_json:
        print_json(rows)
        return
    print_table(
        ["id", "email", "period", "state", "tries", "sent", "subject / last error"],
        [
            (
                r["id"],
                r["email"],
                r["period"],
                r["state"],
                r["attempts"],
                local_time(r["sent_at"]),
                r["last_error"] if r["state"] != "sent" and r["last_error"] else r["subject"],
            )
            for r in rows
        ],
        empty="The outbox is empty.",
    )


@outbox_group.command("retry")
@click.argument("row_id", metavar="ID", type=int)
def outbox_retry(row_id: int) -> None:
    """Put outbox row ID back in line; the next `digest run` sends it."""
    outbox.retry(database(), row_id)
    click.echo(f"Outbox message {row_id} will be sent by the next `veille digest run`.")
