"""Round 8 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r8f-neurocampus-frc-neurodon-2024",
        "https://bordeaux-neurocampus.fr/en/?p=160774",
        "AAP FRC Neurodon 2024\n\nEnds on 5 October 2023\n\n"
        "La Fédération pour la Recherche sur le Cerveau (FRC) et ses membres lancent leur Appel à Projets 2024 en "
        "recherche fondamentale et clinique en relation avec les pathologies neurologiques et psychiatriques sur le "
        "thème : « Les mécanismes sous-tendant les symptômes communs aux maladies du cerveau ».",
        [d("2023-10-05")],
        note="a research campus relaying a brain-research federation's call; 'Ends on' under the call's title is not a "
        "listed cue, labelled by what a subscriber needs: the listing's end date is the call's closing",
    )
    p(
        "r8f-neurocampus-labex-brain-2017-extended",
        "http://www.bordeaux-neurocampus.fr/fr/divers/toutes-les-communications/com-2017/aap-scient-proj.html",
        "Call for Application LabEx BRAIN 2017\n\nThe deadline is extended to June 10th at 2 pm\n\nLe 15 février 2017\n\n"
        "Download this PdF file here...\n\nApplication form\n\nThe LabEx BRAIN launches its 5th call for proposal, in order "
        "to deepen and enlarge intra Bordeaux Neurocampus collaborations.\n\n All the scientific topics aiming at "
        "improving our knowledge in neuroscience are eligible to this open call for proposal. Nevertheless, the LabEx "
        "BRAIN scientific areas of excellence remain priorities.\n\nEligibility Criteria\n\n"
        "  1. The project should involve partners from at least 2 different institutes (or research units) of Bordeaux "
        "Neurocampus.\n  2. Only one application per person\n  3. Projects can last up to 2 years\n"
        "  4. The maximum amount of the project is 120k€",
        [d("2017-06-10", "14:00")],
        page_date="2017-02-15",
        distractors=["Le 15 février 2017 (the post's date)"],
        note="a laboratory of excellence's internal call; the extended deadline is year-less and takes its year from "
        "the post's date; the first deadline is not written",
    )
    p(
        "r8f-occitanie-europe-rare2030",
        "https://occitanie-europe.eu/appel-a-propositions-pour-projet-pilote-rare-2030-etude-sur-les-maladies-rares",
        "Programme et titre de l’appel à propositions\nProjet pilote de la DG SANTE : Rare 2030 - Etude anticipatoire "
        "pour l'élaboration de politiques sur les maladies rares\nRéférence de l’appel\nPP-1-2-2018\n"
        "Date limite de dépôt des candidatures\n15 mai 2018 17h\nObjectif du programme\nDans l'UE, une maladie est "
        "considérée comme rare si elle n'affecte pas plus d'une personne sur 2 000.\n[...]\nL'objectif de ce projet "
        "pilote est de proposer des scénarios de politiques durables dans le domaine des maladies rares pour la période "
        "2020-2030",
        [d("2018-05-15", "17:00")],
        note="a regional EU office relaying a Commission pilot call: a fiche whose label ('Date limite …') is on the line "
        "above its value; '2020-2030' is a period, not a date",
    )
    p(
        "r8f-fdf-grandir-en-cultures-2020",
        "https://www.fondationdefrance.org/fr/grandir-en-cultures",
        "Appel à projets\n\nGrandir en cultures\n\nDate limite de dépôt du dossier : 21 octobre 2020\n\n"
        "Contact : culture@fdf.org\n\nDonner aux enfants les moyens d’agir\n\nAvertissement\n\n"
        "Les conséquences de l’épidémie de Covid 19 sur le secteur culturel associatif d’une part, et le nombre important "
        "de projets reçus en 2019 justifiant de financements pluriannuels, d’autre part, nous ont conduits à redéfinir "
        "nos priorités d’intervention.  C’est pourquoi en 2020 l’appel à projets « Grandir en cultures » sera "
        "exclusivement réservé aux quelques territoires suivants :\n\n"
        "  • Le Grand Est fortement impacté par la crise sanitaire\n"
        "  • Les régions centre (hors Paris et Ile de France) et Grand-Ouest les moins dotées en\n    2019\n"
        "  • Les départements d’Outre-mer",
        [d("2020-10-21")],
        note="a foundation's call page (the 2020 version of the stored page); a fiche line 'Date limite de dépôt du "
        "dossier'",
    )
    p(
        "r8f-federationsolidarite-vsst-2022",
        "https://federationsolidarite.org/category/appels-a-projets/page/6",
        "APPEL À PROJETS POUR LA PRÉVENTION ET LA LUTTE CONTRE LES VIOLENCES SEXISTES ET SEXUELLES AU TRAVAIL\n\n"
        "Le Ministère de l’égalité entre les femmes et les hommes, de la diversité et de l’Egalité des chances lance un "
        "appel à projets pour prévenir et lutter contre les violences sexistes et sexuelles au travail.\n[...]\n"
        "Cet appel est ouvert aux personnes morales à but non lucratif (associations régies par la loi de 1901, "
        "partenaires sociaux, fondations, établissements publics, etc.…). Les candidatures sont ouvertes du 13 "
        "septembre au 10 octobre 2022.",
        [d("2022-10-10")],
        opens="2022-09-13",
        distractors=["la loi de 1901 (a law's year)"],
        note="a federation's listing relaying a ministry's call: a window after 'candidatures' gives the opening and the "
        "deadline",
    )
    p(
        "r8f-alpshpb-abstracts-2024",
        "https://www.alpshpbmeeting.org/abstract-submission/",
        "Abstract Submission\n\nTimeline\n\n\n9th September 2024\n\nAbstract submission and registration opens\n\n"
        "21st October 2024\n\nAbstract submission deadline\n\n11th November 2024\n\nAbstract acceptance / rejection\n\n"
        "Abstract instructions are shown opposite, please read these carefully before making your submission.\n\n"
        "Bursaries covering the cost of meeting registration and a travel allowance will be offered to the presenting "
        "author of the highest scoring abstracts.\n\nInstructions\n\n\n  • The deadline is 21st October 2024.\n"
        "  • Maximum of ONE submissions per presenter.\n[...]\n"
        "  • Notification of acceptance/rejection of the abstracts will be emailed by 11th November 2024.",
        [d("2024-10-21")],
        opens="2024-09-09",
        distractors=["11th November 2024 (acceptance / rejection, twice: an event)"],
        note="a surgical meeting's call for trainees' abstracts: a timeline whose labels are on the line after each date",
    )
    p(
        "r8f-sbr2024-late-breaking",
        "https://sbr2024.org/late-breaking-abstracts",
        "Late-Btreaking Abstract submission closes on May 1, 2024\nAbstract Submission Guidelines\n\n"
        "Before beginning your abstract submission process, please have the following information ready:\n\n"
        "  • Presenting Author's Contact Information and Affiliation.\n  • Co-Author Names and Affiliations.\n[...]\n"
        "TRAVEL AWARDS\nA number of top abstracts submitted by trainees (graduate students, medical students, postdocs, "
        "and fellows) will be considered for Travel Awards. If the presenting author (first author) is a trainee, when "
        "submitting the abstract, please select whether you would like the abstract to be considered for a Travel Award "
        'when submitting the abstract(s). Please note that Travel Awards are not available for "Late-Breaking '
        'Abstract" submission.',
        [d("2024-05-01")],
        note="a reproduction society's congress page (typo 'Btreaking' as on the page); 'submission closes on' is the "
        "call's own verb",
    )
    p(
        "r8f-fsjd-lejeune-grants-2019",
        "http://www.fsjd.org/fondation-j%C3%A9r%C3%B4me-lejeune-grants_194453",
        "Fondation Jérôme Lejeune Grants\n\nGo back to the listing\nAnnouncement sent:Yes\nNew announcement:Yes\n"
        "Organization:Foundation Jérôme Lejeune\nFinancing type:Private\nScope of funding:Interantional\n"
        "Category:Research project\nTopic: #57091\nStart:2019 Jul 1\nFSJD end:2019 Aug 3\nOfficial end:2019 Aug 10\n\n\n"
        "The main target of the Fondation Jerome Lejeune, a non profit foundation, is research into genetic diseases "
        "with intellectual disability.",
        [d("2019-08-10")],
        opens="?",
        distractors=[
            "FSJD end:2019 Aug 3 (the hospital foundation's internal date for its own researchers)",
            "Start:2019 Jul 1 (the call's start; 'Start' is not a listed opening word)",
        ],
        note="a hospital research foundation's funding listing relaying a foundation's grants; the 'year month day' "
        "shape is not among the documented formats, labelled by what a subscriber needs: the official end is the "
        "call's deadline; the internal 'FSJD end' binds only that institution's staff (a judgement)",
    )
    p(
        "r8f-ambafrance-plan-alzheimer-2015",
        "https://uk.ambafrance.org/Fondation-Plan-Alzheimer-Call-2015-Proof-of-concept-and-translational-project",
        "Fondation Plan Alzheimer Call 2015: Proof of concept and translational project grants\n\n\n"
        "In 2015, the Fondation Plan Alzheimer is launching a call for proposals to support the emergence of innovative "
        "and high risk / high pay off basic research projects in the field of Alzheimer’s disease and related disorders. "
        "Any French research group can apply to this call.\n[...]\n"
        "Teams interested in answering the call must submit a letter of intent before 23:59 on 24th June 2015 in "
        "English (see the application form for details).\n\nFor further information:\n\nPublished on 06/07/2015",
        [d("2015-06-24", "23:59", kind="letter_of_intent")],
        page_date="2015-07-06",
        distractors=["Published on 06/07/2015 (the page's date)"],
        note="an embassy's science office relaying a foundation's call; the time is written before the date; the first "
        "stage is a letter of intent",
    )
    p(
        "r8f-ean-research-fellowship-how-to-apply-2022",
        "https://www.ean.org/learn/fellowships-and-funding/research-fellowship-1/how-to-apply",
        "How to apply\n\nDeadline of application\nAugust 31, 2022\n\nImportant note: Notifications will be sent by the end "
        "of November 2022, and successful fellowship are valid retroactively from September 1, 2022, if their stay in "
        "the hosting department started earlier.\nCompleted forms and all required documents must be sent "
        "electronically to Mrs. Julia Mayer fellowship(at)\n\nHand-written or faxed applications will not be "
        "considered.\n\nAll application documents must be submitted by the deadline by email. Applicants are advised to "
        "keep a record of sending and request a read receipt.",
        [d("2022-08-31")],
        distractors=[
            "the end of November 2022 (notifications, vague)",
            "September 1, 2022 (the fellowship's retroactive start)",
        ],
        note="a European neurology society's fellowship: the label 'Deadline of application' is on the line above",
    )
    p(
        "r8f-ean-research-fellowship-2025",
        "https://www.ean.org/learn/fellowships-and-funding/research-fellowship",
        "Research Fellowship\n\nResearch Fellowship 2025\n\nApply now until 31 August 2024!\n\n\n"
        "The purpose is to support training and experience for European Neurologists in any area of basic or clinical or "
        "applied research in neuroscience. The research work must be carried out at a European academic neurological "
        "department outside the country of residence.\n[...]\n"
        "Expected to be of typically 12 months and no less than 6 months duration, to lead either to completion of a "
        "higher degree, a grant application or peer-reviewed publication.",
        [d("2024-08-31")],
        note="the same society's call page for the next year's fellowship; 'Apply now until' is a preposition cue",
    )
    p(
        "r8f-territoires-solidaires-cop-sante-2021",
        "https://www.territoires-solidaires.com/appel-projet/cop-sante-sante-resiliente-et-durable-face-aux-crises/",
        "“Cop Santé” : Santé résiliente et durable face aux crises\n\n"
        "  • Date de lancement : 17 mai 2021 | Date de clôture : 30 juillet 2021 Clôturé\n"
        "  • Financeur(s) : Région SUD Provence-Alpes-Côte d'Azur\n\n"
        "Face à la crise sanitaire liée à la Covid-19, d'une ampleur inégalée, la Région Provence-Alpes-Côte d'Azur "
        "s'est rapidement mobilisée afin de soutenir l'ensemble des acteurs du territoire régional touchés par la crise.",
        [d("2021-07-30")],
        opens="2021-05-17",
        note="a listing of a region's health call: two fiche cells on one line, 'Date de lancement' (the opening) and "
        "'Date de clôture'",
    )
    p(
        "r8f-alliancesantequebec-2022",
        "https://www.alliancesantequebec.com/lancement-de-lappel-a-propositions-2021-2022/",
        "Lancement de l’Appel à propositions 2021-2022\n\nLe 17 janvier 2022 – L’Alliance santé Québec est heureuse "
        "d’annoncer le lancement de la troisième édition de l’appel à propositions dans le cadre de son Programme de "
        "soutien au démarrage de projets* structurants en santé durable.\n[...]\nEN RÉSUMÉ \n\n"
        "Lancement officiel de l’appel à propositions: 17 janvier 2022\nAnnée d’attribution: 2021-2022\n"
        "Montant du financement par projet: maximum 25 000 $\nBudget disponible: 150 000 $\n"
        "Date limite des soumissions: 21 février 2022, 16 h\nAnnonce des résultats: 29 avril 2022\n"
        "Début du financement des projets: mai 2022\nFin du financement des projets: 30 avril 2023",
        [d("2022-02-21", "16:00")],
        opens="2022-01-17",
        page_date="2022-01-17",
        distractors=[
            "Le 17 janvier 2022 (the announcement's date; also the opening in the fiche)",
            "29 avril 2022 (results)",
            "mai 2022 (funding starts, vague)",
            "30 avril 2023 (funding ends)",
        ],
        note="a Quebec health research alliance's call summary, a fiche of labelled lines",
    )
    p(
        "r8f-avise-assist-environnement-2024",
        "https://avise.org/agenda/lassociation-assist-lance-lappel-projet-bien-vivre-dans-son-environnement",
        "Appel à projet et concours\nSanté\n\nL'association Assist lance l'appel à projet « Bien vivre dans son "
        "environnement »\n\nPublié le 19 juillet 2024\nJusqu'au 20 septembre 2024\n\n"
        "  • Date et horaires : Jusqu'au vendredi 20 septembre 2024\nL'appel à projet « Bien vivre dans son "
        "environnement » vise à accompagner le déploiement de dispositifs innovants en santé environnementale dans les "
        "territoires.\n[...]\nDoté de 250 000 euros, cet appel à projet  vise à soutenir des projets innovants ayant pour "
        "objets d’intervenir positivement sur des déterminants de santé environnementaux",
        [d("2024-09-20")],
        page_date="2024-07-19",
        distractors=["Publié le 19 juillet 2024 (the page's date)"],
        note="a social-economy agenda relaying a health call; the same day written twice after 'Jusqu'au'",
    )
    p(
        "r8f-pbe2025-abstracts",
        "https://pbe2025-budapest.org/abstract-submission/",
        "JUNE 25-28\nAbstract submission\nGuidelines for preparation and submission of abstracts\n\n"
        "The scientific program of the congress will be organized into topical sessions. The list of topics can be viewed "
        "here.\n\nDuring submission, the authors may select a topic in which the abstract most appropriately fit. "
        "However, the organisers maintain the right to redirect the abstract to another topic. Please note, that "
        "abstracts for oral presentations should be submitted not later than March 15, 2025 while the deadline for "
        "poster presentations is April 30, 2025.\n[...]\n"
        "Notification of acceptance/rejection will be sent within two weeks after the relevant deadline.",
        [d("2025-03-15"), d("2025-04-30")],
        distractors=["JUNE 25-28 (the congress, year-less on an undated page)"],
        note="a congress's call for abstracts with two deadlines by presentation type, both abstracts (application)",
    )
    p(
        "r8f-emds2024-extended",
        "https://emds2024.com/abstract-submission/",
        "Abstract Submission\n\nThe Abstract Deadline Is Over\n\nAbstract Submission Deadlines\n\n"
        "  • The deadline for abstract submission has been extended until September 4, 2024 (midnight)\n"
        "  • Notification on acceptance/rejection: September 30, 2024\n\nRules for Submission\n\n"
        "Please read the submission rules before submitting an abstract.\n\n"
        "  • Abstracts must be submitted online via the website only. ABSTRACTS SUBMITTED BY EMAIL WILL NOT BE "
        "ACCEPTED.\n[...]\n  • Abstracts must be received by the announced deadline. Abstracts received after the "
        "deadline will not be considered.",
        [d("2024-09-04", "23:59")],
        distractors=["September 30, 2024 (notification, an event)"],
        note="a congress's abstract page after an extension; only the new date is written ('extended until'), its time "
        "'midnight'",
    )
    p(
        "r8f-deccan-next-abstracts-2023",
        "https://deccan-next.in/AbstractSubmission.html",
        "ABSTRACT SUBMISSION\n| Online abstract submission opening | 01 April 2023 |\n"
        "| Deadline for abstract submission | 15 August 2023 |\n| Regular registration | 01 April – 15 August 2023 |\n"
        "| Deadline for late registration | 15 September 2023 |",
        [d("2023-08-15"), d("2023-09-15", kind="other")],
        opens="2023-04-01",
        note="a medical congress's dates table flattened to text: the late registration is attending (other); the "
        "regular registration window ends on the abstracts' day, which stays one application deadline",
    )
    p(
        "r8f-igcs-abstracts-2023",
        "https://igcsmeeting.com/submit-an-abstract/",
        "Abstract Submission & Guidelines\n\n9 January 2023\n\nAbstract Submission Opens\n\n8 May 2023\n\n"
        "Abstract & Film Submission Deadline\n\n15 June 2023\n\nAbstract & Film Notifications*\n\n"
        "Please read the Submission Guidelines carefully before submitting your abstract.\n\nKey Dates\n\n"
        "Abstract, Film & TiP Submission Opens January 9th, 2023\nAbstract & Film Submission Deadline May 8th, 2023\n"
        "Late-Breaking Abstract Submission Opens May 23rd, 2023\nAbstract & Film Notifications* June 15th, 2023\n"
        "LBA & TiP Submission Deadline August 21st, 2023\nRegistration Deadline for Abstract & Film Presenters July "
        "13th, 2023\nLBA & TiP Notifications* September 14th, 2023\nRegistration Deadline for LBA & TiP Presenters "
        "September 28th, 2023\n\n*Please note all efforts are made to send notifications by the planned date. Should "
        "there be any delays, revised dates will be posted here.",
        [
            d("2023-05-08"),
            d("2023-08-21"),
            d("2023-07-13", kind="other"),
            d("2023-09-28", kind="other"),
        ],
        opens="2023-01-09",
        distractors=[
            "15 June 2023 / June 15th, 2023 (notifications)",
            "September 14th, 2023 (notifications)",
            "May 23rd, 2023 (late-breaking abstracts open: a second opening, not the call's)",
        ],
        note="a gynaecologic oncology society's meeting: a timeline then 'Key Dates' with the label before the date; "
        "presenters' registration deadlines are other",
    )
    p(
        "r8f-icben-abstracts-2023",
        "https://icben2023.com/abstract",
        "Abstract Submission\nNovember 1, 2022 | Abstract submission open |\n"
        "February 14, 2023 | Deadline for Abstract submission |\n"
        "March 11, 2023 | Notification for Abstracts acceptance |\n[...]\nRegistration\n"
        "Registration for the congress begins on November 1st, 2022. Click this registration link for redirection to "
        "the registration form.\nYou have the option to submit abstracts and papers before finishing the registration "
        "process. Deadline for the registration fee payment is June 1st, 2023.\nAbstract submission\n"
        "For abstract submission, you can click this abstract submission link.\n"
        "Abstract submission starts on November 1st, 2022. The deadline for abstract submission is February 14th, 2023.\n"
        "You will get the notification about your abstract acceptance on March 11th, 2023.\nPaper submission\n"
        "Only after receiving notification that your abstract has been accepted may you submit your paper. For paper "
        "submission, you can click this paper submission link.\nThe deadline for full paper submission is May 7th, 2023.",
        [d("2023-02-14"), d("2023-06-01", kind="other"), d("2023-05-07", kind="other")],
        opens="2022-11-01",
        distractors=["March 11, 2023 / March 11th, 2023 (notification)"],
        note="a congress on noise and health: a flattened table, then prose; the fee payment is other; the full paper, "
        "sent only after acceptance, is labelled other (not the candidature; a judgement)",
    )
    p(
        "r8f-campusfrance-chine-mopga-2021",
        "https://chine.campusfrance.org/fr/node/416",
        "Make our Planet Great Again: bourse de séjour de recherche pour les jeunes chercheurs\n"
        "Le Ministère de l’Europe et des Affaires Etrangères (MEAE) en partenariat avec le Ministère de l’Enseignement "
        "Supérieur de la Recherche et de l’Innovation (MESRI) met en place un programme pour accueillir des jeunes "
        "chercheurs souhaitant effectuer en France leurs recherches s’inscrivant dans une approche « One Health ».\n"
        "MOPGA 4 : Programme de bourses de séjour de recherche pour jeunes chercheurs (40 bourses)\n"
        "Candidature: 8 mars - 3 mai 2021\n[...]\nQui candidate ?\nCe sont les chercheurs étrangers ayant un diplôme de "
        "doctorat depuis moins de 5 ans qui peuvent candidater à cet appel à projet.\n"
        "40 bourses seront attribuées aux jeunes chercheurs lauréats sur une période de 12 mois à compter de janvier 2022.",
        [d("2021-05-03")],
        opens="2021-03-08",
        distractors=["à compter de janvier 2022 (the grants' start, vague)"],
        note="an agency's office relaying a ministry's One Health research stays: two dates naming their month joined by "
        "a dash with the year once, after 'Candidature:' (a window)",
    )
    p(
        "r8f-ccocr-abstracts-2020",
        "http://www.ccocr.org/programme/call-for-abstracts/",
        "Participants need to register for the conference before submitting an abstract.\n\n"
        "Late Breaking Abstracts are accepted until March 13\n\n\nImportant Information for late breakers\n"
        "You cannot edit your abstract once submitted.\n[...]\nImportant Dates\n"
        "November 1, 2019        Call for abstracts opens\nFebruary 21, 2020        Abstract submission deadline\n"
        "March 13, 2020            Late breaking abstract deadline (Not eligible for travel awards and oral "
        "presentations)\nMarch 25, 2020            Notification of abstract acceptance\n"
        "April 15, 2020              Deadline for presenting authors to accept invitation to present",
        [d("2020-02-21"), d("2020-03-13"), d("2020-04-15", kind="other")],
        opens="2019-11-01",
        distractors=["March 25, 2020 (notification)"],
        note="an ovarian cancer research conference (the 2020 version of the stored page): a calendar whose words after "
        "each date decide; 'until March 13' is the same day as the late-breaking line; accepting an invitation is other",
    )
    p(
        "r8f-european-cancer-congress-lba-2022",
        "https://www.europeancancercongress.org/late-breaking-abstracts-policy-and-regulations/",
        "Late-Breaking Abstracts Policy and Regulations\n\nLate Breaking Abstract submission opens on 1 September and the "
        "deadline is 15 September 2022 09:00 pm (21:00 hrs) Central European Time (CET) \n\n\n\n"
        "  • Late-breaking abstracts should highlight novel and practice changing studies. The late-breaking abstract "
        "deadline is not intended to be merely an extension of the general submission deadline.\n[...]\n"
        "  • Abstracts from translational, Phase I or Phase II for which preliminary data were not available at the time "
        "of the abstract submission deadline of 18 June, will be considered for presentation at the EORTC-NCI-AACR 2014 "
        "Symposium.",
        [d("2022-09-15", "21:00")],
        opens="?",
        distractors=[
            "18 June (the general deadline, past and year-less on an undated page: a condition here)"
        ],
        note="a cancer congress's late-breaking rules (text partly reused from a 2014 page); the opening '1 September' "
        "has no year and is not joined to the deadline as a range, so it is not scored",
    )
    p(
        "r8f-oncology-conference-cyprus-2022",
        "https://2022.oncologyconferencecy.com/call-for-abstracts/",
        "SUBMISSION OF ABSTRACTS\n\nThe Conference Scientific Program includes oral communications and electronic posters. "
        "Those interested in presenting oral or electronic communications are invited to submit an electronic summary of "
        "their paper or their research no later than 21st of October 2022. Abstracts must be submitted ONLY online "
        "through the Conference website.\n\nYoung Investigator Awards\n\nTo encourage participation of young oncologist/ "
        "health care professionals in training, a number of awards for outstanding abstracts are going to be awarded by "
        "the Organizing Committee.\n[...]\nCriteria include:\n\n  • Must be of age 35 years or younger\n"
        "  • In training or in practice for 5 years or less",
        [d("2022-10-21")],
        note="an oncology conference's call with young investigators' awards; 'no later than' with an English ordinal "
        "'21st of October'",
    )
    p(
        "r8f-filiereorkid-groupama-innovation-sociale-2017",
        "http://www.filiereorkid.com/fondation_groupama_isolement_prix_innovation_sociale/",
        "Prix de l’innovation sociale 2017\n\nLa Fondation Groupama pour la santé les actions menées pour rompre "
        "l’isolement des personnes atteintes de maladies rares et leur famille.\n[...]\nModalités de sélection\n\n"
        "Le dépôt des dossiers se fait uniquement sur le site, en cliquant sur ce lien, au plus tard pour le 16 octobre "
        "2016 à minuit.\n\nLa remise officielle du Prix de l’Innovation sociale aura lieu lors de la cérémonie annuelle "
        "de la Fondation Groupama pour la santé, le 23 février 2017.",
        [d("2016-10-16", "23:59")],
        distractors=["le 23 février 2017 (the prize ceremony)"],
        note="a rare-disease care network relaying a foundation's prize: 'au plus tard pour le … à minuit'",
    )
    p(
        "r8f-srlf-prix-bourses-2018",
        "http://studylibfr.com/doc/4939220/modalit%C3%A9s-des-prix-et-bourses-srlf-2018-les-prix-et-bourses",
        "ModalitésdesPRIXetBOURSESSRLF2018\nLes Prix et Bourses de la Société de Réanimation de Langue Française (SRLF) "
        "ont pour but de\npromouvoir la recherche en réanimation en soutenant ou en récompensant des travaux de\n"
        "recherche originaux, conduits par des médecins ou des infirmières, dans le domaine de la\nréanimation. Cette "
        "année, ce soutien à la recherche est proposé selon les modalités suivantes :\n1. Une Bourse de Recherche "
        "Clinique SRLF d’un montant de 50 000 €, destinée à\nsoutenir la réalisation d’un travail original de recherche "
        "clinique de haut niveau en\nrelation avec la réanimation. Le mentor du candidat devra être membre de la SRLF\n"
        "depuis au moins 5 ans et à jour de ses cotisations.\n[...]\n3. Deux Bourses Master 2 SRLF d’un montant de "
        "15 000 € chacune, destinées à\nsoutenir la réalisation d’un projet de recherche portant sur une thématique de\n"
        "réanimation, par un médecin ou un(e) infirmier(e) inscrit(e) en Master 2",
        [],
        note="an intensive care society's rules for its grants, PDF text; amounts and conditions, no date",
    )
    p(
        "r8f-sofmer-allergan-reglement",
        "https://www.sofmer-app.fr/reglement/i/38129558/bourse-de-recherche-medecine-physique-et-de-readaptationsofmer-allergan",
        "BOURSE DE RECHERCHE MEDECINE PHYSIQUE ET DE READAPTATIONSOFMER - ALLERGAN\n\nRédigé le 09/10/2019\nSOFMER\n\n\n\n"
        "RÈGLEMENT\n\n1. DÉFINITIONLa Bourse annuelle de Recherche en Médecine Physique et de Réadaptation est offerte par "
        "le laboratoire ALLERGAN en partenariat avec la Société Française de Médecine Physique et de Réadaptation "
        "(SOFMER) à un docteur en Médecine, spécialiste de Médecine Physique et de Réadaptation (MPR) titulaire d’un "
        "Master 1 ou à un interne en cours de DES de MPR, titulaire d’un Master 1 pour la réalisation d’un projet de "
        "Recherche sur la thématique innovation/technologies en rééducation\n\n2. LE JURY\n\n2.1. COMPOSITION Le jury "
        "est composé sur proposition du Conseil Scientifique de la SOFMER",
        [],
        page_date="2019-10-09",
        distractors=["Rédigé le 09/10/2019 (the page's date)"],
        note="a rehabilitation society's grant rules: definitions and jury, no deadline",
    )
    p(
        "r8f-fundit-ircem-fmr",
        "https://fundit.fr/en/node/6876",
        "Appel à projets Fondation d’Entreprise IRCEM et Fondation Maladies Rares\n\n"
        "Innovations sociales et thérapeutiques pour l’amélioration de la qualité de vie des jeunes patients atteints de "
        "maladies rares et de leur famille\n[...]\nLa Fondation d’Entreprise IRCEM a, depuis 2015, un engagement fort en "
        "faveur de l’aide aux enfants et adolescents touchés par une maladie rare à travers son partenariat avec la "
        "Fondation Maladies Rares en soutenant des projets orientés vers la recherche de solutions et d’innovations "
        "sociales pour et avec les personnes concernées1.\n[...]\nAujourd’hui, la Fondation d’Entreprise IRCEM et la "
        "Fondation Maladies Rares ont décidé d’ouvrir un nouvel appel à projets visant à soutenir des projets à "
        "retombées concrètes pour l’amélioration de la qualité de vie et la prise en charge sociale des enfants et "
        "adolescents atteints de maladies rares et de leurs aidants familiaux",
        [],
        distractors=["depuis 2015 (a partnership's start year)"],
        note="a funding portal's copy of two foundations' call; the passage holds no day",
    )
    p(
        "r8f-amades-fmr-shs-2019",
        "https://amades.hypotheses.org/10652",
        "Appel à projets de recherche 2019 : « Sciences humaines et sociales & maladies rares »\n\n"
        "La Fondation Maladies Rares, organisme privé à but non lucratif, a été créée en 2012 dans le cadre du second "
        "Plan National Maladies Rares par cinq membres fondateurs.\n[...]\nLa Fondation Maladies Rares lance le septième "
        "appel à projets « Sciences humaines et\nsociales & maladies rares », en collaboration avec la Caisse Nationale "
        "de Solidarité pour\nl’Autonomie (CNSA).",
        [],
        distractors=["créée en 2012 (a year)"],
        note="a medical anthropology society's blog relaying a rare-disease foundation's call; no day in the passage",
    )
    p(
        "r8f-fondation-avenir-quand-candidater",
        "https://fondationdelavenir.org/chercheurs/quand-et-comment-candidater",
        "Nous demandons aux chercheurs de nous faire parvenir un résumé de leur projet, en suivant la structure :\n"
        "Question de recherche, hypothèses éventuelles\nRaisonnement, lien avec le contexte bibliographique\n"
        "Synthèse de la démarche scientifique, résultats attendus (avancées et horizon d’application)\n[...]\n"
        "Vous pouvez trouver par exemple ici, pour l’Appel à Projets Recherche Médicale 2023 de la Fondation de "
        "l’Avenir, la lettre d’intention qui sert de guide à la description succincte du projet.\n"
        "Pour évaluer et sélectionner les projets de recherche, les premiers critères d’évaluations de la Fondation "
        "sont :\nLes candidatures sont analysées par un conseil scientifique indépendant",
        [],
        note="a foundation's how-to-apply page: a letter of intent is named but no date is given",
    )
    p(
        "r8f-clement-drevon-2024",
        "https://clementdrevonfondation.org/soumettre-un-projet",
        "Appel à projets 2024\nEn 2024, se fondant sur ses statuts, la Fondation Clément Drevon (FCD) financera, en "
        "soutien d’un co-financement, 3 catégories de projets pour un montant total de 300 000 € comprenant les "
        "enveloppes locales et régionales.\n- Catégorie N°1 : recherche médicale (fondamentale, clinique, "
        "translationnelle), dans la limite de 4 dossiers : 170 000 €\n[...]\n- Catégorie N°2 : mobilité des jeunes "
        "chercheurs, dans la limite de 4 dossiers : 80 000 €\n[...]\nCritères d'exclusion\nLa Fondation refuse toute "
        "demande liée au financement de formations diplomantes (DU, Master, etc.) ou à l'organisation de congrès, de "
        "séminaires ou d'évènements ponctuels.",
        [],
        note="a foundation's call page: categories and amounts, a year but no day",
    )
    p(
        "r8f-sfpediatrie-prix-recherche-2025",
        "https://www.sfpediatrie.com/actualites?page=1",
        "Les candidatures pour les prix de recherche SFP peuvent maintenant être déposées sur une nouvelle plateforme de "
        "soumission de dossiers en ligne.\nDès à présent, vous pouvez :\n- Consulter les prix proposés et leurs critères "
        "d'éligibilité : 17 prix proposés en 2025 avec 3 nouveaux prix supplémentaires : le prix du GFRUP, le prix "
        "SFP-Théodore Fondation Arsene et le prix SFP-fin de thèse 3ème année.\n- Prendre connaissance du planning des "
        "candidatures, avec une date limite de dépôt fixé au 16 mars à minuit.\nLa structure du dossier scientifique "
        "reste inchangée par rapport aux années précédentes.\n[...]\nLa SHIP, en partenariat avec la SFP, lance un appel "
        "à projets destiné aux internes en pédiatrie : le prix « Jeune Reporter SHIP-SFP ».\nVotre mission ? Créer, lors "
        "du congrès de la SHIP à Lille (jeudi 16 et vendredi 17 janvier 2025), de courtes vidéos percutantes",
        [],
        distractors=[
            "16 mars à minuit (the prizes' deadline, year-less on an undated page: unresolvable)",
            "jeudi 16 et vendredi 17 janvier 2025 (a congress)",
        ],
        note="a paediatrics society's news listing; by the rules the year-less deadline gives nothing on an undated "
        "page, although the same post names 2025 and a subscriber would want 16 March 2025 (documented limit)",
    )
    p(
        "r8f-cerf-master-2",
        "https://cerf.radiologie.fr/recherche/cursus-recherche/master-2",
        "Le master 2 constitue une opportunité unique pour les internes en radiologie de se plonger dans l’univers de la "
        "recherche médicale à temps plein pendant 1 année. Le cursus combine une formation théorique de haut niveau, "
        "typiquement de Septembre à Décembre validée par un examen théorique. Il s’en suit une période de stage pratique "
        "de Janvier à Juin, permettant de mener un projet au sein d’un laboratoire d’accueil. Cette période en "
        "laboratoire est classiquement prolongée jusqu’à fin Octobre pour les internes afin de se recaler sur la "
        "rotation des stages hospitaliers. La soutenance du projet validant l’obtention du diplôme de master 2 est "
        "classiquement en Juin voire en Septembre pour certains master.",
        [],
        distractors=["jusqu’à fin Octobre (a lab period, vague; not a sending)"],
        note="a radiology teachers' college guide to the research year: months only, 'jusqu'à fin Octobre' is vague and "
        "about a stay, not a sending",
    )
    p(
        "r8f-ckhdp-satellite-2017-grants",
        "http://satellite2017.ckhdp.org/grants.php",
        "The organization will have several scholarships available for a) young researchers from emerging countries and "
        "b) young underrepresented minority and disabled investigators in the U.S.A.\n\nThe scholarship consists of 2 "
        "nights complimentary housing at the conference headquarter's hotel and free registration.\n\nScholarships will "
        "only be provided to authors of an accepted abstract. Please indicate in the abstract submission form whether "
        "you wish to apply for a scholarship. There are no separate scholarship application forms.\n\nWe expect to send "
        "out scholarship selection outcome notifications in February 2017. As the submission deadline is 31 January, "
        "this could take up to 4 weeks, but we will do our best to handle the reviews as quickly as possible.",
        [],
        distractors=[
            "31 January (the abstracts' deadline, year-less on an undated page)",
            "February 2017 (notifications, vague)",
        ],
        note="a satellite meeting's scholarships; the deadline is year-less and the page undated, so by the rules "
        "nothing (a subscriber would read 31 January 2017 from 'February 2017')",
    )
    p(
        "r8f-ssai-travel-grants",
        "https://www.ssai.ch/en/travel-grant/travel-grant-3/",
        "SSAI TRAVEL GRANTS FOR YOUNG INVESTIGATORS\nThe SSAI supports young investigators in Allergology and Immunology, "
        "as well as FAMH Trainees in Immunology, to present their data at national and international conferences and "
        "develop their careers.\n[...]\n- Applications must be submitted by individuals before the meeting takes place "
        "and\nbefore the designated submission deadlines: February 1st, June 1st,\nand October 1st.\n[...]\n"
        "- Applications must be submitted as a single PDF file via e-mail to office@ssai.ch\nbefore the meeting and "
        "within the annual submission deadlines: February 1st, June 1st, and October 1st.",
        [],
        distractors=[
            "February 1st, June 1st, October 1st (recurring year-less deadlines on an undated page)"
        ],
        note="a Swiss allergy and immunology society's travel grants: recurring deadlines without a year on an undated "
        "page are unresolvable",
    )
    p(
        "r8f-espghan-yia",
        "https://www.espghan.org/research-funding/Annual-Meeting-Young-Investigator-Award",
        "Annual Meeting Young Investigator Award\n\nPurpose and scope\n\nPurpose and scope: The ESPGHAN Annual Meeting "
        "Young Investigator Award (YIA) is intended to support expenses for Young Investigators (including AHP, "
        "Trainees,  Scientists, and non ESPGHAN members) who have had an abstract accepted for presentation at the "
        "ESPGHAN Annual Meeting. \n\nSpecification: The grant will help cover the travel, Visa application and "
        "accommodation costs within host meetings countries.\n[...]\nAmount: up to EUR 1.000,00 \n\nEligibility\n\n"
        "  • The applicant should be a young investigator / clinician with less than ten years in the sub-speciality",
        [],
        note="a paediatric gastroenterology society's travel award: conditions and amounts, no date",
    )
    p(
        "r8f-fondation-arc-prix-jeunes-chercheurs",
        "https://fondation-arc.org/espace-chercheur/les-prix-jeunes-chercheurs",
        "Espace Chercheur\n\nLes Prix Jeunes Chercheurs\n\nLes Prix Jeunes Chercheurs sont remis à l’issue des Journées "
        "Jeunes Chercheurs en cancérologie (JJC), événement annuel de rencontre entre jeunes chercheurs, donateurs, "
        "testateurs, et équipes de la Fondation ARC. La 27e édition des JJC s’est tenue les 12 et 13 octobre 2023, à "
        "Paris.  \n\nDécouvrez les Journées Jeunes Chercheurs 2023\n\nAu cours de ces 10 dernières années, nous avons "
        "engagé 100 millions d’euros pour accompagner la poursuite de carrière de profils scientifiques et médicaux, "
        "qu’ils soient en Master 2, en Doctorat, ou en Postdoctorat.",
        [],
        distractors=["les 12 et 13 octobre 2023 (a past event)"],
        note="a cancer foundation's prizes page: a past meeting, nothing to send",
    )
    p(
        "r8f-allafrica-bgf-madagascar-2022",
        "https://fr.allafrica.com/stories/202204210496.html",
        "Les inscriptions en ligne sont ouvertes pour les étudiants malgaches inscrits en thèse désirant obtenir des "
        "bourses en France. Les candidats retenus séjourneront deux à trois mois dans l'Hexagone pour effectuer des "
        "travaux de recherche relatifs à leur projet de thèse.\n[...]\nEtapes. Les candidats auront jusqu'au 1er mai "
        "pour déposer les dossiers de candidature qui se font exclusivement en ligne. Ils seront classés et évalués par "
        "une commission franco-malgache selon quatre catégories.\n[...]\nLa liste des candidats admissibles sera "
        "communiquée par cette commission à un entretien, fin mai. Les candidats retenus présenteront leur projet au "
        "jury, en visio-conférence et sur rendez-vous, début juin. Les résultats définitifs seront par contre publiés "
        "mi-juin.",
        [],
        distractors=[
            "jusqu'au 1er mai (the deadline, year-less; the stored page shows only a month, 2022-04, not a day)",
            "fin mai, début juin, mi-juin (interviews, jury, results: vague)",
        ],
        note="the press relaying an embassy's doctoral mobility grants; page_date is null because the stored copy gives "
        "only a month, so the year-less deadline is unresolvable by the rules (a subscriber would want 1 May 2022)",
    )
    p(
        "r8f-fondation-avenir-legs-bourses-2016",
        "http://www.fondationdelavenir.org/legs-recherche-oeil/",
        "La Fondation propose quatre bourses d’étude pour aider les jeunes scientifiques à devenir chercheurs\n\n"
        "Soutenir les chercheurs de demain, grâce aux legs\n\nPublié le 12/07/2016 Temps de lecture : 3 min\n\n"
        "Depuis 2014, la Fondation de l’Avenir propose quatre bourses d’étude pour aider les jeunes médecins, "
        "pharmaciens, vétérinaires ou scientifiques à devenir chercheur.\n\nMené sur trois ans, le doctorat de sciences "
        "apporte à la formation médicale initiale de nouvelles compétences en techniques de recherche, communication des "
        "travaux et transmission des connaissances.\n[...]\nEn 2016, une première bourse en ophtalmologie a été attribuée "
        "à Romain Bocheux",
        [],
        page_date="2016-07-12",
        distractors=["Publié le 12/07/2016 (the page's date)"],
        note="a foundation's news on doctoral grants funded by bequests: a report, nothing to send",
    )
    p(
        "r8f-uroweb-eusp-scholarships",
        "https://uroweb.org/education/scholarships",
        "Eligibility for the programmes\n\nApplicants for the EUSP Scholarships must be EAU members who are urologists, "
        "urologists-in-training, or urology-associated basic scientists. All projects and/or visits must be conducted in "
        "a European institution. A candidate is eligible for one grant only, except in case of a short visit in "
        "preparation of a one-year scholarship.\nA host centre may not organise two or more EUSP visits at the same "
        "time.\nFurther conditions for application can be found in the description of each programme.\n\n"
        "Important dates\n\nEvery year, there are three deadline dates for the scholarship application: 1st of January, "
        "1st of May, and 1st of [...]",
        [],
        distractors=[
            "1st of January, 1st of May (recurring year-less deadlines on an undated page)"
        ],
        note="a European urology association's scholarships; the stored excerpt stops mid-list; recurring year-less "
        "deadlines give nothing",
    )
    p(
        "r8f-handirect-lejeune-coup-de-main",
        "https://www.handirect.fr/appel-a-projet-coup-de-main-de-la-fondation-jerome-lejeune/",
        "La Fondation Jérôme Lejeune est une fondation de recherche médicale sur les déficiences intellectuelles "
        "d’origine génétique, reconnue d’utilité publique par décret du 20 mars 1996.\n\nConsciente des difficultés du "
        "quotidien rencontrées par la personne déficiente intellectuelle et sa famille, la Fondation veut apporter son "
        "soutien aux associations dont l’esprit d’initiative et le sens du concret sont au service de la personne "
        "déficiente intellectuelle.\n\nLa Fondation lance ainsi deux appels à projets par an, intitulés « Coup de main ». "
        "Les projets retenus devront répondre, en général, à la mise en oeuvre de la loi du 11 février 2005",
        [],
        distractors=["décret du 20 mars 1996 (a decree)", "la loi du 11 février 2005 (a law)"],
        note="a disability magazine relaying a foundation's calls: legal texts' dates, no deadline",
    )
    p(
        "r8f-fondationlejeune-printemps-engouement-2024",
        "https://www.fondationlejeune.org/appel-a-projets-de-printemps-un-engouement-pour-la-recherche/",
        "Appel à projets de printemps : un engouement pour la recherche\n\nRecherche trisomie 21\nActualités\n"
        "13 Mar 2024 Appel à projets de printemps : un engouement pour la recherche\n\nLa Fondation Jérôme Lejeune a "
        "lancé comme chaque année son appel à projets de printemps dédié à la recherche sur la trisomie 21 et "
        "pathologies associées, ainsi qu’aux autres déficiences intellectuelles d’origine génétique. 87 projets ont été "
        "réceptionnés le 4 mars dernier : une augmentation de 28% par rapport à l’année 2023, témoignant de la renommée "
        "croissante de la Fondation dans ce secteur de la recherche.\n[...]\nAinsi, les candidatures reçues ce 4 mars "
        "concernent pour un tiers la trisomie 21",
        [],
        page_date="2024-03-13",
        distractors=[
            "13 Mar 2024 (the news date)",
            "le 4 mars dernier / ce 4 mars (the day the projects were received, past: not a deadline)",
        ],
        note="a foundation's news after its call closed: the receipt day is told, nothing is to be sent any more",
    )
    p(
        "r8f-lejeunefoundation-fall-grants-today",
        "https://www.lejeunefoundation.org/apply-now-for-fall-grants-deadline-august-10-2/",
        "Last call to apply for fall grants – deadline today!\n\nIf you are a researcher focused on Down syndrome and "
        "other intellectual disabilities of genetic origin appearing in early childhood, don’t miss the chance to apply "
        "for a grant from the Jerome Lejeune Foundation! The deadline for fall grant applications is today, August 10. "
        "The Scientific Advisory Board of the Jerome Lejeune Foundation invites you to submit your research project\n[...]\n"
        "The spring call for proposals (from mid-January to early March) will be dedicated to both Down syndrome and "
        "other rare intellectual disabilities of genetic origin",
        [],
        distractors=[
            "August 10 (the deadline, year-less on an undated page)",
            "from mid-January to early March (the spring call, vague)",
        ],
        note="the foundation's US branch's reminder; by the rules a year-less deadline on an undated page gives nothing",
    )
    p(
        "r8f-research-fondationlejeune-call-closed",
        "https://www.research.fondationlejeune.org/call-for-projets/",
        "Twice a year, the Jerome Lejeune Foundation launches calls to support fundamental, translational and clinical "
        "research projects that will strengthen the understanding, deepen the knowledge and/or will explore new "
        "therapeutic approaches for Down syndrome and other genetic diseases with intellectual disability.\n\n"
        "The Spring call is aiming at supporting fundamental, translational and clinical research programs related to "
        "intellectual deficiencies of genetic origin solely, with the exclusion of Trisomy 21, while the Autumn call is "
        "exclusively dedicated to Trisomy 21 research. \n\nCall will open mid-January 2025\n\n \n\nDeadline: call closed",
        [],
        distractors=["mid-January 2025 (the next opening, vague)"],
        note="the foundation's research site between calls: a vague opening and 'Deadline: call closed' without a date",
    )
    p(
        "r8f-carenews-fondation-vocation",
        "https://www.carenews.com/fr/news/2850-etudiants-appel-a-projets-de-la-fondation-de-la-vocation",
        "Étudiants : appel à projets de la Fondation de la Vocation\nIls sont 5 000 candidats à tenter chaque année, "
        "depuis 1986, de devenir l'un des 20 boursiers de la vocation, nom de cette fondation originale créée par Marcel "
        "Bleustein-Blanchet, fondateur de l’agence Publicis. Les candidatures peuvent être déposées jusqu'au 31 mai.\n\n"
        "8 000 pour les 20 jeunes âgés de 18 à 30 ans, boursiers de la vocation, promotion annuelle complétée selon les "
        "circonstances par 4 000 euros pour les boursiers de l'espérance",
        [],
        distractors=["jusqu'au 31 mai (year-less on an undated page)", "depuis 1986 (a year)"],
        note="a philanthropy news site relaying a foundation's grants for young people; the deadline is unresolvable",
    )
    p(
        "r8f-eortc-ebcc12-late-breaking",
        "https://conferences.eortc.org/ebcc12/call-for-abstracts/",
        "Late-breaking abstracts describe the latest advances that will change our daily clinical practice. They should "
        "highlight novel and practice-changing studies. Focus is placed on capturing abstracts with ground-breaking and "
        "unique data that would not otherwise have been presented at the Conference.\n\n[...]\n"
        "Important note:\n\nThe late-breaking abstract deadline is not an extension of regular abstract submission "
        "deadline.\n\nNo placeholder abstract(s) need to be submitted by the regular abstract deadline.",
        [],
        note="a breast cancer conference's late-breaking rules: deadlines named, none dated",
    )
    p(
        "r8f-fondation-alzheimer-12-projets-2025",
        "https://www.fondation-alzheimer.org/12-nouveaux-projets-prometteurs-finances-en-2025-par-la-fondation-alzheimer-dont-9-avec-le-soutien-de-malakoff-humanis",
        "Chaque année, la Fondation Alzheimer soutient des projets de recherche essentiels pour mieux comprendre, "
        "diagnostiquer, prévenir et traiter la maladie d’Alzheimer. En 2025, douze nouveaux projets particulièrement "
        "prometteurs ont été sélectionnés par notre Conseil scientifique international. Leur financement qui débutera le "
        "1er janvier 2026, permettra aux équipes de recherche de réaliser leurs travaux dans les meilleures conditions.\n"
        "[...]\nEn 2025, elle a lancé plusieurs appels à projets :\n- Récompenser personnellement les chercheurs pour leur "
        "engagement fort dans la recherche sur la maladie\n- Les Prix Joël Ménard destinés aux plus jeunes, 5000€ chacun",
        [],
        distractors=["le 1er janvier 2026 (the funding's start)"],
        note="a foundation's news on its laureates: a start of funding, nothing to send",
    )
