"""Round 6 of the real passages (schools and unions): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r6s-uca-lshs-contrats-doctoraux-2024",
        "https://lshs.ed.uca.fr/financement-doctoral/contrat-doctoral-allocations-ministerielles/procedure-dattribution-des-contrats-doctoraux-en-ed-lshs",
        "• L’École doctorale LLSHS dispose pour l'année 2024-2025 d’un contingent de 7 contrats doctoraux.\n"
        "• La campagne de recrutement opère en deux temps. Il y a d’abord une expertise effectuée sur dossier, puis une audition.\n"
        "• Le doctorant dépose en juin un dossier, le calendrier exact est communiqué aux directeurs de recherche quelques semaines auparavant et affiché sur le site.\n"
        "• Le dossier est expertisé par deux professeurs ou maître de conférences HDR, étrangers au laboratoire d’accueil du candidat.\n"
        "• Le candidat est ensuite invité à se présenter durant la première semaine de juillet à une audition. Il présentera sont projet de thèse en 15 minutes "
        "et répondra pendant dix minutes aux questions du jury.\n"
        "• Les résultats sont connus au plus tard le lendemain du jury.\n"
        "• Les candidats à l’un des 7 contrats doctoraux offerts par l’École doctorale des Lettres, Langues, Sciences Humaines et Sociales devront déposer en ligne "
        "leur dossier de candidature du 1 juin 2024 00:00:00 au 30 juin 2024 23:59:59\n"
        "• Les auditions pour le choix définitif des candidats retenus auront lieu le jeudi 4 juillet 2024 à la Maison des Sciences de l’Homme de Clermont-Ferrand (Amphi 220).",
        [d("2024-06-30", "23:59")],
        opens="2024-06-01",
        distractors=[
            "en juin (the general rule, a month)",
            "la première semaine de juillet (hearings, vague)",
            "jeudi 4 juillet 2024 (hearings)",
            "2024-2025 (academic year)",
        ],
        note="a doctoral school's contract campaign: the window after what is sent gives the opening and the deadline; '23:59:59' is kept as 23:59",
    )
    p(
        "r6s-ehesp-parcours-doctoral-sante-travail-2021",
        "https://www.ehesp.fr/recherche/doctorat/parcours-doctoral-national-en-sante-travail/mode-demploi-pour-candidater-au-parcours-doctoral-national-en-sante-travail/",
        "Les candidatures sont réservées aux doctorants s’inscrivant en 1ère année de thèse. Le dossier du candidat doit satisfaire aux critères de recrutement de "
        "L’École doctorale (ED) de rattachement.\n"
        "La date limite de dépôt du dossier en ligne est fixée au 31/05/2021 à midi. 1 à 2 contrats doctoraux seront attribués cette année.\n"
        "[...]\n"
        "Les candidatures aux contrats doctoraux sont réservées aux étudiants titulaires d’un master ou d’un diplôme équivalent, n’ayant pas de contrat de travail "
        "et démarrant une thèse à la rentrée universitaire 2021. Elles sont ouvertes sans limite d’âge, de date du diplôme ou de nationalité.\n"
        "Auditions\n"
        "Les candidats retenus seront convoqués pour une audition qui se tiendra le 5 juillet 2021.",
        [d("2021-05-31", "12:00")],
        distractors=[
            "rentrée universitaire 2021 (a condition on the thesis start, a year)",
            "5 juillet 2021 (hearing)",
        ],
        note="a school of public health's national doctoral programme: 'date limite ... fixée au' with 'midi'",
    )
    p(
        "r6s-ecoledesponts-inscriptions-doctorat-2021",
        "https://www.ecoledesponts.fr/doctorat-lancement-campagne-inscriptions-reinscriptions-2021-2022",
        "Doctorat : lancement de la campagne inscriptions & réinscriptions administratives 2021/2022\n"
        "01 juillet 2021\n"
        "La campagne inscriptions/réinscriptions administratives est officiellement ouverte !\n"
        "Elle se fait en mode 100% dématérialisé, via la plateforme logicielle ADUM\n"
        "INSCRIPTIONS 1A & URGENCES :  du 1er juillet au 30 avril 2022\n"
        "Attention : cette démarche n’est valable que si le futur doctorant a déjà pris contact avec une direction de thèse et qu’il est titulaire d'un master "
        "ou d'un diplôme équivalent\n"
        "RÉINSCRIPTIONS 2A ET + : du 1er septembre au 30 novembre 2021\n"
        "Pour rappel\n"
        "[...]\n"
        "• Une année universitaire commence le 1er septembre et se termine le 31 août.\n"
        "[...]\n"
        "• Il est recommandé de commencer à renseigner son dossier en ligne dès le mois de juin pour qu’il prenne effet et soit rapidement validé en septembre "
        "de l’année universitaire suivante.",
        [d("2022-04-30", kind="other"), d("2021-11-30", kind="other")],
        opens="?",
        page_date="2021-07-01",
        distractors=[
            "01 juillet 2021 (post date)",
            "1er septembre .. 31 août (the academic year in general)",
            "dès le mois de juin, en septembre (vague)",
        ],
        note="an engineering school's doctoral office: two administrative enrolment windows (kind other); the first starts the year before its end "
        "(1 July 2021 to 30 April 2022). Two windows open on two days, so the opening is not scored",
    )
    p(
        "r6s-assas-reinscription-4e-annee-doctorat-2024",
        "https://assas-universite.fr/fr/formations/candidatures/doctorat/reinscription-partir-4e-annee-doctorat-procedure-derogatoire",
        "Réinscription à partir de la 4e année de doctorat (procédure dérogatoire)\n"
        "Année 2024-2025 : la procédure se déroule du lundi 17 juin 2024 au lundi 8 juillet 2024 (si le comité de suivi s'est tenu avant le 5 juillet 2024) "
        "puis du lundi 2 septembre 2024 au lundi 21 octobre 2024 (si le comité de suivi s'est tenu après le 5 juillet 2024)\n\n"
        "Arrêté du 25 mai 2016 : « Le renouvellement de l'inscription en doctorat est obligatoire en début de chaque année universitaire jusqu'à la soutenance "
        "y compris les doctorants contractuels ou les doctorants en cotutelle » (art.11).\n\n"
        "1ère étape : demande de réinscription\n"
        "Vous devez établir directement votre demande de réinscription via la plateforme de candidature de l'université.",
        [d("2024-07-08", kind="other"), d("2024-10-21", kind="other")],
        opens="?",
        distractors=[
            "5 juillet 2024 (twice: a condition on when the follow-up committee met)",
            "25 mai 2016 (a text)",
        ],
        note="a university's doctoral re-enrolment: two windows for an administrative step (kind other); which one applies depends on the committee's date",
    )
    p(
        "r6s-ed-sfa-unice-reinscription-2020",
        "http://www.ed-sfa-unice.fr/?q=node/63",
        "Procédure d'évaluation en vue de la ré-inscription en 2ème année et 3ème année de thèse\n\n"
        "Dates limites de réinscription :\n\n"
        "à l'Ecole doctorale le 24 octobre 2020 - à l'Université le 31 octobre 2020\n\n"
        "Les ré-inscriptions à l'école doctorale se font sur ADUM\n\n"
        "Une nouvelle inscription administrative est obligatoire chaque année (arrêté du 25 mai 2016 article  14) sous peine d'être considéré comme ayant abandonné "
        "la thèse. Aucune thèse ne peut être soutenue si le candidat n'est pas régulièrement inscrit au titre de l'année en cours.\n\n"
        "[...]\n\n"
        "Pour obtenir l'autorisation de renouveler son inscription à l'ED.SFA, le doctorant doit constituer le dossier ci-dessous et le déposer au plus tard au 24 octobre :",
        [d("2020-10-24", kind="other"), d("2020-10-31", kind="other")],
        distractors=["25 mai 2016 (a text)"],
        note="a doctoral school's re-enrolment: two dates after one cue ('Dates limites'), both administrative steps (kind other); "
        "the year-less '24 octobre' further down is the same day as the full date",
    )
    p(
        "r6s-tricoteuses-ecn-2023-2024-inscription",
        "https://legal.tricoteuses.fr/articles/JORFARTI000046534223",
        "Article 1 AUTONOME (Arrêté du 31 octobre 2022 portant ouverture des épreuves classantes nationales anonymes donnant accès au troisième cycle des études "
        "de médecine au titre de l'année universitaire 2023-2024)\n\n"
        "Les épreuves classantes nationales anonymes donnant accès au troisième cycle des études de médecine au titre de l'année universitaire 2023-2024 sont "
        "organisées selon le calendrier suivant :\n\n"
        "- la période d'inscription est fixée du 3 janvier 2023 au 2 février 2023 ;\n"
        "- les unités de composition mentionnées à l'alinéa 3 de l'article 7 de l'arrêté du 20 juillet 2015 susvisé se dérouleront les 19 juin 2023 de 14 h 30 "
        "à 17 h 30, 20 juin 2023 de 9 heures à 12 heures et 20 juin 2023 de 14 h 30 à 17 h 30 ;\n"
        "- deux unités de composition d'une lecture critique d'articles scientifiques mentionnées à l'alinéa 4 de l'article 7 de l'arrêté du 20 juillet 2015 "
        "précité se dérouleront le 21 juin 2023 de 9 heures à 12 heures.",
        [d("2023-02-02")],
        opens="2023-01-03",
        distractors=[
            "31 octobre 2022 (the decree's date)",
            "20 juillet 2015 (a decree)",
            "19, 20 and 21 juin 2023 with hours (the exams)",
        ],
        note="the national classing exams that open the internship: registering for the competition is the candidature (as the pharmacy internat of round 5), "
        "so the registration window gives the opening and an application deadline",
    )
    p(
        "r6s-marcourt-examen-entree-medecine-2019",
        "https://www.jeanclaudemarcourt.be/modalites-de-lexamen-dentree-en-medecine-et-dentisterie/",
        "Modalités de l’examen d’entrée en médecine et dentisterie\n\n"
        "Le Gouvernement de ce mercredi 16 janvier adopte l’avant-projet d’arrêté fixant les modalités d’organisation de l’examen d’entrée et d’accès aux études "
        "de premier cycle en sciences médicales et dentaires pour l’année académique 2019-2020.\n\n"
        "Il se base sur les propositions formulées par l’ARES. Le premier examen aura ainsi lieu en date du 10 juillet 2019. Les inscriptions seront limitées au "
        "20 juin 2019. Une deuxième épreuve est fixée au 4 septembre 2019 avec une clôture des inscriptions en date du 19 août 2019.",
        [d("2019-06-20"), d("2019-08-19")],
        distractors=[
            "mercredi 16 janvier (the government's meeting, no year)",
            "10 juillet 2019, 4 septembre 2019 (the two exams)",
        ],
        note="a Belgian minister's release on the entrance exam to medicine: registering is the candidature. 'Les inscriptions seront limitées au' is not among "
        "the rules' cues (labelled by what a subscriber needs); the second is 'clôture des inscriptions'",
    )
    p(
        "r6s-auf-bourses-doctorat-europe-centrale-2009",
        "https://fr.doczz.net/doc/5132142/bourses-de-doctorat-bureau-europe-centrale-et-orientale",
        "BOURSES DE DOCTORAT\n"
        "Bureau Europe Centrale et Orientale\n"
        "Bourses de mobilité francophones\n"
        "Programme « Renforcement de l'excellence universitaire,\n"
        "partenariats et relations avec les entreprises»\n"
        "AGENCE UNIVERSITAIRE DE LA FRANCOPHONIE\n"
        "2009-2010\n"
        "RÈGLEMENT\n"
        "Appel régional à candidatures ouvert du 1er avril au 5 juin 2009\n"
        "[...]\n"
        "2. CONDITIONS DE CANDIDATURE\n"
        "Le(la) candidat(e) doit :\n"
        "• être francophone,\n"
        "[...]\n"
        "• avoir moins de 40 ans au plus tard à la date de clôture de l'appel à candidatures,",
        [d("2009-06-05")],
        opens="2009-04-01",
        distractors=["2009-2010 (the programme's year)"],
        note="a university agency's doctoral mobility grants: the call's own window gives the opening and the deadline; the age condition names no date",
    )
    p(
        "r6s-unipd-hild-summer-school-2014",
        "https://www.dissgea.unipd.it/hild-selection-en",
        "Selection criteria\n\n"
        "The Summer School is open to international students who will be evaluated and admitted on a competitive basis.\n"
        "The School Directors will award a participation grant to 20 participants. 10 full Scholarships and 10 half scholarships are available.\n"
        "Students wishing to apply for a scholarship must state so in their motivation letter or when submitting their application folder.\n\n"
        "The School general application deadline is February 28th 2014.\n"
        "Please note that students applying for a scholarship must submit their application folder by December 18th 2013 (the call is now closed).",
        [d("2014-02-28"), d("2013-12-18")],
        note="a university summer school in English: the general deadline and an earlier one for scholarship applicants; "
        "'(the call is now closed)' says the earlier one is past, it is still the day that was due",
    )
    p(
        "r6s-upicardie-edsts-calendrier-2024",
        "https://edsts.u-picardie.fr/faq-edsts-0",
        "Les offres de thèse (sujets, contacts, modalités de candidature) sont diffusées via ADUM et Campus France sous le lien suivant :\n"
        "https://adum.fr/as/ed/proposition.pl?site=stsupjv\n"
        "Les sujets sont déposés sur ADUM par les directeurs de thèse à partir du 2/04/2024.\n"
        "Les candidatures sont validées ou refusées par le Directeur de thèse et le Directeur d’Unité de recherche avant le 10/05/2024 pour les allocations "
        "Région Hauts-de-France et avant le 10/06/2024 pour les allocations MESRI.\n"
        "[...]\n"
        "Les candidats validés seront convoqués en audition de recrutement vers le 16/05/2024 pour les allocations Région Hauts-de-France et vers 20/06/2024 "
        "pour les allocations MESRI.\n"
        "Les auditions auront lieu : 28 et 29/05/2024 pour les allocations Région Hauts-de-France et vers 26 et 26/06/2024 pour les allocations MESRI.",
        [d("2024-05-10", kind="other"), d("2024-06-10", kind="other")],
        opens="?",
        distractors=[
            "2/04/2024 (supervisors start posting subjects; not the candidates' opening)",
            "vers le 16/05/2024, vers 20/06/2024 (invitations, approximate)",
            "28 et 29/05/2024, 26/06/2024 (hearings)",
        ],
        note="a doctoral school's FAQ: the only dated steps before the hearings are the supervisors' validation of the candidatures (kind other, as the "
        "rules' 'validation of applications by thesis directors'); a candidate must have applied before them, but the page gives no candidate's own date. "
        "The opening is the supervisors' step, not scored",
    )
    p(
        "r6s-letudiant-mon-master-phase-desistement-2023",
        "https://www.letudiant.fr/etudes/3es-cycles-et-masters/mon-master-trois-options-pour-les-candidats-sans-formation-a-la-fin-de-la-phase-dadmission.html",
        "Mon master : trois options pour les candidats sans formation à la fin de la phase d'admission\n"
        "[...]\n"
        "Par Dahvia Ouadia, publié le 21 juillet 2023\n"
        "4 min\n\n"
        "La phase d’admission de la plateforme Mon master se termine ce vendredi 21 juillet 2023, à 23h59. Pour autant, rien n’est perdu pour les candidats "
        "encore en attente ou dont les dossiers ont été refusés. Trois options s’offrent à vous. L’Etudiant fait le point.\n"
        "[...]\n"
        "1. Hiérarchiser les vœux de masters encore en attente\n\n"
        "À la fin de la phase d’admission, vous devez considérer que vous n’êtes pas admis dans les formations pour lesquelles vous êtes en attente. Cependant, "
        'à partir du 22 juillet, vous pouvez participer à la "phase de désistement" qui fait office de phase complémentaire.\n\n'
        'Pendant cette phase, vous pouvez avoir des propositions d’admission pour vos places sur liste d’attente que vous avez conservées. "Ces propositions '
        'sont le fruit de désistement d’autres candidats", précise la plateforme.\n\n'
        "Pour participer à cette phase, vous devez hiérarchiser vos vœux en liste d’attente du 22 au 25 juillet.",
        [d("2023-07-21", "23:59", "other"), d("2023-07-25", kind="other")],
        opens="?",
        page_date="2023-07-21",
        distractors=["publié le 21 juillet 2023 (publication stamp)"],
        note="press on the national master platform: ordering the wishes ('vœux') by 25 July is a step of kind other; the end of the admission phase is when a "
        "held proposal must be accepted (a confirmation, kind other), labelled by what a subscriber needs since 'phase' is not among the call's own subjects. "
        "'à partir du 22 juillet' opens the withdrawal phase, not scored",
    )
    p(
        "r6s-ssipimg-choix-de-stages-2025",
        "https://www.ssipimg.com/linternat/formation/stages",
        "Vendredi 4 Avril 2025\n"
        "CHOIX DE STAGES\n"
        "Jeudi 9 Octobre 2025\n"
        "Terrains de stage semestre été 2025\n"
        "1ère année\n"
        "2ème année\n"
        "3ème année\n"
        "Procuration\n"
        "[...]\n"
        "Le jour des choix, on vous fournit la liste des postes ouverts, mais qui peuvent être téléchargeables sur le site internet de l’ARS.",
        [d("2025-04-04", kind="other"), d("2025-10-09", kind="other")],
        distractors=["semestre été 2025 (a semester)"],
        note="a local general-practice interns' union: the two days of the choice of posts framed by the heading 'CHOIX DE STAGES' (kind other, the rules' "
        "'choix de stage'); the layout puts one date above the heading and one below, so this is labelled by what an intern needs",
    )
    p(
        "r6s-eur-paris13-apply-2024",
        "https://eur.univ-paris13.fr/en/apply",
        "Apply to the Graduate school\n\n"
        "Two call for applications each year\n\n"
        "1/ Apply for the Master’s program (M1 or M2) :\n"
        "These calls are open to students holding a bachelor’s degree or equivalent, or expecting to graduate,  in the EUR disciplines, before the start of the program :\n\n"
        "• A first call from October 16th, 2023 to February 23rd, 2024 (11:59 pm, French time) aimed primarily at international students.\n"
        "[...]\n"
        "• A 2nd call from March 1st, 2024 to May 10th, 2024 (11:59 p.m., French time) aimed primarily at students currently studying in France and Europe, as well as\n"
        "international students from countries not conserned by the Études en France procedure (but all applications will be considered).\n"
        "• DUE TO A TECHNICAL PROBLEM, OUR APPLICATION SITE IS CURRENTLY CLOSED ON MAY 10, 2024. YOU WILL BE ABLE TO RECONNECT ON MAY 11 AND 12 TO FINALIZE "
        "AND/OR SUBMIT YOUR APPLICATION.\n"
        "[...]\n"
        "2/Apply for the PhD program :\n"
        "[...]\n"
        "• From December 2023 to March 2024, contact us, we will introduce your CV to our labs;",
        [d("2024-02-23", "23:59"), d("2024-05-12")],
        opens="?",
        distractors=[
            "May 10th, 2024 (11:59 p.m.) (the second call's end, extended by the notice below)",
            "MAY 10, 2024 (the site was closed that day)",
            "From December 2023 to March 2024 (contacting the school, months)",
        ],
        note="a graduate school's two master calls; the second was extended in a notice ('you will be able to reconnect on May 11 and 12 to ... submit'), "
        "a form the rules' postponed-deadline words do not cover and whose days have no year of their own (the year is in the same sentence). "
        "Labelled by what a subscriber needs: 12 May 2024 replaces 10 May. Two openings, not scored",
    )
    p(
        "r6s-ehess-genre-inscriptions-doctorat-2022",
        "https://eur-genre-sexualite.eu/category/actualite-doctorat/page/2",
        "Inscriptions en doctorat\n"
        "- Session 1 : inscriptions du 16 mai au 1er juillet 2022\n"
        "- Session 2 : inscriptions du 5 septembre au 18 octobre 2022\n"
        "Etape 1 : Obtenir l’accord d’un·e enseignant·e chercheur·e habilité·e à diriger des thèses\n"
        "Les étudiant·es désirant s’inscrire en doctorat doivent prendre directement contact avec une directrice ou un directeur et lui remettre leur dossier "
        "comprenant notamment leur curriculum vitae, la lettre de motivation et un projet de thèse, et les documents administratifs [...].\n"
        "Après l’obtention de l’accord du directeur ou de la directrice, ils ou elles doivent s’inscrire sur eCandidat. [...]\n"
        "Etape 2 : Déposer sur l’application eCandidat le dossier de candidature dématérialisée\n"
        "Après avoir obtenu l’accord pour une inscription en doctorat ou en année préparatoire au doctorat (APD), vous pouvez déposer un dossier de candidature sur eCandidat.",
        [d("2022-07-01"), d("2022-10-18")],
        opens="?",
        note="a graduate school's doctoral admission: each session is a window for the candidature file on eCandidat (application), "
        "the start of a range takes its end's year; two sessions open on two days, so the opening is not scored",
    )
    p(
        "r6s-uphf-disability-doctoral-contracts-2022",
        "https://uphf.fr/en/research/doctoral-school/doctoral-students/disability-doctoral-contracts",
        'Applications will be examined by the Scientific Committee "Doctorate Disability", composed of scientific and pedagogical advisors placed at the '
        "General Directorate of Higher Education and Professional Integration. Requests for extension will be examined according to the same procedures as the initial applications.\n"
        "[...]\n"
        "2022 timeline for instructional operations\n"
        "- January 25, 2022: informational webinar for doctoral schools\n"
        "- Wednesday, March 30, 2022 at 12:00 noon to Monday, May 23, 2022 inclusive: application submission\n"
        "- End of June: transmission of results with confirmation request",
        [d("2022-05-23")],
        opens="2022-03-30",
        distractors=[
            "January 25, 2022 (a webinar)",
            "End of June (results, vague)",
        ],
        note="a university's English page on the national disability doctoral contracts: a window labelled 'application submission'; "
        "the noon belongs to the opening day, the last day is 'inclusive' with no time",
    )
    p(
        "r6s-umontpellier-hdr-campagne-2021",
        "https://www.umontpellier.fr/recherche/etudes-doctorales-et-hdr/hdr",
        "La procédure d’habilitation à diriger des recherches à l’Université de Montpellier s’organisent en deux campagnes selon le calendrier suivant :\n\n"
        "Attention : les personnels bi-appartenant et praticiens hospitaliers relevant des UFR Médecine, Pharmacie et Odontologie peuvent uniquement candidater "
        "lors de la campagne de printemps.\n\n"
        "• Dépôt électronique, uniquement, du dossier de candidature à l’HDR le 1er décembre 2021 à midi dernier délai par courriel. Aucune modification ne pourra "
        "être apportée après cette date. [...]\n"
        "• La DRED transmet les dossiers de candidature aux écoles doctorales  pour examen préliminaire des candidatures et proposition des rapporteurs le 7 décembre 2021.\n"
        "• Retour des avis des écoles doctorales sur les candidatures à la DRED courant janvier 2022.\n"
        "• Examen des candidatures et proposition des rapporteurs au Président par la Commission de la Recherche siégeant en formation restreinte aux titulaires "
        "de l’HDR courant janvier 2022.\n"
        "• Communication des décisions d’inscription aux candidats par la DRED fin janvier 2022.",
        [d("2021-12-01", "12:00")],
        distractors=[
            "7 décembre 2021 (the research office forwards the files)",
            "courant janvier 2022 (twice, vague)",
            "fin janvier 2022 (decisions, vague)",
        ],
        note="a university's habilitation campaign: what is sent ('Dépôt ... du dossier de candidature') with 'à midi dernier délai'; the later steps are the administration's",
    )
    p(
        "r6s-psl-student-initiatives-fall-2021",
        "https://psl.eu/en/news/call-student-initiatives-give-life-your-clubs-and-organizations",
        "Call for student initiatives: give life to your clubs and organizations\n\n"
        "Do you want to run a scientific expedition, a performance, an exhibition? The call for student initiatives can help you make them your projects a reality. "
        "Deadline for applications: November 20, 2021.\n\n"
        "[...]\n\n"
        "To stimulate your imagination and meet future partners: come to the Agora on Saturday, October 23!\n\n"
        "[...]\n\n"
        "Applications should be sent between October 20 and November 20",
        [d("2021-11-20")],
        distractors=[
            "Saturday, October 23 (a meeting, no year)",
            "between October 20 and November 20 (the same window without a year, undated page)",
        ],
        note="a university's call for student initiatives: the fiche line gives the deadline; the year-less window at the end is unresolvable, "
        "so the opening (20 October) is null by the rules though a reader would take 20 October 2021",
    )
    p(
        "r6s-nsco-doctoral-contract-2025",
        "https://nsco.universite-lyon.fr/doctoral-contract/doctoral-contract-2024-147312.kjsp?RH=15610454225267532",
        "Doctoral contract 2025\n\n"
        "Doctoral contracts are awarded following a competitive recruitment process focussing on specific research subjects\n\n"
        "[...]\n\n"
        "Recruitment calendar 2025\n\n"
        "Wednesday 30 April 2025 : Deadline for submission of thesis offers by thesis directors via ADUM\n"
        "Until 30 May 2025 : Students can contact the supervisors to discuss the doctoral project in preparation for the competition\n"
        "Saturday 31 May 2025 : Deadline for application\n"
        "Friday 06 June 2025 : Deadline for validation of applications by thesis directors\n"
        "Tuesday 10 June 2025 : Deadline for validation of applications by lab directors\n"
        "Monday 23 June 2025 : Pre-selection commitee (Composition of pre-selection commitee communicated as soon possible)\n"
        "Friday 27 June 2025 : Deadline for communication of definitive marks of Master\n"
        "Wednesday 2 and Thursday 03 July 2025 : Final selection committee (Composition of final selection commitee communicated as soon as possible)\n"
        "Monday 1 September 2025 : Retirement of non financed offers and applications",
        [
            d("2025-04-30", kind="other"),
            d("2025-05-31"),
            d("2025-06-06", kind="other"),
            d("2025-06-10", kind="other"),
            d("2025-06-27"),
        ],
        distractors=[
            "Until 30 May 2025 (students may contact supervisors: nothing is sent)",
            "Monday 23 June 2025 (pre-selection committee)",
            "Wednesday 2 and Thursday 03 July 2025 (final committee)",
            "Monday 1 September 2025 (offers withdrawn)",
        ],
        note="a doctoral school's English calendar, the 2025 page beside the 2024 one of round 1: supervisors' and lab directors' steps are kind other; "
        "the final marks are sent by the candidate to complete the candidature (application)",
    )
    p(
        "r6s-juriblio-internat-pharmacie-etranger-2021",
        "https://juriblio.fr/arretes/arrete-du-17-aout-2020/176472746",
        "Par arrêté du ministre des solidarités et de la santé en date du 17 août 2020, le concours d'internat en pharmacie à titre étranger, accessible aux "
        "pharmaciens autres que les ressortissants des Etats membres de l'Union européenne, d'un autre Etat partie à l'accord sur l'Espace économique européen, "
        "de la Principauté d'Andorre ou de la Confédération suisse, est ouvert au titre de l'année universitaire 2021-2022.\n"
        "La période d'inscription est fixée du 1er au 30 septembre 2020.\n"
        "Les épreuves se dérouleront à l'espace Jean Monnet, 47, rue des Solets, 94533 Rungis, aux dates fixées ci-après :\n"
        "- épreuve de questions de connaissance générale le 15 décembre 2020 à 11 heures ;\n"
        "- épreuve d'exercices d'application le 15 décembre 2020 à 15 h 30 ;\n"
        "- épreuve des dossiers thérapeutiques et biologiques le 16 décembre 2020 à 9 h 30.\n"
        "Les candidats s'inscrivent sur le site dédié, accessible depuis le site internet du Centre national de gestion (www.cng.sante.fr) pendant la période d'inscription.",
        [d("2020-09-30")],
        opens="2020-09-01",
        distractors=[
            "17 août 2020 (the decree's date)",
            "15 décembre 2020 à 11 heures, à 15 h 30, 16 décembre 2020 à 9 h 30 (exams)",
        ],
        note="a legal database's copy of the decree opening the pharmacy internat for foreign pharmacists: the registration window is the candidature",
    )
    p(
        "r6s-institutfrancais-ge-dfms-2018",
        "http://institutfrancais.ge/fr/about-us/events/les-inscriptions-pour-candidature-au-dfms-et-au-dfmsa-sont-dsormais-ouvertes-pour-la-campagne-de-recrutement-2018-2019/",
        "Les inscriptions pour candidature au DFMS et au DFMSA sont désormais ouvertes pour la campagne de recrutement 2018-2019\n\n"
        "Les candidats à des DFMS et DFMSA doivent nécessairement être titulaires d’un diplôme permettant l’exercice de la médecine ou de la pharmacie dans leur "
        "pays d’origine ou leur pays de résidence.\n\n"
        "Pour pouvoir vous inscrire en DFMS, les médecins et/ou pharmaciens étrangers doivent être en cours de formation médicale ou pharmaceutique spécialisée "
        "dans leur pays d’origine ou de résidence et avoir au minimum encore deux semestres de fonctions hospitalières à effectuer au 1er novembre 2018.\n\n"
        "[...]\n\n"
        "Les dossiers de candidature, complets et établis en un exemplaire, doivent être remis au Service culturel de l’Ambassade avant le 15 janvier 2018 "
        "(cachet de la poste faisant foi dans le cas d’un envoi postal). Il revient à chaque candidat de déposer un dossier complet.\n\n"
        "[...]\n\n"
        "Les candidats déclarés recevables, informés par l’Université de Strasbourg, adressent à cette dernière, au plus tard le 15 avril 2018, pour chaque "
        'université postulée, le "dossier 2"',
        [d("2018-01-15"), d("2018-04-15")],
        distractors=["1er novembre 2018 (a condition: semesters still to do at that date)"],
        note="a French institute abroad relays a faculty's specialised-training diplomas for foreign doctors: the file, then a second file for those declared "
        "admissible; both are the candidature (application), the second not a first stage",
    )
    p(
        "r6s-u-paris2-reinscription-2e-annee-2023",
        "https://www.u-paris2.fr/fr/formations/candidatures/doctorat/reinscription-en-2e-annee-de-doctorat",
        "Réinscription en 2e année de doctorat\n\n"
        "Formations\n"
        "Réinscription en 2e année de doctorat\n"
        "Année 2023-2024 : la procédure se déroule du lundi 12 juin 2023 au vendredi 7 juillet 2023 puis du mercredi 30 août 2023 au vendredi 20 octobre 2023\n\n"
        "Article 11 de l’arrêté du 25 mai 2016\n\n"
        "Le renouvellement de l'inscription en doctorat est obligatoire en début de chaque année universitaire jusqu'à la soutenance (y compris les doctorants "
        "contractuels ou les doctorants en cotutelle).",
        [d("2023-07-07", kind="other"), d("2023-10-20", kind="other")],
        opens="?",
        distractors=["25 mai 2016 (a text)"],
        note="a university's doctoral re-enrolment, two windows for an administrative step (kind other), with 'procédure se déroule' as the only cue",
    )
    p(
        "r6s-bureau-internes-caraibes-fst",
        "https://www.bureau-internes-caraibes.org/index.php/fst/",
        "Démarches\n\n"
        "Le nombre de postes est déterminé par arrêté ministériel. Pour candidater l’étudiant doit:\n\n"
        "• Avertir le coordonnateur local de son souhait de FST\n\n"
        "• Transmettre un CV et une lettre de motivation comprenant le projet professionnel et l’intérêt pédagogique de la FST dans ce projet auprès de la commission locale\n\n"
        "• Il dépose sa demande avant le 30 juin auprès du coordonnateur local de la spécialité.\n\n"
        "Le circuit\n\n"
        "Les dossiers de candidatures seront :\n\n"
        "• Pré-instruits par la commission locale de coordination du DES\n\n"
        "• Classés en fonction de la cohérence et la qualité du projet professionnel",
        distractors=["avant le 30 juin (a yearly deadline with no year, undated page)"],
        note="an interns' office in the Caribbean on transversal trainings (FST): a standing deadline without a year gives nothing on an undated page",
    )
    p(
        "r6s-sihp-docteur-junior-these-2021",
        "https://sihp.fr/article.php?CleArticle=590",
        "Certaines et certains d’entre vous terminent bientôt leur phase d’approfondissement et se posent probablement beaucoup de questions sur le statut de "
        "Docteur Junior et notamment sur les choix de stages.\n"
        "Vous pouvez d’ores et déjà retrouver pas mal d’informations dans cet article sur le site de l'ISNI.\n"
        "Pour rappel, ce qu’il est primordial de bien savoir:\n"
        "Pour être Docteur Junior (et être payé comme tel), il faut impérativement avoir PASSE sa thèse avant sa prise de poste, c’est-à-dire au plus tard le "
        "31 octobre 2021 pour les phases de conso de l’an prochain ! Il est quasi-impossible d’obtenir des dérogations sur ce principe et la conséquence est : "
        "invalidation du stage et poste de FFI (avec la rémunération qui va avec…). Vigilance et anticipation donc !",
        distractors=[
            "au plus tard le 31 octobre 2021 (a condition: the thesis must have been defended by then)"
        ],
        note="an interns' union on the junior-doctor status: 'avoir passé sa thèse ... au plus tard le' is a condition, nothing is sent by that day",
    )
    p(
        "r6s-paris8-fablitt-prix-solennels-these",
        "https://fablitt.univ-paris8.fr/Prix-solennels-de-these",
        "Prix solennels de thèse\n"
        "La chancellerie décerne chaque année des prix solennels de thèse, allant de 1000 à 10 000 €, toutes disciplines confondues.\n"
        "Les prix solennels récompensent l’excellence de la valeur universitaire et scientifique d’une thèse de doctorat soutenue au cours de l’année civile "
        "précédant l’année d’attribution. Ils s’adressent aux étudiants franciliens en droit et sciences politiques, sciences économiques et de gestion, médecine, "
        "sciences, pharmacie, lettres et sciences humaines ayant soutenu leur thèse dans l’un des établissements suivant :\n"
        "[...]\n"
        "Les dossiers de candidature doivent être déposés auprès des établissements dans lesquels les étudiants étaient inscrits au moment de la soutenance de "
        "leur thèse. Les établissements présentent les candidatures qu’ils souhaitent à la chancellerie.",
        note="no date: a doctoral school relays the chancellery's thesis prizes and sends candidates to their own institution",
    )
    p(
        "r6s-ulille-theses-exercice-inscription",
        "https://medecine.univ-lille.fr/theses_commencer/",
        "Pour commencer sa thèse\n\n"
        "S'inscrire en thèse\n\n"
        "Le candidat doit être inscrit à l’Université de Lille pour l’année en cours à la date de soutenance de thèse (inscription entre la mi-septembre et la "
        "mi-novembre). Cela vaut également pour les étudiants issus de l’Institut Catholique de Lille. Une réinscription nécessitera une autorisation spéciale.\n"
        "Les internes ayant validé leur D.E.S. mais n’ayant pas soutenu leur thèse devront s’inscrire en année de thèse.",
        distractors=["entre la mi-septembre et la mi-novembre (enrolment window, vague)"],
        note="a faculty's thesis office: the enrolment window is given by halves of months only",
    )
    p(
        "r6s-clisp-inter-chu",
        "http://clisp.fr/inter-chu/",
        "L’inter-CHU est un stage réalisé en dehors de la subdivision d’origine.\n"
        "Vous pouvez demander à réaliser jusqu’à deux inter-CHU au cours de votre internat en ayant au préalable, validé deux stages dans votre propre subdivision.\n\n"
        " Une exception est faite pour les internes d’Antilles-Guyane et Océan Indien qui peuvent effectuer la moitié de leurs stages hors de leur subdivision "
        "d’origine et pour les internes de Centre-Val de Loire avec quatre stages en mobilité.\n\n"
        "Envie de réaliser un stage en inter-CHU ?\n\n"
        "En allant faire un tour dans la rubrique villes, vous pourrez vous faire une idée des différents stages proposés dans chaque subdivision. N’hésitez pas "
        "à contacter l’interne de santé publique référent de la subdivision d’accueil, il saura sûrement vous apporter beaucoup d’éléments : place disponible pour "
        "le stage souhaité, modalités de demande de stage hors subdivision, date des commissions de validation des dossiers …",
        note="no date: a public-health interns' association's guide to out-of-region internships",
    )
    p(
        "r6s-aiphmn-inter-chu-montpellier",
        "http://aiphmn.fr/opportunites-de-linternat/inter-chu/",
        "Lors de la commission d’attribution des interCHU, le CHU de Montpellier (qui est votre CHU de rattachement) et l’ARS du Langueodc-Roussillon donneront, "
        "ou non, leur accord. C’est ensuite l’ARS du Languedoc-Roussillon qui recueillera l’accord de l’ARS de l’inter-région d’accueil et l’accord du CHU de "
        "rattachement de l’inter-région d’accueil.\n\n"
        "Vous devez également fournir une lettre de motivation détaillant votre projet pédagogique.\n\n"
        "La commission qui étudie les demandes siège deux fois par an, en avril et en octobre, en présence de vos représentants. Il vous faut déposer le dossier "
        "au plus tard le 1er avril pour effectuer votre interCHU lors du semestre d’hiver (novembre-avril) ou au plus tard le 1er octobre pour l’effectuer au "
        "semestre d’été (mai-octobre).",
        distractors=[
            "en avril et en octobre (the committee, months)",
            "au plus tard le 1er avril, au plus tard le 1er octobre (standing deadlines with no year, undated page)",
        ],
        note="a local interns' association: two yearly deadlines in prose, without a year, give nothing on an undated page",
    )
    p(
        "r6s-saia-stage-hors-subdivision",
        "https://www.saia.alsace/stage-hors-subdivision/",
        "Vous devrez faire parvenir un dossier complet ou au moins un commencement de dossiers dans les délais impartis par voie électronique uniquement, à la "
        "faculté de médecine de pharmacie ou de chirurgie dentaire et à la DAMSMT des HUS :\n"
        "[...]\n"
        "Date limite de réception des dossiers\n\n"
        "• Phase de consolidation :\n"
        "– avant le 1er octobre pour le semestre d’été\n"
        "– avant le 1er avril pour le semestre d’hiver\n"
        "• Phase d’approfondissement :\n"
        "— avant le 1er janvier pour le semestre d’été\n"
        "– avant le 1er juillet pour le semestre d’hiver\n\n"
        "Le directeur de l’unité de formation et de recherche donne son accord pour la réalisation de ce stage après consultation des représentants de l’ARS, "
        "du centre hospitalier universitaire de rattachement et des internes.",
        distractors=[
            "1er octobre, 1er avril, 1er janvier, 1er juillet (standing deadlines under 'Date limite', no year, undated page)",
        ],
        note="an interns' union's list of yearly deadlines under a deadline heading: without a year and a page date they give nothing",
    )
    p(
        "r6s-silr-commissions-inter-chu-2014",
        "http://silr.fr/index.php/silr/les-newsletters/newsletter-mai-2014/293-les-commissions-inter-chu",
        "Les commissions Inter-Chu\n\n"
        "Le SILR a participé mercredi 23 avril dernier à la commission inter-CHU pour le semestre d’hiver 2014-2015. Fait inédit, il y avait au total 35 demandes "
        "pour partir, ce qui est supérieur au nombre habituel de demandes (notamment il existe un déséquilibre important entre les semestres d’été et d’hiver) "
        "et aux possibilités de financement, puisque ces postes sont payés à 100% par l’ARS (au lieu d’un financement partagé entre l’ARS et l’établissement "
        "pour la plupart des stages « classiques »).",
        distractors=["mercredi 23 avril dernier (a past committee)", "2014-2015 (a semester)"],
        note="an interns' union newsletter reporting on a committee: no date to act on",
    )
    p(
        "r6s-isni-stage-hors-subdivision-interchu",
        "https://isni.fr/tout-sur-la-formation-pratique-et-theorique-des-internes-et-sur-le-post-internat/stage-hors-subdivision-dit-interchu/",
        "Stage hors subdivision (dit Interchu)\n\n"
        "Source : Arrêté du 4 février 2011 relatif à l’agrément, à l’organisation, au déroulement\n"
        "et à la validation des stages des étudiants en 3ème cycle des études médicales\n\n"
        "[...]\n\n"
        "Procédure\n"
        "Adresser un dossier de demande de stage, 4 mois avant le début du stage concerné, pour accord, au directeur de l’UFR de médecine ou au président du "
        "comité de coordination des études médicales.",
        distractors=["4 février 2011 (a decree)"],
        note="the national interns' union: the delay is relative to each internship's start",
    )
    p(
        "r6s-univ-lyon2-aides-mobilite-stage",
        "https://www.univ-lyon2.fr/international/les-demandes-d-aides-financieres",
        "Mise à jour le 14 nov. 2023\n"
        "Publié le 30 janvier 2020 Mis à jour le 14 novembre 2023\n\n"
        "Comment effectuer une demande d'aide financière dans le cadre d'une mobilité de stage à l'étranger?\n\n"
        "Dans le cadre d'une mobilité stage, il existe 3 bourses de mobilité, gérées par la Direction des Relations Internationales (DRI) :\n"
        "[...]\n"
        "Pour constituer une demande de bourse, vous devez dans un premier temps déposer la convention de stage éditée via pstages (même non encore signée) sur le "
        "portail Mobilité stage à l'étranger. La DRI vous contactera ensuite pour vous indiquer quel dossier constituer.\n\n"
        "Attention, les dossiers de demande de bourse sont à effectuer idéalement 2 mois et au minimum 1 mois avant le début du stage (généralement au semestre qui précède).",
        page_date="2023-11-14",
        distractors=["14 nov. 2023, 30 janvier 2020, 14 novembre 2023 (stamps)"],
        note="a university's mobility grants for internships abroad: the delay is relative to each internship",
    )
    p(
        "r6s-dmg-uparis-phase-consolidation",
        "https://dmg-u-paris.fr/p/la-phase-de-consolidation",
        "La phase de consolidation\n\n"
        "dernière modification de cette page : 10/02/2026 - consultable par : tout public\n\n"
        "Définition et cadre général\n\n"
        "La phase de consolidation est définie par l’arrêté du 3 août 2023 relatif à l’organisation du troisième cycle des études de médecine. Elle constitue une "
        "modification du DES de médecine générale, venant compléter la phase socle et la phase d’approfondissement. [...]\n\n"
        "L’accès à la phase de consolidation est conditionné à la validation de la phase d’approfondissement et à la soutenance de la thèse d’exercice, sous "
        "réserve des dérogations de soutenance prévues pour les promotions 2023 à 2025.",
        page_date="2026-02-10",
        distractors=[
            "10/02/2026 (update stamp)",
            "3 août 2023 (a decree)",
            "promotions 2023 à 2025 (years)",
        ],
        note="a general-practice department's guide: no date to act on",
    )
    p(
        "r6s-aaihp-conseil-administration-2005",
        "http://www.aaihp.fr/CompteRendu20050620.php",
        "Compte-rendu du Conseil d'administration\n"
        "du 20 juin 2005 à 20 heures 30\n\n"
        "Ordre du jour :\n\n"
        "1. Approbation du dernier compte rendu de l'Assemblée Générale\n"
        '2. Etat des lieux du colloque "Démographie médicale et métiers de médecins"\n'
        "[...]\n"
        "o Bourse 2005\n\n"
        "La séance est ouverte à 20 heures 30 par le Président Emmanuel Chartier-Kastler.\n\n"
        "1- Approbation du compte-rendu de l'assemblée générale du 6 décembre 2004.\n"
        "[...]\n"
        '2- Etat des lieux du colloque "Démographie médicale et métiers de médecins".\n'
        "Ce colloque est initialement prévu au Sénat le 10 septembre 2005.",
        distractors=[
            "20 juin 2005 à 20 heures 30 (the board meeting)",
            "6 décembre 2004 (a general assembly)",
            "10 septembre 2005 (a colloquium, 'initialement prévu')",
        ],
        note="an alumni interns' association's board minutes: meetings and a colloquium, no candidature",
    )
    p(
        "r6s-francebleu-mon-master-2023",
        "https://www.francebleu.fr/infos/education/universite-mon-master-la-nouvelle-plateforme-pour-les-titulaires-d-un-bac-3-lancee-ce-mercredi-1677000",
        "Depuis ce mercredi, les étudiants bac+3 souhaitant candidater à un master à la rentrée de septembre doivent le faire depuis une n,ouvelle plateforme : "
        "Mon master . Jusqu'au 22 mars, les étudiants peuvent consulter les offres puis il pourront ensuite y déposer leur candidature jusqu'au 18 avril. "
        "L'adminission des candidats se déroulera du 23 juin au 21 juillet.",
        distractors=[
            "jusqu'au 22 mars (browsing the offers, no year)",
            "jusqu'au 18 avril (the candidature's deadline, no year, undated page)",
            "du 23 juin au 21 juillet (admission, no year)",
        ],
        note="regional radio on the new master platform: the stored page shows only a month ('2023-02'), so no page date; the year-less deadline gives nothing "
        "by the rules though a reader would take 18 April 2023",
    )
    p(
        "r6s-monacomatin-mon-master-reponses",
        "https://www.monacomatin.mc/faits-de-societe/universite-premieres-reponses-aux-voeux-des-candidats-ce-mardi-sur-la-plateforme-mon-master-925375",
        "Les candidats recevront à partir de 09H00 les premières réponses à leurs vœux et ensuite, chaque jour jusqu'au 23 juin, leur position sur les listes "
        "d'attente pourra évoluer.\n"
        "[...]\n"
        'Pour sa deuxième année, "Mon master" propose une phase complémentaire pour fluidifier l\'attribution des places vacantes.\n'
        "La phase complémentaire - sur le modèle de ce qui existe avec la plateforme d'admission post-bac Parcoursup - se déroulera du 25 juin au 31 juillet, "
        "après la phase principale d'admission. Elle sera ouverte à tous les candidats qui n'auront pas accepté définitivement une proposition pendant la phase principale.",
        distractors=[
            "jusqu'au 23 juin (answers keep coming, no year)",
            "du 25 juin au 31 juillet (the complementary phase, no year)",
        ],
        note="press on the master platform's answers: no sending, and no year on an undated page",
    )
    p(
        "r6s-egora-concours-europeen-internat-2023",
        "https://egora.fr/node/53518",
        "8. C’est le nombre de postes ouverts au concours d’internat de médecine à titre européen pour les médecins français, andorrans, suisses ou ressortissants "
        "de l’un des Etats membres de l’Union européenne ou d’un autre Etat partie à l’accord sur l’Espace économique européen au titre de l’année universitaire "
        "2023-2024, précise un décret publié au Journal officiel le 15 juin. Les épreuves de ce concours spécial à titre européen (CSE) se déroulent la même "
        "semaine que les ECNi, du 19 au 22 juin.\n"
        "[...]\n"
        "L’an dernier, 35 postes avait été offerts par les ministères de l’Enseignement supérieur et de la Santé. Les résultats de ce concours seront connus le 28 juin prochain.",
        distractors=[
            "le 15 juin (the decree's publication)",
            "du 19 au 22 juin (exams)",
            "le 28 juin prochain (results)",
        ],
        note="medical press on a competition's places: exams and results only, and no year on an undated page",
    )
    p(
        "r6s-egora-calendrier-matching-internat",
        "https://egora.fr/etudiants/etudes-de-medecine/internat-en-sait-plus-sur-le-calendrier-de-la-nouvelle-procedure-de",
        "Internat : on en sait plus sur le calendrier de la nouvelle procédure de matching\n"
        "Un arrêté, paru ce dimanche 7 juillet au Journal official, est venu officialiser le calendrier de la procédure d'appariement des étudiants en sixième "
        "année de médecine. La grande majorité de ces futurs internes devraient être affectés à une spécialité et une subdivision le 10 septembre.\n"
        "[...]\n"
        "Celui-ci prévoit que les étudiants en sixième année de médecine ayant validé les EDN à l'automne et les Ecos au printemps débutent la procédure nationale "
        "d'appariement par une phase de simulation. Comme expliqué par le Pr Veber en février dernier, cette première étape facultative doit permettre aux "
        "étudiants \"d'apprendre à utiliser l'algorithme\". Celle-ci débutera le 3 août avec une première saisie de vœux et prendra fin le 14 août avec la "
        "publication des derniers résultats de simulation.",
        distractors=[
            "dimanche 7 juillet (the decree's publication, no year)",
            "le 10 septembre (assignment, no year)",
            "le 3 août .. le 14 août (an optional simulation, no year)",
        ],
        note="medical press on the matching calendar: an optional simulation and assignments; no year on an undated page in any case",
    )
    p(
        "r6s-soignereniledefrance-cesp",
        "http://soignereniledefrance.org/evenements/actualites/contrat-dengagement-de-service-public",
        "Les signataires d’un CESP bénéficient d’une allocation brute mensuelle de 1 200€ jusqu’à la fin de leurs études. En contrepartie, ils s’engagent à "
        "exercer leurs fonctions, à compter de la fin de leur formation, dans une zone déficitaire ou fragile définie par l'ARS Ile-de-France et à un tarif "
        "conventionnel. La durée de leur engagement est égale à celle de versement de l’allocation, avec un minimum de 2 ans.\n"
        "Chaque UFR détermine le calendrier précis de dépôt de dossier et de réunion de la commission de sélection.\n"
        "[...]\n"
        "Vous pouvez souscrire à un contrat jusqu’au 31 décembre en remettant votre dossier de candidature à votre UFR pour un passage en commission de sélection "
        "au mois de janvier.",
        distractors=[
            "jusqu’au 31 décembre (a yearly deadline, no year, undated page)",
            "au mois de janvier (selection committee)",
        ],
        note="a regional health agency's site on the public-service engagement contract: the year-less standing deadline gives nothing",
    )
    p(
        "r6s-asp-cesp",
        "https://www.asp.gouv.fr/aides/contrat-dengagement-de-service-public-cesp",
        "Contrat d’engagement de service public (CESP)\n"
        "Mise à jour : 28/10/2025Le contrat d’engagement de service public (CESP), créé par la loi « Hôpital, patients, santé, territoires » (HPST) du 21 juillet "
        "2009, prévoit que les étudiants en médecine et en odontologie peuvent se voir accorder une allocation mensuelle à partir de la 4ème année des études "
        "médicales (à compter de leur second cycle d’études).\n"
        "Attention : seuls les étudiants de 2ème et 3ème cycle de médecine et d'odontologie ainsi que les praticiens à diplôme hors union européenne peuvent "
        "s'inscrire sur le portail PROFIL.\n"
        "Chaque faculté fixe sa propre date de commission, il convient donc de vous rapprocher de votre UFR pour connaître la date limite de dépôt de dossier.",
        page_date="2025-10-28",
        distractors=["28/10/2025 (update stamp, glued to the text)", "21 juillet 2009 (a law)"],
        note="the payment agency's page: 'date limite de dépôt' is named but left to each faculty",
    )
    p(
        "r6s-uca-medecine-cesp-campagne",
        "https://medecine.uca.fr/actualites-et-formation/informations-pedagogiques/cesp",
        "Les étudiants et les internes souhaitant signer un CESP en font la demande auprès du directeur de l'UFR de Médecine dont ils relèvent. Cette demande est "
        "accompagnée d'un dossier dont la composition est fixée par arrêté des ministres chargés de la santé et de l'enseignement supérieur.\n\n"
        "Les dossiers sont examinés par la commission de sélection. Les candidats retenus après cet examen sont convoqués pour un entretien individuel permettant "
        "d'apprécier leur projet professionnel.\n\n"
        "La campagne débute en octobre, l'examen des dossiers et les entretiens sont réalisés courant décembre.\n"
        "UFR de Médecine de Clermont-Ferrand :\n"
        "Nombre de CESP signés:\n"
        "- 2022/2023 : 10 étudiants et 8 internes\n"
        "- 2023/2024 : 10 étudiants et 8 internes\n\n"
        "Brochure\n\n"
        " / 1\n\n"
        "Guide pratique\n\n"
        " / 1\n"
        "MAJ le 08/10/2024",
        page_date="2024-10-08",
        distractors=[
            "en octobre (the campaign starts, a month)",
            "courant décembre (review and interviews, vague)",
            "MAJ le 08/10/2024 (update stamp)",
        ],
        note="a faculty's page on the engagement contract: only months",
    )
    p(
        "r6s-tricoteuses-cesp-delai-trente-jours",
        "https://tricoteuses.fr/legifrance/articles/LEGIARTI000051373131",
        "Dès réception des listes mentionnées à l'article R. 631-24-4, l'autorité administrative mentionnée à l'article L. 632-6 propose aux candidats retenus, "
        "selon leur classement et jusqu'à épuisement du nombre de contrats ouverts, la signature d'un contrat d'engagement de service public.\n"
        "[...]\n"
        "Le candidat auquel un contrat est proposé dispose d'un délai de trente jours pour faire parvenir le contrat signé, par tout moyen donnant date certaine "
        "à sa réception, à l'autorité administrative mentionnée à l'article L. 632-6.\n"
        "Nota\n"
        "Conformément au I de l'article 3 du décret n° 2025-270 du 24 mars 2025, jusqu'au 31 décembre 2025, le Centre national de gestion demeure l'autorité "
        "administrative chargée de la gestion des contrats d'engagement de service public conclus avant la date d'entrée en vigueur dudit décret.",
        distractors=[
            "24 mars 2025 (a decree)",
            "jusqu'au 31 décembre 2025 (a transitional period for an administration, nothing to send)",
        ],
        note="a code article on signing the engagement contract: the only limit is relative (thirty days); 'jusqu'au' before a full date is an administration's mandate",
    )
    p(
        "r6s-tlse3-dentaire-passerelles",
        "https://dentaire.univ-tlse3.fr/passerelles-en-sante",
        "Calendrier et déroulement de la procédure\n\n"
        "Etape 1 : Dépôt ou envoi des dossiers de candidature\n\n"
        "Le dossier de candidature, dont la liste des pièces à fournir* est mentionnée à l’article 3 de l’arrêté du 24 mars 2017, doit être transmis à la "
        "structure (UFR ou école de sage-femme) en fonction de la formation choisie. \n"
        "Clôture des candidatures : communiqué ultérieurement\n"
        "Soit en main propre Soit par voie postale (cachet de la poste faisant foi)\n\n"
        "Tout dossier déposé ou envoyé hors délai ne sera pas recevable.",
        distractors=["24 mars 2017 (a decree)"],
        note="a dental faculty's bridges into health studies: the closing is announced 'later', no date",
    )
    p(
        "r6s-univ-reims-passerelles-2019",
        "https://www.univ-reims.fr/ufrpharmacie/passerelles-droit-au-remord/passerelles-droit-au-remord-2019,22808,38003.html",
        "Passerelles - droit au remord 2019\n\n"
        "[...]\n\n"
        "Arrêté du 24 mars 2017 relatif aux modalités d’admission directe en deuxième ou troisième année des études médicales, odontologiques, pharmaceutiques "
        "ou de sage-femme – version consolidée au 15 décembre 2017.\n\n"
        "ACCES en 2ème ou 3ème année au vu de certains grades, titre ou diplômes\n\n"
        "Les candidats doivent, au plus tard, au 31 octobre de l’année considérée :\n\n"
        "1/ Soit être titulaire de l’un des titres ou diplômes suivants :",
        distractors=[
            "24 mars 2017, 15 décembre 2017 (a decree and its consolidation)",
            "au plus tard, au 31 octobre de l’année considérée (a condition on diplomas)",
        ],
        note="a pharmacy faculty's admission bridges: the only day is a condition followed by 'de l’année considérée'",
    )
    p(
        "r6s-saihm-droit-aux-remords",
        "https://www.saihm.org/droit-aux-remords/",
        "Procédures à respecter\n\n"
        "L’interne devra adresser à l’ARS, au directeur de l’UFR de médecine, à la scolarité (coordonnées ici) un dossier composé des pièces suivantes\n"
        "–     Une lettre motivant ta décision de droit au remords\n"
        "–     L’accord écrit du responsable du DES de la spécialité d’accueil\n\n"
        "[...]\n\n"
        "Date limite d’envoi des documents\n\n"
        "• Semestre de mai à novembre : avant le 31 Décembre\n"
        "• Semestre de novembre à mai : avant le 30 Juin\n\n"
        "Droit au remord :\n"
        "Décret n°2004-67 du 16 janvier 2004 relatif à l’organisation du troisième cycle des études médicales \n"
        "– Article 19 (abrogé au 21 août 2013)",
        distractors=[
            "avant le 31 Décembre, avant le 30 Juin (standing deadlines, no year, undated page)",
            "16 janvier 2004, 21 août 2013 (a decree and its repeal)",
        ],
        note="a local interns' union on changing specialty: year-less standing deadlines give nothing",
    )
    p(
        "r6s-aimgl-droit-au-remord",
        "https://www.aimgl.fr/nos-droits/droit-au-remord/",
        "La demande est à adresser au Doyen de la Faculté et à l’ARS avec copie à la DAMSMT, auquel doit être joint l’accord du coordonnateur du DES de la "
        "spécialité d’accueil et une lettre expliquant ses motivations. \n\n"
        "Tu trouveras tous les documents à envoyer ici.\n\n"
        "Les dates limites de dépôt sont le 15 août au plus tard (si le changement doit prendre effet avec le semestre d’hiver) et le 15 février au plus tard "
        "(si le changement doit prendre effet avec le semestre d’été)",
        distractors=["15 août, 15 février (standing deadlines, no year, undated page)"],
        note="a general-practice interns' association: two dates after one deadline cue, both year-less on an undated page",
    )
    p(
        "r6s-internat-nantes-disponibilite",
        "https://internat-nantes.fr/?p=964",
        "La mise en disponibilité de l’interne est régit par l’article R6153 du code de santé publique. C’est le directeur générale du CHU de rattachement qui la prononce\n"
        "[...]\n"
        "Le dossier à remplir pour la demande de mise en disponibilité est à transmettre au moins 3 mois avant le début du stage (date limite au 31 janvier pour "
        "le semestre d’été, 31 juillet pour le semestre d’hiver).\n"
        "Vous devez le transmettre a :\n"
        "- CHU : bp-damr-bureau-des-internes@chu-nantes.fr\n"
        "[...]\n"
        "MAJ Juillet 2020",
        distractors=[
            "31 janvier, 31 juillet (standing deadlines, no year)",
            "MAJ Juillet 2020 (an update month, not a day)",
        ],
        note="a local interns' association on leave of absence: the update stamp gives only a month, so there is no page date and the year-less deadlines give nothing",
    )
    p(
        "r6s-dmgreims-disponibilite",
        "https://dmgreims.com/disponibilite",
        "Disponibilité\n\n"
        "Une disponibilité a une durée de 6 mois, renouvelable, et ne peut avoir une durée supérieure à un an, renouvelable une fois. Elle correspond à une absence "
        "d’affectation et à une absence de rémunération.\n\n"
        "Toute demande de disponibilité doit être adressée à l’ARS (maud.carteron@ars.sante.fr) + à la scolarité (medecine.troisiemecycle@univ-reims.fr) + à la "
        "direction des Affaires médicales du CHU de Reims (etudemedicale_dam@chu-reims.fr), copie au Coordonnateur de médecine générale "
        "(coordination-medecine-generale@univ-reims.fr) + aux représentants des internes (imgreims@gmail.com). Elle doit être adressée avant le :\n\n"
        "• 1er septembre pour le stage de novembre\n"
        "• 1er mars pour le stage de mai\n\n"
        "Aucune disponibilité n’est accordée en cours de semestre.",
        distractors=[
            "1er septembre, 1er mars (standing deadlines after 'avant le :', no year, undated page)"
        ],
        note="a general-practice department's page: a cue ending in a colon before a list of year-less days; nothing on an undated page",
    )
    p(
        "r6s-ars-cvl-stage-surnombre",
        "https://www.centre-val-de-loire.ars.sante.fr/stage-en-surnombre-en-cas-de-situations-particulieres",
        "Procédures et délais\n"
        "Composition du dossier :\n"
        "- fiche de voeux\n"
        "- avis médicaux (certificat de grossesse, certificat médical...)\n"
        "- accord du chef de service d'accueil\n"
        "- accord des affaires médicales de l'établissement d'accueil\n"
        "Dossier à transmettre, si possible, lors de la campagne de recensement des situations particulières ou jusqu'à la veille des choix :\n"
        "- Semestre d'hiver : lancement début juin\n"
        "- Semestre d'été : lancement début décembre",
        distractors=[
            "début juin, début décembre (campaign launches, vague)",
            "la veille des choix (relative)",
        ],
        note="a regional health agency on supernumerary internships: relative and vague dates only",
    )
    p(
        "r6s-123dok-doctorat-handicap-notice-2021",
        "https://123dok.net/document/y4w8rdn5-notice-dossier-de-candidature-ann%C3%A9e-universitaire.html",
        "Notice « dossier de candidature » - année universitaire 2021/2022\n\n"
        "Le dispositif « Campagne Doctorat handicap » permet de financer un contrat doctoral sur fonds ministériels pour inciter les étudiant-e-s en situation de "
        "handicap à poursuivre leurs cursus.\n\n"
        "[...]\n\n"
        "Calendrier 2021 des opérations d’instruction\n\n"
        "Courant février Mise en ligne des inforMise en ligne des informations relatives au dépôt des dossiers\n\n"
        "Du mercredi 31 mars à 12h au mercredi 12 mai à 12h\n\n"
        "Dépôt des candidatures\n\n"
        "A partir du lundi 28 juin Transmission des résultats avec demande de confirmation\n\n"
        "Remarque : Les dossiers reçus après le mercredi 12 mai à 12h ne seront pas examinés.",
        distractors=[
            "Courant février (information online, vague)",
            "Du mercredi 31 mars à 12h au mercredi 12 mai à 12h (the submission window, no year, undated page)",
            "A partir du lundi 28 juin (results, no year)",
            "mercredi 12 mai à 12h (the same closing again, no year)",
        ],
        note="a document site's copy of the ministry's notice for disability doctoral contracts: the year is only in the heading 'Calendrier 2021', "
        "the documented limit (nothing on an undated page); a subscriber would want 12 May 2021 at 12:00, opening 31 March 2021",
    )
    p(
        "r6s-mesr-doctorat-handicap-2024",
        "http://www.enseignementsup-recherche.gouv.fr/fr/contrats-doctoraux-handicap-campagne-nationale-2024-94329",
        "Publié le 16.01.2024\n\n"
        "Contrats doctoraux handicap : campagne nationale 2024\n\n"
        "La campagne \"Doctorat Handicap\" est un axe fort de la politique d'inclusion menée par le ministère de l'Enseignement supérieur et de la Recherche, en "
        "partenariat avec les établissements d'enseignement supérieur. [...]\n\n"
        "Qui peut candidater ?\n\n"
        "Les critères administratifs de recevabilité des dossiers sont les suivants :\n\n"
        "  • Les candidats doivent être inscrits dans un établissement de l’enseignement supérieur public, sous tutelle du ministère de l’Enseignement supérieur et de la Recherche.\n"
        "  • Le contrat doctoral doit prendre effet dans l’année qui suit la première inscription en doctorat. A défaut, il faut que le master soit validé au moment "
        "de l'attribution du contrat.",
        page_date="2024-01-16",
        distractors=["16.01.2024 (publication stamp)"],
        note="the ministry's page on the 2024 campaign: conditions only in the quoted part",
    )
    p(
        "r6s-uca-eiffel-how-to-apply-2022",
        "https://www.uca.fr/international/venir-a-l-uca/je-suis-etudiant/etudier-hors-programme-dechange/le-programme-de-bourse-eiffel/how-to-apply-to-eiffel-scholarship",
        "Publié le 22 novembre 2022 Mis à jour le 22 novembre 2022\n"
        "This call is aimed at the best foreign students who wish to benefit from support to study in a Master's degree, a Doctorate or Engineering diploma at UCA.\n"
        "[...]\n"
        "At the Master's level, the candidate must be less than 25 years old at the time of the 2022 call ; i.e. born after March 31, 1997. At the Doctorate level, "
        "the candidate must be less than 30 years old at the time of the 2022 call ; i.e. born after March 31, 1992.",
        page_date="2022-11-22",
        distractors=[
            "22 novembre 2022 (stamps)",
            "born after March 31, 1997 / March 31, 1992 (age conditions)",
        ],
        note="a university's page on a national excellence scholarship: only conditions in the quoted part",
    )
    p(
        "r6s-pasteur-ppu-application-procedure",
        "http://www.pasteur.fr/ip/easysite/pasteur/en/teaching/pasteur-paris-university-international-doctoral-program/application-procedure",
        "A. SELECTION OF AND BY A HOST LAB\n"
        "- Check for an Open call from the Pasteur Paris University International Doctoral Program (usually end of the summer)\n"
        "[...]\n"
        "                 Application form                          (Downloadable during the Application open time period (Mid-september to Dec 15th))\n"
        "[...]\n"
        "                Application Deadline is December 15th of the Current year",
        distractors=[
            "usually end of the summer (vague)",
            "Mid-september to Dec 15th (a yearly window, no year)",
            "December 15th of the Current year (a standing deadline, no year, undated page)",
        ],
        note="a research institute's international doctoral programme: 'of the Current year' names no year, so nothing on an undated page",
    )
    p(
        "r6s-ulille-edbsl-first-registration",
        "http://edbsl.univ-lille2.fr/en/to-enroll.html",
        "First doctoral registration\n\n"
        "     Complete application material should be received preferably before the end of October of each year. International applicants are encouraged to "
        "submit their information earlier for verification of eligibility.\n\n"
        "     Applicants may either contact directly a research unit affiliated with the Doctoral School or provide the Doctoral School with a letter of interest "
        "(including motivation relevant to a research topic, names and emails of two references) that will be transmitted to the relevant research teams.",
        distractors=["before the end of October of each year (vague, preferred)"],
        note="a doctoral school's English page: the page header's 'Saturday 06 March 2021' is today's date widget, not quoted and not a page date",
    )
    p(
        "r6s-chusj-bourses-mobilite-sans-date-limite",
        "https://recherche.chusj.org/fr/Etudiants/Bourses/Bourses-de-mobilite",
        "Fonds disponibles\n\n"
        "Les bourses sont financées par la Fondation CHU Sainte-Justine.\n\n"
        "  • 2024 : 15 000 $ (5 000 $ par trimestre)\n"
        "  • 2025 : 15 000 $ (5 000 $ par trimestre)\n"
        "  • 2026 : Financement à confirmer\n\n"
        "Date limite\n\n"
        "Aucune date limite. Les bourses seront octroyées jusqu’à épuisement des fonds chaque trimestre (fonds renouvelés les : 1er septembre, 1er mai et 1er janvier).\n\n"
        "Les demandes doivent être reçues avant le début du voyage ou de la mobilité.",
        distractors=[
            "1er septembre, 1er mai et 1er janvier (funds renewed, no year)",
            "2024, 2025, 2026 (budget years)",
        ],
        note="a university hospital's research centre (Québec), in French: a 'Date limite' heading followed by 'Aucune date limite'; rolling applications",
    )
    p(
        "r6s-aqui-limoges-doctorants-ceremonie",
        "https://aqui.fr/article/cent-huit-doctorants-se-preparent-a-soutenir-leur-these/",
        "Le point d’orgue du parcours de ces 108 futurs docteurs (59 hommes, 49 femmes) dont 9 en cotutelle sera la cérémonie de remise des diplômes et des trois "
        "prix de thèse, le 24 mai à 15 h, à la Faculté de Droit de Limoges; Une cérémonie sous le parrainage de Françoise Tulkens, professeure émérite à "
        "l’Université Catholique de Louvain et ancienne juge à la Cour Européenne des Droits de l’Homme (CEDH). [...] La marraine de marque sera présente à "
        "quelques jours des élections européennes du 9 juin. »",
        distractors=[
            "le 24 mai à 15 h (a ceremony and prize-giving)",
            "9 juin (European elections)",
        ],
        note="regional press on a doctoral graduation: a ceremony, no candidature",
    )
    p(
        "r6s-appa-bal-internat-2016",
        "http://www.appa-asso.org/2016/09/05/juin-2016-2/",
        "Actualité : Juin 2016\n\n"
        "Bal de l’internat, vendredi 29 avril, à Paris.\n"
        "Dans la prestigieuse salle Wagram\n"
        "Humour potache et fesses à l’air : au Bal de l’internat, les futurs médecins se lâchent\n\n"
        "Source : Lequotidiendumedecin.fr\n\n"
        "[...]\n\n"
        "(Sophie Martos : 02.05.2016)\n\n"
        "[...]\n\n"
        "Robes à franges, costumes queue-de-pie, chapeaux d’époque, fume cigarette, plumes à gogo ou bandeaux : les années folles étaient à l’honneur au "
        "traditionnel Bal de l’internat, vendredi 29 avril, à Paris.",
        distractors=[
            "vendredi 29 avril (a past ball, twice)",
            "02.05.2016 (the source article's date)",
            "Juin 2016 (a month heading)",
        ],
        note="an association's news page relaying a report on the interns' ball: a party, nothing to send",
    )
    p(
        "r6s-saiec-mt180-finale-2015",
        "https://saiec.fr/actualites/256-ma-these-en-180-secondes-finale-languedoc-roussillon",
        "C'est l'objet du concours international « ma thèse en 180 secondes » qui invite les doctorants à présenter leur sujet de recherche avec des termes simples "
        "à un public profane et diversifié. [...]\n"
        "Le ou la gagnant(e) de chaque COMUE (Communauté d’Universités et Etablissements) concourra à la finale nationale à Nancy (3 juin 2015) dont les 3 "
        "finalistes seront sélectionnés pour la finale internationale à la Sorbonne à Paris le 1er octobre 2015, ils concourront alors aux côtés des "
        "représentants du Québec, de la Belgique et du Maroc notamment.",
        distractors=["3 juin 2015 (national final)", "1er octobre 2015 (international final)"],
        note="a student association's news on a doctoral speaking contest: finals only",
    )
    p(
        "r6s-snjmg-internat-medecine-generale-2009",
        "http://www.snjmg.org/blog/post/internat-de-medecine-generale-le-fremissement-se-prolonge-ne-l-etouffons-pas/914",
        "Internat de Médecine Générale : le frémissement se prolonge, ne l'étouffons pas !\n\n"
        "Le Syndicat National des Jeunes Médecins Généralistes (SNJMG), syndicat d'étudiants, de remplaçants et de jeunes praticiens en Médecine Générale, se bat "
        "depuis sa création en 1991 pour l'instauration d'un véritable Internat de Médecine Générale. C'est ce pari qui se trouve aujourd'hui conforté.\n\n"
        "En effet, du 17 au 30 septembre 2009, les étudiants en médecine ont exprimé leur choix d'internat suite aux épreuves classantes (ECN) 2009 et le SNJMG "
        "se réjouit que le frémissement pour la Médecine Générale clairement enregistré lors de la session 2008 des ECN se prolonge en 2009.",
        distractors=[
            "du 17 au 30 septembre 2009 (a past choice of posts, reported)",
            "1991, 2008, 2009 (years)",
        ],
        note="a young GPs' union's statement on past choices: a report, nothing to do",
    )
    p(
        "r6s-reseauprosante-snjmg-ecn-2019",
        "https://reseauprosante.fr/articles/show/dossier-ecn-2019-le-snjmg-et-les-ecn-2019-1405",
        "Dossier ECN 2019 : le SNJMG et les ECN 2019\n\n"
        "Publié le 23 May 2022 à 15:08\n\n"
        "Comme chaque année, le SNJMG a organisé tout un accompagnement des externes à l'occasion et, surtout, après les ECN.\n\n"
        "Outre un billet d'info sur les épreuves et les fils Twitter suivant le parcours des étudiants, le SNJMG a procédé à une présentation de la Médecine "
        "Générale avec la publication sur notre site le lundi 24 juin 2019 d'un mini dossier sur la discipline.\n\n"
        "L’après-midi du 26 juin 2019, à l'occasion de la publication du classement des ECN, le SNJMG a participé à un live chat organisé par Medshake.\n\n"
        "A compter du 28 juin 2019, le SNJMG a ouvert des échanges en ligne où il a diffusé des témoignages de Médecins généralistes que nous reproduisons ci-après "
        "dans ce dossier.\n\n"
        "Le 26 septembre 2019, le SNJMG a organisé sa traditionnelle réunion d'accueil des nouveaux IMG à Paris dans les locaux de la revue Prescrire",
        page_date="2022-05-23",
        distractors=[
            "23 May 2022 à 15:08 (publication stamp)",
            "24 juin 2019, 26 juin 2019, 28 juin 2019, 26 septembre 2019 (past events)",
        ],
        note="a health jobs site republishing a union's report: past events only ('A compter du' opens discussions, not a call)",
    )
    p(
        "r6s-ajpedparis-master-2-recherche",
        "https://www.ajpedparis.fr/les-stages/disponibilites-et-interruptions-de-l-internat/master-2-recherche-page-71802",
        "Si une carrière hospitalo-universitaire vous intéresse, vous pouvez interrompre votre cursus clinique pour vous consacrer à la recherche pendant un an.\n"
        "[...]\n"
        "- Démarches : Le dossier de candidature est à déposer auprès de l'UFR du master demandé, généralement au printemps. Renseignez-vous sur les calendriers "
        "spécifiques des universités impliquées.",
        distractors=["généralement au printemps (vague)"],
        note="a paediatric interns' association's guide to a research master: a season only",
    )
    p(
        "r6s-quotidien-choix-specialite-ecn-2019",
        "https://neurologie-psychiatrie.lequotidiendumedecin.fr/jeunes-medecins/internat-la-medecine-generale-davantage-prisee-par-les-premiers-des-ecn-quen-2018",
        "Ce mardi 3 septembre matin, à 8 h 30, débute officiellement la procédure de choix de la spécialité d’internat pour les étudiants ayant passé les épreuves "
        "classantes nationales informatisées en juin dernier. Le major puis les futurs médecins classés jusqu'à la 550e place feront leur choix de spécialité et "
        "de ville. Mercredi, les candidats entre le rang 551 et 1 100 se prononceront, et ainsi de suite jusqu’au 24 septembre. Cette procédure entérinera les "
        "décisions des uns et des autres, les futurs internes ayant déjà commencé depuis le 1er août à simuler leurs demandes d’affectation.",
        distractors=[
            "mardi 3 septembre à 8 h 30 .. 24 septembre (the national choice, no year, undated page)",
            "depuis le 1er août (simulations, no year)",
        ],
        note="medical press on the national choice of specialties: a choice of posts would be kind other, but these days have no year on an undated page",
    )
