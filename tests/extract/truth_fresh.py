"""A fresh held-out table per class of issue 12, our own text: ``FRESH``.

Written on 2 December 2026, blind: every case was labelled by reading the Rules of
``docs/extraction.md``, without running the extractor on it, after the ``HELD`` table of
``truth_cases.py`` had been seen by the people tuning the rules. It is never used to
adjust rules; it only scores them. Where the rules as written do not decide, the label
is what a candidate needs, and a ``# why`` comment says so. Expectation strings are
those of ``cases.py`` (kind prefix ``loi``/``other``, ``opens`` a date or ``""``);
``page=""`` is a page whose date is unknown. Events are not checked here.
"""

from __future__ import annotations

from .cases import Case, c
from .truth_cases import P

FRESH: dict[str, list[Case]] = {
    "1 postponed deadline": [
        # why: the docs list "(au lieu du …)" in brackets; without them the date is still given up
        c("f1-prolonge-au-lieu-du", "Faculté de médecine — bourses de Master 2 : suite à de "
          "nombreuses demandes, l'appel est prolongé et les dossiers seront acceptés jusqu'au "
          "8 avril 2027 à 23h59 au lieu du 25 mars 2027.", "2027-04-08 23:59", page=P),
        c("f1-del-cell-loi", "<table><tr><td>Date limite de dépôt des lettres d'intention</td>"
          "<td><del>15/01/2027</del> 29/01/2027</td></tr><tr><td>Date limite de dépôt des "
          "dossiers complets</td><td>02/04/2027</td></tr></table>", "loi 2027-01-29",
          "2027-04-02", page=P),
        c("f1-anciennement-resumes", "Congrès 2027 de la Société de pneumologie de langue "
          "française\nNouvelle date limite d'envoi des résumés : 21 mai 2027 (anciennement "
          "7 mai)", "2027-05-21", page=P),
        # why: "extended from … to …" is not among the listed markers; its first date is given up
        c("f1-en-extended-from-to", "Fondation pour la recherche en santé — The application "
          "deadline has been extended from 11 January 2027 to 25 January 2027, 5 pm (Paris "
          "time).", "2027-01-25 17:00", page=P),
        c("f1-jury-moved-not-deadline", "Le jury, initialement prévu le 12 mai 2027, est décalé "
          "au 26 mai 2027. La date limite de candidature reste fixée au 14 avril 2027.",
          "2027-04-14", page=P),
    ],
    "2 one deadline written twice": [
        c("f2-time-element-twice", '<p>Date limite : <time datetime="2027-02-15">15 février '
          "2027</time></p><p>Les candidatures sont à déposer sur ADUM avant le 15/02/2027 à "
          "16h00.</p>", "2027-02-15 16:00", page=P),
        c("f2-en-then-fr", "Deadline: February 26, 2027 (11:59 pm CET)\nDate limite : "
          "26 février 2027", "2027-02-26 23:59", page=P),
        c("f2-loi-twice-noon", "Date limite : 4 mars 2027\nLes pré-projets sont à envoyer au "
          "plus tard le 4 mars 2027 à midi.", "loi 2027-03-04 12:00", page=P),
        # one day, two kinds: an application (abstracts) beats the rest (registration)
        c("f2-abstracts-and-early-bird", "Date limite de soumission des résumés : 10 avril 2027"
          "\nDate limite d'inscription au congrès à tarif réduit : 10 avril 2027", "2027-04-10",
          page=P),
        # why: "Commission" is not a listed event label, but nothing makes it a deadline; its
        # 18h belongs to the meeting, not to the deadline of the same day
        c("f2-committee-time-not-taken", "Date limite des candidatures : 30 juin 2027.\n"
          "Commission d'attribution : 30 juin 2027 à 18h, en visioconférence.", "2027-06-30",
          page=P),
    ],
    "3 labelled non-deadlines": [
        c("f3-pipe-rows-expertise", "Cancéropôle — appel à projets émergents\n"
          "Date limite de soumission | 18/03/2027\nExpertise | "
          "avril-mai 2027\nConseil d'administration | 24/06/2027\nDébut des projets | "
          "01/09/2027", "2027-03-18", page=P),
        c("f3-table-auditions-resultats", "<table><tr><td>Auditions des candidats</td><td>"
          "mercredi 9 juin 2027</td></tr><tr><td>Résultats</td><td>vendredi 18 juin 2027</td>"
          "</tr><tr><td>Date limite d'envoi</td><td>lundi 3 mai 2027, 12h</td></tr></table>",
          "2027-05-03 12:00", page=P),
        c("f3-jury-label-says-cloture", "Clôture des dépôts : 7 mai 2027\nJury de sélection "
          "(après la clôture des dépôts) : 4 juin 2027", "2027-05-07", page=P),
        # why: "Date de la soirée" is listed, "Date de la cérémonie" is not, and the first word
        # "Date" decides nothing; a ceremony is no deadline
        c("f3-date-de-la-ceremonie", "Prix de thèse de la Société française de néphrologie\n"
          "Date de la cérémonie : jeudi 2 décembre 2027", page=P),
        c("f3-hearing-range-then-deadline", "Auditions des candidats présélectionnés entre le "
          "7 et le 11 juin 2027. Dossiers à déposer au plus tard le 10 mai 2027.", "2027-05-10",
          page=P),
    ],
    "4 submission steps": [
        # why: the calendar rule names deadline cues after the date; "ouverture" after it is
        # read the same way for the opening
        c("f4-calendar-list-depot", "Calendrier de l'appel :\n– 10 janvier 2027 : ouverture de "
          "la plateforme\n– 22 février 2027, 16h : dépôt en ligne du dossier\n– avril 2027 : "
          "audition des candidats", "2027-02-22 16:00", opens="2027-01-10", page=P),
        # why: "Remise" opens both "Remise des prix" (event) and this step; what follows it
        # is something the candidate sends, so it is a deadline
        c("f4-remise-du-dossier", "Remise du dossier papier au secrétariat de l'école doctorale "
          ": jeudi 1er avril 2027 avant 12h", "2027-04-01 12:00", page=P),
        # why: the English form of "what is sent, then a colon"
        c("f4-en-upload", "Upload of the full application on the foundation's portal: "
          "14 May 2027", "2027-05-14", page=P),
        c("f4-table-envoi-and-depot", "<table><tr><td>Envoi de la lettre d'intention</td><td>"
          "8 janvier 2027</td></tr><tr><td>Dépôt du projet détaillé (sur invitation)</td><td>"
          "19 mars 2027 à 17h</td></tr></table>", "loi 2027-01-08", "2027-03-19 17:00", page=P),
        # why: "Envoi" is a sending step, but here the organisers send answers: an event
        c("f4-envoi-reponses-not-deadline", "Envoi des dossiers : 12 avril 2027\nEnvoi des "
          "réponses aux candidats : 28 mai 2027", "2027-04-12", page=P),
    ],
    "5 kinds": [
        # why: a numbered stage of the candidature is a step that sends something, as in
        # "Première étape (lettre d'intention) : …"
        c("f5-etapes-pre-enregistrement", "Étape 1 (pré-enregistrement obligatoire) : "
          "9 novembre 2026 à 17h\nÉtape 2 (proposition détaillée) : 18 janvier 2027",
          "loi 2026-11-09 17:00", "2027-01-18", page="2026-10-01"),
        c("f5-communications-and-early-bird", "Journées nationales de la Société française de "
          "dermatologie — Lille, 3-5 juin 2027\nDate limite de soumission des communications "
          "orales et posters : 31 janvier 2027\nInscriptions à tarif préférentiel (early bird) "
          "jusqu'au 15 mars 2027", "2027-01-31", "other 2027-03-15", page=P),
        c("f5-choix-des-postes-voeux", "Choix des postes d'assistants spécialistes : les vœux "
          "sont à saisir jusqu'au mardi 12 octobre 2027 à 18h.", "other 2027-10-12 18:00",
          page=P),
        c("f5-recommendation-letters", "Les candidatures sont à déposer avant le 5 mars 2027 ; "
          "les deux lettres de recommandation doivent parvenir directement au secrétariat "
          "avant le 12 mars 2027.", "2027-03-05", "other 2027-03-12", page=P),
        c("f5-loi-announced-not-deadline", "Les lettres d'intention retenues seront annoncées "
          "aux porteurs le 20 février 2027 ; les dossiers complets sont attendus pour le "
          "2 avril 2027.", "2027-04-02", page=P),
    ],
    "6 conditions": [
        c("f6-age-and-semesters", "<p>Peuvent candidater les internes âgés de moins de 33 ans "
          "au 31 décembre 2027 et justifiant de quatre semestres validés au 1er mai 2027.</p>"
          "<p><strong>Date limite de candidature :</strong> 28 février 2027</p>", "2027-02-28",
          page=P),
        c("f6-inscrit-e-en-these", "Conditions : être inscrit(e) en première année de thèse au "
          "1er décembre 2027 dans une école doctorale de l'université.", page=P),
        c("f6-titulaires-adressent", "Les candidats titulaires du DES au 1er novembre 2027 "
          "adressent leur dossier au plus tard le 15 juin 2027.", "2027-06-15", page=P),
        # why: the condition words are French only and "no later than" is a deadline cue, but
        # a thesis defended by a date is eligibility
        c("f6-en-defended-no-later-than", "Eligibility: applicants must have defended their PhD "
          "no later than 31 December 2026. Application deadline: 15 April 2027.", "2027-04-15",
          page=P),
        # why: "devra débuter avant le" is not listed (only "devra s'achever le"), and "avant
        # le" is a deadline cue; the start of the stay is a condition of the grant
        c("f6-sejour-devra-debuter", "Le séjour de recherche à l'étranger devra débuter avant "
          "le 1er mars 2028 et durer au moins six mois.", page=P),
    ],
    "7 vague dates": [
        c("f7-premiere-quinzaine", "Dépôt des candidatures : première quinzaine de mars 2027",
          page=P),
        c("f7-loi-fin-novembre-then-day", "Les lettres d'intention sont attendues fin novembre, "
          "le dossier complet avant le 14 janvier 2027.", "2027-01-14", page=P),
        c("f7-en-late-january", "Applications are expected by late January 2027; shortlisted "
          "candidates will be interviewed in February.", page=P),
        # why: the machine-readable value holds only a month, so it gives no day
        c("f7-time-element-month-only", '<p>Clôture de l\'appel : <time datetime="2027-03">'
          "mars 2027</time></p>", page=P),
        c("f7-fin-mars-with-exact-day", "Clôture fin mars : le mercredi 31 mars 2027 à 12h "
          "précises.", "2027-03-31 12:00", page=P),
    ],
    "8 year-less on undated page": [
        # why: the weekday would pin the year, but the rule says unresolvable gives nothing
        c("f8-weekday-no-year", "Date limite de dépôt : vendredi 12 mars à 17h", page=""),
        c("f8-year-in-heading", "Appel 2027 — bourses de mobilité des internes\nClôture : 15/04",
          page=""),
        c("f8-one-with-year", "Lettres d'intention jusqu'au 20 janvier ; dossiers complets avant "
          "le 31 mars 2027.", "2027-03-31", page=""),
        c("f8-page-known-across-year-end", "Clôture des candidatures : 10 janvier", "2027-01-10",
          page="2026-12-02"),
        c("f8-time-element-gives-year", '<p>Date limite : <time datetime="2027-02-05">5 février'
          "</time></p>", "2027-02-05", page=""),
    ],
    "9 openings": [
        c("f9-plateforme-des-le", "La plateforme de dépôt des dossiers sera ouverte dès le lundi "
          "3 mai 2027 à 9h.", opens="2027-05-03", page=P),
        # why: the sentence is partly about applying, yet "à compter du" is the contract's start
        c("f9-contrat-a-compter-with-deadline", "Contrat doctoral de trois ans à compter du "
          "1er octobre 2027 ; candidatures jusqu'au 10 mai 2027.", "2027-05-10", opens="",
          page=P),
        # why: "portal opens" is the English opening of applications
        c("f9-en-portal-opens", "The online application portal opens on 11 January 2027; "
          "completed files are due on 8 March 2027 at 4 pm.", "2027-03-08 16:00",
          opens="2027-01-11", page=P),
        c("f9-apero-des-le", "Apéro de rentrée de l'association des internes : rendez-vous dès "
          "le 24 septembre 2027 à 19h30 au foyer de l'internat.", opens="", page=P),
        c("f9-table-ouverture-fin-depot", '<table><tr><td>Ouverture du dépôt en ligne</td><td>'
          '<time datetime="2027-01-04">4 janvier 2027</time></td></tr><tr><td>Fin du dépôt en '
          "ligne</td><td>1er mars 2027, 23h59</td></tr></table>", "2027-03-01 23:59",
          opens="2027-01-04", page=P),
    ],
    "10 session calendars": [
        # why: `opens` holds one date; the first session's, as in t10-two-rows
        c("f10-three-sessions", "Session | Ouverture des dépôts | Date limite | Comité de "
          "sélection | Résultats\nHiver | 05/01/2027 | 02/02/2027 | 09/03/2027 | 30/03/2027\n"
          "Printemps | 06/04/2027 | 04/05/2027 | 08/06/2027 | 29/06/2027\nAutomne | 07/09/2027 "
          "| 05/10/2027 | 09/11/2027 | 30/11/2027", "2027-02-02", "2027-05-04", "2027-10-05",
          opens="2027-01-05", page=P),
        c("f10-html-vague-auditions-range", "<table><thead><tr><th>Vague</th><th>Ouverture</th>"
          "<th>Clôture</th><th>Auditions</th></tr></thead><tbody><tr><td>1</td><td>lundi "
          "11 janvier 2027</td><td>vendredi 12 février 2027 à 12h</td><td>du 8 au 10 mars 2027"
          "</td></tr></tbody></table>", "2027-02-12 12:00", opens="2027-01-11", page=P),
        c("f10-no-deadline-column", "Session | Jury | Auditions | Résultats\nJuin | 02/06/2027 | "
          "16/06/2027 | 30/06/2027", opens="", page=P),
        # why: English headers; "Call opens" is the opening column, "Deadline" the deadline one
        c("f10-english-header", "Round | Call opens | Deadline | Panel | Decision\nSpring | "
          "1 Feb 2027 | 15 Mar 2027 | 20 Apr 2027 | 15 May 2027", "2027-03-15",
          opens="2027-02-01", page=P),
        # why: a column named after what is sent is a deadline column, with its kind
        c("f10-loi-and-full-columns", "Programme | Lettre d'intention | Dossier complet (sur "
          "invitation) | Jury\nJeunes chercheurs | 14/01/2027 | 25/03/2027 | 27/05/2027",
          "loi 2027-01-14", "2027-03-25", opens="", page=P),
    ],
    "11 closings said other ways": [
        # why: "se termine" is not listed; it says the same as "se clôture"
        c("f11-se-termine", "Le dépôt des candidatures se termine le vendredi 19 février 2027 à "
          "18h.", "2027-02-19 18:00", page=P),
        c("f11-en-close-at-noon", "Submissions close at noon on 3 March 2027.",
          "2027-03-03 12:00", page=P),
        c("f11-window-numeric", "Dépôt des projets du 04/01 au 26/02/2027 inclus.", "2027-02-26",
          opens="2027-01-04", page=P),
        c("f11-dates-de-cloture-list", "Dates de clôture : 1er février 2027 pour la session de "
          "printemps et 1er septembre 2027 pour la session d'automne.", "2027-02-01",
          "2027-09-01", page=P),
        c("f11-library-closed-not-deadline", "La bibliothèque universitaire sera close du "
          "24 décembre 2026 au 3 janvier 2027 ; les dossiers restent déposables en ligne "
          "jusqu'au 11 janvier 2027.", "2027-01-11", opens="", page=P),
    ],
}  # fmt: skip
