"""The open-calls list, a call's history and follows, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.digestkit import NOW, crawl, item, subscribe
from veille.notifications import subscribers as subs
from veille.storage import browse
from veille.storage.browse import CallFilters, open_calls
from veille.storage.models import Call, EventKind, Follow, Subscriber

TODAY = NOW.date()  # 8 May 2026


@pytest.fixture
def session(db):
    """A read-only session, closed before the database is dropped."""
    with db.sessions() as session:
        yield session


def slugs(page):
    return [call.url.rsplit("/", 1)[1] for call in page.calls]


def deadline(day, time=None, **extra):
    return {"date": day, "time": time, **extra}


@pytest.fixture
def calls(db):
    crawl(
        db,
        [
            item("juin", deadlines=[deadline("2026-06-30", "17:00")], categories=["bourse"]),
            item(
                "mai",
                deadlines=[deadline("2026-05-20")],
                categories=["m2"],
                audience=["interne"],
                title="Master 2 de Cancérologie",
            ),
            item(
                "sans-date",
                deadlines=[],
                categories=["bourse"],
                summary="Financement pour une ANNÉE de recherche en œnologie",
            ),
            # The first deadline is over: the second one is what counts.
            item(
                "deux-temps",
                deadlines=[deadline("2026-04-01", kind="letter_of_intent"), deadline("2026-09-01")],
                categories=["these"],
                audience=["externe", "interne"],
            ),
            # Known to the month only: "fin mai" is still to come on 8 May.
            item("fin-mai", deadlines=[deadline("2026-05-01", precision="month")]),
        ],
    )
    crawl(
        db,
        [item("lyon", deadlines=[deadline("2026-07-15")], categories=["bourse", "m2"])],
        source="fac-lyon",
    )
    crawl(db, [item("ferme", deadlines=[deadline("2026-05-01")])], source="fac-vieux")


def test_open_calls_nearest_deadline_first_undated_last(session, calls):
    page = open_calls(session, TODAY)
    assert slugs(page) == ["mai", "fin-mai", "juin", "lyon", "deux-temps", "sans-date"]
    assert page.total == 6 and page.pages == 1
    deux_temps = next(c for c in page.calls if c.url.endswith("deux-temps"))
    assert page.next_deadlines[deux_temps.id].date.isoformat() == "2026-09-01"
    sans_date = next(c for c in page.calls if c.url.endswith("sans-date"))
    assert page.next_deadlines[sans_date.id] is None


def test_filters_by_category_audience_and_sources(session, calls):
    assert slugs(open_calls(session, TODAY, CallFilters(categories=("bourse",)))) == [
        "juin",
        "lyon",
        "sans-date",
    ]
    # Several values of one filter: any of them; several filters: all of them.
    both = CallFilters(categories=("m2", "these"), audience=("interne",))
    assert slugs(open_calls(session, TODAY, both)) == ["mai", "deux-temps"]
    assert slugs(open_calls(session, TODAY, CallFilters(source_ids=("fac-lyon",)))) == ["lyon"]
    assert open_calls(session, TODAY, CallFilters(source_ids=())).total == 0
    # "m2" must not match a category that merely contains it.
    assert open_calls(session, TODAY, CallFilters(categories=("m",))).total == 0


def test_text_search_ignores_case_and_accents_and_needs_every_word(session, calls):
    assert slugs(open_calls(session, TODAY, CallFilters(text="cancerologie"))) == ["mai"]
    assert slugs(open_calls(session, TODAY, CallFilters(text="CANCÉROLOGIE master"))) == ["mai"]
    assert slugs(open_calls(session, TODAY, CallFilters(text="annee oenologie"))) == ["sans-date"]
    assert open_calls(session, TODAY, CallFilters(text="cancerologie bourse")).total == 0
    # Wildcards typed by a visitor are plain characters.
    assert open_calls(session, TODAY, CallFilters(text="%")).total == 0
    assert open_calls(session, TODAY, CallFilters(text="_")).total == 0


def test_pagination_is_bounded_and_stable(session, calls):
    pages = [open_calls(session, TODAY, page=n, per_page=4) for n in (1, 2)]
    assert [p.pages for p in pages] == [2, 2]
    assert slugs(pages[0]) + slugs(pages[1]) == slugs(open_calls(session, TODAY))
    # Past the end: the last page; below 1: the first.
    assert slugs(open_calls(session, TODAY, page=99, per_page=4)) == slugs(pages[1])
    assert slugs(open_calls(session, TODAY, page=-3, per_page=4)) == slugs(pages[0])
    assert open_calls(session, TODAY, per_page=10_000).per_page == browse.MAX_PER_PAGE


def test_history_and_revision_grow_when_the_deadline_moves(db):
    crawl(db, [item("a", deadlines=[deadline("2026-06-30")])])
    with db.sessions() as session:
        call = session.scalars(select(Call)).one()
        assert [e.kind for e in browse.call_history(session, call.id)] == [EventKind.NEW]
        assert browse.revision(session, call.id) == 0
    crawl(db, [item("a", deadlines=[deadline("2026-07-10")])], at=NOW)
    with db.sessions() as session:
        history = browse.call_history(session, call.id)
        assert [e.kind for e in history] == [EventKind.NEW, EventKind.DEADLINE_CHANGED]
        assert history[1].changes["deadlines"]["new"][0]["date"] == "2026-07-10"
        assert browse.revision(session, call.id) == 1
        assert browse.revisions(session, [call.id, 999]) == {call.id: 1, 999: 0}


def test_follow_is_idempotent_and_forgotten_with_the_subscriber(db):
    crawl(db, [item("a")])
    subscriber_id = subscribe(db, "p@example.org")
    with db.session() as session:
        call_id = session.scalar(select(Call.id))
        assert browse.follow(session, subscriber_id, call_id, NOW) is True
        assert browse.follow(session, subscriber_id, call_id, NOW) is False
        assert browse.followed_ids(session, subscriber_id) == {call_id}
    with db.session() as session:
        assert browse.unfollow(session, subscriber_id, call_id) is True
        assert browse.unfollow(session, subscriber_id, call_id) is False
        browse.follow(session, subscriber_id, call_id, NOW + timedelta(minutes=1))
    with db.session() as session:
        person = session.get(Subscriber, subscriber_id)
        # The right of access shows what the person follows.
        assert [f["url"] for f in subs.export(session, person)["follows"]] == [
            "https://faculte.example.fr/appels/a"
        ]
        subs.forget(session, person)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Follow)) == 0
