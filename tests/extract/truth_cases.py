"""The classes of issue 12, one table per class, our own text: ``TUNED`` and ``HELD``.

``TUNED`` cases are the ones the rules were adjusted to. ``HELD`` cases were written at
the same time, before any rule was changed, and held out until 2 December 2026; two of
them failed then and were tuned on, so they now count with the tuned table. The
held-out table is ``truth_fresh.FRESH``, written blind that day: the bench reports it
(``bench/extract_bench.py``), the test only checks it runs.
Expectation strings are those of ``cases.py`` (kind prefix ``loi``/``other``).
"""

from __future__ import annotations

from .cases import Case, c

P = "2026-11-15"  # the page date of most cases: dates in 2027 resolve without a year

TUNED: dict[str, list[Case]] = {
    "1 postponed deadline": [
        c("t1-reportee", "La date limite, initialement fixée au 12 février 2027, est reportée "
          "au 26 février 2027.", "2027-02-26", page=P),
        c("t1-au-lieu-du", "Date limite prolongée : 26/02/2027 (au lieu du 12/02/2027)",
          "2027-02-26", page=P),
        c("t1-nouvelle-date", "Attention, nouvelle date : 5 mars 2027 à 17h.", "2027-03-05 17:00",
          page=P),
        c("t1-strike-html", "<p>Date limite : <del>12/02/2027</del> 26/02/2027</p>", "2027-02-26",
          page=P),
        c("t1-strike-markdown", "Date limite : ~~12/02/2027~~ 26/02/2027", "2027-02-26", page=P),
        c("t1-initialement-prevue", "Initialement prévue le 3 mars 2027, la clôture des "
          "candidatures est repoussée au 17 mars 2027.", "2027-03-17", page=P),
        c("t1-auditions-reportees", "Les auditions sont reportées au 9 juin 2027.", page=P),
    ],
    "2 one deadline written twice": [
        c("t2-fiche-and-body", "Date limite : 19/03/2027\nLes dossiers sont à déposer le 19 mars "
          "2027 à 12h00 au plus tard.", "2027-03-19 12:00", page=P),
        c("t2-fr-en", "Date limite : 4 avril 2027.\nDeadline: April 4, 2027.", "2027-04-04",
          page=P),
        c("t2-kind-once", "Date limite : 10 mai 2027\nLettre d'intention avant le 10 mai 2027.",
          "loi 2027-05-10", page=P),
        c("t2-three-times", "Clôture le 2 juin 2027. Envoi jusqu'au 02/06/2027 à 23h59. "
          "Date butoir : 2 juin 2027.", "2027-06-02 23:59", page=P),
        c("t2-two-days-stay", "Date limite : 3 mai 2027. Dossiers complets avant le 7 juin 2027.",
          "2027-05-03", "2027-06-07", page=P),
    ],
    "3 labelled non-deadlines": [
        c("t3-remise-prix", "Date limite : 1er mars 2027\nRemise des prix : 20 juin 2027",
          "2027-03-01", page=P),
        c("t3-comite", "Comité scientifique : 14 avril 2027\nClôture : 15 mars 2027",
          "2027-03-15", page=P),
        c("t3-jury-row", "Jury | 10/05/2027\nDate limite | 02/04/2027", "2027-04-02", page=P),
        c("t3-resultats", "Résultats : 30 juin 2027", page=P),
        c("t3-debut-contrat", "Début du contrat : 1er octobre 2027\nCandidatures : 15 mai 2027",
          "2027-05-15", page=P),
        c("t3-soiree", "Date de la soirée : 12 décembre 2026", page=P),
        c("t3-hearing-range", "Auditions entre le 3 et le 14 juin 2027.", page=P),
        c("t3-selection-loi", "Sélection des lettres d'intention : 23 mai 2027", page=P),
    ],
    "4 submission steps": [
        c("t4-depot-complet", "Dépôt du dossier complet : mardi 16 mars 2027 à 14h00",
          "2027-03-16 14:00", page=P),
        c("t4-sur-invitation", "Dossier complet, sur invitation : 7 juin 2027", "2027-06-07",
          page=P),
        c("t4-envoi", "Envoi des candidatures : 15/04/2027", "2027-04-15", page=P),
        c("t4-table", "<table><tr><td>Dépôt des projets</td><td>12/01/2027</td></tr></table>",
          "2027-01-12", page=P),
        c("t4-transmission", "Transmission des dossiers : 3 février 2027", "2027-02-03", page=P),
    ],
    "5 kinds": [
        c("t5-pre-inscription", "Pré-inscription obligatoire : 10 janvier 2027",
          "loi 2027-01-10", page=P),
        c("t5-paren-loi", "Première étape (lettre d'intention) : 2 février 2027",
          "loi 2027-02-02", page=P),
        c("t5-abstracts", "Soumission des résumés pour le congrès : 30 avril 2027", "2027-04-30",
          page=P),
        c("t5-choix-poste", "Choix des postes : 20 septembre 2027", "other 2027-09-20", page=P),
        c("t5-inscription-admin", "Inscription administrative avant le 30 octobre 2027",
          "other 2027-10-30", page=P),
        c("t5-one-kind", "Date limite : 8 mars 2027\nPré-proposition à déposer avant le "
          "8 mars 2027.", "loi 2027-03-08", page=P),
        c("t5-abstract-for-congress", "Envoyez vos résumés pour le congrès de pédiatrie avant "
          "le 2 mai 2027.", "2027-05-02", page=P),
        c("t5-results-subject", "Les résultats du congrès seront annoncés avant le 2 juin 2027.",
          page=P),
    ],
    "6 conditions": [
        c("t6-obtenant", "Être titulaire d'un Master 2 (ou l'obtenant avant le 15 octobre 2027).",
          page=P),
        c("t6-inscrit", "Les candidats doivent être inscrits en thèse au 1er octobre 2027.",
          page=P),
        c("t6-soutenu", "Avoir soutenu sa thèse avant le 31 décembre 2026.", page=P),
        c("t6-age", "Avoir moins de 35 ans au 1er janvier 2027.", page=P),
        c("t6-annee-consideree", "Remplir les conditions au 1er novembre de l'année considérée.",
          page=P),
        c("t6-condition-then-deadline", "Les titulaires d'un M2 déposent leur dossier avant "
          "le 3 mars 2027.", "2027-03-03", page=P),
    ],
    "7 vague dates": [
        c("t7-fin-fevrier", "Date limite : fin février 2027", page=P),
        c("t7-courant-mars", "Candidatures courant mars", page=P),
        c("t7-mi-juin", "Clôture mi-juin 2027", page=P),
        c("t7-month-only", "Date limite : avril 2027", page=P),
        c("t7-vague-and-day", "Ouverture début janvier, clôture le 12 février 2027.",
          "2027-02-12", page=P),
    ],
    "8 year-less on undated page": [
        c("t8-no-page", "Date limite : 15 mars", page=""),
        c("t8-no-page-range", "Candidatures du 2 au 30 septembre.", page=""),
        c("t8-no-page-with-year", "Date limite : 15 mars 2027", "2027-03-15", page=""),
        c("t8-page-known", "Date limite : 15 mars", "2027-03-15", page=P),
    ],
    "9 openings": [
        c("t9-ouverture-en-ligne", "Ouverture des candidatures en ligne : lundi 4 janvier 2027",
          opens="2027-01-04", page="2026-12-01"),
        c("t9-job-start", "Poste à pourvoir à compter du 1er septembre 2027.", opens="",
          page=P),
        c("t9-party", "Soirée de rentrée à partir du 18 septembre 2027 à 19h.", opens="",
          page=P),
        c("t9-a-partir-apply", "Les dossiers pourront être déposés à partir du 5 janvier 2027.",
          opens="2027-01-05", page=P),
        c("t9-pdf-line-breaks", "Ouverture des candidatures en ligne :\nlundi 4 janvier 2027\n"
          "Date limite :\n15 mars 2027 à 12h\nComité de sélection :\n20 avril 2027",
          "2027-03-15 12:00", opens="2027-01-04", page=P),
        c("t9-date-ouverture", "Date d'ouverture : 2 mars 2027\nDate limite : 2 avril 2027",
          "2027-04-02", opens="2027-03-02", page=P),
    ],
    "10 session calendars": [
        c("t10-flat", "Session | Ouverture | Date limite | Sélection | Auditions | Résultats\n"
          "Printemps | 04/01/2027 | 15/03/2027 | 20/04/2027 | 12/05/2027 | 01/06/2027",
          "2027-03-15", opens="2027-01-04", page=P),
        c("t10-html", "<table><tr><th>Session</th><th>Ouverture</th><th>Date limite</th>"
          "<th>Jury</th></tr><tr><td>Automne</td><td>1 septembre 2027</td><td>1 octobre 2027</td>"
          "<td>5 novembre 2027</td></tr></table>", "2027-10-01", opens="2027-09-01", page=P),
        c("t10-two-rows", "Session | Ouverture | Clôture | Résultats\n"
          "1 | 10/01/2027 | 10/02/2027 | 10/03/2027\n2 | 10/06/2027 | 10/07/2027 | 10/08/2027",
          "2027-02-10", "2027-07-10", opens="2027-01-10", page=P),
    ],
    "11 closings said other ways": [
        c("t11-close-au", "La campagne sera close au 14 mars 2027.", "2027-03-14", page=P),
        c("t11-midi-dash", "Dépôt des dossiers : vendredi 6 mars 2026 - midi",
          "2026-03-06 12:00", page="2025-11-01"),
        c("t11-window", "Candidatures du 2 au 30 septembre 2027.", "2027-09-30",
          opens="2027-09-02", page=P),
        c("t11-second-in-sentence", "Les lettres d'intention sont attendues avant le 3 mars "
          "2027 et les dossiers complets avant le 15 mai 2027.", "loi 2027-03-03", "2027-05-15",
          page=P),
        c("t11-24h", "Date limite fixée au 9 août 2027 à 24 heures.", "2027-08-09 23:59", page=P),
        c("t11-fermeture", "Fermeture de la plateforme : 20 janvier 2027", "2027-01-20", page=P),
    ],
}  # fmt: skip

