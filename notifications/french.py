"""French wording for what a subscriber reads, in mails and on pages: one place, on Babel.

Month names, numbers and "dans 3 jours" come from Babel's CLDR data for
``fr_FR`` rather than from the system locale, which is rarely French in a
container and would silently turn "15 mai" into "15 May". Only the French
typographic habits CLDR does not carry are written here: "1er" for the first
of the month and "17 h 30" for times.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from babel.dates import format_date, format_timedelta
from babel.numbers import format_decimal

LOCALE = "fr_FR"

CATEGORY_LABELS = {
    "annee-recherche": "Année-recherche",
    "m2": "Master 2",
    "master-2": "Master 2",
    "bourse": "Bourses",
    "these": "Thèse de science",
    "doctorat": "Thèse de science",
    "double-cursus": "Double cursus",
    "poste": "Postes universitaires",
    "prix": "Prix",
    "appel-a-projets": "Appels à projets",
    "mobilite": "Mobilité",
}
OTHER_CATEGORY = "Autres appels"

DEADLINE_KINDS = {
    "application": "Dépôt des candidatures",
    "letter_of_intent": "Lettre d'intention",
    "other": "Échéance",
}


def day(value: date) -> str:
    """15 mai 2026 (1er for the first day of a month, as French writes it)."""
    number = "1er" if value.day == 1 else str(value.day)
    return f"{number} {month(value)}"


def month(value: date) -> str:
    """mars 2026."""
    return format_date(value, "MMMM y", locale=LOCALE)


def number(value: int | float) -> str:
    """12 345 (a narrow no-break space between thousands, as French prints numbers)."""
    return format_decimal(value, locale=LOCALE)


def clock(value: time) -> str:
    """17 h, or 17 h 30."""
    return f"{value.hour} h" if value.minute == 0 else f"{value.hour} h {value.minute:02d}"


def deadline(on: date, at: time | None, precision: str = "day") -> str:
    """15 mai 2026 à 17 h; a deadline known to the month only: fin mars 2026."""
    if precision == "month":
        return f"fin {month(on)}"
    return f"{day(on)} à {clock(at)}" if at else day(on)


def days_left(days: int) -> str:
    if days < 0:
        return "date passée"
    if days == 0:
        return "aujourd'hui"
    if days == 1:
        return "demain"
    return format_timedelta(
        timedelta(days=days),
        granularity="day",
        threshold=100_000,
        add_direction=True,
        locale=LOCALE,
    )


def plural(count: int, singular: str, plural_form: str) -> str:
    """1 nouvel appel, 3 nouveaux appels (French puts 0 and 1 in the singular)."""
    return f"{number(count)} {singular if count <= 1 else plural_form}"


def category(slug: str | None) -> str:
    if not slug:
        return OTHER_CATEGORY
    return CATEGORY_LABELS.get(slug, slug.replace("-", " ").replace("_", " ").capitalize())


def deadline_kind(kind: str) -> str:
    return DEADLINE_KINDS.get(kind, DEADLINE_KINDS["other"])
