"""Round 9 of the real passages (schools and unions): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r9s-letudiant-ecandidat-calendrier-heterogene",
        "https://www.letudiant.fr/etudes/3es-cycles-et-masters/ecandidat-comment-postuler-en-master.html",
        "Ecandidat : comment postuler en master ?\n\n"
        "Par Amélie Petitdemange, publié le 13 May 2020\n"
        "5 min\n\n"
        "Pour postuler en master, vous devez vous inscrire sur la plateforme ecandidat de chacune des universités que vous visez. Mode d’emploi.\n"
        "[...]\n"
        "Un calendrier hétérogène\n\n"
        "Les dates de candidature sont très variables : certaines composantes permettent de postuler sur ecandidat entre février et avril, "
        "d’autres entre mai et juin, et certaines jusqu’en juillet. La fac de droit de l’université de Marseille accepte par exemple les "
        "candidatures du 9 avril au 12 mai et la fac de droit de l’université de Nanterre du 18 mai au 1er juin.\n\n"
        "Les dates de résultats sont davantage coordonnées. En 2017, les commissions de la formation et de la vie universitaire ont en effet "
        "souhaité que toutes les universités communiquent leurs résultats le 22 juin.",
        [d("2020-06-01")],
        opens="?",
        page_date="2020-05-13",
        distractors=[
            "13 May 2020 (published on)",
            "entre février et avril, entre mai et juin, jusqu’en juillet (vague)",
            "du 9 avril au 12 mai (Marseille's window, closed the day before the article)",
            "le 22 juin (results in 2017)",
        ],
        note="student press on master applications, two faculties' windows given as examples without a year: Nanterre's (18 May to "
        "1 June) is still ahead on the page date, so 1 June 2020 is a deadline; Marseille's ended on 12 May, the day before the article, "
        "and the page-date rule would push it to 12 May 2021, a date nobody announced: labelled as no deadline by what a subscriber "
        "needs (doubt); two windows, so the opening is not scored",
    )
    p(
        "r9s-parisdescartes-ed436-practical-information",
        "https://ecolesdoctorales.parisdescartes.fr/ed436_eng/Candidates-to-Doctoral-School/Doctoral-Contract/Practical-Information",
        "Practical Information\n\n"
        "1: Contact the Thesis Director and the responsible of the Doctorates Research Team\n"
        "The subjects of the thesis offered by each team are published on the Doctoral School website during March.\n\n"
        "2: Register to compete for the doctoral grants\n"
        "With the agreement of the thesis director, of the responsible of the Doctorates Research Team and of the affiliated research "
        "branch’s director, the candidates can drop off a registration form to the secretary of the Doctoral School during april within the "
        "terms defined each year.\n\n"
        "If the registration is applicable, the candidate receives by email with acknowledgement of receipt, its notification for the audition.\n"
        "[...]\n"
        "The contracts are allocated at the end of the auditions organized in june by the managing team of the Doctoral School to the "
        "students that have applied for the audition for the doctoral contract.",
        [],
        distractors=[
            "during March (subjects published)",
            "during april (registration, a month only)",
            "in june (hearings)",
        ],
        note="a doctoral school's English page on doctoral contracts: every step is a month without a day or year, so nothing",
    )
    p(
        "r9s-unistra-selection-master-m1",
        "https://www.unistra.fr/actualites-unistra/detail-actualite-archivee/11649-la-selection-en-master-entre-en-application-a-luniversite-de-strasbourg",
        "Avril et mai : deux mois printaniers qui coïncident également avec la période de dépôt des candidatures aux formations "
        "universitaires. Cette année, la procédure évolue pour les masters : la sélection n’intervient plus à l’entrée en deuxième année "
        "(M2), mais à l’entrée en master 1 (M1). À titre dérogatoire ou transitoire, une sélection peut encore avoir lieu en M2 dans "
        "certaines formations (par exemple les masters en droit).\n"
        "[...]\n"
        "La loi du 23 décembre 2016 introduit une autre nouveauté, de taille : un « droit à la poursuite d’études ». Le rectorat s’engage à "
        "faire trois propositions alternatives (pas forcément dans la même académie) aux étudiants qui n’auraient reçu aucune réponse "
        "favorable à leurs candidatures.\n"
        "[...]\n"
        "Attention au calendrier, qui diffère d’une filière à l’autre. Reportez-vous aux sites de l’université et des\n"
        "composantes pour retrouver modalités et calendrier de candidature",
        [],
        distractors=["Avril et mai (the filing season, months only)", "23 décembre 2016 (a law)"],
        note="a university's archived news on selection moving from M2 to M1: a season and a law, no deadline",
    )
    p(
        "r9s-amu-desc-inscriptions-date-a-venir",
        "https://medecine.univ-amu.fr/fr/desc-diplome-detudes-specialisees-medecine-complementaires-annees-dinternat-post-internat",
        "Diplômes d'études spécialisées complémentaires de médecine (DESC) : inscriptions\n\n"
        "Procédure d'inscription administrative aux formations complémentaires de 3e cycle des études médicales (internat).\n"
        "[...]\n"
        "  • Attaché et Attaché-Associé effectuant au moins six vacations hospitalières hebdomadaires dans le service agréé - décret "
        "n°81-211 du 30 mars 1981 modifié\n\n"
        "IMPORTANT : les fonctions ci-dessus sont prises en compte pour la validation de la dernière année du DESC à la condition qu’elles "
        "soient exercées sur la totalité de la dernière année du cursus (du 1er novembre 2019 au 31 octobre 2020 inclus).\n\n"
        "Demande d'inscription\n\n"
        "  1. Avant de transmettre la fiche d'autorisation d'inscription, demandez un relevé d’internat faisant mention des stages validés - au "
        "service scolarité par email : medecine-scol-cycle3@univ-amu.fr\n"
        "  2. Transmettez la fiche d'inscription aux enseignants responsables\n"
        "  3. Adressez le dossier d'inscription au service de la scolarité bureau du 3e cycle, par courrier ou sur place sans rendez-vous\n\n"
        "Date des inscriptions : (date à venir) \n\n"
        "  • Tout dossier incomplet sera refusé et retourné sans délai.",
        [],
        distractors=[
            "30 mars 1981 (a decree)",
            "du 1er novembre 2019 au 31 octobre 2020 inclus (the year of duties that must be served, a condition)",
        ],
        note="a faculty of medicine's enrolment page for complementary specialty diplomas: the enrolment date is 'to come'; the only "
        "window is the period over which the duties must be held, a condition, not a sending window",
    )
    p(
        "r9s-aipbl-commission-agrement-mi-mars",
        "https://www.aipbl.com/filière-internat/infos-répart-interchu/",
        "Informations Générales (Répartition et InterCHU)\n\n"
        "1.      La commission d’agrément\n\n \n\n"
        "Les Services hospitaliers et extra-hospitaliers accueillant les internes sont agréés annuellement par l’ARS, après avis des "
        "Commissions Régionales chargées de l’agrément. Elles se réunissent une fois par an, en mai-juin. Cette commission juge de l’aptitude "
        "d’un service à encadrer et former des internes. Elle se base sur une demande d’agrément constituée par le service souhaitant "
        "accueillir des internes. Ces demandes sont à adresser à l’ARS en général pour mi-mars au plus tard. Cet agrément est indispensable à "
        "la suite de la procédure d’ouverture de poste.",
        [],
        distractors=[
            "en mai-juin (the commissions meet)",
            "pour mi-mars au plus tard (the services' requests, vague)",
        ],
        note="a pharmacy interns' association on the approval of training posts: the only sending step is the services' request, "
        "by mid-March, a vague date and not the interns' own step",
    )
    p(
        "r9s-hupso-psychomotricien-parcoursup-2022",
        "https://www.hupso.co/concours-psychomotricien/article/dates-concours-psychomotricien",
        "Quelles sont les dates d’inscription au concours psychomotricien ?\n"
        "Le calendrier d’inscription au concours psychomotricien est celui de la Plateforme Parcoursup pour les candidats au concours "
        "d’entrée en première année. Par exemple, pour la session 2022, les inscriptions ont lieu en deux temps :\n"
        "- Du 20 janvier au 29 mars 2022 : inscription et saisie des voeux. C’est la phase de création de votre dossier et de saisie de vos "
        "voeux.\n"
        "- Du 29 mars au 8 avril 2022 : confirmation des voeux. C’est le moment de vérifier que tout est en ordre, notamment pour la "
        "transmission des notes des lycéens. Vous pouvez à ce stade transmettre les derniers documents complémentaires demandés par les "
        "formations.\n"
        "De manière générale, les inscriptions au concours d’entrée en première année de psychomotricité ont donc lieu de mi-janvier à "
        "mi-mars, avec la possibilité de joindre par exemple une attestation de scolarité en classe prépa ou des attestations de stage "
        "jusqu’à début avril.",
        [d("2022-03-29"), d("2022-04-08", kind="other")],
        opens="2022-01-20",
        distractors=[
            "session 2022 (a year)",
            "de mi-janvier à mi-mars, jusqu’à début avril (vague)",
        ],
        note="a preparation company's guide to psychomotor-therapist admissions: two calendar lines, wishes entered by 29 March "
        "(the candidature) and confirmed by 8 April; the rules make a confirmation 'other', though on Parcoursup an unconfirmed "
        "wish is lost and documents are still sent then (doubt on the kind)",
    )
    p(
        "r9s-cnp-psychomotriciens-admission",
        "https://cnp-psychomotriciens.fr/?p=125",
        "Devenir psychomotricien\n\n"
        "L’article R4332 du 8 août 2004 du Code de la Santé Publique relatif aux études préparatoires au Diplôme d’État de Psychomotricien "
        "détaille les modalités de la scolarité, de l’enseignement et du Diplôme d’État.\n"
        "[...]\n"
        "Admission\n\n"
        "Les modalités d’inscription suivent la procédure nationale Parcoursup et la sélection par dossier. Une dérogation existe pour une "
        "sélection par concours pour certains instituts de formation de psychomotriciens.\n\n"
        "Les attendus et critères nationaux sont détaillés dans l’Annexe II du Journal Officiel n°0020 du 24 janvier 2020 texte n° 9.\n"
        "[...]\n"
        "L’arrêté du 1er juillet 2022 fixe le nombre d’étudiants à admettre en première année d’études préparatoires au Diplôme d’État de "
        "psychomotricien au titre de l’année universitaire 2022-2023 à 1 127 étudiants répartis dans les régions comme suit :",
        [],
        distractors=[
            "8 août 2004 (a code article)",
            "24 janvier 2020 (an official journal)",
            "1er juillet 2022 (an arrêté)",
            "2022-2023 (the academic year)",
        ],
        note="a professional council's page on becoming a psychomotor therapist: texts and quotas, no call",
    )
    p(
        "r9s-tricoteuses-passerelle-justificatifs-1er-octobre",
        "https://legal.tricoteuses.fr/articles/LEGIARTI000039662900",
        "Article 5 AUTONOME VIGUEUR, en vigueur depuis le (Arrêté du 24 mars 2017 relatif aux modalités d'admission directe en deuxième ou "
        "troisième année des études médicales, odontologiques, pharmaceutiques ou de sage-femme)\n"
        "[...]\n"
        "Après examen des dossiers de candidature, chaque jury retient un nombre de candidats au plus égal au double du nombre de places "
        "fixé, pour chaque formation par l'université dans le cadre de la détermination de ses capacités d'accueil en deuxième ou troisième "
        "année des formations de médecine, pharmacie, odontologie ou maïeutique.\n\n"
        "Ces candidats sont convoqués individuellement à un entretien avec le jury.\n"
        "[...]\n"
        "Les candidats admis qui n'auraient pas fourni le 15 mars les justificatifs des pièces mentionnées à l'article 2 du présent arrêté "
        "présentent ces documents au plus tard le 1er octobre de l'année considérée, sous peine de perdre le bénéfice de leur admission.",
        [],
        distractors=[
            "24 mars 2017 (the arrêté)",
            "le 15 mars (documents not supplied by then, no year)",
            "au plus tard le 1er octobre de l'année considérée (a yearly rule, no year)",
        ],
        note="a legal site's copy of the bridge-admission rules for health studies: 'au plus tard le 1er octobre' is a sending step in "
        "form, but it is followed by 'de l'année considérée' and the page has no date, so nothing",
    )
    p(
        "r9s-sfma-passerelles-recevabilite",
        "https://sfma-sf.fr/?p=2816",
        "À partir de la rentrée 2021, la procédure Passerelles, qui permet aux titulaires de certains titres ou diplômes, d’accéder "
        "directement en 2e ou 3e année d’une des quatre filières du cursus santé (Médecine, Odontologie, pharmacie et maïeutique) est "
        "organisée par chaque université dispensant des formations en Santé.\n\n"
        "Chaque candidat est donc invité à se renseigner auprès de l’université auprès de qu’il souhaite accéder à la formation de "
        "sages-femmes.\n\n"
        "L’arrêté du 24 mars 2017, précise la liste des établissements relevant de chaque centre d’examen auquel sont transmis les dossiers "
        "des candidats.\n"
        "[...]\n"
        "Conditions de recevabilité de la candidature\n\n"
        "Les candidats doivent, au plus tard au 1er octobre de l’année considérée être titulaires :",
        [],
        distractors=[
            "À partir de la rentrée 2021 (when a rule applies)",
            "24 mars 2017 (an arrêté)",
            "au plus tard au 1er octobre de l’année considérée (a condition of diplomas held)",
        ],
        note="a midwifery society on bridge admissions: a rule's start, an arrêté and a condition, no deadline",
    )
    p(
        "r9s-upec-ergotherapeutes-hors-ue-2019",
        "http://ergotherapie.u-pec.fr/admission/acces-ergotherapeute-hors-union-europeenne/",
        "Ergothérapeutes hors Union Européenne\n\n"
        "Publié le 21 décembre 2018 Mis à jour le 16 janvier 2019\n\n"
        "Vous êtes ergothérapeute étranger extra-communautaire et vous souhaitez vous inscrire à l'institut de formation en ergothérapie, "
        "voici la procédure à suivre.\n\n"
        "Les inscriptions se déroulent en ligne du 7 janvier au 22 mars 2019 : Inscription en ligne\n\n"
        "Calendrier :\n"
        "• Epreuve d’admissibilité (Ecrite): 07 Mai à 13h30\n"
        "• Epreuve d’admission (Orale): 15 Mai à 09h30\n"
        "• Jury d’admission : 14 Juin 2019\n"
        "• Communication des résultats : à partir du 17 juin 2019\n"
        "• Confirmation par le candidat de l’admission : fin juin 2019\n"
        "• Inscription définitive : à partir du 08 juillet 2019\n"
        "• Entrée en formation : septembre 2019\n\n"
        "Documents à remettre sous 10 jours :",
        [d("2019-03-22")],
        opens="2019-01-07",
        page_date="2019-01-16",
        distractors=[
            "21 décembre 2018, 16 janvier 2019 (published, updated)",
            "07 Mai à 13h30 (written exam)",
            "15 Mai à 09h30 (oral exam)",
            "14 Juin 2019 (admission jury)",
            "à partir du 17 juin 2019 (results)",
            "fin juin 2019 (confirmation, vague)",
            "à partir du 08 juillet 2019 (final enrolment opens)",
            "septembre 2019 (start of the course)",
            "sous 10 jours (a relative delay)",
        ],
        note="a university occupational-therapy institute, route for therapists with non-EU diplomas: the online registration window is "
        "the one sending step; the exams' year-less days resolve after the page date and are events anyway",
    )
    p(
        "r9s-reseauprosante-admission-ifmk-2022",
        "https://reseauprosante.fr/articles/show/admission-en-ifmk-le-point-pour-la-rentree-2022-1941",
        "Admission en IFMK, le point pour la rentrée 2022\n\n"
        "Publié le 30 May 2022 à 15:05\n\n"
        "Acte 1 : La réforme de l’admission aux filières MPOM-K\n"
        "Initiée le 12 octobre 2018 par la ministre de la Santé et de la Solidarité, Agnès Buzin et par la ministre de l’Enseignement "
        "Supérieur et de l’Innovation Frédérique Vidal, la réforme se matérialise 13 mois plus tard par la parution au JO des décrets et de "
        "l’arrêté du 4 novembre 2019 relatif à l’accès aux formations de médecine, de pharmacie, d’odontologie et de maeutique (1).\n"
        "[...]\n"
        "Acte 2 : Janvier 2020 le texte pour les kinés\n"
        "La filière kinésithérapie est traitée de manière spécifique par un arrêté publié en janvier 2020 relatif à l'admission dans les "
        "instituts préparant au diplôme d'État de masseurkinésithérapeute (2).",
        [],
        page_date="2022-05-30",
        distractors=[
            "30 May 2022 à 15:05 (published on)",
            "12 octobre 2018 (the reform was launched)",
            "4 novembre 2019 (an arrêté)",
            "janvier 2020 (an arrêté, month only)",
            "rentrée 2022 (a year)",
        ],
        note="a health-jobs site's article on physiotherapy-school admissions: the reform's history, no call",
    )
    p(
        "r9s-ordremk-passerelle-31-mars-chaque-annee",
        "https://www.ordremk.fr/actualites/etudiants/acces-aux-etudes-de-medecine-aux-diplomes-paramedicaux-engagement-tenu/",
        "Les kinésithérapeutes pourront donc, sous certaines conditions, suivre des études médicales, odontologiques, pharmaceutiques ou de "
        "sage-femme sans avoir à passer les épreuves du concours de fin de première année commune aux études de santé (PACES) et pourront "
        "accéder directement en deuxième ou troisième année d’études. Ils devront, pour être éligibles à ce dispositif, remplir certaines "
        "conditions :\n"
        "- justifier d’un exercice professionnel de deux ans à temps plein\n"
        "- être titulaires d’un diplôme sanctionnant au moins trois années d’études supérieures\n"
        "Le nombre de places affectées à chaque filière sera fixé par un arrêté.\n"
        "Les candidats devront présenter un dossier de candidature, au plus tard le 31 mars de chaque année, auprès d’une unité de formation "
        "et de recherche médicale, odontologique ou pharmaceutique, ou d’une structure dispensant la formation de sage-femme.",
        [],
        distractors=[
            "au plus tard le 31 mars de chaque année (a yearly rule, no year, undated page)"
        ],
        note="the physiotherapists' order on the bridge into medical studies: a sending step in form, but yearly and year-less on a page "
        "with no date, so unresolvable",
    )
    p(
        "r9s-snmkr-conditions-admission",
        "http://snmkr.fr/la-profession/formation-initiale/conditions-dadmission/",
        "Pour être admis à effectuer les études préparatoires au diplôme d’Etat de Masseur Kinésithérapeute, le candidat doit remplir un "
        "certain nombre des conditions…\n\n"
        "Conditions\n\n"
        "  1. Être âgé de 17 ans au moins au 31 décembre de l’année du concours. Il n’est pas prévu d’âge limite supérieur. Aucune dispense "
        "d’âge n’est accordée.\n"
        "  2. Remplir les conditions d’aptitude physique, c’est-à-dire ne pas être atteint d’une affection d’ordre physique ou "
        "psycho-pathologique incompatible avec l’exercice de la profession, et avoir satisfait aux obligations vaccinales prévues aux "
        "articles L.3111-4 (ex L. 10) et L.3112-1 + L.3821-6 (ex L. 215) du Code de la Santé Publique. L’obligation de vaccination "
        "anti-grippale prévue à l’article L3111-4 a été suspendue par le Décret n° 2006-1260 du 14 octobre 2006. L’INPES rappelle les "
        "vaccinations obligatoires dans son guide 2012 pour les personnels de santé.Un nouvel arrêté est paru au JO le 13 août 2013 : Arrêté "
        "du 2 août 2013 fixant les conditions d’immunisation des personnes mentionnées à l’article L. 3111-4 du code de la santé "
        "publique.Conformément à l’article 44 de l‘arrêté du 21 avril 2007, l’admission définitive dans un institut de formation est "
        "subordonnée :\n"
        "    • À la production, au plus tard le premier jour de la rentrée, d’un certificat établi par un médecin agréé attestant que "
        "l’étudiant ne présente pas de contre-indication physique et psychologique à l’exercice de la profession ;",
        [],
        distractors=[
            "17 ans au moins au 31 décembre de l’année du concours (an age condition)",
            "14 octobre 2006, 2 août 2013, 21 avril 2007 (texts)",
            "13 août 2013 (an official journal)",
            "au plus tard le premier jour de la rentrée (no date)",
        ],
        note="a physiotherapists' union on admission conditions: an age condition, texts, and a certificate due on an undated first day",
    )
    p(
        "r9s-chu-poitiers-ergotherapie-modalites",
        "http://www.chu-poitiers.fr/specialites/institut-formation-ergotherapie/modalites-dadmission/",
        "Modalités d’admission\n\n"
        "CONDITIONS D’AGE\n\n"
        "Etre âgé de 17 ans au moins au 31 décembre de l’année du concours.\n\n"
        "CONDITIONS DE TITRES\n\n"
        "Etre titulaire du :\n\n"
        "  • Baccalauréat français ou d’un titre admis en dispense hors territoire français (délivré par l’État) ;\n"
        "[...]\n"
        "  • Justifier d’une expérience professionnelle d’une durée de cinq ans ayant donné lieu à cotisation à la sécurité sociale ou d’une "
        "activité assimilée telle que définie à l’annexe II de l’arrêté du 23 décembre 1987 relatif à l’admission dans les écoles préparant "
        "aux diplômes d’État d’ergothérapeute.\n"
        "[...]\n"
        "DISPENSES\n\n"
        "Selon l’article 31 de l’Arrêté du 5 juillet 2010 relatif au diplôme d’État d’ergothérapeute, les titulaires du diplôme d’État "
        "d’infirmier obtenu avant 2012, d’un des diplômes mentionnés aux titres II à VII du livre III de la quatrième partie du code de la "
        "santé publique, du diplôme d’Etat de sage-femme, d’une licence et les personnes ayant accompli et validé le premier cycle des études "
        "médicales peuvent se voir dispensées des épreuves d’admission",
        [],
        distractors=[
            "31 décembre de l’année du concours (an age condition)",
            "23 décembre 1987, 5 juillet 2010 (arrêtés)",
            "avant 2012 (a condition, a year)",
        ],
        note="a university hospital's occupational-therapy institute: conditions and texts only",
    )
    p(
        "r9s-aphp-cfpph-rentree-2024",
        "https://cfdc.aphp.fr/cfpph/",
        "PROCHAINE RENTREE\n"
        "La rentrée des élèves préparateurs en pharmacie hospitalière aura lieu le lundi 2 septembre 2024\n"
        "La prise en charge de vos études par la Région ou autre organisme\n"
        "> Consultez l'article pour en savoir plus.\n"
        "Taxe d’apprentissage 2024 : faites le choix d’aider les jeunes à devenir professionnels de santé à l’AP-HP !\n"
        "[...]\n"
        "Ouverture des inscriptions pour 3 formations continues à l’attention des préparateurs en pharmacie hospitalière :\n"
        'Les formations "Dispositif d’accompagnement a la VAE -module : préparation a la rédaction du livret II", "La fonction tutorale des '
        'préparateurs en pharmacie hospitalière" et "Amélioration de la prise en charge médicamenteuse du patient : comment apprendre de ses '
        'erreurs ?" sont ouvertes à l\'inscription. > Pour en savoir plus, cliquez sur l\'onglet "formation continue" du CFPPH\n'
        "Les formations continues de l'AP-HP : le catalogue 2024 est paru.",
        [],
        distractors=[
            "lundi 2 septembre 2024 (start of the school year)",
            "Taxe d’apprentissage 2024, catalogue 2024 (years)",
        ],
        note="a hospital pharmacy technicians' school home page: the start of the year and courses open for registration without a "
        "date, no deadline and no dated opening",
    )
    p(
        "r9s-juriblio-annee-recherche-contrats-non-conclus-2023",
        "https://juriblio.fr/arretes/arrete-du-7-juillet-2023/182053781/article-2",
        "JORF n°0162 du 14 juillet 2023\n\n"
        "Article 2\n"
        "[...]\n"
        "Les contrats d'année recherche de médecine non conclus au 1er août 2023 sont répartis entre l'ensemble des unités de formation et "
        "de recherche de médecine d'une même région. Cette répartition est réalisée par les directeurs d'unités de formation et de "
        "recherche, sur le fondement du classement de la commission régionale de sélection mentionnée au I de l'article 3 de l'arrêté du 4 "
        "octobre 2006 susvisé.\n"
        "Les contrats d'année recherche de pharmacie et de médecine non conclus au 1er septembre 2023 sont répartis entre l'ensemble des "
        "unités de formation et de recherche de médecine et de sciences pharmaceutiques d'une même région et interrégion. Cette répartition "
        "est réalisée par les agences régionales de santé, sur le fondement du classement des commissions de sélection mentionnées à "
        "l'article 3 de l'arrêté du 4 octobre 2006 susvisé.\n"
        "Les contrats d'année recherche non conclus au 1er octobre 2023 feront l'objet, par arrêté, d'une nouvelle répartition nationale.",
        [],
        distractors=[
            "14 juillet 2023 (the official journal)",
            "au 1er août 2023, au 1er septembre 2023, au 1er octobre 2023 (contracts not concluded by then are redistributed)",
            "4 octobre 2006 (an arrêté)",
        ],
        note="a legal site's copy of the yearly research-year arrêté: the dates are cut-offs after which unsigned contracts are "
        "redistributed between faculties; nothing is sent by a candidate, labelled as no deadline (doubt: an intern with a contract "
        "to sign might want 1 August)",
    )
    p(
        "r9s-whatsupdoc-appariement-2025-sans-annee",
        "https://www.whatsupdoc-lemag.fr/article/appariement-2025-la-course-aux-choix-des-internes-commence",
        "Cette première phase, qui s’achèvera le 21 août à 23h59, n’est pas obligatoire, mais elle est fortement recommandée. Elle vous "
        "permet de tester vos choix, de vous familiariser avec l’algorithme de Gale et Shapley qui gère l’attribution des postes, et "
        "d’anticiper les effets de vos classements de vœux. Vous devez saisir au moins 40 vœux pour entrer dans la procédure, un seuil "
        "minimum qu’il vaut mieux dépasser pour éviter toute mauvaise surprise.\n"
        "[...]\n"
        "D'abord la phase de simulation puis les tours blancs\n"
        "Viendra ensuite, du 1er au 8 septembre, la phase des tours à blanc. Cette fois, elle est obligatoire.\n"
        "[...]\n"
        "Les affectations définitives prévues le 9 septembre\n"
        "Le moment de vérité interviendra le 9 septembre. À partir de 14 heures et jusqu’à minuit, vous devrez confirmer vos vœux "
        "définitifs. Les résultats seront publiés le lendemain, le 10 septembre à 16 h 30, et vous saurez enfin dans quelle spécialité et "
        "quelle subdivision vous effectuerez votre internat.\n\n"
        "Pour ceux qui n’auront pas obtenu d’affectation à cette étape, une phase complémentaire sera ouverte dès le 10 septembre à 17 "
        "heures.",
        [],
        distractors=[
            "le 21 août à 23h59 (end of an optional simulation, no year)",
            "du 1er au 8 septembre (compulsory rounds, no year)",
            "le 9 septembre, jusqu’à minuit (final wishes, no year)",
            "le 10 septembre à 16 h 30 (results)",
            "dès le 10 septembre à 17 heures (complementary phase opens)",
        ],
        note="a young doctors' magazine on the 2025 matching of future interns: the year is only in the page's address and the page "
        "shows no date, so every day is unresolvable; a subscriber would want 9 September 2025 at 23:59 (final wishes, a choice of "
        "posts, kind other) - the documented limit",
    )
    p(
        "r9s-letudiant-futurs-internes-voeux-2021",
        "https://www.letudiant.fr/etudes/medecine-sante/futurs-internes-en-medecine-faites-vos-voeux.html",
        "Futurs internes en médecine : faites vos vœux !\n"
        "À compter du samedi 31 juillet 2021, les futurs internes en médecine pourront pré-sélectionner le poste qu’ils occuperont dès "
        "novembre prochain. Un choix décisif pour la suite de leur carrière car il définit à la fois la spécialité et le CHU de rattachement "
        "de leur internat.\n"
        "[...]\n"
        "La phase de simulation de vœux à partir du 31 juillet 2021\n"
        "L'affectation des postes se fera en deux étapes : d’abord, la phase de simulation de vœux et un mois plus tard, la procédure "
        "définitive. Dès le samedi 31 juillet 2021, une fois connecté au site CELINE, vous pourrez sélectionner les postes qui vous "
        "intéressent.\n"
        "[...]\n"
        "Vous pouvez faire autant de vœux que vous le souhaitez sans vous soucier du classement aux ECN. Seule contrainte : vous devrez tout de "
        "même les classer par ordre de préférence. Cette phase court jusqu’au moment du choix définitif.",
        [],
        opens="?",
        distractors=[
            "samedi 31 juillet 2021 (the simulation of wishes opens)",
            "dès novembre prochain (the post starts)",
            "jusqu’au moment du choix définitif (no date)",
        ],
        note="student press on the choice of interns' posts: only the start of a simulation phase is dated; whether the opening of a "
        "choice of posts is an application's opening is not settled by the rules, so it is not scored",
    )
    p(
        "r9s-unice-ed-svs-reinscription-2024",
        "http://www.unice.fr/ed-svs/fr/site/re-inscription-these.php",
        "Ré-inscription en thèse\n\n"
        "La préparation du doctorat s'effectue, en règle générale, en 3 ans. Des dérogations peuvent être accordées, par le chef "
        "d'établissement, sur proposition du directeur de l'école doctorale et après avis du directeur de thèse et du Conseil de l'Ecole "
        "Doctorale, sur demande motivée du candidat (arrêté du 07/08/2006 a. 15) .\n\n"
        "Une nouvelle inscription administrative est obligatoire chaque année (arrêté du 7 août 2006 a. 14) sous peine d'être considéré comme "
        "ayant abandonné la thèse.\n"
        "[...]\n"
        "Procédure pour les directeurs de thèse :\n\n"
        "Le directeur de thèse recevra un email d'ADUM l'invitant à émettre un avis.\n"
        "Voir Tutoriel d'utilisation\n\n"
        "Date limite pour une demande de réinscription en 2ème ou 3ème année de thèse\n"
        " \n"
        "12 SEPTEMBRE 2024\n\n"
        "Inscription dérogatoire pour une 4ème année ou une 5ème année",
        [d("2024-09-12", kind="other")],
        distractors=["07/08/2006, 7 août 2006 (an arrêté)"],
        note="a life-sciences doctoral school's re-enrolment page: the date sits on its own line under a 'Date limite' label with no "
        "colon; re-enrolment is administrative (other)",
    )
    p(
        "r9s-cergy-journee-accueil-doctorants-2016",
        "https://www.u-cergy.fr/fr/recherche-et-valorisation/actualites-recherche/jad-2016.html",
        "Retour sur l'édition 2016 de la Journée d'Accueil des Doctorants (JAD)\n\n"
        "Accueil inclusif et collaboratif des nouveaux doctorants de l'UCP\n\n"
        "25.11.2016\n\n"
        "Cette journée d'accueil a été créée en 2009 par l'université avec plusieurs objectifs : permettre aux nouveaux doctorants de former "
        "une communauté à part entière en rencontrant d'autres doctorants toutes disciplines confondues, permettre aux doctorants de se "
        'positionner comme acteurs de leur établissement et commencer à les faire réfléchir à "l\'après thèse".\n\n'
        "Retour sur la JAD 2016 : où en est-on ?\n\n"
        "Rituel de rentrée chaque année, la journée d'accueil des nouveaux doctorants (JAD) de l'université de Cergy-Pontoise s’est "
        "déroulée le 25 novembre dernier sur le site des Chênes à Cergy.",
        [],
        page_date="2016-11-25",
        distractors=[
            "25.11.2016 (the news date)",
            "en 2009 (created)",
            "le 25 novembre dernier (the day took place)",
        ],
        note="a university's news on its welcome day for new doctoral students: a past event, no call",
    )
    p(
        "r9s-e2m2-admission-hors-concours",
        "https://e2m2.universite-lyon.fr/ed-341-e2m2/english-website/navigation/admissions-and-competition/admission-without-competition/",
        "Admission without competition (funding obtained) / Academic year 2022/2023\n\n"
        "Admissions outside of competition can be made all year long, when a thesis director, a team or a laboratory associated with the ED "
        "obtains a financing corresponding to the salary of a PhD student (minimum about 1300 euros per month for 3 years), CIFRE financing, "
        "ANR, CNRS, etc...\n"
        "[...]\n"
        "1 / Registration file\n\n"
        "The doctoral student must complete the registration file for the first year of the thesis and send it to within 8 days before the "
        "CPO. The oral presentation must be sent 48 hours before the CPO in pdf format.\n\n"
        "2 / Audition\n\n"
        "Upon receipt of the file, an audition will be proposed by the ED (Management or secretariat). An audition session is scheduled each "
        "month depending on the number of applications received.",
        [],
        distractors=[
            "2022/2023 (the academic year)",
            "8 days, 48 hours before the CPO (relative delays, no date)",
        ],
        note="a doctoral school's English page on admission with funding already obtained: files are sent a set time before a monthly "
        "board, but no day is given",
    )
    p(
        "r9s-afihge-master-2-generalites",
        "https://afihge.org/master-2",
        "Master 2\n\n"
        "Année de recherche et Master 2: comment et pourquoi?\n"
        "[...]\n"
        "  • Il est nécessaire d’avoir validé un niveau M1.\n"
        "  • Classiquement, le M2 s’effectue en un an, au moment de l’internat. L’année de M2 comporte cinq mois de cours (de septembre à "
        "janvier), suivi d’un stage de cinq mois à temps plein dans un laboratoire de recherche. Le stage de recherche donne lieu à la "
        "rédaction d’un mémoire, soutenu oralement en juin.\n\n"
        "Les modalités pratiques peuvent varier selon les facultés.",
        [],
        distractors=["de septembre à janvier (courses)", "en juin (the thesis is defended)"],
        note="a gastroenterology interns' association's guide to the research year and M2: months only, no call",
    )
    p(
        "r9s-ifpvps-toulon-ifsi-notice-2016",
        "https://paperzz.com/doc/5422199/notice-d-information-2016---institut-de-formation-public-...",
        "Notice d’Information 2016 relative à l'inscription aux épreuves de sélection pour l'admission dans les IFSI en vue de la préparation "
        "au DIPLOME D'ÉTAT D'INFIRMIER INSTITUT DE FORMATION PUBLIC VAROIS DES PROFESSIONS DE SANTE 32 Avenue Becquerel - ZI Toulon Est – BP "
        "074 - 83079 TOULON Cedex 9 Tél : 04 94 14 72 17 / Fax : 04 94 14 72 12 [email protected] www.ifpvps.fr Début des inscriptions : Lundi "
        "7 décembre 2015 Clôture des inscriptions : Vendredi 12 février 2016 sauf du lundi 21 décembre 2015 au vendredi 1er janvier 2016 "
        "inclus (IFSI fermé vacances Noël) PRE-INSCRIPTION EN LIGNE AU CONCOURS OBLIGATOIRE SUR : http://www.ifpvps.fr/Epsilon/WebConcours "
        "Dépôt des dossiers de confirmation d’inscription à la cellule concours de l’IFSI : LUNDI – MARDI (après-midi) de 13h00 à 16h00 "
        "MERCREDI (matin) de 9h00 à 12h00 [aucun dossier ne sera pris hors de ces jours et heures] Les dossiers peuvent également nous être "
        "retournés par voie postale. Avis important Tous les dossiers doivent être parvenus à l’IFSI au plus tard le Vendredi 12 Février 2016 "
        "(à 23h59 cachet de la poste faisant foi) Passé ce délai aucun dossier ne sera accepté. Tout dossier incomplet sera refusé. Date des "
        "épreuves écrites (lieu précisé sur la convocation) Samedi 12 MARS 2016 Liste 1 : de 7h30 à 13h30, candidats tiers-temps de 7h00 à "
        "14h00 Liste 2 et liste 3 : de 7h30 à 10h30, candidats tiers-temps de 7h00 à 10h30 Mercredi 16 MARS 2016 Liste 5 : de 8h15 à 12h30 "
        "Regroupement de 19 Instituts de Formation en Soins Infirmiers Région Provence-Alpes-Côte-d’Azur\n[...]\nAdmission 2016 (Arrêté du 31 "
        "juillet 2009 relatif au diplôme d'Etat infirmier) Conditions Générales : Age : 17 ans au moins au 31 décembre de l’année des épreuves - "
        "pas de limite d’âge maximum.",
        [d("2016-02-12", "23:59")],
        opens="2015-12-07",
        distractors=[
            "du lundi 21 décembre 2015 au vendredi 1er janvier 2016 (the school is closed, not a window)",
            "Samedi 12 MARS 2016, Mercredi 16 MARS 2016 (written exams)",
            "31 juillet 2009 (an arrêté)",
            "31 décembre de l’année des épreuves (an age condition)",
        ],
        note="a public nursing school's 2016 notice, text layer run into one paragraph by the document host: a fiche 'Début des "
        "inscriptions' / 'Clôture des inscriptions' and the same day again with its time (23h59, postmark); the Christmas closure "
        "inside the window is no window; not the same call as the Marseille notice of 2017 used in an earlier round (another school, "
        "another year, same regional template)",
    )
    p(
        "r9s-adminet-ecoles-sages-femmes-places-2002",
        "http://www.admi.net/jo/20020203/MESP0220380A.html",
        "J.O. Numéro 29 du 3 Février 2002\n"
        "[...]\n"
        "Arrêté du 25 janvier 2002 fixant le nombre de places ouvertes à l'entrée en formation dans les écoles de sages-femmes\n"
        "[...]\n"
        "Par arrêté du ministre de l'éducation nationale et du ministre délégué à la santé en date du 25 janvier 2002, le nombre de places "
        "ouvertes au concours d'entrée aux écoles de sages-femmes des 13 et 14 mai 2002 est fixé à 479 selon la répartition suivante :\n"
        "Amiens : école de sages-femmes du centre hospitalier régional ....................\n"
        "33",
        [],
        page_date="2002-02-03",
        distractors=[
            "3 Février 2002 (the official journal)",
            "25 janvier 2002 (the arrêté)",
            "des 13 et 14 mai 2002 (the entrance exam)",
        ],
        note="an official-journal mirror: the number of places at the midwifery schools' entrance exam; the only dates are the "
        "text's and the exam's",
    )
    p(
        "r9s-juriblio-cadres-sages-femmes-admission-2003",
        "https://juriblio.fr/arretes/arrete-du-6-juin-2003/134821423/titre-ii",
        "JORF n°153 du 4 juillet 2003\n\n"
        "TITRE II : CONDITIONS D'ADMISSION\n"
        "[...]\n"
        "Article 7\n\n"
        "Pour être admis à suivre la formation sanctionnée par le certificat cadre sage-femme, les candidats doivent :\n"
        "- être titulaires d'un diplôme, certificat ou autre titre, mentionné à l'article L. 4151-5 du code de la santé publique, permettant "
        "d'exercer la profession de sage-femme ;\n"
        "- avoir exercé pendant au moins trois ans la profession de sage-femme au 31 janvier de l'année de la sélection permettant l'accès aux "
        "écoles de cadres de sages-femmes ;\n"
        "[...]\n"
        "Article 9\n\n"
        "Chaque année, sur proposition du médecin directeur de l'enseignement et du directeur de l'école, un arrêté du préfet de région fixe la "
        "date de clôture des inscriptions aux épreuves de sélection et la date de ces épreuves.",
        [],
        distractors=[
            "4 juillet 2003 (the official journal)",
            "au 31 janvier de l'année de la sélection (a condition of experience)",
        ],
        note="a legal site's copy of the rules for the midwife-manager schools: a 'date de clôture des inscriptions' is named but left "
        "to a yearly prefect's order, and the only day is a condition",
    )
    p(
        "r9s-uca-etudiants-etrangers-sante",
        "https://uca.fr/formation/nos-formations/formations-en-sante/etudiants-etrangers-acces-aux-etudes-de-sante",
        "Étudiants européens ayant validé le 1er cycle d'une formation de médecine, de pharmacie, d'odontologie ou de maïeutique\n\n"
        "Etudiants européens ayant validé le 1er cycle d'une formation de médecine, de pharmacie, d'odontologie ou de maïeutique dans des "
        "universités ou des établissements dans un État membre de l'Union européenne ou d'un État partie à l'accord sur l'Espace économique "
        "européen, ou de la Confédération suisse ou de la Principauté d'Andorre souhaitant effectuer un transfert d'université.\n\n"
        "  • Dossier à déposer auprès de l’UFR de médecine et des professions paramédicales de l’UCA avant une date précisée sur le site de "
        "l’UFR\n"
        "[...]\n"
        "Les dossiers de candidature sont à déposer/envoyer au SCAC (service de coo",
        [],
        distractors=["avant une date précisée sur le site de l’UFR (no date)"],
        note="a university's page on health studies for foreign students: 'avant' a date that is given elsewhere, so nothing",
    )
    p(
        "r9s-ifas-hautanjou-confirmation-sept-jours",
        "https://ifas.ch-hautanjou.fr/resultats/",
        "Chaque institut de formation établit une liste principale et une liste complémentaire des candidats admis.\n"
        "[...]\n"
        "Les résultats des admis en formation sont affichés dans la vitrine à l’extérieur du lycée et publiés sur internet (pour les "
        "candidats ayant donné leur accord).\n\n"
        "Si, dans les sept jours ouvrés, le candidat n’a pas confirmé par écrit son souhait d’entrer en formation, il est présumé avoir renoncé "
        "à son admission et sa place est proposée au candidat inscrit en rang utile sur la liste complémentaire.",
        [],
        distractors=["dans les sept jours ouvrés (a relative delay, no date)"],
        note="a nurses' aide school's results page: a confirmation due within seven working days of the results, with no date",
    )
    p(
        "r9s-sfn-premiere-participation-ean",
        "http://www.sf-neuro.org/content/premi-re-participation-au-congr-s-de-lean",
        "Première Participation au Congrès de l'EAN\n\n"
        "Retour d’une première participation au Congrès de l'EAN :\n\n"
        "            Comme un certain nombre d'entre vous le savent, du 28 au 31 mai s'est tenu le 2ème congrès de l'EAN à Copenhague.\n"
        "[...]\n"
        "            Au moment de faire sa valise, il est recommandé, d’avoir bien envoyé avant la dead-line un abstract sur une étude qu’on a "
        "menée, ou bien un cas clinique intéressant et d’avoir postulé pour une  bourse de l’EAN. En effet, en cas d’acceptation, l’EAN "
        "accorde de nombreuses bourses qui financent l’inscription et l’hébergement, et si l’on est membre Junior de la SFN celle-ci prend en "
        "charge le transport.",
        [],
        distractors=["du 28 au 31 mai (the congress took place, no year)"],
        note="a neurology society's page for its junior members on a first European congress: a past congress and a deadline named "
        "without a date",
    )
    p(
        "r9s-ladepeche-figeac-concours-ifsi",
        "http://www.ladepeche.fr/article/2014/04/03/1854824-pres-de-600-candidats-a-figeac-pour-l-ifsi.html",
        "Près de 600 candidats à Figeac pour l'Ifsi\n\n"
        "  • 596 candidats à l'Espace François Mitterrand de Figeac pour le concours d'entrée à l'Ifsi, ce mercredi 2 avril\n"
        "[...]\n"
        "Le concours d'entrée à l'institut de formation aux soins infirmiers a eu lieu hier à Figeac. Près de 600 candidats, dont certains "
        "venus de loin, ont planché pour une centaine de places.\n"
        "[...]\n"
        "Cinquante autres candidats diplômés «aides-soignants» passent leur épreuve sur le site de Cahors. Les admis aux épreuves écrites "
        "pourront passer l'oral en mai.",
        [],
        distractors=[
            "ce mercredi 2 avril (the exam, no year on the page)",
            "en mai (the oral, a month)",
        ],
        note="local press on a nursing school's entrance exam: the year is only in the page's address; an event, no deadline",
    )
    p(
        "r9s-upec-master-droit-immobilier-mi-juillet",
        "https://www.masterdroitimmobilierupec.com/admission",
        "Inscription en M1 \n\n"
        "Les étudiants doivent être titulaires d’une licence en Droit privé ou Droit public. Ils doivent ensuite postuler sur la plateforme "
        "e-candidat à compter de la mi-mai.  \n"
        "[...]\n"
        "Les candidats qui n’ont pas obtenu le M1 à Créteil doivent pour candidater, demander une autorisation d’inscription en M2 qui est "
        "accordée après une sélection des candidats. Les dossiers de candidature sont téléchargeables à compter de mi-mai sur le site de la "
        "Faculté*.\n \n\n"
        "Pour le Master 2, la date limite de dépôt des dossiers est fixée mi-juillet. La demande doit être rédigée sur papier libre à "
        "l’attention du Responsable du Master et adressée à la scolarité du Master, en spécifiant la spécialité demandée.",
        [],
        distractors=[
            "à compter de la mi-mai (opening, vague)",
            "fixée mi-juillet (the M2 deadline, vague)",
        ],
        note="a law master's admissions page: a real 'date limite de dépôt' for the M2, but only 'mi-juillet', so no deadline and no opening",
    )
    p(
        "r9s-ut2j-master-etrangers-courant-janvier",
        "http://www.univ-tlse2.fr/accueil/international/venir-a-l-ut2j/inscription-en-2e-ou-3e-annee-de-licence-pour-l-annee-universitaire-2017-2018-37014.kjsp?RH=1323165007559",
        "Demande d'admission en Master\n\n"
        "Pour les titulaires de diplôme(s) étranger(s)\n\n"
        " 1re année de Master\n"
        "[...]\n"
        "Vous devez obligatoirement vous mettre en relation avec les Centres d'Etudes pour la France (CEF) en vous connectant au site Internet "
        "correspondant au CEF du pays où vous résidez (exemple : www.algerie.campusfrance.org) et suivre les indications qui y sont "
        "mentionnées. Cette procédure est obligatoire pour l'obtention du titre de séjour.\n"
        "Pour plus d'information, consultez le site www.campusfrance.org\n"
        "Attention, la date limite d'inscription sur Campus France est fixée par chaque Ambassade (au maximum courant janvier 2024).\n \n"
        "Si votre dossier est présélectionné, il sera examiné par la commission d'admission qui peut, le cas échéant, vous demander de "
        "compléter votre dossier avec d'autres éléments (documents pédagogiques, concours d'admission, entretien en visio, etc.). Les réponses "
        "vous seront communiquées sur Campus France avant fin juin 2024.",
        [],
        distractors=[
            "au maximum courant janvier 2024 (the deadline, vague)",
            "avant fin juin 2024 (answers, vague)",
            "2017-2018 (a year in the page's address)",
        ],
        note="a university's page for foreign master applicants: the deadline is set by each embassy and given only as 'courant "
        "janvier 2024', vague, so nothing",
    )
    p(
        "r9s-infirmiers-com-parcoursup-ouverture-2018",
        "https://static1.infirmiers.com/etudiants/parcoursup-le-parcours-vers-les-etudes-superieures-et-vers-les-ifsi",
        "Parcoursup est la nouvelle plateforme nationale d’admission pour accéder à l’enseignement supérieur. A partir de 2019, avec "
        "l’universitarisation de la formation en soins infirmiers, une importante partie des candidats (notamment les néo-bacheliers et les "
        "étudiants en reconversion) devront passer par ce dispositif pour entrer en IFSI. Alors que la plateforme vient de publier son "
        "calendrier détaillé, faisons le point sur la marche à suivre.\n"
        "[...]\n"
        "L’ouverture de la plateforme se fera le 20 décembre 2018\n"
        "D’autre part, même s’il est fortement conseillé d’avoir déjà préparé en amont son projet d’orientation par exemple via des "
        "conseillers sur le site monorientationenligne.fr, on peut trouver des informations sur les différentes formations de l’enseignement "
        "supérieur sur Parcoursup. Après en avoir sélectionné une, ses caractéristiques s’affichent, notamment ses capacités d’accueil. A "
        "partir du 20 décembre, date définie dans le calendrier de la plateforme, on peut également avoir accès aux attendus de la formation "
        "(ils se font encore attendre) et à la liste des éléments pris en compte lors de l’examen des dossiers.",
        [],
        opens=None,
        distractors=[
            "le 20 décembre 2018 (the platform opens for browsing the courses)",
            "A partir du 20 décembre (the courses' expectations can be read, no year)",
            "A partir de 2019 (a year)",
        ],
        note="nursing press on Parcoursup before its 2019 session: the platform opens on 20 December for reading the courses, not "
        "for applying (wishes opened later), so labelled no opening by what a subscriber needs; the rules read 'ouverture de la "
        "plateforme' as an opening (doubt)",
    )
    p(
        "r9s-edite-contrats-doctoraux-2017",
        "http://edite-de-paris.fr/spip/spip.php?article172",
        "Campagne d’attribution des contrats doctoraux 2017\n\n"
        "vendredi 5 mai 2017, par Marilyn Galopin\n\n"
        "Toutes les versions de cet article : [English] [français]\n\n"
        "Cet article décrit la procédure de candidature aux Projets de Recherche Doctoraux (PRD) faisant partie de la campagne "
        "d’attribution des contrats doctoraux de l’EDITE 2017, PROCEDURE QUI OUVRIRA A PARTIR DU 21 avril 2017. Il s’adresse aux candidats "
        "à ce contrat doctoral spécifique.\n"
        "[...]\n"
        "Dates importantes\n\n\n"
        "  • du 27 février au 10 avril 2017 au soir (23h59) :\n"
        "    Dépôt des propositions des Projets de Recherche Doctoraux (PRD) sur le site de l’EDITE par tous les HDR membres de l’EDITE\n\n"
        "  • le 18 avril 2017 :\n"
        "    Validation des propositions par le bureau de l’EDITE\n\n"
        "  • du 21 avril 2017 au 19 mai 2017 au soir (23h59) :\n"
        "    Candidatures\n\n"
        "  • du 22 mai 2017 au 26 mai 2017 au soir (23h59) :\n"
        "    Classement des candidatures par les proposants\n\n"
        "  • du 29 mai 2017 au 2 juin 2017 :\n"
        "    Sélection par les commissions thématiques\n\n"
        "  • du 5 juin 2017 au 16 juin 2017 :\n"
        "    Audition par les commissions thématiques\n\n"
        "  • le 20 juin 2017 :\n"
        "    Jury final",
        [
            d("2017-04-10", "23:59", kind="other"),
            d("2017-05-19", "23:59"),
            d("2017-05-26", "23:59", kind="other"),
        ],
        opens="2017-04-21",
        page_date="2017-05-05",
        distractors=[
            "vendredi 5 mai 2017 (posted on)",
            "le 18 avril 2017 (the board validates the projects)",
            "du 29 mai 2017 au 2 juin 2017 (selection by the committees)",
            "du 5 juin 2017 au 16 juin 2017 (hearings)",
            "le 20 juin 2017 (final jury)",
        ],
        note="a computer-science doctoral school's contract campaign: each date with its colon heads a bullet and takes the next line "
        "as its label; the candidates' window is 21 April to 19 May at 23:59 (the application); the supervisors' project filing "
        "and their ranking of candidates are staff steps, kind other (as in earlier rounds)",
    )
    p(
        "r9s-inalco-hdr-dates-limites-2017",
        "http://inalco.fr/recherche/ecole-doctorale/habilitation-diriger-recherches",
        "Habilitation à diriger des recherches\n\n"
        "  • Date limite de dépôt des dossiers\n\n"
        "6 mars 2017 (pour une soutenance avant le 13 juillet 2017)\n"
        "4 septembre 2017 (pour une soutenance avant la date limite de dépôt pour la qualification (décembre 2017)\n\n"
        "Arrêtés des 23 novembre1988, 13 février 1992, 13 juillet 1995\n"
        "[...]\n"
        "Avant de déposer son dossier, le candidat prend préalablement rendez-vous avec la direction de l'Ecole doctorale.",
        [d("2017-03-06"), d("2017-09-04")],
        distractors=[
            "avant le 13 juillet 2017 (the defence that this deposit allows)",
            "décembre 2017 (the national qualification deadline, month only)",
            "23 novembre1988, 13 février 1992, 13 juillet 1995 (arrêtés)",
        ],
        note="a university's doctoral school on the habilitation (HDR) file: a 'Date limite de dépôt' label above two dates that each "
        "head a line; the bracketed 'avant le 13 juillet' is the defence the deposit is for, not a second deadline",
    )
    p(
        "r9s-paris-est-sup-hdr-reunions-2023-2024",
        "https://paris-est-sup.fr/recherche/habilitation-a-diriger-des-recherches-hdr/procedure-d-inscription-et-de-soutenance/",
        "Procédure d'inscription et de soutenance\n\n"
        "La procédure d'inscription et de soutenance est organisée en quatre étapes\n\n"
        "  1. Le candidat dépose son dossier de candidature.\n"
        "[...]\n"
        "Les documents obligatoires à fournir pour une demande d'inscription\n\n"
        "Date de la réunion\n\n"
        "Date limite du dépôt de dossier HDR\n\n"
        "15 septembre 202315 juillet 2023\n"
        "20 octobre 202328 août 2023\n"
        "17 novembre 20232 octobre 2023\n"
        "15 décembre 202330 octobre 2023\n"
        "[...]\n"
        "5 juillet 202427 mai 2024",
        [d("2023-07-15"), d("2023-08-28"), d("2023-10-02"), d("2023-10-30"), d("2024-05-27")],
        distractors=[
            "15 septembre 2023, 20 octobre 2023, 17 novembre 2023, 15 décembre 2023, 5 juillet 2024 (board meetings)",
        ],
        note="a university group's HDR procedure: a two-column table (meeting, filing deadline) whose cells the page's text glued "
        "together, so each meeting's year runs into the next day ('202315 juillet'); the second date of each row is the filing "
        "deadline; the header's two labels sit on their own lines (rows cut with [...])",
    )
    p(
        "r9s-cy-doctorat-par-le-projet-2020",
        "https://123dok.net/document/q2nvxpgr-doctorat-projet-appel-candidature.html",
        "Doctorat par le projet - Appel à candidature 2020\n\n"
        "N/A\n"
        "N/A\n"
        "Protected\n\n"
        "Academic year: 2022\n"
        "[...]\n"
        "Appel à candidature 2020\n\n"
        "Doctorat par le projet\n\n"
        "Règlement et modalités de dépôt\n\n"
        "Date de lancement : Lundi 23 mars 2020 à midi Date de clôture : Jeudi 30 avril 2020 à midi\n\n"
        "Les candidatures sont à déposer sur la plateforme de l’appel à l’adresse :\n\n"
        "https://aac-doctoratparprojet.u-cergy.fr/EsupDematEC/login\n"
        "[...]\n"
        "L’école universitaire de recherche Humanités, Création, Patrimoine (PSGS-HCH), portée CY Cergy Paris Université, accueillera à la "
        "rentrée 2020 les étudiants souhaitant s’engager dans un parcours doctoral de thèse par le projet. Le présent appel à candidature est "
        "destiné à recruter ces futurs doctorants.",
        [d("2020-04-30", "12:00")],
        opens="2020-03-23",
        distractors=["Academic year: 2022 (the document host's label)", "rentrée 2020 (a year)"],
        note="a graduate school's call for 'doctorate by project' candidates, copied by a document host: 'Date de lancement' and "
        "'Date de clôture' on one line, each with 'à midi'",
    )
    p(
        "r9s-sorbonne-nouvelle-vademecum-hdr-2023",
        "https://fr.scribd.com/document/626581848/vademecum-hdr-2023",
        "CALENDRIER ANNÉE CIVILE\n"
        "2023\n\n"
        "L’Université Sorbonne Nouvelle organise chaque\n\n\n"
        "année deux sessions d’inscription en HDR.\n\n"
        "1ère session : le dossier complet doit être envoyé par voie\n\n\n"
        "électronique au Service des doctorats avant le 6 mars\n"
        "2023 ; pour cette session, les soutenances pourront être\n"
        "organisées à partir du 12 juin 2023.\n\n"
        "2ème session : le dossier complet doit être envoyé par voie\n\n\n"
        "électronique au service des doctorats avant le 31 août\n"
        "2023 et le 18 septembre pour les candidats ne\n"
        "demandant pas le CNU; pour cette session, les\n"
        "soutenances pourront être organisées à partir du 13\n"
        "novembre 2023 et à partir du 11 décembre pour les\n"
        "candidats hors CNU.",
        [d("2023-03-06"), d("2023-08-31")],
        distractors=[
            "à partir du 12 juin 2023, à partir du 13 novembre 2023 (defences can be held)",
            "le 18 septembre (the later deadline for candidates not seeking the CNU: no year of its own, undated page)",
            "à partir du 11 décembre (defences, no year)",
        ],
        note="a university's HDR handbook on a document host, lines broken by the PDF so that a date's year falls on the next line "
        "('6 mars' / '2023'); '18 septembre' is a real deadline for one group but year-less on an undated page, so nothing by the "
        "rules although the heading says 2023 (the documented limit; a subscriber would want 18 September 2023)",
    )
    p(
        "r9s-montpellier3-ed58-soutenance-2025",
        "https://ed58.www.univ-montp3.fr/fr/proc%C3%A9dure-de-soutenance-0",
        "Calendrier :\n"
        "La procédure de soutenance suit un calendrier strict et pour l’année 2025 la date limite pour soutenir sa thèse devant un jury "
        "est fixée au 19 décembre 2025. Attention pour une soutenance au 19 décembre, les démarches doivent être effectuées impérativement "
        "le 20 octobre. Au-delà de cette date aucune soutenance ne pourra être mise en place par le Bureau des Études Doctorales (BED) au "
        "titre de l'année 2025.\n"
        "[...]\n"
        "Calendrier récapitulatif :\n"
        "- 2 mois avant la soutenance : date limite dépôt imprimés pré-rapporteurs et jury par le directeur de thèse (Exemple pour une thèse "
        "prévue le 3 novembre, dépôt des imprimés au plus tard le 3 septembre)\n"
        "- 20 octobre 2025 : date limite organisation soutenance\n"
        "- 3 à 4 semaines avant la soutenance : date limite de dépôt, par le candidat, du fichier numérique de sa thèse sur son compte "
        "ADUM\n"
        "- 19 décembre 2025 : date limite de soutenance",
        [d("2025-10-20", kind="other")],
        distractors=[
            "19 décembre 2025 (the last day to defend a thesis: something done, not sent)",
            "le 3 novembre, le 3 septembre (an example, no year)",
            "2 mois, 3 à 4 semaines avant la soutenance (relative delays)",
        ],
        note="a doctoral school's defence procedure: the papers for a defence must be filed by 20 October 2025 (an administrative "
        "step, other); the 'date limite de soutenance' is the last day to hold the defence, labelled as no deadline by what a "
        "subscriber must send (doubt: the rules' calendar line 'date limite' may read it as one)",
    )
    p(
        "r9s-internes-strasbourg-cesp",
        "https://www.internestrasbourg.fr/le-contrat-dengagement-de-service-public/",
        "Conditions pour postuler\n\n"
        "Etudiants pouvant postuler : Le contrat d’engagement de service public peut être conclu  par des étudiants de deuxième cycle des "
        "études de médecine et d’odontologie  et par des étudiants de troisième cycle des études de médecine et d’odontologie ;\n\n"
        "Procédure pour candidater : Les candidats souhaitant signer un contrat d’engagement de service public en font la demande auprès du "
        "directeur de l’unité de formation et de recherche de médecine ou d’odontologie ou de la composante universitaire dont ils relèvent.\n"
        "[...]\n"
        "Signature du contrat : Le directeur général du Centre national de gestion propose aux candidats retenus, selon leur classement et "
        "jusqu’à épuisement du nombre de contrats ouverts, la signature d’un contrat d’engagement de service public. Le candidat auquel un "
        "contrat est proposé dispose d’un délai de trente jours pour faire parvenir le contrat signé, par tout moyen donnant date certaine à "
        "sa réception, au directeur général du Centre national de gestion.",
        [],
        distractors=["un délai de trente jours (a relative delay, no date)"],
        note="an interns' association on the public-service engagement contract: a sending step within thirty days of an offer, no date",
    )
    p(
        "r9s-isni-communique-reforme-2-juin",
        "https://toute-la.veille-acteurs-sante.fr/?p=148488",
        "Les internes seront engagés le 2 juin dans une réforme bâclée dont les modalités ont été définies sur le tard. Les textes "
        "réglementaires ne sont pas encore parus et c’est la formation des jeunes professionnels qui est mise sur la sellette. Pire, une "
        "grande partie d’entre eux seront pénalisés notamment s’ils ont dû interrompre leur parcours en raison d’une maladie ou d’une "
        "grossesse.\n"
        "Lire la suite du communiqué de l’ISNI « Les internes refusent la réforme de leurs études telle que proposée »",
        [],
        distractors=["le 2 juin (the reform starts, no year)"],
        note="a health-news aggregator relaying the national interns' union's statement: a reform's start, no call",
    )
    p(
        "r9s-aihb-stages-hors-filiere-disponibilite",
        "http://www.aihb.org/asso/index.php/features/stages?tmpl=component&print=1&page=",
        "Hors-fillière\n\n"
        "Pour effectuer un stage hors filière, vous devez avoir validé au moins un semestre.\n\n"
        "3 mois avant les choix de stage vous recevez un courrier de la part des affaires médicales du CHU de Bordeaux contenant un "
        "questionnaire vous invitant à vous déclarer si vous souhaitez faire un stage hors filière.\n\n"
        "Votre demande doit ensuite être effectué par lettre manuscrite à renvoyer avec le questionnaire à la Direction des affaires "
        "médicales du CHU, accompagnée de l’avis favorable des coordonnateurs du DES d’origine et du DES d’accueil.\n"
        "[...]\n"
        "Disponibilité\n\n"
        "Vous avez la possibilité de demander une mise en disponibilité de 6 mois ou de 1 an.",
        [],
        distractors=["3 mois avant les choix de stage (relative, no date)"],
        note="a local interns' association's page on placements: requests are sent after a letter that comes three months before the "
        "choice, but no day is given",
    )
    p(
        "r9s-unistra-ecogestion-qualification-2018",
        "http://ed.ecogestion-cournot.unistra.fr/?lang=fr&p=1760",
        "Campagne d’inscription sur les listes de qualification de professeurs des universités et de maitres de conférences au titre de 2018\n\n"
        "Classé dans : General | 0\n"
        "Ouverture de la campagne d’inscription sur les listes de qualification aux fonctions de professeurs des universités et de maîtres de "
        "conférences au titre de l’année 2018.\n\n"
        "La procédure de dépôt des candidatures est rénovée.\n"
        "[...]\n"
        "Le calendrier quant à lui, est conservé à l’identique :\n\n"
        "  • dépôt des candidatures : du jeudi 7 septembre 10h00 au mardi 24 octobre 2017, 16h00.\n"
        "  • dépôt dans l’application des pièces dématérialisées constituant le dossier qui se substitue à l’envoi postal du dossier aux "
        "rapporteurs: du 7 septembre au 19 décembre 2017, 12h00.\n\n"
        "L’attention des candidats est appelée sur la nécessité de numériser l’ensemble des pièces constitutives de leur dossier (diplôme, "
        "rapport de soutenance, et surtout les travaux, ouvrages et articles qui sont exigés).",
        [d("2017-10-24", "16:00"), d("2017-12-19", "12:00")],
        opens="2017-09-07",
        distractors=["au titre de 2018, de l’année 2018 (the campaign's year)"],
        note="a doctoral school's news on the national qualification for lecturer posts (a young doctors' step): two windows after "
        "'dépôt … :', the first with its start time and its year only at the end; the candidature closes on 24 October at 16:00 "
        "and the file's documents on 19 December at noon",
    )
    p(
        "r9s-centralelille-qualification-2023",
        "https://communication.centralelille.fr/?p=27661",
        "La procédure de dépôt des demandes de qualification aux fonctions de maître de conférences et de professeur des universités "
        "débutera le 20 septembre prochain.\n\n"
        "Le calendrier de la procédure d’inscription sur les listes de qualification 2023 aux fonctions de maître de conférences et de "
        "professeur des universités est paru sur le site internet du Ministère.\n"
        "[...]\n"
        "Le serveur ANTARES est ouvert du mardi 20 septembre 2022 (10h heure de Paris), jusqu’au mardi 8 novembre 2022 (16h heure de Paris).\n\n"
        "La date limite de dépôt des pièces dans l’application ANTARES est fixée :\n\n"
        "  • au 15 décembre 2022 (16h heure de Paris) pour les candidats déjà diplômés ou qui auront soutenu leur thèse ou leur HDR au plus "
        "tard le 21 novembre 2022\n"
        "  • au 12 janvier 2023 (16h heure de Paris) pour les candidats qui soutiendront leur thèse ou leur HDR entre le 22 novembre 2022 et "
        "le 7 janvier 2023",
        [d("2022-11-08", "16:00"), d("2022-12-15", "16:00"), d("2023-01-12", "16:00")],
        opens="2022-09-20",
        distractors=[
            "le 20 septembre prochain (the same opening, no year, undated page)",
            "au plus tard le 21 novembre 2022 (a defence already held, a condition)",
            "entre le 22 novembre 2022 et le 7 janvier 2023 (when the defence takes place, a condition)",
        ],
        note="an engineering school's news on the 2023 qualification campaign: the server is open from 20 September to 8 November "
        "2022 (candidature), then two dates for the documents depending on when the thesis is defended; the defence dates after "
        "'au plus tard' and 'entre' are conditions",
    )
    p(
        "r9s-bo-esr-qualification-campagne-2019",
        "https://enseignementsup-recherche.gouv.fr/fr/bo/18/Hebdo31/ESRH1820947N.htm",
        "Listes de qualification aux fonctions d'enseignant-chercheur\n\n"
        "Campagne 2019 d'inscription\n\n"
        "nor : ESRH1820947N\n\n"
        "Note de service n° 2018-101 du 30-7-2018\n"
        "[...]\n"
        "La procédure de dépôt des demandes de qualification aux fonctions de maître de conférences et de professeur des universités, "
        "entièrement dématérialisée lors de la campagne 2018, débutera le 6 septembre prochain.\n"
        "[...]\n"
        "I - Calendrier de la campagne de qualification 2019\n\n"
        "Le processus de demande de qualification se déroulera, comme en 2018, sur deux phases distinctes :\n\n"
        "- une période de dépôt des candidatures qui se déroulera du jeudi 6 septembre 2018 au mercredi 24 octobre 2018 ;\n\n"
        "- une période de dépôt des pièces constituant le dossier de candidature qui se déroulera du jeudi 6 septembre 2018 au mardi 18 "
        "décembre 2018",
        [d("2018-10-24"), d("2018-12-18")],
        opens="2018-09-06",
        page_date="2018-07-30",
        distractors=["30-7-2018 (the note's date)", "campagne 2018, 2019 (years)"],
        note="the ministry's official bulletin on the 2019 qualification campaign: 'le 6 septembre prochain' resolves from the note's "
        "date, and two periods after what is sent ('période de dépôt des candidatures … du … au …') give the deadlines; the page "
        "date is taken from the note's own date",
    )
    p(
        "r9s-lille-edshs-qualification-2025",
        "https://edshs.univ-lille.fr/actualites/detail-actualite/tres-important-cnu-calendrier-modifie-pour-la-qualification-2025",
        "Très Important - CNU - Découvrez le calendrier\n\n"
        "Le Ministère se ravise\n\n"
        'Alors que les dates communiquées pour la campagne 2025 de qualification aux fonctions de maître de conférences ont "motivé des '
        'demandes d’amendement, notamment de la part des écoles doctorales", le MESR annonce "prendre en compte, pour une année '
        'supplémentaire, les derniers travaux impactés [de thèse par la crise du Covid] et justifiant d’un report de soutenance", dans un '
        "communiqué diffusé le 12 juillet 2024. Pour tous les candidats, la campagne de qualification débutera le 15 octobre 2024 et "
        "s’achèvera entre le 6 décembre 2024 et le 17 janvier 2025, en fonction de la date de soutenance de la thèse.\n\n"
        "La date limite pour finaliser le dépôt de dossier est ainsi fixée :\n\n"
        "  • Pour les soutenances tenues jusqu’au 22 novembre 2024 inclus : la date limite pour finaliser le dossier de candidature est le 6 "
        "décembre 2024 ;\n\n"
        "  • Pour les soutenances tenues à partir du 23 novembre au 10 janvier 2024 : la date limite pour finaliser le dossier de candidature "
        "est le 17 janvier 2025.",
        [d("2024-12-06"), d("2025-01-17")],
        opens="2024-10-15",
        distractors=[
            "le 12 juillet 2024 (a press release)",
            "jusqu’au 22 novembre 2024 inclus (defences held by then, a condition)",
            "à partir du 23 novembre au 10 janvier 2024 (defences, a condition, with a wrong year)",
        ],
        note="a social-sciences doctoral school relaying the 2025 qualification calendar: the campaign opens on 15 October and ends "
        "on one of two days by defence date; 'jusqu’au 22 novembre 2024 inclus' follows 'soutenances tenues', a condition, not a "
        "deadline",
    )
    p(
        "r9s-ems-qualification-antares-2012",
        "https://euro-math-soc.eu/news/12/07/13/deadline-qualifying-french-procedure-recruitment",
        "Deadline for qualifying to the french procedure of recruitment\n\n"
        "The application is made on the server ANTARES of the french ministry of education and research and is required to apply for a "
        'position of "maître de conférences" or "Professeur".\n'
        'The session of "qualification" will start the 11 septembre 2012 at 1pm and stop the 25 october 2012 at 4 pm.\n\n'
        "Informations (in french) can be found on",
        [d("2012-10-25", "16:00")],
        opens="2012-09-11",
        distractors=[],
        note="a European mathematicians' society's news for young researchers applying to French lecturer posts, in English with a "
        "French month name ('11 septembre 2012'): the session's own verbs 'start' and 'stop' give the opening and the deadline",
    )
    p(
        "r9s-bordeaux-edsp2-hdr-adt-2020-2021",
        "https://ed-sp2.u-bordeaux.fr/en/Supervisors/Schedule-of-deadlines-for-submitting-applications",
        "Calendar 2020/2021\n\n"
        "Applications must be submitted to EDSP2 at least 6 weeks before the date of the EDSP2 Council meeting.\n\n"
        "The CAc sits 3 times in the university year to consider requests for ADT and authorizations to register for the HDR (October, "
        "March, June).\n"
        "[...]\n"
        "Deadline for submitting applications to EDSP2\n\n"
        "EDSP2 Council\n\n"
        "Academic Council (CAC)\n\n"
        "en of August 2020\n\n"
        "September 24, 2020\n\n"
        "October 8, 2020\n\n"
        "January 18, 2021\n\n"
        "February 25, 2021\n\n"
        "March 19, 2021\n\n"
        "April 12, 2021\n\n"
        "May 20, 2021\n\n"
        "June 24, 2021\n\n"
        "Updated on 14/09/2023",
        [d("2021-01-18"), d("2021-04-12")],
        page_date="2023-09-14",
        distractors=[
            "en of August 2020 (the first deadline, vague)",
            "September 24, 2020, February 25, 2021, May 20, 2021 (the doctoral school's council)",
            "October 8, 2020, March 19, 2021, June 24, 2021 (the academic council)",
            "October, March, June (months)",
            "Updated on 14/09/2023",
        ],
        note="a public-health doctoral school's schedule for supervision and HDR requests: a three-column table whose cells became "
        "one line each; every first cell of a row is a filing deadline, the other two are meetings; the first deadline is only "
        "'end of August' (vague)",
    )
    p(
        "r9s-galaxie-faq-qualification-2023",
        "https://www.galaxie.enseignementsup-recherche.gouv.fr/ensup/cand_FAQ_qualification.htm",
        "Questions/rEponses sur la qualification\n\n"
        "Article mis à jour, le 18 juillet 2023\n\n"
        "I - La qualification et ses grandes étapes\n\n"
        "I.1 - Qu’est-ce que la qualification ?\n\n"
        "I.2 - Quelles sont les grandes phases de l’inscription à la qualification pour les candidat(e)s ?\n\n"
        "II - 1ére étape : la saisie électronique des candidatures\n\n"
        "II.1 - Quelles sont les phases de la saisie des candidatures ?\n\n"
        "II.2 - Y-a-t-il des dérogations à la date limite de saisie des candidatures à la qualification (étape 1) ?",
        [],
        page_date="2023-07-18",
        distractors=["18 juillet 2023 (updated on)"],
        note="the ministry's FAQ on the qualification: questions naming a 'date limite' without any date",
    )
    p(
        "r9s-paris-est-sup-ed-cs-reinscriptions-2023",
        "https://www.paris-est-sup.fr/en/doctoral-schools/ecole-doctorale-cultures-et-societes-cs/inscriptions/reinscriptions/",
        "École Doctorale Cultures et Sociétés\n\n"
        "Les réinscriptions en 2e et 3e année de thèse et dérogation\n\n"
        "Réinscriptions en 2e et 3e année\n\n"
        "L’application ADUM est ouverte à la réinscription administrative au titre de l’année 2023/2024 du 1er au 15 juillet 2023 et du 1er "
        "septembre au 30 novembre  2023.\n\n"
        "Les réinscriptions s’opèrent de manière dématérialisée. Le Collège doctoral reste porté par la Comue Paris-Est Sup.\n"
        "[...]\n"
        "Pour rappel, un Comité de suivi individuel de thèse (CSI) doit être constitué dès la première année d’inscription. Toute "
        "réinscription est conditionnée par le dépôt du rapport annuel du CSI ( Comité de suivi individuel de thèse ).",
        [d("2023-11-30", kind="other")],
        opens="?",
        distractors=[
            "du 1er au 15 juillet 2023 (a first window; a doctoral student who misses it can still re-enrol in the autumn one)",
            "2023/2024 (the academic year)",
        ],
        note="a doctoral school's re-enrolment page: the platform is open in two windows; re-enrolment is administrative (other); "
        "only the end of the second window is a day by which something must be done, so 15 July is labelled no deadline by what "
        "a subscriber needs (doubt: the rules read each window's end as a deadline); two windows, opening not scored",
    )
    p(
        "r9s-amu-ed356-reinscription-2024",
        "https://ecole-doctorale-356.univ-amu.fr/fr/futur-doctorant/inscription",
        "SE REINSCRIRE EN DOCTORAT\n\n"
        "L'inscription en doctorat doit être renouvelée au début de chaque année universitaire (art. 11 de l'arrêté du 25 mai 2016).\n"
        "À la fin de la 1ère année et pour les années qui suivent, l'avis du CSI sera demandé et le dépôt du rapport à son endroit.\n"
        "Les doctorants qui souhaitent soutenir avant fin décembre, et uniquement sous réserve d’un dépôt de la demande de soutenance avant "
        "le 28 octobre\n"
        ", ne seront pas tenus de participer à un CSI. Dans le cas où vous ne pourriez finalement pas soutenir, il conviendra de réaliser le "
        "CSI.\n\n"
        "A partir de la 2ème année de doctorat, les demandes de réinscription pédagogiques (sur ADUM) devront être renouvelées sur la "
        "plateforme ADUM avant le vendredi 29 novembre 2024. Aucune dérogation ne sera possible. \n"
        "Les doctorant-e-s n’ayant pas effectué leur demande de réinscription avant la date butoir seront rayé-es de l’Ecole Doctorale.",
        [d("2024-11-29", kind="other")],
        distractors=[
            "25 mai 2016 (an arrêté)",
            "avant fin décembre (a defence, vague)",
            "avant le 28 octobre (filing a defence request to be spared the committee: no year, undated page)",
        ],
        note="a humanities doctoral school's enrolment page: re-enrolment requests are due by Friday 29 November 2024 (administrative, "
        "other); the 28 October date is year-less on an undated page",
    )
    p(
        "r9s-lyon-infomaths-reinscription-june-15",
        "http://edinfomaths.universite-lyon.fr/en/reinscription-en-doctorat",
        "Réinscription en doctorat\n\n"
        "Re-registration for 2nd or 3rd year of thesis\n\n"
        "The deadline for re-enrolment applications is June 15 each year.\n\n"
        "Registration is done on ADUM. You must create a pdf file with the following documents:\n\n"
        "  • Updated CV\n"
        "  • Progress report, including research prospects for the coming year, written by the doctoral student (2 pages). If you are "
        "re-registering in D2 and your thesis began after 31 March of the first year of your thesis, the progress report is replaced by a "
        "letter specifying the start date of the thesis and the research prospects for the following year.",
        [],
        distractors=[
            "June 15 each year (a yearly deadline, no year, undated page)",
            "after 31 March of the first year (a condition)",
        ],
        note="a computer-science and mathematics doctoral school's English page: the re-enrolment deadline is yearly and year-less "
        "on an undated page, so unresolvable",
    )
    p(
        "r9s-saia-alsace-droit-au-remords",
        "https://www.saia.alsace/le-droit-au-remords/",
        "LE DROIT AU REMORD\n\n"
        "Le droit au remords classique correspond à la possibilité d’effectuer un changement de spécialité avant la fin du 4ème semestre "
        "d’internat.\n"
        "[...]\n"
        "Pour constituer son dossier, deux documents sont indispensables : \n\n"
        "  • Le formulaire de demande, à remplir (Télécharger le formulaire) ;\n"
        "  • L’accord des coordinateurs locaux de la spécialité d’origine et de la spécialité d’accueil.\n"
        "[...]\n"
        "Une fois tous les éléments réunis, la demande est à déposer avant le 1er janvier pour que le changement soit effectif dès le "
        "semestre d’été suivant et avant le 1er juillet pour le semestre d’hiver suivant.\n\n"
        "Le dossier est à envoyer au bureau de la scolarité du 3e cycle de la Faculté de Médecine aux adresses mail suivantes : "
        "med-specialites@unistra.fr et anne.langoureau@unistra.fr.",
        [],
        distractors=[
            "avant la fin du 4ème semestre (a condition, no date)",
            "avant le 1er janvier, avant le 1er juillet (yearly deadlines, no year, undated page)",
        ],
        note="a local interns' association on changing specialty: two real sending deadlines that recur every half-year, year-less on "
        "an undated page, so unresolvable by the rules (a subscriber would want the next 1 January or 1 July)",
    )
    p(
        "r9s-isnar-img-faq-remords-cesp",
        "https://www.isnar-img.com/faq/3e-cycle-etudes-medicales-diplomes/droit-au-remords-cesp/",
        "Foire aux questions » Troisième cycle des études médicales / diplômes » Est-il possible de faire un droit au remords quand on a "
        "signé un CESP ?\n\n"
        "Est-il possible de faire un droit au remords quand on a signé un CESP ?\n\n"
        "Oui !\n\n"
        "Article R632-21 du Code de l’éducation ((Article R632-21 du Code de l’éducation)) :\n\n"
        "(…) les étudiants de troisième cycle des études de médecine ayant signé un contrat d’engagement de service public en application de "
        "l’article L. 632-6 peuvent demander, avant la fin du quatrième semestre d’internat, à changer de spécialité au sein de la "
        "subdivision dans laquelle ils sont affectés et parmi les spécialités offertes au titre de l’année universitaire durant laquelle ils "
        "ont été affectés en qualité d’internes.",
        [],
        distractors=["avant la fin du quatrième semestre d’internat (a condition, no date)"],
        note="the general-practice interns' union FAQ: a request allowed before the end of a semester of training, no date at all",
    )
    p(
        "r9s-fnsipbm-choix-de-stage",
        "https://fnsipbm.fr/accueil/internat/stage",
        "📅 Cet agrément est, sauf exception, valable pour une durée de 5 ans.\n"
        "[...]\n"
        "La procédure de choix de stage diffère selon le type de stage et selon la phase d’internat.\n"
        "Le choix des stages hospitaliers se fait en amphithéâtre, virtuel ou non, entre Septembre et mi-Octobre pour les semestres d’Hiver "
        "(Novembre – Avril) et entre Mars et mi-Avril pour les semestres d’Eté (Mai – Octobre). La date exacte de cette répartition est "
        "affichée au moins 2 mois avant celle-ci à l’ARS et à l’UFR.",
        [],
        distractors=[
            "entre Septembre et mi-Octobre, entre Mars et mi-Avril (the choice of posts, vague)",
            "Novembre – Avril, Mai – Octobre (semesters)",
        ],
        note="the pharmacy and biology interns' federation on the choice of placements: months and mid-months only, the exact date "
        "being posted elsewhere",
    )
    p(
        "r9s-vlex-internat-odontologie-2024-2025",
        "https://vlex.fr/vid/arrete-du-12-fevrier-1016586054",
        "Arrêté du 12 février 2024 portant ouverture du concours national d'internat en odontologie au titre de l'année universitaire "
        "2024-2025\n"
        "Jurisdiction | France |\n"
        "Enactment Date | 12 février 2024 |\n"
        "Date de publication | 15 février 2024 |\n"
        "[...]\n"
        "Par arrêté de la ministre du travail, de la santé et des solidarités en date du 12 février 2024, le concours national d'internat en "
        "odontologie est ouvert au titre de l'année universitaire 2024-2025 selon les modalités suivantes :\n"
        "La période des inscriptions est fixée du 1er au 31 mars 2024.\n"
        "Les épreuves se dérouleront à l'Espace Jean Monnet, 47, rue des Solets, 94533 Rungis, aux dates fixées ci-après :\n"
        "Epreuve rédactionnelle le 22 mai 2024, à 9 h 30 ;\n"
        "Epreuve de lecture critique d'article le 22 mai 2024, à 15 heures.\n"
        "Les candidats s'inscrivent sur le site dédié, accessible depuis le site internet du Centre national de gestion ( www.cng.sante.fr) "
        "pendant la période d'inscription.",
        [d("2024-03-31")],
        opens="2024-03-01",
        page_date="2024-02-15",
        distractors=[
            "12 février 2024 (the arrêté)",
            "le 22 mai 2024, à 9 h 30 ; le 22 mai 2024, à 15 heures (the exams)",
            "2024-2025 (the academic year)",
        ],
        note="a legal database's copy of the order opening the national dental internship exam: 'La période des inscriptions est "
        "fixée du 1er au 31 mars 2024' is a window after what is sent; the exam times are events",
    )
    p(
        "r9s-quotidien-pharmacien-ufp-18-janvier-prochain",
        "https://static3.lequotidiendupharmacien.fr/exercice-pro/etudes-formation-continue/cette-fac-qui-defie-la-pharmacie-francaise",
        "TOUT LE MONDE ne peut pas devenir pharmacien. Chaque année, un peu plus de 3 000 étudiants sont autorisés à poursuivre leurs études "
        "dans cette filière, à l’issue d’un concours difficile. Mais certains cherchent à contourner ce numerus clausus d’entrée dans la "
        "profession. Dans cet objectif, des étudiants français se tournent déjà vers d’autres pays européens, comme la Belgique ou la "
        "Roumanie (voir « le Quotidien » du 15 octobre). Désormais, plus besoin de s’exiler. Une université portugaise a carrément décidé de "
        "venir s’installer en France. Depuis le 12 novembre, l’université privée portugaise Fernando Pessoa (UFP) propose ainsi un cursus "
        "pharmacie (mais aussi dentaire) à La Garde, petite commune du Var. Afin d’attirer les étudiants mal classés à l’issue des premières "
        "épreuves du concours 2012-2013, elle a même décidé d’allonger ses délais d’inscription jusqu’au 18 janvier prochain.",
        [],
        distractors=[
            "du 15 octobre (an earlier issue)",
            "Depuis le 12 novembre (the course has been offered since, no year)",
            "jusqu’au 18 janvier prochain (extended enrolment, no year, undated page)",
            "2012-2013 (the exam year)",
        ],
        note="pharmacists' press on a private Portuguese university opening in France: an extended enrolment deadline, but 'le 18 "
        "janvier prochain' has no year and the page shows no date (the exam year 2012-2013 suggests January 2013), so "
        "unresolvable by the rules",
    )
    p(
        "r9s-ars-grand-est-evc-inscriptions-2021",
        "https://www.grand-est.ars.sante.fr/index.php/ouverture-des-inscriptions-pour-les-epreuves-de-verification-des-connaissances-evc-2021",
        "Ouverture des inscriptions pour les épreuves de vérification des connaissances (EVC) 2021\n\n"
        "Actualité\n"
        "[...]\n"
        "Les épreuves de vérification des connaissances (EVC) s’adressent aux praticiens titulaires d’un diplôme obtenu en dehors de l’Union "
        "européenne et permettant l’exercice de leur profession dans le pays d’obtention (PADHUE). Elles constituent la première étape de la "
        "procédure d’autorisation d’exercice (PAE). Les inscriptions sont ouvertes entre le 19 juillet et le 20 août 2021, 17H.\n\n"
        "Qui est concerné ?\n\n"
        "Les textes relatifs aux modalités d’inscription des Epreuves de vérification des connaissances pour les candidats à la Procédure "
        "d’autorisation d’exercice (PAE) ont été publiés au Journal Officiel le 11 juillet 2021.\n"
        "[...]\n"
        "Modalités d'inscription au concours\n\n"
        "Les inscriptions sont ouvertes entre le 19 juillet et le 20 août 2021 inclus, 17h00.",
        [d("2021-08-20", "17:00")],
        opens="2021-07-19",
        distractors=[
            "le 11 juillet 2021 (texts published in the official journal)",
            "EVC 2021 (a year)",
        ],
        note="a regional health agency's news on the knowledge tests for practitioners with non-EU diplomas: 'Les inscriptions sont "
        "ouvertes entre le … et le …', twice, with the closing time after a comma",
    )
    p(
        "r9s-pharmacien-de-france-places-vacantes-2023",
        "http://lepharmaciendefrance.fr/actualite-web/places-vacantes",
        "Places vacantes\n\n"
        "500\n\n"
        "C'est l'estimation du nombre de places inoccupées en deuxième année d'études de pharmacie en cette rentrée 2023.\n\n"
        "L'Académie nationale de pharmacie déplore le fait que « le déficit d'entrée en Pharmacie s'installe pour la seconde année "
        "consécutive ». Elle rappelle, dans un communiqué en date du 11 septembre 2023, que celui-ci était déjà de près de 1 200 étudiants à "
        "la rentrée 2022-2023 sur les 3 800 places proposées. Un chiffre plus précis, synthétisant les remontées exactes de chaque faculté, "
        "sera fourni dans le courant de la semaine prochaine par la Conférence des doyens des facultés de pharmacie, l'Ordre des pharmaciens "
        "et l'Anepf.\n\n"
        "15 Septembre 2023",
        [],
        page_date="2023-09-15",
        distractors=[
            "rentrée 2023, 2022-2023 (years)",
            "11 septembre 2023 (a press release)",
            "15 Septembre 2023 (the news date)",
        ],
        note="pharmacists' press on empty places in the second year of pharmacy studies: figures and dates of statements, no call",
    )
