"""Round 16 of the real passages (funders: motor-neurone disease, neuromuscular, cystic-fibrosis and haemophilia charities, diabetes foundations in France and Canada, epilepsy, the medical research foundation's end-of-thesis grant, the solidarity fund for autonomy, the city of Paris and a département's health calls, a family foundation's science prizes, youth-health, suicide-prevention and alcohol-research calls, the state's innovation contest, EU health programmes presented in French, global-health calls of the public agency, paediatric-cancer charities, cancéropôles' emergence and structuring calls, sport-and-health calls, health-insurance funds' grants to associations, Swiss and Belgian funders): test data only.

Collected and labelled on 4 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r16f-arsla-aap-2018-minuit",
        "https://arsla.org/actus/lancement-de-lappel-a-projets-scientifique-2018",
        "L’ARSLA soutient la recherche sur la Sclérose Latérale Amyotrophique et les autres maladies du motoneurone de "
        "l’adulte depuis la création de l’association en 1985 : 190 projets ont été soutenus pour un montant de 6,7 millions "
        "d’euros. En 2017, 10 projets ont été soutenus pour un montant de 600 000 euros dans le cadre de l’appel à projets "
        "scientifique ARSLA 2017.\n"
        "Parce qu’il n’existe toujours pas de traitement permettant de guérir, ni même de stopper l’évolution de la SLA et "
        "pour répondre aux besoins des chercheurs d’une façon pertinente et efficace, l’ARSLA renouvelle son appel à projets "
        "scientifique et médical en 2018.\n"
        "L’appel d’offres est ouvert à tous les chercheurs et toutes les disciplines (clinique, fondamentale, sciences "
        "humaines…) désirant financer un projet permettant de contribuer à l’avancée des recherches sur la SLA ou la prise "
        "en charge des patients. Les projets soumis seront examinés par le Comité Scientifique de l’ARSLA.\n[...]\n"
        "L’ensemble des demandes doivent parvenir à l’association au plus tard le 31 janvier 2018, à minuit. Toutes les "
        "demandes reçues seront étudiées par le Comité scientifique de l’ARSLA en avril prochain puis soumises à validation "
        "au Conseil d’Administration pour une réponse au plus tard en juin 2018.",
        [d("2018-01-31", "23:59")],
        distractors=[
            "depuis la création de l’association en 1985 (history)",
            "En 2017 (a year)",
            "en avril prochain (committee, vague)",
            "une réponse au plus tard en juin 2018 (results, vague)",
        ],
        note="a motor-neurone disease charity's yearly call: requests must reach it by a day at midnight; review and answer are vague months",
    )
    p(
        "r16f-arsla-slia-ia-17h",
        "https://arsla.preprod-14h28.com/actus/appel-a-projets-intelligence-artificielle-sclerose-laterale-amyotrophique",
        "Face à l’absence de traitement capable de ralentir l’évolution de la SLA pour l’ensemble des patients, l’ARSLA lance "
        "un appel à projets dédié à l’application de l’Intelligence Artificielle (IA) dans la recherche sur la SLA. [...]\n"
        "Grâce au soutien de Nicolas Beretti, jeune entrepreneur diagnostiqué en 2023, et le projet SLIA, nous avons réuni "
        "200 000 € pour financer des projets spécifiquement axés sur l’utilisation de l’IA dans la recherche sur la SLA.\n"
        "[...] Chaque projet devra avoir une durée de 12 à 24 mois. Les propositions soumises dans le cadre de l’appel SLIA "
        "seront évaluées par le conseil scientifique de l’ARSLA.\n"
        "Pour candidater, téléchargez le formulaire ici et envoyez votre dossier à appelaprojets@arsla.org avec pour objet : "
        "« Candidature SLIA – nom du porteur » avant 17h du 16 janvier 2025. Les résultats seront connus au plus tard en "
        "juin 2025.",
        [d("2025-01-16", "17:00")],
        distractors=[
            "diagnostiqué en 2023 (a year)",
            "résultats ... au plus tard en juin 2025 (results, vague)",
        ],
        note="a themed call on artificial intelligence (a pre-production copy of the charity's site): the hour is written "
        "before the day ('avant 17h du 16 janvier 2025')",
    )
    p(
        "r16f-afm-timetable-2022",
        "http://www.afm-telethon.com/research/calls-for-proposals/current-calls-for-proposals",
        "This year again, the AFM-Telethon will await the results of the Telethon fund-raising event before launching its "
        "annual Call for Proposals.\n"
        "The online form to apply for the grants will be available in the applicant portal as soon as the Call is open.\n"
        "The planned timetable for the submission of new applications for Research Grants, Trampoline Grants and "
        "Postdoctoral Fellowships has been set as follows:\n"
        "1- Dissemination of the poster: December 2021 at the latest.\n"
        "2- Expected date of Call opening: 16 December 2021.\n"
        "3- Deadline for submission of applications: 18 January 2022.\n"
        "4- Results: mid-July 2022.\n"
        "Note: Completing the online application form can be time-consuming and the website may be overloaded shortly "
        "before the deadline, which can prevent applicants from submitting their last-minute application. No extension of "
        "the deadline will be granted and the AFM-Telethon will take no responsibility in case the application is not "
        "submitted on time.\n"
        "Before completing an application, please consult these\n"
        "Instructions for Preparation of Applications \n"
        "Updated January 2022” and follow the indication.",
        [d("2022-01-18")],
        opens="2021-12-16",
        distractors=[
            "Dissemination of the poster: December 2021 at the latest (the funder's step, vague)",
            "Results: mid-July 2022 (results, vague)",
            "Updated January 2022 (a document's stamp, vague)",
        ],
        note="a neuromuscular charity's English page (French funder): a numbered timetable with the expected opening and the deadline",
    )
    p(
        "r16f-frdj-brain-canada-echeancier",
        "https://fr.readkong.com/page/frdj-canada-fondation-brain-canada-subventions-d-equipe-3552265",
        "FRDJ Canada – Fondation Brain Canada\n"
        "                        Subventions d’équipe Santé mentale et diabète de type 1\n"
        "                                                                                    Appel de demandes\n"
        "Échéancier prévu\n"
        "  Étapes                                                Date\n"
        "  Lancement de l’appel de demandes                      15 juillet 2021\n"
        "  Webinaire à l’intention des candidats                 28 juillet 2021 à 12 h HE\n"
        "  Date limite d’inscription                             15 septembre 2021 à 17 h HE\n"
        "  Avis des résultats des inscriptions                   22 septembre 2021\n"
        "  Date limite de présentation des demandes\n"
        "                                                        28 octobre 2021 à 17 h HE\n"
        "     détaillées\n"
        "  Avis de la décision au plus tôt le                    10 février 2022\n"
        "  Date du début du financement au plus tôt le           1er mars 2022\n"
        "Contexte\n"
        "Le diabète de type 1 est une maladie auto-immune qui entraîne une déficience absolue d’insuline et une\n"
        "dépendance à vie à un traitement par insuline.",
        [d("2021-09-15", "17:00", kind="letter_of_intent"), d("2021-10-28", "17:00")],
        opens="2021-07-15",
        distractors=[
            "Webinaire ... 28 juillet 2021 à 12 h HE (a webinar)",
            "Avis des résultats des inscriptions 22 septembre 2021 (results of the first stage)",
            "Avis de la décision au plus tôt le 10 février 2022 (decision)",
            "Date du début du financement au plus tôt le 1er mars 2022 (start of funding)",
        ],
        note="a Canadian diabetes charity's schedule in French, a two-column table flattened by a PDF's text layer (the "
        "full-application row's label broken around its date). The registration is a compulsory first stage whose results are "
        "announced, so letter_of_intent; times are Eastern (HE), kept as written",
    )
    p(
        "r16f-vaincrelamuco-projets-finances",
        "http://www.vaincrelamuco.org/guerir-demain/projets-finances",
        "Financement de 46 projets de recherche à hauteur de 2,2 millions d'euros\n"
        "Vaincre la Mucoviscidose soutient 46 projets de recherche dans le cadre de l’appel à projets 2023, pour un montant "
        "total de plus de 2,2 millions d’euros.\n"
        "L’attribution d’un financement à un projet de recherche fait l’objet d’une procédure de sélection rigoureuse "
        "soucieuse d’utiliser de manière optimale les dons collectés par Vaincre la Mucoviscidose.\n"
        "Les dossiers complets sont analysés par des experts externes indépendants. Chaque projet est ensuite présenté et "
        "discuté au cours de la session plénière du Conseil scientifique de l’association. [...]\n"
        "Sur la base des recommandations émises par le Conseil scientifique, le Conseil d’administration de l’association "
        "décide fin juin de l’attribution des financements. [...]\n"
        "Vous êtes chercheur et vous souhaitez faire une demande de financement à l'association ? Rendez-vous sur la page "
        "Appel à projets de recherche\n"
        "Date de dernière mise à jour :  juillet 2022",
        [],
        distractors=[
            "l’appel à projets 2023 (a year)",
            "décide fin juin (board's decision, vague)",
            "Date de dernière mise à jour : juillet 2022 (an update stamp, month only)",
        ],
        note="a cystic-fibrosis charity's page on the projects it funds: the selection procedure, no date to send anything by. "
        "The stamp gives only a month, so page_date is null",
    )
    p(
        "r16f-ffrd-dix-ans-quotidien",
        "https://static2.lequotidiendumedecin.fr/specialites/diabetologie-endocrinologie/les-dix-ans-de-la-ffrd",
        "7,1 millions d’euros attribués\n"
        "Les dix ans de la FFRD\n"
        "Par\n"
        "Publié le 24/03/2023\n"
        "Article réservé aux abonnés\n"
        "La Fondation francophone pour la recherche sur le diabète (FFRD) a financé, depuis dix ans, 26 projets de recherche "
        "clinique et fondamentale.\n[...]\n"
        "C’est en 2013 qu’a été créée la Fondation francophone pour la recherche sur le diabète (FFRD), à l’initiative de la "
        "Société Francophone du Diabète (SFD) avec le soutien de la Fédération Française des Diabétiques (FFD). [...]\n"
        "Les bourses allouées par la FFRD, de 300 000 € répartis sur trois ans, sont nettement plus conséquentes que celles "
        "délivrées par la SFD, qui atteignent au maximum 50 000 € sur trois ans.\n"
        "Boucles fermées et pharmacologie\n"
        "Pour 2022, la FFRD a soutenu deux projets.",
        [],
        page_date="2023-03-24",
        distractors=[
            "Publié le 24/03/2023 (publication)",
            "en 2013 (foundation's creation)",
            "Pour 2022 (a year)",
        ],
        note="a medical newspaper on a diabetes foundation's tenth year: publication stamp and history, no call",
    )
    p(
        "r16f-ffre-laureats-2023",
        "https://www.fondation-epilepsie.fr/actualites/soutien-a-la-recherche/page/4/",
        "Soutien à la recherche\n"
        "Les lauréats de la recherche 2023\n"
        "Dans le cadre de ses appels à projet de recherche lancés en février et septembre 2023, le Conseil Scientifique de la "
        "FFRE a distingué 5 projets, dont le financement a été approuvé par le Conseil d’Administration de la FFRE. Découvrez "
        "ci-dessous les noms et thématiques honorés :\n"
        "Appel à projets « Comprendre et Soigner l’épilepsie » :\n"
        "60 000 € « Identification des composés organiques volatils bioprédicteurs de crises d’épilepsie » Benoît MARTIN et "
        "Amélie CATALA, Rennes Fondamentale\n"
        "L’imprédictibilité́ des crises d’épilepsie est un des facteurs qui impacte le plus la prise en charge médicale et la "
        "qualité́ de vie des patients et de leurs proches. De récentes recherches, impliquant des chiens et de la chimie "
        "analytique, ont montré que des odeurs spécifiques sont émises pendant les crises d’épilepsie (Catala et al. 2019, "
        "Maa et al. 2021) ; ces odeurs étant présentes plusieurs heures avant la crise (Catala et al. 2020).",
        [],
        distractors=[
            "lancés en février et septembre 2023 (past launches, months only)",
            "Catala et al. 2019 / 2020, Maa et al. 2021 (citations)",
        ],
        note="an epilepsy foundation's news listing of its 2023 laureates: past launches in months, citations' years",
    )
    p(
        "r16f-arsla-projets-2012-ag",
        "https://www.arsla-asso.com/sla-sclerose-laterale-amyotrophique-fr/information-sla-recherche-sla/les-projets-de-recherches-finances-par-l-arsla/projets-2012.html",
        "LES PROJETS DE RECHERCHES FINANCÉS PAR L'ARSLA\n"
        "Les projets de recherche retenus en 2012 par le Conseil scientifique ont été présentés lors de l’Assemblée générale "
        "du 16 juin 2012.\n"
        "Parmi 13 projets examinés selon la méthodologie habituelle (analyse confiée à deux experts extérieurs et un membre "
        "du Conseil scientifique qui présente ensuite une synthèse de ces trois avis), 298.500 €uros ont été attribués aux 8 "
        "projets de recherche retenus ci-dessous.\n"
        "Télécharger la liste des dotations de recherche ARSLA 2012\n"
        "1 - Projet du Dr Magalie LECOURTOIS – Rouen\n"
        "« Caractérisation dans la drosophile, des mécanismes moléculaires sous-jacents à la neurotoxicité de la protéine "
        "TDP-43 dans la SLA et dans les Dégénérescences Lobaire Fronto-Temporale »\n[...]\n"
        "Dotation accordée : 55 000 €\n"
        "Durée : 2 ans",
        [],
        distractors=["l’Assemblée générale du 16 juin 2012 (a general meeting)"],
        note="a charity's list of the projects it funded in 2012: a general meeting's day, nothing to send",
    )
    p(
        "r16f-afh-bourse-leroux-laureats",
        "https://afh.asso.fr/2024/01/28/retour-des-laureats-de-la-bourse-andre-leroux-2023/",
        "Retour des lauréats de la Bourse André Leroux 2023\n"
        "Pour la 7e édition de la Bourse André Leroux, l’AFH a reçu 19 candidatures de jeunes concernés par une maladie "
        "hémorragique rare, présentant leur cursus scolaire et leur projet professionnel. L’ensemble de ces candidatures a "
        "été apprécié par le jury, et 5 d’entre elles ont reçu un « coup de cœur ».\n"
        "Mathieu, 24 ans, est le grand lauréat cette année. Étudiant en 1re année de Master à l’UFR Staps de Grenoble, il "
        "s’apprête à disputer les JO d’hiver de 2026 en patinage de vitesse. Par la suite, il aimerait décrocher un doctorat "
        "dans le domaine de la recherche.",
        [],
        page_date="2024-01-28",
        distractors=["les JO d’hiver de 2026 (an event's year)"],
        note="a haemophilia association's news on its study grant's laureates; page_date from the address's date",
    )
    p(
        "r16f-frm-fin-de-these-expire",
        "https://www.bordeaux-neurocampus.fr/call-for-tender/frm-fin-de-these/",
        "FRM – Fin de thèse\n"
        "Expire le 17 janvier 2023\n"
        "Aide individuelle pour une 4ème année de thèse de sciences pendant l’année universitaire 2023-2024\n"
        "Critères d’éligibilité :\n"
        "• Demandeur : doctorant inscrit en 4 ème année de thèse de sciences en 2023-2024\n"
        "• Profil du demandeur : tout profil i.e. scientifique ou médical (médecin, pharmacien, vétérinaire, interne en "
        "médecine ou pharmacie)\n"
        "• Laboratoire d’accueil situé en France ou à l’étranger\n"
        "• Inscription obligatoire en 4 ème année de thèse pour l’année universitaire 2023-2024 dans une université française\n"
        "Financement :\n[...]\n"
        "• Durée du financement : de 6 mois minimum à 12 mois maximum, non renouvelable. L’aide ne peut se poursuivre au-delà "
        "de la date de soutenance de la thèse de sciences\n"
        "• Début du CDD : entre le 1 er octobre 2023 et le 1er avril 2024\n"
        "• Montant : 38 040 €/an versé à l’organisme employeur.",
        [d("2023-01-17")],
        distractors=[
            "l’année universitaire 2023-2024 (the funded year)",
            "Début du CDD : entre le 1 er octobre 2023 et le 1er avril 2024 (the contract's start, a condition)",
        ],
        note="a neuroscience campus relays a medical research foundation's end-of-thesis grant: 'Expire le' under the call's "
        "title is the listing's closing; the rules do not name 'expire', labelled as what a subscriber needs (the call closes "
        "that day)",
    )
    p(
        "r16f-cnsa-autonomie-2020",
        "https://www.cnsa.fr/actualites-agenda/actualites/lancement-du-programme-de-recherche-autonomie-soutenu-par-la-cnsa",
        "Lancement du programme de recherche « Autonomie » soutenu par la CNSA\n"
        "Publié le : 02 mars 2020-Mis à jour le : 10 mars 2020\n"
        "La CNSA réitère son soutien au programme de recherche « Autonomie : personnes âgées et personnes en situation de "
        "handicap » de l’Institut de recherche en santé publique (IReSP). Dans le cadre de ce programme, quatre appels à "
        "projets de recherche sont financés. Les candidats ont jusqu’au 31 mai 2020 pour déposer leur projet.\n"
        "L’Institut de recherche en santé publique (IReSP) a lancé fin février 2020 le programme « Autonomie : personnes "
        "âgées et personnes en situation de handicap » soutenu par la CNSA.\n"
        "Dans le cadre de ce programme, quatre appels à projets de recherche sont financés :\n"
        "• un appel à projets générique dit « Blanc » (session 11),\n"
        "• un appel à projets thématique « Établissements, services et transformation de l’offre médico-sociale » (session 2),\n"
        "• un appel à projets thématique « Autisme et Sciences humaines et sociales »,\n"
        "• un appel à projets « Soutien à la structuration de communautés mixtes de recherche ».\n"
        "Les candidats ont jusqu’au 31 mai 2020 pour déposer leur projet.",
        [d("2020-05-31")],
        page_date="2020-03-10",
        distractors=[
            "Publié le : 02 mars 2020 (publication)",
            "Mis à jour le : 10 mars 2020 (update)",
            "lancé fin février 2020 (launch, vague)",
        ],
        note="the solidarity fund for autonomy announces a public-health institute's research programme: the same closing "
        "written twice; page_date is the update",
    )
    p(
        "r16f-cnsa-bilan-2015-recherche",
        "https://prix-autonomie.cnsa.fr/actualites-agenda/actualites/bilan-2015-de-la-politique-de-soutien-a-la-recherche-de-la-cnsa",
        "En 2015, la CNSA a soutenu vingt projets de recherche sélectionnés selon les canons de la recherche académique. Elle "
        "a retenu trente-cinq projets d'actions innovantes proposés par des porteurs de projets. Elle a également lancé deux "
        "appels à projets thématiques qui ont remporté un vif succès puisque dix-neuf projets ont été sélectionnés. Ce bilan "
        "a été présenté lors du Conseil du 12 avril.\n"
        "Vingt projets de recherche soutenus pour une participation de 1,76 M€\n"
        "Pour les appels à projets de recherche, la Caisse s’associe à l’Agence nationale de la recherche (ANR), l’Institut "
        "de recherche en santé publique (IReSP) et, depuis 2012, à la Fondation maladies rares. [...]\n"
        "- cinq projets financés dans le cadre de l’appel à projets dit permanent « Handicap et perte d’autonomie » géré par "
        "l’IReSP, pour un montant de subvention CNSA de 481 000 €.",
        [],
        distractors=[
            "le Conseil du 12 avril (a board's meeting, year-less on an undated page)",
            "En 2015, depuis 2012 (years)",
        ],
        note="a yearly review of the autonomy fund's research support: a board meeting without its year, nothing to send",
    )
    p(
        "r16f-paris-2030-laureats-jury",
        "https://maohitribune.com/Paris-2030-8-projets-de-recherche-laureats-pour-esquisser-la-metropole-du-futur_a6796.amp.html",
        "« Paris 2030 » : 8 projets de recherche lauréats pour esquisser la métropole du futur\n"
        "La 5ème édition de l’appel à projets de recherche « Paris 2030 » distingue 8 lauréats, sélectionnés par un jury "
        "composé des membres du Conseil scientifique de la Ville de Paris, et présidé par Jean-Louis Missika, adjoint chargé "
        "de l’Innovation, de la Recherche et des Universités.\n"
        "La Rédaction\n"
        "13 Octobre 2012 15:21\n"
        "Avec cet appel à projets de recherche, la Ville de Paris invite les scientifiques de toutes disciplines et tous "
        "domaines de recherche à esquisser la métropole du futur, pour accroître les connaissances sur la capitale "
        "d’aujourd’hui et de demain. Ce programme encourage les recherches prospectives et les comparaisons internationales.\n"
        "Le jury réuni le 3 octobre 2012 a sélectionné les 8 projets lauréats suivants, qui recevront chacun entre 20000 € "
        "et 40000 €, pour un total de 244000 € :\n"
        '- "Toitures végétalisées : fonctionnement et dynamique des écosystèmes associés", présenté par Luc Abbadie [...]',
        [],
        page_date="2012-10-13",
        distractors=[
            "13 Octobre 2012 15:21 (the article's stamp)",
            "Le jury réuni le 3 octobre 2012 (jury)",
        ],
        note="a news site relays the city of Paris's research call's laureates: a jury's day and the article's stamp",
    )
    p(
        "r16f-fondationbs-rencontre-laureats",
        "https://www.fondationbs.org/fr/sciences-de-la-vie/rencontre-avec-les-laureats-2014-des-prix-scientifiques",
        "Rencontre avec les lauréats 2014 des prix scientifiques\n"
        "Favoriser le networking et l’accompagnement de ses lauréats sont des éléments essentiels dans l’engagement de la "
        "Fondation. Reportage.\n"
        "Les 20 lauréats des prix scientifiques de la Fondation (Prix Liliane Bettencourt pour les sciences du vivant, Prix "
        "Coups d’élan pour la recherche française, dotation du programme ATIP-Avenir et Prix pour les jeunes chercheurs) se "
        "rassemblent dans les locaux de la Fondation. Cet après-midi du mercredi 8 avril est consacrée à l’échange et au "
        "networking.\n"
        "Des qualités au cœur « des valeurs entrepreneuriales de cette ambitieuse et généreuse fondation familiale ».",
        [],
        distractors=[
            "Cet après-midi du mercredi 8 avril (a meeting, year-less on an undated page)"
        ],
        note="a family foundation's report on a meeting of its science prizes' laureates: a year-less day that is no deadline",
    )
    p(
        "r16f-fdf-enfance-paca-sans-annee",
        "https://projeunes-paca.fr/actualites/appel-a-projets-accompagner-les-enfants-leur-famille-et-les-jeunes-en-difficulte",
        "Appel à projet de la Fondation de France\n"
        "Ouvert jusqu’au 18 décembre à 17h, pour tous les organismes à but non lucratif (associations) ou à gestion "
        "désintéressée (collectivités territoriales, établissements publics, MECS, structures d’accueil de jeunes enfants, "
        "groupements d’intérêt public, coopératives…)\n"
        "Lire l’appel à projet et les conditions pour y répondre.\n"
        "Le programme Enfance de la Fondation de France encourage les actions favorisant une meilleure prise en "
        "considération de l’enfant et du jeune par la société comme par son entourage familial.",
        [],
        distractors=[
            "Ouvert jusqu’au 18 décembre à 17h (year-less closing on an undated page: unresolvable)"
        ],
        note="a regional youth portal relays a foundation's childhood call: the closing has no year and the page no date, "
        "so by the page-date rule it gives nothing",
    )
    p(
        "r16f-fdf-sante-jeunes-2016-familles",
        "https://old.familles-de-france.org/node/3626?mini=2025-03",
        "Appels à projets Santé des jeunes de la Fondation de France\n"
        "29/03/2016 - 11:15\n"
        "La FONDATION DE FRANCE lance ses deux appels à projets « Santé des jeunes » dont les bénéficiaires visés sont :\n"
        "- Les jeunes vulnérables, et leur entourage, particulièrement ceux concernés par les addictions avec ou sans "
        "substance, par les troubles des conduites, notamment alimentaires, et par le risque suicidaire.\n[...]\n"
        "- Les professionnels des services hospitaliers, publics ou privés à but non lucratif, qui accueillent des "
        "adolescents et jeunes adultes.\n"
        "Date limite de réception des dossiers : 29 juin 2016\n"
        "Associations concernées \n"
        "Les associations d’aide aux usagers et familles. Des contacts doivent nécessairement avoir été pris avec les "
        "bénéficiaires avant de déposer un projet. Les associations et structures doivent justifier de deux ans d’expérience "
        "auprès du public concerné.",
        [d("2016-06-29")],
        page_date="2016-03-29",
        distractors=["29/03/2016 - 11:15 (the post's stamp)"],
        note="a families' federation relays a foundation's youth-health calls (addictions, eating disorders, suicide risk)",
    )
    p(
        "r16f-fdf-saint-martin-webinaire",
        "https://www.faxinfo.fr/vie-associative-webinaire-entre-la-fondation-de-france-et-les-associations-de-saint-martin-2/",
        "Le jeudi 22 septembre dernier, une conférence en ligne fut tenue par la Fondation de France, la Collectivité et les "
        "associations de Saint-Martin pour présenter l’ensemble des aides et programmes d’accompagnement mis à disposition. "
        "Seconde partie de notre article publié vendredi dernier.\n"
        "Après un focus sur la santé mentale des jeunes et les familles, les associations sportives ont particulièrement été "
        "attentives à la présentation de Tristan Thomas « Sport Femmes Santé ». [...] Dès début 2023, la FDF entend élargir "
        "son volet santé sport vers d’autres pathologies. Anna Ghiraldini a poursuivi avec Déclics Jeunes, programme pour "
        "les jeunes entre 18 et 30 ans qui a déjà soutenu 1.000 jeunes, à raison de 20 à 30 jeunes par an.",
        [],
        distractors=["Le jeudi 22 septembre dernier (a past webinar)", "Dès début 2023 (vague)"],
        note="an overseas news site on a foundation's webinar: a past meeting and a vague plan. The copy shows only a month "
        "(2022-10), so page_date is null",
    )
    p(
        "r16f-fdf-declics-jeunes-2024",
        "https://www.occitanie-tribune.com/articles/46691/occitanie-la-fondation-de-france-sud-ouest-lance-l-appel-a-projets-declics-jeunes",
        "La Fondation de France Sud-Ouest lance l'appel à projets Déclics Jeunes, pour soutenir les jeunes qui inventent le "
        "monde de demain !\n"
        "Edition 2024 : Inscriptions ouvertes du 13 décembre 2023 au 07 février 2024 à 17h\n"
        "Depuis 48 ans, le concours Déclics jeunes soutient la vocation d’une vingtaine de jeunes par an, dans tous les "
        "domaines de l’intérêt général : culture, science, éducation, solidarité, environnement, santé, inclusion… [...]\n"
        "C’est en 1975, grâce à la généreuse donation de la collection d’œuvres d’art de Léon Salavin et Jeanne Fournier, que "
        "les bourses Déclics jeunes de la Fondation de France sont initiées pour soutenir l’initiative des jeunes et leur "
        "envie d’entreprendre. [...]\n"
        "Ce concours s’adresse à tous les jeunes entre 18 et 29 ans (moins de 30 ans au 31/12/2023), de nationalité française "
        "ou étrangère (résidant en France et parlant français couramment), qui élaborent un projet original, utile aux "
        "autres et porteur d’espoir.",
        [d("2024-02-07", "17:00")],
        opens="2023-12-13",
        distractors=["en 1975 (history)", "moins de 30 ans au 31/12/2023 (age condition)"],
        note="a regional news site on a foundation's young people's grants (health among the fields): the registration "
        "window is the candidature. The copy shows only a month (2024-01), so page_date is null",
    )
    p(
        "r16f-sfa-appel-inedit-2025",
        "https://audiologie-demain.com/un-appel-a-projets-inedit-pour-dynamiser-laudiologie-clinique",
        "01 Septembre 2025\n"
        "Un appel à projets inédit pour dynamiser l’audiologie clinique\n"
        "La Société française d’audiologie (SFA) s’apprête à lancer un dispositif de financement exceptionnel pour soutenir "
        "des initiatives transdisciplinaires permettant de faire avancer la recherche en audiologie.\n[...]\n"
        "C’est une première dans l’histoire de la SFA : la société savante lance un vaste appel à projets, destiné à soutenir "
        "la recherche clinique et l’innovation en audiologie. Au fil des années, la société savante a su constituer des "
        "réserves financières grâce à une gestion rigoureuse et à l’engagement bénévole de ses membres. Le succès du congrès "
        "mondial WCA 2024 a permis d’accroitre encore ces fonds. [...]\n"
        "L’appel est ouvert aux équipes cliniques ou de recherche françaises, à condition que le porteur du projet soit "
        "membre de la SFA (à jour de ses cotisations). Le financement, entre 5 000 et 40 000 €, pourra couvrir un projet en "
        "totalité ou intervenir en cofinancement.",
        [],
        page_date="2025-09-01",
        distractors=["01 Septembre 2025 (the article's date)", "WCA 2024 (a congress's year)"],
        note="an audiology magazine announces a learned society's first call: the article's date, no closing given",
    )
    p(
        "r16f-sfa-compte-rendu-aro",
        "https://sfa.asso.fr/bourses/compte-rendu-de-coline-marche-midwinter-meeting/",
        "Compte rendu de Coline Marché – MidWinter Meeting\n"
        "Le MidWinter Meeting de l’Association for Research in Otolaryngology (ARO) est une des principales conférences "
        "internationales pour tous les sujets liés au fonctionnement des systèmes auditif, vestibulaire et vocal. La "
        "conférence rassemble tous les ans des médecins, cliniciens, industriels et chercheurs, et s’est tenue cette année du "
        "2 au 7 février à Anaheim (Californie, États-Unis), avec 860 posters et 200 présentations orales.\n"
        "Lors du premier jour de conférence, j’ai pu présenter mes travaux de thèse sous la forme d’un poster [...]",
        [],
        distractors=["du 2 au 7 février (a past congress, year-less on an undated page)"],
        note="a learned society's travel-grant holder reports on a congress: its span is no window to send anything",
    )
    p(
        "r16f-fra-alcoologie-2017-cnam",
        "http://recherche.cnam.fr/mesurs/appel-a-projets-2017-853613.kjsp?RH=1466155131593",
        "Fondation pour la Recherche en Alcoologie\n"
        "Appel à projets 2017\n"
        "12 décembre 2016\n"
        "La Fondation pour la recherche en alcoologie sous l’égide de la Fondation de France lance son premier appel à "
        "projets 2017 pour des recherches en alcoologie dans les domaines des sciences biologiques, humaines et sociales.\n"
        "L’objectif de la Fondation est de soutenir des programmes portant sur les trajectoires de vie en matière de "
        "consommation d’alcool, sa maitrise ou la perte de son contrôle, l’entrée dans l’abus et la dépendance, le retour à "
        "une consommation maîtrisée. [...]\n"
        "Plus précisément, trois grands axes de recherches seront privilégiés en 2017 :",
        [],
        opens="?",
        distractors=[
            "12 décembre 2016 (one bare date under the call's title: the listing's posting, no cue)"
        ],
        note="a university's research office lists an alcohol-research foundation's call: a single bare date under the title, "
        "with no cue and no second date, is not labelled as a deadline (a subscriber cannot tell it is one); it may be the "
        "call's opening, so the opening is not scored",
    )
    p(
        "r16f-ofsp-prevention-alcool-dates",
        "https://www.bag.admin.ch/fr/projets-de-prevention-en-matiere-dalcool-demande-de-financement",
        "Projets pratiques de prévention en matière d’alcool: demande de financement\n"
        "La Confédération peut soutenir financièrement des projets de prévention en matière d’alcool. Cela se fait par des "
        "contributions sous forme de décisions de subventionnement conformément à la loi sur les subventions. Sont éligibles "
        "les organisations actives à l'échelle nationale ou supracantonale.\n"
        "Prochaines dates limites de soumission :\n"
        "Projets de prévention : 31. 08. 2026\n"
        "Petits projets de prévention : 31. 08. 2026 et 28. 02. 2026\n"
        "Les demandes pour des projets de prévention en matière d’alcoolpeuvent être soumises au secrétariat scientifique du "
        "Fonds de prévention en matière d’alcool. Le délai de dépôt des demandes régulières est toujours fixé à fin août.",
        [d("2026-08-31"), d("2026-02-28")],
        distractors=["toujours fixé à fin août (vague)"],
        note="a Swiss federal health office's prevention fund: numeric dates with spaces after the dots; the same day twice "
        "is one deadline",
    )
    p(
        "r16f-psf-lancement-santementale",
        "https://www.santementale.fr/2025/12/prevention-suicide-france-fonds-national-dedie-au-financement-dinitiatives",
        "Officiellement lancée le 18 décembre 2025, l’association Prévention suicide France repère, soutient et accompagne les "
        "initiatives les plus prometteuses sur la prévention du suicide. Quatre premiers projets sont déjà soutenus pour une "
        "enveloppe globale de 110 000 euros.\n"
        "Chaque année en France, on compte près de 9 000 décès par suicide et environ 200 000 tentatives, autant de drames "
        "évitables. Alors que la France fait office de mauvaise élève face à ses voisins européens sur le plan de la "
        "prévention, l’association Prévention suicide France, créée en 2024, réunit des experts de ce champ [...]\n"
        "L’association a ainsi lancé, au mois de mai, un appel à projet doté de 110 000 euros, qui seront évalués par un "
        "conseil scientifique de chercheurs et de professionnels de santé [...]",
        [],
        distractors=[
            "Officiellement lancée le 18 décembre 2025 (a launch)",
            "créée en 2024",
            "au mois de mai (a past call, vague)",
        ],
        note="a mental-health magazine on a suicide-prevention fund's launch: a launch day and a past call. The address "
        "gives only a month (2025-12), so page_date is null",
    )
    p(
        "r16f-psf-lille-europesays",
        "https://www.europesays.com/fr/609016",
        "Par\nAmandine Vachez\nPublié le\n19 déc. 2025 à 6h26\n"
        "Une nouvelle fois, le CHU de Lille (Nord) voit un dispositif innovant naître entre ses murs : Prévention suicide "
        "France. [...] Lancé en 2024, l’organisme lillois a présenté les premiers projets qu’il accompagne, ce jeudi 18 "
        "décembre 2025.\n[...]\n"
        "Née en 2024, l’association a su trouver un fonds et lancer un premier appel à projets. 60 notes d’intention ont été "
        "reçues pour cette première édition, qui a vu plusieurs lauréats sélectionnés par 14 membres de Prévention suicide "
        "(psychiatres, sociologues, infirmiers, journaliste…).",
        [],
        page_date="2025-12-19",
        distractors=[
            "Publié le 19 déc. 2025 à 6h26 (publication)",
            "ce jeudi 18 décembre 2025 (a presentation)",
        ],
        note="a regional news copy on the same fund (a different article): publication and a press day, nothing to send",
    )
    p(
        "r16f-fdf-risque-suicidaire-pepsal",
        "http://www.pepsal.org/2015/05/25/appel-a-projet-reduire-le-risque-suicidaire-chez-les-jeunes-en-situation-de-grande-vulnerabilite/",
        "Appel à projet « Réduire le risque suicidaire chez les jeunes en situation de grande vulnérabilité »\n[...]\n"
        "Depuis quelques années, la Fondation de France aide les professionnels de la santé à mettre en œuvre les conditions "
        "d’une plus grande réactivité et d’une accroche thérapeutique plus efficace. L’objectif de cet appel à projets est "
        "d’améliorer l’accès aux soins pour les jeunes en situation de grande vulnérabilité [...]\n"
        "Date de limite de réception des dossiers ont été fixées le 01er Septembre 2015 pour un financement en 2016.\n"
        "Les dossiers reçus feront l’objet d’une présélection. Après instruction, les projets seront examinés par un comité "
        "d’experts en décembre 2015. Les décisions seront uniquement communiquées par courrier postal.",
        [d("2015-09-01")],
        page_date="2015-05-25",
        distractors=[
            "pour un financement en 2016 (funded year)",
            "un comité d’experts en décembre 2015 (committee, vague)",
        ],
        note="a public-health network relays a foundation's youth suicide-risk call: '01er Septembre' with a capital month; "
        "page_date from the address's date",
    )
    p(
        "r16f-numero-national-suicide-2021",
        "http://www.whatsupdoc-lemag.fr/article/numero-national-de-prevention-du-suicide-quelle-equipe-pour-porter-le-projet",
        "Numéro national de prévention du suicide : quelle équipe pour porter le projet ?\n"
        "Après le Ségur de la santé, le gouvernement lance un appel à projet pour créer un numéro national de prévention du "
        "suicide. Une première étape pour un déploiement opérationnel d’ici 2022.  \n[...]\n"
        "Un dossier à envoyer avant le 31 janvier 2021\n \n"
        "Pour candidater, vous avez jusqu'au 31 janvier 2021. Le dossier de cinq pages comprend une série de questions. "
        "Quels seront les partenaires, les financements, les ressources humaines et matérielles pour mettre en place cette "
        "ligne téléphonique ?",
        [d("2021-01-31")],
        distractors=["un déploiement opérationnel d’ici 2022 (a plan)"],
        note="a young doctors' magazine on the ministry's call to run a national suicide-prevention line: one day written twice",
    )
    p(
        "r16f-bernstein-suicide-bms",
        "https://bullmed.ch/article/doi/bms.2021.19763",
        "Prévention du suicide chez les jeunes\n[...]\n"
        "Publié le 26.05.2021\n"
        "La Fondation Bernstein invite à soumettre des projets dans le domaine de la prévention du suicide. Elle a pour "
        "objectif d’améliorer la prévention du suicide chez les enfants, les adolescents et les jeunes adultes en promouvant "
        "des projets de prévention et en soutenant des projets de recherche. \n"
        "Alors que l’incidence du suicide chez les adultes en Suisse a diminué au cours des deux dernières décennies, le taux "
        "de suicide chez les jeunes de 10 à 18 ans est resté pratiquement inchangé à 3,7 pour 100 000 habitants, ce qui est "
        "supérieur à la moyenne européenne.",
        [],
        page_date="2021-05-26",
        distractors=["Publié le 26.05.2021 (publication)"],
        note="the Swiss medical bulletin on a foundation inviting suicide-prevention projects: no closing in the passage",
    )
    p(
        "r16f-inov-vague14-midi",
        "https://lemondeinformatique.fr/actualites/lireamp-france-2030-l-etat-lance-la-14e-vague-du-concours-i-nov-94440.html",
        "La 14ème vague du concours I-nov. est ouverte jusqu’au 1er octobre 2024 à midi. Financé par le plan France 2030, ce "
        "dispositif qui a déjà récompensé 692 lauréats depuis 2017, vise à faire émerger l’innovation de PME, ETI et de "
        "start-ups françaises capables de s’imposer au niveau mondial dans leur domaine. Opéré par Bpifrance et l’Ademe, il "
        "cofinance des projets de recherche, développement et innovation dont les coûts totaux se situent entre 1 M€ et 5 M€, "
        "et dont la durée est comprise entre 12 et 36 mois. [...]\n"
        "Pour cette édition, 4 thématiques sont définies. Il s’agit du numérique, de la santé, de la ville durable et de "
        "l’énergie.",
        [d("2024-10-01", "12:00")],
        distractors=["depuis 2017 (history)"],
        note="an IT newspaper on the state's innovation contest (health is one of its themes): 'ouverte jusqu’au … à midi'",
    )
    p(
        "r16f-inov-vague13-clubster",
        "https://www.clubster-nsl.com/appels-projets/concours-dinnovation-i-nov-vague-xiii/",
        "CONCOURS D’INNOVATION I-NOV VAGUE XIII\n"
        "Date limite de dépôt : 02 avril 2024 à 12h00 (midi heure de Paris)\n"
        "Objectifs du concours :\n"
        "• Soutenir les projets d’innovation des start-up et PME et favoriser l’émergence d’entreprises leaders dans leur "
        "domaine pouvant prétendre à une envergure mondiale. PME : : <250 employés ET (CA<=50 M € ou bilan <=43 M€)\n[...]\n"
        "Thématiques retenues pour la vague XIII – 4 thématiques\n"
        "• Santé : projets d’innovation de rupture significatives en termes de produits : liste non exhaustive\n"
        "• Solutions thérapeutiques innovantes ;\n"
        "• Solutions de prévention innovantes ;\n"
        "• Thérapie génique ou cellulaire ;",
        [d("2024-04-02", "12:00")],
        note="a health-industry cluster relays the innovation contest's 13th wave: one fiche line with its hour",
    )
    p(
        "r16f-inov-vague9-zabala",
        "https://www.zabala.fr/actualites/i-nov-grande-opportunite/",
        "Bonnes nouvelles pour les start-ups et les PME porteuses de projets d’innovation dans les domaines du numérique, de "
        "la santé, des transports, mobilités, villes et bâtiments durables, et des énergies, ressources et milieux naturels. "
        "Lancée dans le cadre du Programme d’investissement d’avenir (PIA4), la neuvième vague du Concours d’innovation i-Nov "
        "favorise l’émergence des entreprises leaders dans ces champs, pouvant prétendre à une envergure mondiale. Cet appel à "
        "projets se clôturera le 22 mars 2022, à 12h (heure de Paris).\n"
        "Une fois le dossier de candidature déposé et l’appel à projets clôturé, Bpifrance conduira une première analyse en "
        "termes d’éligibilité. Pour ce faire, les évaluateurs vérifieront que le dossier a été soumis dans les délais et de "
        "manière complète, via sa plateforme de dépôt.",
        [d("2022-03-22", "12:00")],
        note="a grants consultancy on the contest's 9th wave: the call's own verb ('se clôturera le')",
    )
    p(
        "r16f-inov-vague7-calendrier",
        "https://fr.readkong.com/page/investissements-d-avenir-bpifrance-5108184",
        "Investissements d’Avenir\n"
        "Calendrier du Concours\n"
        "La 7ème vague du Concours d’innovation i-Nov est ouverte le 15 février 2021 et se clôture\n"
        "le 11 mai 2021 à 12h00 (midi).\n"
        "Les projets peuvent être soumis pendant toute la période d’ouverture du Concours d’innovation i-Nov (ci-après "
        "« Concours ») et ne sont relevés qu’à la date de clôture.\n"
        "Table des matières\n"
        "I-     CONTEXTE ET OBJECTIFS ................................................................................................. 3\n[...]\n"
        "Concours d’innovation i-Nov – Vague VII - Février 2021                                                                    2",
        [d("2021-05-11", "12:00")],
        opens="2021-02-15",
        distractors=["Vague VII - Février 2021 (the document's footer, a month)"],
        note="the public investment bank's terms for the 7th wave, from a document viewer: opening and closing in one sentence",
    )
    p(
        "r16f-eu4health-2021-occitanie",
        "https://occitanie-europe.eu/appels-a-propositions-eu4health-appels-2021-partie-2",
        "Appels à propositions – EU4Health – Appels 2021 – Partie 2\n"
        "Programme et titre des appels à propositions\n"
        "Titre du programme : EU4Health\n"
        "Titre des appels : Appels 2021-Partie 2\n"
        "Référence des appels\n"
        "EU4H-2021-PJ-06\n"
        "EU4H-2021-PJ-07\n[...]\n"
        "EU4H-2021-PJ-18\n"
        "Date limite de dépôt des candidatures\n"
        "Tous les appels se clôturent le 25 janvier 2022, 17h00\n"
        "Objectif du programme\n"
        "Le programme EU4Health représente un niveau d'engagement financier sans précédent pour l'UE dans le domaine de la "
        "santé par rapport aux programmes précédents.",
        [d("2022-01-25", "17:00")],
        note="a region's office in Brussels presents the EU health programme's calls in French: a heading line, then the closing",
    )
    p(
        "r16f-eu4health-2021-kaila",
        "https://kaila.eu/fr/blog/les-nouveaux-appels-a-projets-deu4health-disponibles-sur-kaila/",
        "Qu'est-ce que le programme EU4Health ?\n"
        "Une réponse « ambitieuse » à la crise sanitaire générée par le COVID-19. C’est ainsi que l’Union européenne définit "
        "le nouveau programme EU4Health, approuvé en mars dernier et doté d’un budget de 5 100 millions d’euros. [...]\n"
        "Quels sont les thématiques du deuxième volet du programme EU4Health ?\n"
        "Le deuxième volet d’appels à projets dans le cadre du programme de travail 2021 a été publié en octobre. Les sujets "
        "vont des données de santé aux modes de vie sains, aux infections, à la santé mentale, au cancer, et à la génomique, "
        "entre autres.\n"
        "Voici les 13 appels à projets publiés :\n"
        "Opening date: 14/10/2021\n"
        "Deadline: 25/01/2022\n"
        "This consortium will design, develop, deploy and operate a network of nodes (representing different data brokers, "
        "holders and data consumers) federated by central services that may be provided by the European Commission.",
        [d("2022-01-25")],
        opens="2021-10-14",
        distractors=["approuvé en mars dernier (vague)", "publié en octobre (vague)"],
        note="a grants platform's French blog lists the same EU health calls with English fiche labels",
    )
    p(
        "r16f-sante-3-pj-01-2017",
        "https://occitanie-europe.eu/?p=4635",
        "Programme et titre de l’appel à propositions\n"
        "Programme : Troisième programme Santé\n"
        "Appel à propositions : Aider les Etats membres à intégrer la promotion de la santé et la prévention des maladies "
        "dans les milieux de la santé et de l'éducation\n"
        "Référence de l’appel\n"
        "PJ-01-2017\n"
        "Date limite de dépôt des candidatures\n"
        "15 juin 2017, à 17h00\n"
        "Objectif du programme\n"
        "L'objectif général est de compléter, soutenir et apporter une valeur ajoutée aux politiques des Etats membres qui "
        "visent à améliorer la santé des citoyens européens et réduire les inégalités en la matière.",
        [d("2017-06-15", "17:00")],
        note="the same office on the EU's third health programme: the label alone on its line (no colon), the date below",
    )
    p(
        "r16f-eu4health-2025-idf",
        "https://www.iledefrance-europe.eu/en/opportunites/news-detail/article/adoption-du-programme-de-travail-2025-deu4health",
        "Adoption du programme de travail 2025 d’EU4Health\n"
        "Appels à projets - Emploi, politiques sociales & santé | 29/07/2025\n"
        "Découvrez les nouveaux appels à propositions !\n"
        "La Commission européenne a adopté le 23 juillet le programme de travail 2025 d’EU4Health (et son annexe listant la "
        "totalité des actions prévues) destiné à renforcer la résilience des systèmes de santé européens dans le cadre de "
        "l’Union européenne de la santé\n"
        "L’enveloppe budgétaire du programme de travail 2025 s’élève à 571,3 millions d’euros [...]\n"
        "• Le calendrier prévisionnel de publication des appels à propositions 2025 est disponible sur cette page",
        [],
        page_date="2025-07-29",
        distractors=[
            "29/07/2025 (the news item's date)",
            "a adopté le 23 juillet (the work programme's adoption)",
        ],
        note="a region's European office on the adoption of the EU health work programme: no call closes here",
    )
    p(
        "r16f-cg06-appel-sante-2013-nice",
        "https://nicepremium.fr/actualite/l-appel-a-projets-sante-lance12682",
        "Récupération de Donnèe\n12.8 C\nNice\n22 novembre 2024\n"
        "L’appel à projets santé lancé\n"
        "M. Eric Ciotti, Député, Président du Conseil général des Alpes-Maritimes, a présenté hier le nouvel appel à projets "
        "santé 2013-2014 en présence de la Présidente du Comité Scientifique de l’appel à projets, le Professeur Jacqueline "
        "Godet, également Présidente de la Ligue contre le cancer.\n"
        "Le Conseil général des Alpes-Maritimes a lancé hier le 6ème appel à projets santé destiné à soutenir les équipes "
        "médicales et scientifiques du département dans leurs projets innovants. [...]\n"
        "Depuis le premier appel à projets santé en 2006, le Conseil général a subventionné 129 projets (sur 257 "
        "candidatures) pour un montant de 21,3 millions d’euros. Cette année, la participation du Conseil général s’élève à "
        "2 millions d’euros, montant en deçà des 3,13 millions d’euros de 2012.",
        [],
        distractors=[
            "22 novembre 2024 (the site's weather widget, not the article's date)",
            "appel à projets santé 2013-2014 (the edition's years)",
        ],
        note="a local news site on a département's health-research equipment call: its launch 'hier', no closing; the date "
        "in the header belongs to a widget, so page_date is null",
    )
    p(
        "r16f-pepr-sfc-doctorants-2024",
        "https://pepr-sante-femmes-et-couples.fr/2024/04/22/doctorants",
        "L’infertilité touche 3,3 millions de personnes en France et l’endométriose, cause majeure d’infertilité, touche une "
        "femme en âge de procréer sur dix. Le programme de recherche France 2030 « Santé des femmes et des couples » vise à "
        "étudier ces deux pathologies.\n"
        "Dans ce contexte, des allocations doctorales sont disponibles pour des projets contribuant à faire progresser les "
        "connaissances sur l’endométriose et l’infertilité.\n[...]\n"
        "L’appel est ouvert à tout·e candidat·e titulaire d’un master ou d’un diplôme équivalent. [...]\n"
        "La nationalité française n’est pas exigée.\n"
        "Veuillez vous connecter à EVA3 pour compléter votre candidature : le lien sera bientôt disponible.",
        [],
        page_date="2024-04-22",
        distractors=["France 2030 (a programme's name)"],
        note="a priority research programme on women's and couples' health offers doctoral grants: the link is to come, no "
        "date given; page_date from the address's date",
    )
    p(
        "r16f-sfe-lettre-septembre-2013",
        "https://www.sfendocrino.org/septembre-2013/",
        "Septembre 2013\n"
        "Chers Collègues, Chers Amis,\n"
        "Le temps passe si vite. J’arrive pratiquement déjà au terme de mon mandat à la Présidence de la Société Française "
        "d’Endocrinologie. [...]\n"
        "Le bilan des actions passées est important ; maintien de l’équilibre financier de nos deux sociétés « SFE et SFE "
        "congrès », site internet riche, évolutif et attractif, soutien renforcé aux plus jeunes par les bourses SFE et en "
        "partenariat, professionnalisation des prestataires PCO, juridico-fiscal et comptable, Livre Blanc, registre de "
        "l’acromégalie, réflexion et mise en place de la DPC, Annales, Conseil Professionnel etc …\n[...]\n"
        "Nous espérons vous voir nombreux au prochain Congrès SFE PARIS 2013 qui débute le 2 octobre prochain au CNIT La "
        "Défense.",
        [],
        distractors=[
            "Septembre 2013 (the letter's month)",
            "débute le 2 octobre prochain (a congress)",
        ],
        note="an endocrinology society's president's letter: grants named, a congress's opening day; the page shows only a "
        "month, so page_date is null",
    )
    p(
        "r16f-ecs-projets-sfce-2024",
        "https://enfants-cancers-sante.fr/2024/02/21/federation/lassociation-enfants-cancers-sante-officialise-la-liste-des-projets-de-recherche-quelle-financera-en-2024",
        "Il y a quelques jours, l’association Enfants Cancers Santé a rendu public la liste des projets de recherche sur les "
        "cancers pédiatriques qu’elle financera en 2024 avec toujours le même objectif : guérir plus, guérir mieux.\n"
        "Chaque année, au mois de mai, la Société française de lutte contre les cancers et les leucémies de l’enfant et de "
        "l’adolescent lance un appel à projets. Son conseil scientifique sélectionne les projets de recherche les plus "
        "efficients à financer. Le coût est partagé entre plusieurs associations dont Enfants Cancers Santé, représentée au "
        "sein du conseil scientifique par le président de sa Commission scientifique.\n"
        "Dans le cadre de son appel à projets 2023, le conseil scientifique de la SFCE a reçu et a évalué 26 projets. 15 "
        "projets ont été sélectionnés et seront financés en 2024, pour un budget total de 1 146 554 €. [...]",
        [],
        page_date="2024-02-21",
        distractors=[
            "Chaque année, au mois de mai (a yearly launch, vague)",
            "financés en 2024 (funded year)",
        ],
        note="a paediatric-cancer charity's list of the projects it funds: a yearly launch month, no closing; page_date from "
        "the address's date",
    )
    p(
        "r16f-evapourlavie-task-force",
        "https://www.evapourlavie.com/27-task-force-inca.html?lang=3",
        "Task Force cancers pédiatriques INCa\n"
        "Sous l'impulsion d'Eva pour la vie et d'associations membres de la fédération Grandir Sans Cancer - dont nous "
        "sommes co-fondateurs - la Ministre de la recherche Frédérique Vidal a accordé fin 2018 un fond de 5 millions "
        "d'euros/an dédié à la recherche fondamentale sur les cancers pédiatriques. [...]\n"
        "Ce\ngroupe de travail a permis, en 2019, de lancer un appel à projets (peu satisfaisant) sur la mobilité "
        "internationale des jeunes chercheurs  et de financer 4 projets destinés à promouvoir le partage des données en "
        "cancérologie pédiatrique.\n"
        "Notre association joue un rôle très actif en ce qui concerne la recherche des causes des cancers pédiatriques et la "
        "prévention, qui est insuffisante. [...] Nous avons obtenu en février 2020 - non sans difficultés - que cela devienne "
        "un axe prioritaire pour l'INCa.",
        [],
        distractors=["fin 2018 (vague)", "en 2019 (a year)", "en février 2020 (vague)"],
        note="a parents' association on a task force for paediatric-cancer research funding: vague past dates only",
    )
    p(
        "r16f-sfro-lettre-mai-2014",
        "https://doczz.fr/doc/1748845/t%C3%A9l%C3%A9charger",
        "La lettre de la SFRO\n"
        "DATES\nCONGRES\n2014:\n16 au 18 Octobre\nCNIT\nParis\nLa Défense\n"
        "n°5\nMai 2014\n"
        "Bruno CHAUVET (Avignon) Past Président\n"
        "La SFRO un an après la parution du Livre Blanc\n"
        "Le Livre Blanc de la Radiothérapie en France est paru il y a un an.\n[...]\n"
        "La DGOS a ouvert, depuis un an, des discussions autour de la réforme du financement\n"
        "au travers d’une double enquête, de pratiques et d’évaluation des coûts, afin d’aboutir à\n"
        "une tarification nouvelle, basée sur un forfait « parcours de soins en radiothérapie ». Le\n"
        "principe de cette expérimentation a été voté en décembre dernier avec le plan du\n"
        "financement de la sécurité sociale ; l’appel à candidatures auprès des centres de\n"
        "radiothérapie vient d’être publié",
        [],
        distractors=[
            "CONGRES 2014: 16 au 18 Octobre (a congress)",
            "Mai 2014 (the letter's month)",
            "en décembre dernier (vague)",
        ],
        note="a radiotherapy society's newsletter from a document viewer: a congress's span on broken lines, a call just "
        "published with no closing given",
    )
    p(
        "r16f-initiative-ami-paludisme-2025",
        "https://linitiative.expertisefrance.fr/appel-a-projet/ami-2025-accelerer-la-riposte-au-paludisme-par-des-approches-communautaires",
        "Appel à Manifestation d’Intérêt 2025\n"
        "Accélérer la riposte au paludisme par des approches communautaires\n"
        "STATUTS :\nEn cours\n"
        "DATE DE CLÔTURE :\n13/01/2025 à 12h00\n"
        "(heure de Paris)DATE D'OUVERTURE :\n30/10/2024 à 12h00\n"
        "(heure de Paris)Objectifs de l'AMI 2025\n"
        "Malgré les efforts déployés dans la lutte contre le paludisme et les avancées réalisées entre les années 2000 et "
        "2019, la maladie a atteint un plateau et la riposte n’engendre plus de progrès, surtout depuis la pandémie du "
        "Covid-19. En 2022, on compte 608 000 décès dus au paludisme dans le monde (soit 32 000 de plus qu’en 2019).",
        [d("2025-01-13", "12:00")],
        opens="2024-10-30",
        distractors=["entre les années 2000 et 2019 (history)", "En 2022 (a year)"],
        note="the French public agency's global-health initiative: fiche labels on their own lines, the hour's zone glued "
        "to the next label by the page's layout",
    )
    p(
        "r16f-fondation-arthrose-tilman-2022",
        "http://www.fondationarthrose.org/Prix-et-Bourses/Bourses-de-mobilite-Tilman.aspx?lang=en-us",
        "Article 1 - Purpose and amount of the Mobility Grants\n"
        "The Osteoarthritis Foundation, located at 22B rue de Fraigneux in Boncelles, Belgium, organises the award of "
        "mobility grants financed by the Tilman Laboratory (ZI Sud 15, 5377 Somme-Leuze, Belgium).\n[...]\n"
        "Article 2 - Eligibility requirements\n"
        "Mobility Grants are open to all doctoral students who have been registered for at least one year. They are not "
        "applicable for travel in the framework of a co-tutoring.\n"
        "The application form can be downloaded from the Osteoarthritis Foundation's website or requested by e-mail at the "
        "following address:\n"
        "The completed application form must be sent to with a request for acknowledgement of receipt before\n"
        "15/08/2022 at midnight. No applications will be accepted after this date.",
        [d("2022-08-15", "23:59")],
        note="a Belgian osteoarthritis foundation's industry-funded mobility grant (its English page): the date on the line "
        "after 'before', at midnight",
    )
    p(
        "r16f-ars-bfc-sante-sexuelle-2025",
        "https://bourgogne-franche-comte.ars.sante.fr/index.php/sante-sexuelle-2025-bfc",
        "Pour 2025, les thèmes retenus seront les suivants :\n"
        "- La prévention diversifiée (VIH et IST),\n"
        "- La promotion de la contraception (prévention des grossesses non prévues),\n"
        "- La promotion du consentement (prévention des violences),\n[...]\n"
        "Les actions peuvent être proposées notamment lors des journées mondiales de la contraception, de la ménopause, de "
        "lutte contre le SIDA ou de la semaine nationale de promotion de la santé sexuelle comme au moment des Marches des "
        "Fiertés.\n"
        "Les actions devrons débuter au plus tôt le 1er septembre 2025 pour une durée maximale de 16 mois (soit au plus tard "
        "le 31/12/2026).",
        [],
        distractors=[
            "débuter au plus tôt le 1er septembre 2025 (the funded action's start)",
            "au plus tard le 31/12/2026 (the funded action's end, a condition)",
        ],
        note="a regional health agency's sexual-health call: the span within which the funded actions must run is no date "
        "to send anything by",
    )
    p(
        "r16f-sidaction-prevention-gay-2017",
        "https://studylibfr.com/doc/6503602/l-appel-%C3%A0-projets-pr%C3%A9vention-gay",
        "Appel à projets juillet 2017 – juin 2018\n"
        "Prévention Gay\n"
        "Destiné aux associations de France métropolitaine, Drom et Com\n"
        "Date de clôture : 28 février 2017\n"
        "Procédure de demande de financement\n"
        "Seules les associations ayant été invitées à répondre à cet appel d’offres juillet 2017 – juin 2018\n"
        "pourront soumettre une demande de financement à Sidaction.\n[...]\n"
        "La date limite de réponse à l’appel d’offres est le 28 février 2017.\n"
        "A la clôture de l’appel d’offres, l’éligibilité de chaque dossier sera vérifiée par l’équipe du service des\n"
        "programmes France de Sidaction. [...] En mai 2017, le CAS se réunira pour délibérer sur\n"
        "les demandes de financement, à partir des instructions réalisées par ses membres. Le Comité\n"
        "associatif formulera des propositions de financement qui seront soumises au Conseil\n"
        "d’administration de Sidaction, qui se prononcera sur ces propositions au mois de juin 2017.",
        [d("2017-02-28")],
        distractors=[
            "juillet 2017 – juin 2018 (the funded period)",
            "En mai 2017, le CAS se réunira (committee, vague)",
            "au mois de juin 2017 (board's decision, vague)",
        ],
        note="an HIV charity's call for associations' prevention projects: one closing written twice, the funded period and "
        "the committees' months",
    )
    p(
        "r16f-cgo-aos-ouvert-2024",
        "https://www.canceropole-grandouest.com/appel-projets/appel-a-projets-emergence-interreseaux-du-cgo-2024-copy/",
        "Appel à d’offres STRUCTURANT ouvert CGO/Régions 2024\n"
        "Echéance : 15/07/2024\n"
        "Organisateur : Cancéropôle Grand Ouest\n"
        "Terminé\n"
        "Partagez l'article\n"
        "APPEL D’OFFRES STRUCTURANT OUVERT CGO/REGIONS 2024\n"
        "Depuis 2005 les Régions Bretagne, Centre-Val de Loire et Pays de la Loire apportent des financements permettant au "
        "CGO de structurer la recherche en cancérologie en faisant émerger des équipes de recherche nouvelles, des "
        "plates-formes ou plateaux techniques mutualisés, ou en incitant à des regroupements d’équipes ou de moyens existants "
        "afin de générer une plus-value dans le domaine de la recherche en cancérologie.\n[...]\n"
        "Télécharger le cahier des charges\n"
        "Télécharger la lettre d’intention\n"
        "Télécharger le dossier de candidature \n"
        "Télécharger l’annexe financière\n"
        "→ Date limite de soumisssion : 03 mai 2024 \n"
        "→ Date limite de dépôt du dossier complet : 15 juillet 2024 –  midi\n"
        "Attention : envoi du dossier au CGO à contact@canceropole-grandouest.com",
        [d("2024-05-03", kind="letter_of_intent"), d("2024-07-15", "12:00")],
        distractors=["Depuis 2005 (history)"],
        note="a cancéropôle's structuring call with the regions: 'Echéance' repeats the full file's day. The first closing "
        "names no stage, but the call has a letter of intent to download and a later full file, so it is labelled a first "
        "stage (the rules do not settle a bare 'soumission' before a 'dossier complet'; labelled by what a subscriber needs)",
    )
    p(
        "r16f-kgso-emergence-shs-2025",
        "https://kgso.fr/appels-a-projet/emergence-shs-e-sp",
        "Le Cancéropôle GSO soutient l’émergence de nouveaux projets en Sciences Humaines et Sociales, Epidémiologie et Santé "
        "Publique en finançant (25 k€) le développement d’études de faisabilité de projets innovants et la prise de risque "
        "scientifique dans le domaine de la recherche sur le cancer\n[...]\n"
        "Financement\n"
        "25k€ maximum par projet sur 12 mois.\n"
        "Calendrier\n"
        "- Date de lancement : mercredi 29 janvier 2025\n"
        "- Date de clôture : lundi 3 mars 2025 à midi\n"
        "- Publication des résultats : fin juin 2025\n"
        "- Démarrage des projets : septembre 2025\n"
        "Partenariat EVOCAN-2\n"
        "La Fédération Hospitalo-Universitaire EVOCAN-2 co-finance 1 projet Montpelliérain portant sur les immunothérapies.",
        [d("2025-03-03", "12:00")],
        opens="2025-01-29",
        distractors=[
            "Publication des résultats : fin juin 2025 (results, vague)",
            "Démarrage des projets : septembre 2025 (start, vague)",
        ],
        note="a south-western cancéropôle's emergence call in social sciences and public health: a four-line calendar",
    )
    p(
        "r16f-fdf-spe-2021",
        "https://www.fondationdefrance.org/fr/sante-publique-et-environnement",
        "Appel à projets\n"
        "Santé publique et environnement\n"
        "Date limite de dépôt de dossiers : 31 mars 2021. \n"
        "Contact : projets@fdf.org\n"
        "Contexte\n"
        "L’impact de l’environnement sur la santé humaine est de plus en plus reconnu, même si de nombreuses questions "
        "scientifiques restent ouvertes sur cette problématique.\n"
        "A cet effet, la Fondation de France souhaite soutenir la recherche sur les conséquences des facteurs "
        "environnementaux sur la santé humaine, en population générale, en contexte de vie et de travail, dans une "
        "perspective de santé publique. Elle soutient la formation de jeunes chercheurs ainsi que des équipes de recherche "
        "françaises.\n"
        "Quels projets de recherche ?\n"
        "En 2021, la Fondation de France poursuit son soutien aux thématiques et approches suivantes dans le champ de la "
        "santé humaine :",
        [d("2021-03-31")],
        distractors=["En 2021 (a year)"],
        note="a foundation's public-health and environment research call: one fiche line",
    )
    p(
        "r16f-ars-grand-est-activite-physique",
        "https://www.grand-est.prse.fr/aap-promotion-de-la-pratique-d-une-activite-a409.html",
        'AAP "Promotion de la pratique d’une activité physique favorable à la santé "\n'
        "A travers l’objectif « Le sport pour la santé, l’éducation et la citoyenneté » du Plan Héritage et Durabilité des "
        "Jeux, Paris 2024 s’engage pour alerter et convaincre de l’importance de mettre plus d’activité physique dans tous les "
        "moments de la vie quotidienne, en particulier celle des plus jeunes et des personnes éloignées de la pratique "
        "sportive. L’ARS lance un AAP pour soutenir cet élan.\n"
        "Cet appel à projets s’inscrit dans le cadre :\n"
        "- De la Stratégie Nationale Sport Santé 2019-2024,\n"
        "- De la Stratégie Impact & Héritage des Jeux de Paris 2024,\n"
        "- Du Projet Régional de Santé Grand Est 2018-2028,\n"
        "- Du Plan Régional Grand Est Activité Physique à des fins de Santé 2024-2028.\n"
        "Il a pour objectif de promouvoir et de faciliter l’accès à l’activité physique à des fins de santé pour toutes les "
        "personnes les plus éloignées de la pratique dans une approche globale de prévention et de promotion de la santé.",
        [],
        distractors=[
            "2019-2024, 2018-2028, 2024-2028 (plans' spans)",
            "Paris 2024 (an event's name)",
        ],
        note="a regional health agency's physical-activity call on the regional environment-health plan's site: only plans' "
        "spans, no closing in the passage",
    )
    p(
        "r16f-fdf-sport-territoires-fragiles-94",
        "https://www.valdemarne.fr/newsletters/projaide/appel-a-projets-sport-et-sante-en-territoires-fragiles-de-la-fondation-de-france",
        "La reprise et la pratique des activités physiques constitue un enjeu de santé publique: la Fondation de France a "
        "ouvert son appel à projets « sport et santé en territoires fragiles » et souhaite ainsi participer à l’amélioration "
        "de la santé de personnes atteintes de maladies chroniques vivant en milieu rural ou en quartier prioritaire. Date "
        "limite de dépôt : 19 janvier 2022.",
        [d("2022-01-19")],
        note="a département's grants newsletter relays a foundation's sport-and-health call: a short notice",
    )
    p(
        "r16f-fdf-sport-rural-2018",
        "https://www.fondationdefrance.org/fr/sport-et-sante-en-milieu-rural",
        "Appel à projets\n"
        "Sport et santé en milieu rural\n"
        "Date limite de transmission des dossiers : 21 février 2018\n"
        "Contact : sport@fdf.org\n"
        " \n"
        "Faciliter l’accès à la pratique d’une activité physique régulière dans les zones rurales dans une logique "
        "d’amélioration de la santé et de prévention des maladies\n"
        " \n"
        "CONTEXTE\n"
        "Une activité physique et sportive régulière – pour peu qu’elle soit pratiquée en respectant certains principes – "
        "présente, outre son rôle socialisant, des intérêts indéniables en terme de préservation ou d’amélioration de la "
        "santé. Elle bénéficie à tous les types de populations, à tous les âges.",
        [d("2018-02-21")],
        note="the same foundation's earlier rural sport-and-health call: 'Date limite de transmission des dossiers'",
    )
    p(
        "r16f-maisons-sport-sante-2020",
        "https://apmsl.fr/actualites/appel-a-projets-2020-maisons-sport-sante",
        'Appel à projets 2020 "Maisons Sport-Santé"\n'
        "Dans le cadre du Plan « Priorité prévention – rester en bonne santé tout au long de sa vie » et de la Stratégie "
        "Nationale Sport Santé (SNSS) 2019-2024, les ministères de la Solidarité et de la Santé ainsi que des Sports "
        "s’associent pour lancer la deuxième édition de l’appel à projets « Maison Sport-Santé ». Cette labellisation "
        "« Maison Sport-Santé » s’inscrit dans une volonté de donner l’opportunité à tout public de pratiquer une activité "
        "physique et sportive à des fins de santé et de réduire les comportements sédentaires. La date de clôture est fixée "
        "au 17 juillet 2020 à 18h. ",
        [d("2020-07-17", "18:00")],
        distractors=["(SNSS) 2019-2024 (a strategy's span)"],
        note="a regional primary-care federation relays the ministries' sport-health houses call",
    )
    p(
        "r16f-promotion-sante-suisse-aides",
        "https://fr.readkong.com/page/aides-financieres-pour-le-developpement-de-projets-de-3815725",
        "Aides financières pour le développement de projets de promotion de la santé et de prévention en Suisse - Sélection "
        "d'organisations et critères\n[...]\n"
        "Janvier 2022\n"
        "    Aides financières pour le développement\n"
        "    de projets de promotion de la santé et de\n"
        "    prévention en Suisse\n"
        "    Sélection d’organisations et critères\n"
        "Remarque\n"
        "Cette feuille d’information porte sur la recherche de fonds et le soutien de projets de promotion de la santé.\n"
        "Les offres des organisations sélectionnées (Confédération, cantons, organismes de financement privés et\n"
        "prix d’encouragement) font l’objet de présentations succinctes, avec les liens correspondants.\n[...]\n"
        "La feuille d’information reflète la situation au 20 septembre 2021 et ne prétend pas à l’exhaustivité.",
        [],
        distractors=[
            "Janvier 2022 (the sheet's month)",
            "la situation au 20 septembre 2021 (the sheet's stamp)",
        ],
        note="a Swiss health-promotion foundation's directory of funders: the sheet's month and the day its content reflects; "
        "only a month is shown as its date, so page_date is null",
    )
    p(
        "r16f-cpam78-action-sanitaire-2026",
        "https://demarche.numerique.gouv.fr/commencer/cpam-78-appel-a-projets-2026-de-l-action-sanitaire",
        "CPAM 78 : Appel à projets 2026 de l'action sanitaire et sociale\n"
        "Temps de remplissage estimé : 49 min (variable selon les options choisies)\n"
        "Date limite : 15 février 2026 à 23 h 59 (heure de Paris).\n"
        "Commencer la démarche\n"
        "La Caisse Primaire d'Assurance Maladie des Yvelines propose un soutien financier aux associations souhaitant mettre "
        "en place des actions à caractère sanitaire et social, au profit des publics yvelinois, dans les domaines suivants :\n"
        "• Aide aux personnes malades\n"
        "• Aide aux personnes en situation de handicap\n"
        "• Accompagnement vers l'accès aux droits et aux soins\n[...]\n"
        "Les projets devront CIBLER PRIORITAIREMENT les personnes :\n"
        "• En affection longue durée\n"
        "• De moins de 60 ans",
        [d("2026-02-15", "23:59")],
        note="a local health-insurance fund's grants to associations on the state's online forms site: '23 h 59' with spaces",
    )
    p(
        "r16f-cpam67-prevention-2023",
        "https://cpam67-ts.fr/financer-vos-projets-de-prevention-par-cpam",
        "L’Assurance Maladie finance des projets de prévention portés par des structures locales sur tout le territoire. Ces "
        "projets sont transmis à la commission nationale par l’intermédiaire des CPAM, en vue d’un démarrage des actions en "
        "2023 et pouvant se maintenir jusqu’en 2024. Le dispositif est reconduit en 2023 avec quatre thématiques vous "
        "permettant de solliciter un financement.\n"
        "A. Les projets financés par l’Assurance Maladie\n"
        "L’Assurance Maladie lance ses appels à projets prévention 2023/2024 sur les thématiques suivantes :\n"
        "1. La santé sexuelle\n[...]\n"
        "2. Le moi(s) sans tabac\n"
        "Les actions éligibles à un financement devront permettre de contribuer à la réduction des Inégalités Sociales de "
        "Santé et cibler des publics prioritaires (femmes enceintes, jeunes, publics en vulnérabilité sociale, personnes en "
        "situation de handicap…) dans le cadre du Moi(s) sans tabac.\n"
        "Les actions doivent impérativement être concentrées sur les mois d’octobre et novembre et ne peuvent se situer en "
        "dehors de ce calendrier.",
        [],
        distractors=[
            "un démarrage des actions en 2023 et pouvant se maintenir jusqu’en 2024 (the actions' span, years)",
            "concentrées sur les mois d’octobre et novembre (when the actions run)",
        ],
        note="a health-insurance fund's prevention calls relayed by a regional site: when the funded actions run, no closing",
    )
    p(
        "r16f-cpam43-subventions-2022",
        "https://www.amf43.fr/2022/02/01/cpam-lappel-a-projet-2022-subventions-aux-associations/",
        "CPAM – L’appel à projet 2022 : subventions aux associations\n"
        "1 février 2022Actualités\n"
        "CPAM – L’appel à projet 2022 : subventions aux associations\n"
        "Contexte de l’appel à projets\n"
        "La Caisse Primaire d’Assurance Maladie de la Haute-Loire  est un acteur majeur de l’économie locale, elle contribue "
        "à la prise en charge des soins, et couvre l’essentiel de la dépense de santé de la population du département.\n[...]\n"
        "A ce titre, la CPAM de la Haute-Loire peut accorder des subventions à des associations qui œuvrent dans le domaine "
        "sanitaire et social, notamment concernant l’accès aux soins.\n[...]\n"
        "Le présent appel à projets s’inscrit dans le cadre de cette démarche.",
        [],
        page_date="2022-02-01",
        distractors=["1 février 2022 (the news item's date, glued to its category)"],
        note="a département's mayors' association relays a health-insurance fund's grants: the post's date, no closing in "
        "the passage",
    )
