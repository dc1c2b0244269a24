"""``veille demo``: the whole chain on two invented sites, offline, in a folder of its own.

The demo sites (``spiders/demo/``, our own text on reserved ``.example`` hosts)
are served on 127.0.0.1 and crawled by the real engine; a demo subscriber gets
a first digest, then the sites change as they would overnight (a new call, a
deadline moved, a deadline announced three days ahead) and a second digest says
so. Nothing touches the real installation's database, outbox or secret key.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path
from string import Template

import click

from veille.errors import UserError

MARKER_TEXT = "made by `veille demo`; safe to delete\n"
MARKER = ".veille-demo"
SUBSCRIBER = "interne.demo@example.org"

# The call that appears on the second day, in the faculty listing's markup.
NEW_CALL = """<article class="appel">
<h2><a href="/recherche/appels/double-cursus-$year">Double cursus médecine-sciences : entrée $year</a></h2>
<p class="resume">Le parcours accueille des étudiants de deuxième année qui préparent une thèse de
sciences en parallèle de leurs études. Candidatures au plus tard le $new_deadline à 18h00.</p>
</article>"""


@dataclass(frozen=True)
class DemoDay:
    """What the demo sites say on one day; dates count from the first day, so calls stay open."""

    number: int
    today: date
    year: int
    research_year_deadline: date
    mobility_deadline: date
    grant_deadline: date | None
    new_call_deadline: date | None


def demo_data() -> Path:
    """``spiders/demo/``: the demo registry and page templates, installed with the package."""
    import veille.spiders

    return Path(veille.spiders.__file__).parent / "demo"


def demo_days(first: date) -> tuple[DemoDay, DemoDay]:
    one = DemoDay(
        number=1,
        today=first,
        year=first.year + 1,
        research_year_deadline=first + timedelta(days=40),
        mobility_deadline=first + timedelta(days=25),
        grant_deadline=None,  # "calendar to be announced"
        new_call_deadline=None,  # not published yet
    )
    two = DemoDay(
        number=2,
        today=first + timedelta(days=1),
        year=one.year,
        research_year_deadline=one.research_year_deadline + timedelta(days=7),  # moved
        mobility_deadline=one.mobility_deadline,
        grant_deadline=first + timedelta(days=1 + 3),  # three days ahead of day 2
        new_call_deadline=first + timedelta(days=30),  # a new call
    )
    return one, two


def write_sites(target: Path, day: DemoDay) -> None:
    """The demo sites as they read on ``day``, as a fixture tree under ``target``."""
    from veille.notifications.french import day as french

    values = {
        "year": str(day.year),
        "ar_deadline": french(day.research_year_deadline),
        "mobility_deadline": french(day.mobility_deadline),
        "new_call": "",
        "calendar": "Le calendrier de l'appel sera annoncé prochainement sur cette page.",
    }
    if day.new_call_deadline:
        values["new_call"] = Template(NEW_CALL).substitute(
            values, new_deadline=french(day.new_call_deadline)
        )
    if day.grant_deadline:
        values["calendar"] = (
            f"Dépôt des candidatures au plus tard le {french(day.grant_deadline)} à 23h59, "
            "sur la plateforme de la fondation."
        )
    if target.exists():
        shutil.rmtree(target)
    sites = demo_data() / "sites"
    for page in sites.rglob("*.html"):
        out = target / page.relative_to(sites)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(Template(page.read_text(encoding="utf-8")).substitute(values), "utf-8")


@click.command()
@click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("veille-demo"),
    show_default=True,
    help="Where the demo keeps its database, outbox and pages (started afresh each time).",
)
def demo(folder: Path) -> None:
    """Two days of veille on two demo sites, offline: crawls, events and both digests."""
    logging.getLogger("scrapy").setLevel(logging.CRITICAL)
    folder = _fresh_folder(folder)
    say = click.echo
    say(f"veille demo: everything is kept in {folder} (your own database and outbox are untouched)")

    from veille.notifications import subscribers as subs
    from veille.settings import load_settings
    from veille.spiders.crawl import crawl_sources
    from veille.spiders.fixtures import FixtureServer
    from veille.spiders.registry import load_registry
    from veille.storage import open_database
    from veille.storage.types import utcnow

    sites = folder / "sites"
    sites.mkdir()
    config = load_settings(
        database_url=f"sqlite:///{folder / 'veille.db'}",
        outbox_dir=folder / "outbox",
        registry=demo_data() / "sources.toml",
        fixtures_dir=sites,
        smtp_url=None,  # never real mail, whatever the environment says
        mail_from=None,
        base_url=None,
        secret_key=None,
        crawl_delay=0,
        crawl_retries=0,
        contact_email="demo@veille.localhost",
    )
    first, second = demo_days(datetime.now(config.tz).date())
    write_sites(sites, first)
    registry = load_registry(config.registry)
    db = open_database(config.database_url)
    try:
        with FixtureServer(sites) as server:
            say(
                f"\n1. Serving {len(registry)} demo sites on {server.origin} "
                "(invented organisations, no internet needed):"
            )
            for source in registry:
                say(f"   - {source.id}: {source.name}, {source.start_urls[0]}")
            _crawl(say, "2. Day 1", crawl_sources(db, config, registry=registry, fixtures=server))
            now = utcnow()

            with db.session() as session:
                subs.add(session, SUBSCRIBER, {}, "daily", now=now)
            say(f"\n3. Subscribed {SUBSCRIBER}: daily digest, every category (no filter).")

            files = [_digest(say, "4. Digest of day 1", db, config, now, folder, first)]

            write_sites(sites, second)
            say(
                "\n5. Day 2: overnight the sites change: the faculty lists a new call (double "
                "cursus) and gives the année-recherche a week more; the foundation announces "
                "its deadline, three days ahead."
            )
            _crawl(
                say,
                "   Crawled again",
                crawl_sources(db, config, registry=registry, fixtures=server),
            )
            later = now + timedelta(days=1)
            files.append(_digest(say, "6. Digest of day 2", db, config, later, folder, second))
    finally:
        db.dispose()
    say("\nOpen them:")
    for eml, html in files:
        say(f"   {html}   (in a browser)")
        say(f"   {eml}   (in a mail client)")
    say(f"Delete {folder} when done; `veille demo` starts it afresh.")


def _fresh_folder(folder: Path) -> Path:
    """The demo folder, emptied if an earlier demo made it; never someone else's folder."""
    folder = folder.resolve()
    if folder.exists():
        if not folder.is_dir():
            raise UserError(f"--dir {folder} is a file; give a folder for the demo")
        if any(folder.iterdir()) and not (folder / MARKER).exists():
            raise UserError(
                f"--dir {folder} already holds files that are not an earlier demo's; "
                "give a new or empty folder"
            )
        shutil.rmtree(folder)
    try:
        folder.mkdir(parents=True)
        (folder / MARKER).write_text(MARKER_TEXT, "utf-8")
    except OSError as exc:
        raise UserError(f"cannot create the demo folder {folder}: {exc.strerror}") from None
    return folder


