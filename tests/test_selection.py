"""Which events and reminders go to whom: each selection rule, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update

from tests.digestkit import NOW, crawl, item, settings_for, subscribe
from veille.notifications import build_due_digests
from veille.notifications.selection import select_digest
from veille.storage import close_expired
from veille.storage.models import Call, DigestItem, OutboxMessage, Subscriber

LONG_AGO = NOW - timedelta(days=40)


def digest_of(db, settings, email, now=NOW):
    """What ``email`` would get at ``now``, as {call url: reasons}."""
    with db.session() as session:
        subscriber = session.scalars(select(Subscriber).where(Subscriber.email == email)).one()
        digest = select_digest(session, subscriber, now, settings.tz)
        return {entry.call.url.rsplit("/", 1)[1]: entry.reasons for entry in digest.entries}


def build(db, settings, now=NOW):
    report = build_due_digests(db, settings, now)
    return len(report.built)


def outbox_count(db):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(OutboxMessage))


def test_empty_filters_mean_everything(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(db, [item("a", categories=["bourse"]), item("b", categories=["m2"])])
    subscribe(db, "all@example.org")
    assert digest_of(db, config, "all@example.org") == {"a": ["new"], "b": ["new"]}


def test_filters_each_narrow_and_combine(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(
        db,
        [
            item("bourse-interne", categories=["bourse"], audience=["interne"]),
            item("bourse-externe", categories=["bourse"], audience=["externe"]),
            item("m2", categories=["m2"], audience=["interne"], title="Master 2 de Cancérologie"),
        ],
    )
    crawl(db, [item("ailleurs", categories=["bourse"])], source="fondation-x")
    subscribe(db, "cat@example.org", categories=["bourse"])
    subscribe(db, "both@example.org", categories=["bourse", "m2"], audience=["interne"])
    subscribe(db, "kw@example.org", keywords=["cancerologie"])
    subscribe(db, "src@example.org", sources=["fondation-x"])
    subscribe(db, "none@example.org", categories=["these"])

    assert set(digest_of(db, config, "cat@example.org")) == {
        "bourse-interne",
        "bourse-externe",
        "ailleurs",
    }
    assert set(digest_of(db, config, "both@example.org")) == {"bourse-interne", "m2"}
    assert set(digest_of(db, config, "kw@example.org")) == {"m2"}  # accents and case ignored
    assert set(digest_of(db, config, "src@example.org")) == {"ailleurs"}
    assert digest_of(db, config, "none@example.org") == {}


def test_events_only_since_the_last_digest_and_never_twice(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(db, [item("a")])
    subscribe(db, "p@example.org", frequency="daily")
    assert build(db, config) == 1
    # The next day: nothing new, nothing due; the same event is not sent again.
    assert build(db, config, NOW + timedelta(days=1)) == 0
    crawl(db, [item("a"), item("b")], at=NOW + timedelta(days=1, hours=1))
    assert digest_of(db, config, "p@example.org", NOW + timedelta(days=2)) == {"b": ["new"]}
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(DigestItem)) == 1


def test_one_digest_per_period_even_when_run_twice(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(db, [item("a")])
    subscribe(db, "p@example.org")  # weekly
    assert build(db, config) == 1
    crawl(db, [item("a"), item("b")], at=NOW + timedelta(hours=1))
    report = build_due_digests(db, config, NOW + timedelta(hours=2))
    assert report.built == [] and report.already == 1
    assert outbox_count(db) == 1
    # "b" waits for the next week's digest, and is not lost.
    assert build(db, config, NOW + timedelta(days=7)) == 1
    assert outbox_count(db) == 2


def test_empty_digest_is_not_written(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(db, [item("a", categories=["m2"])])
    subscribe(db, "p@example.org", categories=["bourse"])
    report = build_due_digests(db, config, NOW)
    assert report.built == [] and report.empty == 1 and outbox_count(db) == 0


def test_reminder_within_seven_days_once(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(
        db,
        [
            item("in-6-days", deadlines=[{"date": "2026-05-14", "time": "12:00"}]),
            item("in-7-days", deadlines=[{"date": "2026-05-15"}]),
            item("in-12-days", deadlines=[{"date": "2026-05-20"}]),
        ],
        at=LONG_AGO,
    )
    subscribe(db, "p@example.org")
    assert digest_of(db, config, "p@example.org") == {
        "in-6-days": ["reminder"],
        "in-7-days": ["reminder"],
    }
    assert build(db, config) == 1
    # Next week the 12-day one is 5 days away: reminded; the others are not reminded again.
    assert digest_of(db, config, "p@example.org", NOW + timedelta(days=7)) == {
        "in-12-days": ["reminder"]
    }


def test_daily_subscribers_are_also_reminded_the_day_before(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(db, [item("a", deadlines=[{"date": "2026-05-12", "time": "17:00"}])], at=LONG_AGO)
    subscribe(db, "daily@example.org", frequency="daily")
    subscribe(db, "weekly@example.org", frequency="weekly")
    sent = {"daily@example.org": [], "weekly@example.org": []}
    for day in range(6):  # Friday 8 to Wednesday 13 May
        now = NOW + timedelta(days=day)
        for email, days in sent.items():
            if digest_of(db, config, email, now):
                days.append(now.date().isoformat())
        build(db, config, now)
    assert sent["daily@example.org"] == ["2026-05-08", "2026-05-11"]
    assert sent["weekly@example.org"] == ["2026-05-08"]


def test_a_moved_deadline_is_told_and_reminded_again(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(db, [item("a", deadlines=[{"date": "2026-05-12"}])], at=LONG_AGO)
    subscribe(db, "p@example.org", frequency="daily")
    build(db, config)
    crawl(db, [item("a", deadlines=[{"date": "2026-05-14"}])], at=NOW + timedelta(hours=2))
    assert digest_of(db, config, "p@example.org", NOW + timedelta(days=1)) == {
        "a": ["deadline_changed", "reminder"]
    }


def test_closed_and_gone_calls_are_never_reminded(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    soon = [{"date": "2026-05-12"}]
    crawl(
        db,
        [item("closed", deadlines=soon), item("gone", deadlines=soon), item("open")],
        at=LONG_AGO,
    )
    # Two complete crawls without "gone" mark it gone; "closed" is closed by hand.
    crawl(db, [item("closed", deadlines=soon), item("open")], at=LONG_AGO + timedelta(days=1))
    crawl(db, [item("closed", deadlines=soon), item("open")], at=LONG_AGO + timedelta(days=2))
    with db.session() as session:
        session.execute(update(Call).where(Call.url.endswith("/closed")).values(status="closed"))
    with db.session() as session:
        statuses = {c.url.rsplit("/", 1)[1]: c.status for c in session.scalars(select(Call))}
    assert statuses == {"closed": "closed", "gone": "gone", "open": "open"}
    subscribe(db, "p@example.org")
    assert digest_of(db, config, "p@example.org") == {}


def test_closed_events_and_new_events_of_closed_calls_are_not_mailed(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    subscribe(db, "p@example.org")
    # Already over when first seen: a "new" event of a closed call.
    crawl(db, [item("over", deadlines=[{"date": "2026-04-01"}])])
    assert digest_of(db, config, "p@example.org") == {}
    # An open call that closes: its "closed" event is not mailed either.
    crawl(db, [item("closing", deadlines=[{"date": "2026-05-09"}])], at=LONG_AGO)
    later = NOW + timedelta(days=2)
    with db.session() as session:
        assert [e.kind for e in close_expired(session, later)] == ["closed"]
    assert digest_of(db, config, "p@example.org", later) == {}


def test_inactive_and_unconfirmed_subscribers_get_nothing(db, database_url, tmp_path):
    config = settings_for(database_url, tmp_path)
    crawl(db, [item("a")])
    subscribe(db, "left@example.org")
    subscribe(db, "unconfirmed@example.org")
    with db.session() as session:
        session.execute(
            update(Subscriber).where(Subscriber.email == "left@example.org").values(active=False)
        )
        session.execute(
            update(Subscriber)
            .where(Subscriber.email == "unconfirmed@example.org")
            .values(confirmed=False)
        )
    assert build(db, config) == 0


def test_an_event_committed_after_a_digest_was_built_goes_in_the_next(db, database_url, tmp_path):
    """A crawl stamps its events when it starts recording; one that commits after a
    digest was built must still reach the subscriber, once."""
    config = settings_for(database_url, tmp_path)
    subscribe(db, "late@example.org", frequency="daily")
    crawl(db, [item("first")], at=NOW - timedelta(minutes=30))
    assert build(db, config, now=NOW) == 1
    # Stamped a minute before that digest, visible only now.
    crawl(db, [item("late")], at=NOW - timedelta(minutes=1))
    tomorrow = NOW + timedelta(days=1)
    assert digest_of(db, config, "late@example.org", now=tomorrow) == {"late": ["new"]}
    assert build(db, config, now=tomorrow) == 1
    assert digest_of(db, config, "late@example.org", now=tomorrow + timedelta(days=1)) == {}


def test_region_and_specialty_values_match_through_the_vocabulary(db, database_url, tmp_path):
    """Filters match the regions and specialties stored on the call (extraction fills
    them in), not words of the title."""
    config = settings_for(database_url, tmp_path)
    cardio = ["medecine-cardiovasculaire"]
    crawl(
        db,
        [
            item("rennes", title="Bourse du CHU", regions=["bretagne"], specialties=cardio),
            item("lyon", title="Bourse des Hospices", regions=["auvergne-rhone-alpes"]),
            item("brest", title="Prix de l'UBO en neurologie", regions=["bretagne"]),
        ],
    )
    subscribe(db, "b@example.org", regions=["bretagne"])
    subscribe(db, "bc@example.org", regions=["bretagne"], specialties=cardio)
    assert set(digest_of(db, config, "b@example.org")) == {"rennes", "brest"}
    assert set(digest_of(db, config, "bc@example.org")) == {"rennes"}


def test_a_paused_subscriber_gets_nothing_through_the_last_day_of_the_pause(
    db, database_url, tmp_path
):
    config = settings_for(database_url, tmp_path)
    crawl(db, [item("a")])
    subscribe(db, "p@example.org", frequency="daily")
    with db.session() as session:
        session.execute(update(Subscriber).values(paused_until=NOW.date()))
    assert build(db, config) == 0
    with db.session() as session:
        session.execute(update(Subscriber).values(paused_until=NOW.date() - timedelta(days=1)))
    assert build(db, config) == 1


def test_a_followed_call_reaches_its_follower_outside_their_filters(db, database_url, tmp_path):
    """Suivre cet appel: reminders before each deadline and a moved deadline, whatever the filters."""
    from veille.storage import browse

    config = settings_for(database_url, tmp_path)
    crawl(
        db, [item("suivi", categories=["bourse"], deadlines=[{"date": "2026-06-30"}])], at=LONG_AGO
    )
    follower = subscribe(db, "suit@example.org", categories=["m2"])
    subscribe(db, "autre@example.org", categories=["m2"])
    with db.session() as session:
        call_id = session.scalar(select(Call.id))
        browse.follow(session, follower, call_id, LONG_AGO)
    # The deadline moves, then comes near: the follower hears both, the other subscriber nothing.
    crawl(db, [item("suivi", categories=["bourse"], deadlines=[{"date": "2026-05-12"}])])
    assert digest_of(db, config, "suit@example.org") == {"suivi": ["deadline_changed", "reminder"]}
    assert digest_of(db, config, "autre@example.org") == {}
