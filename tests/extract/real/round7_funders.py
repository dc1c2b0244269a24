"""Round 7 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r7f-ansm-centres-epidemiologie-2019",
        "https://fr.readkong.com/page/appel-candidatures-7044673",
        "APPEL À CANDIDATURES CENTRES PARTENAIRES EN ÉPIDÉMIOLOGIE DES PRODUITS DE SANTÉ Dates de clôture : L’ensemble des "
        "documents doit être transmis par voie électronique impérativement avant le 14/06/2019 à 12h00. Les documents "
        "originaux signés doivent être envoyés par voie postale au plus tard le 01/07/2019 – cachet de La Poste faisant foi. "
        "Contact : M. François Cuenot francois.cuenot@ansm.sante.fr 01 55 87 43 35 avril 2019",
        [d("2019-06-14", "12:00"), d("2019-07-01")],
        distractors=["avril 2019 (the document's month, after the contact line)"],
        note="a health products agency's call, PDF cover flattened to one line: the electronic file by noon, the signed "
        "originals by post later; both are the candidature sent (kind application for the paper originals is a judgement: "
        "a candidate must post them by that day)",
    )
    p(
        "r7f-castillon-declics-fdf-2017",
        "http://www.castillonlabataille.fr/bourses-declics-projets-jeunes/",
        "Bourses déclics : pour les projets des jeunes\n\nVous êtes jeunes et vous avez un projet ? Participez !\n\n"
        "De quoi s’agit-il ?\nChaque année depuis 1975, la Fondation de France propose les bourses Déclics jeunes. D’une "
        "valeur de 7 600€, elles sont attribuées sur concours à des jeunes entre 18 et 30 ans qui ont une vocation ou une "
        "passion et souhaitent réaliser un projet personnel, original et ouvert sur les autres.\n[...]\nQuand ?\n"
        "Le concours démarre le 15 septembre et se clôt le 30 novembre 2017.\n\nComment s’inscrire ?\n"
        "> se connecter sur la plateforme de subvention de la Fondation de France (http://www.fondationdefrance.org)\n"
        "> remplir le formulaire d’inscription\n"
        "> une lettre de recommandation signée doit être téléchargée pour que la candidature soir prise en compte\n\n"
        "Modalités\nChaque candidat reçoit une réponse avant le 31 décembre 2017\n\nCritères d’éligibilité\n"
        "> avoir plus de 18 ans et moins de 30 ans au 31 décembre de l’année de candidature",
        [d("2017-11-30")],
        opens="?",
        distractors=[
            "depuis 1975 (the grants' first year)",
            "avant le 31 décembre 2017 (each candidate gets an answer: an event)",
            "au 31 décembre de l’année de candidature (an age condition, year-less)",
        ],
        note="a town's page relaying a foundation's youth grants; 'démarre le … se clôt le' is the call's own verbs; the "
        "start '15 septembre' has no year and the two dates are joined by 'et', not 'du … au', so the opening is "
        "not scored (opens '?')",
    )
    p(
        "r7f-algerie360-senac-prolongee-2023",
        "https://www.algerie360.com/bourses-jean-senac-pour-les-doctorants-algeriens-la-date-limite-des-inscriptions-prolongee/",
        "Bonne nouvelle pour les doctorants algériens qui ont raté l’occasion de s’inscrire à la bourse Jean Senac. "
        "L’Institut français d’Algérie vient d’annoncer la prolongation du dernier délai des inscriptions pour offrir une "
        "nouvelle chance pour ceux qui n’ont pas pu y profiter.\n[...]\n"
        "Bourses Jean Senac pour Algériens : le dernier délai des inscriptions reporté\n\n"
        "En effet, dans un communiqué publié le 3 mai dernier, Campus France invite les doctorants algériens à saisir cette "
        "nouvelle chance et envoyer leurs dossiers de candidature avant le 30 mai 2023. Les lauréats obtiendront 18 mois de "
        "bourses de mobilité répartis en 36 mois.\n\n"
        "Pour rappel, ces bourses d’études concernent le domaine de langue française. Notamment, la littérature française "
        "et francophone, la didactique du français et les sciences du langage. Ainsi, les étudiants algériens intéressés par "
        "ces spécialités ont un délai qui s’étale jusqu’au 30 mai 2023 à 19 h pour transmettre leurs dossiers de candidature.",
        [d("2023-05-30", "19:00")],
        distractors=[
            "le 3 mai dernier (the date of the press release: 'publié le', and year-less on an undated page)"
        ],
        note="the press relaying a cultural institute's doctoral grants after an extension; the old deadline is not "
        "written, only the new one, said twice (the time from the second)",
    )
    p(
        "r7f-campusfrance-mg-religieux-2024",
        "https://www.madagascar.campusfrance.org/bourses-d-etudes-pour-religieux-2024",
        "Bourses d'études pour religieux 2024\n\nLe Ministère de l’Europe et des Affaires étrangères lance un appel à "
        "candidatures relatif aux bourses d’excellence d'études pour religieux et étudiants francophones de sciences "
        "humaines en lien avec les sciences religieuses !\n\nCandidatures ouvertes jusqu'au 10 mai 2024\n\n"
        "Le programme de bourses d'études est ouvert à la fois pour des religieux ou futurs cadres religieux amenés à "
        "exercer des responsabilités au sein d’une institution religieuse et/ou pour des étudiants francophones ayant un "
        "projet d’études en sciences humaines lié directement et de façon évidente aux sciences religieuses",
        [d("2024-05-10")],
        note="an agency's grant page; 'ouvertes jusqu'au' is the deadline, no opening day",
    )
    p(
        "r7f-revin-college-de-france-reglement",
        "https://revin.hypotheses.org/2105",
        "Le Collège de France décerne chaque année le prix du Collège de France à une jeune chercheuse ou à un jeune "
        "chercheur, choisi pour l’excellence de son parcours et le caractère novateur de ses contributions à la recherche "
        "publique. Ce prix est doté d’une récompense de 20 000 euros et d’une invitation à donner une conférence publique au "
        "Collège de France.\n[...]\nArticle 1 – Candidats éligibles\nLes candidats éligibles doivent, au moment du dépôt de "
        "leur dossier, faire état de leur résidence administrative en France et être en poste, en qualité de titulaire ou de "
        "contractuel, dans un laboratoire, une unité ou une équipe de recherche situé au sein des établissements publics de "
        "l’enseignement supérieur et de la recherche français. Ils devront avoir soutenu leur thèse avec succès moins de sept "
        "ans auparavant et accompli un parcours de recherche exceptionnel attesté par des publications et des contributions à "
        "des événements scientifiques.",
        note="a research blog relaying an institution's prize rules: conditions without any date; nothing to extract",
    )
    p(
        "r7f-infosdijon-ligue-centenaire",
        "https://www.infos-dijon.com/news/cote-d-or/cote-d-or/cote-d-or-le-comite-departemental-de-la-ligue-contre-le-cancer-celebre-son-centenaire.html",
        "23/02/2020 13:56\n\nCÔTE-D’OR : Le Comité départemental de la Ligue contre le cancer célèbre son centenaire\n\n"
        "Un prix littéraire, des prix scientifiques et un Relais pour la Vie, le Comité de Côte-d’Or de la Ligue contre le "
        "cancer annonce son centenaire en 2021 avec l’envie d’inviter le plus grand nombre de personnes à parler de la "
        "maladie, de même qu’à se mobiliser pour la lutte contre celle-ci.\n[...]\n"
        "Déclinant les missions du premier financeur associatif indépendant de la recherche contre le cancer, le Comité de "
        "Côte-d’Or s’inscrit depuis 2009 dans un appel d’offres interrégional sur tout le Grand-Est. L’année dernière, 43 "
        "équipes de chercheurs ont été soutenues pour un total de 1 196.600 euros (financement par 18 comités "
        "départementaux).",
        page_date="2020-02-23",
        distractors=[
            "23/02/2020 13:56 (the article's stamp)",
            "en 2021 (the centenary, a year)",
            "depuis 2009 (since when the committee joins the call)",
        ],
        note="local press on a cancer charity's committee: news about its funding, no deadline",
    )
    p(
        "r7f-prix-initiatives-two-stages-2020",
        "https://www.prix-initiatives.com/en/participate/how-to-participate.htm",
        "How to participate?\n\nApplications are made in two stages:\n"
        "1. Pre-selection: return the application form before December 15, 2019. Between the 15th and the 30th of January "
        "2020, candidates are informed of their pre-selection or not. Shortlisted candidates will receive complete "
        "application file, which is more detailed than the first form.\n\n"
        "2. Selection: return the application file before 28 February 2020.\n"
        "The forms are to return: Candidates are informed of the outcome of the Jury's deliberation by e-mail. If no answer "
        "is received by 15 June 2020, the candidate must consider that his application has not been accepted.",
        [d("2019-12-15", kind="letter_of_intent"), d("2020-02-28")],
        distractors=[
            "Between the 15th and the 30th of January 2020 (candidates informed of the pre-selection: an event)",
            "by 15 June 2020 (no answer by then means a refusal: an event)",
        ],
        note="a prize's two stages in English: the pre-selection form is a compulsory first stage (letter_of_intent), the "
        "full file on invitation is the application",
    )
    p(
        "r7f-fdf-oulmont-etre-candidat",
        "https://cat-ferret-a7m9.squarespace.com/etre-candidat",
        "Être candidat\n\nRÈGLEMENT GENERAL\n\nLa date limite d’envoi des candidatures est fixée au 15 juin de chaque "
        "année pour les différentes commissions, à l’exception des arts plastiques fixée au 15 mai.\n\n"
        "La Fondation Charles Oulmont ne subventionne pas de publication, spectacle, concert ou exposition. Elle ne décerne "
        "ni bourse d’études, ni aide au projet.\n\nChaque dossier doit contenir une biographie, une lettre personnelle de "
        "motivation et une documentation sur les expositions, représentations, réalisations des candidats selon leurs "
        "disciplines.",
        distractors=[
            "15 juin de chaque année (a yearly deadline, year-less on an undated page: unresolvable)",
            "15 mai (the arts' deadline, year-less on an undated page: unresolvable)",
        ],
        note="a foundation's prize rules; both deadlines are yearly and year-less with no page date, so nothing by the "
        "page-date rule",
    )
    p(
        "r7f-aafv-jeunes-talents-2017",
        "http://cap-vietnam.com/evenements/2eme-grand-prix-%C2%AB-jeunes-talents-%C2%BB-de-lassociation-damitie-franco-vietnamienne-appel-cand?pays=other",
        "2ème Grand Prix « Jeunes Talents » de l’Association d’Amitié Franco-Vietnamienne (APPEL À CANDIDATURE)\n\n"
        "Du mercredi 1 Mars 2017 00:00 au vendredi 30 Juin 2017 00:00\n\nAssociatif - En France\n[...]\n"
        "APPEL À CANDIDATURE\nDATE LIMITE : 30 JUIN 2017\n\n"
        "Les candidatures au deuxième Grand Prix institué pour l’année 2017 devront être expédiées au siège de "
        "l’association, le 30 juin 2017 au plus tard (le cachet de la poste faisant foi) :\n"
        "Association d’Amitié Franco-Vietnamienne (AAFV)\n44, rue Alexis Lepère\n93100 MONTREUIL\n[...]\n"
        "RÈGLEMENT\n\nArticle 1 : Par décision du Comité national de l’Association d’Amitié Franco-Vietnamienne (AAFV) en "
        "date du 24 septembre 2011, il a été institué un Grand Prix de l’AAFV « Jeunes Talents »",
        [d("2017-06-30")],
        opens="?",
        distractors=["en date du 24 septembre 2011 (the decision that created the prize)"],
        note="an events listing relaying an association's prize; the listing's window 'Du 1 Mars 2017 00:00 au 30 Juin 2017 "
        "00:00' carries placeholder midnights: the deadline is labelled without a time (postmark of 30 June accepted), by "
        "what a subscriber needs; whether 1 March is an opening is unsure (opens '?')",
    )
    p(
        "r7f-fondation-vocation-conditions",
        "https://www.fondationdelavocation.org/conditions-d-admission",
        "Les conditions d'admission\n\nConditions d'admission et de sélection des candidatures\n\n"
        "Conditions communes à tous les Prix :\n\n"
        "• Avoir 18 ans au moins au 31 mai de l’année de votre participation et 30 ans au plus dans l’année de votre "
        "participation ;\n"
        "• L’acceptation sans réserve du présent document dans son intégralité ainsi que des mentions légales du site de la "
        "Fondation.\n[...]\n"
        "La Fondation se réserve le droit pour quelle que raison que ce soit, d’écourter, de prolonger, de reporter ou "
        "d'annuler l’attribution d’un ou plusieurs Prix ou d’en modifier les conditions d’admission et/ou les modalités "
        "d’attribution.",
        distractors=["au 31 mai de l’année de votre participation (an age condition, year-less)"],
        note="a foundation's admission conditions: the only date is an age condition",
    )
    p(
        "r7f-fondation-fse-reglement-2024",
        "https://fondationlafrancesengage.org/le-concours/reglement-du-concours-2024/",
        "La Fondation La France s’engage (ci-après « la fondation »), reconnue d’utilité publique par arrêté ministériel du "
        "29 mars 2017 et publié au Journal officiel du 30 mars 2017, [...] organise un appel à projets annuel, dénommé "
        "« Concours » ouvert aux acteurs qui développent des projets d’innovation sociale et/ou environnementale avec un "
        "objectif de changement d’échelle de leur impact social.\n"
        "Ce règlement s’applique à la sélection de la promotion des lauréats 2024 de la Fondation (ci-après « le Concours »).\n"
        "ARTICLE 1 – CANDIDATURE\n[...]\n"
        "- Le Participant est soit une association à but non lucratif conformément à la loi du 1er juillet 1901 éligible au "
        "mécénat [...] soit une entreprise de l’économie sociale et solidaire telle que définie à l’article 1er de la loi "
        "n° 2014-856 du 31 juillet 2014 agréée Esus (statut obtenu avant le 27 juin 2024).\n"
        "- Le Participant doit avoir 3 ans d’existence au 27 juin 2024 (publication au Journal Officiel);",
        distractors=[
            "arrêté ministériel du 29 mars 2017 / Journal officiel du 30 mars 2017 (the foundation's recognition)",
            "loi du 1er juillet 1901, loi du 31 juillet 2014 (laws cited)",
            "statut obtenu avant le 27 juin 2024 (a condition: 'obtenu avant le')",
            "3 ans d’existence au 27 juin 2024 (a condition of age of the organisation)",
        ],
        note="a foundation's contest rules: every date is a law, a recognition or a condition; 'avant le' after "
        "'obtenu' is a condition (obtention), not a sending",
    )
    p(
        "r7f-canceropole-est-emergence-2024",
        "https://canceropole-est.org/appel-a-projets-emergence-it-2024",
        "Appel à projets « Soutien à l'émergence de projets - Innovation translationnelle »\n"
        "Dans le cadre de leur labellisation, l’INCa a confié aux Cancéropôles la mission de favoriser la détection et "
        "l’émergence de nouveaux projets de recherche, et permettre la consolidation de résultats préliminaires dans le but "
        "de maximiser leurs chances de réussite aux appels à projets nationaux ou internationaux. Ce soutien à l’émergence "
        "est apporté par le Cancéropôle Est à travers un appel à projets annuel.\n[...]\n"
        "Cet appel à projets est thématisé. Les thématiques changent chaque année et sont établies en fonction des "
        "priorités scientifiques définies par le COSC (Conseil scientifique et clinique du Cancéropôle Est).\n"
        "——————————————————————–\n"
        "Thématique 2024 : « Radiothérapie externe et interne vectorisée, imagerie moléculaire »",
        distractors=["Thématique 2024 (the year of the theme, no day)"],
        note="a cancéropôle's call page, opening part: no date of any kind but a year",
    )
    p(
        "r7f-lifbl-cnge-congres-repousse",
        "https://lifbl.com/actu-medicale/congres/le-congres-des-generalistes-enseignants-cnge-repousse-en-juin-2021",
        "Cela paraissait inévitable mais c’est désormais officiel. Le congrès du Collège national des généralistes "
        "enseignants (CNGE) ne fêtera pas ses 20 printemps comme prévu à l’automne à Bordeaux. Programmé du 18 au 20 "
        "novembre dans la capitale de la Nouvelle Aquitaine, l’évènement qui a réuni pour la première fois en 2019 plus de "
        "2 000 congressistes a été repoussé à cause de la seconde vague de l'épidémie de coronavirus.\n[...]\n"
        "Le rendez-vous des généralistes enseignants aura donc lieu du 16 au 18 juin prochain, toujours à Bordeaux. Les "
        "soumissions qui avaient déjà été sélectionnées sont conservées, tout comme les interventions prévues qui seront "
        "ajustées en fonction de l’actualité.\n"
        "Cette 20e édition n’aura donc pas lieu à l’automne mais juste avant l’été et sera rapprochée de la 21e édition qui "
        "est maintenue du 1er au 3 décembre 2021 à Lille.\n"
        "Les congressistes déjà inscrits pour cette édition 2020 peuvent demander leur remboursement ou garder leur "
        "inscription sans frais pour le mois de juin 2021.",
        distractors=[
            "du 18 au 20 novembre (the congress as first planned; year-less)",
            "du 16 au 18 juin prochain (the postponed congress; year-less)",
            "du 1er au 3 décembre 2021 (the next edition, a congress)",
            "en 2019, le mois de juin 2021 (years and a month)",
        ],
        note="medical press on a learned society's congress being postponed: only congress dates, nothing to send",
    )
    p(
        "r7f-global-scd2020-postponed",
        "https://global-scd2020.com/",
        "Dear Friends and Colleagues, Dear Patients,\n\nGiven the present COVID-19 crisis, the Organizing Committee has "
        "taken the difficult decision to postpone the Congress till a yet undetermined date.\n\n"
        "This decision is based on the following issues:\n[...]\n"
        "• third, the UNESCO has cancelled all the events for the month of March and France is about to switch to the "
        "epidemic “Phase 3” stage of the infection, so it is very unlikely that the situation is to change on April 7-9th.\n\n"
        "The Organizing Committee is trying to find a new date or new dispositions as soon as possible.",
        distractors=[
            "April 7-9th (the congress that is postponed; year-less)",
            "the month of March (vague)",
        ],
        note="an international congress in Paris postponed, in English: no deadline",
    )
    p(
        "r7f-aphp-bourse-doctorale-paramedicale-ouverture",
        "https://recherche-innovation.aphp.fr/2023/12/06/bourse-doctorale-recherche-paramedicale-maieutique",
        "Ouverture de l’appel à candidatures : bourse doctorale recherche paramédicale et maïeutique\n\n"
        "Depuis 2010, la direction de la recherche clinique et de l’innovation de l’AP-HP lance un appel à candidatures de "
        "doctorat en recherche paramédicale et maïeutique.\n"
        "Ce dispositif permet à tous les paramédicaux, et sage-femmes titulaires d’un master 2 de l’AP-HP de réaliser une "
        "thèse de doctorat, pendant 1 an, reconductible 2 ans, à temps plein.\n"
        "Après une pré-sélection sur dossier, les candidats admissibles sont auditionnés par un jury. Depuis 2010, année de "
        "création du programme, l’AP-HP a ainsi soutenu 27 doctorants paramédicaux et sage-femmes",
        distractors=["Depuis 2010 (the programme's first year)"],
        note="a hospital group's research department announcing its paramedical doctoral grant: the opening is announced "
        "without a day, no deadline in this part",
    )
    p(
        "r7f-lenord-bourse-medico-sociale-2024",
        "https://info.lenord.fr/le-departement-offre-des-bourses-detudes-pour-les-metiers-du-secteur-medico-social",
        "Jeunesse Éducation | Tout le département\n17 juillet 2024\n\n"
        "Le Département finance des bourses d'études pour les métiers du médico-social\n\n"
        "Vous faites des études en lien avec les métiers du secteur médico-social ? Le Département peut vous aider en vous "
        "allouant une bourse.\n\nLes candidatures pour la bourse départementale 2024-2025 sont ouvertes. Cette année, les "
        "modalités d'octroi s’étendent notamment aux futurs infirmiers puériculteurs et assistants sociaux.\n[...]\n"
        "Le montant de la bourse s'élève à 4 207,60 euros par année scolaire. Elle est versée en 5 fois selon le calendrier "
        "suivant : octobre, décembre, février, avril et juin. Soit 5 versements de 841,52 euros.\n[...]\n"
        "Depuis 2019, 123 bourses départementales ont été octroyées et 92 professionnels recrutés.\n\n"
        "Faire une demande de bourse médico-sociale\n\nRetrouvez le dossier de demande à compléter sur Nord services \n"
        "Le dossier de candidature, dématérialisé, est à renvoyer au plus tard le 16 août 2024.",
        [d("2024-08-16")],
        page_date="2024-07-17",
        distractors=[
            "17 juillet 2024 (the article's date)",
            "octobre, décembre, février, avril et juin (the payment months, no day)",
            "Depuis 2019 (a year)",
        ],
        note="a département council's study grants for nurses in paediatric speciality and social workers; 'au plus tard le'",
    )
    p(
        "r7f-joliette-bourses-mcgill-2021",
        "https://www.lejournaldejoliette.ca/actualites/actualites/422976/les-inscriptions-sont-ouvertes-pour-les-bourses-en-sante-et-services-sociaux-mcgill",
        "13 avril 2021 - 10:00\n\nJusqu'au 7 mai 2021\n\n"
        "Les inscriptions sont ouvertes pour les bourses en santé et services sociaux McGill\n\n"
        "L’Organisation de la communauté anglophone de Lanaudière (OCAL) a annoncé l'ouverture des inscriptions au "
        "Programme de bourse dans le cadre du Projet de formation et de maintien en poste des professionnels de la santé de "
        "McGill.\n[...]\n"
        "Les montants des bourses pour l'année 2021-2022 peuvent aller jusqu'à 10 000 $ en niveau universitaire, jusqu'à "
        "5 000 $ pour les étudiants au collégial et jusqu'à 2 000 $ pour ceux en École à Vocation.\n\n"
        "Toutes les demandes doivent être soumises à OCAL au plus tard le 7 mai 2021.",
        [d("2021-05-07")],
        page_date="2021-04-13",
        distractors=["13 avril 2021 - 10:00 (the article's stamp, with its time)"],
        note="local press (Québec, French) relaying a health-studies bursary; the stamp's 10:00 is the article's, not the "
        "deadline's",
    )
    p(
        "r7f-algeriepatriotique-profas-2016",
        "https://www.algeriepatriotique.com/2016/02/16/bourses-pour-les-chercheurs-algeriens-lappel-a-candidatures-lance/",
        "Bourses pour les chercheurs algériens : l’appel à candidatures lancé\n\n"
        "L’appel à candidatures pour l’année 2017 du programme de bourses doctorales Profas B+ est ouvert du 15 février au "
        "31 mars 2016, indique un communiqué de l’ambassade de France à Alger. Ce programme bilatéral résultat d’une "
        "coopération scientifique algéro-française, permet à des doctorants algériens en cotutelle ou en co-encadrement de "
        "thèse, enseignants ou non-salariés, de bénéficier d’une bourse et de prestations leur permettant d’aller effectuer "
        "leurs recherches de thèse dans un laboratoire en France. Créé en 1987 puis rénové et relancé en 2014, le programme "
        "Profas B+ a ainsi permis en deux ans à 180 boursiers algériens de rejoindre des laboratoires d’excellence en France "
        "dans le cadre de leur doctorat, souligne le communiqué. Le programme Profas B+ propose l’octroi de bourses pouvant "
        "aller de 7 à 12 mois sur l’année universitaire 2016-2017",
        [d("2016-03-31")],
        opens="2016-02-15",
        distractors=["l’année 2017, 1987, 2014, 2016-2017 (years)"],
        note="the press relaying an embassy's doctoral grants: the call 'est ouvert du … au …' gives the window; the start "
        "takes the end's year",
    )
    p(
        "r7f-20bal-npdc-allocations-2015",
        "http://e.20-bal.com/doc/28/index.html",
        "titreI. Principes directeurs pour la sélection des projets\ndate de publication09.12.2016\n[...]\n"
        "Appel à projets de thèse 2015\n\nCONSEIL REGIONAL NORD – PAS DE CALAIS\n\n"
        "ALLOCATIONS DE RECHERCHE 2015\n\nAPPEL A PROJETS DE THESE\n\n"
        "En appui à sa politique de soutien à la recherche, le Conseil Régional Nord Pas de Calais a mis en place, dès 1984, "
        "un dispositif d’allocations de recherche pour la préparation d’une thèse de doctorat. [...] A ce titre, le contrat "
        "doctoral instauré par le décret n° 2009-464 du 23 avril 2009 est privilégié.\n"
        "Cette prise en charge se fait sous la forme d’un cofinancement de la Région à 50% et sur la base d’une attribution "
        "pluriannuelle garantissant à l’allocataire un contrat de travail avec un statut de salarié pour une durée de 3 ans.",
        page_date="2016-12-09",
        distractors=[
            "date de publication09.12.2016 (the copy site's stamp, glued to its label)",
            "dès 1984 (since when)",
            "décret n° 2009-464 du 23 avril 2009 (a decree)",
        ],
        note="a regional council's thesis grants, copied on a document site: no deadline in this part",
    )
    p(
        "r7f-cihn22-directives-auteurs",
        "https://cihn22.sciencesconf.org/page/directives_auteurs",
        "Directives aux auteurs\n\nDirectives pour les soumissions\n\n"
        "La proposition (un titre, un résumé de 500 à 800 mots et 5 mots-clés) et puis le texte complet (entre 5 et 15 "
        "pages) doivent être soumis par l'un des auteurs :\n\n"
        "tout en respectant les dates limites de soumission : \n\n"
        "• 05 septembre 2022 pour la proposition \n"
        "• 01 octobre 2022 pour le texte complet \n\n"
        "Les fichiers envoyés par courrier électronique doivent être sous format PDF (.pdf) ET Word (.doc, .docx).",
        [d("2022-09-05"), d("2022-10-01", kind="other")],
        note="a conference's call for papers: a list after one cue ('dates limites de soumission'); the abstract "
        "proposal is the candidature (application); the full text, sent once accepted, is labelled other (a judgement: "
        "a later step like a final paper, not the candidature)",
    )
    p(
        "r7f-inserm-contrats-interface-2024",
        "https://pro.inserm.fr/les-contrats-dinterface-pour-hospitalier-des-temps-partiels-sur-projet-de-recherche",
        "Les contrats d’interface pour hospitalier : du temps garanti pour la recherche\n\n"
        "Les contrats d’interface de l’Inserm permettent à des médecins, des pharmaciens ou des odontologistes hospitaliers "
        "de se consacrer à la recherche pendant 3 à 5 ans. Cette année, l'Inserm propose 12 contrats. La date limite de "
        "candidature est prolongée jusqu’au 24 juin.\n[...]\n"
        "Calendrier\n\n"
        "• Date limite de candidature : 24 juin 2024 à 17h\n"
        "• Présélections : octobre 2024\n"
        "• Auditions : novembre 2024\n"
        "• Prise d’effet des contrats à partir du 1er avril 2025",
        [d("2024-06-24", "17:00")],
        distractors=[
            "Présélections : octobre 2024, Auditions : novembre 2024 (events, months only)",
            "à partir du 1er avril 2025 (the contracts' start: an event, not an opening)",
        ],
        note="a research institute's contracts for hospital doctors: an extended deadline, its old day not written; the "
        "year-less 'jusqu'au 24 juin' and the fiche line are the same day",
    )
    p(
        "r7f-ednsg-travel-grant",
        "https://ednsg.org/travel-grant/",
        "Travel Grant Guidelines\n\nThe travel grants were decided when the EDNSG had a special amount of money from the "
        "2005 Papendahl meeting. It was thus decided to promote the attendance of young scientists and physicians to the "
        "Group by offering some travel grants.\n\nConditions of application\n"
        "Candidates can apply for this travel grant at the occasion of the submission of the abstract for the next coming "
        "EDNSG meeting. Travel grant deadline corresponds to abstract deadline.\n\n"
        "Applicant must preferably be aged below 35 years at the day of the opening of the corresponding EDNSG Annual "
        "meeting.",
        distractors=["the 2005 Papendahl meeting (a year)"],
        note="a European study group's travel grants: the deadline is said to be the abstract deadline, given nowhere here",
    )
    p(
        "r7f-emailmeform-bursary-travel-confirmation",
        "https://emailmeform.com/builder/form/e7aePQeijH48lxK2vBf9Lf0h",
        "Notes:\n1. If you are selected for a bursary. You will be required to submit copies of your economy travel "
        "confirmation no later than March 31 2020 to remain eligible for the bursary if selected. The bursary will be sent "
        "to you or your organization as a reimbursement cheque within a 4-week period following Congress. //\n"
        "Si vous êtes choisis pour une bourse, vous devrez soumettre des copies de votre confirmation de réservation de "
        "voyage en classe économique au plus tard le 31 mars 2020. Un chèque de remboursement vous parviendra ou parviendra "
        "à votre organisation à l’intérieur des quatres semaines suivant le congrès.\n"
        "2. Individuals selected for an Early Career Professional bursary are required to register and pay to attend "
        "Congress at the discounted rate in order to be eligible",
        [d("2020-03-31", kind="other")],
        note="a congress bursary's application form, bilingual: the same day twice; what is sent by then is a travel "
        "confirmation from those already selected, not a candidature (other)",
    )
    p(
        "r7f-wellcom-frm-prix-2013",
        "http://wellcom.fr/presse/frm/2013/10/prix-fondation-recherche-medicale-2013-2/",
        "Les Prix de la Fondation pour la Recherche Médicale 2013 ont récompensé M. Alain Tedgui, lauréat du Grand Prix "
        "2013 et 10 scientifiques d’exception\n\n"
        "Depuis plus de 20 ans, les Prix de la Fondation pour la Recherche Médicale (FRM) honorent les chercheurs et les "
        "personnalités qui font progresser notre compréhension du vivant, par leurs travaux fondamentaux ou appliqués, et qui "
        "ouvrent des voies nouvelles dans de nombreux domaines de la santé : cancer, maladies du cerveau, maladies "
        "cardiovasculaires…\n\n"
        "Chaque année, le palmarès témoigne de la qualité de la recherche française, de son originalité, de sa capacité à "
        "innover et de sa diversité.\n\n"
        "La cérémonie de remise des Prix 2013 de la Fondation pour la Recherche Médicale s’est tenue mardi 22 octobre 2013, "
        "au Collège de France.",
        distractors=["mardi 22 octobre 2013 (the prize ceremony, past)"],
        note="a press agency's release for a medical research foundation: prizes awarded, nothing to send",
    )
    p(
        "r7f-fdf-en-14-researchers",
        "https://www.fondationdefrance.org/en/cat-medical-research-and-healthcare/fondation-de-france-and-donor-advised-funds-honor-14-researchers-for-their-innovative-work",
        "Fondation de France and donor-advised funds honor 14 researchers for their innovative work\n\n"
        "Every year, Fondation de France and 130 donor-advised funds support numerous medical research projects. In 2021, "
        "they committed close to 30 million euros. A look at a few of these innovative projects.\n\n"
        "On March 23, Fondation de France celebrated 14 award-winning fundamental and applied research projects in a "
        "variety of fields including oncology, ophthalmology, mental illness and the impact of the environment on health.",
        distractors=[
            "On March 23 (the award ceremony; year-less on an undated page)",
            "In 2021 (a year)",
        ],
        note="a foundation's news in English: prizes celebrated, no deadline",
    )
    p(
        "r7f-anr-ejprd-2019-preannonce",
        "https://anr.fr/fr/actualites-de-lanr/details/news/preannonce-appel-a-projets-2019-sur-les-maladies-rares-dans-le-cadre-de-leuropean-joint-programme/",
        "Actu\n04/12/2018\n\n"
        "Préannonce : appel à projets 2019 sur les maladies rares dans le cadre de l’European Joint Programme on Rare "
        "Diseases (EJP RD)\n\n"
        "En collaboration avec 32 organismes de financement, l’Agence nationale de la recherche (ANR) lancera prochainement, "
        "dans le cadre du programme européen conjoint sur les maladies rares, un appel à projets de recherche pour accélérer "
        "le diagnostic et/ou explorer la progression et les mécanismes des maladies rares. L’ouverture de l’appel est prévue "
        "pour le 14 décembre 2018.",
        opens="2018-12-14",
        page_date="2018-12-04",
        distractors=["04/12/2018 (the news item's date)"],
        note="a national agency's pre-announcement: an opening day, no deadline yet ('prévue pour le' is the opening's, "
        "not a deadline's 'pour le')",
    )
    p(
        "r7f-appelsprojets-ejprd-2023-fiche",
        "https://www.appelsprojetsrecherche.fr/appel/1-anr-1517",
        "Programme Joint Européen sur les Maladies Rares - (EJP RD) Appel à projets 2023\n\n"
        "Statut :\nEn cours\nOuverture :\n6 déc. 2022\nClôture :\n15 févr. 2023\n"
        "Annonce du lancement de l’appel Le contenu et les procédures de l'appel décrits dans cette annonce peuvent être "
        "modifiés et ne sont pas juridiquement contraignants. [...] Depuis 2019, il poursuit l'effort de financement de "
        "l'ERA-Net E-Rare qui a mis en œuvre avec succès dix appels conjoints transnationaux pour des projets de recherche "
        "sur les maladies rares entre 2006 et 2018. Après la mise en œuvre réussie de quatre appels conjoints transnationaux "
        "(JTCs 2019-2022) axés sur la recherche fondamentale, préclinique, le diagnostic et les sciences humaines et "
        "sociales (SHS), l’EJP RD souhaite cette année financer des projets de recherche sur l’étude d’histoire naturelle",
        [d("2023-02-15")],
        opens="2022-12-06",
        distractors=["Depuis 2019, entre 2006 et 2018, 2019-2022 (years)"],
        note="a listing of research calls: labels on their own line ('Ouverture :' / 'Clôture :'), abbreviated months",
    )
    p(
        "r7f-academie-medecine-proclamation-2007",
        "https://www.academie-medecine.fr/proclamation-des-resultats-du-concours-2007/",
        "Séance solennelle\nProclamation des résultats du concours 2007\nRaymond ARDAILLOU *\n"
        "Monsieur le Président, Monsieur le Secrétaire perpétuel, Mes chères consœurs, mes chers confrères, Mesdames, "
        "Mesdemoiselles, Messieurs les lauréats, L’Académie nationale de médecine distribue en 2007 vingt-neuf prix séparés "
        "en trois groupes, les prix généraux, les prix de médecine et les prix de cancérologie. Les prix de chirurgie n’ont "
        "pas été décernés cette année. [...] En 1957, le Professeur Robert Debré, Vice-Président déclarait que « distribuer "
        "des prix est l’une des tâches académiques les plus valables ».",
        distractors=["en 2007, En 1957 (years in a prize ceremony speech)"],
        note="an academy's prize proclamation speech: results, nothing to send",
    )
    p(
        "r7f-fondation-avenir-bilan-2025",
        "https://www.fondationdelavenir.org/appel-a-projets-recherche-medicale-bilan-2025-et-perspectives-2026",
        "Appel à projets recherche médicale : bilan 2025 et perspectives 2026\n\nPublié le 09/01/2026\n\n"
        "Chaque année, la Fondation de l’Avenir lance son Appel à Projets Recherche Médicale (APRM) pour apporter un soutien "
        "décisif à des chercheurs déterminés à ouvrir des voies nouvelles en faisant évoluer les pratiques de soins et "
        "d’accompagnement.\n[...]\n"
        "Entre son ouverture le 20 décembre 2024 et le 30 janvier 2025, l’appel à projets lancé par la Fondation de "
        "l’Avenir avait reçu près de 144 candidatures, parmi lesquelles 74 (51%) avaient été présélectionnées.\n\n"
        "Finalement, ce sont 35 projets qui ont été retenus, dont 25 sont prêts à démarrer et 10 sont en attente des accords "
        "réglementaires",
        page_date="2026-01-09",
        distractors=[
            "Publié le 09/01/2026 (the post's date)",
            "Entre son ouverture le 20 décembre 2024 et le 30 janvier 2025 (a past call's window, told as history)",
        ],
        note="a foundation's review of last year's call: the window is told in the past tense ('avait reçu'), before "
        "the page date; not settled by the rules, labelled by what a subscriber needs (nothing to send)",
    )
    p(
        "r7f-icn-congress-2023-dates",
        "https://icncongress2023.org/fr/soumission-des-resumes-et-directives/",
        "Soumission des résumés et directives\n\nDates importantes:\n\n"
        "Début de la soumission des résumés Jeudi 1er septembre 2022\n"
        "Date limite de soumission des résumés Lundi 31 octobre 2022\n"
        "Notification aux auteurs des résumés Vendredi 23 décembre 2022\n"
        "Date limite pour l’inscription anticipée Mardi 31 janvier 2023\n"
        "Délai d’inscription pour les présentateurs de résumés Mardi 28 février 2023\n\n"
        "Merci de bien vouloir prendre connaissance des règles suivantes avant de soumettre votre résumé.\n\n"
        "• Les résumés doivent être soumis en ligne par le biais du site web uniquement. LES RÉSUMÉS ENVOYÉS PAR COURRIEL "
        "NE SERONT PAS ACCEPTÉS.",
        [d("2022-10-31"), d("2023-01-31", kind="other"), d("2023-02-28", kind="other")],
        opens="2022-09-01",
        distractors=["Vendredi 23 décembre 2022 (notification to authors: an event)"],
        note="an international nurses' congress (French page): a dates table flattened without separators; abstracts "
        "are the application, the early registration and the presenters' registration are other",
    )
    p(
        "r7f-cpa-congres-2022-appel",
        "https://physiotherapy.ca/fr/congres-2022/appel-presentations",
        "L’Association canadienne de physiothérapie (ACP) invite les auteurs à soumettre le résumé d’une recherche ou d’une "
        "formation qu’ils souhaitent présenter à son congrès annuel. Le congrès aura lieu virtuellement du 12 au 14 mai "
        "2022.\n[...]\nDATES IMPORTANTES\n\n"
        "Début de l’appel de présentations : 13 mai 2021\n"
        "Fin de l’appel de présentations : 5 novembre 2021\n"
        "Avis de présentation : Janvier 2022\n"
        "Acceptation : 4 février 2022",
        [d("2021-11-05")],
        opens="2021-05-13",
        distractors=[
            "du 12 au 14 mai 2022 (the congress)",
            "Avis de présentation : Janvier 2022 (notice to authors, month only)",
            "Acceptation : 4 février 2022 (acceptance: an event)",
        ],
        note="a paramedical society's call for abstracts (Canada, French): 'Fin de l’appel' is the deadline; whether "
        "'Acceptation' is the society's answer or the presenters' confirmation is unclear, labelled an event",
    )
    p(
        "r7f-fyssen-study-grants-conditions",
        "https://www.fondationfyssen.fr/en/our-actions/study-grants",
        "Post-doctoral Study grants\n\nEach year, the Fyssen Foundation funds around thirty international researchers "
        "through its postdoctoral fellowship program.\n[...]\n"
        "• Start its first post-doctoral fellowship with this financial support.\n"
        "• If the recipient has already reached its host lab, he should be settled for no more than 3 monthsmaximum at "
        "the date of September 1st, 2026.\n"
        "• Be 35 year old maximum on the closing day of the call.\n"
        "• Be a holder of a Phd of less than two years on September 1st of the year of application, or achieve its viva "
        "thesis on December 31st of the year of application at the latest. The applicant should have achieved its PhD "
        "before starting the fellowship.\n[...]\n"
        "The Post doctoral fellowship will start on September 1st of the application year the earliest and at the latest "
        "on January of the following year.",
        distractors=[
            "September 1st, 2026 (a condition: settled for no more than 3 months at that date)",
            "September 1st of the year of application (a condition, 'holder')",
            "December 31st of the year of application at the latest (the viva: a condition, not something sent)",
            "September 1st of the application year the earliest (the fellowship's start)",
        ],
        note="a foundation's postdoctoral grants in English: every date is a condition or the start; the page's calendar "
        "line after this part is cut off in the stored copy and left out",
    )
    p(
        "r7f-matwin-fdf-resistance-2018",
        "https://matwin.fr/en/fondation-de-france-2018-call-for-projects-cancer-study-of-resistance-to-treatments/",
        "The Fondation de France supports basic and translational research on the study of resistance to cancer "
        "treatments, in the context of hematological malignancies or solid tumors.\n[...]\n"
        "The committee will pay particular attention to the mobility of candidates, both geographical and thematic, "
        "between the thesis and the post-doctorate and / or between the various post-doctoral internships.\n\n"
        "Please note, applications are now exclusively online before April 4, 2018 before midnight, on, under Find a "
        "Financing.",
        [d("2018-04-04", "23:59")],
        note="a cancer network relaying a foundation's postdoctoral call in English; 'before midnight' after the date "
        "gives 23:59",
    )
    p(
        "r7f-genopole-apogeebio-2022-timelines",
        "https://genopole.agorize.com/en/challenges/apogeebio-2022/pages/selection-process?lang=en",
        "ApogeeBio 2022\n\nThe ApogeeBio post-doctoral fellowship program gives you an opportunity to join a research team at "
        "Genopole, a leading French biocluster for academic research and innovation located just south of Paris.\n\n"
        "IMPORTANT: Update of the timelines\n"
        "• Deadline for submission 30 January 2023\n"
        "• First phase of selection (assessment of the full application dossier) February -> April 2023\n"
        "• Second phase of selection (interview step) April -> May 2023: precise dates will be communicated asap so as "
        "you can anticipate in case of selection to this step\n"
        "• Notification of final selections May 2023 \n"
        "• Grant establishment process up to 6 month after notification",
        [d("2023-01-30")],
        distractors=[
            "February -> April 2023, April -> May 2023 (selection phases, months only)",
            "Notification of final selections May 2023 (an event, month only)",
        ],
        note="a biocluster's postdoctoral fellowships with updated timelines; the earlier deadline is not written",
    )
    p(
        "r7f-frqs-md-msc-2022-2023",
        "https://staging.frq.gouv.qc.ca/programme/formation-de-maitrise-pour-les-etudiants-en-medecine-m-d-m-sc-2022-2023",
        "Année de concours :\n2022-2023\nDate limite (demande) :\n5 octobre 2021 à 16h00 (EST)\nAnnonce des résultats :\n"
        "avril 2022\nMontant :\n17 500 $\nDurée du financement :\n2 ans\nPartenariat\nFondation des étoiles\n[...]\n"
        "Objectifs\nCe programme s’adresse aux étudiants et étudiantes en médecine qui se destinent à une carrière conjointe "
        "en recherche et en pratique médicale. Il vise à leur permettre de poursuivre en parallèle à leurs études médicales "
        "une formation en recherche sanctionnée par une maîtrise.",
        [d("2021-10-05", "16:00")],
        distractors=[
            "Annonce des résultats : avril 2022 (results, month only)",
            "2022-2023 (the competition year)",
        ],
        note="a Québec health research funder's master's grant for medical students: labels on their own line; the time "
        "is given in EST and kept as written",
    )
    p(
        "r7f-frqs-maitrise-2021-2022",
        "https://frq.gouv.qc.ca/programme/formation-de-maitrise-2021-2022/",
        "Année de concours : \n2021-2022\n\nDate limite (demande) : \n15 octobre 2020 à 16h30 (EST)\n\n"
        "Annonce des résultats : \nAvril 2021\n\nMontant : \n17 500 $\n\nDurée du financement : \n2 ans\n\n"
        "Nouveauté COVID-19\nIl vous sera possible de décrire dans votre demande de financement les impacts que les "
        "circonstances liées à la pandémie de COVID-19 ont pu avoir sur vos activités de recherche ou de formation au cours "
        "des derniers mois, afin que ces informations puissent être prises en compte dans l’évaluation de votre demande.",
        [d("2020-10-15", "16:30")],
        distractors=["Annonce des résultats : Avril 2021 (results, month only)"],
        note="the same funder's master's grant a year earlier, another page and time",
    )
    p(
        "r7f-frqsc-postdoc-b3z-2024-2025",
        "https://frq.gouv.qc.ca/programme/frqsc-bourse-postdoctorale-b3z-concours-automne-2023-2024-2025",
        "Année de concours : \n2024-2025\n\nDate limite (demande) : \n12 octobre 2023 à 16h00 (EST)\n\n"
        "Annonce des résultats : \nFin avril 2024\n\nMontant : \n45 000$/an + 10 000$/an si le lieu de stage est à plus de "
        "250 km des frontières du Québec\n[...]\n"
        "À L’HEURE ET À LA DATE LIMITES DU CONCOURS, SOIT LE 12 OCTOBRE 2023 À 16 H, LE STATUT DE LA DEMANDE DANS LE "
        "SYSTÈME FRQnet DOIT ÊTRE « TRANSMIS AU FONDS ». TOUTE DEMANDE AFFICHANT UN AUTRE STATUT SERA CONSIDÉRÉE COMME NON "
        "RECEVABLE.\n\nEn cas de doute dans la préparation de votre demande, n’hésitez pas à contacter la personne "
        "responsable du programme.\n\n"
        "Version mise à jour le 6 juillet 2023 sous réserve de l’approbation par le ministre de l’Économie, de "
        "l’Innovation et de l’Énergie.",
        [d("2023-10-12", "16:00")],
        page_date="2023-07-06",
        distractors=[
            "Fin avril 2024 (results, vague)",
            "mis à jour le 6 juillet 2023 (the rules' update stamp)",
        ],
        note="a Québec funder's postdoctoral grant: the same day as a fiche label and in capitals; the update stamp gives "
        "the page date",
    )
    p(
        "r7f-frqs-cc-2025-2026-two-stages",
        "https://frq.gouv.qc.ca/programme/chercheurs-boursiers-cliniciens-chercheuses-boursieres-cliniciennes-cc-2025-2026",
        "Année de concours : \n2025-2026\n\nDate limite (pré-demande) : \n22 août 2024 à 16h00 (EST)\n\n"
        "Date limite (demande) : \n10 octobre 2024 à 16h00 (EST)\n\nAnnonce des résultats : \nAvril 2025\n\n"
        "Montant : \n18 005 $ à 53 082 $\n\nDurée du financement : \n"
        "Junior 1 : 4 ans ; Junior 2 et Senior : 4 ans ou moins selon les années d'expérience\n[...]\n"
        "1. OBJECTIFS\n\nCe programme vise à faciliter le recrutement de chercheurs cliniciens et de chercheuses "
        "cliniciennes qualifiés qui désirent entreprendre ou poursuivre une carrière autonome en recherche dans le domaine "
        "de la santé humaine.",
        [d("2024-08-22", "16:00", kind="letter_of_intent"), d("2024-10-10", "16:00")],
        distractors=["Annonce des résultats : Avril 2025 (results, month only)"],
        note="a Québec funder's career awards for clinician scientists: a compulsory pre-application ('pré-demande', a "
        "first stage) then the application",
    )
    p(
        "r7f-frqs-residents-medecine-familiale-2017",
        "https://frq.gouv.qc.ca/programme/programme-frqs-msss-de-formation-pour-les-medecins-residents-en-medecine-familiale-visant-une-carriere-en-recherche-2017-2018",
        "Année de concours :\n2017-2018\nDate limite (demande) :\n17 octobre 2016 à 16h30 (EST)\nAnnonce des résultats :\n"
        "Avril 2017\nMontant :\n60 000 $ à 85 000 $\nDurée du financement :\n5 ans maximum\nObjectifs\n"
        "Ce programme en trois phases vise à permettre aux médecins résidents inscrits à un programme de médecine familiale, "
        "et qui se destinent à une carrière universitaire, d’acquérir une formation de haute qualité en recherche (phases 1 "
        "et 2) et de démarrer leur carrière de chercheurs cliniciens (phase 3), tout en facilitant la transition entre "
        "résidence et carrière universitaire.",
        [d("2016-10-17", "16:30")],
        distractors=["Annonce des résultats : Avril 2017 (results, month only)"],
        note="a Québec funder's research training for family medicine residents (interns' equivalent)",
    )
    p(
        "r7f-sofcot-infos-2018-congres",
        "https://fdocuments.fr/document/innovations-passes-et-perspectives-davenir-infos.html",
        "infos Octobre 2018 n°84 Bulletin des Orthopédistes Francophones organe de liaison édité par la SOFCOT sommaire "
        "éditorial Innovations passées et perspectives d’avenir. [...] congrès 2018 Synopsis du 93 e congrès de la SOFCOT. "
        ". . . . . . . . . . . . . . 18 Du 12 au 15 novembre 2018 Vous pouvez encore vous inscrire sur www.sofcot-congres.fr "
        "P our une société scien- tifique, le cap du cen- tenaire est un événe- ment unique qui doit rappe- ler les "
        "innovations passées et mettre en avant les perspec- tives d’avenir. C’est l’objectif du 93 e congrès de la SOFCOT "
        "créée en 1918",
        distractors=[
            "Du 12 au 15 novembre 2018 (the congress; 'vous pouvez encore vous inscrire' names no day)",
            "Octobre 2018 (the bulletin's month)",
            "en 1918 (the society's founding)",
        ],
        note="a surgical society's bulletin copied on a document site, text layer with hyphenation: a congress range "
        "beside an open registration, no deadline",
    )
    p(
        "r7f-fhpmco-sofcot-e-congres-2020",
        "https://fhpmco.fr/2020/01/13/pr-didier-mainard-president-du-cnp-sofcot-conseil-national-professionnel-de-la-societe-francaise-de-chirurgie-orthopedique-et-traumatologique",
        "La Sofcot organise son 5e e-congrès de formation le 28 mars 2020, l’enseignement et la recherche dans la pratique "
        "quotidienne était le thème de votre dernier congrès. La formation, un enjeu majeur en orthopédie ?\n"
        "Avec environ 300 000 prothèses posées chaque année, une population vieillissante et l’augmentation ces dernières "
        "années de fractures sur prothèse, la chirurgie orthopédique est une chirurgie d’avenir.\n"
        "Le CNP-COT organise la formation et le développement professionnel continu des chirurgiens en orthopédie [...] À "
        "terme, le CNP-COT sera aussi en charge de la certification des chirurgiens, prévue pour 2021",
        distractors=[
            "le 28 mars 2020 (an e-congress: an event)",
            "prévue pour 2021 (the certification, a year)",
        ],
        note="a hospital federation's interview with a learned society's president: an event day and a year, nothing to "
        "send",
    )
    p(
        "r7f-campusfrance-prix-inserm-2024",
        "https://campusfrance.org/es/node/305186",
        "Prix Inserm 2024 : deux alumnae sur le podium\n"
        "2024 a marqué l’anniversaire des 60 ans de l’Inserm qui, comme chaque année, vient de remettre ses différents "
        "prix honorant des scientifiques qui ont fait progresser la recherche médicale.\n[...]\n"
        "Prix International 2024\n"
        "Le Prix International 2024 (remis le 29 octobre, lors de la célébration des 60 ans de l’Inserm à Washington), qui "
        "met à l’honneur la coopération internationale en recherche, a été attribué à Miriam Merad.",
        distractors=["remis le 29 octobre (a prize ceremony; year-less on an undated page)"],
        note="an agency's alumni news on a research institute's prizes: past awards, no deadline",
    )
    p(
        "r7f-fondationbs-laureats-2016",
        "https://www.fondationbs.org/fr/la-fondation/les-actualites/19-nouveaux-chercheurs-laureats-du-programme-des-prix-scientifiques-de-la-Fondation",
        "19 nouveaux chercheurs lauréats du programme des prix scientifiques de la Fondation\n\n"
        "Le nouveau palmarès des prix scientifiques de la Fondation Bettencourt Schueller récompense la liberté et la "
        "diversité dans les stratégies de recherche biomédicale : le 13 avril dernier, sous la présidence du professeur "
        "Hugues de Thé, le jury des prix scientifiques de la Fondation s’est réuni pour sélectionner les lauréats 2016.",
        distractors=["le 13 avril dernier (the jury met: an event, year-less and past)"],
        note="a foundation's news of its laureates: a jury date only",
    )
    p(
        "r7f-geff-lettre-societes-savantes-2020",
        "https://geffprocreation.fr/lettre-des-societes-savantes-de-medecine-du-10-novembre-2020-a-m-bruno-lemaire-ministre-de-leconomie-et-des-finances",
        "Lettre des sociétés savantes de médecine du 10 novembre 2020 à M. Bruno Lemaire, ministre de l’économie et des "
        "finances\n\nParis, le 10 novembre 2020\n\nMonsieur le Ministre,\n"
        "Comme tant d’autres activités dans notre pays, les sociétés savantes médicales souffrent des effets de la crise "
        "sanitaire Covid-19, comme organisatrices de leurs communautés scientifiques et comme PME.\n"
        "Elles vivent aujourd’hui des cotisations de leurs membres mais également des manifestations scientifiques "
        "organisées tout au long de l’année. Ces fonds permettent d’assurer la formation continue de nos collègues, "
        "l’attribution de prix et de bourses",
        distractors=["Paris, le 10 novembre 2020 (a letter's date, no cue)"],
        note="a learned society relaying the medical societies' letter to a minister: not a call",
    )
    p(
        "r7f-quotipharma-cesp-2010",
        "https://www.lequotidiendupharmacien.fr/archives/une-bourse-pour-la-campagne",
        "Une bourse pour la campagne  Abonné\n\nPublié le 09/12/2010\n\n"
        "À partir de la 2e année des études médicales, ou pendant leur internat, les futurs praticiens sont invités à signer "
        "un contrat d’engagement de service public (CESP). À la clé, une bourse mensuelle de 1 200 euros brut, jusqu’à la "
        "fin de leur formation. En contrepartie, les signataires du contrat s’engagent, une fois leur diplôme en poche, à "
        "exercer dans une zone sous-médicalisée pendant une durée équivalente à celle pendant laquelle ils ont bénéficié de "
        "l’allocation.",
        page_date="2010-12-09",
        distractors=["Publié le 09/12/2010 (the article's date)"],
        note="pharmacists' press on a public grant for medical students and interns: no day to send anything",
    )
    p(
        "r7f-edp-audio-fpa-2021",
        "http://www.edp-audio.fr/actualites/a-la-une/7436-fondation-pour-l-audition-lancement-des-appels-a-projets-scientifiques-2021",
        "Les candidatures sont recevables jusqu'au 20 janvier 2021.\n\n"
        "Comme chaque année, la Fondation pour l’audition a lancée ses appels à projets scientifiques pour l’année 2021 "
        "avec à la clé, des récompenses pour les personnalités et structures, pour leurs recherches dans les Sciences de "
        "l'audition.\n\n"
        "Parmi les précieux sésames : une bourse d'études pour les doctorants de sciences, des bourses jeunes chercheurs et "
        "cliniciens, ou encore des soutiens aux laboratoires. Les candidatures sont recevables jusqu'au 20 janvier 2021.\n\n"
        "La bourse d'études pour les doctorats de sciences :\n\n"
        "Au travers de cette bourse, la Fondation Pour l'Audition tend à initier et susciter des carrières dans le domaine "
        "de l'audition. Les internes en médecine, les orthophonistes ainsi que les audioprothésistes diplômés, avec un "
        "accord d'un laboratoire d'accueil pour un stage doctoral à plein temps de 3 ans, sont autorisés à déposer une "
        "demande de bourse.",
        [d("2021-01-20")],
        note="trade press relaying a foundation's calls open to interns and speech therapists; 'recevables jusqu'au' "
        "said twice",
    )
    p(
        "r7f-usi-md-phd-2023",
        "https://www.usi.ch/it/feeds/24844",
        "National MD-PhD Program\n\nServizio ricerca e trasferimento del sapere\n\n"
        "Submission deadline: 15 Dicembre 2023\n\nSubmission deadline: 15 December, 2023\n\n"
        "The SAMS and the Swiss National Science Foundation, with the support of private foundations and in collaboration "
        "with the Swiss School of Public Health, award each year a limited number of competitive individual MD-PhD grants "
        "enabling young physicians to complete a doctoral research training in natural sciences, public health sciences, "
        "clinical research or biomedical ethics at a Swiss university.\n[...]\n"
        "Applicants must have successfully completed their studies in human, veterinary or dental medicine and be "
        "admitted as doctoral students in the local MD-PhD program of a Swiss university by the time of the scholarship "
        "start. They must have been residents of Switzerland for at least 2 years by the submission deadline.",
        [d("2023-12-15")],
        note="a university relaying a national academy's MD-PhD grants for young physicians; the same day in Italian "
        "and English ('15 December, 2023', a comma before the year); the Italian month is not a listed format and only "
        "the English line is needed",
    )
    p(
        "r7f-epfl-memento-md-phd-2026-ics",
        "https://memento.epfl.ch/event/export/105294",
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Memento EPFL//\nBEGIN:VEVENT\n"
        "SUMMARY:SAMW/ASSM Swiss National MD-PhD Fellowships Program\nDTSTART;VALUE=DATE:20260515\n"
        "DTSTAMP:20260407T065922Z\nUID:c016fc021ed527a8c1000443af82c7be39066c870a13d19ebc0c36e8\n"
        "CATEGORIES:Call for proposal\n"
        "DESCRIPTION:MD-PhD fellowships enable talented young physicians to complet\n"
        " e a doctoral research training in natural sciences\\, public health science\n"
        " s\\, clinical research or biomedical ethics. [...]\\n\\nCall 2026\\nSubmission deadline: 15 May 2026\\nInterviews "
        "in Bern: 1 O\n ctober 2026 (upon invitation)\\nEarliest start of the grant: 1 January 2027\n"
        " \\nLatest start of the grant: 1 January 2028 (provided that the personal a\n"
        " nd formal requirements are still fulfilled)",
        [d("2026-05-15")],
        distractors=[
            "DTSTART;VALUE=DATE:20260515 (the calendar entry's day, the same as the deadline, in a compact form not listed)",
            "DTSTAMP:20260407T065922Z (the export stamp)",
            "1 O / ctober 2026 (the interviews, split by the calendar's line folding)",
            "1 January 2027, 1 January 2028 (the grant's earliest and latest start)",
        ],
        note="a school's events calendar exported as iCalendar text (folded lines, escaped '\\n'): the deadline is the "
        "'Submission deadline' label inside the description; the stamp is the export's, not the page's date",
    )
    p(
        "r7f-samw-md-phd-faq-mid-may",
        "https://samw.ch/en/Funding/MD-PhD-Program/FAQ-MD-PhD.html",
        "What are the main changes for applicants with the updated Swiss National MD-PhD Fellowships Program regulations?\n"
        "- MD-PhD candidates can only apply for a fellowship if they are matriculated at an institution contributing "
        "financially to the national program. [...]\n"
        "- The two-step evaluation of applications newly runs fully at the national level, with an adjusted evaluation "
        "timeline (submission deadline to the SAMS mid-May, decisions end November); local MD-PhD Committees do not "
        "evaluate fellowships applications anymore but provide a written confirmation of admission as part of the "
        "mandatory application documents.",
        distractors=[
            "mid-May (the submission deadline, vague: no day)",
            "end November (decisions, vague)",
        ],
        note="a national medical academy's FAQ in English: a deadline named only by a vague month, so nothing",
    )
    p(
        "r7f-cadureso-france-alzheimer-2012",
        "http://cadureso.com/actualite/actualite-sante/1791-recherche-france-alzheimer-lance-ses-appels-a-projets-2012?tmpl=component&print=1&layout=default&page=",
        "Pour la huitième année consécutive, France Alzheimer lance le 20 février deux appels à projets pour "
        "l'attribution de financements à des équipes de recherche œuvrant dans le domaine des « sciences médicales » et "
        "« sciences humaines et sociales ». [...]\n"
        "Après avoir attribué en 2011 1 050 000 euros à quatorze projets de recherche (11 en sciences médicales et 3 en "
        "sciences humaines), France Alzheimer ambitionne de maintenir la dotation globale de ses appels à projets pour "
        "2012. Les projets sélectionnés en septembre prochain seront financés pendant au moins deux ans.",
        distractors=[
            "le 20 février (the calls' launch: an opening, but year-less on an undated page, so unresolvable)",
            "en septembre prochain (selection, vague)",
            "en 2011, pour 2012 (years)",
        ],
        note="a health news site relaying a patients' association's research calls: the opening day has no year and "
        "the page no date (the title's 2012 does not count), so opens is None",
    )
    p(
        "r7f-fondation-alzheimer-projets-2025",
        "https://www.fondation-alzheimer.org/la-recherche/projets-finances-fondation-alzheimer/projets-finances-en-2025",
        "Afin d’accroitre son soutien à la recherche sur les maladies neurocognitives en 2025, la Fondation Alzheimer a "
        "fait évoluer son portfolio d’appels à projets en améliorant les conditions de financement des appels récurrents "
        "et en en créant des nouveaux.\n[...]\n"
        "Le Conseil scientifique International lors des réunions du 12&13 juin et 20&21 novembre a évalué 43 dossiers de "
        "candidature. Ce dernier a retenu 1 candidature Allocation Jeunes Chercheurs, 8 projets de recherche Programmes "
        "innovants et 2 candidatures au Programme de sensibilisation des jeunes, pour un montant total de 2 271 690€.",
        distractors=[
            "réunions du 12&13 juin et 20&21 novembre (the scientific council's meetings; year-less)"
        ],
        note="a foundation's page of funded projects: council meetings only",
    )
    p(
        "r7f-quotimed-ffrd-2020",
        "https://static2.lequotidiendumedecin.fr/specialites/diabetologie-endocrinologie/une-fondation-qui-monte-en-puissance",
        "Fédération francophone pour la recherche sur le diabète\n\nUne fondation qui monte en puissance\n\n"
        "Par\nPublié le 17/03/2020\nArticle réservé aux abonnés\n"
        "Recherche clinique, fondamentale et translationnelle : tous les dossiers reçus par la FFRD progressent en qualité. "
        "La fondation a pris désormais une place incontournable dans la recherche francophone.\n[...]\n"
        "Pour l’année 2019, 4 projets ont été distingués et vont faire l’objet d’un financement d’un montant total de "
        "900 000 €.",
        page_date="2020-03-17",
        distractors=["Publié le 17/03/2020 (the article's date)", "Pour l’année 2019 (a year)"],
        note="medical press on a learned society's research foundation: results, nothing to send",
    )
    p(
        "r7f-leon-fredericq-newsletter-2024",
        "https://www.fondationleonfredericq.be/jcms/c2_26810458/newsletter-fondation-leon-fredericq-avril-2024",
        "Newsletter Fondation Léon Fredericq - AVRIL 2024\n\nNewsletter 07 - AVRIL 2024\n\nActualité\n\n"
        "Appel à candidatures 2024 - 2025 \n\n"
        "Le 28 mars, la Fondation Léon Fredericq a lancé son nouvel appel à candidatures. L’occasion pour les chercheurs et "
        "médecins du CHU et de l’Université de Liège de solliciter un soutien dans le cadre de leurs projets. En 2023, la "
        "Fondation a attribué 196 subsides pour un montant total de 2.500.000 € en faveur de la lutte contre le cancer, de "
        "la recherche médicale et des projets innovants en faveur du patient.\n[...]\n"
        "Comme chaque année, la Fondation Léon Fredericq a lancé son appel à candidatures à l’attention des chercheurs et "
        "médecins du CHU et de l’Université de Liège. Il est dès lors possible pour les porteurs de projets de déposer "
        "leurs demandes jusqu’au jeudi 02 mai 2024 MIDI afin de postuler à un soutien dans le cadre de leurs travaux.",
        [d("2024-05-02", "12:00")],
        distractors=[
            "Le 28 mars (the call's launch, year-less; the newsletter's 'AVRIL 2024' is a month, not a page date)",
            "En 2023 (a year)",
        ],
        note="a Belgian hospital-university foundation's newsletter: 'MIDI' in capitals after the weekday and date gives "
        "12:00; the launch day has no year, so no opening",
    )
    p(
        "r7f-uliege-promouvoir-la-recherche-2022",
        "https://www.enseignement.uliege.be/cms/c_11315883/en/fondation-promouvoir-la-recherche",
        "Contenu obsolète : voir les appels en cours sur le site de la fondation\n\n"
        "La Fondation « Promouvoir la Recherche » a pour objet de récompenser par l’octroi de Prix des docteur·e·s "
        "diplômé·e·s de l’Université de Liège qui se sont distingué·e·s dans le cadre de leur recherche.\n\n"
        "Seules les Facultés de Médecine et des Sciences appliquées sont concernées.\n[...]\n"
        "Ces Prix sont accessibles aux postulant·e·s ayant défendu leur thèse avec succès depuis moins de cinq ans à la "
        "date limite de dépôt des candidatures. L’accès au Prix n’est pas ouvert aux membres du corps académique.\n[...]\n"
        "Deux versions du dossier seront exigées : une « papier » et l’autre « électronique ». Les demandes rédigées en "
        "français devront être rentrées le 31 juillet 2022 (au plus tard) de l’année académique en cours. Aucun dossier ne "
        "sera accepté après cette date.",
        [d("2022-07-31")],
        note="a university's foundation prize for young doctors of medicine; 'devront être rentrées le … (au plus tard)' "
        "puts the cue in brackets after the date; the page itself says its content is obsolete (the call is past, the "
        "label stays the written deadline)",
    )
    p(
        "r7f-uliege-duesberg-postdoc",
        "https://www.enseignement.uliege.be/cms/c_9200542/en/fondation-duesberg-post-doc-2019-2020?PortalAction_x_000_userLang=fr",
        "Les bourses Duesberg de post-doctorat sont destinées à encourager les post-doctorants de l'Université de Liège à "
        "séjourner à l'étranger au début de leur carrière professionnelle.\n\n"
        "Non renouvelables, elles sont réservées à des candidats particulièrement brillants. Les porteurs d'un diplôme de "
        "master en médecine ne sont pas éligibles.\n[...]\n"
        "Les personnes intéressées doivent adresser leur demande à M. le Recteur (Service des Fondations et des Bourses - "
        "7, place du 20-Août à 4000 Liège) pour le 3 octobre 2017 au plus tard.Le dossier précisera l'objet de la demande "
        "et comprendra :",
        [d("2017-10-03")],
        distractors=["place du 20-Août (a street name, not a date)"],
        note="a university foundation's postdoctoral grants; the page title says 2019-2020 but the text gives 2017, "
        "labelled as written; the street name holds a day and month",
    )
    p(
        "r7f-academieroyale-fredericq-2020",
        "https://www.academieroyale.be/fr/chaires-concours-prix-subventions-prix-classe-sciences-detail/objets-de-candidature/prix-du-fonds-leon-henri-fredericq-2020/",
        "Créé en 1969.\nLe Fonds Léon et Henri Fredericq, constitué par la Classe des Sciences, a pour objet d’honorer des "
        "chercheurs dont les travaux ont été effectués dans des laboratoires établis dans un pays de l’Union européenne.\n"
        "Tous les ans (jusqu’en 1981, le prix était biennal), sur la proposition d’un jury nommé par la Classe des "
        "Sciences, cette dernière pourra décerner un prix à un chercheur qui se sera particulièrement distingué par des "
        "recherches originales dans le domaine de la physiologie [...]\n"
        "Ils ne pourront être décernés qu’à des chercheurs docteurs depuis moins de 20 ans, à la date du 1er janvier de "
        "l’année au cours de laquelle ils seront octroyés. [...]\n"
        "Aucun acte de candidature n’est requis.",
        distractors=[
            "Créé en 1969, jusqu’en 1981 (years)",
            "à la date du 1er janvier de l’année au cours de laquelle (a condition on the doctorate's age, year-less)",
        ],
        note="a royal academy's physiology prize: no candidature at all, so nothing to send",
    )
    p(
        "r7f-ccs-pfizer-ic-2024",
        "https://ccs.ca/fr/ccs-research-awards/nouveau-bourse-de-recherche-de-la-scc-pfizer-sur-les-ecarts-dinsuffisance-cardiaqueentre-les-communautes-autochtones/",
        "Bourse de recherche SCC/Pfizer/Alliance CIC dans les communautés des PNIM confrontées à des inégalités en matière "
        "de fonction cardiaque\n\n[...] Cette bourse s’adresse aux chercheurs canadiens en début de carrière qui connaissent "
        "bien le diagnostic et le traitement des patients autochtones qui souffrent d’IC.\n\n"
        "Appel de candidatures : Se termine le 7 mai 2024 à 12 h (HE)\n\n\nConditions d’admissibilité\n\n"
        "• Être membre de la SCC*.",
        [d("2024-05-07", "12:00")],
        note="a cardiology society's research award (Canada, French): the call's own verb 'se termine le' with a spaced "
        "time '12 h' and a zone in brackets",
    )
    p(
        "r7f-coeur-avc-lignes-directrices-2023",
        "https://fr.readkong.com/page/lignes-directrices-pour-la-presentation-de-demandes-de-3657078",
        "Lignes directrices pour la présentation de demandes de subvention de recherche 2023/2024\n[...]\n"
        "2023/2024\nLignes\ndirectrices pour\nla présentation\nde demandes de\nsubvention\nde recherche\n"
        "(Concours de l’automne 2022)\nLe 30 juin 2022\nCœur + AVC\n"
        "Lignes directrices pour la présentation de demandes de subvention de recherche 2023/2024\n\n"
        "TABLE DES MATIÈRES\nA. GÉNÉRALITÉS ....... 4\n1) Subvention de recherche ....... 4\n"
        "2) Date limite pour la présentation de demandes ....... 4\n3) Demandes incomplètes et inacceptables ....... 4\n"
        "4) Résultats du concours ....... 4",
        distractors=[
            "Le 30 juin 2022 (the guidelines' date on the cover, no cue)",
            "(Concours de l’automne 2022) (a season)",
            "Date limite pour la présentation de demandes ....... 4 (a table of contents entry: the cue points to page 4, "
            "not a date)",
        ],
        note="a heart foundation's grant guidelines (Canada), PDF cover and contents: the deadline cue in the contents "
        "is followed by a page number only",
    )
    p(
        "r7f-unil-md-phd-sams-january",
        "https://www.unil.ch/mdphd/home/menuinst/bourses/assm-et-prn.html",
        "SAMS Scholarships\n\n\nSwiss Academy of Medical Sciences (SAMS)\n\n"
        "Together with the assistance of the Swiss National Science Foundation and several private foundations, the Swiss "
        "Academy of Medical Sciences (SAMS) awards MD-PhD scholarships to MD-PhD candidates who have been pre-selected by "
        "the MD-PhD Commission of each program.\n\n"
        "The Lausanne MD-PhD Commission selects up to 5 candidates in January of each year to compete for a National "
        "scholarship in the spring of the same year. Support by the various foundations varies from year to year, such "
        "that between 9 and 13 scholarships are awarded anually.",
        distractors=[
            "in January of each year (the local selection, a month)",
            "in the spring of the same year (the national competition, a season)",
        ],
        note="a medical school's MD-PhD page in English: a yearly rhythm with no day",
    )
    p(
        "r7f-fnrs-kickcancer-kcig-2025",
        "https://www.frs-fnrs.be/fr/l-actualite-chercheurs/258-fr/fnrs-express?start=10",
        "Ouverture d’un appel « KickCancer Clinical Investigator Grants » pour des bourses de recherche clinique en "
        "hémato-oncologie pédiatrique\n\n"
        "En partenariat avec KickCancer (www.kickcancer.org), fondation d’utilité publique créée en 2017 ayant pour objet "
        "la lutte contre les cancers pédiatriques, et le FWO, le FNRS ouvrira, dès le 1er décembre prochain, un premier "
        "appel « KickCancer Investigators Clinical Grants » (KCIG) en hémato-oncologie pédiatrique.\n[...]\n"
        "Les institutions éligibles comprennent tout hôpital universitaire en Belgique, à condition qu'il dispose d'un "
        "service d'hémato-oncologie pédiatrique, tel que défini par l'arrêté royal du 2 avril 2014.\n\n"
        "Les candidats éligibles doivent être :\n\n"
        "• Titulaires d'un diplôme universitaire reconnu de docteur en médecine,\n"
        "• Titulaires d’un diplôme de spécialisation médicale en hémato-oncologie,\n[...]\n"
        "2- Calendrier\n\n"
        "• 1er décembre 2025 : ouverture de l'appel au niveau national\n"
        "• 2 mars 2026 : clôture de l'appel\n"
        "• Mai 2026 : réunion du Jury international",
        [d("2026-03-02")],
        opens="2025-12-01",
        distractors=[
            "créée en 2017 (the foundation's creation)",
            "l'arrêté royal du 2 avril 2014 (a decree)",
            "Mai 2026 : réunion du Jury international (a jury, month only)",
        ],
        note="a national research fund's news on clinical grants for paediatric haemato-oncologists: a calendar list "
        "with the role after each date; the year-less 'dès le 1er décembre prochain' is the same opening",
    )
    p(
        "r7f-rtbf-leon-fredericq-2021",
        "https://www.rtbf.be/info/regions/detail_liege-des-bourses-et-prix-de-quatre-millions-d-euros-pour-renforcer-la-recherche-medicale?id=10876867",
        "Un montant record de 4 millions d'euros va être distribué pour soutenir la recherche médicale à Liège, annonce la "
        "Fondation Léon Fredericq, qui a remis ses bourses et prix mercredi aux lauréats. Six sur dix des bénéficiaires des "
        "163 subsides cette année sont des chercheuses, note la fondation.\n[...]\n"
        "En tout, 163 subsides sont attribués à des chercheurs impliqués dans toutes les composantes de la Médecine à la "
        "suite d'un appel à projets lancé en avril dernier.",
        distractors=[
            "en avril dernier (the past call's launch, a month)",
            "mercredi (the ceremony, a weekday)",
        ],
        note="public broadcaster's news on a foundation's awards: results, nothing to send",
    )
