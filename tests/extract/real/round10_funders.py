"""Round 10 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r10f-essor-pdl-coups-de-pouce-2025",
        "https://essor-paysdelaloire.org/projets.html",
        "Flash Essor Acteur ressource\n\n\n\n\nOrdre d'affichage :\n\n\n"
        "Date limite de candidature : 26 Avril 2025\nOrganisme : Chlorophylle\nTerritoire : Départemental\n+\n\n"
        "Le présent appel à projets concerne les actions menées en proximité de chaque magasin, dans les domaines de l’éducation ou de "
        "la solidarité, ou en lien avec la santé, l’environnement ou l’écologie.\n\n\n"
        "La structure qui porte le projet doit :\n- être domiciliée et agir dans la même commune que le magasin auquel est proposé le "
        "dossier ou dans une commune voisine ;\n- servir l’intérêt général.\n\n"
        "Le projet au cœur du dossier de candidature doit :\n- se concrétiser en 2025, au plus près de l’un des sept magasins "
        "Chlorophylle ;\n- être en lien avec l’éducation, la solidarité, la santé, l’environnement ou l’écologie\n\n"
        "Chlorophylle soutiendra chaque projet à hauteur de 500 € net.\n"
        "Pour chaque projet primé, une convention sera établie entre la coopérative et la structure lauréate. Le budget Coup de pouce "
        "sera versé aux lauréats après la signature de la convention de mécénat et au plus tard le 30 septembre 2025.\n\n"
        "Plus d'informations : cliquez ici\n"
        "Date limite de candidature : 28 Avril 2025\nOrganisme : AlimenTERRE\nTerritoire : National et +\n+\n\n"
        "Conçu en 2012 par le CFSI, en partenariat avec la Direction générale de l’enseignement et de la recherche (DGER) du ministère "
        "de l’Agriculture et de la Souveraineté Alimentaire, le Prix ALIMENTERRE offre un outil de mobilisation du public jeune (14-25 "
        "ans) en faveur du développement de modèles agricoles et alimentaires vertueux, plus durables et plus solidaires.",
        [d("2025-04-26"), d("2025-04-28")],
        distractors=[
            "en 2025 (when the project must happen)",
            "au plus tard le 30 septembre 2025 (the grant is paid to the winners)",
            "en 2012 (a year)",
        ],
        note="a regional network's list of calls, one card after the other: each card opens with its own 'Date limite de "
        "candidature' line; the payment of the grant 'au plus tard le' is the funder's step, not the candidate's",
    )
    p(
        "r10f-essor-pdl-engie-ehpad-crt",
        "https://essor-paysdelaloire.org/projets.html",
        "Appels à projets\n\n"
        "Convaincue que les grandes entreprises ont un rôle capital à jouer en faveur du climat, ENGIE a développé “Mon Programme pour "
        "Agir” qui récompense leurs clients les plus éco-responsables.\n[...]\n"
        "Cet appel à projets est ouvert à tout projet répondant aux critères suivants :\n-\n"
        "Être en mesure de lancer une campagne de financement participatif sur Ulule en 2025\n-\n"
        "Participer à la transition énergétique (sobriété énergétique, précarité énergétique, utilisation d'énergie renouvelable, "
        "réduction de la consommation d'énergie etc.)\n\n"
        "La loi de financement de la sécurité sociale 2022 a modifié le CASF et confié aux EHPAD et services à domicile (SSIAD, SAAD, "
        "SPASAD) une nouvelle mission facultative de centre de ressources territorial.\n"
        "Par instruction n° DGCS/SD3A/2023/111 en date du 10 juillet 2023, les ARS sont chargées du déploiement de la nouvelle mission "
        "de CRT dans leur région. Un montant total de 200M€ est prévu sur la période 2022 – 28 permettant de financer près de 500 "
        "projets sur l’ensemble du te",
        [],
        distractors=[
            "en 2025 (a condition: able to launch a campaign that year)",
            "en date du 10 juillet 2023 (an instruction's date)",
            "2022 – 28 (a funding period)",
        ],
        note="the same network's list, two cards that lost their deadline lines in the stored copy: a condition year, an "
        "instruction's date and a funding period, no sending date",
    )
    p(
        "r10f-echosciences-hdf-harmonie-2020",
        "https://echosciences-hauts-de-france.fr/annonces/des-infos-et-ressources-pour-financer-vos-projets-decembre",
        "DES INFOS ET RESSOURCES POUR FINANCER VOS PROJETS\n\n"
        "Vous êtes porteurs de projets de CSTI et recherchez des financements pour les mettre en œuvre ? Voici une petite sélection "
        "d’appels à projets pour vous aiguiller dans vos recherches :\n\n\n"
        ">Harmonie Mutuelle : actions de soutien à destination de la jeunesse\n\n"
        "  • Objet : Soutenir, développer et pérenniser des programmes, à travers des associations œuvrant auprès des jeunes âgés de 14 "
        "à 25 ans.\n[...]\n"
        "  • Structures éligibles :\n    -associations,\n    -collectifs d’usagers,\n"
        "    -établissements et services sanitaires,\n    -sociaux et médico-sociaux, ...\n[...]\n"
        "  • Date limite de réponse : 31 janvier 2020\n\nPlus d’informations\n\n\n\n"
        "> DRJSCS et DRAC Hauts de France : Appel à projet « C’est mon patrimoine »",
        [d("2020-01-31")],
        note="a regional science-culture portal's monthly list of calls: a bullet fiche line 'Date limite de réponse'",
    )
    p(
        "r10f-urml-idf-machaons-2009",
        "https://www.lequotidiendumedecin.fr/archives/machaons-2009-j-13",
        "Avis aux nouveaux généralistes ! Plus que deux petites semaines pour envoyer votre candidature à l’édition 2009 des Machaons, "
        "ces prix célébrant l’excellence des thèses de médecine soutenues en Ile-de-France et portant sur l’exercice libéral. Une "
        "initiative – dont Le Généraliste est partenaire - de l’Union régionale des médecins libéraux d’Ile de France et des "
        "laboratoires Servier, destinée à encourager la recherche en médecine libérale. Ainsi, depuis 2002, 21 jeunes médecins ont été "
        "récompensés pour leurs travaux de recherche en médecine ambulatoire.\n[...]\n"
        "Trois prix seront décernés aux lauréats pour une valeur de 6 000, 3000, et 1 500 euros. Clôture des dépôts de "
        "candidature(*) : le 15 octobre 2009. Quant à la remise des prix, elle aura lieu à la fin du dernier trimestre 2009.\n"
        "(formulaires téléchargeable sur : www.urml-idf.org + 1 exemplaire papier + une copie informatique de la thèse, sur CD ou par "
        "mail à secrétariat@urml-idf.org.",
        [d("2009-10-15")],
        distractors=[
            "depuis 2002 (a year)",
            "à la fin du dernier trimestre 2009 (the prize ceremony, vague)",
        ],
        note="a medical weekly's reminder for a regional union's thesis prize: 'Clôture des dépôts de candidature' with a footnote "
        "star before its colon",
    )
    p(
        "r10f-formindep-prix-junod-2021",
        "https://formindep.fr/?p=8920",
        "Ce prix cherche à valoriser un travail de fin d’études (mémoire de master ou de fin d’étude en santé, thèse de médecine, de "
        "pharmacie ou d’autres filières de santé…) contribuant de manière originale à la compréhension des enjeux médicaux, "
        "économiques, sociologiques, historiques, juridiques ou politiques des conflits d’intérêt et de la transparence en santé.\n"
        "Il a été nommé ainsi en hommage à Bernard Junod, enseignant chercheur membre du Formindep, connu pour ses travaux sur le "
        "surdiagnotic et surtraitement du cancer du sein, décédé fin 2014 (1).\n"
        "Deux jeunes médecins généralistes ont été désignés lauréats de la première édition fin 2020 et se sont partagés le prix de "
        "1000 euros mis à disposition.\n[...]\n"
        "Suite au succès de la première édition, le Formindep souhaite en faire un prix annuel et lance donc la deuxième édition. Les "
        "candidats peuvent envoyer leur dossier avant le 31 mai 2021 à notre adresse de contact. Les conditions de candidatures sont "
        "présentées dans le document ci-dessous.",
        [d("2021-05-31")],
        distractors=["fin 2014 (a death, vague)", "fin 2020 (last edition's winners, vague)"],
        note="an independent doctors' association's thesis prize: 'envoyer leur dossier avant le'",
    )
    p(
        "r10f-urml-idf-machaons-2003-laureats",
        "https://www.lequotidiendumedecin.fr/archives/prix-de-these-en-medecine-liberale-trois-laureats-pour-les-machaons-2003",
        "En s'associant l'an dernier pour créer les Machaons, prix de thèse en médecine libérale, l'union, présidée par le Dr Bernard "
        "Huynh, et les Laboratoires Servier ont voulu « marquer une volonté commune de créer une dynamique de recherche axée sur la "
        "médecine ambulatoire auprès des jeunes médecins ».\n"
        "Pour cette deuxième édition du prix, le comité de lecture a retenu neuf thèses soutenues en Ile-de-France durant les deux "
        "dernières années et présentant un intérêt pour l'amélioration de la pratique ambulatoire. Le jury, présidé par le Pr Pierre "
        "Godeau et le Dr José Clavero, en a distingué trois.\n[...]\n"
        "En attendant, le 3e Congrès de recherche en médecine générale, les 13 et 14 septembre à Paris, devrait témoigner du "
        "développement de la réflexion sur ces pratiques.",
        [],
        distractors=["les 13 et 14 septembre (a congress, no year, undated page)"],
        note="the same weekly's report on a prize's winners: only a congress's days, year-less on an undated page",
    )
    p(
        "r10f-grand-prix-generaliste-remise",
        "https://www.lequotidiendumedecin.fr/archives/huit-confreres-lhonneur",
        "Une première! La remise des premiers « Grand Prix du Généraliste » a eu lieu le 11 juin. Organisée à Paris, la cérémonie a "
        "consacré deux femmes et six hommes dont la sélection -parmi la cinquantaine de dossiers qui nous ont été adressés- a souvent "
        "été, mi-mai, le fruit de discussions intenses entre les membres du jury, .\n[...]\n"
        "Difficile de ne pas parler dans ce numéro des dossiers qui n’ont pas été primés. Ils témoignent eux aussi de l’inventivité "
        "d’une profession. Alors, patience, nous aurons l’occasion de les évoquer ultérieurement. Pour le reste, nos Grands Prix vous "
        "donnent rendez-vous en 2010.",
        [],
        distractors=[
            "le 11 juin (a ceremony, no year)",
            "mi-mai (the jury, vague)",
            "en 2010 (next edition)",
        ],
        note="a medical weekly's report on its own prize ceremony: results news",
    )
    p(
        "r10f-grands-prix-generaliste-11e-edition",
        "https://neurologie-psychiatrie.lequotidiendumedecin.fr/archives/vos-marques-cliquez",
        "Nous lançons officiellement avec ce numéro la 11e édition des Grands Prix du Généraliste. Y participer, c’est l’opportunité de "
        "faire connaître une initiative en laquelle vous croyez. Cette année encore, les médecins de famille peuvent concourir dans "
        "quatre catégories.\n[...]\n"
        "Ces Grands Prix, qui seront décernés le 20 juin après délibérations d’un jury indépendant, sont l’occasion pour notre titre de "
        "récompenser l’audace et l’esprit d’initiative de la profession. Pour participer, rien de plus simple. Rendez-vous sur le site "
        "de l’événement www.grands-prix.legenera",
        [],
        distractors=["le 20 juin (prizes awarded, no year, undated page)"],
        note="the launch of a prize in a medical weekly: the only date is the award ceremony; no sending date is given",
    )
    p(
        "r10f-region-hdf-allocation-recherche-2023",
        "https://bioeconomie-hautsdefrance.fr/appels-a-projets/appel-a-projets-allocation-de-recherche-2023",
        "Appel à projets « Allocation de Recherche 2023 »\n\n In\n\nAppel à projets « Allocation de Recherche 2023 »\n\n"
        "La Région Hauts-de-France a pour ambition de structurer, valoriser et contribuer à la lisibilité et à l’excellence de la "
        "recherche sur l’ensemble du territoire régional.\n\n \n\nDate limite : 3 février 2023.\n\nOBJECTIFS\n\n"
        "Cet appel à projets remplit les objectifs suivants :\n[...]\n"
        "Cet appel à projets annuel s’adresse aux laboratoires labellisés, implantés sur le territoire des Hauts-de-France, chargés de "
        "proposer des sujets de thèse.",
        [d("2023-02-03")],
        note="a regional bioeconomy cluster relaying the region's doctoral allocations: a bare 'Date limite :' line",
    )
    p(
        "r10f-ars-corse-prevention-2021",
        "https://fr.readkong.com/page/appel-a-projets-2021-prevention-promotion-de-la-sante-8645663",
        "APPEL A PROJETS 2021 Prévention, Promotion de la Santé - DIRECTION DE LA SANTE PUBLIQUE - Agence régionale de santé Corse\n\n"
        "La page est créée Alain Tessier\n \nCONTINUER À LIRE\nAPPEL A PROJETS\n        2021\n\n"
        "Prévention, Promotion de la\n          Santé\n\n       DIRECTION DE\n    LA SANTE PUBLIQUE\n\n"
        "      Date limite de dépôt :\n       19 septembre 2021\n\n               Page 1\n"
        "1. Contexte\nLa stratégie nationale de santé porte de manière prioritaire les interventions préventives auprès des "
        "déterminants\nsocio environnementaux ainsi que des comportements individuels.",
        [d("2021-09-19")],
        note="a regional health agency's call (PDF text layer on a document site): the label 'Date limite de dépôt :' and its "
        "date on the next line",
    )
    p(
        "r10f-ars-corse-inegalites-2021",
        "https://fr.readkong.com/page/appel-a-projets-2021-reduction-des-inegalites-de-sante-4673003",
        "APPEL A PROJETS\n          2021\n\nRéduction des inégalités de santé\n\n         DIRECTION DE\n      LA SANTE PUBLIQUE\n\n"
        "        Date limite de dépôt :\n         19 septembre 2021\n\n                 Page 1\n1.    Contexte\n\n"
        "La loi de modernisation de notre système de santé réaffirme la lutte contre les inégalités sociales de santé comme\n"
        "priorité nationale avec la volonté du gouvernement d’agir concrètement dans l’équité et l’efficacité.\n\n"
        "Les dispositions spécifiques à la Corse de la Stratégie Nationale de Santé 2018-2023 soulignent notamment la\n"
        "nécessité de prendre en compte le renoncement aux soins\n[...]\n"
        "Il s’articule notamment avec la stratégie nationale de prévention et de lutte contre la pauvreté et le plan de lutte\n"
        "contre la précarité et la pauvreté voté en 2017 par l’Assemblée de Corse.",
        [d("2021-09-19")],
        distractors=["2018-2023 (a strategy's years)", "en 2017 (a plan voted)"],
        note="the same agency's second call of that year, same layout",
    )
    p(
        "r10f-ars-paca-sante-environnement-2020",
        "https://fr.readkong.com/page/appel-a-projets-sante-environnement-2020-7824412",
        "Appel à projets Santé Environnement 2020 - Cahier des charges ARS-DREAL - ARS Paca\n[...]\n"
        "Par ailleurs, les projets labellisés PRSE 3 et déjà financés par l’ARS ou la DREAL en 2016 et/ou\n"
        "2017 et/ou 2018 et/ou 2019 sont également éligibles à l’appel à projets santé environnement\n"
        "2020 ARS-DREAL. Pour y répondre, les porteurs de projets concernés peuvent se rendre\n"
        "directement à la rubrique « Comment répondre à l’appel à projets ? » en page 12.\n\n"
        "La Région s’associe à l’appel à projets santé environnement 2020. Le calendrier et le règlement\n"
        "Région ont été adoptés le 13 décembre 2019 par les Conseillers régionaux et seront publiés très\nprochainement.",
        [],
        distractors=[
            "le 13 décembre 2019 (the region's rules adopted)",
            "2016 … 2019 (years of earlier funding)",
        ],
        note="a regional health agency's call (document site): the first pages hold no sending date, only the day the region "
        "adopted its calendar",
    )
    p(
        "r10f-neuromarseille-events-2021",
        "https://neuro-marseille.org/en/Calls/co-funding-for-science-events-first-call-of-2021/",
        "Co-funding for science events, first call of 2021\n"
        "Call for projects closed Interview and/or deliberation until : Apr 08, 2021\n\n\n"
        "As part of its mission to disseminate information about the progress of neuroscience research, Neuroschool attaches great "
        "importance to the dissemination of knowledge within the scientific community and to the general public.\n[...]\n"
        "Eligibility criteria and deadline\n\n"
        "To be eligible, applications must meet the following criteria:\n\n"
        "  • The theme of the event should be related to research in the field of neuroscience;\n"
        "  • The event should take place in Provence;\n[...]\n"
        "  • The request must be submitted before April 1st, 2021, and the event take place between September 1st, 2021, and "
        "August 31th, 2022.\n\n"
        "An upcoming call for projects is scheduled with a deadline of October 1st, 2021, for events to be held between March 1st, "
        "2022, and February 28th, 2023 (to be confirmed).",
        [d("2021-04-01"), d("2021-10-01")],
        distractors=[
            "Apr 08, 2021 (interview and deliberation)",
            "between September 1st, 2021, and August 31th, 2022 (when the event must take place)",
            "between March 1st, 2022, and February 28th, 2023 (the next call's events)",
        ],
        note="a graduate school's English call page: 'submitted before' and 'a deadline of' the next call (to be confirmed, "
        "labelled as a deadline: a subscriber needs it); the event windows are conditions",
    )
    p(
        "r10f-neuromarseille-events-2019",
        "https://neuro-marseille.org/en/phd-program-en/call-for-projects-scientific-events-in-neuroscience/",
        "Co-funding for science events\nCall for projects closed Interview and/or deliberation closed Results announced\n"
        "Download the form\n\nPresentation of the call\n[...]\n"
        "Eligibility criteria and deadline\n\n"
        "To be eligible, applications must meet the following criteria:\n\n"
        "  •  The theme of the event should be related to research in the field of neuroscience;\n"
        "  •  The event should take place in Provence;\n[...]\n"
        "  •  The request must be submitted before October 1st, 2019, and the event take place between March 1st, 2020, and "
        "February 28th, 2021.\n\n"
        "An upcoming call for projects is scheduled with a deadline of April 1st, 2020, for events to be held between August 1st, "
        "2020, and July 31st, 2021 (to be confirmed).",
        [d("2019-10-01"), d("2020-04-01")],
        distractors=[
            "between March 1st, 2020, and February 28th, 2021 (when the event must take place)",
            "between August 1st, 2020, and July 31st, 2021 (the next call's events)",
        ],
        note="an older version of the same call on another page of the same site",
    )
    p(
        "r10f-firendo-h2020-maladies-rares-2017",
        "http://www.firendo.fr/actualites/article/news/appel-a-projet-h2020-n-sc1-pm-03-2017-caracterisation-diagnostique-des-"
        "maladies-rares-cloture-1/",
        "Appel à projet H2020 n° SC1-PM-03-2017 : Caractérisation diagnostique des maladies rares. Clôture: 11 avril 2017\n\n"
        "Malgré les avancements récents dans la compréhension de la pathogenèse des MR, nombreuses sont celles qui manquent encore de "
        "moyens de diagnostic moléculaire.\n[...]\n"
        "Aux porteurs du projet éligible à ce soutien d’appliquer la génomique ou tout autre procédure à haut débit dans la "
        "caractérisation moléculaire des maladies rares.",
        [d("2017-04-11")],
        note="a rare-disease network's news title: 'Clôture:' glued to its colon at the end of a title line",
    )
    p(
        "r10f-fhu-marche-erare-2016",
        "https://www.fhu-marche.fr/fr/opportunites-de-financement/-opportunite-de-financement/art_id/29",
        "Opportunités de financement\n\nRetrouvez les derniers appels à projets en lien avec les maladies rares\n\n"
        "Opportunité de financement\n\nOpportunité de financement\n\n"
        "L’Agence Nationale de la Recherche (ANR) a lancé le 5 décembre 2016, en collaboration avec 16 pays, le 9ème appel à projets "
        "sur « La recherche sur les approches thérapeutiques innovantes dans le domaine des maladies rares ».\n\n"
        "Cet appel vise à développer des collaborations transnationales entre chercheurs autour de projets de recherche "
        "interdisciplinaire et financera le développement préclinique d’approches thérapeutiques dans des modèles cellulaires ou "
        "animaux appropriés et établis.",
        [],
        opens="2016-12-05",
        note="a hospital-university federation's funding news: the agency 'a lancé le 5 décembre 2016 … le 9ème appel à projets', "
        "the call's opening (labelled by what a subscriber needs: the rules name 'Lancement' only in labels); no deadline quoted",
    )
    p(
        "r10f-anr-ejp-rd-preannonce-2020",
        "https://anr.fr/fr/actualites-de-lanr/details/news/preannonce-appel-a-projets-2020-sur-les-maladies-rares-dans-le-cadre-de-"
        "leuropean-joint-programme/?tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash="
        "ef5522d4b2c7a1d46bab4638f4fc966c",
        "Actu\n21/11/2019\n\n"
        "Préannonce : appel à projets 2020 sur les maladies rares dans le cadre de l’European Joint Programme on Rare Diseases (EJP "
        "RD)\n\n"
        "Dans le cadre du programme européen conjoint sur les Maladies Rares (European Joint Programme on Rare Diseases), l’Agence "
        "Nationale de la Recherche lance, en collaboration avec 23 pays, le 2ème appel à projets sur « La recherche préclinique afin de "
        "développer des traitements efficaces pour lutter contre les maladies rares ».",
        [],
        distractors=["21/11/2019 (the news item's date)"],
        note="a national agency's pre-announcement: a date stamp above the title and no call date in the quoted part",
    )
    p(
        "r10f-prix-bretagne-jeune-chercheur-2013",
        "https://prodd9.espace-sciences.org/sciences-ouest/315/dossier/2013-la-dixieme-edition?page=4",
        "2013 : la dixième édition !\n\nN° 315 - Publié le 13 décembre 2013\n© DR\n"
        "Animée par Maëtte Chantrel (à droite), la cérémonie de remise du Prix Bretagne jeune chercheur est accueillie par l'Espace "
        "des sciences, aux Champs Libres, et ouverte au public depuis 2011.\n[...]\n"
        "Créé en 1995 par Claude Champaud, alors président du Comité consultatif régional de la recherche et du développement "
        "technologique (CCRRDT), le Prix Bretagne jeune chercheur a trouvé son rythme de croisière et se bonifie\n[...]\n"
        "Cette année, soixante-cinq dossiers ont été déposés, puis examinés par un jury (lire composition ci-dessous) qui s’est réuni "
        "le 21 octobre à Rennes, sous la présidence de",
        [],
        page_date="2013-12-13",
        distractors=[
            "Publié le 13 décembre 2013 (the issue's date)",
            "le 21 octobre (a jury that has met, no year)",
            "depuis 2011, en 1995 (years)",
        ],
        note="a science magazine's report on a regional prize: the jury's meeting is past and an event; the page date would "
        "resolve the year-less day to the next October, which no rule should make a deadline",
    )
    p(
        "r10f-phrip-2015-laureats",
        "https://espaceinfirmier.fr/actualites/151221-le-cru-2015-du-phrip-est-arrive.html",
        "Le ministère de la Santé a publié début décembre la liste des projets sélectionnés dans le cadre du Programme hospitalier de "
        "recherche infirmière et paramédicale (PHRIP) 2015. Les 22 projets retenus sont financés à hauteur de 3,7 millions d'euros.\n"
        "Depuis la première édition du PHRIP en 2011, 88 projets de recherche infirmière et paramédicale ont été financés en France, "
        "dont moins de 10% hors CHU. Cette année, 22 projets ont été retenus, contre 28 en 2014, soit un taux de sélection de 13,92% sur "
        "les 158 lettres d’intention recevables.",
        [],
        distractors=["début décembre (results published, vague)", "en 2011, en 2014 (years)"],
        note="a nurses' news site on a ministry programme's results",
    )
    p(
        "r10f-apmsl-resp-ir-2022",
        "https://apmsl.fr/actualites/appel-a-projets-recherche-en-soins-primaires-interregional-2022-resp-ir",
        "Appel à projets : Recherche en soins primaires interrégional 2022 (ReSP-Ir)\n\nvague slider\n\n"
        "La note d'information DGOS/PF4/2022/153 du 24 mai 2022 relative à l’appel à projets de recherche en soins primaires "
        "interrégional pour l’année 2022 lance la campagne de l’appel à projets de recherche en soins primaires interrégional\n\n"
        "Cet appel à projets vise à développer les collaborations entre acteurs de la recherche en soins primaires, en favorisant les "
        "partenariats et en associant l’ensemble des acteurs de la\nrecherche à l’échelle d’un territoire.",
        [],
        opens="?",
        distractors=["du 24 mai 2022 (a ministry note's date)"],
        note="a regional primary-care federation relaying a ministry call: the note's date names the note (round 9's rule); "
        "whether it is also the opening is not settled, so the opening is not scored",
    )
    p(
        "r10f-hcl-appel-projets-innovants-laureats",
        "https://hospitalia.fr/Les-HCL-investissent-dans-l-innovation_a2818.html",
        "Les HCL viennent de désigner les 14 lauréats de leur premier appel à projets innovants. Lancé po au printemps 2021, cet appel "
        "à projets a vocation à devenir permanent, pour permettre aux 24 000 professionnels du CHU de soumettre un projet innovant à "
        "tout moment. Dotée d’un budget annuel de 2,5 M€, cette initiative illustre de façon concrète le soutien massif des HCL à "
        "l’innovation, sous toutes ses formes.\n"
        "S’il n’est plus à prouver que l’innovation est un facteur clé de qualité, de motivation et d’attractivité, il peut être en "
        "revanche, à l’échelle des HCL, moins évident de savoir à quelle porte frapper\n[...]\n"
        "C’est de ce double constat de la nécessité de stimuler encore plus l’innovation et du besoin d’un guichet unique, transversal "
        "et facilitateur qu’est née une direction spécifiquement dédiée à l’innovation, en avril dernier.",
        [],
        distractors=["au printemps 2021 (a launch, vague)", "en avril dernier (vague)"],
        note="a hospital trade magazine on a university hospital's internal call: winners named, submissions open at any time",
    )
    p(
        "r10f-cd06-appels-sante-historique",
        "https://www.departement06.fr/appels-a-projets/appel-a-projets-innovations-techniques-et-technologiques-dans-le-domaine-"
        "de-la-sante-2015-2016-10182.html",
        "Appel à projets innovations techniques et technologiques dans le domaine de la santé 2015-2016\n[...]\n"
        "10ème anniversaire des Appels à Projets Santé\n\n"
        "Le Département des Alpes-Maritimes s'est engagé, depuis plusieurs années, au-delà de ses compétences obligatoires dans une "
        "politique volontariste en matière de santé\n[...]\n"
        "Le premier appel à projets santé à été lancé en novembre 2005. Doté de 5 millions d'euros, il a été récompensé par  une "
        "Marianne d'Or en avril 2006.\n[...]\n"
        "  • En 2006 : 28 lauréats pour 47 dossiers de candidature,\n  • En 2007 : 31 lauréats pour 51 dossiers réceptionnés,",
        [],
        distractors=[
            "en novembre 2005 (a first launch, month only)",
            "en avril 2006 (an award, month only)",
        ],
        note="a département's health call page: its history, months and years only",
    )
    p(
        "r10f-girci-mediterranee-phrci-2019",
        "https://gircimediterranee.fr/appel-a-projet/phrci-2019",
        "En référence à\nl’instruction n°DGOS/PF4/2017/330 du 29 novembre 2017. Inter-région PACA /Montant maximum disponible : "
        "1.9M€. Le PHRC-I soutient\nune politique de recherche partenariale entre les différents établissements de\nsanté d’une même "
        "interrégion\n[...]\n"
        "Afin d’assurer l’émergence de\nnouvelles équipes, l’investigateur coordonnateur ne doit jamais précédemment\navoir obtenu un "
        "financement PHRC-N, PHRC-K, PHRC-I ni PHRC-R.",
        [],
        distractors=["du 29 novembre 2017 (an instruction's date)"],
        note="an inter-regional clinical research group's call page: only the instruction's date in the quoted part",
    )
    p(
        "r10f-nosdeputes-cesp-selection",
        "https://2007-2012.nosdeputes.fr/intervention/539832",
        "Aucun contrat d'engagement de service public n'est signé pour le moment. Des appels à candidature ont été lancés au mois de "
        "septembre par les agences régionales de santé. Un comité de sélection examine les candidatures recueillies ; la décision sera "
        "ensuite notifiée aux étudiants, lesquels disposeront d'un mois pour retourner leur contrat signé. Il s'agit d'une bourse de "
        "1 200 euros par mois, deux cents bourses étant attribuées aux étudiants et deux cents autres aux internes.\n[...]\n"
        "Les premiers contrats devraient être signés avant la fin du mois de novembre, c'est-à-dire dans les quatre semaines qui "
        "viennent.",
        [],
        distractors=[
            "au mois de septembre (calls launched, vague)",
            "avant la fin du mois de novembre (contracts signed, vague)",
        ],
        note="a minister's answer in parliament on public-service grants for medical students: vague months only",
    )
    p(
        "r10f-arsep-afm-myelin-2017",
        "https://www.arsep.org/fr/220-calls-for-proposals.html",
        "Calls for Proposals\n\n"
        'SPECIAL CALL FOR RESEARCH PROPOSALS 2017: "Myelin: from lesion to reparation"\n\n'
        "ARSEP Foundation and AFMTELETHON are pleased to announce a “Special Call for Research Proposals”. Special call ARSEP "
        "AFMtelethon 2017\nThey will provide significant support (300 000 €) for two to three\nscientific projects of high caliber for "
        "one year.\n[...]\n"
        "On-line entry and validation of a form on the website: - section ‘Chercheurs’ no later than SEPTEMBER 27, 2017. The "
        "application form on the website must be completed by the principal investigator (coordinator).\n\n"
        "We invite you to read carefully (Français - English) the explanatory note.\n\n"
        "Before your online submission, fill in the application form\n\n\n"
        "Sending of a signed paper copy of the project file with the supporting documents requested to ARSEP headquarters: 14 rue "
        "Jules Vanzuppe – 94 200 IVRY SUR SEINE – France, no later than October 10, 2017.\n\n"
        "No extensions on the deadline will be permitted and no proposals will be considered after this date. Any non-compliant or "
        "incomplete [XSS-PROTECT:file] (unsigned paper version, missing or non-conforming parts, etc.) will be considered "
        "inadmissible. Notification expected December 2017.",
        [d("2017-09-27"), d("2017-10-10")],
        distractors=["December 2017 (notification, month only)"],
        note="a multiple-sclerosis foundation's English call page: the online form by one day and the signed paper copy by a "
        "later one, two sending steps of one candidature (both application)",
    )
    p(
        "r10f-arsep-annual-2015-age-condition",
        "http://www.arsep.org/fr/237-appel-d-offres-annuel.html",
        "Appel d'offres annuel\n\n\n"
        "Annual Call - Multiple Sclerosis - Fondation ARSEP 2015For investigator-initiated support requests, no topic restrictions are "
        "imposed, other than the required demonstration of relevance to multiple sclerosis.\n[...]\n"
        "Regulations about fellowships:\n\n"
        "  • ARSEP support covers salary (35 000 € for a doctoral fellowship; 57 000 € for a post-doctoral fellowship);\n"
        "  • The support cannot exceed 3 years; \n"
        "  • The candidate should be less than 40 years old on March 31, 2015; ",
        [],
        distractors=["March 31, 2015 (an age limit, a condition)"],
        note="the same foundation's annual call: the only date is an age condition",
    )
    p(
        "r10f-france-alzheimer-2008-formulaire-intention",
        "https://capgeris.com/maladie-d-alzheimer-1214/appel-d-offres-2008-france-alzheimer-pour-l-attribution-de-financements-a-"
        "la-recherche-a10054.htm",
        "Cette année, l’association a choisi de soutenir des projets portés par plusieurs équipes de recherche afin de favoriser le "
        "partenariat entre les laboratoires. Les financements seront attribués dans les domaines des sciences médicales et des "
        "sciences humaines.\n[...]\n"
        "L’appel à projet se déroulera en deux phases : l’envoi d’un formulaire d’intention puis l’envoi d’un dossier complet par les "
        "candidats présélectionnés. Plus de renseignements sur les appels à projets peuvent être consultés sur le site internet "
        "www.francealzheimer.org, rubrique « Recherche ». La date limite d’envoi du formulaire d’intention est fixée au 7 avril 2008 en "
        "sciences médicales et au 30 avril en sciences humaines.\n"
        "En 2007, l’Association France Alzheimer a décerné 21 financements pour un montant tot",
        [d("2008-04-07", kind="letter_of_intent")],
        distractors=[
            "au 30 avril (the humanities' intention form, no year, undated page)",
            "En 2007 (a year)",
        ],
        note="a gerontology portal relaying a patients' association's call in two phases: the intention form is the compulsory "
        "first stage (letter_of_intent); the second day writes no year and the page has no date, so by the rules nothing, though a "
        "subscriber would want 30 April 2008",
    )
    p(
        "r10f-mederic-alzheimer-inm-2025",
        "https://www.santementale.fr/2025/03/la-federation-mederic-alzheimer-lance-son-appel-a-projets-sur-les-inm",
        "Poursuivant son engagement pour le développement et la recherche en matière d’interventions non médicamenteuse (INM) "
        "probantes, la Fondation Médéric Alzheimer renouvelle son appel à projets et en augmente la dotation, qui passe de 50 000 à "
        "300 000 €.\n[...]\n"
        "L’objectif de l’appel à projets 2025 : « Interventions non médicamenteuses & maladies d’Alzheimer\net apparentées » : "
        "soutenir des études prototypiques ou interventionnelles permettant le\npassage d’une INM prometteuse à une INM probante.\n"
        "Pour participer, il faut être une structure française, l’étude doit être menée par une collaboration\nentre une structure "
        "accueillant des personnes vivant avec la maladie d’Alzheimer ou une maladie\napparentée (DFT, Corps de Lewy…) et une équipe "
        "de recherche reconnue.\nDate limite de candidature : le 13 juillet 2025.\n"
        "• Retrouvez toutes les modalités en cliquant ici.",
        [d("2025-07-13")],
        note="a mental-health magazine relaying a foundation's call: 'Date limite de candidature : le …'",
    )
    p(
        "r10f-calenda-anrs-pepr-mie-2024",
        "https://calenda.org/1155722",
        "HomeProgramme et équipement prioritaire de recherche sur les maladies infectieuses émergentes avec un volet dédié en SHS\n"
        "*  *  *\n\nPublished on Thursday, April 18, 2024\n\nAbstract\n\n"
        "L’ANRS Maladies infectieuses émergentes a publié le 8 avril 2024 le texte de l'appel à projets « Programmes et équipements "
        "prioritaires de recherche » (PEPR) sur les maladies infectieuses émergentes (MIE) qui offre une large place aux sciences "
        "humaines et sociales.\n\nAnnouncement\n\nCet appel à projet se décline en trois volets :",
        [],
        opens="?",
        distractors=[
            "Published on Thursday, April 18, 2024 (the listing's date)",
            "le 8 avril 2024 (the call's text published)",
        ],
        note="a humanities events calendar relaying an agency's call: publication dates only; whether the publication of the "
        "call's text is its opening is not settled, so the opening is not scored",
    )
    p(
        "r10f-anrs-reglement-calendrier-indicatif",
        "http://doczz.fr/doc/4678212/projets-de-recherche-et-contrats-d-initiation",
        "Règlement des appels à projets de l’ANRS\nProjets de recherche et Contrats d’initiation\n[...]\n"
        "L'ANRS organise chaque année deux appels à projets :\n"
        "Le 1er appel à projets de l'année est celui dont les résultats sont annoncés et les financements mis en place au\ncours du 1er "
        "semestre de la même année ; il est généralement ouvert de la mi-juin à la mi-septembre de l'année\nprécédente.\n"
        "Le 2e appel à projets de l'année est celui dont les résultats sont annoncés et les financements mis en place au\ncours du 2e "
        "semestre de la même année ; il est généralement ouvert de la mi-janvier à la mi-mars de la même\nannée.",
        [],
        distractors=[
            "de la mi-juin à la mi-septembre (vague)",
            "de la mi-janvier à la mi-mars (vague)",
        ],
        note="an agency's rules for its calls (document site): the usual windows, mid-months only (class 7)",
    )
    p(
        "r10f-agriculture-concours-deprecarisation-2013",
        "https://info.agriculture.gouv.fr/boagri/instruction-N2013-1018/telechargement",
        "MINISTÈRE DE L'AGRICULTURE, DE L'AGROALIMENTAIRE ET DE LA\nFORÊT\nSECRÉTARIAT\nGÉNÉRAL |\n"
        "NOTE DE SERVICE SG/SRH/SDDPRS/N2013-1018 Date: 31 janvier 2013 |\nN° NOR : AGRS1302010C\n"
        "Date d'ouverture des pré-inscriptions télématiques : 5 février 2013 Date limite des pré-inscriptions télématiques :23 février "
        "2013 Date limite de retour des dossiers d'inscription : 2 mars 2013 Nombre d'annexes : 2 |\n"
        "Le ministre de\nl'agriculture, |\n"
        "Objet : DÉPRÉCARISATION - session 2013 - concours pour l'accès au corps des professeurs de lycée professionnel agricole "
        "(PLPA)\n[...]\n"
        "Bases juridiques :\nLoi n° 2012-347 du 12 mars 2012 relative à l'accès\nà l'emploi titulaire\n[...]\n"
        "Décret n° 2013-106 du 30 janvier 2013 relatif à\nl'ouverture des recrutements réservés",
        [d("2013-02-23", kind="letter_of_intent"), d("2013-03-02")],
        opens="2013-02-05",
        distractors=[
            "Date: 31 janvier 2013 (the note's date)",
            "du 12 mars 2012, du 30 janvier 2013 (texts' dates)",
        ],
        note="a ministry's service note for a reserved recruitment competition: three fiche fields run together on one line "
        "(opening of pre-registration, its deadline, then the return of the files); pre-registration is the compulsory first "
        "stage, so letter_of_intent by the rules",
    )
    p(
        "r10f-senat-concours-redacteur-2014",
        "http://docplayer.fr/11056392-Concours-de-redacteur-des-debats-2014-2015.html",
        "1 f- CONCOURS DE RÉDACTEUR DES DÉBATS Les dossiers d'inscription complets doivent être : - soit retournés par courrier postal "
        "à la direction des Ressources humaines et de la Formation du Sénat (Cellule concours), 8 rue Garancière Paris, au plus tard le "
        "vendredi 12 septembre 2014, le cachet de la poste faisant foi ; - soit déposés exclusivement à la direction des Ressources "
        "humaines et de la Formation du Sénat, au plus tard le vendredi 12 septembre 2014 à 18 heures. Horaires d ouverture au public "
        "de la direction des Ressources humaines et de la Formation du lundi au vendredi (sauf jours fériés) de 9h00 à 12h00 et de "
        "14h00 à 18h00 Aucune pièce ne sera acceptée après la date de clôture des inscriptions",
        [d("2014-09-12", "18:00")],
        note="a parliament's competition notice (document site): the same day by post and by hand, the second with an hour; one "
        "deadline with the most precise time (class 2); the office hours are no dates",
    )
    p(
        "r10f-sofarthro-bourse-recherche-2017",
        "http://www.sofarthro.com/congres-formations/bourses/bourse-de-recherche-de-la-sfa",
        "Société Française d'Arthroscopie\n\nBourse de recherche de la SFA\n[...]\n"
        "Afin de postuler à une bourse, le membre titulaire de votre groupe (obligatoire) doit se connecter à son compte et accéder "
        "depuis ce compte à la rubrique BOURSE DE RECHERCHE [http://www.sofarthro.com/membre/index/bourse] afin de compléter et "
        "soumettre le formulaire d'intention en ligne (durant la période de soumission).\n\n"
        "Soumission ouverte du 27 Octobre 2016 au 31 mars 2017.Repoussée au 10 Avril 2017\n\n"
        "Soumission des projets retenus du 9 mai au 15 Juin 2017\n\nSOMME : 20 000 €",
        [d("2017-04-10", kind="letter_of_intent"), d("2017-06-15")],
        opens="2016-10-27",
        distractors=[
            "31 mars 2017 (the first closing, moved to 10 April)",
            "9 mai (the second stage opens)",
        ],
        note="a learned society's research grant: the intention form's window, its closing moved ('Repoussée au', glued after "
        "the full stop), then the selected projects' window; two stages, the first a letter of intent",
    )
