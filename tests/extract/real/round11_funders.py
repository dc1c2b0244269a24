"""Round 11 of the real passages (funders, mutuelles, agencies, learned societies, congresses): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``. Where the stored
copy carries only a month stamp (" date 2022-11"), the page date is the first of that
month and the stamp is left out of the text.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r11f-mutuelle-generale-bien-vieillir-2022",
        "https://www.senioractu.com/La-Mutuelle-Generale-lance-son-premier-appel-a-projets-pour-accompagner-le-bien-vieillir_a24994.html",
        "La Mutuelle Générale lance son premier appel à projets pour accompagner le bien-vieillir Créée en 2022, la Fondation "
        "d’entreprise La Mutuelle Générale a lancé cette semaine son tout premier appel à projets externe visant à apporter un "
        "soutien financier à des projets innovants et concrets portant sur l’accompagnement du bien-vieillir. Les participants ont "
        "jusqu’au 9 décembre pour déposer leur candidature. Les lauréats seront connus en janvier 2023.\n\n[...]\n\n"
        "Les organismes (associations, fédérations ou réseaux associatifs, établissements de santé, laboratoires de recherche…) sont "
        "appelés à soumettre leurs projets en cours de réalisation ou à venir jusqu’au 9 décembre prochain.\n\n"
        "Les dossiers seront évalués par le conseil d’administration de la fondation selon 4 critères :",
        [d("2022-12-09")],
        page_date="2022-11-01",
        distractors=["Créée en 2022", "en janvier 2023 (the winners are known)"],
        note="a seniors' news site on a mutuelle's foundation; the stored copy is stamped November 2022 (month only), so the "
        "year-less '9 décembre' is the first one after 1 November 2022; the same day is said twice",
    )
    p(
        "r11f-solimut-fonds-viva-undated",
        "http://www.vivamagazine.fr/solimut-mutuelle-de-france-appel-projet-pour-le-fonds-de-dotation-171765",
        "Solimut Mutuelle de France : appel à projet pour le fonds de dotation\n\nViva Magazine\n\n"
        "Deuxième année pour l’appel à projet du fonds de dotation de Solimut Mutuelle de France. L’organisme répartira 500 000 "
        "euros de dotation globale entre les lauréats. Le thème de cette année : les neurosciences.\n\n[...]\n\n"
        "Les organismes du secteur sanitaire, social et solidaire ont jusqu’au 15 juillet pour répondre à l’appel du Fonds de "
        "dotation de Solimut Mutuelle de France. Cette deuxième édition met en avant l’apport des neurosciences et les recherches "
        "actuelles sur la neuroplasticité, de l’enfance jusqu’au vieillissement.\n\n[...]\n\n"
        "Le fonds de dotation, créé en 2015, a pour objectif de réduire les inégalités sociales d’accès à la santé et de favoriser "
        "la prévention.",
        [],
        distractors=["jusqu’au 15 juillet (year-less, the page shows no date)", "créé en 2015"],
        note="a mutualist magazine's news with no date on the page: the year-less closing is unresolvable (class 8)",
    )
    p(
        "r11f-solimut-aap-2016",
        "http://www.solimut-mutuelle.fr/fonds-dotation/deposer-un-projet/appel-a-projets-2016.html",
        "APPEL A PROJETS 2016\n\nRéduire les inégalités sociales et d’accès à la santé\n\n"
        "couv Appel à Projet FdD MDFPlus Page 01\n\nDotation globale\n\n500 000 euros\n\nDate limite de candidature \n\n"
        "le 15 juillet 2016\n\nAxe prioritaire 2016\n\nDévelopper des actions ou des modes de prises en charge innovants s’appuyant "
        "sur les recherches des neurosciences et les besoins de santé de la population, de l’enfance au vieillissement.",
        [d("2016-07-15")],
        note="a mutuelle's endowment fund: a fiche whose label 'Date limite de candidature' sits two lines above its value",
    )
    p(
        "r11f-solimut-aap-2017",
        "https://pdfslide.tips/documents/rduire-les-ingalits-sociales-et-daaccs-la-sant-tlcharger-le-dossier.html",
        "RÉDUIRE LES INÉGALITÉS SOCIALES ET D’ACCÈS À LA SANTÉ Axe prioritaire 2017 non exclusif : s’appuyer sur les outils du "
        "digital pour développer des actions ou des modes de prises en charge innovants Dotation globale 300 000 euros Date limite "
        "de candidature le 30 juin 2017 Appel à projets 2017 Fonds de dotation Solimut Mutuelle de France\n\n[...]\n\n"
        "    Axe prioritaire 2017 non exclusif : s’appuyer sur les outils du digital pour développer des actions ou des modes de "
        "prises en charge\n\n    innovants\n\n    Dotation globale 300 000 euros\n\n    Date limite de candidature le 30 juin 2017\n\n"
        "    Appel à projets 2017\n\n    Fonds de dotation Solimut Mutuelle de France",
        [d("2017-06-30")],
        note="the next year's call of the same fund, as a document site shows it: the cover page's line twice",
    )
    p(
        "r11f-mutualite-prix-innovation-2025",
        "https://mutualite.fr/presse/prix-innovation-mutuelle-2025-dedies-a-la-sante-mentale-les-candidatures-sont-ouvertes",
        "Prix innovation mutuelle 2025 dédiés à la santé mentale : les candidatures sont ouvertes !\n\n"
        "La Mutualité Française lance ses 6èmes Prix innovation mutuelle et les dédie cette année à la santé mentale. Par ce choix "
        "thématique, la Mutualité Française réaffirme sa mobilisation pour la Grande Cause nationale 2025 en valorisant des projets "
        "novateurs à fort impact sociétal.\n\n"
        "Organisés en collaboration avec le Liberté Living-Lab, ces prix distingueront trois lauréats. La cérémonie de remise se "
        "tiendra le 20 juin à Agen, en clôture du 44ème Congrès de la Mutualité Française.",
        [],
        distractors=[
            "le 20 juin (the prize ceremony, which closes a congress; year-less, undated page)"
        ],
        note="a federation of mutuelles' press release; the stored copy stops before the closing date",
    )
    p(
        "r11f-mutuelle-corse-fonds-2019",
        "https://www.corsenetinfos.corsica/Le-fonds-de-dotation-de-la-Mutuelle-de-la-Corse-lance-un-appel-a-projets-pour-la-sante_a42458.html",
        "A la clé, une enveloppe 2019 de 120 000€ (le fonds étant doté de 440 000€) réservée à des projets qui sauront convaincre "
        "pour peu qu'ils s'articulent autour d'un des deux axes d'intervention retenus [...]\n\n"
        "Une préoccupation : les étudiants corses\n\n"
        "« Nos inquiétudes pour la jeunesse corse se fondent sur une réalité aussi affligeante qu'évolutive, observée et combattue "
        "par nos services de médecine préventive et notre pôle de vie étudiante, fait remarquer de son côté Paul-Marie Romani, "
        "président de l’Université de Corse, invité tout naturellement par la MDC pour participer, à la tribune, à la conférence de "
        "presse du 19 juillet organisée dans une des salles de l'établissement cortenais de formation.",
        [],
        page_date="2019-07-01",
        distractors=["une enveloppe 2019", "la conférence de presse du 19 juillet (an event)"],
        note="a regional news site on a mutuelle's endowment fund (stamped July 2019): the quoted part gives no closing date",
    )
    p(
        "r11f-nantes-metropole-fonds-sante-2025",
        "https://innovation-sante.nantesmetropole.fr/?p=37233",
        "Lancement de l’appel à projets pour le fonds métropolitain d’innovations en santé globale 2025 de Nantes Métropole\n"
        "Jeudi 3 avril 2025 – Lancé par Nantes Métropole au printemps 2020, en lien avec la Région Pays de la Loire, le fonds "
        "d’innovations en santé a permis ces 5 dernières éditions de soutenir 47 projets d’innovation en santé pour un montant total "
        "de 3 040 000 euros avec des retombées économiques directes pour le territoire estimées à près de 90 millions d’euros.",
        [],
        opens="?",
        page_date="2025-04-03",
        distractors=[
            "Jeudi 3 avril 2025 (the news's date under a 'Lancement' title)",
            "au printemps 2020 (vague)",
        ],
        note="a metropolis's innovation fund: the dated line under a title that announces the launch may be read as the "
        "opening or only as the news's date, so the opening is not scored",
    )
    p(
        "r11f-esante-tiers-lieux-2024",
        "https://industriels.esante.gouv.fr/actualites/toutes-les-actualites/participez-appel-projets-tiers-lieux-experimentation",
        "Actualités\n\nParticipez à l'appel à projets \"Tiers-Lieux d'Expérimentation\", aux cotés d'une structure de santé\n\n"
        "12 avril 2024\n\nDate limite de candidature pour la troisième vague : 31 mai 2024 à minuit\n\nGénérique - Concertation\n\n"
        "[...]\n\nDans le cadre du programme de financement pluriannuel couvrant la période 2023-2027 avec un budget total de 63 "
        "millions d'euros, l'AAP \"Tiers-Lieux d'Expérimentation\" cofinance ces espaces d'expérimentation ainsi que les projets "
        "associés. Trois périodes de réception des candidatures ont été planifiées depuis 2022, pour permettre aux acteurs de "
        "présenter leurs initiatives.",
        [d("2024-05-31", "23:59")],
        page_date="2024-04-12",
        distractors=[
            "12 avril 2024 (the news's date)",
            "2023-2027 (programme period)",
            "depuis 2022",
        ],
        note="the national digital-health agency's news on a France 2030 call",
    )
    p(
        "r11f-sps-prix-jeunes-chercheurs-2022",
        "http://www.mail-archive.com/educasup.philo@ml.free.fr/msg02538.html",
        "*Prix Jeunes chercheurs et jeunes chercheuses 2022-23 de la Société de\nphilosophie des sciences*\n\n\n"
        "  Chères et chers collègues,\n\nLa Société de philosophie des sciences\n(https://www.sps-philoscience.org) organise\n"
        "la 9e édition de son *Prix Jeunes chercheurs et jeunes cherch euses*. Ce\nPrix récompense un(e) doctorant(e) ou un(e) "
        "jeune docteur(e) (thèse soutenue\nen 2015 ou après) pour une contribution dans le domaine de la philosophie\ndes "
        "sciences.\n\nLes candidat(e)s doivent faire parvenir avant le *15 décembre 2022 *à\nspsjeunescherche...@gmail.com  "
        "<spsjeunescherche...@gmail.com>un article de\nleur choix, en français ou en anglais, publié en 2019 ou après, ou\n"
        "non-publié, et anonymisé.\n\n[...] À la lumière de ces évaluations, un jury\ncomposé par des membres du conseil "
        "d’administration de la SPS procédera au\nclassement des soumissions et informera les auteurs et les autrices au mois\n"
        "de mai 2023. La composition du jury et les noms des évaluateurs et des\névaluatrices seront affichés sur le site de la "
        "Société peu avant la remise\ndu prix lors du prochain congrès de la SPS, en 2023 (date à déterminer).",
        [d("2022-12-15")],
        distractors=[
            "en 2015 ou après (condition on the thesis)",
            "en 2019 ou après (condition on the article)",
            "au mois de mai 2023 (authors informed)",
            "en 2023 (the congress)",
        ],
        note="a learned society's prize relayed on a mailing list; the date sits inside emphasis stars",
    )
    p(
        "r11f-prix-guy-ourisson-2021",
        "https://ethnologie.unistra.fr/actualites/actualite/news/prix-guy-ourisson-2021/",
        "Prix Guy Ourisson 2021\n\nLe Cercle Gutenberg s’est réuni en jury le mercredi 24 novembre 2021 pour attribuer, pour la "
        "quatorzième fois, ses Prix Guy Ourisson, d’un montant de 5 000 € chacun, destinés à des chercheurs de 40 ans ou moins, "
        "menant des recherches particulièrement prometteuses en Alsace.\n\n[...]\n\n"
        "Le Cercle Gutenberg remercie très sincèrement tous les donateurs publics et privés qui lui permettent d’attribuer des Prix "
        "Guy Ourisson chaque année depuis 2008.\n\n[...]\n\n"
        "Les six Prix Guy Ourisson 2021 ont été attribués, par ordre alphabétique, à :\n\n"
        "-  Alexandre CHARLET, né le 24 novembre 1982, Chargé de Recherches CNRS à l'Institut des Neurosciences Cellulaires et "
        "Intégratives, INCI , UPR 3212,",
        [],
        distractors=[
            "le mercredi 24 novembre 2021 (the jury met)",
            "depuis 2008",
            "né le 24 novembre 1982 (a birth date)",
        ],
        note="a regional prize's results: a jury's meeting and a laureate's birth date, no call date",
    )
    p(
        "r11f-phc-utique-2024",
        "https://acetef.com/2023/01/09/programme-utique-2024/",
        "CAMPUS France vient de publier l’appel à projet pour le programme UTIQUE 2024.\n\n"
        "UTIQUE est le Partenariat Hubert Curien (PHC) bilatéral entre la France et la Tunisie. [...]\n\n"
        "Les appels à candidatures de ce programme sont lancés sur un rythme annuel.\n\n"
        "Date limite de dépôt des dossiers de candidature : 18/04/2023\n\nLogo RF 2020\nPHC Utique logo Tunisie",
        [d("2023-04-18")],
        distractors=["Logo RF 2020 (a logo's name)"],
        note="an association relaying a bilateral research programme's call (Hubert Curien partnerships)",
    )
    p(
        "r11f-phc-toubkal-volubilis",
        "http://www.campusfrance.org/fr/volubilis",
        "Appel à candidatures\n\nA compter du 1er janvier 2015, le Partenariat Hubert Curien dénommé « TOUBKAL » rassemble et "
        "remplace les précédents programmes « Volubilis » et « PRAD » dont il regroupe les thématiques de recherches.TOUBKAL a les "
        "mêmes objectifs spécifiques que «Volubilis » et « PRAD.\n\nLes Contacts pour le programme figureront sur l’appel d’offre "
        "publié sur les sites web de Campus France, du CNRST (Maroc) et du Ministère marocain de l’enseignement supérieur et de la "
        "recherche scientifique en janvier 2014.\n\n\nLes projets «Volubilis » et « PRAD », 2012, 2013 et 2014 en cours continuent "
        "sans modification jusqu’à leur terme.\n\n[...]\n\n"
        "  • Pour les propositions s’inscrivant dans une perspective de coopérations multilatérales, l'appel à projets spécifique "
        "« PHC Maghreb » sera mis en ligne le 25 février pour les projets multilatéraux impliquant des partenaires dans les 3 pays "
        "du Maghreb (Algérie,",
        [],
        distractors=[
            "A compter du 1er janvier 2015 (a programme replaces two others)",
            "en janvier 2014 (vague)",
            "le 25 février (a call put online; year-less, undated page)",
        ],
        note="the national agency's page for a bilateral programme: a programme's start under an 'Appel à candidatures' "
        "heading is no opening of applications",
    )
    p(
        "r11f-esante-2-declarations-intention-2011",
        "https://pdfslide.fr/health-medicine/appel-projet-e-sante-2.html",
        "IMPORTANT\n\nADRESSES DE PUBLICATION DE L’APPEL A PROJETS\n\nhttp://www.gouvernement.fr (Rubrique « Investissements "
        "d’avenir ») http://www.industrie.gouv.fr/fsn/e-sante2 http://cdcinvestissementsdavenir.achatpublic.com\n\n"
        "DEMANDES DE RENSEIGNEMENTS Vous pouvez poser vos questions directement en sélectionnant cet appel à projets sur le site "
        "des consultations de la Caisse des Dépôts, jusqu’au 15 Septembre 2011 à 12h00 pour les questions concernant la "
        "déclaration d’intention et jusqu’au 30 Novembre 2011 à 12h00 sinon :\n\n"
        "http://cdcinvestissementsdavenir.achatpublic.com Ou par courrier à l’adresse suivante :\n\n"
        "Caisse des Dépôts Département Développement Numérique des Territoires\n\n"
        "CLOTURE DES DECLARATIONS D’INTENTION Les déclarations d’intention doivent être déposées sous forme électronique "
        "impérativement avant la date ci-dessous, la date et l’heure de réception faisant foi :\n\n"
        "LE 30 SEPTEMBRE 2011 A 12 HEURES 00 (heure de Paris) sur le site des consultations de la Caisse des dépôts "
        "http://cdcinvestissementsdavenir.achatpublic.com\n\n"
        "CLOTURE DE L’APPEL A PROJETS Les dossiers de soumission doivent être déposés sous forme électronique, impérativement avant "
        "la clôture de l’",
        [d("2011-09-30", "12:00", kind="letter_of_intent")],
        distractors=[
            "jusqu’au 15 Septembre 2011 à 12h00 (last day to ask questions)",
            "jusqu’au 30 Novembre 2011 à 12h00 (last day to ask other questions)",
        ],
        note="a national programme's call for e-health services: the compulsory 'déclaration d'intention' is a first stage; "
        "asking questions is optional, so its last days are no deadline; the full proposals' closing is cut off in the copy",
    )
    p(
        "r11f-ans-structures-3-0-2020",
        "https://vdocuments.fr/1-structures-30-aap12020-cahier-des-charges-agence-du-numrique-en.html",
        "Agence du Numérique en Santé 9, rue Georges Pitard – 75015 Paris T. 01 58 45 32 50 esante.gouv.fr Structures 3.0 Cahier "
        "des charges de l’appel à projets du 07.05.2020 Réponse attendue pour le 1er octobre 2020 (12h00). Statut : Version finale "
        "| Classification : Public | Version : v1.0\n\nUpload: others\n\nPost on 09-Jul-2020\n\n1 views",
        [d("2020-10-01", "12:00")],
        distractors=["07.05.2020 (the call's date)", "09-Jul-2020 (the document site's stamp)"],
        note="an agency's terms of a call as a document site shows its first page: the answer is expected 'pour le' a day",
    )
    p(
        "r11f-discovereu-2018",
        "http://weekend.levif.be/lifestyle/voyage/15-000-billets-a-gagner-pour-decouvrir-l-union-europeenne-cet-ete/article-normal-851707.html",
        "La période de dépôt des candidatures s'étend jusqu'au 26 juin à midi, sur le site www.europa.eu.\n\n[...]\n\n"
        "Une fois cette sélection effectuée, les participants doivent commencer leur voyage entre le 9 juillet et le 30 septembre "
        "2018. Celui-ci peut durer jusqu'à 30 jours et ils peuvent visiter jusqu'à quatre destinations étrangères. La Commission "
        "européenne a l'intention de développer \"DiscoverEU\", une initiative dotée d'un budget de 12 millions d'euros en 2018, "
        "et l'a donc intégrée dans sa proposition relative au prochain programme Erasmus.",
        [d("2018-06-26", "12:00")],
        page_date="2018-06-01",
        distractors=[
            "entre le 9 juillet et le 30 septembre 2018 (when the journey must start)",
            "en 2018",
        ],
        note="a Belgian magazine on a European programme (stamped June 2018, month only): the year-less closing resolves from "
        "the first of the month",
    )
    p(
        "r11f-discovereu-2019-undated",
        "https://www.capital.fr/lifestyle/plus-que-quelques-jours-pour-profiter-des-20-000-billets-de-train-ou-car-gratuits-offerts-aux-jeunes-par-lue-1354916",
        "C’est une nouvelle occasion pour les jeunes Européens âgés de 18 ans de partir gratuitement à la découverte des pays du "
        "Vieux continent. La Commission européenne a en effet lancé, le 7 novembre dernier, un nouveau cycle de candidatures pour "
        "son opération DiscoverEU. Les personnes intéressées ont jusqu’au 28 novembre pour déposer leur dossier sur le portail "
        "européen de la jeunesse. Les candidats qui seront choisis par la Commission pourront ainsi profiter d’un voyage à moindre "
        "frais entre le 1er avril et le 30 octobre 2020, détaille le site spécialisé Tourmag.com.\n\n"
        "Pour faire partie des heureux élus, il faut remplir un dossier et répondre à un questionnaire de connaissances générales "
        "sur l’Union européenne. Les candidatures retenues seront communiquées en janvier 2020.",
        [],
        distractors=[
            "le 7 novembre dernier (the launch; year-less, undated page)",
            "jusqu’au 28 novembre (year-less, undated page)",
            "entre le 1er avril et le 30 octobre 2020 (the travel window)",
            "en janvier 2020 (results)",
        ],
        note="the next round of the same programme in a business magazine with no date on the page: the closing has no year "
        "(class 8), and the only full dates are a travel window",
    )
    p(
        "r11f-ars-grand-est-astp-2022",
        "https://appwritefunc.yet-another-testing-domain.com/api/grab?url=https%3A%2F%2Ffr.scribd.com%2Fdocument%2F859390025%2FAAP-ASTP-2022",
        "Procédure d’appel à candidatures\nCampagne pour la période 2022-2024\ndes Assistants Spécialistes\nà Temps Partagés\n"
        "1. OBJET DE L’APPEL A CANDIDATURES 2022-2024\nDans le cadre de son Projet Régional de Santé, l’ARS fait des ressources "
        "humaines en santé une priorité\nd’action et lance cet appel à candidatures 2022-2024 pour permettre le recrutement "
        "d’Assistants Spécialistes\nà Temps Partagé (ASTP) entre 2 sites ou plus :\n- entre établissements de santé,\n"
        "- entre un établissement de santé et une structure ambulatoire (dit Ville-Hôpital).\n"
        "Le financement de l’ARS Grand Est sera accordé pour 2 années consécutives et continues, du 1er novembre\n2022 au 31 "
        "octobre 2024. En plus de ses missions cliniques, l’ASTP doit participer à des activités\npédagogiques, d’enseignement, de "
        "recherche et l’encadrement des internes et étudiants.\n[...]\nProjets prioritaires parcours PRS 2018-2022",
        [],
        distractors=[
            "du 1er novembre 2022 au 31 octobre 2024 (the funded posts' period)",
            "2018-2022",
        ],
        note="a regional health agency's call for shared posts (a document viewer's copy): the only dated range is the period "
        "the posts are funded for, not a window to apply",
    )
    p(
        "r11f-ars-idf-asp-2025",
        "https://www.iledefrance.ars.sante.fr/appel-candidatures-postes-assistants-specialistes-partages-entre-etablissements-de-sante-etou-ehpad",
        "Appel à candidatures - Postes assistants spécialistes partagés entre établissements de santé et/ou Ehpad\n\n"
        "Appel à projets / candidatures / manifestation d'intérêt\n\nEn cours\n\n"
        "L’Agence régionale de santé Île-de-France lance son 12ème appel à candidatures pour permettre la création de postes "
        "d’Assistants Spécialistes à temps Partagé (ASP) entre 2 structures.\n\n[...]\n\n"
        "L’Assistant Spécialiste à temps Partagé sera accueilli par les structures partenaires durant 2 années consécutives et "
        "continues du 1er novembre 2025 au 31 octobre 2027. Outre ses missions cliniques, l’Assistant Spécialiste à temps Partagé "
        "participera à des activités pédagogiques, d’enseignement et de recherche.",
        [],
        distractors=["du 1er novembre 2025 au 31 octobre 2027 (the posts' period)"],
        note="another region's call for the same posts: the quoted part names the posts' period only",
    )
    p(
        "r11f-yaourtiere-asp-2024",
        "https://yaourtiere.info/appel-a-candidatures-les-postes-dassistants-specialises-sont-partages-entre-agences-de-sante-et-ou-ehpad",
        "Le financement de ce projet de recrutement est assuré à hauteur de 60% par l’ARS pour le poste d’assistant spécialisé "
        "hospitalier 1er et 2ème an (y compris la prime territoriale de formation). Le reste est couvert par les deux sociétés "
        "(recruteur/partenaire). L’assistant spécialisé à temps partiel sera occupé par les entreprises partenaires pendant deux "
        "années consécutives et en continu à partir de novembre 2024 jusqu’au 31 octobre 2026. En plus de sa mission clinique, "
        "l’assistant spécialisé participera également à des activités d’éducation, d’enseignement et de recherche.",
        [],
        distractors=["à partir de novembre 2024 jusqu’au 31 octobre 2026 (the post's period)"],
        note="a site rewording the same agency's call: 'jusqu'au' ends the post's period, nobody sends anything by it",
    )
    p(
        "r11f-hopitalex-astp-2024",
        "https://www.hopitalex.com/index.php/donnees-juridiques?action=affichedoc&doc=13047",
        "Une note d’information n°DGOS/RH1/2024/124 du 26 juillet 2024 a pour objectif de rappeler les principales "
        "caractéristiques de ces trois catégories de postes ainsi que les postes ouverts et financés, par région, pour la période "
        "2024-2026.\nAinsi, 250 postes sont ouverts pour les assistants spécialistes à temps partagé entre établissements de santé "
        "selon la répartition figurant en annexe de la note. [...] Dans ce cadre, 50 postes sont ouverts pour la promotion "
        "2024-2026 : 15 chacun pour la Guyane et Mayotte, 7 chacun pour la Guadeloupe et la Martinique et 6 pour La Réunion.",
        [],
        distractors=["du 26 juillet 2024 (a note's date)", "2024-2026 (a promotion)"],
        note="a hospital law site on the national note sharing out the same posts",
    )
    p(
        "r11f-bo-astp-2025",
        "https://bulletins-officiels.social.gouv.fr/note-dinformation-ndeg-dgosrh12025151-du-22-octobre-2025-relative-la-repartition-par-region-des-postes-dassistants-specialistes-temps-partage-pour-la-periode-2025-2027",
        "Note d’information n° DGOS/RH1/2025/151 du 22 octobre 2025 relative à la répartition, par région, des postes "
        "d’assistants spécialistes à temps partagé pour la période 2025-2027\n\nBO du\n\nDate de signature\n\n"
        "Télécharger le document\n\n[...]\n\nRéférenceNOR : SFHH2529410N (numéro interne : 2025/151)\n"
        "Date de signature22/10/2025\nEmetteurMinistère de la santé, des familles, de l’autonomie et des personnes handicapées\n"
        "Direction générale de l’offre de soins (DGOS)\nObjetRépartition, par région, des postes d’assistants spécialistes à "
        "temps partagé pour la période 2025-2027.",
        [],
        distractors=[
            "du 22 octobre 2025 (the note's date)",
            "Date de signature22/10/2025 (its signature, glued)",
        ],
        note="the official bulletin's record of the next year's note: a signature date glued to its label",
    )
    p(
        "r11f-docplayer-territoire-soins-numerique",
        "https://docplayer.fr/amp/1417027-Appel-a-projets-territoire-de-soins-numerique.html",
        "Appel à projets «Territoire de soins numérique»\n\n\n\nDocuments pareils\n"
        "Mettre en place de plateformes inter-opérables mutualisées d informations et de services.\n\n"
        "Investissements d Avenir. Développement de l Economie Numérique\n\nRéunion Information Investissements d Avenir\n\n"
        "[...]\n\nDOSSIER DE PRESSE Le 31 octobre 2014\n\nAppel à projets Soutien à la dynamique des Pôles territoriaux de "
        "coopération économique (PTCE)\n\nAppel à manifestation d intérêt\n\n[...]\n\n"
        "10 JUIN 2015 APPEL D OFFRES ETUDE D EVALUATION A MI-PARCOURS DU DISPOSITIF DES PRETS NUMERIQUES DU PROGRAMME DES "
        "INVESTISSEMENTS D AVENIR\n\n[...]\n\nLa Révolution Numérique Au Service De l'hôpital de demain JUIN 2013 Strasbourg, "
        "FRANCE",
        [],
        distractors=[
            "Le 31 octobre 2014 (a press kit)",
            "10 JUIN 2015 (another document's title)",
            "JUIN 2013",
        ],
        note="a document site's list of similar documents under a call's title: dated titles of other documents",
    )
    p(
        "r11f-up2europe-eu4health-breast-2016",
        "https://maregionsud.up2europe.eu/calls/pilot-project-primary-prevention-courses-for-girls-living-in-areas-with-higher-risk-of-breast-cancer-pp-2-5-2016_1422.html",
        "EU4 Health Programme (EU4H) logo\n\nPilot project — Primary prevention courses for girls living in areas with higher risk "
        "of breast cancer - PP-2-5-2016\nDate de clôture : 31 janv. 2017  \nAPPEL À PROJET CLÔTURÉ\n\n Soins de santé\n E-health\n"
        " Recherche\n\n1. BACKGROUND AND PURPOSE OF THIS CALL \n\nThe burden of breast cancer is worldwide and growing. In 2012, "
        "nearly 1.7 million new cases of breast cancer were diagnosed worldwide, accounting for 25% of all new cancer cases in "
        "women. [...] Taking the Region as a whole, however, deaths from breast cancer peaked in the 1990s, at 14.74 deaths per "
        "100 000 population in 1994, falling to 13.01 per 100 000 in 2009.",
        [d("2017-01-31")],
        distractors=["In 2012", "in 1994", "in 2009"],
        note="a region's European-funding portal: a French fiche line over an English call text",
    )
    p(
        "r11f-grantalist-stayhlth-2024",
        "https://grantalist.com/grant/HORIZON-HLTH-2024-STAYHLTH-01-05-two-stage",
        "Personalised prevention of non-communicable diseases - addressing areas of unmet needs using multiple data sources\n"
        "HORIZON Research and Innovation Actions\nBasic Information\n- Identifier\n- HORIZON-HLTH-2024-STAYHLTH-01-05-two-stage\n"
        "- Programme\n- Staying Healthy (Two stage - 2024)\n- Programme Period\n- 2021 - 2027\n- Status\n- Closed (31094503)\n"
        "- Opening Date\n- March 30, 2023\n- Deadline\n- September 19, 2023\n- Deadline Model\n- two-stage\n- Budget\n"
        "- €30,000,000",
        [d("2023-09-19")],
        opens="2023-03-30",
        distractors=["2021 - 2027 (programme period)"],
        note="a grants directory's fiche for a European health call, each label on the line above its value; the fiche says "
        "'two-stage' but not which stage its 'Deadline' is, so the kind is the default",
    )
    p(
        "r11f-grantalist-disease-2022",
        "https://grantalist.com/grant/HORIZON-HLTH-2022-DISEASE-03-01",
        "European partnership fostering a European Research Area (ERA) for health research\nHORIZON Programme Cofund Actions\n"
        "Basic Information\n- Identifier\n- HORIZON-HLTH-2022-DISEASE-03-01\n- Programme\n- Partnerships in Health (2022)\n"
        "- Programme Period\n- 2021 - 2027\n- Status\n- Closed (31094503)\n- Opening Date\n- January 12, 2022\n- Deadline\n"
        "- April 21, 2022\n- Deadline Model\n- single-stage\n- Budget\n- €30,000,000",
        [d("2022-04-21")],
        opens="2022-01-12",
        distractors=["2021 - 2027 (programme period)"],
        note="the same directory, a single-stage call",
    )
    p(
        "r11f-grants8-two-stage-2025",
        "https://app.grants8.com/grants/details/5a36a943-167b-4296-9eb1-f73719cb1eb6",
        "This grant operates under a\ntwo-stage application process.\nApplication Deadlines\n"
        "- Stage 1 (First Cut-off): The deadline for submitting your initial proposal is September 16, 2025, at 00:00:00 "
        "UTC+00.\n- Stage 2 (Second Cut-off): If invited, the deadline for submitting your full proposal is April 16, 2026, at "
        "00:00:00 UTC+00.\nApplication Procedure\n- Online Submission: Applications must be submitted through the Electronic "
        "Submission Service on the Funding & Tenders Portal.",
        [d("2025-09-16", kind="letter_of_intent"), d("2026-04-16")],
        note="a grants directory's two-stage European call: the initial proposal is a compulsory first stage; the times are "
        "midnight UTC, which the labels leave out",
    )
    p(
        "r11f-lyonbiopole-hlth-2024-disease",
        "https://lyonbiopole.com/appel-a-projet/horizon-hlth-2024-disease-03-14-two-stage-tackling-high-burden-for-patients-under-researched-medical-conditions",
        "Fermer le menu\n\nLes grandes lignes de l'appel\n\nType d'appel : Collaboratif\n\n"
        "Porteur de projet : Laboratoire académique, Établissement clinique\n\nDate d'ouverture : 30 mars 2023\n\n"
        "Date de clôture : 19 septembre 2023\n\nDimension : Europe\n\nProgramme : HORIZON EUROPE - CLUSTER SANTE\n\n"
        "Mode de financement : Subvention\n\nAppel thématisé : oui\n\nType de relevés : A date(s) fixe(s)\n\n \n\n"
        "Le programme (ou « cluster ») Santé 2023-2024 d’Horizon Europe se décline en 6 axes/destinations.",
        [d("2023-09-19")],
        opens="2023-03-30",
        distractors=["2023-2024 (a work programme)"],
        note="a competitiveness cluster's fiche for a two-stage European call: opening and closing labels; the stage is not "
        "named, so the kind is the default",
    )
    p(
        "r11f-icam-2024-abstracts",
        "https://icam2024.pcoveranatura.com",
        "Abstract Subission\nIn order to submit an Abstract you need to pre-register first by completing the registration form. "
        "Please note that at this stage you will not have to pay for your registration nor commit to it. Therefore, no payment "
        "has to be made before your abstract submission is accepted.\n[...]\n"
        "Payment will only be required later if and when your abstract is accepted. You will still be able to benefit from the "
        "early bird rates if payment is done by 31 July.\n"
        "The first time you submit an abstract it will be saved automatically in draft status. The purpose of this intermediate "
        "state is to guarantee that you will be able to make changes|modifications until the submission deadline (19 May 2024).",
        [d("2024-05-19")],
        distractors=["by 31 July (early-bird payment; year-less, undated page)"],
        note="an international congress's registration page: the abstracts' deadline in brackets after 'submission deadline'; "
        "the year-less early-bird day is unresolvable",
    )
    p(
        "r11f-easg-2024-abstract-phases",
        "https://www.easg.org/easgconference2024/abstracts",
        "Process of gathering abstracts\nAuthors wishing to present a paper during the course of the conference must submit in "
        "advance, as a requirement for acceptance, a summary or abstract of the proposed content with a maximum extension of 250 "
        "words, setting out the general interest of the paper for the participants at the conference and describing the content "
        "of the presentation.\nAbstracts may be submitted until 1 June 2024.\nHowever, due to the expected huge attendance and "
        "willingness to present, early submissions are encouraged.\nThe abstracts will be considered by the organising committee "
        "in three phases:\nPhase 1 – until 1 January 2024\nAbstracts that are submitted before 1 January 2024 will be considered "
        "before 1 February 2024. The applicants will be informed on the results so that they can take advantage of the super "
        "early registration discount when they transfer the registration fee before 1 April 2024.\n"
        "Phase 2 – 1 January until 1 March 2024\nAbstracts that are submitted between 1 January and 1 March 2024 will be "
        "considered before 1 April 2024 and the applicants will be informed on the result so that they can take advantage of the "
        "discount by paying the registration fee before 1 June 2024.\nPhase 3 – after 1 March 2024\n"
        "All other abstracts will be considered on an ongoing basis April - June 2024 and the applicants will be informed as "
        "soon as possible.",
        [d("2024-01-01"), d("2024-03-01"), d("2024-04-01", kind="other"), d("2024-06-01")],
        distractors=["considered before 1 February 2024 (review)", "April - June 2024 (vague)"],
        note="a European learned society's conference: the final abstracts' deadline, the two phase cut-offs (abstracts sent "
        "by them are reviewed earlier) and the fees for early registration (kind other; the fee's 1 June is also the abstracts' "
        "day, so that day is an application); 1 April is both a review date and a fee's day, and the fee makes it a deadline",
    )
    p(
        "r11f-cpha-sante-publique-2024-undated",
        "https://cpha.ca/fr/santepublique2023-appel-de-communication",
        "Appel de communications\nDate limite de soumission : le vendredi 29 novembre avant 23 h 59 HNE\n"
        "Nous acceptons maintenant les propositions de présentations pour Santé publique 2024. Nous voulons offrir un programme "
        "scientifique intégrant des perspectives issues de la recherche, des politiques et de la pratique pour encourager les "
        "délégués et les présentateurs à créer des liens, à partager et à apprendre les uns des autres.",
        [],
        distractors=["le vendredi 29 novembre (year-less; the page shows no date)"],
        note="a public-health association's French call for papers: a year-less deadline on an undated page gives nothing "
        "(class 8), though the weekday and the congress's name would settle it",
    )
    p(
        "r11f-swiss-public-health-2013",
        "http://www.sph13.organizers-congress.ch/french/callforabstracts.php",
        "Swiss Public Health Conference 2013\n15 - 16 août 2013 • Zurich\n\n[...]\n\n"
        "Si vous êtes actif(ve) dans le domaine de la santé publique, que ce soit au niveau de la recherche, de la pratique ou "
        "dans le cadre d’une maîtrise en santé publique, nous vous invitons à venir présenter votre travail les 15 et 16 au 2013 "
        "à Zurich. Vous pouvez soumettre votre proposition de présentation (10 minutes) ou de poster.\n\n[...]\n\n"
        "Date limite de soumission des communications : 19 avril 2013. Tous les textes seront évalués par le Comité scientifique "
        "de la conférence. Les décisions concernant les abstracts (acceptation oui/non; type de présentation) seront communiquées "
        "aux auteurs jusqu’au 24 mai 2013.\n\nDébut soumission d’abstracts : 20.12.2012",
        [d("2013-04-19")],
        opens="2012-12-20",
        distractors=[
            "15 - 16 août 2013 (the conference)",
            "les 15 et 16 au 2013 (the conference, a typo)",
            "jusqu’au 24 mai 2013 (decisions told to the authors)",
        ],
        note="a Swiss congress's French call for abstracts: the decisions 'communiquées jusqu'au' are results; 'Début "
        "soumission' is the opening",
    )
    p(
        "r11f-colloque-recherche-interventionnelle-2019",
        "http://colloquerechercheinterventionnelle.fr/appel-a-communications/",
        "Appel à communications\n\nL’Institut national du cancer (INCa), l’Institut thématique multi-organismes Santé publique "
        "d’Aviesan et l’Institut de recherche en santé publique (IReSP) organisent un colloque scientifique international "
        "francophone le 10 et 11 janvier 2019 à Paris sur la contribution de la recherche interventionnelle à la réduction des "
        "inégalités sociales de santé.\n\n[...]\n\nA la suite des précédents colloques organisés sur le même thème, l’édition 2018 "
        "est résolument tournée vers les modalités de conduite de projets de recherche interventionnelle en vue de réduire les "
        "inégalités.",
        [],
        distractors=["le 10 et 11 janvier 2019 (the colloquium)", "l’édition 2018"],
        note="a national institute's colloquium: the call for papers' quoted part gives only the event's days",
    )
    p(
        "r11f-colloque-inca-fin-de-vie-2024",
        "https://colloqueinca-shsrisp-findevie.fr/appel-a-communication/%20",
        "Si les progrès médicaux sont importants, des enjeux perdurent sur l’accompagnement en fin de vie dans le champ du cancer, "
        "qui font notamment l’objet de plusieurs mesures de la Stratégie décennale de lutte contre les cancers 2021-2030.\n"
        "[...]\nFace à ces enjeux scientifiques et de santé publique, l’Institut national du cancer (INCa) organise un colloque "
        "scientifique international francophone sur\n« L’accompagnement en fin de vie dans le champ du cancer : les apports de la "
        "recherche en SHS, SP et RISP », les 11 et 12 décembre 2024, à Newcap Event Center.\n"
        "Ce colloque vise à rendre compte de la recherche dans les champs disciplinaires et approches des SHS, de la Santé "
        "publique et de la RISP [...]\nA cette fin, le présent appel à communications est publié.",
        [],
        distractors=["les 11 et 12 décembre 2024 (the colloquium)", "2021-2030 (a strategy)"],
        note="the same institute's later colloquium: 'appel à communications est publié' after the event's days",
    )
    p(
        "r11f-adelf-sfsp-amiens-2017",
        "http://adelf-sfsp.fr/?page_id=16281",
        "Le Congrès «Sciences et acteurs en santé : articuler connaissances et pratiques»\n\n"
        "Fortes de la réussite du congrès de Bordeaux en 2013, l’Association des épidémiologistes de langue française (Adelf) et "
        "la Société Française de Santé Publique (SFSP) ont décidé d’organiser un nouveau congrès conjoint à Amiens en octobre "
        "2017. La dernière édition a montré tout l’intérêt de rapprocher nos communautés.",
        [],
        distractors=["en 2013", "en octobre 2017 (vague: the congress's month)"],
        note="two learned societies' joint congress: a month and a year only",
    )
    p(
        "r11f-jfk-rennes-2023",
        "https://centre-congres-rennes.fr/magazine/choisir-le-couvent/jfk-accessibilite",
        "Publié le 24 avril 2023 par Priscilla Gout, mis à jour le 24 janvier 2024\n9e Journées Francophones de Kinésithérapie : "
        "“L’accessibilité était un critère important”\n[...]\nOrganisées par la Société Française de Physiothérapie et 12 "
        "associations partenaires, les Journées Francophones de Kinésithérapie (JFK) ont eu lieu du 29 mars au 1er avril 2023 à "
        "Rennes, au Couvent des Jacobins. La première édition en présentiel depuis le Covid.",
        [],
        page_date="2023-04-24",
        distractors=[
            "Publié le 24 avril 2023 (publication)",
            "mis à jour le 24 janvier 2024 (update)",
            "du 29 mars au 1er avril 2023 (the congress)",
        ],
        note="a congress centre's magazine on a physiotherapy society's congress: stamps and the event's range",
    )
    p(
        "r11f-cpa-halifax-2026",
        "http://sandiegotherapynow.com/index-459.html",
        "L’Association canadienne de physiothérapie a le plaisir d’inviter les auteurs à soumettre des résumés qui seront "
        "présentés lors du Congrès annuel 2026 de l’Association canadienne de physiothérapie à Halifax, en Nouvelle-Écosse, du 28 "
        "au 30 mai 2026.\nQu’est-ce que le Congrès?\nLe Congrès est l’événement phare de l’ACP qui offre des opportunités de "
        "premier plan en matière de recherche, d’éducation, de leadership, d’affaires et de réseautage.",
        [],
        distractors=[
            "du 28 au 30 mai 2026 (the congress, right after an invitation to submit abstracts)"
        ],
        note="a French copy of a physiotherapy association's call for abstracts: the only range is the congress's days",
    )
    p(
        "r11f-jfk-lille-2015",
        "http://www.lillegrandpalais.com/testimoniaux/congres-jfk/?mobile=1",
        "Congrès JFK, Philippe Duraphourg et Pierre Trudelle\n\nPhilippe Duraphourg et Pierre Trudelle\n\n05/02/2015\n\n"
        "Philippe Duraphourg et Pierre Trudelle témoignent au nom de la Société Française de Physiothérapie sur l’édition 2015 du "
        "congrès biennal JFK. 176 participants sont intervenus pendant 3 jours auprès de 1 150 participants, ce qui constitue la "
        "plus importante manifestation du secteur.\n\n« Nous réalisons une édition sur deux à Paris, mais nous avons la volonté de "
        "développer notre congrès en province. Nous étions à Marseille en 2011, à Paris en 2013.",
        [],
        page_date="2015-02-05",
        distractors=["05/02/2015 (the page's date)", "en 2011", "en 2013"],
        note="a congress venue's testimony page: a date line under the title, nothing to send",
    )
    p(
        "r11f-sfd-recherche-dermatologique-archives",
        "https://www.lequotidiendumedecin.fr/archives/la-recherche-dermatologique-nest-pas-laissee-sur-la-touche",
        "«Après une période où elle avait été un peu mise entre parenthèses, on assiste à une expansion de la recherche "
        "dermatologique avec une volonté évidente de l'ancrer dans le mouvement actuel de restructuration de la recherche en "
        "France», souligne le Pr Denis Jullien. Le premier signe de cette évolution a été la décision de l'Inserm de mettre en "
        "place en 2006 le Programme national de recherche en dermatologie, qui est venu remplacer les comités d'interface. "
        "«L'année dernière, la budgétisation de l'Inserm a été de 200000 euros sur la thématique de la biologie cutanée. Cette "
        "somme a été reconduite cette année exactement sur la même thématique.\nEt, en mai prochain, un appel d'offres va avoir "
        "lieu pour 2008, cette fois sur la recherche clinique, pour une budgétisation toujours de 200000 euros »",
        [],
        distractors=["en 2006", "en mai prochain (vague)", "pour 2008"],
        note="a medical paper's archive on a learned society's research funding: a call announced for a month only",
    )
    p(
        "r11f-sfd-fonds-dotation",
        "https://static2.lequotidiendumedecin.fr/actus-medicales/recherche-science/nous-invitons-le-grand-public-accompagner-des-projets-denvergure",
        "LE QUOTIDIEN : Comment investissez-vous dans les projets de recherche ?\nPr MARIE BEYLOT-BARRY : Depuis 2013, la Société "
        "française de dermatologie (SFD) a soutenu une centaine de projets. Une dizaine de bourses de recherche sont aussi "
        "attribuées chaque année à de jeunes dermatologues internes chefs de clinique : 25 000 euros pour une année de master 2, "
        "de 30 000 à 50 000 euros en thèse, postdoc ou stage de recherche à l’étranger.",
        [],
        distractors=["Depuis 2013"],
        note="an interview on a learned society's grants: no call date",
    )
    p(
        "r11f-sfh-statuts",
        "https://sfh.hematologie.net/la-sfh/statuts",
        "Statuts\n\nButs et composition de la société\n\nArticle 1.\n\nL'association dite \"Société Française d'Hématologie\", "
        "fondée en 1931, est reconduite dans sa désignation mais ses statuts sont modifiés conformément à l'article 18 du titre IV "
        "des statuts de 1931.\n\n[...]\n\nEn dehors des membres déjà titulaires, les nouveaux membres sont élus lors de "
        "l'Assemblée Générale à la majorité des 3/4 au moins des suffrages exprimés émanant des membres titulaires. Les "
        "candidatures devront avoir été soumises au moins un mois avant la séance au conseil d'administration et présentées par "
        "deux parrains membres de la Société..",
        [],
        distractors=["fondée en 1931", "au moins un mois avant la séance (relative, no date)"],
        note="a learned society's statutes: a relative term for membership applications, no date",
    )
    p(
        "r11f-sfd-mots-du-president-2021",
        "https://www.sfdermato.org/qui-sommes-nous/les-mots-du-president.html",
        "Discours du Pr Nicolas Dupin, Président, lors des Quatre Saisons, janvier 2021.\n\n[...]\n\n"
        "Je vous souhaite une belle nouvelle année à vous et vos proches et à notre Société Française de Dermatologie dont j'ai le "
        "grand honneur d'être le nouveau président. On vient de passer une année difficile, une année virale avec ce coronavirus "
        "qui nous a occupés et préoccupés pendant toute l'année 2020.\n\nBienvenue à cette nouvelle année 2021.",
        [],
        distractors=["janvier 2021 (vague)", "l'année 2020"],
        note="a learned society president's speech: months and years only",
    )
    p(
        "r11f-sofcot-cfcot-reglement",
        "http://www.sofcot.fr/index.php/Composantes/College-CFCOT/Le-CFCOT/Reglement-interieur",
        "Règlement intérieur\n\nMise à jour 30/03/2018 à 12:01 |Publié le 31/05/2014 à 14:51\n\n"
        "Règlement intérieur du Collège des Chirurgiens Orthopédistes et Traumatologues\n\n \n\n"
        "Chapitre I : Admission au Collège\n\nArticle 1 : Membres\n\n[...]\n\nArticle 2 : Acte de candidature\n\n"
        "Pourront faire acte de candidature comme membre titulaire du Collège :",
        [],
        page_date="2018-03-30",
        distractors=[
            "Mise à jour 30/03/2018 à 12:01 (update)",
            "Publié le 31/05/2014 à 14:51 (publication)",
        ],
        note="a surgical society's college rules: update and publication stamps with times, above an 'Acte de candidature' "
        "article",
    )
