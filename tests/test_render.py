"""The digest as a person reads it: French wording, escaping, headers and the calendar file."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from email import message_from_bytes, policy

import pytest
from icalendar import Calendar
from sqlalchemy import select

from tests.digestkit import NOW, crawl, item, settings_for, subscribe
from veille.notifications import build_due_digests, french, send_pending
from veille.notifications.render import SECTION_LIMIT, one_line, subject
from veille.notifications.selection import select_digest
from veille.storage.models import OutboxBody, OutboxMessage, Subscriber

EXPECTED_HEADERS = {
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "List-Id",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
    "Auto-Submitted",
    "X-Veille-Period",
    "MIME-Version",
    "Content-Type",
}


@pytest.mark.parametrize(
    ("on", "at", "precision", "expected"),
    [
        (date(2026, 5, 15), time(17, 0), "day", "15 mai 2026 à 17 h"),
        (date(2026, 5, 1), time(9, 30), "day", "1er mai 2026 à 9 h 30"),
        (date(2026, 8, 20), None, "day", "20 août 2026"),
        (date(2026, 3, 1), None, "month", "fin mars 2026"),
    ],
)
def test_french_deadlines(on, at, precision, expected):
    assert french.deadline(on, at, precision) == expected


def test_french_days_left():
    assert [french.days_left(n) for n in (0, 1, 3)] == ["aujourd'hui", "demain", "dans 3 jours"]


def test_one_line_drops_every_line_break():
    assert one_line("Bourse\r\nBcc: x@y\u2028\tfin") == "Bourse Bcc: x@y fin"


def messages(db, database_url, tmp_path, now=NOW):
    config = settings_for(database_url, tmp_path)
    build_due_digests(db, config, now)
    send_pending(db, config, now)
    return [
        message_from_bytes(p.read_bytes(), policy=policy.default)
        for p in sorted((tmp_path / "outbox").glob("*.eml"))
    ]


def subject_for(db, database_url, tmp_path, email):
    config = settings_for(database_url, tmp_path)
    with db.session() as session:
        subscriber = session.scalars(select(Subscriber).where(Subscriber.email == email)).one()
        return subject(select_digest(session, subscriber, NOW, config.tz))


def test_subject_says_what_is_inside_singular_and_plural(db, database_url, tmp_path):
    crawl(db, [item("soon", deadlines=[{"date": "2026-05-12"}])], at=NOW - timedelta(days=30))
    crawl(db, [item("soon", deadlines=[{"date": "2026-05-12"}]), item("n1")])
    subscribe(db, "one@example.org")
    assert subject_for(db, database_url, tmp_path, "one@example.org") == (
        "1 nouvel appel · 1 date limite cette semaine"
    )
    crawl(
        db,
        [
            item("soon", deadlines=[{"date": "2026-05-12"}]),
            item("soon2", deadlines=[{"date": "2026-05-13"}]),
            item("n1"),
            item("n2"),
            item("n3"),
        ],
        at=NOW - timedelta(minutes=30),
    )
    # soon2 is new and closes this week: it counts once, as new.
    assert subject_for(db, database_url, tmp_path, "one@example.org") == (
        "4 nouveaux appels · 1 date limite cette semaine"
    )


def test_scraped_markup_is_escaped_and_cannot_reach_a_header(db, database_url, tmp_path):
    crawl(
        db,
        [
            item(
                "xss",
                title='Prix <script>alert("x")</script> <a href="https://evil.example">ici</a>',
                organisation="Fondation <b>X</b>",
            ),
            item("crlf", title="Bourse de Master 2\r\nBcc: x@y", summary="a\r\nSubject: pwned"),
        ],
    )
    subscribe(db, "p@example.org")
    [message] = messages(db, database_url, tmp_path)

    assert set(message.keys()) == EXPECTED_HEADERS
    assert message["Subject"] == "2 nouveaux appels"
    assert message["To"] == "p@example.org"
    html = message.get_body(("html",)).get_content()
    assert "<script" not in html
    assert "&lt;script&gt;alert(" in html
    assert "Fondation &lt;b&gt;X&lt;/b&gt;" in html
    assert '<a href="https://evil.example"' not in html
    text = message.get_body(("plain",)).get_content()
    assert "Bourse de Master 2 Bcc: x@y" in text  # one line, plain text
    attachment = next(message.iter_attachments())
    summaries = [
        str(e["summary"])
        for e in Calendar.from_ical(attachment.get_payload(decode=True)).walk("VEVENT")
    ]
    assert "Dépôt des candidatures : Bourse de Master 2 Bcc: x@y" in summaries


def test_updated_call_shows_what_changed(db, database_url, tmp_path):
    crawl(
        db,
        [item("a", deadlines=[{"date": "2026-06-01", "time": "12:00"}])],
        at=NOW - timedelta(days=30),
    )
    crawl(db, [item("a", deadlines=[{"date": "2026-06-15", "time": "17:00"}])])
    subscribe(db, "p@example.org")
    [message] = messages(db, database_url, tmp_path)
    assert message["Subject"] == "1 date limite modifiée"
    for part in ("plain", "html"):
        body = message.get_body((part,)).get_content()
        assert (
            "Dépôt des candidatures : date reportée du 1er juin 2026 à 12 h au 15 juin 2026 à 17 h"
            in body
        )
        assert "Date limite modifiée" in body


def test_calendar_uid_is_stable_when_a_deadline_moves(db, database_url, tmp_path):
    crawl(db, [item("a", deadlines=[{"date": "2026-06-01", "time": "12:00"}])])
    subscribe(db, "p@example.org", frequency="daily")
    messages(db, database_url, tmp_path)
    crawl(
        db,
        [item("a", deadlines=[{"date": "2026-06-15", "time": "17:00"}])],
        at=NOW + timedelta(days=1),
    )
    [first, second] = messages(db, database_url, tmp_path, NOW + timedelta(days=1, hours=1))

    def event(message):
        attachment = next(message.iter_attachments())
        [vevent] = Calendar.from_ical(attachment.get_payload(decode=True)).walk("VEVENT")
        return vevent

    one, two = event(first), event(second)
    assert str(one["uid"]) == str(two["uid"])
    assert str(one.decoded("dtstart")) == "2026-06-01 12:00:00+02:00"
    assert str(two.decoded("dtstart")) == "2026-06-15 17:00:00+02:00"
    assert int(two["sequence"]) > int(one["sequence"])


def test_outbox_row_keeps_the_exact_message(db, database_url, tmp_path):
    crawl(db, [item("a")])
    subscribe(db, "p@example.org")
    [message] = messages(db, database_url, tmp_path)
    with db.session() as session:
        row = session.scalars(select(OutboxMessage)).one()
        assert row.subject == "1 nouvel appel"
        body = session.get(OutboxBody, row.id)
        assert message["Message-ID"] in body.message


def test_a_section_is_bounded_nearest_deadline_first_with_a_link_for_the_rest(
    db, database_url, tmp_path
):
    # A new source brings twelve calls at once, in one category.
    crawl(
        db,
        [
            item(f"b{n:02d}", title=f"Bourse {n:02d}", categories=["bourse"],
                 deadlines=[{"date": f"2026-{6 + n % 6:02d}-{10 + n:02d}"}])
            for n in range(12)
        ],
    )  # fmt: skip
    subscribe(db, "p@example.org")
    [message] = messages(db, database_url, tmp_path)
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    shown = re.findall(r"\] (Bourse \d\d)", text)
    assert len(shown) == SECTION_LIMIT
    # Nearest deadline first: the months run June (n=0, 6) … so 00, 06, 01, 07, …
    assert shown[:4] == ["Bourse 00", "Bourse 06", "Bourse 01", "Bourse 07"]
    assert (
        "et 4 autres appels dans cette rubrique : https://veille.example.org/appels?categorie=bourse"
        in text
    )
    assert 'href="https://veille.example.org/appels?categorie=bourse"' in html
    assert "et 4 autres appels" in html
    assert "/preferences/" in text and "/preferences/" in html


def test_address_and_uri_headers_are_never_encoded_words_in_the_raw_message(
    db, database_url, tmp_path
):
    crawl(db, [item("a")])
    subscribe(db, "élodie.interne@example.org")
    config = settings_for(
        database_url, tmp_path, mail_from="Équipe « veille » <veille@example.org>"
    )
    build_due_digests(db, config, NOW)
    send_pending(db, config, NOW)
    [path] = sorted((tmp_path / "outbox").glob("*.eml"))
    head = path.read_bytes().split(b"\r\n\r\n", 1)[0]
    unfolded = re.sub(rb"\r\n[ \t]+", b" ", head).decode("utf-8").split("\r\n")
    fields = dict(line.split(": ", 1) for line in unfolded)
    # A non-ASCII address travels as UTF-8 (RFC 6532), never as an encoded-word.
    assert fields["To"] == "élodie.interne@example.org"
    assert fields["From"] == "Équipe « veille » <veille@example.org>"
    assert fields["List-Id"] == "Veille recherche <digest.example.org>"
    assert re.fullmatch(
        r"<https://veille\.example\.org/desabonnement/[\w.-]+>", fields["List-Unsubscribe"]
    )
    assert "=?" not in fields["List-Unsubscribe"] + fields["List-Id"]
    assert b"\r\nList-Unsubscribe: <https://" in head  # on the header's own line, as sent


def _follow_links(message) -> list[str]:
    text = message.get_body(("plain",)).get_content()
    return re.findall(r"Suivre cet appel : (\S+)", text)


def test_each_subscriber_gets_their_own_signed_links_in_blocks_rendered_once(
    db, database_url, tmp_path
):
    """A build renders a call's block once for everyone: what each person receives still
    carries their own follow, preferences and unsubscribe links, accepted by the pages."""
    from urllib.parse import unquote

    from veille.notifications.links import FOLLOW, read_link_token
    from veille.notifications.tokens import PREFERENCES_MAX_AGE, check_subscriber_token

    crawl(db, [item("a"), item("b", title="Bourse R&D « jeunes »")])
    emails = ["p@example.org", "o'hara+veille@example.org", "z@example.org"]
    for email in emails:
        subscribe(db, email)
    received = messages(db, database_url, tmp_path)
    assert sorted(m["To"] for m in received) == sorted(emails)
    secret = settings_for(database_url, tmp_path).secret()
    seen_tokens = set()
    for message in received:
        html = message.get_body(("html",)).get_content()
        text = message.get_body(("plain",)).get_content()
        links = _follow_links(message)
        assert len(links) == 2
        with db.session() as session:
            for link in links:
                call_id = int(link.split("/appels/")[1].split("/")[0])
                token = link.rsplit("/", 1)[1]
                subscriber, extra = read_link_token(session, secret, FOLLOW, token)
                assert (subscriber.email, extra) == (message["To"], [call_id])
                assert f'<a href="{link}" style=' in html
                seen_tokens.add(token)
            unsubscribe = message["List-Unsubscribe"].strip("<>").rsplit("/", 1)[1]
            subscriber, _ = check_subscriber_token(
                session, secret, "unsubscribe", unquote(unsubscribe)
            )
            assert subscriber.email == message["To"]
            preferences = re.search(r"préférences : \S+/preferences/(\S+)", text).group(1)
            subscriber, _ = check_subscriber_token(
                session, secret, "preferences", unquote(preferences), PREFERENCES_MAX_AGE
            )
            assert subscriber.email == message["To"]
        assert f"l'adresse {message['To']} est inscrite" in text
        assert f"l'adresse {message['To']} est inscrite" in html
        assert "Bourse R&amp;D « jeunes »" in html and "Bourse R&D « jeunes »" in text
    assert len(seen_tokens) == 6  # one per subscriber and call


def test_a_scraped_text_that_looks_like_a_placeholder_is_shown_as_it_is(db, database_url, tmp_path):
    odd = "Appel @@veille-slot:follow_url@@ et @@veille-slot:email@@"
    crawl(db, [item("odd", title=odd), item("plain")])
    subscribe(db, "a@example.org")
    subscribe(db, "b@example.org")
    for message in messages(db, database_url, tmp_path):
        for part in ("plain", "html"):
            body = message.get_body((part,)).get_content()
            assert odd in body
        links = _follow_links(message)
        assert len(links) == 2 and all("/suivre/" in link for link in links)


def test_the_calendar_carries_the_paris_zone_only_when_a_deadline_has_a_time(
    db, database_url, tmp_path
):
    crawl(
        db,
        [
            item("timed", deadlines=[{"date": "2026-06-30", "time": "17:00"}]),
            item("allday", categories=["bourse"], deadlines=[{"date": "2026-07-01"}]),
        ],
    )
    subscribe(db, "all@example.org")
    subscribe(db, "bourse@example.org", categories=["bourse"])
    calendars = {}
    for message in messages(db, database_url, tmp_path):
        attachment = next(message.iter_attachments())
        calendars[message["To"]] = Calendar.from_ical(attachment.get_payload(decode=True))
    everything, bourse = calendars["all@example.org"], calendars["bourse@example.org"]
    assert [str(z["tzid"]) for z in everything.walk("VTIMEZONE")] == ["Europe/Paris"]
    starts = {str(e["summary"]): e.decoded("dtstart") for e in everything.walk("VEVENT")}
    assert str(starts["Dépôt des candidatures : Appel timed"]) == "2026-06-30 17:00:00+02:00"
    assert str(starts["Dépôt des candidatures : Appel allday"]) == "2026-07-01"
    assert bourse.walk("VTIMEZONE") == []
    [event] = bourse.walk("VEVENT")
    assert str(event.decoded("dtstart")) == "2026-07-01"
    assert str(event.decoded("dtend")) == "2026-07-02"


def test_raw_message_lines_keep_to_the_rfc_limits(db, database_url, tmp_path):
    """Quoted-printable lines of at most 76 characters (RFC 2045), every line under 998."""
    crawl(db, [item(f"c{n}", summary="Résumé très long " * 40) for n in range(3)])
    subscribe(db, "p@example.org")
    messages(db, database_url, tmp_path)
    [path] = sorted((tmp_path / "outbox").glob("*.eml"))
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    lines = raw.split(b"\r\n")
    assert max(map(len, lines)) <= 998
    qp = False
    for line in lines:
        if line.startswith(b"Content-Transfer-Encoding:"):
            qp = line.endswith(b"quoted-printable")
        elif qp and not line.startswith(b"--"):
            assert len(line) <= 76, line
