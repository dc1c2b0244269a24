"""Writes passages.jsonl: real passages quoted from public pages (test data only).

Each entry: id, url, page_date (ISO or null when the page shows none), text (quoted),
deadlines [{date, time, kind}], opens (ISO, null = none, "?" = not scored),
distractors (dates in the text that are not deadlines, as written), note, round.

Collected in rounds, so the held-out half is text nobody tuned on: the latest round
is ``held_out`` and every earlier one ``tuning``. Round 1 (64 passages) keeps the split
it was first given by position as ``first_split``; round 2 (64 new pages, labelled
without running the extractor) was held out, then tuned on; round 3 (128 new pages,
``round3_*.py``, labelled blind the same way) was the first round kept in files of its
own, and rounds 4 to 18 (``round4_*.py`` … ``round18_*.py``) followed; round 18 is the
one held out now. See README.md.

    python tests/extract/real/build_passages.py          # rewrites passages.jsonl
    python tests/extract/real/build_passages.py --check  # only says whether it is current
"""

import argparse
import importlib.util
import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("passages.jsonl")


def d(date, time=None, kind="application"):
    return {"date": date, "time": time, "kind": kind}


P = []


def p(id, url, text, deadlines=(), opens=None, page_date=None, distractors=(), note="", round=1):
    P.append(
        {
            "id": id,
            "url": url,
            "page_date": page_date,
            "text": text,
            "deadlines": list(deadlines),
            "opens": opens,
            "distractors": list(distractors),
            "note": note,
            "round": round,
        }
    )


def p2(*args, **kwargs):
    """A round-2 passage: collected and labelled on 2 December 2026, extractor not run."""
    p(*args, round=2, **kwargs)


