"""``veille demo`` as a newcomer runs it: no set-up, no internet, two days, two digests."""

from __future__ import annotations

from datetime import datetime
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest

from tests.processes import run
from veille.cli.demo import demo_days
from veille.notifications.french import day as french

pytestmark = pytest.mark.slow  # starts veille as its own process and crawls through Scrapy


def read_mail(path):
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    return message, message.get_body(("plain",)).get_content()


def test_demo_crawls_twice_and_writes_both_digests_apart_from_the_real_installation(tmp_path):
    real = tmp_path / "real"
    env = {  # a real installation's settings, which the demo must leave alone
        "VEILLE_DATABASE_URL": f"sqlite:///{real / 'veille.db'}",
        "VEILLE_OUTBOX_DIR": str(real / "outbox"),
        "VEILLE_SMTP_URL": "smtp://127.0.0.1:1",
        "VEILLE_MAIL_FROM": "Veille <veille@example.org>",
        "VEILLE_BASE_URL": "https://veille.example.org",
        "VEILLE_SECRET_KEY": "x" * 40,
    }
    result = run("demo", "--dir", "essai", cwd=tmp_path, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not real.exists()
    folder = tmp_path / "essai"
    out = result.stdout
    for step in ("1. Serving 2 demo sites on http://127.0.0.1:", "2. Day 1", "3. Subscribed",
                 "4. Digest of day 1", "5. Day 2", "6. Digest of day 2"):  # fmt: skip
        assert step in out
    assert "demo-faculte: ok, 2 calls read, 2 events (2 new)" in out
    assert "demo-faculte: ok, 3 calls read, 2 events (1 deadline_changed, 1 new)" in out

    first, second = demo_days(datetime.now(ZoneInfo("Europe/Paris")).date())
    emls = sorted((folder / "outbox").glob("*.eml"))
    assert [p.name for p in emls] == [
        f"000001-daily-{first.today.isoformat()}.eml",
        f"000002-daily-{second.today.isoformat()}.eml",
    ]
    for path in (*emls, folder / "digest-day-1.html", folder / "digest-day-2.html"):
        assert str(path) in out

    message, text = read_mail(emls[0])
    assert message["Subject"] == "3 nouveaux appels"
    assert message["To"] == "interne.demo@example.org"
    assert f"{french(first.research_year_deadline)} à 12 h (dans 40 jours)" in text

    message, text = read_mail(emls[1])
    assert message["Subject"] == "1 nouvel appel · 2 dates limites modifiées"
    # A moved deadline says what it moved from and to.
    assert f"date reportée du {french(first.research_year_deadline)}" in text
    assert f"au {french(second.research_year_deadline)} à 12 h" in text
    assert f"{french(second.grant_deadline)} à 23 h 59 (dans 3 jours)" in text
    assert "[Nouveau] Double cursus médecine-sciences" in text
    assert "https://veille.localhost/desabonnement/" in text  # laptop mode, not the real base URL
    html = (folder / "digest-day-2.html").read_text()
    assert "Double cursus médecine-sciences" in html and "<html" in html.lower()

    again = run("demo", "--dir", "essai", cwd=tmp_path, env=env, timeout=120)
    assert again.returncode == 0, again.stderr
    assert len(list((folder / "outbox").glob("*.eml"))) == 2  # started afresh


def test_demo_never_empties_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("à garder")
    result = run("demo", "--dir", "mine", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"veille: --dir {tmp_path / 'mine'} already holds files that are not an earlier demo's; "
        "give a new or empty folder"
    ]
    assert (tmp_path / "mine" / "notes.txt").read_text() == "à garder"
