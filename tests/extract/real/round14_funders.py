"""Round 14 of the real passages (Alzheimer, kidney, lung and heart funders, overseas France's health research calls, digital-health and hospital-data calls, research agencies' two-stage calls, industry-sponsored student prizes): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r14f-alois-auguste-neurodegeneratif-2025",
        "https://in-comune.ch/fr/newsroom/beitrag/2025_01_10_-Appel-candidatures-pour-le-soutien-dans-le-domaine-des-troubles-neurod-g-n-ratifs.php",
        "Pour la quatrième fois déjà, la Fondation Alois et Auguste invite les organisations - mais aussi les communes - qui "
        "s’engagent dans le domaine des maladies neuro-dégénératives à soumettre leurs esquisses pour des projets de coopération "
        "qui ont besoin d’un soutien financier. Les esquisses de projets doivent être déposées d’ici le vendredi, 14 mars 2025. "
        "Sont recherchés des projets pratiques qui contribuent à améliorer la vie des personnes atteintes de maladies de type "
        "Alzheimer, ainsi que la vie de leurs proches.\nLe conseil de fondation a par ailleurs défini pour 2025 deux préférences "
        "supplémentaires.",
        [d("2025-03-14")],
        distractors=["pour 2025 (a year, the foundation's preferences)"],
        note="a Swiss communes' portal relaying a foundation's call on neurodegenerative diseases; the sketches ('esquisses') "
        "may be a first stage, but the passage names no later stage, so the kind is left as application (judgment call)",
    )
    p(
        "r14f-mederic-alzheimer-inm-2024-fiche",
        "https://fondation-mederic-alzheimer.org/project/appel-a-projet-2024-inm-et-maladie-dalzheimer",
        "Appel à projet 2024 : INM et maladie d’Alzheimer\nL’édition 2024 est close – Les interventions non médicamenteuses (INM) "
        "sont des outils clés dans l’accompagnement des personnes vivant avec la maladie d’Alzheimer ou une maladie apparentée. "
        "[...] Après le succès des éditions précédentes, la Fondation renouvèle son appel à projets.\n[...]\n- Montant\n- 50 000 €\n"
        "- Date de début\n- 13 mai 2024\n- Date de fin\n- 20 octobre 2024\n- Conditions\n-\nCandidatures en ligne ou via le dossier "
        "de téléchargement.\nLa Fondation apportera un accompagnement méthodologique au(x) lauréat(s) tout au long de la mise en "
        "œuvre de leur projet.\nLes dossiers recevables seront évalués par un jury pluridisciplinaire.",
        [d("2024-10-20")],
        opens="?",
        note="a foundation's call page whose fiche gives the call's 'Date de début' and 'Date de fin' (the edition is now "
        "closed); by what a subscriber needs the end is the last day to apply; the start reads as the opening but the label "
        "is not an opening word, so the opening is not scored",
    )
    p(
        "r14f-kidney-ca-biomedicale-2015",
        "http://kidney.ca/page.aspx?pid=1657",
        "Résumé de l'état d'avancement de la recherche (au plus tard le 12 janvier 2015 à 17 h, heure de l'EST)\n\n"
        "Exemple de fichier PDF pour la demande\n[...]\nSubventions de soutien à la recherche du Programme de recherche biomédicale "
        "visent à aider des chercheurs médicaux à couvrir certains coûts de recherche [...]\n\nLes subventions sont d'une durée "
        "d'un, de deux ou de trois ans. Elles débutent le 1er juillet et peuvent atteindre 50 000 $ par année. La recherche doit "
        "être effectuée au Canada.\n\nCONCOURS 2015 DATE LIMITE : 15 OCTOBRE 2014",
        [d("2014-10-15"), d("2015-01-12", "17:00", kind="other")],
        distractors=["Elles débutent le 1er juillet (grants' start, year-less)"],
        note="a Canadian kidney foundation's French grant page: the competition's closing day, and a progress summary (a "
        "report, kind other) due later with its hour",
    )
    p(
        "r14f-quotidien-maladies-renales-plan-2016",
        "https://static2.lequotidiendumedecin.fr/actus-medicales/recherche-science/maladies-renales-un-plan-national-de-recherche-sans-financement-public",
        "Maladies rénales : un plan national de recherche sans financement public\n\nPar\nPublié le 10/03/2016\n[...]\nLa Fondation "
        "du rein, en association avec la société francophone de néphrologie dialyse et transplantation, l'Institut thématique "
        "multi-organisme (ITMO) Physiopathologie, métabolisme, nutrition et l'INSERM travaillent actuellement à la mise au point "
        "d'un programme national de recherche pluriannuel sur les pathologies rénales [...]\n\nRencontré en amont de la journée "
        "mondiale du rein, ce membre du conseil scientifique du plan affirme que « ce programme embrassera l'ensemble des "
        "pathologies en lien avec l'insuffisance rénale ».\n\nDans les semaines qui viennent, les participants vont identifier les "
        "priorités de recherche.",
        [],
        page_date="2016-03-10",
        distractors=["Publié le 10/03/2016 (publication)"],
        note="a medical daily on a kidney research plan being prepared: no call, no date to send anything",
    )
    p(
        "r14f-quotidien-fondation-souffle-2020",
        "https://static1.lequotidiendumedecin.fr/specialites/pneumologie/la-fondation-du-souffle-ca-demenage",
        "La Fondation du souffle, ça déménage\n\nPar\nPublié le 05/05/2020\n[...]\n« L’objectif essentiel, cette année, est de "
        "développer nos activités de soutien à la recherche », explique le Pr Bruno Housset, son président. Cette accélération de "
        "la recherche se concrétise notamment par l’intégration, depuis le 12 décembre 2019, du Fonds de recherche en santé "
        "respiratoire (FRSR), présidé par le Pr Thomas Similowski, au sein de la Fondation du souffle.\n[...]\nDes délais de "
        "soumission allongés\n\nEn raison de la crise sanitaire, la date butoir de soumission de dossier à l’appel à projet a bien "
        "sûr été reportée.",
        [],
        page_date="2020-05-05",
        distractors=[
            "Publié le 05/05/2020 (publication)",
            "depuis le 12 décembre 2019 (a merger's date)",
        ],
        note="a medical daily on the lung foundation: the call's 'date butoir' was postponed but no day is written",
    )
    p(
        "r14f-quotidien-fondation-souffle-2014",
        "https://static3.lequotidiendumedecin.fr/specialites/pneumologie/la-fondation-du-souffle-fete-son-deuxieme-anniversaire",
        "La Fondation du Souffle fête son deuxième anniversaire\n\nPublié le 31/03/2014\nArticle réservé aux abonnés\n\nC’est en "
        "novembre 2011 qu’a été créée la Fondation du Souffle. « Mais nous n’avons véritablement démarré notre activité qu’en "
        "janvier 2012. Nous en sommes donc à deux années de plein exercice », souligne son président, le Pr Gérard Huchon. [...]\n\n"
        "En 2013, un changement notable est intervenu : le Fonds de dotation pour la recherche en santé respiratoire (FRSR) a "
        "rejoint la Fondation du Souffle.",
        [],
        page_date="2014-03-31",
        distractors=[
            "Publié le 31/03/2014 (publication)",
            "novembre 2011, janvier 2012 (history, vague)",
        ],
        note="a foundation's anniversary in a medical daily: history only",
    )
    p(
        "r14f-icmigrations-aap5-2022",
        "https://fr.readkong.com/page/appel-a-projets-2022-aap-5-institut-convergences-1699840",
        "Appel à projets 2022 – AAP 5 L’IC Migrations souhaite favoriser la production de recherches nouvelles croisant les "
        "disciplines et les angles d’approche sur la question des migrations. En 2022, il lance son cinquième appel à projets "
        "ouvert à ses fellows. [...] Date limite d’envoi des dossiers : VENDREDI 22 AVRIL 2022, 23h59 (heure de Paris) "
        "Publication des résultats : Vendredi 08 juillet 2022 Les dossiers sont à compléter en ligne via ce lien",
        [d("2022-04-22", "23:59")],
        distractors=["Publication des résultats : Vendredi 08 juillet 2022 (results)"],
        note="a research institute's call (migrations, health among its themes) copied on a document site",
    )
    p(
        "r14f-icmigrations-aap1-2018",
        "https://www.icmigrations.cnrs.fr/2018/10/11/aap01-2018/",
        "Appel à projets n°1 — LIMITE : 15 novembre 2018\n\nL’IC Migrations souhaite favoriser la production de recherches "
        "nouvelles croisant les disciplines et les angles d’approches sur la question des migrations. Il lance son premier appel à "
        "projets ouvert à ses fellows.\n\nCe premier appel à projets concerne le financement de « petits projets », dans la limite "
        "de 10 000 euros pour une mise en œuvre recommandée n’excédant pas 12 mois.\n\n\nDate limite d’envoi des dossiers : 15 "
        "novembre 2018\nLes dossiers sont à compléter sur la plateforme dédiée",
        [d("2018-11-15")],
        note="the institute's own page for its first call: the same day in the title and the fiche, one deadline",
    )
    p(
        "r14f-reseauprosante-ffc-2022",
        "https://reseauprosante.fr/articles/show/temoignage-federation-francaise-de-cardiologie-ffc-1524",
        "Témoignage : fédération française de cardiologie (FFC)\n\nPublié le 24 May 2022 à 20:02\n\nRôles et Missions auprès des "
        "jeunes cardiologues !\n[...]\nLa Fédération Française de Cardiologie (FFC), a été fondée en 1964 par deux cardiologues "
        "chercheurs et cliniciens les Prs Lenègre et Soulier. Elle a été reconnue d’utilité publique en 1977 et est la première "
        "association de lutte contre les maladies cardiovasculaires (MCV).",
        [],
        page_date="2022-05-24",
        distractors=["Publié le 24 May 2022 à 20:02 (publication, English month)"],
        note="a young doctors' network interviewing a heart federation that funds research: no call date",
    )
    p(
        "r14f-france-rein-magazine-2023",
        "https://francerein.org/magazines/magazine-lignes-de-vie-175-septembre-2023/des-fonds-pour-une-recherche-de-proximite",
        "N°175\nseptembre 2023\nS'informer\nRECHERCHE\nDes fonds pour une recherche de proximité\n[...]\nDe 2002 à 2015, "
        "l'association a financé plusieurs projets en partenariat avec la Fondation du Rein. En 2016, France Rein approche une "
        "chercheuse en direct [...] au total jusqu'en 2022, 23 bourses de recherche avaient été allouées pour un montant global de "
        "442 000 €. Cette année, France Rein s'est associée à la SFNDT pour financer un nouveau projet de recherche dans le domaine "
        "de la maladie rénale.",
        [],
        distractors=[
            "septembre 2023 (the issue, vague)",
            "De 2002 à 2015, En 2016, jusqu'en 2022 (history)",
        ],
        note="a kidney patients' magazine on the grants it funds: years only; 'jusqu'en 2022' is a count's span, not a deadline",
    )
    p(
        "r14f-outremers360-ars-guyane-2024",
        "https://outremers360.com/bassin-atlantique-appli/guyane-lagence-regionale-de-sante-mobilise-10-millions-deuros-pour-la-recherche-et-lemergence-du-chru",
        "L’Agence Régionale de Santé (ARS) de Guyane lancera ce samedi 30 mars 2024 un appel à projets pour soutenir les projets de "
        "recherche, ainsi que le financement d’équipements et de compétences nécessaires pour accompagner la recherche. Un second "
        "appel à projets est prévu en cours d’année, dédiée à la recherche clinique [...]\nSecond acte, un deuxième appel à projets "
        "sera lancé en cours d’année 2024 pour soutenir la recherche clinique, doté de 2 millions d’euros par an pendant trois ans.\n"
        "[...]\nLe programme va de pair avec le Schéma Régional de Santé 2023-2028",
        [],
        opens="2024-03-30",
        distractors=["en cours d’année 2024 (a later call, vague)", "2023-2028 (a plan's span)"],
        note="an overseas news site on the Guiana health agency's research calls: the first call is launched on 30 March 2024 "
        "(judgment call: the agency launching the call on a named day is read as the call's opening, like a 'Lancement' label); no closing day is given",
    )
    p(
        "r14f-dayfr-ars-guyane-2024",
        "https://news.dayfr.com/local/3618194.html",
        "L’Agence régionale de santé mobilise 10 millions d’euros pour la recherche et l’émergence du CHRU\n\nUn premier appel à "
        "projets doté d’une enveloppe de 1 million d’euros pour trois ans, lancé ce samedi 30 mars par l’ARS, première étape d’un "
        "plan en 3 actes visant à soutenir la recherche dans le cadre du projet CHRU de Guyane.\nDeuxième acte, un deuxième appel à "
        "projets sera lancé courant 2024 pour soutenir la recherche clinique, doté de 2 millions d’euros par an pendant trois ans.",
        [],
        opens=None,
        distractors=["ce samedi 30 mars (launch, year-less, undated page)", "courant 2024 (vague)"],
        note="a news aggregator's copy of the same news without the year of the launch: on an undated page the day gives nothing",
    )
    p(
        "r14f-guadeloupe-lancement-aap-recherche-2017",
        "https://www.regionguadeloupe.fr/actualites-et-agendas/toute-lactualite-du-conseil/detail/actualites/la-region-guadeloupe-lance-le-second-appel-a-projets-recherche-collaboratifs-2018-2020/categorie/recherche-et-innovation/",
        "La Région Guadeloupe lance le second appel à projets recherche collaboratifs 2018-2020\n\nCe mercredi 15 novembre 2017 à "
        "10h, à l'Université des Antilles, dans l’amphithéâtre du nouveau bâtiment de recherche, se tiendra la réunion de lancement "
        "du second appel à projets recherche collaboratifs.\n\n\nÀ l’ordre du jour :\n\n  • les observations du comité scientifique "
        "suite au 1er appel à projets du 13 juin 2017,\n  • les recommandations génériques de ce dernier suite à la revue des "
        "projets retenus,\n  • les règles du nouvel appel à projets.\n[...]\nCette présentation s'inscrit dans la suite de la revue "
        "des projets retenus, les 26 et 27 octobre derniers à l'Université des Antilles, à l'issue du 1er appel à projets.",
        [],
        distractors=[
            "Ce mercredi 15 novembre 2017 à 10h (the launch meeting, an event)",
            "1er appel à projets du 13 juin 2017 (names the first call)",
            "les 26 et 27 octobre derniers (a review, past, year-less)",
        ],
        note="an overseas region's news on the launch meeting of its research call (health among its themes): the meeting is "
        "an event, not the call's opening, and no closing is given",
    )
    p(
        "r14f-guadeloupe-restitution-aap-2017",
        "https://www.regionguadeloupe.fr/actualites-et-agendas/toute-lactualite-du-conseil/detail/actualites/la-region-restitue-les-resultats-de-lappel-a-projets-collaboratifs-sur-la-recherche/categorie/recherche-et-innovation/",
        "Ce mardi 13 juin 2017 à 9h à l’Université des Antilles (Campus de Fouillole -Amphithéâtre Saint-Ruff), la Région "
        "Guadeloupe, en sa qualité d’autorité de gestion du programme opérationnel FEDER-FSE 2014-2020, restituera les résultats "
        "de l’appel à projets collaboratifs « recherche » à l’attention de l’ensemble de la communauté scientifique locale.\n[...]\n"
        "Sur 17 projets collaboratifs déposés, 7 projets ont été retenus pour un montant global de 8,7 millions d’euros de FEDER.\n"
        "Les projets retenus abordent tant la problématique des conséquences du changement climatique, que de la drépanocytose, ou "
        "encore des maladies vectorielles chez l’homme, l’animal et les végétaux.",
        [],
        distractors=[
            "Ce mardi 13 juin 2017 à 9h (results given at a meeting)",
            "2014-2020 (a programme's span)",
        ],
        note="the region's news on the results of its first research call: results only",
    )
    p(
        "r14f-guadeloupe-presentation-laureats",
        "https://www.regionguadeloupe.fr/actualites-et-agendas/tout-lagenda/detail/actualites/presentation-des-projets-laureats-de-lappel-a-projets-recherche-collaboratifs-2018-2020-du-po-feder/",
        "La région organise la présentation des projets lauréats de l'appel à projets recherche collaboratifs\n2018-2020 du PO "
        "FEDER. Cette restitution aura lieu ce mercredi 20 novembre, à 10h à\nl'amphithéâtre Benjamin de la faculté SJE de "
        "l'université, au campus de Fouillole.\n[...]\nPar ailleurs, un appel à candidature pour l'accueil de post-doctorants a "
        "permis de sélectionner un projet, qui sera aussi présenté ce mercredi.\n[...]\nLe programme\n8h30 : accueil des "
        "participants\n9h00 : propos introductifs de la 8ème vice-présidente [...]\n12h00 : fin de la matinée",
        [],
        distractors=[
            "ce mercredi 20 novembre, à 10h (the winners' presentation, year-less, undated page)",
            "8h30, 9h00, 12h00 (a programme's hours)",
        ],
        note="the region's agenda entry on the winners' presentation: an event, and year-less",
    )
    p(
        "r14f-cnam-cnrs-inserm-sante-numerique-2019",
        "http://www.cnam.fr/appel-a-projets-sante-numerique-1050341.kjsp",
        "CNRS/Inserm\n\nAppel à projets Santé numérique\n\n28 janvier 2019\n4 mars 2019\n\nCet appel à projets conjoint CNRS/Inserm "
        "vise à soutenir une recherche de pointe à l’interface du numérique et de la médecine à travers de nouvelles collaborations "
        "interdisciplinaires et en vue de lever ces verrous, grâce notamment aux traitements de données massives, aux techniques de "
        "l’intelligence artificielle et à la modélisation.",
        [d("2019-03-04")],
        opens="2019-01-28",
        note="a school's research office listing a joint digital-health call whose fiche lost its labels: two bare dates under "
        "the call's title, the later the closing and the earlier the opening",
    )
    p(
        "r14f-anr-calcul-intensif-2005",
        "http://docplayer.fr/8088779-Gip-agence-nationale-de-la-recherche-programme-de-recherche-calcul-intensif-et-grilles-de-calcul-appel-a-projets-2005.html",
        '1 GIP Agence Nationale de la Recherche Programme de Recherche "Calcul Intensif et Grilles de Calcul" Appel à projets 2005 '
        "Date limite de déclaration d'intention de déposer un dossier (obligatoire) : Lundi 11 Juillet 2005 à 12h Date limite de "
        "dépôt des dossiers : Vendredi 9 Septembre 2005 à 12h Contact (pour toute demande d'information) : François ROBIN, CEA : "
        "anr-ci@cea.fr ANR Calcul Intensif et Grilles de Calcul 1 Appel à Projets Juin 2005",
        [d("2005-07-11", "12:00", kind="letter_of_intent"), d("2005-09-09", "12:00")],
        distractors=["Appel à Projets Juin 2005 (the document's month)"],
        note="a research agency's call (computing, with health simulation among its uses) copied on a document site: a "
        "compulsory declaration of intent first, then the files",
    )
    p(
        "r14f-investissements-avenir-calcul-2013",
        "https://123dok.net/document/y8gmmw44-c%C5%93ur-de-fili%C3%A8re-num%C3%A9rique.html",
        "Investissements d’Avenir – Développement de l’Économie Numérique\n\nCœur de filière numérique\n\nCalcul intensif et "
        "simulation numérique\n[...]\nDEMANDES DE RENSEIGNEMENTS\n\nVous pouvez poser vos questions directement en sélectionnant "
        "cet appel à projets sur le site des consultations de la Caisse des Dépôts jusqu’au 28 février 2014 à 12h00 :\n\n"
        "http://cdcinvestissementsdavenir.achatpublic.com\n[...]\nCLÔTURE DE L’APPEL A PROJETS\n\nLes projets doivent être déposés "
        "sous forme électronique, impérativement avant la clôture de l’appel à projets, la date et l’heure de réception faisant "
        "foi :\n\nle 31 mars 2014 à 12 heures 00 (heure de Paris) sur le site des consultations de la Caisse des dépôts",
        [d("2014-03-31", "12:00")],
        distractors=["jusqu’au 28 février 2014 à 12h00 (until when questions may be asked)"],
        note="a state investment call (computing and simulation, health among the fields) copied on a document site",
    )
    p(
        "r14f-investissements-avenir-calcul-2014",
        "https://123dok.net/document/qmj77ld4-c%C5%93ur-de-fili%C3%A8re-num%C3%A9rique.html",
        "Cœur de filière numérique\n\nCalcul intensif et simulation numérique n°2\n[...]\nDEMANDES DE RENSEIGNEMENTS\n\nVous pouvez "
        "poser vos questions directement en sélectionnant cet appel à projets sur l’extranet de dépôt des projets innovants "
        "collaboratifs de Bpifrance\n\njusqu’au 15 avril 2015 à 12h00 :\n[...]\nCLÔTURE DE L’APPEL A PROJETS\n\nLes projets doivent "
        "être déposés sous forme électronique, impérativement avant la clôture de l’appel à projets, la date et l’heure de "
        "réception faisant foi :\n\nle 15 mai 2015 à 12 heures 00 (heure de Paris)\n\nsur l’extranet des dépôts des projets "
        "innovants collaboratifs de Bpifrance\n[...]\n2.3.1 Modélisation et Simulation pour la Santé",
        [d("2015-05-15", "12:00")],
        distractors=[
            "jusqu’au 15 avril 2015 à 12h00 (questions, on the line after their sentence)"
        ],
        note="the second edition of the same call; the questions' day sits on its own line after the sentence that names it",
    )
    p(
        "r14f-ticsante-entrepots-donnees-2022",
        "https://ticsante-na.com/?p=561481",
        "BPI France\nAccompagnement et soutien à la constitution d’entrepôts de données de santé hospitaliers\n2 relevés des "
        "candidatures sont prévus :\n• le 11 octobre 2022 à midi (heure de Paris) ;\n• le 12 avril 2023 à midi (heure de Paris).\n"
        "Objectif : « Mettre en place et renforcer un réseau d’entrepôts de données de santé (EDS) hospitaliers permettant de "
        "fédérer l’écosystème public et privé de la recherche et de l’innovation ». [...]\nLes projets attendus doivent :\n"
        "• comporter un volet de constitution et/ou consolidation d’un ou plusieurs EDS (détaillé dans le cahier des charges) dans "
        "un délai de 40 mois ;",
        [d("2022-10-11", "12:00"), d("2023-04-12", "12:00")],
        note="a regional e-health network relaying a hospital-data call with two collection days ('relevés des candidatures'): "
        "a file must be in by each to be taken at that round (judgment call: a collection day is a deadline)",
    )
    p(
        "r14f-fncs-ars-idf-centres-sante-2016",
        "https://www.fncs.org/node/756",
        "Le dépôt des candidatures doit se faire avant le 30 septembre 2016.\n\nPour répondre à l’appel à projets, les centres "
        "candidats devront nécessairement remplir les conditions suivantes :\n\n- une offre pluriprofessionnelle, à prédominance "
        "médicale,\n- une organisation autour de la médecine générale comme pivot,\n[...]\nTrois niveaux de financement pour ce "
        "nouvel appel à projet publié par l'ARS Ile-de-France.",
        [d("2016-09-30")],
        note="a health centres' federation relaying a regional health agency's call",
    )
    p(
        "r14f-ars-idf-investissement-centres-sante",
        "http://www.iledefrance.ars.sante.fr/aide-linvestissement-immobilier-des-centres-de-sante-en-ile-de-france",
        "Ce dispositif d’aide s’inscrit sur la période 2018 -2020.\n\nProcédure de dépôt et instruction des dossiers\n\n1. Pour la "
        "création de Centres de Santé\n\nLes candidats doivent déposer leur dossier au plus tard le 15 juillet de l’année civile "
        "en cours.\n\nLes résultats du processus de sélection et du montant de l’aide accordée seront connus au terme de la période "
        "d’instruction des dossiers, soit au mois de septembre.\n[...]\n2. Pour la création d’antennes et pour la rénovation ou "
        "l’extension de Centres de Santé :\n\nLes dossiers peuvent être déposés tout au long de l’année civile en cours.",
        [],
        distractors=[
            "au plus tard le 15 juillet de l’année civile en cours (year-less, undated page)",
            "au mois de septembre (results, vague)",
            "2018 -2020 (the scheme's span)",
        ],
        note="a regional health agency's yearly aid: a subscriber would want 15 July of each year, but a year-less date on an "
        "undated page gives nothing by the rules",
    )
    p(
        "r14f-blada-ctg-allocations-doctorales-2022",
        "https://blada.com/boite-aux-lettres/infos-citoyennes/17759-La_CTG_lance_sa_deuxieme_campagne_des_allocations_de_recherche_doctorales.htm",
        "La CTG lance sa deuxième campagne des allocations de recherche doctorales\n\nAfin de soutenir le développement, la "
        "transmission et la valorisation de la connaissance sur l’histoire et les patrimoines de Guyane, la Collectivité "
        "Territoriale de Guyane (CTG) met en place 2 allocations de recherche doctorale [...]\n\nMontant de la bourse\n▪ La bourse, "
        "d’un montant de 1 200 € mensuel, sera versée durant trente-six mois maximum.\n▪ L’étudiant devra séjourner 6 mois par an "
        "sur le territoire.\n\nLes candidatures doivent être adressées au plus tard le 1er septembre 2022 par mail à :",
        [d("2022-09-01")],
        note="an overseas community board relaying the territory's doctoral grants (history, not health: kept as a doctoral call)",
    )
    p(
        "r14f-guyaweb-inclusion-numerique-2021",
        "https://www.guyaweb.com/actualites/news/economie/appel-a-projets-inclusion-numerique-en-guyane/",
        "Lancé par la Direction Générale de la Coordination et de l’Action Territoriale (DGCAT), cet appel à projet doté de 87 000 € "
        "est ouvert jusqu’au 23 avril 2021.\n[...]\nTout au long de cet appel à projets dont les lauréats seront désignés en juillet "
        "2021, « la DGCAT assurera la mise en ligne du dossier de candidature et la réception des projets, avant analyse et "
        "sélection », les dossiers devant être déposés par voie dématérialisée",
        [d("2021-04-23")],
        distractors=["en juillet 2021 (winners, vague)"],
        note="an overseas news site on a territorial call (digital inclusion, not research): 'ouvert jusqu'au' closes it",
    )
    p(
        "r14f-mayotte-covid-feder-2020",
        "https://lejournaldemayotte.yt/2020/08/10/appel-a-projet-covid-19-soutien-aux-actions-sanitaires-de-lutte-contre-lepidemie-de-covid-19/",
        "Programme Opérationnel FEDER – FSE DE MAYOTTE pour la période 2014-2020\n\nAPPEL A PROJET COVID -19 Soutien aux actions "
        "sanitaires de lutte contre l´épidémie COVID-19 à Mayotte\n[...]\nTout porteur de projet concerné, peut faire acte de "
        "candidature dès la publication de l’appel à projet et ce, jusqu’au 31 décembre 2020 et le télécharger sur le premier site "
        "ci-après et saisir sa demande de subvention en ligne, sur le second site.",
        [d("2020-12-31")],
        distractors=["2014-2020 (a programme's span)"],
        note="an overseas newspaper on a health-equipment call; 'dès la publication' names no day, so no opening",
    )
    p(
        "r14f-la1ere-guyane-plan-relance-2020",
        "https://la1ere.francetvinfo.fr/guyane/ouest-guyanais/guyane/130-millions-pour-aider-les-municipalites-de-guyane-un-plan-de-relance-pilote-par-la-ctg-880024.html",
        "130 millions d’euros. C'est le montant de l'envoloppe dédiée à la relance de l'économie guyanaise frappée par la crise "
        "sanitaire. Les municipalités ont jusqu’à 2021 pour monter leur dossiers de demandes d’investissements. [...]\nCe sont les "
        "services de santé qui sont les plus ciblés par le plan de relance pour la Guyane. [...] Tour cela a été annoncée le 8 "
        "octobre à la collectivité territori",
        [],
        distractors=["jusqu’à 2021 (a year, vague)", "le 8 octobre (an announcement, year-less)"],
        note="an overseas broadcaster on a recovery plan: a year is no day to send by",
    )
    p(
        "r14f-ctg-fonds-europeens-2023",
        "https://www.ctguyane.fr/europe-chiffres-cles-2014-2020-et-nouveautes-2021-2027-sur-laccompagnement-de-leurope-et-de-la-ctg-pour-le-developpement-du-territoire-guyanais/",
        "Depuis la programmation 2014-2020, la Collectivité Territoriale de Guyane (CTG) est en charge des fonds européens. [...]\n"
        "L’année 2023 marque le départ d’une nouvelle période de programmation des fonds européens.\n[...]\nDans le cadre du "
        "lancement de la nouvelle programmation des fonds européens 2021-2027 et suite à l’emménagement récent, à la Cité "
        "Administrative Territoriale, du Pôle des Affaires Européennes, la CTG a organisé le 13, 14, 15 et 17 février 2023 divers "
        "évènements.\n[...]\nSanté – Social : 4 Millions €",
        [],
        distractors=[
            "le 13, 14, 15 et 17 février 2023 (events)",
            "2014-2020, 2021-2027 (programmes)",
        ],
        note="a territory's page on European funds: events and programme periods only",
    )
    p(
        "r14f-coopervision-force-2021",
        "http://frequenceoptic.fr./actualites/concours-international-en-contactologie-qui-representera-la-france.html",
        "CooperVision lance la 8ème édition du concours FORCE - Future Ocular Research Creativity Event. Avis aux potentiels "
        "candidats, les étudiants actuellement inscrits en 3ème année ou plus d’un cursus en optométrie/contactologie.\n[...]\n"
        "« L’édition 2020 n’ayant pas pu avoir lieu, les étudiants qui auraient pu postuler l’an dernier peuvent également concourir "
        "à l’édition 2020-2021 », précisent les organisateurs. [...]\nConcrètement, les candidats potentiels ont jusqu’au 14 juin "
        "2021 pour transmettre leurs travaux. Fin juin, un jury de professionnels contactologues français examinera les différents "
        "dossiers et sélectionnera l’étudiant national qui remportera la somme de 1 000 euros",
        [d("2021-06-14")],
        distractors=["Fin juin (the jury, vague)", "L’édition 2020, 2020-2021 (editions)"],
        note="an optics trade site on an industry-sponsored students' research contest",
    )
    p(
        "r14f-ars-idf-simulation-10-ans",
        "https://www.iledefrance.ars.sante.fr/appel-projet-simulation-en-sante-10-ans-deja",
        "Appel à projet \"simulation en santé” : 10 ans déjà !\n\nActualité\n\nL'Agence régionale de santé Île-de-France organisait "
        "le 5 novembre une journée régionale à l’occasion des 10 ans de l’appel à projet “simulation en santé”. Retour sur les "
        "temps forts de cette journée qui a réuni 130 personnes.\n\nL’ARS Île-de-France est engagée depuis 2014 dans la promotion "
        "de la simulation en santé par le biais d’un appel à projet annuel.",
        [],
        distractors=["le 5 novembre (a regional day, year-less)", "depuis 2014 (a year)"],
        note="a regional health agency's news on ten years of its simulation-in-health call: an event, no call dates",
    )
    p(
        "r14f-inserm-biobanques-adn-2015",
        "https://doczz.fr/doc/4601845/texte-de-la-proc%C3%A9dure-de-s%C3%A9lection-de-projets",
        "Texte de la procédure de sélection de projets\nInfrastructure BIOBANQUES\nProcédure de sélection de projets 2015\nPlateforme "
        "de conservation de l’ADN à\ntempérature ambiante\nCandidatures à soumettre par courrier postal et électronique\nle 20 juillet "
        "2015 à minuit au plus tard.\nInfrastructure BIOBANQUES – Inserm\nProcédure de sélection de projets 2015",
        [d("2015-07-20", "23:59")],
        note="a national biobank infrastructure's project selection copied on a document site: 'au plus tard' after the date",
    )
    p(
        "r14f-pasteur-archives-orales-2021",
        "https://fr.readkong.com/page/appel-projets-institut-pasteur-4101905",
        "28 Mai 2021\n\n                    APPEL À PROJETS\n   Documenter l’engagement pasteurien en période de pandémie\n[...]\n       "
        "Date de clôture de l’appel à projets : 7 juillet 2021 à minuit\n                             (heure de Paris)\n[...]\n"
        "DATES IMPORTANTES\n\n           CLÔTURE DE L’APPEL À PROJETS\n    Les propositions de projets doivent être envoyées à "
        "l’adresse mail suivante :\n\n                            archivesoralesIP@pasteur.fr\n\n                    impérativement "
        "avant la clôture de l’appel :\n           le 07/07/2021 à minuit (heure de Paris)",
        [d("2021-07-07", "23:59")],
        distractors=["28 Mai 2021 (the text's date)"],
        note="a research institute's humanities call (history, ethics) on its staff's pandemic work: the same closing day "
        "twice, one deadline",
    )
    p(
        "r14f-pasteur-newsletter-job-exchange",
        "http://newsletter.pasteur.fr/en/node/6440/print",
        "Changes to internal mobility procedures and rollout of a new job exchange on the Career Portal\n\nThe internal mobility "
        "scheme for employees (excluding scientists) has recently been updated [...]\n\nInformation sessions to find out more\n\n"
        "To guide you and provide more details about the new Job Exchange, short campus information sessions will be held in the "
        "Retrovirus room in the Lwoff building:\n\n- Tuesday October 15, 12 noon-1pm\n\n- Thursday October 17, 2-3pm\n\nPlease sign up "
        "via the following link",
        [],
        distractors=[
            "Tuesday October 15, 12 noon-1pm; Thursday October 17, 2-3pm (information sessions, year-less, undated page)"
        ],
        note="an institute's staff newsletter (English): information sessions, and 'sign up' names no day",
    )
    p(
        "r14f-frqs-hdh-france-quebec-ia-2023",
        "https://can01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fumontreal.us5.list-manage.com%2Ftrack%2Fclick%3Fu%3D9bfd87c3499a3ebdfb7e03181%26id%3D11e46619c7%26e%3D8d8f6edb6c&data=02%7C01%7Ccaroline.vachon.cnmtl%40ssss.gouv.qc.ca%7C3ce2f11f54884fa62ba808d83d447250%7C06e1fe285f8b4075bf6cae24be1a7992%7C0%7C0%7C637326712260319689&sdata=cQgl9c%2B74iwp8ebm6%2BAnEVMvtJ3rcdVtoybHIJVwibA%3D&reserved=0",
        "Année de concours : \n2023-2024\n\nDate limite (pré-demande) : \n26 juillet 2023 à 16h00 (EST)\n\nDate limite (demande) : \n26 "
        "septembre 2023 à 16h00 (EST)\n\nAnnonce des résultats : \nmi-novembre 2023\n\nMontant : \nUn maximum de 100 000$ pour l’équipe "
        "du Québec / Un maximum de 100 000 € pour l’équipe de la France\n[...]\nWEBINAIRE D’INFORMATION\n\nUn webinaire "
        "d’information sur l’appel à projets a eu lieu le 9 juin 2023 pour guider les équipes de recherche dans la préparation de "
        "leur demande.",
        [d("2023-07-26", "16:00", kind="letter_of_intent"), d("2023-09-26", "16:00")],
        distractors=[
            "Annonce des résultats : mi-novembre 2023 (results, vague)",
            "a eu lieu le 9 juin 2023 (a webinar, past)",
        ],
        note="a Quebec research fund's France-Quebec AI-in-health programme page (reached through a mail link): a compulsory "
        "pre-application, then the application; the hours are Eastern time as written",
    )
    p(
        "r14f-mustela-enfance-parentalite-2023",
        "https://admical.org/actualit%C3%A9s/recherches-en-lien-avec-lenfance-ou-la-parentalite-la-fondation-mustela-lance-son-appel",
        "Comme chaque année, la Fondation Mustela lance son appel à projets pour des travaux en lien avec l’enfance et la "
        "parentalité. Ce sont ainsi 33 000€ de Prix et Bourses qui seront répartis entre plusieurs domaines de recherches – "
        "Recherche pour l’enfance, Vulnérabilités, recherche action, et la recherche en maïeutique. Les candidatures sont ouvertes "
        "jusqu’au 5 juin, et jusqu’au 20 juillet pour la Bourse de recherche en Maïeutique.\n[...]\n- Bourses de Recherche pour "
        "l’enfance - Créées en 1982, elles ont pour le but d’encourager les travaux sur le développement de l’enfant. [...]\n- Les "
        "candidatures sont ouvertes jusqu’au 5 juin 2023\n- A titre d’exemples, voici les projets soutenus en 2022 :",
        [d("2023-06-05")],
        distractors=[
            "jusqu’au 20 juillet (the midwifery grant's closing, year-less, undated page)",
            "jusqu’au 5 juin (the same day year-less, given with its year below)",
            "Créées en 1982, en 2022 (history)",
        ],
        note="a patronage network relaying a company foundation's childhood research grants: 5 June has its year further down; "
        "20 July never does, so by the rules it gives nothing though a subscriber would want it",
    )
    p(
        "r14f-ars-grand-est-parcours-cancer-2021",
        "https://123dok.net/document/yd7lml1l-parcours-soins-global-traitement-cancer.html",
        "Parcours de soins global après le traitement d’un cancer\n\nAppel à projets 2021-2023 Cahier des charges\n\nCadre "
        "réglementaire de l’appel à projets\n\n. Article L.1415-8 du code de la santé publique (CSP), issu de la loi n°2019-1446 du "
        "24 décembre 2019\n\n. Articles R.1415-1-11 à 13 du CSP issus du décret n° 2020-1665 du 22 décembre 2020 relatif au parcours "
        "de soins global après le traitement d'un cancer\n\n. Arrêté du 24 décembre 2020 relatif au parcours de soins global après le "
        "traitement d’un cancer\n\n. Instruction n°DSS/MCGRM/DGS/SP5/EA3/DGOS/R3/2021/31 du 27 janvier 2021 relative à la mise en "
        "œuvre du parcours de soins global après le traitement d’un cancer\n[...]\nEn 2019, près de 29 000 patients ont été pris en "
        "charge en chimiothérapie",
        [],
        distractors=[
            "loi du 24 décembre 2019, décret du 22 décembre 2020, Arrêté du 24 décembre 2020, Instruction du 27 janvier 2021 (texts' dates)",
            "2021-2023 (the call's span)",
        ],
        note="a regional health agency's call terms for after-cancer care copied on a document site: only the dates of texts",
    )
    p(
        "r14f-frc-rapport-annuel-2018",
        "https://vdocuments.mx/fdration-pour-la-recherche-sur-le-cerveau-2019-7-31-frc-fdration-pour.html",
        "fédération pour la recherche sur le cerveau · 2019. 7. 31. · frc fÉdÉration pour la...\n\n28\nFRC FÉDÉRATION POUR LA "
        "RECHERCHE SUR LE CERVEAU 28 RUE TRONCHET 75009 PARIS - TEL 01 58 36 46 46 RAPPORT ANNUEL Fédération pour la Recherche sur le "
        "Cerveau 2018\n\nUpload: others\n\nPost on 03-Sep-2020\n\n1 views",
        [],
        distractors=["2019. 7. 31. (a file's date)", "Post on 03-Sep-2020 (the copy's upload)"],
        note="a brain research federation's annual report copied on a document site: file and upload stamps only",
    )
    p(
        "r14f-fondation-fit-clara-en",
        "https://www.fondation-fit.org/the-sheltered-foundations/canceropole-lyon-auvergne-rhone-alpes-184083.kjsp",
        "Published on September 30, 2020 | Updated on February 2, 2023\n\nCancéropôle Lyon Auvergne-Rhône-Alpes\n\nThe Cancéropôle "
        "Lyon Auvergne-Rhône-Alpes (CLARA) is an initiative launched and financed by the public authorities [...] Since 2003, the "
        "CLARA has brought together academic, clinical and industrial players across the region [...]\n\nSince its creation, CLARA "
        "has been developing support systems that are in line with the needs of the network, such as:\n  • Proof of Concept\n    "
        "Funding of public-private collaborative projects\n  • OncoStarter\n    Support for emerging projects",
        [],
        page_date="2020-09-30",
        distractors=[
            "Published on September 30, 2020 | Updated on February 2, 2023 (stamps)",
            "Since 2003 (a year)",
        ],
        note="a sheltering foundation's English page on a regional cancer network's funding schemes: stamps only",
    )
    p(
        "r14f-gazettelabo-coeur-arteres-2006",
        "http://gazettelabo.fr/archives/assoc/2006/114fondation.htm",
        "Octobre 2006 - n°114\n\nLa Fondation Cœur et Artères : Recherche et Prévention – Nutrition et Santé\n\nAprès avoir consacré "
        "l’année dernière 1,9 million d’euros au financement de huit programmes de recherche sur les maladies vasculaires et "
        "cardiovasculaires et leurs facteurs de risque (diabète, obésité…), la Fondation Cœur et Artères annonce aujourd’hui le "
        "lancement de son 2ème appel à projets de recherche.\n[...]\nCréée à l’initiative de scientifiques de renommée internationale "
        "et reconnue d’Utilité Publique en Mars 2005, la Fondation Cœur et Artères s’est fixée pour mission",
        [],
        distractors=["Octobre 2006 (the issue, vague)", "en Mars 2005 (a recognition, vague)"],
        note="a lab trade paper on a heart foundation's second call: 'aujourd'hui' names no day, so no opening",
    )
    p(
        "r14f-iledefrance-mobilite-doctorants-2020",
        "https://www.iledefrance.fr/bourses-mobilite-ile-de-france-doctorants",
        "Bourses Mobilité Île-de-France doctorants\n[...]\nLe financement de 4.000€ max. peut servir à couvrir les dépenses "
        "engendrées par toute mobilité à l’étranger sans condition de durée, dans le cadre du programme de recherche poursuivi.\n"
        "[...]\nQuelles démarches ?\nLes doctorants doivent télécharger le dossier de candidature à compléter et l'attestation "
        "d'éligibilité, à partir du 20 avril 2020.\nCes documents sont à transmettre à l'école doctorale.\n[...]\nA noter\nÀ titre "
        "indicatif, le prochain appel à projets sera lancé au second trimestre 2021.",
        [],
        opens=None,
        distractors=[
            "à partir du 20 avril 2020 (when the forms can be downloaded, not a sending)",
            "au second trimestre 2021 (the next call, vague)",
        ],
        note="a region's mobility grants for doctoral students: downloading the forms is no sending, so no opening; no "
        "closing day is given (judgment call: a subscriber might read 20 April as the start, but the rules make fetching "
        "forms no step)",
    )
    p(
        "r14f-mederic-alzheimer-laureats-2023",
        "https://www.fondation-mederic-alzheimer.org/news/3-jeunes-doctorantes-recompensees-par-la-fondation-mederic-alzheimer/",
        "3 jeunes chercheurs récompensés par la Fondation Médéric Alzheimer\n\nLe nom des lauréates, de l’édition 2023 du soutien "
        "Jeunes Chercheurs, a été dévoilé le 31 janvier 2024 lors de la cérémonie de remise de prix.\n[...]\nPublié le 31 janvier "
        "2024\n\nSoutenir les étudiants en Sciences Humaines et Sociales ou en Santé publique dans leurs travaux universitaires a "
        "toujours été l’une des priorités d’action de la Fondation Médéric Alzheimer. Trois types de soutien initiés en 2022 ont été "
        "reconduits en 2023",
        [],
        page_date="2024-01-31",
        distractors=[
            "dévoilé le 31 janvier 2024 (results, a prize-giving)",
            "Publié le 31 janvier 2024 (publication)",
        ],
        note="the Alzheimer foundation's news on its young researchers' winners: results only",
    )
    p(
        "r14f-ffas-alimentation-sante-2011",
        "https://vdocuments.fr/fonds-franais-pour-lalimentation-et-la-sant-communaut-appel-2019.html",
        "fonds français pour l'alimentation et la santé | communauté ... - appel … · 2019. 12. 3. ·...\n\n8\nAppel à projets 2011\n\n"
        "Upload: others\n\nPost on 01-Oct-2020\n[...]\n  • 2  Appel à projets du Fonds français pour l’alimentation et la santé - "
        "juin 2011\n\n    1- Contexte et objectifs de l’appel à projets\n[...] Dans le cadre de ses missions, le Fonds français pour "
        "l’alimentation et la santé lance un premier appel à projets compétitif doté à hauteur de 1.800.000 euros pour soutenir 3 "
        "thématiques.",
        [],
        distractors=[
            "2019. 12. 3. (a file's date)",
            "Post on 01-Oct-2020 (the copy's upload)",
            "juin 2011 (the text's month)",
        ],
        note="a food and health fund's call text copied on a document site: this part holds stamps only",
    )
    p(
        "r14f-cordis-ethique-6e-pc-2004",
        "https://cordis.europa.eu/article/id/22273-commission-republishes-research-into-ethics-call-for-proposals/fr",
        "La Commission republie un appel d'offres sur la recherche en matière d'éthique\nLa Commission européenne a republié un "
        "appel d'offres relatif à la recherche en matière d'éthique, publié pour la première fois le 26 mai dernier au titre de la "
        'priorité "Science et Société" du sixième programme-cadre et a prolongé la date de clôture pour la réception des documents '
        "de l'offre. [...] Le nouveau délai pour la réception des documents de l'offre est fixé au 15 octobre 2004. La Commission "
        "recommande l'utilisation des instruments suivants: actions de soutien spécifiques, projets de recherche spécifiques ciblés "
        "et actions de coordination.",
        [d("2004-10-15")],
        distractors=[
            "publié pour la première fois le 26 mai dernier (the first publication, year-less)"
        ],
        note="the European research news service on an ethics call whose closing was extended: the new 'délai' is the "
        "deadline (the old one is not written)",
    )
    p(
        "r14f-medjouel-aref-fellowships-2018",
        "https://medjouel.com/de/?p=3952",
        "Le but est donc de permettre aux chercheurs africains d’accroître leur compétitivité pour les possibilités de financement "
        "international au début de leur carrière tout en les retenant en Afrique, en travaillant sur les défis et les priorités en "
        "matière de santé en Afrique.\n[...] Jusqu’à 36 boursiers seront présélectionnés dans la première étape et invités à un "
        "atelier préparatoire organisé et financé par AREF. Les résultats de l’évaluation de la première étape devraient être "
        "disponibles d’ici le 12 janvier 2018.\n[...]\n- Ont reçu leur doctorat dans les 3 ans précédant la date limite de "
        "soumission de la demande de recherche préparato",
        [],
        distractors=[
            "d’ici le 12 janvier 2018 (first-stage results)",
            "dans les 3 ans précédant la date limite (a condition, no day)",
        ],
        note="a grants blog relaying an African health research fellowship: the only day is when results are due; the "
        "deadline itself is not in this part",
    )
    p(
        "r14f-lebledparle-dhs-fellows-2025",
        "https://lebledparle.com/info-concours-education/programme-de-bourses-dhs-2025-une-opportunite-pour-les-professeurs-duniversite-de-lusaid",
        "En outre, ce programme entend mener des recherches approfondies sur certains thèmes, à savoir : la planification "
        "familiale, la fécondité, la santé maternelle, infantile et néonatale, le développement de la petite enfance, la discipline "
        "des enfants, etc. Des ateliers sont prévus mais les dates seront confirmées en janvier 2025.\n[...]\nDeux activités de "
        "renforcement des capacités sont prévues : la première doit être mise en œuvre entre le 10 mars et le 14 avril, ainsi que "
        "du 25 mai au 1er août 2025.",
        [],
        distractors=[
            "en janvier 2025 (dates to be confirmed, vague)",
            "entre le 10 mars et le 14 avril, du 25 mai au 1er août 2025 (workshops' periods, events)",
        ],
        note="an African education news site on a health-survey fellowship for university teachers: activity periods only",
    )