p(
    "amu-admission-2e-annee",
    "http://medecine.univ-amu.fr/fr/admissions-specifiques-admissions-directes-2e-ou-3e-annee-etudes-sante-droit-au-remords",
    "Les candidats doivent remplir,au plus tard au 1er octobre de l'année considérée, l'une des conditions suivantes : "
    "Soit être titulaires de l'un des diplômes suivants : diplôme de master. "
    "Les candidats doivent déposer avant le 31 mars de chaque année, auprès de l'unité de formation",
    distractors=["1er octobre (condition)", "31 mars (no year, undated page)"],
    note="classes 6 and 8: a condition and a year-less date on an undated page",
)
p(
    "doczz-admission-3e-annee",
    "https://doczz.fr/doc/6211748/admission-directe-en-troisi%C3%A8me-ann%C3%A9e",
    "Les candidats doivent remplir, au plus tard au 1er octobre de l'année considérée, l'une des\nconditions suivantes :\n"
    "- soit être titulaires d'un diplôme d'Etat de docteur en médecine, en pharmacie ou en chirurgie\ndentaire ;\n"
    "Toutefois, les candidats qui estiment qu'ils seront en mesure de justifier, au 1er octobre de\nl'année considérée, "
    "de la possession de l'un des titres ou diplômes figurant ci-dessus peuvent\nprésenter une attestation d'inscription",
    distractors=["1er octobre (condition, twice)"],
)
p(
    "villa-m-bourses-2026",
    "https://villa-m.fr/?p=8580",
    "Le Fonds de dotation Villa M lance une nouvelle édition de ses bourses de recherche médicale. En 2026, dix jeunes chercheurs "
    "en santé seront récompensés pour la qualité et l'excellence de leurs travaux.\n"
    "Les professionnels de santé souhaitant candidater pourront déposer leur dossier à partir du 18 mars.",
    opens=None,
    distractors=["18 mars (opening, no year, undated page)"],
)
p(
    "inca-pediatrie-2019",
    "https://fr.readkong.com/page/appel-a-candidatures-2019-4859400",
    "Appel à candidatures 2019\nAccélérer la recherche fondamentale et\ntranslationnelle en cancérologie pédiatrique\n"
    "Date limite de soumission des projets : 26 septembre 2019 à 14h00\nSoumission en ligne:",
    [d("2019-09-26", "14:00")],
)
p(
    "cno-structuration-2025",
    "https://canceropole-nordouest.org/appels-a-projets-soutien-de-projets-structurants-du-cno",
    "Calendrier de l'AAP Structuration 2025\n- Publication des textes de l'AAP : 4 octobre 2024\n"
    "- Date limite de soumission des dossiers en ligne : 6 janvier 2025, minuit\n"
    "- Expertise des projets éligibles par des experts indépendants hors CNO : Février-mars 2025\n- Audition des projets par le Comit",
    [d("2025-01-06", "23:59")],
    distractors=["4 octobre 2024 (publication)", "Février-mars 2025"],
)
p(
    "inca-pair-pancreas-2018",
    "https://fr.readkong.com/page/appel-a-projets-2018-cancer-du-pancreas-programme-d-actions-7305836",
    "Appel à projets 2018 Programme d'Actions Intégrées de Recherche (PAIR) dans le Cancer du pancréas Attention, sélection des projets en deux étapes : "
    "1. Lettre d'intention - date limite de soumission : 29 mai 2017 minuit 2. Dossier complet pour les LI présélectionnée - "
    "date limite de soumission : 23 octobre 2017 minuit Soumission en ligne :",
    [d("2017-05-29", "23:59", "letter_of_intent"), d("2017-10-23", "23:59")],
)
p(
    "canceropole-est-deprev-2017",
    "https://studylibfr.com/doc/2965085/appel-%C3%A0-projets---canc%C3%A9rop%C3%B4le-du-grand-est",
    "APPEL A PROJETS 2017\nSANTE PUBLIQUE\nAccompagnement des politiques de prévention\net de dépistage des cancers\n"
    "Objectifs et actions du Plan Cancer 2014-2019\nDate limite 20 février 2017\nSoumission en ligne :",
    [d("2017-02-20")],
)
p(
    "fdf-allocation-jeunes-chercheurs-2017",
    "https://fr.scribd.com/document/436108173/ter",
    "Dossier de demande d'allocation\n« Jeunes Chercheurs » 2017\nDate limite de retour par mail\n28 mai 2017 minuit *\ndes dossiers complets\n"
    "Modalités de soumission :\nCommunication des décisions Par mail et/ou courrier au responsable du projet,\n"
    "(notification et refus) fin novembre 2017 au plus tard",
    [d("2017-05-28", "23:59")],
    distractors=["fin novembre 2017 (decisions)"],
)
p(
    "fag-bourse-ophtalmo-2023",
    "https://www.aveuglesdeguerre.org/appel-a-candidature-2023-bourse-de-recherche-30-000-EUR-_r_15_a_112.html",
    "La Fondation des Aveugles de Guerre (FAG), reconnue d'utilité publique par décret en date du 21 janvier 2011, fixe parmi ses objectifs "
    "de susciter, promouvoir ou aider la recherche fondamentale en ophtalmologie.\n"
    "L'ensemble de ces documents sera transmis avant le vendredi 15 avril 2023,",
    [d("2023-04-15")],
    distractors=["21 janvier 2011 (decree)"],
)
p(
    "imera-2018-2019",
    "https://medjouel.com/appels-a-candidatures-2018-2019-fondation-imera-aix-marseille",
    "- Accueils en résidence de 3 à 10 mois entre septembre 2018 et juillet 2019\n- Clôture des appels : lundi 18 septembre 2017 à 13h\n"
    "- Annonce publique des résultats : décembre 2017",
    [d("2017-09-18", "13:00")],
    distractors=["septembre 2018", "juillet 2019", "décembre 2017 (results)"],
)
p(
    "imera-2011-calenda",
    "https://calenda.org/200455",
    "Publié le jeudi 04 mars 2010\nL'appel à candidature est permanent. Pour participer à la prochaine phase de sélection des résidents 2011-2012, "
    "les dossiers de candidature doivent être envoyés à l'IMéRA avant le 15 avril 2010.",
    [d("2010-04-15")],
    page_date="2010-03-04",
    distractors=["04 mars 2010 (publication)"],
)
p(
    "insmi-sejours-irl",
    "http://www.crm.umontreal.ca/UMI/sejours-dans-les-laboratoires-de-linsmi-a-letranger/",
    "Les demandes doivent être faites auprès de l'Insmi en envoyant à l'adresse insmi.international@cnrs.fr et au directeur ou à la directrice de l'IRL, "
    "au plus tard le 21\n    octobre 2021, un dossier comprenant :",
    [d("2021-10-21")],
)
p(
    "efrome-bourses",
    "https://www.ij-hdf.fr/dispositif-aides/bourses-de-lecole-francaise-de-rome-enseignement-superieur",
    "Les dossiers doivent être transmis en ligne avant le 30 septembre pour le premier semestre de l'année civile suivante (de janvier à juin) "
    "ou avant le 31 mars pour le second semestre de l'année civile en cours (de juillet à décembre).",
    distractors=["30 septembre, 31 mars (no year, undated page)"],
)
p(
    "anr-rhu-2021",
    "https://fr.readkong.com/page/en-sante-rhu-investissements-d-avenir-recherche-9904911",
    "INVESTISSEMENTS D'AVENIR\n RECHERCHE HOSPITALO-UNIVERSITAIRE\n EN SANTE (RHU)\n Edition 2021, cinquième appel à projets\n"
    "Date de clôture :\n01/07/2021 à 13h00 (heure de Paris)\nAdresse de publication de l'appel à projets",
    [d("2021-07-01", "13:00")],
)
p(
    "inca-risp-2017",
    "https://123dok.net/document/zwvg7360-recherche-interventionnelle-en-sant%C3%A9-des-populations-inca.html",
    "Appel à projets 2017\nRecherche interventionnelle en santé des populations:\nAgir à tous les temps du cancer\n"
    "Date limite de soumission des projets : 26 juin 2017 – minuit\nSoumission en ligne:",
    [d("2017-06-26", "23:59")],
)
p(
    "chu-nimes-dgos",
    "https://chu-nimes.fr/recherche/recherche-innovation/appels-projets",
    "La campagne ministérielle des appels à projets DGOS 2025/2026 vient de paraître. Ces projets de recherche concourent à la fois au développement "
    "de technologies de santé nouvelles et innovantes.\nTélécharger la note DGOS RI1 2025 90 du 02 juillet 2025",
    distractors=["02 juillet 2025 (date of a note)"],
)
p(
    "campusmatin-epst",
    "https://www.campusmatin.com/metiers-carrieres/concours-recrutement/chercheurs-comment-integrer-l-organisme-de-vos-reves.html?d=424975",
    "La procédure étant nationale, le calendrier est sensiblement le même pour tous les EPST : campagne de dépôt du dossier écrit ouverte entre "
    "début décembre et début mars, auditions entre mars et juin, résultats en juin/juillet et prise de poste entre octobre et février de l'année suivante.",
    distractors=["début décembre", "début mars", "vague months"],
)
p(
    "inserm-concours-internes",
    "https://pro.inserm.fr/?p=48379431",
    "Les concours internes sont ouverts en priorité aux ingénieurs et techniciens fonctionnaires titulaires de l'Inserm qui remplissent certaines "
    "conditions d'ancienneté. La condition d'ancienneté doit être remplie au 1er janvier de l'année au titre de laquelle est organisé le concours :",
    distractors=["1er janvier (condition)"],
)
p(
    "treilles-prix",
    "https://doctoratp4.hypotheses.org/304",
    "Le dossier est à récupérer sur leur site (ici, section Prix du Jeune Chercheur). Il faut le rendre avant fin novembre. Dans le dossier : CV, "
    "liste des publications, résumé en 5 pages du projet de recherche. La réponse tombe généralement en mars.",
    distractors=["fin novembre (vague)", "mars"],
)
p(
    "sfar-master-2",
    "https://sfar.org/comites/jeunes/cursus/la-recherche/master-2",
    "Il s'agit d'une année universitaire de novembre à novembre, lors de laquelle il convient de prendre une disponibilité pour « études et recherche ». "
    "L'obtention du Master 2 est habituellement conditionnée au passage d'un examen écrit en janvier et la soutenance d'un mémoire portant sur la partie "
    "pratique à la fin de l'année. La candidature auprès de l'université au master débute au printemps.",
)
p(
    "ac-lyon-publication",
    "http://e-cyclades.ac-lyon.fr/publication_A10/admis?domaine=ATE&groupeDecision=2&session=2017:B:ATE-1.0&entiteResponsable=A10&qualification=XOE:ASS:2010-302:B:ATE-1.0",
    "Publication ouverte du mercredi 12 avril 2017 à 17:00 au mercredi 31 mai 2017 à 17:00.",
    distractors=["12 avril 2017 .. 31 mai 2017 (a publication window, not a call)"],
)
p(
    "gis-afrique-prix-these-2023",
    "https://ifra-nigeria.org/latest-news/2-non-categorise/500-appel-a-candidatures-du-prix-de-these-du-gis-etudes-africaines-en-france-2023",
    "Sont éligibles des travaux soutenus en français et en France, entre le 1er janvier 2022 et le 31 décembre 2022, dans toutes les disciplines.\n"
    "Calendrier\n- Fin de dépôt des candidatures : le 14 avril 2023 à minuit (heure de Paris)\n- jury de pré-sélection avant le 20 mai (sélection de 8 thèses)\n"
    "- jury final au mois de juin (deux thèses finalistes ex aequo)\nPièces à envoyer avant le 14 avril 2023 à minuit (heure de Paris)",
    [d("2023-04-14", "23:59")],
    distractors=["1er janvier 2022 .. 31 décembre 2022 (eligibility)", "20 mai (jury)"],
)
p(
    "ifm-prix-these",
    "https://mitterrand.org/?p=6336",
    "Les thèses soumises au Prix de thèse de l'Institut François Mitterrand doivent avoir été soutenues entre le 1er janvier de l'année N-1 et le "
    "30 mars de l'année N.\nLes candidatures doivent parvenir au jury au plus tard le 30 mars de l'année N.",
    distractors=["30 mars de l'année N (no year)"],
)
p(
    "bordeaux-archeo-prix-2023",
    "https://sciences-archeologiques.u-bordeaux.fr/animation-scientifique/prix-du-departement/prix-de-these-2023",
    "Il est demandé aux candidats de transmettre par email et en format pdf, du 3 mars au 31 mars 2023 inclus, à Milena Kerkour, un court curriculum "
    "vitae et 2 pages maximum résumant les principaux résultats et les apports de la thèse.\n"
    "Le conseil du département des Sciences archéologiques qui délivrera les prix se réunira le 14 avril 2023. Le 14 avril 2023, les candidats feront - "
    "en visioconférence - une présentation orale de 10 minutes",
    [d("2023-03-31")],
    opens="2023-03-03",
    distractors=["14 avril 2023 (jury, oral, twice)"],
)
p(
    "terre-solidaire-faq",
    "https://www.prix-these.fondation-terresolidaire.org/faq",
    "Veuillez toute de fois à bien vérifier l'adéquation de votre candidature avec les critères demandés, notamment si votre thèse a bien été soutenue "
    "entre le 1er janvier 2021 et le 31 juillet 2023.",
    distractors=["1er janvier 2021 .. 31 juillet 2023 (eligibility)"],
)
p(
    "jnpd-2024-abstracts",
    "https://congres-jnpd.fr/appel-a-communications",
    "Date d'ouverture de soumission : 25 septembre 2023\nReport date limite de soumission au 31 décembre 2023, minuit\n"
    "Recommandations aux soumissionnaires et auteurs\nLes résumés devront être soumis uniquement via ce site.",
    [d("2023-12-31", "23:59")],
    opens="2023-09-25",
)
p(
    "sofarthro-2025-abstracts",
    "https://congres.sofarthro.com/instructions-aux-auteurs",
    "DATE LIMITE : 15 juin 2025 à 23h59\nCONSIGNES AUX AUTEURS\nLes résumés de communications peuvent être soumis jusqu'au dimanche 15 juin à 23h59 "
    "(heure de Paris) dernier délai.\nLes auteurs de communications sont avertis par courriel de l'acceptation ou du refus de leur(s) communication(s) en septembre 2025.",
    [d("2025-06-15", "23:59")],
    distractors=["septembre 2025 (results)"],
)
p(
    "sccahp-cca",
    "http://www.sccahp.org/ArticleDossier.php?CleDossier=39",
    "MODALITES DE CONSTRUCTION DES DOSSIERS ET DE DEPOT DES CANDIDATURES POUR LE RECRUTEMENT DES CHEFS DE CLINIQUE DES UNIVERSITES ASSISTANTS DES HOPITAUX\n"
    "VERSION DU 07/03/2017\nArrêté du 6 octobre 1988 fixant les modalités de constitution des dossiers et de dépôt des candidatures pour le recrutement des chefs de clinique",
    distractors=["07/03/2017 (version)", "6 octobre 1988 (decree)"],
)
p(
    "ipgp-contrats-2014",
    "http://ed560.ipgp.fr/index.php?title=Contrat_doctoral&oldid=10262",
    "Calendrier du recrutement /Dates and procedures\nEntre octobre et le 28 mars 2014: Mise en ligne des sujets.\n\nConcours anticipé :\n"
    "Avant le 28 mars 2014 : Candidature des candidats.\nAvant le 28 mars 2014 : Transmission du dossier de candidature par le directeur de thèse au secrétariat de l'ED\n"
    "3 mars 2014 au matin : Audition des candidats par le jury d'admissibilité\n\nConcours principal :\nAvant le 2 juin 2014 : Candidature des candidats.\n"
    "Avant le 5 juin 2014 : Transmission du dossier de candidature par le directeur de thèse au secrétariat de l'ED\n"
    "17,18,19 mars 2014 : Audition des candidats par le jury d'admissibilité\n\n2 juillet 2014 Réunion du Conseil d'Ecole doctorale\n"
    "3 au 12 juillet 2014 Dépôt des dossiers d'embauche auprès de l'Ecole Doctorale",
    [d("2014-03-28"), d("2014-06-02"), d("2014-06-05"), d("2014-07-12", kind="other")],
    opens="?",
    distractors=["3 mars 2014 (audition)", "19 mars 2014 (audition)", "2 juillet 2014 (council)"],
)
p(
    "lyon-nsco-2024",
    "https://nsco.universite-lyon.fr/doctoral-contract/doctoral-contract-2023-147312.kjsp?RH=15610454225267532",
    "Recruitment calendar 2024\nFriday 31 May 2024 : Deadline for submission of thesis offers by thesis directors via ADUM\n"
    "Monday 09 June 2024 : Deadline for application\nTuesday 11 June 2024 noon : Deadline for validation of applications by thesis directors and lab directors\n"
    "Monday 24 June 2024 : Pre-selection commitee (Composition of pre-selection commitee)\nWednesday 3 and Thursday 04 July 2024 : Final selection committee",
    [d("2024-05-31", kind="other"), d("2024-06-09"), d("2024-06-11", "12:00", "other")],
    distractors=["24 June 2024 (committee)", "3-4 July 2024 (committee)"],
)
p(
    "unistra-edpcp-derogations",
    "http://edpcp.u-strasbg.fr/?p=348",
    "La demande de dérogation (en Français/en Anglais) est examinée par la commission pédagogique de l'ED et doit parvenir au secrétariat de l'école doctorale "
    "au plus tard aux dates suivantes :\n\n27 novembre 2017, 27 février 2018, 18 mai 2018, 29 juin 2018 et 30 Aout 2018",
    [d("2017-11-27"), d("2018-02-27"), d("2018-05-18"), d("2018-06-29"), d("2018-08-30")],
)
p(
    "arc-aide-covid-2020",
    "https://siric-iliad.com/aide-exceptionnelle-jeunes-chercheurs-covid-19",
    "La Fondation ARC lance une aide exceptionnelle pour les jeunes chercheurs qu'elle finance et qui ont subi des retards dans la mise en œuvre de leurs projets.\n"
    "Les candidatures à ce soutien exceptionnel de la Fondation ARC sont ouvertes jusqu'au Mardi 28 juillet 2020 à 13h.",
    [d("2020-07-28", "13:00")],
)
p(
    "fundit-art-citoyen-2019",
    "https://fundit.fr/fr/calls/programme-art-citoyen-pour-collaborations-franco-espagnoles-entre-artistes-et-scientifiques",
    "Cet appel à projets vise à encourager des projets de coopération entre artistes, chercheurs et citoyens pour comprendre et agir face aux enjeux du monde contemporain\n"
    "Date limite de dépôt de dossiers : 19 mai 2019",
    [d("2019-05-19")],
)
p(
    "carac-fondation-2023",
    "https://cms-uat2-carac-fr.azurewebsites.net/nous-connaitre/la-fondation-carac/presentez-votre-projet",
    "Vous portez un projet illustrant le monde combattant ? Vous cherchez un financement ? Adressez-nous votre candidature jusqu'au 15 septembre 2023 "
    "pour la présentation au Conseil d'administration d'octobre 2023",
    [d("2023-09-15")],
    distractors=["octobre 2023 (board)"],
)
p(
    "carasso-2024",
    "https://fondationcarasso.org/appels-a-projets/nos-appels-a-projets",
    "Nous vous invitons à prendre connaissance de notre note de cadrage, à télécharger ci-dessous.\n"
    "Vous pouvez adresser votre candidature d'ici au 10 septembre 2024, exclusivement en ligne via la plateforme dédiée.",
    [d("2024-09-10")],
)
p(
    "sflgc-thiers",
    "https://sflgc.org/edito/financer-la-fin-de-these",
    "Conditions : être agrégé.e et avoir de moins de 30 ans au 1er septembre de l'année d'attribution.\n"
    "Calendrier : les dossiers sont généralement à rendre fin septembre, les auditions ont lieu fin novembre-début décembre.",
    distractors=["1er septembre (condition)", "fin septembre (vague)"],
)
p(
    "ligue-recherche-action-2025",
    "https://www.canceropole-clara.com/projects/la-ligue-contre-la-cancer-recherche-action/",
    "Quel est le calendrier ?\n  • Date limite de dépôt des lettres d'intention : 16 avril 2025\n  • Sélection des lettres d'intention : 23 mai 2025\n"
    "  • Auditions / Réunion d'échanges avec les experts de la commission : 5 juin 2025\n  • Date d'ouverture de dépôt des dossiers complets : 19 juin 2025\n"
    "  • Date limite de dépôt des dossiers complets : 22 septembre 2025\n  • Résultats officiels : 12 décembre 2025",
    [d("2025-04-16", kind="letter_of_intent"), d("2025-09-22")],
    opens="?",
    distractors=[
        "23 mai 2025 (selection)",
        "5 juin 2025 (hearings)",
        "19 juin 2025 (opening of stage 2)",
        "12 décembre 2025 (results)",
    ],
)
p(
    "inca-deprev-2016",
    "https://p.21-bal.com/doc/336/index.html",
    "titreCalendrier de l'appel à projets et de la sélection 14\ndate de publication26.10.2016\ntaille91.49 Kb.\n"
    "appEl à PROJETS 2016\nSANTE PUBLIQUE\nAccompagnement des politiques de prévention\net de dépistage des cancers\nDate limite : 7 mars 2016\nSoumission en ligne :",
    [d("2016-03-07")],
    distractors=["26.10.2016 (mirror's publication stamp)"],
)
p(
    "montpellier-du-faq",
    "https://du-diu-facmedecine.umontpellier.fr/faq",
    "Une fois complété, je devrai valider, et déposer en ligne le dossier avant la date limite qui sera mentionnée sur l'autorisation d'Inscription.\n"
    "A partir du 1er juillet et jusqu'à mi-décembre.",
    distractors=["1er juillet (no year)", "mi-décembre (vague)"],
)
p(
    "uparis-bdmi-2022",
    "https://edite-de-paris.fr/?p=1992",
    "Durée : la période de mobilité devra s'achever le 30 novembre 2022 au plus tard (délai impératif pour mise en paiement).\n"
    "Les candidats doivent déposer les dossiers complets auprès leur école doctorale de rattachement, avant le 15 décembre 2021 (date prévisionnelle).",
    [d("2021-12-15")],
    distractors=["30 novembre 2022 (end of the mobility, a condition)"],
)
p(
    "academie-medecine-prix",
    "https://www.academie-medecine.fr/missions-et-statuts/prix-bourses-et-medailles/modalites-dattribution-et-prix/",
    "Les candidatures aux prix de l'Académie nationale de médecine doivent parvenir au Secrétariat chargé des Prix entre le 15 novembre et le 15 février inclus. "
    "Après cette date, les candidatures ne seront plus reçues.\nLes propositions des 3 jurys sont présentées pour approbation de l'Académie en comité secret avant le 1er juillet.",
    distractors=["15 novembre .. 15 février (no year, undated page)", "1er juillet (jury)"],
)
p(
    "academie-sciences-2020",
    "https://sfgg.org/actualites/appels-a-participation-bourses-et-prix/appels-a-candidatures-pour-2-prix-academie-des-sciences",
    "L'Académie des sciences décernera, en 2020, les prix suivants dans les domaines de la biologie :\n"
    "Date limite de dépôt des dossiers de candidature pour ces deux Grands prix : mardi 25 février 2020",
    [d("2020-02-25")],
)
p(
    "lounsbery-2026",
    "https://www.insis.cnrs.fr/fr/grand-prix-richard-lounsbery-2026",
    "Pour concourir, les candidat(e)s doivent avoir 45 ans ou moins en 2026 (année de naissance 1981 ou postérieure avec un délai allongé d'un an par enfant pour les femmes).\n"
    "Les dossiers de candidature doivent être adressés par courrier électronique en un fichier unique PDF au plus tard le lundi 20 octobre 2025 à l'adresse suivante",
    [d("2025-10-20")],
)
p(
    "anr-aapg-2017",
    "https://doczz.fr/doc/2940052/appel-%C3%A0-projets-g%C3%A9n%C3%A9rique",
    "Appel à projets générique\nDate de publication\n5 septembre 2016\nDATES IMPORTANTES\nETAPE 1\nCLOTURE DE LA SOUMISSION\nDES PRE-PROPOSITIONS (PRC, PRCE, JCJC) ET\n"
    "DE L'ENREGISTREMENT (PRCI)\nLe jeudi 27 octobre 2016 à 13h00 (heure de Paris)\nETAPE 2 : CLOTURE DE LA SOUMISSION\nDES PROPOSITIONS DETAILLEES\n"
    "La clôture de la soumission des propositions détaillées est prévue début avril 2017, la date et l'heure\nlimites de soumission seront précisées lors de l'invitation",
    [d("2016-10-27", "13:00", "letter_of_intent")],
    distractors=["5 septembre 2016 (publication)", "début avril 2017 (vague)"],
)
p(
    "anr-guide-2015",
    "https://doczz.fr/doc/3692028/guide-des-d%C3%A9posants",
    "Guide des déposants\nAppel à projets générique 2015\nDate limite de soumission des pré-propositions :\n16 octobre 2014 – 13 heures (heure de Paris)\n"
    "Date limite d'enregistrement des propositions de projet de recherche collaborative –\ninternational (PRCI) : 18 novembre 2014 – 13 heures (heure de Paris)\n"
    "Clôture pour le dépôt des propositions détaillées (pour les coordinateurs invités à\nsoumettre une proposition complète) : fin mars 2015",
    [d("2014-10-16", "13:00", "letter_of_intent"), d("2014-11-18", "13:00", "letter_of_intent")],
    distractors=["fin mars 2015 (vague)"],
)
p(
    "anr-aapg-2022",
    "https://123dok.net/document/y8gn2g20-appel-%C3%A0-projets-g%C3%A9n%C3%A9rique.html",
    "Appel à projets générique\n2022\nDATE DE PUBLICATION 20 JUILLET 2021 – Version 1.0 Version actualisée 1.1 au 25 septembre 2021\nÉTAPE 1\nCLOTURE DU DÉPÔT\n"
    "DES PRÉ-PROPOSITIONS (PRC, PRCE, PRME, JCJC) ET DE L'ENREGISTREMENT (PRCI)\nLe jeudi 28 octobre 2021 à 17h00 (heure de Paris)\nETAPE 2\n"
    "CLOTURE DU DÉPÔT DES PROPOSITIONS DÉTAILLÉES\nLa clôture du dépôt des propositions détaillées est prévue fin mars 2022. Les date et l'heure limites de dépôt "
    "seront précisées lors de l'invitation à déposer une proposition détaillée (mi-février 2022).",
    [d("2021-10-28", "17:00", "letter_of_intent")],
    distractors=[
        "20 juillet 2021 (publication)",
        "25 septembre 2021 (version)",
        "fin mars 2022",
        "mi-février 2022",
    ],
)
p(
    "anr-aapg-2023",
    "https://fr.readkong.com/page/appel-a-projets-generique-2023-tape-1-anr-6151248",
    "Appel à projets générique 2023 DATE DE PUBLICATION 18 JUILLET 2022 – Version 1.0 ÉTAPE 1 CLOTURE DU DÉPÔT DES PRÉ-PROPOSITIONS (PRC, PRCE, PRME, JCJC) "
    "ET DE L'ENREGISTREMENT (PRCI) Le lundi 7 novembre 2022 à 17h00 (heure de Paris) ETAPE 2 CLOTURE DU DÉPÔT DES PROPOSITIONS DÉTAILLÉES La clôture du dépôt "
    "des propositions détaillées est prévue fin mars 2023.",
    [d("2022-11-07", "17:00", "letter_of_intent")],
    distractors=["18 juillet 2022 (publication)", "fin mars 2023"],
)
p(
    "anr-aapg-2016",
    "http://docplayer.fr/5958898-Appel-a-projets-generique.html",
    "Date d ouverture de l appel à projets : 24 juillet 2015 PLAN D ACTION 2016 APPEL A PROJETS GENERIQUE DATES IMPORTANTES ETAPE 1 CLOTURE DE LA SOUMISSION "
    "DES PRE-PROPOSITIONS (PRC, PRCE, JCJC) ET DE L ENREGISTREMENT (PRCI) Le 13 octobre 2015 à 13h00 (heure de Paris) ETAPE 2 : CLOTURE DE LA SOUMISSION "
    "DES PROPOSITIONS DETAILLEES La clôture de la soumission des propositions détaillées est prévue début avril 2016",
    [d("2015-10-13", "13:00", "letter_of_intent")],
    opens="2015-07-24",
)
p(
    "anr-plan-2015",
    "http://docplayer.fr/297097-Plan-d-action-2015-appel-a-projets-generique-2015-date-de-publication-de-l-appel-a-projets-generique-10-juillet-2014.html",
    "Plan d action 2015 & Appel à projets générique 2015 Date de publication de l appel à projets générique : 10 juillet 2014 Date limite de soumission des "
    "pré-propositions (Instruments PRC, PRCE, JCJC) : 16 octobre 2014, 13h00 (heure de Paris) Date limite de pré-enregistrement (Instrument PRCI) : "
    "18 novembre 2014, 13h00 (heure de Paris)",
    [d("2014-10-16", "13:00", "letter_of_intent"), d("2014-11-18", "13:00", "letter_of_intent")],
    distractors=["10 juillet 2014 (publication)"],
)
p(
    "sninephro-master-2",
    "http://sninephro.fr/index.php/internat/master-2/",
    "5 étapes clefs :\n  1. Février : Recherche les différents organismes compatibles avec le projet de recherche choisi\n"
    "  2. Mars : Rassembler tous les documents demandés dans le dossier de candidature\n  3. Avril-mai : Envoyer le dossier avant la deadline ++++\n"
    "  5. Fin juin – début juillet : Résultat (passage d'un oral pour certains)",
)
p(
    "clisp-annee-recherche",
    "https://clisp.fr/financer-son-m2-pendant-linternat/",
    "L'année recherche s'effectue entre le 1er novembre et le 31 octobre l'année suivante, elle commence au plus tôt au début de la deuxième année "
    "d'internat et s'achève au plus tard un an après la validation du DES.",
    distractors=["1er novembre .. 31 octobre (the year's span)"],
)
p(
    "isp-paris-annee-recherche",
    "https://isp-paris.org/bourses",
    "L'année-recherche est accomplie dans un laboratoire de recherche français, reconnu par le contrat quinquennal université-ministère.\n"
    "Cette année doit s'accomplir dans une période continue à partir du 1er Novembre, débutant au plus tôt a",
    distractors=["1er Novembre (start of the year)"],
)
p(
    "cd06-sante-2024",
    "https://departement06.fr/soutien-aux-equipes-medicales-et-scientifiques-du-departement-pour-des-innovations-techniques-dans",
    "L'appel à projets santé 2024 est lancé le lundi 15 avril 2024\nLes dossiers peuvent être obtenus dès le mardi 16 avril 2024\n"
    "La date limite de dépôt des candidatures est fixée au mardi 1er octobre 2024 à 24 heures",
    [d("2024-10-01", "23:59")],
    opens="?",
)
p(
    "cd06-sante-2021",
    "https://www.departement06.fr/appels-a-projets/soutien-aux-equipes-medicales-et-scientifiques-du-departement-pour-des-innovations-techniques-dans-le-domaine-de-la-sante-2021-39898.html",
    "L'appel à projets est ouvert à compter du 27 mai 2021 à 17 heures 30.\nLa date limite de dépôt des candidatures fixée au 9 août 2021 à 24 heures.",
    [d("2021-08-09", "23:59")],
    opens="2021-05-27",
)
p(
    "raindrop-sante-publique",
    "https://raindrop.io/vdejean/appels-a-projets-sante-publique-63196772",
    'Appel à projet spécifique "Semaine de la Parentalité" Les dossiers devront être transmis avant fin mars 2026.\n'
    "Les administrations peuvent déposer leurs projets jusqu'au lundi 19 janvier 2026 à minuit\n"
    "Candidatures à déposer au plus tard fin février 2026.",
    [d("2026-01-19", "23:59")],
    distractors=["fin mars 2026 (vague)", "fin février 2026 (vague)"],
)
p(
    "ars-normandie-pps-2018",
    "https://cd14.fr/?p=1551",
    "Les dates à retenir\n11 décembre 2017 : ouverture de l'appel à projet.\n11 janvier 2018 : clôture de réception des lettres d'intention ou des auto-évaluations.\n"
    "Avant le 26 janvier 2018 : notification des avis favorables par courriel.\nCourant février 2018 : notification des avis défavorables par voie postale.\n"
    "Du 26 janvier au 23 février 2017 : dépôt des dossiers de demande de subvention complets (dossier projet, dossier administratif et pièces complémentaires) "
    "pour les promoteurs qui ont été retenus.",
    [d("2018-01-11", kind="letter_of_intent"), d("2017-02-23")],
    opens="2017-12-11",
    distractors=["26 janvier 2018 (notification)", "courant février 2018"],
    note="the page writes 2017 for the second stage (a typo for 2018); the label keeps what is written",
)
p(
    "eu-sante-2010-blog",
    "http://breves-villesaucarre.blogspot.com/2010/01/la-commission-europeenne-lance-un-appel.html",
    "mardi 19 janvier 2010\nAppel à proposition dans le domaine de la santé\n"
    "Cet appel à proposition pour 2010 s'appuie sur la décision de la Commission 2009/964/UE du 18 décembre 2009 relative à l'adoption du plan de travail 2010.\n"
    "Date butoir de dépôt des projets : le 12 mars 2010.",
    [d("2010-03-12")],
    page_date="2010-01-19",
    distractors=["19 janvier 2010 (post date)", "18 décembre 2009 (decision)"],
)
p(
    "hdh-ia-2020",
    "https://fr.scribd.com/document/480554346/AAP-HDH-GD-Cahier-des-charges-V2",
    "Calendrier de l'appel à projets\nL'appel à projets « L'intelligence artificielle pour une expérience améliorée du système de\n"
    "santé » est ouvert le 20 décembre 2019 et se clôture le 1er juin 20201 à 12h00 (midi).\n"
    "Les projets peuvent être soumis pendant toute la période d'ouverture de l'appel à projets.\n"
    "1\nInitialement prévue le 24 mars 2020, la date de clôture fait l'objet d'un report exceptionnel dû à la situation\nsanitaire",
    [d("2020-06-01", "12:00")],
    opens="2019-12-20",
    distractors=["24 mars 2020 (superseded)"],
    note="'20201' is the year 2020 followed by a footnote mark",
)
p(
    "unistra-master-wellness-2025",
    "https://mwm.unistra.fr/actualites/candidature-au-master-wellness-management",
    "Les candidatures en première année de master se font directement sur la plateforme Mon Master selon le calendrier suivant :\n"
    "- du mardi 25 février au lundi 24 mars 2025 : dépôt des candidatures sur la plateforme\n"
    "- du lundi 31 mars au mercredi 30 avril : examen des candidatures et entretiens\n- vendredi 2 mai : réponse communiquée aux candidats\n"
    "- du vendredi 2 mai au vendredi 6 juin : les candidats seront en recherche de contrat et pourront déposer leur contrat sur MonMaster\n"
    "- à partir du 13 juin : les candidats ayant déposé un contrat recevront une proposition d'admission",
    [d("2025-03-24")],
    opens="2025-02-25",
    distractors=["year-less dates on an undated page"],
)
p(
    "reseauprosante-cca",
    "https://reseauprosante.fr/articles/show/post-internat-chef-de-clinique-et-assistant-specialiste-le-saint-graal-603",
    "Post-Internat : Chef de clinique et assistant spécialiste, le saint Graal ?\nPublié le 13 May 2022 à 11:12\n"
    "Après l'internat, tu fais quoi ? Si tu es tenté par le poste de chef de clinique ou d'assistant hospitalier, lis ce dossier spécialement concocté pour toi !",
    page_date="2022-05-13",
    distractors=["13 May 2022 (publication)"],
)
p(
    "guide-m2-aerio",
    "https://reseauprosante.fr/articles/show/guide-du-master-2-2573",
    "Guide du Master 2\nPublié le 04 May 2023 à 12:32\nL'AERIO vous propose un GUIDE DU MASTER 2 actualisé en 2023 et disponible également sur notre site internet",
    page_date="2023-05-04",
    distractors=["04 May 2023 (publication)"],
)
p(
    "themeta-concours",
    "https://themeta.news/ou-candidater-le-guide",
    "Maintenant que vous avez téléchargé notre poster pour préparer les concours, passons à l'action avec les bons conseils pour choisir son labo d'accueil.\n"
    "— Le 6 octobre 2023\n« Ça va, il y a le temps, les concours sont dans deux mois, voire plus… »",
    page_date="2023-10-06",
    distractors=["6 octobre 2023 (post date)"],
)
p(
    "aphp-circulaire-ph",
    "https://affairesjuridiques.aphp.fr/textes/circulaire-dhosm3-n-2005-549-du-14-decembre-2005-relative-a-la-declaration-des-vacances-de-postes-de-praticien-hospitalier-et-des-fonctions-de-chef-de-service-rattachees-ou-non-a-un-poste-de-pr",
    "Décret n° 99-517 du 25 juin 1999 modifié organisant le concours national de praticien des établissements publics de santé ;\n"
    "Arrêté du 23 octobre 2001 fixant les modalités d'application des dispositions relatives aux postes à recrutement prioritaire",
    distractors=["25 juin 1999", "23 octobre 2001 (texts)"],
)
p(
    "dr18-cnrs-bdi",
    "http://www.dr18.cnrs.fr/index.php?id=187",
    "Ces bourses de doctorats pour ingénieurs sont réservées aux étudiants, titulaires du diplôme délivré par l'une des écoles figurant sur la liste établie "
    "par le CNRS, de moins de 27 ans au 1er octobre de l'année considérée, désirant acquérir une formation complémentaire par la recherche.",
    distractors=["1er octobre (condition)"],
)


