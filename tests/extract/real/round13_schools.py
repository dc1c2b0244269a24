"""Round 13 of the real passages (pharmacy, dentistry and midwifery studies, theses and diplomas, residency exams and hospital-university posts, mobility and doctoral grants, francophone academic pages): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r13s-123dok-pharmacie-agrement-sujet-these",
        "https://123dok.net/document/q05jk439-demande-agr%C3%A9ment-sujet-th%C3%A8se-proc%C3%A9dure-d%C3%A9mat%C3%A9rialis%C3%A9e-demandes-initiales.html",
        "Demande d agrément d un sujet de thèse Procédure dématérialisée des demandes initiales\n\nN/A\nN/A\nProtected\n\nAcademic "
        'year: 2022\n[...]\nLa thèse de Docteur en Pharmacie, dite "thèse d’exercice", permet à l’étudiant qui a validé les '
        "obligations pédagogiques des six années du cursus, d’obtenir le Diplôme d’Etat de Docteur en Pharmacie et d’exercer son "
        "métier de pharmacien.\n\nArrêté du 8 avril 2013, Chapitre IV, Article 23 : « Les étudiants soutiennent au cours du "
        "troisième cycle court ou, au plus tard, dans un délai de deux ans après la validation du troisième cycle court une thèse "
        "[...] »\n\nL’inscription à la Faculté est obligatoire à chaque rentrée universitaire et jusqu’à l’année universitaire de la "
        "soutenance de la thèse (elle est valable jusqu’au 30 septembre de l’année universitaire suivante).",
        [],
        distractors=[
            "Arrêté du 8 avril 2013 (a text's date)",
            "valable jusqu’au 30 septembre de l’année universitaire suivante (how long an enrolment lasts; year-less)",
            "Academic year: 2022 (the document site's stamp)",
        ],
        note="a pharmacy faculty's procedure for approving a practice thesis's subject, on a document site: rules and validity, "
        "no day to send anything",
    )
    p(
        "r13s-batna-pharmacie-memoire-sessions",
        "http://pharmacie.univ-batna2.dz/du-projet-ou-m%C3%A9moire-de-fin-d%E2%80%99%C3%A9tudes",
        "Chapitre 6 : du projet (ou mémoire) de fin d’études\n\nArticle 68: Dans le cadre d’obtention du diplôme du docteur en "
        "pharmacie qui nécessitent des stages et des mémoires de fin d’études, l’étudiant bénéficie d’un encadrement.\n[...]\n"
        "Article 70: Le projet (ou mémoire) de fin d’études est soutenu devant un jury désigné par le Comité Scientifique du "
        "Département sur proposition de l’encadreur.\n\nArticle 71: Les sessions de soutenance sont définies comme suit :\n\n"
        "Première session : juin.\n\nDeuxième session : septembre – octobre.\n\nArticle 72: Tout retard de soutenance peut, dans "
        "des conditions exceptionnelles, ouvrir droit à une réinscription suite à l’accord préalable du Département de pharmacie et "
        "de l’encadreur.",
        [],
        distractors=[
            "Première session : juin (vague)",
            "Deuxième session : septembre – octobre (vague)",
        ],
        note="an Algerian pharmacy department's rules: defence sessions named by month only",
    )
    p(
        "r13s-upec-reglementation-du-diu",
        "https://sante.u-pec.fr/formation-continue/reglementation-des-du-ou-diu",
        "Qu’ils soient D.U. ou D.I.U., leur création est faite par un vote du Conseil d’Université. Les établissements ne reçoivent "
        "aucun fonds d’Etat pour le fonctionnement de ces diplômes qui fonctionnent donc sur fonds propres. Ils sont essentiellement "
        "destinés à des étudiants à partir du 3ème cycle et des professionnels de santé, dans le domaine de leur formation permanente."
        "\n[...]\nSouvent auparavant, plus rarement maintenant, les D.U. étaient appelés certificats d’Université.\nLa loi du 26 "
        "janvier 1984 sur l'enseignement supérieur permet aux universités de délivrer, sous leur responsabilité, des diplômes "
        "d'universités ou inter-universitaires.",
        [],
        distractors=["La loi du 26 janvier 1984 (a text's date)"],
        note="a health faculty's continuing-education page on university diplomas: a law's date only",
    )
    p(
        "r13s-pdfslide-edilb-livret-accueil",
        "https://pdfslide.fr/documents/bettencourt-liliane-inserm-l-de-cole-de-ltudiant-livret-.html",
        "Votre candidature a été retenue pour la première année de l’Ecole de l’Inserm Liliane Bettencourt (EdILB). Bravo !\n\n"
        "Vous allez donc participer à l’école de février, qui pendant deux semaines va vous faire découvrir des disciplines "
        "scientifiques fondamentales (physique, chimie et mathématiques) et leurs relations avec la biologie. [...]\n\nAu terme de "
        "ces deux semaines de travail intense et stimulant, vous allez reprendre la deuxième année de vos études médicales, "
        "pharmaceutiques ou odontologiques, jusqu’au concours de juin, qui sélectionnera les meilleurs d’entre vous [...]\n\n"
        "L’école de février a accueilli depuis 2003, plus de 900 étudiants",
        [],
        distractors=["jusqu’au concours de juin (an exam, vague)", "depuis 2003"],
        note="the medicine-sciences double curriculum's welcome booklet: a month-named exam after a weak 'jusqu'au', no day",
    )
    p(
        "r13s-sorbonne-dmg-fiches-these-2021",
        "https://medecine-generale.sorbonne-universite.fr/recherche/these-en-medecine-generale/",
        "La thèse en médecine générale\n\nFiche de thèse\n\nLes fiches de thèse devront désormais être envoyées sur cette adresse "
        "email : Medecine-DMG-FicheThese@admp6.jussieu.fr\n[...]\nLes évaluations des fiches de thèse se feront lors des "
        "commissions de fiches de thèse. [...] Seules les fiches envoyées au minimum 7 jours avant la date de la commission seront "
        "traitées. Les fiches envoyées hors délai seront traitées lors de la commission de thèse suivante.\n[...]\nLes dates des "
        "commissions et des dates limites d’envoi pour l’année sont les suivantes :\n\nDates commission de thèse Dates limites "
        "d’envoi des fiches\nMardi 14/09/2021 07/09/2021 à 23h\nMardi 12/10/2021 05/10/2021 à 23h\nMardi 09/11/2021 02/11/2021 à "
        "23h\nMardi 07/12/2021 02/12/2021 à 23h\nMardi 11/01/2022 04/01/2022 à 23h\nMardi 08/02/2022 01/02/2022 à 23h\nMardi "
        "08/03/2022 01/03/2022 à 23h",
        [
            d("2021-09-07", "23:00", kind="other"),
            d("2021-10-05", "23:00", kind="other"),
            d("2021-11-02", "23:00", kind="other"),
            d("2021-12-02", "23:00", kind="other"),
            d("2022-01-04", "23:00", kind="other"),
            d("2022-02-01", "23:00", kind="other"),
            d("2022-03-01", "23:00", kind="other"),
        ],
        distractors=[
            "Mardi 14/09/2021, 12/10/2021, 09/11/2021, 07/12/2021, 11/01/2022, 08/02/2022, 08/03/2022 (the commissions' meetings)",
            "au minimum 7 jours avant la date de la commission (a relative delay)",
        ],
        note="a general-practice department's thesis page: a two-column table flattened to lines, each holding a commission's "
        "day then the day its forms must be sent by; sending a thesis project's form is a student's administrative step, not a "
        "candidature, so kind other (judgment call)",
    )
    p(
        "r13s-ambafrance-egypte-dfms-2015",
        "http://www.ambafrance-eg.org/MEDECINS-ET-PHARMACIENS-ETRANGERS",
        "Candidatures au Diplôme de formation médicale spécialisée (DFMS) et au Diplôme de formation médicale spécialisée "
        "approfondie (DFMSA) 2015-2016\n\nAppel à candidatures\n[...]\nLes médecins et pharmaciens étrangers (hors UE, EEE, Suisse "
        "et Andorre) intéressés par un DFMS et un DFMSA peuvent déposer leur candidature du 8 décembre 2014 au 15 janvier 2015.\n\n"
        "Le dispositif DFMS/DFMSA permet à des médecins ou à des pharmaciens étrangers de venir suivre en France un cursus de "
        "spécialisation [...]\n\n1) Recevabilité des candidatures\n\nLes candidats à des DFMS et DFMSA doivent nécessairement être "
        "titulaires d’un diplôme permettant l’exercice de la médecine ou de la pharmacie dans leur pays d’origine ou leur pays de "
        "résidence et avoir au minimum encore deux semestres de fonctions hospitalières à effectuer au 1er novembre 2015.",
        [d("2015-01-15")],
        opens="2014-12-08",
        distractors=[
            "au 1er novembre 2015 (a condition of eligibility)",
            "2015-2016 (the academic year)",
        ],
        note="an embassy's call for foreign doctors' specialised training diplomas in France: a filing window after 'déposer "
        "leur candidature', and a condition",
    )
    p(
        "r13s-usherbrooke-bourse-doyen-residents",
        "https://www.usherbrooke.ca/actualites/nouvelles/facultes/medecine-et-sciences-de-la-sante/details/9066",
        "Bourse du doyen Pour soutenir la formation des résidents et résidentes aux études supérieures\n\nDans le cadre de son plan "
        "stratégique 2005-2009, la Faculté de médecine et des sciences de la santé de l'université de Sherbrooke veut promouvoir le "
        "développement de la recherche clinique. [...]\n\nDocuments exigés\n\nLe candidat ou la candidate doit présenter une demande "
        "au programme de formation de maîtrise ou de doctorat pour les détenteurs de diplôme professionnel du FRSQ (date limite en "
        "octobre de chaque année). Une copie de la demande complète de bourse doit parvenir au vice-doyen aux études médicales "
        "postdoctorales.",
        [],
        distractors=[
            "date limite en octobre de chaque année (vague)",
            "plan stratégique 2005-2009",
        ],
        note="a Quebec faculty's dean's grant for residents: a deadline named by a month only",
    )
    p(
        "r13s-unil-echanges-accords-facultaires",
        "https://unil.ch./international/en/home/menuinst/unil-students/echanges-universitaires/marche-a-suivre/accords-facultaires.html",
        "If you want to study at a university available under an SEMP or faculty agreement, you need to apply to your faculty by 20 "
        "February at the latest (note: the deadline for applications in the School of Medicine is a few days earlier – please check "
        "the School of Medicine website). If you are not accepted, you can apply again by 15 April to study under a general "
        "agreement, but only for the spring term of the following year, provided there are still places available at one of the "
        "destinations you are interested in.\nThe application deadline is February 20 for the following academic year (autumn "
        "and/or spring semester).\nSubmit application to: the mobility coordinator in your faculty or section/school.",
        [],
        distractors=[
            "by 20 February at the latest, February 20 (year-less, undated page)",
            "by 15 April (year-less, undated page)",
        ],
        note="a Swiss university's exchange page (the medical school's own deadline is 'a few days earlier'): every day is a "
        "yearly one without a year on an undated page, so nothing",
    )
    p(
        "r13s-ulorraine-medecine-mobilite-erasmus",
        "http://medecine.univ-lorraine.fr/fr/mobilite-etudiante/fr",
        "Mobilité étudiante\n\nLa Faculté de médecine de Nancy promeut activement la mobilité étudiante internationale, notamment "
        "par le biais du programme Erasmus+.\n[...]\nCe programme porte le nom du philosophe, théologien et humaniste Erasmus de "
        "Rotterdam (1465-1536).\n[...]\nLe programme Erasmus, créé en 1987, a désormais été remplacé par Erasmus+. Il offre deux types "
        "de mobilité : Erasmus-séjour et Erasmus-stage.\n[...]\nErasmus+ séjour permet à des étudiants d’effectuer une partie de "
        "leurs études dans une université partenaire avec laquelle un accord bilatéral (valable de 2014 à 2021) a préalablement été "
        "conclu.",
        [],
        distractors=["(1465-1536)", "créé en 1987", "valable de 2014 à 2021 (an agreement's span)"],
        note="a medical faculty's Erasmus page: years only, no day",
    )
    p(
        "r13s-mina7-fulbright-doctorants-2026",
        "https://mina7portal.com/opportunity/%D9%85%D9%86%D8%AD%D8%A9-%D9%81%D9%88%D9%84%D8%A8%D8%B1%D8%A7%D9%8A%D8%AA-%D9%84%D9%84%D8%AF%D9%83%D8%AA%D9%88%D8%B1%D8%A7%D9%87-2026-2027-%D9%84%D8%A5%D9%82%D8%A7%D9%85%D8%A9-%D8%A8%D8%AD%D8%AB%D9%8A",
        "Bourse Fulbright Doctorants 2026–2027 pour un séjour de recherche\nLe programme Fulbright Doctorants 2026–2027 permet aux "
        "doctorants français de réaliser un séjour de recherche aux États-Unis de 4 à 10 mois. Toutes les disciplines sont "
        'éligibles. [...] Date limite : 20 décembre 2025 à 23h59 (heure de Paris).\nProgramme Fulbright "Doctorants" (2026–2027)\n'
        "📅 Dates importantes\n-\nOuverture des candidatures : 1er septembre 2025\n-\nDate limite de dépôt des dossiers : 20 "
        "décembre 2025 à 23h59 (heure de Paris)\n-\nPériode de départ pour les États-Unis : entre le 1er août 2026 et le 1er mai "
        "2027\n-\nDurée de la bourse : 4 à 10 mois (selon le projet de recherche)\n✅ Conditions d'éligibilité\n-\nÊtre de "
        "nationalité française\n-\nÊtre inscrit·e en thèse dans une école doctorale en France",
        [d("2025-12-20", "23:59")],
        opens="2025-09-01",
        distractors=[
            "entre le 1er août 2026 et le 1er mai 2027 (when the stay may start)",
            "2026–2027 (the programme's year)",
        ],
        note="an opportunities site relaying a doctoral mobility grant open to medicine; bullets whose dash sits on its own "
        "line, the day said twice",
    )
    p(
        "r13s-univ-reims-fulbright-juin-2017",
        "https://www.univ-reims.fr/recherche-innovation-et-valorisation/cellule-projets-internationaux/le-zoom-de-la-cellule/juin-2017-le-programme-fulbright/juin-2017-le-programme-fulbright,21127,35210.html",
        "Juin 2017 - Le programme Fulbright\n[...]\nEn France, ce programme d’excellence existe depuis 1948 et est financé par des "
        "fonds publics français et américains. [...]\n\nBourse Fulbright (compétition nationale)\n\nL’objectif est de poursuivre des "
        "recherches, concernant tout domaine, aux États-Unis. [...]\n\nDurée : 2 à 6 mois\n\nMontant : de $2,710 à $3,145/mois "
        "selon la localisation, plus les avantages Fulbright (allocation voyage)\n\nAppel à candidatures : vers septembre 2017 pour "
        "une mobilité à partir d’août 2018",
        [],
        distractors=[
            "Juin 2017 (the column's month)",
            "depuis 1948",
            "vers septembre 2017 (the call's expected opening, vague)",
            "à partir d’août 2018 (the stay, vague)",
        ],
        note="a university's international projects cell: only months",
    )
    p(
        "r13s-aemip-internat-pharmacie",
        "https://aemip.fr/?page_id=21",
        "L’internat en pharmacie\nL’internat est une formation à la fois hospitalière et universitaire qui dure quatre années "
        "pendant lesquelles l’étudiant en pharmacie reçoit une formation professionnelle à la fois pratique et théorique. [...]\n"
        "Le programme des épreuves du concours fait partie du programme des études pharmaceutiques (formation commune de base). Les "
        "candidats reçus au concours de l’Internat ont la possibilité, en fonction de leur rang de classement, de suivre l’une des "
        "trois filières suivantes (arrêté du 31 octobre 2008 réglementant les diplômes d’études spécialisées de pharmacie) :\n[...]\n"
        "Quand puis-je me présenter au concours ?\nPour se présenter au concours, l’étudiant doit avoir validé sa 4ème année. Il a "
        "le droit de s’inscrire 2 fois dans les 3 années suivant la validation de la",
        [],
        distractors=["arrêté du 31 octobre 2008 (a text's date)"],
        note="a pharmacy students' association on the pharmacy residency competition: a decree's date and relative delays",
    )
    p(
        "r13s-montreal-minute-udem-bourses-2025",
        "https://montreal-minute.com/universite-de-montreal-60-nouvelles-bourses-dexcellence-et-des-places-en-sante-pour-les-chercheurs-et-etudiants-internationaux/",
        "Université de Montréal : un nouveau souffle pour la recherche en santé\n60 bourses d’excellence pour valoriser la formation "
        "médicale et la recherche\nL’Université de Montréal (UdeM) se distingue, en cette rentrée 2025, avec le lancement de 60 "
        "bourses d’excellence destinées aux talents de la santé. Disponibles principalement au sein de la Faculté de médecine [...]\n"
        "Focus sur la médecine vétérinaire et la philosophie « Une seule santé »\nEn parallèle, la Faculté de médecine vétérinaire "
        "de l’UdeM lance une campagne de recrutement pour la session d’automne 2026 : dix-neuf professeurs sont prêts à accueillir "
        "des candidats à la maîtrise et au doctorat [...]",
        [],
        distractors=["en cette rentrée 2025 (vague)", "la session d’automne 2026 (a term)"],
        note="a Montreal news site on a university's health scholarships and a One Health recruitment: seasons only",
    )
    p(
        "r13s-tricoteuses-edn-2026-2027-inscription",
        "https://legal.tricoteuses.fr/articles/JORFARTI000051492796",
        "La première session des épreuves dématérialisées donnant accès au troisième cycle des études de médecine au titre de "
        "l'année universitaire 2026-2027 est organisée selon le calendrier suivant :\n- la période d'inscription des étudiants "
        "participant aux épreuves nationales est fixée du 1er au 31 juillet 2025.\nLa première session des épreuves dématérialisées "
        "se déroulera pour :\n- les unités de composition mentionnées à l'alinéa 2 de l'article 7 de l'arrêté du 21 décembre 2021 "
        "susvisé les 20 octobre 2025 de 14 h 30 à 17 h 30, 21 octobre 2025 de 9 heures à 12 heures et 21 octobre 2025 de 14 h 30 à "
        "17 h 30 ;\n- les deux unités de composition d'une lecture critique d'articles scientifiques mentionnées à l'alinéa 3 de "
        "l'article 7 de l'arrêté du 21 décembre 2021 susvisé le 22 octobre 2025 de 9 heures à 12 heures.\nLes dates et horaires "
        "mobilisables pour toute reprogrammation qui pourrait s'avérer nécessaire sont les suivants :\n- à la suite des unités de "
        "composition prévues les 20, 21 et 22 octobre 2025 si la durée nécessaire à la reprogrammation de l'unité de composition "
        "concernée le permet ;\n- le 23 octobre 2025 sur les créneaux horaires 9 heures/12 heures et 14 h 30/17 h 30.",
        [d("2025-07-31")],
        opens="2025-07-01",
        distractors=[
            "les 20 octobre 2025 …, 21 octobre 2025 … (exams)",
            "le 22 octobre 2025 de 9 heures à 12 heures (an exam)",
            "le 23 octobre 2025 (exams' rescheduling)",
            "l'arrêté du 21 décembre 2021 (a text's date)",
        ],
        note="an official text's article fixing the national exams giving access to residency: the registration period is a "
        "window (kind application, as the earlier rounds label registering to a competition); every other day is an exam's",
    )
    p(
        "r13s-juriblio-mcu-ph-odontologie-1991",
        "https://juriblio.fr/arretes/arrete-du-24-decembre-1990/134935381",
        "JORF n°4 du 5 janvier 1991\n\nArrêté du 24 décembre 1990\n\nLe ministre d'Etat, ministre de l'éducation nationale, de la "
        "jeunesse et des sports, et le ministre délégué à la santé,\n\nVu le décret no 90-92 du 24 janvier 1990 portant statut des "
        "personnels enseignants et hospitaliers des centres de soins, d'enseignement et de recherche dentaires des centres "
        "hospitaliers et universitaires;\n[...]\nVu l'arrêté du 24 décembre 1990 fixant la liste d'admission aux concours organisés "
        "pour le recrutement de professeurs des universités-praticiens hospitaliers des centres de soins, d'enseignement et de "
        "recherche dentaires au titre de l'année 1990,\n\nArrêtent:\n\nArt. 1er. - Peuvent faire acte de candidature aux emplois "
        "offerts au recrutement au titre de l'année 1990 (annexe I) jusqu'au 28 janvier 1991 (le cachet d'enregistrement du service "
        "réceptionnaire faisant foi):",
        [d("1991-01-28")],
        distractors=[
            "JORF n°4 du 5 janvier 1991 (the journal's issue)",
            "Arrêté du 24 décembre 1990, le décret no 90-92 du 24 janvier 1990 (texts' dates)",
        ],
        note="a legal site's copy of a decree opening dental hospital-university posts: 'faire acte de candidature … jusqu'au' "
        "a day, after a run of texts' dates",
    )
    p(
        "r13s-juriblio-pu-ph-odontologie-conditions-1991",
        "https://juriblio.fr/arretes/arrete-du-24-decembre-1990/134751517/269614311",
        "JORF n°4 du 5 janvier 1991\n\nArt. 6. - Les personnes de nationalité française et les ressortissants des Etats membres des "
        "communautés européennes peuvent présenter leur candidature aux concours de recrutement de professeurs des "
        "universités-praticiens hospitaliers des centres de soins, d'enseignement et de recherche dentaires, organisés en application "
        "de l'article 21 du décret no 90-92 du 24 janvier 1990 (cf. annexe II), dans les conditions ci-après définies.\nLes candidats "
        "doivent, à la date de dépôt des candidatures:\n1o Etre titulaires de l'habilitation à diriger des recherches ou du doctorat "
        "d'Etat;\n2o Etre maîtres de conférences des universités-praticiens hospitaliers des centres de soins, d'enseignement et de "
        "recherche dentaires [...] et justifier d'au moins trois années de fonctions",
        [],
        distractors=[
            "JORF n°4 du 5 janvier 1991 (the journal's issue)",
            "du décret no 90-92 du 24 janvier 1990 (a text's date)",
        ],
        note="the article of a sister decree giving the conditions of candidature: 'à la date de dépôt des candidatures' names "
        "no day",
    )
    p(
        "r13s-tricoteuses-conditions-1er-octobre",
        "https://legal.tricoteuses.fr/articles/LEGIARTI000022762377",
        "Les candidats doivent, au plus tard au 1er octobre de l'année considérée :\n― soit être titulaires de l'un des diplômes "
        "suivants :\n― diplôme d'Etat de docteur en médecine ;\n― diplôme d'Etat de docteur en pharmacie ;\n― diplôme d'Etat de "
        "docteur en chirurgie dentaire ;\n― diplôme d'Etat de sage-femme ;\n― diplôme d'Etat de docteur vétérinaire ;\n― doctorat ;"
        "\n― soit être titulaires d'un titre d'ingénieur diplômé ;\n[...]",
        [],
        distractors=["au plus tard au 1er octobre de l'année considérée (a condition; year-less)"],
        note="an official text's article on the conditions for direct admission into health studies: a condition, not a "
        "deadline, on an undated page",
    )
    p(
        "r13s-bsf-internes-stage-etranger-2007",
        "http://bsf.asso.fr/spip.php?article65",
        "Pour les internes\n\nCONDITIONS DE PARTICIPATION DES INTERNES AUX MISSIONS DE BSF à L’ETRANGER (juin 2007)\n\nLes internes "
        "des hôpitaux peuvent participer aux activités de BSF dans les conditions suivantes :\n\n1/ STAGE A L’ETRANGER REMUNERE\n\n- "
        "Décret n°88-996 du 19 octobre 1988, modifié le 5 février 2004\n\n« Les internes ayant accompli au moins deux semestres de "
        "fonctions validées peuvent, dans la limite de deux semestres, accomplir leur formation pratique à l’étranger, le cas échéant "
        "dans le cadre de missions humanitaires. [...] »\n\n- Article 27 du décret 99930 du 10.11.99\n\n« Les internes qui "
        "accomplissent un stage à l’étranger, le cas échéant dans le cadre d’une mission humanitaire, en application des articles 26 "
        "ou 56 du décret n° 84-856 du 9 juillet 1984 modifié [...]",
        [],
        distractors=[
            "(juin 2007) (the page's month)",
            "Décret n°88-996 du 19 octobre 1988, modifié le 5 février 2004 (a text's dates)",
            "du décret 99930 du 10.11.99, du décret n° 84-856 du 9 juillet 1984 (texts' dates)",
        ],
        note="a biologists' humanitarian association on interns' missions abroad: decrees' dates, one of them numeric with a "
        "two-digit year",
    )
    p(
        "r13s-tricoteuses-concours-sages-femmes-1994",
        "https://legal.tricoteuses.fr/articles/JORFARTI000000972880",
        "Article (Arrêté du 27 juillet 1994 modifiant l'arrêté du 5 février 1987 relatif au concours d'entrée aux écoles de "
        "sages-femmes et abrogeant l'arrêté du 27 décembre 1985 relatif aux conditions d'admission des candidats de nationalité "
        "étrangère dans les écoles de sages-femmes)\n\nArt. 1er. - L'arrêté du 5 février 1987 susvisé est modifié ainsi qu'il suit:\n"
        "I. - Le deuxième alinéa de l'article 1er est remplacé par les dispositions suivantes:\n« Pour être autorisé à s'y présenter, "
        "le candidat doit:\n« 1o Etre âgé de dix-huit ans au moins au 31 décembre de l'année du concours. Aucune dispense d'âge n'est "
        "accordée.\n« 2o Justifier de l'une des conditions mentionnées ci-après:\n[...] Toutefois, pour conserver le bénéfice de la "
        "réussite au concours d'entrée,\nils doivent, dans les quatre jours qui suivent la proclamation des résultats du "
        "baccalauréat, justifier qu'ils ont été déclarés reçus;",
        [],
        distractors=[
            "Arrêté du 27 juillet 1994, l'arrêté du 5 février 1987, l'arrêté du 27 décembre 1985 (texts' dates)",
            "au 31 décembre de l'année du concours (an age condition; year-less)",
        ],
        note="an official text on the midwifery schools' entrance competition: conditions and a relative delay only",
    )
    p(
        "r13s-pasteur-archives-cours-microbiologie",
        "http://www.pasteur.fr/infosci/archives/cmi0.html",
        "Repères chronologiques\nCours de microbiologie de l'Institut Pasteur\nfonds d'archives\n \n\n15/03/1889 Ouverture du premier "
        "cours de microbie-technique de l'Institut Pasteur. E. Roux dispense toutes les leçons aux 15 élèves et quatre auditeurs "
        "libres de cette première session. [...] Le cours payant est ouvert aux étudiants français et étrangers. Il comprend trois "
        "sessions annuelles de cinq semaines.\n1890 W. Haffkine remplace A. Yersin comme préparateur. [...]\n1893 E. Metchnikoff "
        "devient professeur du cours aux côtés de E. Roux.",
        [],
        opens=None,
        distractors=[
            "15/03/1889 Ouverture du premier cours (a course's first session in 1889, history)",
            "1890, 1893 (years)",
        ],
        note="a research institute's archives: a chronology of its teaching; the first line's 'Ouverture' is a course that "
        "began in 1889, not a call opening to candidates, so by what a subscriber needs there is no opening (judgment call)",
    )
