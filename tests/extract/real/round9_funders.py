"""Round 9 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r9f-inserm-eva-crcn-2020",
        "https://eva3-accueil.inserm.fr/sites/eva/english-site/Pages/default.aspx",
        "Competitive recruitment for researchers\n\n\n"
        "⚠ Compte tenu du contexte sanitaire en France, nous vous informons que le calendrier du concours chercheurs CRCN "
        "2020 a été bouleversé et réorganisé comme suit :\n\n"
        "► Concours CRCN : tenue des auditions au mois de septembre 2020\n\n\n"
        "⚠ Considering the sanitary situation, the 2020 researchers recruitment campaign has been impacted.\n[...]\n"
        "2020 Competitive recruitment for CRCN\n\n"
        "60 tenure positions are offered to researchers m/f dedicated to biomedical research\n\n"
        "  • Opening : on the 10th of December 2019\n\n"
        "  • Deadline for application :  January 14th, 2020 - (GMT+1)",
        [d("2020-01-14")],
        opens="2019-12-10",
        distractors=["au mois de septembre 2020 (hearings, vague)"],
        note="a research institute's recruitment portal (junior researcher competition): bullet fiche lines 'Opening :' and "
        "'Deadline for application :'; '(GMT+1)' is a zone, not a time",
    )
    p(
        "r9f-chu-st-etienne-dgos-calendrier",
        "https://www.chu-st-etienne.fr/Professionnels/Recherche/Professionnel/Pro_Appels_Offres_DGOS.asp",
        "Recherche clinique\nProfessionnel de santé\nMonter un projet de recherche\nLes appels d'offre DGOS\n"
        "Ils sont lancés chaque début d’année avec un dépôt des lettres d’intention qui s’effectue généralement mi-mars puis, "
        "pour les lettres acceptées, un dépôt des protocoles qui a lieu début septembre. Les réponses sont connues courant "
        "décembre.\n[...]\n"
        "- PHRC-I (Programme Hospitalier de Recherche Clinique - Interrégional)\n"
        "Les thèmes sont libres (hors VIH, VHB et VHC) et incluent le cancer depuis 2014.",
        [],
        distractors=[
            "mi-mars (letters of intent, vague and year-less)",
            "début septembre (protocols, vague)",
            "courant décembre (answers, vague)",
            "depuis 2014 (a year)",
        ],
        note="a university hospital's explanation of the ministry's yearly calls: every step is a vague month, so nothing "
        "(class 7)",
    )
    p(
        "r9f-ed461-prix-de-these-conditions",
        "https://ed461.edu.umontpellier.fr/apres-la-these/prix-de-these",
        "Prix de thèse\nSauf précision contraire, les thèses doivent avoir été soutenues entre le 1er janvier 2025 et le 31 "
        "décembre 2025.\nGrand Prix de l’académie du renseignement\n[...]\n"
        "Sont éligibles à ce prix, les thèses soutenues entre le 1er janvier 2023 et le 1er juin 2025.\n"
        "Ce prix est doté d’un montant de 4000 euros.\nTélécharger le dossier de candidature.\n[...]\n"
        "Prix de l’Académie de législation\n[...]\nAvant l’arrêté du 25 mai 2016, l’Académie n’acceptait que les thèses "
        "ayant obtenu la mention « très honorable avec les félicitations du jury » qui suppose une et éventuellement "
        "proposées pour un prix de thèse.\nDésormais, les candidats aux prix devront être proposés à l’Académie par leur "
        "directeur de thèse.",
        [],
        distractors=[
            "entre le 1er janvier 2025 et le 31 décembre 2025 (defence window: a condition)",
            "entre le 1er janvier 2023 et le 1er juin 2025 (defence window: a condition)",
            "l’arrêté du 25 mai 2016 (a regulation's date)",
        ],
        note="a doctoral school's list of thesis prizes: only eligibility windows for the defence, no sending date; a "
        "range of defence dates is no application window (a judgement: 'soutenues entre' is a condition)",
    )
    p(
        "r9f-ambafrance-chine-maladies-infectieuses-2015",
        "https://doczz.fr/doc/4581687/maladies-infectieuses",
        "Ce programme permettra à cinq à dix chercheurs chinois de haut niveau impliqués dans la prévention et la lutte "
        "contre les maladies\ninfectieuses de bénéficier d'un programme de visite d’une semaine en France dans l’automne "
        "2015 incluant une visite des grandes\ninfrastructures de recherche dans le domaine des maladies infectieuses\n[...]\n"
        "Les candidats doivent fournir en anglais un curriculum vitae, une liste de publications, un résumé synthétique de "
        "leur activité de\nrecherche, et une liste de chercheurs qu'ils souhaiteraient rencontrer avant le 31 mai 2015 aux "
        "contacts suivants :\n[email protected] et [email protected]\n[...]\n"
        "Date limite de dépôt des candidatures : 31 mai 2015",
        [d("2015-05-31")],
        distractors=["dans l’automne 2015 (the visit, vague)"],
        note="an embassy's science office leaflet (PDF text layer) for a visiting programme; 'avant le' after what is "
        "sent, and the same day in a 'Date limite' line",
    )
    p(
        "r9f-ubordeaux-bourse-pierre-fabre-isped",
        "https://u-bordeaux.fr/actualites/une-nouvelle-bourse-dexcellence-pour-lisped-soutenue-par-la-fondation-pierre-fabre",
        "Une nouvelle bourse d’excellence pour l’ISPED soutenue par la Fondation Pierre Fabre\n\nMise à jour le :\n\n"
        "La Fondation Pierre Fabre crée une nouvelle bourse d’excellence « Denis Mukwege, Prix Nobel de la Paix / Fondation "
        "Pierre Fabre » en partenariat avec l'Institut de Santé publique, d'épidémiologie et de développement (ISPED) de "
        "l’université de Bordeaux sur le thème de la santé des femmes.\n[...]\n"
        "Partenaire du docteur Denis Mukwege depuis 2018 dans le cadre de programmes de prise en charge des victimes de "
        "violences sexuelles basées sur le genre , la Fondation Pierre Fabre financera une bourse d’étude annuelle à un "
        "étudiant de l’ISPED à partir de la rentrée universitaire 2023.\n"
        "Ce dispositif est ouvert aux professionnels de santé (médecins, pharmaciens, psychologues, infirmiers, "
        "sages-femmes) originaires des pays francophones d’Afrique subsaharienne et d’Asie du Sud-Est qui souhaitent suivre "
        "le master 2 « Santé globale dans les Suds »",
        [],
        distractors=[
            "depuis 2018 (a year)",
            "à partir de la rentrée universitaire 2023 (the grant's start, vague)",
        ],
        note="a university's news post announcing a foundation's new grant: no date to apply by; 'Mise à jour le :' has "
        "no date (the page date is unknown)",
    )
    p(
        "r9f-region-centre-bourses-doctorales-2013",
        "https://studylibfr.com/doc/1731337/appels-a-proposition-2013---r%C3%A9gion-centre",
        "Le choix des candidats sera assuré par des jurys organisés par les Ecoles doctorales\ncorrespondantes des deux "
        "universités.\nLes candidats devront être âgés de moins de 30 ans au 1er janvier 2013.\n"
        "A l’issue de ces jurys, les Ecoles doctorales devront transmettre à la Région, pour chaque\nsujet et laboratoire "
        'd’accueil, le nom du candidat retenu.\n2.2. Les bourses doctorales "cofinancées" par la Région et un organisme de\n'
        "recherche ou une entreprise ou un autre établissement\n[...]\n"
        "Le montant du financement régional est fixé forfaitairement à 17 000 €/an (il ne pourra\npas représenter plus de "
        "60% du montant total de la bourse).\nUn jury ad hoc se réunira pour classer les sujets en tenant compte des "
        "priorités\nthématiques de la Région.\n[...]\nLes candidats devront être âgés de moins de 30 ans au 1er janvier 2013.",
        [],
        distractors=["moins de 30 ans au 1er janvier 2013 (an age condition, twice)"],
        note="a regional council's doctoral grants call (PDF text layer): the only date is an age condition",
    )
    p(
        "r9f-juriblio-arrete-allocation-recherche-2004",
        "https://juriblio.fr/arretes/arrete-du-14-octobre-2004/135024415/article-3",
        "Article 3\nL'article 3 du même arrêté est remplacé par les dispositions suivantes :\n"
        "« Art. 3. - Le candidat à une allocation de recherche doit avoir moins de vingt-cinq ans à la fin de l'année "
        "civile de son inscription en première année de thèse.\n"
        "Des dérogations à cette condition d'âge peuvent être accordées, au vu du dossier présenté par le candidat, par "
        "l'autorité désignée au premier alinéa de l'article 2, sur proposition du directeur de l'école doctorale, si le "
        "candidat allocataire est âgé de moins de trente ans au 1er janvier de l'année de candidature.\n"
        "Le candidat à une allocation de recherche doit avoir obtenu son diplôme d'études approfondies ou son master "
        "recherche en France ou un diplôme équivalent dans un pays signataire de l'accord relatif à l'Espace européen de "
        "l'enseignement supérieur. »",
        [],
        distractors=["au 1er janvier de l'année de candidature (an age condition, year-less)"],
        note="a ministry's order on doctoral research allowances (a legal database's copy): conditions only",
    )
    p(
        "r9f-ird-one-health-asie-sud-est",
        "https://www.ird.fr/appel-projet-une-seule-sante-en-asie-du-sud-est",
        "Jusqu’au 20 décembre, l’IRD cherche des projets à financer promouvant une approche One Health dans quatre pays "
        "d’Asie du Sud-Est.\n\n© One Health South-East Asia\n"
        "Cet appel, financé par le ministère français de l'Europe et des Affaires étrangères, est co-piloté par l'Institut "
        "de Recherche pour le développement (IRD), le Centre de coopération internationale en recherche agronomique pour le "
        "développement (CIRAD) et le Centre national de la recherche scientifique (CNRS).\n[...]\n"
        "L'objectif principal de l'appel est de soutenir de petits projets adoptant une approche One Health pour comprendre "
        "les zoonoses dans le contexte des changements environnementaux en Asie du Sud-Est.\n[...]\n"
        "- Pays éligibles pour le financement : Cambodge, Laos, Malaisie et Vietnam",
        [],
        distractors=["Jusqu’au 20 décembre (year-less, the page shows no date: unresolvable)"],
        note="a research institute's call; the deadline is year-less and the stored page shows no date, so nothing is "
        "expected (class 8), though a subscriber reading it in season would want it",
    )
    p(
        "r9f-inrae-master-idoh-2019",
        "https://www.inrae.fr/actualites/concept-one-health-master-idoh-nouveau-beneficiaire-dun-financement-europeen",
        "Concept One Health : Le Master IDOH à nouveau bénéficiaire d'un financement européen\n"
        "COMMUNIQUE DE PRESSE - Coordonné par l’Unité INRAE-Université de Tours « Infectiologie et Santé Publique » (ISP), le "
        "Master international conjoint Erasmus Mundus « Infectious Diseases and One Health » (EMJMD-IDOH+) vient d'être "
        "sélectionné de nouveau pour être bénéficiaire d'un financement européen et fait ainsi partie des 44 dossiers "
        "retenus sur les 91 candidatures.\nPublié le 17 juillet 2019\n"
        "Le concept « One Health/une seule santé », thématique originale du master, est reconnu par les organisations "
        "mondiales de santé humaine (OMS), animale (OIE) et de l’alimentation et agriculture (FAO) qui ont signé en 2010 "
        "puis en 2017 des accords stratégiques tripartites.\n[...]\n"
        "Depuis 2016, trois universités européennes, l’Université de Tours (UT), l’Universitat Autonoma de Barcelona (UAB) "
        "et l’University of Edinburgh (UoE), en collaboration avec des instituts de renommée internationale",
        [],
        page_date="2019-07-17",
        distractors=[
            "Publié le 17 juillet 2019 (the page's date)",
            "en 2010 / en 2017 / Depuis 2016 (years)",
        ],
        note="a research institute's press release on a funding result: no call, no deadline",
    )
    p(
        "r9f-auf-ohsea-colloque-2023",
        "https://auf.org/asie-pacifique/nouvelles/actualites/colloque-de-capitalisation-du-projet-ohsea-one-health-en-pratiques-en-asie-du-sud-est",
        "Du 24 au 26 avril 2023, l’Université des Sciences et des Technologies de Hanoï, en collaboration avec des "
        "partenaires du projet OHSEA (« One Health en pratiques en Asie du Sud-Est »), a tenu un important colloque autour "
        "du concept de la santé unique ou santé globale en Asie du Sud-Est.\n[...]\n"
        "L’AUF, de surcroît, a mis en place un groupe d’experts régional transdisciplinaire et accompagné 11 initiatives "
        "universitaires au Laos, au Cambodge et au Vietnam sur le thème de la santé globale\n[...]\n"
        "L’AUF-Asie-Pacifique s’est ainsi positionnée sur des questions d’actualité en mobilisant ses partenaires "
        "universitaires sur le terrain et s’est illustrée par sa capacité à mettre en place et à gérer des appels à projets "
        "régionaux d’envergure.",
        [],
        distractors=["Du 24 au 26 avril 2023 (a colloquium already held: an event)"],
        note="a francophone universities' agency news post on a past colloquium; a range heading the sentence is the "
        "event's, nothing is sent",
    )
    p(
        "r9f-canceropole-paca-ligue-douleurs-2025",
        "https://canceropole-paca.com/appel-a-projet/la-ligue-contre-le-cancer-lutte-contre-les-douleurs-liees-aux-cancers",
        "Pour ce faire, la Ligue lance un Appel à Projets spécifique tendant à soutenir une recherche novatrice dans le "
        "domaine de la lutte contre les douleurs liées aux cancers\n[...]\n"
        "  • Axe 4 : Le soutien aux dispositifs/réseaux d’accompagnement et/ou de formation des soignants pour une prise en "
        "charge sécurisée de la douleur\n  • Axe 5 : Les mécanismes physiopathologiques de la douleur\n\n"
        "Dépôt des lettres d’intention : 02 janvier 2025 au 13 février 2025\n\nTexte de l’appel\n\nEn savoir plus",
        [d("2025-02-13", kind="letter_of_intent")],
        opens="2025-01-02",
        note="a cancer network relaying a charity's call: a window after what is sent ('Dépôt des lettres d’intention :'), "
        "the first stage",
    )
    p(
        "r9f-inca-tabac-2016-doczz",
        "https://doczz.fr/doc/3127992/appel-%C3%A0-projets-2016-priorit%C3%A9-cancers-tabac-programme-de",
        "Appel à projets 2016\nPriorité Cancers Tabac\nProgramme de recherche et d’interventions\npour réduire le tabagisme "
        "et infléchir la\nprévalence des cancers liés au tabac\nAction 1.11\nAction 11.14\nObjectif 10\n"
        "Dépôt projets complets : 15 septembre 2015 - minuit\n"
        "Soumission en ligne: http://www.e-cancer.fr/aap/recherche/tabac2016\n"
        "Avec la collaboration\nde la Direction Générale de la Santé, de l’INPES et de la MILDECA",
        [d("2015-09-15", "23:59")],
        distractors=["Appel à projets 2016 (the call's year, not a date)"],
        note="a cancer institute's call document (PDF cover): 'Dépôt projets complets :' is a sending label, 'minuit' is "
        "23:59; full projects are the application",
    )
    p(
        "r9f-appelsprojetsrecherche-cardinnov-2023",
        "https://www.appelsprojetsrecherche.fr/appel/1-anr-1513",
        "Recherches portant sur le développement de stratégies thérapeutiques innovantes dans le cadre des maladies "
        "cardiovasculaires (CARDINNOV) – ERA4Health 2023\n\nStatut :\nÀ venir\nOuverture :\n15 déc. 2022\nClôture :\n28 févr. "
        "2023\nLes avancées des thérapies pour les maladies cardiovasculaires sont actuellement limitées dans la mesure où "
        "peu d’études s’intéressent aux voies de signalisation nouvelles et non redondantes",
        [d("2023-02-28")],
        opens="2022-12-15",
        note="a listing of national agency calls: fiche labels on the line above their values ('Ouverture :', 'Clôture :')",
    )
    p(
        "r9f-promotion-sante-occitanie-mildeca-2024",
        "https://promotion-sante-occitanie.org/mildeca-2024-appel-a-projets-contres-les-drogues-et-les-conduites-addictives",
        "Date limite de soumission des dossiers : 10 mars 2024.\nActions concernées par l’appel à projets 2024 :\n"
        "- La prévention des conduites addictives auprès des jeunes en milieu scolaire, par le renforcement des compétences "
        "psychosociales et l’aide à la parentalité ;\n"
        "- L’accompagnement de la vie nocturne festive, ainsi que le développement d’une gestion collective des risques "
        "sanitaires et des troubles à l’ordre public associés (fêtes votives ou milieux festifs alternatifs type free party) "
        ";\n[...]\n"
        "- La possibilité de construire des programmes d’actions pluriannuels et donc de conclure des conventions "
        "pluriannuelles d’objectifs (CPO).",
        [d("2024-03-10")],
        note="a regional health promotion body relaying an interministerial mission's call; a 'Date limite' fiche line",
    )
    p(
        "r9f-dreal-paca-sante-environnement-2024",
        "https://www.dre.provence-alpes-cote-d-azur.developpement-durable.gouv.fr/appel-a-projets-sante-environnement-2024-a15839.html",
        "Appel à projets Santé Environnement 2024\nPréambule\n"
        "En Provence-Alpes-Côte d’Azur, le Plan Régional Santé Environnement (PRSE) est piloté par l’Agence régionale de "
        "santé (ARS), la Direction de l’environnement, de l’aménagement et du logement (DREAL) pour le Secrétariat général "
        "pour les affaires régionales (SGAR) et par la Région Sud. L’année 2024 est une année clef : Les objectifs cadres du "
        "PRSE 2022-2027 (PRSE 4) ont été définis par les co-pilotes du plan (ARS-DREAL-Région) et la parution officielle du "
        "nouveau Plan Régional Santé Environnement est disponible depuis avril 2024 sur le site prse-PACA.fr",
        [],
        distractors=[
            "2022-2027 (the plan's period)",
            "depuis avril 2024 (the plan's publication, vague)",
        ],
        note="a regional state office's call page; the passage holds no closing date (it is not in the stored excerpt)",
    )
    p(
        "r9f-aphp-fhu-2019-calendrier",
        "https://recherche-innovation.aphp.fr/2019/05/29/appel-a-projets-fhu-2019/",
        "L’APHP, l’Inserm, et les Universités d’Ile-de-France lancent l’appel à projets Fédérations Hospitalo-universitaires "
        "(FHU).\nLes FHU ont pour ambition de renforcer les relations hospitalo-universitaires afin d’améliorer la recherche "
        "médicale et la qualité des soins et de contribuer à un rayonnement rapide de l’innovation.\nCalendrier FHU 2019\n"
        "- Lundi 5 août minuit : date limite de dépôt des dossiers de candidature des équipes de recherche à l’adresse "
        "suivante :\nfhu.aap2019@aphp.fr - Mardi 24 septembre 2019 : sélection par le comité de pilotage des dossiers qui "
        "seront auditionnés en décembre\n"
        "- Lundi 9 et mardi 10 décembre : auditions des candidats sélectionnés par le jury international",
        [],
        distractors=[
            "Lundi 5 août minuit (the deadline, but year-less on a page with no shown date: unresolvable)",
            "Mardi 24 septembre 2019 (selection by the steering committee: an event)",
            "Lundi 9 et mardi 10 décembre (hearings, year-less)",
        ],
        note="a hospital group's research department call; the deadline line names no year and the page shows no date "
        "(the year is only in the heading 'Calendrier FHU 2019' and in the URL), so by the documented limit nothing is "
        "expected; a subscriber would want 2019-08-05 23:59",
    )
    p(
        "r9f-crrcetp-fmr-shs-2017",
        "http://crrcetp.eu/appel-a-projets-sciences-humaines-et-sociales-maladies-rares",
        "Appel à projets Sciences humaines et sociales & maladies rares\n\nDate : \nMardi 07 Mars 2017\n\n"
        "Cet appel à projets lancé par la Fondation maladies rares en collaboration avec la Caisse Nationale de Solidarité "
        "pour l'Autonomie (CNSA) et la Fondation d'entreprise IRCEM vise à mieux comprendre les conséquences liées à la "
        "rareté de la maladie et les impacts en terme de handicap et de qualité de vie.\n\n"
        "L'objectif est d'améliorer le parcours de vie des personnes concernées et de leur entourage.\n\n"
        "L'interdisciplinarité des projets de Recherche en sciences humaines et sociales est encouragée.",
        [],
        page_date="2017-03-07",
        distractors=["Date : Mardi 07 Mars 2017 (the post's date, under the call's title)"],
        note="a rare-disease reference centre relaying a foundation's call; the only date is the post's 'Date :' field, "
        "which is not a deadline label (a judgement: a subscriber sends nothing by that day); taken as the page date",
    )
    p(
        "r9f-canalacademies-grands-prix-2011",
        "https://canalacademies.com/emissions/sous-la-coupole/institut-de-france/remise-des-grands-prix-2011-des-fondations-de-linstitut-de-france",
        "Remise des Grands Prix 2011 des Fondations de l’Institut de France\n"
        'L’Institut de France, ce "parlement des savants", abrite de nombreuses fondations qui décernent chaque année des '
        "prix prestigieux contribuant à faire avancer la recherche scientifique, l’expression artistique et l’humanitaire.\n"
        "[...]\nEn exclusivité sur Canal Académie participez à la cérémonie de remise des grands prix décernés par des jurys "
        "d'académiciens illustres. Rien de ce qui s'est déroulé sous la Coupole de l'Institut de France en ce mercredi 8 juin "
        "2011 ne vous échappera !\nComme chaque année depuis 7 ans maintenant, l'Institut accueille une cérémonie empreinte "
        "de solennité : la remise des grands prix de ses fondations.",
        [],
        distractors=["mercredi 8 juin 2011 (the prize ceremony: an event)"],
        note="an academies' radio page on a prize ceremony: results, nothing to send",
    )
    p(
        "r9f-podcastjournal-grands-prix-2009",
        "https://podcastjournal.net/Les-Grands-Prix-de-l-Institut-de-France-2009_a2285.amp.html",
        "Les Grands Prix de l’Institut de France 2009\n\nEn savoir plus avec Canal Académie\n\n\n"
        "Par Canal Académie - Hélène Renard Rédigé le 10/06/2009 (dernière modification le 10/06/2009)\n\n"
        "A l’occasion de la remise solennelle des Grands Prix de l’Institut 2009, le Chancelier Gabriel de Broglie présente "
        'le "métier de mécène" - un métier qui se professionnalise - et les Grands Prix des Fondations abritées par '
        "l’Institut de France.\n[...]\n"
        "C’est désormais un rendez-vous incontournable, un événement attendu chaque deuxième mercredi de juin : la remise "
        "solennelle, sous la Coupole, des Grands Prix des Fondations abritées par l’Institut de France.",
        [],
        page_date="2009-06-10",
        distractors=[
            "Rédigé le 10/06/2009 (dernière modification le 10/06/2009) (the page's dates)",
            "chaque deuxième mercredi de juin (a recurring ceremony, no day)",
        ],
        note="a web magazine's post on a foundation prize ceremony; numeric stamps of writing and update are no deadline",
    )
    p(
        "r9f-recherche-aphp-faq-cri",
        "https://recherche.aphp.fr/faq/",
        "FAQ\n\nPage en cours de mise à jour\n\n"
        "Dans le cadre de l’élaboration des 30 leviers, de nombreux investigateurs ont relevé la complexité de l’organisation "
        "de la recherche à l’AP-HP.\n[...]\n"
        "Afin de rendre lisible notre organisation, l’AP-HP s’est engagée à l’automne 2023 à mettre à disposition une Foire "
        "Aux Questions (FAQ) destinée aux chercheurs.\n[...]\n"
        "Elle est composé des vice-présidents recherche, des représentants de la CME et des présidents des commissions "
        "recherche et innovation locales.\n\nAu 1er novembre 2023, sa composition nominative est :",
        [],
        distractors=[
            "à l’automne 2023 (vague)",
            "Au 1er novembre 2023 (the date of a committee's membership list)",
        ],
        note="a hospital group's research FAQ: no call, no deadline",
    )
    p(
        "r9f-orniformation-bourses-religieux-2019",
        "https://orniformation.com/index.php/fr/programs/actualites-sur-l-education-au-senegal/5047-programme-d-excellence-bourses-d-etudes-pour-religieux",
        "ANNEXE 2\n\nDOSSIER DE BOURSE D'ETUDES POUR RELIGIEUX 2019\n\n"
        "Date limite de réception des dossiers au ministère de l'Europe et des Affaires étrangères :\n\n"
        "Pour les demandes de bourses longues (de 18 à 36 mois) comme de bourses courtes (6 à 18 mois) : vendredi 3 mai "
        "2019, délai de rigueur\n\n"
        "Les dossiers incomplets ou reçus après cette date ne seront pas examinés. Les dossiers envoyés directement au "
        "Ministère par des candidats ou des établissements d'enseignement supérieur ne sont pas éligibles.\n\n"
        "Les candidats doivent donc remettre leur dossier au Service de Coopération et d'Action Culturelle (SCAC) de "
        "l'Ambassade de France de leur pays de résidence, dans les meilleurs délais avant le 3 mai 2019.",
        [d("2019-05-03")],
        note="an education site relaying a ministry's grants for study in France; the label 'Date limite de réception des "
        "dossiers … :' is on a line above, its value after another colon; the same day again after 'avant le'",
    )
    p(
        "r9f-c2rp-diagnostic-illettrisme-hdf",
        "https://c2rp.fr/article/appel--candidatures--diagnostic-sur-l-illettrisme-et-l-illectronisme-en-hauts-de-france",
        "Pour participer à l’appel à candidature, le projet doit être porté par :\n"
        "- Une collectivité territoriale suivante : la Région, un Conseil départemental, les EPCI ou le CCIAS de l’EPCI,\n"
        "- Un groupement d’intérêt public,\n- Une association\n"
        "- Un consortium d’associations et/ou d’acteurs institutionnels\n"
        "La subvention de l’Etat représentera au maximum 80 % du coût total du projet, et pourra s’élever de 10 à 30 000 € "
        "par projet. Cette aide sera non reconductible.\n"
        "La date limite de dépôt des candidatures est fixée au 15 septembre prochain et la réalisation du diagnostic et du "
        "plan d’actions doit être achevée au plus tard le 31 mars 2024 et non le 15 mars comme le mentionne le cahier des "
        "charges en page 4.\nIl est prévu de soutenir jusqu’à 10 projets.",
        [],
        distractors=[
            "15 septembre prochain (the deadline, year-less on an undated page: unresolvable)",
            "au plus tard le 31 mars 2024 (the diagnosis must be completed by then: a condition on doing, not sending)",
            "le 15 mars (a corrected date given up, year-less)",
        ],
        note="a regional careers body relaying a state grant call; the only sending date is year-less ('prochain' does not "
        "name a year), so nothing; the full date is a completion requirement (class 6, 'doit être achevée')",
    )
    p(
        "r9f-blri-labex-advisory-board-calendar",
        "http://blri.fr/support-for-research-projects.html",
        "Support for research projects\n\nThe Labex offers support for its members' research projects through an ongoing "
        "call for projects.\n[...]\n    Next Advisory Board meetings :\n"
        "  • Tuesday, October 2 (project submission dealine : September 25)\n"
        "  • Tuesday, November 6 (project submission dealine : October 31)\n"
        "  • Tuesday December 4 (project submission dealine : Novembre 28)\n"
        "  • Tuesday, January 8 (project submission dealine : January 2)\n"
        "  • Wednesday, February 5 (project submission dealine : January 29)\n"
        "  • Tuesday, March 5 (project submission dealine : February 27)\n"
        "  • Tuesday, April 2 (project submission dealine : March 27)\n"
        "  • Tuesday, May 7 (project submission dealine : April 30)\n"
        "  • Tuesday, June 4 (project submission dealine : May 27)",
        [],
        distractors=[
            "Tuesday, October 2 … Tuesday, June 4 (board meetings: events, year-less)",
            "September 25 … May 27 (submission deadlines, year-less on an undated page: unresolvable)",
        ],
        note="a laboratory of excellence's rolling call (English page, typos 'dealine', 'Novembre' as on the page): every "
        "date is year-less and the page shows no date, so nothing is expected (class 8); the weekdays would fix the "
        "years (2018-2019) but the rules do not read them",
    )
    p(
        "r9f-umontpellier-exposum-ami-sciences-societe",
        "https://umontpellier.fr/articles/appel-a-manifestation-dinteret-exposum-interactions-sciences-societe",
        "Appel à Manifestation d’Intérêt ExposUM “Interactions Sciences-Société”\n\n"
        "Appel à manifestation d’intérêts et appel à incubation de projets territoriaux ExposUM.\n[...]\n"
        "Modalités de soutien\n\nCet appel à manifestation d’intérêt initié en avril 2024 par l’Institut ExposUM sera ouvert "
        "jusqu’en mars 2025. Les financements attribués pour chaque projet peuvent aller jusqu’à 8000€ HT.",
        [],
        distractors=["initié en avril 2024 (vague)", "jusqu’en mars 2025 (vague: a month, no day)"],
        note="a university institute's rolling call: its closing is a month only, so no deadline (class 7)",
    )
    p(
        "r9f-gulbenkian-paris-2023-2024",
        "https://gulbenkian.pt/paris/appel-a-projets-2023-2024",
        "Appel à projets 2023-2024\n\nCandidature du 1er février au 28 avril 2023\n\n"
        "Avant de commencer, veuillez lire attentivement les informations ci-dessous:\n\n"
        "  • Toutes les instructions pour candidater sont consultables dans le règlement du concours disponible sur notre "
        "site internet; \n"
        "  • Seules les institutions (musées, centres d’art, associations, fondations, etc.), et certains événements "
        "(festivals, biennales) sont éligibles. Aucune candidature individuelle d’artiste ne pourra être étudiée;\n[...]\n"
        "Updated on 09 may 2023",
        [d("2023-04-28")],
        opens="2023-02-01",
        page_date="2023-05-09",
        distractors=["Updated on 09 may 2023 (the page's update)"],
        note="a foundation's Paris delegation call (cultural projects, not research); a window after 'Candidature'",
    )
    p(
        "r9f-cnrs-80prime-2019-cloture",
        "http://www.cnrs.fr/en/node/3325",
        "Le CNRS lance l’appel à projet 80|Prime\n\nRecherche\n\n"
        "Dans le cadre des 80 ans du CNRS, la Mission pour les initiatives transverses et interdisciplinaires (MITI) lance "
        "l’appel à projet 80|Prime afin de soutenir et renforcer l’interdisciplinarité entre instituts du CNRS.\n[...]\n"
        "Chaque institut du CNRS a ainsi la possibilité de proposer un petit nombre de projets scientifiques à l’appel à "
        "projet 80|Prime dont la clôture est programmée le 30 janvier 2019. Ces projets devront donc s’appuyer sur des "
        "collaborations entre plusieurs laboratoires issus d’au moins deux instituts du CNRS.",
        [d("2019-01-30")],
        note="a research organisation's news on an internal call: 'dont la clôture est programmée le' is a closing noun; "
        "the institutes submit, their teams build the projects (kind application, a judgement)",
    )
    p(
        "r9f-iledefrance-gif-80prime-laureats-2021",
        "https://www.iledefrance-gif.cnrs.fr/fr/cnrsinfo/80-prime-les-projets-laureats-2021-devoiles",
        "80 Prime : les projets lauréats 2021 dévoilés\n\nDistinction\n\n"
        "Pour sa troisième édition, l’appel à projets 80 Prime du CNRS donne à nouveau la part belle à l’interdisciplinarité "
        "et à la prise de risque. 11 des 80 projets financés le sont sur le plateau de Saclay !\n\n"
        'Créé en 2019, à l’occasion des 80 ans du CNRS, cet appel promeut des "projets de recherche interdisciplinaires '
        'multi-équipes" (Prime) et a notamment pour objectif de soutenir l’interdisciplinarité au CNRS.\n\n'
        "Les 80 projets sélectionnés bénéficient d’un budget annuel maximal par projet de 30 000 euros sur deux ans, auquel "
        "s’ajoute un contrat doctoral sur trois ans, le tout financé par l’organisme.",
        [],
        distractors=["Créé en 2019 (a year)"],
        note="a regional office's results announcement for the same programme's third edition: no deadline",
    )
    p(
        "r9f-newstank-pepr-luma-2024",
        "https://education.newstank.fr/article/view/313918/pepr-exploratoire-luma-40-38-explorer-interactions-lumiere-matiere-cea-cnrs.html",
        "PEPR exploratoire Luma : 40,38 M€ pour explorer les interactions lumière-matière (CEA/CNRS)\n\n"
        "News Tank Éducation & Recherche - Paris - Actualité n°313918 - Publié le 21/02/2024 à 14:50\n[...]\n"
        "« Luma pourra soutenir de façon significative une communauté nationale de plus de 1 000 scientifiques, qui est déjà "
        "très visible internationalement. »\n[...]\n"
        "Ce PEPR, copiloté par le CEA et le CNRS Centre national de la recherche scientifique et doté de 40,38 M€ sur « au "
        "moins six ans », doit être lancé institutionnellement en 2024. Il finance notamment deux réseaux de plateformes "
        "distribuées. « L’objectif est que les premières plateformes, qui ont commencé à s’équiper dès 2023, ouvrent l’accès "
        "aux utilisateurs dès mi-2024. »",
        [],
        page_date="2024-02-21",
        distractors=[
            "Publié le 21/02/2024 à 14:50 (the article's date and time)",
            "dès mi-2024 (vague)",
        ],
        note="a higher-education news agency on a research programme's funding: no call to answer",
    )
    p(
        "r9f-anrs-vih-2021-jusquau-15-septembre",
        "https://www.anrs.fr/fr/actualites/859/nouvel-appel-projets-sur-le-vih-40-ans-apres-la-recherche-continue",
        "Nouvel appel à projets sur le VIH : 40 ans après, la recherche continue\n\n16 juin 2021\n[...]\n"
        "Depuis 1988, l’ANRS a lancé plus de 60 appels à projets pour soutenir les projets de recherche sur le VIH/sida. "
        "Aujourd’hui, un nouvel appel s’ouvre.\n[...]\n"
        "Le dernier appel à projets vient d’ouvrir. Jusqu’au 15 septembre, il est possible de déposer sur la plate-forme "
        "dédiée Apogée les demandes de financement pour des projets de recherche et des contrats d'initiation de recherche, "
        "des allocations de recherche pour des doctorants et post-doctorants et des soutiens aux colloques et aux "
        "publications.",
        [d("2021-09-15")],
        page_date="2021-06-16",
        distractors=["16 juin 2021 (the post's date)", "Depuis 1988 (a year)"],
        note="a national research agency's news: the year-less 'Jusqu’au 15 septembre' heads a sentence about sending "
        "requests; its year comes from the post's date; the opening ('vient d’ouvrir') has no day",
    )
    p(
        "r9f-newspress-anr-infect-era-2015",
        "http://www.newspress.fr/Communique_FR_284709_3349.aspx",
        "Préannonce : un appel à projets internationaux sur les maladies infectieuses à venir\n\n"
        "ANR - Agence Nationale de la Recherche - 22/12/2014 10:50:00\n\n\n"
        "L'Agence Nationale de la Recherche va lancer, en collaboration avec neuf pays européens, l'Inde et le Brésil, un "
        "troisième appel à projets dans le cadre de l'ERA-NET Infect-ERA. Cette initiative vise à promouvoir des recherches "
        "internationales sur le thème des maladies infectieuses humaines. L'ouverture est prévue pour le 19 janvier 2015.",
        [],
        opens="2015-01-19",
        page_date="2014-12-22",
        distractors=["22/12/2014 10:50:00 (the release's date and time)"],
        note="a press-release site relaying a national agency's pre-announcement: an opening ('L'ouverture est prévue pour "
        "le'), no deadline yet",
    )
    p(
        "r9f-muse-explore3-faq-report",
        "https://muse-archive.edu.umontpellier.fr/international/faq-explore-3/",
        "FAQ : Explore #3\n\nOui, le programme Explore #3 est maintenu. Compte tenu de la situation,  la date limite de dépôt "
        "de candidature est reportée au 27 avril 2020 (23h59 heure de Paris).\n\n"
        "N’oubliez pas que les mobilités Explore #3 peuvent se dérouler  jusqu’au 31 décembre 2021.\n\n"
        "Pour l’instant (début janvier 2021), la date limite d’exécution des mobilités Explore #3 reste inchangée. Les "
        "mobilités Explore #3 sont donc censées être démarrées avant le 31/12/2021 (elles peuvent se terminer au-delà de "
        "cette date, mais doivent avoir démarré avant la fin de l’année).\n[...]\n"
        "La prise en charge des frais liés aux mobilités Explore #3 doit se situer dans la période allant du 20 juin 2020 au "
        "31 décembre 2021, conformément au calendrier de réalisation des mobilités prévu dans l’appel.",
        [d("2020-04-27", "23:59")],
        distractors=[
            "jusqu’au 31 décembre 2021 / avant le 31/12/2021 (when mobilities may take place or must start: a condition)",
            "début janvier 2021 (vague)",
            "du 20 juin 2020 au 31 décembre 2021 (the period for eligible expenses)",
        ],
        note="a university excellence initiative's FAQ on student mobility grants: the postponed application deadline "
        "('reportée au', the old date not written); the mobility dates are things to do, not to send (a subscriber "
        "sends nothing by them), though 'date limite d’exécution' and 'jusqu’au' are deadline words",
    )
    p(
        "r9f-icar-iuf-2024-date-limite",
        "https://icar.cnrs.fr/?p=11046",
        "L’Institut universitaire de France, créé par le décret du 26 août 1991, a pour mission de favoriser le "
        "développement de la recherche de haut niveau dans les universités et de renforcer l’interdisciplinarité.\n[...]\n"
        "Deux cents chaires IUF seront ouvertes au concours en application de la loi de programmation de la recherche (LPR), "
        "promulguée le 24 décembre 2020 :\n"
        "- 100 chaires juniors dont 80 chaires fondamentales, 15 chaires d’innovation et 5 chaires de médiation scientifique "
        ";\n- 100 chaires seniors dont 80 chaires fondamentales, 15 chaires d’innovation et 5 chaires de médiation "
        "scientifique.\n"
        "Dans l’esprit de l’IUF, y sont attendues tant les sciences humaines et sociales que les sciences naturelles et "
        "médicales.\nDate limite de dépôt des dossiers de candidature : 6 novembre 2023, à minuit.\n"
        "Contact : campagne.iuf@recherche.gouv.fr",
        [d("2023-11-06", "23:59")],
        distractors=[
            "le décret du 26 août 1991 (a decree's date)",
            "promulguée le 24 décembre 2020 (a law's date)",
        ],
        note="a CNRS laboratory relaying the ministry's yearly call for university institute chairs; 'à minuit' after the "
        "date is 23:59",
    )
    p(
        "r9f-mesr-iuf-installation-2024",
        "https://enseignementsup-recherche.gouv.fr/fr/l-institut-universitaire-de-france-installe-ses-nouveaux-membres-97635",
        "Publié le 18.10.2024\n\nL'Institut universitaire de France installe ses nouveaux membres\n\n"
        "Vendredi 18 octobre 2024 a lieu la cérémonie d'installation des nouveaux membres de l'Institut universitaire de "
        "France (IUF) en Sorbonne. Qu'est-ce que l'IUF ? Comment sont élus ses membres ?\n[...]\n"
        "Créé en 1991, l'Institut universitaire de France (IUF) revêt, depuis 2022, la forme d'une structure interne du "
        "ministère.\n\nLa liste des nouveaux lauréats nommés à l’Institut universitaire de France a été publiée au Bulletin "
        "officiel n°23 du 6 juin 2024\n\nFonctionnement et sélection des membres\n\n"
        "Chaque année, 200 chaires IUF sont ouvertes au concours (100 Juniors et 100 Seniors), en application de la loi de "
        "programmation de la recherche (LPR).",
        [],
        page_date="2024-10-18",
        distractors=[
            "Publié le 18.10.2024 (the page's date)",
            "Vendredi 18 octobre 2024 (the installation ceremony: an event)",
            "Bulletin officiel n°23 du 6 juin 2024 (a publication)",
        ],
        note="a ministry's news on the same institute's new members: results and a ceremony, nothing to send",
    )
    p(
        "r9f-bo-iuf-promotion-2025-circulaire",
        "https://enseignementsup-recherche.gouv.fr/fr/bo/2024/Hebdo26/ESRS2415046C",
        "Institut universitaire de France\n\nCampagne de candidatures (promotion 2025)\n\nnor : ESRS2415046C\n\n"
        "Circulaire du 7-6-2024\n\nMESR - Dgesip - DGRI\n[...]\n"
        "L’Institut universitaire de France (IUF), créé par décret du 26 août 1991 modifié par le décret du 13 avril 2022, a "
        "pour mission de favoriser le développement de la recherche de haut niveau dans les universités et de renforcer "
        "l’interdisciplinarité.\n\n"
        "Un certain nombre d'enseignants-chercheurs (200) sont nommés à l’IUF chaque année en considération de la qualité "
        "de leur travail scientifique et de leur projet de recherche, justifiant de leur accorder des moyens supplémentaires "
        "pour développer leur activité de recherche.",
        [],
        page_date="2024-06-07",
        distractors=[
            "Circulaire du 7-6-2024 (the circular's date, a numeric date with a dash)",
            "décret du 26 août 1991 / décret du 13 avril 2022 (decrees)",
        ],
        note="the official bulletin's circular opening a campaign; the passage (its head) holds no sending date; "
        "'7-6-2024' is the circular's date (taken as the page date)",
    )
    p(
        "r9f-fyssen-research-grants-opening-2025",
        "https://www.fondationfyssen.fr/en/our-actions/research-grants",
        "Research grants\n\nEach year, the Fyssen Foundation awards between four and six research grants to researchers "
        "leading innovative scientific projects.\n\nConditions\n\nThe application form is to be completed ONLINE.\n[...]\n"
        "The copy of the contract of employment\n\nOpening session on the web site: September, 2,  2025\n\nFAQ\n[...]\n"
        "The post doctoral project may start on September 1st, 2025 the earliest, and on very beginning of January 2026 the "
        "latest.\n[...]\n"
        "Any personality who wishes to transmit a letter (dated and signed) may send it either by post, or by email (to "
        "secretariat@fondationfyssen.fr). In any case all documents should be received BEFORE the deadline of the call.",
        [],
        opens="2025-09-02",
        distractors=[
            "September 1st, 2025 … beginning of January 2026 (when a project may start: a condition)",
        ],
        note="a foundation's research grant page: the opening ('Opening session on the web site:', written 'September, "
        "2,  2025' with commas) and no closing date in this part; 'the deadline of the call' names no day",
    )
    p(
        "r9f-unesco-jeunes-talents-2020-laureates",
        "https://unesco.delegfrance.org/Prix-Jeunes-Talents-France-2020-L-Oreal-UNESCO-Pour-les-Femmes-et-la-Science-35-3807",
        "Prix Jeunes Talents France 2020 L’Oréal-UNESCO Pour les Femmes et la Science : 35 prometteuses chercheuses primées\n"
        "Pour la 14ème édition annuelle du Prix l’Oréal-UNESCO Jeunes Talents France Pour les Femmes et la Science, une "
        "Conférence scientifique a été organisée par la Fondation L’Oréal, avec l’Académie des sciences et la Commission "
        "nationale française pour l’UNESCO. Cette édition 2020 , récompense 35 jeunes chercheuses, 23 doctorantes et 12 "
        "post-doctorantes.\n[...]\n"
        "Compte tenu de la situation sanitaire liée à l’épidémie de la Covid-19, la journée du 8 octobre s’est entièrement "
        "tenue en ligne et a été consacrée à des présentations et échanges scientifiques entre Jeunes Talents.",
        [],
        distractors=["la journée du 8 octobre (a past conference day, year-less)"],
        note="a permanent delegation's news on a prize's laureates: results and an event, no call",
    )
    p(
        "r9f-univ-tlse2-amid-commission-novembre",
        "https://www.univ-tlse2.fr/accueil/recherche/etudes-doctorales/aides-mobilite-internationale-doctorants",
        "Aides à la mobilité internationale\n\nMis à jour en juin 2024\n[...]\n"
        "Aide à la mobilité internationale (AMID)\n\n"
        "Ces bourses ne sont pas destinées à financer un travail de recherche « classique » (consultation d’archives, de "
        "documentation, de matériaux, etc…) : des aides à demander directement aux laboratoires de recherche sont prévues "
        "pour cela.\n[...]\n"
        "Une seule commission se réunit par an, au mois de novembre, pour les mobilités à prévoir l’année suivante (par "
        "exemple, la commission de novembre 2024 examine les dossiers de mobilités prévues à partir de janvier 2025).\n\n"
        "À ce moment-là, le dossier doit être constitué sur la plateforme MOVE ON.",
        [],
        distractors=[
            "Mis à jour en juin 2024 (update, a month)",
            "novembre 2024 (the committee, vague)",
            "à partir de janvier 2025 (mobilities' start, vague)",
        ],
        note="a university's doctoral mobility grants: only months, so no deadline (class 7); a subscriber learns the "
        "file must be ready by the November committee but no day is given",
    )
    p(
        "r9f-anr-infect-era-2016-preannonce",
        "http://www.agence-nationale-recherche.fr/missions-et-organisation/europe-international/detail/preannonce-un-appel-a-projets-internationaux-a-venir-sur-les-maladies-infectieuses/",
        "Préannonce : Un appel à projets internationaux à venir sur les maladies infectieuses\n\n"
        "L’Agence Nationale de la Recherche va lancer, en collaboration avec dix pays de l’union européenne et un pays "
        "associé - l’Israël-, un quatrième appel à projets dans le cadre de l’ERA-NET Infect-ERA. Cette initiative vise à "
        "promouvoir des recherches internationales sur le thème des maladies infectieuses humaines. L’ouverture est prévue "
        "pour le 18 janvier 2016.\n\n"
        "Les pays participant à l’appel à projets sont les suivantes : L’Autriche (FWF), la Belgique (FNRS, FWO-Flanders et "
        "IWT-Flanders), la France (ANR), l’Allemagne (BMBF/PtJ), la Hongrie (NKFIH), l’Israël (CSO-MOH), l’Italie (MoH), la "
        "Pologne (NCBR et NCN), le Portugal (FCT), la Roumanie (ANCSI), et l’Espagne (ISCIII et MINECO).",
        [],
        opens="2016-01-18",
        note="the national research agency's own pre-announcement of the next edition (a different call from the 2015 "
        "one relayed elsewhere): an opening only",
    )
    p(
        "r9f-actuia-cnrs-irsn-2023-prochain",
        "https://actuia.com/actualite/le-cnrs-et-lirsn-lancent-lapp-materiaux-sante-et-mesures-au-coeur-des-defis-du-nucleaire",
        "La Mission pour les Initiatives Transverses et Interdisciplinaires (MITI) a pour objectif de promouvoir, animer et "
        "coordonner l’interdisciplinarité au CNRS, et plus particulièrement l’interaction entre ses dix instituts. Dans ce "
        "cadre, elle lance l’appel à projet 2023 conjoint avec l’IRSN « Matériaux, santé et mesures : au cœur des défis du "
        "nucléaire ». Les candidatures peuvent être déposées jusqu’au 10 décembre prochain à 12H.\n"
        "Le CNRS et L’Institut de Radioprotection et de Sûreté Nucléaire (IRSN) coopèrent de longue date dans le domaine de "
        "la sûreté nucléaire, ils ont d’ailleurs créé en 2008 un laboratoire commun\n[...]\n"
        "et, plus récemment, en 2020, renouvelé leur accord-cadre afin de définir les conditions de leur collaboration. En "
        "juin dernier, ils ont présenté leur feuille de route commune",
        [],
        distractors=[
            "jusqu’au 10 décembre prochain à 12H (the deadline, year-less on an undated page: unresolvable)",
            "en 2008 / en 2020 / En juin dernier (past years, vague)",
        ],
        note="a news site relaying a research organisation's joint call; 'prochain' does not name a year and the page "
        "shows no date, so nothing (class 8), though the call's name says 2023 (a subscriber would want 2022-12-10 "
        "12:00, a guess from 'appel à projet 2023')",
    )
    p(
        "r9f-insb-atip-avenir-histoire",
        "https://www.insb.cnrs.fr/fr/cnrsinfo/une-breve-histoire-du-programme-atip-avenir",
        "Une brève histoire du programme ATIP-Avenir\n\nInstitutionnel\n\n"
        "Le 25 Novembre 2019 au Collège de France à Paris se déroula le 10ème anniversaire du programme ATIP-Avenir. Lors de "
        "son allocution, Daniel Louvard (Directeur de recherche émérite CNRS, Directeur honoraire Institut Curie et Membre de "
        "l’Académie des sciences) retraça symboliquement une brève histoire du programme ATIP-avenir.\n[...]\n"
        "Lorsque je retournai en France après un post-doc aux USA dans le Laboratoire de JS. Singer (UCSD, La Jolla), puis à "
        "l’EMBL où je fus chef d’équipe de 1978 à 1982, je fis le constat qu’il n’existait pas en France de programme "
        "national pour faciliter l’émergence des jeunes chefs d’équipe ambitieux et prometteurs.",
        [],
        distractors=["Le 25 Novembre 2019 (an anniversary event)", "de 1978 à 1982 (years)"],
        note="a research institute's news on a young-team programme's history: no call",
    )
    p(
        "r9f-anrs-variole-simienne-flash",
        "https://anrs.fr/fr/actualites/1105/un-appel-projets-de-recherche-flash-sur-la-variole-simienne",
        "Un appel à projets de recherche « Flash » sur la variole simienne\n\n"
        "L’ANRS | Maladies infectieuses émergentes lance en urgence un appel à projets pour financer des projets de "
        "recherche qui apporteront des connaissances à court terme sur la variole simienne.\n\n"
        "Dernière mise à jour le 10 mars 2023\n\nPérimètre \n\n"
        "Cet appel à projets vise des projets de recherche sur la variole simienne apportant une réponse à court terme, "
        "selon les priorités suivantes :\n[...]\nEligibilité\n\n"
        "Se référer au règlement disponible sur la page « Je soumets mon projet »",
        [],
        page_date="2023-03-10",
        distractors=["Dernière mise à jour le 10 mars 2023 (the page's update)"],
        note="a research agency's flash call page; no closing date in this part, only the update stamp",
    )
    p(
        "r9f-franceinter-jni-2020-congres",
        "https://www.franceinter.fr/les-infectiologues-organisent-leur-congres-annuel-en-espace-clos",
        "En pleine remontée des cas de contaminations, les infectiologues de France ont décidé de maintenir leur congrès "
        "annuel en présentiel. Les 21èmes journées nationales d'infectiologie se tiendront donc du 9 au 11 septembre "
        "prochain au Palais des congres de Poitiers, avec un amphi rempli de plusieurs centaines de médecins.\n[...]\n"
        "Fallait-il maintenir le congrès dans le contexte, sachant qu'il a déjà été reporté de juin à septembre à cause de "
        "la pandémie ?",
        [],
        distractors=[
            "du 9 au 11 septembre prochain (the congress: an event, year-less)",
            "reporté de juin à septembre (a moved event, months only)",
        ],
        note="a radio's news on an infectious diseases society's congress: a congress's dates are no deadline, even "
        "moved ('reporté')",
    )
    p(
        "r9f-cfp-home-2017",
        "http://www.congresfrancaispsychiatrie.org/",
        "Congrès Français de Psychiatrie\n\nLyon - Cité Centre des Congrès\n29 novembre au 2 décembre 2017\n\n[...]\n"
        "Le Mot du Président!\n\n02/09\n\nLe Congrès Français de Psychiatrie arrive à Montpellier.\n\n"
        "“Innover : pourquoi, comment ?“ est le thème de notre congrès 2016. Un programme. Un slogan !",
        [],
        distractors=[
            "29 novembre au 2 décembre 2017 (the congress: an event)",
            "02/09 (a year-less post stamp)",
        ],
        note="a psychiatry congress's home page: a bare range under the congress's name is its dates, not a window to "
        "send anything",
    )
    p(
        "r9f-soc-nephrologie-sni-ag",
        "https://soc-nephrologie.org/SNI/index.htm",
        "L'assemblée générale de l'AMSN sera accueillie à l'Hôpital Necker le samedi 4 février à partir de 10h00, suivie des "
        "conférences annuelles sur le syndrome néphrotique\n"
        "Le centre de référence (CDR) « Syndrome néphrotique idiopathique ou SNI » dont le coordonnateur est le Dr Sahali "
        "(Hôpital Henri Mondor) a été crée en 2006.\n[...]\n"
        'Le programme "Ambition-Recherche" (PAR) financé par l\'association des malades atteints de syndrome néphrotique '
        "(AMSN) a pour but de dynamiser la recherche sur le syndrome néphrotique en France. Le PAR financera en priorité des "
        "projets scientifiques ambitieux",
        [],
        distractors=[
            "le samedi 4 février à partir de 10h00 (a general assembly: an event, year-less)",
            "crée en 2006 (a year)",
        ],
        note="a nephrology society's page on a patients' association research programme: a meeting and no deadline",
    )
    p(
        "r9f-alphavisa-ica-2026-abstracts",
        "https://www.alphavisa.com/ica/2026/instructions-abstract.php",
        "Instructions for abstract submission\nGENERAL INSTRUCTIONS\n"
        "The Scientific Committee will evaluate the abstracts and will confirm the type of presentation (oral communication "
        "or poster), and scientific theme and/or session retained.\n"
        "Abstracts selected for an oral presentation will have a presentation time of 15 minutes, followed by a Q&A session.\n"
        "For poster realization see the section below.\nDeadline for abstract submission: 28 February 2026\n"
        "Notification of Acceptation: during April 2026\n"
        "- The conference official language is English. Please submit your abstract accordingly.",
        [d("2026-02-28")],
        distractors=["during April 2026 (notification, vague)"],
        note="a French congress organiser's page for an international conference: abstracts are the candidature",
    )
    p(
        "r9f-sfar-congres-2017-editorial",
        "http://sfar.org/?p=16627",
        "Mis en ligne le 21 Septembre 2017\nÉditoriaux\nRetour\n\n"
        "Le congrès annuel de la SFAR se tient comme chaque année au Palais des Congrès de la Porte Maillot à Paris sur 3 "
        "jours du jeudi 21 au samedi 23 septembre.\n\n"
        "L’intérêt pour notre congrès ne faiblit pas et le nombre des inscrits devrait cette année encore avoisiner les 5000 "
        "participants.\n[...]\nPlus de 500 études sélectionnées par le Comité Scientifique seront présentées à cette occasion",
        [],
        page_date="2017-09-21",
        distractors=[
            "Mis en ligne le 21 Septembre 2017 (the page's date)",
            "du jeudi 21 au samedi 23 septembre (the congress: an event)",
        ],
        note="an anaesthesia society's editorial on its congress: event dates and a posting stamp, no deadline",
    )
    p(
        "r9f-armacad-fms-jewish-women-2018",
        "https://armacad.info/foundation-for-the-memory-of-the-shoah-doctoral-and-post-doctoral-grants-program-2018-france",
        "Foundation for the Memory of the Shoah Doctoral and Post-doctoral Grants Program 2018, France\n\n"
        "Publish Date: Feb 20, 2018\n\nDeadline: Apr 01, 2018\n\n"
        "Grants: Jewish Women in France During the Second World War and the Post-War Period\n\n"
        "The Foundation for the Memory of the Shoah is a private and public-interest foundation.\n[...]\n"
        "In partnership with the Institut Émilie du Châtelet, the Foundation for the Memory of the Shoah offers a doctoral "
        "and a post-doctoral grant for young researchers working on the history of Jewish women in France during the Second "
        "World War and the post-war period (1939-late the 1950s).",
        [d("2018-04-01")],
        page_date="2018-02-20",
        distractors=[
            "Publish Date: Feb 20, 2018 (the listing's date)",
            "1939-late the 1950s (a period)",
        ],
        note="an international grants listing relaying a French foundation's call; English fiche lines with abbreviated "
        "months ('Apr 01, 2018')",
    )
    p(
        "r9f-fondationshoah-research-travel-grants-2024",
        "https://www.fondationshoah.org/en/research/research-and-travel-grants",
        "Research and travel grants\n\n    Next application closing date (session 2023 closed) : April 1st, 2024\n\n"
        "    The Foundation for the Memory of the Shoah offers doctoral, post-doctoral and research travel grants.\n\n"
        "    The Foundation funds research on Holocaust-related topics, including its roots and its consequences to the "
        "present day, and the study of contemporary anti-Semitism. It also backs research on other 20th-century genocides.",
        [d("2024-04-01")],
        distractors=["session 2023 closed (a past session, no day)"],
        note="the foundation's own page (English version): 'Next application closing date (…) :' is a closing label with "
        "a parenthesis before the colon",
    )
    p(
        "r9f-ehri-fms-call-2013",
        "https://www.ehri-project.eu/foundation-memory-shoah-call-projects/",
        "Foundation of the Memory of the Shoah: Call for Projects\n\nMonday, February 18th, 2013\n"
        "Program ‘History of Anti-Semitism and of the Shoah’ 2013-2014\n\n"
        "A private French foundation for the benefit of the public, the Foundation of the Memory of the Shoah pursues its "
        "program for assisting research in all fields concerning the Shoah, its origins and consequences, up to the present "
        "day, as well as studies on past and contemporary anti-Semitism.\n[...]\n"
        "Foundation Funds\n  • Doctoral grants\n  • Post-doctoral grants\n  • Research trips\n\n"
        "Registration forms concerning these grants are available on the Foundation’s website\n\n"
        "Registration forms must be sent before April 1, 2013.",
        [d("2013-04-01")],
        page_date="2013-02-18",
        distractors=[
            "Monday, February 18th, 2013 (the post's date)",
            "2013-2014 (the programme's years)",
        ],
        note="a European research infrastructure relaying the same foundation's 2013 call; 'Registration forms' are the "
        "application itself here ('must be sent before'), so kind application, not a pre-registration stage (a judgement)",
    )
    p(
        "r9f-fondationshoah-jewish-studies-2024",
        "https://www.fondationshoah.org/en/jewish-culture/doctoral-grants-for-jewish-studies",
        "Doctoral grants for Jewish Studies\n\n    Next closing date : April 2nd, 2024\n\n"
        "    The Fondation for the Memory of the Shoah and the Foundation for French Judaism offer a program to support Jewish "
        "Studies in France.\n[...]\n"
        "    Recipients receive a stipend of €1,200 a month for a maximum of 12 months, renewable once subject to the "
        "acceptance of a new application. The first stipend is paid on the first September 15 following the application’s "
        "acceptance.",
        [d("2024-04-02")],
        distractors=[
            "the first September 15 following the application’s acceptance (the first payment, year-less)"
        ],
        note="the foundation's doctoral grants for another field: 'Next closing date :'",
    )
    p(
        "r9f-fondationshoah-committee-two-dates-2022",
        "https://www.fondationshoah.org/en/research/proposing-project-history-anti-semitism-and-shoah-committee",
        "Proposing a project - History of Anti-Semitism and the Shoah Committee\n\n"
        "    Next closing dates : April 1st & November 1st 2022\n\n\n"
        "    To fund research and dissemination of knowledge on anti-Semitic persecution, the Holocaust and other "
        "20th-century genocides.\n\n\n    Types of projects funded\n\n"
        "    • Doctoral, post-doctoral and research travel grants\n    • National or international symposia and seminars\n"
        "    • Publications and translations",
        [d("2022-04-01"), d("2022-11-01")],
        note="the foundation's committee page: two closing dates after one label, the year written once after the second "
        "('April 1st & November 1st 2022'); labelled by what a subscriber needs: both days of 2022 (the rules do not say "
        "that a year written after the last of a list covers the first)",
    )
    p(
        "r9f-calenda-heilbronn-bourse-2023",
        "https://calenda.org/1042474",
        "Présentation du prix\n\n"
        "Créée en avril 2018, par les descendants d’Ernest et Claire Heilbronn, déportés par le convoi n°69 et assassinés à "
        "Birkenau, cette Fondation, sous l’égide du Mémorial de la Shoah, Fondation reconnue d’utilité publique, a pour "
        "vocation de récompenser celles et ceux qui, par leur travail et leur recherche, contribuent à l’histoire des Juifs "
        "en France\n[...]\n"
        "Le jury et les membres fondateurs de la Fondation Ernest et Claire Heilbronn décernent chaque année au mois de mars "
        "trois prix : Le Prix de la bourse de doctorat sur l’histoire des Juifs en France à une doctorante ou un doctorant en "
        "cours de thèse, doté de 9.000€.\n[...]\n"
        "Les dossiers de candidature doivent être adressés au secrétaire général de la Fondation et professeur associé à "
        "Sciences Po, François Heilbronn au mail suivant : francois.heilbronn@sciencespo.fr ou par courrier au 24 avenue "
        "Matignon – 75008 – Paris\n\navant le 15 février 2023.\n\n"
        "Les lauréats sont informés dans le courant du mois de février.",
        [d("2023-02-15")],
        distractors=[
            "Créée en avril 2018 (vague)",
            "au mois de mars (the prizes are awarded, vague)",
            "dans le courant du mois de février (laureates informed, vague)",
        ],
        note="a humanities calendar relaying a foundation's doctoral prize; 'avant le' on its own line after the sending "
        "sentence ('doivent être adressés … avant le')",
    )
    p(
        "r9f-inrae-better-ami-2022",
        "https://better.hub.inrae.fr/comment-s-impliquer/appel-a-manifestation-d-interet-2022",
        "Appel à manifestation d'intérêt 2022\n\n"
        "Le métaprogramme BETTER invite à déposer vos dossiers pour les projets exploratoires et les consortia 2022.\n[...]\n"
        "Le métaprogramme  Better a été lancé en mars 2019\n[...]\nLe calendrier\n\n"
        "Les porteurs de projets sont invités à parcourir le site et ne doivent pas hésiter à interagir avec les membres du "
        "comité de pilotage avant de déposer leur projet pour mieux cerner les attendus et identifier des équipes "
        "complémentaires.\n\nType d’appel\n\nDate de soumission du dossier initial (Etape 1)\n\n"
        "Date de soumission du dossier amendé pour les projets retenus (Etape 2)\n\nProlongement des consortia 2020\n\n"
        "Au fil de l’eau mais au plus tard le 15 octobre 2021\n\nNon applicable\n\nNouveaux consortia\n\n"
        "Au fil de l’eau - Retour du COPIL au maximum 6 semaines après la demande\n\n"
        "Dépôt du dossier complet au plus tard 4 semaines après le retour du COPIL\n\nProjets exploratoires Vague 2022\n\n"
        "15 octobre 2021\n\nRetour du Copil le 15 novembre 2021\n\n15 décembre 2021\n\nDémarrage possible au 15 janvier 2022",
        [d("2021-10-15", kind="letter_of_intent"), d("2021-12-15")],
        distractors=[
            "lancé en mars 2019 (vague)",
            "Retour du Copil le 15 novembre 2021 (the steering committee's answer: an event)",
            "Démarrage possible au 15 janvier 2022 (the projects' start)",
        ],
        note="a research institute's metaprogramme call whose table lost its cells: columns are 'dossier initial (Etape "
        "1)' and 'dossier amendé pour les projets retenus (Etape 2)'; 15 octobre 2021 is the first stage of the exploratory "
        "projects (letter_of_intent, a judgement: the first stage is a full initial file, and the same day is the single "
        "deadline of the consortia extensions) and 15 décembre 2021 the second stage (application)",
    )
    p(
        "r9f-readkong-driihm-aapr-2020",
        "https://fr.readkong.com/page/appel-a-projets-de-recherche-2020-5626573",
        "Appel à Projets de Recherche 2020 LabEx DRIIHM Dispositif de Recherche Interdisciplinaire sur les Interactions "
        "Hommes-Milieux\nÀ RETENIR Lancement de l’appel à projets : 1er novembre 2019 Limite de soumission des dossiers : 15 "
        "décembre 2019 (minuit heure de Paris) Résultats des Appels à projets de recherche : janvier-février 2020 CONTACTS "
        "Pour toute information supplémentaire, veuillez contacter : Corinne Pardo - Chargée de projet Gouvernance du LabEx "
        "DRIIHM pardo(at)eccorev.fr",
        [d("2019-12-15", "23:59")],
        opens="2019-11-01",
        distractors=["janvier-février 2020 (results, vague)"],
        note="a laboratory of excellence's call document (PDF cover flattened to one line): three labels on one line, "
        "'Lancement … :' the opening, 'Limite de soumission des dossiers :' the deadline, '(minuit heure de Paris)' 23:59",
    )
    p(
        "r9f-omnigraphies-casa-velazquez-artistes-2012",
        "http://www.omnigraphies.com/?q=content/la-casa-de-vel%C3%A1zquez-recrutement-des-membres-artistes-2012-2013",
        "La Casa de Velázquez est un établissement public, placé sous l’autorité du ministère de l’enseignement supérieur et "
        "de la recherche. Elle a son siège à Madrid.\n[...]\nLes candidats devront faire parvenir :\n"
        "1) un dossier administratif à envoyer sous pli recommandé, au plus tard le 29 février 2012 (le cachet de la poste "
        "faisant foi) à M. le directeur de la Casa de Velázquez, calle Paul Guinard nº 3, Ciudad Universitaria, E-28040 "
        "Madrid (Espagne) ;\n"
        "2) un formulaire de dépôt de candidature à remplir en ligne avant le 29 février 2012, à minuit (heure de Madrid).\n"
        "3) un dossier artistique. Les modalités d’envoi et le contenu de ce dossier seront précisés aux candidats entre le "
        "1er et le 15 mars 2012.",
        [d("2012-02-29", "23:59")],
        distractors=[
            "entre le 1er et le 15 mars 2012 (the artistic file's terms are sent to candidates: an event)",
        ],
        note="a photography site relaying a French research institution abroad's call for resident artists: a leap day "
        "(2012), written twice (by post, and online 'à minuit' in Madrid time, which is Paris time); one deadline with "
        "the time",
    )
    p(
        "r9f-cdmc-casa-velazquez-artistes-2019",
        "http://www.cdmc.asso.fr/en/node/22317",
        "Appel à candidatures des membres artistes à la Casa de Velázquez (Madrid)\n\n"
        "Recrutement des membres artistes à la Casa de Velázquez 2019-2020\n\n"
        "Les candidatures aux postes de membres artistes de la Casa de Velázquez pour l’année 2019-2020 sont ouvertes du 12 "
        "novembre au 14 décembre 2018.\n"
        "Les membres artistes de la Casa de Velázquez sont sélectionnés pour une durée de 12 mois, à partir de septembre.\n"
        "[...]\nLa campagne de recrutement des membres pour l’année 2019-2020 est ouverte à partir du lundi 12 novembre "
        "2018.\n\n"
        "Les dossiers devront être envoyés, à travers la plateforme en ligne, avant le vendredi 14 décembre 2018 à 13h00 "
        "(heure de Madrid). Les candidats retenus sur dossier seront convoqués à une audition - en français - à l’Académie "
        "des beaux-arts de Paris.",
        [d("2018-12-14", "13:00")],
        opens="2018-11-12",
        distractors=[
            "à partir de septembre (the residency's start, vague)",
            "2019-2020 (the residency year)",
        ],
        note="a contemporary music documentation centre relaying the same institution's later call: a window after "
        "'candidatures', the opening said again ('est ouverte à partir du'), the time from the sending sentence",
    )
