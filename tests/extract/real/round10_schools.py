"""Round 10 of the real passages (faculties, doctoral schools, unions, congresses): test data only.

Collected and labelled on 3 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r10s-nice-charte-theses-soutenance",
        "https://fr.readkong.com/page/charte-des-theses-de-medecine-4292652",
        "CHARTE DES THESES DE MEDECINE - Edition septembre 2019\n[...]\n"
        "INSCRIPTION Pour pouvoir soutenir sa thèse, l’étudiant doit obligatoirement s’inscrire administrativement pour l’année "
        "universitaire en cours. Cette inscription permet à l’étudiant de soutenir sa thèse impérativement avant le 31 Octobre de "
        "l’année en cours. ORGANISATION DE LA THESE 1. JURY DE THESE (Annexe 1) Conformément à la réglementation, un jury de thèse "
        "est composé d’au moins 4 membres dont 3 enseignants titulaires des disciplines médicales",
        [],
        distractors=[
            "Edition septembre 2019 (the charter's edition)",
            "avant le 31 Octobre de l’année en cours (when the defence must happen, a condition, no year)",
        ],
        note="a faculty of medicine's thesis charter (document site): defending before a day is a condition, and the day has no year",
    )
    p(
        "r10s-sihp-these-inscription-31-octobre",
        "http://sihp.fr/article.php?CleArticle=367",
        "Vous pouvez soutenir votre Thèse dès la validation du 3ème semestre de formation et, au plus tard, trois années après la "
        "validation du 3ème cycle des études médicales (cf. Décret n°2004-67 du 16 janvier 2004 modifié par le Décret n°2013-756 du 19 "
        "août 2013 - art. 4 (V) : http://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000000781658)\n"
        "Elle est obligatoire en plus de l'inscription normale en DES pour soutenir sa Thèse. Elle est prise dans l’université dans "
        "laquelle vous vous inscrivez habituellement.\n[...]\n"
        "Cette inscription permet soutenir sa thèse avant le 31 octobre - au plus tard - de l’année universitaire.\n"
        "[...]\nAttention, les demandes sont nombreuses à certaines périodes (Octobre, Avril et Juin), vous n’aurez par conséquent "
        "pas l’embarras du choix !!!",
        [],
        distractors=[
            "du 16 janvier 2004, du 19 août 2013 (decrees)",
            "avant le 31 octobre - au plus tard - de l’année universitaire (a defence condition, no year)",
        ],
        note="an interns' union guide to the thesis: the 31 October limit is when the defence must happen, year-less, on an "
        "undated page",
    )
    p(
        "r10s-sifem-2023-resumes",
        "https://sifem2023.fr/reglement/",
        "Guide utilisateur\n\nRèglement\n\n"
        "Les résumés acceptés seront publiés tels quels dans le livre des actes du congrès – journal du JOG. \n\n \n\n"
        "Renseignements\n\nPour tout renseignement : elisa.coutantin@comm-sante.com. Date limite des dépôts : 16 septembre 2022. \n\n \n\n"
        "Instructions aux auteurs\n\nLes résultats vous seront communiqués par mail à partir du 17 octobre 2022.\n\n"
        "L’auteur principal dont le résumé sera sélectionné pour une communication orale, bénéficiera d’une inscription gratuite au "
        "congrès.",
        [d("2022-09-16")],
        distractors=["à partir du 17 octobre 2022 (results)"],
        note="a geriatric-oncology congress's rules for abstracts: 'Date limite des dépôts' after an e-mail address in the same "
        "line; abstracts are the candidature (application)",
    )
    p(
        "r10s-ed355-inscription-2023",
        "http://ecole-doctorale-355.univ-amu.fr/fr/futur-doctorant/inscription",
        "S'inscrire en doctorat\n\n"
        "Les inscriptions en première année sont ouvertes  jusqu'au 31/10/2023 (délai de rigueur).\n\n"
        "Cependant, les candidats sont invités à engager la procédure dès le 15 juin 2023 pour gagner du temps. \n\n"
        "NB. La procédure d’inscription ne doit pas être engagée sans l’accord préalable du directeur de thèse pressenti et la "
        "validation du projet de thèse.\n\n"
        "La procédure comporte 2 étapes obligatoires: \n\n \n\n"
        "ETAPE 1 : Admission pédagogique. Procédure dématérialisée via ADUM",
        [d("2023-10-31")],
        opens="2023-06-15",
        note="a doctoral school's first-year registration: 'ouvertes jusqu'au' is the closing; the procedure starts with a "
        "pedagogical admission, a candidature (application, not an administrative enrolment); candidates may start 'dès le', "
        "the opening",
    )
    p(
        "r10s-ed355-inscription-2020",
        "https://ecole-doctorale-355.univ-amu.fr/fr/futur-doctorant/inscription",
        "Inscription\n\nRENTREE 2020/2021\n\n"
        "Inscription du 24/08/2020 au 30/10/2020 (délai de rigueur).\n\n"
        "Il est indispensable de respecter ce calendrier. En effet une procédure de dématérialisation est en cours de paramétrage sur "
        "la plateforme ADUM.\n\n \n\nInformations sur la procédure d'inscription en 1ère année :\n\nETAPE 1 \n\n"
        "  1. A PARTIR DU 24.08.2020, le.a futur.e doctorant.e crée son profil sur l'interface ADUM y indiquant une adresse "
        "électronique personnelle et pérenne.\n"
        "  2. Il.elle complète l'ensemble des informations et dépose sur ADUM les documents nécessaires pour son inscription à l'Ecole "
        "Doctorale",
        [d("2020-10-30")],
        opens="2020-08-24",
        distractors=["RENTREE 2020/2021 (the academic year)"],
        note="the same doctoral school's page three years earlier: a registration window after 'Inscription', the same kind "
        "as in 2023",
    )
    p(
        "r10s-paris-saclay-inscription-doctorat",
        "https://www.universite-paris-saclay.fr/node/60990",
        "Admission, inscription, réinscription\n\n"
        "Une année universitaire est définie par un cadre légal. Elle débute le 1er septembre et se termine le 31 août . L'inscription "
        "est annuelle et renouvelée au début de chaque année universitaire.\n[...]\n"
        "Comment vous réinscrire ? \n\n"
        "Le circuit de réinscription en deuxième et troisième année est moins lourd que celui de première année. Certaines "
        "spécificités peuvent vous questionner. \n\n"
        "Que faire en cas de soutenance avant le 31 décembre ? Entre le 31 décembre et le 31 mars ? En cas de prolongation ?",
        [],
        distractors=[
            "le 1er septembre, le 31 août (the academic year, no year)",
            "avant le 31 décembre, entre le 31 décembre et le 31 mars (defence cases in questions, no year)",
        ],
        note="a university's doctoral registration page: year-less days on an undated page, and the only 'avant le' is a question "
        "about a defence",
    )
    p(
        "r10s-cfu-2022-inscriptions-groupes",
        "https://na-admin.eventscloud.com/ehome/index.php?eventid=652424&tabid=1158183",
        "116ème Congrès français d'urologie\n\nCONDITIONS PARTICULIERES D’INSCRIPTIONS GROUPES\n[...]\n"
        "1.    Procédure d’inscription et délais\n\n"
        "Le délai limite pour commander un nombre d'inscriptions est le 4 novembre 2022.\n\n"
        "La facture est téléchargeable directement à la fin de la commande en ligne ou depuis l’email de confirmation qui vous sera "
        "envoyé quelques minutes après votre commande.\n\n"
        "Le règlement peut se faire soit par carte bancaire lors de la commande (sans frais), soit par virement bancaire dans un délai "
        "de 15 jours à ém",
        [d("2022-11-04", kind="other")],
        note="a urology congress's group-registration terms: 'Le délai limite … est le' for ordering registrations, a registration "
        "to attend (other)",
    )
    p(
        "r10s-congres-international-2009-tarifs",
        "http://congres-international-2009.synthasite.com/inscription.php",
        "Congrès International 2009\n\nInscription:\n\n Deux types d'inscription sont envisagés:\n\n1.  L’inscription au Congrès:\n[...]\n"
        "  • Pour la visite organisée à la fin du Congrès (Dimanche), des frais additionnels sont demandés: 50 euros.\n\n \n\n"
        "Frais d'inscription\n\n3-25 septembre\n\n25 septembre-15 octobre\n\nLors de l'enregistrement\n\nInscription\n\n(1er choix)\n\n"
        "Participants originaires des pays du Nord\n\n200 euros\n\n230 euros\n\n250 euros",
        [],
        distractors=[
            "3-25 septembre, 25 septembre-15 octobre (fee periods, no year, undated page)"
        ],
        note="a congress site's fee table flattened to lines: the periods are year-less on an undated page (the title names 2009; "
        "the documented limit drops them anyway)",
    )
    p(
        "r10s-sforl-2012-cgv-reglements",
        "https://www.eiseverywhere.com/ehome/12SFORL/cgv/",
        "119ème congrès de la SFORL\n \n\nConditions générales de vente\n\nInsciption\n\n"
        "Toute inscription doit être effectuée via le site Internet du congrès. Aucune inscription ne sera acceptée par téléphone, "
        "courrier ou email.\n\n"
        "Pour valider votre inscription, vous avez la possibilité de régler en ligne par carte bancaire, ou bien de nous faire "
        "parvenir un virement ou un chèque français en euros après vous être inscrit sur le site Internet du Congrès.\n\n"
        "Les règlements par chèque ou par virement seront acceptés jusqu’au 23 septembre 2012. Après cette date, seules les "
        "inscriptions en ligne réglées par carte Visa ou Mastercard (jusqu’au 8 octobre 2012) ou les inscriptions sur place seront "
        "possibles.",
        [d("2012-09-23", kind="other"), d("2012-10-08", kind="other")],
        note="an ENT congress's terms of sale: the last day for paying by cheque and the last day for online registration, both "
        "registration to attend (other); a judgement that the cheque cut-off is a sending step (payment sent by then)",
    )
    p(
        "r10s-iale-france-2011-inscriptions",
        "https://ialefrance2011.cemagref.fr/comment-s2019inscrire.html",
        "Vous êtes ici : Accueil Inscriptions administratives\n\nInscriptions administratives\n\n"
        "Date limite des pré-inscriptions : 1er octobre 2011\n\nDate limite des inscriptions : 20 octobre 2011\n\n"
        "Frais d'inscription\n\n"
        "a- Colloque 4 jours comprenant : inscription, programme, pauses-cafés, repas\n"
        "(dîner du 7, déjeuner du 8, dîner de colloque du 8, déjeuner et dîner du 9)\n\n"
        "- Personnel non Cemagref\n136 €\n- Personnel Cemagref (sans TVA)\n114 €\n\n"
        "b- Journée du 8 Novembre uniquement\n\n30 €\n\n"
        "c- Supplément : Hébergement sur place, chambre simple avec douche et sanitaires\n\n"
        "(Nombre de places limité aux 30 premiers inscrits)\n\n \n\n- Nuit du 07/11\n\n43 €\n\n- Nuit du 08/11\n\n43 €",
        [d("2011-10-01", kind="other"), d("2011-10-20", kind="other")],
        distractors=[
            "Journée du 8 Novembre, Nuit du 07/11, Nuit du 08/11 (the colloquium's days, no year)"
        ],
        note="a research institute's colloquium registration: pre-registration and registration to attend, both 'other' (the "
        "rules make a pre-registration a first stage, but registering to attend is not a candidature: labelled by what it is)",
    )
    p(
        "r10s-congres-2014-cgv-fermeture",
        "https://na.eventscloud.com/ehome/61794/117664",
        "CONDITIONS GENERALES DE VENTE – INSCRIPTIONS INDIVIDUELLES\n"
        "- Aucune inscription ne sera effectuée par téléphone, ni dans les locaux de Colloquium. Inscription possible uniquement sur "
        "le site Internet du congrès.\n"
        "- Pour toute demande de changement de nom avant le 8 janvier 2014, des frais administratifs de 50 € seront à la charge du "
        "participant et uniquement sur la demande écrite de la personne remplacée. Après cette date, aucun changement de nom ne sera "
        "accepté.\n"
        "- Pour tout paiement par virement ou chèque bancaire, le participant dispose d’un délai de 15 jours calendaires après son "
        "inscription pour faire parvenir à Colloquium son règlement.\n[...]\n"
        "- Fermeture des inscriptions avec règlement par virement et/ou chèque français le 3 janvier 2014.\n[...]\n"
        "CONDITIONS D’ANNULATION – INSCRIPTIONS INDIVIDUELLES\n"
        "- Toute demande d’annulation doit être envoyée par écrit (courrier, fax ou e-mail) au secrétariat du congrès.\n"
        "- Pour toutes notifications avant le 3 janvier 2014 : remboursement des sommes versées moins 50 € de frais administratifs.\n"
        "- Pour toutes notifications à partir du 3 janvier 2014 : aucun remboursement.",
        [d("2014-01-03", kind="other")],
        distractors=["avant le 8 janvier 2014 (the fee for a change of name, a condition)"],
        note="a congress organiser's terms of sale: 'Fermeture des inscriptions … le' closes registration by transfer (other); "
        "the name-change and refund dates are conditions on fees, though the refund line repeats the closing day",
    )
    p(
        "r10s-hplus-congres-2013-inscription",
        "https://www.hplus-kongress.ch/2013/french/registration.html",
        "Participation au congrès\nInscription en ligne\nL'inscription est terminé.\nFrais d’inscription\n|\n"
        "Membres H+ | Non-membres |\njusqu’au 20.08.2013 |\nCHF 490.00 |\nCHF 690.00 |\nà partir du 21.08.2013 |\n"
        "CHF 550.00 |\nCHF 750.00 |\n"
        "L’entrée au congrès, la documentation de la journée, le repas, les pauses café et l’apéritif sont compris dans les frais "
        "d’inscription.\n[...]\n"
        "Conditions d’annulation et de modification\n"
        "Vous pouvez modifier votre inscription avec votre identifiant personnel (vous le recevrez avec votre confirmation "
        "d’inscription) ou directement auprès secrétariat administratif jusqu’au 27 septembre 2013.\n"
        "En cas d’annulation complète ou partielle de votre inscription jusqu’ au 27 september 2013 des frais de dossier de CHF 50.00 "
        "seront perçus.",
        [d("2013-08-20", kind="other")],
        distractors=[
            "à partir du 21.08.2013 (the later fee)",
            "jusqu’au 27 septembre 2013 (changes and cancellation fees, not a sending)",
        ],
        note="a Swiss hospitals' congress (French page): the early fee's last day, labelled like round 5's early bird (other); "
        "changing or cancelling a registration sends nothing",
    )
    p(
        "r10s-juriblio-r412-18-31-janvier",
        "https://juriblio.fr/codes/code-des-communes/partie-reglementaire/livre-4/titre-1/chapitre-2/section-1/sous-section-3/"
        "article-r412-18",
        "Article R412-18\nIl n'a pas de valeur légale et peut contenir des erreurs.\n"
        "Enregistrement des candidatures pour les emplois permanents\n"
        "Au début de chaque année et au plus tard le 31 janvier chaque commission enregistre dans l'ordre alphabétique, sur la liste "
        "concernant l'emploi considéré, les candidats qui en font la demande et remplissent les conditions requises.",
        [],
        distractors=[
            "au plus tard le 31 janvier (a commission's yearly step, no year, undated page)"
        ],
        note="a legal code's article: a yearly step of a commission, year-less on an undated page (class 8)",
    )
    p(
        "r10s-cdcm-financer-master-dse",
        "https://cdcm-montpellier.fr/financer-un-master-specialise",
        "Les bourses d’État\n"
        "Pour être éligible à une bourse de l’État, il faut avoir moins de 28 ans lors de votre première demande dans une formation "
        "habilitée par le ministère de l’Enseignement supérieur et justifier de ressources limitées.\n[...]\n"
        "Les candidatures, chaque année, sont ouvertes du 15 janvier au 31 mai. Chaque candidat doit remplir le dossier social "
        "étudiant et envoyer les pièces justificatives.\n[...]\n"
        "Sachez enfin que les dossiers sont traités par ordre d’arrivée : plus vous vous y prendrez tôt, plus vous augmenterez vos "
        "chances d’obtenir un résultat favorable. Les réponses du Crous sont publiées courant juillet.",
        [],
        distractors=[
            "du 15 janvier au 31 mai (a yearly window, no year, undated page)",
            "courant juillet (answers, vague)",
        ],
        note="a private school's guide to funding a master: the state grants' yearly window is year-less on an undated page",
    )
    p(
        "r10s-snes-rennes-temps-partiel-2019",
        "https://rennes.snes.edu/+Demande-de-temps-partiel-pour-l-annee-2017-2018+.html",
        "La campagne est ouverte du 11/01 au 25/01 2019\n"
        "Circulaire rectorale pour effectuer la demande et définissant les règles du temps partiel\n"
        "Adressez-vous à votre chef d’établissement pour faire votre demande, c’est lui qui est chargé d’effectuer la saisie "
        "informatique.",
        [d("2019-01-25")],
        opens="2019-01-11",
        note="a teachers' union's notice: a campaign window with its year written once at the end, on a page whose address names "
        "an older year",
    )
    p(
        "r10s-rennes2-du-candidature",
        "https://www.univ-rennes2.fr/index.php/formation/inscriptions-candidatures/diplome-duniversite",
        "Diplôme d'université (DU)\n[...]\n"
        "Etape 1 : Candidature\n\nConditions d'accès\n\nAccès sélectif via l'application eCandidat (dates à venir)\n[...]\n"
        "Le calendrier des périodes de demande d'admission en enseignement à distance pour l'année 2020-2021 est disponible sur la "
        "plateforme e-candidat\n[...]\n"
        "En cas d’avis favorable, vous devrez obligatoirement confirmer votre vœu de formation en respectant les délais indiqués afin "
        "de pouvoir procéder à l’inscription à compter du mois de juillet.\n\n"
        "Étape 2 : Inscription administrative\n\ntexte\n\nAvant de vous inscrire à l’université, à partir de mai 2020, vous",
        [],
        distractors=[
            "2020-2021 (a year)",
            "à compter du mois de juillet (vague)",
            "à partir de mai 2020 (month only)",
        ],
        note="a university's diploma page: the dates are 'to come', months only",
    )
    p(
        "r10s-mimiryudo-avent-2024-valoriser",
        "https://mimiryudo.com/blog/2024/12/24",
        "Daily Archives: 24 décembre 2024\n\n"
        "[Avent 2024 – Ecrire sa thèse] – 23/24 – Valoriser son travail : prix, congrès, article, journalistes, Nobel, etc.\n\n"
        "(On réarme démographiquement le pays en freelance, et on se retrouve un 23 décembre à envelopper des cadeaux pendant que les "
        "enfants dorment, et à écrire un billet de blog à 23h30).\n\n"
        "La thèse est finie… et après ?\n\n"
        "Vous allez rire : je viens de redécouvrir que j’avais déjà fait une synthèse du sujet « préparer sa thèse » en juin 2015, à "
        "6 mois de mon début de clinicat (j’étais bien motivé !)\n[...]\n"
        "On retrouve par exemple la thèse de Georges Clémenceau de 1865",
        [],
        page_date="2024-12-24",
        distractors=[
            "24 décembre 2024 (the archive's day)",
            "un 23 décembre … à 23h30 (an anecdote, no year)",
            "en juin 2015 (month only)",
        ],
        note="a general practitioner's blog on prizes for theses: an anecdote's day and hour, with no cue",
    )
    p(
        "r10s-cde-icm-ufa-contrat-2023",
        "https://cde-icm.unistra.fr/le-doctorat/financement-de-these/",
        "Contrat doctoral MESRI via l'UFA\n"
        "Le Ministère de l'enseignement supérieur, de la recherche et de l'innovation (MESRI) français offre la possibilité "
        "d'octroyer, via l'Université franco-allemande, huit contrats doctoraux à l'attention des Collèges doctoraux franco-allemands "
        "et des programmes de PhD-Track bénéficiant d'un soutien de l'UFA.\nModalités :\n[...]\n"
        "- Montant de l'aide : 2044,12 EUR mensuel brut depuis le 1er septembre 2022 ;\n- Durée du financement : 3 ans ;\n"
        "- Dépôt de la demande auprès de l'UFA avant le 31/3/23 conformément à l'appel à candidatures ci-dessous.\n"
        "Procédure :\n"
        "- avant le 29/3/23 (midi) : dépôt du dossier de candidature (demande et CV) au Collège doctoral à l'adresse e-mail "
        "joelle.hube@unistra.fr ;\n"
        "- entre le 29/3/23 (midi) et le 31/3/23 : transmission du dossier de candidature par le Collège doctoral à l'UFA ;\n"
        "- début avril 2023 : présélection des dossiers par l'UFA ;\n"
        "- 15/4/23 : transmission des dossiers présélectionnés par l'UFA au MESRI ;\n"
        "- de mi avril à mi-juin 2023 : évaluation scientifique des dossiers par le MESRI ;\n"
        "- mi-juin 2023 : information des établissements porteurs de projets concernant les résultats de l'évaluation scientifique et "
        "les dossiers retenus pour un contrat doctoral.",
        [d("2023-03-29", "12:00"), d("2023-03-31", kind="other")],
        distractors=[
            "depuis le 1er septembre 2022 (the salary since then)",
            "début avril 2023 (preselection, vague)",
            "15/4/23 (the funder forwards preselected files to the ministry: its own step)",
            "de mi avril à mi-juin 2023, mi-juin 2023 (evaluation and results, vague)",
        ],
        note="a Franco-German doctoral college's funding page: the candidate sends to the college by 29 March noon; the college "
        "forwards to the funder by 31 March (a staff step, other, like the unit directors' ranking of round 1); the funder's own "
        "forwarding to the ministry on 15 April is its evaluation, no sending by a candidate or an institution applying",
    )
    p(
        "r10s-ens-lyon-gala-2019",
        "http://www.ens-lyon.fr/actualite/campus/gala-de-lecole-un-rendez-vous-festif-et-formateur",
        "Actualité de l'ENS de Lyon\n\nGala de l'École : un rendez-vous festif et formateur\n\nLogo gala 2019\nActualité\n \n\n"
        "Le gala de l'ENS de Lyon 2019 s'est tenu le 18 janvier dernier et a été un succès, comme chaque année.\n[...]\n"
        "Pour monter tout ça, une équipe de primo-arrivant.e.s à l'ENS de Lyon s'est retroussée les manches pendant quatre mois. Elle "
        "s'est constituée début octobre, autour d'un bureau restreint, et s'est structurée en pôles (décoration, sécurité, "
        "communication...).\n[...]\n"
        "À l'ouverture de la billetterie, début décembre, tout s'accélère.",
        [],
        distractors=[
            "le 18 janvier dernier (a party, past, no year)",
            "début octobre (vague)",
            "À l'ouverture de la billetterie, début décembre (ticket sales, vague: no opening)",
        ],
        note="a school's news on its student gala: a party, vague months, and an 'ouverture' of ticket sales that is no call",
    )
    p(
        "r10s-simban-these-decret",
        "http://www.simban.fr/these/",
        "La thèse\n\nLa thèse vous donne le titre de Docteur en Médecine.\n[...]\n"
        "Il s’agit d’un travail qui nécessite du temps. Elle peut être soutenue durant le troisième cycle et dans les trois ans qui "
        "suivent la fin du DES.\n[...]\n"
        "Organisation\n\n"
        "Elle est organisée par le décret n° 2004-67 du 16 janvier2004 qui dispose dans son article 21: « la thèse est soutenue "
        "devant un jury présidé par un professeur des universités-praticien hospitalier et composé d’au moins quatre membres dont "
        "trois enseignants titulaires des disciplines médicales.",
        [],
        distractors=["du 16 janvier2004 (a decree, year glued to the month)"],
        note="a general-practice interns' union's thesis guide: a decree's date with its year glued to the month",
    )
    p(
        "r10s-lille-theses-inscription",
        "https://medecine.univ-lille.fr/theses_commencer/?L=1%2527%2520union%2520select%25200x5e252a%252C0x5e252a%252C0x5e252a%2520",
        "Département\nThèses d'exercice de médecine\n\nFaculté de Médecine Henri Warembourg\n\nPour commencer sa thèse\n\n"
        "S'inscrire en thèse\n\n"
        "Le candidat doit être inscrit à l’Université de Lille pour l’année en cours à la date de soutenance de thèse (inscription "
        "entre la mi-septembre et la mi-novembre). Cela vaut également pour les étudiants issus de l’Institut Catholique de Lille.",
        [],
        distractors=["entre la mi-septembre et la mi-novembre (registration, vague)"],
        note="a faculty of medicine's thesis page (stored under a mangled address): a registration period in mid-months only",
    )
    p(
        "r10s-idex-paris-saclay-master-2023",
        "https://www.thehigher.education/fr/post/etudes-en-france-bourses-idex-2023-2024",
        "#4 │ Études en France : Bourses IDEX\n\nAuteur : Espace Campus Campus France en Haïti\n\n\n"
        'La communauté d\'établissements dénommée "Université Paris-Saclay"\n[...]\na lancé son appel à candidatures aux bourses '
        "internationales de master pour l'année universitaire 2023-2024.\n[...]\n"
        "  • Étudiants étrangers résidant à l’étranger qui seront « primo-arrivants » en France à la rentrée de septembre 2023 et âgés "
        "de 30 ans maximum cette année",
        [],
        distractors=["à la rentrée de septembre 2023 (a condition, month only)"],
        note="a study-abroad blog relaying a university's master grants: conditions only in the quoted part",
    )
    p(
        "r10s-univ-lorraine-cpj-2021",
        "https://factuel.univ-lorraine.fr/node/20178",
        "Chaire de Professeur Junior : l’Université de Lorraine parmi les mieux dotées en 2021\n\n \nPublié le 10/05/2022\n\n"
        "L’Université de Lorraine figurait en 2021 parmi les universités françaises les mieux dotées avec sept Chaires de Professeur "
        "Junior acceptées (sur les 9 déposées) sur les 74 ouvertes pour l'accès au corps de professeurs des universités. À l’heure où "
        "la campagne CPJ 2022 est en cours, retour sur les thématiques retenues en Lorraine en 2021.",
        [],
        page_date="2022-05-10",
        distractors=["Publié le 10/05/2022 (the news item's date)"],
        note="a university's news on junior chairs: a publication stamp, years only",
    )
    p(
        "r10s-fabula-colloque-ecrans-2026",
        "https://www.fabula.org/actualites/129685/cultures-de-l-information-pedagogies-mediatiues-et-interactions-par-"
        "ecrans.html",
        "Cultures de l’information, pédagogies médiatiques et interactions par écrans\n\n"
        "Institut catholique de Paris, Paris, 1-3 juillet 2026\n\n"
        "Conseil scientifique : Luisa Acosta Cordoba (ENS Lyon) ; Mabrouka El Hachani (Université Lyon 3) ; Julia Bonaccorsi "
        "(Université Lyon 2)",
        [],
        distractors=["1-3 juillet 2026 (the conference's days)"],
        note="a humanities portal's call for papers (its deadline is past the quoted part): under the title, the conference's "
        "own range is an event, not a window",
    )
    p(
        "r10s-reseauprosante-inter-chu",
        "https://reseauprosante.fr/articles/show/destination-inter-chu-592",
        "DOSSIER\nTu aimerais découvrir une nouvelle contrée CHU hors de ta subdivision le temps d’un semestre ou deux ? Prépare bien "
        "en amont un dossier de passeport béton avec tous les visas nécessaires.\n[...]\n"
        "Avant de t’emballer sur toutes ces destinations possibles, tu dois montrer patte blanche en ayant déjà validé deux semestres "
        "dans ta subdivision d’origine, exception faite des stages en Nouvelle-Calédonie et en Polynésie qui t’accepteront dès le "
        "deuxième semestre si tu as l’accord du coordonnateur local.",
        [],
        note="a young doctors' network's guide to out-of-region training posts: 'dès le deuxième semestre' is no date (a weak "
        "opening word before a semester count)",
    )
    p(
        "r10s-ssrpm-bourse-voyage",
        "https://ssrpm.ch/awards-and-bursaries/travel-award-fr",
        "Conditions d’obtention d’une bourse de voyage SSRPM\n[...]\n"
        "Les bourses de voyage SSRPM ont été introduites en 2004 pour soutenir les activités de perfectionnement de jeunes physiciens "
        "médicaux ou de débutants.\n"
        "Peuvent accéder à une bourse de voyage SSRPM les membres de la SSRPM qui résident ou exercent un métier en Suisse et sont âgés "
        "de moins de 35 ans au moment l’obtention de la bourse.",
        [],
        distractors=["en 2004 (a year)"],
        note="a Swiss medical-physics society's travel grant: conditions, no date to send by",
    )
    p(
        "r10s-aiaipsy-financement-master-2",
        "https://aiaipsy.wordpress.com/2013/12/02/psychologiefinancement-master-2-recherche/",
        "Financement Master 2 recherche\n\npsychologie\n\n"
        "La question du financement conditionne bien souvent la décision de suivre un master, mais surtout de la mise en "
        "disponibilité. Différents modes de financements existent :\n\n"
        "  1. l’année-recherche : c’est un dispositif par lequel les internes en disponibilité pour recherche continuent à percevoir "
        "un salaire d’interne.\n[...]\n"
        "  2. les bourses : deux organismes sont pourvoyeurs de bourses pour les internes : la Fondation pour la Recherche Médicale "
        "(http://www.frm.org/chercheurs/les-appels-d-offres/programme-espoirs-de-la-recherche.htm) et l’Académie Nationale de "
        "Médecine (http://www.academie-medecine.fr/modalite_3eme_cycle.cfm) pour un montant d’environ 1400 (pour l’ANM) à 1600 euros "
        "(pour la FRM) par mois pour douze mois. Les dossiers se constituent en mars-avril et il est recommandé de rester vigilant "
        "quant aux deadlines qui varient d’un organisme à l’autre",
        [],
        page_date="2013-12-02",
        distractors=["en mars-avril (files prepared, vague)"],
        note="a psychiatry interns' association's guide to funding a master: 'deadlines' with no date, months only",
    )
    p(
        "r10s-anjmir-master-2-calendrier",
        "https://anjmir.fr/master-2-these-de-sciences/",
        "Master 2 et thèse de sciences\nRéaliser un Master 2 permet de découvrir le monde de la recherche au cours d’une année "
        "dédiée.\n[...]\n"
        "Un année de Master 2 correspond en général à une première partie de cours académique d’octobre/novembre à "
        "décembre/janvier suivi par un stage de 6 mois en laboratoire.\n[...]\n"
        "Il existe de nombreuses bourses et possibilités de financement, dépendant de la thématique de recherche (cancer, "
        "résistance antimicrobienne, pneumologie …).\n"
        "Il faudra en discuter directement avec le chercheur responsable au laboratoire et construire avec lui les demandes.\n"
        "Attention au délai de dépôt des dossiers !",
        [],
        distractors=["d’octobre/novembre à décembre/janvier (courses, months only)"],
        note="an interns' association's master guide: a deadline word with no date",
    )
    p(
        "r10s-edshs-lille-allocation-region",
        "https://edshs.univ-lille.fr/financer-son-doctorat/allocation-de-recherche-region-hauts-de-france",
        "Allocation de recherche (Région Hauts-de-France)\n"
        "Cet appel à projets annuel s'adresse aux laboratoires labellisés (Unités de Recherche), implantés sur le territoire des "
        "Hauts-de-France, qui proposent des sujets de thèse à la région qui, s’ils sont acceptés, donnent ensuite lieu au "
        "recrutement d’un doctorant.\n[...]\n"
        "L'étudiant est invité à se rapprocher de l'École doctorale et des unités de recherches de son périmètre ou de la Direction "
        "Recherche de l'Université dans laquelle il envisage de réaliser son doctorat.\n"
        "Cette année, l'AAP a été lancé ennovembre 2023, passé à l'École doctorale en décembre , puis en Conseil scientifique fi",
        [],
        distractors=["ennovembre 2023 (a launch, month only, glued)", "en décembre (vague)"],
        note="a doctoral school's page on the region's allocations: the steps of the year, months only",
    )
