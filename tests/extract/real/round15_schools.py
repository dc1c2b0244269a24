"""Round 15 of the real passages (masters' admissions, faculties abroad, young researchers' forums, interns' congresses, specialty congresses' abstracts, doctoral and MD-PhD programmes): test data only.

Collected and labelled on 4 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r15s-neuroparis-admission-2025",
        "https://master-neuroscience-paris.fr/admission",
        "Admission\nGeneral Rules\nApplication Dates\nApplications will open from Januray 13, 2025 to May 30, 2025.\n"
        "Applications submitted before January 13, 2025, 12:00am and after May 30, 2025, 11:59pm will not be examined (except "
        "for foreign students applying for the SMARTS UP scholarship).\nPrerequisites\nConditions to apply for the 1st year of "
        "our master’s program (M1):\n→ Having obtained or in the process of validating a Licence 3 or a Bachelor’s degree in "
        "Biomedical sciences, life sciences or an equivalent degree with a major in biology and a minor in neuroscience\n[...]\n"
        "Conditions to apply directly for the 2nd year of our master program (M2):\n[...]\nFor students and graduates in "
        "medicine or pharmacy:\n→ being a 3rd year student in the Medicine-Science or Pharmacy-Science program\n→ being a "
        "resident (« interne ») or a Doctor of Medicine (MD), Pharmacy (Pharm.D.)",
        [d("2025-05-30", "23:59")],
        opens="2025-01-13",
        note="a neuroscience master's admission page: a window (its first month misspelt 'Januray'), then the same days said "
        "as the bounds outside which files are not examined; the closing's time is 11:59pm",
    )
    p(
        "r15s-neuroparis-application-2020",
        "https://master-neuroscience-paris.fr/wordpress2/?page_id=54",
        "Application\nGeneral Rules\nApplication Dates\nApplications will open from Tuesday, February 18th 2020 to Tuesday, June "
        "30th 2020.\nApplications submitted before Tuesday, February 18th 2020, 12:00am and after Tuesday, June 30th 2020, "
        "11:59pm will not be examined will not be examined.\nPre-requisites\nConditions to apply for the 1st year of our master "
        "program (M1):\n- having obtained or being in the process of validating a Licence 3 or a Bachelor’s degree in Biomedical "
        "sciences, life sciences or an equivalent degree with a major in biology and a minor in neuroscience\n[...]\n- For "
        "students in health science (medical, pharmacy):\n- being a 3rd year student in the “Medicine-Science” specific program",
        [d("2020-06-30", "23:59")],
        opens="2020-02-18",
        note="the same master's older page: an English window with weekdays and ordinals, then its bounds with times",
    )
    p(
        "r15s-neuroparis-application-each-year",
        "https://master-neuroscience-paris.fr/index.php/application/",
        "General Rules\n\nApplication Dates\n\nApplications will open on February 18th for the following academic year. "
        "Applications submitted before February 18th will not be examined.\n\nApplications must be submitted before July 1st of "
        "each year for the following academic year.\nApplications submitted after June 30th 11:59pm will not be examined\n\n"
        "Pre-requisites\n\nConditions to apply for the 1st year of our master program (M1): having obtained or being in the "
        "process of validating a Licence 3 or a Bachelor’s degree in Biomedical sciences, life sciences or an equivalent degree, "
        "with a major in biology and a minor in neuroscience",
        [],
        distractors=[
            "February 18th (opening, year-less, undated page)",
            "before July 1st of each year (year-less, undated page)",
            "after June 30th 11:59pm (year-less, undated page)",
        ],
        note="a third version of the page, with yearly days and no year: on an undated page they give nothing, though a "
        "subscriber would want 30 June each year",
    )
    p(
        "r15s-uca-msc-neuronal-cognitive-ecandidat",
        "https://univ-cotedazur.eu/msc/modeling-for-neuronal-and-cognitive-systems/applications-registration/how-do-i-apply",
        "Start your application with eCandidat\n\n \n\nApplications for the academic year 2025-26 will open December 16, 2024.\n\n"
        "Before starting the application process, make sure you are eligible to apply for the MSc program and that you have "
        "gathered all the required documents that need to be submitted with your application. Please see below for further "
        "details.\n\nNB: you can save your progress on the online platform ecandidat. Once your application is complete, click "
        'on "submit my application". Only then we will be able to review it.',
        [],
        opens="2024-12-16",
        distractors=["2025-26 (an academic year)"],
        note="a university's MSc in neuronal and cognitive modelling: only the opening of applications is given, no closing",
    )
    p(
        "r15s-ed562-competition-presentation-en",
        "https://ed562.u-paris.fr/en/competition-presentation/",
        "Step 1: Collection of thesis projects from HDRs and their publications\n\nIn February/March, a call for projects is "
        "issued to the HDR of the ED BioSPC. They can then submit their project in French or in English on a platform managed "
        "by the ED coordinators. [...]\n\nAt the end of April, the coordinators check that the HDRs who have applied belong to "
        "the ED, as well as their supervision status (1 doctoral student in progress, or 2 if the 2nd doctoral student is "
        "defending during the current calendar year). The projects are then published online at the end of April.\n\n\nStep 2: "
        "Call for applications\n\nApplications are possible as soon as the projects are published online and until the end of "
        "May/beginning of June. At this stage, the student candidate will have to contact the team proposing the project he/she "
        "is interested in, and assemble an application form to be submitted on the ED website",
        [],
        distractors=[
            "In February/March (vague)",
            "At the end of April (vague, twice)",
            "until the end of May/beginning of June (vague)",
        ],
        note="a doctoral school's English page on its contract competition: every step is a month or part of one",
    )
    p(
        "r15s-sgaim-congres-printemps-abstracts",
        "https://congress.sgaim.ch/fr/congres-de-printemps/abstracts",
        "Soumission des abstracts\n\n \n\n01.12.2025\n\nLA SOUMISSION DES ABSTRACTS EST OUVERTE JUSQU'AU 31 JANVIER 2026 "
        "INCLUS\n\n> Lien vers la soumission des abstracts\n\n \n\nVeuillez lire attentivement les directives et instructions "
        "ci-dessous. Les abstracts qui ne respectent pas les directives suivantes ne pourront pas être pris en considération\n\n"
        " \n\nVous êtes invité·e à soumettre des abstracts pour les sociétés suivantes:\n\n- Société Suisse de Médecine Interne "
        "Générale – SSMIG\n[...]\nDirectives pour la soumission des abstracts\n\n  1. Les abstracts doivent être soumis en "
        "ligne. Ceux soumis par e-mail ne seront pas considérés.",
        [d("2026-01-31")],
        opens="?",
        page_date="2025-12-01",
        distractors=["01.12.2025 (the news item's date)"],
        note="a Swiss internal-medicine congress's abstracts page, in capitals; the bare 01.12.2025 above the line is taken as "
        "the item's date, and whether submission opened that day is not said, so the opening is not scored",
    )
    p(
        "r15s-reseauprosante-congres-ajp-2012",
        "https://reseauprosante.fr/articles/show/congres-ajp-2012-171",
        "Congres AJP 2012\n\nPublié le 07 May 2022 à 12:00\n\n\nLe 9ème congrès de l’AJP s’est tenu du 30 mars au 1er avril "
        "2012 dans la région lyonnaise. Comme chaque année, des internes de pédiatrie venus de toute la France se sont déplacés "
        "pour venir assister à ce WE de formation. Cette année, 70 internes venus de Rennes, Rouen, Caen, Lille, Saint Etienne, "
        "Nancy, Marseille, Montpellier, Paris et Lyon ont débarqué le 30 mars à Lyon pour un WE riche en découvertes.",
        [],
        page_date="2022-05-07",
        distractors=[
            "Publié le 07 May 2022 à 12:00 (publication)",
            "du 30 mars au 1er avril 2012 (a past congress)",
            "le 30 mars (arrival, past)",
        ],
        note="a paediatric interns' association's account of its congress, reposted ten years later: a stamp and the "
        "congress's days",
    )
    p(
        "r15s-reseauprosante-congres-ajp-2017-lyon",
        "https://reseauprosante.fr/articles/show/retour-sur-le-congres-ajp-2017-a-lyon-16-18-juin-330",
        "Retour sur le congrès AJP 2017 à Lyon 16-18 juin\n\nPublié le 10 May 2022 à 17:54\n\n\nTout d’abord un grand merci à "
        "tous les internes Lyonnais de l’A.L.I.P (association lyonnaise des internes de pédiatrie) qui nous ont si "
        "chaleureusement accueillis dans leur belle ville ! Le thème de ce 14ème congrès de l’AJP de juin 2017 et qui a "
        "rassemblé plus de 150 internes de pédiatrie de toute la France était « La pédiatrie autour du monde » "
        "(www.pediatrielyon.fr/ajp-2017).",
        [],
        page_date="2022-05-10",
        distractors=[
            "16-18 juin (the 2017 congress, named in the title)",
            "Publié le 10 May 2022 à 17:54 (publication)",
            "juin 2017 (vague)",
        ],
        note="the same association's report on a later congress: the title's range is a past congress (its year, 2017, is in "
        "the title; resolved from the page date it would fall in 2022, but it is an event either way)",
    )
    p(
        "r15s-fjc2022-forum-jeunes-chercheurs-en",
        "https://fjc2022.sciencesconf.org/?forward-action=index&forward-controller=index&lang=en",
        "Forum des Jeunes Chercheurs (FJC)\n\nThe Forum des Jeunes Chercheurs (FJC) is a two-day annual scientific event that "
        "enables PhD students from the  Environment-Santé (ES) Doctoral School of the University Bourgogne Franche-Comté to share "
        "their latest research, exchange ideas as well as different techniques.\n[...]\nThis year Dijon will host the 27th "
        "edition of the FJC which will take place on the 16th and 17th of June at the Faculty of Sciences Gabriel.\n\nAn "
        "estimate of 300 students are expected to participate at this year’s edition",
        [],
        distractors=["on the 16th and 17th of June (the forum's days, year-less)"],
        note="a doctoral school's young researchers' forum: the days it takes place, an event",
    )
    p(
        "r15s-rplinfo-metz-jijc-2017",
        "http://rplinfo.overblog.com/2017/06/metz-4-eme-edition-de-la-journee-internationale-des-jeunes-chercheurs-le-16-juin.html",
        "Le 16 Juin prochain, aura lieu la quatrième édition de la Journée Internationale des Jeunes Chercheurs sur le Campus du "
        "Saulcy à Metz (8h45-18h).\nDepuis 2013, la JIJC donne la parole à des jeunes chercheurs désirant échanger sur leurs "
        "pratiques. [...]\nAinsi 250 participants sont déjà attendus dont une quarantaine de communicants présentant leurs "
        "travaux à l'oral et une dizaine de candidats à notre concours du meilleur poster. [...]\nIl est ouvert au public et une "
        "participation de 5 euros par personne est demandée (repas, goodies et accès à toutes les conférences compris). "
        "L'inscription se fait en ligne sur le site internet de la JIJC",
        [],
        distractors=["Le 16 Juin prochain (the day itself, year-less)", "Depuis 2013 (a year)"],
        note="a local blog on a doctoral school's young researchers' day and its poster contest: the day of the event, and "
        "registration without a date",
    )
    p(
        "r15s-scribd-neurasmus-language-certificate",
        "https://fr.scribd.com/document/255273126/Neu-Rasmus",
        "Language requirements\n\nExcellent proficiency in English is required. As the classes are taught in English, candidates "
        "must meet\nthe required standards.\n[...]\nBy the given deadline, you need to provide a copy of\nyour English "
        "certificate or Proof of registration to the exam if you take the exam after Neurasmus\napplication deadline. In the "
        "second case, please note that you will have to transmit the language\ncertificate by January 1st the latest.",
        [],
        distractors=["by January 1st the latest (year-less, undated page)"],
        note="a European neuroscience master's rules copied on a document site: a certificate to send apart, with no year on "
        "an undated page, so nothing (it would be kind 'other')",
    )
    p(
        "r15s-uliege-facmed-clinical-researcher-2023",
        "https://www.facmed.uliege.be/cms/c_9886545/en/css/jalios/core/components/imageEditor/cms/c_3211546/fr/facmed-recherche-innovation",
        "Research and medicine are intrinsically linked: all medical progress comes from basic research and physicians involved "
        "in research contribute to the advancement of knowledge. The Clinical Researcher career is a unique opportunity for "
        "clinicians who wish to devote themselves to basic research while ensuring the continuity of a part-time hospital "
        "activity.\n\nThe call for Medical Doctor Applicant to an MSc and a PhD fellowship (CSD) and Medical Doctor Applicant to "
        "a PhD fellowship (DS) for the year 2023 is now underway at FNRS and the deadline for applications is 16 February 2023.\n"
        "\nIn consultation with the Dean of the Faculty of Medicine and the President of the Medical Council of the University "
        "Hospital, the Léon Fredericq Foundation proposes to contribute to the reinforcement of the number of Medical Doctor "
        "Applicant to an MSc and a PhD fellowship (CSD) [...] by financing candidates who would have been classified A or A+ at "
        "the FNRS",
        [d("2023-02-16")],
        note="a Belgian medical faculty's English page on clinician-researcher fellowships: one deadline for applications",
    )
    p(
        "r15s-uliege-facmed-phd-registration",
        "https://www.facmed.uliege.be/cms/c_3954183/en/facmed-first-steps-and-admission",
        "First registration\n\niconeDocument   First registration form for a PhD \n\n\n\n  1. Administrative requests for "
        "re-registration are accepted, as for any registration, until October 15;\n  2. Submit a request for re-registration "
        "to the Doctoral College of the Faculty using the adhoc form. This request must be submitted before June 1st preceding "
        "the academic year of re-registration.\n    Note that the opinions and signatures of the promoter and the thesis "
        "committee are required;\n  3. If the college gives a favorable opinion (at its June meeting), your request will be "
        "forwarded to the Faculty Council for approval;",
        [],
        distractors=[
            "until October 15 (year-less, undated page)",
            "before June 1st (year-less, undated page)",
            "its June meeting (vague)",
        ],
        note="the same faculty's doctoral registration steps: yearly days with no year on an undated page give nothing "
        "(both would be re-enrolment, kind 'other')",
    )
    p(
        "r15s-lih-i2tron-md-phd-postes",
        "https://www.lih.lu/fr/soutien-a-la-recherche/formation-doctorale/i2tron/i2tron-informations-relatives-aux-postes-pour-medecins-doctorants-md-ph-d/",
        "I2TRON – Programme de formation doctorale \n\ni2TRON – Informations relatives aux postes pour médecins-doctorants (MD – "
        "Ph. D.) \n\nCette DTU propose quatre postes avec un salaire concurrentiel aux médecins qui souhaitent développer leur "
        "carrière en obtenant un doctorat dans le domaine des sciences de la vie et de la médecine avec un intérêt particulier "
        "pour la recherche translationnelle et la médecine de précision.   \n\nContrat de travail\n\nLes postes de MD – Ph. D. "
        "peuvent être occupés à temps partiel pour une durée maximale de 6,5 ans, et ce à compter du 1er février 2021. Un poste "
        "à temps partiel permettra de mener en parallèle des activités cliniques ou des formations.",
        [],
        distractors=["à compter du 1er février 2021 (when the posts may be held, not an opening)"],
        note="a Luxembourg doctoral training unit's MD-PhD posts: 'à compter du' is a post's start, no opening and no deadline",
    )
    p(
        "r15s-ulaval-fellowship-chirurgie-colonne",
        "https://www.fmed.ulaval.ca/etudes/formation-complementaire-fellowship-en-chirurgie-de-la-colonne-vertebrale",
        "Formation complémentaire (fellowship) en chirurgie de la colonne vertébrale\n[...]\nCe programme mène à une "
        "attestation de formation complémentaire.\nDéroulement du programme\nLa formation surspécialisée est de 12 mois, soit du "
        "1er novembre au 31 octobre pour les médecins de l’Europe, ou du 1er août au 31 juillet pour les médecins de l’Amérique "
        "du Nord.\nElle se déroule au sein du service de chirurgie spinale où vous devez :",
        [],
        distractors=[
            "du 1er novembre au 31 octobre (the training's span, year-less)",
            "du 1er août au 31 juillet (the same, year-less)",
        ],
        note="a Québec faculty's spine-surgery fellowship: the ranges are the training's year, not a window to apply",
    )
    p(
        "r15s-cnge-dijon-2015-appel-communications",
        "https://congres.cnge.fr/congres/dijon_2015/appel_a_communications",
        "Les présentations concerneront des travaux originaux en cours ou achevés.\nLes internes sont aussi appelés à présenter "
        "leurs communications.\nA noter :\n- Le dépôt des résumés se fait uniquement par l’intermédiaire du site du CNGE.\n- La "
        "soumission des communications sera ouverte du 15 avril au 23 juin 2015. Pour des raisons d’organisation, tout résumé "
        "reçu après cette date ne sera pas retenu.\nSTRUCTURER VOTRE RESUME\nLa présentation des résumés doit respecter un "
        "canevas et un argumentaire permettant aux membres du comité scientifique d’organiser le congrès.",
        [d("2015-06-23")],
        opens="2015-04-15",
        note="the general-practice teachers' college's congress call for communications, open to interns: a submission window",
    )
    p(
        "r15s-quotidien-j30-congres-medecine-generale-2014",
        "https://static1.lequotidiendumedecin.fr/actu-medicale/congres/j-30-pour-le-8e-congres-de-la-medecine-generale",
        "Avis aux retardataires ! Il vous reste encore un peu de temps pour vous inscrire au Congrès de la médecine générale qui "
        "ouvrira ses portes le 3 avril à Paris, au Palais des Congrès. Alors que l’année dernière les différentes interventions "
        "s’articulaient autour des maladies chroniques, il n’y aura pas de thème central cette année. [...] Le maître mot du "
        "Congrès 2014 est plutôt actualité. Les sujets sont issus, pour beaucoup, de l’actualité médicale.",
        [],
        distractors=["le 3 avril (the congress opens its doors, year-less, undated page)"],
        note="a medical daily's reminder to register for a general-practice congress: no registration day is given, and the "
        "congress's own opening day (whose year is only in 'Congrès 2014') is an event",
    )
    p(
        "r15s-seneweb-cames-agregation-ucad-2016",
        "http://www.senewebnews.com/18eme-concours-dagregation-de-medecine-de-lucad-201-candidats-de-24-universites-originaires-de-19-pays-en-competition-des-lundi/",
        "18ème concours d’Agrégation de médecine de l’Ucad : 201 candidats de 24 universités originaires de 19 pays en "
        "compétition dès lundi\n\nLe comité d’organisation du 18ème Concours d’agrégation de médecine humaine, pharmacie et "
        "odontologie de l’Université Cheikh Anta Diop a organisé, le 3 novembre, une rencontre pour communiquer le nombre de "
        "candidats. Ces derniers seront en compétition du 7 au 15 novembre prochains afin d’accéder au grade de Professeur.\n"
        "[...]\nCe concours, qui se déroulera du 7 au 15 novembre 2016, à Dakar, sera marqué par une cérémonie officielle "
        "présidée par le Premier ministre du Sénégal.",
        [],
        distractors=[
            "le 3 novembre (a meeting, year-less)",
            "du 7 au 15 novembre prochains / du 7 au 15 novembre 2016 (the competition itself)",
        ],
        note="a Senegalese news site on the African and Malagasy council's professorship competition hosted by a medical "
        "faculty: the candidates are already registered; the dates are the competition's",
    )
    p(
        "r15s-topnewsafrica-cames-abidjan-2022",
        "https://topnewsafrica.net/news/cames-abidjan-accueille-le-21e-concours-dagregation-de-medecine",
        "Ce sont au total 395 candidats provenant de vingt-six universités de treize pays membres du CAMES qui sont attendus à ce "
        "concours dont la cérémonie officielle d’ouverture est prévue, lundi, en présence du premier ministre ivoirien, Patrick "
        "Achi, a annoncé professeur Nadjui [...]\nLes épreuves se dérouleront à l’Université Félix Houphouët-Boigny et sur les "
        "sites des Centres hospitaliers universitaires (CHU) de Treichville et de Cocody. La Côte d’Ivoire abritera ainsi ce "
        "concours pour la troisième fois après 1988 et 1996.\nSMAS/ls/Top News Africa\nPublié le jeudi 3 novembre 2022",
        [],
        page_date="2022-11-03",
        distractors=["Publié le jeudi 3 novembre 2022 (publication)", "1988 et 1996 (years)"],
        note="an Ivorian medical faculty hosting the same competition: an 'ouverture' that is a ceremony on an unnamed Monday, "
        "not an opening of applications",
    )
    p(
        "r15s-lyon-sud-points-parcours-2025",
        "https://lyon-sud.univ-lyon1.fr/formation/medecine/2eme-cycle/points-parcours",
        "Points parcours\n\nA partir de 2023/2024, le parcours de formation des candidats est examiné par un jury de la "
        "composante sur la base d’un dossier qui permet l'obtention de « points de parcours ».\nIls représente 10% du total "
        "retenu pour le classement général des étudiants en fin de DFASM3 ; les notes aux EDNs comptant pour 60% et celles des "
        "ECOS pour 30%.\n[...]\nChaque étudiant doit transmettre au bureau du deuxième cycle, en format papier, les différents "
        "éléments de son parcours de formation accompagnés des pièces justificatives nécessaires à la vérification des éléments "
        "déclarés (fiche de dépôt + justificatifs).\n[...]\nLe dépôt s'effectue uniquement au cours de la sixième année. La date "
        "limite pour le dépôt 2024-2025 est fixée au vendredi 6 juin 2025.",
        [d("2025-06-06")],
        distractors=[
            "A partir de 2023/2024 (since when the rule applies)",
            "2024-2025 (an academic year)",
        ],
        note="a medical faculty's page on the 'points de parcours' file that counts in the final-year ranking: the student "
        "sends it, and it is scored by a jury like a candidature, so kind application (a judgement: it is not an enrolment)",
    )
    p(
        "r15s-unige-medecine-preinscription-2017",
        "http://www.unige.ch/admissions/sinscrire/conditions-admissions/conditions-particulieres-par-programme/medecine1/admission-medecine/candidatnonsuisse/",
        "Candidats de nationalité étrangère (médecine)\n\nConditions d'admission et documents à joindre au dossier de demande "
        "de préinscription auprès de swissuniversities au délai du 15 février 2017\n\n \n\nATTENTION : tous les documents "
        "doivent être valables/valides au 15 février 2017.\n\nPar ailleurs, ils doivent permettre de vérifier les durées minimum "
        "requises le cas échéant.",
        [d("2017-02-15", kind="letter_of_intent")],
        note="a Swiss university's medicine admission page: the pre-registration with the national body is the compulsory "
        "first stage before the aptitude test and enrolment, so a first stage; the same day said again as the day documents "
        "must be valid is one deadline",
    )
    p(
        "r15s-unige-conditions-master-2025",
        "http://unige.ch/conditions/MA",
        "Nouvel-le étudiant-e > Conditions d'inscription 2025-26\n\n  • Les conditions d’immatriculations 2025- 2026 sont "
        "téléchargeables en format PDF.\n  • Information importante: pour le semestre d’automne 2025-2026, les personnes qui "
        "souhaitent candidater un Master ou un certificat complémentaire sans baccalauréat universitaire obtenu en Suisse "
        "doivent le faire avant le 28 février et non le 30 avril. Dès le 15 janvier 2025, vérifiez les délais grâce au système "
        "de filtres ci‑dessous.",
        [],
        distractors=[
            "avant le 28 février (year-less, undated page)",
            "et non le 30 avril (given up, year-less)",
            "Dès le 15 janvier 2025 (when to check the deadlines, not an opening)",
        ],
        note="the same university's master's conditions: the day to apply has no year and the page no date, so nothing by the "
        "rules (a subscriber would want 28 February 2025, the year being in the heading); the only full date says when the "
        "filters show the deadlines",
    )
    p(
        "r15s-unige-masters-medicine-dental-2025",
        "https://masters.unige.ch/medicine",
        "Programme length\n\n2 years (4 semesters)\n\nLanguage of instruction\n\nWorking knowledge of English required for "
        "reading scientific texts.\n\nEnrolment and Admission Conditions\n\n\nDeadline for candidates that hold a foreign "
        "bachelor's degree: 28 February 2025\n(30 April 2025 for candidates that hold a Swiss bachelor's degree at the start of "
        "the next academic year AND, according to their nationality, are not subject to a visa for entry into Switzerland for "
        "more than 90 days, according to Swiss government requirement",
        [d("2025-02-28"), d("2025-04-30")],
        note="the same university's master of dental medicine: two deadlines for two groups of candidates, the second in "
        "brackets",
    )
    p(
        "r15s-unige-memento-places-bachelor-medecine-2024",
        "https://memento.unige.ch/doc/0345",
        "Règlement concernant le nombre de places en deuxième année d’études du Bachelor en médecine humaine à l’Université de "
        "Genève\n\n  • Réf. 0345\n  • Date de publication : 16/01/2024\n\nVu l’article 17, alinéa 2 de la loi sur l’Université "
        "de Genève du 13 juin 2008 (LU) ;\n[...]\n1. La capacité d’accueil en deuxième année du Bachelor en médecine humaine à "
        "l’Université de Genève pour l’année académique 2024-2025 est fixée à 160 places.",
        [],
        page_date="2024-01-16",
        distractors=[
            "Date de publication : 16/01/2024 (publication)",
            "loi … du 13 juin 2008 (a text's date)",
        ],
        note="the same university's rule on places in second-year medicine: a publication stamp and a law's date",
    )
    p(
        "r15s-neurosciences-lettre49-colloque-2015",
        "https://www.neurosciences.asso.fr/V2/Actualites/LaLettre/LaLettre49/LaLettre49/assets/basic-html/page34.html",
        "Cet événement\nest important pour tous et surtout pour les jeunes chercheurs,\ndoctorants et post-doctorants, avides de "
        "faire connaître leurs\ntravauxet de se faireconnaîtreau seinde lacommunauté.\nCette année, le colloque a été organisé "
        "àMontpellier, dans le\ntrèsbel espaceduCorumencœurdeville,du19au22Mai. Le\nprogrammepréparéàpartirdespropositionsdes"
        "adhérentsde\nlaSociété reflète ledynamismedesneurosciencesFrançaises.\n[...]\nCecolloqueétait, commeà l’accoutumée, "
        "grandement ouvert\naux jeuneschercheursqui ontbénéficiéde tarifspréférentielset\npour lesquels laSociétéaalloué32"
        "soutiens\nJeuneschercheurs",
        [],
        distractors=["du19au22Mai (the colloquium, glued text, year-less)"],
        note="the neuroscience society's newsletter, its text layer with spaces lost: a past colloquium's days and support "
        "for young researchers, no call",
    )
    p(
        "r15s-neuroinf-eucourse-2006-apply",
        "http://www.neuroinf.org/courses/EUCOURSE/EU06/apply.shtml",
        "A PENS Neuroscience School.\nAugust 7 - September 1, 2006\nArcachon, France\nInstructions\nCurriculum Vitae\nAll "
        "applicants must submit a detailed CV, indication their prior scientific experience. [...]\nThe submission process is "
        "electronic. Applicants will receive copies of their submissions by e-mail, and will be able to edit or update them "
        "until the application deadline of April 10th.\nLarge text boxes have maximum size of 500 characters, small ones 80 "
        "characters. [...]\nLetters of recommendation\nApplications are incomplete until two letters of rec",
        [],
        distractors=[
            "August 7 - September 1, 2006 (the school's own dates)",
            "the application deadline of April 10th (year-less, undated page)",
        ],
        note="a European computational-neuroscience summer school held in France: the deadline has no year and the page no "
        "date, so nothing by the rules, though the heading names 2006; the school's span is an event",
    )
    p(
        "r15s-neuroschool-msc-incoming-mobility-2024-25",
        "https://neuro-marseille.org/en/Calls/msc-incoming-mobility-2024-25",
        "MSc incoming mobility 2024-25\nCall for applicants until : Nov 17, 2024\n\n\nUp to ten NeuroSchool scholarships (up to "
        "1000 €/month) are offered each year to master students of our partner universities for mobility of at least 2 months "
        "within Aix-Marseille University.\n[...]\nProvisional calendar\n\nNext deadlines:\n\n  • Sunday, November 17, 2024, "
        "for stays in Marseille in spring or summer (starting between mid-February and the end of August 2025).\n  • Sunday, "
        "May 4th, 2025, for stays in Marseille in autumn or winter (with a start date between September 2025 and March 2026),\n"
        "\nAttention! We encourage you to contact us and apply as soon as possible.",
        [d("2024-11-17"), d("2025-05-04")],
        distractors=[
            "between mid-February and the end of August 2025 (when stays start, vague)",
            "between September 2025 and March 2026 (when stays start, vague)",
        ],
        note="a graduate school of neuroscience's mobility grants for master's students: two deadlines in a list, the first "
        "also in the fiche line",
    )
    p(
        "r15s-neuroschool-thematic-schools-2019",
        "http://neuro-marseille.org/en/phd-program-en/2019-neuroschool-thematic-schools-call-for-projects/",
        "Co-funding to organise thematic schools\nCall for projects closed Interview and/or deliberation closed Results "
        "announced\n[...]\nEach thematic school entitles the participating PhD students from Aix Marseille University to ECTS "
        "credits, and NeuroSchool will provide a certificate of attendance to the participants.\n\nApplicants must provide, "
        "before 08/03/2019 (new deadline!), a synopsis of the training including:\n\n  • the title of the thematic school.\n"
        "  • The pedagogical objectives and the type of evaluation carried out.\n  • The dates (in the period from 01/06/2019 "
        "to 31/12/2019) and location of the theme school.\n  • The target audience and the number of participants expected",
        [d("2019-03-08")],
        distractors=[
            "in the period from 01/06/2019 to 31/12/2019 (when the school must take place, a condition)"
        ],
        note="the same graduate school's call to co-fund thematic schools: a moved deadline written once (its old day is not "
        "given), and the period the funded school must fall in",
    )
    p(
        "r15s-cfp-7e-edition-lille-2015",
        "https://www.congresfrancaispsychiatrie.org/congres-francais-de-psychiatrie-retour-sur-la-7eme-edition-a-lille/",
        "Le Congrès Français de Psychiatrie (CFP) vient de connaître sa 7ème édition, du 25 au 28 novembre 2015 à Lille sous la "
        "présidence de Rachel Bocher, chef de pôle, psychiatre des hôpitaux publics et élue nantaise.\n[...]\nLa forte présence "
        "de la nouvelle génération de psychiatres (internes (350), chefs de clinique et assistants, jeunes praticiens "
        "hospitaliers,…) y a été très remarquée [...]\nLe congrès peut donc continuer à financer les nombreux prix, bourses de "
        "recherche, stages de post-doctorat et autres activités à destination des plus jeunes, comme la « Summer-School » de "
        "psychopharmacologie qui se tient chaque année à Sainte-Anne au début de l’été.",
        [],
        distractors=["du 25 au 28 novembre 2015 (a past congress)", "au début de l’été (vague)"],
        note="a psychiatry congress's look back at its edition: the congress's days, and grants and a summer school named "
        "without any call date",
    )
    p(
        "r15s-reseauprosante-journee-interne-psychiatrie-2021",
        "https://reseauprosante.fr/articles/show/retrospectives-des-evenements-par-et-pour-les-internes-cette-annee-2254",
        "Rétrospectives des évènements par et pour les internes cette année\n\nPublié le 29 Aug 2022 à 15:10\n\nUne initiative "
        "locale : La journée de l’Interne en Psychiatrie à Tours\n\nLe jeudi 2 décembre 2021 s’est tenue à la Faculté de "
        "Médecine et de Pharmacie de Poitiers la 7ème Journée de l’Interne en Psychiatrie. Cette journée est organisée chaque "
        "année par des internes inscrits au Diplôme d’Études Spécialisées en Psychiatrie, et tient pour objectif de rassembler "
        "sur un modèle conférencier étudiants et seniors afin de discuter les dernières données issues de la littérature et de "
        "la recherche dans le domaine de la psychiatrie",
        [],
        page_date="2022-08-29",
        distractors=[
            "Publié le 29 Aug 2022 à 15:10 (publication)",
            "Le jeudi 2 décembre 2021 (a past interns' day)",
        ],
        note="a psychiatry interns' association's review of its year: a stamp and a past day",
    )
    p(
        "r15s-slideshare-cnup-affep-2010",
        "http://www.slideshare.net/juliamaceo/1re-journe-de-travail-cnup-affep?smtNoRedir=1",
        "1ère journée de travail CNUP-AFFEP 1ère journée de travail \nCNUP-AFFEP \nLe 10 mai 2010, l’AFFEP a organisé avec le "
        "CNUP la 1ère rencontre regroupant les coordonnateurs \nde DES de psychiatrie et les référents régionaux et "
        "inter-régionaux de l’AFFEP. Cette journée s’est \ndéroulée dans l’amphithéâtre Deniker à l’hôpital Sainte-Anne à "
        "Paris. \n[...]\nŶ Ré€exions sur la formation à la \nrecherche (à partir des résultats de \nl’enquête menée en "
        "2009-2010, cf Psy \nDéchaîné N°1)",
        [],
        distractors=["Le 10 mai 2010 (a past meeting)", "2009-2010 (a survey's year)"],
        note="the psychiatry students' federation's newsletter page on a meeting with the teachers' college: a meeting's day "
        "and broken ligatures from the PDF",
    )
    p(
        "r15s-colloque-ffgg-programme",
        "https://www.colloqueffgg.ca/programme",
        "Mercredi 19 nov\n- 8h00 : Ouverture de l'accueil\n- 8h45-9h00 : Mot de bienvenue\n- 9h00-10h15 : Conférences "
        "classiques\n- 10h15-10h30 : Pause\n[...]\n- 12h30-13h30 : Session affiches & Kiosques\n[...]\n- 17h00-19h00 : 5 à 7 "
        "facultaire\nJeudi 20 nov\n- 8h30 : Ouverture de l'accueil\n[...]\n- 15h30-16h30 : Conférences express\n- 17h30-17h00 : "
        "Remise des prix et mot de clôture",
        [],
        distractors=[
            "Mercredi 19 nov, Jeudi 20 nov (the colloquium's days, year-less)",
            "Ouverture de l'accueil (a reception desk opening, not of applications)",
            "Remise des prix (an event)",
        ],
        note="a Québec faculty's students' research colloquium programme: days and times of sessions; 'Ouverture' and "
        "'clôture' here are the day's, not a call's",
    )
    p(
        "r15s-boudu-besancon-scope-echanges",
        "http://www.boudu.org/index.php?PHPSESSID=89b8d982562e558b259fe20ec09182d7&page=page2075",
        "L’inscription :\n\nLes documents qu’il faut remplir vous seront transmis via les murs de promo et le site BOUDU par "
        "les VP échanges, à partir du mois d’avril. A ce moment, il faudra que tu choisisses 4 pays en faisant attention aux "
        "conditions d’échanges de chacun d’entre eux, et le mois où tu souhaites partir. [...]\n\nAu mois de septembre tu "
        "connais le pays dans lequel tu partiras, et tu commences à regrouper les différents papiers pour la scolarité "
        "(attestation de sécurité sociale, lettres de motivation…). [...]\n\nAu plus tard deux mois avant ton départ, tu "
        "connaitras précisément dans quelle ville tu pars et dans quel service tu iras.\n\nAinsi, si tu veux partir en M1 il "
        "faut que tu t’inscrives en P3 soit un an à l’avance !",
        [],
        distractors=[
            "à partir du mois d’avril (vague)",
            "Au mois de septembre (vague, a result)",
            "Au plus tard deux mois avant ton départ (relative, a result)",
        ],
        note="a medical students' association's page on clinical exchanges abroad: months and relative delays only",
    )
    p(
        "r15s-aefinfo-calendrier-master-alternance-2023",
        "https://www.aefinfo.fr/depeche/688420-le-calendrier-2023-pour-les-admissions-en-premiere-annee-de-master-en-alternance",
        "Publié au Journal officiel du 2 mars 2023, un arrêté fixe le calendrier de la procédure dématérialisée de candidature "
        "et de recrutement en première année des formations conduisant au diplôme national de master au titre de l’année "
        "universitaire 2023-2024. Afin de leur laisser le temps de trouver un employeur, les candidats à une formation en "
        "apprentissage ou en contrat de professionnalisation bénéficient de délais de réponse plus longs que ceux applicables "
        "aux candidats à une formation non alternée.",
        [],
        distractors=[
            "Journal officiel du 2 mars 2023 (a text's publication)",
            "2023-2024 (an academic year)",
        ],
        note="a higher-education news agency's summary of the master's admission calendar: the decree's date only; the "
        "calendar's own days are behind a paywall",
    )
    p(
        "r15s-umontreal-admission-medecine-date-limite-2022",
        "https://admission.umontreal.ca/programmes/doctorat-de-1er-cycle-en-medecine/admission-et-exigences/",
        "Sommaire et particularités\n\nNouveauté - à compter de l'automne 2023\nModification de la date limite pour le dépôt "
        "des demandes d'admission\nLa nouvelle date limite pour le dépôt des demandes d'admission des candidats inscrits (ou "
        "ayant été inscrits) dans une université et des candidats avec des études hors Québec est le 1er novembre 2022.\n[...]\n"
        "Candidats titulaires d'un doctorat de recherche (Ph. D.)\nCes candidats doivent dorénavant déclarer leur intention à "
        "être considérés dans ce contingent via un formulaire au plus tard le 1er novembre (voir les rubriques Catégories de "
        "candidats et Critères de sélection).",
        [d("2022-11-01")],
        distractors=[
            "à compter de l'automne 2023 (since when, vague)",
            "au plus tard le 1er novembre (year-less, undated page)",
        ],
        note="a Québec medical faculty's admission page: a new deadline with its year; the PhD holders' form by a year-less "
        "1 November gives nothing on an undated page (it names the same day as the deadline above)",
    )
    p(
        "r15s-umontreal-categories-candidats-1er-mars",
        "https://site6.meddev.umontreal.ca/etudes/etudes-en-medecine/doctorat-en-medecine/categories-de-candidats",
        "Étudiants québécois\nVous serez classé dans cette catégorie si vous êtes titulaire d’un diplôme d’études collégiales "
        "(DEC) ou êtes en voie de l’obtenir au moment de la demande, ou si vous êtes titulaire d’un diplôme d’études "
        "postsecondaires reconnu par l’Université comme équivalent. La date limite pour déposer une demande d’admission est le "
        "1er mars.\nConditions d’admissibilité\n- Vous êtes titulaire ou en voie de l’être d’un DEC en sciences, lettres et arts "
        "ou d’un DEC en sciences de la nature avec atteinte des objectifs 00XU en biologie et 00XV en chimie.",
        [],
        distractors=["le 1er mars (year-less, undated page)"],
        note="a copy of the same faculty's categories of candidates: a yearly deadline without a year, so nothing by the rules",
    )
    p(
        "r15s-onemedia-fst-options-2025-2026",
        "https://onemedia.fr/?p=1443639",
        "Chaque année, les étudiants en troisième cycle de médecine, pharmacie et odontologie, ainsi que les internes des "
        "hôpitaux des armées, ont la possibilité de suivre une option ou une formation spécialisée transversale (FST) en "
        "complément de leur cursus principal. [...]\nUne augmentation du nombre de places pour 2025-2026\nPour l’année "
        "universitaire 2025-2026, un arrêté publié au Journal officiel le 30 avril fixe le nombre de postes ouverts pour ces "
        "formations. Au total, ce sont 2 980 places qui seront proposées, soit une hausse par rapport à l’année précédente où "
        "2 730 places étaient disponibles.",
        [],
        distractors=["publié au Journal officiel le 30 avril (a decree's publication, year-less)"],
        note="a news site on the number of places in interns' cross-specialty trainings: places 'ouverts' and a decree's day, "
        "no call date",
    )
    p(
        "r15s-amu-edsvs-22e-colloque-2014",
        "http://medecine.univ-amu.fr/fr/22e-colloque-lecole-doctorale-sciences-vie-sante-22th-annual-meeting-of-the-doctoral-school-in",
        "22e colloque de l'école doctorale des sciences de la vie et de la santé / 22th annual meeting of the doctoral school "
        "in biology and health science\n\nThe Faculty of Medicine of La Timone welcomes the XXII meeting of the Doctoral School "
        "on June 5-6, 2014. [...] More than 150 PhDs are expected to participate to scientific communications and forum and to "
        "attend to conferences.\n\nThe originality of the meeting is its organization based on the engagement of PhDs. You "
        "have already contributed to the selection of presentations and the organization of conferences and forum. You will "
        "play a critical role in the animation of the meeting and the selection of awards for oral presentations and poster.",
        [],
        distractors=["on June 5-6, 2014 (the meeting itself)"],
        note="a medical faculty's page on its doctoral school's annual meeting: the meeting's days; presentations were "
        "already selected",
    )
    p(
        "r15s-uottawa-summer-studentship-2019",
        "https://med.uottawa.ca/research-innovation/students-postdoctoral-fellows/summer-studentship-program",
        "Summer Studentship Program\n\nPlease note that this program is separate and independent from a similar program "
        "sponsored by the Medical Education Office.\n\nSummer 2019\n\nSummer studentships are available on a competitive basis "
        "for undergraduate medical students at the University of Ottawa who are enrolled in their first or second year of "
        "training.\n[...]\nThe process\n\n  • Potential supervisors are invited to submit project descriptions (deadline: Monday, "
        "January 14th, 2019). Please note that only one project per supervisor (PI) will be accepted and each student must "
        "only have one supervisor.\n  • Supervisor Project Application Form\n  • Students contact prospective supervisors to "
        "discuss projects.\n  • Students and supervisors prepare a project description and submit a student application form "
        "by March 4th, 2019 - 4pm. Only one student per project is accepted. No applications will be accepted after this date, "
        "deadline is firm.\n  • Application for studentship doesn’t guarantee an award.\n  • All students and projects will be "
        "reviewed and ranked by a selection committee.\n  • Applicants will be notified of the committee’s decision no later "
        "than March 29th, 2019.",
        [d("2019-01-14", kind="other"), d("2019-03-04", "16:00")],
        distractors=[
            "no later than March 29th, 2019 (applicants notified, a result)",
            "Summer 2019 (the season)",
        ],
        note="a bilingual medical faculty's summer research studentships for medical students: the supervisors' project "
        "descriptions are a supervisor's step (kind other), the students' application is the candidature, with its hour",
    )
    p(
        "r15s-maroc-diplomatique-congres-internes-residents-fes",
        "https://maroc-diplomatique.net/congres-national-des-medecins-internes-et-residents-du-16-au-18-octobre-a-fes",
        "Congrès national des médecins internes et résidents, du 16 au 18 octobre à Fès\nLa première édition du congrès "
        "national des internes et résidents du Maroc aura lieu du 16 au 18 octobre à la faculté de médecine et de pharmacie de "
        "Fès, autour de la thématique ‘’la formation médicale au Maroc : état des lieux et perspectives’’.\n[...]\nPlus de 1.000 "
        "internes et résidents des différents centres hospitaliers universitaires, aussi bien nationaux qu’internationaux, se "
        "réuniront à Fès pour prendre part aux conférences, formations et ateliers programmés au cours du congrès. Une centaine "
        "de communications orales et plus de 300 communications affichées sont prévues à cet effet.",
        [],
        distractors=["du 16 au 18 octobre (the congress, year-less, twice)"],
        note="a Moroccan news site on the first national interns' and residents' congress at a medical faculty: the "
        "congress's days, and communications already planned",
    )
    p(
        "r15s-studylib-journee-mg-idf-2014",
        "https://studylibfr.com/doc/1680803/que-j%C2%B4ai-adress%C3%A9-au-psy.",
        "1) Présentation\nLa 25ème Journée de médecine générale d’Île-de-France a eu lieu le 28 juin 2014 à la\nfaculté de "
        "Bobigny. Organisée par les Départements de médecine générale et les\nCollèges de médecine générale d’Île de France, "
        "elle est l’occasion d’offrir aux\ninternes de 3è cycle de médecine générale un véritable congrès scientifique dédié à\n"
        "leur spécialité.\nLes objectifs de cette rencontre étaient:\n[...]\n- D’inciter les internes à participer à un congress "
        "et à un prix de these\n- Décerner le Prix de thèse de médecine générale d'Île-de-France",
        [],
        distractors=["le 28 juin 2014 (a past interns' day)"],
        note="an intern's report on a regional general-practice day with its thesis prize, copied on a document site: a past "
        "day only",
    )
    p(
        "r15s-uclouvain-mege2mc-conditions-2018",
        "https://sites.uclouvain.be/archives-portail/ppe2018/prog-2018-mege2mc-cond_adm",
        "Conditions d'admission\n\nmege2mc  2018-2019  Bruxelles Woluwe\n\nDécret du 7 novembre 2013 définissant le paysage de "
        "l'enseignement supérieur et l'organisation académique des études.\nLes conditions d'admission doivent être remplies au "
        "moment même de l'inscription à l'université.\n[...]\n  • Etre porteur du diplôme du grade de master en médecine [...] "
        "dont le programme de 2e cycle comprend au moins 240 crédits (dont 30 crédits spécifiques en médecine générale (art. 16 "
        "A.M. du 01/03/2010)) [...]\n  • Etre habilité à exercer la médecine en Belgique (art.3 et 26 Loi coordonnée du "
        "10/05/2015 relative à l'exercice des professions des soins de santé) et;\n  • Etre porteur d'un document attestant que "
        "l'intéressé a été, au terme de l'épreuve de sélection, retenu comme candidat spécialiste en médecine générale",
        [],
        distractors=[
            "Décret du 7 novembre 2013 (a text's date)",
            "A.M. du 01/03/2010 (a text's date)",
            "Loi coordonnée du 10/05/2015 (a text's date)",
        ],
        note="a Belgian university's archived admission conditions for the general-practice specialisation master: only "
        "texts' dates, and conditions",
    )
    p(
        "r15s-tuniscope-doyens-medecine-2018",
        "http://www.tuniscope.com/article/144205/vie/conseils/les-doyens-des-facultes-de-medecine-032318",
        "Publié le 06-03-2018\n\nLes Doyens des Facultés de Médecine réagissent aux revendications des étudiants\n\nLes Doyens "
        "des Facultés de Médecine de Monastir, Sfax, Sousse et Tunis réaffirment leur compréhension vis-à-vis des revendications "
        "académiques des étudiants et annoncent ci-après les décisions qu’ils ont prises.\n[...]\n5) La révision des modalités "
        "du concours de résidanat (démission du troisième cycle et autres).\n\n6) L’engagement à finaliser le texte de la "
        "réforme des études médicales et les mesures transitionnelles après concertation entre les intervenants académiques et "
        "les étudiants, avant mi-mai 2018, afin de préserver les droits des premières promotions.",
        [],
        page_date="2018-03-06",
        distractors=[
            "Publié le 06-03-2018 (publication)",
            "avant mi-mai 2018 (the deans' own commitment, vague)",
        ],
        note="a Tunisian news site relaying the medical deans' answer to a students' strike: 'avant' a vague month, and it is "
        "the deans' undertaking, not a candidate's sending",
    )
    p(
        "r15s-medecinesfax-study-system",
        "https://www.medecinesfax.org/eng/articles/403/eng/s2182/pages/70/Study-System",
        "Study System\nThe required study program at the Faculty of Medicine of Sfax was established by ministerial decrees from "
        "the Ministry of Public Health and the Ministry of Higher Education of October 11th, 2005, modifying the October 11th, "
        "1996 Decree.\n \nThe national diploma of Medical Doctor is delivered after seven (7) years of study, sequenced as "
        "follows:\n \n  A first cycle of medical studies spanning over 2 years with a total of 1,239 hours of study, in "
        "addition to the traineeships.",
        [],
        distractors=[
            "decrees … of October 11th, 2005 (a text's date)",
            "the October 11th, 1996 Decree (a text's date)",
        ],
        note="a Tunisian medical faculty's English page on its curriculum: decrees' dates only",
    )
    p(
        "r15s-siphif-disponibilite-dates",
        "http://siphif.org/semestres-a-statut-particulier/disponibilite/",
        "Disponibilité\n\nLa demande de mise en disponibilité doit être faite avant :\n\nle 30 juin pour une disponibilité "
        "débutant en novembre\n\nle 31 décembre pour une disponibilité débutant en mai\n\n \n\nLa demande est faite sur "
        "bdi.aphp.sap@aphp.fr , auprès de l’APHP, en sa qualité de Centre Hospitalier Régional pour l’Ile de France, qui en "
        "informe ensuite l’ARS Ile de France [...]\n\nLa durée maximale d’interruption du cursus au titre des mises en "
        "disponibilité est de 4 semestres qui peuvent être pris à la suite. [...] A compter de 2014, pour une Thèse de sciences, "
        "la durée d’interruption du cursus pourra être de 6 semestres.\n[...]\n2 – La mise en disponibilité pour M2 avec « sous "
        "réserve de bourse »\n\nLes mêmes documents sont nécessaires. Doit seulement être ajouté dans la lettre : « sous réserve "
        "de l’obtention d’une bourse » (préciser : Année-Recherche, FRM, etc.….)\n\nAinsi vous aurez jusqu’au 31 août pour "
        "confirmer ou infirmer par mail votre demande, en fonction du résultat du financement.",
        [],
        distractors=[
            "le 30 juin, le 31 décembre (yearly, year-less, undated page)",
            "jusqu’au 31 août (a confirmation, year-less)",
            "A compter de 2014 (since when)",
        ],
        note="a pharmacy and biology interns' union's page on leave for research: yearly days with no year on an undated "
        "page give nothing, though a subscriber would want them each year (the requests would be kind other)",
    )
    p(
        "r15s-aimgl-limoges-these-commission",
        "https://aimgl.fr/neo-internes/these",
        "En Médecine Générale, il est possible de passer la thèse dès le 3ème semestre d’internat. Également, la thèse doit "
        "absolument être soutenue dans les 6 ans à compter du début de l’internat.\nLa rédaction de thèse prend entre 12 et 18 "
        "mois en moyenne.\n[...]\nUne fois le sujet réfléchi, tu peux proposer ton travail en commission de thèse. Celle-ci se "
        "réunit tous les premiers jeudi du mois, et te permet de donner un avis sur le travail entrepris et sur sa faisabilité.\n"
        "Tu trouveras le formulaire de dépôt de thèse ici.",
        [],
        distractors=[
            "tous les premiers jeudi du mois (a recurring meeting)",
            "dans les 6 ans (a relative delay)",
        ],
        note="a general-practice interns' association's page on the thesis: relative delays and a monthly committee, no date",
    )
    p(
        "r15s-elmoudjahid-maitres-assistants-hu-2017",
        "http://www.elmoudjahid.com/fr/flash-actu/18827?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+ElmoudjahidFlash+%28Flash+d%27actualit%C3%A9+sur+le+portail+Elmoudjahid.com%29",
        "Le ministère de l’Enseignement supérieur et de la Recherche scientifique a lancé un concours sur épreuves pour l’accès "
        "au grade de maître assistant hospitalo-universitaire. Selon l’arrêté ministériel 1084 du 20 novembre 2017, rendu public "
        "hier, le nombre de postes de maîtres assistants hospitalo-universitaires à pourvoir au titre du concours est fixé à "
        "«1.230 dont 408 au titre de la santé militaire, répartis par structure hospitalo-universitaire et spécialité».\n[...]\n"
        "Le concours se déroulera, selon l’établissement d’exercice du président du jury, au sein des facultés de médecine ou "
        "des établissements publics de santé concernés.",
        [],
        distractors=["l’arrêté ministériel 1084 du 20 novembre 2017 (a text's date)"],
        note="an Algerian daily on a hospital-university assistants' competition held in medical faculties: a decree's date, "
        "no registration date",
    )
    p(
        "r15s-amcdl-maitre-assistant-concours",
        "http://amcdl.blogspot.com/p/maitre-assistant.html",
        "L'accès à ce cycle se fait par un concours national appelé \"concours pour l'accès au grade de maître‐assistant "
        "hospitalo‐universitaire\", il comprend des épreuves prévues à l'annexe n°1 de l'arrêté du 19 novembre 2009, susvisé, et "
        "se déroulera, selon l'établissement d'exercice du président du jury de la spécialité, au sein des facultés de médecine "
        "ou des établissements publics de santé concernés.\n\nL'inscription et le dépot du dossier de candidature se font "
        "auprès de l'administration de la\nfaculté de médecine la plus proche du lieu de résidence du candidat. Selon les dates "
        "précisées et annoncées officiellement.\n[...]\nLes candidats non retenus pour participer au concours peuvent "
        "introduire un recours dans un délai, d'au moins, dix(10) jours avant la date prévue pour le déroulement du concours.",
        [],
        distractors=[
            "l'arrêté du 19 novembre 2009 (a text's date)",
            "dix(10) jours avant la date prévue (relative)",
        ],
        note="a residents' association's blog on the same competition: registration 'selon les dates annoncées', a decree's "
        "date and a relative delay",
    )
    p(
        "r15s-lyon1-diu-echographie-gyneco-2024",
        "http://offre-de-formations.univ-lyon1.fr/parcours-610/echographie-gynecologique-et-obstetricale.html",
        "Parcours : Echographie gynécologique et obstétricale\n[...]\nModalité de formation :\n  • Formation initiale normale : "
        "600 €\n  • Formation continue prise en charge individuelle: 1000 €\n[...]\nDurée de la formation :\n2 semestres\nSession "
        "de la formation :\nDate de début : 13/11/2023     Date de fin : 13/01/2024\nAdresse web d'inscription :\nAccès au "
        "dossier de candidature\n[...]\nDate de la dernière mise-à-jour : 15/01/2024\n[...]\nCANDIDATURES CLOSES POUR 2022/2023",
        [],
        page_date="2024-01-15",
        distractors=[
            "Date de début : 13/11/2023, Date de fin : 13/01/2024 (the training session's span)",
            "Date de la dernière mise-à-jour : 15/01/2024 (update stamp)",
            "CANDIDATURES CLOSES POUR 2022/2023 (closed, no day)",
        ],
        note="a university's inter-university diploma in obstetric ultrasound: a session's start and end in a fiche, an update "
        "stamp and applications said closed without a day",
    )
    p(
        "r15s-fmms-lille-passerelle-2025",
        "https://fmms.fr/formations/passerelle",
        "Passerelle\n\nUne admission « passerelle » permet aux titulaires de certains titres et diplômes, l’accès direct en "
        "2ème ou 3ème année de médecine, sage-femme, pharmacie ou odontologie sans avoir à valider la 1ère année des études de "
        "santé [...]\n\ncalendrier\n\nCandidature : Jusqu’à mi-mars 2025\n\ncalendrier\n\nExamen des dossiers : mi-avril 2025\n\n"
        "calendrier\n\nJury admission (oral) : mi-juin 2025\n\nAttention : Le dispositif de candidatures Passerelles est "
        "national depuis l’année 2020/2021",
        [],
        distractors=[
            "Candidature : Jusqu’à mi-mars 2025 (vague)",
            "Examen des dossiers : mi-avril 2025 (vague, an event)",
            "Jury admission (oral) : mi-juin 2025 (vague, a jury)",
        ],
        note="a medical faculty's direct-admission calendar: the candidature's closing is 'mi-mars', a vague date, so no "
        "deadline by the rules, though a subscriber would want to know",
    )
    p(
        "r15s-tlse2-master-ethique-soin-admission",
        "http://blogs.univ-tlse2.fr/master-ethiquedusoin/conditions-dadmission/",
        "Conditions d’admission\n\nEntrée en Master 1\n\nTous les candidats à l’entrée en Master 1 Éthique du soin et recherche "
        "doivent déposer un dossier de candidature.\n\nPour les étudiants de philosophie et de droit, ce dossier doit "
        "généralement être déposé au début du mois de juin (voir la date précise sur le dossier de candidature téléchargeable)."
        "\n\nPour les étudiants de médecine, un dossier avec des dates de dépôt distinctes est à retirer auprès de Marianne "
        "Delrieu.",
        [],
        distractors=["au début du mois de juin (vague)"],
        note="a care-ethics master open to medical students: the filing date is only 'début juin', the exact day being on a "
        "form",
    )
    p(
        "r15s-aseanop-upsaclay-idex-master-scholarships-2024",
        "https://aseanop.com/international-masters-scholarships-program-idex-2024-25-university-of-paris-saclay-france",
        "INTERNATIONAL MASTER’S SCHOLARSHIPS PROGRAM IDEX 2024-25, University of Paris-Saclay, France\nDeadline for "
        "applications: 30 April 2024\nUniversité Paris-Saclay aims to promote access for international students to its Master’s "
        "programmes [...]\nScholarships will be awarded for the 2024-2025 academic year. [...]\nApplication timeline:\n– "
        "Candidate selection deadline by the training manager: April 30, 2024\n– After being selected, deadline for applying for "
        "the scholarship: May 03, 2024\n– Deadline for the reception of the recommendations from the 2 referees, and closure of "
        "the call: May 07 2024\n– Announcement of the results: end of June 2024",
        [d("2024-04-30"), d("2024-05-03"), d("2024-05-07", kind="other")],
        distractors=["Announcement of the results: end of June 2024 (results, vague)"],
        note="a scholarship aggregator relaying a university's master's scholarships: 30 April is both the headline's "
        "deadline for applications and the training manager's selection (one day, application by the headline's words); the "
        "referees' letters on 7 May are kind other although the call also closes then (a judgement)",
    )
    p(
        "r15s-biopatrika-pasteur-ppu-2026",
        "https://jobs.biopatrika.com/?p=15347",
        "Pasteur-Paris University International doctoral program (PPU)\nJob Overview\n-\nDate PostedSeptember 17, 2025\n-\n-\n"
        "Expiration dateOctober 20, 2025\n-\nClick to apply:\nJob Description\nThe Institut Pasteur organizes a doctoral program "
        "in collaboration with Université Paris Cité, Sorbonne Université, and Université Paris Saclay, for students holding a "
        "master degree or the equivalent in science, medicine and related fields.\n[...]\nCurrent call\nThe call for enrollment "
        "of students in October 2026 will be open from September 1st to October 20th, 2025",
        [d("2025-10-20")],
        opens="2025-09-01",
        page_date="2025-09-17",
        distractors=[
            "Date Posted September 17, 2025 (publication)",
            "October 2026 (enrolment, vague)",
        ],
        note="a job board relaying an institute's international doctoral programme with partner universities: the call's "
        "window, its end also the listing's 'Expiration date' (glued to its label)",
    )
    p(
        "r15s-mladiinfo-neurasmus-2012",
        "https://mladiinfo.eu/2011/10/13/the-neuramus-programme-in-different-domains-of-neuroscience/",
        "The Neuramus Programme in Different Domains of Neuroscience\n\nDeadline: 15 December 2012\nOpen to: All interested "
        "students in Europe and elsewhere\nScholarship: For Category A students: € 4,000 per semester (16,000€ for the 2 "
        "year-programme),For Category B students: € 2,000 per semester (8,000€ for the 2 year-programme)\n\n\nNeurasmus is a "
        "2-year (120 ECTS) full-time Neuroscience study programme taught in English [...]\nThe 6 Neurasmus Consortium partners "
        "(Université Bordeaux Segalen, Vrije Universiteit Amsterdam, UMG Universitätsmedizin Göttingen, Charité – "
        "Universitätsmedizin Berlin, Universidade de Coimbra, Université Laval) [...] The Neuramus Programme starts with a "
        "compulsory introduction session in Bordeaux at the end of August.",
        [d("2012-12-15")],
        distractors=["at the end of August (the introduction session, vague)"],
        note="a youth-opportunities site relaying a neuroscience master led from a French university: one fiche deadline",
    )
    p(
        "r15s-edbsl-lille2-doctoral-funding-2020",
        "http://edbsl.univ-lille2.fr/en/financing/doctoral-studies.html",
        "Friday 29 May 2020\nEcole Doctorale BIOLOGIE SANTE (ED n°446)\nFaculté de Médecine Pôle Recherche\n[...]\nInternational "
        "selection for foreign PhD candidate\n\nTélécharger le fichierTélécharger le fichierCall for Proposals 2020 (Lab "
        "oriented call)\n[...]\nFor both types of allocations :\n\n  • The Lien externe - Ouverture dans une nouvelle "
        "fenêtrelist of research proposals open for these allocations is published by the end of winter trimester.\n  • "
        "Admission is competitive and is achieved through a selection procedure by the scientific jury of the",
        [],
        distractors=[
            "Friday 29 May 2020 (the site's date of the day, no publication stamp)",
            "by the end of winter trimester (a publication, vague)",
        ],
        note="a doctoral school of biology and health's English funding page: the date at its top is the site's display of "
        "the day it was read, taken as no page date; the proposals' list is published at a vague time",
    )
    p(
        "r15s-europubhealth-org-deadlines-2024",
        "https://www.europubhealth.org/application-procedure/",
        "Application and Selection Procedure\n\nImportant: Erasmus Mundus Scholarships are not available for the 2024-2026 "
        "cohort as the funding of Europubhealth+ by the Erasmus+ programme is coming to an end. [...]\n\nSince 2006, "
        "Europubhealth+ has been selected four times by the European Union for Erasmus Mundus funding. Between 2020 and 2023, "
        "Europubhealth+ had delivered 88 scholarships for students from 4 cohorts. [...]\n\nAs of September 2024, the "
        "Europubhealth+ programme will continue with:\n[...]\nApplication deadlines\n\n24. January 2024 (23:00 pm CET): results "
        "released mid-March\n27. March 2024 (23:00 pm CET): results released mid-May\n7. May 2024 (23:00 pm CET): results "
        "released mid-June; recommended for European students only or students who do not need a visa.\n\nFor visa reasons, we "
        "strongly recommend applicants who will need a visa to study in their first year country to apply before the 27 March "
        "2024.\n[...]\nApplication for 2024 intake\n\nThe application platform opens on Tuesday 21st November 2023.",
        [d("2024-01-24", "23:00"), d("2024-03-27", "23:00"), d("2024-05-07", "23:00")],
        opens="2023-11-21",
        distractors=[
            "results released mid-March, mid-May, mid-June (results, vague)",
            "As of September 2024, Between 2020 and 2023, Since 2006 (facts)",
        ],
        note="a European public-health master coordinated by a French school of public health: three deadlines written "
        "'24. January 2024' with their hour, the second repeated as a recommendation, and the platform's opening",
    )
    p(
        "r15s-europubhealth-com-deadlines-2021",
        "https://www.europubhealth.com/applications/application-procedure",
        "Application and selection procedure for the 2021 intake\n\nApplications must be submitted on, completely in English "
        "with all supporting documents uploaded.\n[...]\nApplication deadlines\n\n  • For all candidates applying for an Erasmus "
        "Mundus excellence scholarship: 13. January 2021 (23:00pm CET)\n  • For Non-European self-funded candidates applying for "
        "the University of Liege for the 1st academic year: 3. March 2021 (23:00pm CET)  one week extension: 10 March 2021 "
        "(23:00pm CET)\n  • For all candidates applying as self-funded students: 11. May 2021 (23:00pm CET)\n[...]\nSelection "
        "results are announced within 7 weeks after the application deadline. Please note that there will be a mid-term round "
        "of evaluation for candidates applying as self-funded students. Application results will be announced end of "
        "April/beginning of May 2021 for applicants who have completed and sent their application before 31 March 2021. The "
        "final deadline to submit your application as self-funded student remains 11th May.",
        [d("2021-01-13", "23:00"), d("2021-03-10", "23:00"), d("2021-05-11", "23:00")],
        distractors=[
            "3. March 2021 (given up for the one week extension)",
            "before 31 March 2021 (who gets early results, not a deadline)",
            "end of April/beginning of May 2021 (results, vague)",
        ],
        note="the same master's older page: an extended deadline replaces its first day; the mid-term round's cut-off only "
        "says whose results come early, as a review date does (a judgement: nothing must be sent by it); the final deadline "
        "is repeated without a year",
    )
    p(
        "r15s-europubhealth-emundus-krakow-2017",
        "http://emundus.izp.cm-uj.krakow.pl/",
        "Master EuroPubHealth | Application Form\n\nEuroPubHealth+ | European Master in Public Health\n[...]\nA) Application "
        "calendar and selection results for 2017-2019 cohort\n\nApplications are assessed and selection results are given after "
        "each one of the three following deadlines:\n\n  • Deadline 1 - For candidates applying for an Erasmus+:Erasmus Mundus "
        "Scholarship: 15th January 2017 (24:00 CET)  - LIST OF SELECTION RESULTS (PDF - published on 23/02/2017).\n  • Deadline "
        "2 - For candidates applying as self-funded students: 17th April 2017 (24:00 CET) - Applying before this deadline is "
        "highly recommended for Non-European candidates who need a visa to study in Europe and students looking for "
        "alternative funding sources if selected.\n  • Deadline 3 - For candidates applying as self-funded students: 6th June "
        "2017 (24:00 CET)",
        [d("2017-01-15", "23:59"), d("2017-04-17", "23:59"), d("2017-06-06", "23:59")],
        distractors=["published on 23/02/2017 (the results list's publication)"],
        note="the same consortium's application platform, run by a partner university: three numbered deadlines at 24:00 "
        "(23:59), and a results list's publication day",
    )
    p(
        "r15s-rennes-droit-europubhealth-2018",
        "https://droit.univ-rennes.fr/en/europubhealth",
        "Europubhealth +\n\nEuropubhealth + is a master degree in Law applied in the health field with an ethical scope, from "
        "the Erasmus Mundus programme. [...] this 120 ECTS 2 year-programme can begin in Master 1 either in the Public Health "
        "University of Grenade or in the Public Health University of Sheffield and be carried on in Master 2 in the Law Faculté "
        "of Rennes 1.\n[...]\nThe best applicants will be able to get a Erasmus Mundus scholarship. The deadline to apply for "
        "the scholarship is the 11th of january 2018, and the 8th of May for self-funding applications.",
        [d("2018-01-11")],
        distractors=["the 8th of May (year-less, undated page)"],
        note="a French law faculty's page on the same master: the second day of the list has no year of its own (the year is "
        "written after the first), so by the rules it gives nothing on an undated page, though a subscriber would read 8 May "
        "2018",
    )
    p(
        "r15s-idoh-no-intake-2024",
        "https://www.infectious-diseases-one-health.eu/how-to-apply-1/",
        "We inform that there will be no intake 2024-2026 to start in September 2024 and by consequence, no student new "
        "recruitment for this year in December 2023.\n[...]\nIn the case we get awarded of this new agreement from EACEA again, "
        "next recruitment of students would be organized in December 2024 only, for a 3rd run of 4 new intakes which first one "
        "would start in September 2025 (2025-2027 intake).\n\n\nIf you are still interested in applying in December 2024, check "
        "out no earlier than August 2024 for upcoming information. All relevant information will be announced here.",
        [],
        distractors=[
            "September 2024, December 2023, December 2024, September 2025, August 2024 (months, vague)",
        ],
        note="an infectious-diseases and One Health joint master with French partners: no intake, and only months for a "
        "possible next recruitment",
    )
    p(
        "r15s-graduate-plus-muskle-m2-scholarships",
        "https://graduate-plus.fr/?p=16892",
        "GRADUATE + LYON St.ETIENNE UNIVERSITIES\n\nExcellence Scholarships\nMuSkLE Graduate Programme\n2nd year of Master\n\n"
        "Call for applications from  April 02 to June 03\n\n \n\nWe are pleased to announce the launch of the Excellence "
        "Scholarship Campaign for students who wish to attend one of the Masters 2 of the MuSkLE Graduate Program.\n\nAbout the "
        "MuSkLE Graduate Programme\n\nThe MuSkLE Graduate Program aims at training students in the fields of Biology, "
        "Biomechanics, Health, Kinesiology, Medicine, Physiology, Sport sciences.",
        [],
        distractors=["from April 02 to June 03 (the call's window, year-less, undated page)"],
        note="a university graduate programme's master scholarships in musculoskeletal health: the window has no year on an "
        "undated page, so neither its opening nor its closing can be placed",
    )
    p(
        "r15s-labex-primes-master-scholarship-2021",
        "https://primes.universite-lyon.fr/labex-primes/site-francais/navigation/formation/stages-master-du-labex/master-scholarship-program/",
        "Master scholarship program\n\nResearch Master Internship 6 months\n\nInternational Master fellowship call for the "
        "2021-2022 academic year - criteria and procedure\nApplicant must be currently studying out of France and not be a "
        "french citizen. [...]\nThe application is done by the host laboratory. To check internship availability amongst the "
        "LabEx PRIMES teams, please click here\nThe pre-selected candidate must send a CV, a transcript of the current and "
        "previous years as well as a recommendation letter. These documents must be sent to the LabEx by the host laboratory "
        "for December 1st 2021.\n\nTraining & Research Master Internship 12 months\n\nLabex PRIMES Master scholarship 12 months "
        ": sept. 2022-aug. 2023",
        [d("2021-12-01")],
        distractors=["sept. 2022-aug. 2023 (the scholarship's span)"],
        note="a research cluster's master scholarships in medical imaging and physics for health: the candidate's file is "
        "sent by the host laboratory, still the candidature (kind application, a judgement); the second programme's months "
        "are its span",
    )
    p(
        "r15s-uca-membiomed-2026-2028-periods",
        "https://life.univ-cotedazur.eu/international/membiomed/how-to-apply",
        "Erasmus Mundus Joint Master : MemBioMed\nExciting news for future leaders in biology of Biomembranes research and "
        "industry!\nApplications for the 2026-2028 MemBioMed Cohort will open from November 1st, 2025.\n[...]\nApplication "
        "periods\n1st Period : November 1st, 2025 to January 31st, 2026 (3 months)\nThis is the main application window!Around "
        "90% of the cohort will be selected during this period, so applying early will give you the best chance of securing a "
        "spot.\n[...]\n2nd Period : February 15th, 2025 to March 15th, 2026 (1 month)\nA smaller window with only 10% of places "
        "left.If you miss the first period, you can still apply here, but be aware that competition will be much tougher.\n"
        "[...]\n⚠️ Applications for the 2026-2028 MemBioMed Cohort will open from November 1st, 2025. ⚠️ Application link on the "
        "eMundus plateformed will be published on this website on November 1st, 2025 |",
        [d("2026-01-31"), d("2026-03-15")],
        opens="2025-11-01",
        distractors=[
            "February 15th, 2025 (the second period's start, a typo for 2026: a second opening, not scored)",
            "will be published on this website on November 1st, 2025 (the link's publication, the same day as the opening)",
        ],
        note="a university's Erasmus Mundus master in membrane biology for health: two application periods, each closing "
        "on a deadline; the second period's start year is misprinted (its '1 month' says 2026), and only the first opening is "
        "scored",
    )
    p(
        "r15s-uca-membiomed-2025-opening-deadline",
        "https://life.univ-cotedazur.eu/international/erasmus-mundus-joint-master-membiomed/how-to-apply",
        "Erasmus Mundus Joint Master : MemBioMed\nExciting news for future leaders in biology of Biomembranes research and "
        "industry!\nApplication process for the (2‑year) MemBioMed Erasmus Mundus Joint Master will open from January 6th 2025.\n"
        "[...]\n⏰ Applications OPENING DATE:\nJanuary 6th, 2025\nFor M1 only\n⚠️Applications DEADLINE:\nApril 6th, 2025 (23:00, "
        "Paris time)\nFor M1 only\n▶️ EMJM MemBioMed Master's programme START DATE: September 2025",
        [d("2025-04-06", "23:00")],
        opens="2025-01-06",
        distractors=["START DATE: September 2025 (the programme's start, vague)"],
        note="the same master's page for the previous cohort: labels on their own lines after emoji, the opening said twice",
    )
    p(
        "r15s-nanomed-uparis-scholarships-2024",
        "https://nanomed.u-paris.fr/scholarships/",
        "IMPORTANT INFORMATION: The NANOMED consortium is currently applying for a new period of Erasmus Mundus funding. The "
        "European Commission shall provide its decision in July 2024. As a consequence, the programme cannot guarantee any "
        "Erasmus Mundus scholarship for the students applying to the programme for the next intake. The consortium will thus "
        "operate as follows:\n\n  • the selection process will take place as usual (opening of the call on November 15, 2023, "
        "deadline on January 15, 2024);\n  • in case NANOMED gets a new period of Erasmus Mundus funding, those who were "
        "selected will get the Erasmus Mundus scholarship.",
        [d("2024-01-15")],
        opens="2023-11-15",
        distractors=["in July 2024 (the Commission's decision, vague)"],
        note="a university's Erasmus Mundus master in nanomedicine: the call's opening and deadline in brackets",
    )
    p(
        "r15s-beinpm-precision-medicine-2021",
        "https://www.beinprecisionmedicine.eu/apply/",
        "All applications should be submitted through our online system and meet the given deadline(s). Paper applications or "
        "applications sent by electronic mail will not be taken into account.\n\n\nApplication have to be submitted no later "
        "than the 15th of april 2021, before 11:59 PM. There is a two-rounds selection campaign.\nThe 1st round is a "
        "preselection stage. [...]\nCandidates applying for an Erasmus Mundus Joint Master Degree scholarship: interviews will "
        "be performed between the 1st and the 15th of March, 2020 ;\nCandidates applying under a self-funding scheme: "
        "interviews will be performed from the beginning of April to the end of May, 2020.",
        [d("2021-04-15", "23:59")],
        distractors=[
            "between the 1st and the 15th of March, 2020 (interviews)",
            "from the beginning of April to the end of May, 2020 (interviews, vague)",
        ],
        note="an Erasmus Mundus master in precision medicine with a French partner: one deadline with its hour; the "
        "interviews' dates are a year older than the deadline (a page half updated) and are events either way",
    )
    p(
        "r15s-neurasmus-emundus-call-closed-2012",
        "http://emundus-neurasmus.univ-bordeaux.fr/",
        "Erasmus Mundus Master NEURASMUS : Application Form\n\n[update: 28/03/2012]\n\nWELCOME !\n\n[...]\n\n2012 EMMC APPLICATION "
        "CALL is closed.\n\nAcess to the e-form is unavailable until the next application call.\n\nNext application call i.e. "
        "for the 2013 EMMC edition will be published in September 201.\n\n[...]\n\nIn order to access and complete the "
        "electronic application form, please follow the instructions given below without forgetting to attach the required "
        "documents.",
        [],
        page_date="2012-03-28",
        distractors=[
            "[update: 28/03/2012] (update stamp)",
            "in September 201. (a truncated year, a publication, vague)",
        ],
        note="the same neuroscience master's application platform at a French university: the call is closed; the next "
        "call's month has a truncated year",
    )
    p(
        "r15s-uca-imagein-2025",
        "https://life.univ-cotedazur.fr/international/imagein/application-and-registration-to-emjm-imagein",
        "Application process for the (2‑year) ImAGEin Erasmus Mundus Joint Master will open from January 6th 2025.\n⏰ Deadline "
        "for applications: April 6th, 2025, 23:00, Paris time (UTC+01:00) ⏰ - For M1 only\nHow to apply\nTiming for the "
        "2025-2027 Cohort\nSelection and admission process\nRequirements\nParticipation costs and scholarships\n[...]\nAPPLY HERE "
        "on the E-candidat plateform\n- Documents needed for the online application on eCandidat:",
        [d("2025-04-06", "23:00")],
        opens="2025-01-06",
        distractors=["2025-2027 Cohort (years)"],
        note="a university's Erasmus Mundus master in ageing biology: an opening in prose and a deadline with its hour and "
        "its zone written as an offset",
    )
    p(
        "r15s-neurodata-master-2025",
        "https://www.neurodata-master.org/online-application",
        "Student application call\n\nThe application period for a scholarship to join our Master Program in NeuroData will "
        "open soon! All applications should be submitted through our online system and meet the deadline. [...]\n\nThe "
        "application system will be open from November 15th 2024, to February 5th 2025 (SUBMISSION DEADLINE). Any application "
        "submitted after February 05th, 2025, will be automatically rejected.\n\nWe remind you that the English test (IELTS – "
        "TOEFL – CAE – CPE) is mandatory to join our programme. Upon review and evaluation of their application by the "
        "selection committee, selected students will be contacted for an interview in early March. The final results of the "
        "selection will be published in April 2025.",
        [d("2025-02-05")],
        opens="2024-11-15",
        distractors=["in early March (interviews, vague)", "in April 2025 (results, vague)"],
        note="an Erasmus Mundus master in neuroscience data: a window with its role in capitals after the closing, said "
        "again as the day after which files are rejected",
    )
    p(
        "r15s-tethys-amu-master-sante-oran-2010",
        "https://tethys.univ-amu.fr/en/node/270",
        "Master international de la santé\n\nMonday, 4 January, 2010\nNational\n\nEn savoir plus sur le projet :\n\n- Document de "
        "présentation\n\nLe Projet :\nLe Master « Sciences de la Santé et du Développement » a été créé afin de proposer une "
        "spécialité recherche et/ou professionnalisant dans le domaine de la pathologie humaine, dirigée tout particulièrement "
        "vers les Pays du Sud.\n[...]\nCe programme permet à des étudiants du Sud de grande qualité de se former sur place dans "
        "le cadre d’un programme d’enseignement co-construit ; l’enseignement du Master « Sciences de la Santé et du "
        "Développement » est dispensé, dune part, depuis Marseille vers Oran en visioconférence, d’autre part, en présentiel à "
        "l’Université d’Oran.",
        [],
        page_date="2010-01-04",
        distractors=["Monday, 4 January, 2010 (the entry's date)"],
        note="a Mediterranean university network's page on a health master run between Marseille and Oran: a stamp only",
    )
