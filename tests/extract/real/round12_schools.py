"""Round 12 of the real passages (students' services, universities, competitions and francophone academic pages): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r12s-auf-asie-pacifique-allocation-master-2018",
        "https://auf.org/asie-pacifique/nouvelles/appels-a-candidatures/appel-candidatures-allocation-regionale-de-niveau-master-sans-mobilite-annee-2018-2019",
        "Date limite pour l’inscription des candidatures en ligne : 15 août 2018\nUne allocation régionale de niveau master sans "
        "mobilité concerne un(e) étudiant(e) francophone souhaitant s’inscrire à une formation francophone de niveau master dans "
        "son pays de résidence.\n[...]\nCalendrier\nOuverture | Clôture | Sélection des candidats | Diffusion des résultats |\n"
        "15 mai 2018 | 15 août 2018 | Août 2018 | 1er septembre 2019 |\nModalités de prise en charge : consulter le règlement",
        [d("2018-08-15")],
        opens="2018-05-15",
        distractors=["Août 2018 (selection, a month)", "1er septembre 2019 (results)"],
        note="a university agency's call for master's allowances: a fiche line and a calendar table with a header row",
    )
    p(
        "r12s-amis-ulg-bourses-comoth-2018",
        "http://amis.ulg.ac.be/prix-bourses/comoth/",
        "René Comoth, docteur en philosophie et lettres (philologie romane) de l’ULiège, décédé le 3 mars 1993, a institué l’asbl "
        "Les Amis de l’Université de Liège légataire de la majeure partie de ses biens [...]\n\nLe Conseil d’administration de "
        "l’association a décidé que, pour l’année académique 2018-2019 :\n\n  • 30 bourses d’études René Comoth de 1500 € "
        "pourront être attribuées\n  • aucun subside de formation à la recherche René Comoth ne sera accordé.\n\nLes formulaires "
        "de demande et leurs annexes devront parvenir au siège de l’association pour le 20 juillet 2018 au plus tard pour les "
        "bourses d’études.",
        [d("2018-07-20")],
        distractors=["décédé le 3 mars 1993", "l'année académique 2018-2019"],
        note="a Belgian university's friends' association: study grants (not medical, kept for its forms); the forms must "
        "reach it by a day",
    )
    p(
        "r12s-yabiladi-auf-maroc-bourses-2019",
        "https://yabiladi.com/articles/details/81558/maroc-l-auf-lance-appel-candidatures.html",
        "L'Agence universitaire de la Francophonie (AUF) au Maghreb a annoncé cette semaine le lancement au Maroc d’un nouveau "
        "programme pilote de soutien à l’excellence scientifique [...]. Ce programme est destiné aux doctorants de 3e ou de 4e "
        "année de thèse, inscrits en thèse dans une université marocaine [...]\nL’appel à candidatures est ouvert jusqu’au 2 "
        "septembre 2019. Les résultats seront communiqués aux candidats le 10 septembre au plus tard pour leur permettre "
        "d’organiser toutes les formalités administratives nécessaires à leur mobilité, conclut l’agence.",
        [d("2019-09-02")],
        distractors=[
            "le 10 septembre au plus tard (results told to candidates; year-less, undated page)"
        ],
        note="a Moroccan news site on doctoral mobility grants",
    )
    p(
        "r12s-crous-poitiers-cvec-commissions-2024",
        "https://www.crous-poitiers.fr/sortir-bouger-creer/soutiens-aux-projets-etudiants",
        "Commissions mixtes de financement\n[...]\nCalendrier 2024-2025 des commissions ( Poitiers ):\nOctobre : dépôt des dossiers "
        "24 septembre // date commission: 8 octobre\nNovembre : dépôt des dossiers 22 octobre // date commission: 5 novembre\n"
        "Décembre : dépôt des dossiers 19 novembre // date commission: 3 décembre\nCalendrier 2024-2025 des commissions (La "
        "Rochelle ):\nNovembre : 7 novembre 2024\nJanvier : 16 janvier 2025\nfévrier : 13 février 2025\nMai : 22 mai 2025\n"
        "[...]\n(*) Au titre de l’année universitaire 2024-2025, le jury se réunira :\nLes dates des commissions CVEC :\nMercredi 6 "
        "novembre\nJeudi 13 mars 2025\nMercredi 4 juin 2025",
        [],
        distractors=[
            "dépôt des dossiers 24 septembre, 22 octobre, 19 novembre (year-less, undated page)",
            "7 novembre 2024, 16 janvier 2025, 13 février 2025, 22 mai 2025 (commissions' meetings)",
            "Jeudi 13 mars 2025, Mercredi 4 juin 2025 (the jury's meetings)",
        ],
        note="a students' services calendar: the filing days carry no year on an undated page (class 8); every full date "
        "is a commission's or a jury's meeting",
    )
    p(
        "r12s-crous-nantes-cvec",
        "https://www.crous-nantes.fr/le-crous/le-crous-de-nantes-pays-de-loire-au-service-des-etudiants/le-crous-de-nantes-pays-de-la-loire-accompagne-vos-projets-cvec/",
        "Le Crous de Nantes Pays de la Loire accompagne vos projets CVEC\n\n[...]\n\nDepuis la rentrée 2018, les étudiants doivent "
        "s’acquitter de la Contribution de Vie Étudiante et de Campus (CVEC) [...].\n\nL’usage de la CVEC est régi par le décret "
        "n° 2019-205 du 19 mars 2019 relatif aux modalités de programmation et de suivi des actions financées par la contribution de "
        "vie étudiante et de campus (CVEC) [...] et par la circulaire n° 2019-029 du 21 mars 2019 CVEC relative à la programmation "
        "et le suivi des actions.\n[...]\nVous devez télécharger le Formulaire d’appel à projets 2023-2024 et le retourner à "
        "projets.cvec@crous-nantes.fr",
        [],
        distractors=[
            "le décret … du 19 mars 2019",
            "la circulaire … du 21 mars 2019",
            "la rentrée 2018",
        ],
        note="students' services: only texts' dates",
    )
    p(
        "r12s-crous-versailles-cvec",
        "https://www.crous-versailles.fr/sortir-bouger-creer/soutiens-aux-projets-etudiants/dispositif-de-soutien-aux-projets-etudiants-du-crous-de-versailles",
        "Commission d’appel à projets étudiants Culture ActionS et vie de campus\nLa commission d’appel à projets étudiants Culture "
        "ActionS et vie de campus se réunit tous les deux mois environ pour évaluer les projets [...]\nLes projets reçus moins de "
        "deux semaines avant la commission seront étudiés à une commission ultérieure.",
        [],
        note="a rolling call: a relative delay before each meeting, no day",
    )
    p(
        "r12s-centre-val-de-loire-avec-2024",
        "https://www.centre-valdeloire.fr/lactualite-de-la-region-centre-valdeloire/ce-nest-pas-parce-que-la-crise-sanitaire-est-derriere",
        "À quelles aides les porteurs de projet peuvent-ils prétendre ?\n\nEn année pleine, la Région Centre-Val de Loire octroie "
        "une enveloppe budgétaire de 2 millions d’euros pour accompagner le financement des projets. [...] Les projets seront "
        "sélectionnés en juin/juillet 2024 par la Région pour une mise en œuvre à compter de la rentrée de septembre.",
        [],
        distractors=[
            "en juin/juillet 2024 (selection, vague)",
            "à compter de la rentrée de septembre (vague)",
        ],
        note="a region's interview on a students' life call; vague months only",
    )
    p(
        "r12s-cnp-mn-postes-ahu",
        "https://www.cnp-mn.fr/cnebmn-accueil/les-postes-dahu-et-de-phu/",
        "1. LES AHU :\n\nA l’issue de son DES ou muni de diplômes suffisants [...], un étudiant en Médecine ou en Pharmacie peut "
        "postuler pour occuper les fonctions d’Assistant Hospitalo-Universitaire (AHU).\n\nIl s’agit d’un cadre temporaire non "
        "titulaire : un poste d’AHU est accordé pour une durée de 2 ans, reconductible ensuite pour 2 périodes de 1 an [...]\n\nLes "
        "conditions de candidature à un poste d’AHU sont précisées par l’article 26-2 et 26-3 du décret 84.135 du 24 février 1984 "
        "modifié.",
        [],
        distractors=["décret 84.135 du 24 février 1984"],
        note="a specialty's national council on hospital-university posts: conditions and a decree's date",
    )
    p(
        "r12s-tricoteuses-mutation-hu-2024",
        "https://legal.tricoteuses.fr/articles/JORFARTI000049180695",
        "Les candidats et les candidates à la mutation doivent adresser en envoi recommandé simple, dans un délai de huit jours "
        "suivant la date de publication du présent arrêté au Journal officiel de la République française (le cachet de la poste "
        "faisant foi), au directeur ou à la directrice de l'unité de formation et de recherche médicale, odontologique ou "
        "pharmaceutique [...] « Concours et mutations hospitalo-universitaires 2024 »",
        [],
        note="an official text's article: a delay counted from its publication, no day",
    )
    p(
        "r12s-medecinesfax-concours-ahu",
        "https://www.medecinesfax.org/fra/pages/395/concours-au-titre-d-assistant-hospitalo-universitaire-",
        "Concours au titre\nd'Assistant hospitalo-universitaire\n[...]\n3) aux agents du corps médical hospitalo-sanitaire en "
        "exercice à la date du 3 avril 2009 et justifiant d’une ancienneté de cinq (5) ans au moins dans le corps et ce, dans la "
        "limite de 3 sessions successives et pour une période transitoire ne dépassant pas le 31 décembre 2012.\nLes formalités "
        "d’inscription sont accomplies auprès du ministère de la santé par le candidat en personne [...] et déposer, avant la "
        "clôture dudit registre :",
        [],
        distractors=[
            "en exercice à la date du 3 avril 2009 (a condition)",
            "ne dépassant pas le 31 décembre 2012 (a period)",
        ],
        note="a Tunisian medical faculty's competition rules: a condition and a transitional period, no closing day",
    )
    p(
        "r12s-juriblio-arrete-2004-concours-des",
        "https://juriblio.fr/arretes/arrete-du-27-fevrier-2004/134650331/chapitre-ier",
        "JORF n°61 du 12 mars 2004\n\nChapitre Ier : Organisation générale du concours\n[...]\nUn arrêté du ministre chargé de la "
        "santé fixe, chaque année, pour ce concours, la période d'inscription, les conditions de dépôt des dossiers et le calendrier "
        "des épreuves. Ce calendrier est identique à celui des épreuves prévues à l'article R. 632-4 du code de l'éducation dans sa "
        "rédaction issue du décret n° 2016-1597 du 25 novembre 2016.\n[...]\nCe concours se déroule suivant un calendrier identique à "
        "celui des épreuves prévues à l'article 4 du décret du 16 janvier 2004 susvisé.",
        [],
        distractors=[
            "JORF n°61 du 12 mars 2004",
            "décret … du 25 novembre 2016",
            "décret du 16 janvier 2004",
        ],
        note="a regulation on a specialisation competition: texts' dates only",
    )
    p(
        "r12s-juriblio-arrete-2021-evc",
        "https://juriblio.fr/arretes/arrete-du-9-juillet-2021/177994303/titre-ier",
        "Le lauréat dispose d'un délai de six mois à partir de la publication des résultats pour être affecté. A défaut, il perd le "
        "bénéfice du concours.\n[...]\nEn application des dispositions des articles L. 4111-2 et L. 4221-12 du code la santé "
        "publique, lors d'une session, et ce à partir de la session 2021, les candidats qui ont participé, au moins à une épreuve "
        "sont considérés comme ayant utilisé un droit à concourir.",
        [],
        distractors=["à partir de la session 2021"],
        note="a regulation on foreign doctors' knowledge tests: delays and sessions, no day",
    )
    p(
        "r12s-aphp-circulaire-ecn-2004",
        "https://affairesjuridiques.aphp.fr/textes/circulaire-santeeducationdhos-m-4-n-67-du-16-fevrier-2004-relative-a-lorganisation-des-epreuves-classantes-nationales-donnant-acces-au-troisieme-cycle-des-etudes-medicales",
        "Circulaire santé/éducation/DHOS-M 4 n° 67 du 16 février 2004 relative à l'organisation des épreuves classantes nationales "
        "donnant accès au troisième cycle des études médicales\n\nRéférences :\n[...]\nDécret n° 88-321 du 7 avril 1988 modifié "
        "relatif à l'organisation du troisième cycle des études médicales ;\nDécret n° 2004-67 du 16 janvier 2004 relatif à "
        "l'organisation du troisième cycle des études médicales ;\nArrêté du 29 janvier 2004 organisant les épreuves classantes "
        "nationales [...]\n\nPièces jointes :\n[...]\nCalendrier fixant les dates d'envoi des fichiers informatiques.",
        [],
        distractors=[
            "n° 67 du 16 février 2004",
            "Décret … du 7 avril 1988",
            "Décret … du 16 janvier 2004",
            "Arrêté du 29 janvier 2004",
        ],
        note="a hospital group's legal database: a circular on national exams, texts' dates only",
    )
    p(
        "r12s-tricoteuses-code-education-concours",
        "https://tricoteuses.fr/legifrance/sections/LEGISCTA000027865009",
        "Code de l'éducation\nSection 4 : Accès aux formations du troisième cycle pour les médecins étrangers autres que les "
        "ressortissants des Etats membres de l'Union européenne [...]\nLes candidats font connaître, lors de leur inscription au "
        "concours, la discipline et la spécialité médicales au titre desquelles ils concourent.\n[...]\nUn arrêté du ministre "
        "chargé de l'enseignement supérieur et du ministre chargé de la santé fixe, chaque année, le nombre de postes offerts au "
        "concours",
        [],
        note="a code's section on a competition: no date",
    )
    p(
        "r12s-djazairess-residanat-transparence",
        "https://djazairess.com/fr/elwatan/297844",
        "Un collectif de médecins généralistes, s'étant présentés au concours de résidanat, se plaint du manque de transparence "
        "dans la gestion de l'examen. [...] L'arrêté datant d'avril 1993 et fixant les conditions d'accès au résidanat stipule que "
        "les candidats aspirant à accéder aux spécialités médicales doivent faire valoir une moyenne de 10/20.",
        [],
        distractors=["d'avril 1993"],
        note="an Algerian daily's news on a residency competition",
    )
    p(
        "r12s-djazairess-residanat-liste-annulee",
        "https://djazairess.com/fr/elwatan/294590",
        "Les candidats au concours d'accès au résidanat en médecine, qui a eu lieu les 3 et 4 octobre, n'en reviennent pas. La "
        "liste des admis qui a été affichée le 10 du même mois, au niveau du CHU, de la faculté de médecine, ainsi que sur le site "
        "Internet de celle-ci, a été annulée deux jours plus tard, soit le 12 octobre, et ce à la surprise générale.",
        [],
        distractors=[
            "les 3 et 4 octobre (the exam)",
            "le 10 du même mois",
            "le 12 octobre (year-less, undated page)",
        ],
        note="news of a competition's results being cancelled: exam and results days, year-less on an undated page",
    )
    p(
        "r12s-tabibos-residanat-algerie",
        "https://www.tabibos.com/concours-residanat-algerie/",
        "De plus en plus, les médecins algériens sont intéressés par ce concours; par conséquence, la concurrence s’intensifie.\n"
        "D’environs 4500 candidats en 2018, à environs 5500 candidats en 2019. [...]\nQuand se déroulera-il le concours?\nLes "
        "épreuves du test se déroulent à la rentrée universitaire, vers le mois de septembre ou octobre) de chaque année",
        [],
        distractors=["en 2018", "en 2019", "vers le mois de septembre ou octobre (vague)"],
        note="a medical students' guide to a residency exam",
    )
    p(
        "r12s-maroc4-bourse-doctorants-7000",
        "https://fr.maroc4.com/news-52210.html",
        "Bourse pour les doctorants : Détails sur l’allocation mensuelle de 7.000 Dh\n[...]\nAfin d’être éligible à cette bourse, "
        "le candidat doit être de nationalité marocaine, être officiellement inscrit dans un programme de doctorat relevant d’un "
        "domaine prioritaire au sein d’une université publique, et avoir un âge maximal de 26 ans, sauf pour les étudiants en "
        "médecine et en médecine vétérinaire, pour lesquels la limite d’âge est de 27 ans au moment de leur inscription en "
        "première année de doctorat.",
        [],
        note="a Moroccan news site on a doctoral grant's conditions; no date",
    )
    p(
        "r12s-actu-maroc-bourse-doctorants-2023",
        "https://actu-maroc.com/?p=13099",
        "jeudi, mai 29, 2025\n[...]\nUne nouvelle bourse pour les doctorants marocains : entre opportunités et conditions strictes\n\n"
        "Le Maroc mise sur ses jeunes chercheurs avec une bourse doctorale inédite\n\noctobre 31, 2023\nin ACTUALITÉS, Maroc\n[...]\n"
        "Un critère d’âge a également été instauré : 26 ans au moment de l’inscription en première année de doctorat.",
        [],
        distractors=[
            "jeudi, mai 29, 2025 (the site's header date)",
            "octobre 31, 2023 (the post's date)",
        ],
        note="a news site's page: the header's day and the post's stamp, both month first; no deadline",
    )
    p(
        "r12s-cycledoctoral-bourses-maroc",
        "http://cycledoctoral.ma/bourses-de-doctorat-maroc/",
        "– La bourse CNRST d’excellence est de 3000dhs/mois (versée mensuellement durant 3 ans). Le nombre des étudiants qui en "
        "bénéficient est de 300. Le CNRST lance en janvier de chaque année l’appel à candidatures. L’examen des dossiers de "
        "candidature est confié à une commission d’évaluation",
        [],
        distractors=["en janvier de chaque année (vague)"],
        note="a doctoral students' guide; a yearly month only",
    )
    p(
        "r12s-ld2a-eligibility-no-date",
        "https://ld2a.ma/en/criteres-deligibilite/",
        "Eligibility criteria\n\nTo be eligible to apply for a […] Program grant:\n\n-Students must be registered in doctoral "
        "programs in Moroccan public universities in AY 2021-2022 in all academic disciplines\n[...]\n-Aged under 27 years as of "
        "December 31st 2021\n[...]\nThe deadline for receipt of applications on the website is :\n\nNo application is examined "
        "after that date.\n\nThe announcement of the successful candidates is to made on :",
        [],
        distractors=["as of December 31st 2021 (an age condition)", "AY 2021-2022"],
        note="an academies' grant page whose deadline label lost its date: the only day is an eligibility condition",
    )
    p(
        "r12s-telquel-1000-doctorats-2023",
        "https://telquel.ma/instant-t/2023/12/12/voici-les-details-du-programme-de-1000-doctorats-de-la-nouvelle-generation-defendu-par-miraoui_1845781",
        "Selon les détails fournis par le ministre Miraoui au Parlement, ce programme cible spécifiquement les étudiants ayant "
        "complété un master et s’étant inscrits en doctorat, avec une condition d’âge fixée à moins de 26 ans. Ces doctorants "
        "sélectionnés bénéficieront d’une allocation mensuelle de 7000 dirhams sur une période de trois ans.",
        [],
        note="a news site on a doctoral programme; no date",
    )
    p(
        "r12s-erasmus-oran-calendrier-vide",
        "https://erasmus.univ-oran2.dz/index.php/site-map",
        "Calendrier\nOuverture de l'appel d’offre :\nFermeture de l'appel d’offre:\n- Téléchargement des documents (en cas "
        "d'application incomplète sans statut):\n- Vérification d'éligibilité et évaluation académique par l’université "
        "d’accueil:\n- Nomination des candidats par l’université d’origine:\n- Veuillez noter que le délai définitif fixé dans le "
        "calendrier dépend des universités partenaires.",
        [],
        note="a university's mobility calendar whose values were lost: labels only",
    )
    p(
        "r12s-portail-ucl-bourses-doctorat-2018",
        "https://portailqa.sipr.ucl.ac.be/en/node/39225",
        "Appel 2018\nL’Université catholique de Louvain (UCL) organise un concours visant à octroyer des bourses de doctorat à des "
        "ressortissants de pays en développement. [...]\n1. Critères de recevabilité\nPour être recevable, le candidat doit "
        "satisfaire à TOUS les critères suivants :\n- être originaire d'un pays en développement ;",
        [],
        distractors=["Appel 2018"],
        note="a Belgian university's doctoral grants; the stored part holds no day",
    )
    p(
        "r12s-leon-fredericq-autres-bourses-rotary-2021",
        "https://www.fondationleonfredericq.be/jcms/c2_20577989/en/autres-bourses-et-prix",
        "Appel aux candidatures pour les bourses Rotary: 2021-2022\n\nLa Fondation du Rotary International et le District 2160 du "
        "Rotary proposent aux (« jeunes ») diplômés et aux chercheurs, des bourses pour effectuer une formation et/ou de la "
        "recherche et/ou un perfectionnement dans une université ou une institution d'enseignement supérieur à l’étranger.\n[...]\n"
        "Il est conseillé de vous manifester, si possible avant le 1er févier 2021.\nAttention de bien vérifier la date limite pour "
        "l'introduction des dossiers.",
        [],
        distractors=[
            "si possible avant le 1er févier 2021 (advice to get in touch early, misspelt month; the deadline is elsewhere)"
        ],
        note="a medical faculty's foundation relaying other grants: the only day is advice, and the text sends readers to "
        "the real deadline elsewhere (a judgement: no deadline)",
    )
    p(
        "r12s-sfm-virologiste-laos-2021",
        "https://sfm-microbiologie.org/2021/08/23/virologiste-medical-h-f-pole-relations-experts-rex-asie-laos",
        "Description de la mission\nDescriptif de la mission :\nIl/elle a pour mission de participer aux programmes de recherche et "
        "de santé publique sur les virus considérés comme prioritaires au Laos et dans la région, particulièrement, dans le "
        "contexte actuel, le SARS-CoV-2 (diagnostic par PCR et séquençage) et les arbovirus.",
        [],
        note="a learned society's job relay; no date in the stored part",
    )
    p(
        "r12s-isrec-tandem-fr",
        "https://www.isrec.ch/la-recherche/appel-a-projets",
        "Tandem : un appel à projets de recherche translationnelle sur le cancer, co-dirigés par un clinicien et un spécialiste en "
        "recherche fondamentale\n[...]\nLa Fondation ISREC souhaite maintenant lancer un appel à projets soumis par des tandems, "
        "composés d’un clinicien et d’un chercheur ayant conçu conjointement un projet de recherche translationnelle qu’ils "
        "co-dirigeront. Le programme Tandem octroiera des bourses de 2 ou 3 ans pour le salaire de postdoctorants",
        [],
        distractors=["de 2 ou 3 ans"],
        note="the French page of a Swiss cancer foundation's call; no day in the stored part",
    )
    p(
        "r12s-solidarites-sante-article-51-faq",
        "https://solidarites-sante.gouv.fr/systeme-de-sante-et-medico-social/parcours-des-patients-et-des-usagers/organisation-et-financement-du-systeme-de-sante-article-51-lffs-2018/article/article-51-foire-aux-questions",
        "Article 51 : foire aux questions\n\nQuels sont les objectifs du dispositif des expérimentations pour l’innovation en santé "
        "? [...]\nA quelles dispositions législatives l’article 51 de la LFSS pour 2018 permet-il de déroger ? [...]\nComment se "
        "structure le cahier des charges ? Quand un appel à manifestation d’intérêt est-il lancé ?\nDans quel cadre un appel à "
        "projets est-il lancé ? Quels sont les délais de réponse ?",
        [],
        distractors=["la LFSS pour 2018"],
        note="a ministry's FAQ on health innovation experiments: questions, no date",
    )
    p(
        "r12s-traverses-uliege-subsides-2023",
        "https://www.traverses.uliege.be/cms/c_11750319/fr/traverses-nos-subsides",
        "L'UR Traverses attribue des subsides trois fois par an, selon un calendrier d’appel établi par le bureau à la fin de chaque "
        "année académique. Toutes les demandes, sans exception, doivent être introduites dans ce cadre et sont examinées par le "
        "Conseil de gestion.\n\nCalendrier des appels (2023-2024)\n\n  • Appel d’été : lancement 25/08/2023, clôture 22/09/2023.\n"
        "  • Appel d’automne-hiver : lancement 06/11/2023, clôture 04/12/2023.\n  • Appel de printemps : lancement 15/04/2023, "
        "clôture 13/05/2023.\n\nConditions d'éligibilité\n\nAvant d’introduire toute demande, il est important de relire les "
        "conditions d’éligibilité à ces subsides (dernière actualisation : 10/11/2023).",
        [d("2023-09-22"), d("2023-12-04"), d("2023-05-13")],
        opens="?",
        distractors=["dernière actualisation : 10/11/2023 (an update)"],
        note="a Belgian university research unit's three calls a year (not medical, kept for the form): three windows, one "
        "line each, so the one opening is not scored",
    )
    p(
        "r12s-auf-appel-recherche-innovation-2024",
        "https://appelsprojets.auf.org/appel-a-projets-recherche-innovation-2024-appel",
        "Appel à projets 2024\nRecherche & Innovation\nLa formation numérique à distance à l’ère de l’Intelligence Artificielle\n"
        "Date d’ouverture : 12 mars 2024\nDate limite de soumission : 02 mai à 23h59 heure de Tunis (UTC+1)\n1. Introduction & "
        "Contexte\nDans le cadre de sa stratégie 2021 – 2025, l’Agence universitaire de la Francophonie (AUF) promeut la "
        "transformation numérique et l’innovation pédagogique",
        [],
        opens="2024-03-12",
        distractors=[
            "02 mai à 23h59 (the closing, year-less on an undated page)",
            "stratégie 2021 – 2025",
        ],
        note="a university agency's call (teaching, not medical): its closing has no year and the page no date, so by the "
        "rules it is unresolvable (class 8) although the opening line above gives 2024; a subscriber would want 2 May 2024",
    )
    p(
        "r12s-swimsa-smsc",
        "https://swimsa.ch/fr/events/smsc",
        "Swiss Medical Students’ Convention\n\nLa Swiss Medical Students’ Convention (SMSC) est un congrès national qui a lieu deux "
        "fois par an depuis 2007. C’est un évènement phare de la swimsa. [...] Il a eu lieu pour la première fois en 2005 et swimsa "
        "compte désormais plus de 30 éditions à son actif.",
        [],
        distractors=["depuis 2007", "en 2005"],
        note="a medical students' federation's congress page; no date",
    )
