"""Round 18 of the real passages (funders: regional health agencies' and départements' calls including overseas France, palliative-care and end-of-life research, disability and ageing calls of a national foundation and their relays, mental-health and food-and-health calls, Quebec research funds' fiches, European cardiovascular and vaccine-uptake calls, Belgian foundations and funds, dental research institutes, the WHO African office's small grants, and others listed in the README): test data only.

Collected and labelled on 4 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r18f-ars-normandie-maisons-accompagnement",
        "https://www.normandie.ars.sante.fr/index.php/structures-experimentales-maisons-daccompagnement-et-de-soins-palliatifs-en-normandie",
        "Ces établissements médico-sociaux accueilleront des personnes en fin de vie qui ne peuvent ou ne souhaitent pas "
        "rester à domicile, mais dont l’état ne nécessite pas une hospitalisation intensive. Les structures expérimentales "
        "permettront de répondre aux besoins de prise en charge spécifique des personnes en fin de vie. [...]\n"
        "La date limite de candidature est fixée au 21 novembre 2025 inclus.\n"
        "Retrouvez l'intégralité de l'appel à projet en téléchargement ci-dessous.",
        [d("2025-11-21")],
        note="a regional health agency's call for experimental palliative-care houses: one dated closing",
    )
    p(
        "r18f-demarche-numerique-maisons-accompagnement",
        "https://demarche.numerique.gouv.fr/commencer/structures-experimentales-d-accompagnement-et-de-s",
        "Structures expérimentales d'accompagnement et de soins palliatifs\n"
        "Temps de remplissage estimé : 7 min (variable selon les options choisies)\nCommencer la démarche\n[...]\n"
        "La stratégie décennale des soins d’accompagnement, annoncée par la ministre du travail, de la santé et des "
        "solidarités le 10 avril 2024 vise à renforcer les soins palliatifs et à améliorer la prise en charge de la douleur "
        "et l’accompagnement de la fin de vie en créant un modèle français de l’accompagnement et des soins palliatifs.\n[...]\n"
        "La mesure n°12 de la stratégie prévoit de créer les maisons d’accompagnement.",
        [],
        distractors=["le 10 avril 2024 (the day the strategy was announced)"],
        note="the online form of the same kind of call: only the strategy's announcement is dated, nothing to send by a day",
    )
    p(
        "r18f-lemediasocial-fdf-inclusion-handicap-2021",
        "https://lemediasocial.fr/inclusion-des-personnes-handicapees-appel-a-projets-de-la-fondation-de-france_OCRlLs",
        "La Fondation de France lance un appel à projets pour soutenir la participation à la vie sociale et l’exercice de la "
        "citoyenneté par les personnes handicapées.\n[...]\n"
        "Le soutien de la Fondation se présente sous la forme d'une subvention (annuelle ou pluriannuelle dans la limite de "
        "trois ans) et/ou d'une aide méthodologique réalisée par des consultants.\n"
        "Les personnes intéressées peuvent candidater jusqu'au 7 juillet 2021, en ligne exclusivement.",
        [d("2021-07-07")],
        distractors=["dans la limite de trois ans (a funded span, no date)"],
        note="a social-sector news site relaying a foundation's disability call: candidater jusqu'au is the closing",
    )
    p(
        "r18f-fdf-vie-sociale-handicapees-2020",
        "https://www.fondationdefrance.org/fr/vie-sociale-et-citoyennete-des-personnes-handicapees",
        "Appel à projets\n\nVie sociale et citoyenneté des personnes handicapées\n\n"
        "Dates limites de transmission des dossiers : 22 janvier et 10 juin 2020 à 17h\n"
        "Contact : personneshandicapees@fdf.org\n\nContexte\n\n"
        "Ambitieuse, la loi du 11 février 2005 engage les pouvoirs publics et la société dans son ensemble à prendre les "
        "mesures nécessaires pour garantir l’égalité des droits et des chances, la participation et la citoyenneté des "
        "personnes handicapées.",
        [d("2020-01-22", "17:00"), d("2020-06-10", "17:00")],
        distractors=["la loi du 11 février 2005 (a law's date)"],
        note="two sessions' closings on one fiche line, the year and the time written once after the second: the rules "
        "do not settle whether 17h also belongs to 22 January; labelled by what a subscriber needs (both sessions close at "
        "17h under one plural label)",
    )
    p(
        "r18f-fdf-pratiques-inclusives-2022",
        "https://fondationdefrance.org/fr/appels-a-projets/personnes-handicapees-soutien-aux-pratiques-inclusives",
        "Programme handicap – Soutien aux pratiques inclusives\n\n20 Mai.2021\n\n"
        "Attention : cet appel à projets ne sera pas renouvelé en 2024\n\n"
        "Une version facile à lire et à comprendre est disponible ici\n\nContexte\n\n"
        "Date limite de dépôt des dossiers :\n30 mars 2022\n\nPour déposer un projet, c'est ici !\n\n"
        "Afin de pouvoir répondre au plus près des besoins des personnes en situation de handicap, les caractéristiques des "
        "projets potentiellement éligibles à un soutien et à un accompagnement de la Fondation de France dans le cadre du "
        "programme Handicap ont évolué.",
        [d("2022-03-30")],
        page_date="2021-05-20",
        distractors=[
            "20 Mai.2021 (the page's stamp)",
            "ne sera pas renouvelé en 2024 (a year, no day)",
        ],
        note="the label and its date on two lines; the page's stamp is older than the closing it shows",
    )
    p(
        "r18f-eurasante-innovation-prevention-2020",
        "https://www.eurasante.com/projets_structurants/innovation-prevention",
        "APPEL À PROJETS : INNOVATION & PRÉVENTION\n\nLE CONCEPT\n\n"
        "Après 2 éditions à succès, l’appel à projets « Innovation & Prévention » revient en 2020 avec la même ambition :\n\n"
        "Stimuler les innovations en faveur d’une meilleure prévention, en réponse aux enjeux de santé publique du territoire "
        "des Hauts-de-France.\n[...]\n"
        "Les thématiques seront dévoilées fin avril 2020.\n[...]\n"
        "LES ÉTAPES CLÉ DE CANDIDATURE\n\n"
        "5 mai : lancement de l’appel à projets\n"
        "31 juillet : dépôts des lettres d’intention\n"
        "Fin août : jury de présélection\n"
        "De septembre à novembre : accompagnement des projets présélectionnés\n"
        "27 novembre : dépôts des dossiers complets\n"
        "Début décembre : jury final\n"
        "26-27 janvier 2021 : salon AgeingFit - Présentation des lauréats et remise des prix en région",
        [],
        distractors=[
            "5 mai, 31 juillet, 27 novembre (year-less calendar lines on a page that shows no date: unresolvable)",
            "fin avril 2020, Fin août, Début décembre (vague)",
            "26-27 janvier 2021 (a fair where winners are presented)",
        ],
        note="the calendar's steps carry no year and the page shows no date of its own, so by the page-date rule they "
        "give nothing, though the text names 2020 elsewhere (documented limit)",
    )
    p(
        "r18f-admical-innovation-prevention-2019",
        "http://admical.org/actualit%C3%A9s/innovation-et-prevention-thematique-dun-nouvel-appel-projets-en-hauts-de-france",
        "08 Avril 2019\n\n"
        "« Innovation et prévention », thématique d’un nouvel appel à projets en Hauts-de-France\n\n"
        "Dans le cadre de la réponse aux enjeux de santé publique du territoire des Hauts-de-France, Eurasanté, la Fondation "
        "Norbert Ségard et la Fondation territoriale des lumières organisent la seconde édition de l’appel à projets pour "
        "stimuler les innovations en faveur de la prévention.\n[...]\n"
        "Sanofi, Cerballiance, Santélys, la Région Hauts-de-France et les laboratoires Cerballiance accorderont chacun un prix "
        "de 5 000 €. La Fondation Norbert Ségard récompensera quant à elle un lauréat à hauteur de 10 000 €.\n[...]\n"
        "L’appel à projets se déroule en deux phases, avec dans un premier temps une présélection des projets sur base de "
        "lettre d’intention ; puis une sélection",
        [],
        page_date="2019-04-08",
        distractors=["08 Avril 2019 (the news item's stamp)"],
        note="a patrons' network relaying the second edition: a two-stage call is described but no day is given",
    )
    p(
        "r18f-aniti-ia-sante-theses-2023",
        "https://aniti.univ-toulouse.fr/2023/03/30/appel-a-projet-dans-le-cadre-de-linitiative-ia-pour-la-sante/",
        "Le programme “IA pour la santé”, porté par la Région Occitanie et ANITI, regroupe plusieurs laboratoires de recherche "
        "de la Région dans le numérique et dans la santé autour de techniques de l’intelligence artificielle appliquées à la "
        "santé afin d’améliorer la précision des diagnostics, la qualité des soins ou encore le suivi des patients.\n"
        "Le programme “IA pour la santé” lance son premier appel à projet de thèse qui permettra de cofinancer, à hauteur de "
        "50%, une dizaine de thèses réparties comme suit : une demi-douzaine en 2023 et le reste en 2024 (dépendamment de la "
        "qualité des candidatures).",
        [],
        distractors=[
            "une demi-douzaine en 2023 et le reste en 2024 (years in which theses are funded)"
        ],
        note="a regional AI-for-health thesis call's announcement: funded years only, no day; the page's date is in its "
        "address only, so page_date is null",
    )
    p(
        "r18f-federationsolidarite-fondation-precarite-handicap",
        "https://www.federationsolidarite.org/2023/11/",
        "Appel à projets – La recherche, pour un meilleur accès aux soins des personnes handicapées en situation de précarité\n\n"
        "Appel à projets de recherche\n→ Téléchargez l'appel à projets...\n\n"
        "« La recherche, pour un meilleur accès aux soins des personnes handicapées en situation de précarité »\n\n"
        "La Fondation Hospitalière pour la Recherche sur la Précarité et l’Exclusion sociale, créée par le décret 2019-1369 du "
        "16 décembre 2019, est portée par l’Hôpital de Nanterre – Max Fourestier, également connu sous le nom de CASH de "
        "Nanterre.",
        [],
        distractors=["décret 2019-1369 du 16 décembre 2019 (a decree's date)"],
        note="a hospital foundation's research call relayed in a monthly archive: only the founding decree is dated",
    )
    p(
        "r18f-irepsgp-precarite-sante-mentale-2025",
        "https://irepsgp.camillehdl.dev/appels-a-projets/appel-a-projets-de-recherche-2024--2025--precarite-et-sante-mentale--rompre-le-cercle-vicieux-",
        "Appel à projets de recherche 2024 / 2025 - « Précarité et santé mentale : rompre le cercle vicieux »\n"
        "Date limite: 20/01/2025\n"
        "Contexte\n"
        "Conformément à ses missions statutaires de financement de programmes de recherche dans une approche pluridisciplinaire "
        "sur les questions d’exclusion sociale et de précarité, la Fondation Hospitalière pour la Recherche sur la Précarité et "
        "l’Exclusion sociale émet un nouvel appel à projets de recherche. [...]\n"
        "Par l’émission de cet appel à projets « Précarité et santé mentale : rompre le cercle vicieux », et alors que la santé "
        "mentale a été désignée comme Grande cause nationale en 2025, la Fondation Hospitalière pour la Recherche sur la "
        "Précarité et l’Exclusion sociale souhaite affirmer que lutter contre l’exclusion sociale des personnes souffrant d’un "
        "trouble de santé mentale est une priorité.",
        [d("2025-01-20")],
        distractors=["Grande cause nationale en 2025 (a year, no day)"],
        note="a health-promotion body relaying a hospital foundation's research call: a numeric closing under the title",
    )
    p(
        "r18f-aesio-bien-etre-mental-2022",
        "https://fondation.aesio.fr/actualites/bien-etre-mental-et-si-en-parlait-vraiment-lancement-de-notre-appel-projets-2022",
        '"Bien-être mental, et si on en parlait ... vraiment ?" Lancement de notre appel à projets 2022 !\n\n'
        "Bien-être mental\n\n"
        "Nous lançons en 2022 notre premier appel à projets, qui vise à libérer la parole autour du bien-être mental, "
        "déstigmatiser les personnes en souffrance psychique et sensibiliser le grand public à ce sujet. Un appel à projets "
        "ouvert du 17/01 au 19/08 inclus.\n\n7 minutes\n\n[...]\n"
        "Dans notre enquête réalisée en 2021 avec l'IFOP - tous les rapports sont à consulter sur notre page Publications - 94% "
        "des Français interrogés estiment que le bien-être mental est essentiel pour être en bonne santé",
        [],
        distractors=[
            "du 17/01 au 19/08 inclus (a year-less window on a page that shows no date: unresolvable)",
            "enquête réalisée en 2021 (a survey's year)",
        ],
        note="a mutual insurer's foundation: the window carries no year and the page shows no date, so by the page-date rule "
        "it gives nothing, though the title names 2022 (documented limit)",
    )
    p(
        "r18f-aesio-numerique-sante-mentale-2023",
        "https://fondation.aesio.fr/actualites/appel-projet-numerique-sante-mentale-entraide-pouvoir-agir-retablissement",
        "Le numérique en santé mentale : notre appel à projets 2023, pour favoriser l'entraide et le pouvoir d'agir\n\n"
        "Bien-être mentalNumérique Mis à jour le\n\n"
        "1 personne sur 5 est concernée par des troubles psychiques chaque année en France. [...] Ils sont au cœur de notre "
        "appel à projets 2023, ouvert du 1er mars au 17 août.\n\n"
        "En France, selon l'Observatoire Place de la Santé de la Mutualité Française de 2021, on estime à 13 millions le nombre "
        "de personnes concernées chaque année par des troubles psychiques",
        [],
        distractors=[
            "ouvert du 1er mars au 17 août (year-less, the page's update stamp lost its date: unresolvable)",
            "de 2021 (an observatory's year)",
        ],
        note="the same foundation's next call: again a year-less window on a page with no date, so nothing by the rules",
    )
    p(
        "r18f-ars-pdl-sante-environnementale-2024",
        "https://www.pays-de-la-loire.ars.sante.fr/vous-avez-un-projet-en-prevention-sur-la-sante-environnementale-lagence-regionale-de-sante-peut-0",
        "Vous avez un projet en prévention sur la santé environnementale ? L’Agence Régionale de Santé peut soutenir votre projet.\n\n"
        "Appel à projets / candidatures / manifestation d'intérêt\nEnvironnement, santé publique et prévention\n\n"
        "En cours d'attribution\n\n"
        "En 2024, l’ARS finance en direct les projets de prévention sur la santé environnementale qui s’inscrivent dans ses "
        "priorités : dans le cadre du Projet régional de santé 2023-2028, du Plan régional santé environnement (PRSE4) et de la "
        "dynamique territoriale des contrats locaux de santé.\n[...]\n"
        "Les porteurs de projets sont encouragés à prendre contact avec les correspondants en département et/ou les "
        "correspondants régionaux, en amont du dépôt de dossier.",
        [],
        distractors=["En 2024 (a year)", "Projet régional de santé 2023-2028 (a plan's span)"],
        note="a regional health agency's environmental-health prevention call, being awarded: no day to send anything",
    )
    p(
        "r18f-123dok-ars-dreal-sante-environnement-2014",
        "https://123dok.net/document/qo5lvje7-r%C3%A9glement-ars-dreal.html",
        "Réglement ARS-DREAL\n\nAcademic year: 2022\n\n[...]\n"
        "Appel à projets\n\nSanté Environnement 2014\n\nRèglement ARS-DREAL\n\n"
        "A qui s’adresse l’appel à projets ?\n\n"
        "Seuls les projets déjà labellisés* PRSE PACA 2009-2014 sont éligibles.\n\n"
        "NB : Le label PRSE permet aux porteurs de projets de s’inscrire dans la démarche régionale de promotion de la santé "
        "environnementale, d’intégrer le réseau régional santé environnement, d’être éligibles aux appels à projets santé "
        "environnement lancés par l’ARS et la DREAL, et d’utiliser le logo PRSE. Un certificat est remis aux porteurs pour "
        "chacun de leurs projets inscrits au PRSE. Il atteste de leur participation au plan et les engage à respecter la "
        "charte partenariale signée le 29 juin 2010.",
        [],
        distractors=[
            "Academic year: 2022 (the document site's label)",
            "PRSE PACA 2009-2014 (a plan's span, a condition)",
            "signée le 29 juin 2010 (a charter's signing)",
        ],
        note="a document site's copy of a regional environmental-health call's rules: a charter's date, no deadline",
    )
    p(
        "r18f-flandersvaccine-low-vaccine-uptake-2020",
        "https://flandersvaccine.be/funding-addressing-low-vaccine-uptake-horizon-2020",
        "Due to the coronavirus situation, the deadline for application has been extended to 4 June 2020, 17:00 Brussels time.\n"
        "Total budget: € 9 million (2-3 M€ / project)\n"
        "Opening: 4 July 2019\n"
        "Deadline: 7 April 2020, 17:00 Brussels time\n"
        "Call identifier: SC1-BHC-33-2020 (RIA)\n"
        "- Increase understanding of the determinants of low vaccine uptake in specific contexts situated in the EU and/or "
        "Associated Countries (AC).",
        [d("2020-06-04", "17:00")],
        opens="2019-07-04",
        distractors=[
            "Deadline: 7 April 2020, 17:00 (the original closing, extended by the first line)"
        ],
        note="a Belgian vaccine network relaying a European vaccine-uptake call: the extension replaces the fiche's deadline; "
        "the opening is on its own fiche line",
    )
    p(
        "r18f-ec-europa-maladies-negligees-fp7",
        "http://ec.europa.eu/research/health/infectious-diseases/neglected-diseases/call-for-proposals_fr.html",
        "Appels à propositions\n\n"
        "Le 4e appel du 7e PC est clôturé\n\n"
        "Le 3e appel du 7e PC est clôturé\n\n"
        "Programme de travail 2011 sur la santé (Publication mi-2010): le domaine consacré aux NID est fermé.\n\n"
        "Programme de travail 2012 sur la santé (Publication mi-2012): le domaine consacré aux NID devrait être ouvert.\n\n"
        "Subscribe to our mailing list to receive up-to-date information.",
        [],
        distractors=["Publication mi-2010, mi-2012 (vague publication dates)"],
        note="the European Commission's neglected-diseases page in French: calls closed, publications vaguely dated",
    )
    p(
        "r18f-frq-cannabis-non-medical-2022",
        "https://frq.gouv.qc.ca/programme/programme-de-recherche-sur-lusage-du-cannabis-a-des-fins-non-medicales-impacts-de-la-consommation-sur-la-sante/",
        "Année de concours : \n2022-2023\n\n"
        "Date limite (pré-demande) : \n10 mai 2022 à 16h00 (EST)\n\n"
        "Date limite (demande) : \n20 septembre 2022 à 16h00 (EST)\n\n"
        "Annonce des résultats : \nJanvier 2023\n\n"
        "Montant : \nMaximum de 600 000 $, selon la portée et la durée du projet\n\n"
        "Durée du financement : \n2-3 ans\n\n[...]\n"
        "Au Canada, depuis le 17 octobre 2018, la vente de cannabis à des fins non médicales est permise et encadrée selon "
        "les exigences de la Loi sur le cannabis (L.C. 2018, ch. 16).",
        [d("2022-05-10", "16:00", kind="letter_of_intent"), d("2022-09-20", "16:00")],
        distractors=[
            "Année de concours : 2022-2023 (the competition's years)",
            "Annonce des résultats : Janvier 2023 (results, vague)",
            "depuis le 17 octobre 2018 (a law's coming into force)",
        ],
        note="a Quebec health research fund's programme fiche: the pre-application is the compulsory first stage; times are "
        "Eastern time as written",
    )
    p(
        "r18f-frq-formation-doctorat-2022-2023",
        "https://frq.gouv.qc.ca/programme/formation-de-doctorat-2022-2023",
        "Année de concours :\n2022-2023\n"
        "Date limite (demande) :\n5 octobre 2021 à 16h00 (EST)\n"
        "Annonce des résultats :\navril 2022\n"
        "Montant :\n21 000 $ par année\n"
        "Durée du financement :\n4 ans\n"
        "Nouveaux critères d’évaluation\n"
        "Veuillez consulter le document « Guide d’information – Nouveaux critères d’évaluation des programmes de bourses de "
        "formation », lequel vise à bien vous outiller lors de la préparation de vos demandes",
        [d("2021-10-05", "16:00")],
        distractors=[
            "Annonce des résultats : avril 2022 (results, vague)",
            "2022-2023 (the competition's years)",
        ],
        note="the fund's doctoral-award fiche: one application closing",
    )
    p(
        "r18f-frq-preview-170862-2025-2026",
        "https://frq.gouv.qc.ca/?p=170862&post_type=bourses&preview=true",
        "Année de concours : \n2025-2026\n\n"
        "Date limite (pré-demande) : \n13 novembre 2024 à 16h00 (EST)\n\n"
        "Date limite (demande) : \n15 janvier 2025 à 16h00 (EST)\n\n"
        "Annonce des résultats : \nAvril 2025\n\n"
        "Montant : \n55 000 $ maximum par année\n\n"
        "Durée du financement : \nMaximum de 3 ans\n\n"
        "WEBINAIRE\n\n"
        "Un webinaire d’information sur l’appel à projets aura lieu le 17 septembre 2024, de 10h à 12h pour guider les équipes "
        "de recherche dans la préparation de leur demande.",
        [d("2024-11-13", "16:00", kind="letter_of_intent"), d("2025-01-15", "16:00")],
        distractors=[
            "Annonce des résultats : Avril 2025 (results)",
            "le 17 septembre 2024, de 10h à 12h (an information webinar)",
        ],
        note="a preview copy of a Quebec fund's call fiche: pre-application then application; the webinar is an event",
    )
    p(
        "r18f-frqsc-jeu-responsable-chercheurs-boursiers",
        "http://www.frqsc.gouv.qc.ca/en/bourses-et-subventions/consulter-les-programmes-remplir-une-demande/bourse/programme-de-bourses-sur-le-jeu-responsable--chercheurs-boursiers--action-concertee-wjyjzn9j1467213662539",
        "Programme de bourses sur le jeu responsable — Chercheurs-boursiers | Action concertée\n\n\nSummary\n\n"
        "Competition year :\n\n2016-2017\n\n \n\n"
        "Deadline (notice or letter of intent) :\n\nNovember 4th, 2015, 4 PM\n\n \n\n"
        "Deadline (application) :\n\nMarch 2nd, 2016, 4 PM\n\n \n\n"
        "Amount :\n\nVariable selon l'expérience des candidats\n\n \n\n"
        "Duration :\n\nVariable (4 à 12 ans)\n\n \n\n"
        "Announcement of results :\n\nMai 2016",
        [d("2015-11-04", "16:00", kind="letter_of_intent"), d("2016-03-02", "16:00")],
        distractors=[
            "Announcement of results : Mai 2016 (results, vague)",
            "Competition year : 2016-2017",
        ],
        note="a Quebec society-and-culture fund's gambling-research career awards (mixed English labels, French values): "
        "the notice of intent is the first stage",
    )
    p(
        "r18f-era4health-cardinnov-2023",
        "https://era4health.eu/cardinnov-2023/",
        "CARDINNOV: “Research targeting development of innovative therapeutic strategies in cardiovascular disease”\n\n[...]\n"
        "Call Calendar\n\n"
        "Call Pre-announcement7 November 2022\n"
        "Announcement of the Call7 December 2022\n"
        "Submission system will be open9 December 2022\n"
        "Deadline for the submission of Pre-proposals7 February 2023 (16:00, CET)\n"
        "Deadline for the submission of invited Full-proposals15 June 2023 (16:00, CET)\n\n"
        "General conditions for application\n\n"
        "The duration of the projects will be 36 months.",
        [d("2023-02-07", "16:00", kind="letter_of_intent"), d("2023-06-15", "16:00")],
        opens="2022-12-09",
        distractors=[
            "Call Pre-announcement 7 November 2022 (an announcement)",
            "Announcement of the Call 7 December 2022 (the call's publication)",
        ],
        note="a European partnership's cardiovascular call (the French agency funds its French partners): label and date "
        "glued without a space as on the page; the pre-proposal is the compulsory first stage, the submission system's "
        "opening is the opening",
    )
    p(
        "r18f-lequotidien-fondation-coeur-recherche",
        "https://medecine-generale.lequotidiendumedecin.fr/actus-medicales/sante-publique/la-fondation-coeur-recherche-lhonneur",
        "Créée en 2011 par la Société française de cardiologie, la Fondation Cœur & Recherche était présente pour la première "
        "fois aux Journées européennes de la SFC.\n[...] Les 5 travaux présentés lors des JESFC, issus des deux appels à projets "
        "lancés en 2011 et 2012, répondaient à ces thématiques [...]\n"
        "Cœur & environnement\n"
        "Le thème choisi pour le dernier appel à projets lancé en 2016 : « Cœur & environnement » intègre les questions de "
        "pollution, de développement durable, d’exercice physique, etc. [...] Depuis sa création, la Fondation a financé 25 "
        "projets de recherche et souhaite intensifier son activité.",
        [],
        distractors=["2011, 2012, 2016 (years of past calls)"],
        note="a medical daily on a cardiology foundation's calls: years only, nothing to send",
    )
    p(
        "r18f-fitamant-anses-est-appel",
        "https://rr.network.fitamant.bzh/archives-dechets-com/environnement-sante-travail-nouvel-appel-a-projets",
        "Environnement-Santé-Travail : nouvel appel à projets\n"
        "L'Anses (Agence nationale de sécurité sanitaire) a lancé ce mardi un appel à projets de recherche sur la "
        "santé-environnement et la santé au travail auquel s'associent l'Ademe, l'Inca (Institut national du cancer) et "
        "l'Onema (Office national de l'eau et des milieux aquatiques) au titre du Plan Ecophyto 2018. [...]\n"
        "Cet appel à projets vient en appui aux politiques publiques : il décline en particulier les priorités de recherche du "
        "deuxième plan national santé-environnement (voir notre article), du deuxième plan santé au travail, du plan cancer "
        "2009-2013 et du plan Ecophyto 2018",
        [],
        distractors=[
            "ce mardi (a weekday, no date)",
            "plan cancer 2009-2013, Plan Ecophyto 2018 (plans' names and spans)",
        ],
        note="a trade magazine's archive on the environment-health-work agency's call: no day to send anything",
    )
    p(
        "r18f-adf-ifro-presentation-2003",
        "https://www.adf.asso.fr/fr/presse/dossiers-de-presse-congres/dossiers-de-presse/file/101-linstitut-francais-pour-la-recherche-odontologique",
        "L'Institut français pour la recherche odontologique (Ifro)\nVersion : 2003\nAuteur : Michel Goldberg\n\n"
        "L’Ifro a été créé en mars 2000 et, dès octobre 2000, son Conseil scientifique attribuait les huit premières bourses "
        "de recherche.\n"
        "Depuis, chaque année, huit à neuf bourses ont été régulièrement données, bourses individuelles pour la plupart, et "
        "bourses de soutien à un projet de laboratoire pour quelques autres. Une manne de plus de 300 000 euros a été ainsi "
        "redistribuée aux acteurs de la recherche odontologique.",
        [],
        distractors=["Version : 2003", "créé en mars 2000, dès octobre 2000 (vague past dates)"],
        note="a dental association's press file on its research institute's grants: history only",
    )
    p(
        "r18f-dentaire365-ifro-20-ans",
        "https://dentaire365.fr/actualites/lifro-fete-ses-20-ans-a-ladf-retour-sur-evenement",
        "L'IFRO fête ses 20 ans à l'ADF : retour sur évènement\n\n"
        "Le 24 novembre, l’Institut français pour la recherche odontologique (IFRO) a fêté ses 20 ans lors du Congrès de "
        "l'ADF, au Palais des Congrès de Paris.\n\n"
        "Par Raphaëlle de Tappie, publié le 30 novembre 2021\n\n[...]\n"
        "Après l’édition annulée de l’ADF en 2020, l’Institut français pour la recherche odontologique (IFRO) créé en 2000, a "
        "enfin pu fêter ses 20 ans lors d’un cocktail organisé au Congrès le 24 novembre. L’occasion également de dévoiler "
        "l’identité du gagnant, ou plutôt de la gagnante, du prix ADF recherche",
        [],
        page_date="2021-11-30",
        distractors=[
            "Le 24 novembre (a past celebration, just before the article)",
            "publié le 30 novembre 2021 (the article's date)",
        ],
        note="a dental news site on a research prize's announcement: an event date, no deadline",
    )
    p(
        "r18f-editionscdp-ifro-industrie-2017",
        "https://editionscdp.fr/revues/clinic/article/n-353/rapprocher-la-recherche-des-besoins-de-l-industrie-CLI380100701.html",
        "Clinic n° 01 du 01/01/2017\n\nIFRO\n\nACTU\n\n[...]\n"
        "Créé par l’ADF en l’an 2000 pour, comme l’expliquait alors Michel Goldberg, « sauver le soldat recherche "
        "odontologique », l’Ifro attribue des bourses à de jeunes chercheurs ou à des laboratoires financés par l’industrie. "
        "Plus de 1 million d’euros de subventions ont été octroyés à 120 lauréats. [...]\n"
        "Concrètement, lors du dernier appel à projets en mars, les industriels ont été invités à se concerter afin de poser "
        "aux chercheurs une question d’intérêt pour eux.",
        [],
        page_date="2017-01-01",
        distractors=[
            "Clinic n° 01 du 01/01/2017 (the issue's date)",
            "en mars (a past call, a month)",
        ],
        note="a dental journal on the same institute's industry-set call: no day",
    )
    p(
        "r18f-irepsgp-pna-2023-2024",
        "https://irepsgp.camillehdl.dev/appels-a-projets/appel-a-projets-2023-2024-du-programme-national-pour-lalimentation-pna",
        "Appel à projets 2023-2024 du Programme national pour l'alimentation (PNA)\n\n"
        "Date limite: 15/01/2024\n\n"
        "Contexte\n\n"
        "Appel à projets organisé par le ministère de l’Agriculture et de la Souveraineté alimentaire en partenariat avec le "
        "ministère de la Santé et de la Prévention, le ministère des Solidarités et des Familles et de l'Agence de la "
        "transition écologique (ADEME)\n[...]\n"
        "Cette édition 2023-2024 est dotée d'une enveloppe globale de 2,84 millions d'euros",
        [d("2024-01-15")],
        distractors=["édition 2023-2024 (the edition's years)"],
        note="an overseas health-promotion body relaying the national food programme's call (with the health ministry): a "
        "numeric closing under the title",
    )
    p(
        "r18f-efico-kbf-support-2010",
        "http://www.eficofoundation.org/support.html",
        "The call for new projects within the King Baudouin Foundation is permanently open.\n"
        "The Jury of experts deliberates three times a year to select submitted projects.\n"
        "Projects to be included in the next selection round, should be submitted before 24 september 2010.\n"
        "To introduce a project, complete the document you can download on the internet site of the King Baudouin "
        "Foundation:\n[...]\n"
        "Send this application form to the secretariat of the fund: gmt@kbs-frb.be.",
        [d("2010-09-24")],
        distractors=["three times a year (the jury's rhythm, no date)"],
        note="a fund held by a Belgian foundation: a permanently open call whose next round has a dated cut-off; "
        "submitted before is the candidate's sending",
    )
    p(
        "r18f-kbs-frb-medical-research",
        "https://kbs-frb.be/en/medical-research",
        "Medical research\n\n"
        "Support for scientific medical research that addresses major needs in society.\n[...]\n"
        "Calls for projects\n\n"
        "Maurange (Fund)\n\n"
        "Springboard grant to help talented postdoctoral researchers in applied research in primary care to launch their "
        "research career\n\n"
        "Call for basic research in cardiology - Belgian Heart Fund/F. Léonard/Walckiers-Van Dessel\n\n[...]\n"
        "'Wetenschap voor de Toekomst'-Solvayprijs 2022 / Le Prix Solvay pour la science du futur 2022\n\n"
        "The Prize was awarded for her research on the biochemical modification of synthetically produced messenger RNA",
        [],
        distractors=["Prix Solvay ... 2022 (a prize's year)"],
        note="a Belgian foundation's list of medical calls: names only, no date to send by",
    )
    p(
        "r18f-baillet-latour-prix-sante",
        "http://fondsbailletlatour.com/en/node/5",
        "Les prix Baillet Latour\n\nBiomedical Award\n\n"
        "Le « Baillet Latour Biomedical Award » consacrera à partir de 2022, chaque année, 1 million d’euros à la recherche "
        "biomédicale en Belgique en vue de soutenir pendant 5 ans la carrière de jeunes chercheurs/chercheuses prometteurs "
        "dans le domaine des sciences biomédicales.\n[...]\n"
        "Call for Application BLBA 2024\n\nApplication on https://www.blba.be/ \n\n[...]\n"
        "C’est par le Prix de la Santé que le Fonds Baillet Latour a entamé ses activités de soutien en 1979. Ce Prix "
        "international, au départ bisannuel puis attribué chaque année depuis 2000, fut la plus importante distinction "
        "scientifique internationale décernée en Belgique.\n\n"
        "En 2006 ce Prix est devenu thématique, chaque thème revenant tous les 5 ans",
        [],
        distractors=[
            "à partir de 2022, 1979, depuis 2000, En 2006 (years)",
            "Call for Application BLBA 2024 (a year, no day)",
        ],
        note="a Belgian fund's prizes page: the current call is only named with its year",
    )
    p(
        "r18f-lalibre-frb-recherche-sante-2022",
        "https://www.lalibre.be/dernieres-depeches/2023/10/06/la-fondation-roi-baudoin-a-alloue-plus-de-six-millions-a-la-recherche-en-sante-en-2022-4J3QKHPEMFAINOIPQEOOT5ACRA/",
        "Les Fonds couvrent de nombreuses pathologies différentes: cancer, maladie d'Alzheimer ou maladies apparentées, "
        "maladies rares, rhumatologie, cardiologie, diabète, ophtalmologie, etc. Près de 450 experts nationaux et "
        "internationaux ont été impliqués dans les processus liés à la mission des Fonds, aux appels à projets et à la "
        "sélection scientifique des lauréats, a précisé la Fondation Roi Baudouin.",
        [],
        note="a Belgian daily's dispatch on a foundation's health-research grants of the past year: no date in the text; "
        "the page's date is in its address only",
    )
    p(
        "r18f-draaf-corse-alimentation-sante",
        "https://draaf.corse.agriculture.gouv.fr/appel-a-projets-alimentation-sante-a1340.html",
        'Appel à projets "Alimentation - Santé"\n\n'
        "publié le 16 juillet 2020 (modifié le 15 juin 2022)\n\n"
        'La DRAAF et l’ARS de Corse s’associent pour lancer leur 3ème appel à projets commun sur la thématique "Alimentation - '
        'Santé", cette année avec les services de la Collectivité de Corse en complément.\n[...]\n'
        "Le Nouveau Programme National pour l’Alimentation, sorti en septembre 2019, a pour ambition notamment de mieux "
        "articuler ses actions avec le nouveau Programme National Nutrition Santé.",
        [],
        page_date="2022-06-15",
        distractors=[
            "publié le 16 juillet 2020 (the page's publication)",
            "modifié le 15 juin 2022 (the page's update)",
            "sorti en septembre 2019 (a programme's release)",
        ],
        note="a regional food directorate and health agency's joint call in Corsica: only the page's stamps are dated; the "
        "update is taken as the page date",
    )
    p(
        "r18f-paperblog-ffas-appel-actions-2013",
        "https://paperblog.fr/6522233/appel-a-actions-afin-de-promouvoir-partout-et-pour-tous-une-alimentation-diversifiee-source-de-plaisir-et-favorable-a-la-sante-ffsa",
        "Nicole Darmon, responsable scientifique du pôle action, juin 2013\n"
        "Le nouvel appel à Actions du Fonds a été lancé le 13 juin dernier. Nous espérons que des projets novateurs et "
        "audacieux nous parviendront [...]\n"
        "La Semaine alimentation santé, organisée par le Fonds du 10 au 16 décembre 2012 sous le haut patronage du Ministère "
        "de l’agriculture, de l’agroalimentaire et de la forêt, a vu la mise en œuvre de 25 actions répondant à ces exigences.",
        [],
        distractors=[
            "juin 2013 (the signature's month)",
            "lancé le 13 juin dernier (the launch, a past day)",
            "du 10 au 16 décembre 2012 (a past awareness week)",
        ],
        note="a blog relaying a food-and-health fund's call for actions: its launch and a past event, no closing",
    )
    p(
        "r18f-pat-cvl-alimentation-contexte",
        "https://pat-cvl.fr/?p=9769",
        "Contexte national et régional\n\n[...]\n"
        "Le Programme National pour l’Alimentation 2019-2023 (PNA3) fait suite aux États généraux de l’alimentation (EGA) et à "
        "la loi pour l’équilibre des relations commerciales dans le secteur agricole et alimentaire [...]. Elle a depuis été "
        "complétée par la loi Climat et résilience en août 2021, portant lutte contre le dérèglement climatique et renforcement "
        "de la résilience face à ses effets, dite loi  » Climat et résilience  » prévoit qu’une Stratégie nationale pour "
        "l’alimentation, la nutrition et le climat (SNANC) soit élaborée d’ici septembre 2023.",
        [],
        distractors=[
            "2019-2023 (a programme's span)",
            "en août 2021 (a law's month)",
            "d’ici septembre 2023 (the state's own strategy, vague, nobody applies)",
        ],
        note="a regional food-projects network's call context: d'ici before a month concerns the state, not a candidate",
    )
    p(
        "r18f-tic-et-plus-solutions-covid-2020",
        "https://www.tic-et-plus.com/collectivites/appel-a-projets-de-solutions-innovantes-pour-lutter-contre-le-covid-19",
        "Grand Est\n\n Appel à projets de solutions innovantes pour lutter contre le COVID-19\n\n"
        "Publié le 31/03/2020 dans Collectivités\n\n"
        "Cette initiative qui porte sur la recherche de solutions innovantes, qu'elles soient d'ordre technologique, "
        "organisationnel, managérial ou d'adaptation de processus industriels, devra être directement mobilisable. [...]\n\n"
        "Les propositions de réponse sont attendues et évaluées au fil de l'eau jusqu'au 12 avril 2020. Les propositions "
        "tardives pourront être étudiées mais les chances de succès seront fortement réduites.",
        [d("2020-04-12")],
        page_date="2020-03-31",
        distractors=["Publié le 31/03/2020 (the article's date)"],
        note="a regional tech news site relaying a state call for anti-COVID innovations: proposals are expected until a "
        "day (late ones may still be read, which does not move it)",
    )
    p(
        "r18f-afro-who-petites-subventions-tdr-2017",
        "https://afro.who.int/fr/node/8396",
        "Appel à candidatures : Programme conjoint de petites subventions Bureau régional/TDR/EDCTP pour la recherche "
        "opérationnelle sur les maladies infectieuses de la pauvreté\n\nCFN\n\nPartenaires de financement* :\n\nCFN2017\n\n"
        "Date limite de dépôt des dossiers : 30 novembre 2017\n\n"
        "Programme réservé aux candidats de la Région africaine de l’OMS\n\n"
        "Le présent programme de petites subventions s’adresse aux projets de recherche opérationnelle s’intéressant à un "
        "certain nombre de maladies, entrepris par des chercheurs et des programmes nationaux de lutte contre les maladies en "
        "étroite collaboration.",
        [d("2017-11-30")],
        note="the World Health Organization's African regional office: a small-grants call with one dated closing",
    )
    p(
        "r18f-cerfep-fdf-humanisation-soins-2021",
        "https://cerfep.iseformsante.fr/2020/12/03/appel-a-projets-de-la-fondation-de-france-humanisation-des-soins-accueillir-et-accompagner-dans-les-lieux-de-soins",
        "La Fondation de France examinera les projets permettant de :\n"
        "– Favoriser un accueil et un accompagnement adaptés des personnes reçues, avec une attention particulière pour les "
        "situations d’interculturalité, de vulnérabilité et de précarité ;\n"
        "-Soutenir des soignants confrontés à des situations difficiles : surcharge de travail, nouvelles organisations, refus "
        "de soins, annonces de maladies graves, violences, etc. ;[...]\n"
        "-Soutenir les patients développant des projets permettant de reconnaitre et promouvoir leurs savoirs expérientiels.\n"
        "Date limite de transmission des dossiers : 10 mars 2021",
        [d("2021-03-10")],
        note="a regional health-education centre relaying a foundation's care-humanisation call: a fiche line closes it",
    )
    p(
        "r18f-fhf-hdf-fdf-humanisation-soins-2019",
        "https://fhf-hdf.fr/2018/10/30/appel-a-projets-fondation-de-france-humanisation-des-soins",
        "Appel à projets Fondation de France – « Humanisation des soins »\n\n"
        "Télécharger l’appel à projets\nainsi que les modalités d’envoi sur le site de la Fondation de France\n\n"
        "Date limite de dépôt des dossiers : 6 mars 2019\n\n"
        "L’appel à projets s’adresse aux associations, notamment associations d’usagers, patients, soignants.., et aux "
        "structures de soins, dans et hors de l’hôpital, à but non lucratif. Les associations doivent justifier d’au moins "
        "deux ans d’existence.",
        [d("2019-03-06")],
        distractors=["au moins deux ans d’existence (a condition, no date)"],
        note="a regional hospital federation relaying an earlier edition of the same foundation's call",
    )
    p(
        "r18f-fdf-humanisation-soins-2024",
        "https://www.fondationdefrance.org/fr/appels-a-projets/humanisation-des-soins-accueillir-et-accompagner-dans-les-lieux-de-soins",
        "Humanisation des soins : accueillir et accompagner dans les lieux de soins\n\n"
        "09 Jan.2024\n\nContexte\n\n"
        "L'appel à projets 2024 est ouvert. Dans le cadre de la révision des missions sociales de Fondation de France, cet "
        "appel à projets ne sera pas reconduit en 2025. Cependant, d’autres modalités de soutien seront proposées.\n\n"
        "Les progrès de la médecine, en particulier la prise en charge de plus en plus technique des maladies, ont un effet "
        "sans précédent sur l’amélioration de notre santé et de notre espérance de vie.",
        [],
        page_date="2024-01-09",
        distractors=["09 Jan.2024 (the page's stamp)", "ne sera pas reconduit en 2025 (a year)"],
        note="the foundation's own page for the 2024 edition: open, but the passage gives no closing day",
    )
    p(
        "r18f-communservice-fdf-vieillir-acteur-2022",
        "https://communservice.cc/?AppelAProjetsFondationDeFranceVieillir",
        'Appel à projets Fondation de France - "Vieillir acteur et citoyen de son territoire"\n\n[...]\n'
        "Le soutien de la Fondation de France peut concerner le démarrage du projet, son développement, son évaluation, sa "
        "valorisation ou son essaimage. Il se présente sous la forme d’une subvention annuelle ou pluriannuelle (durée maximale "
        "de trois ans) et/ou d’une aide méthodologique effectuée par des consultants.\n\n"
        "Les réponses sont à envoyer avant le 31/08/2022 à 17h, pour une phase de préselection. Les dossiers pré-sélectionnés "
        "parmi toutes les candidatures seront ensuite examinés en novembre 2022 par un comité d'expert.e.s.",
        [d("2022-08-31", "17:00")],
        distractors=[
            "examinés en novembre 2022 (the experts' review, vague)",
            "durée maximale de trois ans (a funded span)",
        ],
        note="a community-services wiki relaying a foundation's ageing call: the answers sent by that day are the only "
        "sending (the preselection is the funder's), so kind application",
    )
    p(
        "r18f-or-gris-fdf-vieillir-acteur-2016",
        "http://www.or-gris.org/2016/04/vieillir-acteur-et-citoyen-de-son-territoire-appel-d-offre-de-la-fondation-de-france.html",
        "Vieillir acteur et citoyen de son territoire\" appel d'offre de la Fondation de France\n[...]\n"
        "Qui peut répondre ?\n"
        "Cet appel à projets s’adresse notamment à des organismes justifiant d’un projet innovant pour permettre aux retraités "
        "de rester des citoyens actifs:\n[...]\n"
        "Remplir le dossier de candidature et le déposer avant le 8 juillet 2016\n"
        "Télécharger les documents sur le site :\n"
        "http://www.fondationdefrance.org/article/vieillir-acteur-et-citoyen-de-son-territoire",
        [d("2016-07-08")],
        note="an older-people's association relaying an earlier edition of the same call: déposer avant le",
    )
    p(
        "r18f-avise-fdf-vieillir-acteur-2022",
        "https://avise.org/actualites/appel-a-projets-vieillir-acteur-et-citoyen-de-son-territoire",
        "Appel à projet et concours\n"
        "Jusqu'au 31 août 2022\n"
        "Appel à projets : Vieillir acteur et citoyen de son territoire\n"
        "Publié le 17 août 2022\n"
        "Engagée depuis plus de 20 ans sur les questions du bien vieillir, la Fondation de France vise à travers cet appel à "
        "projets à encourager la participation active des personnes âgées vulnérables dans leurs lieux de vie afin qu’elles "
        "restent citoyennes à part entière jusqu’à la fin de leur vie.",
        [d("2022-08-31")],
        page_date="2022-08-17",
        distractors=[
            "Publié le 17 août 2022 (the news item's date)",
            "jusqu’à la fin de leur vie (no date)",
        ],
        note="a social-economy agency's news item on the 2022 edition: a bare Jusqu'au line above the title is the closing",
    )
    p(
        "r18f-fdf-vivre-ses-choix-2021",
        "https://www.fondationdefrance.org/fr/vivre-ses-choix-jusqua-la-fin-de-sa-vie",
        "Appel à projets\n\nVivre ses choix jusqu’à la fin de sa vie\n\n"
        "L’appel à projets sera ouvert le 14 juin 2021.\n"
        "Contact : projets@fdf.org\n\n"
        "Mieux accompagner les personnes âgées en fin de vie et les personnes endeuillées\n\n"
        "Avec le soutien de la Fondation JM Bruneau\n\nContexte\n\n"
        "Depuis 20 ans, la Fondation de France repère et soutient des initiatives permettant aux personnes âgées vulnérables "
        "de prendre une part active aux décisions qui les concernent et de choisir leurs conditions de vie, jusqu’à leur décès.",
        [],
        opens="2021-06-14",
        distractors=["jusqu’à leur décès (no date)"],
        note="a foundation's end-of-life call announced before it opens: an opening day, no closing yet",
    )
    p(
        "r18f-imazpress-chu-reunion-solidr-2025",
        "https://imazpress.com/actus-reunion/le-fonds-sante-solid-r-du-chu-de-la-reunion-lance-son-1er-appel-a-projets-2025",
        "Le premier appel à projets de l'année du Centre hospitalier universitaire (CHU) vient d'être lancé. Il concerne le "
        'Fonds santé Solid’R et vise à "améliorer la qualité de vie et le quotidien à l’hôpital pour les usagers et les '
        'professionnels de santé". Les candidatures sont à déposer du 01 février au 21 mars 2025. Nous publions le '
        "communiqué ci-dessous.\n\n[...]\n"
        "- L’appel à projets 2025 se déroule en 3 phases : -\n\n"
        "• Du 01 février au 21 mars : Lancement de l’appel à projets et recueil des dossiers de candidatures\n\n"
        "• Du 22 mars au 17 avril : Instruction et analyse des dossiers de candidatures\n\n"
        "• Du 18 avril au 16 mai : Sélection et annonce des lauréats",
        [d("2025-03-21")],
        opens="2025-02-01",
        distractors=[
            "Du 22 mars au 17 avril : Instruction (the funder's review)",
            "Du 18 avril au 16 mai : Sélection et annonce des lauréats (results)",
        ],
        note="a Réunion news site publishing a university hospital fund's call: the filing window is written twice, with its "
        "year once in prose; the other phases are the fund's",
    )
    p(
        "r18f-temoignages-chu-reunion-solidr-2025",
        "https://temoignages.re/politique/sante/le-fonds-sante-solid-r-du-chu-de-la-reunion-lance-son-premier-appel-a-projets-pour-2025",
        "Améliorer le quotidien et la qualité de vie dans les hôpitaux\n"
        "6 février\n"
        "Le CHU de La Réunion lance son premier appel à projets 2025 via le Fonds Santé Solid’R. Quatre thématiques sont "
        "prioritaires : bien-être, recherche, culture et responsabilité sociétale. L’appel se déroule en trois phases de "
        "février à mai. Depuis sa création, 62 projets ont été financés pour 500 000 euros.",
        [],
        distractors=[
            "6 février (the article's year-less stamp)",
            "de février à mai (months, vague)",
        ],
        note="another island daily on the same hospital fund's call: only months, no day to send by",
    )
    p(
        "r18f-ars-reunion-nutrition-sport-sante-2023",
        "https://lareunion.ars.sante.fr/lancement-de-lappel-projets-2023-pour-la-prevention-nutritionnelle-et-le-sport-sante-la-reunion-0",
        "Lancement de l’appel à projets 2023 pour la prévention nutritionnelle et le sport-santé à La Réunion\n\n"
        "Communiqué de presse\n\n"
        "Pour la 3ème année consécutive, l’appel à projets régional « Prévention nutritionnelle et sport-santé » est lancé par "
        "l’ARS La Réunion, en partenariat avec la DRAJES, la Région Réunion et la DAAF. Les opérateurs de terrain sont invités "
        "à prendre connaissance du cahier des charges et à transmettre leurs projets avant le 5 juin 2023 inclus.\n\n"
        "Cet appel à projets soutiendra des actions de prévention et de promotion de la santé en matière de nutrition et "
        "sport-santé répondant aux objectifs du Programme Réunionnais de Nutrition et de lutte contre le Diabète (PRND "
        "2020-2023).",
        [d("2023-06-05")],
        distractors=["PRND 2020-2023 (a programme's span)"],
        note="an overseas regional health agency's press release: transmettre avant le ... inclus",
    )
    p(
        "r18f-santementale-iresp-autisme-2017",
        "https://www.santementale.fr/2017/08/appel-a-projet-de-recherche-autisme",
        "L'appel à projets de recherche sur l'autisme lancé par l’Institut de recherche en santé publique (IReSP) est ouvert "
        "jusqu'au 18 septembre 2017.\n"
        "L’Institut de recherche en santé publique (IReSP) lance la quatrième session de l’appel à projets de recherche "
        "« Autisme », financé par la Caisse nationale de solidarité pour l'autonomie (CNSA) dans le cadre du troisième Plan "
        "autisme (2013-2017) [...]. Cette session fait suite aux appels à projets proposés par l’IReSP en mars 2014, mars 2015 "
        "et juin 2016 et se centre sur deux grands axes thématiques",
        [d("2017-09-18")],
        distractors=[
            "Plan autisme (2013-2017) (a plan's span)",
            "mars 2014, mars 2015 et juin 2016 (past sessions, months)",
        ],
        note="a mental-health magazine relaying a public-health research institute's autism call: ouvert jusqu'au is the "
        "closing",
    )
    p(
        "r18f-cnam-inca-tabac-2017",
        "http://recherche.cnam.fr/mesurs/tabac-2017-850750.kjsp?RH=1466155131593",
        "INCa\n\nTABAC 2017\n\n7 octobre 2016\n\n"
        "Financement de projets de recherche et d'intervention de 24 à 36 mois pour réduire le tabagisme et infléchir la "
        "prévalence des cancers liés au tabac\n"
        "L’Institut national du cancer et la Ligue contre le cancer en collaboration avec la Direction Générale de la Santé, de "
        "la Mission Interministérielle de Lutte contre la Drogue et les Conduites Addictives (MILDECA) et de la Fondation ARC, "
        "lancent la deuxième édition de l’ appel à projets « priorité Cancers Tabac »",
        [],
        opens="?",
        distractors=["7 octobre 2016 (a bare date under the title, without a label)"],
        note="a research office's call listing: the one bare date under the title has no cue; the rules give no deadline "
        "for a bare date, and whether it is the opening or the posting is unclear, so the opening is not scored",
    )
    p(
        "r18f-psydoc-france-telecom-autisme-2002",
        "http://psydoc-fr.broca.inserm.fr/Recherche/Rech/appoffre/AOFFT2002.html",
        "Recherches sur l'autisme.\n    Appel d’offres 2002\n\n"
        "Depuis 1991 la Fondation d’entreprise France Télécom soutient les personnes autistes et leurs familles. [...]\n\n"
        "La Fondation d’entreprise France Télécom réunit une fois par an un comité spécifique «recherche» afin d'étudier "
        "l’ensemble des demandes d’aide à la recherche sur l’autisme. [...]\n"
        "- bourse de recherche : candidature réservée aux doctorants et aux post-doctorants cherchant à intégrer des "
        "organismes de recherche",
        [],
        distractors=[
            "Depuis 1991 (a year)",
            "une fois par an (the committee's rhythm)",
            "Appel d’offres 2002 (a year)",
        ],
        note="a psychiatry portal's copy of a corporate foundation's autism call: no day in the passage",
    )
    p(
        "r18f-autismalliance-bourses-donnees-politique-2025",
        "https://autismalliance.ca/fr/bourses-donnees-politique-2025",
        "Les inscriptions au CALS2025 sont ouvertesCliquez ici pour réserver votre place !\n\n"
        "Annonce de la nouvelle cohorte de bourses « Des données à la politique »\n\n"
        "Le mardi 29 avril 2025, l’Alliance canadienne de l’autisme a annoncé la nouvelle cohorte de récipiendaires de la "
        "bourse “Des données à la politique”, qui s’ajoutent à une longue liste d’anciens récipiendaires qui mènent des "
        "recherches essentielles pour faire avancer la politique sur l’autisme au Canada.",
        [],
        distractors=["Le mardi 29 avril 2025 (the announcement of recipients, a result)"],
        note="a Canadian autism alliance announcing its grant recipients: results, nothing to send",
    )
