"""Round 15 of the real passages (funders: rheumatology, gastroenterology, HIV, palliative care, geriatrics, autism, occupational and environmental health, veterinary One Health, endometriosis, rare diseases, vision, hearing and organ donation, mutual insurers' prizes, regional health agencies, and francophone funders abroad: Quebec, Switzerland, Morocco, Lebanon, Senegal, Algeria): test data only.

Collected and labelled on 4 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r15f-fundit-fdf-autisme-2024",
        "https://fundit.fr/fr/calls/recherche-fondamentale-clinique-et-epidemiologique-sur-lautisme-et-neuro-developpement",
        "Recherche fondamentale, clinique et épidémiologique sur l’autisme et le neuro-développement typique de l’enfant\n"
        "Les connaissances sur le développement cognitif et affectif de l’être humain et, en particulier, de l’enfant, sont "
        "encore trop parcellaires pour permettre une compréhension des trajectoires atypiques comme dans l’autisme.\n"
        "Depuis une vingtaine d’années, la Fondation de France soutient la recherche dans ce domaine en finançant des projets "
        "innovants, collaboratifs et pluridisciplinaires. [...]\n"
        "Date limite de réception des dossiers : 4 septembre 2024\n"
        "Déposer un projet\n"
        "Objectifs\n"
        "En 2024, la Fondation de France décide de réaffirmer son soutien à ce champ de recherche, en considérant des projets "
        "d’envergure, innovants et collaboratifs, qui contribueront au progrès des connaissances sur :",
        [d("2024-09-04")],
        distractors=["En 2024 (a year)"],
        note="a grant directory's copy of a foundation's call on autism and child neuro-development: one fiche deadline",
    )
    p(
        "r15f-digestscience-appels-historique",
        "https://digestscience.com/fr/actions/recherche-medicale/appels-a-projets?rCH=2",
        "Appels à projets\nGrâce aux dons des particuliers et des entreprises qu'elle reçoit, DigestScience mobilise des fonds "
        "nouveaux pour la recherche au service des maladies digestives.\n[...]\n"
        "Trouver les causes de la maladie de Crohn\nObjectif 2018-2022\nTrouver 2 millions d'euros et financer une vaste "
        "étude épémiologique\n[...]\n3e appel à projets : ECCO-DigestScience\nLa Fondation DigestScience et ECCO (European "
        "Crohn's and Colitis Organisation) se sont associés pour lancer un appel d'offre exceptionnel de 100 000 € afin de "
        'promouvoir un projet de recherche innovant, translationnel et clinique sur la "Fibrose Intestinale".\nSur 16 '
        'dossiers déposés, un jury d\'experts a choisi le projet "Gut microbiome induced intestinal fibrosis" de Florian '
        "Rieder travaillant dans le laboratoire du Pr. Claudio Fiocchi à Cleveland (US). Le prix a été officiellement remis "
        "au candidat le 22 février 2014 lors de la 9e édition du congrès ECCO à Copenhague, Danemark.\n2e appel à projets\n"
        "Avec un budget de 400 000 € sur 2 ans, cet appel d'offre lancé en octobre 2010 avait pour thème : \"Manipulation de "
        "la flore intestinale dans le domaine de la santé et de la maladie",
        [],
        distractors=[
            "Objectif 2018-2022 (a fundraising target's span)",
            "remis au candidat le 22 février 2014 (prize-giving)",
            "lancé en octobre 2010 (a past launch, vague)",
        ],
        note="a digestive-diseases foundation's history of its calls: a prize given, a past launch; nothing to send",
    )
    p(
        "r15f-sfr-appels-2026-actualite",
        "https://www.larhumatologie.fr/actualite/la-sfr-ouvre-ses-appels-doffres-2026-un-engagement-renouvele-pour-la-recherche-en-rhumatologie/",
        "C’est avec une grande tristesse que nous avons appris le décès du Professeur Paul Le Goff, survenu le 8 octobre, à "
        "l’âge de 87 ans. Ayant fondé en 1979 le service de Rhumatologie du CHU de Brest, service qu’il a dirigé jusqu’à son "
        "départ à la retraite en 2003, le Professeur Le Goff a marqué durablement la discipline [...]\n\n"
        "La SFR ouvre ses appels d’offres 2026 : un engagement renouvelé pour la recherche en rhumatologie\n\n"
        "Chaque année, la Société Française de Rhumatologie réaffirme son engagement en faveur de la recherche en lançant une "
        "série d’appels d’offres destinés à soutenir les projets les plus prometteurs dans le domaine de la rhumatologie. "
        "L’édition 2026 vient d’être lancée, avec une diversité de dispositifs adaptés aux besoins des chercheurs et "
        "cliniciens : projets individuels, projets collaboratifs, cohortes et registres labellisés, ainsi que bourses de "
        "mobilité.",
        [],
        distractors=[
            "survenu le 8 octobre (a death, year-less, undated page)",
            "en 1979, en 2003 (years of a career)",
        ],
        note="a rheumatology society's news: an obituary above the announcement that its 2026 calls are open, with no date "
        "given for them; the launch is said without a day, so no opening",
    )
    p(
        "r15f-mederic-laureats-2022-dejeuner",
        "https://www.fondation-mederic-alzheimer.org/4-jeunes-doctorants-recompenses-par-la-fondation-mederic-alzheimer?fbclid=PAAaYwbUONgICSzQ2j64V7j_n6SF9T3vGCItLgbcVNvPUA30IGzaPh4Yqy470",
        "4 jeunes doctorants récompensés par la Fondation Médéric Alzheimer\n\nC’est au cours d’un déjeuner le 26 janvier 2023 "
        "que le nom des lauréats 2022 a été dévoilé.\n\n  • Appels à projets\n  • Recherche\n  • Soutien financier\n\n"
        "Publié le 02 février 2023\n\nConstatant les difficultés rencontrées par les jeunes chercheurs en sciences humaines et "
        "sociales et en santé publique pour obtenir des financements, la Fondation Médéric Alzheimer a innové, en 2022, avec "
        "trois nouveaux types de soutien [...]\n\nLes lauréats 2022\n\nLauréat de la dotation scientifique – 35 000 €\n\n"
        "Le laboratoire de recherche CR2D (centre de recherche droit Dauphine) de Université Paris Dauphine a obtenu la "
        "dotation scientifique de 35 000 € afin que Solène ROLAND, doctorante en droit notarial, puisse poursuivre en 4ème "
        "année, sa thèse [...]. Un voyage d’études de la lauréate est prévu en 2023 à l’Université de Laval (Québec).",
        [],
        page_date="2023-02-02",
        distractors=[
            "un déjeuner le 26 janvier 2023 (results announced)",
            "Publié le 02 février 2023 (publication)",
            "prévu en 2023 (a study trip, a year)",
        ],
        note="a foundation's laureates news: results and a publication stamp, nothing to send",
    )
    p(
        "r15f-max-weber-fdf-soigner-soulager-2024",
        "https://centre-max-weber.fr/Fondation-de-France-Appel-a-projets-Soigner-soulager-accompagner-date-limite-17",
        "La Fondation de France soutient la recherche dans le domaine des soins apportés aux personnes gravement malades ou "
        "en fin de vie, afin de fournir des données nouvelles validées permettant d’améliorer les pratiques. [...]\n"
        "L’aide de la Fondation de France se traduit par :\n- des subventions à des équipes cliniques, médicales ou "
        "para-médicales, ou de recherche ;\n- des allocations de recherche permettant la préparation de mémoires de thèses "
        "de doctorat.\nCes aides peuvent être pluriannuelles, d’une durée maximale de trois ans.\n"
        "Date limite de candidature : avant le 17 mai 2024, à 17h, via la plateforme en ligne dédiée (accès authentifié).\n"
        "Contact : projets@fdf.org",
        [d("2024-05-17", "17:00")],
        note="a research centre relaying a foundation's call on palliative care, pain and end of life: one deadline with "
        "its hour",
    )
    p(
        "r15f-jupiterinfo-ised-master-rmo-2025",
        "https://jupiterinfo.bj/2025/07/21/sante-publique-linstitut-de-sante-et-developpement-ised-offre-des-bourses-en-master",
        "Excellente nouvelle pour les personnes qui désirent faire un master en santé publique. L’Institut de Santé et "
        "Développement (ISED) offre des bourses d’études pour un master en santé publique avec une concentration en recherche "
        "de mise en œuvre (RMO) pour les années académiques 2025-2026 et 2026-2027 à partir de décembre 2025. L’appel à "
        "candidature a été déjà lancé et la date limite pour la réception des candidatures est fixée au 30 septembre 2025.\n\n"
        "Selon les informations contenues dans l’appel à candidatures, l’objectif du programme de bourses est de renforcer "
        "les capacités en RMO sur quatre grands défis de santé mondiale affectant les maladies infectieuses de la pauvreté "
        "en utilisant une approche One Health. [...]\n\nCes bourses sont financées à travers le Programme spécial "
        "UNICEF/PNUD/Banque mondiale/OMS de recherche et de formation sur les maladies tropicales (TDR), basé à "
        "l’Organisation Mondiale de la Santé à Genève, en Suisse, dans le cadre du programme de formation postuniversitaire TDR.",
        [d("2025-09-30")],
        page_date="2025-07-21",
        distractors=[
            "années académiques 2025-2026 et 2026-2027 (the funded years)",
            "à partir de décembre 2025 (the programme's start, vague)",
        ],
        note="a Beninese news site on master's grants funded by the WHO's tropical-diseases programme; page_date from the "
        "article's dated address; the call 'a été déjà lancé' without a day, so no opening",
    )
    p(
        "r15f-ecofin-abem-mobilite-2020",
        "https://www.agenceecofin.com/formation/2805-77025-le-projet-de-mobilite-en-genie-biomedical-africain-propose-des-bourses-aux-etudiantes-et-personnel-des-universites",
        "(Agence Ecofin) - Le projet de mobilité en génie biomédical africain (ABEM), un programme de mobilité académique "
        "financé par l'Agence exécutive « Education, audiovisuel et culture » (EACEA) de la Commission européenne, propose "
        "des bourses d’études aux étudiantes et au personnel académique et administratif des établissements d’enseignement "
        "supérieur d’Afrique.\n\n[...]\n\nLe projet consiste à former les étudiantes de cycle master et doctorat qui "
        "souhaitent suivre des spécialisations pas offertes dans leurs établissements d'origine. Au moment de la demande, "
        "elles doivent avoir obtenu un diplôme supérieur ou être inscrites pour l’obtenir. [...]\n\nLes bourses couvrent un "
        "billet d'avion aller-retour, les frais de visa, les frais de participation, une couverture d'assurance complète et "
        "une allocation de subsistance mensuelle. L’objectif est de renforcer les capacités humaines et institutionnelles "
        "pour la recherche et le développement des technologies de la santé.\n\nLa date limite des candidatures est fixée au "
        "29 juillet 2020.",
        [d("2020-07-29")],
        note="an African economic news agency relaying a European-funded biomedical-engineering mobility programme",
    )
    p(
        "r15f-merieux-efintd-laureats-2012",
        "https://fondation-merieux.org/?p=793",
        "Appui aux laboratoires\n\nTroisième session des bourses EFINTD : 8 chercheurs africains sélectionnés pour des bourses "
        "de recherche\n\n4 juin 2012 - Maputo (Mozambique)\n\nHuit chercheurs africains ont obtenu une bourse de recherche au "
        "cours de la 3e Conférence internationale sur les maladies tropicales négligées organisée par l’EFINTD, un consortium "
        "de 5 fondations européennes (les fondations Volkswagen, Gulbenkian, Mérieux, Nuffield et Cariplo) à Maputo.\n\n"
        "Huit bourses ont été octroyées pour un montant de 821 500 euros au cours de la 3e Conférence internationale sur les "
        "maladies tropicales négligées qui s’est tenue en Février 2012 à Maputo (Mozambique). [...]\n\n"
        "Les 5 fondations européennes sont animées par un objectif commun. Elles ont formé l’initiative en 2008.",
        [],
        page_date="2012-06-04",
        distractors=[
            "4 juin 2012 - Maputo (the news item's dateline)",
            "en Février 2012 (a past conference, vague)",
            "en 2008 (the initiative's founding)",
        ],
        note="a foundation's news of grants awarded on neglected tropical diseases: results only",
    )
    p(
        "r15f-greffe-de-vie-presentation",
        "http://www.greffedevie.fr/Fondation_Presentation.asp",
        "Présentation\nLa Fondation Greffe de Vie, reconnue d'utilité publique (décret publié au JO du 25/11/2005),\n"
        "poursuit plusieurs objectifs : promouvoir le don d'organes, dynamiser les activités de prélèvement et de "
        "transplantation,\naméliorer la vie des malades, soutenir la recherche.\n[...]\nEn 2006, en France, seulement 4426 "
        "transplantations alors que près de 12400 malades avaient besoin d’une greffe.\n[...]\nQu'est ce qu'une fondation ?\n"
        "« Une fondation, au sens juridique du terme, est l'acte par lequel une ou plusieurs personnes physiques ou morales "
        "décident de l'affectation irrévocable de biens, droits ou ressources à la réalisation d'une ouvre d'intérêt général "
        "et à but non lucratif. »\n(article 18, loi du 23 juillet 1987)",
        [],
        distractors=[
            "décret publié au JO du 25/11/2005 (a decree's date)",
            "En 2006 (a year of statistics)",
            "loi du 23 juillet 1987 (a law's date)",
        ],
        note="an organ-donation foundation's presentation page: texts' dates only",
    )
    p(
        "r15f-solidarite-sida-choisir-projets",
        "https://solidarite-sida.org/?p=260",
        "Comment choisir les projets à soutenir ?\nChaque année, les mois d’octobre et novembre sont très chargés pour les "
        "équipes des programmes de soutiens. En effet, c’est à cette période que les associations françaises ou étrangères "
        "postulent à l’appel à projets de Solidarité Sida, espérant ainsi obtenir un financement pour l’année prochaine.\n"
        "Julie, chargée des programmes France, et Matthew, chargé de mission à l’international lèvent le voile sur un "
        "processus peu connu mais capital pour l’avenir de centaines d’associations.\nQuels sont les critères pour retenir un "
        "projet ?\nJulie : L’appel à projets France de Solidarité Sida ne finance que des associations loi 1901 dont le siège "
        "social et le lieu de réalisation des missions sont situés en France, métropole ou DOM/TOM.",
        [],
        distractors=["les mois d’octobre et novembre (a yearly application season, vague)"],
        note="an HIV charity's interview on how it chooses projects: the application season is named by months only",
    )
    p(
        "r15f-dentaire365-prix-these-adf-2022",
        "https://www.dentaire365.fr/actualites/evenement/prix-de-these-adf-dentsply-sirona-2022-quatre-laureats-sur-des-themes-qui-poussent-vraiment-aux-changements/",
        'Prix de thèse ADF/Dentsply Sirona 2022 : quatre lauréats sur "des thèmes qui poussent vraiment aux changements"\n'
        "Le 25ème prix de thèse ADF/Dentsply Sirona a récompensé fin novembre quatre jeunes thésés sur « des thèmes qui "
        "poussent vraiment aux changements, à la transformation avec la réalité virtuelle, le digital, la 3D, et le lien entre "
        "la santé bucco-dentaire et la santé en général ».\nChaque année, l’ADF est l’occasion de récompenser les "
        "professionnels les plus innovants du secteur. L’IFRO a profité du congrès pour annoncer les quatre lauréats de son "
        "appel à projets 2023, tandis que le 25ème prix de thèse ADF/Dentsply Sirona récompensait quant à lui quatre jeunes "
        "thésés [...]. Une récompense de 5 000 euros a été répartie entre eux.\nCette année, 65 candidatures ont été présentées.",
        [],
        distractors=[
            "récompensé fin novembre (a prize-giving, vague)",
            "appel à projets 2023 (a year)",
        ],
        note="a dental news site on an industry-sponsored thesis prize and a dental research institute's laureates: results",
    )
    p(
        "r15f-frqsc-postdoc-recherche-creation-b5-2023",
        "https://frq.gouv.qc.ca/programme/bourse-postdoctorale-en-recherche-creation-b5-frqsc2023-2024/",
        "Année de concours : \n2023-2024\n\nDate limite (demande) : \n13 octobre 2022 à 16h00 (EST)\n\nAnnonce des résultats : \n"
        "Fin avril 2023\n\nMontant : \n45 000 $/an + 10 000 $/an si le lieu de stage est à plus de 250 km des frontières du "
        "Québec + supplément pour frais de réalisation\n\nDurée du financement : \n6 à 24 mois + possibilité de 12 mois "
        "supplémentaires sous conditions\n\n[...]\n\nUNE DEMANDE TRANSMISE APRÈS L’HEURE ET LA DATE LIMITES DU CONCOURS, SOIT "
        "LE 13 OCTOBRE 2022 À 16H, SERA DÉCLARÉ NON RECEVABLE.\n\nEN CAS DE DOUTE DANS LA PRÉPARATION DE VOTRE DEMANDE, "
        "N’HÉSITEZ PAS À CONTACTER LA PERSONNE RESPONSABLE DU PROGRAMME.\n\nVersion mise à jour le 7 juillet 2022 sous "
        "réserve de l’approbation par le ministre de l’Économie et de l’Innovation.",
        [d("2022-10-13", "16:00")],
        page_date="2022-07-07",
        distractors=[
            "Annonce des résultats : Fin avril 2023 (results, vague)",
            "Version mise à jour le 7 juillet 2022 (update stamp)",
            "2023-2024 (competition year)",
        ],
        note="a Quebec research fund's postdoctoral fiche: one deadline written twice (fiche and capitals), the same day; "
        "the hour is Eastern time, kept as written",
    )
    p(
        "r15f-frqs-nih-transition-phase2-2019",
        "https://frq.gouv.qc.ca/en/program/bourse-de-transition-de-carriere-national-institutes-of-health-nih-frqs-phase-2-2019-2020-2/",
        "Competition year : \n2019-2020\n\nDeadline (pre-request) : \nAugust 22nd, 2018 at 16:30 (EST)\n\nDeadline (application) : "
        "\nOctober 1st, 2018 at 16:30 (EST)\n\nAnnouncement of results : \nApril 2019\n\nAmount : \n$30,005 to $88,469\n\n"
        "Duration : \n4 years\n\nPartnership\n\nNational Institutes of Health - États-Unis \n\nThis program is not available "
        "in English. Please refer to the French version.\n\n1. ADMISSIBILITÉ\n\nCandidats ou candidates visés\n  • personne "
        "ayant complété la phase 1 du programme : Formation postdoctorale – Bourse de transition de carrière – National "
        "Institutes of Health (NIH) – FRQS (Phase 1);",
        [d("2018-08-22", "16:30", kind="letter_of_intent"), d("2018-10-01", "16:30")],
        distractors=[
            "Announcement of results : April 2019 (results, vague)",
            "2019-2020 (competition year)",
        ],
        note="the English page of a Quebec health fund's career-transition award: a compulsory pre-request (first stage) "
        "then the application, each with its hour",
    )
    p(
        "r15f-frqs-chercheurs-boursiers-2025-2026",
        "https://frq.gouv.qc.ca/programme/chercheurs-boursiers-chercheuses-boursieres-cb-2025-2026",
        "Année de concours : \n2025-2026\n\nDate limite (pré-demande) : \n22 août 2024 à 16h00 (EST)\n\nDate limite (demande) : "
        "\n1 octobre 2024 à 16h00 (EST)\n\nAnnonce des résultats : \nAvril 2025\n\nMontant : \n30 005$ à 88 469$\n\nDurée du "
        "financement : \nJunior 1 : 4 ans ; Junior 2 et Senior : 4 ans ou moins selon les années d'expérience\n\nNote "
        "Importante\n\nEn plus des présentes règles de programme, il est de la responsabilité des personnes candidates de "
        "prendre connaissance des Règles générales communes (RGC) des Fonds de recherche du Québec qui s’appliquent à "
        "l’ensemble de leur programmation.",
        [d("2024-08-22", "16:00", kind="letter_of_intent"), d("2024-10-01", "16:00")],
        distractors=["Annonce des résultats : Avril 2025 (results, vague)"],
        note="a Quebec health fund's career awards fiche: pre-request (first stage) and application deadlines",
    )
    p(
        "r15f-frq-prolongation-postdoc-b3sr-2026",
        "https://frq.gouv.qc.ca/programme/bourses-postdoctorales-2026-2027-prolongation-b3sr",
        "Année de concours :\n2026-2027\nDate limite (demande) :\n2 mars 2026 à 16h00 (EST)\nAnnonce des résultats :\nDébut mai\n"
        "Montant :\nJusqu'à 45 000 $\nDurée du financement :\nMaximum un an\n1. Objectifs\nLes bourses de formation du Fonds de "
        "recherche du Québec ont pour objectif de contribuer à assurer une relève dans tous les secteurs de recherche [...]\n"
        "2.1 Valeur et durée de la bourse\nLa valeur du prolongement de la bourse postdoctorale est d’un maximum de 45 000 $.\n"
        "[...]\nEn cas d’octroi, la valeur de la bourse sera proportionnelle à la durée de la prolongation accordée. Les "
        "versements débuteront après l’annonce des résultats et ne sont pas rétroactifs.",
        [d("2026-03-02", "16:00")],
        distractors=["Annonce des résultats : Début mai (results, vague)"],
        note="a Quebec fund's postdoctoral extension fiche: one deadline",
    )
    p(
        "r15f-snf-sante-bien-etre-hes-2024",
        "https://snf.ch/fr/ustwcin8DxoxxHGc/encouragement/projets-sante-et-bien-etre",
        "Projets Santé et bien-être\n\nChercheuses·eurs des HES et HEP : le FNS finance pour un temps limité des projets dans "
        "le domaine de la santé et du bien-être. Vingt millions ont été alloués en 2024.\n\nLe dernier délai de soumission "
        "était fixé au 15 mars 2024\n\nAprès le dernier délai de soumission du 15 mars 2024, il n’y aura plus d’autre mise au "
        "concours dans le domaine de la santé et du bien-être. Les chercheuses et chercheurs des hautes écoles spécialisées "
        "et des hautes écoles pédagogiques sont désormais invité·es à soumettre leurs projets dans le cadre de "
        "l’Encouragement de projets. Si vous souhaitez re-soumettre une requête dans la thématique de la santé, vous pouvez "
        "suivre le webinaire du 11 décembre 2024 à 15 heures qui vous facilitera la soumission dans l’Encouragement de "
        "projets. Veuillez-vous inscrire jusqu’au 10 décembre.\n\nL’instrument Encouragement de projets a été présenté lors "
        "de la séance d’information du 15 novembre 2024. [...]\n\nLe précédent appel à projets a été lancé le 1er novembre 2023.",
        [d("2024-03-15")],
        opens="?",
        distractors=[
            "webinaire du 11 décembre 2024 à 15 heures (a webinar)",
            "Veuillez-vous inscrire jusqu’au 10 décembre (registering for a webinar, year-less, undated page)",
            "séance d’information du 15 novembre 2024 (an information session)",
            "en 2024 (a year)",
        ],
        note="the Swiss national fund's page on its closed health call for universities of applied sciences: the last "
        "submission deadline, now past, is a deadline; registering for a webinar is no candidature and its date has no year; "
        "'Le précédent appel à projets a été lancé le 1er novembre 2023' may be that call's opening, but it is said of the "
        "previous call, so the opening is not scored (judgment call)",
    )
    p(
        "r15f-republic-innovation-snsf-starting-grants",
        "https://republic-of-innovation.ch/?p=4603",
        "Après l’acceptation de l’initiative «contre l’immigration de masse», le FNS, en concertation avec le secrétariat à "
        "la formation, à la recherche et à l’innovation (SEFRI), a cherché des solutions pour remplacer les subsides obtenus "
        "auprès du Conseil européen de la recherche.\nIl a lancé les «SNSF Starting Grants», a indiqué mercredi le FNS dans "
        "un communiqué. Les chercheurs avaient jusqu’au 25 mars pour décrocher une aide financière. Le subside alloué à "
        "chaque projet s’élève à 1,5 million de francs au maximum pour cinq ans au plus.",
        [],
        distractors=["jusqu’au 25 mars (a past closing, year-less, undated page)"],
        note="a Swiss innovation news site on the national fund's replacement grants: the closing day has no year and the "
        "page shows no date, so it is unresolvable",
    )
    p(
        "r15f-lavieeco-aprd-2020-maroc",
        "https://www.lavieeco.com/actualite-maroc/lancement-dun-appel-a-projets-recherche-et-developpement-multithematique/",
        "Le Ministère de l’Education Nationale, de la Formation Professionnelle, de l’Enseignement Supérieur et de la "
        "Recherche Scientifique – Département de l’Enseignement Supérieur et de la Recherche Scientifique (DESRS), la "
        "Fondation OCP (FOCP), l’Université Mohammed VI Polytechnique (UM6P) et le Centre National pour la Recherche "
        "Scientifique et Technique (CNRST), annoncent le lancement d’un appel à projets « APR&D2020 ».\n\nLe présent appel à "
        "projets est multithématique et concerne les domaines prioritaires suivants :\n\n1. Santé, environnement et qualité "
        "de vie ;\n[...]\nLe budget alloué à ce fonds est de 170 MMAD et sa mise en œuvre se déroule selon le planning "
        "ci-après :\n\n1. Lancement de l’appel à projets le 24 septembre 2020 ;\n\n2. Webinaire d’information le 30 septembre "
        "2020 de 15h00 à 17h00\n\n3. Soumission des pré-projets du 28 septembre 2020 au 23 novembre 2020 sur la plateforme "
        "accessible sur le lien suivant https://call.cnrst.ma ;\n\nCet appel à projets fait suite au Fonds R&D autour des "
        "phosphates qui a été lancé en octobre 2014, avec un budget de 90 MMAD",
        [d("2020-11-23", kind="letter_of_intent")],
        opens="?",
        distractors=[
            "Webinaire d’information le 30 septembre 2020 de 15h00 à 17h00 (a webinar)",
            "lancé en octobre 2014 (an earlier fund, vague)",
        ],
        note="a Moroccan weekly on a ministry and foundation's multi-theme R&D call: pre-projects (a first stage; the full "
        "projects follow by invitation) are sent in a window ending 23 November; the call's launch (24 September) and the "
        "window's start (28 September) are two candidate openings, so the opening is not scored",
    )
    p(
        "r15f-lematin-aprd-2020-soumission",
        "https://lematin.ma/express/2020/recherche-developpement-nouvelle-dynamique-enclenchee/345114/amp",
        "28 Septembre 2020 À 09:18\nLa Recherche & Développement (R&D) est aujourd’hui incontournable, que ce soit pour les "
        "pays, les entreprises ou les citoyens. [...]\nAu Maroc, les efforts initiés depuis des années en matière de R&D, se "
        "poursuivent aujourd’hui. En effet, un appel à projets touchant divers domaines d’activité a été lancé pour un "
        "budget de 170 MDH. [...]\nLe communiqué fait savoir également que dans le cadre de cette opération, lancée le 24 "
        "septembre, un webinaire d’information sera organisé le 30 septembre, alors que la soumission des pré-projets est "
        "prévue du 28 septembre au 23 novembre, sur la plateforme accessible via le lien https://call.",
        [d("2020-11-23", kind="letter_of_intent")],
        opens="2020-09-28",
        page_date="2020-09-28",
        distractors=[
            "28 Septembre 2020 À 09:18 (publication stamp)",
            "lancée le 24 septembre (the operation's launch, before the page's date)",
            "un webinaire d’information sera organisé le 30 septembre (a webinar)",
        ],
        note="a Moroccan daily on the same call as another page: year-less dates read from the article's own stamp; the "
        "pre-projects' window (a first stage) gives the opening and the deadline; the launch on 24 September falls before "
        "the page's date and is no opening of the submission",
    )
    p(
        "r15f-lopinion-aprd-61-projets",
        "https://lopinion.ma/Recherche-et-developpement-61-projets-beneficient-d-une-enveloppe-budgetaire-de-160-MDH_a21384.html",
        "Les projets retenus dans le cadre d’un appel à projets de recherche et développement multithématique lancé par le "
        "ministère de l’Enseignement supérieur ont concerné les thématiques prioritaires nationales, à savoir, notamment, "
        '"Santé, environnement et qualité de vie" (21 projets) [...]\nLe ministère a contribué au financement de ces projets '
        "à hauteur de 11%, alors que la Fondation OCP a supporté 89%, affirme la même source. Lancé en septembre 2020, cet "
        "appel à projets [...] a suscité un réel engouement de la communauté des chercheurs nationaux qui y ont largement "
        "participé en soumettant 774 pré-projets, relève-t-on.\nSuite à une première évaluation, 167 porteurs de pré-projets "
        "ont été invités à soumettre leurs projets détaillés. Après évaluation des 161 projets soumis, le comité de pilotage "
        "a retenu, lors de sa réunion du 15 novembre courant, 61 projets de recherche pour financement avec une enveloppe "
        "budgétaire globale de 160 MDH.",
        [],
        distractors=[
            "Lancé en septembre 2020 (a past launch, vague)",
            "réunion du 15 novembre courant (a committee's meeting, results, year-less, undated page)",
        ],
        note="a Moroccan daily on the results of a multi-theme R&D call (health among its themes): nothing to send",
    )
    p(
        "r15f-infomediaire-cnrst-frq-projets-retenus",
        "https://www.infomediaire.net/projets-de-recherche-cnrst-frq-six-projets-retenus-pour-financement/",
        "Le ministère de l’Enseignement supérieur, de la Recherche scientifique et de l’Innovation, le Centre National pour "
        "la Recherche Scientifique et Technique (CNRST) et les Fonds de Recherche du Québec (FRQ) ont annoncé la sélection de "
        "six projets pour financement, dans le cadre du programme de soutien aux projets conjoints de recherche "
        "scientifique.\n\n[...] le comité de pilotage a retenu 6 projets pour financement, portant sur les thématiques "
        "sciences de la santé et adaptation aux changements climatiques et gestion de l’eau.\n\nCe programme de soutien aux "
        "projets s’inscrit dans le cadre du renforcement des relations de coopération entre le Royaume du Maroc et la "
        "province de Québec [...], notamment en relation avec la mise en oeuvre des dispositions de la convention-cadre "
        "signée le 6 septembre 2021 entre le ministère, le CNRST et les FRQ, indique un communiqué conjoint.\n\nSuite à cette "
        "convention-cadre, un accord spécifique pour lancer un programme maroco-québecois de financement de projets de "
        "recherche scientifique a été signée, le 24 mai 2022 entre le CNRST et les FRQ",
        [],
        distractors=[
            "convention-cadre signée le 6 septembre 2021 (an agreement's date)",
            "signée, le 24 mai 2022 (an agreement's date)",
        ],
        note="a Moroccan business site on a Morocco-Quebec joint health research programme's results: agreements' dates only",
    )
    p(
        "r15f-ars-bretagne-autisme-gestion-2014",
        "https://123dok.net/document/qmjr16j7-d%C3%A9l%C3%A9gation-territoriale-vilaine-d%C3%A9partement-animation-territoriale-m%C3%A9dico-sociale.html",
        "Avis d'appel\n\nà\n\ncandidatures pour assurer la gestion d'un établissement expérimental pour enfants et adultes\n\n"
        "atteints d'autisme ou d'autres troubles envahissants du développement (TED)\n\nAutorités compétentes pour l'appel à "
        "candidatures:\n\nAgence Régionale de Santé Bretagne\n\n[...]\n\nPosez vos questions sur l'adresse de messagerie "
        "suivante:\n\nars-dt35-direction@ars.sante.fr\n\nClôture de l'appel à candidatures: 12 septembre 2014\n\nAnnexe 1 : "
        "cahier des charges\n\nAnnexe 2 : liste des documents devant être transmis par le candidat Annexe 3 : critères de "
        "sèlection",
        [d("2014-09-12")],
        note="a regional health agency's and a département's call for candidates to run an autism establishment (a document "
        "site's copy): one closing in a fiche line",
    )
    p(
        "r15f-ars-pdl-usip-psychiatrie-2020",
        "https://www.pays-de-la-loire.ars.sante.fr/creation-dune-unite-regionale-de-soins-intensifs-en-psychiatrie-usip",
        "A noter : Date limite de dépôt des dossiers de candidature reportée au 9 novembre 2020.\nLa prise en charge de "
        "patients agités et perturbateurs hospitalisés sous la forme de soins sans consentement déborde parfois les "
        "capacités thérapeutiques des unités de soins de psychiatrie des établissements de santé des Pays de la Loire. [...]\n"
        "Périmètre de l’appel à candidature\nLe présent appel à candidature s’adresse à tout établissement de santé autorisé à "
        "délivrer des soins de psychiatrie sous forme de soins sans consentement.\nLes dossiers de candidature complets "
        "devront être adressés en un exemplaire et au plus tard le 9 novembre à minuit par :\n- voie électronique à "
        "l’adresse suivante ars-pdl-data@ars.sante.fr [...]\nOU\n- voie postale en recommandé avec accusé réception à :",
        [d("2020-11-09")],
        distractors=["au plus tard le 9 novembre à minuit (the same day, year-less, undated page)"],
        note="a regional health agency's call to hospitals for a psychiatric intensive-care unit: the postponed closing is "
        "given with its year in the notice and again, year-less, with its hour in the text; by the rules the year-less "
        "mention is unresolvable on an undated page, so the deadline keeps no hour (a subscriber would want midnight)",
    )
    p(
        "r15f-actu-env-pnr-est-2023-lettres",
        "https://www.actu-environnement.com/ae/news/environnement-sante-travail-aap-anses-2023-40624.php4",
        "Environnement-santé-travail : les deux appels à projets de l'Anses pour 2023\n\nL'Agence nationale de sécurité "
        "sanitaire, de l'alimentation, de l'environnement et du travail (Anses) vient de lancer deux nouveaux appels à "
        "projets pour 2023, dans le cadre du programme national de recherche Environnement-santé-travail.\n\nLe premier (1) "
        "s'intéresse à des thématiques de santé-environnement et de santé au travail. [...]\n\nÀ noter : cet appel souhaite "
        "analyser les formes de mobilisations et de participations citoyennes utiles pour l'évaluation et la prise en compte "
        "des risques. La date limite de dépôt des lettres d'intention est fixée au 5 janvier 2023.\n\nLe second appel à "
        "projets (2) vise les enjeux liés aux radiofréquences et à la santé. « Deux appels à projets sont lancés dans ce "
        'cadre, fin 2022 : le présent appel, sur le thème "radiofréquences et santé", et un second, qui couvre un large '
        "domaine (hors radiofréquences) », précise l'Anses.",
        [d("2023-01-05", kind="letter_of_intent")],
        distractors=["pour 2023 (a year)", "lancés dans ce cadre, fin 2022 (vague)"],
        note="an environment news site on a health agency's environment-health-work research calls: letters of intent due",
    )
    p(
        "r15f-deets-guyane-pnr-est-2024",
        "https://guyane.deets.gouv.fr/Deux-appels-a-projets-de-recherche-pour-mieux-connaitre-les-risques-sanitaires",
        "Deux appels à projets de recherche pour mieux connaître les risques sanitaires liés à l’environnement et au "
        "travail\n\nPublié le 16 octobre 2024\n\nOuverture des appels jusqu’en décembre\n\nL’Anses lance simultanément deux "
        "nouveaux appels à projets de recherche : l’un généraliste, sur les thèmes santé-environnement et santé-travail, "
        "l’autre spécifique aux effets potentiels des radiofréquences sur la santé.\n\nLes scientifiques intéressés sont "
        "invités à soumettre des lettres d’intention présentant leurs projets :\n\nSeront retenus les projets de haute qualité "
        "scientifique traitant des questions de recherche qui ont été identifiées comme prioritaires compte tenu des grands "
        "enjeux sanitaires et sociaux. [...]\n\nUne nouvelle plateforme pour déposer les projets\n\nPour la première fois cet "
        "automne, le dépôt des projets aux appels du PNR EST se fera sur la plateforme IRISde l’Agence nationale de la "
        "recherche (ANR).",
        [],
        page_date="2024-10-16",
        distractors=[
            "Publié le 16 octobre 2024 (publication)",
            "Ouverture des appels jusqu’en décembre (a month only)",
        ],
        note="a State regional service relaying a health agency's research calls: the list of the letters' days was lost "
        "from this copy, so only a month is left; no deadline, and 'Ouverture' here says the calls stay open, no day",
    )
    p(
        "r15f-unige-prix-junior-chalumeau",
        "https://www.unige.ch/cmcss/recherche/prix-maurice-chalumeau/prix-junior/reglement-et-demande1",
        "Prix Maurice Chalumeau\n\n version du 25 septembre 2024\n\nArt. 1 Dispositions générales\n\n1 Le Centre Maurice "
        "Chalumeau en sciences des sexualités (ci-après le CMCSS) décerne chaque année le prix junior Maurice Chalumeau, "
        "destiné à récompenser un mémoire de maîtrise dans le domaine des sexualités.\n2 La dotation du prix junior Maurice "
        "Chalumeau est de CHF 2000.–.\n[...]\n2 Le prix ne peut être attribué à un mémoire évalué plus de dix-huit mois avant "
        "l’échéance fixée à l’art. 4.\n3 Un même mémoire ne peut être présenté plus d’une fois à l’attribution du prix.\n\n"
        "Art. 4 Échéance pour le dépôt des candidatures\n\nL’échéance pour le dépôt des candidatures est fixée au 1er septembre "
        "à 23h59 (heure de Genève) de chaque année.\n\nArt. 5 Forme et contenu des candidatures\n\n1 Les candidatures sont à "
        "déposer sous forme électronique.",
        [],
        distractors=[
            "version du 25 septembre 2024 (the rules' version, a text's date)",
            "1er septembre à 23h59 de chaque année (a yearly deadline with no year, undated page)",
        ],
        note="a Swiss university centre's rules for a yearly master's-thesis prize on sexual health: the deadline recurs "
        "each year with no year, and the page's only date is the rules' version, not a publication date, so page_date is "
        "null and the day is unresolvable, though a subscriber would want the next 1 September",
    )
    p(
        "r15f-anr-flash-poxvirus-ruminants-2026",
        "https://www.appelsprojetsrecherche.fr/appel/1-anr-1936",
        "Appel à projets – FLASH : Virus Pox chez les ruminants d’élevage\nAppel clos Ouverture :\n24 déc. 2025 Clôture :\n"
        "5 févr. 2026, 17:00:00 UTC+1\nDans ce contexte, l’Agence nationale de la recherche (ANR), en coordination avec les "
        "ministères en charge de la recherche et de l’agriculture, lance un appel à projets Flash dédié aux poxvirus des "
        "ruminants (bovins, ovins et caprins), en complément des actions du PEPR Élevages Durables. [...] Créé en 2010, "
        "l’instrument FLASH de l’ANR est un dispositif de financement exceptionnel destiné à soutenir, dans des délais très "
        "courts, des projets de recherche répondant à des situations d’urgence, à des enjeux émergents ou à des besoins "
        "immédiats de connaissances scientifiques.",
        [d("2026-02-05", "17:00")],
        opens="2025-12-24",
        distractors=["Créé en 2010 (the instrument's creation)"],
        note="a shared portal of French research funders: a flash call on ruminants' poxviruses (One Health), opening and "
        "closing in one fiche line, the closing with its hour in Paris winter time",
    )
    p(
        "r15f-agriculture-ecoantibio3-2024",
        "https://agriculture.gouv.fr/lutte-contre-la-resistance-aux-antimicrobiens-lancement-du-premier-appel-projets-du-plan-ecoantibio",
        "18 mars 2024 Info +\n\nLutte contre la résistance aux antimicrobiens : lancement du premier appel à projets du plan "
        "Écoantibio 3\n\nLa direction générale de l’alimentation (DGAL) du ministère de l’Agriculture et de la Souveraineté "
        "alimentaire ouvre le premier appel à projets du plan Écoantibio 3, au titre de l'année 2024, pour lutter contre la "
        "résistance aux antimicrobiens et aux antiparasitaires dans le domaine de la médecine vétérinaire.\n[...]\n\nUn "
        "webinaire de présentation de l’appel à projets 2024 sera organisé le mardi 23 avril de 14 à 15 heures, l’inscription "
        "à cette réunion est possible via le lien suivant :\n[...]\n\nLes candidatures à l’appel à projets sont ouvertes "
        "jusqu’au 14 juin 2024 – 12 heures.\nLes résultats de l'appel à projets seront publiés à l’automne 2024 sur le site "
        "internet du ministère de l’Agriculture et de la Souveraineté alimentaire.\n\nAfin de fluidifier le processus, les "
        "candidats sont encouragés à déposer leur projet au fil de l’eau auprès de la DGAL.",
        [d("2024-06-14", "12:00")],
        opens="?",
        page_date="2024-03-18",
        distractors=[
            "18 mars 2024 (publication stamp)",
            "webinaire ... le mardi 23 avril de 14 à 15 heures (a webinar)",
            "à l’automne 2024 (results, vague)",
        ],
        note="a ministry's veterinary antimicrobial-resistance research call: the closing with its hour; the stamp is the "
        "day the call opened ('ouvre'), but no sentence ties a day to the opening, so the opening is not scored",
    )
    p(
        "r15f-francealumni-safar-liban-2017",
        "https://francealumni.fr/fr/poste/liban/news/programme-safar-l-ambassade-de-france-au-liban-a-attribue-40-bourses-3406",
        "Programme SAFAR : l’Ambassade de France au Liban a attribué 40 bourses\nLancé en mars 2017, le nouveau programme "
        "SAFAR de l’Ambassade de France au Liban, en collaboration avec l’Institut de recherche pour le développement "
        "(IRD)[i] et l’Institut français du Proche-Orient (Ifpo)[ii], accompagnera cette année 40 projets de recherche, "
        "rattachés à 7 universités libanaises, par le biais du financement d’une mobilité en France d’une durée de 2 semaines "
        "à 6 mois.\nCe programme à destination des étudiants de master 2, doctorants, post-doctorants, chercheurs, ingénieurs "
        "et techniciens [...] couvre les domaines de recherche suivants : sciences humaines et sociales, santé, environnement, "
        "développement et innovation, archéologie.\n[...] Ces séjours de recherche en France, qui auront lieu entre juin et "
        "décembre, s’inscrivent idéalement dans le cadre de partenariats existants [...]. Elle reste également le premier pays "
        "d’accueil des étudiants libanais avec 3 779 étudiants en France en 2015.",
        [],
        distractors=[
            "Lancé en mars 2017 (a launch, vague)",
            "entre juin et décembre (the stays' months)",
            "en 2015 (a statistic's year)",
        ],
        note="an alumni network on an embassy's mobility grants for Lebanese researchers (health among the fields): "
        "results only",
    )
    p(
        "r15f-usj-bourses-cnrs-l-2016",
        "https://usj.edu.lb/news.php?id=4796",
        "Bourse doctorale du CNRS aux étudiants de l’USJ\n\nHuit étudiants de l’USJ ont obtenu la bourse doctorale conjointe "
        "CNRS-L/USJ\nmardi 12 janvier 2016\nRectorat\n\nDans le cadre d’une convention entre l’USJ et le CNRS-L, huit étudiants "
        "de l’USJ appartenant à divers champs disciplinaires ont obtenu la bourse doctorale conjointe CNRS-L/USJ en présence "
        "du recteur de l’USJ [...] •Désirée el hage et Josette Sebaaly de la Faculté de pharmacie [...] Elle a souligné que "
        "les relations avec le CNRS-L se sont intensifiées du fait que le nombre initialement limité à 6 boursiers est passé "
        "à huit cette année. Dr Mouïn Hamze a corroboré ses propos et a fait remarquer que ce nombre est appelé à augmenter "
        "vu la qualité des travaux de recherche entrepris et des rapports d’avancement soumis.",
        [],
        page_date="2016-01-12",
        distractors=["mardi 12 janvier 2016 (the news item's date)"],
        note="a Lebanese university's news of doctoral grants awarded with the national research council: results only",
    )
    p(
        "r15f-lorientlejour-3r-liban-auf-cnrsl",
        "https://www.lorientlejour.com/article/1272783/lauf-et-le-cnrs-l-soutiennent-les-jeunes-doctorants-du-liban.html",
        "L’AUF et le CNRS-L soutiennent les jeunes doctorants du Liban\n\nHuit projets de recherche en provenance de "
        "différentes universités libanaises sont sélectionnés pour un financement et un accompagnement par l’AUF et le "
        "CNRS-Liban.\n[...]\nC’est lors d’une rencontre organisée fin juillet au Campus connecté de Beyrouth que l’AUF et le "
        "CNRS-Liban ont annoncé la liste des projets sélectionnés suite à l’appel lancé dans le cadre du programme de soutien "
        "à la recherche scientifique au Liban « 3R Liban : Recherche. Réponses. Résilience ». Huit doctorants ont ainsi vu "
        "leurs dossiers sélectionnés et bénéficieront d’un soutien financier et d’un accompagnement par l’AUF et le CNRS-L.\n\n"
        "D’abord passés par une étude de recevabilité, les projets finalistes ont ensuite été examinés par des experts "
        "libanais et internationaux, avant d’être présentés à l’oral devant un jury. Des dix-sept candidatures déposées, huit "
        "ont été retenues.",
        [],
        distractors=["une rencontre organisée fin juillet (results announced, vague)"],
        note="a Lebanese daily on doctoral grants selected by the francophone university agency and the national research "
        "council (immunity among the topics): results only",
    )
    p(
        "r15f-ecouter-voir-10-ans-2023",
        "https://www.fondationdelavenir.org/la-fondation-ecouter-voir-fete-ses-10-ans/",
        "La Fondation Ecouter Voir fête ses 10 ans\n\nPublié le 23/06/2023 Temps de lecture : 4 min\n\nLe Gala célébrant les 10 "
        "ans de la Fondation Ecouter Voir s’est tenu mardi 20 juin 2023, à Paris. Rassemblant élus, chercheurs soutenus et "
        "acteurs de l’environnement mutualiste, l’événement a permis une rétrospective sur le soutien apporté par cette "
        "fondation à la recherche en optique et audition, au service de l’accessibilité.\n\nDepuis sa création en 2013 par "
        "l’enseigne Ecouter Voir, la Fondation Ecouter Voir (Visaudio jusqu’en 2020), sous égide de la Fondation de l’Avenir, "
        "a engagé plus de 600 000 euros pour accompagner 19 projets ainsi qu’un programme plus approfondi.",
        [],
        page_date="2023-06-23",
        distractors=[
            "Publié le 23/06/2023 (publication)",
            "s’est tenu mardi 20 juin 2023 (a gala)",
            "en 2013, jusqu’en 2020 (the foundation's history)",
        ],
        note="a hospital-mutual foundation's news on a sheltered vision and hearing research foundation's anniversary: a "
        "party, nothing to send",
    )
    p(
        "r15f-abg-initiative-post-doc-2007",
        "https://www.abg.asso.fr/fr/page/imprimerArticle/id_article/407",
        'Initiative Post-Doc\n\nRené-Luc Bénichou\n\nAvec son programme "Initiative Post-Doc", le ministère de la recherche aide '
        "au retour des post-doctorants français qui sont à l'étranger. Date limite de candidature : 16 avril 2007.\n\nCréé en "
        '2004 par le ministère chargé de la recherche, le programme "Initiative Post-Doc" a pour but d\'encourager et de '
        "faciliter le retour en France des meilleurs post-doctorants français en poste à l'étranger [...].\n\nCe programme est "
        "ouvert aux post-doctorants de toutes disciplines, à condition qu'ils soient toujours en post-doc au second semestre "
        "2007 et qu'ils n'aient pas été admis à un concours de recrutement en 2007. [...] La date limite de candidature est "
        "fixée au 16 avril 2007.",
        [d("2007-04-16")],
        distractors=[
            "Créé en 2004 (the programme's creation)",
            "au second semestre 2007, en 2007 (conditions)",
        ],
        note="a doctors' careers association on a ministry's return grants for postdocs abroad: one deadline written twice",
    )
    p(
        "r15f-assurance-mouvement-groupama-maladies-rares-2024",
        "https://lassuranceenmouvement.com/2024/05/03/prix-groupama-nouveau-rythme-contre-les-maladies-rares",
        "La Fondation Groupama pour la santé intensifie son engagement dans la recherche sur les maladies rares en modifiant "
        "la périodicité et les critères de sélection de son Prix de recherche, désormais biennal et plus ciblé, pour "
        "stimuler l’innovation thérapeutique et diagnostique.\n[...] Introduit en 2017, le Prix de recherche maladies rares "
        "était initialement attribué tous les cinq ans et doté de 500 000 euros. [...]\nLes candidatures pour cette édition "
        "sont ouvertes jusqu’au 31 mai 2024, et le processus de sélection, rigoureusement mené par un comité scientifique et "
        "le Conseil d’administration, culminera avec l’annonce du lauréat lors de la soirée annuelle de la Fondation en 2025.",
        [d("2024-05-31")],
        page_date="2024-05-03",
        distractors=[
            "Introduit en 2017 (the prize's creation)",
            "la soirée annuelle de la Fondation en 2025 (prize-giving, a year)",
        ],
        note="an insurance-sector news site on a mutual insurer's foundation's rare-disease research prize; page_date from "
        "the article's dated address",
    )
    p(
        "r15f-fundit-bourses-gouvernement-francais-senegal-2018",
        "https://fundit.fr/fr/calls/bourses-gouvernement-francaissenegal",
        "Bourses du Gouvernement Français┋Sénégal\nCe programme est destiné aux enseignants-chercheurs recrutés par les "
        "universités publiques sénégalaises :\n- titulaires d'une thèse de 3e cycle (ou équivalent) préparant une thèse "
        "d'Etat ; ou\n- titulaires d'un doctorat \"nouveau régime\" préparant une HDR ou une inscription sur les listes CAMES.\n"
        'Les candidats doivent nécessairement avoir le grade de "maître assistant titulaire".\nCes bourses ont vocation à '
        "financer un stage de recherche post-doc de 8 semaines dans un laboratoire français, séjour qui doit prendre fin "
        "avant le 31 décembre 2018. L'objectif de ce programme est de permettre aux universités sénégalaises de renforcer "
        "leurs capacités en enseignants-chercheurs de rang A.\n[...]\nProcédure\nLe dossier est à retourner obligatoirement "
        "avant le 28 février 2018 minuit, délai de rigueur, aux deux destinataires suivants :\n- en version papier par la voie "
        "hiérarchique (via le Recteur de l'Université) [...] ;\net\n- en version électronique à : "
        "dossiers-bourses.dakar-amba@diplomatie.gouv.fr.",
        [d("2018-02-28", "23:59")],
        distractors=[
            "séjour qui doit prendre fin avant le 31 décembre 2018 (when the funded stay must end, a condition)"
        ],
        note="a grant directory's copy of an embassy's research-stay grants for Senegalese academics: the file's deadline "
        "with its hour, and the stay's end, which is a condition on the project",
    )
    p(
        "r15f-journaluniversitaire-fonrid-bf-sn-2018",
        "https://www.journaluniversitaire.com/appel-a-projets-de-recherche/",
        "Appel à projets de recherche conjoints Sénégal et Burkina Faso\n\n[...]\n\nTélécharger SGCI Appel conjoint BF-SN\n\n"
        "Télécharger Formulaire conjoint FIRST_FONRID_2018_AP1_SGCI\n\nPÉRIODE DE CANDIDATURE : 25 JUIN 2018 AU 03 AOÛT 2018\n\n"
        "DATE LIMITE DE SOUMISSION : 03 AOÛT 2018 A 17h00 TU\n\nDUREE DU PROJET : UN (01) AN\n\nLe Fonds national de la "
        "recherche et de l’innovation pour le développement (FONRI",
        [d("2018-08-03", "17:00")],
        opens="2018-06-25",
        note="a Senegalese university news site relaying two national research funds' joint call: an application window "
        "and the same closing day with its hour (universal time, kept as written)",
    )
    p(
        "r15f-algerie360-dfms-dfmsa-2023",
        "https://www.algerie360.com/campus-france-lance-le-programme-dfms-dfmsa-pour-les-medecins-algeriens/",
        "Bonne nouvelle pour les ressortissants algériens désireux de perfectionner leurs cursus en France. Campus France "
        "vient d’annoncer le lancement du programme DFMS/DFMSA. Ce dispositif permet, chaque année, à des médecins ou des "
        "pharmaciens étrangers, dont les Algériens, titulaire d’un diplôme leur permettant d’exercer le métier dans leur pays "
        "de résidence, de suivre un cursus de spécialisation en France.\n\nLes personnes intéressées par un diplôme de "
        "formation de médecine spécialisée DFMS. Ou diplôme de formation médicale approfondie DFMSA, sont appelées à "
        "soumettre leurs candidatures avant le 12 décembre 2023.\n\nDispositif DFMS/DFMSA : quelles sont les conditions "
        "d’éligibilité ?\n\n[...]\n\nSuivre une formation médicale ou pharmaceutique spécialisée. Et ayant au moins encore de "
        "semestre à effectuer, depuis le 1ᵉʳ novembre 2022;\n\n[...]\n\nPar ailleurs, pour pouvoir ses formations, les "
        "candidats sont appelés à envoyer leurs candidatures en ligne à l’adresse : med-dossier1-2024-2025@unistra.fr. [...]\n\n"
        "Une fois le dossier envoyé, et avant du 15 janvier 2024, ces médecins devront créer leur compte sur le site Étude en "
        "France [...]",
        [d("2023-12-12"), d("2024-01-15", kind="other")],
        distractors=["depuis le 1ᵉʳ novembre 2022 (an eligibility condition)"],
        note="an Algerian news site on the French agency's specialisation-training programme for foreign doctors: the "
        "application deadline, then an account to create on the student portal once the file is sent (an administrative "
        "step, kind other, labelled by what a subscriber needs)",
    )
    p(
        "r15f-lagh-univ-residency-abroad-students",
        "http://lagh-univ.dz/en/vrr-resid-etudiants/",
        "Students\n\nIn addition to the conditions referred to previously in Presidential Decree No. 14-196 of 08 Ramadan 1435 "
        "corresponding to July 06, 2014 and Resolution No. 1266 of December 23, 2015 specifying the criteria for selection "
        "for admission to the residency training program abroad for the year 2016, the student nominated for residency "
        "training abroad must: He must have the university certificate required for his acceptance in the prescribed "
        "training, to be the first in his class, to meet the standards determined by the National Committee [...]\n\nThe "
        "student’s age will be until 12/31 of the current year: 23 years for those holding a bachelor’s degree; 25 years for "
        "students with a master’s degree, a state engineer’s certificate, an architect’s or master’s degree in architecture, "
        "a veterinarian’s certificate, a doctor of dentistry Or doctor in pharmacy; 27 years for those who obtained On the "
        "doctor’s degree,",
        [],
        distractors=[
            "Presidential Decree ... corresponding to July 06, 2014 (a decree's date)",
            "Resolution No. 1266 of December 23, 2015 (a text's date)",
            "until 12/31 of the current year (an age condition, year-less)",
        ],
        note="an Algerian university's English page on State grants for training abroad (dentistry, pharmacy, veterinary "
        "degrees among them): texts' dates and an age condition, nothing to send by a day",
    )
    p(
        "r15f-reseauscolaire-unesco-guinee-femmes-2025",
        "https://reseauscolaire.com/bourses-pour-femmes/?amp=1",
        "RÉPUBLIQUE DU SÉNÉGAL\nUn Peuple – Un But – Une Foi\nMINISTÈRE DE L’ENSEIGNEMENT SUPÉRIEUR, DE LA RECHERCHE ET DE "
        "L’INNOVATION\nCOMMUNIQUÉ\nDakar, le 22 janvier 2025\nCommuniqué du Ministre de l’Enseignement Supérieur, de la "
        "Recherche et de l’Innovation :\nL’UNESCO et la République de Guinée Équatoriale lancent pour la première fois un "
        "programme de bourses d’un montant de 25 000 dollars , entièrement dédié aux jeunes femmes scientifiques africaines .\n"
        "[...]\nCONDITIONS D’ÉLIGIBILITÉ\nLes candidats doivent :\n- Être de nationalité sénégalaise et mener des travaux de "
        "recherche dans un laboratoire reconnu en Afrique ;\n- Être âgé de moins de 45 ans au moment du dépôt de la "
        "candidature ;\n- Être titulaires d’un doctorat dans le domaine des sciences de la vie ;",
        [],
        page_date="2025-01-22",
        distractors=["Dakar, le 22 janvier 2025 (the communiqué's date, no cue)"],
        note="a schools' news site copying a ministry's communiqué on UNESCO life-sciences grants for women: the closing "
        "day falls outside the quote; only the communiqué's date",
    )
    p(
        "r15f-quotidien-janssen-fonds-recherche-2017",
        "https://cardiologie.lequotidiendumedecin.fr/actus-medicales/recherche-science/janssen-france-lance-un-fonds-de-recherche-en-sante-dote-de-10-millions-deuros",
        "Le laboratoire pharmaceutique Janssen France, filiale de Johnson & Johnson, a créé un fonds de dotation de 10 "
        "millions d'euros afin d'accompagner sur le territoire français des équipes travaillant sur la recherche "
        "translationnelle et en science humaines et sociales.\nLes projets pourront être sélectionnés chaque année à "
        "différents stades de maturité et être « directement issus de la recherche académique ou se trouvant à un an du "
        "développement clinique d’un candidat médicament », précise le laboratoire.\nLes modalités de soumission d'un projet "
        "sont attendues courant avril 2017, le premier appel à projets suivra.",
        [],
        distractors=["courant avril 2017 (the rules' expected publication, vague)"],
        note="a medical daily on an industry endowment fund for research: the submission rules are expected in a month, "
        "no call is open yet",
    )
    p(
        "r15f-fonds-publics-horizon-europe-cluster-sante",
        "https://www.fonds-publics.fr/aides/appel-a-projets-horizon-europe-2eme-pilier-problematiques-mondiales-et-competitivite-industrielle-europeenne-cluster-sante",
        "L'essentiel : Appel à projets Horizon Europe - 2ème pilier : Problématiques mondiales et compétitivité industrielle "
        "européenne - Cluster santé\nQuel est l'objectif de l'Appel à projets Horizon Europe - Cluster santé ?\nL’objectif de "
        "l’Appel à projets Horizon Europe – Cluster santé est de répondre aux défis complexes qui menacent la santé publique "
        "des citoyens européens. [...]\nLa date limite de candidature pour certaines thématiques est fixée au 16 avril 2026.\n"
        "Quel est le montant de la subvention accordée ?\nLe montant de la subvention varie selon le projet présenté dans le "
        "cadre de l’appel à projets Horizon Europe – Cluster santé. Aucun montant fixe n’est défini.\n[...]\nLes appels à "
        "projets et leurs dates limites sont disponibles sur le portail Horizon Europe.",
        [d("2026-04-16")],
        note="a French public-funding directory presenting the European health research cluster: one deadline, said for "
        "some topics only (still a day a candidate must send by)",
    )
    p(
        "r15f-inserm-horizon-europe-2021",
        "https://pro.inserm.fr/?p=42397",
        "Bye Bye H2020. Hello Horizon Europe ! Le nouveau programme-cadre de l’Union européenne (UE) prendra effet le 1er "
        "janvier prochain. Il définit les objectifs, le budget et les modalités de financement de l’UE dans le domaine de la "
        "recherche et de l’innovation pour la période 2021 – 2027. C’est le troisième poste de dépenses de l’Union, qui "
        "prévoit un budget d’environ 81 milliards d’euros sur sept ans.\nUne évolution, pas une révolution\n[...]\nPremier "
        "pilier : la « science d’excellence », mise en œuvre par le Conseil européen de la recherche (ou ERC pour European "
        "Research Council). Un quart environ du budget d’Horizon Europe sert à soutenir la recherche fondamentale et "
        "exploratoire à travers les bourses ERC, ainsi qu’à financer la mobilité et la formation des chercheurs grâce aux "
        "actions Marie Skłodowska-Curie",
        [],
        distractors=[
            "prendra effet le 1er janvier prochain (a programme's start, year-less, undated page)",
            "la période 2021 – 2027 (the programme's span)",
        ],
        note="a public research institute's staff site presenting the new European framework programme: its start and "
        "span, no call",
    )
    p(
        "r15f-ars-martinique-filiere-endometriose-2023",
        "https://www.martinique.ars.sante.fr/appel-candidature-structuration-de-la-filiere-endometriose-de-martinique",
        "L’endométriose touche en France environ 10% des femmes en âge de procréer, soit 1,5 à 2,5 millions de femmes.\n[...]\n"
        "Cette filière permettra d’informer, de former, d’organiser le diagnostic, de soigner en orientant si nécessaire les "
        "patientes touchées par les formes les plus complexes vers des centres de référence [...].\nLe projet devra être "
        "conforme aux termes du cahier des charges de l’appel à candidature qui fait l’objet de l’ANNEXE 1 de l’avis à "
        'candidature téléchargeable dans la rubrique "aller plus loin" ci-dessous.\n- Publication : Septembre 2023\n- Date '
        "limite de dépôt des dossiers de candidature : 23 Octobre 2023 à 12h\n- Décision du projet retenu : 30 Novembre 2023",
        [d("2023-10-23", "12:00")],
        distractors=[
            "Publication : Septembre 2023 (publication, vague)",
            "Décision du projet retenu : 30 Novembre 2023 (results)",
        ],
        note="an overseas regional health agency's call to structure an endometriosis care network: a three-line calendar",
    )
    p(
        "r15f-nouvelles-dujour-pepr-endometriose-terminee",
        "https://nouvelles-dujour.com/soutenir-la-recherche-pour-mieux-traiter-lendometriose",
        "Soutenir la recherche pour mieux traiter l’endométriose\nEnvion une femme sur 10 d’âge menstruel, soit 1,5 à 2,5 "
        "millions de personnes, seraient touchées par l’endométriose. [...]\nCe programme devrait permettre de soutenir la "
        "recherche en biologie fondamentale, clinique, épidémiologie et sciences humaines et sociales ainsi que préparer "
        "innovations clés dans ces domaines. Il s’inscrit dans la stratégie nationale de lutte contre l’endométriose et est "
        "financé à hauteur de 25 millions d’euros d’ici France 2030.\n[...]\nUn premier appel à candidatures a été lancé début "
        "2024 via le programme de recherche France 2030 Santé des Femmes pour constituer deux consortiums de recherche "
        "multidisciplinaires. Elle s’est terminée le 30 avril 2024.",
        [d("2024-04-30")],
        distractors=["lancé début 2024 (vague)", "d’ici France 2030 (a programme's name)"],
        note="a news site on the national endometriosis research programme: the call's closing is said after the fact with "
        "the call's own verb ('Elle s’est terminée le'), so it is labelled a deadline, now past; the passage does not say "
        "what was sent, so the kind stays the default",
    )
    p(
        "r15f-veille-acteurs-fre-premiers-projets-2021",
        "https://toute-la.veille-acteurs-sante.fr/185904/appel-a-projets-fondation-recherche-endometriose-communique",
        "Deux appels à projets financés par la Fondation Recherche Endométriose (Communiqué)\n[...]\nLa Fondation pour la "
        "Recherche sur l’endométriose, créée en janvier 2021 sous l’égide de la Fondation pour la Recherche Médicale, a pour "
        "mission d’accélérer la recherche sur l’Endométriose. Afin de remplir cette mission [...], la Fondation a souhaité "
        "lancer un premier appel à projets dès la première année de sa création. [...]\n\nL’appel à projets a été rendu public "
        "en juillet dernier, les chercheurs ont déposé leurs dossiers avant le 4 octobre et les experts indépendants du "
        "Comité Scientifique International de la Fondation ont rendu leurs évaluations des projets à la fin du mois de "
        "novembre. Un financement de 20 000€ chacun sera attribué aux équipes de recherche avant la fin du mois de décembre",
        [],
        distractors=[
            "créée en janvier 2021 (the foundation's creation, vague)",
            "déposé leurs dossiers avant le 4 octobre (a past closing, year-less, undated page)",
            "à la fin du mois de novembre, avant la fin du mois de décembre (reviews and funding, vague)",
        ],
        note="a health-sector watch site copying a foundation's communiqué on its first funded projects: the past closing "
        "has no year on an undated page, so it is unresolvable",
    )
    p(
        "r15f-myfertybook-fre-projets-finances-2022",
        "https://www.myfertybook.com/2022/01/06/deux-projets-innovants-officiellement-finances-par-la-fondation-pour-la-recherche-sur-lendometriose/",
        "Deux projets innovants officiellement financés par la Fondation pour la Recherche sur l’endométriose\n[...]\n"
        "Pour cette troisième édition, le congrès Pari(s) Santé Femmes aura lieu du 12 au 14 janvier prochains au format "
        "hybride, crise sanitaire oblige : en présentiel et en ligne. [...]\n\nSous l’égide de la Fondation pour la Recherche "
        "Médicale, la Fondation pour la Recherche sur l’endométriose créée il y a bientôt un an, a vocation de développer et "
        "d’accélérer la recherche sur cette pathologie [...]. Un premier appel à projets a ainsi été lancé par la Fondation "
        "en juillet dernier. [...]\n\nFin novembre, le jury a rendu son verdict et les projets sont aujourd’hui officialisés. "
        "Ils bénéficieront chacun d’un financement de 20 000 € d’ici fin décembre pour se développer.",
        [],
        page_date="2022-01-06",
        distractors=[
            "du 12 au 14 janvier prochains (a congress)",
            "en juillet dernier (a past launch, vague)",
            "Fin novembre, d’ici fin décembre (jury and funding, vague)",
        ],
        note="a fertility news site on an endometriosis foundation's first funded projects; page_date from the article's "
        "dated address",
    )
    p(
        "r15f-newswire-fondation-canadienne-foie-2012",
        "https://newswire.ca/fr/news-releases/un-million-de-dollars-nous-rapprochent-dune-guerison-de-la-maladie-du-foie-509562891.html",
        "La Fondation canadienne du foie annonce des nouveaux fonds pour la recherche en 2012\nTORONTO, le 6 févr. 2012 /CNW/ "
        "- Dans un laboratoire quelque part au Canada, la prochaine percée dans la lutte contre la maladie du foie est sur le "
        "point de se faire. La Fondation canadienne du foie (FCF) rapprochera cette percée un peu plus près en investissant "
        "un million de dollars en recherche sur le foie en 2012. Grâce à ces fonds, 17 chercheurs - spécialistes séniors et "
        "nouveaux chercheurs - poursuivront des études sur le cancer du foie, la maladie du foie chez les enfants, la "
        "tyrosinémie et d'autres formes de la maladie du foie.\n[...]\nLa Fondation offre des fonds dans trois catégories de "
        "bourses : bourses de fonctionnement pour les chercheurs séniors et nouveaux chercheurs, bourses d'études doctorales "
        "pour les chercheurs au",
        [],
        page_date="2012-02-06",
        distractors=[
            "TORONTO, le 6 févr. 2012 (the release's dateline)",
            "en 2012 (the funded year)",
        ],
        note="a press-release wire carrying a Canadian liver foundation's announcement of its funded researchers: results",
    )