def _crawl(say, title: str, reports) -> None:
    say(f"\n{title}: crawled the demo sites through the real Scrapy engine:")
    for report in reports:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(report.event_kinds.items()))
        say(
            f"   - {report.source_id}: {report.status}, {_count(report.items, 'call')} read, "
            f"{_count(report.events, 'event')}{f' ({kinds})' if kinds else ''}"
        )
        for error in report.errors:
            say(f"     error: {error}")
    if any(r.status != "ok" for r in reports):
        raise UserError("a demo site could not be crawled; the lines above say why")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _digest(say, title: str, db, config, now: datetime, folder: Path, day: DemoDay):
    from veille.notifications import build_due_digests, send_pending

    outbox = config.outbox_dir
    before = set(outbox.glob("*.eml")) if outbox.exists() else set()
    built = build_due_digests(db, config, now)
    send_pending(db, config, now)
    written = sorted(set(outbox.glob("*.eml")) - before)
    if len(built.built) != 1 or len(written) != 1:
        raise UserError(f"the demo expected one digest on day {day.number}, and got {len(written)}")
    eml = written[0]
    message = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    html = folder / f"digest-day-{day.number}.html"
    body = message.get_body(("html",))
    html.write_text(body.get_content() if body else "", encoding="utf-8")
    say(f"\n{title}, as {SUBSCRIBER} receives it:")
    say(f"   Subject: {message['Subject']}")
    text = message.get_body(("plain",))
    for line in (text.get_content() if text else "").splitlines():
        if line.strip():
            say(f"   | {line}")
    say(f"   written to {eml}")
    return eml, html