# ---------------------------------------------------------------------------------------
# Round 2: 64 new pages (none shared with round 1), collected and labelled blind on
# 2 December 2026 by reading docs/extraction.md, without running the extractor on them.
# They are the held-out half. Where the rules do not decide, the note says what was chosen.
# ---------------------------------------------------------------------------------------
p2(
    "college-de-france-prix-2023",
    "http://www.college-de-france.fr/prix-2023",
    "Le montant du prix est de 20 000 euros. Le lauréat est également invité à donner une conférence publique au Collège de France sur ses travaux.\n"
    "Les candidatures seront reçues du 1er mars au 30 avril 2023, exclusivement par voie électronique.\n"
    "Le dépôt des candidatures ouvrira sur cette page le 1er mars et sera clos le 30 avril 2023 à minuit.",
    [d("2023-04-30", "23:59")],
    opens="2023-03-01",
    note="the same window written twice; the second '1er mars' has no year",
)
p2(
    "udl-prix-jeune-chercheur-2018",
    "https://www.universite-lyon.fr/recherche/prix-du-jeune-chercheur-qui-seront-les-trois-laureats-cette-annee--19321.kjsp?RH=RECHERCHE",
    "Prix du Jeune chercheur : qui seront les trois lauréats cette année ?\nLe 31 mai 2018\n"
    "Les prix sont remis à des post-doctorants âgés de moins de 35 ans dans 3 thématiques couvrant l'ensemble des champs disciplinaires : "
    "biosanté et société ; sciences et ingénierie ; humanités et urbanité.\nPour candidater :\n"
    "  3. Les candidats doivent être nés à partir du 1er janvier 1983\n"
    "  4. Pour concourir, avoir soutenu sa thèse entre le 1er mai 2013 et le 1er mai 2016\n"
    "  5. Les candidats ont la possibilité de concourir une deuxième fois\n"
    "Date limite de candidature : 31 mai 2018",
    [d("2018-05-31")],
    page_date="2018-05-31",
    distractors=[
        "Le 31 mai 2018 (post date, the same day as the deadline)",
        "1er janvier 1983 (birth-date condition, 'à partir du' is not an opening here)",
        "1er mai 2013 .. 1er mai 2016 (thesis defended between, a condition)",
    ],
)
p2(
    "treilles-young-researcher-2024",
    "https://www.fondationdestreilles.com/en/research/young-researcher-prize/",
    "For all candidates :\n    • Candidates must be under 35 years of age on 1 November 2024\n    • Candidates may apply only once.\n"
    "For doctoral students:\n    • Candidates must be registered in a French university or in co-supervision, in their 3rd, 4th or 5th year for the academic year 2024-2025.\n"
    "    • Candidates must not have defended their thesis by 31 December of the year of application.\n"
    "To apply to the \u201cYoung Researcher\u201d prize, candidates must follow the 3 following steps:\n"
    "1- Fill in the online form before midnight on 31 October 2024\n"
    "2- Send their application in PDF format only and in a single file to before midnight on 31 October 2024.",
    [d("2024-10-31", "23:59")],
    distractors=[
        "1 November 2024 (age condition)",
        "31 December of the year of application (condition, no year)",
    ],
    note="English conditions ('under 35 years of age on', 'must not have defended ... by') are not in the rules' condition list; "
    "labelled by what a subscriber needs. Two steps on the same day are one deadline",
)
p2(
    "numerama-jeunes-talents-2022",
    "https://www.numerama.com/sciences/850091-les-femmes-doctorantes-ou-post-doc-en-science-peuvent-candidater-a-cette-dotation.html",
    "Le programme Jeunes Talents de For Women in Science attribue des dotations aux doctorantes et post-doctorantes, à hauteur de 15 000 et de 20 000 euros. "
    "Il y a, pour cette édition 2022, 35 dotations en jeu.\n"
    "L\u2019appel à candidature a démarré le 17 janvier 2022 et va se terminer le 11 mars 2022. "
    "La sélection finale par le jury sera annoncée en juin (avec une cérémonie de remise des prix en septembre).",
    [d("2022-03-11")],
    opens="2022-01-17",
    distractors=["en juin (jury)", "en septembre (prize ceremony)"],
    note="'a démarré le' and 'va se terminer le' are in no cue list of the rules; labelled by what a subscriber needs "
    "(the call opens and closes on these days). The stored copy shows only a month (2022-02), so page_date is null",
)
p2(
    "abp-prix-bretagne-jeune-chercheur-2010",
    "https://mobile.abp.bzh/article.php/-prix-bretagne-jeune-chercheur-2010.-appel-a-candidatures-ouvert-jusqu-au-7-decembre-16561",
    "''Prix Bretagne Jeune chercheur'' 2010. Appel à candidatures ouvert jusqu'au 7 décembre\n"
    "Communiqué de presse publié le 6/11/09 11:06 dans Cultures par Odile Bruley pour Odile Bruley\n"
    "L'appel à candidatures vient d'être lancé pour l'édition 2010. Il est ouvert à tous les docteurs de moins de 35 ans, "
    "diplômés depuis moins de 5 ans et ayant préparé, soutenu et obtenu, avec mention, leur thèse en Bretagne, dans un laboratoire public ou privé.",
    [d("2009-12-07")],
    page_date="2009-11-06",
    distractors=["6/11/09 11:06 (publication)"],
    note="a year-less deadline on a dated page: the first 7 December after 6 November 2009",
)
p2(
    "paca-frm-amorcage-jeunes-equipes-2023",
    "https://canceropole-paca.com/appel-a-projet/frm-espoirs-de-la-recherche-amorcage-de-jeunes-equipes-2",
    "La Fondation pour la Recherche Médicale reconduit en 2023 son appel à projets destiné à de jeunes chercheurs, français ou étrangers, "
    "désireux de rejoindre une structure de recherche française pour mettre en place et animer une nouvelle équipe de recherche.\n"
    "Le budget alloué en 2023 à cet appel à projets est de 2,25 millions d\u2019euros.\n"
    "Le financement alloué est de 450 000 euros maximum pour une durée de trois ans.\n"
    "L\u2019appel à projets est ouvert jusqu\u2019au 3 novembre 2023.",
    [d("2023-11-03")],
)
p2(
    "france-science-frm-amorcage-2017",
    "https://www.france-science.org/Fondation-pour-la-Recherche.html",
    "La FRM alloue un budget de 2 millions d\u2019euros à cet appel à projets.\n"
    "L\u2019appel à projets est ouvert à partir du 10 janvier 2017, et, en fonction du budget disponible, sera ouvert jusqu\u2019au 7 novembre 2017. "
    "Les dossiers seront évalués par un comité ad hoc, lors de 3 sessions, selon le calendrier ci-dessous.\n"
    "| Ouverture | Clôture | Date de sélection\n"
    "Session 1 | 10 Janvier 2017 | 20 Avril 2017 | 22 Mai 2017\n"
    "Session 2 | 21 Avril 2017 | 7 Septembre 2017 | 5 Octobre 2017\n"
    "Session 3 | 8 Septembre 2017 | 7 Novembre 2017 | 7 Décembre 2017\n"
    "Attention : La FRM se réserve le droit de clôturer cet appel à projets de façon anticipée, en cas d\u2019utilisation complète des fonds dédiés à ce programme.",
    [d("2017-04-20"), d("2017-09-07"), d("2017-11-07")],
    opens="2017-01-10",
    distractors=[
        "22 Mai 2017, 5 Octobre 2017, 7 Décembre 2017 (selection)",
        "21 Avril 2017, 8 Septembre 2017 (openings of sessions 2 and 3)",
    ],
    note="a session table: the header's first cell is empty on the page; each session's closing is a deadline. "
    "The stored copy shows only a month (2017-08), so page_date is null",
)
p2(
    "abg-frm-call-2019",
    "https://www.abg.asso.fr/en/page/imprimerArticle/id_article/2039",
    "Return mobility to France\n"
    "Return to France: the applicant may already have returned to France. In this case, it must have been for a maximum of 6 months on the date of the Scientific Council (27 September 2019)\n"
    "Integration in the host laboratory\n"
    "The applicant must join the host laboratory in France within 6 months before or 6 months after the date of the scientific council (27 September 2019)\n"
    "Application deadline: 23 May 2019",
    [d("2019-05-23")],
    distractors=["27 September 2019 (scientific council, twice)"],
)
p2(
    "paca-frm-environnement-sante-2020",
    "https://canceropole-paca.com/appel-a-projet/frm-environnement-et-sante",
    "La durée du projet est de 2 ou 3 ans.\n"
    "Le financement alloué devra débuter au plus tard en mars 2022.\n"
    "Calendrier\n"
    "  • Ouverture de saisie des pré-demandes : 14 octobre 2020\n"
    "  • Clôture de saisie des pré-demandes : 10 décembre 2020 \u2013 16h (heure de Paris)\n"
    "  • Sélection des pré-demandes : premier trimestre 2021\n"
    "  • Sélection des demandes : automne 2021",
    [d("2020-12-10", "16:00", "letter_of_intent")],
    opens="2020-10-14",
    distractors=[
        "mars 2022 (start of the funding, vague)",
        "premier trimestre 2021 (selection)",
        "automne 2021 (selection)",
    ],
)
p2(
    "paca-soutien-evenements",
    "https://canceropole-paca.com/appel-a-projet/evenements/",
    "Budget\nFinancement maximum de 1 500 \u20ac (pouvant aller jusqu\u2019à 3 000 \u20ac dans le cas d\u2019évènement majeurs organisés avec le Canceropôle).\n"
    "Calendrier\n"
    "Dépôt des demandes au fil de l\u2019eau sur la plateforme dédiée : lien sur la plateforme\n"
    "Les demandes seront étudiées lors des réunions du Comité Scientifique (janvier, mai et septembre/octobre)\n"
    "La demande auprès du Canceropôle doit être faite au moins 4 mois avant l\u2019événement.",
    distractors=["janvier, mai et septembre/octobre (committee meetings)"],
    note="a rolling call: no deadline at all",
)
p2(
    "inha-mobilite-mesr-2024",
    "https://candidature.inha.fr/campagne-info?view=programme&amp;cid=95",
    "Bourses de mobilité nationale et internationale du MESR en 2024\n"
    "alarm Lancement :\n30/10/2023 00:00\n"
    "schedule Clôture :\n09/01/2024 23:59\n"
    "public\nFuseau horaire : Europe/Paris\n"
    "Les aides peuvent aller jusqu'à 1 000 euros pour une mobilité au sein de son pays de résidence si celui-ci se trouve en Europe, "
    "3 000 euros pour une mobilité intra-européenne et dans les DROM (hors de son propre pays de résidence) et 5 000 euros pour une mobilité "
    "depuis l'Europe vers un ou plusieurs pays se situant hors Europe au cours de l'année 2024.",
    [d("2024-01-09", "23:59")],
    opens="2023-10-30",
    note="fiche whose values sit on the line after their label; 'alarm', 'schedule', 'public' are icon names left in the text. "
    "'Lancement' is not an opening word of the rules; labelled as the opening by what a subscriber needs",
)
p2(
    "inshs-smi-entrant-2024",
    "https://inshs.cnrs.fr/en/node/4790",
    "- Les crédits octroyés dans le cadre du SMI entrant sont des crédits sur subvention d\u2019État qui doivent par conséquent impérativement "
    "être dépensés pendant l\u2019année civile d\u2019obtention de ces crédits.\n"
    "- Les missions des invités étrangers seront donc obligatoirement réalisées en 2024\n"
    "Les candidatures seront expertisées sur la base de leur qualité et de leur intérêt scientifique. A la suite des arbitrages, "
    "les résultats seront envoyés par email aux candidat(e)s et aux unités d\u2019accueil d\u2019ici fin février 2024.",
    distractors=["fin février 2024 (results, vague, after 'd\u2019ici')"],
    note="no deadline in the passage",
)
p2(
    "ed-bs-contrats-doctoraux-2026",
    "https://ed-bs.doctorat-paysdelaloire.fr/fr/accueil/campagne-contrats-doctoraux-etablissement-2025-ed-bs",
    "Campagne contrats doctoraux établissement 2026 ED BS\n-\nDu 16 février 2026 au 07 juillet 2026false false\n"
    "Prochaine ouverture de la campagne de recrutement des doctorant.es sur CDE. Cette campagne permet le financement d'un contrat doctoral sur 3 ans.\n"
    "Calendrier du concours 2026 - Pour Nantes Université, ONIRIS et Angers Université\n"
    "1/ Lundi 16 février au mardi 7 avril : Appel aux sujets dans les laboratoires - Un sujet/porteur, accord du DU.\n"
    "2/ Mardi 7 avril au vendredi 17 avril : Validation des sujets par l\u2019École Doctorale\n"
    "3/ Lundi 20 avril au vendredi 22 mai : Ouverture des candidatures \u21d2 publication des sujets de thèse sur Amethis - le dossier devra comporter :\n"
    "- CV mentionnant clairement les notes et classements\n- Lettre de motivation\n"
    "4/ Lundi 25 mai au lundi 8 juin à 00h00 : Pré-sélection des candidatures par l\u2019équipe encadrante via Amethis\n"
    "5/ Mardi 9 juin au lundi 15 juin : Les candidats finalisent leur dossier jusqu\u2019au samedi 13 juin à 00h00 \u21d2un résumé du projet de thèse de 2 pages maximum "
    "(format pdf, en français ou anglais). + dernières notes ajout possible jusqu\u2019au mercredi 17 juin\n"
    "6/ Jeudi 18 juin : étape d\u2019admissibilité, un classement des candidatures est effectué par la CSS (matin) puis la CR (après-midi)",
    distractors=[
        "Du 16 février 2026 au 07 juillet 2026 (the whole campaign's span, labs' topics included: not a candidate's window)",
        "22 mai, 13 juin, 17 juin (candidate steps, year-less on an undated page)",
        "the other year-less steps (topics, validation, pre-selection, admissibility)",
    ],
    note="the rules' known limit: a year-less calendar on an undated page gives nothing even though its heading names 2026. "
    "A subscriber would want 22 mai 2026 (applications close) and 13 juin 2026 (file completed), which the rules cannot resolve",
)
p2(
    "esc-congress-abstracts-2026",
    "https://www.escardio.org/events/congresses/esc-congress/call-for-science/abstracts",
    "Submission deadline is Sunday, 1 March 2026, 12:00 (noon) CET.\n"
    "Start drafting your abstract now to submit early and avoid any stress around the deadline.\n"
    "Important Dates\n"
    "  • 15 December 2025: Opening of the Call for Abstracts\n"
    "  • 1 March 2026: Deadline to submit your abstract\n"
    "  • Early May 2026: Abstract results announcement. A notification email will be sent to each submitter.\n"
    "  • 31 May 2026: Early fee registration deadline \u2013 All abstract presenters must register for the congress. Take advantage of the early fee.\n"
    "  • 30 June 2026: Deadline for the assigned presenters to confirm presentations and submit the related agreement forms.",
    [d("2026-03-01", "12:00"), d("2026-05-31", kind="other"), d("2026-06-30", kind="other")],
    opens="2025-12-15",
    distractors=["Early May 2026 (results, vague)"],
    note="a learned society's congress (European Society of Cardiology, based in France); early-fee registration and the presenters' "
    "confirmation are steps that are not a candidature (other)",
)
p2(
    "jm2022-sciencesconf-abstracts",
    "https://jm2022.sciencesconf.org/resource/page?id=3&forward-action=page&forward-controller=resource&lang=en",
    "Practical information > Submit an abstract\n"
    "Abstract submission opening date: 01/05/2022 - closing date: 15/06/2022\n"
    'Go to My space > My repositories and click on "Submit an abstract".\nYou must complete and check 4 steps.',
    [d("2022-06-15")],
    opens="2022-05-01",
    note="two fiche labels on one line, day/month order (a French sciencesconf site)",
)
p2(
    "imagine-md-phd-2021",
    "https://www.institutimagine.org/en/call-applications-2021-md-pharmd-vetd-phd-program-imagine-institute-649",
    "Call for applications 2021 MD, PharmD, VetD-PhD Program Imagine Institute\n"
    "Published on 10.02.2020\n"
    "The duration of the grant is three years.\n"
    "Applicants must be : \n"
    "  • Interns or former interns, (AAHU, CCA) having validated their internship for a maximum of 5 years by November 1st, 2021.\n"
    "  • In medicine, pharmacy, dentistry or veterinary medicine, \n"
    "  • Holders of a Research Master's degree and as of November 1st 2021\n"
    "  • Registered (or register) in University thesis.\n"
    "Interns must be in progress or at the end of their internship. Assistants (AHU and CCA) must have validated their entire internship "
    "for a maximum of 6 years by November 1, 2021.",
    page_date="2020-02-10",
    distractors=[
        "10.02.2020 (publication)",
        "November 1st, 2021 / November 1st 2021 / November 1, 2021 (eligibility conditions, written after 'by')",
    ],
    note="no deadline in the passage; English conditions after 'by' are not in the rules' condition list, labelled by what a subscriber needs",
)
p2(
    "unicaen-acces-sante-etrangers",
    "https://ufr-sante.unicaen.fr/formations/acces-aux-etudes-de-sante/procedure-etrangers",
    "Décret et arrêté du 4 novembre 2019 et arrêté du 13 décembre 2019\n"
    "L\u2019étudiant doit soumettre un dossier électronique (contenant les pièces précisées par l\u2019arrêté du 13 décembre 2019) au SCAC "
    "(Services de Coopération et d\u2019Action Culturelle) au plus tard le 30 mars.\n"
    "- 28 février : date limite acte de candidature afin que les SCAC (Services de Coopération et d\u2019Action Culturelle) transmettent pour information aux universités\n"
    "- 30 mars : date limite pour déposer le dossier complet comportant le parcours sur le site, pour une seule université\n"
    "- Idéalement avant le 15 avril : SCAC transmet à l\u2019université le dossier de candidature + Avis sur la recevabilité administrative et qualité de l\u2019établissement et de la formation\n"
    "- Entre la fin avril et la fin mai : examen de recevabilité de la candidature par l\u2019université",
    distractors=[
        "4 novembre 2019, 13 décembre 2019 (texts)",
        "28 février, 30 mars (deadlines without a year, undated page)",
        "15 avril (a step of the SCAC, no year)",
        "fin avril, fin mai (vague)",
    ],
    note="year-less calendar on an undated page: nothing by the rules",
)
p2(
    "cotedazur-annee-recherche",
    "https://medecine.univ-cotedazur.fr/internat/demandes-specifiques/annee-de-recherche",
    "Chaque année, un arrêté des ministres chargés de la santé et de l'enseignement supérieur fixe le nombre d'étudiants susceptibles de bénéficier d'une année de recherche. "
    "Ce nombre est fixé par région et subdivision pour la médecine. Les étudiants doivent déposent leurs dossiers de demande d'attribution d'année de recherche "
    "auprès de l'unité de formation et de recherche dont ils relèvent.\n"
    "Un interne peut postuler à une bourse Année de Recherche au plus tôt au début de la 2ème année et au plus tard lors de sa 4ème année d'internat.\n"
    "Arrêté du 4 octobre 2006 définissant les modalités d'organisation de l'année de recherche durant le troisième cycle des études de médecine, d'odontologie et de pharmacie.\n"
    "Arrêté du 21 janvier 2016 modifiant l'arrêté du 4 octobre 2006 modifié définissant les modalités d'organisation de l'année-recherche",
    distractors=["4 octobre 2006, 21 janvier 2016 (texts)"],
    note="no deadline: 'au plus tard lors de sa 4ème année' is a cue with no date",
)
p2(
    "cnrs-hebdo-fondation-de-gaulle-2008",
    "https://cnrs.fr/CNRS-Hebdo/provence-corse/Actualites/768/Suite.aspx",
    "Pour la cinquième année consécutive, La\nFondation Charles de Gaulle lance un appel à candidatures\npour 5 bourses de recherche, la première de 15.000 euros et\n"
    "les quatre suivantes de 5.000 euros. Le thème retenu pour\nl'année 2008, « De la recherche fondamentale à\nla recherche appliquée, au service de l'environnement et du\n"
    "cadre de vie » pourra être traité, au choix des\ncandidats, à travers les secteurs climatique,\nénergétique, environnemental, spatial. Ces bourses\n"
    "sont destinées à tout chercheur francophone de moins\nde 40 ans, quelle que soit sa discipline. Date limite de remise des\ndossiers de candidature : 30 avril\n2008.",
    [d("2008-04-30")],
    note="the page breaks lines inside sentences, the deadline's year sits on the next line",
)
p2(
    "lejeune-printemps-2025",
    "https://www.fondationlejeune.org/la-recherche-de-la-fondation-jerome-lejeune/le-financement-de-la-recherche/appel-a-projets-printemps-2025/",
    "- Les projets avancés sont dédiés à des programmes élaborés et d\u2019envergure avec données préliminaires. La durée des subventions est de deux ans maximum "
    "avec un financement de l\u2019ordre de 80 000\u20ac (soit 40 000\u20ac par an).\n"
    "L\u2019organisation de congrès ou d\u2019ateliers scientifiques est également subventionnée.\n"
    "Cet appel à projets de printemps est ouvert jusqu\u2019au 7 mars 2025\n"
    "Le nombre de dossiers sélectionnés sera bien sûr décidé en fonction de la qualité du projet, et de l\u2019enveloppe budgétaire annuelle disponible allouée par la Fondation Jérôme Lejeune.",
    [d("2025-03-07")],
)
p2(
    "fondation-avenir-aprm-2025",
    "https://fondationdelavenir.org/lancement-appel-a-projets-recherche-medicale-2025-et-bilan-2024",
    "Lancement Appel à Projets Recherche Médicale 2025 et Bilan 2024\nPublié le 20/12/2024\n"
    "Nous sommes ravis de vous annoncer le lancement de l\u2019Appel à Projets de Recherche Médicale (APRM) 2025 qui débute le 20 décembre 2024 !\n"
    "Pour candidater, rendez-vous directement sur la plateforme :\n"
    "La nouvelle plateforme permet de démarrer dès ce 20 décembre le projet de lettre d\u2019intention et d\u2019y revenir en plusieurs fois si besoin. "
    "Elle sera ouverte jusqu\u2019au 30 janvier 2025 pour candidater.",
    [d("2025-01-30", kind="letter_of_intent")],
    opens="2024-12-20",
    page_date="2024-12-20",
    distractors=["20/12/2024 (publication, the same day as the opening)"],
    note="what is sent by 30 January is the letter of intent, named in the sentence before the date: labelled letter_of_intent "
    "by what a subscriber needs; the opening is said with 'débute le' and 'dès ce' (the rules list 'dès le', not these)",
)
p2(
    "afsos-2020-appel-communications",
    "http://www.congres-afsos.com/reglement-appel-a-com",
    "L\u2019appel à Communication est ouvert !\nJe dépose mon projet\nInstructions aux auteurs\n"
    "La clôture de la soumission est fixée au vendredi 03 juillet 2020, 23h59.\n"
    "Avant de démarrer la procédure, vous allez être invité (e) à vous créer un compte auteur. "
    "Nous vous prions de bien vouloir conserver précieusement les login et mot de passe que vous aurez choisis.\n"
    "Les résultats vous seront communiqués par mail en septembre 2020.",
    [d("2020-07-03", "23:59")],
    distractors=["septembre 2020 (results)"],
)
p2(
    "imig2023-general-information",
    "https://imig2023.org/abstract/",
    "  \u2022 The abstract, whatever the mode of presentation (oral or written), may be\n    published in full in the final digital program of the 2023 Conference.\n"
    "  \u2022 Submission of ongoing clinical trials is allowed.\n"
    "General information\nDates: June 26th \u2013 28th 2023\nPlace: Le Grand Palais \u2013 LILLE",
    distractors=["June 26th \u2013 28th 2023 (the congress itself, after 'Dates:')"],
    note="no deadline in the passage",
)
p2(
    "paca-inserm-chaire-cancerologie-pediatrique-2024",
    "https://canceropole-paca.com/appel-a-projet/inserm-chaire-de-recherche-en-cancerologie-pediatrique",
    "Ce programme s\u2019adresse à des candidats et des candidates qui mènent actuellement leurs recherches à l\u2019international ou depuis un maximum de 36 mois en France.\n"
    "Les projets seront planifiés sur une durée de 60 mois.\n"
    "La Chaire pourra être cumulée avec d\u2019autres financements obtenus par les lauréats pour le même projet.\n"
    "Date limite de candidature : 27 septembre 2024 (17h00)",
    [d("2024-09-27", "17:00")],
)
p2(
    "canceropole-est-mobilite-2023",
    "https://canceropole-est.org/actualites/lancement-des-appels-a-candidatures-pour-le-soutien-a-la-mobilite-jeunes-cherceurs",
    "Les candidats doivent être de jeunes chercheurs (doctorant, post-doctorant) ou jeunes médecins non statutaires, développant un projet en lien avec la cancérologie. "
    "La durée du séjour peut aller jusqu\u2019à 3 mois\n"
    "Trois sessions sont prévues chaque année pour l\u2019examen des candidatures. Pour la 1ère session 2023, la sélection se fera parmi les dossiers reçus au 15 mai 2023. "
    "La demande doit être faite au moins 2 mois avant le début de la mobilité.",
    [d("2023-05-15")],
    note="'dossiers reçus au' is in no cue list and the sentence's subject is the selection; labelled a deadline by what a subscriber needs "
    "(a file must have arrived by 15 May)",
)
p2(
    "inca-shs-subventions-doctorales-2019",
    "https://fr.readkong.com/page/appel-a-candidatures-2019-9793300",
    "Appel à candidatures 2019\nSubventions doctorales\n« Recherches sur le cancer en Sciences Humaines et\nSociales, Épidémiologie, Santé publique »\n"
    "Date limite de soumission des projets : 27 mars 2019\nSoumission en ligne du dossier électronique :\n1- Contexte\n"
    "Pour la neuvième année consécutive, l\u2019INCa publie, en partenariat avec l\u2019École des hautes études en\nsciences sociales (EHESS) et le Réseau doctoral en santé publique "
    "animé par l\u2019École des hautes études en\nsanté publique (EHESP), un appel à candidatures pour quatre subventions doctorales.",
    [d("2019-03-27")],
)
p2(
    "ligue-nouvelle-generation-chercheurs",
    "https://ligue-cancer.net/nos-actualites/comment-la-ligue-accompagne-la-nouvelle-generation-de-chercheurs",
    "Comment la Ligue accompagne la nouvelle génération de chercheurs !\n"
    "Premier financeur de thèse après l'État et avec 23 % de son budget de la recherche 2024, la Ligue se place comme un soutien incontournable des jeunes chercheurs "
    "et leur permet, depuis plusieurs années, de se voir proposer un financement non égalée par ailleurs. Avant la 3ème journée jeunes et chercheurs, "
    "retrouvez toutes les particularités qui lient la Ligue avec les doctorants.\n"
    "Quelques chiffres sur l'année 2024\n221 allocations\naccordées aux doctorants et financées par la Ligue.\n9 M d'euros\ninvestis par la Ligue sur l'ensemble de l'année.",
    note="news: no date at all ('Avant la 3ème journée' is a cue with no date)",
)
p2(
    "ms-journee-jeunes-chercheurs-ligue",
    "https://ipubli.inserm.fr/bitstream/handle/10608/11658/MS_2019_HS1_9.html?isAllowed=y&sequence=4",
    "Ce numéro spécial de médecine/sciences constitue le prolongement éditorial de la journée « Jeunes & Chercheurs » organisée par la Ligue nationale contre le cancer "
    "le mardi 20 octobre au Centre International de Conférences, Sorbonne Université 1 . Vous trouverez une sélection de onze articles restituant le propos de "
    "communications données lors de cet événement par des doctorants financés par la Ligue.\n"
    "1. La Ligue et le soutien à la recherche sur le cancer\n"
    "Le budget total du soutien à la recherche de la Ligue contre le cancer s\u2019est élevé à un total d\u2019environ 186 M\u20ac entre 2015 et 2019, soit un peu plus de 37 M\u20ac d\u2019euros par an.",
    distractors=["mardi 20 octobre (a past event, no year)"],
    note="an editorial: no deadline",
)
p2(
    "sofeir-bourses-2024",
    "https://www.sofeir.fr/recherche/bourses-sofeir-2024/",
    "Les bourses seront attribuées pour des projets non encore réalisés ; elles ne sauraient servir au remboursement d\u2019une mission déjà effectuée.\n"
    "Vous trouverez ci-dessous la fiche de candidature. Les dossiers sont à renvoyer à Marie Mianowski pour le  1er mars 2024 au plus tard. "
    "Ils seront examinés par le Conseil de la Recherche, et les résultats seront proclamés lors de l\u2019Assemblée Générale de mars 2024",
    [d("2024-03-01")],
    distractors=["mars 2024 (results at the general assembly)"],
)
p2(
    "saes-bourses-these",
    "http://saesfrance.org/recherche/bourses-et-subventions/formulaire-et-informations-pour-les-bourses-de-these-saesafea/",
    "Les dossiers de demande de bourse doivent être envoyés au plus tard le 15 février.\n"
    "Ceux concernant les États-Unis, le Canada et la Caraïbe, sont à adresser au V.P. affaires scientifiques de l\u2019AFEA :\n"
    "Rappel des conditions\nLes candidatures font l\u2019objet d\u2019un examen par des experts de la discipline.\n"
    "Candidatures : Etre inscrit(e) en première, deuxième ou troisième année de thèse.",
    distractors=["15 février (no year, undated page)"],
)
p2(
    "uspc-inspire-phd-2017",
    "https://positions.dolpages.com/jobs/31-phd-cofund-inspire-fellowships-france/",
    "- The PhD contract will typically commence on the 1st of September 2017. Your Masters degree, or other relevant degree, should have been obtained no *earlier* "
    "than the 2nd of September 2013 and should be completed by the 31st of August 2017.\n"
    "- You must not be enrolled in a PhD programme nor have *ever* been enrolled in one.\n"
    "- ESRs will need to comply with the conditions of the EU-mobility rule (incoming mobility): candidates must not have had their main residence, or carried out "
    "their main activity (work, studies, etc.), in France for more than 12 months during the 3 years immediately prior to the deadline for the call (January 9th, 2017); "
    "compulsory national service in the home country, and/or short stays of less than a month, such as holidays in France, are not taken into account.\n"
    "- Namely, you shouldn\u2019t have spent more than 365 days in France between the 10th of January 2014 and the 9th of January 2017.\n"
    "- All required data and documents need to be submitted via the web-based portal by 12h CET on the 9th of January 2017.",
    [d("2017-01-09", "12:00")],
    distractors=[
        "1st of September 2017 (start of the contract)",
        "2nd of September 2013, 31st of August 2017 (degree conditions; 'by' before the second)",
        "10th of January 2014 .. 9th of January 2017 (mobility-rule window, ending on the deadline's day)",
    ],
    note="a job board's copy of the call (Université Sorbonne Paris Cité); the deadline's day is written three times",
)
p2(
    "dim-bioconvs-2023-phd",
    "https://bioconvs2023-phd.sciencescall.org/page/howtoapply?lang=en",
    "Eligibility criteria\nAny research laboratory in the Île-de-France region can apply. The DIM will only finance projects involving collaboration between two teams "
    "of which an academic partner is the leader and submits the project; another partner, academic or from the private sector, can participate in the project.\n"
    "In order to be eligible to the fellowship, the PhD candidate has to prove admission to a doctoral school located in Ile-de-France. It is not necessary that the "
    "candidate has already received the final results for the selection from the doctoral school at the date of this call's deadline (May 31st). However, he has to "
    "prove their admission by the date of publication of the results of this call (July 4th).",
    distractors=[
        "May 31st (the call's deadline, no year, undated page)",
        "July 4th (results, no year)",
    ],
    note="year-less dates on an undated page give nothing by the rules; the year (2023) is only in the site's host name",
)
p2(
    "clara-arc-journees-jeunes-chercheurs-2021",
    "https://canceropole-clara.com/?p=7180",
    "La Fondation ARC pour la recherche sur le cancer organise les 25èmes Journées Jeunes Chercheurs (JJC) en Cancérologie qui se dérouleront les jeudi 18 et "
    "vendredi 19 novembre 2021 à Paris. Ces journées sont dédiées aux échanges sur la recherche en cancérologie et aux rencontres avec les donateurs de la Fondation.\n"
    "A l\u2019issue de cet événement, la Fondation ARC décernera les prix Hélène Starck des meilleures présentations scientifiques et les prix Kerner des meilleurs "
    "travaux de vulgarisation scientifique. Ces prix sont ouverts à tout jeune chercheur bénéficiant d\u2019un soutien de la Fondation ARC au cours de l\u2019année 2021.",
    distractors=["jeudi 18 et vendredi 19 novembre 2021 (the event)"],
    note="an event announcement: no deadline in the passage",
)
p2(
    "neurodays-2021-retour",
    "https://neuro-marseille.org/blog/retour-sur-les-neurodays-2021/",
    "Retour sur les Neurodays 2021\n"
    "Neurosciences, société... Oui ! Les Neurodays ont fait leur retour cette année les 8 et 9 novembre 2021, pour discuter de ces sujets essentiels.\n"
    "Cette année, l\u2019événement s\u2019est déroulé les 8 et 9 novembre à l\u2019Hexagone, l\u2019accueillant bâtiment du campus de Luminy à Marseille. "
    "Les doctorants en Neurosciences ont organisé une rencontre entièrement animée, comprenant des conférences, des sessions poster et même une séance de cinéma.",
    distractors=["les 8 et 9 novembre 2021 (a past event, twice)"],
    note="news about a past event: no deadline",
)
p2(
    "sihp-medaille-aphp-2026",
    "https://www.sihp.fr/Article.php?CleArticle=813",
    "Concours de la Médaille AP-HP 2026\nArticle mis à jour le 13 janvier 2026\n"
    "Le Concours de la Médaille est un dispositif de l\u2019AP-HP qui permet aux internes de spécialités d\u2019Île-de-France de bénéficier d\u2019une année de financement "
    "dédiée à un projet de recherche clinique ou translationnelle.\n"
    "Quel financement ?\nLes lauréats bénéficient d\u2019un financement annuel compris entre 30 584 \u20ac et 33 495 \u20ac brut.\n"
    "Où envoyer ton dossier ?\nCandidatures ouvertes du 12 janvier au 06 février 2026",
    [d("2026-02-06")],
    opens="2026-01-12",
    page_date="2026-01-13",
    distractors=["13 janvier 2026 (update)"],
)
p2(
    "aise-medaille-or",
    "http://www.aise.ovh/medaille-dor/",
    "Voici donc la procédure officielle du concours médaille d\u2019or : Cinq postes budgétés (nombre de poses offerts arrêté chaque année en sous-commission de l\u2019internat, "
    "en novembre de l\u2019année N-1)\nConditions à remplir :\nLes candidats ne peuvent se présenter qu\u2019une seule fois au concours.\n"
    "Inscriptions :\nAvant le 31 janvier de l\u2019année du concours. Demande sur papier libre adressée à la DAMR, en précisant le DES/DESC d\u2019inscription.",
    distractors=["31 janvier de l'année du concours (no year)", "novembre de l'année N-1"],
    note="an interns' union: a yearly deadline with no year, nothing by the rules",
)
p2(
    "internes-strasbourg-choix-stage",
    "https://www.internestrasbourg.fr/vos-stages/",
    "Quelle que soit la discipline du DES préparé, vous êtes obligé de vous conformer à des maquettes de stages préétablies réglementairement.\n"
    "Les choix de stage ont lieu au plus tard mi-avril et mi-octobre de chaque année en fonction de la répartition des postes offerts au choix semestriel des étudiants "
    "au sein des lieux de stage agréés  fixée avant chaque début de semestre pour le directeur général de l\u2019ARS.",
    distractors=["mi-avril, mi-octobre (vague, after 'au plus tard')"],
    note="an interns' union: vague dates only",
)
p2(
    "quotidien-medaille-or-2011",
    "https://static2.lequotidiendumedecin.fr/internes/etudes-medicales/une-medaille-dor-en-attendant",
    "Une médaille d\u2019or en attendant\nPublié le 12/05/2011\n"
    "Arnaud, 29 ans, est en dernière année d\u2019internat en chirurgie plastique à Angers. Classé 136e des épreuves classantes nationales en 2006, il est le premier "
    "à avoir choisi la chirurgie dans la cité andégave. Pour finir sa formation, Arnaud doit suivre un clinicat. Un poste de chef de clinique l\u2019attend à Angers "
    "mais il ne sera libre qu\u2019en fin 2012. « Comme je suis en dernière année d\u2019internat, j\u2019ai dû trouver quelque chose pour être financé. "
    "J\u2019ai postulé à une médaille d\u2019or pour me former dans une autre ville. »",
    page_date="2011-05-12",
    distractors=["12/05/2011 (publication)", "fin 2012 (vague)"],
    note="press article: no deadline",
)
p2(
    "jfsm-clermont-2010-inscriptions",
    "https://booking.agence-mo.com/sites/23-JFSM%20Clermont%202010/pages/128",
    "Inscriptions\n"
    " - Les inscriptions en ligne sont possibles du 1er Février 2009 au 30 Août 2010. Après cette date, seules les inscriptions par papier seront acceptées.  "
    "Paiement sécurisé (CB, VISA, MASTER CARD seulement).\n"
    "Frais d'inscription :\n"
    "Inscription avant le 20/07/2010 | Inscription après le 20/07/2010\n"
    "Membre SFSM | 300\u20ac | 350\u20ac\nNon Membre | 500\u20ac | 550\u20ac\n"
    "Les frais d'inscriptions comprennent l'accès à toutes les conférences, l'accès à l'exposition commerciale et aux pauses cafés, la sacoche du congrès, "
    "l'attestation de présence, les 3 déjeuners (14/09, 15/09, 16/09).\n"
    "Les remboursements se feront après le congrès sur la base ci-dessous :\n"
    "- Avant le 9 Août 2010 : 100% du montant des versements (inscription, hôtel...)\n"
    "- Avant le 31 Août 2010 : la 1ère nuit d'hôtel sera conservée ainsi que 50% du montant de l'inscription",
    [d("2010-08-30", kind="other"), d("2010-07-20", kind="other")],
    opens="?",
    distractors=[
        "9 Août 2010, 31 Août 2010 (refund tiers for a cancellation)",
        "14/09, 15/09, 16/09 (the congress lunches, no year)",
    ],
    note="registration to attend a learned society's congress (other): the end of online registration and the early-fee limit. "
    "Whether the start of a registration window is an 'opening' is not decided by the rules, so opens is not scored",
)
p2(
    "diu-neuropediatrie-2025-2026",
    "https://www.linscription.com/pro/activite.php?P1=86900",
    "Cette page de renseignements est actualisée régulièrement Dernière mise à jour le 25/06/2025\n"
    "Public : Formation réservée aux médecins et aux internes en médecine ayant validé la phase socle.\n"
    "La formation théorique est organisée en 3\nséminaires de 5 jours, du lundi matin (9h ou 10h) au\nvendredi après-midi (16h ou 17h). "
    "Les périodes de l'année sont toujours les mêmes pour chaque semaine de cours : fin novembre à Lyon, avril à Toulouse et juin à Tours.\n"
    "Calendrier 2025-2026\n"
    "- LYON : du 24 au 28 novembre 2025 (Hospices Civils de Lyon, Groupement Hospitalier Est)\n"
    "- TOULOUSE : du 20 au 24 avril 2026 (CHU Purpan, Hôpital Pierre Paul Riquet)\n"
    "- TOURS : juin 2026 (CHRU de Tours, Hôpital pédiatrique Gatien de Clocheville)",
    page_date="2025-06-25",
    distractors=[
        "25/06/2025 (update)",
        "du 24 au 28 novembre 2025, du 20 au 24 avril 2026 (seminars)",
        "fin novembre, avril, juin 2026 (vague)",
    ],
    note="a DIU's teaching calendar: no deadline",
)
p2(
    "micefa-echange-medecine-2023",
    "https://micefa.org/programme-dechange-medecine/candidature-programme-dechange-en-medecine/",
    "Candidature-Programme d\u2019échange en médecine\nDate limite pour le dépôt de dossier:\n09 janvier 2023\nDays\nHours\nMinutes\nSeconds\nRappel !\n"
    "Vous devrez être inscrit à une de nos universités membre de la MICEFA.  Afin de soumettre une candidature pour le programme d\u2019échange MICEFA vous devez être "
    "nominé par votre Bureau des relations internationales.\n"
    "La période de stage des étudiants français est de juin à septembre.",
    [d("2023-01-09")],
    distractors=["de juin à septembre (internship period)"],
    note="the label's value is on the next line, followed by a countdown's words",
)
p2(
    "aef-presidence-inserm-2022",
    "https://www.aefinfo.fr/depeche/682745-presidence-de-l-inserm-gilles-bloch-et-didier-samuel-seraient-les-deux-derniers-candidats-sur-la-short-list",
    'Deux candidats figureraient sur la "short list" pour accéder aux fonctions de président de l\u2019Inserm, selon des informations d\u2019AEF info : Gilles Bloch, '
    "PDG actuel de l\u2019organisme, et Didier Samuel, président de la Conférence des doyens de médecine et du comité national de coordination de la recherche. "
    "Ils auraient été auditionnés en fin de semaine dernière. Les candidatures étaient ouvertes jusqu\u2019au 30 septembre.",
    distractors=["30 septembre (a call already closed, no year, undated page)"],
    note="news; the stored copy shows only a month (2022-11), so page_date is null and the year-less date gives nothing",
)
p2(
    "ansm-aap-recherche-2017",
    "http://docplayer.fr/45163749-Appel-a-projets-de-recherche-2017.html",
    "1 APPEL À PROJETS DE RECHERCHE 2017 S Date de clôture de l appel à projets 06/03/2017 à 12h00 (heure de Paris)\n"
    "2 DATES IMPORTANTES POUR L APPEL À PROJETS DE RECHERCHE 2017 Clôture de l appel à projets L ensemble des documents doit être transmis à l ANSM par voie "
    "électronique impérativement avant la clôture de l appel à projets : LE 06/03/2017 à 12h00 (heure de Paris) voir paragraphe 8 «Modalités de soumission» "
    "Documents signés Les documents originaux signés doivent être envoyés à l ANSM par voie postale au plus tard : LE 03/04/2017 cachet de La Poste faisant foi "
    "voir paragraphe 8 «Modalités de soumission»",
    [d("2017-03-06", "12:00"), d("2017-04-03")],
    note="a PDF's transcript (apostrophes lost, page numbers glued). The signed originals are part of the candidature: kind application by what a subscriber "
    "needs (the rules' 'other' list names no such step)",
)
p2(
    "fdf-futurs-littoral-2020",
    "https://www.fondationdefrance.org/fr/les-futurs-du-littoral-et-de-la-mer",
    "Appel à projets\nLes futurs des mondes du littoral et de la mer, projets de recherche\n"
    "Date limite de transmission des dossiers : 26 mars 2020, 17h\n"
    "Afin de tenir compte de la situation sanitaire actuelle inédite, le délai de dépôt d\u2019une demande de subvention est repoussé d\u2019une semaine et porté au "
    "jeudi 26 mars à 17h00.\n"
    "Les débats d\u2019idées et les décisions issus du Grenelle de l\u2019Environnement puis du Grenelle de la mer (2010) sont l\u2019expression de changement de paradigme "
    "dans la relation homme-nature, qui avait commencé dès le début des années 90 (Rio 92).",
    [d("2020-03-26", "17:00")],
    note="a postponed deadline whose old date is not written; the new one is given twice (once without a year)",
)
p2(
    "dfms-dfmsa-2016-2017",
    "http://doczz.fr/doc/5931323/dfmsdfmsa-2016-2017",
    "Objet : Lancement de l\u2019appel à candidatures des DFMS/DFMSA 2016-2017\n"
    "Les médecins et pharmaciens étrangers (hors UE, EEE, Suisse et Andorre) intéressés par un\nDFMS et un DFMSA peuvent déposer leur candidature du 8 décembre 2015 au 15 janvier\n2016. "
    "Le dossier de candidature est disponible sur le site de la faculté de médecine de\nl'Université de Strasbourg.\n"
    "Conformément à l'arrêté du 3 août 2010 relatif au diplôme de formation médicale\nspécialisée (DFMS) et au diplôme de formation médicale spécialisée approfondie (DFMSA)\n"
    "modifié par l'arrêté du 10 juillet 2012, le Département souhaite vous informer du lancement\nde la campagne de recrutement 2016-2017.\n"
    "Pour pouvoir s'inscrire en DFMS, ces médecins et/ou pharmaciens étrangers doivent être en\ncours de formation médicale ou pharmaceutique spécialisée dans leur pays d'origine ou de\n"
    "résidence et avoir au minimum encore deux semestres de fonctions hospitalières à effectuer\nau 1er novembre 2016",
    [d("2016-01-15")],
    opens="2015-12-08",
    distractors=["3 août 2010, 10 juillet 2012 (texts)", "1er novembre 2016 (condition)"],
    note="the window's end has its year on the next line",
)
p2(
    "initiative5-paludisme-2020",
    "https://fr.readkong.com/page/appel-a-propositions-9869859",
    "APPEL A PROPOSITIONS « AMELIORATION DE LA LUTTE CONTRE LE PALUDISME DANS LE GRAND SAHEL ET EN AFRIQUE CENTRALE »\n"
    "REFERENCE : AP-5PC-2020-03-RO\nCET APPEL FERMERA LE 20 JANVIER 2020 A 12:00 (UTC+1)\n1. INTRODUCTION\n"
    "L\u2019Initiative 5% est la deuxième modalité de contribution de la France au Fonds mondial de lutte contre le sida, la tuberculose et le paludisme (FM). "
    "En 2018, l\u2019Initiative 5% a lancé un premier appel à propositions (AP) spécifique visant à financer des projets de recherche opérationnelle en soutien aux programmes du Fonds mondial.",
    [d("2020-01-20", "12:00")],
    note="'fermera le' is in no cue list of the rules; labelled by what a subscriber needs. The reference 'AP-5PC-2020-03-RO' is not a date",
)
p2(
    "efr-bourses-chastel-2021",
    "https://www.centrechastel.sorbonne-universite.fr/actualites-evenements/bourses-de-lecole-francaise-de-rome",
    "Bourses de l'École française de Rome\nAppel à candidature\nDate limite :\nJeudi 30 septembre 2021\n"
    "L\u2019École française de Rome propose chaque année des mensualités de bourse, destinées à assurer l\u2019accueil temporaire de jeunes chercheurs dont les travaux "
    "nécessitent un séjour en Italie (article 25 du décret n°2011-164 du 10 février 2011 modifié). Comme le précisait l\u2019article 1 de l\u2019arrêté du 19 septembre 1974, "
    "« les travaux et recherches des bénéficiaires doivent correspondre à la mission scientifique dévolue à l\u2019École française de Rome ».\n"
    "Les dossiers doivent être transmis via le formulaire en ligne (voir ci-dessous les liens de l\u2019appel en cours) impérativement :\n"
    "  \u2022 Avant le 30 septembre pour le premier semestre de l'année civile suivante (de janvier à juin)\n"
    "  \u2022 Avant le 31 mars pour le second semestre de l'année civile en cours (de juillet à décembre)\n"
    "Pour accéder au site et candidater, cliquer ici\n"
    "Publié le 15.06.2021 - Mis à jour le 04.04.2023",
    [d("2021-09-30"), d("2022-03-31")],
    page_date="2021-06-15",
    distractors=[
        "10 février 2011, 19 septembre 1974 (texts)",
        "15.06.2021 (publication), 04.04.2023 (update)",
    ],
    note="the page shows a publication date and a later update; page_date is the publication date, the one the dated deadline belongs to "
    "(with the update date the year-less dates would fall in 2023-2024). The year-less '30 septembre' is the dated deadline again",
)
p2(
    "ms-frm-prix-senat-1996",
    "https://123dok.net/document/yevwd7de-pr%C3%A9sident-monoryre%C3%A7oit-s%C3%A9natla-fondation-pourla-recherche-m%C3%A9dicalepour-remisede.html",
    "11 avril 1996:le Président Monoryreçoit au Sénatla Fondation pourla Recherche Médicalepour la remisede ses Prix\n"
    "547 m/s n° 4, vol. 12, avril 96\n"
    "La Fondation pour la Re-cherche Médicale remet ses Prix une fois par an, afin de récompenser plus particulièrement des cher-cheurs ou leurs équipes, "
    "confirmés ou jeunes ta-lents, pour des travaux dont les sujets peuvent être libres ou entrer dans un domaine défini à l\u2019avance par un donateur particulier "
    "qui laissera en général son nom à ce Prix. Depuis l\u2019année dernière, le Président René Monory invite la Fondation pour la Recherche Médicale à remettre ses Prix "
    "au Sénat, en sa présence et celle des ministres de tutelle de la Fondation. Cette année, 14 lauréats sont honorés.\n"
    "Le Grand Prix de la Fondation(300 000 F) Il fut décerné, pour la première fois en 1981, à Guido Biozzi et à toute son équipe",
    distractors=["11 avril 1996 (prize ceremony)", "avril 96 (issue)"],
    note="a prize ceremony in a journal's transcript (words glued, hyphens left): no deadline",
)
p2(
    "rech-mie-2023-2-laos",
    "https://interactions-laos.fr/scac-edit/ouverture-de-lappel-a-projets-du-programme-hospitalier-de-recherche-clinique-dedie-aux-maladies-infectieuses-emergentes-et-re-emergentes-rech-mie-2023-2",
    "L\u2019appel à projets ReCH-MIE 2023-2 est lancé par la direction générale de l\u2019offre de soins (DGOS) du ministère de la Santé et de la Prévention (MSP). "
    "L\u2019ANRS | Maladies infectieuses en assure le pilotage scientifique. Pour la campagne 2023-2, le montant total disponible est de 10 millions d\u2019euros.\n"
    "Calendrier\nLa sélection des projets se déroulera en deux étapes :\n"
    "- 1e étape : dépôt des lettres d\u2019intention sur la plateforme Apogée jusqu\u2019au 5 octobre 2023 à 23h55 ;\n"
    "- 2e étape : soumission d\u2019un dossier complet pour les candidats dont la lettre d\u2019intention aura été retenue jusqu\u2019au 14 mars à 23h55.",
    [d("2023-10-05", "23:55", "letter_of_intent")],
    distractors=["14 mars à 23h55 (full proposal, no year, undated page)"],
    note="a French embassy's relay of a DGOS call. By the rules the second stage's year-less date gives nothing; "
    "a subscriber would want 14 March 2024",
)
p2(
    "anrs-pepr-mie-2024-en",
    "https://anrs.fr/en/funding/all-calls-for-proposals/call-for-proposals-2024-emerging-infectious-diseases-pepr",
    "Call for proposals 2024 for the Priority Research Programme and Equipment for Emerging Infectious Diseases\n"
    "8 April 2024-10 June 2024\n"
    "Last updated on 11 June 2024\n"
    "Launch of the 2nd PEPR MIE call for proposals\n"
    "The ANRS Emerging Infectious Diseases (ANRS MIE) is launching the second call for proposals of the Priority Research Programme and Equipment on Emerging "
    "Infectious Diseases (PEPR EID), Measure 2 of the National Strategy for Accelerating Emerging Infectious Diseases (EID) and Nuclear, Radiological, Biological "
    "and Chemical (NRBC) Threats supported by France 2030.\n"
    "The AAP 2024 has an indicative budget of \u20ac13m.",
    [d("2024-06-10")],
    opens="2024-04-08",
    page_date="2024-06-11",
    distractors=["11 June 2024 (update)"],
    note="the call's window is a bare range under its title, with no cue word; labelled opening and deadline by what a subscriber needs",
)
p2(
    "vih-org-anrs-pepr-mie-2024",
    "https://vih.org/maladies-emergentes/20240409/anrs-deuxieme-appel-a-projets-perp-mie/",
    "ANRS MIE: deuxième appel à projets PERP \u2013 MIE\n"
    "L\u2019ANRS | Maladies infectieuses émergentes lance un nouvel appel à projets dans le cadre du Programme et équipements prioritaires de recherche sur les maladies "
    "infectieuses émergentes (PEPR MIE). Les chercheurs intéressés peuvent postuler jusqu\u2019au 10 juin 2024.\n"
    "Doté d\u2019une enveloppe indicative de 13 M\u20ac, cet appel à projets PEPR MIE correspond à la mesure 2 de la stratégie nationale d\u2019accélération maladies infectieuses "
    "émergentes et menaces nucléaires, radiologiques, biologiques et chimiques soutenue dans le cadre de France 2030.",
    [d("2024-06-10")],
    note="the address holds 20240409 but the stored copy shows no date, so page_date is null",
)
p2(
    "anrs-covid-sud-2020",
    "https://anrs.fr/fr/actualites/actualites/covid-19-lanrs-lance-un-appel-projets-flash-dedie-aux-recherches/",
    "Covid-19 : L\u2019ANRS lance un appel à projets flash dédié aux recherches Sud\nPublié le 01 avril 2020\n"
    "In order to provide urgent support for research into COVID-19 in resource-limited countries, the French Agency for Research on AIDS and Viral Hepatitis (ANRS) "
    "is launching on Wednesday April 1, 2020 an exceptional call for proposals (CFP). Four million euros will be available for research projects conducted in "
    "resource-limited countries submitted by Monday April 13, 11.59 p.m., which is the deadline for this accelerated CFP.\n"
    "Pour soutenir en urgence la recherche sur le COVID-19 dans les pays à ressources limitées, l\u2019Agence nationale de recherche sur le VIH et les hépatites virales (ANRS) "
    "lance à partir du mercredi 1er avril 2020 un Appel à projets (AAP) exceptionnel COVID-19 Sud. Quatre millions d\u2019euros seront disponibles pour les projets de "
    "recherche menés dans des pays à ressources limités déposés d\u2019ici le lundi 13 avril, 23h59, date et heure limites de cet AAP « accéléré ».",
    [d("2020-04-13", "23:59")],
    opens="2020-04-01",
    page_date="2020-04-01",
    distractors=["01 avril 2020 (publication, the same day as the opening)"],
    note="the same call in English and in French; the deadline has no year in either and comes from the page date",
)
p2(
    "upsud-depot-these-exercice",
    "http://www.medecine.u-psud.fr/fr/menu-deroulant-gauche/theses/je-soutiens-ma-these.html",
    "Étape 2 : Dépôt du manuscrit de thèse et commission universitaire des thèses\nVous devez déposer à la scolarité :\n"
    "      un exemplaire non relié de votre manuscrit\n"
    "      un résumé en anglais et en français d\u2019une page incluant les mots-clefs\n"
    "      les 2 exemplaires des titres et conclusion signés par votre président de thèse\n"
    "Pensez que l'obtention de son avis nécessite un certain délai (minimum 1 mois)\n"
    "NB : Dépôt du manuscrit de thèse uniquement du 5 septembre au 30 juin",
    distractors=[
        "du 5 septembre au 30 juin (a yearly window for an administrative deposit, no year, undated page)"
    ],
    note="a faculty page; dated, the window's end would be an 'other' deadline",
)
p2(
    "amu-droit-master-2-2017",
    "https://facdedroit.univ-amu.fr/node/745/",
    "CANDIDATURE en MASTER 2ème année\n"
    "Avant d'accéder à l'application de candidature, en bas de page, il est important de lire les indications mentionnées ci-dessous !\n"
    "  \u2022 Ouverture de la campagne de candidatures Master 2, 2017/2018 : mardi 9 mai 2017\n"
    "  \u2022 Fermeture de la campagne de candidatures Master 2, 2017/2018 : mardi 6 juin 2017\n"
    "  \u2022 Date de publication des décisions, 2017/2018 : vendredi 7 juillet 2017 à 15h00\n"
    "- Ne pas attendre le relevé de notes du 2ème semestre de Master 1ère année pour déposer votre candidature.",
    [d("2017-06-06")],
    opens="2017-05-09",
    distractors=["vendredi 7 juillet 2017 à 15h00 (publication of the decisions)"],
    note="a faculty's fiche; 'Fermeture' is not among the rules' fiche labels (only its prose form 'fermeture de la plateforme'), labelled by what a subscriber needs. "
    "'2017/2018' is an academic year",
)
p2(
    "letudiant-mon-master-2023",
    "https://www.letudiant.fr/etudes/3es-cycles-et-masters/candidature-unique-en-master-detail-sur-le-calendrier-et-les-modalites-pour-2023.html?M_BT=5629248885658",
    "Candidature unique en master : détails sur le calendrier et les modalités pour 2023\nPar Amélie Petitdemange, publié le 15 Novembre 2022\n"
    "Pour entrer en master, le processus change. Vous ne passerez plus par les plateformes e-candidat, propres à chaque université. Désormais, tout va se passer "
    "sur une plateforme de candidature unique en master. Le dépôt des vœux ouvrira le 1er mars 2023. L'Etudiant fait le point.\n"
    "Détails du calendrier de la plateforme de candidature unique en master\n"
    "A partir de février 2023, les masters seront détaillés sur la plateforme unique de candidature. Vous pourrez postuler entre le 1er mars et le 3 avril. "
    "Puis du 7 avril au 12 juin, les commissions pédagogiques étudieront les dossiers.\n"
    "Les résultats seront publiés le 19 juin.",
    [d("2023-04-03")],
    opens="2023-03-01",
    page_date="2022-11-15",
    distractors=[
        "15 Novembre 2022 (publication)",
        "février 2023 (vague)",
        "du 7 avril au 12 juin (commissions)",
        "19 juin (results)",
    ],
    note="press; the year-less window resolves from the page date",
)
p2(
    "lesvisiteurs-mon-master-2023",
    "https://lesvisiteurs.org/articles/actualites/plateforme-pour-s-inscrire-en-master-en-2023-822972",
    "La nouvelle plateforme destinée aux étudiants s'inscrivant en première année de master, a ouvert le 1er février 2023. Elle succède au portail Trouver mon master. "
    "C'est la première plateforme unique pour consulter toute l'offre de formations en master et pour s'inscrire. À partir du 22 mars, vous pourrez déposer vos "
    "candidatures! Découvrez le calendrier complet des dépôts de candidatures et des procédures d'admission.\n"
    "Un décret et un arrêté du 20 février 2023 précisent toutes les modalités de cette nouvelle procédure dématérialisée de candidature et de recrutement en première "
    "année de master. L'arrêté du 28 février 2023 précise par ailleurs le calendrier de la procédure dématérialisée de candidature et de recrutement au master pour "
    "l'année universitaire 2023-2024.",
    distractors=[
        "1er février 2023 (the platform opened for browsing, not for applications)",
        "22 mars (applications open, no year, undated page)",
        "20 février 2023, 28 février 2023 (texts)",
    ],
    note="no deadline; the opening has no year on an undated page, so opens is null by the rules",
)
p2(
    "gfp-congres-calendrier",
    "http://gfpesticides.org/congres/601/607-calendrier.html",
    "9 janvier : Ouverture des inscriptions et soumissions\n"
    "31 mars : Date limite d\u2019envoi des résumés courts\n"
    "3 avril : Date limite d'envoi des dossiers pour le prix Phytopharma\n"
    "15 avril : Réponse aux soumissions par le comité scientifique\n"
    "Les résumés acceptés sont invités à soumettre leur résumé long (4-6 pages) avant le 30 mai\n"
    "17 mai : Clôture définitive des inscriptions.\n"
    "21 mai : Date limite de réception des présentations (format .ppt ou .pdf)\n"
    "30 mai : Date limite de reception des résumés étendus\n"
    "Automne 2023 : Mise en ligne des actes",
    distractors=[
        "31 mars, 3 avril, 30 mai, 17 mai, 21 mai (deadlines without a year, undated page)",
        "9 janvier (opening, no year)",
        "15 avril (answers)",
        "Automne 2023 (proceedings, vague)",
    ],
    note="a learned society's congress calendar with no year except in its last, vague line: nothing by the rules",
)
p2(
    "smpm-amu-thesis-registration-en",
    "https://smpm.univ-amu.fr/en/applications-registrations/registrations/doctor-medicine",
    "Submission of the thesis topic\nThe thesis topic should be:\n"
    "  \u2022 to be submitted at least 2 months before the date of the defense, to the schooling department of the 3rd cycle.\n"
    "  \u2022 approved and signed by the Professor President of the Jury (who must have the quality of PU-PH)\n"
    "Reservation of the date\nThe date of the thesis must be reserved at least 2 months before the defence, for the department of the 3rd cycle, "
    "for verification of the academic file and the availability of the timetable.\n"
    "Please note: no thesis defence between July 1st and September 30th.\n"
    "Submission of the thesis file\nThe file must be handed in at least 3 weeks before the defense (deadline) to the School Service:",
    distractors=["July 1st .. September 30th (no defences then; no year)"],
    note="a faculty page in English: every limit is relative to the candidate's own defence, no date to remind",
)
p2(
    "gcs-g4-fhu-2027-2031",
    "https://www.gcs-g4.fr/lancement-dun-nouvel-appel-candidature-federations-hospitalo-universitaires",
    "02/03/2026\nCoordonné par le G4, en lien avec les Universités d'Amiens, Caen, Lille et Rouen et l'Inserm\n"
    "Le troisième appel à candidature a été lancé début 2026 pour la période 2027-2031.\n"
    "Les candidats peuvent déposer leur lettre d'intention jusqu'au 18 mars et auront jusqu'au 9 juillet pour transmettre le dossier complet. "
    "La sélection s'effectuera en novembre avec l'aide d'un jury extérieur au G4 comprenant des personnalités reconnues dans le domaine médical et scientifique.",
    [d("2026-03-18", kind="letter_of_intent"), d("2026-07-09")],
    page_date="2026-03-02",
    distractors=["02/03/2026 (post date)", "début 2026 (vague)", "en novembre (selection)"],
    note="two stages without a year, resolved from the post's date",
)
p2(
    "ed-spi-contrats-2021-en",
    "https://ed-spi.doctorat-bretagneloire.fr/en/11_2021-doctoral-establishment-contracts",
    "2021 doctoral establishment contracts\n"
    "Within the framework of doctoral establishment contracts, a competition is organized each year.\n"
    "Subject offers, submitted by teacher-researchers present in the ED SPI laboratories, are accepted until midnight April 9, 2021.\n"
    "Applications are open until May 7, 2021.\n"
    "Unit directors provide the ED with a ranking of the subjects selected for the competition before May 10, 2021.",
    [d("2021-05-07"), d("2021-04-09", "23:59", "other"), d("2021-05-10", kind="other")],
    note="the supervisors' subject offers and the unit directors' ranking are staff steps, not a candidature (other), as lyon-nsco-2024 in round 1",
)
p2(
    "ed562-biospc-concours",
    "https://ed562.u-paris.fr/presentation-du-concours",
    "Le recrutement par concours se fait dans le but d\u2019obtenir un contrat doctoral. Les contrats doctoraux sont proposés au concours de l\u2019école doctorale uniquement. "
    "L\u2019article 1 de l\u2019arrêté du 29 août 2016 fixe le montant de la rémunération du doctorant contractuel.\n"
    "Etape 1 : Collecte des projets de thèse auprès des HDR et leur publication\n"
    "Dès le mois de février/mars, un appel à projet est lancé auprès des HDR de l\u2019ED BioSPC.\n"
    "Mi/fin avril, les coordinatrices vérifient l\u2019appartenance à l\u2019ED des HDR ayant candidaté, ainsi que l\u2019encadrement de ceux-ci. Les projets sont ensuite mis en ligne fin avril.\n"
    "Etape 2 : Appel à candidatures\n"
    "Les candidatures sont possibles dès la mise en ligne des projets et jusqu\u2019à fin mai/début juin selon le calendrier du concours.",
    distractors=[
        "29 août 2016 (text)",
        "février/mars, mi/fin avril, fin avril (vague)",
        "fin mai/début juin (vague, after 'jusqu\u2019à')",
    ],
    note="a doctoral school's yearly procedure: vague dates only",
)
p2(
    "girci-no-fhu-2021-2025",
    "https://www.girci-no.fr/appel-projets-federations-hospitalo-universitaires-fhu",
    "Appel à projets Fédérations Hospitalo-Universitaires (FHU)\n"
    "Prochaine étape dépôt des projets complets 15 mai 2020\n"
    "Candidature à envoyer avant le : 17 janvier 2020\n"
    "En 2014, 7 Fédérations Hospitalo-Universitaires (FHU) ont été labélisées pour 5 ans au sein des établissements du G4, Groupement de Coopération Sanitaire "
    "regroupant les CHU d'Amiens, Caen, Lille et Rouen.\n"
    "Le G4 et ses partenaires académiques, ont émis le deuxième appel à projets de Fédérations Hospitalo-Universitaires (FHU) pour la période 2021-2025.\n"
    "Les lettres d'intention seront pré-selectionnées par le CRBSP de l'établissement porteur puis soumis à évaluation en dehors du territoire du G4.",
    [d("2020-01-17", kind="letter_of_intent"), d("2020-05-15")],
    note="the first stage is a letter of intent, named only further down the page (labelled letter_of_intent by what the page means; "
    "the date's own words say 'Candidature'); the full projects' date follows what is sent without a colon",
)
p2(
    "tours-annee-recherche-2024",
    "https://med.univ-tours.fr/version-francaise/la-faculte/recherche/annee-de-recherche",
    "ANNEE de RECHERCHE - MASTER - DOCTORAT\n"
    "La réglementation mise en place par l'article 12 du décret n°2004-67 du 16 janvier 2004, de l'article 27 du décret n°88-321 du 7 avril 1988 et par "
    "l'arrêté du 4 octobre 2006modifie l'année de recherche.\n"
    "  \u2022 l'année de recherche est réalisée au plus tôt au début de la 2ème année et s'achevant au plus tard un an après la validation du diplôme d'études spécialisées postulé;\n"
    "  \u2022 l'année de recherche s'effectue pour une période continue comprise entre un 1er novembre et un 31 octobre;\n"
    "Candidatures:\n"
    "Les candidatures s'effectuent au plus tard le 31 mai 2024, uniquement en ligne via le lien: Inscription\n"
    "L'envoi du dossier de candidature par mail et sous format papier n'est pas requise.",
    [d("2024-05-31")],
    distractors=[
        "16 janvier 2004, 7 avril 1988, 4 octobre 2006 (texts)",
        "1er novembre .. 31 octobre (the research year's span, no year)",
    ],
    note="the store also holds an older copy of this address with 31 mai 2022; this passage quotes the 2024 one",
)
p2(
    "clisp-flux-e-pocrate-2016",
    "https://clisp.fr/flux-dactualite/page/91",
    "Poste à pourvoir dès novembre : assistant spécialiste d\u2019hygiène \u2013 GHT Loire\n"
    "Au sein du Groupement hospitalier GHT Loire (20 établissements avec 3 bassins d\u2019activité Roanne, Saint-Etienne et Annonay), un poste d\u2019assistant spécialiste "
    "en hygiène sera disponible à partir du 2 novembre 2016. Ce poste sera basé sur le centre hospitalier d\u2019Annonay (Ardèche) avec un mi-temps partagé avec le CHU de Saint-Etienne.\n"
    "Challenge e-pocrate 2\n2016 10 19 E pocrate\nImagine new solutions to improve the patient care pathway\n"
    "Infos pratiques :\n  \u2022 Pour participer il faut :\n    \u2022 avoir constitué une équipe de 2 à 5 personnes\n"
    "    \u2022 préparer 5 diapos sur le projet de l\u2019equipe\n    \u2022 déposer le tout avant le 30 octobre au soir",
    distractors=[
        "2 novembre 2016 (a post's start, not an opening)",
        "30 octobre au soir (no year, undated page)",
        "2016 10 19 (an image's file name)",
    ],
    note="an interns' association news feed; a subscriber would want 30 October 2016 (the image name dates the post), the rules give nothing",
)


