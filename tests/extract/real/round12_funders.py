"""Round 12 of the real passages (funders, patients' associations, foundations, agencies, Swiss and Belgian funders): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r12f-canceropole-paca-appels-2026",
        "https://canceropole-paca.com/appels-a-projets",
        "Les Appels à projets\n\nFinancements en soutien aux recherches anticancers\n\nAPRS : Plan Cohortes France 2030\n\n"
        "Date limite de dépôt du dossier : 23/02/2026\n\nDans les actions France 2030, un soutien au développement de cohortes est "
        "prévu. [...]\n\nFRM : Approches Interdisicplinaires pour comprendre le rôle et les mécanismes de l’inflammation dans les "
        "maladies chroniques\n\nSoumission des lettres d'intention : 26/02/2026\n\nL’ambition de la FRM est de rassembler de nouveaux "
        "acteurs dans ce domaine de recherche [...]\n\nClôture de saisie des pré-demande : 26 février 2026 à 16h00\n\nTexte de "
        "l’Appel\n\nInserm : Exploration fonctionnelle du microenvironnement des cancers de mauvais pronostic (MCMP)\n\n"
        "Date limite de dépôt du dossier : 26/02/2026",
        [
            d("2026-02-23"),
            d("2026-02-26", "16:00", kind="letter_of_intent"),
        ],
        distractors=["France 2030 (a programme's name)"],
        note="a cancer network's list of open calls: three calls, one fiche line each; the FRM's letters of intent and the "
        "Inserm call close the same day: one day has one kind, and by the rules a first stage wins, with the FRM's hour",
    )
    p(
        "r12f-unidivers-cnsa-autonomie-2022",
        "https://www.unidivers.fr/event/appel-a-projets-autonomie-caisse-nationale-de-solidarite-pour-lautonomie-cnsaadresse-2022-05-05/",
        "Appel à projets Autonomie Caisse nationale de solidarité pour l’autonomie (CNSA),Adresse, 5 mai 2022, Paris.\n\n"
        "Appel à projets Autonomie\n\nCaisse nationale de solidarité pour l’autonomie (CNSA), Adresse, le jeudi 5 mai à 17:00\n\n"
        "**L’Institut pour la recherche en santé publique (IReSP) a publié le jeudi 3 février les textes des appels à projets de "
        "recherche du programme « Autonomie : personnes âgées et personnes en situation de handicap » financés par la Caisse "
        "nationale de solidarité pour l’autonomie (CNSA). Lors de l’édition 2021 du programme, la CNSA a soutenu 15 projets [...]. "
        "Pour participer à l’édition 2022, les candidats ont jusqu’au 5 mai.** [...] Les candidats ont **jusqu’au 5 mai 2022 "
        "17h00** pour déposer leur projet en ligne.",
        [d("2022-05-05", "17:00")],
        distractors=[
            "le jeudi 3 février (the texts' publication; year-less, undated page)",
            "l'édition 2021",
        ],
        note="an events site relaying a public-health institute's call as an event of the closing day; the event line "
        "'5 mai 2022, Paris.' is the same day",
    )
    p(
        "r12f-zonebourse-cnsa-autonomie-2021",
        "https://www.zonebourse.com/actualite-bourse/Les-appels-a-projets-de-recherche-2021-du-programme-Autonomie-sont-ouverts--32427905/?utm_medium=RSS&utm_content=20210212",
        "L'Institut pour la recherche en santé publique (IReSP) a publié en février les textes des appels à projets de recherche "
        "du programme « Autonomie : personnes âgées et personnes en situation de handicap » financés par la CNSA. Lors de l'édition "
        "2020 du programme, la CNSA a soutenu 13 projets en sciences humaines et sociales et en santé publique pour près de 2 600 "
        "000 €. Pour participer à l'édition 2021, les candidats ont jusqu'au 31 mai 2021 : à vos claviers !\n\n[...]\n\n"
        "Les candidats ont jusqu'au 31 mai 2021 pour déposer leur projet. Pour plus d'informations sur le dépôt des projets, "
        "consultez la rubrique dédiée sur le site de la CNSA (nouvelle fenêtre) ou le site internet de l'IReSP (nouvelle fenêtre).",
        [d("2021-05-31")],
        distractors=["en février (vague)", "l'édition 2020"],
        note="a financial news site relaying the same programme the year before; the day is said twice",
    )
    p(
        "r12f-cnam-iresp-polyhandicap-2019",
        "http://recherche.cnam.fr/appel-a-projets-polyhandicap--1053886.kjsp",
        'IReSP & CNSA\n\nAppel à projets " Polyhandicap "\n\n31 janvier 2019\n30 mai 2019 - 12h\n\n'
        "Cet appel à projets s’inscrit dans le programme de recherche Handicap et perte d’autonomie, initié en 2009 par la Drees et "
        "la CNSA, et mis en œuvre depuis 2012 par l’IReSP sur financements Drees et CNSA. [...]\n\n"
        "Le volet polyhandicap de la Stratégie quinquennale d’évolution de l’offre médico-sociale (2017-2022) prévoit dans son axe "
        "4 de développer la recherche sur le polyhandicap [...]; il a, entre autres actions, été décidé de financer un appel à "
        "projets de recherche spécifique « Polyhandicap » pour cette année 2019",
        [d("2019-05-30", "12:00")],
        opens="2019-01-31",
        distractors=["initié en 2009", "depuis 2012", "(2017-2022)"],
        note="a school's research news: two bare dates under the call's title, its opening and its closing with the hour",
    )
    p(
        "r12f-123dok-anr-ppr-autonomie-2021",
        "https://123dok.net/document/y8gn2gjr-investissements-d-avenir-appel-%C3%A0-projets.html",
        "Investissements d’Avenir Appel à Projets\n\nN/A\nN/A\nProtected\n\nAcademic year: 2022\n\n[...]\n\n"
        "Investissements d’Avenir\n\nAppel à Projets\n\nA UTONOMIE : VIEILLISSEMENT ET SITUATIONS DE HANDICAP\n\n"
        "Date de clôture de l’appel à projets\n\n2 novembre 2021 à 11h00\n\nAdresse de consultation de l’appel "
        "http://anr.fr/ppravh",
        [d("2021-11-02", "11:00")],
        distractors=["Academic year: 2022 (the document site's stamp)"],
        note="a document site's copy of an ANR call: the closing's label on one line, its date on the line after",
    )
    p(
        "r12f-readkong-anr-ami-autonomie-2022",
        "https://fr.readkong.com/page/autonomie-vieillissement-et-situations-de-handicap-anr-7261011",
        'Investissements d’Avenir Appel à Manifestation d’Intérêt "Autonomie : vieillissement et situations de handicap" Date de '
        "clôture de l’appel à manifestation d’intérêt 28/03/2022 à 11h CET Adresse de consultation de l’appel "
        "https://anr.fr/AMI-AVH-2021-2026\nRESUME Le gouvernement a confié au CNRS le pilotage scientifique d’un Programme "
        "Prioritaire de Recherche (PPR) sur l’autonomie, financé à hauteur de 30 millions d’euros sur la période 2021 - 2026. [...] "
        "Les lettres d’intention doivent parvenir pour le 28/03/2022 et feront ensuite l’objet d’un travail de rapprochement des "
        "équipes intéressées dans le cadre d’ateliers thématiques entre mai et juin 2022, en vue d’un Appel à Projets (AAP) "
        "portant sur les défis 3 et 4",
        [d("2022-03-28", "11:00", kind="letter_of_intent")],
        distractors=["la période 2021 - 2026", "entre mai et juin 2022 (workshops, vague)"],
        note="a call for expressions of interest whose answers are letters of intent before a later call: a first stage",
    )
    p(
        "r12f-fhf-fondation-hopitaux-personnes-agees-2022",
        "https://fhf.fr/expertises/autonomie/actualite-du-pole-autonomie-des-adherents/appel-projets-de-la-fondation-des-hopitaux-pour-ameliorer-le-quotidien-des-personnes-agees-et-des",
        "Appel à projets de la Fondation des hôpitaux pour améliorer le quotidien des personnes âgées et des soignants en "
        "établissements sanitaires et médico-sociaux\n\nDate de publication : 12 Septembre 2022\nDate de modification : 3 Octobre "
        "2022\nL’objectif de cet appel à projet, ouvert jusqu’au 21 octobre, est de continuer à tisser le lien familial et social au "
        "sein des EHPAD et des services gériatriques [...]\n\nOuvert aux établissements publics ou privés à but non lucratif, cet "
        "appel à projet sera clos le 21 octobre 2022.",
        [d("2022-10-21")],
        page_date="2022-09-12",
        distractors=[
            "Date de publication : 12 Septembre 2022",
            "Date de modification : 3 Octobre 2022",
        ],
        note="a hospital federation's news; the page date is its publication date, so the year-less '21 octobre' is the same "
        "day as the full one",
    )
    p(
        "r12f-usi-ligue-cancer-suisse-2022",
        "https://www.usi.ch/it/feeds/13316",
        "Lega contro il cancro - Call for proposals\n\nServizio ricerca e trasferimento del sapere\n\nSubmission deadline: 31 "
        "Gennaio 2022\n\nSubmission deadline: 31 January 2021\n\nThe Cancer League is dedicated to a world where fewer people get "
        "cancer [...]\n\nApplications for funding must be limited to projects lasting no longer than 4 years.",
        [d("2022-01-31"), d("2021-01-31")],
        distractors=["no longer than 4 years"],
        note="a Swiss university's feed in Italian and English: two editions' deadlines, the newer one with an Italian month "
        "name; a subscriber needs both days (the rules read no Italian)",
    )
    p(
        "r12f-recherche-cancer-net-arc-tabac",
        "http://recherche-cancer.net/financement/financements-en-partenariat/30-sections/financement/financements-en-partenariat.html",
        "financements en partenariat\n\nLe tabac demeure le principal facteur de risque évitable de cancer en France. [...]\n\n"
        "En 2015, la Fondation ARC se joint à l’INCa dans la mise en œuvre d’un programme partenarial multidisciplinaire axé sur le "
        "tabac et les cancers liés au tabac. [...] Les projets associeront au minimum deux équipes relevant d’unités de recherche "
        "et de thématiques complémentaires et/ou d’organismes différents.",
        [],
        distractors=["En 2015"],
        note="a cancer foundation's page on a partnership programme; no call date",
    )
    p(
        "r12f-vaincrelamuco-aap-2017",
        "http://www.vaincrelamuco.org/acceder-votre-espace/soignants-chercheurs/chercheurs/appel-projets-de-recherche",
        "Appel à projets de recherche\n\nVaincre la Mucoviscidose renouvelle en 2017 son Appel à Projets annuel pour soutenir la "
        "recherche sur la mucoviscidose. [...]\n\nEn 2016, Vaincre la Mucoviscidose a soutenu 9 nouveaux projets dans le cadre du « "
        "Programme Pseudomonas aeruginosa 2016 » (PPa2016) pour un montant global de plus de 650 000 €. [...] Aucun nouveau projet "
        "en Recherche Fondamentale concernant Pseudomonas aeruginosa ne sera donc éligible dans le cadre de l’appel à projets 2017",
        [],
        distractors=["en 2017", "En 2016"],
        note="a patients' association's call page; the quoted part holds only years",
    )
    p(
        "r12f-medjouel-france-parkinson-shs",
        "https://medjouel.com/de/appel-a-projets-france-parkinson-sciences-humaines-sociales",
        "Appel à projets France Parkinson en sciences humaines et sociales\n\nL’association FRANCE PARKINSON lance son deuxième "
        "appel à projets de recherche en Sciences Humaines et Sociales dans le domaine du vivre avec la maladie de Parkinson. [...]"
        "\n\nPérimètre de l’appel à projets\n\nChaque proposition portera explicitement sur une thématique en lien avec le champ "
        "d’action de l’association France Parkinson et s’inscrira dans une approche correspondant aux axes A, B ou C",
        [],
        note="a relay of a patients' association's call; no date in the stored part",
    )
    p(
        "r12f-anr-jpnd-action-rapide-2014",
        "https://anr.fr/fr/detail/call/action-rapide-dans-le-cadre-du-jpnd-2014-creation-de-groupes-de-travail-dans-le-but-dameliorer/",
        "Action rapide dans le cadre du JPND (2014) : création de groupes de travail dans le but d'améliorer l'utilisation des "
        "cohortes déjà existantes pour la recherche sur les maladies neurodégénératives\nL'ANR s'associe au Programme conjoint sur "
        "les maladies neurodégénératives (JPND) pour lancer une action rapide transnationale pour financer des Groupes de Travail "
        "[...]",
        [],
        distractors=["(2014)"],
        note="a national agency's call page; the stored part stops before its dates",
    )
    p(
        "r12f-anr-jpnd-medecine-personnalisee-2019",
        "http://www.agence-nationale-recherche.fr/financer-votre-projet/appels-ouverts/appel-detail0/appel-a-projets-transnationaux-en-medecine-personnalisee-pour-les-maladies-neurodegeneratives-2019/?utm_source=fluxrss&utm_campaign=RSS",
        "Financer votre projetAppels à projets en cours\n\nRetour à la liste\n\nÉdition\n2019\n\nOuvert\n\nAppel à projets "
        "transnationaux en médecine personnalisée pour les maladies neurodégénératives\n\nL’ANR s’associe à l’ERA-NET JPco-fuND 2 "
        "(JPND) pour lancer un appel à projets transnational conjoint [...]. Un budget prévisionnel de 30M€ sera dédié par les pays "
        "membres du JPND et la Commission européenne à cette initiative.",
        [],
        distractors=["Édition 2019"],
        note="an agency's page marked open ('Ouvert') with no date in the stored part",
    )
    p(
        "r12f-anr-preannonce-synaptopathies-2017",
        "https://anr.fr/en/latest-news/read/news/pre-annonce-un-appel-a-projets-transnational-concernant-le-dysfonctionnement-synaptique-dans-les-m/",
        "L’appel à projets associe 19 agences de financement issues des pays suivants : Allemagne, Autriche, Belgique, Canada, "
        "Espagne, France, Finlande, Israël, Italie, Lettonie, Pays-Bas, Norvège, Pologne, Roumanie, Slovaquie, Suisse et la "
        "Turquie.\n[...]\nL’appel à projets devrait ouvrir durant la 1ère quinzaine de janvier 2017. La procédure de sélection se "
        "fera en deux étapes :",
        [],
        distractors=["durant la 1ère quinzaine de janvier 2017 (a planned opening, vague)"],
        note="a pre-announcement: the opening is only a fortnight, no day",
    )
    p(
        "r12f-frc-neurodon-fonctionnement",
        "http://www.frcneurodon.org/informer-sur-la-recherche/appels-a-projet-en-cours/fonctionnement-calendrier/",
        "Fonctionnement & calendrier\n\nLa FRC organise deux Appels à Projets annuels.\n\n1/ L’Appel à Projets de recherche "
        "transversale sur le cerveau\n\nIl s’agit d’un Appel à Projets annuel de soutien à des projets de recherche transversale sur "
        "le cerveau, sur une thématique annuelle. [...]\n\nRetour sur les thématiques des Appels à Projets de recherche transversale "
        "sur le cerveau :\n\nEn 2023 : « Les mécanismes biologiques communs aux",
        [],
        distractors=["En 2023"],
        note="a brain-research federation's 'how it works and calendar' page; the stored part stops before any day",
    )
    p(
        "r12f-fondationhopitaux-helioscope-2020",
        "https://www.fondationhopitaux.fr/page/22/?attachment_id=olvbdmdqkg",
        "Palmarès du Prix Hélioscope-GMF 2020\n\nPrix Hélioscope 2020\n\nPrix Hélioscope 2020Six établissements hospitaliers "
        "récompensés pour leur initiative au bénéfice des malades.\n\n1er Prix (7 500 €) : le Centre hospitalier universitaire de "
        "Saint-Étienne pour son atelier d’éducation thérapeutique [...] Après trois ans d’expérience, professionnels et patients ont "
        "décidé de pérenniser cet atelier",
        [],
        distractors=["Prix Hélioscope 2020 (a prize's results)"],
        note="a foundation's list of a prize's winners: results, no call",
    )
    p(
        "r12f-hopital-du-futur-ami-2",
        "https://hopital-du-futur.fr/ami-hopital-du-futur-2/",
        "Hôpital du Futur #2\n\nContexte de l'AMI\n\nLes activités humaines contribuent à une émission significative de CO2 [...]. "
        "D’après le dernier rapport du GIEC publié en 2023, il est prévu que le réchauffement de la Terre excède 1,5°C par rapport à "
        "l’époque préindustrielle dès les années 2030 [...]\n\nFace à ces défis, la Préfecture de la région Grand Est, l’ARS Grand "
        "Est et la Région Grand Est, s’engagent pour le déploiement de projets ambitieux dans les établissements publics de santé",
        [],
        distractors=["publié en 2023", "dès les années 2030"],
        note="a regional call for hospitals' climate projects; its context only",
    )
    p(
        "r12f-legifrance-arrete-autonomie-sante-2016",
        "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000032286936",
        "Arrêté du 17 mars 2016 fixant le cahier des charges national relatif aux projets pilotes d'accompagnement à l'autonomie en "
        "santé\n\nDernière mise à jour des données de ce texte : 25 mars 2016\n\nNOR : AFSP1605921A\n\nJORF n°0071 du 24 mars 2016\n\n"
        "Version en vigueur au 10 septembre 2024\n\n\nLa ministre des affaires sociales et de la santé,\nVu la loi n° 2016-41 du 26 "
        "janvier 2016 de modernisation de notre système de santé, notamment son article 92 ;\nVu l'avis de la Conférence nationale "
        "de santé du 28 janvier 2016,\nArrête :",
        [],
        distractors=[
            "Arrêté du 17 mars 2016",
            "Dernière mise à jour … : 25 mars 2016",
            "JORF n°0071 du 24 mars 2016",
            "Version en vigueur au 10 septembre 2024",
            "loi … du 26 janvier 2016",
            "l'avis … du 28 janvier 2016",
        ],
        note="the official text of a call's national specifications: every date is a text's, an update's or a version's",
    )
    p(
        "r12f-123dok-filieres-maladies-rares-2018",
        "https://123dok.net/document/yngmo4nj-information-interministerielle-septembre-relative-national-campagne-labellisation-fili%C3%A8res.html",
        "NOTE D'INFORMATION INTERMINISTERIELLE N° DGOS/DIR/DGRI/2018/224 du 28 septembre 2018 relative à l’appel à projet national "
        "pour la 2ème campagne de labellisation des filières de santé maladies rares\n\n[...]\n\nClassement thématique : "
        "établissement de santé\n\nInscrit pour information à l’ordre du jour du CNP du 28 septembre 2018 – N ° 87\n\n"
        "Publiée au JO : non",
        [],
        distractors=[
            "N° DGOS/DIR/DGRI/2018/224 du 28 septembre 2018 (the note's date)",
            "CNP du 28 septembre 2018 (a meeting)",
        ],
        note="a ministry's note launching a call, as a document site shows it: the dates are the note's and a board's",
    )
    p(
        "r12f-espaceinfirmier-phrip-2011",
        "https://espaceinfirmier.fr/presse/l-infirmiere-magazine/article/n-282/ne-pas-relacher-l-effort.html",
        "L'infirmière Magazine n° 282 du 01/07/2011\n\nPHRIP\n\nACTUALITÉ\n\nUne vingtaine de projets de recherche paramédicale "
        "hospitalière ont été retenus, dont huit infirmiers.\n\nLa DGOS(1) a dévoilé la liste des dossiers retenus dans le cadre de "
        "l’appel à projets du PHRIP [...]. Deux collèges se sont partagé l’étude des 113 dossiers déposés [...] (à comparer au "
        "million d’euros pour 16 projets de l’édition 2010)",
        [],
        distractors=["n° 282 du 01/07/2011 (the issue's date)", "l'édition 2010"],
        note="a nursing magazine's news of a programme's results",
    )
    p(
        "r12f-leenaards-translational-closed",
        "https://leenaards.ch/appel-a-projets-de-recherche-biomedicale-translationnelle",
        "Call for proposals Translational Medical Research\n\nThe Leenaards Foundation supports Translational Medical Research in "
        "the Lake Geneva region carried out in collaboration with academic institutions. [...]\n\nApplications are currently "
        "closed. The next call for submissions with open in January 2026.\n\n\nThe project will investigate a clinical or health "
        "problem from an original angle",
        [],
        distractors=["in January 2026 (the next opening, a month only)"],
        note="a Swiss foundation's English call page, closed; the next opening is a month, so no opening either",
    )
    p(
        "r12f-studylib-leenaards-prix-2012",
        "https://studylibfr.com/doc/4473249/communiqu%C3%A9-de-presse",
        "COMMUNIQUÉ DE PRESSE\nLa Fondation Leenaards soutient la recherche bio-médicale\n[...]\nLa Fondation Leenaards attribue "
        "cette année trois prix scientifiques à des équipes de jeunes chercheurs [...]. Les projets primés en 2012 concernent le "
        "métabolisme, l’immunité intestinale et les circuits cérébraux. [...] « Favoriser les collaborations pour permettre des "
        "approches innovantes. Tel reste l’objectif des Prix pour l’encouragement de la recherche scientifique que remet chaque "
        "année notre fondation depuis 1999.",
        [],
        distractors=["en 2012", "depuis 1999"],
        note="a foundation's press release on its prizes' winners",
    )
    p(
        "r12f-spoelberch-reglement-prix",
        "https://www.fondation-roger-de-spoelberch.ch/prix/reglement/",
        "Règlement relatif à l’octroi du prix pour la recherche médicale dans le domaine des maladies neuro-dégénératives et des "
        "maladies psychiatriques\n[...]\nArticle 3\nTout candidat doit être proposé par une personne dûment qualifiée pour "
        "apprécier la valeur de son travail.\nLes candidatures doivent être introduites avant le 30 juin de l’année en cours et "
        "envoyées au Président du Comité Scientifique",
        [],
        distractors=["avant le 30 juin de l'année en cours (year-less, the page shows no date)"],
        note="a Swiss foundation's standing rules: a yearly closing with no year on an undated page is unresolvable (class 8)",
    )
    p(
        "r12f-unige-leenaards-prix-2010",
        "https://www.unige.ch/actualites/archives/2010/leenards2010/",
        "2010\n\nAttribution des Prix 2010 de la Fondation Leenaards\n\nDes chercheurs réunis autour du professeur Daniel "
        "Pinschewer, de l’Université de Genève, et du Dr Benjamin Marsland, du Centre hospitalier universitaire vaudois (CHUV), se "
        "voient attribuer cette année le Prix de la Fondation Leenaards. [...] Ils se partageront la somme de 1,2 million de "
        "francs.",
        [],
        distractors=["Prix 2010 (results)"],
        note="a university's news of a prize's winners",
    )
    p(
        "r12f-isrec-tandem-en",
        "https://isrec.ch/en/?p=6712",
        "Appel à projets TANDEM\n\nTandem : un appel à projets de recherche translationnelle sur le cancer, co-dirigés par un "
        "clinicien et un spécialiste en recherche fondamentale\n[...]\nPour la troisième année consécutive, la Fondation ISREC "
        "lance un appel à projets Tandem. [...] Le programme Tandem octroiera le financement pendant 2 ou 3 ans pour les salaires "
        "de postdoctorants ou d’assistants de recherche",
        [],
        distractors=["pendant 2 ou 3 ans"],
        note="a Swiss cancer foundation's call (the English site's copy of the French text); no date in the stored part",
    )
    p(
        "r12f-santeweb-rsc-rapport-2011",
        "https://www.santeweb.ch/Actualites/Sante_publique/Rapport_annuel_2011_de_la_fondation_Recherche_suisse_contre_le_cancer.html",
        "Rapport annuel 2011 de la fondation Recherche suisse contre le cancer\nL’an dernier, la fondation Recherche suisse contre "
        "le cancer a soutenu la recherche oncologique en Suisse à hauteur de près de 13 millions de francs. [...]\nEn 2011, la "
        "fondation Recherche suisse contre le cancer a financé au total 64 projets de recherche en lien avec le cancer pour un "
        "montant total de 12,8 millions de francs. «Une somme à peine inférieure au montant record de 2010»",
        [],
        distractors=["En 2011", "de 2010"],
        note="a health portal's news of a funder's annual report",
    )
    p(
        "r12f-recherchecancer-ch-communique-2020",
        "https://www.recherchecancer.ch/medias/communiques-de-presse/pages/2020/265-millions-de-francs-pour-la-recherche-sur-le-cancer/",
        "26,5 millions de francs pour la recherche sur le cancer\n\nL’an dernier, la fondation Recherche suisse contre le cancer, la "
        "Ligue suisse contre le cancer et les ligues cantonales et régionales ont soutenu la recherche oncologique pour un montant "
        "total de 26,5 millions de francs. [...] En 2019, le nombre de demandes déposées a une nouvelle fois dépassé les moyens à "
        "disposition",
        [],
        distractors=["En 2019"],
        note="a funder's press release on the money it gave",
    )
    p(
        "r12f-readkong-recherche-cancer-suisse-2015",
        "https://fr.readkong.com/page/la-recherche-sur-le-cancer-en-suisse-1772133",
        "La recherche sur le cancer en Suisse Une publication sur les projets de recherche soutenus par la fondation Recherche "
        "suisse contre le cancer, la Ligue suisse contre le cancer et les ligues cantonales 2015 Edition 2016\n[...] Date de "
        "publication : novembre 2016 Tirage français : 1300 ex.",
        [],
        distractors=["Date de publication : novembre 2016 (a month)", "2015 Edition 2016"],
        note="a report's imprint: its publication month is no day and no deadline",
    )
    p(
        "r12f-fondation-merieux-subventions-sessions",
        "https://fondation-merieux.org/ce-que-nous-faisons/agir-pour-mere-enfant/programme-subventions",
        "Programme de subventions\nLes projets sélectionnés recevront un soutien financier d’un montant maximum de 5000 euros. Deux "
        "sessions annuelles sont organisées afin d’étudier les candidatures.\nSession 1\nPériode de soumission des dossiers :\ndu 1er "
        "décembre au 1er mars\nPartage des résultats :\nau plus tard le 1er juillet\nSession 2\nPériode de soumission des dossiers :"
        "\ndu 1er mai au 1er août\nPartage des résultats :\nau plus tard le 1er décembre",
        [],
        distractors=[
            "du 1er décembre au 1er mars, du 1er mai au 1er août (yearly windows, year-less, undated page)",
            "au plus tard le 1er juillet / le 1er décembre (results)",
        ],
        note="a foundation's standing two-session calendar with no year on an undated page: unresolvable (class 8)",
    )
    p(
        "r12f-gradefuture-merieux-2019",
        "http://gradefuture.com/2019/02/15/fondation-merieuxs-grants-programme-for-developing-countries/",
        "Fondation Mérieux’s Grants Programme for Developing Countries\n\n[...]\n\nApplication Deadline:\n\nThe programme has two "
        "sessions every year:\n\n  • For the first session, the deadline for receipt of applications is March 1st. A notification "
        "will be sent to the recipients at the end of April.\n  • For the second session, the deadline for receipt of applications "
        "is September 1st. A notification will be sent to the recipients at the end of October.",
        [],
        distractors=[
            "March 1st, September 1st (year-less, the page shows no date)",
            "at the end of April / October (notifications, vague)",
        ],
        note="an English grants blog relaying the same foundation; the address holds a day but the page shows none, so the "
        "year-less deadlines are unresolvable (class 8)",
    )
    p(
        "r12f-oyaop-merieux-small-grants-2020",
        "https://oyaop.com/?p=55971",
        "The Mérieux Foundation calls application for Small Grants 2020. The Mérieux Foundation is deploying diagnostic and "
        "research expertise to strengthen partner laboratories facing the COVID-19 outbreak.\nThe Mérieux Foundation Small Grants "
        "2020 selected projects will receive financial support of up to 5000 euros. Two annual sessions are organized to study the "
        "applications.",
        [],
        distractors=["Small Grants 2020"],
        note="an opportunities site's English relay; no day",
    )
    p(
        "r12f-auf-pasteur-g4",
        "https://auf.org/europe-ouest/nouvelles/actualites/lagence-universitaire-de-la-francophonie-et-lip",
        "L’Agence universitaire de la Francophonie (AUF) et l’Institut Pasteur souhaitent renforcer leur collaboration dans les "
        "domaines de la recherche, de la formation et de l’enseignement [...].\nL’AUF et l’Institut Pasteur lancent conjointement un "
        "appel à candidatures international pour de jeunes chercheurs afin de créer deux groupes de recherche à 4 ans (G4) au sein "
        "du réseau International des Instituts Pasteur (RIIP)",
        [],
        distractors=["à 4 ans"],
        note="a university agency's news of a joint call; no day in the stored part",
    )
    p(
        "r12f-pasteur-chaire-charles-nicolle",
        "https://www.pasteur.fr/fr/international/appels-propositions/prix-prince-albert-ii-monaco-institut-pasteur",
        "Pourquoi la Chaire porte-t-elle le nom de Charles Nicolle ?\nDepuis l’époque de Charles Nicolle (directeur de l’Institut "
        "Pasteur de Tunis de 1903 à 1936 et prix Nobel de médecine en 1928) [...]\nLancée en janvier 2025 avec le soutien de "
        "l’Ambassade de France en Tunisie, la Chaire scientifique Charles Nicolle vise à renforcer la coopération scientifique [...] "
        "pendant 3 à 6 mois.\n[...]\nAprès une première édition très réussie, un second appel à candidatures est lancé.\nIl "
        "s’adresse aux doctorant·e·s ou jeunes scientifiques de l’Institut Pasteur de Tunis âgé·e·s de moins de 40 ans.",
        [],
        distractors=["de 1903 à 1936", "en 1928", "Lancée en janvier 2025 (a month)"],
        note="an institute's call page for a fellowship; history and a launch month, no closing day in the stored part",
    )
    p(
        "r12f-fnrs-baillet-latour-2025",
        "https://www.frs-fnrs.be/fr/l-actualite-fnrs?start=42",
        "On the initiative of the Baillet Latour Fund, the prestigious Baillet Latour Biomedical Award will be awarded in 2025 to "
        "independent investigators of any nationality in the early phase of their career to conduct biomedical research in Belgium "
        "[...].\nApplicants must be affiliated to their Institution until April 30th, 2030.\nApplications, written in English, must "
        "be submitted via the online application system available on www.blba.be by September 16th, 2024 at the latest.\n[...]\n"
        "Les Commissions scientifiques du FNRS se réunissent du 13 mai au 7 juin pour évaluer les dossiers de candidature déposés "
        "dans le cadre de l’appel Bourses et Mandats 2024. [...] Les chercheuses et chercheurs financés entameront leur bourse ou "
        "mandat dès le 1er octobre. Rendez-vous après le Conseil d’administration du 25 juin pour connaître les résultats.",
        [d("2024-09-16")],
        distractors=[
            "until April 30th, 2030 (an affiliation condition)",
            "du 13 mai au 7 juin (the commissions' meetings; year-less, undated page)",
            "dès le 1er octobre (start)",
            "du 25 juin (a board's meeting)",
        ],
        note="a Belgian funder's news list: an English award's closing among French news of its commissions",
    )
    p(
        "r12f-kbs-frb-recherche-sante-2022",
        "https://kbs-frb.be./fr/plus-de-six-millions-deuros-alloues-la-recherche-en-sante",
        "En 2022, 60 Fonds consacrés à la recherche médicale scientifique, gérés par la Fondation Roi Baudouin, ont alloué ensemble "
        "6,6 millions d’euros à 72 projets de recherche. [...] Les lauréats ont été mis à l’honneur ce jeudi 5 octobre lors d’une "
        "cérémonie de remise des Prix, en présence de la Princesse Astrid.",
        [],
        distractors=["En 2022", "ce jeudi 5 octobre (a prize ceremony; year-less, undated page)"],
        note="a foundation's news of the money its funds gave",
    )
    p(
        "r12f-fnrs-actualite-legs-2025",
        "https://www.frs-fnrs.be/fr/l-actualite-fnrs",
        "Ce 13 septembre est la Journée internationale du testament : vos legs et dons peuvent faire avancer la recherche\n\n[...] "
        "Ainsi, en 2023 et 2024, le FNRS a notamment octroyé :\n\nDes Audacious Medical Grants [...]\n\nSofinaBoël Fellowships for "
        "stay abroad : call for applications\n\nThanks to the help of the King Baudouin Foundation, acting on behalf of the "
        "SofinaBoël Fund for Education and Talent, the FNRS and the FWO (the Research Foundation Flanders) will grant in 2025 the "
        "SofinaBoël Fellowships to talented PhD students for a research and/or training stay abroad.",
        [],
        distractors=[
            "Ce 13 septembre (a world day; year-less, undated page)",
            "en 2023 et 2024",
            "in 2025",
        ],
        note="a funder's news page: a call named without its dates in the stored part",
    )
    p(
        "r12f-fnrs-faq-covid-conventions",
        "https://www.frs-fnrs.be/fr/l-actualite-fnrs?start=582",
        "Les conventions de projets et crédits de recherche peuvent-elles être prolongées ?\nOui. Les durées de toutes les "
        "conventions en cours pour les des appels 2015, 2017, 2018 et 2019 sont prolongées de 12 mois (sans accorder de moyens "
        "financiers supplémentaires) [...]\nCette mesure concerne-t-elle les conventions de projets et crédits de recherche "
        "terminées ?\nNon, les conventions terminées à la date du 31/12/2019 au plus tard ne sont pas concernées par la mesure de "
        "prolongation de 12 mois telle qu’exposée plus haut.",
        [],
        distractors=[
            "terminées à la date du 31/12/2019 au plus tard (which grants a measure covers, a condition)"
        ],
        note="a funder's FAQ during the pandemic: 'au plus tard' bounds which contracts ended, nobody sends anything",
    )
    p(
        "r12f-cancer-be-prevention-grants",
        "https://cancer.be/press-release/grants-cancer-prevention-2/",
        "Grants Cancer Prevention\n\n[...]\n\nDepuis 2022, la Fondation contre le Cancer finance des projets de recherche portant sur "
        "la prévention primaire et les dépistages (prévention secondaire). [...]\n\nLe 27 avril, la Fondation contre le Cancer "
        "lance donc un appel à projets national pour l’attribution de « Grants Cancer Prevention « . En plus de la recherche sur la "
        "prévention du cancer, des projets opérationnels peuvent également être soumis.",
        [],
        distractors=["Depuis 2022", "Le 27 avril (the call's launch; year-less, undated page)"],
        note="a Belgian cancer foundation's press release: a year-less launch on an undated page gives no opening",
    )
    p(
        "r12f-levif-beating-cancer-together-2022",
        "https://www.levif.be/partenaires/beating-cancer-together-des-social-grants-pour-ameliorer-la-qualite-de-vie-des-personnes-atteintes-de-cancer-et-celle-de-leurs-proches/",
        "Le 23 septembre, la Fondation contre le Cancer a invité ses partenaires et donateurs à participer à « Beating Cancer "
        "Together ». A cette occasion, Les « Social Grants », (financements) ont été attribués à des initiatives belges [...]\n\n« "
        "Nous avons conscience de l’importance des besoins en termes de bien-être et de qualité de vie des personnes atteintes de "
        "cancer et de leurs proches. [...] C’est pourquoi, dès 2022, la Fondation contre le Cancer lancera un nouvel appel annuel à "
        "projets « Social Grants », pour au moins un million d’euros »",
        [],
        page_date="2022-10-01",
        distractors=["Le 23 septembre (an event, past)", "dès 2022"],
        note="a weekly's partner page, stamped October 2022 (month only, left out of the text): an event and grants given",
    )
    p(
        "r12f-educationsante-fondation-cancer-2004",
        "https://educationsante.be/la-fondation-contre-le-cancer",
        "L’annonce de la création de la Fondation contre le Cancer a eu lieu le 18 février dernier à l’occasion de la cérémonie "
        "officielle de remise des crédits de recherche clinique et des subsides aux jeunes chercheurs. Les montants alloués aux "
        "lauréats 2004 s’élèvent à 1 700 000 euros.\n[...]\nLa Fondation contre le Cancer a été reconnue fondation d’utilité "
        "publique par arrêté royal le 13 décembre 2004.",
        [],
        distractors=["le 18 février dernier (a ceremony)", "par arrêté royal le 13 décembre 2004"],
        note="a health-education magazine's history of a foundation",
    )
