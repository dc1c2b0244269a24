"""Round 11 of the real passages (doctoral schools, faculties, competitions, hospital posts, unions): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r11s-lille-engsys-timetable-undated",
        "https://edengsys.univ-lille.fr/en/before-phd/application-to-a-phd",
        "Application to a PhD - 2024\n\nApplication to a doctoral contract\n\n"
        'You will find under the heading "Thesis topics 2024" the list of open positions for PhD the research topics (or a link '
        "to the website of the research Lab).\n\n[...]\n\nTimetable of 2024 procedure\n\n"
        "The deadline to submit your application form is defined by each Domain of the doctoral school. The main important dates "
        "are:\n\n  • February 12 th : deadline to display research topics of 2024 on website of doctoral school,\n"
        "  • May  13 th : Deadline to submit your application to your supervisor\n"
        "  • May 22: Deadline for domain juries, and feedback of rankings from DEDs to the ED secretariat.\n"
        "  • May 27: Executive Committee - presentation of domain rankings.\n  • May 28: ED ENGSYS Bureau meeting.\n"
        "  • May 31: Council of doctoral school ENGSYS - Award of doctoral contrats 1st session\n\n"
        "Characteristics of doctoral contract\n\n[...] The grant will be 1975 euros gross per month for contracts signed from "
        "september 1st, 2022.",
        [],
        distractors=[
            "February 12 th (topics displayed; year-less, undated page)",
            "May 13 th (the candidates' deadline; year-less, undated page)",
            "May 22, May 27, May 28, May 31 (juries, committees, council)",
            "from september 1st, 2022 (contracts signed from then)",
        ],
        note="a doctoral school's English timetable: every day is year-less and the page shows no date, so nothing resolves "
        "(class 8), though the heading names 2024; a subscriber would want 13 May 2024",
    )
    p(
        "r11s-usmb-edsie-adr-2024",
        "https://www.univ-smb.fr/edsie/en/doctorat/candidater/",
        "Apply for the competition\n\n\nCompetition terms and conditions\n\nAllocations de recherche (ADR) contractualisées de "
        "l'École Doctorale Sciences Ingénierie Environnement (Doctoral School SIE) pour la rentrée universitaire 2024.\n\n"
        "For 2024, the contractual allocation atDoctoral School SIE level is 6 allocations (23 at facility level).\n\n"
        "To apply, you must:\n\n  • Choose a thesis topic from among those proposed byDoctoral School SIE as part of the "
        "competition.\n  • Contact the host laboratory and the researchers proposing the subjects in order to build up your "
        "application.\n\n\nTo apply, candidates must undertake to be available and have the required qualifications by October "
        "31, 2023.\n\nSubmission of applications before May 31, 2024\n\nEach file must include the following information:\n\n"
        "[...]\n\nA letter will be sent to candidates informing them of the outcome of their application after validation by the "
        "Research Commission on July 04.",
        [d("2024-05-31")],
        distractors=[
            "by October 31, 2023 (a condition: available and qualified)",
            "on July 04 (results after a commission; year-less, undated page)",
        ],
        note="a doctoral school's competition in English; the condition's year is the page's own slip (2023 for a 2024 "
        "competition), quoted as written",
    )
    p(
        "r11s-bioconvs-2024-phd-conditions",
        "https://bioconvs2024-phd.sciencescall.org/page/how_to?lang=en",
        "Only laboratories associated with the DIM BioConvS are eligible for this call. From January 2024, it is obligatory for "
        "any laboratory to submit the DIM BioConvS membership application form which you can find at this link:\n\n"
        ">> Join the DIM BioConvS <<\n\nIt is necessary to submit the membership application before the call deadline. The DIM "
        "BioConvS team will inform you of the outcome of your membership request as soon as it is processed.\n\n"
        "  Please note: Projects presented by laboratories which have already benefited from a DIM BioConvS grant in 2023 will "
        "not be given priority in this call for projects.\n\nCandidate Eligibility Criteria\n\n"
        "It is necessary to have an identified candidate to apply for this call for projects. The candidate must hold at least a "
        "Master 2, or qualification equivalent to bac+5, or have validated this qualification before a date compatible with "
        "registration in doctoral school for the year 2024-2025. The candidate must provide proof of registration in a doctoral "
        "school in the Ile-de-France region before September 1, 2024 if the project is accepted.",
        [],
        distractors=[
            "From January 2024 (when a rule starts)",
            "in 2023",
            "before September 1, 2024 (a condition on the accepted candidate: be registered)",
        ],
        note="a regional research network's doctoral call: the registration proof is asked of the accepted candidate, a "
        "condition like 'être inscrit en thèse au …', not a deadline to apply",
    )
    p(
        "r11s-medadom-du-diu-vague",
        "https://info.medadom.com/professionnels-de-la-sante/diplomes-universitaires-les-plus-prises-en-medecine",
        "S’inscrire à un DU ou à un DIU : quelles démarches ?\nLa plupart des DU ou DIU ont des critères précis, notamment :\n"
        "[...]\nModalités d’envoi | Les universités indiquent si le dossier doit être envoyé par voie postale, déposé en main "
        "propre ou soumis en ligne sur une plateforme spécifique. |\nDélais à respecter | Les dates de dépôt des candidatures "
        "varient, généralement entre mai et septembre pour une rentrée en octobre. |\nFrais d'inscription | Frais qui varient "
        "selon les universités (entre 300 € et 3 000 € en moyenne, en fonction de la formation et des conditions particulières "
        "comme les financements via votre employeur ou les subventions). |",
        [],
        distractors=["entre mai et septembre (vague)", "en octobre (vague)"],
        note="a teleconsultation firm's guide to university diplomas: a 'Délais à respecter' row with months only (class 7)",
    )
    p(
        "r11s-excelafrica-pharmacie-dap",
        "https://excelafrica.com/2011/02/03/enseignement-superieur-etudes-de-pharmacie-en-france",
        'La "demande d’admission préalable"\nPour pouvoir être inscrit en 1ère année d’études, il faut obligatoirement, avant '
        'toute chose, faire une "demande d’admission préalable".\n\nOù retirer le dossier de demande d’admission préalable\n'
        "Le dossier de demande d’admission préalable doit être retiré entre le 1er décembre et le 15 janvier précédant la venue "
        "de l’intéressé auprès des services culturels de l’ambassade de France de son pays d",
        [],
        distractors=["entre le 1er décembre et le 15 janvier (fetching the form; year-less)"],
        note="a students' site on pharmacy studies in France: fetching the form is no sending, and the days are year-less "
        "on a page whose date is only in its address",
    )
    p(
        "r11s-legifrance-dap-1er-fevrier",
        "https://legal.tricoteuses.fr/articles/LEGIARTI000037694824",
        "Le candidat dépose le dossier de demande d'admission dûment renseigné au plus tard le 1er février précédant l'année "
        "universitaire pour laquelle il présente sa demande :\n― auprès du service de coopération et d'action culturelle de "
        "l'ambassade de France où le dossier a été retiré ;\n― auprès de l'université de premier choix ou de l'université la plus "
        "proche de son lieu de résidence si l'université de premier choix se trouve dans une autre académie que celle de son lieu "
        "de résidence.\nIl justifie des titres prévus à l'article 16 du décret du 13 mai 1971 susvisé ou, à défaut, fournit un "
        "relevé des notes obtenues au cours des quatre trimestres précédents.",
        [],
        distractors=[
            "au plus tard le 1er février (a yearly rule, year-less, undated)",
            "du 13 mai 1971 (a decree's date)",
        ],
        note="a law article: a yearly deadline with no year on an undated page gives nothing (class 8)",
    )
    p(
        "r11s-legifrance-concours-inscriptions-2025",
        "https://legal.tricoteuses.fr/articles/LEGIARTI000051634282",
        "Les inscriptions seront ouvertes du 10 juin au 11 juillet 2025 inclus.\nLa date limite de retour des dossiers "
        "d'inscription (le cachet de la poste faisant foi) est fixée au 11 juillet 2025.\nTout dossier posté hors délai ne pourra "
        "être pris en considération.\nLes candidates et candidats en situation de handicap qui demandent un aménagement des "
        "épreuves doivent fournir un certificat médical établi par un médecin agréé. Le certificat médical, qui doit avoir été "
        "établi moins de six mois avant le déroulement des épreuves, précise la nature des aides humaines et techniques ainsi que "
        "des aménagements nécessaires pour permettre aux candidates et candidats, compte tenu de la nature et de la durée des "
        "épreuves, de composer dans des conditions compatibles avec leur situation.\nLe certificat médical doit être transmis au "
        "plus tard le 25 juillet 2025 conformément au décret du 4 mai 2020 susvisé.",
        [d("2025-07-11"), d("2025-07-25", kind="other")],
        opens="2025-06-10",
        distractors=["du 4 mai 2020 (a decree's date)"],
        note="a competition's opening order: the registration window and its closing are the candidature; the medical "
        "certificate for adapted exams is a supporting document sent later (kind other)",
    )
    p(
        "r11s-admi-sages-femmes-2001",
        "https://www.admi.net/jo/20010228/MESP0120764A.html",
        "J.O. Numéro 50 du 28 Février 2001\n\nTexte paru au JORF/LD page 03182\n\n"
        "Arrêté du 15 février 2001 portant ouverture du concours d'entrée aux écoles de sages-femmes\n\nNOR : MESP0120764A\n\n"
        "Par arrêté de la ministre de l'emploi et de la solidarité en date du 15 février 2001, le concours d'entrée aux écoles de "
        "sages-femmes (session 2001), dont les épreuves auront lieu les 17 et 18 mai 2001, est ouvert dans les centres suivants : "
        "Amiens, Ajaccio, Angers, Besançon, [...]\nLes dossiers de candidature, constitués conformément à l'article 9 de l'arrêté "
        "du 5 février 1987 modifié, devront être déposés à la direction régionale des affaires sanitaires et sociales ou au "
        "centre d'examen avant le 1er avril 2001.\nLa note minimale requise pour être déclaré reçu au concours d'entrée aux écoles "
        "de sages-femmes est fixée par le jury.",
        [d("2001-04-01")],
        page_date="2001-02-28",
        distractors=[
            "du 28 Février 2001 (the official journal's issue)",
            "Arrêté du 15 février 2001 (the order's date, twice)",
            "les 17 et 18 mai 2001 (the exams)",
            "de l'arrêté du 5 février 1987 (another order)",
        ],
        note="a legal-texts site's copy of a midwifery schools' competition order",
    )
    p(
        "r11s-bo-internat-pharmacie-2001-visas",
        "https://solidarites-sante.gouv.fr/fichiers/bo/2001/01-38/a0382497.htm",
        "Bulletin Officiel n°2001-38\n\nArrêté du 6 juillet 2001 modifiant l'arrêté du 12 octobre 1989 modifié\nrelatif à "
        "l'organisation des concours d'internat en pharmacie\n\nSP 3 314\n2497\n\nNOR : MESH0122595A\n\n"
        "(Journal officiel du 1er septembre 2001)\n\n[...]\nVu le décret n° 89-739 du 12 octobre 1989 modifié relatif aux concours "
        "d'internat en pharmacie ;\nVu l'arrêté du 26 juillet 1983 modifié relatif à la détermination des interrégions ;\n[...]\n"
        "Vu l'avis du Conseil national de l'enseignement supérieur et de la recherche en date du 21 février 2000,\n\n"
        "Arrêtent :\n\nArt. 1er. - L'article 1er de l'arrêté du 12 octobre 1989 susvisé est modifié comme suit :",
        [],
        distractors=[
            "du 6 juillet 2001, du 12 octobre 1989, du 26 juillet 1983 (texts' dates)",
            "(Journal officiel du 1er septembre 2001) (publication)",
            "en date du 21 février 2000 (an opinion's date)",
        ],
        note="the health ministry's bulletin: an order amending the pharmacy internship competition, texts' dates only",
    )
    p(
        "r11s-bo-cnph-circulaire-2000",
        "https://solidarites-sante.gouv.fr/fichiers/bo/2000/00-21/a0211443.htm",
        "Bulletin Officiel n°2000-21Direction des hôpitaux\nSous-direction des personnels médicaux\nBureau des concours "
        "hospitaliers\n\nCirculaire DH/PM/PM3 2000-236 du 2 mai 2000 relative à l'examen des dossiers de candidature au concours "
        "national de praticien des établissements publics de santé\n\n[...]\n\n(Texte non paru au Journal officiel)\n\n"
        "Date d'application : immédiate.\n\nRéférences :\nDécret n° 99-517 du 25 juin 1999 organisant le concours national de "
        "praticien des établissements publics de santé ;\nArrêté du 28 juin 1999 relatif à l'organisation du concours national de "
        "praticien des établissements publics de santé ;\nArrêté portant ouverture du concours national de praticien des "
        "établissements publics de santé (en cours de publication).",
        [],
        distractors=[
            "du 2 mai 2000 (the circular)",
            "du 25 juin 1999, du 28 juin 1999 (texts' dates)",
        ],
        note="the same bulletin: a circular on how candidature files are examined, texts' dates only",
    )
    p(
        "r11s-cng-tours-recrutement-ph-2020",
        "https://www.cng.sante.fr/praticiens-hospitaliers/tour-de-recrutement",
        "Tour de recrutement\n\nLe département de gestion des praticiens hospitaliers organise deux tours de recrutement par an, "
        "l'un au printemps, l'autre à l'automne.\n\n[...]\n\nOrganisation des tours de recrutement 2020\n\n"
        "Les remontées d’informations des établissements via les ARS concernant les vacances de postes sont attendues :\n\n"
        "  • pour le tour de printemps :  le vendredi 13 mars 2020 au plus tard\n"
        "  • pour le tour d’automne     :  le vendredi 11 septembre 2020 au plus tard\n\n"
        "    Conformément aux articles R.6152-6 et R.6152-206 du CSP, les publications des postes proposés à la vacance seront "
        "publiées sur le site internet du CNG.\n\n    Publications de postes\n\n"
        "    Compte tenu de la forte mobilisation actuelle des établissements de santé dans l’épidémie de COVID-19, la publication "
        "des postes de praticien hospitalier du premier tour de recrutement de l’année 2020 va être reportée de 4 à 6 semaines "
        "(publication entre mi-mai et début juin).\n\n[...]\n\n    A titre exceptionnel, les lauréats de concours inscrits sur la "
        "liste d’aptitude qui perdait sa validité le 9 avril,  pourront faire acte de candidature.",
        [d("2020-03-13", kind="other"), d("2020-09-11", kind="other")],
        distractors=[
            "entre mi-mai et début juin (publication, vague)",
            "le 9 avril (a list's validity ended; year-less, undated page)",
        ],
        note="the national management centre for hospital doctors: the hospitals must send their vacancies 'au plus tard' "
        "those days, a step of the posts' owners like supervisors' offers (kind other), not the doctors' candidature",
    )
    p(
        "r11s-cnph-inscriptions-2023",
        "https://forum-concours.cap-public.fr/viewtopic.php?p=2839330&sid=713a0a09fcb46097f55f0ed97cd58971",
        "Concours 2023 Praticien hospitalier des établissements publics de santé\n\nPhilippe B\nAdministrateur\n"
        "Messages : 1469\nInscription : 31 mars 2004 13:09\n\n"
        "Concours 2023 Praticien hospitalier des établissements publics de santé\n\nMessage par Philippe B »\n\n"
        "Les inscriptions au concours pour devenir Praticien hospitalier des établissements publics de santé sont ouvertes du "
        "mardi 3 octobre 2023, 10 heures, heure de Paris au jeudi 26 octobre 2023 inclus (au plus tard à 17 heures, heure de "
        "Paris).\n\n\nArrêté du 25 septembre 2023 portant ouverture du concours national de praticien hospitalier des "
        "établissements publics de santé (session 2023)\n\nNOR : SPRH2325445A\n\nPar arrêté du ministre de la santé et de la "
        "prévention en date du 25 septembre 2023 :\n[...]\nII. - Les épreuves du concours sont organisées selon les modalités "
        "définies par l'arrêté du 25 septembre 2021 pris en application des articles R. 6152-301 et suivants du code de la santé "
        "publique",
        [d("2023-10-26", "17:00")],
        opens="2023-10-03",
        distractors=[
            "Inscription : 31 mars 2004 13:09 (the forum member's join date)",
            "du 25 septembre 2023 (the order's date, twice)",
            "du 25 septembre 2021 (another order)",
        ],
        note="a competitions forum relaying the national hospital-doctor competition: a registration window with times; the "
        "poster's 'Inscription :' line is his forum membership",
    )
    p(
        "r11s-jorf-2002-chef-de-service-delai",
        "https://juriblio.fr/docs/avis/134448737",
        "JORF n°143 du 21 juin 2002\n\nAvis\n\nLes candidats disposent d'un délai d'un mois à compter de la présente publication "
        "pour faire acte de candidature aux fonctions de chef de service ou de chef de département publiées ci-après.\n"
        "Peuvent faire acte de candidature :\n1° Les professeurs des universités-praticiens hospitaliers ;\n[...]\n"
        "Conformément aux dispositions de l'arrêté du 19 juillet 2000 relatif aux modalités de dépôt de candidatures pour la "
        "nomination aux fonctions de chef de service ou de département dans les établissements publics de santé, visés à "
        "l'article R. 714-21-1 du code de la santé publique, chaque dossier doit comprendre :",
        [],
        page_date="2002-06-21",
        distractors=[
            "JORF n°143 du 21 juin 2002 (the journal's issue)",
            "de l'arrêté du 19 juillet 2000 (an order)",
        ],
        note="an official notice giving a month from its publication to apply: a relative term, which the rules do not "
        "compute, so no day is expected",
    )
    p(
        "r11s-jorf-2004-type-3-condition",
        "https://juriblio.fr/arretes/arrete-du-20-decembre-2004/134476722/titre-ii/concours-de-type-3-organises-en-application-de-l-article-62-b-du-decret-no-84-135-du-24-fevrier-1984",
        "(Cf. annexe II)\nPeuvent faire acte de candidature :\nLes praticiens hospitaliers régis par le décret n° 84-131 du 24 "
        "février 1984, classés au moins au 6e échelon de leur corps au 1er janvier de l'année du concours, ayant exercé une "
        "activité enseignante universitaire dans les conditions prévues par leur statut particulier.",
        [],
        distractors=[
            "du 24 février 1984 (a decree)",
            "au 1er janvier de l'année du concours (a condition)",
        ],
        note="an order on a university hospital competition: a condition of seniority at a year-less day",
    )
    p(
        "r11s-jorf-2002-ph-conditions",
        "https://juriblio.fr/docs/avis/134434304/270926410",
        "JORF n°62 du 14 mars 2002\n\nConditions de candidature\n\nEn application de l'article 12 du décret n° 84-131 du 24 "
        "février 1984 modifié portant statut des praticiens hospitaliers, peuvent faire acte de candidature aux postes vacants de "
        "praticien hospitalier à temps plein :\n- les praticiens hospitaliers (temps plein), candidats à la mutation, comptant au "
        "moins trois années de fonctions effectives dans un même service, sauf dérogation exceptionnelle accordée par le ministre "
        "chargé de la santé.",
        [],
        page_date="2002-03-14",
        distractors=[
            "JORF n°62 du 14 mars 2002 (the journal's issue)",
            "du 24 février 1984 (a decree)",
        ],
        note="an official notice of vacant hospital posts: the conditions part, no closing in the quoted text",
    )
    p(
        "r11s-admi-2008-ph-temps-partiel",
        "https://admi.net/jo/20080429/SJSH0810541V.html",
        "Avertissement : les modalités de candidature, de nomination et d'affectation des praticiens hospitaliers à temps partiel "
        "ont été modifiées par le décret n° 2006-1221 du 5 octobre 2006 relatif aux personnels médicaux, pharmaceutiques et "
        "odontologiques hospitaliers et modifiant le code de la santé publique (dispositions réglementaires). Il est recommandé de "
        "s'y référer (cf. art. R. 6152-201 et suivants du code de la santé publique).\nConditions de candidature\n"
        "En application de l'article R. 6152-206 du code de la santé publique, portant statut des praticiens exerçant leur "
        "activité à temps partiel dans les établissements d'hospitalisation publics, peuvent faire acte de candidature aux postes "
        "vacants de praticiens hospitaliers à temps partiel :",
        [],
        distractors=["du 5 octobre 2006 (a decree)"],
        note="a legal-texts site's copy of a notice of part-time hospital posts: a decree's date before the conditions",
    )
    p(
        "r11s-letudiant-paramedical-2008",
        "https://www.letudiant.fr/etudes/medecine-sante/inscription-mode-d-emploi.html",
        "Actu\n\nInscriptions, mode d'emploi\n\npublié le 12 novembre 2008\n1 min\n\nFormations paramédicales\n\n"
        "Accrochez-vous ! La plupart des formations paramédicales sont accessibles sur concours et mènent en trois ou quatre ans à "
        "un diplôme d’État (DE). [...] Le nombre de places est fixé chaque année par l’État. En 2008, par exemple, il était de 30 "
        "282 pour les infirmiers. [...]\n\nQuand s’inscrire ? Renseignez-vous au plus tôt sur le calendrier exact des "
        "inscriptions.",
        [],
        page_date="2008-11-12",
        distractors=["publié le 12 novembre 2008 (publication)", "En 2008"],
        note="a students' magazine guide to paramedical competitions: a publication stamp, no date to send by",
    )
    p(
        "r11s-e-orthophonie-2018",
        "http://e-orthophonie.fr/le-numerus-clausus-2018-en-orthophonie/",
        "L’arrêté du 4 Avril 2017 fixe le nombre d’étudiants à admettre en première année d’études préparatoires au certificat "
        "de capacité d’orthophoniste. Découvrez l’arrêté en suivant ce lien.\n\n[...]\n\n"
        "Depuis la publication de cet arrêté, nous avons appris l’ouverture d’une nouvelle école à Brest. Ce sera la vingtième. "
        "Si l’Université a confirmé cette ouverture, il n’y a, pour l’instant, pas d’informations officielles sur les modalités "
        "d’inscription. Le concours se déroulant sûrement au printemps, à rebours donc des autres écoles, dont la plupart des "
        "écrits d’admission se déroulent entre février et avril. Mais à la même période que ceux de Marseille (12 juin), Rouen "
        "(18 mai) et Clermont-Ferrand (4 mai).",
        [],
        distractors=[
            "L’arrêté du 4 Avril 2017 (an order)",
            "entre février et avril (vague)",
            "(12 juin), (18 mai), (4 mai) (written exams; year-less, undated page)",
        ],
        note="a speech-therapy students' site: exam days in brackets, no registration date",
    )
    p(
        "r11s-uca-ed-sf-attribution",
        "https://sf.ed.uca.fr/financement-doctoral/contrat-doctoral-allocations-ministerielles/procedure-d-attribution-des-contrats-doctoraux-en-ed-sf-75516.kjsp?RH=1732967812646305",
        "L’attribution des allocations s’effectue alors de la façon suivante :\n  • 2/3 des allocations de thèse sont attribuées "
        "sous forme d’une dotation de base entre les cinq grands champs disciplinaires qui structurent l’ED à savoir : "
        '"Mathématiques", "Physique", "Sciences de la Terre", "Sciences de l’atmosphère" et "Chimie". Lors de la deuxième '
        "quinzaine de Juin, des jurys disciplinaires (un jury par grand champ thématique) examinent les différentes propositions "
        "et auditionnent les candidats ayant postulés sur chacune d’entre elles.\n[...] La sélection des couples "
        '"sujets/doctorants" retenus pour ces allocations est faite, toutes disciplines confondues, par le Conseil de l’école '
        "doctorale réuni en séance plénière mi-juin, au vue des propositions faites par les jurys disciplinaires.",
        [],
        distractors=[
            "Lors de la deuxième quinzaine de Juin (juries, vague)",
            "mi-juin (the council, vague)",
        ],
        note="a doctoral school's procedure: juries and a council in vague halves of a month",
    )
