"""Writes passages.jsonl: real passages quoted from public pages (test data only).

Each entry: id, url, page_date (ISO or null when the page shows none), text (quoted),
deadlines [{date, time, kind}], opens (ISO, null = none, "?" = not scored),
distractors (dates in the text that are not deadlines, as written), note.
The split (tuning / held_out) is fixed here, by position, before any tuning.
"""

import json
from pathlib import Path


def d(date, time=None, kind="application"):
    return {"date": date, "time": time, "kind": kind}


P = []


def p(id, url, text, deadlines=(), opens=None, page_date=None, distractors=(), note=""):
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
        }
    )


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


def main() -> None:
    out = Path(__file__).with_name("passages.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for index, item in enumerate(sorted(P, key=lambda x: x["id"])):
            item["split"] = "tuning" if index % 2 == 0 else "held_out"
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(P)} passages written to {out}")


if __name__ == "__main__":
    main()
