"""Table of extraction cases, written for veille: one passage, what must come out.

Expectation strings stay short so the table reads like a checklist:

- a deadline is ``"[kind ]date[ HH:MM]"``; kind is ``loi`` or ``other`` (application
  is the default); ``date`` is ``YYYY-MM-DD``, or ``YYYY-MM`` for a month-precise one;
- an event is ``"kind date[..end][ HH:MM]"``;
- ``deadlines`` defaults to "none at all"; ``events`` to "not checked" (``None``);
- ``opens`` is ``"?"`` (not checked), ``""`` (must be absent) or a date;
- topic lists must all be present; the ``no_*`` lists must all be absent.

Unless a case says otherwise the page is dated 2025-01-10.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    deadlines: tuple[str, ...] = ()
    events: tuple[str, ...] | None = None
    opens: str = "?"
    page: str = "2025-01-10"
    categories: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    specialties: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    no_audience: tuple[str, ...] = ()
    no_regions: tuple[str, ...] = ()
    no_categories: tuple[str, ...] = ()


def c(id: str, text: str, *deadlines: str, **expect: object) -> Case:
    for key in ("events", "categories", "audience", "specialties", "regions",
                "no_audience", "no_regions", "no_categories"):  # fmt: skip
        if key in expect and isinstance(expect[key], str):
            expect[key] = (expect[key],)
        elif key in expect and isinstance(expect[key], list):
            expect[key] = tuple(expect[key])  # type: ignore[arg-type]
    return Case(id, text, tuple(deadlines), **expect)  # type: ignore[arg-type]


NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

FORMATS = [
    c("fr-long", "Date limite : 15 mai 2025", "2025-05-15"),
    c("fr-slash", "Date limite : 15/05/2025", "2025-05-15"),
    c("fr-slash-short-year", "Date limite : 15/05/25", "2025-05-15"),
    c("fr-dots", "Date limite : 15.05.2025", "2025-05-15"),
    c("iso", "Date limite : 2025-05-15", "2025-05-15"),
    c("iso-slash", "Date limite : 2025/05/15", "2025-05-15"),
    c("premier-er", "Date limite : le 1er février 2025", "2025-02-01"),
    c("premier-abbrev", "Date limite : 1er fév. 2025", "2025-02-01"),
    c("premier-superscript", "Date limite : 1ᵉʳ juillet 2025", "2025-07-01"),
    c("premier-word", "Date limite : le premier avril 2025", "2025-04-01"),
    c("weekday", "Date limite : lundi 3 mars 2025", "2025-03-03"),
    c("no-year", "Date limite : 15 mai", "2025-05-15"),
    c("upper-case", "DATE LIMITE : 15 MAI 2025", "2025-05-15"),
    c("nbsp", f"Date limite{NBSP}: 15{NBSP}mai{NBSP}2025", "2025-05-15"),
    c("narrow-nbsp", f"Date limite{NNBSP}: 15{NNBSP}mai 2025", "2025-05-15"),
    c("thin-space", f"Date limite{THIN}:{THIN}15{THIN}mai{THIN}2025", "2025-05-15"),
    c("single-digits", "Date limite : 5/3/2025", "2025-03-05"),
    c("slash-no-year", "Date limite : 15/05", "2025-05-15"),
    c("dots-short-year", "Clôture : 15.05.25", "2025-05-15"),
    c("accentless", "date limite : 5 aout 2025", "2025-08-05"),
    c("accented", "Date limite : 5 août 2025", "2025-08-05"),
    c("date-limite-hyphen", "Date-limite : 02/09/2025", "2025-09-02"),
    c("no-space-before-colon", "Date limite: 12/10/2025", "2025-10-12"),
    c("ordinal-space", "Date limite : 1 er mars 2025", "2025-03-01"),
    c("entity-month", "Date limite : 15 f&eacute;vrier 2025", "2025-02-15"),
    c("entity-nbsp", "Date limite&nbsp;: 15&nbsp;mars&nbsp;2025", "2025-03-15"),
    c("typographic-apostrophe", "Candidatures jusqu’au 30 avril 2025", "2025-04-30"),
    c("year-2-digit-dash", "Date limite : 15-05-25", "2025-05-15"),
    c("premier-numeric", "Date limite : 1er/03/2027", "2027-03-01"),
    c(
        "pre-demande-is-a-first-stage",
        "Pré-demande en ligne jusqu'au 14 janvier 2027, puis dossier complet avant le 11 mars 2027.",
        "loi 2027-01-14",
        "2027-03-11",
    ),
    c(
        "premier-numeric-range",
        "Dépôt des dossiers du 1er/10/27 au 30/11/27",
        "2027-11-30",
        opens="2027-10-01",
    ),
]

MONTH_SPELLINGS = [
    c("janv", "Date limite : 9 janv. 2026", "2026-01-09"),
    c("janvier", "Date limite : 9 janvier 2026", "2026-01-09"),
    c("fevr", "Date limite : 9 févr. 2026", "2026-02-09"),
    c("mars", "Date limite : 9 mars 2026", "2026-03-09"),
    c("avr", "Date limite : 9 avr. 2026", "2026-04-09"),
    c("mai", "Date limite : 9 mai 2026", "2026-05-09"),
    c("juin", "Date limite : 9 juin 2026", "2026-06-09"),
    c("juil", "Date limite : 9 juil. 2026", "2026-07-09"),
    c("juillet", "Date limite : 9 juillet 2026", "2026-07-09"),
    c("aout", "Date limite : 9 août 2026", "2026-08-09"),
    c("sept", "Date limite : 9 sept. 2026", "2026-09-09"),
    c("septembre", "Date limite : 9 septembre 2026", "2026-09-09"),
    c("oct", "Date limite : 9 oct. 2026", "2026-10-09"),
    c("nov", "Date limite : 9 nov. 2026", "2026-11-09"),
    c("dec", "Date limite : 9 déc. 2026", "2026-12-09"),
    c("decembre", "Date limite : 9 décembre 2026", "2026-12-09"),
    c("en-jan-abbrev", "Deadline: Jan 5, 2026", "2026-01-05"),
    c("en-feb-dot", "Deadline: Feb. 5, 2026", "2026-02-05"),
    c("en-sept", "Deadline: Sept 5, 2026", "2026-09-05"),
    c("en-day-first-abbrev", "Deadline: 5 Oct 2026", "2026-10-05"),
    c("en-ordinal", "Deadline: December 1st, 2026", "2026-12-01"),
    c("en-of", "Deadline: the 3rd of August 2026", "2026-08-03"),
]

CUES = [
    c("depot", "Date limite de dépôt : 3 juin 2025", "2025-06-03"),
    c("candidature", "Date limite de candidature : 3 juin 2025", "2025-06-03"),
    c("soumission", "Date limite de soumission : 3 juin 2025", "2025-06-03"),
    c("cloture-colon", "Clôture : 30 avril 2025", "2025-04-30"),
    c("cloture-le", "Clôture des candidatures le 30 avril 2025", "2025-04-30"),
    c("fin-des-candidatures", "Fin des candidatures : 30 avril 2025", "2025-04-30"),
    c("jusqu-au", "Candidatures jusqu'au 30 avril 2025", "2025-04-30"),
    c("avant-le", "Dossiers à envoyer avant le 30 avril 2025", "2025-04-30"),
    c("au-plus-tard", "Dossier à déposer au plus tard le 30 avril 2025", "2025-04-30"),
    c("au-plus-tard-after", "Candidatures : le 30 avril 2025 au plus tard", "2025-04-30"),
    c("date-butoir", "Date butoir : 12 octobre 2025", "2025-10-12"),
    c("limite-de-depot", "Limite de dépôt des dossiers : 12/10/2025", "2025-10-12"),
    c("deadline-fr-page", "Deadline : 12 octobre 2025", "2025-10-12"),
    c("se-cloture", "L'appel se clôture le 12 octobre 2025", "2025-10-12"),
    c(
        "parvenir",
        "Les candidatures doivent parvenir au plus tard le 12 octobre 2025",
        "2025-10-12",
    ),
    c("d-ici-le", "Envoyez votre dossier d'ici le 12 octobre 2025", "2025-10-12"),
    c("colon-depot", "Dépôt des dossiers : 12 octobre 2025", "2025-10-12"),
    c("pour-le", "Les dossiers sont attendus pour le 30 avril 2025", "2025-04-30"),
    c("inclus", "Candidatures jusqu'au 30 avril 2025 inclus", "2025-04-30"),
    c(
        "upper-sentence",
        "DÉPÔT DES CANDIDATURES AVANT LE 30 AVRIL 2025 À MINUIT",
        "2025-04-30 23:59",
    ),
    c("weekday-plus-tard", "au plus tard le vendredi 7 mars 2025 à 16h", "2025-03-07 16:00"),
    c("avant-abbrev-no-year", "Inscriptions avant le 1er fév.", "2025-02-01"),
    c("derniere-limite-after", "15 mars 2025 : date limite d'envoi des dossiers", "2025-03-15"),
    c("heading-then-date", "Date limite de candidature\n15 mars 2025", "2025-03-15"),
    c(
        "after-cloture-paren",
        "Après la clôture (28 février 2025), les dossiers sont évalués.",
        "2025-02-28",
    ),
    c(
        "two-deadline-sessions",
        "Deux sessions : date limite le 15 mars 2025 ou le 15 septembre 2025",
        "2025-03-15",
        "2025-09-15",
    ),
    c(
        "dates-limites-et",
        "Dates limites : 15 janvier 2025 et 15 mars 2025",
        "2025-01-15",
        "2025-03-15",
    ),
]

TIMES = [
    c("time-17h", "Date limite : 15 mars 2025 à 17h", "2025-03-15 17:00"),
    c("time-17h00", "Date limite : 15 mars 2025 à 17h00", "2025-03-15 17:00"),
    c("time-17-h-30", "Date limite : 15 mars 2025 à 17 h 30", "2025-03-15 17:30"),
    c("time-colon", "Date limite : 15 mars 2025 à 17:00", "2025-03-15 17:00"),
    c("time-minuit", "Date limite : 15 mars 2025 à minuit", "2025-03-15 23:59"),
    c("time-midi", "Date limite : 15 mars 2025 à midi", "2025-03-15 12:00"),
    c("time-before", "Dépôt avant 17h le 15 mars 2025", "2025-03-15 17:00"),
    c("time-dash", "Date limite : 15/03/2025 - 12h", "2025-03-15 12:00"),
    c("time-iso", "Date limite : 2025-03-15T17:00", "2025-03-15 17:00"),
    c("time-heures-paren", "Date limite : 15 mars 2025 (17 heures)", "2025-03-15 17:00"),
    c("time-23h59", "Clôture le 15 mars 2025 à 23h59", "2025-03-15 23:59"),
    c(
        "time-paris",
        "Clôture le 15 mars 2025 à 17h (heure de Paris)",
        "2025-03-15 17:00",
        no_regions="ile-de-france",
    ),
    c(
        "time-before-paris",
        "Dépôt avant 17h (heure de Paris) le 15 mars 2025",
        "2025-03-15 17:00",
        no_regions="ile-de-france",
    ),
    c("time-comma", "Clôture le 15 mars 2025, 9h", "2025-03-15 09:00"),
    c("time-no-a", "Date limite : 15 mai 2025 17h", "2025-05-15 17:00"),
    c("time-12-h", "Date limite : 15 mars 2025 à 12 h", "2025-03-15 12:00"),
    c("time-minuit-no-a", "Candidatures jusqu'au 15 mars 2025 minuit", "2025-03-15 23:59"),
    c("time-iso-space", "Date limite de soumission : 2025-05-15 23:59", "2025-05-15 23:59"),
    c(
        "time-right-date",
        "Clôture des candidatures le 15 mars 2025 à 17h ; jury le 3 avril 2025 à 9h",
        "2025-03-15 17:00",
        events=["jury 2025-04-03 09:00"],
    ),
    c(
        "time-on-event-only",
        "Date limite : 15 mars 2025. Réunion d'information le 1er mars 2025 à 18h",
        "2025-03-15",
        events=["congres 2025-03-01 18:00"],
    ),
    c(
        "time-not-stolen",
        "Date limite : 15 mars 2025 — attention, le jury se réunit le 10 avril 2025 à 14h",
        "2025-03-15",
        events=["jury 2025-04-10 14:00"],
    ),
    c("time-apres-midi", "Date limite : 15 mars 2025, après-midi", "2025-03-15"),
    c("en-time-pm", "Deadline: March 15, 2026 at 5 pm", "2026-03-15 17:00"),
    c("en-time-colon-pm", "Deadline: March 15, 2026, 5:00 pm", "2026-03-15 17:00"),
    c("en-time-1159", "Deadline: 15 March 2026 at 11:59 pm", "2026-03-15 23:59"),
    c("en-midnight-before", "Submit by midnight on March 15, 2026", "2026-03-15 23:59"),
    c("en-noon", "Deadline: Monday, March 2, 2026 at noon", "2026-03-02 12:00"),
    c("en-cet", "Submission deadline: 1st March 2026, 23:59 CET", "2026-03-01 23:59"),
]

YEARS = [
    c("year-end-next", "Date limite : 15 janvier", "2026-01-15", page="2025-11-20"),
    c("year-same", "Date limite : 15 décembre", "2025-12-15", page="2025-11-20"),
    c("year-same-day", "Date limite : 20 novembre", "2025-11-20", page="2025-11-20"),
    c("year-day-before-is-that-day", "Date limite : 19 novembre", "2025-11-19", page="2025-11-20"),
    c("year-month-approx", "Date limite : fin janvier", page="2025-11-20"),
    c("year-feb-29", "Date limite : 29 février", "2028-02-29", page="2025-03-01"),
    c(
        "year-range-across",
        "Candidatures du 20 décembre au 15 janvier",
        "2026-01-15",
        page="2025-11-20",
        opens="2025-12-20",
    ),
    c("year-explicit-kept", "Date limite : 15/01/2026", "2026-01-15", page="2025-11-20"),
    c("year-explicit-past", "Date limite : 15 mars 2024", "2024-03-15", page="2025-11-20"),
    c(
        "year-weeks-before-is-that-day",
        "Candidatures jusqu'au 15 mai",
        "2025-05-15",
        page="2025-06-01",
    ),
    c(
        "year-months-before-is-next",
        "Candidatures jusqu'au 15 mars",
        "2026-03-15",
        page="2025-06-01",
    ),
    c(
        "year-yearly-is-next",
        "Les demandes peuvent être soumises chaque année avant le 30 juin.",
        "2026-06-30",
        page="2025-07-15",
    ),
    c("year-slash-next", "Date limite : 10/01", "2026-01-10", page="2025-12-15"),
    c("year-passed-yesterday", "date limite: 7 avril", "2025-04-07", page="2025-04-08"),
]

IMPOSSIBLE = [
    c("feb-31", "Date limite : 31 février 2025"),
    c("iso-feb-31", "Date limite : 2026-02-31"),
    c("april-31", "Date limite : 31/04/2025"),
    c("day-32", "Date limite : 32 mars 2025"),
    c("month-13", "Date limite : 30/13/2025"),
    c("feb-29-not-leap", "Date limite : 29 février 2025"),
    c("feb-29-leap", "Date limite : 29 février 2028", "2028-02-29"),
    c("impossible-then-real", "Date limite : 31 février 2025 (lire 28 février 2025)", "2025-02-28"),
    # a numeric date that can only be month/day makes the text month-first
    c("us-order", "Deadline: 03/15/2026", "2026-03-15"),
    c("us-order-whole-text", "Selection: 05/17/2027. Files are due by 05/09/2027.", "2027-05-09"),
    c("mixed-orders-stay-day-first", "Clôture : 15/03/2027. Jury : 03/16/2027.", "2027-03-15"),
]

APPROXIMATE = [
    c("fin-mars", "Date limite : fin mars 2025"),
    c("mi-avril", "Candidatures jusqu'à mi-avril"),
    c("courant-mai", "Clôture courant mai 2025"),
    c("debut-juin", "Date limite : début juin"),
    c("fin-du-mois-de", "Candidatures jusqu'à la fin du mois de mars"),
    c("en-end-of", "Deadline: end of March 2026"),
    c("en-mid", "Applications close mid-April 2026"),
    c("month-year", "Date limite : mars 2025"),
    c("fin-mars-next-year", "Date limite : fin mars", page="2025-11-20"),
    c("resultats-fin-juin", "Résultats fin juin 2025", events=["resultats 2025-06"]),
    c(
        "laureats-debut-juillet",
        "Annonce des lauréats : début juillet 2025",
        events=["resultats 2025-07"],
    ),
    c(
        "deadline-then-results-month",
        "Date limite : 15 mars 2025, résultats début mai 2025",
        "2025-03-15",
        events=["resultats 2025-05"],
    ),
    c(
        "en-early-interviews",
        "Interviews will take place in early May 2026",
        events=["audition 2026-05"],
    ),
]

RANGES_AND_OPENING = [
    c("range-du-au", "Candidatures du 3 au 28 février 2025", "2025-02-28", opens="2025-02-03"),
    c(
        "range-full-dates",
        "Dépôt des dossiers du 3 février au 28 février 2025",
        "2025-02-28",
        opens="2025-02-03",
    ),
    c(
        "range-across-years",
        "Candidatures : du 20 décembre 2024 au 15 janvier 2025",
        "2025-01-15",
        opens="2024-12-20",
    ),
    c(
        "ouverture-cloture",
        "Ouverture des candidatures le 3 février 2025, clôture le 15 mars 2025",
        "2025-03-15",
        opens="2025-02-03",
    ),
    c(
        "a-partir-du",
        "Candidatures à partir du 1er février 2025 et jusqu'au 31 mars 2025",
        "2025-03-31",
        opens="2025-02-01",
    ),
    c(
        "range-numeric",
        "La plateforme sera ouverte du 01/03/2025 au 31/03/2025 pour le dépôt des dossiers",
        "2025-03-31",
        opens="2025-03-01",
    ),
    c(
        "ouverture-appel",
        "Ouverture de l'appel : 6 janvier 2025. Date limite : 6 mars 2025.",
        "2025-03-06",
        opens="2025-01-06",
    ),
    c(
        "en-open-close",
        "Applications open on 1 February 2026 and close on 1 March 2026",
        "2026-03-01",
        opens="2026-02-01",
    ),
    c(
        "entre-le-et-le",
        "Candidatures entre le 3 et le 28 février 2025",
        "2025-02-28",
        opens="2025-02-03",
    ),
    c(
        "range-weekdays",
        "Candidatures ouvertes du lundi 3 au vendredi 28 février 2025",
        "2025-02-28",
        opens="2025-02-03",
    ),
    c("appel-ouvert", "Appel ouvert du 2 au 30 juin 2025", "2025-06-30", opens="2025-06-02"),
    c("des-le", "Inscriptions dès le 15 janvier 2025", opens="2025-01-15"),
    c("ouverture-inscriptions", "Ouverture des inscriptions : 15 janvier 2025", opens="2025-01-15"),
    c(
        "en-call-opens",
        "The call opens on 2 March 2026. Deadline: 30 April 2026.",
        "2026-04-30",
        opens="2026-03-02",
    ),
    c(
        "en-from-to",
        "Applications are accepted from March 1 to March 31, 2026",
        "2026-03-31",
        opens="2026-03-01",
    ),
    c(
        "range-sur-plateforme",
        "Les candidatures se font du 1er au 31 mars 2025 sur la plateforme",
        "2025-03-31",
        opens="2025-03-01",
    ),
    c("range-without-cue", "Du 3 au 28 février 2025, la bibliothèque ferme à 18h.", opens=""),
    c("no-opening", "Date limite : 15 mars 2025", "2025-03-15", opens=""),
    c(
        "calendar-dl",
        "Ouverture : 3 février 2025\nClôture : 3 mars 2025",
        "2025-03-03",
        opens="2025-02-03",
    ),
]

EVENTS = [
    c("jury-colon", "Jury : 10 avril 2025", events=["jury 2025-04-10"]),
    c("jury-se-reunira", "Le jury se réunira le 10 avril 2025", events=["jury 2025-04-10"]),
    c("auditions", "Auditions le 20 mai 2025", events=["audition 2025-05-20"]),
    c("entretiens", "Entretiens prévus le 20 mai 2025", events=["audition 2025-05-20"]),
    c(
        "convoques-entretien",
        "Les candidats retenus seront convoqués à un entretien le 5 mai 2025",
        events=["audition 2025-05-05"],
    ),
    c("resultats", "Résultats le 30 juin 2025", events=["resultats 2025-06-30"]),
    c(
        "publication-resultats",
        "Publication des résultats : 30 juin 2025",
        events=["resultats 2025-06-30"],
    ),
    c(
        "laureats-avant",
        "Les lauréats seront informés avant le 30 juin 2025",
        events=["resultats 2025-06-30"],
    ),
    c(
        "resultats-au-plus-tard",
        "Les résultats seront communiqués au plus tard le 30 juin 2025",
        events=["resultats 2025-06-30"],
    ),
    c(
        "resultats-avant",
        "Les résultats seront communiqués avant le 30 juin 2025.",
        events=["resultats 2025-06-30"],
    ),
    c(
        "congres-range",
        "Congrès annuel du 12 au 14 juin 2025",
        events=["congres 2025-06-12..2025-06-14"],
        opens="",
    ),
    c(
        "journees-hyphen-range",
        "Journées scientifiques : 5-6 décembre 2025",
        events=["congres 2025-12-05..2025-12-06"],
    ),
    c("mis-a-jour", "Mis à jour le 3 février 2025", events=["mise-a-jour 2025-02-03"]),
    c(
        "derniere-mise-a-jour",
        "Dernière mise à jour : 03/02/2025",
        events=["mise-a-jour 2025-02-03"],
    ),
    c("publie-le", "Publié le 3 février 2025", events=["publication 2025-02-03"]),
    c(
        "date-de-publication",
        "Date de publication : 3 février 2025",
        events=["publication 2025-02-03"],
    ),
    c("mise-en-ligne", "Mise en ligne : 5 janvier 2025", events=["publication 2025-01-05"]),
    c("appel-publie", "Appel publié le 6 janvier 2025.", events=["publication 2025-01-06"]),
    c("debut-programme", "Début du programme : 1er septembre 2025", events=["debut 2025-09-01"]),
    c(
        "debut-annee-recherche",
        "Début de l'année recherche : novembre 2025",
        events=["debut 2025-11"],
        categories="annee-recherche",
    ),
    c(
        "prise-de-poste",
        "Prise de poste le 2 novembre 2025",
        events=["debut 2025-11-02"],
        categories="poste",
    ),
    c("rentree", "Rentrée universitaire le 1er septembre 2025", events=["debut 2025-09-01"]),
    c("bourse-debutera", "La bourse débutera le 1er novembre 2025", events=["debut 2025-11-01"]),
    c(
        "congres-se-tiendra",
        "Le congrès se tiendra à Lyon le 5 juin 2025",
        events=["congres 2025-06-05"],
        regions="auvergne-rhone-alpes",
    ),
    c("soutenances", "Soutenances le 15 juin 2025", events=["audition 2025-06-15"]),
    c(
        "webinaire",
        "Webinaire d'information le 14 janvier 2025 à 18h",
        events=["congres 2025-01-14 18:00"],
    ),
    c(
        "examinees-par-jury",
        "Les candidatures seront examinées par le jury le 10 avril 2025",
        events=["jury 2025-04-10"],
    ),
    c(
        "seminaire-sans-date-limite",
        "Date limite : voir le règlement. Séminaire le 15 mars 2025.",
        events=["congres 2025-03-15"],
    ),
    c(
        "jury-after-date-limite-sentence",
        "La date limite de candidature a été fixée. Le jury aura lieu le 10 avril 2025.",
        events=["jury 2025-04-10"],
    ),
    c("en-results", "Results will be announced on 15 July 2026", events=["resultats 2026-07-15"]),
    c(
        "en-conference",
        "The conference will be held on June 5-7, 2026",
        events=["congres 2026-06-05..2026-06-07"],
    ),
    c("en-posted", "Posted on January 10, 2026", events=["publication 2026-01-10"]),
    c("en-updated", "Last updated: 12 February 2026", events=["mise-a-jour 2026-02-12"]),
]

TRAPS = [
    c(
        "full-calendar",
        "Date limite : 15 mars 2025. Jury : 10 avril 2025. Résultats : 30 avril 2025.",
        "2025-03-15",
        events=["jury 2025-04-10", "resultats 2025-04-30"],
    ),
    c(
        "update-inside-deadline",
        "Date limite : 15 avril 2025 (mis à jour le 3 mars 2025)",
        "2025-04-15",
        events=["mise-a-jour 2025-03-03"],
    ),
    c(
        "update-before-deadline",
        "Mis à jour le 3 mars 2025 — date limite : 15 avril 2025",
        "2025-04-15",
        events=["mise-a-jour 2025-03-03"],
    ),
    c(
        "published-pipe-deadline",
        "Publié le 10/01/2025 | Clôture : 28/02/2025",
        "2025-02-28",
        events=["publication 2025-01-10"],
    ),
    c(
        "calendar-semicolons",
        "Calendrier : 15 janvier 2025 : lettres d'intention ; 15 mars 2025 : "
        "dossiers complets ; 3 juin 2025 : jury",
        "loi 2025-01-15",
        "2025-03-15",
        events=["jury 2025-06-03"],
    ),
    c(
        "calendar-lines",
        "Calendrier :\n15 janvier 2025 : lettres d'intention\n15 mars 2025 : "
        "dossiers complets\n3 juin 2025 : jury",
        "loi 2025-01-15",
        "2025-03-15",
        events=["jury 2025-06-03"],
    ),
    c(
        "no-cue-sentence",
        "Le 15 mars 2025, la faculté a accueilli ses nouveaux internes.",
        events=[],
    ),
    c("letter-heading", "Paris, le 3 février 2025", events=[]),
    c(
        "info-meeting-then-deadline",
        "Réunion d'information le 20 janvier 2025, candidatures jusqu'au 15 mars 2025",
        "2025-03-15",
        events=["congres 2025-01-20"],
    ),
    c(
        "congress-and-abstracts",
        "Congrès de la SFC, Paris, 12-14 décembre 2025. Soumission des "
        "résumés avant le 15 septembre 2025.",
        "2025-09-15",
        events=["congres 2025-12-12..2025-12-14"],
        regions="ile-de-france",
    ),
    c(
        "congress-registration",
        "Date limite d'inscription au congrès : 15 mai 2025",
        "other 2025-05-15",
    ),
    c("abstracts", "Envoi des abstracts jusqu'au 1er mars 2025", "2025-03-01"),
    c(
        "final-report",
        "Rapport final à rendre au plus tard le 30 novembre 2025",
        "other 2025-11-30",
    ),
    c(
        "recommendation-letters",
        "Les lettres de recommandation doivent parvenir avant le 20 mars 2025",
        "other 2025-03-20",
    ),
    c(
        "seminar-registration-closing",
        "Clôture des inscriptions au séminaire : 20 février 2025",
        "other 2025-02-20",
    ),
    c(
        "seminar-range-and-deadline",
        "Séminaire du 3 au 5 mars 2025 ; inscriptions jusqu'au 20 février 2025",
        "2025-02-20",
        events=["congres 2025-03-03..2025-03-05"],
    ),
    c(
        "calendar-mixed",
        "Candidatures : jusqu'au 15/03/2025 à 12h00. Commission de sélection : "
        "2 avril 2025. Début du financement : 1er octobre 2025.",
        "2025-03-15 12:00",
        events=["jury 2025-04-02", "debut 2025-10-01"],
    ),
    c("birthday", "La faculté fête ses 50 ans le 15 mars 2025.", events=[]),
    c("council-session", "Séance du conseil de faculté du 12 février 2025"),
    c("version", "Version du 3 mars 2025"),
    c("birth-date", "Né le 3 mars 1990"),
    c("holiday", "Le 1er mai est férié."),
    c("no-deadline-permanent", "Pas de date limite pour cet appel permanent."),
    c("bare-date", "15 mai 2025", events=[]),
    c("cue-without-date", "date limite"),
    c("year-range-not-date", "Année universitaire 2025-2026 : appel aux internes"),
    c("phone-number", "Date limite : contactez le 01.42.34.56.78"),
    c("fraction", "Date limite : les 3/4 des crédits"),
    c("price", "Date limite : 15 mars 2025. Frais : 15,50 euros", "2025-03-15"),
    c(
        "deadline-then-jury-comma",
        "Clôture des candidatures, jury le 3 avril 2025",
        events=["jury 2025-04-03"],
    ),
    c(
        "resultats-and-deadline-sentence",
        "Les dossiers doivent être déposés avant le 15 mars 2025 "
        "et les résultats seront communiqués avant le 30 juin 2025.",
        "2025-03-15",
        events=["resultats 2025-06-30"],
    ),
    c("script-like-text", "var d = '2025-03-15'; // sans mot-clé"),
]

TWO_DEADLINES = [
    c(
        "loi-then-full",
        "Lettre d'intention avant le 15 janvier, dossier complet au plus tard le 15 mars",
        "loi 2025-01-15",
        "2025-03-15",
        page="2024-12-01",
    ),
    c(
        "loi-colons",
        "Lettres d'intention : 15 janvier 2025 ; dossiers complets : 15 mars 2025",
        "loi 2025-01-15",
        "2025-03-15",
    ),
    c(
        "loi-parentheses",
        "Dates limites : 15 janvier 2025 (lettre d'intention) et 15 mars 2025 (dossier complet)",
        "loi 2025-01-15",
        "2025-03-15",
    ),
    c(
        "loi-two-sentences",
        "Date limite de dépôt des lettres d'intention : 10 février 2025. Date "
        "limite de dépôt des dossiers complets : 10 avril 2025.",
        "loi 2025-02-10",
        "2025-04-10",
    ),
    c(
        "loi-date-limite-list",
        "Date limite de dépôt : lettres d'intention le 15 janvier, dossiers complets le 15 mars",
        "loi 2025-01-15",
        "2025-03-15",
        page="2024-12-01",
    ),
    c(
        "en-loi-full",
        "Letters of intent are due on January 15, 2026; full proposals are due by March 15, 2026.",
        "loi 2026-01-15",
        "2026-03-15",
    ),
    c(
        "en-preproposals",
        "Pre-proposals: deadline 15 January 2026. Full applications: deadline 15 March 2026.",
        "loi 2026-01-15",
        "2026-03-15",
    ),
    c(
        "intention-candidature",
        "Intention de candidature avant le 1er décembre 2025 ; candidature "
        "complète avant le 15 janvier 2026",
        "loi 2025-12-01",
        "2026-01-15",
        page="2025-10-01",
    ),
    c("pre-projets", "Date limite des pré-projets : 3 mars 2025", "loi 2025-03-03"),
    c("en-loi-due", "Letters of intent due 15 January 2026", "loi 2026-01-15"),
    c(
        "loi-and-jury",
        "Lettre d'intention avant le 15 janvier 2025 ; audition des candidats "
        "présélectionnés le 12 février 2025 ; dossier final avant le 31 mars 2025",
        "loi 2025-01-15",
        "2025-03-31",
        events=["audition 2025-02-12"],
    ),
    c(
        "loi-month",
        "Lettres d'intention : fin janvier 2025 ; dossiers complets : 15 mars 2025",
        "2025-03-15",
    ),
]

ENGLISH = [
    c("en-deadline-mdy", "Deadline: March 15, 2026", "2026-03-15"),
    c("en-deadline-dmy", "Deadline: 15 March 2026", "2026-03-15"),
    c("en-close-on", "Applications close on 30 April 2026", "2026-04-30"),
    c("en-submitted-by", "Applications must be submitted by 1 June 2026", "2026-06-01"),
    c("en-closing-date", "The closing date for applications is 31 May 2026", "2026-05-31"),
    c("en-abstracts", "Deadline for abstracts: 10 January 2026", "2026-01-10"),
    c("en-no-later-than", "Proposals must be received no later than April 2, 2026", "2026-04-02"),
    c("en-until", "Applications are accepted until 20 May 2026", "2026-05-20"),
    c("en-no-year", "Deadline: March 15", "2026-03-15", page="2025-11-20"),
    c(
        "en-deadline-and-results",
        "Deadline: 1 March 2026. Results will be announced in May 2026.",
        "2026-03-01",
        events=["resultats 2026-05"],
    ),
    c("en-date-without-cue", "The institute was founded on 3 March 1998.", events=[]),
]

HTML = [
    c("html-p", "<p>Date limite&nbsp;: 15 mars 2025</p>", "2025-03-15"),
    c("html-sup", "<p>Date limite : 1<sup>er</sup> avril 2025</p>", "2025-04-01"),
    c(
        "html-table",
        "<table><tr><th>Étape</th><th>Date</th></tr><tr><td>Clôture des "
        "candidatures</td><td>15/03/2025</td></tr><tr><td>Jury</td><td>10/04/2025</td></tr>"
        "</table>",
        "2025-03-15",
        events=["jury 2025-04-10"],
    ),
    c(
        "html-script-ignored",
        "<script>var deadline = 'Date limite : 15 mars 2025';</script><p>Jury le 3 avril 2025</p>",
        events=["jury 2025-04-03"],
    ),
    c(
        "html-style-ignored",
        "<style>p:before{content:'Date limite : 1 mars 2025'}</style><p>Rien</p>",
        events=[],
    ),
    c("html-heading", "<h3>Date limite</h3><p>15 mars 2025</p>", "2025-03-15"),
    c(
        "html-dl",
        "<dl><dt>Ouverture</dt><dd>3 février 2025</dd><dt>Clôture</dt><dd>3 mars 2025</dd></dl>",
        "2025-03-03",
        opens="2025-02-03",
    ),
    c(
        "html-time-and-publication",
        "<p>Publié le <time>2025-01-05</time></p><p>Date limite : "
        "<strong>15&nbsp;mars&nbsp;2025</strong> à <em>17&#8239;h</em></p>",
        "2025-03-15 17:00",
        events=["publication 2025-01-05"],
    ),
    c(
        "html-comment-ignored",
        "<!-- date limite : 1 mars 2025 --><p>Jury : 2 avril 2025</p>",
        events=["jury 2025-04-02"],
    ),
    c(
        "html-list",
        "<ul><li>Date limite : 15 mars 2025</li><li>Résultats : 30 avril 2025</li></ul>",
        "2025-03-15",
        events=["resultats 2025-04-30"],
    ),
    c(
        "html-entities-apostrophe",
        "<p>Candidatures jusqu&rsquo;au 30&nbsp;avril&nbsp;2025 &agrave; 12&nbsp;h</p>",
        "2025-04-30 12:00",
    ),
    c(
        "html-br",
        "Date limite :<br>15 mars 2025<br>Jury :<br>2 avril 2025",
        "2025-03-15",
        events=["jury 2025-04-02"],
    ),
    c(
        "html-full-document",
        "<!DOCTYPE html><html><head><title>Appel M2</title></head><body>"
        "<div class='content'><p>Date limite de dépôt : <b>lundi 2 juin 2025</b></p></div>"
        "</body></html>",
        "2025-06-02",
    ),
    c("html-upper-tags", "<P>DATE LIMITE : 2 JUIN 2025</P>", "2025-06-02"),
    c(
        "html-xml-declaration",
        "<?xml version='1.0' encoding='utf-8'?><div>Clôture : 2 juin 2025</div>",
        "2025-06-02",
    ),
]

ROBUSTNESS = [
    c("empty", "", events=[]),
    c("spaces", "   \n\t  ", events=[]),
    c("controls", "\x00\x01 garbage ### \x7f", events=[]),
    c("only-digits", "1234567890 12/12/12/12 2025-2026-2027"),
    c("only-html-markup", "<div><span></span></div>", events=[]),
    c("broken-html", "<p>Date limite : 15 mars 2025<div", "2025-03-15"),
    c("emoji", "📅 Date limite : 15 mars 2025 ⏰", "2025-03-15"),
    c("zero-width", "Date\u200b limite : 15\u00admars 2025", "2025-03-15"),
    c("crlf", "Date limite :\r\n15 mars 2025\r\n", "2025-03-15"),
]

TOPICS = [
    c(
        "topic-m2-cardio-lyon",
        "Bourse de Master 2 pour les internes en cardiologie, Lyon",
        categories=["bourse", "m2"],
        audience="interne",
        specialties="medecine-cardiovasculaire",
        regions="auvergne-rhone-alpes",
    ),
    c(
        "topic-annee-recherche-aphp",
        "Année recherche 2025-2026 : appel à candidatures pour les internes de l'AP-HP",
        categories="annee-recherche",
        audience="interne",
        regions="ile-de-france",
    ),
    c(
        "topic-md-phd",
        "Programme MD-PhD de l'École de l'Inserm pour les étudiants en médecine (DFASM1)",
        categories="double-cursus",
        audience="externe",
    ),
    c(
        "topic-these-neuro-bordeaux",
        "Contrat doctoral en neurologie, thèse de sciences à Bordeaux",
        categories="these",
        specialties="neurologie",
        regions="nouvelle-aquitaine",
    ),
    c(
        "topic-cca-nantes",
        "Poste de chef de clinique en pédiatrie au CHU de Nantes",
        categories="poste",
        audience="cca",
        specialties="pediatrie",
        regions="pays-de-la-loire",
    ),
    c(
        "topic-congres-marseille",
        "Congrès des jeunes médecins en santé publique, Marseille",
        categories="congres",
        audience="jeune-medecin",
        specialties="sante-publique",
        regions="provence-alpes-cote-d-azur",
    ),
    c(
        "topic-guide",
        "Guide pratique : comment candidater à une bourse de recherche",
        categories=["guide", "bourse"],
    ),
    c(
        "topic-prix-these-toulouse",
        "Prix de thèse pour jeunes chercheurs en oncologie, Toulouse",
        categories="these",
        audience="chercheur",
        specialties="oncologie",
        regions="occitanie",
    ),
    c(
        "topic-medecine-interne-not-interne",
        "Médecine interne : appel pour les externes",
        specialties="medecine-interne-immunologie-clinique",
        audience="externe",
        no_audience="interne",
    ),
    c(
        "topic-tours-nice",
        "Internes de Tours et de Nice",
        regions=["centre-val-de-loire", "provence-alpes-cote-d-azur"],
        audience="interne",
    ),
    c(
        "topic-tours-nice-lowercase",
        "Faire le tour de la question, c'est nice",
        no_regions=["centre-val-de-loire", "provence-alpes-cote-d-azur"],
    ),
    c(
        "topic-des-psychiatrie",
        "Les DES de psychiatrie",
        audience="interne",
        specialties="psychiatrie",
    ),
    c("topic-des-article", "Appel ouvert à des étudiants motivés", no_audience="interne"),
    c(
        "topic-fellowship",
        "Fellowship for early-career researchers in rheumatology",
        categories="bourse",
        audience=["jeune-medecin", "chercheur"],
        specialties="rhumatologie",
    ),
    c(
        "topic-postdoc-lille",
        "Recrutement d'un post-doctorant en épidémiologie à Lille",
        categories="poste",
        audience="chercheur",
        specialties="sante-publique",
        regions="hauts-de-france",
    ),
    c(
        "topic-docteurs-juniors",
        "Appel à projets pour les docteurs juniors en médecine générale à Rennes",
        audience="interne",
        specialties="medecine-generale",
        regions="bretagne",
    ),
    c(
        "topic-journee-strasbourg",
        "Journée scientifique de l'AJMI à Strasbourg",
        categories="congres",
        regions="grand-est",
    ),
    c(
        "topic-m2-gyneco-caen",
        "Bourse pour un M2 en gynécologie-obstétrique à Caen",
        categories=["m2", "bourse"],
        specialties="gynecologie-obstetrique",
        regions="normandie",
    ),
    c(
        "topic-anesth-montpellier",
        "Internes en anesthésie-réanimation de Montpellier-Nîmes",
        specialties="anesthesie-reanimation",
        regions="occitanie",
        audience="interne",
    ),
    c(
        "topic-english-reunion",
        "Award for young doctors in nuclear medicine in La Réunion",
        categories="bourse",
        audience="jeune-medecin",
        specialties="medecine-nucleaire",
        regions="outre-mer",
    ),
    c(
        "topic-upper-case",
        "BOURSE DE THÈSE EN HÉMATOLOGIE — CHU DE LILLE",
        categories="bourse",
        specialties="hematologie",
        regions="hauts-de-france",
    ),
    c(
        "topic-no-these-in-english",
        "These grants support early career scientists",
        categories="bourse",
        no_categories="these",
    ),
    c(
        "topic-hyphen-variants",
        "Internes en hépato gastro entérologie et en oto-rhino-laryngologie",
        specialties=["hepato-gastro-enterologie", "orl-chirurgie-cervico-faciale"],
    ),
    c(
        "topic-full-call",
        "Appel à candidatures — Année recherche pour les internes de médecine "
        "d'urgence de Grenoble. Date limite de dépôt : 15 avril 2025 à 12h. Jury : 20 mai 2025.",
        "2025-04-15 12:00",
        events=["jury 2025-05-20"],
        categories="annee-recherche",
        audience="interne",
        specialties="medecine-urgence",
        regions="auvergne-rhone-alpes",
    ),
]

# Issue 13, point 6: the markup's machine-readable day wins; the words give time and kind.
MACHINE_READABLE = [
    c("time-datetime-month-shown", '<p>Date limite : <time datetime="2027-03-15">mars 2027</time>'
      " à 17h</p>", "2027-03-15 17:00", page="2026-11-01"),
    c("time-datetime-time-in-text", '<p>Clôture le <time datetime="2027-03-15T17:00:00+01:00">'
      "15 mars à 17 h</time></p>", "2027-03-15 17:00", page="2026-11-01"),
    c("time-datetime-published", '<p>Publié le <time datetime="2026-10-02">2 octobre</time>.'
      "</p><p>Dépôt des dossiers : 10 janvier 2027</p>", "2027-01-10", page="2026-10-02"),
    c("time-datetime-loi-from-words", '<p>Lettre d\'intention : <time datetime="2027-01-20">'
      "fin janvier</time></p>", "loi 2027-01-20", page="2026-11-01"),
    c("drupal-date-field", '<div class="field-date-limite">Date limite : <span '
      'class="date-display-single" property="dc:date" datatype="xsd:dateTime" '
      'content="2027-02-01T00:00:00+01:00">février 2027</span></div>', "2027-02-01",
      page="2026-11-01"),
    c("jsonld-valid-through", '<html><head><script type="application/ld+json">{"@type": '
      '"JobPosting", "validThrough": "2027-04-01T21:59:00Z"}</script></head><body><p>Poste de '
      "chef de clinique.</p></body></html>", "2027-04-01 23:59", page="2026-11-01"),
    c("jsonld-application-deadline", '<html><head><script type="application/ld+json">'
      '[{"@type": "EducationalOccupationalProgram", "applicationDeadline": "2027-05-15", '
      '"applicationStartDate": "2027-03-01"}]</script></head><body><p>Master 2.</p></body>'
      "</html>", "2027-05-15", opens="2027-03-01", page="2026-11-01"),
    c("jsonld-event-end-is-not-a-deadline", '<html><head><script type="application/ld+json">'
      '{"@type": "Event", "startDate": "2027-06-01", "endDate": "2027-06-03"}</script></head>'
      "<body><p>Congrès annuel.</p></body></html>", page="2026-11-01"),
    c("jsonld-broken-is-ignored", '<html><head><script type="application/ld+json">{"@type": '
      '</script></head><body><p>Date limite : 3 mars 2027</p></body></html>', "2027-03-03",
      page="2026-11-01"),
]  # fmt: skip

# Calendar lines where the words after the date decide, and layout noise from PDFs.
CALENDAR_LINES = [
    c("line-head-event-after-avant", "Calendrier\n3 février 2027 : ouverture du dépôt\n"
      "Avant le 10 mars 2027 : publication des résultats par courriel.\n"
      "Avant le 2 mars 2027 : envoi des dossiers.", "2027-03-02", opens="2027-02-03",
      page="2026-11-01"),
    c("line-head-range-then-step", "Réunion du conseil le 2 juin 2027\n"
      "10 au 20 juin 2027 Dépôt des pièces administratives", "2027-06-20",
      page="2026-11-01"),
    c("line-head-kind-from-label", "18 avril 2027 : Deadline for submission of thesis "
      "offers by supervisors\n2 mai 2027 : Deadline for applications",
      "other 2027-04-18", "2027-05-02", page="2026-11-01"),
    c("line-head-notification-is-event", "Avant le 14 mai 2027 : notification des décisions "
      "aux porteurs.", page="2026-11-01"),
    c("footnote-year", "La plateforme ferme ses portes : clôture le 3 avril 20271 à 12h00.",
      "2027-04-03 12:00", page=""),
    c("footnote-not-a-longer-number", "Référence 15 mars 202712 du registre.", page=""),
    c("opens-call-named-far-back", "L'appel à projets « Recherche clinique en soins primaires "
      "et santé des territoires ruraux » est ouvert le 5 janvier 2027 et se clôture le "
      "5 mars 2027.", "2027-03-05", opens="2027-01-05", page=""),
    c("opens-weak-not-a-call", "Le nouveau bâtiment du laboratoire de biologie cellulaire de "
      "la faculté sera ouvert le 5 janvier 2027.", opens="", page=""),
    c("superseded-postposed-adverb", "La date, fixée initialement au 2 mars 2027, est "
      "repoussée au 16 mars 2027.", "2027-03-16", page=""),
    c("comite-label-is-event", "Étape | Ouverture | Clôture | Comité\n"
      "Printemps | 10/01/2027 | 10/02/2027 | 10/03/2027", "2027-02-10", opens="2027-01-10",
      page=""),
    # lessons of the second round of real passages, in our own words
    c("call-verb-closes", "LE PRÉSENT APPEL FERMERA LE 9 FÉVRIER 2027 À 16:00.",
      "2027-02-09 16:00", page=""),
    c("call-verb-opens-and-ends", "La campagne de candidatures a démarré le 4 janvier 2027 et "
      "va se terminer le 26 février 2027.", "2027-02-26", opens="2027-01-04", page=""),
    c("call-verb-english", "The call opens on 1 February 2027 and closes on 30 March 2027.",
      "2027-03-30", opens="2027-02-01", page=""),
    c("thesis-end-is-still-a-condition", "La thèse devra se terminer le 30 septembre 2027 "
      "au plus tard.", page=""),
    c("born-after-is-a-condition", "Les candidats doivent être nés à partir du 1er janvier "
      "1992.\nDate limite de candidature : 12 mars 2027", "2027-03-12", opens="", page=""),
    c("english-holders-condition", "Applicants must be holders of a PhD obtained by "
      "December 31, 2026. Applications are due on 15 January 2027.", "2027-01-15", page=""),
    c("english-completed-by-condition", "Your degree should be completed by 30 June 2027. "
      "Submit your file before 3 April 2027.", "2027-04-03", page=""),
    c("files-received-by", "Le comité examinera les dossiers reçus au 20 avril 2027.",
      "2027-04-20", page=""),
    c("label-opening-after-what-is-sent", "Soumission des posters – date d'ouverture : "
      "02/03/2027 - clôture : 30/04/2027", "2027-04-30", opens="2027-03-02", page=""),
    c("table-with-empty-corner", "| Ouverture | Clôture | Comité\n"
      "Vague 1 | 5 janvier 2027 | 5 mars 2027 | 5 avril 2027\n"
      "Vague 2 | 6 mars 2027 | 6 juin 2027 | 6 juillet 2027", "2027-03-05", "2027-06-06",
      opens="2027-01-05", page=""),
    c("calendar-early-fee-is-other", "Dates clés\n- 15 avril 2027 : soumission des résumés\n"
      "- 20 mai 2027 : Early fee registration deadline", "2027-04-15", "other 2027-05-20",
      page=""),
    c("bare-range-under-call-title", "Appel à candidatures bourses de master 2027\n"
      "3 mars 2027 - 14 avril 2027\nMis à jour le 20 février 2027", "2027-04-14",
      opens="2027-03-03", page=""),
    c("full-stop-ends-inheritance", "Vous pourrez candidater entre le 1er mars et le 3 avril "
      "2027. Puis du 7 avril au 12 juin 2027, le jury lira les dossiers.", "2027-04-03",
      opens="2027-03-01", page=""),
    c("opening-call-named-after", "La fondation lance à partir du lundi 11 janvier 2027 un "
      "appel à projets exceptionnel.", opens="2027-01-11", page=""),
    c("fiche-lancement", "Lancement :\n02/11/2026 09:00\nClôture :\n15/01/2027 23:59",
      "2027-01-15 23:59", opens="2026-11-02", page=""),
    # lessons of the third round, in our own words
    c("label-line-before-value", "Statut : ouvert\nOuverture :\n12 janv. 2027 Clôture :\n"
      "9 mars 2027, 12:00", "2027-03-09 12:00", opens="2027-01-12", page=""),
    c("label-without-colon-role-word", "Échéance\nvendredi 5 février 2027 à 17 h",
      "2027-02-05 17:00", page=""),
    c("english-launch-closing-lines", "Launch:\n04/01/2027 at 9:00\nClosing:\n"
      "01/03/2027 at 17:00", "2027-03-01 17:00", opens="2027-01-04", page=""),
    c("heading-is-no-label", "Candidature en formation initiale\n"
      "3 février 2027 Présentation des formations en ligne", page=""),
    c("date-colon-label-next-line", "• 14 septembre 2027 :\nDate limite de réception des "
      "dossiers complets", "2027-09-14", page=""),
    c("week-of-is-vague", "The provisional deadline is the week of 8 March 2027.", page=""),
    c("digit-glued-label", "Du 3 au 24 mai 2027Dépôt des candidatures\n"
      "Du 25 mai au 30 juin 2027Examen des candidatures", "2027-05-24", opens="2027-05-03",
      page=""),
    c("send-verb-governs-results", "Envoyez votre demande avec les résultats de vos examens "
      "jusqu'au 12 avril 2027.", "2027-04-12", page=""),
    c("results-sent-stay-event", "Les résultats seront envoyés avant le 12 avril 2027.",
      page=""),
    c("committee-line-is-event", "- Admission committee: 14 June 2027\n"
      "- Notification of the decision: 25 June 2027", page=""),
    c("candidate-selection-panel", "Stage 3: 2 July 2027: candidate selection panel meeting.",
      page=""),
    c("registrations-end-verb", "Les inscriptions ont ouvert le 2 novembre 2026 et prendront "
      "fin le 8 janvier 2027.", "2027-01-08", opens="2026-11-02", page=""),
    c("time-before-on-the", "Upload every document by 17h CET on the 4th of March 2027.",
      "2027-03-04 17:00", page=""),
    # lessons of the fourth round, in our own words
    c("bracket-postponement", "La date limite est fixée au 10 mars 2027 (REPORT au 24 mars "
      "2027).", "2027-03-24", page=""),
    c("bracket-extended-en", "Deadline: 2 May 2027 (extended to 16 May 2027)", "2027-05-16",
      page=""),
    c("announcement-is-event", "Closing date for letters of intent: 5 April 2027\n"
      "Announcement of the pre-selected letters: 30 June 2027", "loi 2027-04-05", page=""),
    c("funded-events-window", "Manifestations qui auront lieu entre le 1er janvier 2027 et "
      "le 30 juin 2027.", page=""),
    c("calendar-lines-do-not-inherit", "Dates | Step\n3 February 2027 - 28 February 2027 | "
      "Apply now!\n2 March 2027 - 6 March 2027 | Eligibility check\n"
      "10 March 2027 - 20 March 2027 | Interviews", "2027-02-28", opens="2027-02-03",
      page=""),
    c("election-day-is-event", "Élections des représentants\nDate du scrutin : jeudi "
      "9 décembre 2027 de 9h à 17h.", page=""),
    c("event-taking-place-before", "Présenter un poster dans un congrès se déroulant avant le "
      "31 décembre 2027.", page=""),
    # lessons of the fifth round, in our own words
    c("en-ordinal-spaced", "Applications close on June 9 th ,2027.", "2027-06-09", page=""),
    c("full-dates-joined-by-au", "Période de candidature : 04/01/2027 au 19 février 2027",
      "2027-02-19", opens="2027-01-04", page=""),
    c("en-dash-window-year-once", "Submission of posters: April 2 - April 23 2027",
      "2027-04-23", opens="2027-04-02", page=""),
    c("numbered-calendar-items", "Calendar\n1. May 3rd, 2027: Deadline for the online form\n"
      "2. June 14th, 2027: Interviews of the shortlisted candidates", "2027-05-03", page=""),
    c("bracket-prolongation-after-full-stop", "Clôture : vendredi 8 octobre 2027. "
      "(prolongation jusqu'au 15/10/2027)", "2027-10-15", page=""),
    c("given-up-day-everywhere", "Date limite : 8 octobre 2027 (prolongation jusqu'au "
      "15/10/2027).\nLes dossiers papier sont reçus au plus tard le 8 octobre 2027.",
      "2027-10-15", page=""),
    c("bracket-role-beats-label", "- Articles: 10 January 2027 (opening) - 28 March 2027 "
      "(closing)", "2027-03-28", opens="2027-01-10", page=""),
    c("open-window-keeps-its-kind", "Pré-inscription à partir du 4 janvier jusqu'au 12 mars "
      "2027 sur la plateforme.", "loi 2027-03-12", opens="2027-01-04", page=""),
    c("window-opened-subject-complement", "Les inscriptions aux épreuves de sélection sont "
      "ouvertes du 5 janvier au 20 février 2027.", "2027-02-20", opens="2027-01-05",
      page=""),
    c("send-verb-before-committee", "Faire parvenir un résumé de deux pages au président du "
      "conseil scientifique avant le 12 octobre 2027.", "2027-10-12", page=""),
    c("en-submitted-through-congress-site", "Abstracts must be submitted through the congress "
      "platform no later than 31 January 2027.", "2027-01-31", page=""),
    c("phase-to-end", "La campagne comprend une phase unique de dépôt des pièces "
      "justificatives qui débutera mi-septembre 2027 pour se terminer le 14 décembre 2027.",
      "2027-12-14", page=""),
    c("closure-window-inside-call", "Dépôt des dossiers jusqu'au 20 février 2027, sauf du 20 "
      "décembre 2026 au 3 janvier 2027 (fermeture du secrétariat).", "2027-02-20",
      page=""),
    c("date-colon-binds-next-line", "5 March - 26 March 2027:\nSubmission of short proposals "
      "(by e-mail:\n9 April 2027:\nNotification of the selected proposals", "2027-03-26",
      opens="2027-03-05", page=""),
    c("notification-heads-its-clause", "Authors will be notified of the decision on their "
      "abstract by 20 May 2027.", page=""),
    c("period-of-what-is-sent", "Pour l'année universitaire 2027-2028, la période "
      "d'inscription est fixée du 3 au 24 mai 2027.", "2027-05-24", opens="2027-05-03",
      page=""),
    c("filling-the-form-is-applying", "Les bacheliers peuvent remplir le formulaire en ligne "
      "du 1er septembre au 15 octobre 2027.", "2027-10-15", opens="2027-09-01", page=""),
    c("online-requests-window", "Pour les doctorants, les demandes en ligne sont reçues du "
      "4 octobre 2027 au 28 février 2028.", "2028-02-28", opens="2027-10-04", page=""),
    c("list-of-dates-for-whom", "Deux dates limites :\n- 2 novembre 2027 pour les internes\n"
      "- 7 janvier 2028 pour les chefs de clinique", "2027-11-02", "2028-01-07", page=""),
    c("deadline-for-doing-a-stay", "Remarque : la date limite pour effectuer le séjour est "
      "fixée au 31/12/2027.", page=""),
    c("en-viva-achieved-before", "A letter certifying that the viva will be achieved before "
      "30 June 2027 is required.", page=""),
    c("display-of-lists-is-event", "Date limite de dépôt des listes | Lundi 8 novembre 2027 "
      "à 12h\nAffichage des listes de candidats | Mercredi 10 novembre 2027",
      "2027-11-08 12:00", page=""),
    c("agenda-of-council-is-event", "Date limite de dépôt des dossiers : 4 février 2027\n"
      "Inscription à l'ordre du jour du conseil : 1er mars 2027", "2027-02-04", page=""),
    c("files-are-evaluated-line", "Dates | Step\n2 May - 30 May 2027 | Apply online\n"
      "7 June - 18 June 2027 | Applications are reviewed by the panel", "2027-05-30",
      opens="2027-05-02", page=""),
    c("amount-for-files-sent-before", "Pour tout dossier déposé avant le 15/03/2027, l'aide "
      "sera de 100 euros par semaine.", page=""),
    c("notification-bracket-before", "Notification of acceptance (and of the session) of the "
      "poster will be e-mailed before 9 June 2027.", page=""),
    c("upload-done-at-the-latest", "Le téléversement des annexes doit être effectué au plus "
      "tard le 9 juillet 2027 à 15h00.", "2027-07-09 15:00", page=""),
    c("projects-to-be-completed-condition", "Les projets devront être réalisés avant le "
      "31 décembre 2027.", page=""),
    c("reopening-window", "Réouverture exceptionnelle de deux guichets, du 1er mars au "
      "12 mars 2027 :", "2027-03-12", opens="2027-03-01", page=""),
    c("window-heading-its-sentence", "Du 8 février au 19 mars 2027 à minuit, les "
      "associations sont invitées à effectuer leurs demandes de subvention en ligne.",
      "2027-03-19 23:59", opens="2027-02-08", page=""),
    c("window-heading-a-line-of-steps", "Dates | Step\n3 May - 21 May 2027 | Eligibility "
      "check\nApplications are then ranked.", page=""),
    c("bare-date-lines-under-a-call", "Appel à candidatures 2027 : bourses de thèse\n"
      "12 mars 2027\n30 avril 2027 - 12h\nLa fondation soutient des doctorants.",
      "2027-04-30 12:00", page=""),
    c("bare-date-lines-without-a-call", "Actualités\n12 mars 2027\n30 avril 2027\n"
      "Retour sur la journée des doctorants.", page=""),
    c("committee-in-apposition", "Envoyez une page de présentation à Mme Martin, présidente "
      "du comité scientifique, avant le 4 octobre 2027.", "2027-10-04", page=""),
    c("procedure-window-re-enrolment", "Réinscription en 3e année\nAnnée 2027-2028 : la "
      "procédure se déroule du lundi 14 juin 2027 au vendredi 9 juillet 2027.",
      "other 2027-07-09", opens="2027-06-14", page=""),
    c("window-with-start-time-inside", "Les candidats déposent leur dossier en ligne du "
      "3 mai 2027 00:00:00 au 31 mai 2027 23:59:59.", "2027-05-31 23:59", opens="2027-05-03",
      page=""),
    c("en-weekday-window-with-noon", "Timeline\n- Tuesday, April 6, 2027 at 12:00 noon to "
      "Friday, May 21, 2027 inclusive: application submission", "2027-05-21",
      opens="2027-04-06", page=""),
    c("no-day-zero", "Ouverture du serveur à 08:00 au 30 juin 2027 pour les inscriptions.",
      page=""),
    c("call-named-before-its-window", "Admissions\n• A first call from January 11th, 2027 to "
      "March 5th, 2027 for international students.", "2027-03-05", opens="2027-01-11",
      page=""),
    c("exam-of-a-french-word", "Épreuves écrites :\n- épreuve d'exercices d'application le "
      "14 décembre 2027 à 14 h ;\nInscriptions jusqu'au 30 septembre 2027.", "2027-09-30",
      page=""),
    c("registration-for-exams-window", "Inscription aux épreuves :\nInscription auprès de "
      "l'institut de votre choix\ndu 10 janvier au 4 mars 2027 inclus", "2027-03-04",
      opens="2027-01-10", page=""),
    c("registrations-limited-to", "Les inscriptions seront limitées au 18 juin 2027.",
      "2027-06-18", page=""),
    c("phase-ends-this-friday", "La phase d'admission de la plateforme se termine ce vendredi "
      "23 juillet 2027, à 23h59.", "2027-07-23 23:59", page=""),
    c("line-label-without-a-step", "Calendar 2027\nUntil 28 May 2027 : students may meet "
      "the supervisors\nMonday 31 May 2027 : Deadline for application", "2027-05-31",
      page=""),
    c("transmission-is-sending", "Avant le 4 juin 2027 : Transmission du dossier par le "
      "directeur de thèse", "2027-06-04", page=""),
    c("opening-planned-for", "Préannonce : l'ouverture de l'appel est prévue pour le "
      "11 janvier 2027.", opens="2027-01-11", page=""),
    c("en-informed-between-the", "Return the form before 10 December 2026. Between the 12th "
      "and the 26th of January 2027, candidates are informed of the pre-selection. If no "
      "answer is received by 14 June 2027, the application was not kept.", "2026-12-10",
      page=""),
    c("contest-starts-and-closes", "Le concours démarre le 13 septembre et se clôt le "
      "29 novembre 2027.", "2027-11-29", page=""),
    c("delai-d-inscription-line", "Dates importantes :\nDate limite de soumission des "
      "résumés Lundi 8 novembre 2027\nDélai d'inscription pour les orateurs Mardi 1er "
      "février 2028", "2027-11-08", "2028-02-01", page=""),
    c("bullet-items-share-the-header", "Fill in the form and return it before:\n"
      "• Network membership – 15 December 2027\n• Doctoral grants – 9 May 2027",
      "2027-05-09", "2027-12-15", page=""),
    c("conjugated-send-verb", "Les candidats retenus, informés par la faculté, adressent "
      "le second dossier au plus tard le 12 avril 2027.", "2027-04-12", page=""),
    c("call-verb-on-the-line-above", "Important dates\nJanuary 4, 2027 Call for posters "
      "opens\nMarch 1, 2027 Poster submission deadline", "2027-03-01", opens="2027-01-04",
      page=""),
    c("labels-below-under-timeline", "Timeline\n6th September 2027\nPoster submission "
      "opens\n18th October 2027\nPoster submission deadline\n8th November 2027\nPoster "
      "acceptance / rejection", "2027-10-18", opens="2027-09-06", page=""),
    c("en-compound-label-head-last", "Key steps:\nAbstract notifications : 14 June 2027\n"
      "Abstract submission deadline : 3 May 2027", "2027-05-03", page=""),
    c("results-must-be-sent-by", "Les résultats doivent être communiqués aux candidats au "
      "plus tard le 7 juin 2027.", page=""),
    c("having-taken-the-exams-condition", "Les candidats ayant passé avant le 15 mars 2027 "
      "les deux épreuves sont sélectionnés sur leurs notes.", page=""),
    c("fetching-the-forms-window", "Téléchargement du dossier d'inscription : du 3 mai au "
      "30 juillet 2027\nClôture des inscriptions : vendredi 13 août 2027", "2027-08-13",
      page=""),
    c("nothing-received-by", "Contactez l'institut si vous n'avez rien reçu au 25 août 2027.",
      page=""),
    c("exception-line-keeps-the-step", "Épreuve écrite\nMercredi 17 mars 2027 au parc des "
      "expositions\nSauf les candidats de la liste 2 : jeudi 25 mars 2027\nDate limite "
      "d'inscription : 26 février 2027", "2027-02-26", page=""),
    c("notification-of-abstract-before", "Notification of acceptance of the abstract will be "
      "sent before 2 June 2027.", page=""),
    # Round 9's lessons (our own text).
    c("opening-is-planned-for-the", "Un nouvel appel sera lancé avec nos partenaires "
      "européens. L'ouverture est prévue pour le 25 janvier 2027.", opens="2027-01-25",
      page=""),
    c("submission-period-takes-place", "Une période de dépôt des dossiers qui se déroulera "
      "du lundi 6 septembre 2027 au vendredi 22 octobre 2027.", "2027-10-22", page=""),
    c("enrolments-take-place-window", "Les inscriptions se dérouleront du 3 au 21 mai 2027.",
      "2027-05-21", page=""),
    c("session-takes-place-not-sent", "La session d'examens se déroulera du 7 au 18 juin "
      "2027.", page=""),
    c("decree-date-is-a-reference", "Avant l'arrêté du 14 avril 2026, seuls les docteurs "
      "pouvaient concourir. Dossier à envoyer avant le 3 mars 2027.", "2027-03-03", page=""),
    c("note-de-service-date", "Note de service n° 2027-18 du 2-2-2027 : la campagne est "
      "ouverte jusqu'au 30 mars 2027.", "2027-03-30", page="2027-02-02"),
    c("defending-between-is-a-condition", "Date limite de dépôt des pièces :\n• au 10 "
      "décembre 2027 pour les docteurs\n• au 14 janvier 2028 pour ceux qui soutiendront "
      "leur thèse entre le 11 décembre 2027 et le 9 janvier 2028", "2027-12-10",
      "2028-01-14", page=""),
    c("list-goes-on-past-a-condition", "La date limite est fixée :\n• au 6 décembre 2027 "
      "pour les candidats ayant soutenu au plus tard le 20 novembre 2027\n• au 10 janvier "
      "2028 pour les autres", "2027-12-06", "2028-01-10", page=""),
    c("condition-does-not-reach-far", "Date limite de candidature : 4 juin 2027.\nLe budget "
      "est versé chaque année. Il doit être dépensé entre le 1er septembre 2027 et le 31 "
      "août 2028 pour la première part, et du 1er septembre 2028 au 31 août 2029 pour "
      "la seconde.", "2027-06-04", page=""),
    c("told-to-the-candidates-between", "Les modalités de l'entretien seront communiquées "
      "aux candidats entre le 2 et le 12 avril 2027. Date limite d'envoi : 15 mars 2027.",
      "2027-03-15", page=""),
    c("year-written-once-after-a-list", "Next closing dates: March 1st & October 1st 2027",
      "2027-03-01", "2027-10-01", page=""),
    c("fr-year-written-once", "Les dossiers sont examinés deux fois par an ; dates limites "
      "de dépôt : les 15 février et 15 septembre 2027.", "2027-02-15", "2027-09-15",
      page=""),
    c("stacked-cells-three-columns", "Calendrier de l'école doctorale\nDate limite d'envoi "
      "des demandes\nConseil de l'ED\nCommission de la recherche\n6 septembre 2027\n"
      "30 septembre 2027\n14 octobre 2027\n10 janvier 2028\n3 février 2028\n"
      "17 février 2028\nMis à jour le 2/07/2027", "2027-09-06", "2028-01-10", page=""),
    c("stacked-cells-glued-rows", "Date de la réunion\nDate limite de dépôt du dossier\n"
      "12 octobre 202714 septembre 2027\n16 novembre 20279 octobre 2027",
      "2027-09-14", "2027-10-09", page=""),
    c("title-with-a-year-is-no-header", "Bourses de mobilité 2027 pour les internes\n"
      "2 mars 2027\n20 avril 2027 - 12h\nLa fondation soutient des séjours de recherche. "
      "Date limite : 20 avril 2027.", "2027-04-20", page=""),
    c("island-is-no-meeting", "Université de La Réunion : candidatures en master jusqu'au "
      "30 juin 2027.", "2027-06-30", page=""),
    c("date-colon-after-the-time", "Étapes\n• du 1er au 15 avril 2027 au soir (23h59) :\n"
      "candidatures\n• du 19 au 23 avril 2027 :\nclassement des candidatures par les "
      "équipes", "2027-04-15 23:59", "other 2027-04-23", page=""),
    # Round 10's lessons (our own text).
    c("event-must-take-place-between", "Proposals must be submitted before March 2nd, 2027, "
      "and the visit take place between June 1st, 2027, and April 30th, 2028.", "2027-03-02",
      page=""),
    c("events-to-be-held-between", "A second call is planned with a deadline of October "
      "5th, 2027, for events to be held between February 1st, 2028, and January 31st, 2029.",
      "2027-10-05", page=""),
    c("fr-event-doit-se-derouler", "Les candidatures sont à déposer avant le 12 mai 2027 ; la "
      "manifestation doit se dérouler entre le 1er octobre 2027 et le 30 juin 2028.",
      "2027-05-12", page=""),
    c("fr-stays-doivent-avoir-lieu", "Les dossiers sont reçus jusqu'au 3 avril 2027 pour des "
      "séjours qui doivent avoir lieu entre le 1er septembre 2027 et le 31 août 2028.",
      "2027-04-03", page=""),
    c("sent-takes-place-is-a-deadline", "The submission of proposals takes place before 1 May "
      "2027.", "2027-05-01", page=""),
    c("fr-depot-doit-avoir-lieu", "Le dépôt des dossiers doit avoir lieu avant le 15 mars "
      "2027.", "2027-03-15", page=""),
    c("rules-of-the-contest-are-no-payment", "Le règlement du concours et le dossier sont à "
      "envoyer avant le 15 mars 2027.", "2027-03-15", page=""),
    c("moved-glued-after-full-stop", "Dépôt des fiches en ligne du 4 novembre 2026 au 15 mars "
      "2027.Reportée au 29 mars 2027", "2027-03-29", opens="2026-11-04", page=""),
    c("preselected-files-forwarded", "Calendrier :\n- 2 avril 2027 : envoi du dossier au "
      "service des bourses\n- 20 avril 2027 : transmission des dossiers présélectionnés à "
      "la fondation", "2027-04-02", page=""),
    c("fee-for-a-request-before", "Pour toute demande de remboursement avant le 10 mai 2027, "
      "une retenue de 40 € sera appliquée. Clôture des inscriptions : 3 mai 2027.",
      "2027-05-03", page=""),
    c("changing-what-was-sent", "Vous pourrez modifier votre dossier depuis votre espace "
      "personnel jusqu'au 18 juin 2027. Date limite de dépôt : 11 juin 2027.", "2027-06-11",
      page=""),
    c("sending-and-changing-until", "Vous pouvez déposer et modifier votre candidature "
      "jusqu'au 15 mars 2027.", "2027-03-15", page=""),
    c("moved-to-an-hour-keeps-the-day", "Date limite : 15 mars 2027 repoussée à 18h.",
      "2027-03-15", page=""),
    c("delai-limite-est-le", "Le délai limite pour l'envoi des posters est le 22 août 2027.",
      "2027-08-22", page=""),
    c("closing-of-registration-far-from-date", "Fermeture des inscriptions en ligne avec "
      "paiement par carte le 14 janvier 2027.", "other 2027-01-14", page=""),
    c("short-numeric-window-year-after", "La campagne de mutation est ouverte du 04/02 au "
      "19/02 2027.", "2027-02-19", opens="2027-02-04", page=""),
    c("intention-form-is-a-first-stage", "La date limite d'envoi de la fiche d'intention est "
      "fixée au 9 février 2027, celle du dossier complet au 6 avril 2027.",
      "loi 2027-02-09", "2027-04-06", page=""),
    c("payments-are-other", "Les règlements par virement seront acceptés jusqu'au 2 octobre "
      "2027.", "other 2027-10-02", page=""),
    c("ordering-registrations-is-other", "La date limite pour commander des inscriptions de "
      "groupe est le 30 septembre 2027.", "other 2027-09-30", page=""),
    # Round 11's lessons (our own text).
    c("en-qualified-by-is-a-condition", "To apply, candidates must be available and hold the "
      "required degree by 30 September 2027. Applications are due before 15 May 2027.",
      "2027-05-15", page=""),
    c("en-proof-if-selected-is-a-condition", "If the project is selected, the candidate must "
      "provide proof of enrolment in a doctoral school before 1 October 2027. Deadline for "
      "proposals: 14 April 2027.", "2027-04-14", page=""),
    c("fr-proof-if-selected-is-a-condition", "Date limite de dépôt : 14 avril 2027. En cas de "
      "sélection, le candidat devra fournir une attestation d'inscription en doctorat avant le "
      "1er octobre 2027.", "2027-04-14", page=""),
    c("post-held-until-is-a-period", "Le poste sera occupé pendant deux années consécutives à "
      "partir de novembre 2027 jusqu'au 31 octobre 2029. Candidatures avant le 15 juin 2027.",
      "2027-06-15", page=""),
    c("questions-until-are-no-deadline", "Vous pouvez poser vos questions sur la plateforme "
      "jusqu'au 20 mars 2027 à 12h. Date limite de dépôt des dossiers : 3 avril 2027.",
      "2027-04-03", page=""),
    c("en-questions-until-are-no-deadline", "Questions may be sent to the secretariat until 20 "
      "March 2027; proposals are due on 3 April 2027.", "2027-04-03", page=""),
    c("forum-member-join-date", "Messages : 312\nInscription : 14 février 2009 18:42\n\nLes "
      "inscriptions au concours sont ouvertes jusqu'au 26 octobre 2027.", "2027-10-26", page=""),
    c("en-considered-before-is-review", "Proposals will be considered before 1 April 2027. "
      "Deadline for proposals: 1 March 2027.", "2027-03-01", page=""),
    c("reponse-attendue-pour-le", "Cahier des charges de l'appel du 03.05.2027. Réponse attendue "
      "pour le 2 octobre 2027 (12h00).", "2027-10-02 12:00", page=""),
    c("window-start-time-with-zone", "Les inscriptions sont ouvertes du lundi 4 octobre 2027, 10 "
      "heures, heure de Paris au jeudi 28 octobre 2027 inclus (17 heures, heure de Paris).",
      "2027-10-28 17:00", opens="2027-10-04", page=""),
    c("long-label-line-names-the-date-below", "Les lettres d'intention doivent être déposées "
      "en ligne avant la date ci-dessous, l'heure de réception faisant foi :\nLE 14 MARS 2027 A "
      "12 HEURES", "loi 2027-03-14 12:00", page=""),
    c("initial-proposal-is-a-first-stage", "Stage 1: the deadline for initial proposals is 16 "
      "September 2027. Stage 2: full proposals are due by 14 April 2028.", "loi 2027-09-16",
      "2028-04-14", page=""),
    c("medical-certificate-is-other", "Le certificat médical doit être transmis au plus tard le "
      "20 juillet 2027.", "other 2027-07-20", page=""),
    c("vacancies-returned-are-other", "Les remontées d'informations des établissements sont "
      "attendues le 13 mars 2027 au plus tard.", "other 2027-03-13", page=""),
    c("debut-soumission-opens", "Début soumission des résumés : 20.12.2026\nDate limite de "
      "soumission : 19 avril 2027", "2027-04-19", opens="2026-12-20", page=""),
    c("programme-start-under-heading-no-opening", "Appel à candidatures\n\nA compter du 1er "
      "janvier 2028, le programme Atlas remplace les deux programmes précédents.",
      opens="", page=""),
    # Round 11's borders: what the rules above must not reach.
    c("en-send-by-stays", "Candidates must send their application by 15 May 2027.",
      "2027-05-15", page=""),
    c("en-to-be-considered-send-by", "To be considered, applications must be received by 1 "
      "March 2027.", "2027-03-01", page=""),
    c("proof-sent-with-application-stays", "Les candidats joignent une attestation "
      "d'inscription à leur dossier, à déposer avant le 10 mai 2027.", "2027-05-10", page=""),
    c("en-if-selected-in-the-next-clause", "Applications must be submitted before 1 March "
      "2027; if selected, candidates will be interviewed in April.", "2027-03-01", page=""),
    c("fr-en-cas-de-selection-next-clause", "Les dossiers doivent être déposés avant le 1er "
      "mars 2027, et en cas de sélection, une audition aura lieu en avril.", "2027-03-01",
      page=""),
    c("en-considered-if-received-before", "Applications will be considered if received before 1 "
      "March 2027.", "2027-03-01", page=""),
    c("en-form-available-from-opens", "Applications open: the form will be available from 2 "
      "February 2027.", opens="2027-02-02", page=""),
    c("applications-received-for-two-months", "Les candidatures sont reçues pendant deux mois, "
      "jusqu'au 30 juin 2027.", "2027-06-30", page=""),
    c("questions-then-send-stays", "Posez vos questions à l'équipe, puis déposez votre dossier "
      "jusqu'au 3 avril 2027.", "2027-04-03", page=""),
    c("answers-sent-to-candidates-stay-results", "Les réponses seront envoyées aux candidats "
      "avant le 30 juin 2027.", page=""),
    c("label-inscription-without-forum-stays", "Inscription : 14 février 2027", "2027-02-14",
      page=""),
    c("debut-du-contrat-stays-event", "Début du contrat : 1er octobre 2027\nDate limite : 2 "
      "mai 2027", "2027-05-02", opens="", page=""),
    c("call-of-the-day-is-its-date", "Cahier des charges de l'appel à projets du 07.05.2027 "
      "Réponse attendue pour le 1er octobre 2027 (12h00).", "2027-10-01 12:00", page=""),
    c("call-window-du-au-stays", "Appel à candidatures du 1er au 30 mars 2027.", "2027-03-30",
      opens="2027-03-01", page=""),
    c("closing-inclus-then-its-hour", "Clôture le jeudi 26 octobre 2027 inclus (au plus tard à "
      "17 heures, heure de Paris).", "2027-10-26 17:00", page=""),
    c("heading-then-dossiers-a-partir-du", "Appel à candidatures\nLes dossiers pourront être "
      "déposés à partir du 3 février 2028.", opens="2028-02-03", page=""),
    # A weak cue bounds the verb it follows (issue 12, round 12's lever): our own text.
    c("verb-se-derouler-until-is-no-deadline", "Les séjours de recherche peuvent se dérouler "
      "jusqu'au 30 juin 2028. Date limite de candidature : 15 mars 2028.", "2028-03-15",
      page=""),
    c("verb-prevu-pour-le-is-no-deadline", "Le financement est prévu pour le 2 février 2028.",
      page=""),
    c("verb-consommes-avant-le-is-no-deadline", "Les crédits doivent être consommés avant le 31 "
      "décembre 2028. Date limite de dépôt : 15 mars 2028.", "2028-03-15", page=""),
    c("en-verb-spent-before-is-no-deadline", "The funds must be spent before 31 December 2028; "
      "proposals are due on 1 March 2028.", "2028-03-01", page=""),
    c("en-verb-used-until-is-no-deadline", "The equipment can be used until 30 June 2028.",
      page=""),
    c("verb-versees-jusquau-is-no-deadline", "Les bourses seront versées jusqu'au 30 juin 2029.",
      page=""),
    c("verb-reservee-jusquau-is-no-deadline", "La salle est réservée jusqu'au 3 mars 2028.",
      page=""),
    c("verb-modifier-jusquau-is-no-deadline", "Vous pouvez modifier vos coordonnées sur le site "
      "jusqu'au 12 mai 2028.", page=""),
    # Its borders: a verb of sending, or what is sent named after the verb, keeps the day.
    c("verb-envoyes-avant-le-stays", "Les dossiers doivent être envoyés avant le 15 mai 2028.",
      "2028-05-15", page=""),
    c("verb-invites-a-soumettre-stays", "Les candidats sont invités à soumettre leur projet "
      "avant le 15 mai 2028.", "2028-05-15", page=""),
    c("verb-remis-au-secretariat-stays", "Les dossiers, complets et signés, doivent être remis "
      "au secrétariat avant le 15 mai 2028.", "2028-05-15", page=""),
    c("verb-recues-jusquau-stays", "Les candidatures seront reçues jusqu'au 15 mai 2028.",
      "2028-05-15", page=""),
    c("en-verb-remain-open-until-stays", "The call will remain open until 15 May 2028.",
      "2028-05-15", page=""),
    c("en-verb-accepted-until-stays", "Applications will be accepted until 15 May 2028.",
      "2028-05-15", page=""),
    c("verb-then-what-is-sent-stays", "Les porteurs peuvent dès lors déposer leurs demandes "
      "jusqu'au 15 mai 2028.", "2028-05-15", page=""),
    c("verb-with-deadline-noun-stays", "La date limite est fixée au 15 mai 2028 ; les projets "
      "peuvent être complétés jusqu'au 15 mai 2028.", "2028-05-15", page=""),
    # Round 12's lessons (our own text).
    c("bare-date-lines-under-a-quoted-call-title", "Fondation Durand & Ligue régionale\n\n"
      "Appel à projets « Sommeil de l'enfant »\n\n14 février 2028\n2 mai 2028 - 16h\n\n"
      "La fondation finance deux projets.", "2028-05-02 16:00", opens="2028-02-14", page=""),
    c("bare-date-lines-with-a-heading-above", "Recherche clinique\nAppel à candidatures "
      "bourses d'été\n3 janvier 2028\n28 février 2028", "2028-02-28", opens="2028-01-03",
      page=""),
    c("stacked-cells-under-named-columns-stay", "Programme\nOuverture\nClôture\n"
      "3 janvier 2028\n28 février 2028", "2028-02-28", page=""),
    c("it-month-name", "Submission deadline: 15 Marzo 2028", "2028-03-15", page=""),
    c("de-month-name", "Deadline for applications: 1 Oktober 2028", "2028-10-01", page=""),
    c("it-month-name-with-its-english-twin", "Scadenza / deadline: 30 Settembre 2028\n"
      "Deadline: 30 September 2028", "2028-09-30", page=""),
    c("en-condition-be-affiliated-until", "Candidates must be affiliated to a Belgian university "
      "until 31 December 2031. Applications must be sent by 15 March 2028 at the latest.",
      "2028-03-15", page=""),
    c("condition-rester-rattache-jusquau", "Les lauréats doivent rester rattachés à leur unité "
      "jusqu'au 31 août 2030 ; dossier à déposer avant le 2 avril 2028.", "2028-04-02",
      page=""),
    c("condition-conventions-terminees-au-plus-tard", "Les contrats terminés au 30 juin 2027 au "
      "plus tard ne peuvent pas être prolongés.", page=""),
    c("condition-projets-clotures-avant", "Les projets clôturés avant le 1er janvier 2027 ne "
      "sont pas éligibles à la seconde tranche.", page=""),
    # Its borders: a participle with no date after it, or a closing said of candidatures.
    c("terminated-files-still-sent", "Les dossiers de thèse terminés doivent être envoyés avant "
      "le 15 mars 2028.", "2028-03-15", page=""),
    c("candidatures-closes-le-stays", "Les candidatures clôturées le 15 mars 2028 seront "
      "examinées en avril.", "2028-03-15", page=""),
    # Round 13's lessons (our own text).
    c("clos-le-after-published-le", "L'appel a été publié le 2 mars 2028 et clos le 14 avril "
      "2028. Le comité s'est réuni en juin.", "2028-04-14", page=""),
    c("huis-clos-is-no-closing", "Le jury délibère à huis clos le 14 avril 2028.", page=""),
    c("esquisses-are-a-first-stage", "Le délai de dépôt des esquisses est fixé au 3 mars 2028 ; "
      "les requêtes complètes sont attendues avant le 12 juin 2028.", "loi 2028-03-03",
      "2028-06-12", page=""),
    c("vote-closing-is-no-deadline", "Soutenez notre association : le vote du public, ouvert "
      "depuis le 2 mai 2028, sera clos le 16 mai 2028 à minuit.", page=""),
    c("survey-closing-is-no-deadline", "Le questionnaire en ligne sera clos le 30 avril 2028. "
      "Merci de votre participation.", page=""),
    c("date-de-fin-beside-a-submission-day", "Appel à manifestation d'intérêt 2028 Date de "
      "lancement 02/01/2028 Date de soumission 15/04/2028 Date de fin 31/12/2028",
      "2028-04-15", opens="2028-01-02", page=""),
    c("fin-du-contrat-is-no-deadline", "Fin du contrat : 31 août 2030. Dossier à envoyer avant "
      "le 2 mai 2028.", "2028-05-02", page=""),
    c("registration-window-for-those-taking-the-exams", "La période d'inscription des "
      "étudiants participant aux épreuves nationales classantes est fixée du 3 au 24 janvier "
      "2028.", "2028-01-24",
      opens="2028-01-03", page=""),
    c("en-window-alone-under-a-call-title", "Call for research projects on rare diseases\n"
      "From 05/01/2028 to 20/03/2028\nThe agency funds projects of two years.",
      "2028-03-20", opens="2028-01-05", page=""),
    c("spaced-table-of-dates", "Calendrier\nDates des jurys Dates limites de dépôt des "
      "dossiers\nJeudi 14/09/2028 01/09/2028 à 12h\nJeudi 12/10/2028 29/09/2028 à 12h",
      "2028-09-01 12:00", "2028-09-29 12:00", page=""),
    # Its borders: a congress's days under its call for papers, a closing of candidatures
    # beside a poll, a "date de fin" of the candidatures.
    c("congress-days-under-a-call-for-papers", "Appel à communications - Congrès de la "
      "société 2028\n3-5 juin 2028\nLyon, centre des congrès", page=""),
    c("candidatures-beside-a-vote-stay", "Le vote des membres est ouvert ; les candidatures au "
      "conseil sont à déposer avant le 9 mai 2028.", "2028-05-09", page=""),
    c("date-de-fin-des-candidatures-stays", "Date de fin des candidatures : 30 avril 2028",
      "2028-04-30", page=""),
    # Round 14's lessons (our own text).
    c("delai-pour-la-reception", "La Commission a prolongé son appel : le nouveau délai pour la "
      "réception des propositions est fixé au 14 avril 2028.", "2028-04-14", page=""),
    c("releves-des-candidatures", "Trois relevés des candidatures sont prévus :\n• le 2 février "
      "2028 à midi ;\n• le 5 juillet 2028 à midi.", "2028-02-02 12:00", "2028-07-05 12:00",
      page=""),
    c("etat-d-avancement-is-other", "Date limite des candidatures : 15 mars 2028. Un résumé de "
      "l'état d'avancement est attendu au plus tard le 30 novembre 2028.", "2028-03-15",
      "other 2028-11-30", page=""),
    c("manuscript-history", "Article original\nReçu le 12 mars 2028 ; accepté le 4 juin 2028\n"
      "Résumé : les internes ont répondu à un questionnaire.", page=""),
    c("en-manuscript-history", "Received 12 March 2028; accepted 4 June 2028. The survey "
      "reached every resident.", page=""),
    c("mandate-span-is-no-deadline", "Elle a rejoint l'institut après la société savante, "
      "qu'elle a présidée jusqu'au 30 juin 2027.", page=""),
    c("downloading-the-forms-is-no-opening", "Les doctorants doivent télécharger le dossier de "
      "candidature et l'attestation à partir du 3 janvier 2028.", opens="", page=""),
    c("call-fiche-date-de-fin-is-the-closing", "Appel à projets 2028 : soins de support\n"
      "- Montant\n- 30 000 €\n- Date de début\n- 9 janvier 2028\n- Date de fin\n- 27 mars "
      "2028\n- Conditions", "2028-03-27", opens="2028-01-09", page=""),
    c("lancera-ce-lundi-un-appel", "L'agence lancera ce lundi 3 avril 2028 un appel à projets "
      "sur la santé des aidants.", opens="2028-04-03", page=""),
    # Its borders: a funded span under a call's title, a call launched without a day, a
    # sending after the download, a manuscript sent by a day.
    c("call-fiche-funded-span-stays-an-event", "Appel à projets 2028\nDate de début : 1er "
      "janvier 2029\nDate de fin : 31 décembre 2030", page=""),
    c("lance-le-second-appel-is-no-opening", "La région lance le second appel à projets.\n"
      "La réunion de présentation se tiendra le 15 novembre 2027 à l'université.", opens="",
      page=""),
    c("downloaded-then-sent-stays", "Télécharger le dossier de candidature, à renvoyer avant le "
      "3 mars 2028.", "2028-03-03", page=""),
    c("manuscripts-received-by-stays", "Les manuscrits doivent être reçus le 3 mars 2028 au plus "
      "tard ; la décision sera rendue en mai.", "2028-03-03", page=""),
    # Round 15's lessons (our own text).
    c("day-dot-month-year", "Application deadline: 13. January 2028 (23:00 CET)",
      "2028-01-13 23:00", page=""),
    c("twenty-four-colon-zero-cet", "Deadline: 15th January 2028 (24:00 CET)",
      "2028-01-15 23:59", page=""),
    c("results-with-a-vague-date-of-their-own", "Application deadlines\n24. January 2028 "
      "(23:00 CET): results released mid-March\n27. March 2028 (23:00 CET): results released "
      "mid-May", "2028-01-24 23:00", "2028-03-27 23:00", page=""),
    c("prize-handed-to-the-candidate", "Le prix a été officiellement remis au candidat le 22 "
      "février 2028 lors du congrès de la société.", page=""),
    c("au-delai-du", "Pièces à joindre au dossier de préinscription, à adresser au délai du "
      "15 février 2028.", "loi 2028-02-15", page=""),
    c("copula-far-from-its-deadline-noun", "La nouvelle date limite pour le dépôt des demandes "
      "d'admission des candidats déjà inscrits (ou l'ayant été) dans une autre université et des "
      "candidats venant de l'étranger est le 1er novembre 2028.", "2028-11-01", page=""),
    c("en-pre-request", "Deadline (pre-request):\n22 August 2028 at 16:30\nDeadline "
      "(application):\n1 October 2028 at 16:30", "loi 2028-08-22 16:30", "2028-10-01 16:30",
      page=""),
    c("referees-recommendations-are-other", "Deadline for the recommendations from the two "
      "referees: 7 May 2028", "other 2028-05-07", page=""),
    c("once-the-file-is-sent-is-other", "Une fois le dossier envoyé, et avant le 15 janvier "
      "2028, créez votre compte sur la plateforme nationale.", "other 2028-01-15", page=""),
    c("supervisors-step-is-other", "Supervisors are invited to submit project descriptions "
      "(deadline: Monday, January 14th, 2028).", "other 2028-01-14", page=""),
    c("refused-window-bounds", "Applications submitted before March 1, 2028 and after June 30, "
      "2028 will not be examined.", "2028-06-30", opens="2028-03-01", page=""),
    c("fr-refused-window-bounds", "Les dossiers reçus avant le 1er mars 2028 ou après le 30 juin "
      "2028 ne seront pas examinés.", "2028-06-30", opens="2028-03-01", page=""),
    c("window-start-unreadable", "Applications will open from Januray 13, 2028 to May 30, 2028.",
      "2028-05-30", opens="", page=""),
    c("en-extension-colon", "For self-funded students, one week extension: 17 March 2028 "
      "(23:00 CET)", "2028-03-17 23:00", page=""),
    c("early-results-condition", "Results come early for applicants who have sent their "
      "application before 31 March 2028; the final deadline is 11 May 2028.", "2028-05-11",
      page=""),
    c("page-stamp-alone-on-its-line", "Soumission des résumés\n01.12.2027\nLa soumission des "
      "résumés est ouverte jusqu'au 31 janvier 2028.", "2028-01-31", page="2027-12-01"),
    # Its borders: a refusal after a sending with "faute de quoi", a window whose start is read.
    c("faute-de-quoi-stays", "La lettre d'intention doit être déposée avant le 28 mai 2028 à "
      "11h, faute de quoi elle ne sera pas prise en compte.", "loi 2028-05-28 11:00", opens="",
      page=""),
    c("window-with-its-start-read-stays", "Applications will open from January 13, 2028 to May "
      "30, 2028.", "2028-05-30", opens="2028-01-13", page=""),
    # Round 16's lessons (our own text).
    c("dernier-is-the-one-just-past", "Les candidatures ont été ouvertes le 20 décembre dernier "
      "et sont reçues jusqu'au 30 janvier.", "2028-01-30", opens="2027-12-20",
      page="2028-01-10"),
    c("du-meme-mois", "Les candidatures, ouvertes le 3 mars 2028, sont reçues jusqu'au 24 du "
      "même mois.", "2028-03-24", opens="2028-03-03", page=""),
    c("spaced-numeric-date", "Prochaines dates limites de soumission :\nProjets de prévention : "
      "31. 08. 2028", "2028-08-31", page=""),
    c("expire-le-under-the-title", "Bourse de fin de thèse\nExpire le 17 janvier 2028\nAide "
      "individuelle pour une quatrième année de thèse.", "2028-01-17", page=""),
    c("funded-span-with-maximale", "Les actions devront débuter au plus tôt le 1er septembre "
      "2028 pour une durée maximale de 16 mois (soit au plus tard le 31/12/2029).", page=""),
    c("inclus-before-the-label-below", "Calendrier\n10 décembre 2027\nFermeture de l'appel à "
      "candidatures.\n29 mai 2028 (inclus)\nFermeture de l'appel à candidatures.",
      "2027-12-10", "2028-05-29", page=""),
    c("concours-ouvert-le", "Le concours d'innovation est ouvert le 15 février 2028 et se "
      "clôture le 11 mai 2028 à 12h00.", "2028-05-11 12:00", opens="2028-02-15", page=""),
    c("preliminary-registration-is-a-first-stage", "Candidates must submit a preliminary "
      "registration application to the national office before 15 February 2028.",
      "loi 2028-02-15", page=""),
    c("annee-universitaire-names-a-year", "Le dépôt des mémoires au titre de l'année "
      "universitaire 2027-2028 est ouvert du 13 au 17 novembre 2027 à minuit.",
      "other 2027-11-17 23:59", opens="2027-11-13", page=""),
    c("deposit-of-dissertations-is-other", "Le dépôt des mémoires de master est ouvert jusqu'au "
      "17 novembre 2027.", "other 2027-11-17", page=""),
    c("launch-of-an-association-is-no-opening", "Officiellement lancée le 18 décembre 2027, "
      "l'association soutient les projets de prévention.", opens="", page=""),
    # Its borders: "dernier délai", a launch of a call, a yearly day.
    c("dernier-delai-stays-ahead", "Le 29 juillet dernier délai de dépôt des candidatures au "
      "concours.", "2028-07-29", page="2028-07-25"),
    c("launch-of-a-call-opens-it", "L'appel à projets est lancé le 18 décembre 2027 ; date "
      "limite : 2 mars 2028.", "2028-03-02", opens="2027-12-18", page=""),
    # Round 17's lessons (our own text).
    c("registration-before-the-file-is-a-first-stage", "- Date limite d'inscription en ligne : "
      "27 mars 2028\n- Date limite de dépôt des dossiers papiers : 30 mars 2028",
      "loi 2028-03-27", "2028-03-30", page=""),
    c("form-returned-by", "Cette fiche devra être renvoyée au plus tard le 31 mai 2028 au "
      "coordonnateur de la faculté.", "2028-05-31", page=""),
    c("en-online-form-to-be-completed", "Online form to be completed between June 24 and "
      "September 30, 2028", "2028-09-30", opens="2028-06-24", page=""),
    c("files-preselected-by-institutions-are-other", "Soumission au fonds des candidatures "
      "présélectionnées par les universités : avant le 31 mars 2028.", "other 2028-03-31",
      page=""),
    c("avant-premiere-is-no-cue", "La société a présenté en avant-première, le jeudi 20 septembre "
      "2028, les temps forts de son congrès.", page=""),
    c("sessions-completed-before-are-a-condition", "Les règles d'admissibilité aux programmes "
      "de bourses tiennent compte des sessions de doctorat complétées avant le 1er mai 2028, "
      "qu'elles aient été financées ou non.", page=""),
    c("reference-requests-are-other", "Envoyer les demandes de référence à vos répondants au "
      "plus tard le 13 septembre 2028.", "other 2028-09-13", page=""),
    # Its border: registering for a competition's exams is the candidature itself.
    c("exam-registration-stays-an-application", "Inscription au concours : du 3 décembre 2027 au "
      "12 février 2028\nDates d'envoi des dossiers : du 2 avril au 14 juin 2028",
      "2028-02-12", "2028-06-14", page=""),
    c("a-year-named-then-the-selected-step", "Si votre projet a été retenu par la commission, "
      "remplissez votre contrat sur la démarche ouverte pour l'année universitaire 2027-2028, au "
      "plus tard le 30 septembre 2027.", page=""),
]  # fmt: skip

CASES: list[Case] = (
    FORMATS + MONTH_SPELLINGS + CUES + TIMES + YEARS + IMPOSSIBLE + APPROXIMATE
    + RANGES_AND_OPENING + EVENTS + TRAPS + TWO_DEADLINES + ENGLISH + HTML + ROBUSTNESS + TOPICS
    + MACHINE_READABLE + CALENDAR_LINES
)  # fmt: skip