def _load_round_files() -> None:
    """The round files (``round3_funders.py``…) sit beside this one; each one's ``add``
    records its passages with the ``p`` it is given, which sets the round."""
    for path in sorted(Path(__file__).parent.glob("round[0-9]*_*.py")):
        number = int(path.stem[len("round") :].split("_")[0])
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.add(lambda *args, n=number, **kwargs: p(*args, round=n, **kwargs), d)


_load_round_files()


def entries() -> list[dict]:
    """Every passage sorted by id, with its split and the split it was first given.

    The latest round is held out; round 1 was first split by position.
    """
    latest = max(x["round"] for x in P)
    first = sorted((x for x in P if x["round"] == 1), key=lambda x: x["id"])
    first_split = {x["id"]: "tuning" if i % 2 == 0 else "held_out" for i, x in enumerate(first)}
    out = []
    for item in sorted(P, key=lambda x: x["id"]):
        split = "held_out" if item["round"] == latest else "tuning"
        out.append({**item, "split": split, "first_split": first_split.get(item["id"], "held_out")})
    return out


def render() -> str:
    """The exact text of passages.jsonl."""
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in entries())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write tests/extract/real/passages.jsonl from the passages in this file."
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if passages.jsonl differs from what would be written",
    )
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run {Path(__file__).name} to rewrite it.")
            return 1
        print(f"{OUTPUT} is up to date ({len(P)} passages).")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{len(P)} passages written to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
