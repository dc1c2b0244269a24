"""Round 14 of the real passages (history-of-medicine society's prizes, the surgery academy, a university's health partnership overseas, interns' research-year guide, medical simulation): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r14s-sfhm-prix-these-georges-robert",
        "https://www.biusante.parisdescartes.fr/sfhm/prix/prix-de-these-dhistoire-de-la-medecine-georges-robert/",
        "La Société française d’histoire de la médecine décerne chaque année deux prix donnant droit au titre de lauréat de la "
        "Société. Ces prix concernent des mémoires de Master ou des thèses consacrés à l’histoire de la médecine, publiés ou "
        "soutenus, en langue française, durant les 24 mois précédant le mois d’octobre de l’année en cours.\n[...]\nPar décision du "
        "CA réuni le 22 octobre 2016, ce prix s’intitulera désormais le prix de thèse d’histoire de la médecine Georges Robert [...]"
        "\n\nLes candidats doivent envoyer deux exemplaires de leur mémoire ou thèse, accompagnés d’une notice biographique, avant "
        "le 31 décembre de l’année en cours à l’adresse suivante :",
        [],
        distractors=[
            "avant le 31 décembre de l’année en cours (year-less, undated page)",
            "le CA réuni le 22 octobre 2016 (a board's decision)",
            "durant les 24 mois précédant le mois d’octobre (a condition)",
        ],
        note="a learned society's thesis prize in the history of medicine: a yearly day with no year on an undated page gives "
        "nothing, though a subscriber would want 31 December of each year",
    )
    p(
        "r14s-sfhm-prix-sournia",
        "https://www.biusante.parisdescartes.fr/sfhm/prix/prix-sournia-de-la-sfhm/",
        "Le Prix Sournia de la SFHM, créé en 2006 en mémoire de notre ancien président, feu le Professeur Jean-Charles Sournia, est "
        "destiné à récompenser, tous les deux ans, un travail de recherche original dans le domaine de l’histoire des sciences "
        "médicales, rédigé en français et émanant d’un « chercheur international étranger âgé de moins de 40 ans ». [...]\n\nLes "
        "dossiers de candidature doivent être adressés, avant le 30 septembre des années paires, par courrier postal à :\n[...]\n"
        "Palmarès\n\nAnnéeNomDescription\n2022Mody KANTEFormer une élite médicale africaine à l'époque coloniale : l'École de "
        "médecine de Dakar (de 1918 aux années 1950), Thèse de doctorat en histoire, sous la direction de Sophie Dulucq, soutenue "
        "le 9 juillet 2021, Université de Toulouse 2.",
        [],
        distractors=[
            "avant le 30 septembre des années paires (year-less, undated page)",
            "soutenue le 9 juillet 2021 (a past winner's viva)",
        ],
        note="the same society's biennial prize: 'des années paires' gives no year, so nothing; the winners' list holds only "
        "past dates",
    )
    p(
        "r14s-reseauprosante-academie-chirurgie-2022",
        "https://reseauprosante.fr/articles/show/l-academie-nationale-de-chirurgie-en-2022-2360",
        "L’académie nationale de chirurgie en 2022\n\nPublié le 15 Nov 2022 à 13:28\n\nUNE ACADÉMIE 4.0\n\nUne volonté d’immersion "
        "académique dans la chirurgie du futur. L’ANC est une instance académique nationale orientée vers la formation des jeunes "
        "chirurgiens et les jeunes chirurgiennes pour leur appropriation des nouvelles pratiques opératoires.",
        [],
        page_date="2022-11-15",
        distractors=["Publié le 15 Nov 2022 à 13:28 (publication)"],
        note="a young doctors' network presenting the surgery academy: a stamp only",
    )
    p(
        "r14s-quotidien-academie-chirurgie-bismuth",
        "https://rhumatologie.lequotidiendumedecin.fr/actus-medicales/recherche-science/le-pari-de-louverture",
        "« NOUS SOMMES la seule société de chirurgie pluridisciplinaire couvrant tout le territoire, toutes les spécialités, ouverte "
        "à tous les chirurgiens. [...] », déclare le Pr Henri Bismuth, élu pour un an à la tête de l’Académie nationale de "
        "chirurgie. [...]\nPour marquer cette volonté d’échanges avec les autorités sanitaires, l’académie organise le 9 février une "
        "séance dédiée à la chirurgie ambulatoire [...]\nDans le cadre du congrès de l’Association française de chirurgie, "
        "l’académie proposera une séance de trois jours durant laquelle les jeunes chirurgiens pourront présenter leurs travaux de "
        "recherche.",
        [],
        distractors=["le 9 février (a session, year-less, undated page)"],
        note="a medical daily on the surgery academy's new president: a session's day, and young surgeons may present work at "
        "a congress, with no date to send anything",
    )
    p(
        "r14s-123dok-anm-anc-parcours-chirurgiens",
        "https://123dok.net/document/y96jxrow-parcours-qualifiant-chirurgiens-acad%C3%A9mie-nationale-m%C3%A9decine.html",
        "Rapport de la Commission mixte ANM/ANC « Le parcours qualifiant des chirurgiens » I GANDJBAKHCH, J BAULIEUX. Avril 2013 "
        "Page 1 sur 10\n\nAcadémie nationale de médecine - Académie nationale de chirurgie\n[...]\nLe Ministère de l’Enseignement "
        "Supérieur et de la Recherche mène une réflexion pour la réforme du 3ème cycle des études de médecine. [...] C’est pourquoi "
        "un groupe de travail mixte comportant les membres de la commission 9 et les représentants de l’Académie de Chirurgie a été "
        "créé le 19/03/2012.",
        [],
        distractors=["Avril 2013 (the report's month)", "créé le 19/03/2012 (a group's creation)"],
        note="the two academies' report on surgeons' training copied on a document site: dates of a report and a committee",
    )
    p(
        "r14s-isnar-img-guide-annee-recherche",
        "https://fr.readkong.com/page/guide-de-l-annee-recherche-destine-aux-internes-de-3622391",
        "Guide de l’année recherche destiné aux internes de Médecine Générale Mars 2011 Mis à jour Octobre 2013 Mis à jour Février "
        "2019 Co-signé en octobre 2013 par\n[...]\nCONTEXTE Introduction Depuis la rentrée 2009-2010, les Internes de Médecine "
        "Générale (IMG) ont accès à l’année-recherche grâce à son ouverture dès la première année d’internat validée (soit deux "
        "semestres validés). [...] Ce guide a donc pour objectifs de promouvoir la recherche auprès des IMG et d’aider chaque "
        "interne intéressé à construire son dossier de candidature dans les meilleures conditions.",
        [],
        distractors=[
            "Mars 2011, Octobre 2013, Février 2019 (the guide's editions, vague)",
            "Depuis la rentrée 2009-2010 (a fact)",
        ],
        note="a general-practice interns' union's guide to the research year: 'ouverture' here is the research year being made "
        "available to them, not a call's opening, and it has no day",
    )
    p(
        "r14s-univ-guyane-ars-convention-2024",
        "https://www.univ-guyane.fr/2024/07/08/ug-ars-un-partenariat-pour-lavenir-de-la-sante-en-guyane/",
        "UG – ARS : un partenariat pour l’avenir de la santé en Guyane\n\nPar 08/07/2024juillet 12th, 2024• Université3 min. de "
        "lecture\nUG – ARS : un partenariat pour l’avenir de la santé en Guyane\n\nMardi 2 juillet, l’Université de Guyane et "
        "l’ARS Guyane ont signé une convention pour renforcer la recherche en santé et soutenir la création de nouvelles structures "
        "de soins et de formation en Guyane.\n[...]\nL’accord signé précise les conditions et modalités selon lesquelles l’ARS "
        "soutiendra financièrement l’Université de Guyane sur la période 2024-2029. Ce soutien se matérialise par le financement de "
        "cinq allocations post-doctorales complètes par an, pour une durée de trois ans chacune.",
        [],
        page_date="2024-07-08",
        distractors=[
            "08/07/2024, juillet 12th, 2024 (publication and update stamps)",
            "Mardi 2 juillet (the signing, past)",
            "2024-2029 (the agreement's span)",
        ],
        note="an overseas university's news on the post-doctoral grants it will host: the signing is past (before the page "
        "date), and no call date is given yet",
    )
    p(
        "r14s-letudiant-simulation-financements",
        "https://www.letudiant.fr/educpros/enquetes/simulation-en-sante-la-course-aux-financements.html",
        "Études de santé : les centres de simulation à la recherche des financements miracles\n\nMartin Rhodes Publié le\n[...]\n"
        "Tous les CHU devront disposer d'un centre de simulation en santé d'ici à fin 2017. Une promesse faite fin 2015 par Marisol "
        "Touraine, alors ministre de la Santé. Qu'en est-il, à quelques semaines seulement de l'échéance ? [...]\n\nLes 32 CHU sont "
        "quasiment tous équipés\", constate Jean-Claude Granry, responsable du centre de simulation en santé d'Angers et président "
        "d'honneur de la SoFraSims (Société francophone de la simulation en santé), qu'il a présidée jusqu'au 2 octobre 2017.",
        [],
        distractors=[
            "d'ici à fin 2017 (a target for hospitals, vague)",
            "fin 2015 (a promise, vague)",
            "qu'il a présidée jusqu'au 2 octobre 2017 (the end of a mandate, not a sending)",
        ],
        note="an education magazine's survey of medical simulation centres; 'échéance' names no day, and 'jusqu'au' here "
        "bounds a presidency",
    )
    p(
        "r14s-urofrance-afuf-master2-2014",
        "https://www.urofrance.org/base-bibliographique/place-du-master-2-recherche-dans-la-formation-des-jeunes-urologues-francais-une",
        "Place du Master 2 recherche dans la formation des jeunes urologues français : une étude de l’AFUF\n\n25 mai 2014\n\n[...]\n"
        "Matériels et méthodes\n\nUn questionnaire électronique a été diffusé aux membres de l’AFUF ainsi qu’aux participants du "
        "séminaire de formation à la recherche « Graines et Sol » de l’AFU, entre juillet et septembre 2013. [...] La bourse de "
        "l’AFU était obtenue par 57,4 % des postulants, 56,4 % pour les diverses bourses et 47,6 % pour la bourse année recherche.",
        [],
        page_date="2014-05-25",
        distractors=[
            "25 mai 2014 (publication)",
            "entre juillet et septembre 2013 (a survey's span)",
        ],
        note="the urology society's bibliography entry for a young urologists' study of research years: a survey period",
    )
    p(
        "r14s-urofrance-uro-news-30-2017",
        "http://www.urofrance.org/courriels/uro-news/uro-news-30/entre-nous.html",
        "NUMÉRO 30 - Mardi 2 mai 2017\n\nNewsletter mensuelle des urologues adhérents de l’AFU\n[...]\nL'ASSOCIATION DES UROLOGUES DU "
        "SUD-OUEST SE DISSOUT ET FAIT UN DON A L'AFU\n\nL’Association des urologues du sud-ouest (Auso), un club d’urologues libéraux "
        "né dans les années 80, a décidé de s’auto-dissoudre en 2016 en faisant un don de 10 000 euros à l’AFU pour la création "
        "d’une bourse de recherche.",
        [],
        page_date="2017-05-02",
        distractors=["Mardi 2 mai 2017 (the issue's date)", "en 2016 (a year)"],
        note="the urology society's newsletter on a new research grant: no call date yet",
    )
    p(
        "r14s-urofrance-afuf-gardes-2014",
        "https://www.urofrance.org/base-bibliographique/etat-des-lieux-des-remunerations-des-gardes-et-astreintes-durologie-en-france",
        "État des lieux des rémunérations des gardes et astreintes d’urologie en France : une étude de l’AFUF\n\n25 juin 2014\n\n"
        "[...]\nMatériel et méthodes\n\nLes données ont été recueillies de février à mai 2013 par l’intermédiaire d’un questionnaire "
        "envoyé à tous les membres de l’AFUF (327 membres).",
        [],
        page_date="2014-06-25",
        distractors=[
            "25 juin 2014 (publication)",
            "de février à mai 2013 (a survey's span, 'envoyé' is not a candidate's sending)",
        ],
        note="a study of interns' on-call pay: a data collection period, no call",
    )
    p(
        "r14s-30minutes-mali-bourses-medecine-sport",
        "https://30minutes.net/ministere-des-sports-appel-a-candidatures-pour-des-bourses-sportives-a-cuba/",
        "Depuis hier, le ministère des Sports a ouvert un appel à candidatures pour 20 bourses d’études sportives à Cuba à "
        "l’intention des médecins généralistes et des entraîneurs. La date limite du dépôt des dossiers est fixée au 20 août "
        "prochain.\n[...] Cette première cohorte, qui doit normalement quitter Bamako pour Cuba en septembre prochain, concerne "
        "uniquement les médecins et les entraîneurs.\nIl y a dix places pour la formation qualifiante et dix places pour des études "
        "de spécialisation en médecine du sport.",
        [],
        distractors=[
            "au 20 août prochain (year-less, undated page)",
            "en septembre prochain (departure, vague)",
        ],
        note="a Malian news site on sport-medicine specialisation grants: the deadline has no year and the page no date, so "
        "by the rules it gives nothing; 'Depuis hier' names no day for an opening",
    )
    p(
        "r14s-cerf-radiologie-master-faq",
        "https://cerf.radiologie.fr/recherche/master-foire-aux-questions",
        "Le diplôme de Master M2 permet l’inscription en école doctorale.\n[...]\nLa réponse à cette question est aujourd’hui (juin "
        "2015) difficile mais importante.\nPour les étudiants ayant intégré les cursus de santé (DFGSM2) depuis 2010, l'accès en M2 "
        "pourrait être possible après validation de 240 European Credit Transfer System (=ECTS) donc au terme des 6 année d’etudes "
        "medicales. [...] permettant théoriquement de candidater à un master M2 recherche.",
        [],
        distractors=[
            "(juin 2015) (when it was written, vague)",
            "depuis 2010 (a condition on the cohort)",
        ],
        note="the radiology teachers' college's FAQ on master's years for interns: conditions and a vague stamp",
    )
    p(
        "r14s-sfrp-prix-bourses-histoire",
        "https://doczz.fr/doc/6026503/les-prix-de-la-bourse-%C3%A0-la-sfrp",
        "En 2003, sur l’initiative du président Gabriel Kalifa, la SFRP a remis une bourse\nd’étude à une étudiante de DEA [...] "
        "et, cette année, deux bourses de DEA ont été de nouveau\nproposées.\n[...]\n1. Les prix (1980-1988)\nLa création d’un prix "
        "dans le cadre de la SFRP est évoquée en 1976 ; le conseil en\ndébat le 21 juin 1977. [...] Au vu de ses conclusions, le "
        "conseil\npuis l’assemblée générale, le 22 juin 1988, décident de créer « le prix de la SFRP ».\n[...] Le prix leur est remis "
        "le 25 septembre\n1980, à la Fondation de France",
        [],
        distractors=[
            "le 21 juin 1977, le 22 juin 1988 (a council's and an assembly's decisions)",
            "le 25 septembre 1980 (a prize-giving)",
        ],
        note="a radiation-protection society's history of its prizes and grants: past meetings and ceremonies only",
    )
    p(
        "r14s-neurosciences-lettre-45-jeunes",
        "https://www.neurosciences.asso.fr/V2/Actualites/LaLettre/LaLettre45-1/LaLettre45/assets/basic-html/page32.html",
        "1.4 - Actions vis-à-vis des jeunes chercheurs\nLa Société des Neurosciences cherche à encourager la\nparticipation des jeunes "
        "à ses activités [...]\nDe plus, la Société des Neurosciences a attribué 31 prix\nde 500 euros à des étudiants pour participer "
        "au Colloque\nde la FENS à Barcelone en juillet 2012 et pour inciter les\nétudiants à participer au Colloque de Lyon-Grenoble. "
        "La\nSociété des Neurosciences distribue aussi 3 prix de thèse\nd’un montant de 1000 euros",
        [],
        distractors=["en juillet 2012 (a congress, vague)"],
        note="a neuroscience society's annual report on its young researchers' prizes: a past congress month",
    )
    p(
        "r14s-neurosciences-lettre-47-mois-cerveau",
        "https://www.neurosciences.asso.fr/V2/Actualites/LaLettre/LaLettre47/LaLettre47/assets/basic-html/page32.html",
        "Lemoisdemai 2013aétédécrété«moisduCerveau»avec\ndenombreusesmanifestationsauParlementeuropéenetpar-\ntout enEuropepour "
        "soutenir lesneurosciences. LeColloque\ndeLyon-Grenobleaété l’occasiondemarquer l’importance\nde la rechercheenNeurosciences"
        "enFrancependant cette\npériode.",
        [],
        distractors=["mai 2013 (a month of events, glued words, vague)"],
        note="the same society's next report, its text layer's spaces lost: a vague month only",
    )
    p(
        "r14s-sqt-bourses-perfectionnement-2015",
        "https://www.societequebecoisedetransplantation.org/description-et-regles-bourses",
        "Objectif :\n\nApporter une aide financière à des professionnels de la santé québécois afin de leur permettre d’aller "
        "chercher une expertise additionnelle dans le domaine de la transplantation d’organes solides.\n[...]\nLe dossier de "
        "candidature doit être envoyé à Madame France Mathe, coordonnatrice de la Société québécoise de transplantation "
        "(coordonnées ci-dessous).\n\nDate limite de réception du dossier de candidature: 15 JUIN 2015\n\nÉvaluation des "
        "candidatures :",
        [d("2015-06-15")],
        note="a transplantation society's training grants (Quebec)",
    )
    p(
        "r14s-hospimedia-allergologie-2023",
        "https://hospimedia.fr/actualite/articles/20230308-formation-la-demographie-en-berne-de-l-allergologie",
        "La démographie en berne de l'allergologie fait craindre une situation \"catastrophique\"\nUne trentaine d'internes sont "
        "formés chaque année à la spécialité d'allergologie. Un nombre insuffisant au regard de la demande croissante d'accès à ces "
        "professionnels tandis qu'un tiers des spécialistes devraient partir en retraite d'ici 2024.La Fédération française "
        "d'allergologie organise le 9mars son colloque national dans les murs du ministère de la Santé et de la Prévention.",
        [],
        distractors=[
            "d'ici 2024 (retirements, vague)",
            "le 9mars (a colloquium, glued, year-less, undated page)",
        ],
        note="a hospital news site on allergology's shortage of interns: a colloquium's day and a year",
    )
    p(
        "r14s-whatsupdoc-allergologie-symposium",
        "http://www.whatsupdoc-lemag.fr/article/lallergologie-le-vent-en-poupe-0",
        "L'allergologie a le vent en poupe !\n\nArticle Article\n\nRDV mardi 15 avril 17h au Palais des Congrès de Paris...\n\n[...]\n"
        "Connaître l'allergologie pour en faire son métier ! C'est le but de ce prochain sympo' qui aura lieu mardi 15 avril, au "
        "Palais des Congrès, de 17h à 19h, dans le cadre du congrès francophone d'allergologie (CFA).\n[...]\nElle s'adresse aux "
        "étudiants en médecine de 5ème et 6ème année, ainsi qu'aux internes en cours de spécialisation.",
        [],
        distractors=["mardi 15 avril 17h, de 17h à 19h (a symposium, year-less, undated page)"],
        note="a young doctors' magazine on a symposium for students and interns: an event, nothing to send",
    )
    p(
        "r14s-afpral-premiere-promo-allergologues",
        "https://allergies.afpral.fr/actualites/286-etudes-de-medecine-1ere-promo-de-27-specialistes-allergologues",
        "Suite à l'arrêté de décembre 2016 reconnaissant l'allergologie comme une spécialité médicale, la revue Le Quotidien du "
        'Médecin a réalisé une enquête auprès de cette 1ère promo de 27 médecins. Il en ressort que " Les internes sont '
        "majoritairement ravis de leur premier semestre\" et ont eu l'occasion de tous se rencontrer, notamment lors du Congrès "
        "Français d'Allergologie en avril dernier.",
        [],
        distractors=[
            "l'arrêté de décembre 2016 (a text, vague)",
            "en avril dernier (a congress, vague)",
        ],
        note="a patients' association's news on the first allergology interns",
    )
    p(
        "r14s-srlf-parcours-scientifiques-reanimateurs",
        "https://123dok.net/document/y96m78dy-view-of-initial-training-of-intensivists-is-there-a-room-for-a-scientific-cursus.html",
        "Les parcours scientifiques dans la formation des réanimateurs\n\nInitial Training of Intensivists: Is there a Room for a "
        "Scientific\n\nCursus?\n[...]\nReçu le 29 juin 2016 ; accepté le 17 août 2016 © SRLF et Lavoisier SAS 2016\n\nRésumé Les "
        "jeunes médecins en formation ont l’opportunité de consacrer une partie de leur temps à une activité de recherche, notamment "
        "dans le cadre d’un parcours scienti-fique universitaire.",
        [],
        distractors=["Reçu le 29 juin 2016 ; accepté le 17 août 2016 (an article's history)"],
        note="the intensive-care society's article on research years for young intensivists: a manuscript's dates",
    )
    p(
        "r14s-sfmu-premiere-promotion-des-urgence",
        "https://123dok.net/document/qvl66p7l-caract%C3%A9ristiques-premi%C3%A8re-promotion-nationale-internes-dipl%C3%B4me-sp%C3%A9cialis%C3%A9es-m%C3%A9decine.html",
        "Caractéristiques de la première promotion nationale d ’ internes du nouveau diplôme d ’ études spécialisées de médecine d ’ "
        "urgence\n[...]\nReçu le 23 juillet 2018 ; accepté le 10 septembre 2018\n\n© SFMU et Lavoisier SAS 2018\n\nRésuméIntroduction: "
        "Depuis novembre 2017, la médecine d’urgence est filiarisée en France. [...] questionnaire anonyme envoyé par courriel à tous "
        "les internes de phase socle du diplôme de médecine d’urgence affectés en 2017",
        [],
        distractors=[
            "Reçu le 23 juillet 2018 ; accepté le 10 septembre 2018 (an article's history)",
            "Depuis novembre 2017 (a fact)",
        ],
        note="the emergency-medicine society's journal article on its first interns: a manuscript's dates",
    )
    p(
        "r14s-girci-soho-apithem-2018",
        "https://girci-soho.fr/content/apithem-2018",
        'APITHEM 2018 - Appel à projets Interrégional Thématique "e-santé"\n\nGIRCI SOHO le 22/01/2018 | mis à jour le 26/06/2018\n\n'
        "Mise à jour 26/06 : ajout de la check-list des éléments à transmettre pour le dossier complet ainsi que la grille "
        "budgétaire.\n\n\nLe Groupement Interrégional Sud-Ouest Outre-Mer Hospitalier lance, en partenariat avec les ARS "
        "Nouvelle-Aquitaine, Occitanie et Guadeloupe et avec les Conseils régionaux Nouvelle-Aquitaine et Occitanie, la troisième "
        "édition de l’Appel à Projets Interrégional Thématique, consacrée aux études de faisabilité/études pilotes portant sur la "
        "relation entre la e-santé et les inégalités de santé*.",
        [],
        page_date="2018-01-22",
        distractors=[
            "le 22/01/2018, mis à jour le 26/06/2018, Mise à jour 26/06 (publication and update stamps)"
        ],
        note="a hospitals' interregional research group's e-health call page: only stamps in this part (the update names what "
        "the full file must hold, not when)",
    )
    p(
        "r14s-splf-statuts-2023",
        "http://splf.fr/statuts/",
        "SOCIETE DE PNEUMOLOGIE DE LANGUE FRANÇAISE\n\nSTATUTS\n\nArticle 1\n\nLa Société de Pneumologie de Langue Française – "
        "Association régie par la loi du 1er juillet 1901 et le décret du 16 août 1901 – a remplacé ses statuts antérieurs (adoptés "
        "le 30 janvier 2021) par les statuts suivants, adoptés à l’occasion de l’Assemblée Générale du 27 janvier 2023.",
        [],
        distractors=[
            "la loi du 1er juillet 1901, le décret du 16 août 1901 (texts' dates)",
            "adoptés le 30 janvier 2021, l’Assemblée Générale du 27 janvier 2023 (adoptions)",
        ],
        note="a lung society's statutes: texts' and assemblies' dates",
    )
    p(
        "r14s-ehesp-doctoral-network-2014",
        "https://www.ehesp.fr/en/research/doctorate/doctoral-network/how-to-apply-2/",
        "Candidates for doctoral scholarships that are awarded through the Doctoral Network must have a thesis project that has "
        "received preliminary validation by one of the partnering Doctoral Schools , hold a master degree or equivalent, and not "
        "have any employment contract for the thesis period.\n[...]\nThis application form allows applying for both the Doctoral "
        "Network and a doctoral scholarship awarded through the Doctoral Network. If you wish to apply for a doctoral "
        "scholarship, please check the corresponding box on the form (section ” finance “).\n\nFor enrolment during the academic "
        "year 2014-2015, the deadline for application for a doctoral scholarship is May 25, 2014 [...]",
        [d("2014-05-25")],
        distractors=["2014-2015 (an academic year)"],
        note="a public-health school's English page on its doctoral network; the stored copy breaks off after a second day, "
        "cut here",
    )
    p(
        "r14s-ehesp-faq-reseau-doctoral",
        "https://www.ehesp.fr/foire-aux-questions/faq-reseau-doctoral/",
        "Comment candidater pour une allocation de recherche ?\n\nLe candidat devra cocher la case correspondante dans le formulaire "
        "de demande d’inscription.\nSi sa candidature est admissible, il devra présenter son projet de recherche devant le Comité "
        "de direction scientifique du réseau doctoral (date à fixer).\n[...]\nCas 1 : le doctorant a obtenu un financement par le "
        "réseau doctoral ou son école doctorale, et a signé à ce titre un contrat doctoral, qui peut intégrer une activité "
        "complémentaire rémunérée représentant 1/6 de la durée de travail (cf. décret du 23 avril 2009).",
        [],
        distractors=["décret du 23 avril 2009 (a text's date)"],
        note="the same school's FAQ: the hearing's date is 'à fixer', and the only day names a decree",
    )
