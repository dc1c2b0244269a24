"""Round 4 of the real passages (schools): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r4s-saihm-annee-recherche-2019",
        "https://saihm.org/annee-recherche",
        "Année recherche\nAnnée recherche 2019-2020\n"
        "La date butoir pour le dépôt des dossiers ainsi que les dates des auditions ont été repoussées, respectivement au 15 juin et aux 1ier et 2 juillet 2019. "
        "Pour plus d’informations, merci de contacter le comité scientifique de la faculté medecine-comite-scientifique@univ-amu.fr. "
        "Le SAIHM vous représente au conseil scientifique et vos élus sont membres de la commission d’audition des dossiers d’année recherche.",
        distractors=[
            "15 juin (postponed deadline, no year of its own, undated page)",
            "1ier et 2 juillet 2019 (auditions)",
        ],
        note="an interns' union relays a postponed deadline; the year 2019 is written only after the auditions' days, so by the rules "
        "(a year-less date on an undated page gives nothing, even when the year is named elsewhere) the 15 June deadline is not resolved. "
        "A reader would take 15 June 2019; the rules do not say whether a year in the same 'respectivement' list is shared",
    )
    p(
        "r4s-unistra-annee-de-recherche",
        "https://med.unistra.fr/formations/formation-initiale/3e-cycle-internat/annee-de-recherche",
        "En vue de la préparation de leur thèse (travaux de recherche), les internes en médecine peuvent bénéficier d'une année de recherche. "
        "Celle-ci commence au plus tôt au début de la deuxième année et s'achève au plus tard un an après la validation du DES postulé.\n"
        "Chaque année le nombre d'étudiants susceptibles de bénéficier de cette année de recherche est fixé par un arrêté.\n"
        "Arrêté du 7 juillet 2023 fixant le nombre d’étudiants de troisième cycle des études de médecine, de troisième cycle spécialisé des études pharmaceutiques "
        "et de troisième cycle long des études odontologiques susceptibles de bénéficier d’une année de recherche au titre de l’année universitaire 2023-2024\n"
        "Pour pouvoir bénéficier de cette année de recherche les étudiants doivent déposer un dossier de demande d'attribution d'année de recherche auprès de l'unité de formation et de recherche dont ils relèvent.",
        distractors=["7 juillet 2023 (the date of a decree)"],
        note="no deadline: a faculty's standing page names the decree, not a date to send the file",
    )
    p(
        "r4s-paris3-ed122-financement-these",
        "http://www.univ-paris3.fr/financement-de-la-these-479797.kjsp?RH=1232617049682",
        "L’école doctorale informe aussi largement que possible des délais et des documents à fournir pour candidater à un contrat doctoral.\n"
        "La procédure d’attribution des contrats doctoraux mise en place par l’ED 122 pour l’attribution des contrats annuels qui lui sont dévolus, s’inscrit dans le cadre général fixé par\n"
        "l’Arrêté du 25 mai 2016 relatif au doctorat. Elle s’applique à tous(tes) les candidat-e-s remplissant les conditions d’éligibilité en matière de titres universitaires à la date du dépôt de candidature. "
        "Les candidat-e-s établissent un dossier de candidature qui doit être remis à l’école doctorale selon le calendrier déterminé annuellement.",
        distractors=["25 mai 2016 (the date of a decree)"],
        note="no deadline: 'selon le calendrier déterminé annuellement' names none",
    )
    p(
        "r4s-croubouake-medecins-de-cite",
        "https://croubouake.ci/criteres-de-selection-des-medecins-de-cite/",
        "Appel à candidature : Décembre ou à partir du mois de janvier, lancement de la procédure\n"
        "– Dépôt des dossiers deux semaines à compter de l’appel à candidature\n"
        "– Envoie des dossiers au département de l’UFR SM pour analyse\n"
        "– Dépouillement finale des dossiers, service médical.\n"
        "NB: Les résultats sont disponibles en fin janvier.",
        distractors=[
            "Décembre, à partir du mois de janvier (launch, vague)",
            "fin janvier (results, vague)",
        ],
        note="a student-residence medical post in Côte d'Ivoire: only months and a relative delay",
    )
    p(
        "r4s-uga-chimie-biologie-aide-mobilite-2018",
        "https://chimie-biologie.univ-grenoble-alpes.fr/international/programmes-dechange/etudier-letranger/stages/partir-en-stage/pieces-necessaires",
        "L’aide à la mobilité ne permet pas de financer l’ensemble des dépenses liées au séjour.\n\n"
        "A titre indicatif et pour tout dossier déposé avant le 19/11/2018, elle sera d'un montant de 95 euros par semaine (soit 380 euros par mois) "
        "pour la durée minimale inscrite dans le règlement d'examen et pour une durée maximale de 20 semaines.",
        distractors=["19/11/2018 (files sent before it get a given amount: not a closing)"],
        note="'dossier déposé avant le' reads like a deadline cue, but the date only sets which rate applies; files are still taken after it. "
        "Labelled by what a subscriber needs: nothing must be sent by that day",
    )
    p(
        "r4s-ubordeaux-mon-master-examen-2025",
        "https://www.u-bordeaux.fr/actualites/ce-nest-pas-un-algorithme-qui-selectionne-nos-etudiants",
        "Mise à jour le : 12/05/2025\n"
        "La phase d’examen des candidatures déposées sur la plateforme Mon Master a démarré le 31 mars dans les établissements d’enseignement supérieur. "
        "Un temps fort pour les responsables de master",
        page_date="2025-05-12",
        distractors=[
            "12/05/2025 (update stamp)",
            "31 mars (the review of applications started: an event, already past)",
        ],
        note="'a démarré le' follows the examination phase, not the call: no opening. The year-less date would resolve forward to 2026 "
        "by the page-date rule, though the page means the March already gone",
    )
    p(
        "r4s-siphif-report-des-choix-2017",
        "http://siphif.org/2017/09/dates-de-report-des-choix/?date=2020-10-15&t=list",
        "Nous vous avons informé que les choix pour le semestre d’hiver 2017 initialement programmés au mardi 26 septembre après-midi et mercredi 27 septembre matin "
        "étaient reportés à une date ultérieure suite à quelques contre-temps rencontrés par l’ARS dans leur organisation.\n"
        "L’ARS nous a informés que les choix seraient normalement reportés selon la même répartition par semestres qu’initialement prévue au :\n"
        "Lundi 2 octobre après-midi (13h30) : 8e, 7e 6ème et 5e semestre\n"
        "Mardi 3 octobre matin (8h30) : 4e, 3e et 2e semestre\n"
        "Une communication officielle de ces nouvelles dates sera mise en ligne sur le site de l’ARS en début de semaine prochaine.",
        distractors=[
            "mardi 26 septembre, mercredi 27 septembre (sessions given up)",
            "Lundi 2 octobre (13h30), Mardi 3 octobre (8h30) (new choice sessions, no year, undated page)",
        ],
        note="an interns' union on postponed choice sessions; the url's month is not a page date and the query's date is a listing filter, "
        "so page_date is null and the year-less days give nothing. With a page date they would be 'other' (choosing a post), the given-up days dropped",
    )
    p(
        "r4s-paps-idf-procedure-de-choix",
        "https://iledefrance.paps.sante.fr/index.php/procedure-de-choix-0",
        "Tout savoir sur la répartition des postes et la procédure de choix des internes franciliens.\n"
        "La procédure semestrielle de choix de stage du semestre d'été 2024 est terminée.\n"
        "Elle s’organise sur la plateforme dématérialisée de choix des internes « DCI ». Vous pouvez y retrouver les éléments suivants (mis à jour selon les semestres) :\n"
        "- Calendrier détaillé des choix : rubrique « Planning des sessions »\n"
        "- Informations individuelles relatives à votre classement et rang d’appel : rubrique « Informations utiles »\n"
        "- Offre de postes : rubrique « Liste des postes »",
        note="no date: a regional health portal's page on interns' choice of posts",
    )
    p(
        "r4s-quotidien-double-cursus-grenoble",
        "https://www.lequotidiendumedecin.fr/archives/double-cursus-pour-triple-mission",
        "LE DOUBLE CURSUS consiste à suivre parallèlement les études médicales et scientifiques : généralement le M1 (ex-maîtrise) et son stage pendant le 2e cycle, "
        "le M2 (ex DEA) pendant l’internat et le doctorat d’Université pendant l’assistanat, si possible. "
        "« Cela demande du temps, des sacrifices et une volonté farouche ! », résume le Pr Hervé Pelloux, vice-doyen à la recherche. "
        "La dotation insuffisante de Grenoble en années recherche, au vu de la force de son pôle scientifique – décision nationale –, ne simplifie pas la donne : "
        "longtemps à hauteur de 25 % des demandes, elle vient juste de passer à 50 % pour une quinzaine de candidats.\n"
        "À Grenoble, 10 à 20 % d’étudiants empruntent cette voie. "
        "« 62 % de nos candidats à la très exigeante École INSERM ont pu l’intégrer depuis 2005 », indique le Dr Sylviane Hennebicq, responsable du double cursus.",
        note="press on a faculty's MD-PhD track: no date to act on",
    )
    p(
        "r4s-edpif-concours-calendar",
        "https://edpif.org/en/recrutement/concours.php",
        "The allocation of doctoral contracts by the ED occurs through a competition that takes place between January and June:\n\n"
        "Calendar of the competition\n\n\n"
        "Warning: The request for letters of recommendation is sent to the referees at the time of application. "
        "If you submit your application late, be sure to notify them in advance so that they are not caught off guard.\n\n"
        "The competition procedure is conducted in three successive phases:\n\n"
        "  1. Approval by the Board of the ED of proposed thesis topics posted on the website of the ED;\n"
        "  2. Submission of applications to website of the ED;\n"
        "  3. Ranking of candidates by a jury chosen to represent all the themes of the ED.",
        distractors=["between January and June (the competition's span, vague)"],
        note="a doctoral school's page whose calendar table is missing from the stored copy: months only",
    )
    p(
        "r4s-univ-st-etienne-annee-recherche",
        "https://medecine.univ-st-etienne.fr/fr/formation-initiale/e-cycle-autres-specialites/faire-une-annee-recherche.html",
        "Organisation\n"
        "- Les étudiants peuvent soumettre leurs candidatures aux bourses Année de Recherche dès le début de leur 2e année et au plus tard lors de sa dernière année d'internat incluse.\n"
        "- L'Année de Recherche s'effectue pour une période continue comprise entre un 1er novembre et un 31 octobre, commençant au plus tôt au début de la 2e année "
        "et s'achevant au plus tard un an après la validation du diplôme d'études spécialisées postulé.\n"
        "- L'Année de Recherche s'effectue durant l'année universitaire suivant son attribution.\n"
        "- Lorsqu'un étudiant est dans l'impossibilité d'effectuer l'Année de Recherche, il avertit l'Agence Régionale de Santé 6 mois avant",
        distractors=[
            "entre un 1er novembre et un 31 octobre (the research year's span, no year, undated page)"
        ],
        note="'au plus tard lors de sa dernière année' is a condition on the intern's year, not a date; the span is the year's period, not a window to apply",
    )
    p(
        "r4s-uclouvain-biologie-clinique-2021",
        "https://sites.uclouvain.be/archives-portail/ppe2021/prog-2021-bicl2mc-cond_adm",
        "La formation en biologie clinique est une formation assimilée aux études médicales et est donc réglementée par les limitations décrites dans l'article 49 ter des lois sur l'Art de Guérir.\n"
        "Toute demande doit être introduite au secrétariat de l'école de pharmacie avec dossier et curriculum complet au plus tard durant le mois de mai précédant l'année académique sollicitée. "
        "Une sélection sera opérée par un Concours organisé au début du mois de juillet. Le nombre de mandats rémunérés est limité.",
        distractors=[
            "durant le mois de mai (deadline, vague)",
            "au début du mois de juillet (competition, vague)",
        ],
        note="class 7: 'au plus tard durant le mois de mai' is a deadline cue on a month only",
    )
    p(
        "r4s-paris-saclay-passerelle-pharma",
        "https://www.destination-etudes-superieures.universite-paris-saclay.fr/etudes-superieures-sante/etudes-pharma-directement-en-deuxieme-ou-troisieme-annee/",
        "Comment faut-il faire pour emprunter cette voie ?\n\n"
        "Avant tout, les candidats doivent déposer un dossier complet et dématérialisé sur l’espace dédié du site de la faculté de pharmacie de l’Université Paris-Saclay, en général en février ou mars.\n\n"
        "Les éléments principaux de ce dossier, hormis l’attestation des diplômes obtenus, sont, bien entendu, le CV, mais aussi -et peut-être surtout la lettre de motivation "
        "qui va permettre au jury d’avoir une première appréciation des objectifs, de l’esprit, de la volonté des candidats.",
        distractors=["en général en février ou mars (vague)"],
    )
    p(
        "r4s-pharmascience-faq-double-cursus",
        "https://pharmascienceblog.wordpress.com/faq/",
        "Qui peut candidater au double-cursus Pharmascience ?\n\n"
        "N’importe quel étudiant rentrant en 2e année de Pharmacie, durant le mois de Septembre. "
        "Le dépôt du dossier de candidature se fait auprès de la Scolarité et est constitué d’une lettre de motivation, d’un CV et des relevés de notes Bac/PACES. "
        "Tous les dossiers sont examinés par le jury et dans le cas d’un nombre très important de dossiers reçus il est possible qu’il soit effectué une pré-sélection.",
        distractors=["durant le mois de Septembre (vague)"],
        note="a students' double-cursus association; 'pré-sélection' here is the jury's screening, not a first stage the candidate sends",
    )
    p(
        "r4s-lyon1-odontologie-internat",
        "https://odontologie.univ-lyon1.fr/l-internat-en-odontologie-222109.kjsp?RH=ODO_ENS-FI",
        "Les étudiants en odontologie peuvent se présenter au concours d’internat à deux reprises :\n\n"
        "  1. Lors de la session organisée pendant l’année FASO2\n"
        "  2. Lors de la session organisée au cours de l’année suivante.\n\n"
        "A l’issue du concours, les lauréats sont appelés à formuler leur choix d’affectation dans une spécialité (chirurgie orale ; orthopédie dento-faciale ; médecine bucco-dentaire), "
        "une interrégion et un centre hospitalier universitaire de rattachement auprès du Centre National de gestion des praticiens hospitaliers et des personnels de direction de la fonction publique hospitalière.\n\n"
        "A titre d'information : l'année universitaire 2016/2017, 109 postes ont été ouverts au concours au niveau national",
        note="no date: a dental faculty's page on the internship competition",
    )
    p(
        "r4s-unilim-pharmacie-passerelles",
        "https://www.pharmacie.unilim.fr/?page_id=16614",
        "Le droit de présenter une admission passerelle est limité : nul ne peut bénéficier de plus de deux tentatives.\n"
        "- Entre le 1er février et le 15 mars de chaque année : envoi des dossiers par mail. Seuls les dossiers envoyés à seront pris en compte.\n"
        "- Avril : les dossiers seront transmis au jury pour la phase d’admissibilité.\n"
        "Tous les candidats recevront par courrier recommandé la décision du jury.\n"
        "- Mai : les étudiants déclarés admissibles sont convoqués à un oral de 10 min (5 minutes de présentation + 5 minutes de questions)\n"
        "Tous les candidats recevront par courrier recommandé la décision du jury.\n"
        "La liste des pièces nécessaires à la constitution du dossier est mentionnée dans l’arrêté du 24 mars 2017 modifié",
        distractors=[
            "Entre le 1er février et le 15 mars de chaque année (window to send files, no year, undated page)",
            "Avril, Mai (jury and orals, vague)",
            "24 mars 2017 (the date of a decree)",
        ],
        note="class 8: a recurring window 'de chaque année' on a page without a date gives nothing",
    )
    p(
        "r4s-ed-vaame-mobilite-sortante-2024",
        "https://ed-vaame.doctorat-paysdelaloire.fr/international",
        "International\nAppel à la mobilité / Outgoing mobility\nPriorité 1\n"
        "6 allocations de 800 euros sont proposées pour aider à financer un séjour de doctorants dans un laboratoire étranger :\n"
        "- Notice 2024 mobilité sortante en laboratoire étranger et Formulaire de demande de bourse mobilité sortante en laboratoire étranger\n"
        "Priorité 2\n"
        "Si l'enveloppe de la priorité 1 n'est pas totalement consommée (manque de candidatures éligibles) des allocations de 400 euros pour un déplacement dans un congrès international seront alors allouées.\n"
        "Les demandes seront déposées au fil de l’eau, et examinées par la commission « Professionnalisation et International » en mai et en octobre de chaque année.",
        distractors=["en mai et en octobre de chaque année (the committee meets, vague)"],
        note="a doctoral school's rolling call: requests 'au fil de l'eau', no closing date",
    )
    p(
        "r4s-france3-jijc-metz-doctorants",
        "https://france3-regions.francetvinfo.fr/grand-est/moselle/metz/metz-quel-statut-doctorants-1277807.html",
        "Organisée par l'Ecole Doctorale Stanislas de l'Université de Lorraine, la Journée Internationale des Jeunes Chercheurs (JIJC) est une rencontre annuelle "
        "ayant pour objectif de donner la parole aux doctorants désirant échanger sur leurs recherches.\n"
        "Un évènement entièrement orchestré par des doctorants\n"
        "Dans son mot de bienvenue, Cécile Bertrand-Dagenbach, directrice de l’Ecole Doctorale Stanislas, souligne le rôle des doctorants de l’université de Lorraine "
        "qui ont participé bénévolement à l'organisation de la Journée Internationale des Jeunes Chercheurs. Ils ont suivi une formation de deux jours pour se préparer à l'élaboration d'un tel évènement.\n"
        "Cette aventure a débuté en novembre 2016, il y a eu des échecs, des réussites mais l’équipe est toujours restée unie.",
        distractors=["novembre 2016 (when the organisers began, vague)"],
        note="regional press on a young researchers' day that has taken place: no call",
    )
    p(
        "r4s-recruter-tn-internat-titre-etranger-2018",
        "https://recruter.tn/appel-a-candidatures-concours-dinternat-en-medecine-a-titre-etranger-2018-2019",
        "Appel à candidatures : Concours d’internat en médecine à titre étranger 2018-2019\n"
        "Pour l’accès en 3e cycle, un concours spécifique d’Internat en médecine à titre étranger est organisé. Il est ouvert aux médecins étrangers autres que les ressortissants des États membres de l’Union européenne :\n"
        "– La période d’inscription est fixée du 1er au 31 mars 2018.\n"
        "– L’épreuve d’admissibilité aura lieu le 6 septembre 2018 à 10h heure de Paris (simultanément dans tous les centres d’examen) au Service de Coopération et d’action Culturelle (SCAC) ;\n"
        "– La seconde épreuve, l’épreuve d’admission, se déroulera le 6 décembre 2018 à Rungis en France.\n"
        "Le dossier complet est à déposer au Service de coopération et d’action culturelle ou à envoyer par voie postale :\n"
        "Tout dossier incomplet ou non envoyé à la date de clôture des inscriptions, le cachet de la poste faisant foi, est réputé irrecevable.",
        [d("2018-03-31")],
        opens="2018-03-01",
        distractors=["6 septembre 2018 à 10h (written exam)", "6 décembre 2018 (admission exam)"],
        note="a job site relays a competition: the registration period is the candidature window (a competition's registration is the application, "
        "not an attendance registration)",
    )
    p(
        "r4s-isblue-internship-gratification-2025",
        "https://isblue.fr/en/?p=28104",
        "Theme 5 Internship gratification\n\nTerms of the call\n\nObjectives\n\n"
        "The ISblue research themes have an animation budget and can support projects for internships.\n\n"
        "In this context, the ISblue research theme 5 is renewing the specific call for projects for internship grants from 17 June 2025 to 30 October 2025.\n\n"
        "Deadline for applications\n\n"
        "Applications open: Tuesday 17 June 2025, 15:00 (French time)\n"
        "Application deadline: Thursday 30 October 2025, 23:59 (French time)\n\n"
        "Applications\nwill be assessed by the theme steering committees before the end of the\nyear",
        [d("2025-10-30", "23:59")],
        opens="2025-06-17",
        note="a graduate school's call in English: the window in prose and the fiche lines give the same days; the fiche carries the time",
    )
    p(
        "r4s-ifp-school-application-period",
        "https://www.ifp-school.com/en/node/1067",
        "What is the deadline for submitting an application?\n\n"
        "Traditionally, the application period begins on November 15th of the current year (n) and ends on April 15th of the following year (n+1). "
        "Applications are submitted exclusively electronically via our online application.\n\n"
        "Please note that you have one month to complete your application. After this period, your file will be deleted from the database and you will have to create a new application.",
        distractors=["November 15th, April 15th (a recurring window without a year, undated page)"],
        note="class 8 in English: 'of the current year (n)' names no year",
    )
    p(
        "r4s-ku-interact-msca-timeline-2025",
        "https://interact-msca.ku.dk/call-calendar_kopi",
        "Call Calendar\n\nTimeline first call\n\n"
        "Timeline*\nDates | Action\n"
        "20 December 2024 | Opening of 1st call!\n"
        "20 February 2025 | Application deadline. Closing of 1st call!\n"
        "February-April 2025 | Evaluation and selection of candidates\n"
        "End-April 2025 | Online interviews with selection committee\n"
        "Mid-May 2025 | Online host interviews\n"
        "End-May 2025 | Answers to applicants\n"
        "1 September 2025 | Start of employment\n"
        "* All dates are approximate dates",
        [d("2025-02-20")],
        opens="2024-12-20",
        distractors=[
            "February-April 2025, End-April 2025, Mid-May 2025, End-May 2025 (evaluation, interviews, answers; vague)",
            "1 September 2025 (start of employment)",
        ],
        note="a university's doctoral fellowship timeline; the header has two cells only, so each row's label decides",
    )
    p(
        "r4s-ku-discover-call-calendar-2023",
        "https://discover.ku.dk/call-calendar/",
        "Call calendar\nCall application deadlines:\n"
        "First call: 1 November 2021 (7 fellowships)\n"
        "Second call: 7 August 2022 (9 fellowships)\n"
        "Third call: 25 January - 25 March 2023 (8 fellowships)\n"
        "Timeline 3rd call\n"
        "Dates | Action\n"
        "25 January - 25 March 2023 | Apply now!\n"
        "27 March – 31 March 2023 | Eligibility check\n"
        "17 April - 4 May 2023 | Applications are evaluated - Using the evaluation criteria and 5 point scale.\n"
        "22-26 May 2023 | Online interviews with selection committee\n"
        "5 - 16 June 2023 | Candidates are invited to online host interviews\n"
        "19 June -1 July 2023 | Match-making\n"
        "1-4 July 2023 | Employment offer\n"
        "1 October 2023 | Start as a research assistant\n"
        "1 January 2024 | Start PhD",
        [d("2021-11-01"), d("2022-08-07"), d("2023-03-25")],
        opens="2023-01-25",
        distractors=[
            "27 March – 31 March 2023, 17 April - 4 May 2023 (eligibility check, evaluation)",
            "22-26 May 2023, 5 - 16 June 2023 (interviews)",
            "19 June -1 July 2023, 1-4 July 2023 (match-making, offers)",
            "1 October 2023, 1 January 2024 (starts)",
        ],
        note="a list of deadlines after one cue shares it; the third call is a window (dash between two dates) whose end is its deadline. "
        "The opening is the third call's (the only one given)",
    )
    p(
        "r4s-phd-space-call-2015-milestones",
        "http://phd-space.iastro.pt/?page_id=559",
        "Calls :: 2015\n\n"
        "The 2015 Call for 5 PhD fellowships has been completed. Here you may find the summary of the milestones for the 2015 PhD::SPACE Call:\n\n"
        "  • The announcement was released on the 11th of November 2014, with a deadline on th31st of March 2015.\n"
        "  • The list of available PhD Topics for 2015 has been released on the 11th of February 2015.\n"
        "  • The evaluation by the Selection Committee of the 45 valid applications, submitted to the 2015 Call, has been initiated on the 14th of April 2015.\n"
        "  • The curricular evaluation has been completed on the 28th of May 2015 and a shortlist of candidates has been defined for the interviews on the 29th-30th of June 2015.\n"
        "  • The final results (including the interviews) were completed on the 3rd of July 2015.\n"
        "  • The 2015 Call was officially closed on the 7th of August 2015.",
        [d("2015-03-31")],
        distractors=[
            "11th of November 2014 (announcement released: a publication)",
            "11th of February 2015 (topics released)",
            "14th of April 2015, 28th of May 2015, 29th-30th of June 2015, 3rd of July 2015 (evaluation, interviews, results)",
            "7th of August 2015 (the call was closed administratively after the fellowships were negotiated)",
        ],
        note="a doctoral programme's past milestones in English; the deadline is written 'th31st' (a typo glued to the day), labelled by what the page means. "
        "'officially closed on' is the call's own verb, but it ends the whole process months after the applications: labelled by what a subscriber needs, not a deadline",
    )
    p(
        "r4s-uken-krakow-recruitment-dates-2024",
        "https://szkola-doktorska.uken.krakow.pl:443/en/dla-kandydatow/recruitment-dates/",
        "Recruitment dates\n\nThe 2024/25 doctoral recruitment dates\n\n"
        "  • July 1 – August 30: online registration\n"
        "  • 31 August-13 September: part I of recruitment (evaluation of the research project)\n"
        "  • 16 September: announcement of results of part I, notification of dates of interviews\n"
        "  • 18-20 September: part II of recruitment (the committee appoints the candidate one of the given days for the interview)\n"
        "  • 23 September: part III of recruitment (evaluation of scientific activity)\n"
        "  • 24 September: announcement of results of the recruitment process\n"
        "  • 26-27 September: entry to the Doctoral School\n"
        "  • 25 September- 9 October: applications for reconsideration\n"
        "  • 10 October: supplementary entries",
        distractors=[
            "July 1 – August 30 (registration window, no year, undated page)",
            "31 August-13 September … 10 October (evaluation, results, interviews, entries; no year)",
        ],
        note="class 8 in English: the heading names the academic year '2024/25', but no date carries a year and the page shows none",
    )
    p(
        "r4s-eur-paris13-master-scholarship-2022",
        "https://eur.univ-paris13.fr/?p=2074",
        "Application deadline : May 15, 2022 at 11:59 pm (French time)\n"
        "Announcement of selected applications : mid-June.\n"
        "Female students are particularly encouraged to respond to EUR calls for applications.\n"
        "Jury : The selection is made on the basis of the quality of each student’s academic file. The decision is made by the EUR Scientific Committee. "
        "The committee will only examine applications for which all the requested documents have been uploaded before the closing date of the call.\n"
        "Start of the training : The training starts every year at the beginning of September.",
        [d("2022-05-15", "23:59")],
        distractors=["mid-June (announcement, vague)", "beginning of September (start, vague)"],
        note="a graduate school's fiche in English; '11:59 pm' is 23:59",
    )
    p(
        "r4s-francealumni-bourses-guata-2023",
        "https://francealumni.fr/fr/poste/bresil/news/appel-a-candidatures-2023-bourses-guata-8398",
        "APPEL À CANDIDATURES 2023 BOURSES « GUATÁ»\n"
        "Mobilité en France pour les étudiants autochtones – Master 2 et Doctorat\n"
        "Cette bourse s’adresse aux étudiant(e)s autochtones (au sens indígenas) de nationalité brésilienne, habitant au Brésil, prévoyant de réaliser une mobilité en France "
        "durant leur Master 2 ou leur doctorat, âgé(e)s, au début de l’année universitaire 2023-2024 (01/09/2023), de moins de 40 ans pour les étudiants en Master 2 et 45 ans pour les étudiants en doctorat.\n"
        "Cette bourse offre un financement du séjour en France pour une durée de 6 à 10 mois (du 01/09/2023 au 30/06/2024) pour le Master 2 et de 6 à 11 mois pour le doctorat.\n"
        "Date de clôture du dépôt de dossier de candidature : 8 mai 2023 – 23h59 (heure de Brasilia).\n"
        "Date de clôture du dépôt du document d’acceptation dans une université française : 12 juin 2023 – 23h59 (heure de Brasilia).\n"
        "Date de clôture du dépôt du document attestant du niveau de français : 21 juillet 2023 – 23h59 (heure de Brasilia).",
        [d("2023-05-08", "23:59"), d("2023-06-12", "23:59"), d("2023-07-21", "23:59")],
        distractors=["01/09/2023 (age condition)", "du 01/09/2023 au 30/06/2024 (the funded stay)"],
        note="three closings for three pieces of one candidature, all 'application'. The times are Brasília time as written; "
        "the rules have no zone conversion for prose, so 23:59 is kept as written",
    )
    p(
        "r4s-ubfc-bourse-eiffel-2023",
        "https://www.ubfc.fr/bourse-eiffel-les-candidatures-pour-lannee-2023-sont-ouvertes/",
        "Bourse Eiffel : les candidatures pour l’année 2023 sont ouvertes !\n\n[Publié le 27/10/2022]\n\n"
        "Les bourses d’excellence EIFFEL récompensent les étudiants internationaux aux profils d’excellence, de niveau master et doctorat.\n\n"
        "Critères d’éligibilité :\n\n"
        "  • ce programme est réservé aux candidats de nationalité étrangère,\n"
        "  • les candidats doivent être âgés de 25 ans au plus lors de la campagne de candidature 2023 ; c’est-à-dire né après le 31 mars 1997,\n\n"
        "Quand postuler ?\n\nDès maintenant.\n\n"
        "Si ce dernier soutient votre candidature, le service des Relations Internationales d’UBFC vous donnera les directives, le calendrier et un accès à la plateforme dédiée. "
        "Vous devrez compléter votre partie avant le 15 décembre 2022 sur la plateforme.",
        [d("2022-12-15")],
        page_date="2022-10-27",
        distractors=["27/10/2022 (publication stamp)", "31 mars 1997 (age condition: born after)"],
        note="a university federation relays a national scholarship; 'né après le' is an age condition",
    )
    p(
        "r4s-smpm-amu-passerelles-2020",
        "https://smpm.univ-amu.fr/fr/candidatures-inscriptions/candidatures/acces-etudes-sante/admissions-passerelles",
        "Les candidatures sont évaluées par le centre examinateur de Montpellier, qui couvre la région Sud-Est.\n\n"
        "Dossiers de candidature\n\n"
        "Les candidats déposent un dossier auprès de la faculté où ils souhaitent obtenir la possibilité d’étudier.\n\n"
        "Les dossiers peuvent être :\n\n"
        "  • déposés en main propre auprès du service de la scolarité au plus tard le 13 mars 2020 à 16h\n"
        "  • ou envoyés par courrier recommandé avec accusé de réception (RAR), avec cachet de la poste du 15 mars 2020 au plus tard.",
        [d("2020-03-13", "16:00"), d("2020-03-15")],
        note="one file, two ways to send it with two closings (by hand, by post): both are deadlines of the same candidature",
    )
    p(
        "r4s-legifrance-internat-titre-europeen-2022",
        "https://www.legifrance.gouv.fr/jorf/texte_jo/JORFTEXT000045215506",
        "Arrêté du 18 février 2022 portant ouverture au titre de l'année universitaire 2022-2023 du concours d'internat de médecine à titre européen\n"
        "JORF n°0046 du 24 février 2022\n"
        "Par arrêté du ministre des solidarités et de la santé en date du 18 février 2022, le concours spécial d'internat de médecine à titre européen, "
        "accessible aux médecins français, andorrans, suisses ou ressortissants de l'un des Etats membres de l'Union européenne ou d'un autre Etat partie à l'accord sur l'Espace économique européen, "
        "est ouvert au titre de l'année universitaire 2022-2023 selon les modalités suivantes :\n"
        "- la période d'inscription est fixée du 1er au 31 mars 2022 ;\n"
        "- épreuve mentionnée au premier alinéa de l'article 7 de l'arrêté du 27 février 2004 modifié : le 13 juin 2022, de 14 h 30 à 17 h 30, le 14 juin 2022, de 14 h 30 à 17 h 30 et le 15 juin 2022, de 14 h 30 à 17 h 30.\n"
        "Les dates et horaires mobilisables pour toute reprogrammation sont les suivants :\n"
        "- les 16 et 17 juin 2022 sur les créneaux horaires 9 heures-12 heures et 14 h 30-17 h 30.",
        [d("2022-03-31")],
        opens="2022-03-01",
        distractors=[
            "18 février 2022, 24 février 2022, 27 février 2004 (decree and gazette dates)",
            "13, 14 et 15 juin 2022 (exams)",
            "16 et 17 juin 2022 (reserve exam days)",
        ],
        note="the competition's registration period is its candidature window, as in r4s-recruter-tn-internat-titre-etranger-2018",
    )
    p(
        "r4s-juriblio-ecn-2022-inscription",
        "https://juriblio.fr/arretes/arrete-du-12-decembre-2021/178777904",
        "JORF n°0300 du 26 décembre 2021\n\nArrêté du 12 décembre 2021\n\n"
        "Par arrêté du ministre des solidarités et de la santé en date du 12 décembre 2021, les épreuves classantes nationales anonymes donnant accès au troisième cycle des études de médecine "
        "au titre de l'année universitaire 2022-2023 sont organisées selon le calendrier suivant :\n\n"
        "- la période d'inscription est fixée du 1er au 28 février 2022 ;\n\n"
        "- épreuve mentionnée au 1° de l'article 7 de l'arrêté du 20 juillet 2015 modifié relatif à l'organisation des épreuves classantes nationales anonymes donnant accès au troisième cycle des études médicales, "
        "le 13 juin 2022, de 14 h 30 à 17 h 30, le 14 juin 2022, de 14 h 30 à 17 h 30 et le 15 juin 2022, de 14 h 30 à 17 h 30 ;\n\n"
        "- épreuve mentionnée au 2° de l'article 7 de l'arrêté du 20 juillet 2015 précité : le 14 juin 2022, de 9 heures à 12 heures ;\n\n"
        "Conformément à l'article 1er de l'arrêté du 20 juillet 2015 précité, la liste des centres d'épreuves est fixée par arrêté du ministre chargé de la santé, au plus tard quatre mois avant la date du début des épreuves.",
        [d("2022-02-28")],
        opens="2022-02-01",
        distractors=[
            "26 décembre 2021, 12 décembre 2021, 20 juillet 2015 (gazette and decree dates)",
            "13, 14 et 15 juin 2022 (exams)",
        ],
        note="students' registration to the national ranking exams: the registration window after 'période d'inscription' gives the opening and the deadline",
    )
    p(
        "r4s-cnam-fondation-paralysie-cerebrale-2019",
        "http://recherche.cnam.fr/appels-a-projets-etudes-doctorales/appel-a-candidatures-2019-allocations-doctorales-er-post-doctorales-en-france-1081287.kjsp?RH=1466155131593",
        "Fondation Paralysie cérébrale\n\n"
        "Appel à candidatures 2019 Allocations doctorales er post-doctorales en France\n\n"
        "24 avril 2019\n10 juillet 2019 - 13h\n\n"
        "La Fondation Paralysie Cérébrale lance son appel à candidature visant à accompagner par des aides individuelles des doctorants ou des post-doctorants "
        "dont les travaux s’inscrivent dans le cadre d’un projet de recherche sur la paralysie cérébrale et dont le laboratoire d’accueil se trouve en France.",
        [d("2019-07-10", "13:00")],
        opens="2019-04-24",
        note="a university's research office relays a call; the page's start and end fields lost their labels in the stored copy, leaving two bare dates "
        "on two lines under the title. The rules give a window only to two dates joined by a dash; labelled by what the page means "
        "(opening 24 April, closing 10 July at 13h)",
    )
    p(
        "r4s-ed562-doctorat-handicap-2026",
        "https://ed562.u-paris.fr/en/2026-doctorat-handicap-campaign",
        "Dear HDR,\n\n"
        "We would like to remind you that the national 2026 “Doctorat Handicap” campaign is currently open.\n\n"
        "This campaign provides funding for:\n\n"
        "  • 30 doctoral contracts (3 years, starting October 1, 2025);\n"
        "  • 180 months of extension for “Handicap” contracts awarded in 2023.\n\n"
        "Application files must be submitted by April 15, 2026, at the latest.\n\n"
        "Please note that applications must be submitted as a single PDF file, containing the following documents in the specified order:",
        [d("2026-04-15")],
        distractors=["October 1, 2025 (start of the contracts, as written on the page)"],
        note="a doctoral school's English reminder; 'by … at the latest' is the cue. The contracts' start date is not a deadline",
    )
    p(
        "r4s-univ-reunion-mt180-2025",
        "https://recherche.univ-reunion.fr/mediation-scientifique/evenements/ma-these-en-180-secondes",
        "Les inscriptions à la formation et au concours se font sur la plateforme ADUM.\n"
        "Quand ?\n"
        "- La formation :\n"
        "2 Groupes en préparation : 2 demi-journées par groupe\n"
        "Groupe 1 : 24 février et 20 mars (matin 09 h 00 - 12 h 30)\n"
        "Groupe 2 : 25 février et 21 mars (matin 09 h 00 - 12 h 30)\n"
        "- Les demi-finale et finale :\n"
        "Demi-finale : jeudi 3 avril 2025 à 16h - amphithéâtre bioclimatique du Moufia\n"
        "Finale régionale : jeudi 10 avril 2025 - amphithéâtre bioclimatique du Moufia\n"
        "Répétition le 25 mars 2025 - l’amphithéâtre bioclimatique du Moufia (à confirmer).\n"
        "Répétition le 8 avril 2025de 14h à 16h - l’amphithéâtre bioclimatique du Moufia.",
        distractors=[
            "24 février, 20 mars, 25 février, 21 mars (training sessions, no year)",
            "jeudi 3 avril 2025 à 16h, jeudi 10 avril 2025 (semi-final and final)",
            "25 mars 2025, 8 avril 2025 (rehearsals)",
        ],
        note="a university's page for doctoral students' contest: training, rehearsals and finals are all events; registration has no date",
    )
    p(
        "r4s-rcf-mt180-finale-lorraine-2021",
        "https://rcf.fr/la-matinale/savoir-parler-de-sa-these-en-180-secondes",
        "La finale régionale de “Ma thèse en 180 secondes” aura lieu le 25 mars prochain. "
        "Grâce au prix du jury et au prix du public, deux personnes participeront à la finale nationale qui aura lieu en juin à Paris. "
        "Une finale internationale se déroulera ensuite en septembre, avec 17 pays en compétition. "
        "Laurence Canteri, vice-présidente de l'Université de Lorraine, revient sur le but et le déroulement de ce concours.",
        distractors=[
            "25 mars prochain (regional final, no year, undated page)",
            "en juin, en septembre (finals, vague)",
        ],
        note="radio relaying a doctoral contest: only events; the stored copy shows the month 2021-03 but no day, so page_date is null",
    )
    p(
        "r4s-sihp-inter-chu-deadline-2023",
        "https://sihp.fr/Article.php?CleArticle=341",
        "Inter-CHU\n\nArticle mis à jour le 13 octobre 2023\n\nInter-CHU\n\n"
        "Pour toutes questions et/ou demandes concernant le dossier,\ncontacter le BDI de l'APHP\n\n\n"
        "Deadline\n\n"
        "Attention : la deadline est fixée au 30 novembre et au 31 mai ! Donc commencez à réunir les pièces au MOINS 6 MOIS à l'avance !\n\n"
        "Condition\n\n"
        "Les internes et les résidents peuvent demander à réaliser trois stages dans une subdivision autre que celle dans laquelle ils ont été affectés.\n"
        "Le choix d'un stage hors subdivision exige au préalable, au sein de la subdivision d'origine, la validation de deux stages.",
        [d("2023-11-30"), d("2024-05-31")],
        page_date="2023-10-13",
        distractors=["13 octobre 2023 (update stamp)"],
        note="an interns' union; two recurring year-less deadlines resolved from the update stamp (first on or after 13 October 2023). "
        "An inter-CHU request is a file examined by a commission, so 'application' rather than a choice of post",
    )
    p(
        "r4s-aipbl-inter-chu-dates-limites",
        "https://www.aipbl.com/informations-pratiques/documents-administratifs/stages-inter-chu/",
        "Procédure:\n\n"
        "L’interne devra faire parvenir son dossier complet d’InterCHU aux institutions suivantes :\n\n"
        "- Faculté de Médecine – Bureau des Spécialités ou Bureau de Médecine Générale: 2 exemplaires \n\n"
        "- CHRU de Lille – Direction des Affaires Médicales et Gestion des Internes et des Faisant Fonction d’Internes: 3 exemplaires\n\n"
        "- Agence Régionale de Santé Nord pas de Calais: 1 exemplaire\n\n"
        "=> Date limite de réception des dossiers :\n\n"
        "- Semestre de mai à novembre : 16 Décembre (Année N-1)\n\n"
        "- Semestre de novembre à mai : avant le 15 Juin (Année N)",
        distractors=[
            "16 Décembre (Année N-1), 15 Juin (Année N) (recurring deadlines, no year, undated page)"
        ],
        note="class 8: 'Année N' names no year, and the interns' association page shows no date",
    )
    p(
        "r4s-internat-besancon-commission-interchu",
        "https://www.internat-besancon.com/commissions-kezako/commission-interchu-et-echanges-dijon/",
        "Précisions :\n\n"
        "– Pour les dossiers concernant le semestre d’été (de mai à fin octobre), celui-ci doit être déposé le 1er Janvier maximum de cette même année. "
        "Pour les dossiers concernant le semestre d’hiver (de novembre à fin avril), il doit être déposé le 1er Juillet maximum de l’année de début du semestre en question.\n\n"
        "– Est accepté à l’UFR SMP 2 InterCHU par interne (ou 1 InterCHU et un échange Dijon), de préférence non consécutif mais plusieurs cas d’InterCHU consécutifs peuvent être acceptés.",
        distractors=[
            "1er Janvier, 1er Juillet (recurring deadlines 'maximum', no year, undated page)"
        ],
        note="class 8 with an unusual cue ('déposé le … maximum'): year-less on an undated page, nothing",
    )
    p(
        "r4s-leblogdinfo-edn-2025-calendrier",
        "https://leblogdinfo.blogspot.com/2024/05/3eme-cycle-des-etudes-de-medecine-le.html",
        "3ème cycle des études de médecine: le calendrier lié aux épreuves dématérialisées permettant d’y accéder pour l’année universitaire 2025-2026 connu.\n"
        "Il sera possible de s’y inscrire du 1er au 31 juillet 2024.\n"
        "Les unités de composition se passeront les 14 octobre, de 14h30 à 17h30, 15 octobre, de 9 heures à 12 heures, et 15 octobre, de 14h30 à 17h30, 2024 "
        "et les 2 unités de composition d’une lecture critique d’articles scientifiques le 16 de ce même mois de 9 heures à 12 heures.\n"
        "En +:\n"
        "- pour demander à bénéficier d’aménagement·s spécifique·s durant les épreuves dématérialisées, les candidat·e·s ayant la qualité de personne présentant un handicap devront "
        "à Centre national de gestion, département autorisations d’exercice-concours-coaching, bureau des concours nationaux (EN), immeuble Le Ponant B, 21, rue Leblanc, 75737 Paris Cedex 15, "
        "le 5 août 2024 au plus tard et par lettre recommandée avec accusé de réception adresser un dossier au susdit Centre national de gestion (CNG)",
        [d("2024-07-31"), d("2024-08-05", kind="other")],
        opens="2024-07-01",
        distractors=["14 octobre, 15 octobre … 2024, le 16 de ce même mois (exams)"],
        note="a blog relays the national exams' calendar: the registration window is the candidature (application); the request for exam "
        "accommodations is a step that sends something but is not a candidature (other). The url's month is not a page date",
    )
    p(
        "r4s-psud-m1-physics-saclay-grant-2021",
        "http://www.m1generalphysics.u-psud.fr/spip.php?article38",
        "If you plan to apply for this Paris-Saclay fellowship, please\nrespect the following deadlines.\n\n"
        "Here is the important date for the Paris-Saclay grant application,\n— unique session:\n"
        "Candidate application to be sent before the 16st of May, 2021 (11:59pm).\n\n"
        "* Secondly, the European Erasmus+ Programme is intended to facilitate student exchanges by promoting inter-university mobility and connecting european students with participating Erasmus+ universities.",
        [d("2021-05-16", "23:59")],
        note="a master's programme page in English; the ordinal is misspelt ('16st'), labelled by what the page means",
    )
    p(
        "r4s-hotscholarships-ens-cachan-2011",
        "https://hotscholarships.blogspot.com/2010/12/phd-scholarship-and-masters-programme.html",
        "Description: The grant amounts to 1000 euros/month, for a duration of stay of 6 to 12 months.\n"
        "The selection is made in two steps : pre-selection and final selection. In order to participate in the programme, you must first apply on line.\n"
        "Eligibility:Master’s degree candidates must justify of a 1st year of master’s degree or equivalent obtained outside of France\n"
        "Language skills:A good knowledge of the French language is required for students applying for a complete academic year in a Research Master level 2.Age:\n"
        "For RM2 level admission, candidates must be less than 26 years old when starting their training at ENS Cachan.\n"
        "Deadline: 16 January 2011\n"
        "Links: For more details click here",
        [d("2011-01-16")],
        note="a scholarship blog relays a school's programme; 'pre-selection' is the school's own screening, not a first stage the candidate sends",
    )
    p(
        "r4s-weleda-prix-these-2019",
        "http://weleda.newel.net/fr/preambule-2019/index.html",
        "Article 1 : Présentation du prix\n\n\n"
        "Le Laboratoire Weleda a mis en place un prix de thèse d’exercice nommé « Prix de Thèse Weleda », remis lors d’une cérémonie officielle.\n"
        "Ce prix est décerné à des pharmaciens ou étudiants en pharmacie ayant soutenu leur thèse entre le 1er janvier 2018 et le 31 août 2019, sur un sujet correspondant à la thématique définie.\n\n"
        "Article 2 : Nature du prix\n\n\n"
        "Le Laboratoire Weleda décerne trois  prix sous la forme d’un certificat et d’un chèque nominatif d’une valeur unitaire de 1 500 euros (mille cinq cents euros).\n"
        "Le prix sera remis à chaque lauréat par le Laboratoire au plus tard le 31 mars 2020 lors d’une cérémonie qui aura lieu sur le site du Laboratoire Weleda situé 9 rue Eugène Jung – 68330 Huningue.\n\n"
        "Article 4 : Modalités de candidature\n\n\n"
        "Peuvent candidater au Prix de Thèse Weleda les étudiants en pharmacie et les pharmaciens diplômés, issus de l’une des 24 pharmacies de France "
        "et ayant soutenu leur thèse entre le 1er janvier 2018 et le 31 août 2019.",
        distractors=[
            "entre le 1er janvier 2018 et le 31 août 2019 (thesis defended in that span: a condition, twice)",
            "au plus tard le 31 mars 2020 (the prize is handed over: an event, whatever the preposition)",
        ],
        note="a thesis prize's rules: 'ayant soutenu … entre' is a condition; the prize being the subject, 'au plus tard le' is an event. "
        "The closing for candidatures is not in this part of the rules",
    )
    p(
        "r4s-univ-nantes-elections-doctorants-2024",
        "https://www.univ-nantes.fr/recherche-et-innovation/doctorat/elections-novembre-2024-representants-doctorants-conseils-ecoles-doctorales",
        "Élections des représentant·e·s des doctorant·e·s\n"
        "Du 10 octobre 2024 au 05 décembre 2024\n"
        "Date du scrutin : jeudi 5 décembre 2024 de 9h30 à 17h.\n\n"
        "Le 5 décembre 2024, les doctorantes et doctorants des 10 Écoles doctorales rassemblées dans le Collège doctoral Pays de la Loire sont appelés à élire leurs représentant·e·s pour siéger dans le Conseil de leur ED respective.\n"
        "Publication de la note portant organisation des opérations électorales | Jeudi 10 octobre 2024\n"
        "Affichage des listes électorales | Mardi 5 novembre 2024\n"
        "Date limite de dépôt des candidatures et des professions de foi | Jeudi 28 novembre 2024 à 12h\n"
        "Affichage des listes de candidatures | Lundi 2 décembre 2024\n"
        "Date limite de demande d’inscription sur les listes électorales | Mercredi 4 décembre 2024 à 16h\n"
        "SCRUTIN | Jeudi 5 décembre 2024 de 9h30 à 17h\n"
        "Dépouillement | Jeudi 5 décembre 2024 après 17h\n"
        "Proclamation et affichage des résultats | Au plus tard le 10 décembre 2024",
        [d("2024-11-28", "12:00"), d("2024-12-04", "16:00", kind="other")],
        distractors=[
            "Du 10 octobre 2024 au 05 décembre 2024 (the electoral process's span)",
            "Jeudi 10 octobre 2024, Mardi 5 novembre 2024, Lundi 2 décembre 2024 (publication and display)",
            "jeudi 5 décembre 2024 (vote, counting)",
            "Au plus tard le 10 décembre 2024 (results)",
        ],
        note="an election (relevance makes it no call, but its dates are still labelled): the candidates' lists are sent by 28 November "
        "(application); asking to be put on the roll is an administrative step (other). The span under the title is the process's, "
        "not a candidature window, and its end is the vote day",
    )
    p(
        "r4s-ehesp-elections-2023",
        "https://www.ehesp.fr/2023/09/27/elections-2023-des-representants-des-etudiants-et-doctorants-aux-instances-de-lehesp/",
        "Depuis le 13 septembre 2023, le processus électoral de renouvellement des représentants des étudiant(e)s et doctorant(e)s pour 1 an au sein du conseil d’administration, "
        "conseil des formations et conseil scientifique de l’EHESP est lancé. Chaque étudiant(e) et doctorant(e) peut se porter candidat(e) et élire des représentant(e)s au sein des trois instances de gouvernance.\n"
        "Calendrier électoral\n"
        "Accès aux listes électorales\nDepuis le mercredi 13 septembre 2023\n"
        "Inscription sur les listes électorales\nJusqu’au mardi 3 octobre 2023 à 12h\n"
        "Dépôts des candidatures\nJusqu’au lundi 25 septembre 2023 à 14h\n"
        "Affichage des candidatures\nÀ compter du 27 septembre 2023\n"
        "Dates de scrutins\n"
        "- 1er tour : du mercredi 4 octobre (à 8h) au mardi 10 octobre (à 10h)\n"
        "- 2ème tour (éventuel) : du jeudi 12 octobre (à 8h) au mardi 17 octobre (à 14h)\n"
        "Proclamation des résultats\nMardi 10 octobre (1er tour) et mardi 17 octobre 2023 en cas de 2ème tour.",
        [d("2023-09-25", "14:00"), d("2023-10-03", "12:00", kind="other")],
        distractors=[
            "13 septembre 2023 (process launched, lists open)",
            "27 septembre 2023 (display)",
            "4 octobre … 17 octobre (voting rounds and results, year-less, undated page)",
        ],
        note="a school's election calendar as label lines each followed by its date on the next line; the posting date is only in the url, "
        "so page_date is null and the year-less voting days give nothing",
    )
    p(
        "r4s-inserm-ecole-cursus-concours-juin",
        "https://www.inserm.fr/connaitre-inserm/double-cursus-medecine-science/cursus",
        "1re année de l’École (2e année d’études de médecine ou de pharmacie)\n\n"
        "Admission sur dossier - Formation théorique\n\n"
        "Les 50 à 60 candidats admis suivent une formation de 14 jours lors de l’École de février.\n\n"
        "2e année de l’École (3e année d’études)\n\n"
        "Admission sur concours - Formation en laboratoire de recherche\n\n"
        "Le concours d’admission a lieu en juin. Il est préparé à partir des enseignements de l’École de février et d’un intense travail personnel "
        "sur des documents transmis 2 mois avant les épreuves. Le nombre de lauréats du concours admis en 2e année de l’École est déterminé par la seule appréciation du jury.",
        distractors=[
            "en juin (competition, vague)",
            "2 mois avant les épreuves (relative, no date)",
        ],
        note="an MD-PhD programme's description: months and relative delays only",
    )
    p(
        "r4s-univ-lorraine-fsdie-sessions-2018",
        "https://www.univ-lorraine.fr/campus/subventions/fsdie",
        "Le Fonds de Solidarité et de Développement des Initiatives Étudiante (FSDIE)\n\n"
        "LES CAMPAGNES DE SUBVENTION\n\n"
        "Plusieurs campagnes sont organisées en 2018 :\n\n"
        "  • 1ère session\n"
        "    Date limite de dépôt des dossiers : 8 février 2018\n"
        "    Commission FSDIE : 22 février 2018\n"
        "    Inscription à l'ordre du jour du CVU : 12 mars 2018\n"
        "     Décision du CA : 13 mars 2018\n"
        "  • 2e session\n"
        "    Date limite de dépôt des dossiers : 29 mars 2018\n"
        "    Commission FSDIE : 12 avril 2018\n"
        "    Inscription à l'ordre du jour du CVU : 16 avril 2018\n"
        "     Décision du CA :  15 mai 2018\n"
        "  • 3e session\n"
        "    Date limite de dépôt des dossiers : 7 juin 2018\n"
        "    Commission FSDIE : 21 juin 2018\n"
        "    Inscription à l'ordre du jour du CVU : 25 juin 2018\n"
        "     Décision du CA : 10 juillet 2018\n\n"
        "En cas d’attribution, les subventions sont versées aux alentours du mois suivant le CA.",
        [d("2018-02-08"), d("2018-03-29"), d("2018-06-07")],
        distractors=[
            "22 février, 12 avril, 21 juin 2018 (commission)",
            "12 mars, 16 avril, 25 juin 2018 (agenda of the council: 'Inscription à l'ordre du jour' is the council's step, not the students')",
            "13 mars, 15 mai, 10 juillet 2018 (board decision)",
        ],
        note="a university's fund for student associations, three sessions as fiche lines; 'Inscription à l'ordre du jour du CVU' starts with "
        "'Inscription' but registers the file on a council's agenda, which nobody sends: labelled an event by what a subscriber needs",
    )
    p(
        "r4s-umontpellier-pharmacie-cesures",
        "https://pharmacie.edu.umontpellier.fr/scolarite/cesures",
        "Dates de dépôt de demande de césure\n"
        "Le départ en césure doit concorder avec le début d’un des semestres universitaires :\n"
        "– pour un départ en césure au cours du premier semestre ou pour toute l’année : dès le mois de juillet et au plus tard le 01 septembre\n"
        "– pour un départ en césure au 2e semestre : au plus tard le 15 février\n"
        "– pour un projet à l’étranger : avant le 20 juillet",
        distractors=[
            "dès le mois de juillet (opening, vague)",
            "01 septembre, 15 février, 20 juillet (deadlines without a year, undated page)",
        ],
        note="class 8: a faculty's recurring gap-year request dates (kind 'other' if they had a year)",
    )
    p(
        "r4s-coloe-mon-master-calendrier-2023",
        "https://coloe.fr/une-nouvelle-plateforme-pour-sinscrire-en-master-en-2023-source-service-public-fr",
        "Une nouvelle plateforme pour s’inscrire en master\nSource : Service-Public.fr\nCalendrier pour les dépôts de candidature\n"
        "- 1er février 2023 : ouverture de la plateforme aux étudiants qui peuvent consulter l’ensemble de l’offre des universités.\n"
        "- Du 22 mars au 18 avril : les candidats déposent leurs candidatures selon un calendrier commun à toutes les universités.\n"
        "- Du 24 avril au 16 juin : les établissements examinent les candidatures.\n"
        "- Du 23 juin au 21 juillet : phase d’admission avec une redistribution des places non retenues par les candidats, comme c’est le cas sur Parcoursup.\n"
        "- Jusqu’au 30 septembre, les candidats qui acceptent une proposition peuvent s’inscrire administrativement dans l’établissement.",
        opens="?",
        distractors=[
            "Du 22 mars au 18 avril (the application window, no year, undated page)",
            "Du 24 avril au 16 juin, Du 23 juin au 21 juillet (review and admission, no year)",
            "Jusqu'au 30 septembre (administrative enrolment, no year)",
        ],
        note="a site relays the national master's platform calendar; only the first line carries the year, so by the rules the application "
        "window gives nothing. '1er février 2023 : ouverture de la plateforme' is an opening label, but it opens the platform for browsing, "
        "not for applications: the opening is not scored",
    )
    p(
        "r4s-sorbonne-initiative-europe-projets-doctoraux-2026",
        "https://initiative-europe.sorbonne-universite.fr/actualites/appel-depot-de-projet-doctoral-2026-2029",
        "Appel à dépôt de projet doctoral 2026-2029\n\n"
        "Dans le cadre de la campagne Instituts et Initiative de l'Alliance Sorbonne Université 2026, l'Initiative Europe lance un appel à projets doctoraux.\n\n"
        "Première phase : appel à projets\n\n"
        "Cette première étape s’adresse aux porteuses et porteurs de projets, principalement les directrices et directeurs de thèse.\n"
        "Il leur est demandé de soumettre leurs propositions de projets au moyen du formulaires prévu à cet effet.\n\n"
        "  • Du 12 janvier au 20 février 2026 : Dépôt des projets sur LimeSurvey par les porteurs de projets. \n"
        "  • 27 février 2026 : Le Collège Doctoral met à disposition des Responsables des programmes et des ED les projets déposés dans DropSU. \n"
        "  • 11 mars 2026 : Les Écoles Doctorales donnent leur avis définitif sur les projets déposés et les envoient au Collège doctoral pour relai aux responsables de programmes.\n"
        "  • 16 mars 2026 : L'Initiative Europe donne son avis définitif sur les projets déposés.\n"
        "  • 25 mars 2026 : Les projets sélectionnés sont affichés sur le site du Collège Doctoral.",
        [d("2026-02-20", kind="other")],
        opens="?",
        distractors=[
            "27 février 2026 (projects made available)",
            "11 mars 2026, 16 mars 2026 (opinions: the schools send them, not a candidate)",
            "25 mars 2026 (publication of the selected projects)",
        ],
        note="the first phase is the thesis supervisors' deposit of projects (kind other, as lyon-nsco-2024); its window's start is a "
        "supervisors' opening, so the opening is not scored",
    )
    p(
        "r4s-uparis-math-info-cvec-2022",
        "https://math-info.u-paris.fr/appel-a-projets-cvec",
        "Entre le 14 mars et le 3 avril 2022, Université Paris Cité lance un appel à projets destiné à financer des actions pour l’amélioration des conditions de vie étudiante. "
        "Les projets retenus seront soutenus par la Contribution Vie Étudiante et de Campus (CVEC) de l’établissement.\n\n"
        "L’ensemble de la communauté d’Université Paris Cité est invité à répondre au premier appel à projets CVEC 2022 d’Université Paris Cité "
        "pour demander le financement de projets ou actions en faveur des étudiantes et des étudiants. Ce dispositif dispose d’une enveloppe de 300 000 €, dans la limite de 50 000 € par projet.",
        [d("2022-04-03")],
        opens="2022-03-14",
        note="the call's own window ('Entre le … et le …, … lance un appel à projets'): no deadline noun, but the span is the time to answer; "
        "labelled by what a subscriber needs",
    )
    p(
        "r4s-legifrance-internat-pharmacie-2023",
        "https://www.legifrance.gouv.fr/jorf/texte_jo/JORFTEXT000046076995",
        "Par arrêté du ministre de la santé et de la prévention en date du 20 juillet 2022, en application de l'article D. 633-6 du code de l'éducation, "
        "le concours national d'internat en pharmacie est ouvert au titre de l'année universitaire 2023-2024.\n"
        "Les épreuves se dérouleront à l'Espace Jean Monnet, 47, rue des Solets, 94533 Rungis, aux dates fixées ci-après :\n"
        "Epreuve de questions de connaissance générale le 14 décembre 2022 à 11 heures ;\n"
        "Epreuve d'exercices d'application le 14 décembre 2022 à 15 h 30 ;\n"
        "Epreuve des dossiers thérapeutiques et biologiques le 15 décembre 2022 à 9 h 30.\n"
        "Peuvent s'inscrire à ce concours, les étudiants ayant validé les enseignements de la quatrième année des études pharmaceutiques en 2020, 2021 ou 2022 "
        "sous réserve de n'avoir pas épuisé leur droit à concourir.\n"
        "La période d'inscription est fixée du 1er au 30 septembre 2022.\n"
        "Par dérogation au précédent alinéa, les lauréats du concours national d'internat en pharmacie organisé au titre de l'année 2022-2023, ayant pris leurs fonctions en novembre 2022 "
        "et souhaitant se présenter une seconde fois au concours conformément à l'article D. 633-7 du code de l'éducation, peuvent déposer un dossier d'inscription entre le 1er et le 15 novembre 2022 "
        "en vue d'une participation au concours national d'internat en pharmacie organisé au titre de l'année 2023-2024.",
        [d("2022-09-30"), d("2022-11-15")],
        opens="?",
        distractors=[
            "20 juillet 2022 (the decree's date)",
            "14 décembre 2022 à 11 heures, 14 décembre 2022 à 15 h 30, 15 décembre 2022 à 9 h 30 (exams)",
            "2020, 2021 ou 2022, novembre 2022 (conditions)",
        ],
        note="two registration windows for two groups of candidates (the main one and the laureates trying again): two deadlines, and "
        "two openings, so the opening is not scored",
    )
    p(
        "r4s-graduate-plus-neuro-scholarships-2025",
        "https://graduate-plus.fr/?p=14961",
        "GRADUATE + LYON St.ETIENNE UNIVERSITIES\n\n"
        "Bourses d’excellence\nNEURO Graduate Programme\n\n"
        "Call for applications from  November 06 to January 31\n\n \n\n"
        "Call for students who wish to enroll in\n\nthe Master 2 Fundamental and Clinical Neurosciences (M2FCN)\n\n"
        "Academic year 2025-26\n\n"
        "We are pleased to announce the launch of the Excellence Scholarship Campaign for Masters students who wish to attend one of the masters of the Neurosciences Graduate Programme.",
        distractors=[
            "from November 06 to January 31 (the application window, no year, undated page)"
        ],
        note="class 8 in English: the academic year '2025-26' is named, but the window's days carry no year and the page shows no date",
    )
    p(
        "r4s-economiste-maghrebin-bourses-prets-2023",
        "https://leconomistemaghrebin.com/2023/08/22/calendrier-depot-demandes-bourses-prets-universitaires-pour-annee-universitaire-2023-2024",
        "Les offices des œuvres universitaires pour le nord, le centre et le sud ont publié sur leurs pages officielles Facebook le calendrier de dépôt des demandes de bourses et prêts universitaires pour l’année universitaire 2023-2024.\n"
        "Les admis à l’examen du baccalauréat 2023 peuvent remplir le formulaire en ligne du 1er septembre au 31 octobre 2023. Le dernier délai de dépôt des candidatures a été fixé au 15 novembre 2023.\n"
        "La réception des demandes de renouvellement des bourses et prêts universitaire se déroule du 6 septembre au 30 novembre 2023. La date limite de dépôt des dossiers a été fixé au 15 décembre 2023.\n"
        "Les étudiants en master peuvent présenter les demandes de bourses et prêts universitaires du 6 septembre au 31 décembre 2023. La date limite d’envoi des dossiers a été fixée au 15 janvier 2024.\n"
        "Pour les doctorants, les demandes en ligne doivent être envoyées du 5 octobre au 30 avril 2024. La date limite d’envoi des dossiers a été fixé au 15 mai 2024.",
        [
            d("2023-10-31"),
            d("2023-11-15"),
            d("2023-11-30"),
            d("2023-12-15"),
            d("2023-12-31"),
            d("2024-01-15"),
            d("2024-04-30"),
            d("2024-05-15"),
        ],
        opens="?",
        note="press relaying student grant calendars (Tunisia): each group has an online window (its end is a deadline) and a later deadline "
        "for the paper file; four groups, four openings, so the opening is not scored",
    )
    p(
        "r4s-ut2j-amid-mobilite-doctorants-2023",
        "https://tesc-pre.univ-tlse2.fr/accueil/europe-et-international",
        "Europe et International\n"
        "Voir, sur le site du Service des Etudes Doctorales (SEDoc) :\n"
        "Aide à la Mobilité Internationale des Doctorants de l'UT2J (AMID/ERASMUS+)\n"
        "L'appel à candidatures est ouvert du lundi 13 novembre 2023 au vendredi 1er décembre 2023.\n"
        "Le dispositif a été révisé et désormais la procédure est dématérialisée :\n"
        "- un formulaire en ligne à compléter\n"
        "- et téléverser plusieurs documents dont un budget prévisionnel du coût de la mobilité dont vous trouverez la maquette en PJ.",
        [d("2023-12-01")],
        opens="2023-11-13",
        note="a doctoral programme's page: the call is the subject and 'est ouvert du … au …' gives the window",
    )
    p(
        "r4s-hospimedia-ecoles-sages-femmes-2013",
        "https://hospimedia.fr/actualite/articles/20130402-ressources-humaines-les-candidatures-aux-ecoles-de-sages",
        "Les candidatures aux écoles de sages femmes doivent parvenir aux jurys avant le 15 avril\n"
        "Les modalités de réorientation des étudiants vers la formation de sage-femme sont détaillées dans une circulaire du 22 mars de la DGOS présentant en annexe "
        "les coordonnées des centres d'examen et les dates limites de transmission des dossiers aux jurys. "
        "Elles s'étalent du 8 avril (Lille 2) au 15 avril (Lyon 1, Montpellier 1, Paris 11, Rennes 1) avec aussi la date du 12 avril (Bordeaux 2).",
        distractors=[
            "15 avril (deadline in the title, no year)",
            "22 mars (the circular's date)",
            "8 avril, 12 avril, 15 avril (deadlines per centre, no year)",
        ],
        note="health press; the article's date is only in the url (2013-04-02), so page_date is null and every year-less deadline gives nothing. "
        "With a page date, 8, 12 and 15 April would each be a deadline for some candidates",
    )
    p(
        "r4s-kine-vichy-extracommunautaires-2025",
        "https://kine-vichy.fr/node/869",
        "PROCEDURE DE RECRUTEMENT DES CANDIDATS EXTRACOMMUNAUTAIRES REPONDANT AUX CONDITIONS PARTICULIERES DE SCOLARITE DE L’ARRETE DU 2 SEPTEMBRE 2015 - Articles 27 à 32\n"
        "1/ Qui peut candidater\n"
        "Les titulaires d’un diplôme de masseur-kinésithérapeute ou autre titre ou certificat permettant l’exercice de la profession de masseur-kinésithérapeute ou équivalent obtenu en dehors d’un État membre de l’Union européenne "
        "peuvent bénéficier d’une dispense partielle de scolarité pour l’obtention du diplôme État de masseur-kinésithérapeute, sous réserve de réussite à des épreuves de sélection.\n"
        "2/ Comment candidater\n"
        "La plateforme d'inscription e-candidat, ouverte jusqu'au 10 janvier 2025 inclus, est accessible ICI.",
        [d("2025-01-10")],
        distractors=["2 septembre 2015 (the decree's date)"],
        note="a physiotherapy school: 'plateforme … ouverte jusqu'au' is open until, i.e. a deadline, not an opening",
    )
    p(
        "r4s-ed-galilee-mobilite-2025",
        "https://ed-galilee.univ-paris13.fr/appel-doffre-mobilite-internationale",
        "Appel d’offre mobilité internationale\n\nObjectifs\n\n"
        "L’encouragement à la mobilité internationale des doctorants fait partie des objectifs de l’École doctorale « Sciences, Technologies, Santé” – Galilée ». "
        "A cet effet et conformément à la décision prise par le conseil du 4 novembre 2016, l’École doctorale Galilée lance son 7ème appel d’offre d’aide financière à la mobilité internationale sortante des doctorants inscrits à l’ED Galilée.\n\n"
        "Types de mission, durée et financement\n\n"
        "Les missions financées par ces crédits doivent correspondre à des missions de 1 à 6 semaines maximum pour un travail de recherche, c’est-à-dire hors école, conférences ou congrès.\n"
        "Ces missions doivent se dérouler entre le 1er janvier 2025 et le 31 décembre 2025.",
        distractors=[
            "4 novembre 2016 (council decision)",
            "entre le 1er janvier 2025 et le 31 décembre 2025 (the missions must take place then: a condition)",
        ],
        note="a doctoral school's call whose closing is not in this part of the page; the 2025 span bounds the stays, nothing is sent by then",
    )
    p(
        "r4s-anemf-inter-chu-externes",
        "https://www.anemf.org/inter-chu/",
        "Depuis peu, l’ANEMF propose à tous les étudiants externes en médecines de France de participer à un programme d’échanges nationaux inter-CHU via leur association locale. "
        "Il permet de réaliser un stage d’été validant dans un autre CHU de France.\n"
        "Bilatéral et gratuit, Inter-CHU permet d’élargir son champs de découverte et de pratique de la médecine dans une aventure humaine unique.\n"
        "Généralité\n"
        "Qui ? Tout étudiant en médecine peut participer à cet échange. Les années concernées peuvent toutefois dépendre des villes mais il est courant que les étudiants choisissent de participer à l’échange soit en DFASM1 soit en DFASM3.\n"
        "Quand ? Entre juin et septembre dans le cadre du stage d’été de l’externat.",
        distractors=["Entre juin et septembre (the summer placement, vague)"],
        note="a national students' association: the exchange's months only, no date to apply",
    )
    p(
        "r4s-ed558-normandie-elections-doctorants",
        "https://ed558-nh.normandie-univ.fr/presentation/elections",
        "Le Conseil de l’École doctorale « Normandie Humanités » est composé de 26 membres dont, conformément à ces dispositions, 5 représentant.e.s des doctorant.e.s, "
        "élu.e.s pour deux ans (vote du Conseil de l’École doctorale en date du 1er juillet 2022).\n\n"
        "La campagne est lancée en décembre pour un dépôt des candidatures début janvier auprès du secrétariat de l’École doctorale sur le site de rattachement :\n"
        "Les listes électorales sont affichées en Janvier sur les 3 sites. Les doctorant.e.s dont le nom n’y figurerait pas peuvent demander leur inscription sur ces listes "
        "jusqu’à la date de l’élection, en présentant leur carte d’étudiant.e auprès du secrétariat de l’École doctorale sur leur site de rattachement.",
        distractors=[
            "1er juillet 2022 (council vote)",
            "en décembre, début janvier, en Janvier (campaign, candidacies, lists: vague)",
        ],
        note="an election page (no call): the candidacy date is vague and the roll stays open until an undated election",
    )
    p(
        "r4s-ufr3s-lille-journees-ete-anemf-2024",
        "https://ufr3s.univ-lille.fr/2024-07-04-coajealla",
        "Journées d’été de l’ANEMF\n"
        "Le département de Médecine a accueilli les journées d’été de l’ANEMF (Association Nationale des Étudiants en Médecine de France)\n"
        "350 étudiants en médecine rassemblés à Lille sur une initiative de l’ACEML\n"
        "Le congrès « COAJEALLA » (jeu de mot entre JEA, journées d’été de l’ANEMF, et Coachella, festival de musique) a eu lieu à l’UFR3S-Médecine du 4 au 7 juillet 2024.\n"
        "Les Journées d’Été de l’ANEMF 2024 sont un congrès qui a rassemblé 350 associatifs et élus étudiants en médecine issus de toute la France.\n"
        "Le projet a débuté officiellement en février 2023, et nous avons travaillé tous ces mois à l’organisation des 4 jours de congrès, du 4 au 7 juillet 2024.",
        distractors=[
            "du 4 au 7 juillet 2024 (the congress, past)",
            "février 2023 (project start, vague)",
        ],
        note="a faculty's report on a students' congress that has taken place: no call",
    )
