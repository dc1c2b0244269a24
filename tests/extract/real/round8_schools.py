"""Round 8 of the real passages (schools and unions): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r8s-ifits-aide-soignant-2024",
        "https://www.ifits.fr/fr/formations/aide-soignant",
        "Sélection\n\n"
        "Calendrier 2024\n\n"
        "Nous vous invitons à lire :\n\n"
        "Ouverture des inscriptions 25 mars 2024\n"
        "Date limite de dépôt des dossiers de candidature\n\n"
        "10 juin 2024\n\n"
        "Communication des résultats\n\n"
        "1er juillet 2024 à 14h\n\n"
        "Validation de l'inscription par les candidats\n\n"
        "Jusqu'au 10 juillet 2024\n\n"
        "Rentrée\n\n"
        "26 août 2024\n\n"
        "Inscription\n\n"
        "Inscriptions closes pour 2023.",
        [d("2024-06-10"), d("2024-07-10", kind="other")],
        opens="2024-03-25",
        distractors=[
            "1er juillet 2024 à 14h (results)",
            "26 août 2024 (start of the course)",
            "2023 (a closed session, a year)",
        ],
        note="a nurses' aide school's calendar flattened to lines, labels above their dates: the file is due on 10 June; "
        "'Validation de l'inscription' by 10 July is the admitted candidate's confirmation (other)",
    )
    p(
        "r8s-ifmk-vichy-extracommunautaires-2025",
        "https://kine-vichy.fr/candidat-extracommunautaire",
        "PROCEDURE DE RECRUTEMENT DES CANDIDATS EXTRACOMMUNAUTAIRES REPONDANT AUX CONDITIONS PARTICULIERES DE SCOLARITE DE L’ARRETE DU 2 "
        "SEPTEMBRE 2015 - Articles 27 à 32\n"
        "[...]\n"
        "2/ Comment candidater\n"
        "Pour candidater, il faut faire parvenir un dossier de candidature avec les pièces requises auprès de l'IFMK qui organise les épreuves de "
        "sélection. Pour l'année 2025/2026, l'IFMK de Lyon organise le concours (documents relatifs au déroulement des épreuves de séléction en "
        "bas de page).\n"
        "La plateforme d'inscription e-candidat, ouverte jusqu'au 10 janvier 2025 inclus, est accessible ICI.",
        [d("2025-01-10")],
        distractors=["2 SEPTEMBRE 2015 (an arrêté)", "2025/2026 (the academic year)"],
        note="a physiotherapy school's selection for holders of non-EU diplomas: the platform is open until 10 January (inclusive)",
    )
    p(
        "r8s-ifsi-la-blancarde-parcoursup-2019",
        "http://ifsilablancarde.ressortweb.com/infirmier/concours/",
        "ADMISSION EN IFSI\n\n"
        "Toutes les personnes titulaires du baccalauréat peuvent rentrer dans le processus de sélection Formation initiale ou Formation "
        "Professionnelle Continue\n\n"
        "Le concours infirmier disparaît en 2019 au profit d’une inscription à la formation infirmière via la plateforme nationale ParcourSup pour "
        "les néo-bacheliers, étudiants universitaires, les bacheliers en réorientation.\n"
        "[...]\n"
        "PARCOURSUP\n\n"
        "Les inscriptions sur la plateforme Parcoursup sont ouvertes du 22 janvier au 14 mars 2019 inclus.\n\n"
        "Tous les lycéens, étudiants qui souhaitent s’inscrire en IFSI doivent constituer un dossier et formuler des vœux sur Parcoursup.\n\n"
        "CONDITIONS D'ACCES\n\n"
        "Arrêté du 13 décembre 2018 relatif au DE d’infirmier",
        [d("2019-03-14")],
        opens="2019-01-22",
        distractors=["2019 (the year the exam disappears)", "13 décembre 2018 (an arrêté)"],
        note="a nursing school: a registration window after 'inscriptions … ouvertes du … au'; the 'vœux' here are the candidature on "
        "Parcoursup, not a choice of posts",
    )
    p(
        "r8s-ch-saumur-ifsi-fpc-2023",
        "https://www.ch-saumur.fr/admission-ifsi-rentr%C3%A9e-septembre-2023",
        '1- Candidats inscrits via la plateforme "Parcoursup" :\n'
        "- Calendrier Parcoursup 2023\n"
        "- Dossier d'admission à l'IFSI de Saumur (après affectation définitive Parcoursup)\n"
        "ATTENTION : certaines pièces sont à renvoyer dans les 5 jours qui suivent votre acceptation de la proposition d'admission à l'IFSI du "
        "Centre Hospitalier de Saumur, via PARCOURSUP.\n"
        "Pour les candidats en classe de terminale, la validation de l'admission est subordonnée à l'obtention du baccalauréat.\n"
        "2- Candidats relevant de la formation professionnelle continue\n"
        "Début des inscriptions : mercredi 18 janvier 2023\n"
        "Clôture des inscriptions : mercredi 1er mars 2023\n"
        "Epreuve écrite : jeudi 23 mars 2023 (matin)\n"
        "Epreuve orale : avril 2023\n"
        "Affichage des résultats : jeudi 11 mai 2023 à 16h",
        [d("2023-03-01")],
        opens="2023-01-18",
        distractors=[
            "jeudi 23 mars 2023 (written exam)",
            "avril 2023 (oral exam, vague)",
            "jeudi 11 mai 2023 à 16h (display of results)",
            "dans les 5 jours (a relative delay, no date)",
        ],
        note="a hospital nursing school, route for adults in work: a fiche of labels; 'Début des inscriptions' is read as the opening "
        "by what it means (the rules list 'Début du contrat' as an event, not this label)",
    )
    p(
        "r8s-epsm-sarthe-ifsi-2021",
        "https://www.epsm-sarthe.fr/ifsi/ifsi-epreuve-de-selection/",
        "IFSI-Epreuves de sélection\n\n"
        "Conditions générales d’accès à la formation – Admission 2021 :\n\n"
        "Selon l’arrêté du 13 décembre 2018 modifiant l’arrêté du 31 juillet 2009 relatif au diplôme d’Etat infirmier\n\n"
        "Peuvent être admis en première année de formation au diplôme d’Etat infirmier les candidats âgés de dix-sept ans au moins au 31 décembre "
        "de l’année d’entrée en formation répondant à l’une des conditions suivantes.\n\n"
        "Les candidats pouvant s’inscrire sur ParcourSup\n\n"
        "Les candidats titulaires du baccalauréat ou de l’équivalence de ce diplôme.\n\n"
        "Inscriptions sur la plateforme ParcourSup à partir du 20 janvier 2021 jusqu’au 11 mars 2021.",
        [d("2021-03-11")],
        opens="2021-01-20",
        distractors=[
            "13 décembre 2018, 31 juillet 2009 (arrêtés)",
            "31 décembre de l’année d’entrée en formation (an age condition, no year)",
        ],
        note="a psychiatric hospital's nursing school: 'à partir du … jusqu’au …' after 'Inscriptions' is a window",
    )
    p(
        "r8s-ifsi-la-rochelle-fpc-2019",
        "https://vdocuments.fr/dossier-dinscription-epreuves-de-selection-admission-.html",
        "INSTITUT DE FORMATION EN SOINS INFIRMIERS GROUPE HOSPITALIER LA ROCHELLE – RE – AUNIS Rue du Dr Schweitzer 17019 LA ROCHELLE Cedex 1 "
        "05.46.45.51.30 DOSSIER D'INSCRIPTION- EPREUVES DE SELECTION ADMISSION EN IFSI RENTREE 2019 Important : En référence à l’arrêté du "
        "13/12/2018 modifiant l’arrêté du 31 juillet 2009 relatif au diplôme d’Etat d’infirmier. Cette inscription concerne exclusivement les "
        "candidats: - Titulaires du diplôme d’Etat d’aide-soignant - Titulaires du diplôme d’Etat d’auxiliaire de puériculture - Relevant de la "
        "formation professionnelle continue - Non bacheliers détenant une attestation de l’ARS Pour les candidats titulaires du baccalauréat ou de "
        "l’équivalence de ce diplôme : inscription via la plateforme PARCOURSUP : https://www.parcoursup.fr/ Début des inscriptions : mardi 22 "
        "janvier 2019 Clôture des inscriptions : jeudi 14 mars 2019 Tout dossier incomplet, non conforme (illisible…) ou adressé après la date de "
        "clôture (cachet de la poste faisant foi) ne sera pas traité.\n\n"
        "Upload: others\n\n"
        "Post on 19-Jun-2022",
        [d("2019-03-14")],
        opens="2019-01-22",
        page_date="2022-06-19",
        distractors=[
            "13/12/2018, 31 juillet 2009 (arrêtés)",
            "RENTREE 2019 (a year)",
            "19-Jun-2022 (the document host's posting date)",
        ],
        note="a nursing school's registration file, text layer run into one paragraph by the document host: 'Clôture des inscriptions' "
        "in prose; the page date is the host's, the file's own dates carry their year",
    )
    p(
        "r8s-chu-clermont-ifa-ambulancier-2024",
        "https://www.chu-clermontferrand.fr/eifs-clermont-ferrand/ifa-ambulancier-diplome-detat/selection/concours",
        "Les dates de sélection\n\n"
        "La prochaine session ADE aura lieu du 4 novembre 2024 au 25 avril 2025.\n\n"
        "  1. Téléchargement du dossier d'inscription : du 30 avril au 31 juillet 2024 \n"
        "  2. cliquer sur le lien :   \n\n"
        "Attention le dossier n'est pas téléchargeable d'un téléphone portable\n"
        "[...]\n"
        "  • • Clôture des inscriptions: vendredi 16 août 2024\n\n"
        "Un accusé de réception vous sera envoyé suite au dépôt de votre dossier. Merci de prendre contact avec l'IFA si vous n'avez rien reçu au "
        "26 août 2024 (pensez à vérifier vos SPAM).\n\n\n"
        "• Résultat d'admissibilité : mardi 10 septembre 2024\n\n\n"
        "• Date d'épreuve orale d'admission : lundi 23 et lundi 30 septembre 2024\n"
        "Envoi des convocations par mail 15 jours avant les épreuves (pensez à vérifier vos SPAM).\n"
        "[...]\n"
        "Résultats le mardi 1er octobre 2024\n"
        "[...]\n"
        "• Entrée en formation : Lundi 4 novembre 2024",
        [d("2024-08-16")],
        opens="?",
        distractors=[
            "du 4 novembre 2024 au 25 avril 2025 (the course's session)",
            "du 30 avril au 31 juillet 2024 (the file can be downloaded, nothing is sent)",
            "26 août 2024 (ask the school if no receipt came)",
            "mardi 10 septembre 2024 (admissibility results)",
            "lundi 23 et lundi 30 septembre 2024 (oral exam)",
            "mardi 1er octobre 2024 (results)",
            "Lundi 4 novembre 2024 (start of the course)",
        ],
        note="an ambulance-driver school's calendar: the one day to send by is the closing of registrations; the download window "
        "is not a sending step (no deadline on 31 July, opening not scored)",
    )
    p(
        "r8s-ifits-ambulancier-2025",
        "https://www.ifits.fr/fr/formations/ambulancier",
        "Sélection\n"
        "Calendrier 2025\n"
        "Ouverture des inscriptions | 13 janvier 2025 |\n"
        "Date limite de dépôt des dossiers de candidature | 22 avril 2025 |\n"
        "Résultats admissibilité | 15 mai 2025 - 14h |\n"
        "Épreuve orale | 17 et 18 juin 2025 |\n"
        "Résultats d'admission | 24 juin 2025 - 14h |\n"
        "Rentrée | 1er septembre 2025 |\n"
        "Inscription\n"
        "Inscriptions closes pour 2024.",
        [d("2025-04-22")],
        opens="2025-01-13",
        distractors=[
            "15 mai 2025 - 14h (admissibility results)",
            "17 et 18 juin 2025 (oral exam)",
            "24 juin 2025 - 14h (admission results)",
            "1er septembre 2025 (start of the course)",
        ],
        note="a paramedical institute's table flattened with ' | ': labels decide each row",
    )
    p(
        "r8s-chu-lyon-iade-2021",
        "https://www.chu-lyon.fr/fr/concours-dinfirmier-anesthesiste",
        "Concours d'infirmier anesthésiste\n\n"
        "Les épreuves d'admission évaluent les connaissances professionnelles des candidats et leur aptitude à suivre l'enseignement conduisant au "
        "diplôme d'état d'infirmier anesthésiste. Elles comprennent 2 épreuves : une épreuve écrite et anonyme d'admissibilité de deux heures et "
        "une épreuve orale d'admission.\n\n"
        "Les dates des épreuves de sélection et leurs modalités pourraient évoluer en fonction du contexte sanitaire et sous réserve de nouvelles "
        "modifications du cadre réglementaire.\n\n"
        "Épreuves d'admission 2021\n\n"
        "Temps d’information : Annulé en raison de la crise sanitaire\n"
        "Clôture des inscriptions : 29 janvier 2021 (le cachet de la poste faisant foi)\n"
        "Coût : 125 euros\n"
        "Date de l’épreuve écrite d’admissibilité : 10 Mars 2021\n"
        "Diffusion des résultats d'admissibilité : 2 avril 2021\n"
        "Date(s) de l'épreuve orale d'admission : les 28 et/ou 29 avril 2021\n"
        "Diffusion des résultats d'admission : 3 Mai 2021\n"
        "Rentrée scolaire : 4 octobre 2021",
        [d("2021-01-29")],
        distractors=[
            "10 Mars 2021 (written exam)",
            "2 avril 2021 (admissibility results)",
            "les 28 et/ou 29 avril 2021 (oral exam)",
            "3 Mai 2021 (admission results)",
            "4 octobre 2021 (start of the school year)",
        ],
        note="a university hospital's nurse-anaesthetist school: a fiche whose only sending step is 'Clôture des inscriptions'",
    )
    p(
        "r8s-ecole-puericultrices-idf-2021",
        "https://123dok.net/document/q2nowpd6-conditions-d-admission.html",
        "Diplôme d’État de Puéricultrice\n\n"
        "Présentation\n\n"
        "La puéricultrice est une spécialiste de la santé du nouveau-né, de l’enfant et de l’adolescent.\n"
        "[...]\n"
        "Conditions générales d'admission\n\n"
        "S'inscrire\n\n"
        "Quand?\n\n"
        "La date limite des dépôts de dossier est fixée au 15 mars 2021.\n\n"
        "Comment ?\n\n"
        "A) en ligne : Télécharger le dossier d'inscription sur le site de l’école :www.idf.vyv3.fr",
        [d("2021-03-15")],
        distractors=["Academic year: 2022 (the document host's label, not on the quoted text)"],
        note="a children's nurses' school (Île-de-France) admission leaflet: 'date limite des dépôts de dossier est fixée au'",
    )
    p(
        "r8s-ifms-tarbes-ifsi-2017",
        "http://doczz.fr/doc/5373922/information",
        "NOTICE D’INFORMATION\n"
        "SUR LA SELECTION 2017\n"
        "POUR L’ENTREE EN FORMATION\n"
        "D’INFIRMIER(E)\n"
        "[...]\n"
        "Mise à jour : novembre 2016\n"
        "Page 1/19\n"
        "Sélection d’entrée\n"
        "Le calendrier\n"
        "INSCRIPTION\n"
        "DOSSIER D’INSCRIPTION\n"
        "UNIQUEMENT disponible sur le site Internet :\n"
        "http://ifms65.ch-bigorre.fr/webconcours/\n"
        "PERIODE\n"
        "Du 3 au 31 janvier 2017\n"
        "Cachet de La Poste faisant foi\n"
        "REUNION D’INFORMATION\n"
        "(candidats)\n"
        "Mercredi 11 janvier 2017 à 14h00\n"
        "à l’IFMS de Tarbes\n"
        "EPREUVE ECRITE D’ADMISSIBILITE\n"
        "Epreuve\n"
        "Mercredi 22 mars 2017 au Parc des Expositions de Tarbes\n"
        "Sauf les candidats de liste 4 : Jeudi 30 mars 2017 à l’IFMS\n"
        "Résultats\n"
        "Jeudi 20 avril 2017 à 10h00",
        [d("2017-01-31")],
        opens="2017-01-03",
        distractors=[
            "novembre 2016 (updated, month only)",
            "Mercredi 11 janvier 2017 à 14h00 (information meeting)",
            "Mercredi 22 mars 2017, Jeudi 30 mars 2017 (written exam)",
            "Jeudi 20 avril 2017 à 10h00 (results)",
        ],
        note="a nursing school's notice, a table whose cells became lines: the registration period under 'INSCRIPTION' / 'PERIODE' "
        "(postmark) is the window; the rules do not settle a label without a colon on the line above, labelled by what a "
        "candidate must send",
    )
    p(
        "r8s-iade-chu-lille-conditions",
        "https://www.iade.chu-lille.fr/selection/",
        "Les conditions d’admission\n"
        "- Le candidat doit justifier de deux années minimum d’exercice, en équivalent temps plein de la profession d’infirmier au 1er janvier de "
        "l’année du concours\n"
        "- Le candidat doit avoir passé avec succès les épreuves d’admission à la formation préparant au diplôme d’État d’infirmier anesthésiste.\n"
        "- Le candidat doit avoir acquitté les droits d’inscription.\n"
        "- Le candidat doit avoir souscrit par convention l’engagement d’acquitter les frais de scolarité.",
        [],
        distractors=["1er janvier de l’année du concours (a condition of experience)"],
        note="a nurse-anaesthetist school's conditions: 'justifier … au 1er janvier' is a condition, and there is no year",
    )
    p(
        "r8s-ceeiade-modalites-dossier",
        "http://www.ceeiade.fr/modalites/",
        "Modalités du concours\n\n"
        "[...]\n\n"
        "Pour se présenter aux épreuves d’admission, les candidats déposent à l’école de leur choix un dossier comprenant  (art 10)\n\n"
        "– une demande écrite de participation aux épreuves\n"
        "– un curriculum vitae\n"
        "– un état des services avec justificatifs de l’ensemble de la carrièrère d’infirmier diplôme d’Etat attestant un exercice professionnel "
        "équivalent temps plein à vingt-quatre mois minimum au 1er janvier de l’année du concours\n"
        "– une copie de leurs titres, diplômes ou certificats",
        [],
        distractors=[
            "1er janvier de l’année du concours (a condition inside the list of documents)"
        ],
        note="the nurse-anaesthetist schools' committee: a file is deposited, but no date is given; the only date is a condition",
    )
    p(
        "r8s-actusoins-passerelle-infirmiere-sage-femme",
        "http://www.actusoins.com/303079/passerelle-infirmiere-sage-femme-premiere-rentree.html",
        "Passerelle infirmière / sage-femme : Première rentrée\n\n"
        "Comment faire sage femme si on est déjà infirmière ?\n\n"
        "Depuis l’arrêté du 24 Mars 2017 une passerelle permet aux infirmiers, sous conditions, de rentrer directement en deuxième ou troisième "
        "année d’école de sages-femmes.\n\n"
        "Passerelle infirmière sage-femme : Première rentréePour la rentrée 2018, via ce mode d’admission directe, un arrêté ministériel a fixé à "
        "25, le nombre de places sur toute la France. [...]\n\n"
        "La procédure pour se porter candidat\n\n"
        "Les candidats doivent déposer un dossier avant le 31 mars de l’année précédant la rentrée universitaire, dans une structure dispensant la "
        "formation de sage-femme. Chaque jury d’admission directe retient ensuite un nombre de candidats au plus égal au double du nombre de places.",
        [],
        distractors=[
            "24 Mars 2017 (an arrêté)",
            "rentrée 2018 (a year)",
            "31 mars de l’année précédant la rentrée (no year, undated page)",
        ],
        note="nursing press on the nurse-to-midwife bridge: 'avant le 31 mars' is a deadline in form, but year-less on a page with "
        "no date, so unresolvable",
    )
    p(
        "r8s-upicardie-passerelle-proces-verbaux",
        "https://medecine.u-picardie.fr/admission-2025-2026-dispositif-passerelle",
        "Procès verbal du 04/06/2024\n"
        "Résultats d'admission - Accès direct en 2e ou 3e année des Études Pharmaceutiques pdf - 333.71 Ko -\n"
        "Procès verbal du 17/07/2024\n"
        "Jury adm accès direct Etudes maieutiques 17 07 24 pdf - 268.68 Ko\n"
        "Le droit à concourir dans le cadre d’une admission passerelle est limité : nul ne peut bénéficier plus de deux fois des dispositions des "
        "arrêtés quelle que soit la filière demandée.\n"
        "Le candidat dépose un dossier de candidature auprès de l’unité de formation et de recherche ou structure de formation où il souhaite "
        "obtenir la possibilité d’étudier mais seul le jury est décisionnaire de l’affectation du candidat en 2ème ou 3ème année.\n"
        "Modalités d'admission 2025-2026",
        [],
        distractors=[
            "04/06/2024, 17/07/2024 (minutes of admission juries)",
            "17 07 24 (a file name)",
            "2025-2026 (the academic year)",
        ],
        note="a faculty of medicine's bridge admissions: jury minutes and results, a file to deposit with no date",
    )
    p(
        "r8s-fhf-covid-ifsi-fpc-2020",
        "http://emploi.fhf.fr/ressources-humaines-personnel-non-medical/covid-19/modalites-dadmission-en-ifsi-au-titre-de-la-formation-professionnelle-continue",
        "Covid-19 / Modalités d’admission en IFSI au titre de la formation professionnelle continue\n\n"
        "Date de publication : 29 Mai 2020\n"
        "Date de modification : 29 Mai 2020\n\n"
        "Cet arrêté adapte les modalités de sélection des candidats relevant de la formation professionnelle continue à la situation exceptionnelle "
        "liée à l’état d’urgence sanitaire :\n\n"
        "  • Les candidats ayant achevé avant le 16 mars la totalité des épreuves de sélection définies à l'article 6 de l'arrêté du 31 juillet "
        "2009 relatif au diplôme d'Etat d'infirmier (épreuve écrite et entretien), notées sur un total de 40 points, sont sélectionnés dans les "
        "conditions de droit commun.\n"
        "  • Les candidats ayant réalisé avant le 16 mars 2020 une seule des deux épreuves sont sélectionnés uniquement sur la base de cette "
        "épreuve notée sur un total de 20 points.\n"
        "  • Les candidats n'ayant réalisé avant le 16 mars 2020 aucune des deux épreuves sont sélectionnés uniquement sur la base de leur dossier.\n"
        "[...]\n"
        "Les résultats doivent être communiqués aux candidats au plus tard le 8 juin 2020.",
        [],
        page_date="2020-05-29",
        distractors=[
            "29 Mai 2020 (published / modified)",
            "avant le 16 mars, avant le 16 mars 2020 (exams already taken, conditions)",
            "31 juillet 2009 (an arrêté)",
            "au plus tard le 8 juin 2020 (results sent by the schools, an event)",
        ],
        note="a hospital federation's note on nursing-school selection during the lockdown: 'avant le' on things already done, and "
        "results that schools communicate; nothing for a candidate to send",
    )
    p(
        "r8s-chu-montpellier-ibode-fenetre-annuelle",
        "https://ifms.chu-montpellier.fr/en/ibode/la-formation",
        "La formation\n\n"
        "MODALITÉS D’INSCRIPTION À LA SÉLECTION PERMETTANT L’ACCÈS À L’ECOLE D’INFIRMIERS DE BLOC OPERATOIRE \n\n"
        "Conformément à l’Arrêté du 27 avril 2022 relatif à la formation conduisant au diplôme d’État d’infirmier de bloc opératoire, la sélection "
        "d’entrée à l’école d’infirmiers de bloc opératoire du CHU de Montpellier s’effectue par le dépôt d’un dossier d’admissibilité suivi d’un "
        "éventuel entretien d’admission entre le 1er avril et le 15 juin de l’année considérée, pour une rentrée annuelle en septembre.",
        [],
        distractors=[
            "27 avril 2022 (an arrêté)",
            "entre le 1er avril et le 15 juin de l’année considérée (a yearly window, no year, undated page)",
        ],
        note="a theatre-nurse school: the yearly window has no year and ends on 'de l’année considérée', so nothing; a subscriber "
        "would still want to know the file is due by mid-June each year (doubt)",
    )
    p(
        "r8s-manip-info-fin-concours-ifmem",
        "http://manip-info.com/actualites/profession/article/la-fin-des-concours-d-entree-a-l",
        "Profession\n"
        "Publié le 4 novembre 2016 à 08h00\n"
        "La fin des concours d’entrée à l’IFMEM\n\n"
        "Un arrêté pris le 9 août dernier prévoit que les nouveaux étudiants manipulateurs seront tous admis sur dossier, quelle que soit la "
        "filière, IFMEM ou lycée. Ces nouvelles dispositions prendront effet dès la rentrée 2017-2018.\n\n"
        "Terminés les concours pour devenir manip. Un arrêté publié le 12 août [1] prévoit que, dès le 1er septembre 2017, tous les étudiants "
        "seront recrutés sur dossier, qu’ils postulent à l’entrée dans un Institut de formation de manipulateurs d’électroradiologie médicale "
        "(IFMEM), ou dans un lycée délivrant le diplôme de technicien supérieur (DTS).\n"
        "[...]\n"
        "Les candidats devront toujours être âgés de 17 ans au moins au 31 décembre de l’année des épreuves d’admission.\n\n"
        "Inscriptions sur le site Admission post bac\n\n"
        "Les inscriptions se feront sur le site Admission post bac.",
        [],
        page_date="2016-11-04",
        distractors=[
            "4 novembre 2016 à 08h00 (published on)",
            "9 août, 12 août (an arrêté taken and published)",
            "dès le 1er septembre 2017 (the rule takes effect)",
            "31 décembre de l’année des épreuves (an age condition)",
        ],
        note="radiographers' press on the end of the entrance exam: an effective date and a condition, no deadline",
    )
    p(
        "r8s-anfh-puericultrice-admission-2026",
        "https://www.anfh.fr/actualites/diplome-d-etat-de-puericultrice-modification-des-modalites-d-admission-la-formation",
        "Diplôme d'Etat de puéricultrice : modification des modalités d'admission à la formation\n"
        "Un arrêté daté du 5 septembre 2025 modifie les modalités d'admission à la formation du diplôme d'Etat de puéricultrice à compter de la "
        "rentrée 2026.\n"
        "Le dossier d'inscription, le concours d'admission (deux épreuves écrites d'admissibilité et un QCM) et l’épreuve orale d'admission sont "
        "remplacés par une admissibilité sur dossier et un entretien d'admission.",
        [],
        distractors=["5 septembre 2025 (an arrêté)", "rentrée 2026 (from when it applies)"],
        note="a hospital-training fund's news on children's nurses' admissions: a reform, no call",
    )
    p(
        "r8s-anfh-ibode-conditions-2020",
        "https://anfh.fr/node/38356",
        "Publié le 07/02/2020\n"
        "Diplôme d'Etat d'infirmier de bloc opératoire : conditions et épreuves d’admission\n"
        "A partir de la rentrée universitaire 2020, les conditions et les épreuves d’admission pour l’entrée en formation du DE IBODE sont "
        "modifiées par l’Arrêté du 28 janvier 2020.\n"
        "Conditions d’admission\n"
        "- La condition de justifier de deux années minimum d'exercice, en équivalent temps plein, soit de la profession d'infirmier, soit de la "
        "profession de sage-femme, au 1er janvier de l'année du concours est supprimée.",
        [],
        page_date="2020-02-07",
        distractors=[
            "07/02/2020 (published on)",
            "28 janvier 2020 (an arrêté)",
            "1er janvier de l'année du concours (a condition, now removed)",
        ],
        note="the same fund on theatre-nurse admissions: 'à partir de la rentrée 2020' is when a rule applies, not an opening",
    )
    p(
        "r8s-infirmiers-com-parcoursup-2020",
        "https://www.infirmiers.com/admission-ifsi/rentrer-en-ifsi/parcoursup-savoir.html",
        "ADMISSION EN IFSI\n\n"
        "Parcoursup 2020 : ce qu’il faut savoir\n"
        "[...]\n"
        "Depuis 2019, les futurs étudiants en soins infirmiers ne passent plus par la case concours pour intégrer un institut de formation en soins "
        "infirmiers (IFSI) mais par Parcoursup, la plateforme nationale d’admission en première année de l’enseignement supérieur. Elle permet de "
        "recueillir et gérer les vœux d’affectation des futurs étudiants. Tour d’horizon de la marche à suivre pour toutes les personnes "
        "bachelières souhaitant intégrer un Ifsi en 2020... Date importante : le 22 janvier 2020, ouverture de la plateforme pour formuler ses "
        "voeux !\n"
        "[...]\n"
        "Le concours IFSI a disparu en 2019 afin de laisser place à un autre mode de sélection, jugé moins coûteux et plus égalitaire pour les "
        "candidats. Mis en place le 15 janvier 2018 par le ministère de l’Enseignement supérieur, de la Recherche et de l’Innovation dans le cadre "
        "de la loi orientation et réussite des étudiants, Parcoursup permet de mettre fin au tirage au sort. Ce système a pour principale nouveauté "
        "d’enregistrer les vœux motivés mais non hiérarchisés des candidats qui doivent accepter ou décliner les propositions au fur et à mesure "
        "qu’elles leur sont faites de la mi-mai avant la mi-juillet 2020.",
        [],
        opens="2020-01-22",
        distractors=[
            "15 janvier 2018 (the platform was set up)",
            "de la mi-mai avant la mi-juillet 2020 (answers to offers, vague)",
            "2019, 2020 (years)",
        ],
        note="nursing press on Parcoursup: the opening of the platform for wishes is given, the closing is not in the excerpt",
    )
    p(
        "r8s-103news-ifsi-montlucon-portes-ouvertes",
        "https://103news.com/foreign/308828661",
        "Les candidats aux études d'infirmiers étaient au rendez-vous des portes ouvertes de l'Ifsi de Montluçon (Allier)\n"
        "Alors qu’elles n’avaient pas pu avoir lieu l’an passé à cause de la crise sanitaire, les portes ouvertes de l’Institut de formation en "
        "soins infirmiers (Ifsi) de Motnluçon (Allier) ont attiré 225 éventuels postulants, samedi 15 janvier. [...]\n"
        "Une date stratégique pour les lycéens et les reconversions professionnellesL’école avait maintenu la date du 15 janvier afin d’apporter "
        "le maximum d’informations aux futurs bacheliers avant l’ouverture des inscriptions sur Parcoursup qui a lieu le 20 janvier, mais aussi "
        "pour les personnes en réorientation professionnelle qui songent à la formation professionnelle continue. [...]\n"
        "Par rapport aux autres Ifsi de la région, on est les premiers. C’est important de le faire à cette date pour les personnes qui voudraient "
        "venir en formation professionnelle continue. Le concours qui a lieu en mars, mais l’inscription est le 20 janvier. Il est composé d’une "
        "épreuve écrite et d’un entretien sur la base d’un dossier. Nous pouvons les informer sur la préparation au concours que nous organisons "
        "les 24, 25 et 31 janvier.",
        [],
        distractors=[
            "samedi 15 janvier (open day, no year)",
            "le 20 janvier (opening of Parcoursup, no year, undated page)",
            "en mars (the exam, vague)",
            "les 24, 25 et 31 janvier (preparation sessions)",
        ],
        note="local press relayed by an aggregator on a nursing school's open day: every day lacks its year and the page shows no "
        "date, so nothing resolves (not even the opening)",
    )
