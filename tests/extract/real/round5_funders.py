"""Round 5 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r5f-marianne-payot-soumission",
        "https://asso-mariannepayot.ch/soumission",
        "La procédure de dépôt se fait en général en deux étapes :\n"
        "- En premier niveau, un formulaire permet de communiquer à l\u2019AMP une esquisse de projet de recherche.\n"
        "- Si le projet est jugé potentiellement recevable pour attribution de financement, un dossier complémentaire "
        "de requête de financement vous sera demandé pour soumission à l\u2019AMP.\n"
        "Les esquisses de projet et les requêtes de financement doivent être rédigées en français ou en anglais.",
        note="a Swiss association's two-step procedure (sketch, then full request) with no date at all",
    )
    p(
        "r5f-maurice-allais-candidatures",
        "http://www.fondationmauriceallais.org/prix/candidatures/",
        "Les candidats doivent fournir une lettre d\u2019intention expliquant les raisons pour lesquelles ils souhaitent "
        "concourir pour le Prix Maurice Allais.\n\nLes travaux présentés peuvent prendre la forme :\n\n"
        "  \u2022 soit d\u2019un ou de plusieurs chapitres d\u2019un ouvrage, présentant une recherche contenant un apport scientifique ;\n"
        "  \u2022 soit d\u2019un article publié au cours des dix dernières années révolues ou de l\u2019année en cours, ou non encore "
        "publié mais accepté pour publication dans une revue ou par un grand organisme de recherche internationalement reconnu.",
        note="a prize's rules: a 'lettre d'intention' is a cover letter here, and no date is given",
    )
    p(
        "r5f-fondation-mer-prix-these-2022",
        "https://www.fondationdelamer.org/programme/prix-premiere-publication-scientifique/",
        "La Fondation de la Mer et l\u2019institut de l\u2019Océan renouvellent en 2022 le concours destiné à récompenser une ou des "
        "publications scientifiques de thèse.\n\nCalendrier 2022\n\nDépôt des dossiers de candidature\n1er mai au 30 juin\n\n"
        "31 juillet\nAnnonce des candidats admissibles\n\nSeptembre\nJury oral pour les 4 à 6 admissibles\n\n"
        "Annonce du ou des dossier lauréats\nFin septembre\n\nRemise du ou des Prix\nCourant octobre\n\n"
        "Critères d\u2019éligibilité (2022)\n\n  \u2022 Publication scientifique liée à un travail de thèse ;\n"
        "  \u2022 Candidats en thèse ou ayant obtenu un doctorat au sein de l\u2019Alliance Sorbonne Université depuis moins de 3 ans "
        "au 1 septembre 2022.",
        distractors=[
            "1er mai au 30 juin (the filing window, without a year on an undated page)",
            "31 juillet (admissible candidates announced, no year)",
            "Septembre, Fin septembre, Courant octobre (jury, results, ceremony; vague)",
            "1 septembre 2022 (a condition: doctorate less than 3 years before)",
        ],
        note="the year is only in the headings 'Calendrier 2022': by the rules a year-less date on an undated page gives "
        "nothing (a known limit); a subscriber would read 30 June 2022",
    )
    p(
        "r5f-actualitte-college-de-france-2026",
        "https://actualitte.com/article/129377/prix-litteraires/le-college-de-france-ouvre-son-prix-2026-dedie-a-la-jeune-recherche-20-000-eur-a-la-cle",
        "Doté d\u2019une récompense de 20.000 \u20ac, ce prix s\u2019accompagne d\u2019une invitation à donner une conférence publique au "
        "Collège de France. [...]\n\nLes candidats doivent avoir soutenu leur thèse depuis moins de sept ans et exercer dans un "
        "laboratoire public de recherche en France.\n\nLes précédentes éditions ont distingué :\n\nChloé Santoro, philosophe (2025) ;\n\n"
        "Fanny Brun, glaciologue (2024) ;\n\n[...] En 2026, le prix sera attribué dans le domaine des mathématiques et de "
        "l\u2019informatique, autour du thème : « Sciences mathématiques pour la planète ».",
        page_date="2026-02-18",
        distractors=["2025, 2024 (earlier laureates)", "En 2026 (the year of the prize)"],
        note="a press article announcing a prize without saying when applications close",
    )
    p(
        "r5f-oppq-repar-loi-2021",
        "https://123dok.net/document/yj75lm1m-appel-propositions-programme-repar-lettre-intention-soumission-janvier.html",
        "Réseau thématique soutenu par le FRQS\n\nAPPEL DE PROPOSITIONS\n\nPROGRAMME 4.2.1 OPPQ-REPAR 2021-2022 LETTRE D\u2019INTENTION\n\n"
        "Date limite de soumission : 25 janvier 2021 à 8 h AM\n\nOBJECTIFS DU PROGRAMME\n\n"
        "L\u2019objectif principal du « Programme de partenariat OPPQ \u2013 REPAR » est de promouvoir le développement de la recherche "
        "clinique en physiothérapie par une association des programmes de subvention de recherche clinique de l\u2019OPPQ et du REPAR.",
        [d("2021-01-25", "08:00", kind="letter_of_intent")],
        note="a Quebec research network's call; the document is the letter-of-intent stage; '8 h AM' is 08:00",
    )
    p(
        "r5f-fundit-iresp-services-sante",
        "https://fundit.fr/fr/calls/appel-projets-general-iresp-recherche-sur-services-sante-0",
        "Cet appel à projets a vocation à être renouvelé annuellement afin de contribuer au renforcement et à la structuration "
        "durable, dans notre pays, d'un champ de recherche sur les services de santé compétitif au plan international. [...]\n\n"
        "En octobre 2017, l\u2019IReSP et ses partenaires ont organisé une consultation nationale pour faire émerger de manière "
        "collective un agenda de recherche stratégique pour le champ de la recherche en services de santé.",
        distractors=["En octobre 2017 (a past consultation, month only)"],
        note="a call's description on a funding portal with no deadline in the passage",
    )
    p(
        "r5f-findevie-consortia-2025",
        "https://plateforme-recherche-findevie.fr/appel-candidatures-pour-la-constitution-de-consortia",
        "Dans le cadre du Programme de recherche interdisciplinaire sur la fin de vie, un appel à candidatures pour la création "
        "de consortia est lancé du 10 mars au 10 juin 2025.\n\n[...] Calendrier\n\n10 mars 2025 > lancement\n\n"
        "10 juin 2025 > clôture\n\nJuillet-Août 2025 > consultation du scientific advisory board (SAB)\n\n"
        "Septembre 2025 - Janvier 2026 > structuration des consortia\n\nFévrier 2026 > validation des projets des consortia",
        [d("2025-06-10")],
        opens="2025-03-10",
        distractors=[
            "Juillet-Août 2025 (the board's review, months)",
            "Septembre 2025 - Janvier 2026, Février 2026 (structuring and validation, months)",
        ],
        note="a national platform's call: a window in prose and a calendar whose cues follow the dates after '>'",
    )
    p(
        "r5f-findevie-faq-pri",
        "https://www.plateforme-recherche-findevie.fr/foire-aux-questions-sur-le-pri",
        "- Le fait de faire partie d'un conseil scientifique lié au projet empêche-t-il de candidater ?\n"
        "Les membres des conseils scientifiques de la Plateforme nationale pour la recherche sur la fin de vie, du Programme de "
        "recherche interdisciplinaire sur la fin de vie ou d'autres conseils liés à ce projet peuvent tout de même déposer une "
        "lettre d'intention. En effet, les candidatures étant examinées par un jury extérieur (SAB- Scientific advisory board), "
        "elles peuvent être validées sans conflit d'intérêt.",
        note="an FAQ naming a letter of intent without a date",
    )
    p(
        "r5f-eiseverywhere-late-abstracts-2013",
        "https://www.eiseverywhere.com/ehome/83700/175916/",
        "There will be no extension of the deadline after April 29th, 2013.\n\n"
        "One oral session is planned for abstracts that for scientific reasons could not be submitted before the deadline, "
        "i.e. the data was not available. A typical reason could be that a clinical trial was not completed.\n\n"
        "You have to send an e-mail to the congress organiser (  with at copy to the chairman of the scientific committee "
        "(  (please be careful to state the reasons for the delayed submission).\n\n"
        "Such abstracts can be submitted until September 2nd, 2013. Chances of acceptance will shrink, and the presenter "
        "will have to pay the full congress fee.",
        [d("2013-04-29"), d("2013-09-02")],
        note="a congress's abstract page: the regular deadline said as 'no extension after', and a late-breaking abstract "
        "deadline; both are candidatures (abstracts)",
    )
    p(
        "r5f-technoheritage-2024-abstracts",
        "https://technoheritage2024.com/abstracts/",
        "All participants are invited to submit abstracts of scientific communications which will be peer-reviewed by the "
        "scientific committee. [...]\nAbstracts for posters can be submitted from December 1st, 2023 until March 28th, 2024.\n"
        "Abstracts must be submitted in English via the Abstract Submission tool (available under the Registration menu on this "
        "website). [...] Notification on acceptance (and day of presentation) of the abstract will be emailed before May 15th, 2024.",
        [d("2024-03-28")],
        opens="2023-12-01",
        distractors=["May 15th, 2024 (notification, an event even after 'before')"],
        note="a symposium's abstract call: 'from … until …' about submitting gives the opening and the deadline",
    )
    p(
        "r5f-sma-evry-2020-abstracts",
        "https://evry2020.sma-europe.eu/abstracts/",
        "Abstracts should only be submitted through the website and in English. Abstracts cannot be submitted by fax, hard copy "
        "or e-mail.\nThe presenting author has to be registered in order to be able to submit an abstract.\n[...]\n"
        "Abstracts must be submitted electronically no later than midnight on 3 October 2019 (GMT).\n[...]\n"
        "The submitter will be notified of the acceptance or rejection of the abstract by December the 15th 2019 at the latest.",
        [d("2019-10-03", "23:59")],
        distractors=["December the 15th 2019 (notification of acceptance, an event)"],
        note="a congress held in Évry; 'midnight on' before the date is 23:59 (GMT written, the time kept as said)",
    )
    p(
        "r5f-euromxene-2024-deadlines",
        "https://euromxenecongress.com/abstract-submission/",
        "Abstract Deadlines\n\nThe presenting author of an accepted abstract should register and complete the full payment "
        "before May 30th, 2024, in order to be included in the final Programme.\n\nDeadline for Abstract Submission\n\n"
        "March 15th, 2024\n\nApril 15th, 2024\n\nNotification of Abstract Acceptance\n\nApril 15th, 2024\n\nApril 30th, 2024\n\n"
        "Early bird registration deadline\n\nMay 15th, 2024",
        [
            d("2024-03-15"),
            d("2024-04-15"),
            d("2024-05-15", kind="other"),
            d("2024-05-30", kind="other"),
        ],
        distractors=["April 30th, 2024 (notification of acceptance of the second round)"],
        note="a two-round table flattened to lines: two submission deadlines, two notifications (15 April is both the second "
        "deadline and the first notification, so it stays a deadline); registering and paying are kind other",
    )
    p(
        "r5f-grands-fleuves-2020-submission",
        "https://friendgrandsfleuvesafriquecotonou2020.org/submission/",
        "Editing a submission\n\nOnce submitted, you may want to modify your submission. You may do so at any time up to the "
        "May 15, 2020 deadline \u2013 after that date, no changes will be possible and the submission will no longer be available.",
        [d("2020-05-15")],
        note="a conference's submission page: the abstract deadline is named while speaking of edits",
    )
    p(
        "r5f-icca-2018-abstract-calls",
        "https://icca2018.eventqualia.net/pt/en/resumos/deadlines",
        "1st Call - Until July 31st 2017\n2nd Call - Until September 30th 2017\nLast Call - Until November 30th 2017\n"
        "Extra phase - Until December 20th 2017\n"
        "The review results of the abstracts submitted in the first phase will be announced at September 26th. The authors of "
        "the approved abstracts in this phase must be registered until October 1st.*\n"
        "The review results of the abstracts submitted in the second phase will be announced at October 20th. The authors of the "
        "approved abstracts in this phase must be registered until October 30th.*",
        [d("2017-07-31"), d("2017-09-30"), d("2017-11-30"), d("2017-12-20")],
        distractors=[
            "September 26th, October 20th (results, no year)",
            "October 1st, October 30th (registration of authors: no year on an undated page)",
        ],
        note="four abstract rounds with years; the authors' registration dates have no year, so nothing on an undated page",
    )
    p(
        "r5f-cdc-pia-mooc-orientation-2018",
        "https://cdcinvestissementsdavenir.achatpublic.com/sdm/ent/gen/ent_detail.do?selected=0&PCSLID=CSL_2018_Mv4MbxJJuZ",
        "Appel à projets « MOOC et solutions numériques pour l'orientation vers les études supérieures »\n\n"
        "Date limite (heure de Paris)\n\n30 Nov. 2018 15 : 00\n  \u2022 Organisme : Caisse des Dépôts - Education\n"
        "  \u2022 Référence : AAP TIP Numérique\n  \u2022 Type de procédure : Appel à projets\n"
        "  \u2022 Date d'ouverture de la salle : 20 juin 2018 10:37 (heure de Paris)\n"
        "  \u2022 Date de fermeture de la salle : 30 novembre 2018 15:24 (heure de Paris)\n"
        "  \u2022 Date limite de dépôt des questions : 20 novembre 2018 15:00 (heure de Paris)",
        [d("2018-11-30", "15:00"), d("2018-11-20", "15:00", kind="other")],
        opens="2018-06-20",
        note="a public funder's tender-platform fiche: the stated deadline is 15:00 (the room closes at 15:24, the same day, "
        "labelled by what a subscriber needs: 15:00); the last day for questions is a step that is not a candidature",
    )
    p(
        "r5f-girci-est-phrci-2019",
        "http://www.girci-est.fr/animation/phrc-interregional/campagne-en-cours/",
        "Campagne en cours\n\nPHRC-I 2019\n\nEn référence à l\u2019instruction DGOS/PF4/2019/11 du 16 janvier 2019 relative aux "
        "programmes de recherche sur les soins et l\u2019offre de soins pour l\u2019année 2019\n\n[...] Le PHRC-I est ouvert à l\u2019ensemble "
        "des centres hospitaliers universitaires et non-universitaires de l\u2019interrégion Est, les CLCC, les maisons de santé et "
        "centres de santé, GCS* ;\n[...] Une seule lettre d\u2019intention sera autorisé par porteur.",
        distractors=["16 janvier 2019 (the date of the ministry's instruction)"],
        note="a GIRCI's campaign page: a letter of intent is named, the date in the passage is a reference's date",
    )
    p(
        "r5f-circulaire-phrc-2008",
        "http://www.sante.gouv.fr/fichiers/bo/2007/07-10/a0100152.htm",
        "Circulaire DHOS/MOPRC no 2007-335 du 14 septembre 2007 relative au programme hospitalier de recherche clinique (PHRC) 2008\n\n"
        "Date d\u2019application : immédiate.\nAnnexes :\n        Annexe    I.  -  Composition et fonctionnement du Comité national de "
        "la recherche clinique (CNRC) et du Comité national de la recherche clinique « cancérologie »(CNR. 2C) - Calendrier du PHRC 2008.\n"
        "[...]\n    Le programme hospitalier de recherche clinique (PHRC) 2008 comporte un appel à projets national et sept appels à "
        "projets interrégionaux.",
        distractors=["14 septembre 2007 (the circular's date)"],
        note="a ministry circular's heading: the calendar is in an annex not quoted",
    )
    p(
        "r5f-fondation-avenir-candidater",
        "https://fondationdelavenir.org/chercheurs/quand-et-comment-candidater",
        "Nous demandons aux chercheurs de nous faire parvenir un résumé de leur projet, en suivant la structure :\n"
        "Question de recherche, hypothèses éventuelles\n[...]\nVous pouvez trouver par exemple ici, pour l\u2019Appel à Projets "
        "Recherche Médicale 2023 de la Fondation de l\u2019Avenir, la lettre d\u2019intention qui sert de guide à la description "
        "succincte du projet.\nPour évaluer et sélectionner les projets de recherche, les premiers critères d\u2019évaluations de la "
        "Fondation sont :\nLes candidatures sont analysées par un conseil scientifique indépendant, le conseil scientifique de la "
        "Fondation de l\u2019Avenir, qui analyse chacun des dossiers réceptionnés et les classe en fonction de leur capacité à "
        "déboucher en 3 à 5 ans sur des innovations concrètes au bénéfice du plus grand nombre.",
        note="a foundation's how-to-apply page: no date",
    )
    p(
        "r5f-hauts-de-france-alrc-2024",
        "https://guide-aides.hautsdefrance.fr/aide491",
        "Allocations de recherche Édition 2024 ALRC2.0\n\nFaire une demande en ligne\n\nObjectif(s)\n\n"
        "Lancement prévu début décembre 2023\n\n[...] Cette allocation permet à un étudiant préparant une thèse de se consacrer à "
        "son travail de recherche en bénéficiant d'un contrat de travail appelé contrat doctoral fixé par le décret n°2016-1173 "
        "du 29 août 2016 relatif aux doctorants contractuels des établissements publics et par le décret n°2021-1233 du "
        "25 septembre 2021 relatif au contrat doctoral de droit privé.",
        distractors=[
            "début décembre 2023 (launch, vague: no opening)",
            "29 août 2016, 25 septembre 2021 (decrees' dates)",
        ],
        note="a region's aid fiche: a vague launch and legal references",
    )
    p(
        "r5f-cnrs-cote-azur-region-paca-2014",
        "http://www.cote-azur.cnrs.fr/Services/Spv/SubventionsSpv/SpvSubventionsRegion/SpvAOConseilRegional/SpvAOProjetsRechercheRegion/;view",
        "En 2014, le soutien des opérations de recherche innovantes s\u2019appuyant sur la diversité institutionnelle et thématique "
        "du potentiel régional est renouvelé dans le cadre d\u2019un appels à projets unique comportant 3 volets :\n\n"
        "  \u2022 Un volet « Général »\n  \u2022 Un volet « Plateformes »\n  \u2022 Un volet « Exploratoire  »\n\n"
        "Les évaluations des projets seront effectuées de Février à Mai.",
        distractors=["de Février à Mai (reviews, months)"],
        note="a CNRS delegation relaying a region's call: only the review months",
    )
    p(
        "r5f-fundit-region-centre-apr-2018",
        "http://www.fundit.fr/en/calls/appel-projets-region-centre-val-loire",
        "Appel à projets de la région Centre Val-de-Loire\n\nLa procédure d\u2019appels à projets de recherche (APR) est un dispositif "
        "central de la politique régionale de soutien à la recherche. Une campagne d\u2019appels à projets est prévue en 2018.",
        distractors=["en 2018 (a year)"],
        note="a region's call on a funding portal: a year only",
    )
    p(
        "r5f-pays-de-la-loire-adc-2021",
        "https://123dok.net/document/q05vel9v-appels-%C3%A0-candidatures-allocations-doctorales-cofinanc%C3%A9es.html",
        "Appels à candidatures : ALLOCATIONS DOCTORALES COFINANCÉES\n\n"
        "VU la communication de la Commission européenne relative à l\u2019encadrement des aides d\u2019État à la recherche, au "
        "développement et à l\u2019innovation (2014/C 198/01) du 27 juin 2014,\n[...]\n"
        "VU la délibération du Conseil régional des 16 et 17 décembre 2020 approuvant la nouvelle stratégie ESRI 2021/2027 et le "
        "présent appel à projets,",
        distractors=[
            "27 juin 2014 (a communication's date)",
            "16 et 17 décembre 2020 (the council's session)",
        ],
        note="a region's call opening on its legal recitals: dates of texts and sessions, no deadline",
    )
    p(
        "r5f-cths-prix-societes-savantes-2024",
        "https://ahmuf.hypotheses.org/13005",
        "Prix des sociétés savantes 2024, appel à candidatures\n\n[...] Article 2. Ce prix a pour ambition de mettre en valeur une "
        "action initiée et portée par une société savante, membre de l\u2019annuaire du CTHS, durant la période courant du "
        "1er janvier 2023 au 31 décembre 2024. Cette action peut avoir des développements au-delà de l\u2019année 2024.",
        distractors=[
            "du 1er janvier 2023 au 31 décembre 2024 (the period of the rewarded action, a condition)"
        ],
        note="a learned-society prize's rules: the range is when the action took place, not a window for applying",
    )
    p(
        "r5f-asom-prix-encouragement-2017",
        "https://gemdev.org/infosgemdev/?p=11902",
        "mar 1, 2017\n\nPrix d\u2019encouragement à la recherche de l\u2019Académie des Sciences d\u2019Outre-mer\n\n"
        "La Société des Amis de l\u2019Académie des Sciences d\u2019Outre-mer a décidé de doter annuellement un ou des prix "
        "d\u2019encouragement à la recherche qui seront décernés par la Commission des Prix de l\u2019Académie\n\n[...] "
        "La candidature doit être présentée par un responsable de laboratoire, d\u2019institut de recherche, un « patron de thèse »",
        page_date="2017-03-01",
        distractors=["mar 1, 2017 (the post's stamp)"],
        note="a network relaying an academy's prize: no deadline in the post",
    )
    p(
        "r5f-arsom-concours-reglement",
        "http://kaowarsom.be/fr/reglement_concours_annuels",
        "a. Chaque classe met annuellement au concours une question sur les matières qui lui sont spécifiques. En sa séance de "
        "février, chaque classe détermine le thème sur lequel portera la question et désigne deux membres chargés de la rédiger. "
        "En sa séance de mars, chaque classe arrête définitivement le texte de la question. [...]\n"
        "g. Les travaux présentés au concours doivent parvenir au secrétariat de l\u2019Académie en cinq exemplaires avant le "
        "premier mars de la deuxième année civile qui suit celle de",
        distractors=[
            "séance de février, séance de mars (meetings, months)",
            "avant le premier mars de la deuxième année civile qui suit (a relative rule, no year on an undated page)",
        ],
        note="a Belgian academy's standing rules in French: the deadline is relative to the year of the question",
    )
    p(
        "r5f-girci-mediterranee-respir-2024",
        "https://gircimediterranee.fr/resp-ir-2024-_-lancement-de-la-campagne",
        "Campagne 2024\nMandaté par la DGOS, le GIRCI Méditerranée a le plaisir d\u2019ouvrir la campagne 2024 de l\u2019appel à projets "
        "interrégional de recherche en Soins Primaires (ResP-IR).\nPrésentation :\nL\u2019appel à projet ReSP-Ir doit permettre le "
        "développement de la recherche en soins primaires sur l\u2019ensemble d\u2019un territoire en y intégrant notamment les "
        "professionnels de santé libéraux, les maisons de santé pluriprofessionnelles, les centres de santé [...]",
        note="a GIRCI opening a campaign without dates in the passage",
    )
    p(
        "r5f-carasso-calls-listing",
        "https://fondationcarasso.org/en/how-to-submit-a-project",
        "The jury of the call for projects (composed of members of the Foundation and volunteer experts) studies the investigation "
        "report and makes recommendations to our governance. The jury meeting is held approximately 3 months after the closing "
        "date of the call.\n[...]\nClosed\nArt citoyen\n\nComposer les savoirs pour imaginer un avenir durable\n\n28 February 2025\n\n"
        "Closed\nArt citoyen\n\nMédiations et démocratie culturelle\n\n10 September 2024\n\nClosed\nAlimentation durable\n\n"
        "Sensibiliser les décideurs territoriaux aux enjeux de l\u2019alimentation durable\n\n4 June 2025",
        distractors=[
            "28 February 2025, 10 September 2024, 4 June 2025 (dates of closed calls in a listing, with no cue)"
        ],
        note="a foundation's listing of closed calls: each date is bare under the title (no cue), so nothing; the calls are closed anyway",
    )
    p(
        "r5f-enumath-2023-posters",
        "https://enumath2023.com/elementor-462/",
        "March 1 - March 31 2023:\n\nSubmission of poster proposals (via the email:\n\nApril 14, 2023:\n\n"
        "Notification of acceptance of poster proposals\n\nApril 15 - April 30 2023:\n\nSubmission of poster abstracts\n\n"
        "May 15, 2023:\n\nNotification of acceptance of abstracts",
        [d("2023-03-31", kind="letter_of_intent"), d("2023-04-30")],
        opens="2023-03-01",
        distractors=["April 14, 2023, May 15, 2023 (notifications)"],
        note="a conference calendar whose dates stand alone with a colon and take the next line as label; a poster proposal "
        "is a compulsory first stage before the abstract, so letter_of_intent",
    )
    p(
        "r5f-expertlabs-appel-communications",
        "https://workshop-expertlabs.com/Appel-a-communications",
        "Les résumés doivent être déposés électroniquement, via la plateforme durant l\u2019appel à communications. Aucun papier "
        'transmis par email ne sera accepté.\n[...]\n- Assurez-vous que votre résumé a bien été passé du statut "brouillon" à '
        '"soumis" avant la fermeture de l\u2019appel à communications.',
        note="an abstract call's instructions naming the closing without a date",
    )
    p(
        "r5f-ligue-epidemiologie-2013",
        "https://studylibfr.com/doc/4338711/projets-de-recherche-%C2%AB-tabac",
        "\u00a9 Ligue Contre le Cancer. Mis à jour du 19/12/2012 2/ 3\nAPPEL D'OFFRES 2013\nProjets de Recherche Epidemiologique\n"
        "La Ligue Nationale Contre le Cancer propose en 2013 des subventions pour des Projets de\nRecherche en Epidémiologie du cancer.\n"
        "Quatre thématiques sont retenues comme axes prioritaires :\nLes études portant sur l\u2019épidémiologie descriptive.",
        distractors=["19/12/2012 (the document's update stamp)", "en 2013 (the year of the call)"],
        note="a charity's call document: a 'mis à jour du' stamp in the footer, no deadline on this page",
    )
    p(
        "r5f-gefluc-idf-2022",
        "https://lesentreprisescontrelecancer.fr/appel-a-projets-2016/",
        "Appel à projets 2022\n\nLes Entreprises contre le Cancer Paris \u2013 Île-de-France (Gefluc) répartit, à l\u2019occasion de son "
        "Assemblée Générale Ordinaire annuelle, des subventions de recherche d\u2019un montant de 20 k\u20ac pour des projets sélectionnés par "
        "son Conseil Scientifique Régional. [...]\n\nLe nombre de subventions attribuées à un même demandeur est limité à trois au cours "
        "des 10 dernières années, soit depuis l\u2019AAP 2012. [...]\n\nSi vous souhaitez déposer un dossier de demande de subvention, vous "
        "êtes invité à prendre connaissance des consignes et à télécharger les 3 documents ci-dessous qui constitueront votre dossier. "
        "Vous avez jusqu\u2019au 15 mai 2022 pour [...]",
        [d("2022-05-15")],
        note="a regional charity's call; the URL says 2016 but the page is the 2022 call",
    )
    p(
        "r5f-interreg-europe-3e-appel-na",
        "https://preprod.europe-en-nouvelle-aquitaine.eu/fr/actualit%C3%A9s/le-troisieme-appel-projets-interreg-europe-ouvrira-du-20-mars-au-7-juin-2024.html",
        "Le troisième appel à projets Interreg Europe ouvrira du 20 mars au 7 juin 2024\n"
        "Le 25 janvier était organisé un webinaire d\u2019information national sur le prochain appel à projets du programme de coopération "
        "territoriale interrégionale, Interreg Europe. Il sera le dernier appel de la période 2021-2027.",
        [d("2024-06-07")],
        opens="2024-03-20",
        distractors=[
            "Le 25 janvier (a past webinar, no year on an undated page)",
            "2021-2027 (the programme period)",
        ],
        note="a region's European portal: the call's own verb 'ouvrira du … au …' gives the window",
    )
    p(
        "r5f-sudoe-3e-appel-127-candidatures",
        "https://5.interreg-sudoe.eu/fra/communication/actualites-sudoe/209-troisieme-appel-a-projets-sudoe-nous-avons-recu-127-candidatures/categoria-2-Appel-a-projets",
        "Troisième appel à projets Sudoe : nous avons reçu 127 candidatures !\n\nLe 21 septembre dernier, la première étape du troisième "
        "appel à projet s\u2019est clôturée avec 127 candidatures au compteur.\n\nLe troisième appel à projets a débuté le 1er septembre dernier "
        "avec un budget de 22 900 000\u20ac [...]. À la date limite du dépôt de candidatures le vendredi 21 septembre, 127 candidatures avaient "
        "été soumises [...]\n\nLes autorités nationales du Programme et le Secrétariat conjoint doivent maintenant co-instruire les candidatures "
        "avant de les présenter au Comité directeur qui établira la liste des projets autorisés à participer à la deuxième phase qui aura "
        "lieu au premier trimestre 2019.",
        distractors=[
            "21 septembre, 1er septembre (a past closing and opening, no year on an undated page)",
            "premier trimestre 2019 (the second phase, vague)",
        ],
        note="a European programme's news after a closing: the dates are past and year-less",
    )
    p(
        "r5f-rtes-interreg-nwe-appel-1",
        "https://rtes.fr/node/7294",
        "Appel à projets Interreg NWE 21/27\nLe premier appel à projets Interreg NWE pour la période 2021-2027 est ouvert jusqu'au mercredi "
        "15 juin à 12h00 CET.\nPendant la durée du programme, 287 millions d'euros du FEDER (Fonds européen de développement régional) seront "
        "alloués aux projets.\n[...]\nL'appel 1 se déroulera en deux étapes, avec un formulaire de candidature léger à remplir pour l'étape 1 "
        "[...], et un formulaire plus détaillé pour l'étape 2, comprenant le plan de travail complet et le budget.",
        distractors=["mercredi 15 juin à 12h00 (no year on an undated page)"],
        note="a network relaying a European call: the deadline has a weekday but no year, so nothing on an undated page "
        "(a subscriber would read 15 June 2022, a Wednesday)",
    )
    p(
        "r5f-uvcw-interreg-fwvl-2024",
        "https://www.uvcw.be/international/appels-a-projets/art-9000",
        "INTERREG : Deuxième Appel à projet France- Wallonie- Vlaanderen\nLe deuxième appel à projets de cette sixième programmation Interreg "
        "France-Wallonie-Vlaanderen est lancé.\n[...]\nDate limite pour déposer votre projet : mercredi 30 octobre 2024 à midi ; une boîte "
        "à outils est également disponible en ligne.\nPour cet appel, les autorités partenaires du programme ont décidé d\u2019allouer un montant "
        "de l\u2019ordre de 61,7 millions d\u2019euros FEDER.",
        [d("2024-10-30", "12:00")],
        note="a Belgian union of cities relaying a cross-border European call; 'à midi' is 12:00",
    )
    p(
        "r5f-idf-europe-interreg-europe-3e-appel",
        "https://www.iledefrance-europe.eu/evenements/detail-actualites-evenements/article/interreg-europe-2021-2027-lancement-du-troisieme-appel-a-projets",
        "Interreg Europe 2021-2027 : lancement du troisième appel à projets\n\nÉvénements européens - Coopération avec les pays tiers | 08/03/2024\n"
        "Participez en ligne le 20 mars au forum « Europe, let\u2019s cooperate » !\n\n[...] Dans le cadre de cet appel, qui sera ouvert du 20 mars "
        "au 7 juin 2024 et qui sera doté de 130 millions d'euros, des partenaires de sept pays candidats à l\u2019UE [...] pourront être intégrés "
        "aux consortiums.\n\nL\u2019événement se déroulera en deux temps :\n\n  \u2022 10h00-11h00 : une session d\u2019ouverture [...]",
        [d("2024-06-07")],
        opens="2024-03-20",
        page_date="2024-03-08",
        distractors=[
            "08/03/2024 (the post's stamp)",
            "le 20 mars (the launch forum, an event on the same day as the opening)",
        ],
        note="a region's Brussels office: the window is said in a relative clause about the call",
    )
    p(
        "r5f-sudoe-2e-phase-2023",
        "https://www.interreg-sudoe.eu/fra/communication/actualites-sudoe/485-premier-appel-a-projets-decisions-attendues-debut-juillet/categoria-1-General",
        "Premier appel à projets : décisions attendues début juillet\n\nLe comité de suivi du programme Interreg Sudoe se réunira à Bragança "
        "(Portugal) début juillet pour se prononcer sur les 144 candidatures de projets présentées lors de la première phase du premier appel "
        "à projets.\n\nLes résultats seront publiés sur le site Internet du programme Interreg Sudoe le 7 juillet 2023.\n"
        "  \u2022 Calendrier de la seconde phase\n\nLa seconde phase du premier appel à projets sera ouverte du 10 juillet au 11 octobre 2023. "
        "Les projets autorisés à passer à la seconde phase pourront dès le 10 juillet commencer à saisir le formulaire de candidature dans "
        "eSudoe2127.\n\n[...]\n  \u2022 Séminaire entre deux phases à Santander, les 18 et 19 septembre 2023",
        [d("2023-10-11")],
        opens="2023-07-10",
        distractors=[
            "début juillet (committee, vague)",
            "7 juillet 2023 (results published)",
            "18 et 19 septembre 2023 (a seminar)",
        ],
        note="the second (full) phase of a two-phase European call, open only to projects let through: its window is the news",
    )
    p(
        "r5f-grandest-interreg-nwe-4e-appel",
        "https://grandest.eu/actualites/interreg-nord-ouest-nouvelle-chance-de-renforcer-la-cooperation-territoriale-jusquau-21-mars",
        "Le programme Interreg Nord Ouest vient d\u2019ouvrir son 4° appel à propositions jusqu\u2019au 21 mars 2024. Les porteurs de projets de "
        "plusieurs régions françaises, dont celle du Grand Est peuvent déposer des demandes de subvention avec des partenaires irlandais, "
        "belges, néerlandais, suisses, luxembourgeois ainsi que d\u2019une partie de l\u2019Allemagne.",
        [d("2024-03-21")],
        note="a region's Brussels office relaying a European call",
    )
    p(
        "r5f-initiative5-tuberculose-2018",
        "https://fr.readkong.com/page/appel-a-propositions-amelioration-du-depistage-du-7990833",
        "APPEL A PROPOSITIONS\n «Amélioration du dépistage, du traitement et de la prévention de la tuberculose»\n\n"
        "                                       Référence : AP-5PC\u20132018\u201303-RO\n\n"
        "                       CET APPEL FERMERA LE 26/10/2018 A 12:00 (UTC+1)\n\n1. INTRODUCTION\n"
        "L\u2019Initiative 5% est la deuxième modalité de contribution de la France au Fonds mondial de lutte contre le\nsida, la tuberculose et "
        "le paludisme (FM). [...]\n\nEn 2018, l\u2019Initiative 5% lance un Appel à projets visant à financer des projets spécifiques de recherche\n"
        "opérationnelle en soutien aux programmes du Fonds Mondial, qui se déclinera chaque année à partir de\n2018.",
        [d("2018-10-26", "12:00")],
        note="a ministry-backed agency's call in capitals: the call's own verb 'fermera le'; the time is kept as written "
        "(12:00 UTC+1, which was 13:00 in Paris on that summer-time day)",
    )
    p(
        "r5f-fmr-shs-2019",
        "https://amades.hypotheses.org/10652",
        "Appel à projets de recherche 2019 : « Sciences humaines et sociales & maladies rares »\n\nLa Fondation Maladies Rares, organisme "
        "privé à but non lucratif, a été créée en 2012 dans le cadre du second Plan National Maladies Rares par cinq membres fondateurs. [...]\n"
        "La Fondation Maladies Rares lance le septième appel à projets « Sciences humaines et\nsociales & maladies rares », en collaboration "
        "avec la Caisse Nationale de Solidarité pour\nl\u2019Autonomie (CNSA).",
        distractors=["en 2012 (the foundation's creation)"],
        note="a learned society's blog relaying a foundation's call without its dates",
    )
    p(
        "r5f-canceropole-paca-prix-durand-2019",
        "https://canceropole-paca.com/appel-a-projet/prix-pierre-durand-marie-therese-chevalier/",
        "La Fondation Pierre Durand & Marie-Thérèse Chevalier, créée en 2012 sous l\u2019égide de la Fondation de France, accorde pour l\u2019année "
        "2019 un prix du même nom, placé également sous l\u2019égide de la Société Nationale Française de Gastro-Entérologie (SNFGE).\n\n[...]\n"
        "Conditions de participation\n\nL\u2019appel à candidatures est ouvert à tout candidat, sans limite d\u2019âge, titulaire d\u2019un diplôme français "
        "de docteur en médecine ou en pharmacie ou d\u2019un diplôme français de 3ème cycle.",
        distractors=["en 2012 (creation)", "l'année 2019 (the prize year)"],
        note="a cancéropôle relaying a prize: conditions and no date",
    )
    p(
        "r5f-novatech-2026-timeline",
        "https://www.graie-novatech.org/en/Submit%20abstract/selection-process-1",
        "Selection process timeline\n\nSubmission of abstracts\n\nFrom 15 Sep to 5 Dec. 2025\n\nReviewing and selection\n\nof abstracts\n\n"
        "From 18 Dec. 2025 to 5 Feb. 2026\n\nSending selection \n\nnotifications to authors\n\nEnd of February 2026\n\nRegistrations opens\n\n"
        "Program available online\n\nMid-March 2026\n\nEarly bird rate\n\nfor registration\n\nBefore May 1, 2026",
        [d("2025-12-05"), d("2026-05-01", kind="other")],
        opens="2025-09-15",
        distractors=[
            "From 18 Dec. 2025 to 5 Feb. 2026 (review, an event)",
            "End of February 2026, Mid-March 2026 (notifications, registration opening; vague)",
        ],
        note="a Lyon congress's timeline: labels broken over lines above each value, without colons; the early-bird rate is "
        "labelled by what a subscriber needs (kind other)",
    )
    p(
        "r5f-josiic-2026-guidelines",
        "https://josiic2026.sciencesconf.org/page/consignes_soumission?lang=en",
        "General Guidelines for Abstract Submission\n- Proposals must be submitted exclusively through the congress website no later than "
        "January 31, 2026. To do so, you must first create an account by clicking on the Register button, then complete all required "
        "information.\n- Submissions sent by email will not be considered.\n[...]\n- If an abstract is accepted, authors wishing to publish "
        "their work in the congress proceedings must submit the full paper no later than April 30, 2026.",
        [d("2026-01-31"), d("2026-04-30", kind="other")],
        note="a congress's abstract rules; the full paper for the proceedings comes after acceptance and is optional: not the "
        "candidature, kind other",
    )
    p(
        "r5f-inca-risp-2016-undated",
        "https://studylibfr.com/doc/7820906/recherche-interventionnelle-en-sant%C3%A9-des-populations--",
        "Appel à projets 2016\nRecherche interventionnelle en santé des\npopulations :\nAgir à tous les temps du cancer\n"
        "Actions : 1.7.2 ; 1.11.6 ; 11.14 ;\nDate limite de soumission des projets :\n27 juin \u2013minuit\nSoumission en ligne:\n"
        "http://www.e-cancer.fr/Institut-national-du-cancer/Appels-a-projets/Appels-a-projets-encours/RISP-2016",
        distractors=[
            "27 juin \u2013minuit (no year on the date; the year is only in the title and the link)"
        ],
        note="an agency's call whose deadline line has no year: nothing on an undated page (a known limit; a subscriber "
        "would read 27 June 2016 at 23:59)",
    )
    p(
        "r5f-inca-risp-2018",
        "https://fr.readkong.com/page/appel-a-projets-2018-8023389",
        "Appel à projets 2018\n\nRecherche interventionnelle en santé des populations:\n          Agir à tous les temps du cancer\n\n"
        "                        Actions : 1.7.2 ; 1.11.6 ; 11.14\n\n                          Date limite de soumission des projets :\n"
        "                               5 septembre 2018 \u2013 minuit\n\n                                  Soumission en ligne:",
        [d("2018-09-05", "23:59")],
        note="the same agency's call two years later, with the year: label on its own line ending with a colon",
    )
    p(
        "r5f-calenda-inca-shs-2017",
        "https://calenda.org/416272",
        "Recherche sur le cancer en sciences humaines et sociales, épidémiologie et santé publique\n\nAppel à projets Institut national du "
        "cancer (INCa)\n\n*  *  *\n\nPublié le mercredi 20 septembre 2017\n\nRésumé\n\nL\u2019Institut national du cancer (INCa) vient de publier "
        "l\u2019appel à projets libres annuel de recherches sur le cancer en sciences humaines et sociales, épidémiologie et santé publique. La place "
        "des sciences humaines et sociales, de l\u2019épidémiologie et de la santé publique (SHS-E-SP) dans la recherche sur le cancer a été "
        "confirmée par le plan cancer 2014-2019.",
        page_date="2017-09-20",
        distractors=[
            "mercredi 20 septembre 2017 (publication of the announcement)",
            "2014-2019 (the plan's years)",
        ],
        note="an announcement's head: a publication stamp, no deadline",
    )
    p(
        "r5f-infirmiers-prsi-2024",
        "https://static1.infirmiers.com/ipa-specialites/recherche-et-bibliographie/prix-de-la-recherche-en-sciences-infirmieres-decouvrez-les-laureats-2024",
        "Prix de la Recherche en Sciences infirmières : découvrez les lauréats 2024\n\nPar\nPublié le 07/06/2024\n\nLe Prix de la Recherche "
        "en Sciences Infirmières 2024, dont Infirmiers.com est partenaire, a récompensé 4 lauréats pour leurs travaux de recherche, en "
        "pédiatrie, en cancérologie ou encore sur l'utilisation des données de recherche par les infirmiers.",
        page_date="2024-06-07",
        distractors=["07/06/2024 (publication)"],
        note="a nursing prize's laureates: nothing to send",
    )
    p(
        "r5f-savie-bourse-deplacement-2017",
        "https://savie-lgbtq.uqam.ca/bourse-de-deplacement/",
        "Bourse SAVIE-LGBTQ d\u2019aide à la participation à des rencontres scientifiques\n\n[...]\n\nDates limites pour remise des dossiers "
        "2017-2018\n\nAutomne : Le 30 septembre , pour les rencontres ayant lieu entre octobre et janvier\nHiver : Le 27 janvier, pour les "
        "rencontres ayant lieu entre février et mai\nÉté : Le 19 mai, pour les rencontres ayant lieu entre juin et septembre",
        distractors=[
            "30 septembre, 27 janvier, 19 mai (deadlines without a year on an undated page)",
            "entre octobre et janvier … (the meetings' months)",
        ],
        note="a research partnership's travel grants: the heading gives '2017-2018' but the dates have no year, so nothing "
        "(a subscriber would read 30 September 2017, 27 January and 19 May 2018)",
    )
