"""Render a sample digest as a person would see it: HTML, a PNG screenshot, and the .eml.

    .venv/bin/python scripts/digest_sample.py --png docs/digest.png --eml /tmp/digest.eml

Builds a throw-away SQLite database with a few invented calls (one new, one
whose deadline moved, one closing in three days), renders the digest of one
subscriber, and takes the screenshot with headless Chromium
(``apt-get install -y chromium``) at a phone's width. Not a test: CI has no
Chromium; run it by hand after changing the templates, and look at the PNG.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from veille.notifications import build_due_digests
from veille.notifications import subscribers as subs
from veille.settings import Settings
from veille.storage import CallItem, open_database, record_crawl
from veille.storage.models import OutboxBody

NOW = datetime(2026, 5, 8, 7, 0, tzinfo=UTC)

BEFORE = [
    CallItem(
        url="https://medecine.univ-exemple.fr/recherche/annee-recherche-2026",
        title="Année-recherche 2026-2027 : campagne de candidatures",
        organisation="Faculté de médecine de Nantes (exemple)",
        summary="Financement d'une année de recherche pour les internes en 2e ou 3e année, "
        "dans un laboratoire labellisé. Dossier à déposer auprès du département recherche.",
        deadlines=[{"date": "2026-05-11", "time": "12:00"}],
        categories=["annee-recherche"],
        audience=["interne"],
    ),
    CallItem(
        url="https://www.fondation-exemple.org/bourses/master-2-2026",
        title="Bourses de Master 2 recherche pour étudiants en santé",
        organisation="Fondation pour la recherche en santé (exemple)",
        summary="Dix bourses pour un Master 2 recherche effectué pendant l'externat ou l'internat.",
        deadlines=[
            {"date": "2026-05-29", "time": "17:00", "kind": "letter_of_intent"},
            {"date": "2026-06-19", "time": "17:00"},
        ],
        categories=["bourse"],
        audience=["externe", "interne"],
    ),
]
AFTER = [
    BEFORE[0],
    BEFORE[1].model_copy(
        update={
            "deadlines": [
                BEFORE[1].deadlines[0].model_copy(update={"date": datetime(2026, 6, 5).date()}),
                BEFORE[1].deadlines[1],
            ]
        }
    ),
    CallItem(
        url="https://www.reseau-jeunes-chercheurs.example/appels/these-science-2026",
        title="Contrats doctoraux pour médecins : thèse de science 2026",
        organisation="Réseau des jeunes chercheurs en santé (exemple)",
        summary="Trois contrats de trois ans pour des chefs de clinique ou jeunes médecins "
        "souhaitant préparer une thèse de science.",
        deadlines=[{"date": "2026-06-30"}],
        categories=["these"],
        audience=["chef-de-clinique", "jeune-medecin"],
    ),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, help="write a screenshot here")
    parser.add_argument("--html", type=Path, help="write the HTML part here")
    parser.add_argument("--eml", type=Path, help="write the whole message here")
    parser.add_argument("--width", type=int, default=420, help="window width (a phone: 420)")
    parser.add_argument("--height", type=int, default=1600)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        settings = Settings(
            database_url=f"sqlite:///{folder / 'sample.db'}",
            outbox_dir=folder / "outbox",
            secret_key="sample-secret-key-sample-secret-key",
            base_url="https://veille.example.org",
            mail_from="Veille recherche <veille@veille.example.org>",
        )
        db = open_database(settings.database_url)
        with db.session() as session:
            record_crawl(session, "exemple", BEFORE, now=NOW - timedelta(days=20))
            record_crawl(session, "exemple", AFTER, now=NOW - timedelta(hours=3))
            subs.add(session, "interne@example.org", {}, "weekly", now=NOW - timedelta(days=30))
        build_due_digests(db, settings, NOW)
        with db.session() as session:
            raw = session.scalars(select(OutboxBody.message)).one()
        db.dispose()

        from email import message_from_string, policy

        message = message_from_string(raw, policy=policy.default)
        html = message.get_body(("html",)).get_content()
        print(f"Subject: {message['Subject']}")
        if args.eml:
            args.eml.write_bytes(raw.encode())
            print(f"Message written to {args.eml}")
        page = folder / "digest.html"
        page.write_text(html, encoding="utf-8")
        if args.html:
            shutil.copy(page, args.html)
            print(f"HTML written to {args.html}")
        if args.png:
            screenshot(page, args.png, args.width, args.height, folder)
            print(f"Screenshot written to {args.png}")


def screenshot(page: Path, png: Path, width: int, height: int, scratch: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        raise SystemExit("chromium is not installed: apt-get install -y chromium")
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={scratch / 'profile'}",
            f"--window-size={width},{height}",
            f"--screenshot={png.resolve()}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        env={"HOME": str(scratch), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


if __name__ == "__main__":
    main()
