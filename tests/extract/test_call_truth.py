"""Issue 12 end to end: what a subscriber receives is the truth of each call.

Raw posts go through ``build_call`` (extraction, relevance, summary) and real
recording; digests go out through a real SMTP server and are read from its raw bytes.
"""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from sqlalchemy import select

from tests.digestkit import NOW, SmtpServer, crawl, item, settings_for, subscribe
from veille.notifications import build_due_digests, send_pending
from veille.notifications.selection import select_digest
from veille.spiders.calls import build_call, summarise
from veille.spiders.reading import raw_call
from veille.spiders.registry import Source
from veille.storage.models import Call, Subscriber

UNION = Source(
    id="syndicat-internes",
    name="Actualités",
    organisation="Syndicat des internes",
    categories=["annee-recherche"],
    audience=["interne"],
    region="bretagne",
    start_urls=["https://syndicat.example.fr/"],
    kind="feed",
)
MANY = UNION.model_copy(update={"categories": ["annee-recherche", "bourse", "congres", "guide"]})


def post(slug: str, title: str, text: str, published: str = "2026-05-20") -> dict:
    raw = raw_call(f"https://syndicat.example.fr/{slug}", title, text)
    raw["published"] = published
    return raw


ELECTION = post(
    "elections",
    "Élections du bureau : appel à candidatures",
    "Le bureau est renouvelé lors de l'assemblée générale. Candidatures au bureau avant le "
    "3 juin 2026.",
)
CALL = post(
    "bourse-m2",
    "Bourse de Master 2 pour les internes",
    "La fondation finance un Master 2 recherche. Date limite de candidature : 3 juin 2026.",
)


def test_a_post_that_is_not_a_call_is_kept_but_marked():
    item_ = build_call(ELECTION, UNION)
    assert item_.relevant is False
    assert item_.categories == [] and item_.audience == []  # the source's hint is not used
    assert build_call(CALL, UNION).relevant is True


@pytest.mark.parametrize(
    ("source", "categories"),
    [(UNION, ["annee-recherche"]), (MANY, [])],
    ids=["one-category-source", "many-category-source"],
)
def test_categories_come_from_the_call_and_the_source_only_hints(source, categories):
    silent = post("enquete-x", "Appel à projets régional", "Un appel pour les équipes.")
    assert build_call(silent, source).categories == categories
    named = post("m2", "Bourse de Master 2", "Une bourse pour un Master 2.")
    assert set(build_call(named, MANY).categories) >= {"bourse", "m2"}
    assert "annee-recherche" not in build_call(named, MANY).categories


def test_an_organisation_name_is_not_an_audience():
    raw = post("aac", "Appel à projets", "L'association des chercheurs lance un appel à projets.")
    assert "chercheur" not in build_call(raw, MANY.model_copy(update={"audience": []})).audience


def test_regions_and_specialties_are_stored_on_the_item():
    raw = post("onco", "Bourse en cancérologie à Lyon", "Pour un interne d'oncologie à Lyon.")
    built = build_call(raw, UNION)
    assert built.regions == ["auvergne-rhone-alpes"]  # the text wins over the source
    assert "oncologie" in built.specialties
    silent = post("m2", "Bourse de Master 2", "Une bourse pour un Master 2.")
    assert build_call(silent, UNION).regions == ["bretagne"]  # a regional source's hint


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "28/09/2026 – La fondation finance dix bourses de Master 2 recherche.\nLire la suite",
            "La fondation finance dix bourses de Master 2 recherche.",
        ),
        (
            "Mis à jour le 12 janvier 2027 par le bureau.\nPrésentation\n"
            "Le programme accueille des internes pendant un an. Il finance le salaire.\n"
            "Une troisième phrase qui ne doit pas apparaître.",
            "Le programme accueille des internes pendant un an. Il finance le salaire.",
        ),
        (
            "Un financement pour une année de\nrecherche en laboratoire.\n"
            "Candidatures jusqu'au 30 juin.",
            "Un financement pour une année de recherche en laboratoire.",
        ),
        (
            "Une bourse \u202eelbatpecca\u202c pour les internes de pédiatrie.",
            "Une bourse elbatpecca pour les internes de pédiatrie.",
        ),
    ],
    ids=["stamp-and-link", "heading-and-two-sentences", "broken-line-and-deadline", "bidi"],
)
def test_summaries_are_whole_sentences_of_the_call(text, summary):
    assert summarise({"title": "Titre", "text": text}) == summary


