"""Round 13 of the real passages (nursing, midwifery and paramedical research, women's health, end of life, addictions, mental health, environment, nutrition and One Health, journals' calls for papers, hearing and disability funders): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r13f-inserm-pepr-sante-femmes-consortiums-2024",
        "https://pro.inserm.fr/appel-a-candidatures-pour-le-montage-des-consortiums-du-pepr-sante-des-femmes-sante-des-couples",
        "Le 30 janvier 2024, le PEPR Santé des femmes, santé des couples a lancé son premier appel à candidatures pour former deux "
        "consortiums de recherche multidisciplinaires : l’un dédié à l’endométriose qui touche jusqu’à 10 % des femmes en âge de "
        "procréer, l’autre à l’infertilité dont la prévalence avoisine 17 %.\n[...]\nCalendrier\n- Soumission des lettres "
        "d’intention sur Eva : à partir du 30 janvier 2024\n- Limite de dépôt des lettres d’intention : 30 avril 2024 à 17 h\n"
        "- Réunion du conseil scientifique international pour la sélection : mi-juin 2024\n- Remise des projets de consortiums : "
        "date précisée ultérieurement\n- Évaluation par l’ANR : date précisée ultérieurement",
        [d("2024-04-30", "17:00", kind="letter_of_intent")],
        opens="2024-01-30",
        distractors=["mi-juin 2024 (the council's selection meeting, vague)"],
        note="a research institute's page on a women's-health programme: letters of intent first, the consortia's projects "
        "later (no date yet); the letters may be sent from the launch day, the opening",
    )
    p(
        "r13f-fondation-endometriose-pepr-2024",
        "https://fondation-endometriose.org/pepr-recherche-endometriose-infertilite",
        "Lancement du Plan d’Équipement Prioritaire Recherche sur l’endométriose et l’infertilité\n[...]\nEn janvier 2022, le "
        "président Emmanuel Macron annonçait le lancement d’une stratégie nationale sur l’endométriose. [...]\nLe PEPR « Santé des "
        "Femmes, Santé des Couples » lance son 1er appel à candidatures, destiné à former deux consortia de recherche "
        "multidisciplinaires sur l’endométriose et l’infertilité.\n[...]\nLes équipes souhaitant candidater peuvent le faire dès "
        "maintenant et doivent soumettre leur lettre d’intention avant le 30 avril 2024 sur le site de candidature.\nPour en savoir "
        "plus sur ce programme et pour que les candidats potentiels puissent obtenir des réponses à leurs questions, il est possible "
        "de s’inscrire à une des deux sessions de webinaires qui se tiendront le lundi 12 février à 16h et le jeudi 15 février à 10h.",
        [d("2024-04-30", kind="letter_of_intent")],
        distractors=[
            "En janvier 2022 (vague, past)",
            "le lundi 12 février à 16h, le jeudi 15 février à 10h (webinars; year-less, undated page)",
        ],
        note="a patients' foundation relaying the same call; 'dès maintenant' names no day, so no opening",
    )
    p(
        "r13f-anr-pepr-sante-femmes-ouverture",
        "https://anr.fr/en/france-2030/programmes-et-equipements-prioritaires-de-recherche-pepr/sante-des-femmes-sante-des-couples/",
        "Santé des Femmes, Santé des Couples\n\nDans le cadre de France 2030, le Gouvernement a confié à l’Inserm la charge de piloter "
        "le programme de recherche « Santé des Femmes, Santé des Couples » [...]\n\nStratégie nationale : Stratégie nationale de lutte "
        "contre l’endométriose\nBudget alloué\n: 30 M€ sur 5 ans\nAppels en cours :\nOuverture de l’appel à candidatures pour "
        "montage de consortium le 30/01/2024.\nLien : https://eva3-accueil.inserm.fr/sites/eva/appels-a-projets/Pages/"
        "pepr-sante_femmes_et_couples.aspx\n\nOuverture de l’appel à candidatures pour le recrutement de doctorants",
        [],
        opens="2024-01-30",
        distractors=["France 2030 (a programme's name)"],
        note="the funding agency's programme page: only the opening day of the consortia call, no closing",
    )
    p(
        "r13f-infirmiere-magazine-phrip-2011",
        "https://espaceinfirmier.fr/presse/l-infirmiere-magazine/article/n-267/un-p-devant-l-autre.html",
        "L'infirmière Magazine n° 267 du 15/11/2010\n\nRECHERCHE INFIRMIÈRE\n\nACTUALITÉ\n\nLes contours du Programme hospitalier de "
        "recherche infirmière et paramédicale (PHRIP), ouvert à de nombreuses professions, se précisent.\n\nPour sa deuxième édition, "
        "le PHRI gagne une lettre et s’ouvre à l’ensemble des professions paramédicales. Au Salon infirmier, une conférence a permis "
        "de mieux connaître le PHRIP, lancé par une instruction du 9 juillet dernier. [...]\n\nEn pratique, le PHRIP s’adresse aux "
        "équipes d’établissements publics ou privés pouvant bénéficier d’un financement au titre des Migac(2). Les établissements ont "
        "jusqu’au 15 décembre pour déposer un projet final. La sélection sera opérée par deux collèges : l’un dédié aux projets "
        "infirmiers, le second aux autres projets paramédicaux.",
        [d("2010-12-15")],
        page_date="2010-11-15",
        distractors=[
            "n° 267 du 15/11/2010 (the issue's date)",
            "une instruction du 9 juillet dernier (a text's date)",
        ],
        note="a nurses' magazine on the ministry's nursing research programme; the issue's date is the page date, so "
        "'jusqu'au 15 décembre' is 15 December 2010",
    )
    p(
        "r13f-apmsl-1000-premiers-jours",
        "https://apmsl.fr/actualites/appel-a-projets-1000-premiers-jours-de-lenfant",
        "La prévention précoce et la lutte contre les inégalités constituent les priorités de la politique autour des 1000 premiers "
        "jours de l’enfant.\nA ce titre, l’ARS, la direction régionale de l’économie, de l’emploi, du travail et de la solidarité "
        "(DREETS), et la commissaire à la prévention et la lutte contre la pauvreté s’associent pour lancer un appel à projet visant "
        "à soutenir les initiatives en faveur de la santé du jeune enfant et de l’accompagnement des parents en situation de "
        "précarité ou de fragilité sociale.\nDate limite de dépôt : 13 août à 16h\n[...]\nVigilance : les projets devront être "
        "lancés avant la fin de l’année 2021, pour une durée d’un",
        [],
        distractors=[
            "Date limite de dépôt : 13 août à 16h (year-less, undated page)",
            "avant la fin de l’année 2021 (a condition on the project, vague)",
        ],
        note="a health-promotion association relaying a regional call on early childhood; a subscriber would want 13 August "
        "2021 (the year is only implied by the project's condition), but by the rules a year-less date on an undated page "
        "gives nothing",
    )
    p(
        "r13f-fhpmco-1000-jours-2021",
        "https://www.fhpmco.fr/2021/05/21/depeche-expert-n622-1000-jours-naissance-engagements-gouvernementaux-et-appels-a-projets-territoriaux/",
        "Dépêche Expert N°622 – 1000 jours naissance : engagements gouvernementaux et appels à projets territoriaux\n\nLa feuille de "
        "route gouvernementale en faveur du déploiement de la politique des 1000 premiers jours de l’enfant est confirmée et sa "
        "déclinaison territoriale précisée ainsi que le lancement d’appels à projets territoriaux en faveur  des acteurs locaux\n\n"
        "Désignation des lauréats d’ici août 2021\nCommunication sur les lauréats en septembre 2021\nDémarrage du projet à l’automne "
        "2021\n\nÀ la suite du rapport du Pr Boris Cyrulnik « Les 1000 premiers jours, là où tout commence » paru en septembre "
        "dernier,  l’Instruction du 1er avril 2021, publiée récemment au bulletin officiel, rappelle les engagements gouvernementaux "
        "[...]\n\nCet entretien est devenu obligatoire depuis le 1er mai 2020.",
        [],
        distractors=[
            "Désignation des lauréats d’ici août 2021 (results, vague)",
            "Communication sur les lauréats en septembre 2021 (results, vague)",
            "l’Instruction du 1er avril 2021 (a text's date)",
            "depuis le 1er mai 2020 (a fact)",
        ],
        note="a hospital federation's dispatch on territorial calls: the calendar holds only the winners' designation and "
        "announcement and the projects' start, no filing date",
    )
    p(
        "r13f-lemediasocial-repap-prolongation-2023",
        "https://www.lemediasocial.fr/referents-parcours-perinatalite-l-experimentation-prolongee-de-six-mois_F5VbNv",
        "L'expérimentation des « référents parcours périnatalité », encadrée en juillet 2021, est prolongée de six mois, soit "
        "jusqu'au 31 décembre 2023. Il s'agit de « permettre l'intégration de suffisamment de femmes dans le dispositif pour évaluer "
        "cet accompagnement innovant », précise l'arrêté du 27 février 2023 actant cette mesure.\n[...]\nLe dispositif peine "
        "toutefois à trouver son public. Alors que le gouvernement tablait sur une cible de 6 000 femmes bénéficiaires entre 2021 et "
        "2022, ce chiffre est revu à la baisse : l'objectif est désormais de 2 178 femmes sur 2022 et 2023",
        [],
        distractors=[
            "jusqu'au 31 décembre 2023 (how long an experiment lasts)",
            "l'arrêté du 27 février 2023 (a text's date)",
            "en juillet 2021 (vague)",
        ],
        note="social-sector news on a perinatal experiment prolonged: 'prolongée … jusqu'au' is the experiment's end, "
        "nothing is sent",
    )
    p(
        "r13f-cnsf-recherche-maieutique-2018",
        "https://www.cnsf.asso.fr/recherche-en-maieutique-menu/la-recherche-en-maieutique/",
        "Recherche en maïeutique\n\nmis à jour le 6 février 2018\n\nLes sages-femmes, recrutées sur le concours de première année "
        "commune aux études de santé (avec les étudiants en médecine, odontologie et pharmacie), obtiennent après une formation de 5 "
        "ans un diplôme d’État reconnu au grade de master. Un nombre croissant d’entre elles poursuivent leur formation par un "
        "parcours en troisième cycle universitaire et obtiennent le titre de docteur et ce, dans différentes disciplines. [...] "
        "Cependant, faute de poste universitaire, d’aménagement aux niveaux administratifs et de financements, les sages-femmes sont "
        "sous-représentées dans la recherche en maïeutique.",
        [],
        page_date="2018-02-06",
        distractors=["mis à jour le 6 février 2018 (the page's stamp)"],
        note="the midwives' national college on midwifery research: a page stamp and no call",
    )
    p(
        "r13f-findevie-resultats-ami-2021",
        "https://www.plateforme-recherche-findevie.fr/articles/resultats-de-lami-fin-de-vie-2021",
        "Résultats de l'AMI Fin de vie 2021\n\nDécouvrez les lauréats de l'appel à manifestation d'intérêt lancé par la Plateforme "
        "nationale pour la recherche sur la fin de vie pour financer le montage de projets de recherche interdisciplinaires.\n\n"
        "Lancé le 4 octobre 2021, cet appel a été clôturé le 26 novembre 2021. Seize projets ont été reçus, parmi lesquels quinze "
        "étaient éligibles.\n\n[...]\n\nLe jury qui s'est réuni le 31 janvier 2022 a retenu cinq projets :\n[...]\n\nChacun de "
        "ces projets sera financé à hauteur de 20 000 euros maximum. [...]\n\nUn nouvel appel à manifestation d'intérêt est "
        "envisagé dans 2 ans.\n\nConsultez la page de l'AMI Fin de vie 2021\n\nPublié le 10/02/22",
        [d("2021-11-26")],
        opens="2021-10-04",
        page_date="2022-02-10",
        distractors=[
            "Le jury qui s'est réuni le 31 janvier 2022 (jury)",
            "Publié le 10/02/22 (the article's stamp)",
        ],
        note="an end-of-life research platform's results news: the call is the subject of 'lancé' and 'a été clôturé', so by "
        "the call's-own-verb rule its launch is the opening and its closing the deadline, though both were past when the page "
        "was written (judgment call: labelled as the call's true days)",
    )
    p(
        "r13f-findevie-ami-2021",
        "https://plateforme-recherche-findevie.fr/appel-manifestation-dinteret-fin-de-vie-2021",
        "Appel à manifestation d'intérêt Fin de vie 2021\n\nContenu\nL’objectif de l'appel à manifestation d'intérêt (AMI) Fin de "
        "vie 2021 lancé par la Plateforme nationale pour la recherche sur la fin de vie est d’inviter les chercheuses et chercheurs "
        "à faire émerger de nouveaux projets et de nouvelles thématiques dans ce domaine [...]\n\nLes projets sélectionnés "
        "bénéficient d'un financement pour une durée de 12 mois d’un montant inférieur ou égal à 20 000 €.\n\nCet AMI a été publié "
        "le 4 octobre 2021 et clos le 26 novembre 2021. Le jury s'est réuni le 31 janvier 2022. Le comité d’évaluation a prêté une "
        "attention particulière à la qualité et l'originalité de la recherche proposée [...]\n\nRésultats\n\nAMI Fin de vie 2021 - "
        "Les lauréats",
        [d("2021-11-26")],
        opens="?",
        distractors=["Le jury s'est réuni le 31 janvier 2022 (jury)"],
        note="the same platform's call page after the call: 'clos le' is the call's closing, a deadline; 'publié le 4 octobre "
        "2021' is the call's publication, an event by the rules though it is also when files could first be sent, so the "
        "opening is not scored",
    )
    p(
        "r13f-cnsa-fin-de-vie-2023",
        "https://cnsa.fr/appels-projets/fin-de-vie-2023",
        "Fin de vie 2023 Ecouter Imprimer Envoyer Partager Date de lancement 01/01/2023 Date de soumission 31/05/2023 Date de fin "
        "30/09/2023 Présentation Lauréats L’objectif de cet appel à manifestation d'intérêt est d’inviter les chercheuses et "
        "chercheurs à faire émerger de nouveaux projets et de nouvelles thématiques dans le domaine de la fin de vie et de favoriser "
        "de nouvelles collaborations entre jeunes chercheurs et chercheurs confirmés [...] La partenariat entre la CNSA et la "
        "Plateforme nationale pour la recherche sur la fin de vie prévoit deux modalités de soutien :un appel à manifestation "
        "d’intérêt (AMI) finançant des projets de recherche (pour une durée de 12 mois d’un montant pouvant aller jusqu’à 20 000 "
        "euros par projet). [...]",
        [d("2023-05-31")],
        opens="2023-01-01",
        distractors=[
            "Date de fin 30/09/2023 (the call's end on the funder's listing, after the submission day; nothing sent)"
        ],
        note="an autonomy fund's call listing with three fiche fields run together: launch (opening), submission (deadline) "
        "and an end date; by what a subscriber needs the submission day is the deadline, the end is not",
    )
    p(
        "r13f-ehpad-magazine-laureats-fin-de-vie-2024",
        "https://ehpad-magazine.com/?p=37585",
        "La CNSA et la Plateforme pour la recherche sur la fin de vie ont désigné les projets qu’ils vont soutenir sur le thème de "
        "l’accompagnement de la fin de vie.\nL’appel à manifestation d’intérêt (AMI) lancé à la fin 2022 proposait de financer des "
        "projets de recherche pour une durée de 12 mois à hauteur de 20 000 € maximum par projet). Les projets lauréats sont les "
        "suivants :\n[...]\nEn outre, deux bourses de 5000 € sont destinées à l’organisation de manifestations scientifiques :\n- "
        "Le colloque international « L’Accompagnement palliatif en soins primaires, modèles de soins pluri-professionnels du domicile "
        "et liens ville-hôpital » (Colloque ACCOMPALLIA) organisé les 7 et 8 novembre 2024 à Clermont-Ferrand, par le laboratoire "
        "ACCePPT.\n- Le colloque « Cinquièmes rencontres de soins palliatifs pédiatriques. Les nouvelles situations complexes en "
        "soins palliatifs pédiatriques » organisé les 10 et 11 octobre 2024",
        [],
        distractors=[
            "lancé à la fin 2022 (vague)",
            "les 7 et 8 novembre 2024 (a colloquium)",
            "les 10 et 11 octobre 2024 (a colloquium)",
        ],
        note="a nursing-homes magazine on the winners of the same call: only colloquia's dates",
    )
    p(
        "r13f-aislf-sante-publique-covid-2020",
        "https://www.aislf.org/sante%CC%81-publique-la-sante%CC%81",
        "AISLF\n\nAppels à contributions\n\nSanté publique, « La santé publique à l’épreuve de la Covid-19 »\n\n15 septembre 2020\n\n"
        "Pour un numéro spécial consacré à la Covid-19, la revue Santé publique lance un appel à contribution sur le thème : « La "
        "santé publique à l’épreuve de la Covid-19 ».\n\nDate limite de soumission des propositions : 15 septembre 2020\n\n"
        "Thématique\nL’épreuve de la Covid-19 nous invite à analyser les types de politiques publiques proactives et rétroactives "
        "qui se sont déployés en réponse à l’épidémie [...]",
        [d("2020-09-15")],
        note="a sociologists' association relaying a public-health journal's call for papers; the date under the title is "
        "the same closing day",
    )
    p(
        "r13f-revue-tunisienne-sante-publique-2018",
        "http://www.santetunisie.rns.tn/fr/toutes-les-actualites/653-appel-%C3%A0-soumission-pour-les-prochaines-%C3%A9ditions-de-la-revue-tunisienne-de-sant%C3%A9-publique",
        "Appel à soumission pour les prochaines éditions de la Revue Tunisienne de Santé Publique\n\nAffichages : 12130\n\n[...]\n"
        "Nous tenons tout d’abord à adresser nos vifs remerciements aux fondateurs de la Revue Tunisienne de Santé Publique [...]\n \n"
        "Par la même occasion nous lançons l’appel à soumission pour le prochain numéro, nous vous encourageons à soumettre avant le "
        "1er juillet 2018 (lienpolitiques éditoriales et guide aux auteurs).\n \nLes décisions finales d’acceptation seront "
        "communiquées au maximum en Octobre 2018.",
        [d("2018-07-01")],
        distractors=["en Octobre 2018 (decisions, vague)"],
        note="a health ministry's news on a public-health journal's call for manuscripts: an article is what is sent",
    )
    p(
        "r13f-pathexo-appel-articles-ebola-2016",
        "http://www.pathexo.fr/standard-1804-1.html",
        "Appel à articles\n\nLe Bulletin de la Société de pathologie exotique lance un appel à articles pour son prochain numéro "
        "spécial, prévu en 2016.\n\nSans attendre la parution de ce numéro dans sa version « papier », les articles soumis pour "
        "publication après acceptation du comité de rédaction et de ses relecteurs seront publiés gratuitement pour les auteurs au "
        "fur et à mesure en online first.\n\n\nLes leçons de l’épidémie d’Ébola en Afrique de l’Ouest",
        [],
        distractors=["prévu en 2016 (the issue's year)"],
        note="a tropical-medicine society's call for articles with no closing day",
    )
    p(
        "r13f-cnam-icrad-zoonoses-2021",
        "https://www.cnam.fr/pre-annonce-appel-a-projets-transnational-sur-la-sante-animale-une-approche-de-la-sante-pour-la-recherche-et-l-innovation-sur-les-zoonoses--1279268.kjsp",
        'ERA-NET ICRAD\n\nPré-annonce : appel à projets transnational sur la santé animale : "Une approche de la santé pour la '
        "recherche et l'innovation sur les zoonoses\"\n\n1 octobre 2021\n15 décembre 2021\n\nL’ERA-NET ICRAD, consortium européen "
        "promouvant la recherche sur les maladies animales infectieuses, lance son deuxième appel à projet. L’agence nationale de la "
        "recherche (ANR) participe au financement des équipes françaises sur cet appel qui réunira environ 20 agences de financement "
        "provenant de 17 ou 18 pays. Le lancement de cet appel, qui se déroulera en deux étapes, est prévu le 1er octobre 2021 avec "
        "une date limite de soumission des pré-propositions fixée au 15 décembre 2021.",
        [d("2021-12-15", kind="letter_of_intent")],
        opens="2021-10-01",
        note="a school's research news pre-announcing a European One Health call on zoonoses: two bare dates under the title, "
        "then the launch (opening) and the pre-proposals' closing, a first stage",
    )
    p(
        "r13f-sfr-condorcet-afb-phytopharmaceutiques-2019",
        "http://sfr-condorcet.fr/spip.php?article1835&lang=fr",
        "Accueil > APPELS D’OFFRES > Appels à Projets en cours > Nationaux > AFB - « Produits phytopharmaceutiques : de l’exposition "
        "aux impacts sur la santé humaine et les écosystèmes »\n\n[...]\n\npublié le\n\nAFB - « Produits phytopharmaceutiques : de "
        "l’exposition aux impacts sur la santé humaine et les écosystèmes »\n\nDate limite de dépôt des lettres d’intention : 10 "
        "septembre 2019 à midi\nDate du séminaire de co-construction : début novembre 2019\nDate limite de dépôts des dossiers "
        "complets : fin janvier 2020\nContractualisation des projets retenus : 2ème semestre 2020\n\nCet appel à projets vise donc à "
        "soutenir les efforts de recherche dans le domaine de la connaissance des impacts des produits phytopharmaceutiques sur la "
        "santé et sur les écosystèmes.",
        [d("2019-09-10", "12:00", kind="letter_of_intent")],
        distractors=[
            "début novembre 2019 (a seminar, vague)",
            "Date limite de dépôts des dossiers complets : fin janvier 2020 (vague: no day)",
            "2ème semestre 2020 (contracts)",
        ],
        note="a research federation relaying a biodiversity agency's call on pesticides and human health: the letters of "
        "intent's day and hour; the full files' closing is only 'fin janvier', which the rules leave without a deadline",
    )
    p(
        "r13f-anses-ejp-one-health",
        "https://www.anses.fr/fr/content/le-programme-conjoint-europ%C3%A9en-ejp-one-health",
        "12/04/2018\n\nLe Programme conjoint européen EJP One Health\n\nCoordonné par l’Anses, ce programme a pour objectif "
        "l’acquisition de connaissances nouvelles dans les domaines des zoonoses alimentaires, de l’antibiorésistance et des risques "
        "émergents en lien avec les zoonoses dans leur ensemble.\n[...]\nTout en s’assurant d’une bonne interaction avec les autres "
        "grands projets financés par la Commission européenne, l’EJP « One Health » génère des données scientifiques [...]. Dans cet "
        "objectif, deux appels à projets internes ont été lancés en 2016 et en 2019 qui ont permis de financer, entre 2018 et 2023, "
        "29 projets.",
        [],
        distractors=[
            "12/04/2018 (the page's stamp)",
            "lancés en 2016 et en 2019",
            "entre 2018 et 2023",
        ],
        note="a food-safety agency's page on a European One Health programme; the stamp on top is older than the text it "
        "heads (it names calls of 2019), so the page date is left unknown",
    )
    p(
        "r13f-actusoins-bourse-avenir-recherche-soins-2017",
        "https://www.actusoins.com/285946/bars-bourse-recherche-soins.html",
        'Le « Bars »: une bourse pour la recherche en soins\n\nLa Fondation de l\'Avenir propose une Bourse "Avenir Recherche en " '
        "pour les infirmiers et les professionnels qui exercent dans le secteur mutualiste et qui souhaitent s'investir dans la "
        "recherche. [...]\n\nPour l'édition 2017, les candidats ont jusqu'au mardi 2 mai pour transmettre leur dossier de "
        "candidature. \"Le projet devra être en lien avec le handicap moteur ou psychique, l'ortho-gériatrie, l'onco-gériatrie, "
        "l'éducation et polypathologie. Il sera examiné sur la base d'un cahier des charges précis, par l'instance scientifique de "
        "la Fondation de l'Avenir\" explique la fondation sur son site.",
        [],
        distractors=[
            "jusqu'au mardi 2 mai (year-less, undated page; the sentence names the 2017 edition)"
        ],
        note="a nurses' news site on a research-in-care grant: a subscriber would want 2 May 2017 (a Tuesday, as written), but "
        "the rules drop a year-less date on an undated page even when the year is named nearby",
    )
    p(
        "r13f-espaceinfirmier-bourse-avenir-soin-2017",
        "http://www.espaceinfirmier.fr/actualites/au-jour-le-jour/articles-d-actualite/170329-une-bourse-pour-l-avenir-du-soin.html",
        "Une bourse pour l’avenir du soin | Espace Infirmier\n \n\n29/03/2017\n\nUne bourse pour l’avenir du soin\n\nLa Fondation de "
        "l’Avenir propose une bourse à l’intention des infirmières et professionnels paramédicaux exerçant dans le secteur "
        "mutualiste qui souhaitent s’investir dans la recherche. [...] Bénéficiaire de la première édition de la bourse Avenir, "
        "recherche et soins (Bars), lancée en 2013, la professionnelle a pu se former puis accéder à un poste de coordination en "
        "sénologie, incluant une mission de recherche en soin.\n[...] Les postulants doivent soumettre un dossier présentant leur "
        "motivation, leur thème de recherche et les bénéfices attendus.",
        [],
        page_date="2017-03-29",
        distractors=["29/03/2017 (the article's date)", "lancée en 2013"],
        note="a nurses' magazine on the same grant, dated, but naming no closing day",
    )
    p(
        "r13f-ars-nouvelle-aquitaine-ipa-2025",
        "https://www.nouvelle-aquitaine.ars.sante.fr/index.php/appel-manifestation-dinteret-2025-deploiement-des-infirmiers-en-pratique-avancee-ipa-de-nouvelle",
        "Appel à manifestation d'intérêt 2025 - Déploiement des Infirmiers en Pratique Avancée (IPA) de Nouvelle-Aquitaine - "
        "Campagne 2025\n[...]\nDepuis 2019, l’ARS Nouvelle-Aquitaine accompagne des infirmiers libéraux pour se former et exercer les "
        "fonctions d'IPA [...]\n\nCet appel à manifestation d’intérêt est ouvert :\n\n  • aux établissements de santé et de services "
        "médico-sociaux, en proposant de contribuer au financement du poste d’IDE à une hauteur de 30 000 euros, par infirmier-ère "
        "formé(e) pour les 2 années de la formation, soit 15 000 euros par année universitaire, à compter de septembre 2025.",
        [],
        distractors=["Depuis 2019", "à compter de septembre 2025 (the funding's start, vague)"],
        note="a regional health agency's call for advanced-practice nurses' training: no day in the passage",
    )
    p(
        "r13f-handicapinfos-paralysie-cerebrale-grand-projet-2020",
        "https://www.handicapinfos.com/informer/fondation-paralysie-cerebrale-lance-appel-offre-grand-projet-2020_36789.htm",
        "RECHERCHE | article publié le, 25/06/19 0 réaction\n\nLa Fondation Paralysie Cérébrale lance l'appel d'offre « Grand Projet "
        "2020 »\n\nLa Fondation souhaite soutenir des équipes internationales multidisciplinaires pour obtenir des avancées "
        "significatives dans l'évaluation et la prise en charge des enfants à risque de paralysie cérébrale.\n\nLa Fondation "
        "Paralysie Cérébrale va engager entre 500 k€ à 1,5 M€ sur 3 à 5 ans pour un projet de recherche européen [...]",
        [],
        page_date="2019-06-25",
        distractors=[
            "article publié le, 25/06/19 (the article's stamp)",
            "Grand Projet 2020 (a call's name)",
        ],
        note="a disability news site on a cerebral-palsy foundation's large call: a publication stamp only",
    )
    p(
        "r13f-ilvv-anr-instances",
        "https://ilvv.fr/fr/mission-4-dialoguer/instances-et-groupes-partenaires/instances-de-structuration-de-la-recherche",
        "Agence Nationale de la Recherche (ANR)\nEn vue du soutien au développement des recherches sur la longévité et le "
        "vieillissement dans une approche multidisciplinaire des sciences humaines et sociales, l’ILVV a entamé un dialogue avec "
        "l’ANR [...]\nL’ANR est l’agence française de financement de la recherche sur projets. Elle a été créée en 2005 pour "
        "promouvoir la recherche française sur projets [...]. Les missions de l’Agence, définies dans le décret du 1er août 2006 "
        "révisé le 24 mars 2014, sont :",
        [],
        distractors=[
            "créée en 2005",
            "le décret du 1er août 2006 révisé le 24 mars 2014 (a text's dates)",
        ],
        note="an ageing-research institute on the national funding agency: a decree's dates",
    )
    p(
        "r13f-123dok-spe-congres-ouidah-2007",
        "https://123dok.net/document/yev64m10-d-un-congr%C3%A8s-%C3%A0-un-autre.html",
        "Bull Soc Pathol Exot, 2007, 100, 1, 299-300 299\n\nVoici un numéro du Bulletin de la SPE qui se présente un peu "
        "différemment des numéros habituels.\n\nEn première partie, sont présentés les résumés des communi- cations présentées au "
        "Congrès francophone d’épidémiologie en milieu tropical, organisé par l’Association des épidémiolo- gistes de langue "
        "française (ADELF) [...]. Il se tiendra à Ouidah, au Bénin, du 23 au 25 janvier 2007.\n\n[...]\n\nViennent ensuite "
        "plusieurs conférences prononcées au Con- grès « Medicine and health in the tropics », qui s’est tenu à Marseille du 11 au "
        "15 septembre 2005.",
        [],
        distractors=[
            "du 23 au 25 janvier 2007 (a congress)",
            "du 11 au 15 septembre 2005 (a congress)",
        ],
        note="a tropical-medicine bulletin's editorial: two congresses' spans, nothing to send",
    )
    p(
        "r13f-adelf-bulletin-35-2009",
        "https://fr.doczz.net/doc/3439568/2009---35---adelf---universit%C3%A9-de-bordeaux",
        "n°35 Le bulletin août 09 Association des Epidémiologistes de Langue Française 2 Editorial Thierry Lang 3 Compte rendu de "
        "l’Assemblée Générale extraordinaire et ordinaire, Paris, 11 septembre 2008 Corinne Le Goaster Nadia Ségala 5 Annexe 1 - "
        "rapport moral 7 Annexe 2 - rapport financier 8 Compte rendu Conseil d’Administration de l’ADELF Paris, 21 janvier 2009 "
        "Corinne Le Goaster 9 L’épidémiologie face à la mondialisation Chakib Nejjari 11 3 Conférence francophone d’épidémiologie "
        "clinique, Fès, 7 et 8 mai 2009 ème Chakib Nejjari 12 Colloques de l’ADELF Le Comité de Rédaction 13 Agenda des colloques "
        "[...] Les congrès consacrés aux inégalités sociales de santé semblent se multiplier. [...] et en mai 2009, un congrès "
        "thématique de l’ADELF porte sur cette thématique.",
        [],
        distractors=[
            "Paris, 11 septembre 2008 (a general assembly)",
            "Paris, 21 janvier 2009 (a board meeting)",
            "Fès, 7 et 8 mai 2009 (a conference)",
            "août 09, en mai 2009 (months)",
        ],
        note="an epidemiologists' society's bulletin contents: meetings' and a conference's days",
    )
    p(
        "r13f-seinesaintdenis-agir-pour-audition-2016",
        "https://ressources.seinesaintdenis.fr/Lancement-d-un-Appel-a-Projet-Agir-Pour-l-Audition-date-limite-de-depot-des?debut_ressources=12",
        "Lancement d’un Appel à Projet- Agir Pour l’Audition - date limite de dépôt des projets le 15 septembre 2016\n\nPublié le par "
        "Direction de la population agée et des personnes handicapées\n\n[...]\n\nListen.Pour faire évoluer le regard sur la "
        "malentendance et briser ce tabou, Agir Pour l’Audition organise chaque année un appel à projets et apporte un soutien "
        "financier aux organismes menant des projets en faveur des personnes déficientes auditives.\n\nL’objectif de l’appel à "
        "projets 2016 est de soutenir des initiatives destinées aux personnes en situation de handicap auditif [...]\n\nÉligibilité"
        "\n\nToute personne morale peut déposer un projet quel que soit son statut, public ou privé, pourvu que le projet ou la "
        "structure soit d’intérêt général ou reconnu comme tel par la loi n° 2014-856 du 31 juillet 2014 relative à l’économie "
        "sociale et solidaire.",
        [d("2016-09-15")],
        distractors=["la loi n° 2014-856 du 31 juillet 2014 (a text's date)"],
        note="a département's resources page relaying a hearing foundation's call (projects for deaf people, not research): "
        "the closing is in the title; 'Publié le' lost its date",
    )
    p(
        "r13f-edp-audio-vote-france-sengage-2018",
        "http://www.edp-audio.fr/actualites/manifestation/5920-auditionsolidarite-en-lice-pour-le-concours-de-la-fondation-la-france-s-engage-votez",
        "Publié le mercredi 9 mai 2018 16:18\n\nPhoto faite lors d'une mission au sein de l'AP-HM (Marseille) en avril 2017 - "
        "©AuditionSolidarité\n\nLe concours national de la Fondation la France s’engage soutient des projets d’innovation sociale "
        "développés par des acteurs de l’économie sociale et solidaire. Aujourd’hui, l’association AuditionSolidarité est "
        "demi-finaliste du concours 2018 [...]\n\nMécènes, personnes sensibles aux actions menées par AuditionSolidarité depuis plus "
        "de 10 ans, ce concours est l’occasion pour vous de faire savoir la considération que vous leur portez. Ce vote, ouvert "
        'depuis le 3 mai, sera clos le 13 mai à 22 heures. Pour ce faire, rien de plus simple, il suffit de "Liker" la '
        "présentation de l’association sur la page Facebook de la fondation et si possible de la partager !",
        [],
        page_date="2018-05-09",
        distractors=[
            "Publié le mercredi 9 mai 2018 16:18 (the article's stamp)",
            "en avril 2017 (a photo's caption)",
            "ouvert depuis le 3 mai, sera clos le 13 mai à 22 heures (a public vote for a finalist: readers vote, no candidate "
            "sends anything)",
        ],
        note="an audiology trade site asking readers to vote for an association in a competition's final; by what a "
        "subscriber needs the vote's closing is no deadline (the candidates already applied), a judgment call",
    )
    p(
        "r13f-vdocuments-iresp-addictions-2019",
        "https://vdocuments.fr/appel-projets-de-recherche-2019-lutte-contre-les-addictions-aux-2019-10-15.html",
        "appel à projets de recherche 2019 lutte contre les addictions aux … · 2019-10-15 · 4 iresp...\n\n13\n1 IReSP – AAP Recherche "
        "et interventions - Addictions 2019 23 septembre 2019 Appel à projets de recherche 2019 Lutte contre les addictions aux "
        "substances psychoactives Date limite de soumission : 17 décembre 2019 - Minuit\n\nUpload: others\n\nPost on 27-May-2020\n\n"
        "3 views\n\nCategory:\n\nDocuments",
        [d("2019-12-17", "23:59")],
        distractors=[
            "2019-10-15 (a file name's date)",
            "23 septembre 2019 (the call text's date)",
            "Post on 27-May-2020 (the document site's upload stamp)",
        ],
        note="a document site's copy of a public-health institute's addictions research call: the closing with 'Minuit'",
    )
    p(
        "r13f-fdocuments-inca-iresp-tabac-2019",
        "https://fdocuments.fr/document/appel-projets-2019.html",
        "Appel à projets 2019\n\n35\nINCa-IReSP-AAP Tabac 2019 Page 1 Appel à projets 2019 Appel à projets de recherche et "
        "d’intervention pour réduire et lutter contre le tabagisme L’Institut National du Cancer (INCa) et l’Institut de Recherche en "
        "Santé publique (IReSP) mettent en œuvre le volet recherche du fonds de lutte contre le tabac. Date limite : 16 septembre 2019 "
        "- Minuit Soumission en ligne : Volet 1 et 2 http://www.e-cancer.fr/Institut-national-du-cancer/Appels-a-projets/"
        "Appels-a-projets-en-cours/TABAC2019 Volet 3 https://eva3-accueil.inserm.fr/sites/eva/appels-a-projets/Pages/default.aspx",
        [d("2019-09-16", "23:59")],
        note="a document site's copy of a tobacco research call funded by the fund against addictions",
    )
    p(
        "r13f-ameli-fonds-addictions-societe-civile-2025",
        "https://www.assurance-maladie.ameli.fr/qui-sommes-nous/notre-fonctionnement/financement/fonds-de-lutte-contre-les-addictions/des-appels-projets-pour-mobiliser-la-societe-civile",
        "Des appels à projets pour mobiliser la société civile\nEn 2021, au regard de la crise sanitaire touchant particulièrement les "
        "personnes socialement défavorisées, [...] un appel à manifestation d’intérêt (AMI) sur la thématique « Addictions et "
        "établissements et services des secteurs de l’accueil, de l’hébergement, de l’insertion et du logement accompagné » s'est "
        "substitué à l’appel à projets « Mobilisation de la société civile ».\nEn 2022 a été lancé un appel à projets à destination des "
        "associations et ciblant 5 axes d’actions prioritaires.\n[...]\nPar ailleurs, en 2023, le comité restreint du fonds de lutte "
        "contre les addictions a émis 2 avis en date du 21 août 2023 et 22 décembre 2023 permettant la poursuite et l’amplification "
        "de 6 projets précédemment financés [...].\nL'appel à projets 2025\nUn appel à projets est ouvert du 16 avril 2025 au 05 juin "
        "2025 pour soutenir des projets d’envergure nationale (ou minimum 3 régions), devront répondre à l’une des 3 priorités "
        "ci-après",
        [d("2025-06-05")],
        opens="2025-04-16",
        distractors=[
            "2 avis en date du 21 août 2023 et 22 décembre 2023 (a committee's opinions)",
            "En 2021, En 2022 (years)",
        ],
        note="the health insurer's page on the fund against addictions' calls to associations: the 2025 call's window after "
        "'est ouvert du … au'",
    )
    p(
        "r13f-promotion-sante-gp-inca-iresp-addictions-2023",
        "https://promotion-sante.gp/appels-a-projets/appel-a-projets-de-recherche-substances-psychoactives-et-comportements-avec-pouvoir-addictif-1",
        "Institut national du Cancer (INCa) / Institut pour la Recherche en Santé Publique (IReSP)\nAppel à projets de recherche "
        "substances psychoactives et comportements avec pouvoir addictif\nDate limite: 06/03/2023\nContexte\nL’Institut national du "
        "cancer (INCa) et l’Institut pour la recherche en santé publique (IReSP) lancent un nouvel appel à projets de recherche sur "
        "les substances psychoactives et les comportements avec pouvoir addictif.\n[...] La durée étant variable: de 36 à 48 mois pour "
        "les projets de recherche complets à une durée de 18 ou 24 mois pour les projets pilotes",
        [d("2023-03-06")],
        note="a Guadeloupe health-promotion agency's listing of a national addictions research call",
    )
    p(
        "r13f-drapps-occitanie-addictions-2023",
        "https://drapps-occitanie.fr/appel-a-projets-de-recherche-substances-psychoactives-et-comportements-avec-pouvoir-addictif/",
        "Date limite de soumission électronique du dossier de candidature : 6 mars 2023.\nLa consommation de substances psychoactives "
        "et les conduites addictives pouvant en résulter constituent un risque pour la santé dès les premiers usages. Parmi elles, le "
        "tabac et l’alcool font partie des premières causes de mortalité évitable en France, avec 75 000 morts par an pour le "
        "tabac1,2 et 41 000 pour l’alcool3 en 2015 [...]. On peut, par exemple, noter que parmi les 346 000 nouveaux cas de cancer "
        "diagnostiqués chez les adultes en France en 2015, 68 000 sont attribuables au tabagisme (20 %)",
        [d("2023-03-06")],
        distractors=["en 2015 (a statistic's year)"],
        note="a regional health-promotion network relaying the same call; footnote markers glued to 'tabac1,2', 'alcool3'",
    )
    p(
        "r13f-vapoteurs-societe-civile-addictions-2019",
        "https://vapoteurs.net/france-appel-a-projets-et-mobilisation-de-la-societe-civile-contre-les-addictions",
        "Dans un récent communiqué diffusé sur le site du gouvernement, un appel à projets est lancé afin de soutenir des actions à "
        "caractère national portées par des acteurs de la société civile. [...]\nUN APPEL A PROJETS OUVERT JUSQU’AU MOIS DE "
        "SEPTEMBRE !\nDans le cadre du fonds de lutte contre les addictions, un appel à projets est lancé afin de soutenir des actions "
        "à caractère national portées par des acteurs de la société civile. Il est ouvert jusqu’au 16 septembre 2019.\nL’objectif est "
        "d’appuyer des projets nationaux qui ont vocation à :",
        [d("2019-09-16")],
        distractors=["JUSQU’AU MOIS DE SEPTEMBRE (vague)"],
        note="a vapers' news site relaying the fund's 2019 call to associations: the call 'est ouvert jusqu'au' a day",
    )
    p(
        "r13f-drogues-gouv-inca-iresp-addictions-2021",
        "https://www.drogues.gouv.fr/print/2950",
        "Inscrit au programme 2020 du fond de lutte contre les addictions, l’Institut national du cancer (INCa) et l’Institut de "
        "recherche en santé publique (IReSP) lanceront le 15 janvier prochain un appel à projets visant à lutter contre les usages et "
        "les addictions aux substances psychoactives.\n\n[...]\n\nLes projets pluridisciplinaires doivent s’inscrire dans l’un des 3 "
        "volets suivants :\n\n  • Volet 1 - Substances psychoactives et population générale\n  • Volet 2 - Substances psychoactives "
        "et cancers\n  • Volet 3 - Substances psychoactives et pathologies autres que le cancer\n\nLa date limite de soumission est "
        "fixée au mardi 9 mars 2021 à 16h00.",
        [d("2021-03-09", "16:00")],
        opens=None,
        distractors=[
            "le 15 janvier prochain (the launch; year-less, undated page)",
            "programme 2020",
        ],
        note="the drugs mission's page on the 2021 addictions call: the closing is full; the launch 'le 15 janvier prochain' "
        "would be 15 January 2021 for a subscriber, but a year-less date on an undated page gives no opening",
    )
    p(
        "r13f-uriopss-hdf-unites-handicap-2021",
        "https://www.uriopss-hdf.fr/actualites/appel-projets-creation-dunites-pour-adultes-en-situation-de-handicap-specifique",
        "Appel à projets : Création d’unités pour adultes en situation de handicap spécifique\n\nUriopss Hauts-de-France\n\nL'ARS "
        "Hauts-de-France lance un appel à projets visant la création d’unités de vie pour adultes en situation de handicap présentant "
        'des "comportements-problèmes" pour prévenir les départs non-souhaités en Belgique.\n[...]\nLes candidats pourront demander '
        "des précisions complémentaires sur l’appel à projet ou sur le cahier des charges au plus tard le 14 mars 2021 par messagerie "
        "aux adresses suivantes :\n\nModalités de dépôts des candidatures :\n\nLes dossiers de candidature seront adressés :   \n\n"
        "  • en 1 exemplaire papier + 1 dossier dématérialisé sur clé USB\n[...]\nClotûre de l'appel à projets : Lundi 22 mars 2021",
        [d("2021-03-22")],
        distractors=["au plus tard le 14 mars 2021 (until when questions may be asked)"],
        note="a social-sector union relaying a regional health agency's call to create care units (not research): the "
        "questions' last day is no deadline, the closing (misspelt 'Clotûre') is",
    )
    p(
        "r13f-promotion-sante-occitanie-firah-troubles-psychiques-2024",
        "https://promotion-sante-occitanie.org/appel-a-projets-de-recherche-appliquee-2024-troubles-psychiques-participation-sociale-et-citoyenne",
        "Date limite de soumission des dossiers : Lundi 25 mars 2024 inclus, à minuit.\nLes problèmes de santé mentale touchent "
        "aujourd’hui en France près de 12 millions de personnes. [...]\nDans ce contexte, la Fondation Falret, la Fondation des Amis "
        "de l’Atelier et la Fondation Internationale de recherche appliquée sur le Handicap (FIRAH) proposent un appel à projets de "
        "recherche appliquée ayant comme objectif général de produire des connaissances qui amélioreront la participation sociale et "
        "citoyenne des personnes vivant avec des troubles psychiques.",
        [d("2024-03-25", "23:59")],
        note="a regional health-promotion body relaying three foundations' applied research call on mental illness",
    )
    p(
        "r13f-fdf-recherche-collaborative-psychiatrie-2023",
        "https://fondationdefrance.org/fr/appels-a-projets/recherche-collaborative-sur-les-maladies-psychiatriques",
        "Recherche collaborative sur les maladies psychiatriques\n\n12 janvier 2023 | Modifié le 21 février 2025\n\nContexte\n\nAlors "
        "qu’une personne sur quatre souffrira au cours de sa vie d’une maladie psychiatrique, la maladie mentale est un facteur de "
        "risque majeur de suicide [...]\n\nPathologies concernées\n\nCet appel d'offres concerne les maladies psychiatriques "
        "invalidantes (à l'exception des addictions, des troubles du spectre autistique et des démences).\n\nModalités de soutien\n\n"
        "La demande de soutien pourra concerner :\n\n  1. Deux équipes faisant état d’un projet collaboratif associant d’une part des "
        "cliniciens [...]",
        [],
        page_date="2023-01-12",
        distractors=[
            "12 janvier 2023 (the page's publication)",
            "Modifié le 21 février 2025 (the page's modification stamp)",
        ],
        note="a foundation's psychiatric research call page in a later version: the passage keeps only its stamps",
    )
    p(
        "r13f-fdf-maladies-psychiques-acces-soins-2023",
        "https://fondationdefrance.org/fr/appels-a-projets/maladies-psychiques-acces-aux-soins-et-vie-sociale",
        "Maladies psychiques : accès aux soins et vie sociale\n\n\nContexte\n\nLes maladies psychiques sont un enjeu majeur de santé "
        "publique. D’après les enquêtes en population générale réalisées ces dernières années, près de 3% de la population française "
        "présente des troubles mentaux. [...]\n\n \n\nDate limite de réception des dossiers :\n22 février 2023\n\nDéposer votre projet"
        "\n\n \n\nLa politique de santé mentale a connu des évolutions positives ces dernières années",
        [d("2023-02-22")],
        note="a foundation's call on access to care for people with mental illness: the label on its own line ends with a colon",
    )
    p(
        "r13f-myscience-era-net-neuron-sante-mentale-2023",
        "https://www.myscience.ch/en/news/wire/era_net_neuron_jtc_appel_a_projets_2023_sante_mentale_resilience_et_vulnerabilite-2023-hes-so",
        "Les requêtes doivent porter sur au moins un des domaines suivants :\n- Recherche fondamentale sur la vulnérabilité et la "
        "résilience de la santé mentale [...]\nLes consortiums doivent être composés de chercheuses et chercheurs d’un moins trois "
        "pays participants. Chaque partenaire est financé par un bailleur de fonds de son pays ou sa région. Les participants suisses "
        "sont financés par le FNS selon les règlements FNS de l’instrument « encouragement de projets ».\nLe délai de dépôt des "
        "esquisses est fixé au 7 mars 2023 et les requêtes complètes sont à soumettre avant le 29 juin 2023.\nLiens utiles :\nMise au "
        "concours du FNS\nMise au concours de ERA-NET NEURON\nActualité précédente :\nAppel à projets de l’UE sur les maladies "
        "neurodégénératives (JPND JTC call 2023)\n06.02.2023",
        [d("2023-03-07", kind="letter_of_intent"), d("2023-06-29")],
        distractors=["06.02.2023 (the previous news item's date)"],
        note="a Swiss science news wire on a European mental-health call: pre-proposals ('esquisses', a compulsory first "
        "stage) then full proposals",
    )
    p(
        "r13f-anses-pnr-est-2015-launch",
        "https://www.anses.fr/en/content/call-research-proposals-national-research-program-environmental-and-occupational-health-1",
        "Call for research proposals of the national research program for environmental and occupational health (PNREST) - 2015\n"
        "ANSES launched a call for research proposals on Environmental and Occupational Health on 19 November 2014.\nLaunched within "
        "the framework of the national research program for environmental and occupational health (PNREST), this call for research "
        "proposals is to support public policies. It takes into account the research priorities of national plans for Environmental "
        "Health, Occupational Health, Cancer, Ecophyto and Ecoantibio 2017.\n[...] In 2015, the total budget is expected to be about "
        "4,5 million Euros.\nThe 2015 selection process will be organized into two stages:\n- an initial selection on the basis of "
        "letters of intent,\n- a second round of selection based on complete applications.",
        [],
        opens="2014-11-19",
        distractors=["Ecoantibio 2017 (a plan's name)", "In 2015"],
        note="a health-safety agency's English page on its environmental-health call: only the launch day, an opening",
    )
    p(
        "r13f-anses-pnr-est-2021-window",
        "https://www.anses.fr/en/content/pnr-est-call-research-projects-topic-%E2%80%9Cenvironmental-and-occupational-health%E2%80%9D-0",
        "Call for research project\n\nPNR-EST call for research projects on the topic “Environmental and Occupational Health”\n\nFrom "
        '22/10/2020 to 07/01/2021\n\nOn 22 October 2020, ANSES issued a call for research projects (CRP) on the topic "Environmental '
        'and Occupational Health".\n[...]\nThe 2021 selection process will be divided into two stages:\n\n  • an initial selection on '
        "the basis of letters of intent,\n  • a second round of selection based on complete applications.",
        [d("2021-01-07", kind="letter_of_intent")],
        opens="2020-10-22",
        note="the same agency's page for the 2021 call: the window under the title is the call's, and since complete "
        "applications only follow the selection of letters of intent, what closes on 7 January is the first stage (judgment "
        "call on the kind: the window itself names no stage)",
    )
    p(
        "r13f-123dok-iresp-rapport-2020",
        "https://123dok.net/article/appels-projets-recherche-soutien-accompagnement-projets-recherche.y6e857w4",
        "III. Soutien et accompagnement des projets de recherche\n\n1. Appels à projets de recherche\n\nEn 2020, l’IReSP a lancé 6 "
        "appels à projets (AAP) et 1 appel à candidature (AAC) au sein de ses 3 programmes thématiques :\n[...]\n1.1 Outil de gestion "
        "des AAP (Plateforme EVA3)\n\nDepuis 2018, en lien avec le Département de l’Evaluation et du Suivi des Programmes de "
        'l’Inserm, l’IReSP a mis en place un outil de gestion des AAP (plateforme EVA3) [...]\n\n1.2 Programme "Services, '
        'interventions et politiques favorables à la santé" :\n\nCette année, sur la base du bilan de l’AAP général lancé en 2018 et '
        "d’un travail réalisé avec les financeurs et des anciens membres des comités scientifiques d’évaluation entre décembre 2019 "
        "et avril 2020, l’AAP général de l‘IReSP a été restructuré",
        [],
        distractors=[
            "En 2020, Depuis 2018, lancé en 2018 (years)",
            "entre décembre 2019 et avril 2020 (months)",
        ],
        note="a public-health institute's activity report: years and months only",
    )
    p(
        "r13f-occitanie-europe-jpi-hdhl-prephobes-2020",
        "https://occitanie-europe.eu/appel-a-propositions-horizon-2020-jpi-hdhl-prevention-de-la-prise-de-poids-malsaine-et-de-lobesite-pendant-les-phases-cruciales-de-la-vie-prephobes",
        "Appel à propositions – Horizon 2020 – JPI HDHL – Prévention de la prise de poids malsaine et de l’obésité pendant les phases "
        "cruciales de la vie (PREPHOBES)\n\nIn Actualité de la Représentation d’Occitanie Europe by Occitanie Europe\n\nProgramme et "
        "titre de l’appel à propositions\n\nProgramme : Horizon 2020 - Initiative de Programmation Conjointe 'Un régime alimentaire "
        'sain pour une vie saine" (JPI-HDHL)\n\nAppel conjoint transnational : Prévention de la prise de poids malsaine et de '
        "l'obésité pendant les phases cruciales de la vie (PREPHOBES)\n\n\nDate limite de dépôt des candidatures\n\nDate limite pour "
        "les pré-propositions : 7 mai 2020, 16h\n\nDate limite pour les propositions complètes : 31 juillet 2020, 16h\n\n\nObjectif du "
        "programme",
        [d("2020-05-07", "16:00", kind="letter_of_intent"), d("2020-07-31", "16:00")],
        distractors=["Horizon 2020 (a programme's name)"],
        note="a region's Brussels office on a European nutrition call: pre-proposals (a first stage) then full proposals, "
        "under a heading 'Date limite de dépôt des candidatures'",
    )
    p(
        "r13f-anr-preannonce-nutrition-epigenome-2018",
        "https://anr.fr/fr/actualites-de-lanr/details/news/preannonce-un-appel-a-projets-europeen-bientot-lance-a-propos-de-la-nutrition-et-de-lepigenome/",
        "Actu\n11/01/2018\n\nPréannonce : un appel à projets européen bientôt lancé à propos de la nutrition et de l’épigénome\n\n"
        "L’agence nationale de la recherche va lancer, en collaboration avec 8 pays, le troisième appel à projets dans le cadre de "
        "l’ERA-Net Cofund ERA-HDHL. Son objectif est de financer des projets de recherche transnationaux étudiant les relations entre "
        "l’alimentation et l’épigénome. L’ouverture est prévue pour le 6 Février 2018.\n\nL’initiative de programmation conjointe "
        "sur « une alimentation saine pour une vie saine » (JPI HDHL) coordonne la recherche dans les domaines de l’alimentation [...]",
        [],
        opens="2018-02-06",
        page_date="2018-01-11",
        distractors=["11/01/2018 (the news item's date)"],
        note="the national research agency's pre-announcement: only the planned opening ('L'ouverture est prévue pour le'), "
        "no closing yet",
    )
    p(
        "r13f-processalimentaire-ffas-2011",
        "https://www.processalimentaire.com/vie-des-iaa/1-8-m-pour-une-alimentation-plus-saine-18398",
        "1,8 M€ pour une alimentation plus saine\n\n21 juin 2011 - Josselin Moreau\n\nLe Fonds français pour l’alimentation et la "
        "santé a lancé ce mardi 21 juin son premier appel à projets, d'un montant de 1,8 M€ en 2011. Crédit : Fotolia.com\n\nLe Fonds "
        "français pour l’alimentation et la santé a lancé ce mardi 21 juin à Paris son premier appel à projets 2011, en présence de "
        "sa présidente Martine Laville. La dotation de 1,8 M€ va permettra de soutenir trois thématiques [...]",
        [],
        opens="?",
        page_date="2011-06-21",
        distractors=["21 juin 2011 (the article's date)"],
        note="a food-industry magazine on a food and health fund's first call: the fund 'a lancé ce mardi 21 juin' its call, "
        "the day the call opened, but the call is the object, not the subject, and the launch was an event in Paris; the "
        "opening is not scored (judgment call)",
    )
    p(
        "r13f-anrs-laureats-pepr-mie-2024",
        "https://anrs.fr/fr/actualites/actualites/laureats-2024-pepr-mie/",
        "Dernière mise à jour le 17 avril 2025\nAvec le lancement il y a bientôt 4 ans de la Stratégie d’Accélération « Maladies "
        "Infectieuses Émergentes et Menaces Nucléaires, Radiologiques, Biologiques et Chimiques » (SA MIE MN) dans le cadre du plan "
        "France 2030, le gouvernement réaffirme son engagement [...]\nDans le cadre du PEPR MIE, l’ANRS MIE a lancé en 2023 son "
        "premier appel à projets permettant de financer 11 projets de recherche pour un montant total d’environ 22 millions d’euros.\n"
        "Poursuivant cette dynamique, un second appel à projets a été lancé en 2024, sur les mêmes principes que celui de 2023. [...]"
        "\nÀ l’issue de l’évaluation par un jury d’experts internationaux, 9 projets de recherche multidisciplinaires et collaboratifs "
        "ont été sélectionnés parmi les 27 projets éligibles.",
        [],
        page_date="2025-04-17",
        distractors=[
            "Dernière mise à jour le 17 avril 2025 (the page's stamp)",
            "lancé en 2023, lancé en 2024 (years)",
        ],
        note="an infectious-diseases agency's winners news: a stamp and years",
    )
    p(
        "r13f-agence-biomedecine-aor-amp-2026",
        "https://agence-biomedecine.fr/fr/genetique-medicale-et-diagnostics/appel-d-offres-amp-medecine-foetale-et-diagnostic-genetique",
        "Appel d’offres AMP, médecine fœtale et diagnostic génétique\nPublié le 4 novembre 2025\nL’Agence de la biomédecine soutient "
        "la recherche médicale et scientifique dans le domaine de l’assistance médicale à procréation, de la médecine fœtale et du "
        "diagnostic génétique grâce à ses appels d’offres recherche (AOR) annuels. [...]\nPour participer, les candidats doivent "
        "soumettre un dossier complet à l’Agence avant la date limite de l’appel d’offres concerné. Chaque projet est évalué en deux "
        "étapes [...]\nLe dossier complet doit être envoyé à l’adresse : aor@biomedecine.fr\nActualité : les appels d'offres 2026",
        [],
        page_date="2025-11-04",
        distractors=["Publié le 4 novembre 2025 (the page's publication)"],
        note="the biomedicine agency's research calls page: 'avant la date limite' names no day",
    )
