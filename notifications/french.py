"""French wording for what a subscriber reads: dates, days left, plurals, labels.

Written out here rather than taken from the system locale, which is rarely
``fr_FR`` in a container and would silently turn "15 mai" into "15 May".
"""

from __future__ import annotations

from datetime import date, time

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

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
    return f"{number} {MONTHS[value.month - 1]} {value.year}"


def clock(value: time) -> str:
    """17 h, or 17 h 30."""
    return f"{value.hour} h" if value.minute == 0 else f"{value.hour} h {value.minute:02d}"


def deadline(on: date, at: time | None, precision: str = "day") -> str:
    """15 mai 2026 à 17 h; a deadline known to the month only: fin mars 2026."""
    if precision == "month":
        return f"fin {MONTHS[on.month - 1]} {on.year}"
    return f"{day(on)} à {clock(at)}" if at else day(on)


def days_left(days: int) -> str:
    if days < 0:
        return "date passée"
    if days == 0:
        return "aujourd'hui"
    if days == 1:
        return "demain"
    return f"dans {days} jours"


def plural(count: int, singular: str, plural_form: str) -> str:
    """1 nouvel appel, 3 nouveaux appels (French puts 0 and 1 in the singular)."""
    return f"{count} {singular if count <= 1 else plural_form}"


def category(slug: str | None) -> str:
    if not slug:
        return OTHER_CATEGORY
    return CATEGORY_LABELS.get(slug, slug.replace("-", " ").replace("_", " ").capitalize())


def deadline_kind(kind: str) -> str:
    return DEADLINE_KINDS.get(kind, DEADLINE_KINDS["other"])