def test_bidi_controls_never_reach_the_title():
    raw = post("bidi", "Bourse\u202e 2027\u2066 internes", "Une bourse pour les internes.")
    assert build_call(raw, UNION).title == "Bourse 2027 internes"


def test_an_irrelevant_post_never_reaches_a_digest_nor_a_reminder(db, database_url, tmp_path):
    """The election's deadline is three days away: no new-call line, no reminder."""
    crawl(db, [build_call(ELECTION, UNION), build_call(CALL, UNION)], source=UNION.id)
    subscribe(db, "interne@example.org", frequency="daily")
    server = SmtpServer(tmp_path).start()
    try:
        config = settings_for(
            database_url, tmp_path, smtp_url=server.url, smtp_ca_file=server.ca_file
        )
        now = NOW.replace(year=2026, month=5, day=31)
        crawl(db, [build_call(ELECTION, UNION), build_call(CALL, UNION)], source=UNION.id,
              at=now - timedelta(hours=1))  # fmt: skip
        with db.session() as session:
            subscriber = session.scalars(select(Subscriber)).one()
            digest = select_digest(session, subscriber, now, config.tz)
            assert [e.call.title for e in digest.entries] == [CALL["title"]]
        assert len(build_due_digests(db, config, now).built) == 1
        assert len(send_pending(db, config, now).sent) == 1
        [(_, _, raw)] = server.inbox.received
    finally:
        server.stop()
    assert b"lections du bureau" not in raw and "Élections".encode() not in raw
    message = message_from_bytes(raw, policy=policy.default)
    for part in ("plain", "html"):
        body = message.get_body((part,)).get_content()
        assert "Bourse de Master 2 pour les internes" in body
        assert "Élections" not in body and "assemblée générale" not in body


def test_filters_match_the_stored_region_and_specialty_not_the_title(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(
        db,
        [
            item("stored", title="Bourse A", regions=["ile-de-france"], specialties=["oncologie"]),
            item("title-only", title="Bourse Île-de-France en cancérologie"),
            item("elsewhere", title="Bourse B", regions=["bretagne"], specialties=["pediatrie"]),
        ],
    )
    subscribe(db, "key@example.org", regions=["ile-de-france"], specialties=["oncologie"])
    # Filters saved before values were checked may hold a label or a town: still understood.
    for email, region in (("region@example.org", "Île-de-France"), ("town@example.org", "Rennes")):
        subscriber_id = subscribe(db, email)
        with db.session() as session:
            session.get(Subscriber, subscriber_id).filters = {"regions": [region]}
    with db.session() as session:
        got = {}
        for subscriber in session.scalars(select(Subscriber)):
            digest = select_digest(session, subscriber, NOW, config.tz)
            got[subscriber.email] = {e.call.url.rsplit("/", 1)[1] for e in digest.entries}
    assert got["region@example.org"] == {"stored"}
    assert got["key@example.org"] == {"stored"}
    assert got["town@example.org"] == {"elsewhere"}  # a town names its region


def test_a_postponed_deadline_is_one_move_said_as_such(db, database_url, tmp_path):
    first = post("ar", "Année-recherche 2027", "Date limite : 12 février 2027.", "2026-11-20")
    later = post(
        "ar",
        "Année-recherche 2027",
        "La date limite, initialement fixée au 12 février 2027, est reportée au 26 février 2027.",
        "2026-11-20",
    )
    crawl(db, [build_call(first, UNION)], source=UNION.id, at=NOW - timedelta(days=3))
    events = crawl(db, [build_call(later, UNION)], source=UNION.id)
    assert [kind for kind, _ in events] == ["deadline_changed"]
    with db.session() as session:
        call = session.scalars(select(Call)).one()
        assert [d.date.isoformat() for d in call.deadlines] == ["2027-02-26"]
    subscribe(db, "p@example.org")
    config = settings_for(database_url, tmp_path)
    build_due_digests(db, config, NOW)
    send_pending(db, config, NOW)  # no SMTP configured: one .eml file per digest
    [eml] = sorted((tmp_path / "outbox").glob("*.eml"))
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    for part in ("plain", "html"):
        body = message.get_body((part,)).get_content()
        assert "date reportée du 12 février 2027 au 26 février 2027" in body
        assert "date ajoutée" not in body
