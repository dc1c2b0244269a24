"""The mails of the sign-up: confirm your address, welcome (with the open calls), already in.

Short, in French, plain text (the welcome also in HTML). Only the confirmation goes to an address that
has not confirmed; the welcome lists the open calls that match the new
filters, next deadline first and bounded, so the first mail is useful.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from urllib.parse import quote

import css_inline
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from veille.notifications import french
from veille.notifications.message import add_list_headers, links_for, new_message
from veille.notifications.render import environment
from veille.notifications.selection import matches
from veille.notifications.tokens import subscriber_token
from veille.settings import Settings
from veille.storage.deadlines import deadline_end
from veille.storage.models import Call, CallStatus, Subscriber

WELCOME_LIMIT = 10


@dataclass
class OpenCalls:
    shown: list[dict]
    total: int


def confirm_url(settings: Settings, subscriber: Subscriber) -> str:
    token = subscriber_token(settings.secret(), "confirm", subscriber)
    return f"{settings.public_url()}/confirmation/{quote(token)}"


def confirmation_message(settings: Settings, subscriber: Subscriber, now: datetime) -> EmailMessage:
    message = new_message(
        settings, subscriber.email, "Confirmez votre inscription à la veille recherche", now
    )
    text = (
        environment()
        .get_template("mail/confirm.txt")
        .render(url=confirm_url(settings, subscriber), days=7)
    )
    message.set_content(text, subtype="plain", charset="utf-8")
    return message


def already_message(settings: Settings, subscriber: Subscriber, now: datetime) -> EmailMessage:
    """To a subscribed address someone typed in the form again: its links, nothing changed."""
    links = links_for(settings, subscriber)
    message = new_message(
        settings, subscriber.email, "Vous êtes déjà inscrit à la veille recherche", now
    )
    text = environment().get_template("mail/already.txt").render(links=links)
    message.set_content(text, subtype="plain", charset="utf-8")
    return message


def welcome_message(
    session: Session, settings: Settings, subscriber: Subscriber, now: datetime
) -> EmailMessage:
    links = links_for(settings, subscriber)
    today = now.astimezone(settings.tz).date()
    calls = open_calls(session, subscriber.filters, today, WELCOME_LIMIT)
    message = new_message(settings, subscriber.email, "Bienvenue dans la veille recherche", now)
    add_list_headers(message, settings, links)
    context = {
        "calls": calls,
        "more": french.plural(calls.total - len(calls.shown), "autre appel", "autres appels"),
        "frequency": "chaque jour" if subscriber.frequency == "daily" else "chaque lundi",
        "links": links,
    }
    env = environment()
    message.set_content(
        env.get_template("mail/welcome.txt").render(context), subtype="plain", charset="utf-8"
    )
    html = css_inline.inline(env.get_template("mail/welcome.html").render(context))
    message.add_alternative(html, subtype="html", charset="utf-8")
    return message


def open_calls(session: Session, filters: dict, today: date, limit: int) -> OpenCalls:
    """Open calls passing ``filters`` with a deadline still ahead, next deadline first."""
    calls = session.scalars(
        select(Call)
        .where(Call.status == CallStatus.OPEN)
        .options(selectinload(Call.deadlines), selectinload(Call.links))
    )
    ahead = []
    for call in calls:
        ends = [
            (deadline_end(d.date, d.time, d.precision)[0], d)
            for d in call.deadlines
            if deadline_end(d.date, d.time, d.precision)[0] >= today
        ]
        if ends and matches(filters, call):
            end, deadline = min(ends, key=lambda pair: pair[0])
            ahead.append((end, call.title.casefold(), call, deadline))
    ahead.sort(key=lambda row: row[:2])
    shown = [
        {
            "title": " ".join(call.title.split()),
            "organisation": " ".join((call.organisation or "").split()),
            "url": call.url,
            "when": french.deadline(deadline.date, deadline.time, deadline.precision),
            "left": french.days_left((end - today).days),
        }
        for end, _, call, deadline in ahead[:limit]
    ]
    return OpenCalls(shown, len(ahead))