HELD: dict[str, list[Case]] = {
    "1 postponed deadline": [
        c("h1-prorogee", "La clôture de l'appel, prévue initialement le 4 avril 2027, est "
          "prorogée jusqu'au 18 avril 2027.", "2027-04-18", page=P),
        c("h1-paren", "Date limite : 30 mai 2027 (au lieu du 16 mai 2027)", "2027-05-30", page=P),
        c("h1-s-tag", "<li>Clôture : <s>1er juin 2027</s> 15 juin 2027</li>", "2027-06-15",
          page=P),
        c("h1-repoussee", "Bonne nouvelle : la date limite est repoussée au 2 juillet 2027.",
          "2027-07-02", page=P),
    ],
    "2 one deadline written twice": [
        c("h2-repeat-time", "Clôture : 12/04/2027\nAttention : les candidatures ferment le "
          "12 avril 2027 à 16h.", "2027-04-12 16:00", page=P),
        c("h2-english-twice", "Deadline: 3 May 2027\nApplications close on May 3, 2027 at noon.",
          "2027-05-03 12:00", page=P),
        c("h2-two-distinct", "Lettre d'intention : 1er mars 2027. Dossier complet : 1er juin 2027.",
          "loi 2027-03-01", "2027-06-01", page=P),
    ],
    "3 labelled non-deadlines": [
        c("h3-publication", "Publication des résultats : 15 juillet 2027\nDate limite : 1er mai 2027",
          "2027-05-01", page=P),
        c("h3-jury-fiche", "Date du jury : 8 juin 2027", page=P),
        c("h3-cell-remise", "<table><tr><td>Remise des prix</td><td>3 décembre 2027</td></tr>"
          "<tr><td>Clôture</td><td>30 septembre 2027</td></tr></table>", "2027-09-30", page=P),
        c("h3-entretiens-range", "Entretiens du 10 au 12 mai 2027.", page=P),
    ],
    "4 submission steps": [
        c("h4-retour", "Retour des dossiers : jeudi 11 février 2027 à 12h",
          "2027-02-11 12:00", page=P),
        c("h4-soumission-en-ligne", "Soumission en ligne des projets : 22 mars 2027",
          "2027-03-22", page=P),
        c("h4-cell", "Envoi du dossier | 14/05/2027", "2027-05-14", page=P),
    ],
    "5 kinds": [
        c("h5-pre-demande", "Pré-demande : 9 janvier 2027", "loi 2027-01-09", page=P),
        c("h5-communications", "Envoi des communications : 1er avril 2027", "2027-04-01", page=P),
        c("h5-choix-stage", "Choix de stage le 25 octobre 2027", "other 2027-10-25", page=P),
    ],
    "6 conditions": [
        c("h6-obtention", "Obtention du diplôme de docteur avant le 1er novembre 2027 exigée.",
          page=P),
        c("h6-age", "Les candidats doivent être âgés de moins de 40 ans au 31 décembre 2027.",
          page=P),
        c("h6-achevee", "La mobilité doit être achevée avant le 30 juin 2027.", page=P),
    ],
    "7 vague dates": [
        c("h7-debut-avril", "Clôture des inscriptions début avril 2027", page=P),
        c("h7-fin-du-mois", "Dossiers attendus jusqu'à la fin du mois de mai", page=P),
        c("h7-mid-may", "Applications close mid-May 2027", page=P),
    ],
    "8 year-less on undated page": [
        c("h8-slash", "Clôture : 15/04", page=""),
        c("h8-jusqu-au", "Candidatures jusqu'au 30 juin.", page=""),
    ],
    "9 openings": [
        c("h9-ouverture-plateforme", "Ouverture de la plateforme : 6 septembre 2027",
          opens="2027-09-06", page=P),
        c("h9-contrat", "Le contrat débutera à compter du 1er novembre 2027.", opens="", page=P),
        c("h9-des-le-candidatures", "Candidatures recevables dès le 10 janvier 2027.",
          opens="2027-01-10", page=P),
    ],
    "10 session calendars": [
        c("h10-flat", "Vague | Ouverture | Date limite | Comité\nA | 01/02/2027 | 01/03/2027 | "
          "01/04/2027", "2027-03-01", opens="2027-02-01", page=P),
        c("h10-html-th", "<table><tr><th>Appel</th><th>Date d'ouverture</th><th>Clôture</th>"
          "<th>Résultats</th></tr><tr><td>2027</td><td>5 janvier 2027</td><td>5 mars 2027</td>"
          "<td>5 mai 2027</td></tr></table>", "2027-03-05", opens="2027-01-05", page=P),
    ],
    "11 closings said other ways": [
        c("h11-clos", "L'appel est clos au 28 février 2027.", "2027-02-28", page=P),
        c("h11-window-en", "Applications from 1 to 31 March 2027.", "2027-03-31",
          opens="2027-03-01", page=P),
        c("h11-minuit-dash", "Date limite : 20 mars 2027 - minuit", "2027-03-20 23:59", page=P),
    ],
}  # fmt: skip
