"""Round 17 of the real passages (congresses' calls for abstracts and reports in psychiatry, intensive care, emergency medicine, diabetes, radiology, palliative care and general practice, interns' and students' unions, young researchers' days and doctoral communication contests, Belgian, Swiss, Quebec, Ontario, Moroccan, Algerian and Lebanese admissions and contests, exchange students, summer schools, doctoral schools' derogations and re-enrolments): test data only.

Collected and labelled on 4 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r17s-sfm-congres-sessions-vague",
        "http://sfm-microbiologie.org/page/page/showpage/page_id/29.html",
        "Qui peut soumettre des sessions au congrès national de la SFM ?\n- Les directions de section\n- Les directions des "
        "groupes de travail\n- L’ensemble des membres de la SFM\n- Les sociétés savantes et associations savantes invitées\n"
        "Chaque année le comité scientifique propose aux directions de sections, de groupes de travail, et à l’ensemble des "
        "membres de la SFM de soumettre des sessions entre début novembre et fin décembre. Les propositions sont examinées par "
        "les deux comités mi-janvier qui vont constituer le programme du congrès à partir des propositions retenues.",
        [],
        distractors=[
            "entre début novembre et fin décembre (a yearly submission window given by vague dates only)",
            "mi-janvier (the committees' examination, vague)",
        ],
        note="a microbiology society's yearly session call: the window is vague at both ends, so no day",
    )
    p(
        "r17s-sfar-editorial-stamp",
        "https://sfar.org/editorial-professeur-francis-bonnet/",
        "Mot du président de la SFAR – juin 2016\n\nMis en ligne le 20 juin 2018\nÉditoriaux\nRetour\n\nLa SFAR souhaite faire "
        "évoluer sa communication scientifique de façon significative dans les mois à venir.\n\nLe premier outil de "
        "communication est le congrès national organisé chaque année au Palais de Congrès de la Porte Maillot. [...] Pour "
        "poursuivre cette réflexion et la redynamiser, la SFAR a souhaité engager une collaboration avec un nouvel organisateur "
        "de congrès, la société LIVE qui sera en charge de cette organisation en 2017.",
        [],
        page_date="2018-06-20",
        distractors=[
            "juin 2016 (the editorial's month)",
            "Mis en ligne le 20 juin 2018 (the page's stamp)",
            "en 2017 (vague)",
        ],
        note="an anaesthesia society's editorial about its congress: a stamp and vague dates, no call",
    )
    p(
        "r17s-synhera-jdche-16-mars",
        "https://www.synhera.be/blog/actualites-1/post/5-questions-sur-la-jdche-edition-2023-749/",
        "5 questions sur la JdCHE édition 2023\n\nBloquez votre agenda de chercheur.e ! Le 16 mars, toute l’équipe de SynHERA "
        "vous attendra à la Journée des Chercheur.e.s en Haute École. Un rendez-vous annuel qui se veut être une véritable "
        "vitrine de la recherche appliquée réalisée au sein de notre réseau puisqu’il permet aux chercheur.e.s débutant.e.s ou "
        "confirmé.e.s de présenter leurs travaux de recherche au travers des communications orales et posters. [...] Nous "
        "souhaitions l’organiser en région liégeoise. Nous avons donc réalisé un appel à candidatures auprès de plusieurs "
        "établissements.",
        [],
        distractors=["Le 16 mars (the researchers' day itself, year-less; edition 2023)"],
        note="a Belgian researchers' day interview: the day is the event, not a deadline",
    )
    p(
        "r17s-ufc-forum-jeunes-chercheurs-vague",
        "https://endirect.univ-fcomte.fr/publication/rassemblement-de-jeunes-chercheurs",
        "Pour sa 18e édition, le forum des jeunes chercheurs en environnement et santé fait preuve d’une nouvelle maturité : il "
        "s’organise dans le cadre d’une école doctorale entièrement fusionnée entre les universités de Bourgogne et de "
        "Franche-Comté. Cent trente doctorants se sont réunis en septembre dernier à Besançon pour présenter leurs travaux de "
        "recherche à la communauté scientifique [...] La nouvelle école doctorale Environnements – santé, créée début 2012, "
        "regroupant 480 doctorants, scelle des liens déjà anciens entre les deux universités.",
        [],
        distractors=[
            "en septembre dernier (a past forum, vague)",
            "début 2012 (the school's creation, vague)",
        ],
        note="a doctoral school's young researchers' forum report: no call, vague dates only",
    )
    p(
        "r17s-cfp-nl5-nantes-2014",
        "http://www.congresfrancaispsychiatrie.org/nl5_1/",
        "Le CFP aura cinq ans – pas encore l’âge de raison – lors de sa prochaine édition, à Nantes, du 26 au 29 novembre 2014. "
        "Nous espérons que vous nous renouvellerez votre confiance en venant, encore plus nombreux que ces dernières années, à "
        "cette sixième édition. [...] un congrès fondé sur le bénévolat de tous, ce qui nous a permis de faire des économies et "
        "de soutenir des initiatives en direction de l’ensemble de la profession, notamment en direction des jeunes psychiatres "
        "(bourses, prix « meilleur article », école d’été).",
        [],
        distractors=["du 26 au 29 novembre 2014 (the congress's dates)"],
        note="a psychiatry congress's newsletter: the congress span is an event; grants are named without dates",
    )
    p(
        "r17s-apc-resumes-29-fevrier-2024",
        "https://www.cpa-apc.org/fr/appel-des-resumes/",
        "2024 Proposition de résumés\n\nNe manquez pas l’occasion de présenter votre travail à des psychiatres, des stagiaires et "
        "d’autres professionnels de la santé mentale de partout au Canada!\n\nSoumettez votre résumé d’ici le 29 février 2024 "
        "pour proposer un cours, une présentation générale, une communication ou une présentation par affiches au 74e congrès "
        "annuel de l’Association des psychiatres du Canada, qui aura lieu à Montréal du 6 au 9 novembre 2024. [...]\n\nLes "
        "résumés doivent être soumis via notre formulaire de proposition de communications en ligne jusqu’au 29 février 2024 à "
        "minuit (heure du Pacifique).",
        [d("2024-02-29", "23:59")],
        distractors=["du 6 au 9 novembre 2024 (the congress's dates)"],
        note="a Canadian psychiatrists' congress call for abstracts (abstracts are the candidature: application); midnight "
        "is 23:59 (the zone is Pacific time, not Paris)",
    )
    p(
        "r17s-isnar-img-congres-nancy-2017",
        "https://www.isnar-img.com/medecine-2-0-vers-linfini-dela-franc-succes-congres-internes-de-medecine-generale/",
        "« Médecine 2.0 : vers l’infini et au-delà »\nFranc succès pour le Congrès des internes de Médecine Générale\n\n"
        "Lyon – 31 janvier 2017\n\nUn rassemblement riche et de qualité\n\nLes 27 et 28 janvier 2017 s’est tenu le 18eme Congrès "
        "des internes de Médecine Générale à Nancy. Ce sont près de 600 internes qui se sont réunis pour échanger sur leur "
        "pratique actuelle et future dans une ambiance conviviale, marquée notamment le vendredi soir par le Gala des 20 ans "
        "dans le magnifique cadre de l’Abbaye des Prémontrés.",
        [],
        page_date="2017-01-31",
        distractors=[
            "Lyon – 31 janvier 2017 (the press release's date)",
            "Les 27 et 28 janvier 2017 (the congress held)",
        ],
        note="a general-practice interns' union's press release after its congress: no call",
    )
    p(
        "r17s-sfapsy-cfp-2016-vague",
        "https://sfapsy.com/index-php/presse/dossier-le-suicide-en-algerie/58-sfap/414-congres-francais-de-psychiatrie-2016",
        "Congrès Français de Psychiatrie 2016\nhttp://www.congresfrancaispsychiatrie.org/congres-montpellier-2016/\nMontpellier "
        "accueille en 2016, la 8ème édition du Congrès Français de Psychiatrie sous le thème de l'innovation. Ce congrès est né en "
        "2009 de la volonté de fédérer toutes les composantes de la psychiatrie française dans tous ses champs d'exercice. [...] "
        "le nombre de participants ne cesse de croître d'année en année (4000 à Lille en 2015)",
        [],
        distractors=["en 2016, en 2009, en 2015 (years only)"],
        note="a society's relay of a psychiatry congress: years only",
    )
    p(
        "r17s-qdm-cfp-2009-publie",
        "https://static2.lequotidiendumedecin.fr/archives/la-fin-de-la-balkanisation-de-la-discipline",
        "Le premier Congrès français de psychiatrie\n\nLa fin de la balkanisation de la discipline\n\nPublié le 11/11/2009\n"
        "Article réservé aux abonnés\n[...]\nL’IDÉE DU CFP est née il y a dix-huit mois, de l’initiative d’un groupe de "
        "psychiatres français qui souhaitaient remettre à l’ordre du jour la tenue régulière d’un grand congrès de leur "
        "discipline [...] Les règles sont celles des grands congrès internationaux : soumission préalable des propositions de "
        "sessions ou de communication au conse",
        [],
        page_date="2009-11-11",
        distractors=["Publié le 11/11/2009 (the article's stamp)"],
        note="press about a psychiatry congress's first edition: submission is named without a date",
    )
    p(
        "r17s-uliege-2e-cycle-ue-2020",
        "https://www.enseignement.uliege.be/cms/c_9122907/en/1re-inscription-au-2e-cycle-ue",
        "2nd cycle : European Union (outside Belgium)\n\negistration procedures for the Master’s degree for students with a "
        "diploma obtained within the European Union. [...]\n\nDirect access (with a Belgian diploma)\n\nOnline form to be "
        "completed between June 24 and September 30, 2020\n\nNo direct access (with a foreign diploma)\n\nOnline form to be "
        "completed between February 1, 2020 and August 31, 2020 for an admission application\n\nIf you do not benefit from direct "
        "access, there are specific conditions for certain study programmes:\n\n  • Access to the Master’s degree in Medicine or "
        "Dentistry is subject to special conditions. [...]\n  • Masters in Psychology, option Clinical Psychology: "
        "Neuropsychology\n    Students wishing to be admitted to this option must return their application no later than 30 "
        "April 2020.",
        [d("2020-09-30"), d("2020-08-31"), d("2020-04-30")],
        opens="?",
        distractors=[],
        note="a Liège university's master's admissions (English page): two online-form windows and one option's deadline; two "
        "windows open on different days, so the opening is not scored",
    )
    p(
        "r17s-srlf-reanimation-2016-bilan",
        "https://www.srlf.org/congres/anciens-congres/reanimation-2016-defi-reussi/",
        "Réanimation 2016 : Défi réussi\n\nIl n’est pas fréquent que nous puissions nous réjouir et dire bien haut notre fierté "
        "devant une réussite qui est celle de tout un chacun. [...] nouveau lieu (Porte de Versailles), nouveau nom (Réanimation "
        "2016), nouvelles dates proches des fêtes de fin d’année [...], résumés des communications devant être envoyés en "
        "anglais, [...] et bien entendu contexte tendu suite aux attentats de novembre dernier [...]\n  1. Tout d’abord nous "
        "n’avons jamais reçu autant de résumés « médecins » que cette année. Augmentation de 8 % par rapport à 2015 (510 vs 471) "
        "[...] D’ailleurs, les résumés sélectionnés seront publiés dès la fin de ce mois dans Annals of Intensive Care",
        [],
        distractors=[
            "novembre dernier (vague)",
            "dès la fin de ce mois (the selected abstracts' publication, vague)",
        ],
        note="an intensive-care society's congress report: abstracts already sent, no call",
    )
    p(
        "r17s-srlf-reanimation-2017-bilan",
        "https://www.srlf.org/congres/anciens-congres/reanimation-2017-grand-cru/",
        "Réanimation 2017 : un grand cru\n\nUne fois de plus, notre congrès a été une réussite dont la SRLF peut s’enorgueillir. "
        "[...] Le congrès est le lieu de présentation des travaux de recherche en réanimation et médecine intensive. A ce titre, "
        "le nombre de résumés reçus est toujours aussi important (460 résumés soumis cette année). La soumission des résumés en "
        "anglais n’est définitivement pas un obstacle pour les réanimateurs francophones. [...] les résumés sélectionnés pour le "
        "congrès ont été publiés dans AIC dès le début du congrès.",
        [],
        distractors=[],
        note="an intensive-care congress report without any date: nothing to find",
    )
    p(
        "r17s-afib-retour-srlf-2021",
        "https://afib.asso.fr/details/articles/retour-srlf-2021",
        "Retour SRLF 2021\n\nUn des premiers congrès en présentiel depuis bien longtemps et non des moindres car il s’agissait du "
        "congrès annuel de la société de réanimation de langue française (SRLF) dont les dates, 9 au 11 juin 2021, avaient été "
        "programmées, de manière atypique, sur le mois de juin lors du dernier congrès en février 2020. Vraisemblablement plus de "
        "2000 personnes se sont retrouvées sur la palais des congrès de la porte Maillot à Paris",
        [],
        distractors=[
            "9 au 11 juin 2021 (the congress's dates)",
            "en février 2020 (a past congress, vague)",
        ],
        note="a biomedical engineers' association's congress report",
    )
    p(
        "r17s-afib-retour-srlf-2023",
        "https://afib.asso.fr/details/articles/retour-srlf-2023",
        "Retour sur la SRLF 2023 et la session AFIB\n\nDu 14 au 16 juin 2023 s’est déroulée à Paris l’édition 2023 du congrès "
        '"réanimation" de la SRLF (société de réanimation de langue française). [...]\n\nLa session commune SRLF-AFIB s’est '
        "déroulée le vendredi 16 juin. Malgré l’horaire matinal (8h30), une quarantaine de participants ont assisté à cette "
        "session « Réanimation et technologies : cap sur 2030 »",
        [],
        distractors=[
            "Du 14 au 16 juin 2023 (the congress held)",
            "le vendredi 16 juin (a session held, 8h30)",
        ],
        note="a congress report: the days are past events",
    )
    p(
        "r17s-anemf-ifmsa-15-aout",
        "http://anemf.org/mobilite/ag-de-l-ifmsa.html",
        "Le 15 août dernier se terminait le 61ème August Meeting de l’IFMSA (International Federation of Medical Students "
        "Associations), qui s’est déroulé à Mumbai en Inde. L’ANEMF y représentait la France, parmi 101 autres nations. [...]\n\n"
        "Chaque année, ce sont plus de 250 contrats qui sont signés entre la France et divers pays (Indonésie, Allemagne, Suède, "
        "Turquie…), ce qui permet aux étudiants en médecine français de partir durant un mois découvrir un autre système de "
        "soin",
        [],
        distractors=["Le 15 août dernier (a meeting's end, year-less, undated page)"],
        note="a medical students' association's report on an international meeting; exchanges are named without a call date",
    )
    p(
        "r17s-monastir-inscription-2012",
        "http://medecine-monastir.org/en/etudes/inscription",
        "Registration\n\nRentrée universitaire le 12 septembre 2012\n\nL’inscription universitaire pour l'année universitaire "
        "2012/2013 à la Faculté de Médecine de Monastir, pour les anciens et les nouveaux étudiants, se fait exclusivement sur le "
        "site national d'inscription universitaire http://www.inscription.tn\n[...]\nAnnulation d’inscription\nTout étudiant "
        "ayant procédé à son inscription peut demander, auprès de l'administration de la faculté, l'annulation de son "
        "inscription pour raison de maladie ou autres d'ordre personnel. [...] l’étudiant doit déposer auprès de "
        "l’Administration de la Faculté, un dossier appuyé des pièces justificatives et ce dans un délai d’un mois au plus tard, "
        "à partir du démarrage des cours et dans tous les cas avant le premier examen comptabilisé dans la moyenne finale.",
        [],
        distractors=[
            "le 12 septembre 2012 (the start of term)",
            "dans un délai d’un mois (a relative delay, no date)",
        ],
        note="a Tunisian faculty's registration page: the start of term is an event; the cancellation delay is relative",
    )
    p(
        "r17s-qdm-anemf-garanties-ecn",
        "https://www.lequotidiendumedecin.fr/archives/les-etudiants-demandent-des-garanties",
        "L'ASSOCIATION nationale des étudiants en médecine de France (Anemf) souhaite avoir rapidement des garanties sur deux "
        "dossiers majeurs pour l'avenir des études médicales. [...] Cette épreuve, qui devait initialement intégrer les épreuves "
        "classantes nationales (ECN) en 2008, a été annulée en février à la suite d'une manifestation nationale des étudiants. "
        "[...] Un rendez-vous a été promis aux étudiants fin mars par la précédente équipe ministérielle. [...] Les étudiants "
        "veulent éviter que l'arrêté qui fixera cette répartition ne paraisse après les ECN, qui se dérouleront les 12 et 13 "
        "juin.",
        [],
        distractors=[
            "les 12 et 13 juin (the national exams, year-less, undated page)",
            "fin mars, en février (vague)",
        ],
        note="press on a students' association's demands: exam days and vague months",
    )
    p(
        "r17s-cfp-international-poster-prize-2024",
        "https://congresfrancaispsychiatrie.org/congres/international-poster-prize",
        "International Poster Prize\n\nInternational Poster Prize 2024\n\nPoster submission guidelines – Deadline: 30 August  "
        "2024\n\nTo submit a proposal for a poster, the corresponding author is asked to provide the following information: [...]"
        "\n\nAll abstracts shall be submitted through the online form on the congress website, according to the above-mentioned "
        "criteria.\n\nAll Abstracts must be submitted in English. The corresponding authors must not be affiliate in France. [...]"
        "\n\nThe top five shortlisted applicants will be asked to make an oral presentation in English or in French during the "
        "French Congress of Psychiatry in Lyon, France\n\nA special prize will be awarded to the best oral presentation (free "
        "registration, transportation and 3 nights in an Hotel to CFP 2024 in Rennes, France).\n\nDeadline for submission : 30 "
        "August  2024",
        [d("2024-08-30")],
        note="a French psychiatry congress's poster prize for authors abroad (English page): the abstract is the candidature; "
        "the same day twice is one deadline",
    )
    p(
        "r17s-le360-concours-medecine-2022",
        "https://fr.le360.ma/societe/concours-dentree-en-medecine-ce-quil-faut-savoir-262899",
        "Le ministère de l’Enseignement supérieur vient de dévoiler, dans une note, le cadre référentiel du concours national "
        "commun d’accès aux Facultés de médecine, de pharmacie et de médecine dentaire pour l’année universitaire 2022-2023, prévu "
        "le 29 juillet prochain.\n\nSelon une note adressée aux présidents des universités et aux directeurs des académies "
        "régionales d'éducation, hier, jeudi 30 juin 2022, par le ministère de l'Enseignement supérieur, [...] l'examen écrit est "
        "prévu le 29 juillet prochain.\n\nLes candidats souhaitant passer le concours national commun d’accès aux Facultés de "
        "médecine, de pharmacie et de médecine dentaire doivent ainsi déposer leur candidature sur la plateforme en ligne du "
        "concours, dans le cadre de l’opération de préinscription, et ce, entre le mardi 5 juillet et le samedi 23 juillet "
        "2022.\n\nLes candidats ayant obtenu un baccalauréat étranger sont tenus de télécharger et de joindre une copie de leur "
        "bac, ainsi qu'un relevé de notes et une copie de leur Carte nationale d'identité dans l'espace prévu à cet effet sur "
        "cette plateforme électronique, au plus tard le vendredi 15 juillet 2022.",
        [d("2022-07-23", kind="letter_of_intent"), d("2022-07-15")],
        opens="2022-07-05",
        distractors=[
            "le 29 juillet prochain (the written exam, year-less; the page shows no date of its own)",
            "jeudi 30 juin 2022 (the ministry's note)",
        ],
        note="a Moroccan medical schools' entrance contest: the pre-registration window (préinscription is a first stage by the "
        "rules' kinds) and the foreign-bac documents' upload; the stored copy shows no page date, so page_date is null",
    )
    p(
        "r17s-atlasinfo-concours-maroc-2019",
        "https://www.atlasinfo.fr/Maroc-les-dates-du-concours-d-acces-aux-facultes-de-medecine-de-pharmacie-et-de-medecine-dentaire-pour-2019-2020_a101311.html",
        "Le ministère de l'Éducation nationale, de la formation professionnelle, de l'enseignement supérieur et de la recherche "
        "scientifique a annoncé les dates du concours d'accès aux facultés de médecine, de pharmacie et de médecine dentaire au "
        "titre de l'année 2019-2020 [...]\n\nSelon un communiqué du ministère, les examens se dérouleront dans les Facultés de "
        "médecine, de pharmacie et de médecine dentaire publiques selon le calendrier fixé dans les notes ministérielles n° "
        "01/487 et 01/488 en date du 24 mai 2019, le 18 juillet prochain dans les Facultés de médecine, de pharmacie et de "
        "médecine dentaire de Rabat, Casablanca, Marrakech, Fès, Oujda, Agadir et Tanger pour la filière médecine. Ils sont "
        "programmés le 19 juillet pour la médecine dentaire [...] et le 20 juillet pour la filière pharmacie",
        [],
        distractors=[
            "en date du 24 mai 2019 (the ministerial notes' date)",
            "le 18 juillet, le 19 juillet, le 20 juillet (exam days, year-less; the stored copy shows only a month)",
        ],
        note="a news relay of Moroccan medical entrance exams: exam days and a text's date, nothing to send",
    )
    p(
        "r17s-usj-admission-fevrier-2010",
        "https://fdocument.pub/document/admission-sur-dossier-en-fevrier.html",
        "Admission sur dossier en février\n\nUniversité Saint-Joseph\n\n2010 – 2011\n\nFaculté de Médecine\n\nFaculté de "
        "Pharmacie\n\nFaculté de Médecine dentaire [...]\n\nFiche d’inscription et engagements dûment remplis et signés (inclus "
        "dans le dossier).\n\nDeux lettres d’appréciation confidentielles, émanant d’un professeur de matière scientifique et "
        "d’un professeur de matière non scientifique de la classe terminale [...]\n\nUne photo format passeport datée de moins "
        "de trois mois [...]\n\nUne lettre manuscrite de motivation.\n\nLes droits d’inscription (125000 L.L.)",
        [],
        distractors=["en février (the admission round, vague)"],
        note="a Beirut university's admission file for its medical faculty: only a month, no day",
    )
    p(
        "r17s-antidote-isnar-dpc-textes",
        "https://antidote.isnar-img.com/developpement-medical-continu-ca-commence-des-linternat/",
        "Développement Professionnel Continu … ça commence dès l’internat.\n\nLe Développement Professionnel Continu (DPC) est "
        "une obligation légale pour tout médecin, quel que soit sa spécialité. [...] La loi de Modernisation de notre Système de "
        "Santé, a été publiée au Journal Officiel le 27 janvier 2016. La parution du décret 2016-942 du 8 juillet 2016 vient la "
        "compléter et créer l’Agence Nationale du Développement Professionnel Continu (ANDPC). [...] Pour les médecins, cette "
        "indemnisation s’élève en 2018, à 45 euros par heure [...]\n\nEt bien, en tant qu’interne, la plupart des organismes "
        "peuvent vous inviter à leurs formations. [...] ces formations qui coûtent souvent plusieurs centaines d’euros sont "
        "gratuites pour nous, dans la limite des places disponibles.",
        [],
        distractors=[
            "le 27 janvier 2016 (a law's publication)",
            "du 8 juillet 2016 (a decree's date)",
            "en 2018 (a year)",
        ],
        note="an interns' union's magazine on continuing education: texts' dates, no call",
    )
    p(
        "r17s-sn-mot-president-2008",
        "https://soc-nephrologie.org/esociete/motpresident/2008_10_ronco.htm",
        "septembre 2007 - juillet 2008 - octobre 2008 - novembre 2008 - septembre 2009\nParis, le 2 octobre 2008\nChers "
        "collègues, chers amis,\n[...] Je vous avais informé du succès attendu de cette réunion, qui va réunir la Francophonie à "
        "Marrakech [...] Le Bureau a décidé cette année d'annoncer les noms des lauréats de la Médaille Jean Hamburger avant la "
        "réunion. [...] Le Comité de Pilotage a choisi de donner une visibilité particulière à la remise des médailles, qui sera "
        "effectuée cette année au cours de la cérémonie d'ouverture du congrès.",
        [],
        page_date="2008-10-02",
        distractors=[
            "Paris, le 2 octobre 2008 (the letter's date)",
            "the archive's months (navigation)",
        ],
        note="a nephrology society's president's letter before its congress: medals announced, no call",
    )
    p(
        "r17s-qdm-sfd-bilan-presidence",
        "https://static2.lequotidiendumedecin.fr/specialites/diabetologie-endocrinologie/bilan-dune-presidence",
        "L’événement était forcément très attendu : la Société francophone du diabète (SFD) a enfin pu organiser de nouveau son "
        "congrès annuel en présentiel en 2022. [...] Un autre motif de satisfaction est le fait que la société savante a pu "
        "maintenir le même niveau de bourses, avec un total de 700 000 €, dont la moitié a été fournie par l’industrie "
        "pharmaceutique [...] « Il s’agit de bourses entre 20 000 € et 40 000 €, qui permettent de financer des thèses ou des "
        "travaux en laboratoire » [...]\nEn décembre 2021, elle a publiée sa prise de position sur la prise en charge "
        "médicamenteuse du diabète de type 2.",
        [],
        distractors=["en 2022, En décembre 2021 (vague)"],
        note="press on a diabetes society's year: grants named without any call date",
    )
    p(
        "r17s-idietetique-sfd-36e-congres",
        "http://www.i-dietetique.com/articles/le-36eme-congres-de-la-societe-francophone-du-diabete-a-rencontre-un-franc-succes/7793.html",
        "Le 36ème Congrès de la Société Francophone du Diabète a rencontré un franc succès\n\nlu 4968 fois\n\nLe Congrès de la "
        "Société Francophone du Diabète, qui a fermé ses portes vendredi dernier (Lille Grand Palais – 16 au 19 mars), a pris le "
        "parti pour sa 36ème édition, de proposer un programme scientifique équilibré [...] ils étaient 4100 en 2009 ; 4400 "
        "visiteurs se sont pressés lors de cette nouvelle édition",
        [],
        distractors=["16 au 19 mars (the congress held, year-less, undated page)"],
        note="a congress report on a nutrition site",
    )
    p(
        "r17s-sfd-lettre-31-bruxelles-2020",
        "https://d19cgyi5s8w5eh.cloudfront.net/usr/6e466d804696c9f45ecfe1f6e659c136/eml/L7cKXiM8R9yWQxAnC2V6Fg?t=1",
        "La SFD et Vous SOCIETE FRANCOPHONE DU DIABETE\nLettre d’informations N°31 Juillet-Août 2020\n[...]\nLe congrès SFD reste "
        "présentiel !\nVous le savez tous désormais, le congrès SFD 2020 sera présentiel du 8 au 11 septembre à Bruxelles. Mais "
        "la crise que nous venons de traverser – et traversons encore car le virus circule toujours – a changé et va changer "
        "notre façon de travailler [...] En juin, j’ai pu assister à mon premier congrès virtuel avec celui de l’ADA",
        [],
        distractors=[
            "du 8 au 11 septembre (the congress's dates; the letter is of July-August 2020)",
            "Juillet-Août 2020 (the issue's months)",
        ],
        note="a diabetes society's newsletter: the congress span is an event; the issue gives only months, so page_date is null",
    )
    p(
        "r17s-unige-candidat-suisse-15-fevrier-2018",
        "http://www.unige.ch/admissions/sinscrire/conditions-admissions/conditions-particulieres-par-programme/medecine1/admission-medecine/candidatsuisse/",
        "Candidats de nationalité suisse (médecine)\n\nLes candidats de nationalité suisse doivent être porteurs d'un des "
        "diplômes / titres suivants:\n\n  • certificat de maturité gymnasiale\n  • certificat de maturité suisse\n  • diplôme "
        "d'une HES\n  • certificat cantonal de maturité reconnu sur le plan suisse (selon l'Ordonnance fédérale du 15 février 1995 "
        "sur la reconnaissance des certificats de maturité gymnasiale et le Règlement de la CDIP du 16 janvier 1995 [...])\n[...]"
        "\nImportant - Vous devez être en mesure de fournir une copie de votre carte d’identité suisse ou passeport suisse au 15 "
        "février 2018",
        [],
        distractors=[
            "au 15 février 2018 (a condition: the document must be in hand on that day)",
            "du 15 février 1995, du 16 janvier 1995 (texts' dates)",
        ],
        note="a Geneva medical faculty's admission conditions: the day is when the candidate must be able to show a document, "
        "a condition rather than a sending (by what a subscriber needs; the pre-registration itself is elsewhere)",
    )
    p(
        "r17s-rennes-journees-sfmu-2024",
        "https://centre-congres-rennes.fr/magazine/choisir-le-couvent/journees-sfmu",
        "Publié le 28 octobre 2024 par Priscilla Gout, mis à jour le 29 octobre 2024\nCongrès SFMU : “Il est rare d’avoir un "
        "centre des congrès aussi accessible”\nRetour sur les Journées de la Société française de médecine d’urgence à Rennes.\n"
        "La SFMU organisait ses Journées thématiques interactives au Couvent des Jacobins, du 16 au 18 octobre, avec 350 "
        "participants. [...] Le congrès a lieu en juin à Paris, seul centre des congrès en capacité de recevoir 3 000 à 4000 "
        "participants. En parallèle, chaque automne, après avoir fait acte de candidature, une ville en région accueille les "
        "Journées",
        [],
        page_date="2024-10-29",
        distractors=[
            "Publié le 28 octobre 2024, mis à jour le 29 octobre 2024 (stamps)",
            "du 16 au 18 octobre (the days held, year-less and past)",
            "en juin (vague)",
        ],
        note="a congress venue's article on emergency medicine days: past event, no call",
    )
    p(
        "r17s-qdm-sfmu-2014-editorial",
        "https://medecine-generale.lequotidiendumedecin.fr/hopital/urgences/savoir-et-savoir-faire",
        "Editorial\n\nSavoir et savoir faire\n\nPublié le 05/06/2014\nArticle réservé aux abonnés\n\nLe 8e congrès de la "
        "Société Française de Médecine d’Urgence se déroule du 4 au 6 juin à Paris – Porte Maillot. [...]\n\nL’édition 2014, "
        "comme de coutume depuis quelques années, fera ses premiers pas dès le 3 juin, par la journée pré-congrès destinée à la "
        "formation en atelier [...] Inutile de dire que plus aucune place n’est disponible depuis des semaines…",
        [],
        page_date="2014-06-05",
        distractors=[
            "Publié le 05/06/2014 (stamp)",
            "du 4 au 6 juin (the congress)",
            "dès le 3 juin (the pre-congress day)",
        ],
        note="an emergency medicine congress editorial: event days only",
    )
    p(
        "r17s-qdm-sfmu-2016-actualite",
        "https://rhumatologie.lequotidiendumedecin.fr/archives/un-congres-2016-au-coeur-de-lactualite",
        "Les points chauds de la SFMU\n\nUn congrès 2016 au cœur de l’actualité\n\nPar\nPublié le 30/05/2016\nArticle réservé aux "
        "abonnés\n\nImpossible bien sûr de faire autrement. L’actualité de la fin de l’année 2015 avec les dramatiques attentats "
        "du 13 novembre à Paris occupera une place importante lors du congrès de la Société française de médecine d’urgence "
        "(SFMU). [...]\n\nDES 2017\n\nUn autre temps fort sera l’actualité autour d’un événement d’importance : la mise en place, "
        "à la rentrée de 2017, du DES de médecine d’urgence.",
        [],
        page_date="2016-05-30",
        distractors=[
            "Publié le 30/05/2016 (stamp)",
            "du 13 novembre (a past event)",
            "à la rentrée de 2017 (vague)",
        ],
        note="press before an emergency medicine congress",
    )
    p(
        "r17s-fnsipbm-annee-recherche-textes",
        "http://www.fnsipbm.fr/la-recherche",
        "L’Internat et la Recherche\n\nIl est possible durant l’internat d’avoir une activité de recherche [...]\n\nLes années "
        "recherche sont fixées par l’arrêté du 8 juillet 2010 modifiant l'arrêté du 4 octobre 2006 définissant les modalités "
        "d'organisation de l'année-recherche durant le troisième cycle des études de médecine, d'odontologie et de pharmacie.\n\n"
        "Les principales modifications apportées le 8 juillet 2010 sont : [...]\n\nUn arrêté annuel fixe la répartition par "
        "inter-régions le nombre d'internes susceptibles de bénéficier d'une année-recherche. Il est publié généralement au "
        "printemps au Journal Officiel de la République Française, et les commissions d’années-recherche se déroulent "
        "d’ordinaire en fin d’année universitaire.",
        [],
        distractors=[
            "l’arrêté du 8 juillet 2010, du 4 octobre 2006 (texts' dates)",
            "au printemps, en fin d’année universitaire (vague)",
        ],
        note="a pharmacy and biology interns' federation on the research year: texts' dates and vague seasons",
    )
    p(
        "r17s-quotidien-oran-residanat-convocations",
        "http://lequotidien-oran.com/index.php?news=5221237",
        "Le blocus des deux\ninstituts de la faculté de médecine d'Oran (INESSM et ISM), entamé il y a une\ndizaine de jours par "
        "les lauréats du concours de résidanat 2015, a été finalement gelé\ndimanche. [...] La journée de dimanche a connu aussi\n"
        "le lancement des inscriptions administratives au département de médecine pour\nles candidats qui peuvent retirer leurs "
        "convocations du 15 au 25 novembre en\ncours sur présentation d'une fiche de renseignement remplie lors de la "
        "préinscription sur le site web (www.oran.residanat-dz.com).\nAucun dossier ne sera accepté si la préinscription\nsur site "
        "n'a pas été auparavant effectuée, selon l'administration.",
        [],
        distractors=[
            "du 15 au 25 novembre en cours (collecting convocations, year-less, undated page)"
        ],
        note="an Oran residency contest's second session in the press: the window is for fetching convocations (no sending) "
        "and is year-less on an undated page",
    )
    p(
        "r17s-djazairess-residanat-oran-report",
        "https://djazairess.com/fr/lqo/5221927",
        "La deuxième session du concours de résidanat d'Oran, qui devait se dérouler les 5, 6 et 7 décembre en cours, aura "
        "finalement lieu les 12, 13 et 14 du même mois. C'est ce qui a été annoncé par le nouveau doyen de la faculté de médecine "
        "[...] Les inscriptions administratives pour la deuxième session du résidanat d'Oran avaient été entamées mi-novembre "
        "dernier et se sont poursuivies jusqu'au 21 du même mois, rappelle-t-on.",
        [],
        distractors=[
            "les 5, 6 et 7 décembre, les 12, 13 et 14 (exam days moved, year-less)",
            "mi-novembre dernier, jusqu'au 21 du même mois (a past registration, vague and year-less)",
        ],
        note="a residency contest postponed: exam days and a closed registration on an undated page",
    )
    p(
        "r17s-iforum-udem-congres-stagiaires-2003",
        "http://iforum.umontreal.ca/Forum/ArchivesForum/2002-2003/030203/article1999.htm",
        "Édition du 3 février 2003 / volume 37, numéro 19\n\nLe plus important congrès de stagiaires de recherche au Québec\nIl "
        "s'agit du deuxième congrès de ce type à se dérouler à Montréal.\n\nLes stagiaires de recherche en santé de la Faculté de "
        "médecine et des centres hospitaliers affiliés à l’Université de Montréal ont occupé le Palais des congrès le 22 janvier "
        "dernier pour leur congrès commun. Plus de 340 travaux ont été présentés par des chercheurs dont certains en étaient à "
        "leur première expérience de communication.",
        [],
        page_date="2003-02-03",
        distractors=[
            "Édition du 3 février 2003 (the issue's date)",
            "le 22 janvier dernier (the congress held)",
        ],
        note="a Montreal faculty's research trainees' congress report",
    )
    p(
        "r17s-udem-reseaulab-2019",
        "https://medecine.umontreal.ca/2019/06/05/la-collaboration-interdepartementale-au-coeur-du-premier-congres-pour-les-etudiants-en-recherche",
        "Multidisciplinarité, rencontres et échanges : la première édition du congrès RéseauLab a rassemblé avec succès une "
        "centaine d’étudiants en recherche de la Faculté de médecine.\nSe tenant à l’Hôtel Castel de Granby les 16 et 17 mai "
        "derniers, l’événement RéseauLab a été pensé par et pour les étudiants, afin de favoriser les collaborations",
        [],
        distractors=["les 16 et 17 mai derniers (the congress held, year-less)"],
        note="a Montreal students' research congress report; the page's date is only in its address, so page_date is null",
    )
    p(
        "r17s-blog-journee-recherche-lyon-2018",
        "http://adamrochepeau.blogspot.com/2018/03/journee-de-la-recherche.html",
        "mardi 13 mars 2018\n\nJournée de la Recherche\n\nPlace des étudiants en santé dans le monde de la recherche\n\nCe samedi "
        "10 mars eu lieu la Journée de la Recherche organisée par les étudiants en double-cursus Santé-Sciences de l’Université "
        "de Lyon. Cet événement, proposé avec le soutien du Département de Biologie Humaine de la Faculté Lyon-Est et de "
        "l’Association Médecine Pharmacie Sciences, a pris place au sein de la Faculté de médecine elle-même.",
        [],
        page_date="2018-03-13",
        distractors=["mardi 13 mars 2018 (the post's date)", "Ce samedi 10 mars (the day held)"],
        note="a student's blog on a double-curriculum research day",
    )
    p(
        "r17s-usherbrooke-nouveautes-2023",
        "https://www.usherbrooke.ca/etudes-medecine/programmes-detudes/doctorat-en-medecine/admission/quoi-de-nouveau-pour-2023",
        "Quoi de nouveau pour 2023?\nOn ne trouvera ici que les principales nouveautés pour l'admission en 2023 au programme de "
        "doctorat en médecine de l'Université de Sherbrooke.\nLa date limite pour fournir la preuve de réussite de l'exigence des "
        "cours préalables est désormais devancée au 15 août de l'année d'admission visée.\nLa personne candidate qui n'aura pas "
        "rempli ses préalables à cette date verra sa demande l'admission refusée.\nÀ noter que cette nouveauté ne s’applique pas "
        "au contingent québécois, catégorie universitaire avec profil particulier, puisque les cours préalables exigés pour cette "
        "catégorie doivent, comme auparavant, avoir été complétés et réussis à la date limite de dépôt de la demande d’admission "
        "(1er novembre).",
        [],
        distractors=[
            "au 15 août de l'année d'admission visée (proof of prerequisites, year-less; the page is undated)",
            "(1er novembre) (the application deadline, year-less on an undated page)",
        ],
        note="a Sherbrooke medical school's admission changes: both days are year-less on an undated page (2023 is the "
        "admission year, the 1 November deadline falls the year before), so nothing resolves though a subscriber would want them",
    )
    p(
        "r17s-omsas-references-13-septembre-2024",
        "https://ouac.on.ca/fr/guide/omsas-comment-faire-demande",
        "Étape 2 : Préparer votre demande et soumettre la documentation requise\nVeuillez soumettre votre demande et tous les "
        "relevés de notes et documents requis exigés par les facultés de médecine auxquelles vous faites demande au plus tard "
        "les dates limites.\nLa documentation requise comprend :\n- Les relevés de notes\n- Les références\n- Envoyer les "
        "demandes de référence à vos répondantes et/ou répondants au plus tard le 13 septembre 2024, afin de les donner "
        "suffisamment de temps pour préparer leur référence et la soumettre à OMSAS avant la date limite. Les références ne "
        "peuvent être soumises après la date limite de la demande d’admission.",
        [d("2024-09-13", kind="other")],
        note="Ontario's medical school application service: the candidate must send the reference requests by that day (a "
        "referees' step: kind other, like recommendation letters); the application deadline itself is not dated here",
    )
    p(
        "r17s-sfap-congres-poitiers-2024-resumes",
        "https://congres.sfap.org/en/node/111",
        "Le congrès national de la Société Française d'Accompagnement et de soins Palliatifs vous offre l'opportunité de partager "
        "vos travaux de recherche, votre expérience et votre savoir-faire. [...]\nLe Groupe Scientifique du congrès de Poitiers "
        "2024 vous invite à adresser vos propositions de communication qui, si elles sont retenues, pourront être présentées soit "
        "sous la forme d'une communication orale, soit d'un poster. [...]\nLes instructions et conseils suivants sont proposés "
        "pour vous aider et vous encourager à oser nous envoyer un résumé, de même qu'un web séminaire gratuit, le 6 septembre "
        "2023.\nLes résumés seront soumis directement en ligne, via le lien suivant : "
        "https://congres.sfap.org/fr/form/appel-a-communication-2024\navant le 5 novembre 2023, 23h59.\nLe nombre de résumés "
        "soumis par auteur est limité à 3.",
        [d("2023-11-05", "23:59")],
        distractors=["le 6 septembre 2023 (a free webinar: an event)"],
        note="a palliative-care congress's call for communications: the abstracts' deadline with its time",
    )
    p(
        "r17s-ucl-echange-fiche-31-mai",
        "http://www.ucl.ac.be/13122.html",
        "Procédures d'admission et d'inscription pour étudiants d'échange\nStatut de l'étudiant d'échange Le statut d'étudiant "
        "d'échange est réservé de manière exclusive aux personnes qui étudient à l'UCL dans le cadre des accords de mobilité "
        "(Erasmus e.a.) [...] Procédures 1. L'admission L'admission des étudiants d'échange se fait via la faculté. Une fois "
        "informée de la sélection d'un étudiant d'échange, la faculté envoie à celui-ci une fiche d'inscription. Cette fiche "
        "devra être renvoyée au plus tard pour le 31 mai (1er quadrimestre) ou le 30 novembre (2ème quadrimestre) au "
        "coordonnateur facultaire à l'UCL, accompagnée des documents suivants: [...] 2. L'inscription Dès son arrivée à "
        "Louvain-la-Neuve ou à Bruxelles (Faculté de médecine), l'étudiant doit se présenter au Service des inscriptions\n|\n"
        "28/03/2013\n|",
        [d("2013-05-31", kind="other"), d("2013-11-30", kind="other")],
        page_date="2013-03-28",
        note="a Louvain university's exchange students' enrolment: the date alone on its line is the page's stamp, so the "
        "year-less days resolve from it; returning the enrolment form after selection is an administrative step (kind other)",
    )
    p(
        "r17s-ulb-etudes-contingentees-textes",
        "http://www.ulb.ac.be/enseignements/inscriptions/etudes-contingentees.html",
        "Études contingentées du 1er cycle (Bachelier)\n\nDispositions concernant les études de premier cycle de\n- Kinésithérapie "
        "et réadaptation\n- Médecine vétérinaire\n- Sciences Psychologiques et de l'éducation, orientation logopédie\n- "
        "Médecine*\n- Sciences dentaires*\n\nUn décret de la Communauté française de Belgique du 16 juin 2006 régule le nombre "
        "d'étudiants «non-résidents» qui s'inscrivent pour la première fois dans certains cursus d'enseignement supérieur. [...]\n"
        '*Limitation du nombre d\'étudiants "non-résidents" en médecine et en sciences dentaires\n\nUn décret visant à limiter le '
        'nombre d\'étudiants "non-résidents" dans les études de premier cycle [...] a été adopté par le Parlement de la '
        "Communauté française ce 12 juillet 2012 (M.B. du 26 juillet 2012). Cette mesure ne vise que les étudiants qui "
        "s'inscriraient pour la première fois dans ces cursus en 2012-2013 en Communauté française. [...] Tous les candidats "
        "devront se rendre personnellement dans l'institution de leur choix pour le dépôt de leur dossier.",
        [],
        distractors=[
            "du 16 juin 2006 (a decree's date)",
            "ce 12 juillet 2012 (M.B. du 26 juillet 2012) (a decree's adoption and publication)",
        ],
        note="a Brussels university's quota rules for medicine: texts' dates; the filing days are not given here",
    )
    p(
        "r17s-psl-inscription-doctorat-mi-decembre",
        "https://collegedoctoral.psl.eu/doctorat-psl/inscription-en-doctorat/",
        "Modalités d’inscription\n\nL’inscription en 1ère année se fait en général du 1er septembre à mi-décembre de l’année en "
        "cours. Des dérogations peuvent être accordées conformément aux règles en vigueur dans les établissements de préparation "
        "de thèse.\n\nL’inscription doit être renouvelée tous les ans.\n\n« L’inscription est renouvelée au début de chaque année "
        "universitaire par le chef d’établissement [...] »\n\nArticle 11 de l’Arrêté du 25 mai 2016 fixant le cadre national de la "
        "formation et les modalités conduisant à la délivrance du diplôme national de doctorat",
        [],
        distractors=[
            "du 1er septembre à mi-décembre de l’année en cours (a yearly enrolment window, year-less, ending vaguely)",
            "de l’Arrêté du 25 mai 2016 (a text's date)",
        ],
        note="a doctoral college's enrolment rules: the window ends on a vague date and has no year",
    )
    p(
        "r17s-uclouvain-readmission-2025",
        "https://www.uclouvain.be/fr/sss/readmission",
        "Réadmission\nsss |\nRÉADMISSION 2025 : informations aux étudiants\nMédecine, sciences dentaires, sciences "
        "pharmaceutiques, sciences biomédicales\nDès l’obtention de vos résultats au terme de la délibération de septembre, vous "
        "devez PROCÉDER A LA DEMANDE DE RÉINSCRIPTION EN LIGNE via votre bureau virtuel.\nAprès analyse de votre parcours complet "
        "d’étudiant.e, si vous n’êtes plus dans les conditions de finançabilité, ceci vous sera signifié par le Service "
        'd’Inscription Central (SIC) [...] vous pouvez introduire auprès de la Commission spéciale des jurys, une "demande de '
        'dérogation pour non-finançabilité"',
        [],
        distractors=["au terme de la délibération de septembre (vague)"],
        note="a Louvain health faculty's readmission page: no day is given",
    )
    p(
        "r17s-unil-sur-2021-closed",
        "https://www.unil.ch/eb-sur/home/menuinst/how-to-apply.html",
        "How to Apply\n\n| Dates and Deadlines | Eligibility and Selection | Application | Questions?\n\nDates and Deadlines\n\nThe "
        "online application for the 2021 SUR Programme is now closed.\n\nDespite the current health situation linked to the "
        "Covid-19 pandemic, we wish to remain optimistic and hope to welcome the participants in Lausanne next summer from July "
        "5th till August 27th, 2021.\n\nGiven that participation in a summer school requires some preparation for the selected "
        "candidates and in view of the uncertain situation we are facing, we have decided to limit applications to students "
        "residing and studying in a member or associate member country of the 9th Framework Program",
        [],
        distractors=["from July 5th till August 27th, 2021 (the programme's span: an event)"],
        note="a Lausanne biology and medicine faculty's summer research programme (English page): applications closed, no day "
        "given; the span is when the programme takes place",
    )
    p(
        "r17s-angers-summer-schools-2014",
        "http://www.univ-angers.fr/en/international/research-summer-school/summer-schools-2014.html",
        "Summer schools 2014 - University of Angers\n\nSummer schools 2014\n[...]\n20 countries represented at the Summer schools "
        "2014\n\nAfter 2 weeks of courses, visits and other different activities, the 3 medical and scientific Summer schools 2014 "
        "organized from June 30th till July 12th at the University of Angers’ school of medicine have now come to an end.\n\nThe "
        "closing ceremony took part in one of the historical place in Angers, at the Hôtel des Pénitentes.",
        [],
        distractors=[
            "from June 30th till July 12th (the summer schools held, year from the title)"
        ],
        note="a medical school's summer schools report (English page): past event",
    )
    p(
        "r17s-mimiryudo-ecmgf-2020-jusqu-en-decembre",
        "http://www.mimiryudo.com/blog/2020/09/e-cmgf-2020-2-et-3-juillet-le-premier-e-congres-de-medecine-generale-de-france/",
        "e-CMGF 2020 (2 et 3 juillet) : le premier e-congrès de médecine générale de France\n\nLes 2 et 3 juillet, alors que ma "
        "grand-mère fêtait ses 94 ans et que le Président nommait un nouveau Premier Ministre, s’est déroulé le premier e-congrès "
        "de médecine générale de France. [...]\n\nCa fait un moment que je devais faire un retour, mais le temps m’a un peu "
        "manqué… mieux vaut tard que jamais, d’autant que le congrès est encore en ligne jusqu’en décembre, vous pouvez toujours "
        "vous inscrire et tout retrouver là-bas, à des prix très concurrentiels… [...]\n\nLes tarifs sont particulièrement faibles "
        "pour les externes, internes et jeunes médecins : 35€ !",
        [],
        distractors=[
            "Les 2 et 3 juillet (the e-congress held; 2020 from the title)",
            "jusqu’en décembre (registering to watch: vague, and kind other at most)",
        ],
        note="a general practitioner's blog on a general-practice e-congress: the registration stays open until a month only, "
        "so no day",
    )
    p(
        "r17s-legeneraliste-16e-cmgf-mars",
        "https://www.legeneraliste.fr/actu-medicale/congres/16e-cmgf-la-medecine-generale-sous-toutes-ses-facettes",
        "Chahutée ces derniers mois par l’actualité politique et conventionnelle, la profession se retrouve du 23 au 25 mars au "
        "Palais des congrès de Paris pour la 16e édition du Congrès médecine générale France (CMGF). [...] Entre sessions du "
        "collège et plénières, communications orales et posters, ateliers gestes techniques, seront abordés les thèmes de la "
        "santé de la femme et de l’enfant, la prévention, les addictions",
        [],
        distractors=["du 23 au 25 mars (the congress, year-less, undated page)"],
        note="press before a general-practice congress: its days are an event",
    )
    p(
        "r17s-qdm-cnge-nantes-2000-participants",
        "https://pneumologie.lequotidiendumedecin.fr/jeunes-medecins/nantes-le-congres-des-generalistes-enseignants-franchit-la-barre-symbolique-des-2-000-participants",
        "Il revient chaque année fin novembre depuis presque deux décennies. Ce n’est pas le Black Friday mais bel et bien le "
        "congrès du Collège national des généralistes enseignants (CNGE). Pour sa 19e édition, le rendez-vous se tient pour la "
        "première fois et jusqu'à vendredi à Nantes. [...] 2019 marque en effet les 10 ans des premières titularisations de la "
        "profession. [...] Pendant deux jours et demi, internes de médecine générale, enseignants, maîtres de stages [...] "
        "pourront suivre 172 communications orales, 18 ateliers, 17 plénières et tables rondes et 69 posters",
        [],
        distractors=["fin novembre (vague)", "jusqu'à vendredi (the congress's end, no date)"],
        note="press on a general-practice teachers' congress under way",
    )
    p(
        "r17s-univ-antilles-mobilite-calendrier-vague",
        "http://bri.univ-antilles.fr/?p=179",
        "Après votre dépôt de dossier de mobilité\nDéroulement de la procédure après dépôt des dossiers :\n- Fin janvier : Dépôt / "
        "enregistrement de votre dossier de candidature en fonction du calendrier\n- Février : Convocation à un entretien avec le "
        "délégué aux relations internationales (fonction de votre discipline d’études).\n- Février: Réunion de la Commission "
        "pédagogique de sélection de l’U.A : examen des dossiers\n- Mars – Avril : Décision de la commission de l’U.A – Réception "
        "d’un mail de décision",
        [],
        distractors=[
            "Fin janvier : Dépôt / enregistrement (the filing step, vague)",
            "Février, Mars – Avril (interviews, committee, decision: vague)",
        ],
        note="a university's outgoing mobility calendar given by months only: a subscriber would want the filing, but it has "
        "no day",
    )
    p(
        "r17s-casden-mt180-finale-rabat",
        "https://www.casden.fr/Votre-banque-cooperative/Suivre-nos-actualites/CASDEN-MAG-toute-l-actualite/Ma-these-en-180-seconde-resultats-de-la-finale-nationale",
        "Organisée par la Conférence des présidents d’université (CPU) et le CNRS, avec l’Université de Bordeaux, et en "
        "partenariat avec la CASDEN, la finale nationale a rassemblé seize doctorants, venus de toute la France pour présenter, "
        "chacun à leur tour, leur thèse en trois minutes à l'aide d'une seule diapositive face à un public de 500 personnes.\nA "
        "l’issue de cette soirée, c’est Mathieu Buonafine, étudiant à la Sorbonne, qui a reçu le premier prix du jury pour son "
        "étude sur le rôle de la Neutrphil Gelatinase Associated Lipocalin dans les effets cardiovasculaires de l’activation du "
        "récepteur minéralocorticoïde. [...]\nCes trois lauréats se retrouveront à Rabat le 29 septembre pour la finale "
        "internationale du concours",
        [],
        distractors=["le 29 septembre (the international final, year-less, undated page)"],
        note="a doctoral communication contest's results: the final is an event",
    )
    p(
        "r17s-ufc-thesards-a-l-honneur",
        "http://actu.univ-fcomte.fr/article/thesards-lhonneur-002034",
        "Thésards à l’honneur\nLe 17 avril s’est tenue à Besançon une cérémonie en l’honneur des docteurs de Bourgogne et de "
        "Franche-Comté. Aux remises de prix et de diplômes s’est ajoutée la sélection régionale du concours « Ma thèse en 180 "
        "secondes ». C’est Thanh Nhat Pham, doctorant en santé, qui ira en finale. [...] En 2014, 366 docteurs y ont soutenu leur "
        "thèse. [...] Cette soirée était aussi l’occasion de remettre à deux lauréats le prix Jeune docteur, qui récompense depuis "
        "10 ans les doctorants de l’UFC",
        [],
        distractors=["Le 17 avril (the ceremony held, year-less)", "En 2014 (a year)"],
        note="a university's doctoral ceremony and prizes report: no call",
    )
    p(
        "r17s-jfr-2025-editorial",
        "https://www.jfr.plus/jfr-2025/article/editorial-du-president",
        "Les Journées Francophones de Radiologie se tiendront du 3 au 6 octobre 2025 au Palais des Congrès à Paris. Chaque année "
        "les JFR accueillent plus de 13 000 participants issus de toute la francophonie et au-delà : radiologues, internes, "
        "manipulateurs, chercheurs et industriels, pour quatre jours de formation, d’échanges, de rencontres et de partage. [...] "
        "La simulation en radiologie, grand succès de l’édition 2024, sera reconduite et étendue en 2025.",
        [],
        distractors=["du 3 au 6 octobre 2025 (the congress's dates)"],
        note="a radiology congress's president's editorial: the congress span is an event",
    )
    p(
        "r17s-thema-jfr-2018-presentation",
        "https://www.thema-radiologie.fr/actualites/2149/le-pr-anne-cotten-presente-les-prochaines-journees-francophones-de-radiologie.html",
        "Le Pr Anne Cotten présente les prochaines Journées Francophones de Radiologie\nVENDREDI 21 SEPTEMBRE 2018\nL'imagerie "
        "juste sera le thème principal des prochaines Journées Francophones de Radiologie diagnostique et interventionnelle (JFR). "
        "[...]\n\nLa Société Française de Radiologie (SFR) a présenté en avant-première, le Jeudi 20 septembre 2018 dans ses "
        "locaux de la Rue de la Colonie, Paris XIIIème, les temps forts des prochaines Journées Francophones de Radiologie "
        "diagnostique et interventionnelle (JFR) 2018 qui se tiendront à Paris Porte Maillot du 12 au 15 octobre 2018.\nUne "
        "grande conférence programmée le 12 octobre 2018\nLe Pr Anne Cotten, Présidente des JFR 2018, a annoncé la thématique "
        "retenue dans le cadre de la Grande Conférence du 12 octobre à 10h30",
        [],
        page_date="2018-09-21",
        distractors=[
            "VENDREDI 21 SEPTEMBRE 2018 (the article's date)",
            "le Jeudi 20 septembre 2018 (a press presentation)",
            "du 12 au 15 octobre 2018, le 12 octobre à 10h30 (the congress and a lecture)",
        ],
        note="radiology press before the francophone radiology days: events only",
    )
    p(
        "r17s-docteurimago-jfr-2020-presentiel",
        "https://docteurimago.fr/actualite/socioprofessionnel/nous-voulons-maintenir-les-jfr-2020-en-presentiel/",
        "« Nous voulons maintenir les JFR 2020 en présentiel »\n\nAlain Luciani est le président des Journées francophones de "
        "radiologie (JFR) 2020. Dans le contexte incertain de l’épidémie, il esquisse les premières lignes d'une édition pas comme "
        "les autres [...]\n\nLe 22/04/20 à 7:00, mise à jour aujourd'hui à 15:08 Lecture 2 min.\n[...]\nA. L. / Effectivement, "
        "nous allons en profiter pour enrichir le contenu virtuel. [...] Je pense d’abord à nos confrères étrangers, surtout hors "
        "de l’espace Schengen, pour lesquels les annonces du premier ministre le 19 avril n’étaient p",
        [],
        page_date="2020-04-22",
        distractors=[
            "Le 22/04/20 à 7:00 (the article's stamp)",
            "le 19 avril (a past announcement)",
        ],
        note="a radiology congress president's interview: no call",
    )
    p(
        "r17s-campus-lille-mt180-27-avril",
        "http://www.campus-lille.fr/leur-these-en-180-secondes/",
        "Leur thèse en 180 secondes\n\nLes 10 pré-sélectionnés régionaux du concours Ma Thèse En 180 secondes\n\nJeudi dernier "
        "avaient lieu les pré-sélections régionales du concours Ma Thèse En 180 secondes à Villeneuve d’Ascq. Les finales "
        "régionales auront lieu le 27 avril à Lille avec, en ligne de mire, la finale internationale à Rabbat (Maroc) en septembre "
        "prochain. [...] ils sont 11 admis aux finales régionales qui auront lieu à Lille le 27 avril prochain.",
        [],
        distractors=[
            "le 27 avril (the regional final, year-less, undated page)",
            "en septembre prochain (vague)",
        ],
        note="a campus news item on a doctoral communication contest's pre-selection",
    )
    p(
        "r17s-letudiant-mt180-2015-nancy",
        "http://letudiant.fr/educpros/actualite/ma-these-en-180-secondes-c-est-reparti-pour-l-edition-2015.html",
        "Vulgariser et résumer en trois minutes ses recherches de thèse : tel est le challenge que s'apprêtent à relever les "
        'candidats au concours "Ma thèse en 180 secondes". Cette troisième édition est pilotée au niveau régional par les '
        "regroupements universitaires, chacun devant désigner le doctorant qui le représentera lors de la finale nationale. "
        "Organisée par la CPU (Conférence des présidents d'université) et le CNRS, celle-ci se tiendra à Nancy, le 3 juin 2015. "
        "[...]\nAprès la compétition nationale, c'est au niveau international que s'affronteront les doctorants, en septembre 2015 "
        "à Paris, lors de la fête de la science.",
        [],
        distractors=["le 3 juin 2015 (the national final)", "en septembre 2015 (vague)"],
        note="press on a doctoral contest's edition: finals are events; no registration day is given",
    )
    p(
        "r17s-edsp2-derogation-comite-23-octobre-2017",
        "http://edsp2.u-bordeaux.fr/parcours-doctoral/demande-de-derogation-pour-annee-supplementaire",
        "Demande de dérogation pour année supplémentaire\n\nDemande d’inscription dérogatoire Cette demande doit garder son "
        "caractère exceptionnel.\n\nLe doctorant est soumis à la même procédure appliquée aux étudiants en fin de 2e année. Il "
        "rédigera un rapport d'activité qu’il adressera à l’Ecole Doctorale, à son tuteur et à son directeur de thèse avant le 30 "
        "juin.\n\nLe doctorant présentera ses travaux  devant un comité de suivi de thèse. [...] A la suite de cet entretien le "
        "comité de suivi adressera ses conclusions à l’Ecole Doctorale au plus tard le 23 octobre 2017.\n\nDans le cas présent "
        "d'une demande de dérogation, le comité de suivi aura explicitement pour mission de veiller à ce que le doctorant mette "
        "tous les moyens en œuvre pour mener à terme la soutenance durant l’année dérogatoire.\nLa demande dérogatoire sera "
        "soumise à l’avis du Conseil de l’Ecole Doctorale.\n\nToute inscription effective en 4è année est soumise aux dispositions "
        "de l’arrêté du 26 mai 2016.",
        [d("2017-10-23", kind="other")],
        distractors=[
            "avant le 30 juin (the doctoral student's report, year-less, undated page)",
            "de l’arrêté du 26 mai 2016 (a text's date)",
        ],
        note="a public-health doctoral school's extra-year request: the follow-up committee's conclusions are due by a full "
        "date; a step by others than the candidate that the file needs, kind other like a supervisors' step (by what a "
        "subscriber needs)",
    )
    p(
        "r17s-ed-chimie-reinscription-15-octobre",
        "http://www.ed-chimie.universite-paris-saclay.fr/spip.php?rubrique70",
        "Réinscription au-delà de la troisième année\nLa durée normale des thèses étant de trois ans, une réinscription au-delà de "
        "la troisième année présente un caractère dérogatoire. Elle doit être effectuée à l’aide d’un formulaire spécifique et "
        "être accompagnée de deux lettres, l’une du doctorant, l’autre de son directeur de thèse. [...]\nLa demande de "
        "réinscription doit obligatoirement être présentée à l’Ecole Doctorale avant le 15 octobre avec une demande de "
        "rendez-vous avec le directeur de l’ED. Ce rendez-vous n’est pas nécessaire dans les cas suivants :\n- désignation des "
        "rapporteurs déjà effectuée\n- durée supérieure à trois ans prévue depuis le début de thèse\n- inscription postérieure au "
        "1er janvier en première année\n- interruption justifiée de la thèse d’une durée supérieure à 2 mois\n(mis à jour le "
        "30.09.2013)",
        [d("2013-10-15", kind="other")],
        page_date="2013-09-30",
        distractors=[
            "au 1er janvier (a condition on the first enrolment)",
            "mis à jour le 30.09.2013 (the page's stamp)",
        ],
        note="a chemistry doctoral school's derogatory re-enrolment: the year-less day resolves from the update stamp; "
        "re-enrolment is administrative (kind other)",
    )
    p(
        "r17s-descartes-reinscription-derogatoire-2020",
        "http://ecolesdoctorales.parisdescartes.fr/Inscription-et-soutenance-de-these/Inscription-en-doctorat/Procedure-d-inscription/La-procedure-de-reinscription-derogatoire",
        'La procédure de réinscription dérogatoire\n\nArrêté du 25 mai 2016  article 14 : " La préparation du doctorat, au sein '
        "de l'école doctorale, s'effectue en règle générale en trois ans en équivalent temps plein consacré à la recherche. "
        '[...]"\n\nSi le doctorant, actuellement en 3ème année de thèse, ne peut soutenir avant le 20 décembre 2020, il entre '
        "dans un régime dérogatoire.\n\nIl doit alors obtenir une autorisation de réinscription sur avis du directeur de thèse et "
        "du directeur de l’École Doctorale.\n\nInscriptions / réinscriptions en doctorat 2020/2021 : [...]\n----------------- "
        "archives 2019 --------------\n\nLe doctorant doit télécharger le formulaire de demande de dérogation pour toute "
        "inscription au -delà de la 3ème année.",
        [],
        distractors=[
            "avant le 20 décembre 2020 (a condition: defending before that day avoids the derogation)",
            "Arrêté du 25 mai 2016 (a text's date)",
        ],
        note="a Paris doctoral schools' derogatory re-enrolment page: the day is a condition on the defence, not a sending",
    )
    p(
        "r17s-hepatoweb-des-inscription-semestre",
        "https://www.hepatoweb.com/DES/maquettefiche1",
        "PROCEDURES D'INSCRIPTION\nAU DES D'HEPATO-GASTROENTEROLOGIE\n1- Avant la fin du 4e semestre d'internat\n2- Avoir validé "
        "1 stage dans un\nservice d'hépatogastroentérologie agréé\n[...]\nInscription\nElle se fait au plus tard à\nla fin du 4ème "
        "semestre d'internat, à la condition\nd'avoir déjà effectué au moins un semestre\ndans un service validant pour "
        "l'hépatogastroentérologie.\n[...]\nValidation du DES\nRègles générales\nLa validation du D.E.S est effectuée\npar un jury "
        "(page 4 circulaire DESUP 895O5 15 Juin 1989).",
        [],
        distractors=[
            "au plus tard à la fin du 4ème semestre d'internat (a relative limit, no date)",
            "15 Juin 1989 (a circular's date)",
        ],
        note="a gastroenterology specialty diploma's enrolment rules: the limit is a point in the residency, not a day",
    )
    p(
        "r17s-uliege-master-specialisation-31-08-2020",
        "https://www.enseignement.uliege.be/cms/c_9781027/en/master-de-specialisation-ue",
        "Diploma obtained in the EU\n\nIf the entry requirements are met, the online form can be completed. The PDF documents "
        "must be uploaded by 31/08/2020.\n\niconeAttention This deadline is only valid for students from the European Union or "
        "non-European Union equivalent students with a degree from a European Union institution.\n\nSpecial conditions for "
        "certain study programmes:\n\nMedical specialities\n\nAdmission is subject to successfully passing selection exams.",
        [d("2020-08-31")],
        note="a Liège university's specialised masters (medical specialities among them): uploading the documents is the "
        "application",
    )
