"""``veille subscribers``, ``digest`` and ``outbox`` as a person runs them: a real process."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.digestkit import NOW, SECRET, crawl, item
from tests.processes import run
from veille.notifications.tokens import subscriber_token, unsubscribe_token
from veille.storage import open_database
from veille.storage.models import OutboxBody, Subscriber

pytestmark = pytest.mark.slow  # every test here starts veille as its own process


@pytest.fixture
def veille(tmp_path, database_url):
    """Runs veille in a scratch folder against the test database."""

    def call(*args: str, **env: str):
        return run(
            *args,
            cwd=tmp_path,
            env={"VEILLE_DATABASE_URL": database_url, "VEILLE_SECRET_KEY": SECRET, **env},
        )

    return call


def test_add_list_show_remove(veille):
    added = veille(
        "subscribers", "add", "Interne.Paris@Example.ORG",
        "--categories", "bourse,m2", "--categories", "these", "--keywords", "cancérologie",
        "--frequency", "daily",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Added interne.paris@example.org (daily; categories=bourse,m2,these" in added.stdout
    listed = veille("subscribers", "list", "--json")
    [row] = json.loads(listed.stdout)
    assert row["filters"]["categories"] == ["bourse", "m2", "these"]
    assert row["filters"]["keywords"] == ["cancérologie"] and row["active"] is True
    shown = veille("subscribers", "show", "interne.paris@example.org")
    assert "Frequency:   daily" in shown.stdout and "No digest yet." in shown.stdout
    removed = veille("subscribers", "remove", "interne.paris@example.org")
    assert removed.returncode == 0 and "no more digests" in removed.stdout
    assert json.loads(veille("subscribers", "list", "--json").stdout)[0]["active"] is False


@pytest.mark.parametrize("address", ["pas-une-adresse", "a@b", "x@@example.org", "é t@example.org"])
def test_bad_addresses_are_refused_in_one_line(veille, address):
    result = veille("subscribers", "add", address)
    assert result.returncode == 1
    assert result.stderr.startswith("veille: ") and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert json.loads(veille("subscribers", "list", "--json").stdout) == []


def test_csv_with_bad_rows_names_each_line_and_imports_nothing(veille, tmp_path):
    path = tmp_path / "inscrits.csv"
    path.write_text(
        "email,categories,frequency\n"
        "externe@example.org,bourse;m2,weekly\n"
        "pas-une-adresse,bourse,weekly\n"
        "interne@example.org,,monthly\n"
        "externe@example.org,,daily\n"
        "cheffe@example.org,these,daily\n",
        encoding="utf-8",
    )
    result = veille("subscribers", "import", str(path))
    assert result.returncode == 1
    assert "line 3:" in result.stderr and "'pas-une-adresse'" in result.stderr
    assert "line 4:" in result.stderr and "'monthly' is not a frequency" in result.stderr
    assert "line 5: externe@example.org is already on line 2" in result.stderr
    assert "nothing was imported" in result.stderr
    assert json.loads(veille("subscribers", "list", "--json").stdout) == []

    skipped = veille("subscribers", "import", str(path), "--skip-invalid")
    assert skipped.returncode == 0, skipped.stderr
    assert "2 added, 0 updated, 3 bad row(s) skipped" in skipped.stdout
    rows = json.loads(veille("subscribers", "list", "--json").stdout)
    assert [(r["email"], r["filters"]["categories"]) for r in rows] == [
        ("externe@example.org", ["bourse", "m2"]),
        ("cheffe@example.org", ["these"]),
    ]


def test_export_then_forget(veille, database_url, tmp_path):
    db = open_database(database_url)
    crawl(db, [item("a")], at=NOW - timedelta(hours=1))
    db.dispose()
    veille("subscribers", "add", "p@example.org")
    assert veille("digest", "run", "--now", "2026-05-08T09:00").returncode == 0
    [eml] = (tmp_path / "var" / "outbox").glob("*.eml")

    exported = veille("subscribers", "export", "p@example.org")
    data = json.loads(exported.stdout)
    assert data["subscriber"]["email"] == "p@example.org"
    assert [m["subject"] for m in data["messages"]] == ["1 nouvel appel"]
    assert data["messages"][0]["message"].startswith("From: ")
    assert [i["event_kind"] for i in data["digest_items"]] == ["new"]

    forgotten = veille("subscribers", "forget", "p@example.org")
    assert forgotten.returncode == 0 and "Erased p@example.org and 1 digest(s)" in forgotten.stdout
    assert not eml.exists()
    assert json.loads(veille("outbox", "list", "--json").stdout) == []
    db = open_database(database_url)
    with db.session() as session:  # the digest's body went with it
        assert session.scalar(select(func.count()).select_from(OutboxBody)) == 0
    db.dispose()
    again = veille("subscribers", "export", "p@example.org")
    assert again.returncode == 1 and "no subscriber has the address" in again.stderr


def test_unsubscribe_token_applies_and_forgeries_are_refused(veille, database_url):
    veille("subscribers", "add", "p@example.org")
    veille("subscribers", "add", "q@example.org")
    db = open_database(database_url)
    with db.session() as session:
        people = {s.email: s for s in session.query(Subscriber)}
        token = unsubscribe_token(SECRET.encode(), people["p@example.org"])
        other = unsubscribe_token(SECRET.encode(), people["q@example.org"])
        for_preferences = subscriber_token(SECRET.encode(), "preferences", people["p@example.org"])
        foreign = unsubscribe_token(b"another-secret-another-secret-xx", people["p@example.org"])
    db.dispose()
    payload, stamp, signature = token.split(".")
    forgeries = [
        f"{other.split('.')[0]}.{stamp}.{signature}",  # p's signature on q's payload
        # the first character: the last one of unpadded base64 carries unused bits,
        # so changing it may leave the signature's bytes as they were
        f"{payload}.{stamp}.{'A' if signature[0] != 'A' else 'B'}{signature[1:]}",
        foreign,  # signed with another key
        for_preferences,  # signed for another purpose
        "1.abc",
        "",
    ]
    for forged in forgeries:
        result = veille("subscribers", "unsubscribe", forged)
        assert result.returncode == 1, forged
        assert "not valid" in result.stderr
    assert all(r["active"] for r in json.loads(veille("subscribers", "list", "--json").stdout))

    done = veille("subscribers", "unsubscribe", token)
    assert done.returncode == 0 and "Unsubscribed p@example.org." in done.stdout
    assert "already unsubscribed" in veille("subscribers", "unsubscribe", token).stdout
    states = {
        r["email"]: r["active"] for r in json.loads(veille("subscribers", "list", "--json").stdout)
    }
    assert states == {"p@example.org": False, "q@example.org": True}


def test_preview_changes_nothing_and_run_twice_sends_once(veille, database_url, tmp_path):
    db = open_database(database_url)
    crawl(db, [item("a", title="Année-recherche <b>2027</b>")], at=NOW - timedelta(hours=1))
    db.dispose()
    veille("subscribers", "add", "p@example.org")
    html = tmp_path / "apercu.html"

    preview = veille(
        "digest", "preview", "p@example.org", "--html", str(html), "--now", "2026-05-08T09:00"
    )
    assert preview.returncode == 0, preview.stderr
    assert preview.stdout.startswith("Subject: 1 nouvel appel")
    assert "Année-recherche <b>2027</b>" in preview.stdout  # plain text
    assert "Année-recherche &lt;b&gt;2027&lt;/b&gt;" in html.read_text()
    assert json.loads(veille("outbox", "list", "--json").stdout) == []

    first = veille("digest", "run", "--now", "2026-05-08T09:00")
    second = veille("digest", "run", "--now", "2026-05-08T10:00")
    assert "Built 1 digest(s)" in first.stdout and "Sent 1 via files" in first.stdout
    assert "Built 0 digest(s)" in second.stdout and "1 already had" in second.stdout
    assert len(list((tmp_path / "var" / "outbox").glob("*.eml"))) == 1
    [row] = json.loads(veille("outbox", "list", "--json").stdout)
    assert row["state"] == "sent" and row["period"] == "weekly:2026-W19"

    refused = veille("outbox", "retry", str(row["id"]))
    assert refused.returncode == 1 and "already sent" in refused.stderr
    missing = veille("outbox", "retry", "999")
    assert missing.returncode == 1 and "no outbox message 999" in missing.stderr


def test_smtp_without_its_settings_is_a_config_error(veille):
    veille("subscribers", "add", "p@example.org")
    result = veille(
        "digest", "run", VEILLE_SMTP_URL="smtp://u:p@127.0.0.1:2525", VEILLE_SECRET_KEY=""
    )
    assert result.returncode == 2 and "VEILLE_" in result.stderr
    bad = veille("digest", "run", VEILLE_SMTP_URL="http://mail.example.org")
    assert bad.returncode == 2 and "VEILLE_SMTP_URL is invalid" in bad.stderr


def test_unknown_filter_values_are_refused_in_one_french_sentence(veille):
    result = veille("subscribers", "add", "p@example.org", "--categories", "bourses")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("veille: « bourses » n’est pas une catégorie connue (categories) ;")
    assert "bourse" in line and "annee-recherche" in line
    regions = veille("subscribers", "add", "p@example.org", "--regions", "normandie,atlantide")
    assert "« atlantide » n’est pas une région connue" in regions.stderr
    assert json.loads(veille("subscribers", "list", "--json").stdout) == []
    choices = veille("subscribers", "choices")
    assert "bretagne" in choices.stdout and "Bourse ou financement" in choices.stdout


def test_a_person_who_unsubscribed_is_not_added_back_without_the_flag(
    veille, database_url, tmp_path
):
    veille("subscribers", "add", "p@example.org", "--frequency", "daily")
    db = open_database(database_url)
    with db.session() as session:
        token = unsubscribe_token(SECRET.encode(), session.query(Subscriber).one())
    db.dispose()
    assert veille("subscribers", "unsubscribe", token).returncode == 0
    again = veille("subscribers", "add", "p@example.org")
    assert again.returncode == 1 and "unsubscribed on" in again.stderr
    assert "--resubscribe" in again.stderr
    csv = tmp_path / "inscrits.csv"
    csv.write_text("email,frequency\np@example.org,weekly\nq@example.org,weekly\n")
    imported = veille("subscribers", "import", str(csv))
    assert imported.returncode == 0
    assert "1 added, 0 updated, 1 who unsubscribed left out" in imported.stdout
    [row] = [
        r
        for r in json.loads(veille("subscribers", "list", "--json").stdout)
        if r["email"] == "p@example.org"
    ]
    assert row["active"] is False and row["frequency"] == "daily"  # settings kept, not reset
    back = veille("subscribers", "add", "p@example.org", "--resubscribe")
    assert back.returncode == 0
    stale = veille("subscribers", "unsubscribe", token)  # from before: void for the new one
    assert stale.returncode == 1 and "not valid" in stale.stderr
