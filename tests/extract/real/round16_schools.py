"""Round 16 of the real passages (doctoral schools' follow-up committees, thesis and dissertation deposits, Belgian, Tunisian, Senegalese and Quebec faculties, veterinary and nursing admissions, gap years, hospital-university competitions): test data only.

Collected and labelled on 4 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r16s-ed3m-csi-rapport-yearless",
        "https://ed-3m.u-bretagneloire.fr/fr/7_comite-de-suivi-individuel",
        "Il s'entretient au moins une fois par an avec le doctorant, selon le déroulé suivant:\n"
        "Pour les doctorants en 1ère année de thèse (première inscription après le premier septembre de l’année universitaire "
        "en cours) :\nAvant le 15 mai : le doctorant doit avoir rédigé et envoyé son rapport aux deux membres de son CSI avec "
        "copie à l’ED.\nAvant le 15 juin, chacun des membres du CSI remplit la dernière page du rapport et transmet le rapport "
        "complet à l'ED, au doctorant et à ses encadrants.\nPour les doctorants en 2ème année : avant la fin du mois d'avril (28 "
        "avril) : le doctorant doit avoir rédigé et envoyé son rapport aux deux membres de son CSI avec copie à l’ED.",
        [],
        distractors=[
            "Avant le 15 mai (the doctoral student's report, year-less, undated page)",
            "Avant le 15 juin (the committee members' step, year-less)",
            "avant la fin du mois d'avril (28 avril) (year-less, undated page)",
            "le premier septembre (a condition of the first enrolment)",
        ],
        note="a doctoral school's yearly follow-up calendar without a year on an undated page: nothing resolves, though a "
        "subscriber would want the report days (kind other) each year",
    )
    p(
        "r16s-eddsp-csi-campagne-2022",
        "https://ed-dsp.doctorat-bretagneloire.fr/fr/6_comite-de-suivi-individuel",
        "Il est rappelé que, pour les doctorants en première année, l’entretien avec le comité n’est pas obligatoire, mais que le "
        "doctorant doit alors produire un rapport sur l’avancement de ses travaux au vu duquel le comité pourra émettre l’avis "
        "demandé. Il est également rappelé que, pour les doctorants dont la soutenance est prévue en 2022, l’avis du comité n’est "
        "pas requis.\n***\nLancement de l'organisation des CSI (comité de suivi individuel) - 2021/2022\nFormulaire à remplir: ici\n"
        "Lancement de la campagne: le 25 avril 2022\n- entre le 25 avril au 30 mai 2022 : le doctorant complète son rapport sur "
        "l'avancement de ses travaux et le transmet aux membres de son CSI.\n- du 25 avril au 30 juin 2022: rencontre et "
        "entretien avec le CSI et remontée du dossier aux UR de rattachement. Les membres du CSI émettent un avis pour la "
        "demande de réinscription.\n- le 30 juin 2022 au plus tard: les unités de recherche envoient à la gestionnaire de site de "
        "l’ED le rapport et la fiche d'évaluation de l’ensemble des doctorants rattachés à leur laboratoire.",
        [d("2022-05-30", kind="other")],
        opens="?",
        distractors=[
            "le 25 avril 2022 (the campaign's launch: the opening of a report window, not a candidature; unscored)",
            "du 25 avril au 30 juin 2022 (meetings with the committee: an event's span)",
            "le 30 juin 2022 au plus tard (the research units forwarding the files: not the doctoral student's step)",
            "en 2022 (a defence year, vague)",
        ],
        note="the doctoral student sends a progress report by the window's end (kind other: a report, not a candidature); "
        "the units' forwarding is labelled as not the candidate's sending, by what a subscriber needs",
    )
    p(
        "r16s-ulb-memoire-depot-15-mai",
        "https://atika.cohen.web.ulb.be/vademecum_memoire/co/22_Cours_depot.html",
        "Dépôt du mémoire\n\nLa date normale pour le dépôt du mémoire est le 15 mai. Déposer le mémoire en 2e session (le jour de "
        "l'ouverture officielle de la session d'examens en faculté de Philosophie et lettres) sera considéré comme la "
        "manifestation d'un défaut d'organisation du travail et évalué en conséquence. Ces échéances ne peuvent souffrir aucun "
        "retard.\n\nToutefois, les étudiants qui ont choisi le mémoire d'application et qui peuvent faire valoir des raisons "
        "impérieuses liées à la réalisation de la partie pratique (tournage à l'étranger, par exemple) peuvent solliciter un bref "
        "délai auprès du président de la filière. [...] Cette demande doit évidemment être introduite avant la date limite de "
        "dépôt du mémoire.",
        [],
        distractors=["le 15 mai (a master's dissertation deposit, year-less, undated page)"],
        note="a Brussels master's vademecum: a yearly deposit day without a year on an undated page gives nothing",
    )
    p(
        "r16s-isg-tunis-depot-memoires-2023",
        "https://isg.rnu.tn/actualites/Depot-des-memoires-de-masters-de-recherche-et-professionnels-Deuxieme-session-54714",
        "Dépôt des mémoires de masters de recherche et professionnels/ Deuxième session\nChers étudiants\nLe dépôt des mémoires de "
        "masters de recherche et professionnels au titre de la deuxième session de l'année universitaire 2022-2023 est ouvert du "
        "13 au 17 novembre 2023 à minuit.\nNous vous rappelons que vous êtes tenu de vérifier votre situation administrative "
        "auprès du service de scolarité. Vous devez être inscrit pour l'année universitaire 2022/2023. [...]\n- La fiche de "
        "validation de sujet signée par votre encadrant académique avec laquelle vous avez fait votre dépôt de sujet en avril "
        "2023 ou en 2022 (pour les étudiants réintégrés).",
        [d("2023-11-17", "23:59", kind="other")],
        opens="2023-11-13",
        distractors=["en avril 2023 (a past topic deposit, vague)"],
        note="a Tunis management institute's dissertation deposit window, closing at midnight; the deposit of a finished "
        "dissertation is labelled other (not a candidature), by what a subscriber needs",
    )
    p(
        "r16s-uliege-facmed-final-year-2022",
        "https://www.facmed.uliege.be/cms/c_7803003/en/facmed-students-in-their-final-year-of-medicine",
        "You are a student at the end of the 2nd cycle in medicine at the ULiège, the UCLouvain or the ULB and you wish to "
        "register for the competitive exams giving access to the Masters in medicine at the University of Liège (ULiège)\n\nA "
        "unique and compulsory registration as well as the choice of maximum 3 specialties will be done via this form(the link "
        "is no longer available) between February 21, 2022 and March 6, 2022 at midnight. After this deadline, no application "
        "will be considered.\n[...]\nCalendar of the procedure\n\nDates Stages\nFrom 21 February 2022 to 6 March 2022 Registration at "
        "ULiège and at maximum 3 competitions\nmarch 9th 2022 List of registrations for the different competitions: Provisional "
        "ranking of provisional choices - Updated 10/03/2022\nFrom March 10th to 13th 2022 Possibility to modify the registration "
        "for the competitions, including submission of applications by e-mail\nmarch 16th 2022 List of registrations for the "
        "various competitions: Provisional ranking of final choices\nFrom March 28, 2022 to May 25, 2022\n\nSelection tests : "
        "calendar\nAfter each competition Competition results (score out of 30), posted by each specialty department\nDuring the "
        "week of May 31, 2022 Provisional rankings following the selection competitions (score out of 80)\nBetween June 6 and 10, "
        "2022 Determination of the order of choice via this form\nDuring the week of June 13, 2022 Provisional ranking following "
        "the determination of choices (score out of 80)\njuly 28th 2022\nOfficial list of specialties\nFrom August 16, 2022\n"
        "Distribution of certificates to the Dean's Office",
        [d("2022-03-06", "23:59"), d("2022-06-10", kind="other")],
        opens="2022-02-21",
        distractors=[
            "march 9th 2022 and march 16th 2022 (lists of registrations)",
            "Updated 10/03/2022 (a stamp)",
            "From March 10th to 13th 2022 (modifying a registration already made)",
            "From March 28, 2022 to May 25, 2022 (selection tests)",
            "During the week of May 31 / June 13, 2022 (rankings, vague weeks)",
            "june 6 (start of the choice window)",
            "july 28th 2022 (official list)",
            "From August 16, 2022 (certificates distributed)",
        ],
        note="Liège's specialty competitions: the registration window is the application; the order of choice is a choice of "
        "posts (kind other); the modification window is labelled no deadline (a change to a registration already sent, "
        "though it also allows e-mailed files: a judgement, by what a subscriber needs, since the files are due with the "
        "registration)",
    )
    p(
        "r16s-ulg-non-residents-examen-entree-2017",
        "https://www.ulg.ac.be/cms/c_1011443/fr/modalites-pour-etudiants-non-residents-en-medecine-et-en-sciences-dentaires",
        "Modalités pour étudiants non-résidents en médecine et en sciences dentaires\n\nMédecine et Sciences dentaires\n\nLes "
        "informations publiées sur cette page sont susceptibles d'être modifiées à tout moment en fonction de l'évolution du "
        "cadre réglementaire.\n\nRèglementation\n\nEn application du décret du 29 mars 20171, il est désormais nécessaire de réussir "
        "un examen d’entrée pour s’inscrire aux études de premier cycle en médecine et en sciences dentaires (*).\n\nLe candidat "
        "doit, pour le 1er août 2017 au plus tard, prendre inscription à l’examen d’entrée via une plateforme en ligne sur le "
        "site web de l’Académie de la Recherche et de l’Enseignement supérieur (ARES)\n\nLors de son inscription, le candidat "
        "précisera le cursus souhaité (médecine ou sciences dentaires), l’université dans laquelle il prendra inscription en cas "
        "de réussite de l’examen d’entrée, ainsi que son statut de « résident » ou « non-résident ».\n\nEn effet, le décret du 16 "
        "juin 2006  régule le nombre d’étudiants « non-résidents » qui s’inscrivent pour la première fois dans certains cursus.",
        [d("2017-08-01")],
        distractors=[
            "décret du 29 mars 2017 (a text's date, footnote glued: 20171)",
            "décret du 16 juin 2006 (a text's date)",
        ],
        note="registering for the entrance exam is the candidature; the decree's year carries a glued footnote marker",
    )
    p(
        "r16s-uliege-contingent-updated",
        "https://www.enseignement.uliege.be/cms/c_9110905/en/contingent-studies-kine-vete-logo-medecine-ou-dentaires",
        'Some courses of study accept only a limited number of "non-resident" students.\n\nFor access to the 1st cycle of studies '
        'in :\n\nveterinary medicine,\nphysiotherapy and rehabilitation,\nspeech therapy.\n\n⇒ "Non-resident" students are selected '
        "by drawing (percentage varies according to course of study):\nVeterinary medicine: 43 places\nPhysiotherapy and "
        "rehabilitation: 74 places\nSpeech therapy: 17 places\n[...]\nDraw results\n[...]\nBy phone : +32 (0)4 366 46 00\n\nFrom "
        "Monday to Friday from 9:00 am to 12:30 pm and from 1:30 pm to 5:00 pm\n[...]\nupdated on 2/23/24",
        [],
        page_date="2024-02-23",
        distractors=[
            "updated on 2/23/24 (an update stamp, month first)",
            "9:00 am to 12:30 pm (office hours)",
        ],
        note="Liège's quotas for non-residents drawn by lot: no call date, only office hours and an update stamp",
    )
    p(
        "r16s-nomad-env-parcoursup-2025",
        "https://nomadeducation.fr/revisions/bac-pro-interventions-sur-le-patrimoine-bati-optio-lbc90614/linscription-en-env-sur-parcoursup-cyab3c59",
        "Le candidat exprime le vœu ENV sur Parcoursup (il s’agit d’un seul vœu qui vaut pour les quatre écoles). Cela correspond "
        "à un vœu sur les 10 à effectuer et 4 sous-vœux sur les 20.\nOn peut exprimer le vœu ENV uniquement après avoir rempli un "
        "questionnaire : il s’agit d’un questionnaire général de préorientation (il ne sera examiné que si le candidat est "
        "admissible à l’entretien), qui vaut pour les quatre écoles.\n[...]\nCalendrier\n- Du 15 janvier au 13 mars 2025 : "
        "inscription sur Parcoursup.\n- 13 mars 2025 : dernier jour pour formuler ses vœux.\n- Fin avril – début mai 2025 : "
        "épreuves d’admission.\n- 2 juin 2025 : début de la phase d’admission principale.\nL’épreuve d’admission\nPour les "
        "candidats admissibles, l’épreuve d’admission se déroule fin avril-début mai.",
        [d("2025-03-13")],
        opens="2025-01-15",
        distractors=[
            "Fin avril – début mai 2025 (admission tests, vague)",
            "2 juin 2025 (start of the admission phase)",
        ],
        note="the veterinary schools' post-baccalaureate route: the wishes' window is the application (wishes on Parcoursup "
        "are the candidature here, not a choice of posts)",
    )
    p(
        "r16s-santetropicale-cames-agregation-dakar",
        "https://santetropicale.com/Actualites/1202/actualites1202_3.htm",
        "L'Université\nCheikh Anta Diop de Dakar (UCAD) accueille du 9 au 19 décembre\nle onzième concours d'agrégation du Conseil "
        "africain et\nmalgache pour l'enseignement supérieur (CAMES). Le concours organise\nl'agrégation de médecine humaine, "
        "pharmacie, odonto-stomatologie,\nmédecine vétérinaire et productions animales. Sont\nen lice cent treize candidats "
        "venant des seize pays qui composent le CAMES.\n[...]\nLe Sénégal organise pour la deuxième fois le concours,\naprès celui "
        "accueilli en 1982. Et dans l'histoire du CAMES, dont\nla convention portant statut et organisation a été signée\npar "
        "dix-sept chefs d'Etat ou de gouvernement en avril 1972 à Lomé\n(Togo), \" les Sénégalais se sont toujours bien "
        'comportés,\nils ont toujours eu les meilleurs résultats ", a déclaré\nle Pr Doudou Thiam.',
        [],
        distractors=[
            "du 9 au 19 décembre (the competition's days, year-less, undated page)",
            "avril 1972 (history, vague)",
        ],
        note="news of an agrégation competition hosted in Dakar: the competition's span is an event",
    )
    p(
        "r16s-allafrica-ucad-doyen-agregation-2022",
        "https://fr.allafrica.com/stories/202212050021.html",
        "Sénégal: Pr Bara Ndiaye, Doyen Faculté de Médecine de L'Ucad - \" Le recrutement d'assistants va maintenir l'excellence "
        "\"\n\n3 Décembre 2022\n\nLors de la 21e édition du Concours d'agrégation en médecine (7 au 16 novembre 2022 à Abidjan), la "
        "Faculté de médecine, de pharmacie et d'odontologie (Fmpo) de l'Université Cheikh Anta Diop de Dakar (Ucad) a réalisé "
        "des performances remarquables avec 51 admis sur 52 candidats. Dans cet entretien, le Doyen de la Faculté, le Pr Bara "
        "Ndiaye, évoque les clés de ce succès et plaide pour le renforcement du recrutement de maîtres assistants afin de "
        "maintenir ce niveau d'excellence.",
        [],
        page_date="2022-12-03",
        distractors=[
            "3 Décembre 2022 (the article's date)",
            "7 au 16 novembre 2022 (the competition, past)",
        ],
        note="a dean's interview after a competition: results and the competition's span, no call",
    )
    p(
        "r16s-lille-theses-soutenir-periodes",
        "https://medecine.univ-lille.fr/theses_soutenir/?L=1%2527%2520union%2520select%25200x5e252a%252C0x5e252a%252C0x5e252a%2520",
        "Soutenir sa thèse\n\nIl est essentiel d’anticiper en se présentant aux bureaux des thèses plus de 3 mois avant une date "
        "souhaitée de soutenance de thèse, car cette date doit faire consensus avec la disponibilité des salles de soutenance "
        "(environ 400 thèses par an sur quatre salles) et les agendas des membres du jury. [...]\nPériode\nLes soutenances ont "
        "lieu durant l’année universitaire, de la mi-septembre à la mi-juillet. Sont exclus les jours fériés et les vacances de "
        "Noël-Nouvel an (périodes pendant lesquelles la Faculté est fermée). Elles se déroulent du lundi au vendredi à 14h, 16h "
        "ou 18h selon la disponibilité des salles.\nIl faut si possible éviter les mois de juin, septembre et octobre qui sont "
        "des périodes surchargées.",
        [],
        distractors=[
            "plus de 3 mois avant une date souhaitée (relative)",
            "de la mi-septembre à la mi-juillet (defence period, vague)",
            "à 14h, 16h ou 18h (defence times)",
        ],
        note="a faculty's thesis-defence rules: relative delays and vague periods only",
    )
    p(
        "r16s-edbsl-lille-first-registration",
        "http://edbsl.univ-lille2.fr/en/procedurestextes-officieles.html",
        "Saturday 19 September 2020\nEcole Doctorale BIOLOGIE SANTE (ED n°446)\nFaculté de Médecine Pôle Recherche\n1 place de "
        "verdun\n59045 Lille cedex - France\n[...]\nFirst doctoral registration\n\nComplete application material should be "
        "received preferably before the end of October of each year. International applicants are encouraged to submit their "
        "information earlier for verification of eligibility.\n\nApplicants may either contact directly a research unit "
        "affiliated with the Doctoral School or provide the Doctoral School with a letter of interest (including motivation "
        "relevant to a research topic, names and emails of two references) that will be transmitted to the relevant research "
        "teams.",
        [],
        distractors=[
            "Saturday 19 September 2020 (the site's header date, not a call date)",
            "before the end of October of each year (vague, yearly)",
        ],
        note="a doctoral school's English registration page: a vague yearly target; the header date is taken as the day's "
        "display, not the page's publication, so page_date stays null",
    )
    p(
        "r16s-e2s-ubfc-missions-decree",
        "https://e2s.ubfc.fr/our-school/missions/?lang=en",
        "According to the decree of May 25, 2016 (pdf),the missions of doctoral schools (ED) are multiple, but can be summarized "
        "as follows: to ensure the training of doctors and their preparation for professional integration. [...]\nThe ED E-S "
        "therefore declines the paragraphs of article 3 of this decree below :\n[...]\nThe ED E-S has chosen to conduct this "
        "policy through an annual competition based on clear and transparent criteria, open to the national level (see the "
        "“internal regulations”).\n[...]\nThe ED E-S Young Researchers Forum is organized each year, alternately in Dijon and "
        "Besançon. Doctoral students can present their work there, either in the form of oral communication or in the form of "
        "posters.",
        [],
        distractors=["the decree of May 25, 2016 (a text's date)"],
        note="a doctoral school's missions: an annual competition and a yearly forum without any date",
    )
    p(
        "r16s-edlls-nanterre-csi-2022",
        "https://ed-lls.parisnanterre.fr/doctorants/comite-de-suivi-individuels",
        "ED 138 - Comités de suivi individuels\n\nExtraits de l’arrêté du 25 mai 2016 fixant le cadre national de la formation\net "
        "les modalités conduisant à la délivrance du diplôme national de doctorat\n[...]\nProcédure\n\nEn application du l’arrêté "
        "du 25 mai 2016, les doctorants doivent, chaque année à partir de la deuxième année, s’entretenir avec un comité de suivi "
        "individuel. En raison de la mise en place progressive du système, en 2022 les comités de suivi concerneront les "
        "étudiants inscrits en 2e, 3e, 4e, 5e, 6e année.\n\nChaque comité de suivi est composé de deux ou trois membres, "
        "professeurs ou maîtres de conférences (ou équivalents CNRS).",
        [],
        distractors=["l’arrêté du 25 mai 2016 (a text's date, twice)", "en 2022 (a year)"],
        note="a doctoral school's follow-up committees: texts' dates only",
    )
    p(
        "r16s-edeos-nanterre-csi-deux-semaines",
        "https://ed-eos.parisnanterre.fr/doctorants/comite-de-suivi-individuels",
        "En application de l’arrêté du 25 mai 2016 et de l’arrêté du 26 août 2022, les doctorants doivent, chaque année et dès "
        "la première année de thèse, s’entretenir avec un comité de suivi individuel.\n[...]\nLe doctorant ou la doctorante est à\n"
        "l’initiative de l’organisation concrète de ces entretiens annuels.\n[...]\nLe rapport d’étape ci-contre permet de préparer "
        "l’entretien qui se déroulera ultérieurement avec le comité.\nLe document est à adresser par le doctorant aux membres du "
        "comité de suivi individuel au moins deux semaines avant l'entretien.",
        [],
        distractors=[
            "l’arrêté du 25 mai 2016 et l’arrêté du 26 août 2022 (texts' dates)",
            "au moins deux semaines avant l'entretien (relative)",
        ],
        note="a report due relative to a meeting each doctoral student sets: no day",
    )
    p(
        "r16s-uha-cesure-closes",
        "https://www.uha.fr/fr/admissions-inscriptions-scolarite/cesure.html",
        "Période de césure\nLa césure est un dispositif permettant de suspendre temporairement ses études, pour acquérir une "
        "expérience personnelle ou professionnelle, en France ou à l’étranger.\nLa césure concerne les étudiants inscrits dans "
        "une formation d’enseignement supérieur. Sa durée comprend obligatoirement une année universitaire. Néanmoins, pour une "
        "demande de césure entre deux cycles (licence 3 - master 1, par exemple), l'étudiant doit être accepté au préalable dans "
        "le cycle supérieur.\n[...]\nLa césure n’est pas obligatoire, elle est un droit de l’étudiant.\nLes demandes de césure "
        "pour l'année universitaire 2023-2024 sont closes.",
        [],
        distractors=["l'année universitaire 2023-2024 (closed requests, no day)"],
        note="a university's gap-year page: the requests are said closed, no date",
    )
    p(
        "r16s-pau-cesure-calendrier-lost",
        "https://formation.univ-pau.fr/fr/scolarite/periode-de-cesure.html",
        "Demande de césure\nLa période de césure vous permet de suspendre temporairement vos études pour vivre une expérience "
        "personnelle, professionnelle ou d'engagement en France ou à l'étranger.\n[...]\nCalendrier des demandes de césure pour "
        "l'année 2024-2025 |\n---|\nPassés ces délais, tout dossier incomplet se verra refusé par l’administration.\n[...]\nQuand ?\n"
        "Dès le début de la première année de cursus, mais pas après la deuxième année de master.\n[...]\n- Consulter le guide de "
        "la césure étudiants en France et à l’étranger (édition 2024)",
        [],
        distractors=[
            "l'année 2024-2025 (a calendar whose cells were lost)",
            "(édition 2024) (a guide's edition)",
        ],
        note="a gap-year calendar whose table lost its cells in the stored copy: no day is left",
    )
    p(
        "r16s-orientation-cesure-published",
        "https://www.orientation.com/articles/vie-etudiante/annee-de-cesure-tout-savoir/",
        "Année de césure : tout savoir sur la durée, les démarches, le statut\n\nPublié le 27 août 2020\nMis à jour le 27 août "
        "2020\nMarie-Lou Cauzit\n[...]\nPour les bacheliers ou étudiants en réorientation, la demande de césure post-bac se fait "
        "sur Parcoursup au moment de la saisie des voeux. Tu renseignes donc en parallèle de tes voeux l’onglet « année de "
        "césure » dans ton dossier. [...]\nTa demande de césure n’est pas prise en compte lors de l’examen des dossiers. En "
        "effet, elle n’est transmise aux établissements que lors de ton inscription administrative.",
        [],
        page_date="2020-08-27",
        distractors=["Publié le 27 août 2020 / Mis à jour le 27 août 2020 (stamps)"],
        note="a students' guide to gap years: publication stamps only",
    )
    p(
        "r16s-laval-faq-dix-jours",
        "https://www.fmed.ulaval.ca/programmes-detudes/etudes-en-medecine/doctorat-de-1er-cycle-en-medecine/foire-aux-questions",
        "Foire aux questions\nPlusieurs éléments en lien avec votre parcours scolaire influencent la date limite de dépôt de "
        "votre demande d'admission. Référez-vous au tableau Date limite de dépôt d'une demande d'admission (pdf) pour certains "
        "programmes contingentés selon le type de candidature du Bureau du registraire pour connaître celle s'appliquant à votre "
        "situation.\nVous devez transmettre les documents requis au Bureau du registraire de l'Université Laval au plus tard dans "
        "les 10 jours calendrier suivant la date limite de dépôt de la demande.",
        [],
        distractors=[
            "au plus tard dans les 10 jours calendrier suivant la date limite (relative, no date)"
        ],
        note="a Quebec faculty's FAQ: deadline words without any date",
    )
    p(
        "r16s-laval-medecine-sport-carms-septembre",
        "https://www.fmed.ulaval.ca/programmes-detudes/etudes-en-medecine/residences-etudes-medicales-postdoctorales/residence-en-medecine-du-sport-et-de-lexercice-formation-complementaire/admission/",
        "L'admission à un programme de résidence à l'Université Laval\n\nLes exigences d’admission pour un programme d’études "
        "médicales postdoctorales à l'Université Laval diffèrent selon votre statut et la formation que vous souhaitez faire. "
        "[...]\nAdmission révisée juillet 2020\n[...]\nFaire une demande d'admission\n\nLes admissions au programme de médecine du "
        "sport et de l’exercice se font sur le site du CaRMS en septembre de l’année de passation du diplôme en médecine de "
        "famille.",
        [],
        distractors=[
            "Admission révisée juillet 2020 (a revision stamp, vague)",
            "en septembre de l’année de passation (vague)",
        ],
        note="a residency's admission: a vague month and a revision month",
    )
    p(
        "r16s-syndicat-infirmier-doctorat-lausanne-2008",
        "https://www.syndicat-infirmier.com/LMD-doctorat-en-sciences.html",
        "LMD : doctorat en sciences infirmières\n\n2 août 2008\n\nDès septembre 2008, l’Institut universitaire de formation et de "
        "recherche en soins (IUFRS) de la Faculté de Biologie et de Médecine de l’Université de Lausanne (Suisse) offrira aux "
        "infirmières et infirmiers un programme de doctorat en sciences infirmières.\n\nCette formation s’inscrit dans les "
        "orientations préconisées dans la Déclaration dite « de Bologne », signée par l’Université de Lausanne qui vise à "
        "harmoniser les systèmes d’éducation supérieure européens.",
        [],
        page_date="2008-08-02",
        distractors=[
            "2 août 2008 (the article's date)",
            "Dès septembre 2008 (a programme's start, vague)",
        ],
        note="a nurses' union relays a new nursing doctorate: a programme's start is no opening of applications",
    )
    p(
        "r16s-ares-examen-entree-2019",
        "https://www.ares-ac.be/en/etudes-superieures/en-pratique/conditions-d-acces/exmd/tout-savoir-sur-l-examen-d-entree/inscription",
        "01 / Quand et comment m’inscrire à l’examen d’entrée ?\n\nL'inscription se fait exclusivement en ligne à partir d'une "
        "plateforme web qui vous permettra de créer votre compte d'utilisateur EXMD. Les candidats disposant déjà d'un compte EXMD "
        "devront réutiliser ce compte.\n\nÉpreuve du 10 juillet 2019 :\n\nOuverture des inscriptions : lundi 27 mai 2019,\nClôture "
        "des inscriptions : jeudi 20 juin 2019 à 23h59.\n\nÉpreuve du 4 septembre 2019 :\n\nOuverture des inscriptions : mardi 23 "
        "juillet 2019,\nClôture des inscriptions : lundi 19 aout 2019 à 23h59.\n\nLors de l’inscription, il vous est demandé "
        "d’indiquer :\n\nLe choix de la filière dans laquelle vous souhaitez entamer/poursuivre vos études (sciences médicales ou "
        "sciences dentaires),\n[...]\nAttention :\n\nSi vous avez déjà participé à l’examen d’entrée en sciences médicales et "
        "dentaires organisé par l’ARES en septembre 2017 et en juillet et/ou septembre 2018, vous ne pouvez plus présenter "
        "l’examen d’entrée avant l’année académique 2022-2023. Votre inscription à l’examen d’entrée sera donc refusée.",
        [d("2019-06-20", "23:59"), d("2019-08-19", "23:59")],
        opens="?",
        distractors=[
            "Épreuve du 10 juillet 2019 / Épreuve du 4 septembre 2019 (exam days)",
            "Ouverture des inscriptions : lundi 27 mai 2019 / mardi 23 juillet 2019 (two openings: unscored)",
            "septembre 2017, juillet et/ou septembre 2018 (past sessions, vague)",
        ],
        note="the Belgian entrance exam to medicine and dentistry: two sessions, each a registration window (the "
        "candidature); two openings in one passage, so the opening is not scored; 'aout' is written without its accent",
    )
    p(
        "r16s-usj-fm-admission-magis-2025",
        "https://www.usj.edu.lb/fm/?=11440",
        "Cérémonie de remise des attestations\n\nAux étudiants du Dispensaire juridique | Vendredi 5 décembre 2025\n\nAdmission au "
        "1er cycle 2026-2027\n\nJusqu'au 17 décembre 2025\n\nProgramme IA USJ-UNESCO 25-26\n\nMission de pédagogie universitaire | "
        "Table ronde du 16 décembre 2025\n\nBourse Magis L\n\nDéposez votre dossier avant le 17 décembre 2025\n\nJournée Portes "
        "Déc-ouvertes de l'USJ\n\nJeudi 4 décembre 2025\n\n/\n\nHistorique\n\nLe souhait des jésuites d’établir à Beyrouth une "
        "Faculté de médecine date au moins de 1872 ; mais c’est au P. Rémi Normand, nommé Recteur de l’Université Saint-Joseph en "
        "septembre 1876, que revient le mérite de l’avoir réalisé. C’est ainsi qu’à la suite d'un accord, intervenu le 7 mai "
        "1883, entre la Compagnie de Jésus et le Gouvernement français, l’École de médecine est ouverte, le 30 novembre de la "
        "même année, dans un bâtiment annexe de l’Université Saint-Joseph,  pour 11 étudiants",
        [d("2025-12-17")],
        distractors=[
            "Vendredi 5 décembre 2025 (a ceremony)",
            "Table ronde du 16 décembre 2025 (a round table)",
            "Jeudi 4 décembre 2025 (open day)",
            "le 7 mai 1883, le 30 novembre de la même année, septembre 1876 (history)",
        ],
        note="a Beirut faculty's news slider: the first-cycle admission and a scholarship both close the same day (one "
        "deadline); the admission line's date sits alone on the line under its title",
    )
    p(
        "r16s-resefe-contrats-doctoraux-efe",
        "https://www.resefe.fr/node/3658",
        "ResEFE : Appel à candidatures pour cinq contrats doctoraux 2021-2024\n\ncontrats doctoraux 2021-2024\n\nDans le cadre du "
        "soutien apporté aux actions de coopération internationale, le ministère de l'enseignement supérieur, de la recherche et de "
        "l’innovation (MESRI) flèche chaque année cinq contrats doctoraux en partenariat entre une École Doctorale et l’une des cinq "
        "Écoles françaises à l’étranger (EFE) :\n[...]\nLes dossiers de candidatures devront parvenir directement à celle des EFE "
        "concernée, sous forme d’un document au format pdf comprenant :\n\n- un projet de thèse de cinq pages au maximum ;\n\n- le "
        "CV du candidat pressenti pour entreprendre cette recherche ;\n[...]\nLes documents de candidature pourront être envoyés "
        "jusqu’au 30 avril 2020, 15h (heure de Paris), selon les modalités propres à chaque EFE. \n\nLes résultats seront transmis "
        "au cours du mois de juin, avant la réunion des conseils des Écoles doctorales pour l’attribution des contrats "
        "ministériels.",
        [d("2020-04-30", "15:00")],
        distractors=[
            "au cours du mois de juin (results, vague)",
            "2021-2024 (the contracts' span)",
        ],
        note="doctoral contracts with the French schools abroad: the closing is written with the year 2020 under a 2021-2024 "
        "title (probably a slip for 2021); labelled as written",
    )
    p(
        "r16s-cnrs-aquitaine-delegation-2013",
        "http://www.cnrs.fr/aquitaine/spip.php?article2638",
        "Les candidats à un accueil en Délégation au CNRS ou à un renouvellement peuvent télécharger un dossier.\nIl doit être "
        "transmis, pour avis, au directeur de l’unité dans laquelle la Délégation est envisagée et soumis au conseil "
        "d’administration de l’établissement d’enseignement supérieur dont relève l’enseignant-chercheur.\nLes dossiers ayant reçu "
        "un avis favorable devront ensuite être transmis au CNRS (à la Délégation régionale partenaire de l’établissement), "
        "exclusivement par les président(e)s d’universités ou les directeurs(trices) d’établissement d’enseignement supérieur.\nLa "
        "date limite de dépôt des dossiers est fixée au 12 février 2013.",
        [d("2013-02-12")],
        note="university teacher-researchers' secondments: the files reach the CNRS through the universities' presidents, but "
        "the closing of the files' deposit is what a candidate must meet; labelled application, by what a subscriber needs",
    )
    p(
        "r16s-kapitalis-residanat-tunis-2016",
        "https://kapitalis.com/tunisie/2016/11/08/des-internes-denoncent-un-abus-de-pouvoir-a-la-faculte-de-medecine-de-tunis",
        "L’inscription au concours de résidanat, ouvert lundi, à la faculté de médecine de Tunis, a été émaillée d’irrégularités, "
        "dénoncent des médecins internes.\nL’inscription, ouverte le 7 novembre courant, aux médecins internes aux hôpitaux de "
        "Tunis, Sfax, Monastir et Sousse, devra se poursuivre jusqu’au 14 du même mois.\n«Hier, un certain nombre d’étudiants ont "
        "été empêchés de faire leur inscription, alors qu’ils ont fourni tous les documents demandés, sous prétexte qu’ils n’ont pas "
        "validé leur dernier stage, alors que cette validation n’est pas demandée dans le communiqué ministériel ni dans celui de la "
        "faculté», rapporte W. K., l’un des médecins internes empêchés de s’inscrire.\n[...]\nIls espèrent, toutefois, que les "
        "procédures judiciaires n’outrepassent pas la date limite de l’inscription, qui sera fermée lundi prochain.",
        [d("2016-11-14")],
        opens="?",
        page_date="2016-11-08",
        distractors=["le 7 novembre courant (the opening, a day before the article: unscored)"],
        note="news of a residency competition's registration in Tunis (the article's date is in its address): the closing "
        "is said 'jusqu’au 14 du même mois' and 'lundi prochain', i.e. 14 November 2016; labelled by what a subscriber needs, "
        "though the day is written without its month; the opening, already past, is not scored",
    )
    p(
        "r16s-mcgill-mirror-mdcm-calendrier-2025",
        "http://kerememlakgaleri.com/medadmissions/fr/postuler/processus-de-demande-dadmission",
        "Processus de demande d’admission\n\nCette page a été conçue pourÌývous guider à traversÌýle processus de demandeÌýd’admission. "
        "[...]\n\nLe système informatique des demandes pour l’admission à l'automne 2025 ouvre le 3 septembre 2024\n\nÌý\n\nÉtape 1 "
        "Introduction\n[...]\nÉtape 3\n\nProgrammes Date limite pour déposerÌýune demande Date limite pour déposer les documents "
        "d'appui Date de diffusion des invitations pour les entrevues Date des entrevues *(entrevues seront enÌýformat virtuel)\n\n"
        "MDCM\n\n1 novembre 2024 1 novembre 2024 28Ìýjanvier 2025 18,19,20,21 février 2025\n\nMDCM-Ph. D.\n\n1 novembre 2024 1 "
        "novembre 2024 28Ìýjanvier 2025 18,19,20,21 février 2025\n\nMDCMÌýpour DHCEU\n\n1 novembre 2024 1 novembre 2024 28Ìýjanvier "
        "2025 18,19,20,21 février 2025\n\nMed-P\n\n1 mars 2025 1 mars 2025 31 marsÌý2025 14,15,16,17 avril 2025",
        [d("2024-11-01"), d("2025-03-01")],
        opens="2024-09-03",
        distractors=[
            "28 janvier 2025 / 31 mars 2025 (invitations to interviews)",
            "18,19,20,21 février 2025 / 14,15,16,17 avril 2025 (interviews)",
        ],
        note="a mirror (under another domain) of a Montreal faculty's admission page, with its mojibake kept: a flattened "
        "table whose header names the deadline columns; the supporting documents are due the same days",
    )
    p(
        "r16s-unil-medecine-swissuniversities-2015",
        "http://www.unil.ch/immat/en/home/menuinst/futurs-etudiants/bachelor/avec-un-diplome-suisse/conditions-particulieres.html",
        "Conditions particulières aux facultés et aux écoles pour les titulaires d'un diplôme de fin d'études secondaires suisse\n\n"
        "1. Bachelor programme\nCandidates must submit a preliminary registration application to Swissuniversities in Bern before "
        "15 February 2015 (after this date, no consideration will be given to applications). Online applications are open as of "
        "November 2014 (Swissuniversities).\n\nIt is essential to follow the procedure required by the Swissuniversities within "
        "the deadlines.\nCandidates who have not indicated UNIL as their first choice when pre-registering at Swissuniversities "
        "cannot apply for medical studies at UNIL after 15 February.\nIn April at the latest, Swissuniversities will inform all "
        "pre-enrolled candidates personally about the procedure to be followed later in order to enrol in medical studies.\n\nNote: "
        "it is mandatory to submit an online application at UNIL before 30 April 2015, further to the pre-enrolment at "
        "Swissuniversities.\n\n2. Master programme\nA preliminary registration at Swissuniversities is not requested for an "
        "application to a Master programme. [...] Admission to the Bachelor programme can only be taken into consideration if the "
        "preliminary registration has been submitted to  Swissuniversities before 15 February 2015.",
        [d("2015-02-15", kind="letter_of_intent"), d("2015-04-30")],
        distractors=[
            "as of November 2014 (opening, vague)",
            "In April at the latest (Swissuniversities informs candidates: an event, vague)",
            "after 15 February (year-less repetition of the same day)",
        ],
        note="Lausanne's medical bachelor: a compulsory pre-registration with the national body (a first stage, "
        "letter_of_intent) then the university's own application",
    )
    p(
        "r16s-unil-eb-mb-how-to-apply-yearless",
        "https://www.unil.ch/eb-mb/en/home/menuguid/how-to-apply.html",
        "How to apply\n\nAdmission procedure\n\nStudents who are enrolled (at UNIL) in the current semester and wish to pursue "
        "their studies with a Master program of the same faculty during the semester following their graduation (Bachelor) have to "
        "apply online here.\n\nAll other candidates have to apply for registration at the admission service.\n\nFor the admission, "
        "candidates coming from outside of UNIL must submit their completed applications online (from January 1st) or send it at "
        "the following address:\n[...]\nAlthough a motivation letter is not formally required, we recommend that you include one "
        "in your application, in particular if your academic background is not in biology. The deadline is April 30 (February 28 "
        "for candidates needing a study visa !) :",
        [],
        distractors=[
            "from January 1st (opening, year-less, undated page)",
            "April 30 / February 28 (deadlines without a year on an undated page)",
        ],
        note="a medical biology master's yearly deadlines without a year: nothing resolves on an undated page",
    )
    p(
        "r16s-unil-ecoledebiologie-leave-requests",
        "https://www.unil.ch/ecoledebiologie/en/home/menuguid/student/demarches-administratives.html",
        "Equivalencies (Credit transfers)\n\nThe School of Biology can recognize previously taken courses as replacements for "
        "equivalencies but only for the academic curriculum for which the request is made.\n[...]\nA written request must be "
        "submitted no later than the 2nd week of the first semester of studies at the School of Biology.\n[...]\nRequests for "
        "leave\n\nThe School of Biology accepts leave requests if they are made withing the deadlines set by UNIL Direction and "
        "if the motive is valid:\n\n- by September 30th (Autumn semester)\n\n- by February 28th (Spring semester)\n\nDownload the "
        "leave request form",
        [],
        distractors=[
            "no later than the 2nd week of the first semester (relative)",
            "by September 30th / by February 28th (leave requests, year-less, undated page)",
        ],
        note="a school's administrative deadlines for enrolled students, without a year",
    )
    p(
        "r16s-unil-ecoledebiologie-schedule-versions",
        "https://www.unil.ch/ecoledebiologie/en/home/menuinst/masters/study-programmes-1.html",
        "The pandemic has shown us that circumstances beyond our control may require us to make adjustments/adaptations to "
        "schedules. Therefore, the various schedules of the School of Biology courses may be subject to change. They are regularly "
        "updated. The date of the last version of the schedule is indicated in the name of the document.\nMaster of Science in "
        "Behaviour, Evolution and Conservation |\nModule 1 |\nMSc BEC - Module 1 - Autumn 2024 - version 12.08.2024 (73 Ko) |\n"
        "[...]\nModule 3 - Spring |\nMSc BEC - Spring 2025 - version 18.02.2025 (99 Ko) |\n[...]\nMaster of Science in Medical "
        "Biology |\nMSc MB - Autumn 2024 - version 16.12.2024 (93 Ko) |\nMSc MB - Immunologie et cancer - Printemps 2025 - version "
        "10.02.2025 (187 Ko) |\nMSc MB - Metabolism and Human Health - Spring 2025 - version 07.01.2025 (132 Ko) |",
        [],
        distractors=[
            "version 12.08.2024, 18.02.2025, 16.12.2024, 10.02.2025, 07.01.2025 (documents' version stamps)"
        ],
        note="masters' course schedules listed with dotted version dates: none is a call date",
    )
    p(
        "r16s-campusjeunes-cameroun-specialisation-2014",
        "https://campusjeunes.net/sc/concours/ouverture-de-l-examen-national-d-entree-au-cycle-de-specialisation-en-medecine-au-camero.html",
        "Ouverture de l'Examen National d'entrée au cycle de spécialisation en Médecine au Cameroun, année académique 2014-2015\n"
        "[...]\nArticle 1er.\n\nIl est ouvert, au titre de l'année académique 2014/2015, un Examen National d'entrée au cycle de "
        "Spécialisation en Médecine au Cameroun.\nLes épreuves dudit concours auront lieu à la Faculté de Médecine et des Sciences "
        "Biomédicales de l'Université de Yaoundé l, le Vendredi 03 octobre 2014.\n\nArticle 2. L'admission à l'Examen National "
        "d'entrée au cycle de Spécialisation est ouverte en une\nseule session aux camerounais des deux sexes.\n\nArticle 3.- (1) Les "
        "candidats au concours sont repartis par spécialité selon le tableau ci-après:",
        [],
        distractors=["le Vendredi 03 octobre 2014 (the exam's day)"],
        note="a Cameroonian specialisation exam's order: the passage holds the exam day only, no deposit date",
    )
    p(
        "r16s-doczz-cameroun-aptitude-2013",
        "http://doczz.fr/doc/2227847/ouverture-de-l-examen-national-d-aptitude-%C3%A0la-formation-m...",
        "Ouverture de l'examen national d'aptitude à la formation médicale au Cameroun, session septembre 2013\nArrêté N° "
        "13/0307IMINESUP du Il juin 2013.\nLE MINISTRE DE L'ENSEIGNEMENT SUPÉRIEUR, arrête:\nArticle ler.- (l) un examen national "
        "pour l'admission de huit cent (SOO) étudiants en 1ère\nannée des études médicales, pharmaceutiques\net odontostomatologiques "
        "da.ns les facultés et\nles instituts privés d'enseignement supérieur est\nouvert au titre de l'année açadémique\n201312014.\n"
        "(2) Les épreuves dudit concours auront lieu\ndans les chefs lieux des dix régions du Cameroun, le Mardi 17 septembre 2013.\n"
        "[...]\n(3) Les candidats éligibles à l'entrée en première année doivent être âgés de vingt-cinq (25)\nans au plus au premier "
        "janvier del'année en\ncours.",
        [],
        distractors=[
            "du Il juin 2013 (the order's date, OCR-damaged)",
            "le Mardi 17 septembre 2013 (the exam's day)",
            "au premier janvier de l'année en cours (an age condition)",
        ],
        note="an OCR'd exam order: the exam day, the order's date and an age condition; no deposit date in the passage",
    )
    p(
        "r16s-ngaoundere-concours-ouvert-2008",
        "http://edouardtamba.com/2008/10/01/concours-dentree-dans-les-filieres-sciences-biomedicales-et-medico-sanitaires-de-l%E2%80%99universite-de-ngaoundere/",
        "Concours d’entrée dans les filières Sciences Biomédicales et Médico-Sanitaires de l’Université de Ngaoundéré\n\nCONCOURS\n\n"
        "L’université de Ngaoundéré ouvre les filières sciences biomédicales et médico-sanitaires\n\nUn concours commun sur épreuves "
        "est ouvert le 21 octobre 2008 au campus de l’Université de Ngaoundéré, pour le recrutement de 120 étudiants au Niveau I des "
        "filières Sciences Biomédicales et Médico-Sanitaires de la Faculté des Sciences de l’Université de Ngaoundéré pour l’année "
        "académique 2008/2009.\n[...]\nVu le Décret N°2005/344 du 10 Septembre 2005 portant nomination des Recteurs dans les "
        "Universités;\n\nVu l’arrêté n° 99/056/MINESUP/DDES du 16 novembre 1999 fixant les modalits d’habilitation ouvrir des cycles "
        "dans une filière de formation dans les Universités d’Etat du Cameroun ;",
        [],
        page_date="2008-10-01",
        distractors=[
            "est ouvert le 21 octobre 2008 au campus (the competition held that day at a place: an exam, not an opening)",
            "du 10 Septembre 2005 / du 16 novembre 1999 (texts' dates)",
        ],
        note="a blog relays a competition order (its date in the address): a concours 'ouvert le … au campus' is the exam "
        "held there, so no opening, by what a subscriber needs",
    )
    p(
        "r16s-cameroon-info-cuss-2003",
        "http://www.cameroon-info.net/article/concours-dentree-au-cuss-les-nouveaux-bacheliers-exclus-83448.html",
        "Concours d’entrée au “Cuss”: Les nouveaux bacheliers exclus ?\n\nPar Alex Gustave Azebaze | Le Messager\nYaoundé - "
        "27-Aug-2003 - 08h30\nLe délai du dépôt des dossiers de candidature au concours d’entrée à l’ex Cuss a expiré sans que tous "
        "les candidats n’aient été permis de retirer les formulaires officiels. Les nouveaux bacheliers sont les principales "
        "victimes.\n[...] Cette parente a finalement jeté l’éponge le 21 août dernier, la veille de la clôture du dépôt des dossiers "
        "à ce concours. Quadrature du cercle Comme cette dame dépitée, nombre de parents se sont découragés face aux tracasseries "
        "érigées sur le parcours qui devrait mener leurs rejetons au concours d’entrée à l’ancien Cuss le 2, 3 et 4 septembre 2003. "
        "Pour ceux d’entre eux résidant à Douala par exemple, aucune information sur la composition du dossier n’était disponible, "
        "localement dans les délégations provinciales jusqu’au 22 août.",
        [],
        page_date="2003-08-27",
        distractors=[
            "27-Aug-2003 - 08h30 (the article's stamp)",
            "le 21 août dernier, la veille de la clôture (a parent giving up; the closing itself is not written as a date)",
            "le 2, 3 et 4 septembre 2003 (the exam)",
            "jusqu’au 22 août (information unavailable until then: not a sending)",
        ],
        note="a newspaper after the closing: the closing day is only implied ('la veille de la clôture') and past; "
        "'jusqu’au 22 août' is about information, so no deadline, by what a subscriber needs",
    )
    p(
        "r16s-santetropicale-tronc-commun-2019",
        "https://santetropicale.com/actus.asp?action=lire&id=27229",
        'Pr Bohoua Guichard : "Le quota varie en fonction des places disponibles dans les Ufr"\n\nFraternité matin | Côte '
        "d'Ivoire | 24/10/2019 | Lire l'article original\n\nL'universitaire explique l'environnement du Tronc commun permettant de "
        "sélectionner les étudiants en Médecine, en Pharmacie et en Odontostomatologie.\n\nMoins de 400 étudiants sont retenus sur "
        "3000. Pourquoi un tel rationnement ?\n\nL'École préparatoire des sciences de la santé a été suscitée à la suite de la "
        "déconcentration des centres universitaires en 1992, devenus par la suite des universités. [...]\n\nChaque année, le ministre "
        "prend une décision pour fixer le quota.",
        [],
        page_date="2019-10-24",
        distractors=["24/10/2019 (the article's date)", "en 1992 (history)"],
        note="a press review on an Ivorian preparatory year: no call date",
    )
    p(
        "r16s-remede-forum-belgique-specialisation-2015",
        "http://forums.remede.org/belgique/sujet_69267.html",
        "Posté le 19/10/2015 à 22:31\nTags :\nAdmission,\nInternat,\nMédecine,\nUCLBonjour,\nJ'ai trouvé ce texte très précis pour les "
        "étudiants non belges qui souhaitent poursuivre leur internat en Belgique. Les condition sont très détaillés.\n[...]\nEn "
        "Belgique, la reconnaissance officielle de la qualité de spécialiste est faite par le Ministre qui a la Santé Publique dans "
        "ses attributions (A.R. du 21 avril 1983, modifié par l'A.M. du 30 avril 1999). Cet agrément ministériel, dont les citoyens "
        "européens peuvent revendiquer l'équivalence dans les autres pays de la C.E. (art. 5 de la Directive 93/16/CEE du Conseil du "
        "5 avril 1993), est attribué sur avis des commissions d'agrément",
        [],
        page_date="2015-10-19",
        distractors=[
            "Posté le 19/10/2015 à 22:31 (a forum post's stamp)",
            "21 avril 1983, 30 avril 1999, 5 avril 1993 (texts' dates)",
        ],
        note="a students' forum post relaying Louvain's specialisation rules: texts' dates only",
    )
    p(
        "r16s-pdi-sante-publique-afrique-2016",
        "https://doczz.fr/doc/1687641/programme-doctoral-interuniversitaire-de-sant%C3%A9-publique",
        "Programme Doctoral Interuniversitaire de Santé Publique\nSpécialité : Ecosystèmes, santé et développement durable\nAppel à "
        "candidature\n[...]\nDates importantes\n 26 septembre 2016 : Lancement de l’appel à candidature\n 11 novembre 2016 : Date "
        "limite de présentation des dossiers de candidature à\nl’institution d’accueil choisie et de transmission de la version "
        "électronique de\ntout le dossier à la coordination régionale du PDI\n 11 au 30 novembre 2016 : Présélection des candidats\n"
        " 30 novembre au 15 décembre 2016 : Validation des candidats présélectionnés\n 17 décembre 2016 : Proclamation des "
        "résultats\n 2 janvier 2017: Rentrée universitaire du PDI\n1. Brève présentation du PDI\nLe Programme Doctoral "
        "Interuniversitaire de Santé Publique option :\nécosystèmes, santé et développement durable (PDI) est une formation "
        "régionale",
        [d("2016-11-11")],
        opens="2016-09-26",
        distractors=[
            "11 au 30 novembre 2016 (pre-selection)",
            "30 novembre au 15 décembre 2016 (validation)",
            "17 décembre 2016 (results)",
            "2 janvier 2017 (start of the year)",
        ],
        note="a West African interuniversity public-health doctorate's calendar: the call's launch is the opening, the "
        "files' closing the deadline; the calendar lines' label is glued to the line below it",
    )
    p(
        "r16s-associamed-sousse-echange-2019",
        "https://issuu.com./ahmedsanaa5/docs/charte-de-l_change",
        "Charte pour la participation au programme de l’échange - Associa-Med LC Sousse Saison 2019-2020 I. Préambule : 1. Le "
        "programme d’échange est organisé par l’Associa-Med sous la tutelle de l’IFMSA. 2. Le programme d’échange consiste à "
        "effectuer un stage dans un hôpital ou un laboratoire pendant 4 semaines dans un pays étranger dont l’association "
        "d’étudiants en médecine est membre de l’IFMSA et a établi un contrat d’échange avec l’Associa-Med. [...]\nII. Conditions "
        "générales : 1. Pour la validité de l’inscription, l’étudiant doit fournir l’ensemble des documents tel que décrit dans "
        "l’article VI. 2. Le dernier délai d’inscription pour le premier tour est le 23 octobre 2019, ainsi que pour les compléments "
        "d’inscription. 3. Le dernier délai d’inscription pour le deuxième et troisième tour est fixé par les responsables de "
        "l’échange selon la deadline nationale. 4. Le choix des destinations est fonction d’un classement régit par un score "
        "calculé tel que décrit à l’article III.",
        [d("2019-10-23")],
        note="a Tunisian medical students' association: the exchange programme's registration closes with 'Le dernier délai "
        "d’inscription … est le'; the later rounds have no date",
    )
    p(
        "r16s-fhu-prema-young-researchers-relative",
        "https://www.fhu-prema.org/en/recherche/lapres-midi-jeunes-chercheurs/",
        "Young Researchers Afternoon\n\nDHU Risks in Pregnancy has organized every year since 2014 an afternoon for young "
        "researchers in Master’s Degree and PhD programs to present talks and posters on their work. FHU PREMA is now running "
        "this event, which has been very popular with the educational teams of research laboratories.\n[...]\nTwo prizes worth "
        "500 euros each will be awarded:\n\nOne for the best talk, and\nOne for the best poster.\n[...]\nThe candidates should "
        "submit an abstract of no more than 300 words one and a half months before the date of the event. One communication per "
        "research team is selected by the organizing committee. [...]\n\nThis year, because of the spring 2020 lockdown measures, "
        "the Younger Researchers Afternoon has been postponed until the autumn of 2020.",
        [],
        distractors=[
            "one and a half months before the date of the event (relative)",
            "since 2014, spring 2020, the autumn of 2020 (vague)",
        ],
        note="a hospital-university federation's young researchers' afternoon: the abstract is due relative to an "
        "unstated day",
    )
    p(
        "r16s-fcomte-societe-biologie-concours-2019",
        "https://actu.univ-fcomte.fr/node/7948",
        "Le concours de communications de la Société de Biologie de Besançon a son vainqueur\nChaque année en décembre, un "
        "concours de communications scientifiques est organisé par la Société de Biologie de Besançon. Il est ouvert à tous les "
        "doctorants de l'université de Franche-Comté poursuivant des recherches en biologie environnementale, végétale, animale ou "
        "humaine et deux prix, d’une valeur de 400€ et de 200€, sont attribués afin de récompenser les meilleures communications "
        "scientifiques. Le vainqueur du concours 2019, qui s'est tenu le 12 décembre dernier à l'UFR Sciences de la santé, a été "
        "désigné.\n[...]\nCette année, sept candidats avec des sujets très différents ont été sélectionnés sur résumés, pour "
        "participer au concours :",
        [],
        distractors=[
            "Chaque année en décembre (vague)",
            "le 12 décembre dernier (the contest, past, year-less)",
        ],
        note="a university's news of a doctoral communications contest already held",
    )
    p(
        "r16s-uqtr-concours-affiches-2022",
        "https://neo.uqtr.ca/2022/03/22/defi-releve-avec-brio-par-les-participants",
        "Le 17 mars dernier a eu lieu la finale du 28e Concours d’affiches scientifiques de l’Université du Québec à "
        "Trois-Rivières (UQTR). Des étudiants, sélectionnés à l’issue d’une première ronde placée sous la responsabilité des "
        "comités de programmes, ont concouru à la finale virtuelle afin de remporter différents prix. Les noms des gagnants ont été "
        "dévoilés à l’occasion de la cérémonie de clôture, qui se déroulait en présence à l’atrium C.E.U., mais également diffusée "
        "sur Zoom. Le Décanat des études a versé plus 6500$ en prix à cette occasion.\nGagnants des Prix du doyen aux cycles "
        "supérieurs (1000$)\nÉlise Désilets (doctorat continuum d’études en psychologie – profil recherche), pour son affiche "
        "Mesure physiologiques de réactions aux transgressions des normes sociales",
        [],
        page_date="2022-03-22",
        distractors=[
            "Le 17 mars dernier (the final, past)",
            "cérémonie de clôture (a closing ceremony, not a closing of applications)",
        ],
        note="a Quebec university's poster contest results (the article's date is in its address)",
    )
    p(
        "r16s-espk-kinshasa-test-admission-2019",
        "https://espkinshasa.net/parole-aux-futurs-apprenants-passion-revelee-pour-la-sante-publique-au-cours-de-la-journee-du-test-dadmission-a-lespk/",
        "« J’ai choisi de venir à l’école de santé publique (ESPK) car je suis convaincu de la partition majeure que seront "
        "obligés de jouer les experts en santé publique devant les enjeux futurs [...] ». Ce sont là les mots d’un des ceux qu’on "
        "pourrait qualifier de probable futur apprenant de l’ESPK, présent dans les installations de l’école pour passer le test "
        "d’admission à l’ESPK pour l’année académique 2019-2020. Pour rappel, l’ESPK a organisé ce concours ce samedi 21 Septembre "
        "2019 à travers toute l’étendue du pays. Au total 300 candidats étaient présélectionnés pour ces épreuves.",
        [],
        distractors=["ce samedi 21 Septembre 2019 (the admission test, held)"],
        note="a Kinshasa school of public health's report on its admission test day",
    )
    p(
        "r16s-journaluniversitaire-ucad-college-doctoral-2015",
        "https://journaluniversitaire.com/?p=4508",
        "Lux Mea Lex tel est la devise de l’Université Cheikh Anta Diop de Dakar( UCAD) qui prône l’excellence, la qualité, "
        "l’ouverture au monde entre autre objectif. Dans cette lancée, il a abrité en ce 15 avril 2015 la cérémonie de lancement "
        "du collège des sept Ecoles Doctorales (ED-MI, ED-ARCIV, ED-PCSTUI, ED-ETHOS, ED-SEV, ED-JPEG, ED-EDEQUE) sous la "
        "présidence du ministère de l’enseignement supérieur et de la recherche. [...]\nSuite à l’appel d’offre de l’AUF (Agence "
        "Universitaire de la Francophonie), les écoles doctorales se sont réunies pour la création de collège doctorale. Ce projet "
        "a été accepté par l’AUF qui a décidé de les accompagner en mettant à leur disposition une enveloppe de 20 000 euro.",
        [],
        distractors=["en ce 15 avril 2015 (a launch ceremony: not a call's opening)"],
        note="a students' paper on a doctoral college's launch: 'lancement' of a college, not of a call",
    )
    p(
        "r16s-le360-ukraine-medecine-concours-2022",
        "https://fr.le360.ma/societe/etudiants-en-medecine-dukraine-lancement-de-la-plateforme-dinscription-aux-concours-dacces-aux-266446",
        "Le ministère de l'Enseignement supérieur, de la recherche scientifique et de l'innovation a lancé la plateforme "
        "d'inscription aux concours d'accès aux universités privées, destinée aux étudiants en médecine, en pharmacie et en médecine "
        "dentaire de retour d'Ukraine.\n\nC'est dans un communiqué diffusé ce mardi 6 septembre 2022 que le ministère de "
        "l'Enseignement supérieur, de la recherche scientifique et de l'innovation annonce l'ouverture des inscriptions aux concours "
        "d'accès aux universités privées pour les étudiants en médecine, en pharmacie et en médecine dentaire.\n\nL’inscription se "
        "fait en deux étapes. En premier lieu, les candidats doivent se rendre sur une plateforme électronique, où ils peuvent "
        "exprimer leurs choix concernant les universités dans lesquelles ils souhaitent s’inscrire, et télécharger leur dossier. La "
        "date de clôture du dépôt des candidatures est fixée au 16 septembre 2022 inclus.\n\nEn second lieu, un dossier manuscrit "
        "doit être déposé dans l’un des centres dédiés à cet effet, et ce, en fonction de la branche.",
        [d("2022-09-16")],
        opens="?",
        distractors=[
            "ce mardi 6 septembre 2022 (the communiqué announcing the opening; the opening day itself is not stated)"
        ],
        note="Moroccan access competitions to private medical universities for students back from Ukraine; every date has "
        "its year, so the page's own date (not shown) does not matter",
    )
    p(
        "r16s-lfrii-universite-panafricaine-2020",
        "https://l-frii.com/bourses-detudes-appel-a-candidatures-de-lua-pour-integrer-luniversite-panafricaine",
        "À travers le lancement d’un appel à candidatures pour ses programmes de master et doctorat dans ses quatre campus sur le "
        "continent pour le compte de l’année académique 2020/2021, l’Université panafricaine ouvre ses portes aux Africains. Ces "
        "bourses ont été proposées par la Commission de l’Union africaine.\nPar rapport aux conditions d’éligibilité, les candidats "
        "doivent avoir moins de 30 ans pour les hommes et 35 ans pour les femmes en master, et 35 ans pour les hommes et 40 ans pour "
        "les femmes en doctorat. [...]\nPar ailleurs, pour bénéficier des bourses, les candidats retenus doivent s’engager à "
        "travailler en Afrique après l’obtention de leur diplôme. Les candidats peuvent être tenus de subir un examen écrit et/ou "
        "oral après la présélection.\nLe 10 septembre 2020 est la date limite de soumission des candidatures avec toutes les pièces "
        "justificatives.",
        [d("2020-09-10")],
        note="the Pan African University's masters and doctorates: the day comes before its deadline noun ('Le … est la date "
        "limite')",
    )
    p(
        "r16s-agenceecofin-universite-panafricaine-2019",
        "https://www.agenceecofin.com/formation/1705-66245-l-universite-panafricaine-lance-un-appel-a-candidatures-pour-les-programmes-d-etudes-master-et-doctorat-de-ses-quatre-campus",
        "(Agence Ecofin) - L’Université Panafricaine (UPA), un réseau continental d’Universités, a lancé un appel à candidatures pour "
        "les programmes d’études Master et Doctorat dans ses quatre campus sur le continent pour l’année académique 2019/2020.\n\nLes "
        "jeunes candidats de pays africains et de la diaspora peuvent faire acte de candidature avant le 27 juin 2019 dans l’un des "
        "quatre Instituts de l’UPA qui sont : l’Université Panafricaine pour les Sciences Fondamentales, la Technologie et "
        "l’Innovation (PAUSTI) à l’Université de Jomo Kenyatta d’Agriculture et de Technologie au Kenya ; l’Université Panafricaine "
        "pour les Sciences de la Vie et de la Terre y compris la Santé et l’Agriculture (PAULESI), à l’Université d’Ibadan au "
        "Nigeria ; [...]\n\nLes candidats doivent avoir moins de 30 ans pour les hommes et 35 pour les femmes en Master, et de 35 "
        "ans pour les hommes et 40 ans pour les femmes en Doctorat.",
        [d("2019-06-27")],
        note="the same university's call a year earlier, relayed by a news agency",
    )
    p(
        "r16s-lfrii-universite-senghor-doctorat-2022",
        "https://l-frii.com/bourses-de-luniversite-senghor-pour-les-jeunes-africains/",
        "Bourses de l’Université Senghor pour les jeunes africains\n[...]\nL’École doctorale interdisciplinaire en développement "
        "africain de l’Université Senghor vous invite à soumettre un projet de thèse de doctorat innovant, interdisciplinaire, et "
        "visant à contribuer au développement africain ou haïtien.\n\nLa date limite de dépôt du dossier est fixée au 13 novembre "
        "2022 à minuit GMT.\n\nUne dizaine de doctorants seront sélectionnés, dont les mieux classés (1 à 4) bénéficieront d’une "
        "bourse doctorale, totale ou partielle, de l’Université Senghor.\n\nConditions d’éligibilité\n\nÊtre âgé d’au plus 40 ans "
        "lors de la soumission pour solliciter une bourse de thèse de l’Université Senghor.",
        [d("2022-11-13", "23:59")],
        note="a francophone university's doctoral school: 'minuit GMT' is labelled 23:59 on the day written (the zone is "
        "not converted), by the rules' reading of minuit",
    )
    p(
        "r16s-utm-afridi-calendrier-sessions",
        "http://www.utm.rnu.tn/afridi/fr/afridi-candidatures",
        "Démarche Candidatures\n\nCalendrier\n\nFévrier 2024\n\nDébut des mobilités.\n\nDébut Janvier 2024\n\nSélection des "
        "candidatures.\n\n10 Décembre 2023\n\nFermeture de l'Appel à Candidatures.\n\n24 Octobre 2023\n\nl’ouverture du 4éme appel à "
        "candidatures\n\nSeptembre 2023\n\nDébut des mobilités\n\nSESSION 2023\n\nMai-juin\n\nSélection des candidatures\n\nMi Juin\n\n"
        "Information des résultats aux lauréats\n\n30 Avril 2023\n\nFermeture de l'Appel à Candidature.\n\n15 Mars 2023\n\nl’ouverture "
        "du 3éme appel à candidatures, second round\n\nSeptembre 2023\n\nDebut des mobilités master\n\nMARS 2023\n\nDébut des "
        "mobilités doctorants et staff\n\nMi Février\n\nInformation des résultats aux lauréats\n\nDécembre 2022- Janvier 2023\n\n"
        "Sélection des candidatures\n\n2 Décembre 2022\n\nFermeture de l'appel à Candidatures\n\n15 Octobre 2022\n\nOuverture du 3éme "
        "appel à candidatures\n\n2022\n\n15 Septembre 2021\n\nDébut des mobilités\n\nFin Juillet 2021\n\nInformation des résultats aux "
        "lauréats\n\nJuin 2021\n\nSélection des candidatures\n\n30 Mai 2021\n\nFermeture de l'Appel à Candidatures.\n\n01 Avril 2021\n\n"
        "Ouverture du 2éme appel à candidatures\n\nSESSION 2021\n\nOctobre 2020\n\nDébut des mobilités\n\nFin Juin 2020\n\n"
        "Information des résultats aux lauréats\n\nJuin 2020\n\nSélection des candidatures\n\n29 mai 2020 (inclus)\n\nFermeture de "
        "l'Appel à Candidatures.\n\n15 Avril 2020\n\nOuverture de l'Appel à Candidatures\n\nSESSION 2020",
        [d("2023-12-10"), d("2023-04-30"), d("2022-12-02"), d("2021-05-30"), d("2020-05-29")],
        opens="?",
        distractors=[
            "24 Octobre 2023, 15 Mars 2023, 15 Octobre 2022, 01 Avril 2021, 15 Avril 2020 (openings of successive rounds: unscored)",
            "15 Septembre 2021 (start of mobilities)",
            "Février 2024, Début Janvier 2024, Mi Juin, Fin Juillet 2021, Juin 2020… (vague)",
        ],
        note="a Tunisian university's intra-African mobility scheme: a reverse-chronological calendar where each date "
        "stands alone on the line above its label (no colon); five rounds, each closing ('Fermeture de l'Appel') a deadline",
    )
    p(
        "r16s-cnrs-hebdo-mt180-cote-azur-2018",
        "https://cnrs.fr/CNRS-Hebdo/cote-azur/Actualites/10895/Suite.aspx",
        "« Ma thèse en 180 secondes » propose depuis\n2014, un défi aux doctorants et jeunes docteurs : expliquer\nau grand public "
        "leur sujet de recherche en français, avec\ndes termes simples, et l’appui éventuel d’une\nseule diapositive, le tout en 3 "
        "minutes chrono ! [...] Le\n27 mars 2018 à 18h, une vingtaine de\ncandidats d’Université Côte d’Azur se\nprêteront "
        "talentueusement à l’exercice devant le\njury et le public. Le 1er prix du jury et le prix du public\naffronteront ensuite "
        "les 52 lauréats des autres\nregroupements universitaires à Paris, début avril,\npour la demi-finale. Puis, l’un deux\n"
        "poursuivra,peut-être, en finale nationale à Toulouse\ndébut juin 2018.",
        [],
        distractors=[
            "Le 27 mars 2018 à 18h (the local final)",
            "début avril, début juin 2018, septembre 2018 (later rounds, vague)",
        ],
        note="a doctoral contest's local final announced: the event's day and time, no registration date",
    )
    p(
        "r16s-kelnews-mt180-bordeaux-2016",
        "https://kelnews.fr/2016/06/22/ma-these-en-180-secondes-quand-la-france-celebre-ses-doctorants",
        "« Ma thèse en 180 secondes » : quand la France célèbre ses doctorants\n[...]\nSeize étudiants tentent, mardi soir à "
        "Bordeaux, de synthétiser et de vulgariser leurs travaux de thèse lors d’une compétition qui s’est popularisée en seulement "
        'trois ans.\nLes 28 finalistes du concours "Ma thèse en 180 secondes" s\'affronteront le 31 mai à Bordeaux | Crédit '
        "CPU-CNRS\nIls seront seize doctorants, ce mardi 31 mai à Bordeaux, à disposer de 180 secondes et pas une de plus pour rendre "
        "intelligibles au grand public leurs travaux de thèse. [...] La finale internationale 2015 s’est jouée à guichets fermés, en "
        "octobre à Paris",
        [],
        page_date="2016-06-22",
        distractors=[
            "le 31 mai / ce mardi 31 mai (the final, before the page's date)",
            "en octobre (vague)",
        ],
        note="a students' news site relays a national final; year-less days fall before the page's date (in its address)",
    )
    p(
        "r16s-cmgf-2020-derniers-jours",
        "https://cardiologie.lequotidiendumedecin.fr/actu-medicale/congres/cmgf-2020-un-congres-20-comme-si-vous-y-etiez-derniers-jours-pour-sinscrire",
        "Le 14e Congrès de la médecine générale France (CMGF) se tiendra les 2 et 3 juillet dans un format virtuel du fait de la crise "
        "sanitaire. Les organisateurs ont eu à cœur de maintenir ce rendez-vous incontournable.\nInitialement prévu en mars et "
        "reporté une première fois du fait de l’épidémie de coronavirus, le Congrès de la médecine générale France (CMGF) 2020, dont "
        "Le Généraliste est partenaire, se tiendra finalement dans un format 100 % en ligne. [...] Le ministre de la Santé, Olivier "
        "Véran, participera en visio à la plénière d’ouverture le jeudi 2 à 9 heures.",
        [],
        distractors=[
            "les 2 et 3 juillet (the congress)",
            "Initialement prévu en mars (the original month, vague)",
            "le jeudi 2 à 9 heures (the opening plenary)",
        ],
        note="'derniers jours pour s'inscrire' in the title, but no registration date in the text: the congress days only",
    )
    p(
        "r16s-legeneraliste-cmg-2016-j30",
        "https://www.legeneraliste.fr/actualites/article/2016/03/04/j-30-pour-le-congres-de-la-medecine-generale_290061",
        "Tous à Paris ! - J-30 pour le Congrès de la médecine générale\n\n04.03.2016\n\nC’est depuis dix ans le congrès de la "
        "profession. Près de 4 000 confrères pourraient se presser cette année à Paris, porte Maillot. Avec un programme plus dense "
        "que jamais. Et des rendez-vous d’actualité à ne pas manquer. Le Généraliste y sera et vous donne rendez-vous du 31 mars au 2 "
        "avril.\n[...]\nJugez plutôt : « 347 abstracts nous ont été soumis et 248 ont été acceptés », rapporte, en effet, Paul "
        "Frappé, président du conseil scientifique.",
        [],
        page_date="2016-03-04",
        distractors=["04.03.2016 (the article's date)", "du 31 mars au 2 avril (the congress)"],
        note="a medical weekly's countdown to a congress: the congress span is an event",
    )
    p(
        "r16s-ed558-normandie-financements-vague",
        "https://ed558-nh.normandie-univ.fr/itineraire-du-doctorant/financements-des-theses/",
        "Les contrats doctoraux financés par le Ministère de l’Enseignement Supérieur, de la Recherche et de l’Innovation :\nCes "
        "contrats sont accordés sur concours, organisé par l’École doctorale. Aucune condition d’âge ni de nationalité n’est requise. "
        "Un dossier de candidature doit être déposé, en général au début du mois de juin (les candidats peuvent être en deuxième "
        "année de Master au moment du dépôt du dossier). Le concours se déroule en deux étapes : une première sélection sur dossier "
        "par une commission de l’École doctorale, puis des auditions (fin juin).\n- Les contrats doctoraux financés par la Région "
        "Normandie :\nLes dossiers de candidature, déposés sur la plateforme de Normandie Université en novembre, sont l‘objet d’une "
        "double procédure d’évaluation [...] par la commission de l’École doctorale, qui organise une audition des candidats (en "
        "janvier). [...] Enfin, les propositions des ED sont présentées à la Région, qui fait connaître sa décision généralement en "
        "mai.",
        [],
        distractors=[
            "au début du mois de juin (deposit, vague)",
            "fin juin (hearings)",
            "en novembre (deposit, vague)",
            "en janvier, en mai (hearing, decision)",
        ],
        note="a doctoral school's funding guide: every step by month only",
    )
    p(
        "r16s-alwihda-tchad-medecine-cuba-2020",
        "https://www.alwihdainfo.com/Tchad-une-nouvelle-selection-de-bacheliers-pour-la-bourse-d-etude-a-Cuba_a96278.html",
        "Le ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation a lancé un appel à candidature pour la "
        "sélection des candidats à la formation en médecine et sciences paramédicales à Cuba, au titre de l'année académique "
        "2020-2021.\n\nLes bacheliers de 2019 et 2020 sont concernés. Ils doivent être titulaires du baccalauréat scientifique, et "
        "âgés de 23 ans au plus à la date de la sélection.\n\nLe nombre de place est fixé à 100 pour la Médecine dont 25 places "
        "accordées à la médecine militaire, et 50 pour les sciences paramédicales.\n\nLes dossiers de candidature doivent être "
        "déposés à la direction des études, de l'orientation et de la planification des bourses sise à l'École nationale supérieure "
        "de N'Djamena. La date limite de dépôt est fixée au mars 10 novembre 2020 à 15h30.\n\nLes candidats ayant précédemment "
        "déposé leurs dossiers doivent les actualiser en tenant compte des critères d'âge et de la note éliminatoire.",
        [d("2020-11-10", "15:30")],
        distractors=["âgés de 23 ans au plus à la date de la sélection (a condition)"],
        note="a Chadian selection for medical training abroad: the closing carries a stray month word before its day "
        "('au mars 10 novembre 2020'), read as 10 November by what the sentence means",
    )
    p(
        "r16s-webmanagercenter-masters-pro-2009",
        "https://www.webmanagercenter.com/2009/02/09/70033/formation-en-masters-professionnels-sfax-en-premiere-ligne/",
        "Formation en Masters professionnels : Sfax en première ligne\n\n3525 places, dans 100 spécialités et 67 établissements "
        "universitaires, sont\nproposées pour une formation en mastère professionnel, durant le premier\nsemestre 2009.\n\nLe "
        "ministère de l’Enseignement supérieur et de la Recherche scientifique\nvient d’ouvrir un concours sur dossier pour une "
        "formation en master\nprofessionnel. S’adressant aux diplômés de l’université ayant obtenu une\nmaîtrise après l’année "
        "2000, cette formation se déroulera durant le premier\nsemestre de l’année 2009, dans 100 spécialités réparties sur 67\n"
        "établissements universitaires. La date de limite de dépôt des candidatures a\nété fixée au 15 février 2009.\n\nCette offre "
        "couvre un large spectre de métiers [...] Logistique hospitalière et\npharmaceutique, [...] Technologies de l’information et "
        "de la communication médicale,\netc.).",
        [d("2009-02-15")],
        page_date="2009-02-09",
        distractors=[
            "après l’année 2000 (a condition)",
            "le premier semestre 2009 (the training's span)",
        ],
        note="Tunisian professional masters (including hospital logistics and medical ICT) by competition on file; the "
        "deadline noun is misspelt 'date de limite' and its day is on the next line",
    )
    p(
        "r16s-djazairess-chef-service-hu-prolonge-yearless",
        "https://djazairess.com/fr/elwatan/535775",
        "Le délai de dépôt des dossiers pour le concours de nomination au poste supérieur de chef de service hospitalo-universitaire "
        "session 2016-2017, pour lequel 462 postes sont ouverts, est prolongé jusqu'au 5 janvier prochain alors qu'il était fixé au "
        "25 décembre. Une décision prise par les deux tutelles suite à l'ouverture de postes supplémentaires, et ce, dans la "
        "discrétion totale. Ce qui a d'ailleurs suscité les interrogations des candidats, dont certains ignorent cette décision. [...] "
        "L'instruction en question signale que «concernant l'obligation prévue par le décret exécutif n°08-129 du 3 mai 2008 portant "
        "statut particulier de l'enseignant chercheur hospitalo-universitaire [...]",
        [],
        distractors=[
            "prolongé jusqu'au 5 janvier prochain (the new closing, year-less, undated page)",
            "alors qu'il était fixé au 25 décembre (the closing given up, year-less)",
            "du 3 mai 2008 (a decree's date)",
        ],
        note="an extended closing of an Algerian hospital-university competition on a relay page with no date: year-less, so "
        "nothing resolves by the rules, though a subscriber would want 5 January (2017, by the session)",
    )
    p(
        "r16s-djazairess-residanat-oran-decale",
        "https://djazairess.com/fr/letemps/171594",
        "Vingt-quatre heures après la décision de la justice rejetant la plainte des lauréats au concours de résidanat de la faculté "
        "de médecine d'Oran, le nouveau doyen de cette institution monte au créneau. En effet, Abdelmajid Snaouber a publié, dans la "
        "soirée de lundi un communiqué où il a annoncé deux mesures susceptibles de rassurer les candidats et surtout de juguler la "
        "tension régnante. En premier, il a annoncé que la date du concours sera décalée d'une semaine pour permettre aux candidats "
        "de se rattraper. Ainsi, au lieu des 4, 5 et 6 décembre, le concours aura lieu les 12, 13 et 14 du même mois. [...] La "
        "justice devait se prononcer sur l'affaire le 23 novembre et a ajourné sa décision sur demande des avocats de "
        "l'administration.",
        [],
        distractors=[
            "au lieu des 4, 5 et 6 décembre (the exam's old days)",
            "les 12, 13 et 14 du même mois (the exam moved: an event, not a deadline)",
            "le 23 novembre (a court's date)",
        ],
        note="a residency exam postponed: the moved days are the exam's, not a sending",
    )
    p(
        "r16s-elwatan-residanat-dates-2022",
        "https://elwatan-dz.com/index.php/residanat-de-medecine-et-de-pharmacie-les-dates-des-examens-connues",
        "Le ministère de l’Enseignement supérieur et de la Recherche scientifique a fixé les dates du concours d’accès au résidanat "
        "(session décembre 2022) à travers une instruction datée du 19 juin courant : concours de médecine le 10 décembre et concours "
        "de pharmacie et médecine dentaire le 13 décembre 2022.\nLes facultés concernées sont la faculté de médecine université "
        "d’Alger 1, faculté de médecine université de Tizi Ouzou, faculté de médecine université de Blida 1, [...] Un concours "
        "d’accès au résidanat est ouvert depuis mars 2021 aux titulaires du diplôme de docteur en médecine.",
        [],
        distractors=[
            "datée du 19 juin courant (an instruction's date)",
            "le 10 décembre / le 13 décembre 2022 (exam days)",
            "depuis mars 2021 (vague)",
        ],
        note="exam dates of a residency competition; 'ouvert depuis' is about eligibility, not an opening of applications",
    )
    p(
        "r16s-webmanagercenter-reorientation-2025",
        "https://www.webmanagercenter.com/2025/01/10/538132/reorientation-universitaire-2025-les-universites-tunisiennes-ouvrent-les-inscriptions/",
        "Le ministère de l’Enseignement supérieur et de la Recherche scientifique a annoncé vendredi que les universités et la "
        "Direction générale des études technologiques organisent des concours de réorientation universitaire dans les différentes "
        "licences et filières de l’enseignement supérieur (session de mars 2025) en faveur des étudiants ayant obtenu un diplôme du "
        "baccalauréat ou son équivalent au cours des années 2023 ou 2024, conformément aux procédures figurant dans la circulaire "
        "n° 5 de 2019 en date du 25 janvier 2019 relative à l’organisation des concours de réorientation universitaire.\n\n[...] "
        "les universités et la Direction générale des études technologiques publieront sur leur site Web un communiqué sur les "
        "concours de réorientation qui se dérouleront du 24 mars au 5 avril 2025, précisant que ce communiqué mentionnera les "
        "filières concernées par les concours [...], les dates limites d’inscription et les documents requis.\n\n[...] l’université "
        "de Tunis El Manar organisera, pour cette session, un concours unifié dans les filières de médecine, de médecine dentaire et "
        "de pharmacie.",
        [],
        page_date="2025-01-10",
        distractors=[
            "en date du 25 janvier 2019 (a circular's date)",
            "du 24 mars au 5 avril 2025 (the competitions' span)",
            "les dates limites d’inscription (announced later, no date)",
        ],
        note="a reorientation competition into medicine announced: its span is an event and its deadlines are still to come",
    )
    p(
        "r16s-nouvelletribune-benin-ecoles-concours-2023",
        "https://lanouvelletribune.info/2023/07/ecoles-superieures-au-benin-les-conditions-dacces-aux-concours-dentree-devoilees/",
        "Les résultats de l’examen du Baccalauréat session de juin 2023 connus suivis de la distribution des relevés de notes, les "
        "parents des candidats admis au BAC se posent des questions sur les dates et conditions d’accès aux concours d’entrée dans "
        "les écoles supérieures des universités publiques du Bénin. Dans un communiqué radio en date du jeudi 20 juillet 2023, le "
        "Secrétaire général du ministère de l’enseignement supérieur et de la recherche scientifique (MESRS), Ansèque Gomez Coami a "
        "dévoilé ces dates et conditions d’accès à ces concours\n\n. « Il est porté à l’attention des nouveaux bacheliers de "
        "nationalité béninoise, âgés de 21ans au plus au 31 décembre 2023, et ayant obtenu, au moins, la mention assez-bien au Bac "
        "session de 2023, qu’il sera procédé au recrutement sur concours afin d’entrer en 1ère année des Ecoles ou instituts des "
        "Universités publiques du Bénin », peut-on lire dans ce communiqué. Il est à préciser que la date limite de dépôt des "
        "dossiers pour participer auxdits concours est fixée au mercredi 16 août 2023 à 17 heures précises et les dates de "
        "déroulement desdits concours sont les suivantes : Mardi 29 août 2023 : L’INMes et l’Ifsio ; Jeudi 31 août 2023 : Enspd , "
        "l’Eneam et l’Enstic ; Mardi 05 septembre 2023 : Inspei et Ineps ; Mercredi 27 septembre 2023 : Ens de Porto-Novo et Ens de "
        "Natitingou et Samedi 30 septembre 2023 : Enset de Lokossa.",
        [d("2023-08-16", "17:00")],
        distractors=[
            "jeudi 20 juillet 2023 (the communiqué's date)",
            "au 31 décembre 2023 (an age condition)",
            "Mardi 29 août … Samedi 30 septembre 2023 (the competitions' days, each followed by its schools after a colon)",
        ],
        note="Benin's entrance competitions to public schools, the medico-sanitary institute among them: one closing for "
        "the files, then exam days written as 'day : schools', which are events",
    )
    p(
        "r16s-usenghor-ecole-doctorale-2024",
        "https://www.usenghor-francophonie.org/actu/alexandrie-appel-a-candidatures-ecole-doctorale-interdisciplinaire-en-developpement-africain/",
        "Appel à candidatures : École doctorale interdisciplinaire en développement africain | Égypte\n\nL’École doctorale "
        "interdisciplinaire de l’Université Senghor annonce que les résultats de la soumission de projet de thèse de doctorat "
        "innovant, interdisciplinaire et visant à contribuer au développement africain ou haïtien seront diffusés fin février – "
        "début mars.\n\nNe ratez pas le webinaire du 16/1/2024 sur l’école doctorale\n[...]\nL’École doctorale interdisciplinaire de "
        "l’Université Senghor vous invite à soumettre un projet de thèse de doctorat innovant, interdisciplinaire et visant à "
        "contribuer au développement africain ou haïtien.\n\nLa date limite de dépôt du dossier est fixée au 01/02/2024 à minuit "
        "GMT.\n\nUne dizaine de doctorants seront sélectionnés",
        [d("2024-02-01", "23:59")],
        distractors=[
            "fin février – début mars (results, vague)",
            "le webinaire du 16/1/2024 (an information webinar; the day written with one digit)",
        ],
        note="the university's own page for a later call of its doctoral school: a numeric closing with 'minuit GMT'",
    )
    p(
        "r16s-usenghor-candidature-ecole-doctorale-2025",
        "https://candidature.usenghor.org/details?cid=82%27123&view=programme",
        "École doctorale interdisciplinaire en développement africain\n\n\nnavigate_beforeRetour\n\nÉcole doctorale interdisciplinaire "
        "en développement africain\n\nÉcole doctorale interdisciplinaire en développement africain\n\nalarm Lancement :\n\n21/05/2025 à "
        "20h00\n\nschedule Clôture :\n\n15/07/2025 à 23h59\n\npublic\n\nFuseau horaire : Africa/Cairo\n\nL’École doctorale "
        "interdisciplinaire en développement africain de l’Université Senghor vous invite à soumettre un projet de thèse de doctorat "
        "innovant, interdisciplinaire et visant à contribuer au développement africain ou haïtien.\n\nLa date limite de dépôt du "
        "dossier est fixée au 15/07/2025 à minuit GMT.\n\nUne dizaine de doctorants seront sélectionnés. Les deux candidats les mieux "
        "classés bénéficieront d’une bourse doctorale complète de l’Université Senghor",
        [d("2025-07-15", "23:59")],
        opens="2025-05-21",
        note="the same school's application platform: labels on their own line ('Lancement :' / 'Clôture :') above numeric "
        "dates with times, icon words glued before them, and the closing said again in prose",
    )
    p(
        "r16s-voxpopuli-auf-college-doctoral-2018",
        "http://www.voxpopuli.cd/2018/06/04/auf-des-doctorants-appeles-a-sinscrire-au-college-doctoral-regional/",
        "AUF : des doctorants appelés à s’inscrire au Collège doctoral régional\n\nJusqu’au 30 juin 2018, de doctorants ayant au moins "
        "effectué une année de thèse ont la possibilité de s’inscrire au Collège doctoral régional « Mathématiques, informatique, "
        "Biosciences et Géosciences de l’environnement » dont l’Appel à candidature est lancé par l’Agence Universitaire de la "
        "Francophonie (AUF). [...]\n\nC’est ce qui justifie la sensibilisation faite au cours de deux matinées d’information "
        "organisées par le CNF de l’AUF, à Kinshasa, en date du 15 et du 24 mai, à l’égard de doctorants des universités membres de "
        "l’AUF sur cet Appel à candidature. [...] L’Appel à candidature se clôture le 30 juin, la notification des résultats le 10 "
        "octobre et le début proprement dit des activités toujours en octobre 2018.",
        [d("2018-06-30")],
        page_date="2018-06-04",
        distractors=[
            "en date du 15 et du 24 mai (information mornings, past)",
            "la notification des résultats le 10 octobre (results)",
            "en octobre 2018 (start, vague)",
        ],
        note="a Kinshasa paper on a regional doctoral college (biosciences among its fields): the closing said twice, with "
        "and without its year (the article's date is in its address)",
    )
    p(
        "r16s-carms-quebec-r1-2018",
        "https://www.carms.ca/fr/residence/r-1/criteres-admissibilite/criteres-provinciaux/quebec/",
        "Québec\n\nMis à jour le 20 novembre 2017\n\nUniversité Laval\n\nUniversité de Sherbrooke\n\nUniversité de Montréal\n\nMcGill "
        "University\n\nInformation 2017-2018 (pour admission au 1er juillet 2018)\n\nPrésentation d’une demande d’admission au "
        "Québec\n\nL’admission aux programmes de formation postdoctorale en année R-1 se fait par le biais de CaRMS et se limite aux "
        "diplômés des facultés de médecine agréées au Canada et aux États-Unis et aux DHCEU qui ont complété le processus de "
        "reconnaissance de l’équivalence de leur diplôme de médecine (M.D.) du Collège des médecins du Québec.",
        [],
        page_date="2017-11-20",
        distractors=[
            "Mis à jour le 20 novembre 2017 (a stamp)",
            "pour admission au 1er juillet 2018 (the residency's start)",
        ],
        note="the residency match's Quebec criteria: an update stamp and a start date, no deadline",
    )
    p(
        "r16s-carms-quebec-deuxieme-tour-2026",
        "https://www.carms.ca/fr/jumelage/le-jumelage-principal-r-1/criteres-dadmissibilite/quebec-deuxieme-tour",
        "Mis à jour le 5 août 2025\nUniversité Laval\nUniversité de Sherbrooke\nUniversité de Montréal\nUniversité McGill\nInformation "
        "concernant le cycle de jumelage de 2026\nLes critères d’admissibilité provinciaux pour le Québec sont fournis par le "
        "Collège des médecins du Québec et sont seulement disponible en français et en anglais.\n[...]\nRENSEIGNEMENTS GÉNÉRAUX | "
        "Information concernant le cycle 2025-2026, en vue de l’admission au 1er juillet 2026\nLes quatre facultés de médecine du "
        "Québec et le ministère de la Santé du Québec ont convenu des politiques suivantes pour le jumelage R-1 de 2026. [...] Le "
        "candidat qui dépose une demande d’admission doit pouvoir démontrer à l’aide d’une documentation officielle qu’il a soit "
        ":\nà l’intérieur des quatre années précédant la demande d’admission.",
        [],
        page_date="2025-08-05",
        distractors=[
            "Mis à jour le 5 août 2025 (a stamp)",
            "en vue de l’admission au 1er juillet 2026 (the residency's start)",
            "à l’intérieur des quatre années précédant la demande (a condition)",
        ],
        note="the second round's criteria page: stamps, a start day and a condition",
    )
    p(
        "r16s-evenementprecis-agreges-uac-2022",
        "https://levenementprecis.com/2022/11/20/accueil-des-nouveaux-agreges-en-medecine-de-luac-le-recteur-avlessi-decerne-son-satisfecit-aux-candidats-admis/",
        "A l’issue des épreuves du 21ème concours d’Agrégation de médecine du CAMES à Abidjan, 30 candidats sur 31 présentés par "
        "l’Université d’Abomey-Calavi, ont pu tirer leur épingle du jeu. De retour au bercail dans la soirée du vendredi 18 novembre "
        "2022, les candidats admis ont été accueillis en grande pompe à l’aéroport international de Cotonou.\n[...] Etaient également "
        "présents, le Doyen de la Faculté des sciences de la santé (Fss), Professeur Josué Georges Avakoudjo, les parents, amis ainsi "
        "que leurs collègues enseignants.",
        [],
        page_date="2022-11-20",
        distractors=["vendredi 18 novembre 2022 (the laureates' return)"],
        note="a Beninese paper on new associate professors of medicine welcomed home: no call",
    )
    p(
        "r16s-emslb-infirmiers-cyclades-2024",
        "https://www.emslb.defense.gouv.fr/infirmiers-2",
        "Infirmier\n\nINSCRIPTION AU CONCOURS :\n\nPour vous inscrire, rendez-vous sur Cyclades où vous devez créer votre compte "
        "personnel.\n\nChoisissez « Concours » / « Recrutements autres ministères » avant de sélectionner le recrutement vous "
        "concernant.\n\nUne fois l’inscription terminée, reconnectez-vous et déposez les pièces justificatives (pièce d’identité, "
        "diplôme et autres documents demandés ) dans votre espace Cyclades pour que votre dossier soit complet.\n\nAucun document n'est "
        "à transmettre par voie postale.\n\nLes inscriptions sont ouvertes du 7 novembre à 12h00 au 28 janvier 2024 17h00.\n\n[...]\n"
        "CONDITIONS DE CANDIDATURE :\n\n- Être de nationalité française\n[...]\n- Être âgés de 17 ans à 23 ans au plus au 1er janvier "
        "de l’année du concours.",
        [d("2024-01-28", "17:00")],
        opens="2023-11-07",
        distractors=["au 1er janvier de l’année du concours (an age condition)"],
        note="a military health school's nursing competition: a registration window whose start carries no year (the year "
        "before the end's) and a time of its own",
    )
    p(
        "r16s-uliege-master-sante-publique-conditions",
        "https://www.programmes.uliege.be/cocoon/formations/condac/M2USAN01.html",
        "2023-2024 / Master\n\nSciences de la santé publique, à finalité (Programme transitoire)\n\n120 crédits\n\nConditions d'accès "
        "spécifiques\n\nConditions d'accès au master en sciences de la santé publique (domaine sciences de la santé publique)\n\nL'accès "
        "aux études de master est réglé par l'article 111 du décret du 7 novembre 2013 définissant le paysage de l'enseignement "
        "supérieur et l'organisation académique des études, ainsi que par les arrêtés d'exécution pris en application de ce "
        "décret.\n\nL'article 117 de ce même décret régit les valorisations de crédits permettant la réduction de la durée des études, "
        "et, par conséquent, l'admission en cours de cycle.",
        [],
        distractors=[
            "du décret du 7 novembre 2013 (a text's date)",
            "2023-2024 (an academic year)",
        ],
        note="a Belgian public-health master's access conditions: a decree's date only",
    )
