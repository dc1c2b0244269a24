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
    p(
        "r5f-ifcsl-chaire-mediterranee-2025",
        "https://www.ifcsl.com/fr/centre-saint-louis/second-appel-candidatures-pour-les-etudiants",
        "Chaire Méditerranée, religions et sociétés\n\nSecond appel à candidatures pour les étudiants\n\nPartagez !\n\nTélécharger : \n\n"
        "Date limite de candidature \u2013 20 settembre 2025, 18h (heure de paris)\n\nDans le cadre du partenariat stratégique existant entre "
        "l\u2019Institut pontifical d\u2019études arabes et d\u2019islamologie (PISAI) et l\u2019Institut français Centre Saint-Louis (IFCSL), une deuxième "
        "phase d\u2019appel à candidatures pour rejoindre la première année d\u2019activité 2025-2026 de la Chaire Méditerranée, religions et "
        "sociétés est ouverte auprès des doctorantes, doctorants, post-doctorantes et post-doctorants [...]",
        [d("2025-09-20", "18:00")],
        note="a French institute in Rome: the month is written in Italian ('settembre') in a French sentence; labelled by what "
        "a subscriber needs, 20 September 2025 at 18:00 (the rules list French and English months only)",
    )
    p(
        "r5f-cnam-chaires-blaise-pascal-2019",
        "http://www.cnam.fr/chaires-blaise-pascal-1069777.kjsp",
        "Région Île-de-France\n\nChaires Blaise Pascal\n\n1 avril 2019\n1 mai 2019 - 10h\n\nCes Chaires ont pour objectif d\u2019accueillir en "
        "Île-de-France des chercheurs étrangers ou expatriés de renommée mondiale en leur offrant, avec le concours des organismes "
        "d\u2019accueil, des moyens pour réaliser un projet ambitieux ayant un impact visible et des retombées pour la recherche et la société",
        [d("2019-05-01", "10:00")],
        opens="2019-04-01",
        note="a school relaying a region's call in the listing layout seen in round 4: the start and end fields lost their labels, "
        "leaving two bare dates under the title; labelled as round 4 did, by what the page means (opening, closing at 10:00)",
    )
    p(
        "r5f-pepr-onewater-2024-lettre",
        "https://france2030.agencerecherche.fr/PEPR-Explo-OneWater-AAP-2024-lettre/accueil.php?link=notice",
        "Mode d'emploi pour l'Appel à projets\n\nChronologie générale\n\nInscription et création du compte sur le site de dépôt\n"
        "28 mai 2024 à 11h dépôt du dossier de candidature\n\n\nAttention! Ne pas attendre les dernières heures du dernier jour pour procéder "
        "au dépôt du dossier\n\n\n\nProcédure\n\nLe dépôt d'un dossier de candidature se passe en quatre étapes :\n  \u2022 création d'un compte ;\n"
        "  \u2022 saisie des données ;\n  \u2022 dépôt :\n    \u2022 de la lettre d'intention, sous format pdf\n  \u2022 validation / dépôt.\n[...]\n"
        "  \u2022 Toute modification (données, fichiers...) doit impérativement être effectuée avant le 28 mai 2024 à 11h, faute de quoi elle "
        "ne sera pas prise en compte.",
        [d("2024-05-28", "11:00", kind="letter_of_intent")],
        note="a national agency's submission site for the letter-of-intent stage of a programme call: the calendar line says "
        "'dossier de candidature', but what is filed is the letter of intent (the site's name and the steps say so), so the "
        "kind is labelled by what a subscriber needs; the same day and hour are repeated for edits",
    )
    p(
        "r5f-ites-lille-aap-2025",
        "https://ites.univ-lille.fr/projets/appel-a-projets",
        "Appel à projets\nAppel à Projets 2025 ouvert\nl\u2019ITES propose son premier appel à projets constitué de plusieurs volets visant "
        "prioritairement à encourager et promouvoir l\u2019interdisciplinarité dans les domaines scientifiques des transitions environnementales "
        "et sociales.\n[...]\nLes demandes doivent parvenir au secrétaire général de l'ITES pour le 3 mars 2025 (17h) au plus tard, sous la "
        "forme d\u2019un seul fichier au format .doc par demande. Le Comité de direction de l\u2019ITES sélectionnera les projets à financer.",
        [d("2025-03-03", "17:00")],
        note="a university institute's internal funding call: 'pour le … au plus tard', the hour in brackets after the date",
    )
    p(
        "r5f-aforce-2015",
        "https://studylibfr.com/doc/2943309/appel-%C3%A0-projets-rmt-aforce-2015",
        "Appel à projets\ndu réseau AFORCE\nAdaptation des forêts au changement climatique\n2015\nDate limite de dépôt des dossiers :\n"
        "le Mercredi 9 septembre 2015 à 17h00\nPublié le 29 mai 2015 à l\u2019adresse suivante :\nhttp://www.reseau-aforce.fr\n[...] Cet appel "
        "bénéficie d\u2019un\nsoutien du ministère en charge de\nl\u2019Agriculture et de la Forêt, et de\nl\u2019Interprofession nationale France Bois Forêt.\n"
        "Rappel des dates importantes\nOuverture de l\u2019appel à projets : le 29 mai 2015\nDate limite de dépôt des dossiers : le 9 septembre 2015 à 17h00",
        [d("2015-09-09", "17:00")],
        opens="2015-05-29",
        distractors=["Publié le 29 mai 2015 (publication, the same day as the opening)"],
        note="a ministry-funded network's call: the deadline twice (label on its own line, then a fiche line), publication "
        "and opening on one day",
    )
    p(
        "r5f-jean-senac-2024",
        "https://algerie360.com/bourses-jean-senac-2024-france-nouvelle-opportunite-pour-les-doctorants-algeriens",
        "L\u2019institut français d\u2019Algérie annonce l\u2019ouverture des candidatures pour la nouvelle édition du programme de bourses Jean Sénac, "
        "dédié pour les étudiants algériens, inscrits dans un cycle de doctorat. [...]\n\nPlusieurs domaines sont concernés par ce programme, "
        "à savoir : Littérature française et francophone, didactique du français et science du langage. Cet appel à candidatures est ouvert "
        "aux étudiants algériens jusqu\u2019au 23 juin 2024 à 23 h 59.\n\nPar ailleurs, la sélection des candidats se fera sur la base d\u2019un "
        "dossier électronique transmis à l\u2019adresse suivante : jeansenac.bourses@if-algerie.com, avant la date limite.",
        [d("2024-06-23", "23:59")],
        note="press relaying a French institute's doctoral grants; the hour is written '23 h 59'",
    )
    p(
        "r5f-mshb-braga-2023",
        "https://mshb.fr/actualites_mshb/appel-a-contributions/8811/",
        "07 avril 2023\nRecherche\nCet appel à contributions est lancé pour un colloque qui aura lieu à Braga au Portugal, les 12 et 13 octobre "
        "2023. Date limite d\u2019envoi des propositions de communication le 31 mai 2023.\n\n[...]\n\nCalendrier\n\n"
        "  \u2022 31 mai 2023 : date butoir pour soumettre des propositions de communication.\n\n"
        "  \u2022 15 juin 2023 : date limite pour la réponse du comité scientifique.\n  \u2022 1er septembre 2023 : diffusion du programme prévisionnel.\n"
        "  \u2022 12-13 octobre 2023 : date du colloque.",
        [d("2023-05-31")],
        page_date="2023-04-07",
        distractors=[
            "15 juin 2023 ('date limite' for the committee's answer: the organisers' step, nothing for the candidate to send)",
            "1er septembre 2023 (programme), 12-13 octobre 2023 (the colloquium)",
            "07 avril 2023 (the post's stamp)",
        ],
        note="a research house relaying a call for papers; the committee's 'date limite' is a trap for a deadline noun",
    )
    p(
        "r5f-ademe-innoveau-releves",
        "https://reseaubatimentdurable.fr/appel-a-projet-de-2023-a-2025-innov-eau-ademe",
        "L\u2019ADEME propose un appel à projet visant à accompagner les innovations dans le secteur de l\u2019eau, pour permettre d\u2019accélérer les "
        "futures mises en marché de solutions visant à lever des verrous de gestion de l\u2019eau, de maîtrise des usages, et de son traitement.\n"
        "[...]\n- Calendrier : 4 vagues de sélection :\n- Relève 1 : le 04/12/2023\n- Relève 2 : le 08/04/2024\n- Relève 3 : le 11/09/2024\n"
        "- Relève 4 : le 13/01/2025",
        [d("2023-12-04"), d("2024-04-08"), d("2024-09-11"), d("2025-01-13")],
        note="a network relaying an agency's call with four collection dates ('relève': the day the applications of each wave are "
        "collected); the rules' labels do not name 'Relève', labelled by what a subscriber needs: four deadlines",
    )
    p(
        "r5f-aesn-trois-appels-2016",
        "https://environnement-magazine.fr/eau/article/2016/08/26/47984/trois-appels-projets-pour-eau-dans-bassin-seinenormandie",
        "Validés début juillet par le conseil d'administration de l'agence, les trois appels à projets sont passés inaperçus dans la torpeur "
        "de l'été. [...] Les porteurs de projets peuvent être des collectivités, collectifs d'agriculteurs, associations ou des chambres "
        "d'agriculture. Le taux d'aide maximal est fixé à 80 %. Les manifestations d'intérêt doivent être déposées avant le 14 octobre et "
        "les dossiers finalisés avant le 16 décembre 2016. [...] L'appel prévoit une subvention de 50 % dans la limite de 2 millions "
        "d'euros par projet ou collectivité. Les candidatures doivent être déposées avant le 31 octobre 2016 à midi.",
        [d("2016-12-16"), d("2016-10-31", "12:00")],
        distractors=[
            "début juillet (the board's approval, vague)",
            "avant le 14 octobre (the expressions of interest: no year on an undated page, so nothing; a subscriber would "
            "read 14 October 2016, letter_of_intent)",
        ],
        note="trade press on a water agency's three calls: two stages for one call, a single deadline with 'à midi' for another",
    )
    p(
        "r5f-ofb-ami-surveillance",
        "https://professionnels.ofb.fr/index.php/fr/node/1609",
        "[Appel à manifestations d\u2019intérêt] Surveillance et évaluation de l\u2019état des milieux aquatiques\n\nDonnées du projet\nTitre de "
        "l'appel\nDéveloppements en matière de surveillance et d\u2019évaluation de l\u2019état des milieux aquatiques continentaux, littoraux et "
        "marins dans le cadre des directives européennes\nStructure(s) porteuse(s)\nOffice français de la biodiversité (OFB)\n[...]\n"
        "Date de début\n2017\n\n[...]\nEn chiffres\n\n  \u2022 4 éditions\n  \u2022 En moyenne tous les 2 ans\n  \u2022 39 projets lauréats\n"
        "  \u2022 2017\n  \u2022 2018\n  \u2022 2019\n  \u2022 2021",
        distractors=["Date de début 2017 (a year only)", "2017, 2018, 2019, 2021 (past editions)"],
        note="an agency's fiche of a recurring call: years only",
    )
    p(
        "r5f-brgm-onewater-webinaire-2022",
        "http://www.brgm.fr/node/1236?print=true",
        "11 mai 2022\n\nOneWater : premier appel à projets du PEPR - Webinaire du 23 mai 2022\n\nLe programme PEPR OneWater \u2013 Eau Bien "
        "Commun, programme national de recherche et d\u2019innovation sur l\u2019eau co-piloté par le BRGM avec le CNRS et INRAE, a lancé en mai 2022 "
        "son premier appel à projets. Un webinaire de présentation et d\u2019information était organisé le 23 mai 2022. Découvrez le replay.\n"
        "[...] Donc le programme OneWater a été lancé le 16 mars dans un kickoff.",
        page_date="2022-05-11",
        distractors=[
            "11 mai 2022 (the post's stamp)",
            "23 mai 2022 (a webinar)",
            "en mai 2022 (launch, month only: no opening)",
            "le 16 mars (the programme's kickoff, a past event)",
        ],
        note="a research organisation's post about an information webinar: no deadline",
    )
    p(
        "r5f-inca-pediahrg-2025",
        "https://cancer.fr/professionnels-de-la-recherche/nos-actions-de-recherche/recherche-fondamentale/programmes-de-recherche-fondamentale-sur-les-cancers-pediatriques",
        'Projets "High-Risk High-Gain" de recherche en cancérologie pédiatrique\n\nCet appel à projets, lancé pour la cinquième année '
        "consécutive depuis 2020, vise à soutenir des projets de recherche très innovants qui ouvriront des voies nouvelles et originales et "
        "produiront des avancées concrètes en cancérologie pédiatrique. [...]\n\nEn 2024, 6 projets ont été sélectionnés dans le cadre de cet "
        "appel à projets (PEDIAHRG 2024). \n\nL'appel à projets PEDIAHRG 2025 est ouvert à soumission du 15 janvier au 20 février 2025.",
        [d("2025-02-20")],
        opens="2025-01-15",
        distractors=["depuis 2020, En 2024 (years)"],
        note="an agency's programme page: the window is 'ouvert à soumission du … au …'",
    )
    p(
        "r5f-fight-kids-cancer-2020",
        "https://imagineformargo.org/lancement-dun-appel-a-projets-inedit",
        "Dynamiser la recherche en Europe et faire converger les fonds collectés vers les programmes les plus impactants : c\u2019est l\u2019ambition "
        "de l\u2019appel à projets Fight Kids Cancer, que nous avons lancé le 15 janvier 2020 avec la Fondation belge Kick Cancer et la Fondation "
        "luxembourgeoise Kriibskrank Kanner.\n[...]\nÀ partir de mi-janvier et ce jusque début avril, les chercheurs européens pourront "
        "déposer leurs projets de recherche sur une plateforme en ligne dédiée. [...] Fin mai, deux à cinq projets seront retenus et "
        "bénéficieront des 3 millions d\u2019euros collectés par les associations et fondations de l\u2019initiative Fight Kids Cancer en 2020.",
        opens="2020-01-15",
        distractors=[
            "jusque début avril (the closing, vague: no deadline)",
            "mi-janvier (vague)",
            "Fin mai (selection, vague)",
        ],
        note="a charity launching a European call: the call is named with its launch day ('que nous avons lancé le'), the "
        "closing is only 'début avril'",
    )
    p(
        "r5f-bo-erasmus-2015",
        "https://education.gouv.fr/bo/15/Hebdo3/MENC1430169C.htm",
        "Appel à propositions relatif au programme de l'Union pour l'éducation, la formation, la jeunesse et le sport - Erasmus+ (2014/2020) "
        "- année scolaire et universitaire 2015-2016\n\nNOR : MENC1430169C\n\nCirculaire n° 2015-0001 du 7-1-2015\n\nMENESR - DREIC B1\n\n"
        "[...]\n\nLa présente circulaire complète les informations contenues dans l'appel à propositions 2015 - EAC/A04/2014 publié au Journal "
        "officiel de l'Union européenne le 2 octobre 2014 sous la référence C 344/15.",
        distractors=[
            "7-1-2015 (the circular's date)",
            "2 octobre 2014 (publication in the Official Journal)",
        ],
        note="a ministry's bulletin relaying a European call: only the dates of texts",
    )
    p(
        "r5f-essor-cvl-fondation-de-france-2022",
        "http://www.essor-centrevaldeloire.org/projets.html",
        "Appels à projets\n\nOrdre d'affichage :\n\n\nDate limite de candidature : 19 Janvier 2022\nOrganisme : Fondation de France\n"
        "Territoire : National et +\n+\n\nLa Fondation de France souhaite participer à l\u2019amélioration de la santé et à la lutte contre la "
        "récidive ou la rechute des malades atteints de pathologies chroniques vivant en milieu rural ou en quartier prioritaire et développer "
        "leur pouvoir d\u2019agir. [...]\n\nDate limite de candidature : 19 Janvier 2022\nOrganisme : Fondation de France\nTerritoire : National et +\n"
        "+\n\nLe programme Enfance de la Fondation de France encourage les actions favorisant une meilleure prise en considération de l\u2019enfant "
        "et du jeune par la société comme par son entourage familial.",
        [d("2022-01-19")],
        note="a regional network's listing of two foundation calls closing the same day: one deadline per day",
    )
    p(
        "r5f-mayotte-subventions-2020",
        "https://lejournaldemayotte.yt/2020/02/21/les-porteurs-de-projets-ont-jusqua-fin-mars-pour-candidater-au-conseil-departemental/?utm_source=rss&utm_medium=rss&utm_campaign=les-porteurs-de-projets-ont-jusqua-fin-mars-pour-candidater-au-conseil-departemental",
        "Le Conseil départemental poursuit sa démarche de dématérialisation des demandes de subventions directement sur le portail en ligne "
        "opérationnel depuis décembre 2019 sur son site internet.\n\nDu 17 février au 27 mars 2020 à minuit, les porteurs de projets sont "
        "invités à effectuer leurs demandes de subventions dans les huit domaines d\u2019intervention suivants :\n\n\u2022 Culture et patrimoine\n\n"
        "[...]\n\nRéouverture exceptionnelle des quatre premiers téléservices, du 17 février au 6 mars 2020:\n\n\u2022 Jeunesse et sport,\n\n[...]\n\n"
        "Ce délai supplémentaire est accordé aux porteurs de projets qui n\u2019ont pas pu effectuer leurs demandes de subventions. Attention ! "
        "Au-delà du 6 mars, il sera définitivement impossible de déposer des demandes de subventions dans ces quatre domaines.",
        [d("2020-03-27", "23:59"), d("2020-03-06")],
        opens="2020-02-17",
        distractors=[
            "depuis décembre 2019 (the portal, vague)",
            "Au-delà du 6 mars (the same last day, year-less)",
        ],
        note="local press on a department's grant windows: a window with 'à minuit' and a reopened window for other domains",
    )
    p(
        "r5f-inserm-cd13-recherche-2023",
        "https://pro.inserm.fr/?p=31007246",
        "Le Département des Bouches-du-Rhône lance un appel « Recherche d\u2019intérêt départemental » destiné à encourager les projets de "
        "recherche confirmés, émergents ou exploratoires dans le but d\u2019accélérer les transitions sociétales et environnementales. [...]\n"
        "Les projets faisant mention à l\u2019intégration de « jeunes chercheurs » (âgés de moins de 35 ans) à l\u2019équipe [...] feront l\u2019objet "
        "d\u2019une attention particulière.\n[...]\nLe dossier complet est à envoyer par mail en version Word et PDF à l\u2019adresse "
        "dr-marseille@inserm.fr avant le 21 avril 2023.\nLes dossiers seront évalués puis déposés auprès du Département selon les modalités "
        "de l\u2019appel à projets.",
        [d("2023-04-21")],
        note="a research agency's regional office relaying a department's call: its internal date for the full file is what "
        "its researchers must meet",
    )
    p(
        "r5f-val-de-marne-histoire-memoire-2023",
        "https://archives.valdemarne.fr/actualites/dernieres-actualites/appel-a-projets--soutien-aux-projets-histoire-archives-memoire",
        "Appel à projets : Soutien aux projets histoire, archives, mémoire\nLe Département lance un appel à projets en partenariat avec les "
        "Archives départementales, pour accompagner des projets de valorisation et de transmission de la mémoire, du patrimoine et de "
        "l'histoire du territoire val-de-marnais.\nDate limite des dépôts de dossiers : 5 novembre 2023 à minuit.\nNature du projet",
        [d("2023-11-05", "23:59")],
        note="a department's call as a fiche line with 'à minuit'",
    )
    p(
        "r5f-htcpm-2024-dates",
        "https://htcpm2024.com/conference/important-dates/",
        "- Opening of abstract submission : September 25th, 2023\n- Deadline for abstract submission: November 15th, 2023\n"
        "- Provisionnal date for opening of registration : October 9th, 2023\n- Deadline for early registration : December 31st, 2023\n"
        "- Deadline for registration : March 31st, 2024\n"
        "- Provisional dates for submission of articles : January 15th, 2024 (opening) \u2013 March 31st, 2024 (closing)",
        [d("2023-11-15"), d("2023-12-31", kind="other"), d("2024-03-31", kind="other")],
        opens="2023-09-25",
        distractors=[
            "October 9th, 2023 (registration opens, not the call)",
            "January 15th, 2024 (opening of article submission)",
        ],
        note="a French conference's fiche lines; registering and the articles of accepted authors are kind other, and "
        "31 March 2024 is one day for both",
    )
    p(
        "r5f-caisse-epargne-hdf-sante-2020",
        "https://www.picardiegazette.fr/2020/10/un-appel-a-projets-au-service-de-la-sante/",
        "La Fondation a pour vocation « d\u2019apporter son soutien aux acteurs à but non lucratif du territoire, qui innovent en faveur du bien "
        "commun ». Ce nouvel appel à projets \u2013 ouvert jusqu\u2019au 30 octobre 2020 \u2013 a pour but d\u2019améliorer la santé et le bien-être des "
        "habitants de la région, [...]\n\nL\u2019appel à projets est ouvert aux structures porteuses de projets à but non lucratif (excepté celles "
        "relevant du service public de l\u2019emploi), et déployés dans la région.",
        [d("2020-10-30")],
        note="local press on a company foundation's call; the deadline sits between dashes",
    )
    p(
        "r5f-mutuelles-axa-2023",
        "https://mutuelles-axa.fr/actualites/tous-les-articles-nationaux0/les-mutuelles-axa-mecenat-sante.html",
        "En 2023 les Mutuelles AXA lancent leur 2ème appel à projets\nLe deuxième appel à projets, lancé le 15 février prochain, portera sur "
        "les 3 mêmes thématiques du programme mécénat santé des mutuelles AXA :\n[...]\nCalendrier de l\u2019appel à projets 2023 :\n"
        "- Publication de l\u2019appel à projets : le 15 février 2023\n- Clôture des candidatures : le 15 mars 2023\n"
        "- Communication auprès des Lauréats : novembre 2023",
        [d("2023-03-15")],
        opens="?",
        distractors=["novembre 2023 (laureates told, month only)"],
        note="a mutual insurer's health patronage call; the call's 'Publication' is its launch, but a label starting with "
        "'Publication' is an event by the rules: the opening is not scored",
    )
    p(
        "r5f-chu-reunion-solid-r-2023",
        "https://www.zinfos974.com/Le-Fonds-Sante-Solid-R-du-CHU-de-La-Reunion-lance-son-2eme-appel-a-projets_a192335.html",
        "Le Conseil d\u2019administration du Fonds de dotation Santé Solid\u2019R, présidé par Lionel CALENGE, s\u2019est réuni mardi 7 février à "
        "l\u2019occasion d\u2019une conférence de presse afin de dresser un bilan très positif de sa première année d\u2019existence.\n\n[...]\n\n"
        "Ce nouvel appel à projet se déroulera en 3 phases :\n\n- Du 7 février au 15 mars 2023 : Lancement de l\u2019appel à projet et reccueil "
        "des candidatures\n\n- Du 16 mars au 16 avril 2023 : Instruction et analyse des dossiers de candidatures\n\n"
        "- Retour vers les porteurs de projet au plus tard fin avril 2023.",
        [d("2023-03-15")],
        opens="2023-02-07",
        distractors=[
            "mardi 7 février (the board's press conference, year-less)",
            "Du 16 mars au 16 avril 2023 (review, an event)",
            "fin avril 2023 (answers, vague)",
        ],
        note="a university hospital's endowment fund: calendar lines whose label follows the range",
    )
    p(
        "r5f-essor-pdl-fonds-eig-2026",
        "https://www.essor-paysdelaloire.org/sante-social-medico-social-appels-p3913.html",
        "Santé, social, médico-social - Appels à projets 2026\n\nDate limite de candidature : 03 Avril 2026\nOrganisme : Fonds de dotation eiG\n\n"
        "L\u2019association lauréate bénéficiera encore cette année d\u2019une forte visibilité ainsi que d\u2019une dotation de 20 000 \u20ac. [...]\n\n"
        "Pour être éligibles, les projets doivent impérativement répondre aux critères suivants :\n\n  \u2022 [...]\n"
        "  \u2022 Etre réalisable en tout ou partie avant Juin 2027. Le porteur du projet devra présenter un état d\u2019avancement de son projet à "
        "l\u2019Assemblée Générale qui se déroulera en juin 2027.",
        [d("2026-04-03")],
        distractors=[
            "avant Juin 2027 (a condition on the project, month only)",
            "en juin 2027 (a general assembly)",
        ],
        note="a regional network's listing of an endowment fund's prize",
    )
