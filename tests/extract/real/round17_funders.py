"""Round 17 of the real passages (funders: antimicrobial-resistance calls of the research agency and its partners, tropical-medicine and mycology societies' prizes and grants, rare-disease and scleroderma foundations, Quebec's research funds' programme fiches, Belgian cancer funds, dermatology and psoriasis funders, One Health grants abroad, and others listed in the README): test data only.

Collected and labelled on 4 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r17f-anr-amr-preannonce-2019",
        "https://anr.fr/fr/actualites-de-lanr/details/news/preannonce-un-appel-a-projets-franco-allemand-dans-le-domaine-de-la-resistance-antimicrobienne-1/?tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash=699a118709cf0c52b0f83ee2ff0c8894",
        "Actu\n12/11/2019\n\n"
        "Préannonce : un appel à projets franco-allemand dans le domaine de la résistance antimicrobienne\n\n"
        "Le ministère de l’Enseignement supérieur, de la Recherche et de l’Innovation (MESRI) via l’Agence nationale de la "
        "recherche (ANR), et le ministère fédéral allemand de l’Éducation et de la Recherche (BMBF) lanceront leur deuxième "
        "appel à projets conjoint sur la résistance antimicrobienne. L’ouverture de l’appel à projets est prévue pour la "
        "3ème semaine de décembre 2019. Le MESRI et le BMBF mobiliseront chacun 3,5 millions d'euros pour le financement de "
        "projets de recherche bilatéraux.",
        [],
        page_date="2019-11-12",
        distractors=[
            "12/11/2019 (the news item's stamp)",
            "L’ouverture ... est prévue pour la 3ème semaine de décembre 2019 (a vague opening: a week, no day)",
        ],
        note="a pre-announcement of a bilateral antimicrobial-resistance call: only a week is given for the opening, so no "
        "opening day and no deadline",
    )
    p(
        "r17f-anr-amr-preannonce-2018",
        "https://anr.fr/fr/actualites-de-lanr/details/news/preannonce-un-appel-a-projets-franco-allemand-dans-le-domaine-de-la-resistance-antimicrobienne/?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News&cHash=0901e3ad945b6f5e3824abf073c1215f",
        "Actu\n03/12/2018\n\n"
        "Préannonce : un appel à projets franco-allemand dans le domaine de la résistance antimicrobienne\n\n"
        "Le ministère de l’Enseignement supérieur, de la Recherche et de l’Innovation (MESRI) via l’Agence nationale de la "
        "recherche (ANR), et le ministère fédéral allemand de l’Éducation et de la Recherche (BMBF) lanceront leur premier "
        "appel à projets conjoint sur la résistance antimicrobienne. L’ouverture de l’appel à projets est prévue pour la "
        "3ème semaine de décembre 2018.\n\n"
        "L’appel permettra aux chercheurs français et allemands d'initier ou d'approfondir leurs collaborations au sein d’un "
        "projet de recherche multidisciplinaire dans le domaine de la résistance antimicrobienne.",
        [],
        page_date="2018-12-03",
        distractors=[
            "03/12/2018 (the news item's stamp)",
            "prévue pour la 3ème semaine de décembre 2018 (a vague opening)",
        ],
        note="the first edition's pre-announcement, a different page from the 2019 one: no day to send anything",
    )
    p(
        "r17f-readkong-ami-antibioresistance-2020",
        "https://fr.readkong.com/page/texte-de-l-ami-amr-anr-5240877",
        "Investissements d’Avenir\nAppel à Manifestations d’Intérêt\n\n"
        '"ANTIBIORESISTANCE:\nCOMPRENDRE, INNOVER, AGIR".\n\n'
        "Date de clôture de l’appel à manifestations d’intérêt\n31/03/2020 à 11h00 (CEST)\n\n"
        "Adresse de consultation de l’appel\nhttp://anr.fr/PPRAMR-2020\n"
        '"Antibiorésistance: comprendre, innover, agir".\n\nRESUME\n\n'
        "Suite au plan d’action mondial pour combattre la résistance aux antimicrobiens adopté par l’OMS en 2015 et suite à "
        "la publication en Novembre 2016 de la feuille de route interministérielle pour la maîtrise de l’antibiorésistance "
        "en France, le Gouvernement par l’entremise du Secrétariat Général pour l’Investissement a décidé de mettre en place "
        "un programme prioritaire de recherche (PPR) sur l’antibiorésistance doté de 40 M€ sur dix ans.",
        [d("2020-03-31", "11:00")],
        distractors=[
            "adopté par l’OMS en 2015 (a year)",
            "la publication en Novembre 2016 (a text's month)",
        ],
        note="the closing of an expression-of-interest call of a priority research programme, its label on the line above; "
        "an 'appel à manifestations d'intérêt' is not named a first stage by the rules, so kind application",
    )
    p(
        "r17f-societe-mtsi-prix-historique",
        "https://societe-mtsi.fr/historique-bourse-et-prix/",
        "Prix et bourses de la Société de Pathologie Exotique\n\n"
        "La SPE a attribué de nombreux prix et bourses depuis sa création. A ce jour deux prix continuent à être attribués.\n\n"
        "Prix Noury-Lemarié\n\n"
        "Le prix Noury-Lemarié a été créé le 14 février 1980, pour récompenser un travail de pathologie tropicale, soit de "
        "recherche fondamentale, soit de recherche épidémiologique, clinique, thérapeutique, présenté à une séance de la "
        "Société de pathologie exotique par un jeune chercheur et publié dans le Bulletin.\n[...]\n"
        "En 1997, le fonds consacré à ce prix étant épuisé, il a été remplacé par une bourse de la SPE.\n[...]\n"
        "Bourse de la SPE\n\n"
        "Cette bourse a été créée en 1997 par le conseil d’administration, sous la présidence de Marc Gentilini, pour aider "
        "des scientifiques de moins de 35 ans, déjà qualifiés, à mener des travaux personnels dans le domaine de",
        [],
        distractors=[
            "créé le 14 février 1980 (history)",
            "En 1997 (history)",
            "de moins de 35 ans (a condition, no date)",
        ],
        note="a tropical-medicine society's history of its prizes: dates of creation only",
    )
    p(
        "r17f-fonds-leon-fredericq-televie",
        "http://www.fondsleonfredericq.be/index.php?page=nl2---ils-nous-soutiennent",
        "Le Télévie\n\n"
        "Depuis plusieurs années, le Fonds Léon Fredericq et le Centre Anticancéreux ont à cœur de pouvoir proposer lors de "
        "leur appel à candidature annuel  plusieurs dizaines de subsides forfaitaires de fonctionnement  destinés aux "
        "aspirants FNRS, doctorants FRIA et doctorants Télévie en vue de compléter le crédit annuel associé à leur mandat. En "
        "2015, ce sont 57 jeunes chercheurs qui ont ainsi pu bénéficier d’une bourse « complémentaire » de 2.500 euros. Dont "
        "32 lauréats Télévie.\n\n"
        "Cette année, avec les moyens qui sont les siens, le Fonds Léon Fredericq a décidé d’offrir à ces mêmes jeunes "
        "chercheurs des bourses allant jusqu’à 5.000€. [...]\n"
        "Le Télévie a été créé en 1989 à l’initiative de RTL et du FNRS, les Professeurs Arsène Burny et Jacques Boniver étant "
        "à ce moment membres de la commission « cancérologie » du FNRS.",
        [],
        distractors=[
            "En 2015 (past awards)",
            "créé en 1989 (history)",
            "bourses allant jusqu’à 5.000€ (an amount)",
        ],
        note="a Belgian hospital research fund's newsletter on its yearly call: no day at all",
    )
    p(
        "r17f-sfmm-grant-board-2023",
        "https://sfmm-mycologie-medicale.com/en/to-know/grant-offered-by-the-sfmm/",
        "For the second year, the French Society of Medical Mycology (SFMM) is proposing a call for projects (AAP) with the "
        "objectives of promoting and supporting interactions between Mycology teams from different French or foreign "
        "hospital, university or hospital-university centers. [...] The SFMM will commit 15,000 euros, which will make it "
        "possible to finance one to three research projects [...]. The budget requested by candidates must not exceed 10,000 "
        "euros per project.\n\n"
        "At the end of a meeting of the Board of Directors (6/7/2023) of the SFMM, a few points of the regulations were "
        "clarified:\n\n"
        "applicants must accompany their request with a letter of commitment stipulating that they will notify the support "
        "of the SFMM in the event of valorization of their work, whatever it may be;\n\n"
        "  • winning individuals and teams will not be able to re-apply to the AAP for three years following their "
        "selection;",
        [],
        distractors=[
            "Board of Directors (6/7/2023) (a board's meeting)",
            "for three years (a condition)",
        ],
        note="a medical-mycology society's call (its English page): the only day is a board meeting",
    )
    p(
        "r17f-fmr-translationnelle-2023",
        "https://fondation-maladiesrares.org/en/appel-a-projets-recherche-translationnelle-2023",
        "Dans le domaine des maladies rares comme dans celui des maladies plus courantes, la compréhension des mécanismes "
        "physiopathologiques et l’évaluation des stratégies thérapeutiques innovantes reposent en grande partie sur des "
        "modèles animaux. [...] L’appel à projets lancé par la Fondation Maladies Rares vise à soutenir directement les "
        "étapes intermédiaires clés des projets de recherche préclinique vers le développement clinique pour les patients "
        "humains.\n"
        "La date limite de soumission est fixée au 23 février 2023, 17h (heure de Paris).",
        [d("2023-02-23", "17:00")],
        note="a rare-disease foundation's translational call: a deadline noun with its hour",
    )
    p(
        "r17f-grandest-mutualite-fmr-decret",
        "https://grandest.mutualite.fr/actualites/fondation-maladies-rares-une-mission-coordonner-et-accelerer-la-recherche-sur-les-maladies-rares/",
        "Pour relever ce défi, la Fondation maladies rares porte une mission d’intérêt général : coordonner et accélérer la "
        "recherche sur l’ensemble des maladies rares. Créée par décret du ministère de l’Enseignement supérieur et de la "
        "Recherche le 7 février 2012, la Fondation a été impulsée grâce au soutien moral et financier de ses 5 membres "
        "fondateurs :\n[...]\n"
        "La Fondation opère comme un accélérateur de projets, un trait d’union entre tous les acteurs de la recherche et du "
        "soin. [...] En trois ans, la Fondation a lancé 18 appels à projets de recherche, en santé et en sciences humaines et "
        "sociales. Elle a ainsi soutenu 222 projets de recherche, avec une contribution totale de plus de 6 millions d’euros.",
        [],
        distractors=["Créée par décret ... le 7 février 2012 (a founding text's date)"],
        note="a regional mutual insurers' federation relays a portrait of the rare-disease foundation: no call date",
    )
    p(
        "r17f-association-sclerodermie-aap-2024",
        "https://www.association-sclerodermie.fr/category/la-recherche-medicale/",
        "Appel à projets de recherche médicale sur la sclérodermie.\n\n"
        "L’appel à projets a été lancé pour 2024\n\n"
        "La date limite de remise des dossiers est fixée au\n\n"
        "vendredi 22 mars 2024 à minuit\n\n"
        "[...]\nLa recherche médicale et les patients sclérodermiques",
        [d("2024-03-22", "23:59")],
        note="a scleroderma patients' association's research call: the deadline sentence runs onto the next line, with a "
        "weekday and midnight",
    )
    p(
        "r17f-frq-frontenac-2024-2025-staging",
        "https://staging.frq.gouv.qc.ca/programme/bourse-frontenac-2024-2025",
        "Année de concours :\n2024-2025\n"
        "Date limite (demande) :\n15 mai 2024 à 16h00 (EST)\n"
        "Annonce des résultats :\nJuillet 2024\n"
        "Montant :\n6 000$\n"
        "Durée du financement :\nSéjour minimal de 3 mois (une session universitaire)\n"
        "Partenariat\n"
        "Ministère des Relations internationales et de la Francophonie du Québec (MRIF) et le Consulat général de France à "
        "Québec (CGF)\n[...]\n"
        "UN DOSSIER TRANSMIS APRÈS LA DATE ET L’HEURE LIMITES DU CONCOURS SERA DÉCLARÉ NON RECEVABLE PAR LE FONDS.",
        [d("2024-05-15", "16:00")],
        distractors=[
            "Annonce des résultats : Juillet 2024 (results, vague)",
            "2024-2025 (the competition year)",
        ],
        note="a Quebec fund's mobility grant fiche (a staging copy of its site): label on its own line ending with a colon",
    )
    p(
        "r17f-frq-frontenac-2021-2022",
        "https://frq.gouv.qc.ca/programme/bourse-frontenac-2021-2022-2",
        "Année de concours : \n2021-2022\n\n"
        "Date limite (demande) : \n16 septembre 2021 à 16h00 (EST)\n\n"
        "Annonce des résultats : \nMi-novembre 2021\n\n"
        "Montant : \n6 000 $\n\n"
        "Durée du financement : \nSéjour minimal de 3 mois (une session universitaire)\n\n"
        "Règles du programme\n\n"
        "Ce programme a été créé en 1996 par le ministère des Relations internationales et de la Francophonie du Québec "
        "(MRIF) et le ministère de l’Europe et des Affaires étrangères de la République française (MEAE) dans le cadre de la "
        "Commission permanente de coopération franco-québécoise (CPCFQ).\n[...]\n"
        "En 2016, dans le cadre de cette réforme, et dans le but de poursuivre le développement de partenariats structurants, "
        "le programme Frontenac a été réorienté vers les étudiants québécois de 2e cycle universitaire",
        [d("2021-09-16", "16:00")],
        distractors=[
            "Annonce des résultats : Mi-novembre 2021 (results, vague)",
            "créé en 1996 (history)",
            "En 2016 (history)",
        ],
        note="an earlier edition of the same grant, a different page and call",
    )
    p(
        "r17f-frq-b2-doctorat-2018-2019",
        "https://frq.gouv.qc.ca/programme/bourse-au-doctorat-en-recherche-b2-et-de-reintegration-a-la-recherche-a2d-concours-automne-2017-2018-2019/",
        "Année de concours : \n2018-2019\n\n"
        "Date limite (demande) : \n18 octobre 2017 à 16h00 (EST)\n\n"
        "Annonce des résultats : \nFin avril 2018\n\n"
        "Montant : \n21 000 $ / an\n\n"
        "Durée du financement : \nMaximum 12 sessions\n\n[...]\n"
        "UN DOSSIER DE CANDIDATURE INCOMPLET À LA DATE DE CLÔTURE DU CONCOURS, SERA DÉCLARÉ NON ADMISSIBLE PAR LE FONDS.",
        [d("2017-10-18", "16:00")],
        distractors=["Annonce des résultats : Fin avril 2018 (results, vague)"],
        note="a Quebec fund's doctoral grant fiche",
    )
    p(
        "r17f-frqnt-frontenac-2015-english-labels",
        "http://www.frqnt.gouv.qc.ca/en/bourses-et-subventions/concours-anterieurs/bourse/bourse-frontenac-8qhncvde1428673685368",
        "Bourse Frontenac\n\n\nSummary\n\n"
        "Competition year :\n\n2015-2016\n\n \n\n"
        "Deadline (application) :\n\nSeptember 15th, 2015, 4 PM\n\n \n\n"
        "Amount :\n\n1500 $/mois + transport\n\n \n\n"
        "Duration :\n\nSéjour annuel (maximum 3 mois) pour 3 ans\n\n \n\n"
        "Announcement of results :\n\nFin novembre 2015\n\n \n\n"
        "Règles du programme\n\n"
        "Ce programme a été créé en 1996 par le ministère des Relations internationales et de la Francophonie (MRIF) du "
        "Québec et le ministère des Affaires étrangères et du Développement international de la République française "
        "(Consulat général de France à Québec) dans le cadre de la Commission permanente de coopération franco-québécoise "
        "(CPCFQ).\n\n"
        "Le programme s'inscrit dans la foulée de la Convention-cadre sur les cotutelles de thèses signée en octobre 1996",
        [d("2015-09-15", "16:00")],
        distractors=[
            "Announcement of results : Fin novembre 2015 (results, vague)",
            "créé en 1996 (history)",
            "signée en octobre 1996 (a text's month)",
        ],
        note="the fund's English-labelled fiche of a French-language programme: an English date with '4 PM'",
    )
    p(
        "r17f-frq-pbeee-2025-2026-dates-importantes",
        "https://frq.gouv.qc.ca/programme/bourses-dexcellence-pour-etudiants-etrangers-pbeee-2025-2026",
        "Année de concours : \n2025-2026\n\n"
        "Date limite (demande) : \n5 novembre 2024 à 16h00 (EST)\n\n"
        "Annonce des résultats : \nAvril 2025\n\n"
        "Montant : \nVariable\n\n"
        "Durée du financement : \nVariable\n\n"
        "Partenariat\n\nMinistère de l'Éduction et de l'Enseignement supérieur\n\n"
        "Dates importantes\n\n"
        "  • Soumission des candidatures pour la présélection : variable (voir dans la Boîte à outils). \n"
        "  • Soumission au FRQNT des candidatures présélectionnées par les entités responsables (universités, Réseau des "
        "CCTT) :  30 septembre 2024, 16h. \n"
        "  • Soumission au FRQNT des candidatures présélectionnées par le CSC : avant le 31 mars 2025. \n"
        "  • Soumission des demandes de bourses au FRQNT par les candidatures présélectionnées : 5 novembre 2024, 16 h.",
        [
            d("2024-09-30", "16:00", kind="other"),
            d("2024-11-05", "16:00"),
            d("2025-03-31", kind="other"),
        ],
        distractors=[
            "Annonce des résultats : Avril 2025 (results, vague)",
            "présélection : variable (no date)",
        ],
        note="a Quebec fund's excellence grants for foreign students: the universities' and the Chinese council's "
        "forwarding of the files they pre-selected is their step, not the candidate's (kind other, like a supervisor's "
        "step); the candidates' own requests close on 5 November at 16h (fiche and list, one day). Whether the rules "
        "count a forwarding institution's 'Soumission' as a deadline at all is not settled; a subscriber at a university "
        "needs it, so it is kept as kind other",
    )
    p(
        "r17f-concoursn-pbeee-2015-fermeture",
        "https://concoursn.com/bourses-de-doctorat-en-recherche-pour-etudiants-etrangers-quebec/",
        "Conditions d’admissibilité, citoyenneté et résidence\n"
        "Le candidat :\n"
        "- Doit satisfaire à toutes les conditions d’admissibilité à la date de fermeture du concours, soit le 1er novembre "
        "2015.\n"
        "- Doit avoir été présélectionné par un établissement universitaire québécois au plus tard le 23 septembre 2015.\n"
        "- Ne doit pas avoir déjà obtenu une bourse d’excellence pour étudiants étrangers du ministère de l’Éducation, "
        "l’Enseignement supérieur et de la Recherche (MEESR) ou d’un des Fonds subventionnaires du Québec.\n[...]\n"
        "Période d’admissibilité\n"
        "Les règles relatives à la période d’admissibilité aux programmes de bourses tiennent compte de toutes les sessions "
        "d’études de doctorat complétées avant le 1er mai 2016, qu’elles aient été financées ou non.",
        [],
        distractors=[
            "satisfaire à toutes les conditions ... à la date de fermeture du concours, soit le 1er novembre 2015 (a condition "
            "of eligibility, though it names the closing)",
            "avoir été présélectionné ... au plus tard le 23 septembre 2015 (a condition on the candidate)",
            "sessions ... complétées avant le 1er mai 2016 (a condition)",
        ],
        note="a grant directory relays the Quebec excellence grants: every date sits in a list of eligibility conditions "
        "('Doit satisfaire', 'Doit avoir été'); the first names the competition's closing, but as the day the conditions are "
        "met, so by the rules' condition words it gives nothing. Not fully settled: a subscriber would read the closing "
        "from it",
    )
    p(
        "r17f-sfdermato-psoriasis-isispharma",
        "https://fondsdedotation.sfdermato.org/fr/projets-de-recherche/relation-entre-microbiote-cutan%C3%A9-et-physiologie-lymphocytaire-T-cutan%C3%A9e_application-dans-la-pr%C3%A9diction-de-la-r%C3%A9cidive-du-psoriasis-%C3%A0-l-arr%C3%AAt-des-bioth%C3%A9rapies",
        "Relation entre microbiote cutané et physiologie lymphocytaire T cutanée : application dans la prédiction de la "
        "récidive du psoriasis à l’arrêt des biothérapies\n"
        "Financement obtenu\n"
        "25.400 euros dont 4.000 euros via le soutien du Fonds de dotation (AO exceptionnel ISISpharma de Septembre 2023).\n"
        "[...]\nFiche du projet\n"
        "Appel d’Offre |\n"
        "Appel d’Offres exceptionnel Fonds de Dotation de la SFD - ISISPHARMA Dermatologie Septembre 2023 |\n"
        "Porteur du projet | Irène GALLAIS-SEREZAL |\n"
        "Attribution | 25,400 € |\n"
        "Sponsor | ISISPHARMA Dermatologie4,000 € |\n"
        "Thématique |\n"
        "Psoriasis (principale thématique de recherche) Dermatose inflammatoire Microbiote |",
        [],
        distractors=["AO exceptionnel ... de Septembre 2023 (the call's name, a month)"],
        note="a dermatology society's endowment fund shows a funded psoriasis project: a month names the call",
    )
    p(
        "r17f-laroche-posay-laureats-2016",
        "https://toute-la.veille-acteurs-sante.fr/68707/la-fondation-la-roche-posay-devoile-les-laureats-de-la-21eme-edition-des-prix-europeens-de-la-recherche-2016-communique/",
        "La Fondation La Roche-Posay dévoile les lauréats de la 21ème édition des Prix Européens de la Recherche 2016 "
        "(Communiqué)\n[...]\n"
        "Depuis 1995, la Fondation La Roche-Posay, sous l’égide de la Fondation de France, soutient activement la recherche "
        "en dermatologie dans les domaines clinique, biologique et pharmacologique, et  encourage les initiatives généreuses "
        "des dermatologues.\n\n"
        "La Fondation La Roche-Posay a attribué 3 prix à de jeunes chercheurs en dermatologie. Le premier prix de la 21ème "
        "édition des Prix Européens de la Recherche 2016 a été décerné à une jeune dermatologue française, Charlotte "
        "Hurabielle (ancienne interne de l’Assistance Publique des Hôpitaux de Paris), pour son projet d’étude sur le "
        "psoriasis. D’une valeur de 25 000 €, ce prix permettra de soutenir le travail de la jeune femme",
        [],
        distractors=["Depuis 1995 (history)", "Prix ... 2016 (a prize's year, results)"],
        note="an industry foundation's prize results relayed by a health-news digest: no call date",
    )
    p(
        "r17f-ohsea-bourses-one-health-2022",
        "https://ohsea.ird.fr/2022/08/08/bourses-de-recherche-2022-approche-one-health-pour-lutter-contre-la-resistance-antimicrobienne/",
        "News\n\n08\nAoût\n\n"
        "Bourses de recherche 2022 – Approche « One Health » pour lutter contre la résistance antimicrobienne\n\n"
        "École d’été « One Health »\n\nModalités de candidature\n\n"
        "I. Contexte de bourses de recherche et du projet OHSEA\n\n"
        "Cet appel s’inscrit dans le cadre du projet OHSEA, financé par le Ministère français de l’Europe et des Affaires "
        "étrangères, dans le cadre du programme du Fonds de Solidarité pour les Projets Innovants (FSPI). [...] Ce projet est "
        "également une première étape dans la structuration d’une communauté de recherche en vue de la mise en place "
        "d’actions dans le cadre du programme global PREZODE, lancé lors du One Planet Summit en janvier 2021.\n\n"
        "II. Portée et objectifs des bourses d’études dans le cadre du projet OHSEA\n\n"
        "Depuis les années 1960, les antimicrobiens sont largement utilisés dans l’aquaculture",
        [],
        page_date="2022-08-08",
        distractors=[
            "08 Août (the post's stamp, its year in the address)",
            "lancé lors du One Planet Summit en janvier 2021 (history, a month)",
            "Depuis les années 1960 (history)",
        ],
        note="a One Health research-grant call of a French research institute's project in South-East Asia: the passage "
        "holds no closing; page_date from the post's stamp and address",
    )
    p(
        "r17f-allafrica-merieux-petites-subventions-2023",
        "https://fr.allafrica.com/stories/202302160269.html",
        "Afrique: Appel à projets - Des financements à l'endroit des organismes africains\n\n"
        "La fondation Mérieux lance un programme de petites subventions pour financer les projets des organismes africains "
        "qui contribuent à améliorer la prévention, le diagnostic et le traitement des maladies infectieuses.\n\n"
        "Seuls les projets mis en œuvre par des organismes locaux seront étudiés. Ceux sélectionnés recevront un soutien "
        "financier allant jusqu'à 5000 euros. Les candidats ont la possibilité de déposer leurs candidatures soit le 1er mars "
        "ou le 1er août, dernier délai pour les deux sessions d'avril et de septembre 2023.\n[...]\n"
        "Pour la session d'avril, la date limite des dossiers est fixée au 1er mars, celle de septembre le dernier délai est "
        "le 1er août. programme.subventions@fondation-merieux.org.",
        [d("2023-03-01"), d("2023-08-01")],
        page_date="2023-02-16",
        distractors=["les deux sessions d'avril et de septembre 2023 (the sessions, months)"],
        note="an African news site relays the infectious-disease foundation's small grants (a different article from the "
        "foundation's own pages): the page's date is in its address (stories/20230216…); the year-less days resolve from it",
    )
    p(
        "r17f-gouvernement-lu-fnr-2005",
        "https://gouvernement.lu/fr/actualites/toutes_actualites/articles/2005/04/08modert_fnr.html",
        "La secrétaire d'État Octavie Modert assiste à la présentation des activités et appels à propositions du Fonds national "
        "de la recherche\n\n"
        "Le 8 avril 2005, le Fonds national de la recherche (FNR) a présenté ses activités et appels à propositions à "
        "l'occasion d'une conférence de presse en présence de la secrétaire d’État à la Culture, à l’Enseignement supérieur et "
        "à la Recherche, Octavie Modert.\n\n"
        "Étant donné que les premiers programmes de recherche pluriannuels du Fonds viendront à échéance en 2007, le FNR vient "
        "de lancer un nouvel appel en vue de recueillir des propositions pour ses nouveaux programmes ou pour la prolongation "
        "éventuelle de certains programmes en cours.\n\n[...] Le délai de soumission des propositions a été fixé au 31 mai "
        "2005 (informations: www.fnr.lu).\n\n"
        "Appels à propositions de projets\n\n"
        "Le Fonds a également lancé un deuxième appel à propositions de projets de recherche dans le cadre de son programme "
        '"Matériaux innovateurs et nanotechnologies (NANO)".\n\n'
        "Cet appel s’adresse aux bénéficiaires potentiels du Fonds, à savoir les institutions luxembourgeoises du secteur "
        "public ayant une mission de recherche. Le délai de soumission des propositions a été fixé au 30 juin 2005.",
        [d("2005-05-31"), d("2005-06-30")],
        page_date="2005-04-08",
        distractors=[
            "Le 8 avril 2005 (the press conference)",
            "viendront à échéance en 2007 (programmes' end)",
        ],
        note="a government's news on the Luxembourg research fund's calls: two calls, each with 'délai de soumission ... fixé "
        "au'",
    )
    p(
        "r17f-oned-defenseur-droits-prix-these-2018",
        "http://www.oned.gouv.fr/actualite/defenseur-droits-prix-these",
        "Ce prix récompensera des travaux qui portent sur : la défense et la promotion des droits des usagers des services "
        "publics ; la défense et la promotion des droits de l'enfant ; la lutte contre les discriminations et la promotion de "
        "l'égalité ; le respect de la déontologie par les personnes exerçant des activités de sécurité sur le territoire de la "
        "République ; l'orientation et la protection des lanceurs d'alerte.\n\n"
        "La thèse doit avoir été soutenue entre le 1er janvier et le 31 décembre 2017.\n\n"
        "Le prix est d'un montant de 10 000 euros. Il est attribué par un jury composé de personnalités issues de monde "
        "académique.\n\n"
        "La date limite de dépôt des candidatures est fixée au 29 juin 2018.",
        [d("2018-06-29")],
        distractors=[
            "soutenue entre le 1er janvier et le 31 décembre 2017 (a condition on the thesis)"
        ],
        note="a public rights authority's thesis prize (law and children's rights), relayed by the child-protection "
        "observatory: the defence window is a condition",
    )
    p(
        "r17f-physiotherapy-ca-neurosciences-rapport",
        "https://physiotherapy.ca/fr/bourse-de-la-division-des-neurosciences/",
        "La division des neurosciences a créé une bourse de recherche annuelle de 3 000 $ pour aider une étudiante-chercheure "
        "ou un étudiant-chercheur à faire avancer les connaissances et la pratique dans le domaine des neurosciences. [...]\n\n"
        "Règlement\n\n"
        "  1. Les bourses de la division des neurosciences sont décernées par la FPC sur les conseils de son Comité des prix "
        "scientifiques (CPS). [...]\n"
        "  2. Chaque bourse est habituellement attribuée pour une période de 12 mois (du 1er juillet au 30 juin). Si la bourse "
        "ne couvre pas la période déclarée, il faut en informer la FPC; il y aura une réduction proportionnelle du montant du "
        "financement. À la fin de la période visée, les bénéficiaires doivent présenter un rapport complet à la FPC, y compris "
        "leurs plans pour la dissémination publique des résultats de leur recherche. Ce rapport doit être reçu par la FPC "
        "avant le 31 août de l'année suivant l'octroi de la première bourse.",
        [],
        distractors=[
            "du 1er juillet au 30 juin (the funded period, year-less)",
            "avant le 31 août de l'année suivant l'octroi (an awardee's report, a year relative to the award, undated page)",
        ],
        note="a Canadian physiotherapy foundation's research grant: the only sending day is a report by awardees, year-less "
        "and relative on an undated page, so nothing",
    )
    p(
        "r17f-media24-dgs-prix-these-sante-publique-2023",
        "https://media24.fr/2023/09/24/premiere-edition-du-prix-de-these-en-sante-publique-un-rendez-vous-de-lexcellence-academique-au-service-de-la-sante-publique/",
        "Première édition du Prix de thèse en santé publique : Un rendez-vous de l’excellence académique au service de la "
        "santé publique\n\n"
        "La Direction générale de la Santé (DGS) vient de clore la première édition du Prix de thèse en santé publique, "
        "marquant ainsi un tournant significatif dans la reconnaissance et la valorisation des jeunes chercheurs français en "
        "santé publique. Inaugurée avec brio, cette première édition a rassemblé plus de 80 candidatures [...]\n"
        "Après une délibération approfondie, le jury a décerné les prix aux lauréats suivants :\n"
        "- Premier prix : Marie Poiseuil, de l’université de Bordeaux, pour sa thèse sur la participation aux dépistages du "
        "cancer du sein",
        [],
        page_date="2023-09-24",
        note="a news site on the health ministry's first public-health thesis prize results: no date in the text; "
        "page_date from the article's address",
    )
    p(
        "r17f-lvts-prix-le-monde-recherche",
        "https://lvts.fr/pris-le-monde-pour-la-recherche-universitaire",
        "Depuis deux décennies, « Le Monde », associé à divers partenaires, a choisi de distinguer les meilleures thèses "
        "françaises en organisant un prix destiné à récompenser des travaux remarquables « pour leur impact sur notre "
        "environnement scientifique, économique et social ».\n"
        "Cette année marquera la 19e édition de ce prix, ouvert tant aux sciences humaines et sociales qu’aux sciences dites "
        "« dures ». [...] En 2015, le jury avait primé notamment les sujets suivants : « Une santé qui compte ? Coûts et "
        "tarifs dans la politique hospitalière française », [...] ou encore « Épidémiologie et génétique humaine de l’ulcère "
        "de Buruli ».",
        [],
        distractors=["En 2015 (past results)"],
        note="a research unit's news relays a newspaper's thesis prize: no call date in the passage",
    )
    p(
        "r17f-fnr-rapport-annuel-2014-loi",
        "https://archive.fnr.lu/presentation-du-rapport-annuel-2014-et-de-la-nouvelle-brochure-strategique-du-fonds-national-de-la-recherche",
        "Présentation du Rapport Annuel 2014 et de la nouvelle brochure stratégique du Fonds National de la Recherche\n\n"
        "L’année 2014 a été marquée par la nouvelle convention pluriannuelle 2014-2017 et l’entrée en vigueur de la nouvelle "
        "loi du FNR. [...]\n"
        "Pendant la période de 2014 à 2017, l’État soutiendra les activités du FNR à hauteur de 232 millions d’euros, que le "
        "FNR fera parvenir aux acteurs de la recherche publique par l’intermédiaire de ses instruments de financement "
        "compétitifs.\n\n"
        "L’entrée en vigueur de la nouvelle loi au 1er novembre 2014 et le nouveau conseil d’administration nommé suite aux "
        "changements législatifs facilitent les activités du FNR [...]. De plus, la nouvelle loi permet l’introduction de "
        "bourses de recherche collectives pour les doctorants.",
        [],
        distractors=[
            "L’entrée en vigueur de la nouvelle loi au 1er novembre 2014 (a law's entry into force)",
            "la période de 2014 à 2017 (a funded period)",
        ],
        note="the Luxembourg research fund's annual report news: a law's date after 'au', not a deadline",
    )
    p(
        "r17f-chancellerie-prix-5-decembre-2017",
        "https://fdocuments.fr/document/5-dcembre-2017-paris-nanterre.html",
        "5 décembre 2017 Grand Amphithéâtre de la Sorbonne\n\n#PrixChancellerie @SorbonneFr\n[...]\n"
        "PRÉAMBULE\n\n"
        "Riche d’un patrimoine de plus de huit siècles, la chancellerie des Universités de Paris perpétue l’héritage de "
        "l’ancienne Université de Paris et le fait vivre au présent. [...]\n\n"
        "Chaque année, depuis bientôt trente ans, elle récompense par des prix solennels cinquante jeunes docteurs qui, tous, "
        "par l’excellence de leur thèse, ont fait progresser la recherche de façon remarquable dans des champs disciplinaires "
        "aussi variés que la médecine, le droit, la pharmacie, les sciences économiques et la gestion, les lettres et les "
        "sciences.",
        [],
        distractors=["5 décembre 2017 (the prize-giving ceremony)"],
        note="the Paris universities' chancellery thesis prizes booklet: the date is the ceremony",
    )
    p(
        "r17f-anrs-pepr-mie-2023-allocations",
        "https://anrs.fr/fr/financements/tous-les-appels-a-projets/appel-a-projet-pepr-mie",
        "7 février - 24 avril 2023 / 11 projets lauréats\n"
        "Dernière mise à jour le 08 novembre 2023\n"
        "Le PEPR MIE, Mesure 2 de la stratégie nationale d’accélération maladies infectieuses émergentes (MIE) et menaces "
        "nucléaires, radiologiques, biologiques et chimiques (MN) soutenue par France 2030 a pour objectifs de prévenir et "
        "contrôler efficacement les maladies infectieuses émergentes et ré-émergentes au niveau individuel et collectif.\n"
        "[...]\n"
        "L’ensemble des informations relatives à cet AAP figurent dans le texte de l’AAP et le règlement financier. Les "
        "demandes de financement sont à déposer sur la plateforme APOGEE dans la catégorie AAP flash. Chaque volet de cet AAP "
        "correspond à un AAP flash distinct.\n"
        "Les demandes d’allocations de recherche en lien avec un projet déposé à cet AAP doivent faire l’objet d’un dossier "
        "distinct de celui du projet. Ce dernier pourra être déposé séparément sur la plateforme APOGEE à partir du début du "
        "mois de mars et jusqu’au 24 avril 2023 (23 h 59).",
        [d("2023-04-24", "23:59")],
        opens="2023-02-07",
        page_date="2023-11-08",
        distractors=[
            "Dernière mise à jour le 08 novembre 2023 (the page's update)",
            "à partir du début du mois de mars (a vague opening of the grants' files)",
            "11 projets lauréats (results)",
        ],
        note="the emerging-infectious-diseases agency's priority programme call: the header gives the call's window (7 "
        "February to 24 April), and the research grants' separate files close the same day at 23h59",
    )
    p(
        "r17f-cicp-bordeaux-fcrin-labels-2024",
        "https://cic-p.u-bordeaux.fr/en/last-news/network-condor",
        "Six new networks were selected following a labeling campaign launched in July 2024 and the evaluation of the "
        "dossiers of 17 candidate networks. This evaluation was carried out by the F-CRIN Scientific Council, chaired by Pr "
        "Cristina Sampaïo and co-chaired by Pr Christian Ohmann. The deliberations were then submitted to the Governance "
        "Board, which brings together representatives from hospitals, academia, industry and patient associations, who "
        "ratified the labeling of these seven new networks.\n"
        "Thanks to the F-CRIN label, these new networks will be able to draw on the full scientific, operational and "
        "collaborative power of the infrastructure, and benefit from:\n"
        "- Funding for human resources and operating costs;",
        [],
        distractors=["a labeling campaign launched in July 2024 (a past launch, a month)"],
        note="a clinical investigation centre's news on the clinical-research infrastructure's network labels: results only",
    )
    p(
        "r17f-tunisie-prf-covid-2020-dates-limites",
        "https://fr.scribd.com/document/461252197/appel-proposition-pdf",
        "REPUBLIQUE TUNISIENNE\n****\nMinistère de l’Enseignement Supérieur\net de la Recherche Scientifique\n****\n"
        "Direction Générale de la Recherche Scientifique\nDirection des Programmes Nationaux de Recherche\n\n"
        "PROGRAMMES DE RECHERCHE DEVELOPPEMENT\n\n[...]\n"
        "Programme R&I COVID-19\n\n"
        "DATES LIMITES\n\n"
        "- Annonce disponible sur le site web du Ministère : www.mes.tn\n"
        "- Inscription en ligne : https://bit.ly/39VZCv8\n"
        "- Date limite d’inscription en ligne : 27 mars 2020\n"
        "- Date limite de dépôt des dossiers papiers : 30 mars 2020\n\n"
        "Avant de déposer une proposition de PRF, il est nécessaire de lire attentivement l’ensemble du présent document\n"
        "(modalités de soumission) et son annexe (liste des thématiques prioritaires concernées).\n[...]\n"
        "Il est à rappeler que selon le Décret n°2009-644 du 02 Mars 2009, les PRF sont définis comme étant « l’ensemble des "
        "projets inscrits dans un programme de recherche unifié",
        [d("2020-03-27", kind="letter_of_intent"), d("2020-03-30")],
        distractors=["Décret n°2009-644 du 02 Mars 2009 (a text's date)"],
        note="a ministry's federated research call on COVID-19 (with the health ministry): the online registration of the "
        "proposal comes first and is compulsory, then the paper file; by the rules an '(pré-)enregistrement' / 'pré-inscription' "
        "is a first stage, and an 'inscription en ligne' of the proposal before the file is read the same way (not settled "
        "word for word)",
    )
    p(
        "r17f-webmanagercenter-prf-covid-2020",
        "https://www.webmanagercenter.com/2020/03/21/446458/programme-ri-covid-19-un-appel-a-propositions-pour-le-financement-de-projets-de-recherche-federee-mesrs/",
        "Dans le cadre de la contribution du secteur de la Recherche Scientifique aux efforts nationaux de lutte contre le "
        "fléau mondial ” coronavirus-covid-19 “, le Ministère de l’Enseignement Supérieur et de la Recherche Scientifique "
        "(MESRS) lance en collaboration avec le Ministère de la Santé, au titre de l’année 2020, un appel à propositions pour "
        "le financement de Projets de Recherche Fédérée (P.R.F) dans le cadre du ” Programme R&I COVID-19 “.\n\n"
        "Tout projet soumis, d’une durée allant à deux ans, fédèrera au moins 3 structures de recherche [...]\n\n"
        "Le ministère ajoute que la date limite de l’inscription en ligne des propositions est fixé au 27 mars 2020 et la "
        "date limite de réception des propositions (sous format papier) est le 30 mars 2020.",
        [d("2020-03-27", kind="letter_of_intent"), d("2020-03-30")],
        page_date="2020-03-21",
        distractors=["d’une durée allant à deux ans (a funded period)"],
        note="a Tunisian business-news site relays the same call in prose (a different page and text from the call's own "
        "document): page_date from the article's address; kinds as in the call's text",
    )
    p(
        "r17f-fundit-phc-maghreb-2025",
        "https://fundit.fr/fr/calls/phc-mahgrebcooperation-scientifique-franco-maghrebine",
        "PHC Mahgreb┋Coopération scientifique franco-maghrebine\n\n"
        "L'espace méditerranéen face aux enjeux climatiques et énergétiques\n\n[...]\n"
        "En complémentarité des Partenariats Hubert Curien (PHC) bilatéraux existant avec les pays du Maghreb, le PHC "
        "régional « Maghreb » encourage les coopérations multilatérales en finançant des projets conjoints impliquant pour "
        "l’appel à projet 2025 la Tunisie, le Maroc et la France. Ces projets sont financés pour une durée de trois ans.\n"
        "[...]\n"
        "Les appels à candidatures de ce programme sont lancés selon un rythme annuel.\n\n"
        "Date limite de dépôt des dossiers de candidature : 28/02/2024",
        [d("2024-02-28")],
        distractors=[
            "l’appel à projet 2025 (the call's year)",
            "pour une durée de trois ans (a funded period)",
        ],
        note="a grant directory's fiche of the Franco-Maghreb partnership call",
    )
    p(
        "r17f-infomediaire-labos-maroco-tunisiens",
        "https://www.infomediaire.net/recherche-scientifique-un-pole-dexcellence-maroco-tunisien-en-preparation/",
        "Infomédiaire Maroc – Un appel à projets pour la mise en place de laboratoires mixtes maroco-tunisiens vient être "
        "lancé par le ministère de l’Education Nationale, de la Formation Professionnelle, de l’Enseignement Supérieur et de "
        "la Recherche Scientifique et le ministère tunisien de l’Enseignement Supérieur et de la Recherche Scientifique.\n"
        "[...]\n"
        "En juillet dernier, les départements marocain et tunisien en charge de l’enseignement supérieur et de la Recherche "
        "Scientifique avaient signé un accord relatif au programme « Ibn Khaldoun », qui vise à encourager la mise en réseau "
        "des universités et la mobilité des étudiants",
        [],
        distractors=["En juillet dernier (an agreement's signature, vague)"],
        note="a Moroccan news site on a bilateral call for joint laboratories: no closing in the article",
    )
    p(
        "r17f-fichier-pdf-fcrin-2010-upload",
        "https://www.fichier-pdf.fr/2012/03/07/f-crin-fiche-b/",
        "F CRIN fiche b .pdf\n\n"
        "Nom original: F-CRIN-fiche-b.pdfTitre: F-CRIN-fiche-bAuteur: LevyMarchal\n\n"
        "Ce document au format PDF 1.3 a été généré par Microsoft Word / Mac OS X 10.6.2 Quartz PDFContext, et a été envoyé "
        "sur fichier-pdf.fr le 07/03/2012 à 14:16, depuis l'adresse IP 90.94.x.x. La présente page de téléchargement du "
        "fichier a été vue 11752 fois.\n[...]\n"
        "APPEL A PROJETS\nINFRASTRUCTURES /\nCALL FOR PROPOSALS\n2010\n\n"
        "Acronyme du projet / Acronym:\n\nF-CRIN\nDOCUMENT SCIENTIFIQUE B /\nSCIENTIFIC SUBMISSION FORM B",
        [],
        page_date="2012-03-07",
        distractors=[
            "envoyé sur fichier-pdf.fr le 07/03/2012 à 14:16 (an upload stamp; 'envoyé' is the host's, not a candidate's)",
            "CALL FOR PROPOSALS 2010 (the call's year)",
        ],
        note="a file host's page for the clinical-research infrastructure's 2010 submission form: the only day is the "
        "upload stamp, which is the page's own date",
    )
    p(
        "r17f-snf-coronavirus-2020-ouvert-du-au",
        "http://www.snf.ch/fr/encouragement/programmes/coronavirus/Pages/default.aspx",
        "Après les épidémies sévères causées au cours des dernières années par le SARS et le MERS, un nouveau coronavirus, le "
        "COVID-19, a déclenché une urgence de santé publique à l’échelle internationale. Face à l’urgente nécessité "
        "d’intensifier les recherches, le FNS lance un appel à projets spécial afin de soutenir des projets de recherche sur "
        "les coronavirus. [...] Il prévoit d’allouer à ces recherches une enveloppe estimée à dix millions de francs "
        "suisses.\n"
        "L’appel à projets sera ouvert du 6 au 25 mars 2020. Il s’adresse aux chercheuses et aux chercheurs de toutes les "
        "disciplines dont les travaux peuvent contribuer à la compréhension du virus, de la maladie qu’il provoque, de sa "
        "propagation, du diagnostic ou du traitement à apporter [...].\n"
        "Le FNS sollicitera des expertes et des experts internationaux pour évaluer les requêtes soumises. Les requérant-e-s "
        "peuvent demander une participation allant jusqu’à 300 000 francs suisses pour des projets d’une durée maximale de 24 "
        "mois.",
        [d("2020-03-25")],
        opens="2020-03-06",
        distractors=["d’une durée maximale de 24 mois (a funded period)"],
        note="the Swiss national science fund's special coronavirus call, its French page: the call is open from one day to "
        "another (a call's own verb with a window)",
    )
    p(
        "r17f-swissinfo-fns-coronavirus-annonce",
        "https://swissinfo.ch/fre/le-fonds-national-suisse-libère-des-millions-pour-la-recherche/45582458",
        "Le Fonds national suisse libère des millions pour la recherche\n\n[...]\n"
        "(Keystone-ATS) Le Fonds national suisse (FNS) libère plusieurs millions de francs pour la recherche autour du "
        "coronavirus. Des chercheurs de toutes les disciplines peuvent s’annoncer. C’est la première fois que l’institution "
        "met à disposition des moyens pour une situation d’urgence.\n\n"
        "Un appel à candidatures sera lancé le 6 mars, avec une échéance dans la deuxième quinzaine du mois, a annoncé le FNS "
        "sur Twitter mercredi soir. Les résultats doivent contribuer à une meilleure compréhension du virus ainsi qu’étudier "
        "la réponse clinique à apporter et l’impact sur les soins de santé dans un horizon temporel de deux ans.\n[...]\n"
        "Le 30 janvier dernier, l’OMS a déclaré que le nouveau coronavirus était une urgence sanitaire de portée "
        "internationale.",
        [],
        opens="?",
        distractors=[
            "sera lancé le 6 mars (an announced launch, year-less on an undated page)",
            "une échéance dans la deuxième quinzaine du mois (a vague deadline)",
            "Le 30 janvier dernier (a past event)",
        ],
        note="a Swiss news agency's report of the same fund's announcement (a different page and text): the launch day has "
        "no year and the page shows no date, the closing is a half-month; nothing resolvable",
    )
    p(
        "r17f-snf-iict-letter-of-intent-2025",
        "http://www.snf.ch/fr/encouragement/programmes/iict/Pages/default.aspx",
        "Investigator Initiated Clinical Trials (IICT)\n\n"
        "Soutien pour des études cliniques indépendantes.\n\n"
        "Le programme IICT s’adresse à des chercheuses et des chercheurs qui souhaitent mener une étude clinique émanant de "
        "leur propre initiative. [...]\n\n"
        "Les requérant·es doivent soumettre une déclaration d’intention (letter of intent) sur le portail mySNF jusqu’au 27 mai "
        "2025 à 17h00, heure suisse. Le portail sera ouvert aux chercheuses et chercheurs à partir de mi-avril 2025. De plus, "
        "avec la soumission de la déclaration d’intention, une demande d’octroi d’un subside préparatoire d’un montant maximal "
        "de 5’000 francs pour l’implication des représentant·es IPP (Implication des patient·es et du public) peut être "
        "sollicitée.",
        [d("2025-05-27", "17:00", kind="letter_of_intent")],
        distractors=["à partir de mi-avril 2025 (a vague opening)"],
        note="the Swiss fund's investigator-initiated clinical trials programme: the first stage is a declaration of intent "
        "named 'letter of intent'; the portal opens in a vague half-month",
    )
    p(
        "r17f-samw-releve-recherche-clinique",
        "https://www.samw.ch/fr/Promotion/Releve-recherche-clinique.html",
        "Relève en recherche clinique\n\n"
        "L’ASSM et la Fondation Gottfried et Julia Bangerter-Rhyner lancent le programme de soutien commun «Relève en recherche "
        "clinique». [...] Le programme de soutien se concentre sur cette première étape de carrière et contribue ainsi à la "
        "mise en oeuvre de la Feuille de route pour promouvoir la relève dans la recherche clinique publiée par l’Office "
        "fédéral de la santé publique en 2016.\n\n"
        "Une enveloppe d’un million de francs par an est mise à disposition pour la période 2017 à 2020, avec au minimum une "
        "mise au concours annuelle.\n\n[...]\n"
        "un soutien individuel finance du «temps protégé pour la recherche» pour de jeunes cliniciennes et cliniciens qui font "
        "leurs premiers pas dans la recherche clinique (au maximum CHF 75'000.– par personne pour une période d’un à deux ans",
        [],
        distractors=[
            "publiée ... en 2016 (a text's year)",
            "la période 2017 à 2020 (a funded period)",
        ],
        note="the Swiss academy of medical sciences' clinical-research programme with a foundation: years only",
    )
    p(
        "r17f-sfrms-phrc-sommeil-2021",
        "https://www.sfrms-sommeil.org/un-avenir-radieux-pour-la-recherche-sur-le-sommeil/",
        "Un avenir radieux pour la recherche sur le sommeil !\n\n"
        "À travers l’attribution des programmes hospitaliers de recherche clinique (PHRC) nationaux, le Ministère des "
        "Solidarités et de la Santé soutient des projets qui contribuent au progrès médical [...].\n\n"
        "En 2021, trois projets portant sur la recherche du sommeil ont été récompensés.\n\n[...]\n"
        "La SFRMS a pu mener une interview le Pr Trzepizur, afin d’en savoir plus sur les ambitions de l’étude Sleepovea, "
        "ayant reçu un financement de 987 000 € par PHRC national.",
        [],
        distractors=["En 2021 (results, a year)"],
        note="a sleep-medicine society relays the national clinical-research programme's sleep-apnoea awards: results only",
    )
    p(
        "r17f-opportunites-mg-mcdonald-2021",
        "https://www.opportunites.mg/2021/03/ouverture-candidature-pour-la-bourse.html",
        "Critères d'éligibilité élargis\n\n"
        "Les conditions d'obtention de la bourse McDonald 2021 ont été modifiées. En raison des restrictions de voyage, nous "
        "envisageons d'autres moyens de mener à bien les projets de recherche, en permettant une certaine flexibilité quant à "
        "la façon dont la bourse est dépensée, ainsi que le moment et le lieu où le projet serait réalisé.\n[...]\n"
        "Les conditions spécifiques des bourses sont en cours de rédaction et seront communiquées dès qu'elles auront été "
        "finalisées.\n\n"
        "Les bourses McDonald doivent commencer au plus tard à la fin de l'année 2021.",
        [],
        distractors=[
            "doivent commencer au plus tard à la fin de l'année 2021 (a condition on the grant's start, vague)"
        ],
        note="a Malagasy opportunities site relays a multiple-sclerosis federation's fellowship: the only date is when the "
        "grant must start, vague and a condition (the address gives only a month, so page_date is null)",
    )
    p(
        "r17f-bpifrance-hdh-data-challenges-2025",
        "https://presse.bpifrance.fr/mobiliser-la-science-des-donnees-pour-ameliorer-les-diagnostics-medicaux-cinq-nouveaux-laureats-issus-de-lappel-a-projets-data-challenges-en-sante-dans-le-cadre-de-france-2030",
        "MOBILISER LA SCIENCE DES DONNÉES POUR AMÉLIORER LES DIAGNOSTICS MÉDICAUX ...\n"
        "10 Février 2025\n"
        "Temps de lecture : 3min\n"
        "Comment favoriser le développement et le partage de solutions innovantes en santé ? Le Health Data Hub (HDH), en "
        "partenariat avec le secrétariat général pour l’investissement (SGPI), l’Agence de l’innovation en santé (AIS), la "
        "Délégation au numérique en santé (DNS) et Bpifrance, accompagne des acteurs de la santé dans l’organisation de cinq "
        "nouveaux Data Challenges en 2025.\n[...]\n"
        "Depuis le lancement de l'initiative, en 2020, six compétitions ont ainsi été organisées [...].\n"
        "En juillet 2023, le HDH et ses partenaires ont lancé un nouvel appel à projets, ouvert jusqu’en juin 2025. Une "
        "première relève a eu lieu en début d’année 2024 et a permis de sélectionner cinq nouveaux projets visant à mobiliser "
        "des outils d’intelligence artificielle (IA) en santé. Une ultime relève des candidatures aura lieu en juin 2025.",
        [],
        page_date="2025-02-10",
        distractors=[
            "10 Février 2025 (the press release's date)",
            "ouvert jusqu’en juin 2025 (a vague closing, a month)",
            "Une ultime relève des candidatures aura lieu en juin 2025 (the last collection, a month)",
            "En juillet 2023 (the launch, a month)",
        ],
        note="the public investment bank's press release on the health data hub's data-challenge call: its closing and last "
        "collection are months, so no day",
    )
    p(
        "r17f-buzz-esante-hdh-premier-aap",
        "https://buzz-esante.fr/donnees-de-sante-le-health-data-hub-lance-son-premier-appel-a-projets/amp",
        "Données de santé : premier appel à projets pour le Health Data Hub\n\n"
        "Le Health Data Hub lance un premier appel à projets visant à sélectionner les premières initiatives innovantes en "
        "matière d’exploitation des données de santé et qui présentent un intérêt public. Présentation.\n\n"
        "A la suite de la conclusion d’une mission de préfiguration, Agnès Buzyn a annoncé en octobre 2018 la création du "
        "Health Data Hub pour faire de la France un leader dans l’utilisation des données de santé.\n\n"
        "Lors de la remise du rapport Villani, le Président de la République avait annoncé que la santé serait un des "
        "secteurs prioritaires pour le développement de l’intelligence artificielle. Le 16 mai dernier, Agnès Buzyn avait "
        "lancé une mission de préfiguration afin de créer un « Health Data Hub » et d’élargir le système national de données "
        "de santé.\n\n"
        "Agnès Buzyn a confié à M. Jean-Marc Aubert, directeur de la DREES, la mission de mise en place de ce Hub des données "
        "de santé à l’horizon du premier trimestre 2019.",
        [],
        distractors=[
            "annoncé en octobre 2018 (history, a month)",
            "Le 16 mai dernier (a past mission's launch, year-less)",
            "à l’horizon du premier trimestre 2019 (a vague goal)",
        ],
        note="an e-health news site on the health data hub's first call: the passage holds only history and a vague horizon",
    )
    p(
        "r17f-nestle-fondation-bourses-2009",
        "https://restauration-collective.com/non-classe/la-fondation-nestle-france-recompense-trois-laureats/amp",
        "La Fondation Nestlé France «Manger bien pour vivre mieux» s’est donnée pour mission d’étudier les comportements "
        "alimentaires des familles afin de mieux comprendre leurs évolutions et les facteurs qui les influencent. Dans ce "
        "cadre, Eugenio Minvielle, président de la Fondation Nestlé France et Philippe Goujon, député maire du 15ème "
        "arrondissement de Paris, ont remis le 14 octobre 2009 les «Bourses de Recherche». Elles sont destinées à soutenir "
        "trois jeunes chercheurs qui portent des projets pertinents relatifs à l’alimentation dans ses trois dimensions "
        "biologique, sociale et humaine. La cérémonie de récompense a eu lieu à la mairie du 15ème à Paris, arrondissement "
        "pilote dans le cadre du programme «Ensemble, prévenons l’obésité des enfants». Les lauréats 2009 sont : Paula "
        "Borrego, CHU de Nantes [...]",
        [],
        distractors=[
            "ont remis le 14 octobre 2009 les «Bourses de Recherche» (a prize-giving)",
            "Les lauréats 2009 (results)",
        ],
        note="a catering trade site on an industry foundation's nutrition and obesity research grants: a ceremony's day",
    )
    p(
        "r17f-healthyhacks-nutrition-institute-prize-2024",
        "https://healthyhacks.info/the-nutrition-institute-launches-its-call-for-projects-to-support-research-into-health-food-and-eating-behaviors/",
        "The Nutrition Institute launches its call for projects to support research into health food and eating behaviors\n\n"
        "Posted byadmin Posted onApril 2, 2024 Comments0\n"
        "The Nutrition Institute launches its call for projects to support research into health food and eating behaviors\n\n"
        "The Nutrition Institute, Restalliance corporate foundation, is launching its call for projects as part of the "
        "Nutrition Institute Prize 2024.\n\n"
        "The Nutrition Institute Prize aims to help carry out an original project of “ Action Research “. [...]\n\n"
        "For the 5e consecutive year, the Nutrition Institute Prize is worth €10,000.",
        [],
        page_date="2024-04-02",
        distractors=["Posted onApril 2, 2024 (the post's stamp, glued to its label)"],
        note="an English translation, by a health blog, of a French catering company's foundation's prize call: only the "
        "post's stamp",
    )
    p(
        "r17f-edp-nutrition-ffas-2013-laureats",
        "https://edp-nutrition.cosavostra.com/?p=937",
        "Le Fonds français pour l’alimentation et la santé a financé cinq nouveaux projets en 2013\n\n"
        "Pour un financement total de 355 000 euros, son troisième appel à projets lancé en juin 2013 a récompensé cinq "
        "programmes – sur 18 présentés – autour des thématiques « Inégalités sociales : conséquences biologiques selon le "
        "sexe » et « Recherche sur le développement de nouveaux outils pédagogiques pour une éducation à l’alimentation santé "
        "pour tous ».\n[...]\n"
        "Le projet retenu, pour un financement à hauteur de 100 000 euros, était porté par l’unité Nutrition de l’hôpital "
        "Ambroise Paré (Boulogne-Billancourt). D’une durée de deux ans, il a consisté en l’analyse du comportement alimentaire "
        "après une chirurgie de l’obésité et de son effet sur l’entourage familial",
        [],
        distractors=["lancé en juin 2013 (a past launch, a month)", "en 2013 (results)"],
        note="a nutrition publisher's news on a food-and-health fund's results (obesity surgery among them): no call date",
    )
    p(
        "r17f-acteria-efis-prizes-announced-2020",
        "https://www.acteriaprizes.net/eligibility-criteria-guidelines/acteria-early-career-research-prizes-awarded-by-efis-/index.html",
        "Eligibility Criteria and Guidelines\n\n"
        "ACTERIA Early Career Research Prizes awarded by EFIS in immunology and allergology\n\n"
        "NOTE: The call for applications for the ACTERIA Early Career Research Prizes will be announced on October 1st, "
        "2020.\n\n"
        "These Prizes will honor young immunologists and allergologists for their achievements and research efforts "
        "conducted in a European university/research organization in the past 10 years subsequent to receiving their "
        "doctoral degree. As such, eligible candidates will have earned their Ph.D. (or equivalent degree) after January 1, "
        "2011.*\n\n"
        "Candidates for the ACTERIA Early Career Research Prizes awarded by EFIS must submit the following:\n\n"
        "  • Curriculum Vitae (2 pages max.) with publications",
        [],
        opens="?",
        distractors=[
            "will be announced on October 1st, 2020 (the call's announcement: an opening at most)",
            "earned their Ph.D. ... after January 1, 2011 (a condition)",
        ],
        note="a foundation's immunology and allergology prizes (awarded through the European immunology federation; the "
        "foundation's English page): the call's announcement day may be read as its opening, which the rules do not settle "
        "for 'announced', so the opening is not scored; no deadline",
    )
    p(
        "r17f-sfa-allergologie-statuts",
        "https://sfa.lesallergies.fr/presentation/qui-sommes-nous",
        "Nos missions\n\n"
        "Promouvoir et soutenir financièrement la recherche en Allergologie\n"
        "Fournir des recommandations pour la pratique médicale, ainsi que pour les parcours de soins\n"
        "Publier la Revue Française d'Allergologie (RFA) et le Journal of Allergy and Hypersensitivity Disease (JAHD)\n\n"
        "Nos statuts\n\n"
        "L’association dite Société Française d’Allergologie – Association régie par la loi du 1er juillet 1901 et le décret du "
        "16 août 1901- a remplacé ses statuts antérieurs par les statuts suivants, adoptés à l’occasion de l’Assemblée "
        "générale du 21 avril 2022.",
        [],
        distractors=[
            "la loi du 1er juillet 1901 (a text's date)",
            "le décret du 16 août 1901 (a text's date)",
            "l’Assemblée générale du 21 avril 2022 (a meeting)",
        ],
        note="an allergology society that funds research: its statutes' dates only",
    )
    p(
        "r17f-handirect-avh-retina-2010",
        "https://www.handirect.fr/lassociation-valentin-hauy-soutient-la-recherche-en-ophtalmologie/",
        "Le 3 mai 2010, l’AVH et l’Association RETINA France ont signé un accord afin d’unir leurs efforts dans le domaine "
        "de la recherche en ophtalmologie. Depuis plus de 20 ans RETINA France consacre l’essentiel de ses ressources au "
        "financement de la recherche sur les maladies cécitantes. [...]\n\n"
        "Bénéficiant de l’expérience de RETINA France en matière d’appel à projets de recherche, d’évaluation et de sélection "
        "des projets à financer, l’AVH participe désormais au Comité Scientifique de RETINA France [...]. Lors du dernier "
        "Comité Scientifique, le 10 avril, 34 projets ont été examinés et une vingtaine ont été présélectionnés.",
        [],
        distractors=[
            "Le 3 mai 2010 (an agreement's signature)",
            "Lors du dernier Comité Scientifique, le 10 avril (a past committee, year-less)",
        ],
        note="a disability news site on two patients' associations funding eye research: a signature and a committee; the "
        "stored copy shows only a month, so page_date is null",
    )
    p(
        "r17f-handirect-faf-ceremonie-bourses",
        "https://www.handirect.fr/24e-ceremonie-de-remise-des-bourses-de-soutien-a-la-recherche-ophtalmologique/",
        "La Fédération des Aveugles et Handicapés Visuels de France, FAF, vous donne rendez-vous pour la « 24e Cérémonie de "
        "remise des\n\n"
        "Bourses de Soutien à la Recherche ophtalmologique », lundi 10 octobre à 18 heures au Conseil Constitutionnel. "
        "L’évènement sera animé par la journaliste et écrivain Hélène Cardin.\n\n"
        "“A l’occasion de la 24e édition de la remise des Bourses de soutien à la recherche, la F.A.F. confirme sa position de "
        "1ère association française pour le financement de la recherche en ophtalmologie en attribuant des bourses de "
        "recherche d’un montant de 30 000 € à 4 jeunes chercheurs ” déclare Vincent Michel, président de la FAF.\n\n"
        "“Depuis leur création en 1987, 135 bourses de recherche ont récompensé les travaux de jeunes chercheurs.",
        [],
        distractors=[
            "lundi 10 octobre à 18 heures (a prize-giving ceremony, year-less)",
            "Depuis leur création en 1987 (history)",
        ],
        note="the same news site on a blind people's federation's eye-research grants: the only day is the ceremony, "
        "year-less on a page whose stored copy shows only a month",
    )
    p(
        "r17f-fdf-maladies-oeil-programme",
        "https://www.fondationdefrance.org/fr/les-maladies-de-loeil",
        "Le programme en bref\n"
        "L’œil au centre de la cible\n\n"
        "Grâce à une généreuse donatrice, Berthe Fouassier, la Fondation de France a initié depuis 1980 un programme ambitieux "
        "de soutien aux travaux de recherche sur les maladies de l’œil. Tous sont portés par de jeunes chercheurs et médecins "
        "en ophtalmologie ou neuro-ophtalmologie. Au total, en 2017, 155 projets avaient reçu un financement pour un montant "
        "global de 6,8 millions d’euros.\n\n"
        "Le programme « Recherche sur les maladies de l’œil » répond à un enjeu de santé publique majeur. On compte "
        "aujourd’hui 270 000 personnes non voyantes en France*.",
        [],
        distractors=["depuis 1980 (history)", "en 2017 (past results)"],
        note="a philanthropy platform's eye-disease research programme page: years only",
    )
    p(
        "r17f-srchiv-irsc-paci-2013",
        "https://srchiv.ca/fr/index.php/nouvelles/note/nouvelles_au_sujet_des_programmes",
        "Nouvelles au sujet des programmes de planification et de dissémination des IRSC\n\n"
        "Veuillez noter que les programmes Subventions de planification et Activités de dissémination cesseront d’être "
        "offerts après le concours de l’automne 2013. [...]\n\n"
        "Le PACI est conçu pour accorder aux instituts et aux initiatives la souplesse nécessaire à l’adaptation de leurs "
        "programmes aux besoins de leur communauté et pour favoriser le développement communautaire. On propose de lancer le "
        "nouveau programme de planification et de dissémination selon le modèle du PACI deux fois par année et de recevoir "
        "les demandes en février et en août. Le premier lancement est prévu pour décembre 2013 avec une date limite de "
        "présentation des demandes en février 2014 et une date de début du financement en juin 2014. Veuillez consulter "
        "RechercheNet en décembre 2013 pour plus de précisions sur cette possibilité de financement.\n\n"
        "[...]\n\nle 1 août 2013",
        [],
        page_date="2013-08-01",
        distractors=[
            "une date limite de présentation des demandes en février 2014 (a deadline noun with only a month: vague)",
            "Le premier lancement est prévu pour décembre 2013 (a vague opening)",
            "une date de début du financement en juin 2014 (funding start, a month)",
            "le 1 août 2013 (the news item's stamp)",
        ],
        note="an HIV research society relays the Canadian health research institutes' programme news: every call date is a "
        "month, so nothing",
    )
    p(
        "r17f-irsc-posf-faq-2014",
        "http://cihr-irsc.gc.ca/f/47960.html",
        "Archivé - Concours du Programme ouvert de subventions de fonctionnement des IRSC – Foire aux questions (FAQ) – 2014"
        "\n\n"
        "Informations archivées\n\n[...]\n\n"
        "(2014-07-04) Nous espérons que vous trouverez ce document utile et informatif. Cette FAQ évoluera au fur et à mesure "
        "que de nouvelles questions seront posées et les réponses documentées, et elle sera mise à jour avec les résultats de "
        "chaque nouveau concours.\n\n"
        "Les IRSC profitent de l'occasion pour remercier les chercheurs de leur rétroaction au sujet des importantes questions "
        "de financement. Nous vous invitons à continuer de nous faire parvenir vos questions et commentaires à l'adresse "
        "Recherche-nouvelles@irsc.gc.ca.",
        [],
        page_date="2014-07-04",
        distractors=["(2014-07-04) (the FAQ's own date)"],
        note="the Canadian health research institutes' archived FAQ in French: only its stamp",
    )
    p(
        "r17f-sfc-aja-2021-depot-du-au",
        "https://fr.readkong.com/page/appel-a-projets-2021-adolescents-jeunes-adultes-aja-5205044",
        "Appel à Projets 2021 Adolescents Jeunes Adultes (AJA) atteints de cancer - Société Française du Cancer\n[...]\n"
        "Dépôt des dossiers : du 1/10/2021 au 30/11/2021 L’appel à projet Le cadre Chaque année en France, 1900 jeunes entre "
        "15 et 25 ans sont diagnostiqués d’un cancer. Pour les patients traités au début des années 2000, la survie globale à "
        "5 ans atteint 81,8 %1. [...] « Conformément aux attentes des Etats Généraux des malades atteints de cancer organisés "
        "par la Ligue en 1998, et aux demandes des associations de jeunes patients, le Plan Cancer 2009-2013 prévoyait la "
        "pri",
        [d("2021-11-30")],
        opens="2021-10-01",
        distractors=[
            "au début des années 2000 (history)",
            "organisés par la Ligue en 1998 (history)",
            "le Plan Cancer 2009-2013 (a plan's years)",
        ],
        note="a cancer learned society's call for adolescents and young adults with cancer: the filing window after 'Dépôt "
        "des dossiers :' gives the opening and the deadline (short numeric dates with the year)",
    )
    p(
        "r17f-academie-sciences-del-duca-2020-fin",
        "https://www.academie-sciences.fr/fr/Appel-a-candidature/grand-prix-scientifique-del-duca.html",
        "Fin d'appel à candidature : grand prix scientifique 2020 de la fondation Simone et Cino Del Duca de l'Institut de "
        "France\n\nSymbiose\nFin d'appel à candidature\n\n"
        "La Fondation Simone et Cino Del Duca de l’Institut de France décerne chaque année alternativement au titre des "
        "disciplines relevant des deux divisions de l’Académie des sciences sur proposition du jury constitué de membres de "
        "l’Académie des sciences, un Grand Prix scientifique. [...]\n\n"
        "En 2020, le thème retenu au titre des disciplines de la division Chimie ; Biologie moléculaire et cellulaire, "
        "génomique ; Biologie intégrative ; Biologie humaine et sciences médicales est : Symbioses",
        [],
        distractors=[
            "grand prix scientifique 2020 (the prize's year)",
            "En 2020 (the theme's year)",
        ],
        note="the academy of sciences on a family foundation's grand prize (human biology and medicine among its fields): "
        "the call is marked closed and no day is given",
    )
    p(
        "r17f-union-stephen-lawn-prix-tb-vih",
        "https://www.theunion.org/francais/nos-activites/prix/the-stephen-lawn-tb-hiv-research-leadership-prize",
        "Prix Stephen Lawn pour la recherche sur la tuberculose et le VIH\n\n"
        "A propos du Fonds à la mémoire de Stephen Lawn\n\n"
        "Le Fonds à la mémoire de Stephen Lawn a été établi en 2016 dans le cadre d’un partenariat mondial entre le Centre "
        "antituberculeux de l’École d’hygiène et de médecine tropicale de Londres (Royaume-Uni), le Centre Desmond Tutu sur le "
        "VIH de l’Université du Cap (Afrique du Sud) et L’Union, avec l’appui de la revue The Lancet.\n\n[...]\n"
        "  • une invitation pour participer à la conférence à la mémoire de Stephen Lawn organisée en mars de l’année "
        "suivante (à Londres et au Cap), avec la possibilité pour le lauréat de présenter ses travaux lors d’un séminaire et "
        "de tisser des liens avec des pairs.\n\n"
        "Les candidatures au Prix Stephen Lawn pour la recherche sur la tuberculose et le VIH sont ouvertes aux cliniciens "
        "et/ou chercheurs de tout pays qui ont achevé leur formation postuniversitaire [...] dans les cinq dernières années, "
        "qui sont âgés de moins de 40 ans au moment du dépôt de la candidature",
        [],
        distractors=[
            "établi en 2016 (history)",
            "organisée en mars de l’année suivante (a conference, vague)",
            "âgés de moins de 40 ans au moment du dépôt (a condition, no date)",
        ],
        note="an international tuberculosis union's prize page in French: no call date",
    )
    p(
        "r17f-sensum-brain-canada-inscription-2023",
        "https://sensum.umontreal.ca/2023/05/31/fondation-brain-canada-les-bases-dune-meilleure-sante-mentale",
        "Fondation Brain Canada – Programme Les bases d’une meilleure santé mentale\n\n"
        "Public cible : chercheuses et chercheurs en santé mentale (recherche fondamentale)\n"
        "Date limite : 27 juin 2023 (inscription)\n\n"
        "Contexte\n"
        "Les maladies mentales regroupent plusieurs troubles mentaux qui touchent la santé mentale — des troubles qui "
        "affectent l’humeur, le raisonnement et le comportement. [...] Dans cette perspective, la Fondation Brain Canada "
        "souhaite financer des projets de recherche en santé mentale audacieux et transformateurs, en partenariat avec la "
        "Fondation Krembil et Women’s Brain Health Initiative (WBHI)",
        [d("2023-06-27", kind="letter_of_intent")],
        page_date="2023-05-31",
        note="a university research network relays a Canadian brain foundation's mental-health programme: the deadline is "
        "for the registration ('inscription'), the compulsory first step of a research grant before the full application, "
        "read like a '(pré-)enregistrement' (the rules name 'inscription au congrès' as kind other, but this is no "
        "attendance: not settled word for word); page_date from the post's address",
    )
    p(
        "r17f-coeur-recherche-comment-ca-fonctionne",
        "https://coeur-recherche.fr/recherche-comment-ca-fonctionne-ifr0061",
        "Un appel à projets, comment ça marche ?\n\n"
        "Les conditions de dépôt de dossier\n\n"
        "Un projet pour être financé doit être scientifiquement pertinent et reposer sur une méthodologie rigoureuse et "
        "adaptée. [...] Enfin, le projet doit être porté ou co-porté par un médecin cardiologue exerçant dans une équipe "
        "clinique ou de recherche française.\n\n"
        "Les dossiers reçus sont évalués suivant des critères de rigueur et d'excellence énumérés in extenso dans le "
        "règlement de l'appel à projets révisé chaque année. [...]\n\n"
        "Exemple de projet financé : DISCO et GENET-IP-SCAD DISCO2\n\n"
        "Porteur : Pr Pascal Motreff, Cardiologue au CHU de Clermont-Ferrand\n\n"
        "L’étude DISCO menée en 2015 s’intéresse à une pathologie cardiaque rare, peu connue",
        [],
        distractors=["L’étude DISCO menée en 2015 (a funded study's year)"],
        note="a cardiology research foundation explains its yearly call: no call date",
    )
    p(
        "r17f-pressentinelle-prix-chirurgiens-avenir",
        "https://pressentinelle2.blogspot.com/search/label/Chirurgiens?m=0",
        "La Fondation de l’Avenir\nremettait, le 21 novembre dernier, les Prix des Chirurgiens de l’Avenir aux étudiants\n"
        "les plus prometteurs du Master 2 de Sciences Chirurgicales (Universités Paris\nSud et Paris Est-Créteil).\n"
        "C’est dans la magnifique salle du conseil de l’Université\nParis Descartes (Paris 5e) que s’étaient réunis "
        "universitaires, médecins, étudiants\net mutualistes, pour assister à la 5e édition des Prix des Chirurgiens de "
        "l’Avenir.\n[...]\n"
        "Comme chaque année,\nles prix étaient répartis en 3 parcours : Neurosciences, Cancérologie et 3R (Régénération,\n"
        "Réparation, Remplacement), avec une dotation de 3000€ chacun, et 6000€ pour le\nprix spécial du jury (tous "
        "parcours confondus).",
        [],
        distractors=[
            "remettait, le 21 novembre dernier, les Prix (a past prize-giving, year-less on an undated page)"
        ],
        note="a press blog on a mutualist medical research foundation's surgery prizes: a ceremony, year-less",
    )
    p(
        "r17f-eurasante-jpiamr-lance-janvier",
        "https://eurasante.com/news/appels-a-projets/un-nouvel-appel-a-projets-porte-par-lanr-pour-endiguer-la-resistance-aux-antimicrobiens",
        "Un nouvel appel à projets porté par l’ANR pour endiguer la résistance aux antimicrobiens\n"
        "L’ANR s’associe au 14ème appel à projets du JPI AMR pour soutenir le montage de projets de recherche internationaux "
        "visant à lutter contre la résistance aux antimicrobiens.\n"
        "Ce nouvel appel à projets lancé le 11 janvier dernier réunira 18 pays et sera doté d’un budget global d’environ 18,9 "
        "millions d’euros. [...]\n"
        "Quelles conditions d’accès ?\n"
        "Chaque consortium doit inclure un minimum de 3 participants éligibles au financement et appartenant à 3 pays "
        "différents participants à l’appel à projets, dont au moins 2 pays européens ou associés. [...] Le financement sera "
        "attribué pour une durée initiale de trois ans maximum.",
        [],
        opens="?",
        distractors=[
            "lancé le 11 janvier dernier (a past launch, year-less on an undated page)",
            "pour une durée initiale de trois ans (a funded period)",
        ],
        note="a regional health cluster relays a European antimicrobial-resistance call: the launch day has no year and the "
        "page no date, so it is unresolvable; the opening is not scored",
    )
