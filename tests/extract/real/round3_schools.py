"""Round 3 of the real passages (schools): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r3s-angers-candidater-master",
        "https://univ-angers.fr/fr/vous-etes/futur-etudiant/candidater/master.html",
        "Candidater en Master\n"
        "Master 1 : s’informer à partir du 1er février et candidater du 26 février au 24 mars, sur la nouvelle plateforme nationale Mon master\n"
        "Master 2 : voir les dates de candidature et candidater en ligne sur la plateforme eCandidat, accessible à l'adresse https://e-candidature.univ-angers.fr",
        distractors=[
            "1er février (information opens, no year, undated page)",
            "26 février au 24 mars (application window, no year, undated page)",
        ],
        note="class 8: a window without a year on a page that shows no date gives nothing",
    )
    p(
        "r3s-ed461-montpellier-contrat-doctoral-2019",
        "https://ed461.edu.umontpellier.fr/financements/contrat-doctoral/",
        "Il n’y a pas de condition d’âge, ni d’avoir eu le master 2 dans l’année.\n"
        "Le contrat doctoral prend effet dans l’année qui suit la première inscription en doctorat, sauf dérogation accordée par le Conseil académique.\n"
        "  • Chaque laboratoire de recherche décide des thèmes susceptibles d’être porteurs d’une allocation.\n"
        "  • Juillet 2019 :\n\n"
        "Chaque laboratoire communique à l’Ecole doctorale le libellé des sujets qu’il entend proposer en vue de l’attribution des contrats doctoraux et le nom des directeurs de thèse potentiels.\n\n"
        "Consulter la liste des sujets de thèse proposés.\n\n"
        "  • 26 août 2019 :\n\n"
        "Date limite de réception des dossiers de candidature qui comprennent impérativement sous peine d’irrecevabilité, le mémoire de master 2, "
        "les relevés de note du cursus antérieur, un CV ainsi qu’une note méthodologique présentant le projet scientifique du candidat",
        [d("2019-08-26")],
        distractors=["Juillet 2019 (laboratories send their subjects, vague)"],
        note="a calendar list whose label sits on the line after the date (a blank line between them)",
    )
    p(
        "r3s-parisdescartes-ed436-contract-2016",
        "https://ecolesdoctorales.parisdescartes.fr/ed436_eng/Candidates-to-Doctoral-School/Doctoral-Contract/Contract-2016",
        "Contract 2016\n\n"
        "If doctoral candidates have met the requirements i.e. got the agreement from the thesis Director, from the head of the research team and from the head of the research Unit "
        "to which the team is attached, they can apply for a three-year fellowship as a grant to obtain a doctoral contract in 2016\n\n"
        "First step, doctoral candidates have to deposit an application according to the modalities defined by the director of the Doctoral School (Ecole Doctorale, ED).\n\n"
        "After review of the applications, an audition for the candidates with a positive answer will begin early June 2016. "
        "This step will determine which future PhD student will be allocated with the grant.",
        distractors=["early June 2016 (auditions, vague)"],
        note="no deadline: the application date is left to the doctoral school's modalities",
    )
    p(
        "r3s-hecdz-mobilite-courte-duree-2025",
        "https://hec.dz/newsite/?p=17779",
        "Annonce d‘ouverture des candidatures pour le programme de mobilité de courte durée à l’étranger, au titre de l’exercice financier 2025\n"
        "La Direction Adjointe de la Formation Doctorale et de la Recherche Scientifique annonce l’ouverture des candidatures pour bénéficier du programme de mobilité "
        "de courte durée à l’étranger pour l’année 2025, par inscription sur la plateforme numérique dédiée, durant la période du 27/04/2025 au 06/05/2025.\n"
        "Les dossiers papier doivent obligatoirement être déposés auprès de la Direction Adjointe de la Formation Doctorale et de la Recherche Scientifique.\n"
        "Remarques :\n"
        "-\nLa date limite pour effectuer le stage est fixée au 31/12/2025 ; aucun report ne sera accepté après cette date.\n"
        "-\nLa destination doit être précisée avec exactitude ; aucun changement ne sera autorisé après l’approbation de la demande de mobilité.",
        [d("2025-05-06")],
        opens="2025-04-27",
        distractors=["31/12/2025 (the stay must be done by then: nothing is sent)"],
        note="'La date limite pour effectuer le stage' carries a deadline noun, but it bounds the stay abroad, not a candidature; "
        "labelled by what a subscriber needs. The registration window after 'ouverture des candidatures' gives the opening and the deadline",
    )
    p(
        "r3s-docndoc-inscription-these-2020",
        "https://docndoc.fr/medecins/objectif-these-comment-reussir-votre-these-dexercice-en-medecine",
        "L’inscription en année de thèse\n\n"
        "L’inscription administrative est une démarche obligatoire qui doit être faite chaque année de formation. Celle-ci se fait à l’année, et non au semestre. "
        "Si vous effectuez un semestre de disponibilité sur les deux semestres, l’inscription à l’année est à réaliser avant la date limite fixée.\n\n"
        "Plusieurs cas sont à connaître :\n\n"
        "  1. Pour les étudiants qui font leur première inscription en année de thèse, l’inscription se fait du 1er octobre 2020 au 30 novembre 2020.\n"
        "  2. Vous validez votre DES au 31 octobre 2020 ? Vous pouvez vous inscrire à compter du 10 novembre 2020 et jusqu’au 30 novembre 2020.",
        [d("2020-11-30", kind="other")],
        opens="?",
        distractors=[
            "31 octobre 2020 (DES validated on that day: a condition)",
            "1er octobre 2020, 10 novembre 2020 (openings for two groups of students)",
        ],
        note="an administrative enrolment is kind 'other'; the two groups open on different days, so the opening is not scored",
    )
    p(
        "r3s-implanteus-imas-scholarship-2023",
        "https://implanteus.univ-avignon.fr/en/2022/10/17/international-excellence-scholarship-imas-implanteus/",
        "Selection of candidates:\n\n"
        "The selection of candidates by the Executive Committee takes place in two phases.\n"
        "Phase 1: students applying via Campus France. Selection date: 05/17/2023\n"
        "Phase 2: foreign students applying outside Campus France. Selection date: 06/22/2023\n"
        "An additional list will be drawn up at each phase.\n\n"
        "To be admissible, application files must be sent to the Implanteus Graduate School at the following address: "
        "Any application received after the deadline (05/09/2023 for phase 1, 06/15/2023 for phase 2) will be ineligible.",
        [d("2023-05-09"), d("2023-06-15")],
        distractors=["05/17/2023, 06/22/2023 (selection dates)"],
        note="dates written month/day (US order) on an English page: 05/17 and 06/15 cannot be day/month; labelled by what the page means "
        "(9 May and 15 June), which the rules' day/month reading does not give. The post date is only in the url, so page_date is null",
    )
    p(
        "r3s-laregion-mouv-occitanie",
        "https://laregion.fr/Propose-evaluation-La-mobilite-internationale-des-etudiants-avec-Mouv-Occitanie",
        "La session 2023/2024 des aides régionales à la mobilité internationale a fermé le 12 juillet, le portail des aides a été placé en maintenance afin qu’il soit procédé "
        "au paramétrage des nouvelles règles de financement qui entreront en vigueur à la rentrée 2024/2025.\n"
        "Pour les demandes d’aides au titre de l’année universitaire 2024-2025, merci de vous rapprocher de votre établissement d’enseignement qui vous fera part des nouvelles modalités de dépôt des demandes.",
        distractors=["12 juillet (a session that has closed, no year, undated page)"],
        note="no deadline: a closed session and a year-less date on an undated page",
    )
    p(
        "r3s-docndoc-stages-hors-filiere",
        "https://docndoc.fr/2021/tout-savoir-sur-les-stages-pour-les-internes/?share=facebook",
        "Tout savoir sur les choix de stage des internes\n\n"
        "Les choix de stage ont lieu un peu avant chaque début de semestre :\n\n"
        "  • fin septembre / début octobre pour le semestre de novembre\n"
        "  • fin mars pour le semestre de mai\n\n"
        "Le cas du stage hors filière\n\n"
        "Si vous choisissez de faire un stage agréé au titre d’une discipline ou d’une spécialité différente de votre spécialité d’affectation, "
        "vous devez adresser à l’ARS un dossier de demande contenant des documents spécifiques.\n\n"
        "Attention aux dates limites :\n\n"
        "  • 31 décembre pour le semestre de mai à novembre\n"
        "  • 30 juin pour le semestre de novembre à mai",
        distractors=[
            "fin septembre / début octobre, fin mars (choice of posts, vague)",
            "31 décembre, 30 juin (deadlines without a year on a page that shows no date)",
        ],
        note="class 8: recurring year-less deadlines; the url holds only a year (2021), so page_date is null",
    )
    p(
        "r3s-internestrasbourg-annee-recherche",
        "https://internestrasbourg.fr/lannee-de-recherche",
        "Comment faire la demande ? \n\n"
        "Pour candidater à l’année de recherche, il est obligatoire de constituer un dossier comportant les coordonnées de l’étudiant, le curriculum vitae de l’étudiant, le projet de recherche.\n\n"
        "Attention\n\n"
        "La date limite de dépôt de chaque dossier dépend du calendrier annuellement fixé par votre faculté de rattachement (généralement dans le courant du mois de mai). "
        "Il convient de vérifier la date exacte auprès de votre faculté",
        distractors=["courant du mois de mai (vague)"],
        note="an interns' union page; the deadline noun points at a vague month only",
    )
    p(
        "r3s-srp-img-annee-recherche-2024",
        "https://srp-img.com/droits-de-linterne/annee-recherche",
        "Dernière mise à jour : février 2024 (avec les informations pour une demande d'Année Recherche pour 2024-2025)\n"
        "- Présentation de l’Année Recherche sur le site de l’ARS IdF\n"
        "- Modalités de candidature et le formulaire de candidature : Site de l’UVSQ (l’UVSQ assure la gestion des dossiers de candidature pour l’année Recherche pour tous les internes d’Ile de France)\n"
        "- Fin des candidatures : le 15 mai 2024 à 17h\n"
        "- Date du Jury : le 13 juin 2024.\n"
        "- Demander une disponibilité au BDI : avant le 30 juin 2024\n"
        "👍 Le SRP-IMG sera présent dans le jury, avec voix consultative.",
        [d("2024-05-15", "17:00"), d("2024-06-30", kind="other")],
        distractors=["février 2024 (update, month only)", "13 juin 2024 (jury)"],
        note="the request for leave (disponibilité) is an administrative step the candidate must send: kind 'other'. "
        "The page shows only the month of its update, so page_date is null",
    )
    p(
        "r3s-isni-annee-recherche-procedure",
        "https://www.isni.fr/tout-sur-le-statut-de-linterne/lannee-recherche/",
        "Procédure\n\n"
        "Les internes déposent leur dossier de demande d’attribution d’année-recherche auprès de l’UFR dont ils relèvent.\n\n"
        "La qualité du projet de recherche des internes détermine l’attribution des années-recherche. La qualité est évaluée par une commission interrégionale de sélection.\n\n"
        "Le président de la commission établit la liste des candidats dont les projets d’année-recherche ont été retenus, dans la limite du nombre d’internes susceptibles de bénéficier d’une année-recherche.\n\n"
        "Il transmet cette liste à l’ARS dont dépend chaque interne, au plus tard le 15 septembre de l’année de dépôt du projet.",
        distractors=["15 septembre (the commission sends its list: no year, undated page)"],
        note="'au plus tard le' is a deadline cue, but the sender is the commission, not the candidate",
    )
    p(
        "r3s-fnsipbm-annees-recherche",
        "http://www.fnsipbm.fr/internat/aspects-reglementaires/annees-recherche",
        "L'année recherche est prévue pour que les internes puissent accomplir un master 2, débuter ou poursuivre une thèse d'université. "
        "Elle doit s'effectuer dans un laboratoire de recherche français agréé (reconnu dans un plan quadriennal université-ministère) mais le texte mentionne également les laboratoires de recherche étranger.\n\n"
        "L’année-recherche s’effectue entre un 1er novembre et un 31 octobre. Elle peut être prise au plus tôt au début de la 2ème année et au plus tard à la fin de la dernière année de l’internat. "
        "L'attribution de fait au plus tard le 15 septembre de chaque année. C'est au 1er novembre de la même année qu'il faut débuter une année-recherche qui vient d'être attribuée.\n\n"
        "Le dossier de demande doit être déposé auprès de l'UFR de pharmacie dont vous relevez.",
        distractors=[
            "1er novembre .. 31 octobre (period of the research year)",
            "15 septembre de chaque année (attribution)",
            "1er novembre de la même année (start)",
        ],
        note="a union's rules page: no date by which a candidate sends anything",
    )
    p(
        "r3s-siphl-annee-recherche",
        "http://www.siphl.fr/lannee-recherche/",
        "ANNEE-RECHERCHE : PROCEDURE D ATTRIBUTION DEPUIS JUILLET 2010\n\n"
        "L’Etat accorde chaque année un certain nombre d’allocations finançant une année recherche.\n\n"
        "1. Chaque mois de juin\n\n"
        "Le Ministère de la Santé publie un arrêté au Journal Officiel indiquant le nombre d’internes de médecine et de pharmacie ayant le droit de faire une année recherche.\n\n"
        "Les internes ont alors deux mois pour déposer leur projet de recherche auprès de la faculté de médecine ou de pharmacie de Lyon afin qu’une commission inter -régionale puisse les étudier "
        "et rendre un avis favorable ou défavorable .\n\n"
        "2. Chaque mois de juillet\n\n"
        "L’ars envoie à chacun un courrier leur demandant s’ils comptent réaliser leur année recherche en novembre suivant ( même année universitaire)avec copie de l’arrêté ou s’ils démissionnent.",
        distractors=[
            "JUILLET 2010 (since when the procedure applies)",
            "juin, juillet, novembre (recurring months)",
        ],
        note="a relative deadline ('deux mois' after a publication) gives no day",
    )
    p(
        "r3s-ars-paca-contrat-annee-recherche",
        "https://www.paca.ars.sante.fr/index.php/annees-de-recherches",
        "Tous les internes (quelle que soit leur promotion) peuvent déposer un projet auprès de leur université de rattachement dès la publication de l’arrêté du Ministère de la Santé.\n"
        "L’année-recherche s’effectue pour une période continue comprise entre un 1er novembre et un 31 octobre commençant au plus tôt au début de la deuxième année "
        "et s’achevant au plus tard un an après la validation du diplôme d’études spécialisées postulé.\n"
        "Attention, le contrat doit être déposé complété sur « démarches simplifiées » avant le 30 septembre afin qu’il soit envoyé aux CHU et aux universités par l’ARS. "
        "Le contrat devant être en effet être signé par toutes les parties avant la prise de poste.",
        distractors=[
            "1er novembre .. 31 octobre (period of the research year)",
            "30 septembre (the signed contract, no year, undated page)",
        ],
        note="class 8: the contract step would be kind 'other', but the page shows no date",
    )
    p(
        "r3s-business-cool-monmaster-prolongation-2023",
        "https://business-cool.com/monmaster/monmaster-candidatures-20-avril/",
        "Le ministère de l’Enseignement supérieur et de la Recherche a annoncé cet après-midi le prolongement de la période de candidature, qui court désormais jusqu’à jeudi prochain à 23h59 ; "
        "l’objectif du report est de « laisser plus de temps aux candidats pour finaliser leur dossier« .\n"
        "C’est par un tweet que le ministère de l’Enseignement supérieur et de la Recherche a fait savoir que la phase de candidature de MonMaster était prolongée de deux jours, "
        "pour faire face aux inquiétudes des candidats qui découvraient la plateforme et les pièces à intégrer au sein de leur candidature.\n"
        "⚠️ La phase de candidature sur la plateforme #MonMaster est prolongée jusqu’au jeudi 20 avril 2023, 23 h 59.\n"
        "— Ministère Enseignement supérieur et Recherche (@sup_recherche) April 17, 2023",
        [d("2023-04-20", "23:59")],
        distractors=["April 17, 2023 (date of the tweet)"],
        note="a postponed deadline whose old date is not written (only 'prolongée de deux jours'); 'jeudi prochain' is relative",
    )
    p(
        "r3s-studyrama-monmaster-calendrier-2023",
        "https://www.studyrama.com/formations/diplomes/master/le-calendrier-2023-de-la-plateforme-monmastergouvfr",
        "Depuis le 22 mars, les étudiants souhaitant suivre un Master universitaire 1 l’année prochaine peuvent candidater sur la plateforme Mon Master. "
        "Prochaine deadline : vous avez jusqu'au 20 avril pour faire vos candidatures.\n"
        "La période de candidature est prolongée jusqu'au jeudi 20 avril 2023 23h59, afin d'accorder aux candidats plus de temps pour finaliser leur dossier.\n"
        " Candidature hors alternance \n"
        "1er février 2023Consultation des offres sur www.monmaster.gouv.fr\n"
        "Du 22 mars au 20 avril 2023Dépôt des candidatures sur www.monmaster.gouv.fr\n"
        "Du 24 avril au 16  juin 2023Examen des candidatures par les établissements\n"
        "Du 23 juin au 21 juillet 2023Admission des candidats (transmission des propositions d’admission aux candidats et réponse des candidats",
        [d("2023-04-20", "23:59")],
        opens="2023-03-22",
        distractors=[
            "1er février 2023 (offers published)",
            "24 avril .. 16 juin 2023 (examination)",
            "23 juin .. 21 juillet 2023 (admission phase)",
        ],
        note="calendar rows whose date is glued to its label (no space); the page shows no date of its own",
    )
    p(
        "r3s-tf1info-monmaster-admission",
        "https://www.tf1info.fr/societe/video-education-la-phase-d-admission-s-ouvre-ce-vendredi-sur-la-plateforme-monmaster-2261440.html",
        "Le coup d'envoi est donné. Les étudiants titulaires d'un niveau Bac+3 qui souhaitent poursuivre leur étude en intégrant un master reçoivent dès ce vendredi les premières réponses "
        "à leurs vœux de formation, sur la plateforme MonMaster, sur laquelle la phase de candidature avait ouvert en mars. "
        "Ils auront jusqu'au 21 juillet pour accepter ou non les propositions des établissements. "
        "Contrairement à Parcoursup, destinée aux bacheliers qui entrent en études supérieures, cette plateforme ne comprend pas de phase complémentaire.",
        distractors=[
            "en mars (opening, past, vague)",
            "21 juillet (answer to offers, no year; the page shows only a month)",
        ],
        note="news; the stored copy dates the page 2023-06 only, so page_date is null and the year-less date gives nothing",
    )
    p(
        "r3s-univ-lorraine-daeu-conditions",
        "https://fst.univ-lorraine.fr/admission/inscription-daeu",
        "Sont admises à s'inscrire à l'université en vue de l'obtention de ce diplôme, les personnes ayant interrompu leurs études initiales depuis deux ans et satisfaisant à l'une des conditions suivantes :\n\n"
        "  • soit, avoir 20 ans au moins au 1er octobre de l'année de l'examen (ex : pour 2019/2020 au 1er octobre 2020) et justifier à cette date de deux années d'activité professionnelle, "
        "à temps plein ou à temps partiel, ayant donné lieu à cotisation à la Sécurité Sociale\n"
        "  • soit, avoir 24 ans au moins au 1er octobre de l'année de délivrance du diplôme\n\n"
        "Les ressortissants étrangers doivent être en possession d'un permis de séjour en cours de validation au 31 octobre de l'année de l'examen. Cette condition est vérifiée au moment de l'inscription.",
        distractors=[
            "1er octobre de l'année de l'examen, 1er octobre 2020 (age condition)",
            "31 octobre de l'année de l'examen (residence permit, a condition)",
        ],
        note="class 6: conditions only",
    )
    p(
        "r3s-demarches-inscription-temporaire-2020",
        "https://demarchesadministratives.fr/actualites/report-des-examens-les-etudiants-peuvent-sinscrire-a-une-formation-avant-lobtention-de-leur-diplome",
        "Une inscription temporaire\n\n"
        "Un décret paru au Journal officiel le 1er août 2020 clarifie la situation. Il est exceptionnellement possible, en raison du contexte sanitaire et des reports de sessions d’examens, "
        "de s’inscrire temporairement sous réserve de présentation de l’attestation de réussite au plus tard le 31 décembre 2020.\n\n"
        "Seuls sont concernés les étudiants qui préparent, au titre de l’année universitaire 2019-2020, un diplôme national, un diplôme d’établissement ou un titre d’ingénieur diplômé "
        "et qui ne l’ont pas encore obtenu le 2 août, date d’entrée en vigueur de ce décret.",
        [d("2020-12-31", kind="other")],
        distractors=[
            "1er août 2020 (publication of the decree)",
            "2 août (entry into force, no year)",
        ],
        note="the certificate must be handed in by that day: an administrative step (kind 'other'), though 'sous réserve de' reads like a condition; "
        "labelled by what a student needs. The stored copy shows only a month (2020-08), so page_date is null",
    )
    p(
        "r3s-linscription-diu-neurodeveloppement-2026",
        "https://www.linscription.com/pro/activite.php?P1=235478",
        "DIU NEURODÉVELOPPEMENT\n\n"
        "MODALITÉS DE LA FORMATION\n\n"
        "2026 - 2027\n\n"
        "Mise à jour du 27/02/2026\n\n"
        "Cette page de renseignements est actualisée régulièrement\n\n"
        "Nous recueillons les candidatures pour la prochaine session jusqu'au 30 juin 2026.\n\n"
        "Cette date a été avancée dans un souci d'optimisation du circuit de validation pédagogique.\n\n"
        "Les candidatures ultérieures seront étudiées dans la limite des places disponibles.\n\n"
        "Public : Formation réservée aux médecins et aux internes en médecine ayant validé la phase socle.\n\n"
        "Calendrier des séminaires\n\n"
        "1. LYON : du 23 au 27 novembre 2026 (Groupement Est des Hospices Civils de Lyon)\n"
        "2. TOULOUSE : avril 2027 (CHU Purpan, Hôpital Pierre Paul Riquet)\n"
        "3. TOURS : juin 2027 (CHRU de Tours, Hôpital pédiatrique Gatien de Clocheville)",
        [d("2026-06-30")],
        page_date="2026-02-27",
        distractors=[
            "27/02/2026 (update)",
            "23 au 27 novembre 2026, avril 2027, juin 2027 (seminars)",
        ],
        note="'avancée' says the date moved earlier, but the old date is not written",
    )
    p(
        "r3s-chu-poitiers-aap-jeunes-chercheurs-2022",
        "http://chu-poitiers.fr.lxwhpre.linexos.eu/en/?p=734843",
        "La 1ère édition de l’appel à projets interne jeunes chercheurs : un succès !\n\n"
        "Le projet intitulé « Profils anatomo-clinico-biologiques dans la polypose naso-sinusienne résistante au traitement médical » du Dr Florent Carsuzaa, médecin ORL au CHU de Poitiers, "
        "a été sélectionné dans le cadre du tout premier appel à projets « jeunes chercheurs » lancé en 2022 par l’établissement à l’initiative de sa directrice générale, Anne Costa, "
        "mettant ainsi en œuvre cette mesure prévue dans le cadre du projet d’établissement 2019-2023.\n\n"
        "Pour la 1ère édition de son appel à projets interne, le CHU de Poitiers a dédié une enveloppe de 50 000€ pour favoriser l’émergence de projets de recherche portés par des jeunes chercheurs de l’établissement.",
        distractors=["2022 (launch year)", "2019-2023 (plan)"],
        note="a CHU's news of a laureate: no date at all to send anything",
    )
    p(
        "r3s-reseau-chu-tours-aoi-jeunes-investigateurs",
        "https://www.reseau-chu.org/article/a-tours-remise-des-cheques-aux-laureats-du-1er-appel-doffre-interne-jeunes-investigateurs/",
        "A Tours, remise des chèques aux lauréats du 1er Appel d’Offre Interne Jeunes Investigateurs\n"
        "Les 7 jeunes chercheurs du CHU de Tours, lauréats du premier appel d’offre interne (AOI) jeunes investigateurs se verront remettre leur chèque le 17 septembre prochain. "
        "Le CHU réaffirme ainsi sa confiance en la recherche hospitalo-universitaire tourangelle et concrétise sa volonté de promouvoir des jeunes chercheurs.\n"
        "Pour le premier Appel d’Offre Interne (AOI) du CHU de Tours, 7 projets de recherche clinique ou translationnelle sur 31 ont été retenus et bénéficieront d’un accompagnement et d’un financement dédié (200 000 € hors frais de promotion).",
        distractors=["17 septembre prochain (prize handed over, no year, undated page)"],
        note="news of laureates: no deadline",
    )
    p(
        "r3s-info-tours-chu-jeunes-chercheurs-2018",
        "http://www.info-tours.fr/articles/tours/2018/09/19/9567/le-chu-de-tours-debloque-200-000e-pour-ses-jeunes-chercheurs/",
        "7 praticiens de l’hôpital vont être soutenus dans leurs projets.\n\n"
        "30 dossiers déposés… 7 retenus : pour la première fois cette année, le CHU de Tours subventionne de jeunes médecins de l’établissement pour les aider à démarrer leur premier de recherche.\n\n"
        "L’ensemble des lauréats de cette bourse ont moins de 40 ans et vont se partager une enveloppe de 200 000€ : « ils seront à la tête de leur projet et accompagnés par la direction de la recherche. "
        "Ils auront également des assistants pour les aider à recruter des malades afin de mettre en place leur protocole » poursuit Julien Le Bonniec.\n\n"
        "Les dossiers seront finalisés d’ici la fin de l’année, et les travaux pratiques devraient s’étendre sur deux ans.",
        distractors=["d’ici la fin de l’année (files finalised, vague)"],
        note="press news of the same call as another page of a different site; 'd’ici' before a vague date gives nothing",
    )
    p(
        "r3s-uga-cdtools-2021",
        "https://projects-call.univ-grenoble-alpes.fr/en/campagnes?view=programme&cid=49",
        "Appel à projets Cross Disciplinary Tools (CDTools)\n\n"
        "alarm Launch:\n\n23/11/2021 à 12h00\n\n"
        "schedule Closing:\n\n15/12/2021 à 10h00\n\n"
        "public\n\nTime zone: Europe/Paris\n\n"
        "L’Université Grenoble Alpes lance un appel à projets « Cross Disciplinary Tools » (CDTools) pour soutenir les structures et communautés ayant réalisé des projets scientifiques "
        "multi-laboratoires, inter-pôles, interdisciplinaires qui soient aboutis en termes de résultats scientifiques interdisciplinaires publiés, selon la pratique de la communauté en question.",
        [d("2021-12-15", "10:00")],
        opens="2021-11-23",
        note="an English fiche (Launch / Closing) over French text, values on the line after the label; 'Launch' is not an opening word of the rules, "
        "labelled by what a subscriber needs, as inha-mobilite-mesr-2024 in round 2",
    )
    p(
        "r3s-ed-svs-nice-prix-these",
        "http://ed-svs.unice.fr/fr/site/prix-these.php",
        "Prix de thèse\n\n"
        "Nous avons crée un prix de thèse annuel de l'ED85 qui sera attribué à la meilleure thèse à partir de 2007 et remis lors des Journées de l'ED85\n\n"
        "Procédure\n\n"
        "Ce prix de thèse est proposé par les deux rapporteurs extérieurs à l'Université.\n\n"
        "Le formulaire de Proposition au Prix de Thèse de l'ED85 est à remplir par les rapporteurs dans un délai de un mois après la soutenance, puis à renvoyer par e-mail, courrier ou fax au Secrétariat de l'ED. "
        "Si ces rapports ne sont pas parvenus à l'ED dans ce délai, la proposition ne sera plus retenue.",
        distractors=["à partir de 2007 (since when the prize exists)"],
        note="a delay relative to each defence, sent by the reviewers: no day",
    )
    p(
        "r3s-edmstii-grenoble-contrats-2025",
        "https://edmstii.univ-grenoble-alpes.fr/apply/competitions-and-phd-contracts/competitions-and-phd-contracts-861078.kjsp",
        "Public: French or foreign students holding or completing a Master 2 research or professional degree, an engineering degree or a foreign diploma at bac +5 level.\n"
        "Process: new procedure involving submission of the thesis subject via the ED website - ADUM platform.\n"
        "The campaign for ordinary doctoral contracts (previously ADR UGA) for the ED MSTII opens on May 12, 2025, via the ADUM dematerialized platform. "
        "In accordance with CED UGA's OTM-R (Open/ Transparency/ Merit) principles, the process presented below involves several stages:\n"
        "- 1st stage from May 12 to May 24, 2025 inclusive: Each thesis supervisor who wishes to do so submits a thesis project on: www.adum.fr\n"
        "- 2nd stage from May 26 to June 9, 2025: Candidates submit their application on ADUM via the link HERE\n"
        "Documents to be provided in a single pdf file (in French or English).\n"
        "- 3rd stage from June 10 to 16, 2025 inclusive: Subject managers issue an opinion on the applications submitted.\n"
        "- Stage 4: June 27, 2025: Candidate selection panel meeting.",
        [d("2025-05-24", kind="other"), d("2025-06-09"), d("2025-06-16", kind="other")],
        opens="?",
        distractors=["June 27, 2025 (selection panel)"],
        note="supervisors' steps are 'other', as lyon-nsco-2024; the campaign opens on 12 May but candidates apply from 26 May, "
        "so the opening is not scored",
    )
    p(
        "r3s-edsjpg-lille-candidature-doctorat",
        "https://edsjpg.univ-lille.fr/le-doctorat/candidature",
        'Le doctorat "sans financement dédié" est ouvert pour les candidats salariés, les étudiants bénéficiant d\'un soutien financier familial, les retraités...\n\n'
        "Les candidatures en doctorat sont ouvertes du 1er juillet au 1er octobre de chaque année par inscription sur le site internet ADUM.\n\n"
        "Voici les étapes à suivre pour une candidature : \n\n"
        "  • vérifier que vous répondez aux conditions requises (13/20 au mémoire de recherche + 13/20 au M2 ou sur les 2 années de Master\n\n"
        "  • trouver un directeur de thèse : pour cela, nous vous invitons à consulter les sites internet des laboratoires rattachés à notre ED\n\n"
        "  • candidater sur le site adum : compléter le profil, finaliser la procédure, imprimer les documents, recueillir les signatures et nous envoyer le tout pour le 1er octobre (délai de rigueur).",
        distractors=[
            "1er juillet au 1er octobre de chaque année (window, no year, undated page)",
            "1er octobre (the same deadline, no year)",
            "13/20 (marks, not a date)",
        ],
        note="class 8: a recurring window without a year; '13/20' looks like a day/month but month 20 does not exist",
    )
    p(
        "r3s-obspm-aaif-concours-2018",
        "https://ecole-doctorale.obspm.fr/en/ed_aaif/Actualites/Concours_18",
        "The schedule for our PhD candidate selection is as follow:\n\n"
        "  • Until February 2nd: Call for proposals.\n"
        "  • From February 3rd to April the 27th: On line applications opens.\n"
        "  • May 4th: Selection and call for interviews.\n"
        "  • From May 22th to 28th: Interview of selected candidates in Paris and 1st jury.\n"
        "  • July 2nd: Final jury selection.\n\n"
        "Items 1, 2 and 3 are requested before May 4th, item 4 before the interviews (May 21st) and items 5, 6 and 7 before the final jury (2nd of July).\n\n"
        "Up to one third of the PhD grants could be attributed by May 29th. The remaining grants will be attributed on July 2nd.\n\n"
        "Candidates can upgrade their application file until July the 1st.",
        distractors=[
            "every date: English dates without a year on a page that shows no date (the year is only in the url)",
        ],
        note="class 8 in English: many steps that would be deadlines (April the 27th, May 4th, May 21st, July the 1st) but no year anywhere in the text",
    )
    p(
        "r3s-obspm-aaif-concours-2019",
        "https://ecole-doctorale.obspm.fr/en/ed_aaif/Actualites/Concours_19",
        "The schedule for the 2019 PhD candidate selection is as follow:\n\n"
        "  • Until February 1st: Call for proposals for the advisors using ADUM.\n"
        "  • From February 2nd to April the 26th: On line applications opens.\n"
        "  • May 6th: Selection and call for interviews.\n"
        "  • From May 13th to 20th: Interview of selected candidates in Paris.\n"
        "  • May 27th: First jury.\n"
        "  • July 1st: Final jury selection.\n\n"
        "You must submit the following documents with your application:\n\n"
        "  1. A curriculum vitae.\n  2. A motivation letter.\n"
        "  3. A copy of your grades for each year in college and master studies, starting from your first year of college\n\n"
        "These items must be submitted with your online application by April 26th, 2019.\n\n"
        "If your application is selected for an interview\n\n"
        "  1. A letter from the potential PhD thesis supervisor.\n\n"
        "must be sent before the interview, hence May 13th, 2019.",
        [d("2019-04-26"), d("2019-05-13", kind="other")],
        distractors=[
            "February 1st, February 2nd, May 6th, May 13th to 20th, May 27th, July 1st (schedule without a year on an undated page)"
        ],
        note="'The schedule for the 2019 ...' names the year, but year-less dates on an undated page give nothing (a known limit); "
        "the supervisor's letter is a recommendation-like letter, kind 'other'",
    )
    p(
        "r3s-unice-math-bourses-m2-2024",
        "http://www-math.unice.fr/departement/bourses-de-master-master-scholarships",
        "Ces bourses au mérite couvrent l’année universitaire 2024-2025.  Leur montant est de 1000 euros par mois pendant 10 mois (septembre à juin) et inclut les gratifications de stage.\n\n"
        "Lancement de l’appel : lundi 22 janvier 2024.\n\n"
        "Clôture de l’appel : dimanche 3 Mars 2024.\n\n"
        "Notification d’attribution des bourses aux candidats : LES BOUSES ONT ÉTÉ ATTRIBUÉES ET LA CAMPAGNE 2024 EST TERMINÉE.\n\n"
        "Date limite d’acceptation de la bourse par les candidats : LES BOURSES ONT ÉTÉ ATTRIBUÉES ET LA CAMPAGNE 2024 EST TERMINÉE.\n\n"
        "Date limite d’inscription en Master 2 : le 1er juillet 2024.\n\n"
        "Pour candidater, un dossier de candidature dématérialisé sous forme d'un fichier “zip” UNIQUE devra être envoyé par mail à l'adresse avant le DIMANCHE 3 MARS 2024 et devra contenir :",
        [d("2024-03-03"), d("2024-07-01", kind="other")],
        opens="2024-01-22",
        note="'Lancement de l’appel' is not an opening word of the rules; labelled as the opening by what a subscriber needs. "
        "The enrolment in Master 2 is an administrative step (kind 'other'); the same closing written twice is one deadline",
    )
    p(
        "r3s-yabiladi-paris-saclay-bourses-master-2022",
        "https://www.yabiladi.com/articles/details/123952/france-bourses-ouvertes-marocains-l-universite.html?utm_source=rss_yabiladi",
        "Des bourses études pour les étudiants marocains sont désormais disponibles, pour les masters à l’Université Paris-Saclay en France. "
        "Elles s’inscrivent dans le cadre du programme International Master’s Scholarship, au titre de l’année universitaire 2022-2023, "
        "explique la direction de la Coopération et du partenariat du ministère de l'Enseignement supérieur, de la recherche scientifique et de l'innovation.\n\n"
        "— Direction de la Coopération et du Partenariat (@DcpEnsSup) February 4, 2022\n\n"
        "Les bourses sont d’un montant de 10 000 euros par an, versée par l’Université pour toute la durée de l’année universitaire, en plus d’une indemnité forfaitaire maximale de 1 000 euros pour les frais de voyage et de visa. "
        "La date limite de candidature au Master pour être sélectionné est le 7 mai 2022. Après avoir été sélectionné, date limite de candidature à la bourse est fixée au 14 mai 2022.",
        [d("2022-05-07"), d("2022-05-14")],
        distractors=["February 4, 2022 (date of the tweet)"],
        note="two successive candidatures (the master, then the scholarship), both 'application'; the stored copy shows only a month (2022-02), so page_date is null",
    )
    p(
        "r3s-paris2-aides-mobilite-2019",
        "https://vectum.u-paris2.fr/bourse",
        "Appel à candidatures Aides à la mobilité internationale\nAnnée universitaire 2019-2020\n\n"
        "Période de candidatures : du 15 juillet au 15 septembre 2019\n\n"
        "Les étapes clefs pour déposer un dossier de demande de bourse à la mobilité\n\n"
        "  1. Avant de postuler à une bourse, merci de vérifier que vous êtes bien éligible et que vous remplissez toutes les conditions d’éligibilité de la bourse.\n"
        "  2. Complétez tous les champs de ce dossier en ligne.\n"
        "  3. Téléchargez pour chaque bourse toutes les pièces justificatives demandées.\n"
        "  4. Validez votre candidature avant le 15 septembre 2019. Aucune candidature ne sera acceptée après cette date limite.",
        [d("2019-09-15")],
        opens="2019-07-15",
        note="a window label 'Période de candidatures' and the same closing in prose",
    )
    p(
        "r3s-bordeaux-mobilite-doctorale-2018",
        "https://aap.u-bordeaux.fr/siaap/pub/appel/view/31",
        'Programme "Doctorat International" / Appel à candidatures « Mobilité, internationalisation des études doctorales » 2018\n'
        "publié le 08 décembre 2017\n\n"
        "Le présent appel s’adresse aux doctorants inscrits dans l’une des 9 écoles doctorales de Bordeaux sans condition de nationalité.\n"
        "Sont soutenues des mobilités « sortantes » en cours de thèse d’une durée de 3 à 9 mois (non fractionnable) correspondant à un séjour prévu entre le 1er juillet 2018 et le 31 août 2019. \n\n"
        "Le candidat doit obligatoirement :\n\n"
        "  • Être régulièrement inscrit en doctorat dans une des écoles doctorales de Bordeaux (au moment du dépôt de la candidature et durant la mobilité) ;\n"
        "  • Attester d’un financement principal (salaire) couvrant la durée totale du doctorat ;\n"
        "  • Être en situation de mobilité sortante entre le 1er juillet 2018 et le 31 août 2019 dans le cadre d’un partenariat avec une université étrangère",
        page_date="2017-12-08",
        distractors=[
            "08 décembre 2017 (publication)",
            "1er juillet 2018 .. 31 août 2019 (period of the stay, twice; the second a condition)",
        ],
        note="the passage holds no deadline (the call's closing is further down the page)",
    )
    p(
        "r3s-ed583-nimes-aide-mobilite",
        "https://ed583.unimes.fr/international",
        "L’Aide à la mobilité\n"
        "En appui aux unités de recherche, l’ED 583 propose aux doctorants une aide pour le financement d’un séjour de recherche dans une structure d’accueil à l’étranger, pendant la préparation du doctorat.\n"
        "La mobilité doit être égale ou supérieure à un mois.\n"
        "Une commission d’attribution se chargera d’étudier l’ensemble des dossiers et procédera à l’attribution des bourses de mobilité.\n"
        "Chaque année, il y aura 2 campagnes d’aide au financement de projets de mobilité internationale :\n"
        "- Campagne 1 : pour des demandes qui concernent un départ entre le 1er février et le 30 juin, clôture des demandes au 30 novembre\n"
        "- Campagne 2 : pour des demandes qui concernent un départ entre le 1er juillet et le 15 décembre, clôture des demandes au 31 mai",
        distractors=[
            "1er février .. 30 juin, 1er juillet .. 15 décembre (departure periods)",
            "30 novembre, 31 mai (closings without a year on an undated page)",
        ],
        note="class 8: recurring campaigns without a year",
    )
    p(
        "r3s-ephe-mobilite-doctorat",
        "https://www.ephe.fr/international/partir-etudier-l-etranger/partir-etudier-l-etranger-doctorat",
        "Les principes d’un programme de mobilité internationale :\n\n"
        "  • être inscrit à l’EPHE et à jour des droits d’inscription ;\n"
        "  • être sélectionné par son directeur de thèse ;\n"
        "  • aide financière : elle n’est pas automatique. Le choix des candidats, confié à une commission de sélection, s’appuie sur le projet de l’étudiant et dépend du nombre de bourses disponibles ;\n"
        "  • délais : il est recommandé de faire acte de candidature entre 6 mois et 1 an avant le début du séjour.\n\n"
        "« Mobilité de l’enseignement supérieur » Erasmus+\n\n"
        "Cette bourse ne permet pas de financer une mission de recherche.\n\n"
        "Dates-limites de candidature à l’EPHE : fin avril au plus tard pour les séjours au pre",
        distractors=["fin avril (deadline label over a vague date)"],
        note="the stored copy breaks off mid-word; a deadline label followed by a vague date gives nothing",
    )
    p(
        "r3s-unil-stages-facultes-suisses",
        "https://unil.ch/ecoledemedecine/fr/home/menuinst/competences-cliniques/stages/etudiant-es-des-facultes-suisses.html",
        "Veuillez faire votre demande par écrit (courrier ou e-mail) à l'adresse ci-contre.\n"
        "Seuls les stages organisés par la voie officielle seront validés.\n"
        "Calendrier et délais\n"
        "Si votre demande de stage se situe entre mai 2025 et avril 2026, vous pouvez nous transmettre votre demande immédiatement avec vos choix et différentes possibilités, "
        "votre curriculum vitae et les résultats de vos examens. Nous vous répondrons en fonction des places disponibles.\n"
        "Si votre demande de stage se situe entre mai 2026 et avril 2027, nous attribuerons les places en automne 2025. "
        "Vous pouvez nous transmettre votre demande avec vos choix et différentes possibilités, votre curriculum vitae et les résultats de vos examens, "
        "jusqu'au 30 juin 2025 et vous obtiendrez une réponse définitive fin septembre 2025.",
        [d("2025-06-30")],
        distractors=[
            "mai 2025 .. avril 2026, mai 2026 .. avril 2027 (periods of the placements)",
            "automne 2025 (allocation)",
            "fin septembre 2025 (answer, vague)",
        ],
        note="a medical school's placements for students of other faculties: a request sent by a date",
    )
    p(
        "r3s-paris-diderot-annee-recherche-2016",
        "http://www.medecine.univ-paris-diderot.fr/index.php/formation-initiale/3eme-cycle/des-et-desc/item/582-ann%C3%A9e-recherche",
        "Le Ministère de la Santé publie un arrêté au Journal Officiel indiquant le nombre d’internes de médecine et de pharmacie ayant le droit de faire une année recherche.\n\n"
        "L’interne qui en bénéficie prépare un master 2 ou un début de thèse de doctorat tout en bénéficiant d’un salaire fixé régulièrement par arrêté d’environ 24.080 € brut annuel.\n\n"
        "La date limite de dépôt des dossiers est le 30 Mai 2016 (le cachet de la poste faisant foi).\n\n"
        "Tous les internes (quelle que soit leur promotion) peuvent déposer un projet dès la publication de l’arrêté du Ministère de la Santé.",
        [d("2016-05-30")],
        note="'dès la publication de l’arrêté' is an opening with no date",
    )
    p(
        "r3s-orientation-education-mt180-2016",
        "https://www.orientation-education.com/article/ma-these-en-180-secondes-les-inscriptions-sont-lancees-pour-2016?i=16381",
        "Les inscriptions au concours « Ma thèse en 180 secondes » sont désormais ouvertes. Les candidats peuvent déposer leur candidature jusqu'au 18 décembre.\n\n"
        "Mercredi 18 novembre, le comité national d'organisation, la CPU associée au CNRS, s'est réuni en compagnie des différents regroupements universitaires et délégations CNRS français "
        "afin de lancer officiellement l'édition 2016. Ainsi, les inscriptions sont ouvertes jusqu'au 18 décembre.\n\n"
        "Pour pouvoir participer, il faut être inscrit ou avoir été inscrit en doctorat lors de l'année universitaire en cours (2015-2016) "
        "ou avoir obtenu son doctorat durant l'année précédent la finale internationale (2014-2015).",
        distractors=[
            "18 décembre (deadline, twice, no year; the page shows no date)",
            "Mercredi 18 novembre (launch meeting, no year)",
        ],
        note="class 8: 'édition 2016' and '2015-2016' name years, but the dates themselves have none and the page shows no date "
        "(a subscriber would want 18 December 2015)",
    )
    p(
        "r3s-lavoixdurobec-mt180-normandie-2020",
        "http://www.lavoixdurobec.com/pages/vie-etudiante/bon-plan/ma-these-en-180-secondes-revient-pour-une-nouvelle-edition.html",
        "“Ma thèse en 180 secondes” revient pour une nouvelle édition\n\n"
        "Théo Alleaume, 12/12/2019\n\n"
        "Conditions et dates d’inscriptions\n\n"
        "Avant d’arriver au concours international, il faut tout d’abord remporter la finale Normande. En accord avec Normandie Université et la Délégation Normandie du CNRS, "
        "les inscriptions ont ouverts le 4 novembre dernier et prendront fin le 6 janvier prochain. "
        "Il est important de noter que les inscriptions individuelles sont interdites, tout passe via votre université.",
        [d("2020-01-06")],
        opens="2019-11-04",
        page_date="2019-12-12",
        distractors=["12/12/2019 (post date)"],
        note="a student paper. 'le 4 novembre dernier' is in the past: the first 4 November on or after the page date would be 2020, "
        "but 'dernier' says 2019; 'ont ouverts le' and 'prendront fin le' are in no cue list. Labelled by what a subscriber needs",
    )
    p(
        "r3s-campusfrance-maroc-mt180-2023",
        "https://www.maroc.campusfrance.org/participez-a-la-dixieme-edition-de-ma-these-en-180-secondes",
        "Participez à la dixième édition de Ma Thèse en 180 secondes\n"
        "En 2023, le concours francophone Ma thèse en 180 secondes fête son 10e anniversaire et les doctorants peuvent déjà s’inscrire auprès de leur université ou de leur regroupement universitaire pour concourir.\n"
        "Le concours se déroule en effet en plusieurs étapes au cours desquelles le candidat apprend peu à peu à mieux exposer son projet de recherche. Trois temps importants rythment le concours :\n"
        "-\ndes pré-sélections au niveau de chaque université ;\n"
        "-\nune demi-finale nationale (prévue en avril 2023) ;\n"
        "-\nune finale nationale (fin mai 2023) suivie d’une finale internationale à l’automne.",
        distractors=["avril 2023 (semi-final)", "fin mai 2023 (final)"],
        note="registration is open but no closing date is given",
    )
    p(
        "r3s-sorbonne-mt180-finale-2015",
        "https://www.sorbonne.fr/ma-en-180-secondes-apotheose-en-sorbonne",
        "Novembre 2025\n"
        "| Lu | Ma | Me | Je | Ve | Sa | Di | \n"
        "| 3 | 4 | 5 | 6 | 7 | 8 | 9 | \n"
        "| 10 | 11 | 12 | 13 | 14 | 15 | 16 | \n"
        "Accueil > Actualités archivées > Évènements > Ma thèse en 180 secondes : apothéose en Sorbonne\n"
        "Présenter de manière attrayante 3 ans de travaux de thèse complexes à souhait en 3 minutes seulement, c’est l’exercice de médiation scientifique de haute volée "
        "auquel se sont prêtés 16 doctorants et doctorantes issus de 8 pays francophones, jeudi 1er octobre 2015. \n"
        " Ce soir-là en Sorbonne se déroulait, devant un public conquis et en présence de nombreuses personnalités, la finale internationale du concours « Ma thèse en 180 secondes », "
        "organisé par le CNRS et la Conférence des Présidents d’universités (CPU).",
        distractors=[
            "Novembre 2025 and its day numbers (a calendar widget)",
            "jeudi 1er octobre 2015 (the final, past)",
        ],
        note="an archived event report under a calendar widget: no deadline",
    )
    p(
        "r3s-amu-droit-prix-these-senat-2023",
        "https://facdedroit.univ-amu.fr/fr/prix-de-senat-edition-2023-date-limite-candidature-15-01-2023-22-heures",
        "Prix de thèse du Sénat (édition 2023) – date limite candidature 15 01 2023 à 22 heures\n\n"
        "Mise en ligne 05 01 2023 – date limite candidature 15 01 2023 à 22 heures\n\n"
        "2 Résumé des conditions d’éligibilité (selon le règlement du prix)\n\n"
        "Seuls sont admis à concourir les auteurs d’une thèse rédigée en langue française soutenue entre le 1er janvier 2022 et le 31 décembre 2022 et n’ayant pas bénéficié d’une bourse de recherche du Sénat.\n\n"
        "3 Date limite de candidature et modalités de candidature\n\n"
        "Date limite de candidature 15 janvier 2023 à 22 heures (envoi par voie électronique au Sénat)",
        [d("2023-01-15", "22:00")],
        page_date="2023-01-05",
        distractors=[
            "05 01 2023 (put online)",
            "1er janvier 2022 .. 31 décembre 2022 (thesis defended between, a condition)",
        ],
        note="dates written with spaces ('15 01 2023') are in no format the rules list; the same day in words gives the deadline",
    )
    p(
        "r3s-paris-saclay-asso-rentree-2023",
        "https://ecole-universitaire-paris-saclay.fr/actualites/appel-projet-vie-etudiante-rentree-universitaire-2023-2024",
        "Appel à projet vie étudiante : rentrée universitaire 2023-2024\n"
        "Pour la prochaine rentrée universitaire 2023-2024, l’Université Paris-Saclay organise un appel à projets intitulé « À l’Asso de la rentrée 2023 » "
        "pour soutenir les projets des associations étudiantes des établissements membres de l’Université Paris-Saclay.\n"
        "Pour être éligible, un projet devra répondre à :\n"
        "2 critères obligatoires :\n"
        "- Se dérouler sur l’un des campus de l’Université Paris-Saclay entre le 4 septembre et le 24 novembre 2023 ;\n"
        "- Favoriser l’intégration et l’interaction des étudiants des différents établissements de Paris-Saclay ;\n"
        "S’inscrire\n"
        "Si vous souhaitez proposer un projet de rentrée (associé ou non aux événements d’accueil déjà proposés par les établissements) se déroulant entre le 4 septembre et le 24 novembre 2023, "
        "vous pouvez soumettre votre candidature jusqu’au 2 juin 2023 via le formulaire suivant :",
        [d("2023-06-02")],
        distractors=[
            "4 septembre .. 24 novembre 2023 (period of the projects, twice; the first a condition)"
        ],
        note="a university's call to student associations",
    )
    p(
        "r3s-elmi-cotedazur-bourses-excellence-2024",
        "https://elmi.univ-cotedazur.fr/bourse-dexcellence-ouverture-des-candidatures-1",
        "Ouverture des candidatures pour les bourses d'excellence d'ELMI\n\n"
        "Publié le 13 mars 2024 Mis à jour le 26 mars 2024\n"
        "Date(s)\n\nle 18 mars 2024\n\n"
        "Dans le cadre de sa politique de soutien aux étudiants, l'EUR ELMI propose des bourses d'excellence à celles et ceux qui souhaitent poursuivre leurs études "
        "au sein d'une formation de Master de l’EUR ELMI ou du Portail de Licence Economie-Gestion.\n\n"
        "Ainsi, pour cette rentrée 2024/2025, des bourses d’excellence seront attribuées aux étudiants de haut niveau qui souhaitent poursuivre leurs études dans une formation de l’EUR ELMI "
        "ou du Portail Economie-Gestion. Les dossiers de candidatures devront être envoyés avant le 22 avril 2024.",
        [d("2024-04-22")],
        opens="?",
        page_date="2024-03-26",
        distractors=[
            "13 mars 2024 (publication)",
            "26 mars 2024 (update)",
            "18 mars 2024 (the post's date field)",
        ],
        note="the title says the candidatures open, and the 'Date(s)' field gives 18 March, but no word ties that day to the opening: not scored",
    )
    p(
        "r3s-lyon1-arqus-projets-etudiants-2025",
        "https://etu.univ-lyon1.fr/actualites/appel-a-projet-etudiants-proposez-un-projet-et-obtenez-son-financement?RF=ETUDIANTS-FR-NAV",
        "L'Alliance Arqus a le plaisir de lancer son troisième appel à projets créés par les étudiants afin de renforcer leur expérience interuniversitaire. "
        "La date limite de dépôt des candidatures est fixée au 12 mai 2025.\n"
        "Objectif de l’appel\n"
        "Les étudiants sont encouragés à soumettre des projets courts, susceptibles de relier les universités au sein de l'Alliance Arqus. "
        "Les projets seront déployés tout au long de l’année 2025 et ce jusqu'à la fin du mois d'avril 2026.",
        [d("2025-05-12")],
        distractors=["jusqu'à la fin du mois d'avril 2026 (projects run until then, vague)"],
    )
    p(
        "r3s-lyon1-pass-inscription-2023",
        "https://www.univ-lyon1.fr/formation/inscription-et-scolarite/pour-bien-preparer-votre-inscription-en-premiere-annee-commune-aux-etudes-de-sante-paces--613878.kjsp?RH=FORMATION",
        "Etape 1 : Affectation dans une faculté de médecine\n\n"
        "A partir de début juillet vous devez impérativement vous connecter à l'application d'affectation entre les UFR de médecine Lyon Est et Lyon Sud - Charles Mérieux\n\n"
        "Vous trouverez ci-joint les règles d'affectation adoptées par l'université : procédure d'affectation pour la rentrée 2023\n\n"
        "Tous les étudiants français et étrangers en formation initiale (classique ou apprentissage) doivent s'acquitter de la CVEC (Contribution Vie Etudiante et Campus) avant de procéder à leur inscription administrative à l'université.\n"
        "Pour l'année 2023-2024, le montant de la CVEC s'élève à 100€.\n\n"
        "Etape 3 : Inscription administrative en ligne\n\n"
        "Du 04 au 28 juillet et du 21 août au 08 septembre 2023, vous devez vous connecter via le lien suivant pour réaliser votre inscription administrative en ligne, depuis le portail",
        [d("2023-07-28", kind="other"), d("2023-09-08", kind="other")],
        opens="2023-07-04",
        distractors=[
            "début juillet (assignment opens, vague)",
            "21 août 2023 (the second window reopens)",
        ],
        note="an administrative enrolment in two windows (kind 'other'); the first range takes its year from the second; "
        "both ends are labelled, as a student must enrol within one window",
    )
    p(
        "r3s-univ-sba-concours-doctorat-2016",
        "https://www.univ-sba.dz/vrpg/index.php/post-graduation/139-concours-doc-2016-2017?tmpl=component&print=1&layout=default&page=",
        "Planning des concours d'accès à la formation de doctorat 2016 -2017\n"
        "Publié le: 16/08/2016\n"
        "Dates importantes\n\n"
        "  1. Dépôt des dossiers au niveau des départements. Début de dépôt des dossiers: Mardi 06 Septembre 2016.  Dernier délai de dépôt des dossiers de candidature: Lundi 19 Septembre 2016\n"
        "  2. Validation, par les CFD (Comité de Formation Doctorale), des listes des retenus à passer les épreuves écrites du concours : Mardi 20 et Mercredi 21 Septembre 2016\n"
        "  3. Affichage des listes des retenus au niveau des départements et des facultés et publication sur le site web du VRPG et de l'université : Jeudi 22 Septembre 2016.\n"
        "  4. Recours (à déposer au niveau du chef de département) : La semaine du Dimanche 25 au Jeudi 29 Septembre 2016",
        [d("2016-09-19"), d("2016-09-29", kind="other")],
        opens="2016-09-06",
        page_date="2016-08-16",
        distractors=[
            "16/08/2016 (publication)",
            "20 et 21 Septembre 2016 (validation of lists)",
            "22 Septembre 2016 (lists published)",
        ],
        note="'Début de dépôt' and 'Dernier délai de dépôt' are not in the rules' word lists; labelled by what a subscriber needs. "
        "An appeal is sent by the candidate within a week: kind 'other', its last day the deadline",
    )
    p(
        "r3s-whatsupdoc-bal-internat-2016",
        "https://www.whatsupdoc-lemag.fr/article/la-tradition-du-bal-de-linternat-ressuscitee-0",
        "La tradition du bal de l’internat ressuscitée\n\n"
        "Le 29 avril prochain, une association d’internes s’apprête à faire revivre une tradition pluriséculaire : celle du bal de l’internat. "
        "Au programme : déguisements, repas raffiné et chansons paillardes.\n\n"
        "Côme va bientôt voir ses efforts aboutir : le prochain bal de l’internat aura lieu le 29 avril prochain à la salle Wagram, à Paris. "
        "« Et au vu des réservations que nous enregistrons depuis hier, nous allons peut-être ajouter 150 places si tout va bien », espère Côme.",
        distractors=["29 avril prochain (the ball, twice; no year, undated page)"],
        note="an interns' party: no deadline",
    )
    p(
        "r3s-assas-inscription-doctorat-2024",
        "https://www.assas-universite.fr/fr/formations/candidatures/doctorat/inscription-en-1re-annee-doctorat",
        "Inscription en 1re année de doctorat\n"
        "Année 2024-2025 : la procédure se déroule du vendredi 30 août 2024 au lundi 21 octobre 2024.\n\n"
        "La procédure se déroule du vendredi 30 août 2024 au lundi 21 octobre 2024.\n\n"
        "La première démarche consiste à trouver un directeur de thèse : Liste des enseignants\n\n"
        "1re étape : candidature en ligne sur la plateforme dédiée\n\n"
        "Attention : procédure dématérialisée, aucun dossier papier ne sera accepté",
        [d("2024-10-21")],
        opens="2024-08-30",
        note="'la procédure se déroule du … au …' is a window whose first step is the online candidature; "
        "'procédure' is in no cue list, labelled by what a subscriber needs",
    )
    p(
        "r3s-lyon1-master-pmip-2022",
        "http://master-mic.univ-lyon1.fr/icap_website/2349/75819",
        "APPLICATION in M2 PMIP for the YEAR 2022-2023\n\n"
        "How to apply for the year 2022-2022? \n\n"
        "- Opening of the e-candidat application to fill the application form: April 22th 2022\n\n"
        "- The file is entirely dematerialised: the documents to be attached to the file must be uploaded via the e-candidat application.\n\n"
        "- Deadline to finalise the application: June 1st 2022\n\n"
        "- Admission committee: June 13th 2022\n\n"
        "- Notification of the decision: June 24th 2022\n\n"
        "- Confirmation/withdrawal by the applicant: July 8th 2022\n\n"
        "- Back-to-school meeting and first course: August 31st 2022",
        [d("2022-06-01"), d("2022-07-08", kind="other")],
        opens="2022-04-22",
        distractors=[
            "June 13th 2022 (admission committee)",
            "June 24th 2022 (notification)",
            "August 31st 2022 (first course)",
        ],
        note="an English fiche; the applicant's confirmation of a place is a step the candidate sends, not a candidature (kind 'other'). "
        "'April 22th' is a misspelt ordinal",
    )
    p(
        "r3s-isnar-img-stage-etranger",
        "https://www.isnar-img.com/mobilite/stage-a-letranger/",
        "Quand débuter les démarches ?\n\n"
        "Le parcours administratif est long. Il faut donc débuter l’élaboration de votre dossier au minimum neuf mois avant votre départ.\n"
        "Les dates limites sont les mêmes que celles des stages hors-subdivision.\n\n"
        "Contenu du dossier de candidature :\n\n"
        "C’est le même que celui à préparer pour partir en stage hors subdivision.\n"
        "Joignez à ce dossier un projet de stage, cosigné par vous même et par le médecin identifié comme responsable de l’interne en stage.\n"
        "Une fois ce dossier constitué, il doit être remis au DMG au plus tard 4 mois avant le départ.",
        note="an interns' union guide: the deadlines are relative to each departure ('au plus tard 4 mois avant'), no day",
    )
    p(
        "r3s-rennes1-concours-annee-recherche-2021",
        "https://medecine.univ-rennes1.fr/concours-annee-recherche",
        "Candidature à l'année de recherche pour l'année 2021-2022\n\n"
        "La date limite de dépôt du dossier de candidature est fixée au lundi 14 juin 2021 à 12h30 au bureau du doyen de médecine, 2 avenue du Pr Léon Bernard – 35043 Rennes.\n\n"
        "Le Dossier de candidature (format PDF),  formulaire type (format Excel) et le diaporama (format PDF) sont à envoyer par mail à l’adresse liudmila [dot] calohardatuniv-rennes1 [dot] fr, "
        "pour le lundi 14 juin 2021 à 12h30 au plus tard. En parallèle, il est nécessaire de déposer un exemplaire papier au Bureau du Doyen, pièce 108, Bâtiment 1, pour le lundi 14 juin 2021 à 12h30 au plus tard.\n\n"
        "L'audition devant la commission se déroulera le vendredi 25 juin 2021 à partir de 8h00 en visioconférence.\n\n"
        "L’ordre de passage sera communiqué aux candidats par mail (adresse universitaire) le mardi 15 juin 2021.",
        [d("2021-06-14", "12:30")],
        distractors=[
            "vendredi 25 juin 2021 à partir de 8h00 (hearing)",
            "mardi 15 juin 2021 (order of hearings sent)",
        ],
        note="the same deadline three times, with its time",
    )
    p(
        "r3s-auf-foad-master-sante-publique",
        "http://www.foad-mooc.auf.org/Description-de-la-formation-456.html",
        "Master (M1) en Santé publique Description de la formation\n\n"
        "Les publics visés par ce master sont issus de formations très diverses et sont :\n\n"
        "  • des professionnels de santé qui souhaitent orienter leur carrière vers les métiers de la santé publique,\n"
        "  • des médecins, pharmaciens et dentistes en formation qui veulent orienter leur carrière vers une spécialisation dans le champ de la santé publique.\n\n"
        "Cette formation via Internet s’adresse uniquement aux « adultes en reprise d’études » c’est-à-dire aux personnes ayant interrompu leurs études pendant au moins 2 ans "
        "ou ayant terminé leur cursus d’études supérieurs à la date limite du 31 août 2014.",
        distractors=[
            "31 août 2014 (a condition: studies finished by then, though written 'date limite')"
        ],
        note="a deadline noun before a date that is a condition of eligibility ('ayant terminé … à la date limite du'); "
        "no candidate sends anything by that day, labelled by what a subscriber needs",
    )
    p(
        "r3s-silr-appariement-docteurs-juniors-2023",
        "https://www.silr.fr/2023/01/24/calendrier-2023-de-lappariement-des-docteurs-juniors/",
        "Calendrier 2023 de l’appariement des Docteurs Juniors\n\n"
        "1. Lancement du 1er tour d’appariement :\n"
        "• Vœux des étudiants : du lundi 6 mars au jeudi 9 mars 2023 (23h59 heure métropolitaine)\n"
        "• Classement par les RTS : du vendredi 10 mars au mardi 14 mars 2023 (23h59 heure métropolitaine)\n"
        "• Résultat du 1er tour d’appariement ► mercredi 15 mars 2023.\n"
        "2. Lancement du 2ème tour d’appariement :\n"
        "• Vœux des étudiants : du jeudi 16 mars au vendredi 17 mars 2023 (23h59 heure métropolitaine) ;\n"
        "• Classement par les RTS : du samedi 18 mars au lundi 20 mars 2023 (23h59 heure métropolitaine) ;\n"
        "• Résultat du 2ème tour d’appariement ► mardi 21 mars 2023.\n"
        "3. Lancement du 3ème tour d’appariement (hors plateforme SiiMOP) :\n"
        "• Du 22 au 24 mars 2023 ;\n"
        "• Résultat du dernier tour d’appariement ► lundi 27 mars 2023.",
        [
            d("2023-03-09", "23:59", "other"),
            d("2023-03-14", "23:59", "other"),
            d("2023-03-17", "23:59", "other"),
            d("2023-03-20", "23:59", "other"),
        ],
        opens="2023-03-06",
        distractors=[
            "15 mars 2023, 21 mars 2023, 27 mars 2023 (results)",
            "22 au 24 mars 2023 (third round, no label saying what is sent)",
        ],
        note="an interns' union calendar: students' wishes are a choice of posts (kind 'other'); the ranking by the heads of placement (RTS) "
        "is a staff step, kind 'other' as in lyon-nsco-2024. The time follows the end of each range in brackets",
    )
    p(
        "r3s-webmanagercenter-prix-sadok-besrour-2024",
        "https://www.webmanagercenter.com/2024/09/09/529966/ouverture-des-candidatures-pour-les-prix-sadok-besrour-dexcellence-en-medecine-et-sciences-de-la-sante/",
        "La direction générale de la coopération internationale au ministère de l’enseignement supérieur et de la recherche scientifique a annoncé l’ouverture des candidatures "
        "aux Prix Sadok Besrour d’excellence en médecine et en sciences de santé.\n\n"
        "Ces Prix s’adressent aux enseignants et chercheurs juniors tunisiens en médecine et sciences de la santé qui exercent leurs professions en Tunisie et qui démontrent un parcours marqué par l’excellence.\n\n"
        "Les candidats éligibles doivent être âgés de moins de 55 ans au 30 juin 2024 pour le Prix d’excellence en développement et transfert des connaissances, "
        "et de moins de 45 ans au 30 juin 2024 pour le Prix d’excellence en recherche.\n\n"
        "La date limite pour la soumission des candidatures est fixée au 30 septembre 2024 à 23h59",
        [d("2024-09-30", "23:59")],
        distractors=["30 juin 2024 (age condition, twice)"],
        note="press relaying a call; the stored copy shows only a month (2024-09), so page_date is null",
    )
    p(
        "r3s-algerie-eco-prix-sanofi-atrss-2017",
        "https://algerie-eco.com/?p=20570",
        "La date limite des inscriptions et du dépôt des dossiers des participants au concours du Prix Sanofi-ATRSS de la Recherche en Santé en Algérie est prévue pour le 31 août 2017. "
        "Toute participation enregistrée après cette date ne sera pas prise en compte par les organisateurs, précise Sanofi Aventis Algérie.\n"
        "Il est précisé que le Concours est ouvert à toute personne physique âgée de moins de 45 ans (ci-après dénommée le « Participant »). "
        "Les Participants doivent présenter un travail novateur, non publié à la date de dépôt du dossier de candidature et réalisé en Algérie portant sur une recherche effectuée durant les trois (03) dernières années.",
        [d("2017-08-31")],
        note="press; 'inscriptions et dépôt des dossiers' to a prize is the candidature itself (application)",
    )
    p(
        "r3s-umontreal-pharmacie-allies-2024",
        "https://pharm.umontreal.ca/dons-et-philanthropie/fonds-dons-et-bourses/les-allies-de-la-faculte-de-pharmacie/appel-a-projets-2024/",
        "Appel à projets 2024\n\n"
        "Dates limites de soumission\n\n"
        "Formulaire d’intention : 15 janvier 2024, 9 h\n\n"
        "Formulaire de candidature (projet détaillé) : 25 mars 2024, 9 h\n\n"
        "Description\n\n"
        "Créé en 2001 par neuf diplômés de la Faculté de pharmacie, Les Alliés de la Faculté de pharmacie, anciennement le Cercle du doyen, est un fonds de dotation soutenu aujourd’hui par plus de 140 membres.",
        [d("2024-01-15", "09:00", "letter_of_intent"), d("2024-03-25", "09:00")],
        note="a faculty's two-stage call under one heading 'Dates limites'; 'Formulaire d’intention' is a first stage not named in the rules' list "
        "(labelled letter_of_intent by what it is)",
    )
    p(
        "r3s-ut-capitole-vinci-cotutelles-2017",
        "https://eddroit.ut-capitole.fr/accueil/doctorat/financements-et-prix-de-theses/financements-de-these/aide-a-la-mobilite-cotutelles-de-these-programme-vinci-2017",
        "Un budget de 234.000 € est mis à disposition pour l'aide à la mobilité des étudiants en cotutelle de thèse.\n"
        "Pour participer,\nle candidat doit être inscrit, au maximum, en deuxième année de Doctorat et\nfournir une convention de cotutelle, relative au sujet de thèse présenté."
        "Si un doctorant n’a pas finalisé les démarches de signature de sa convention de cotutelle, il dispose de deux mois à partir de la date de clôture du présent Appel à projets "
        "pour envoyer la version finalisée au Secrétariat UFI/UIF de référence, ainsi que les copies des certificats d’inscriptions auprès des deux Universités.\n"
        "Pour accéder à la sélection, chaque projet devra être enregistré\nen ligne, avant le 2 février 2017, par le doctorant.\n"
        "Les documents suivants devront être envoyés au Secrétariat de référence (celui du pays dans lequel a été effectuée la première inscription en Doctorat)\navant le 2 avril 2017 :\n"
        "-\nCopie de la convention de cotutelle, conforme aux normes en vigueur dans chaque pays, signée par le responsable de l’Établissement d’enseignement supérieur français et le Recteur de l’Université italienne",
        [d("2017-02-02", kind="letter_of_intent"), d("2017-04-02")],
        note="two stages: the project registered online first (an 'enregistrement', a first stage), then the documents; "
        "'deux mois à partir de la date de clôture' is relative and gives no day",
    )
    p(
        "r3s-u-paris-cotutelle-calendrier-2024",
        "https://u-paris.fr/cotutelle-internationale-de-these",
        "Qui peut en faire la demande ?\n"
        "Le futur directeur de thèse de l’université Paris Cité doit être à l’initiative de la cotutelle.\n"
        "La Direction des Relations Internationales assure l’instruction de la convention de cotutelle internationale de thèse qui définit les modalités d’organisation de la thèse : "
        "durée, répartition des séjours, répartition des paiements des frais d’inscription, titre du diplôme, nombre du jury de soutenance, lieu et date limite de soutenance.\n"
        "A savoir : la convention internationale de thèse peut-être mis en place uniquement lors de la première année de doctorat dans les deux établissements.\n"
        "Calendrier des candidatures\n"
        "Du 15 juin 2024 au 15 décembre 2024",
        [d("2024-12-15")],
        opens="2024-06-15",
        note="a heading 'Calendrier des candidatures' over a range on the next line; 'date limite de soutenance' has no date",
    )
    p(
        "r3s-nanterre-contrats-doctoraux-handicap-2019",
        "https://ed-clm.parisnanterre.fr/appel-a-candidatures-contrats-doctoraux-handicap-2019-890198.kjsp?RH=1433765433149_LANGUE_HIDDEN",
        "Appel à candidatures - Contrats doctoraux Handicap 2019\n\n"
        "Publié le 29 janvier 2019 Mis à jour le 5 mars 2019\n\n"
        "La campagne nationale « doctorat handicap » est reconduite pour 2019 – 25 contrats seront de nouveaux financés par le ministère ainsi que 90 mois pour les prolongations .\n\n"
        "Date(s)\n"
        "Date limite d'envoi des dossiers à Mme Christine Marin (cmarin@parisnanterre.fr) : vendredi 29 mars 2019\n"
        "Le dispositif initié en 2016, engageant les établissements à financer également sur leurs ressources propres des contrats doctoraux fléchés « handicap », "
        "dès lors qu'ils sont bénéficiaires d'un contrat ministériel, se poursuit pour cette nouvelle campagne.",
        [d("2019-03-29")],
        page_date="2019-03-05",
        distractors=["29 janvier 2019 (publication)", "5 mars 2019 (update)", "2016 (since when)"],
    )
    p(
        "r3s-reseauthecell-bourses-congres-2023",
        "https://reseauthecell.qc.ca/index.php/m-etud/dates-limites/212-dates-limites-programme-d-aide-a-la-diffusion-scientifique-bourses-de-congres",
        "Pour les congrès se déroulant entre le 1er avril et le 30 septembre 2023\n"
        "Dépôt des candidatures accepté jusqu’au 1er février 2023\n"
        "Pour les congrès se déroulant entre le 1er octobre 2023 et le 31 mars 2024\n"
        "Dépôt des candidatures accepté jusqu’au 1er septembre 2023",
        [d("2023-02-01"), d("2023-09-01")],
        distractors=[
            "1er avril .. 30 septembre 2023, 1er octobre 2023 .. 31 mars 2024 (periods of the congresses, conditions)"
        ],
        note="a research network's travel grants for students: two sessions, each with its own closing",
    )
    p(
        "r3s-studylib-idf-mobilite-doctorants-2014",
        "https://studylibfr.com/doc/5621990/ami-doctorants-aide-%C3%A0-la-mobilit%C3%A9-internationale-des-doct...",
        "PRINCIPES DE DÉPÔT DES DOSSIERS DE CANDIDATURE\n"
        "L’école doctorale est seule habilitée à assurer le dépôt des dossiers de demande de soutien auprès de la\nRégion dans le cadre calendaire fixé par le présent appel. "
        "Aucune candidature directe ou spontanée d’un\ndoctorant, d’un laboratoire ou d’une équipe de recherche ne sera examinée par les services régionaux.\n"
        "Le doctorant candidat, entre le 3 février et le 30 avril 2014, doit :\n"
        "- déposer sa candidature en ligne sur la plateforme régionale (www.par.iledefrance.fr) et s’aider, si\nbesoin, de la notice d’utilisation de cette dernière (notice)\n"
        "- imprimer le dossier une fois rempli, joindre les pièces justificatives au format A4 (lettre de motivation\nnon manuscrite, une lettre de soutien du directeur de thèse et un Relevé d’Identité Bancaire français)\n"
        "et faire parvenir le tout à son école doctorale.\n"
        "L’ecole doctorale doit entre le 2 mai et le 30 mai 2014 :\n"
        "- sélectionner les dossiers* parmi les candidatures reçues\n"
        "- envoyer sa sélection de dossiers accompagnée d’une fiche récapitulative de présentation de l’école\ndoctorale qui précise notamment les conditions et critères internes mis en œuvre "
        "pour sélectionner\nles divers dossiers proposés mais également son classement. Il s’agit là d’un élément indispensable à\nl’évaluation individuelle de chacun des dossiers avant le 30 mai 2014",
        [d("2014-04-30"), d("2014-05-30", kind="other")],
        opens="2014-02-03",
        distractors=["2 mai 2014 (the doctoral schools' window opens)"],
        note="a PDF's text layer: the doctoral student applies in a window, then the doctoral school sends its selection (a staff step, kind 'other'); "
        "the candidate's window gives the opening",
    )
    p(
        "r3s-amu-doctoral-contract-disability-2021",
        "https://www.univ-amu.fr/index.php/en/public/doctoral-contract-disability",
        "Doctoral disability contract\n\n"
        "The Disability Doctoral Contracts Campaign concerns students with disabilities who have a thesis project and are beneficiaries of the compulsory employment obligation (B.O.E).\n\n"
        "The 2021-2024 campaign should open very soon.\n\n"
        "Assembly of the file\n\n"
        "Students interested in applying for a job must contact the Student Life Centre, which will assist them in putting together their application. "
        'The documents can be downloaded (see "Documents to download" block).\n\n'
        "Attention : The provisional deadline for submission to the PVE is set for the week of 22 March 2021.",
        distractors=[
            "the week of 22 March 2021 (a provisional deadline given as a week, not a day)"
        ],
        note="a deadline word before 'the week of': the day is not known, so nothing is expected (like a vague date); "
        "labelled by what a subscriber can rely on",
    )
    p(
        "r3s-cidj-bourses-paramedical",
        "https://www.cidj.com/actualite/etudiants-en-paramedical-et-social-pensez-a-faire-votre-demande-de-bourse",
        "Étudiants en paramédical et social : pensez à faire votre demande de bourse !\n\n"
        "Inscrit en formation pour devenir infirmier, aide-soignant, puériculteur, ergothérapeute… ? Vous pouvez solliciter une bourse sur critères sociaux. "
        "La date limite pour déposer une demande varie selon les régions. Pour l’Île-de-France et le Grand Est, par exemple, elle est fixée au 30 septembre prochain.",
        distractors=["30 septembre prochain (deadline without a year; the page shows no date)"],
        note="class 8 on a youth-information news page: a subscriber would want the coming 30 September, but the stored copy gives no year",
    )
