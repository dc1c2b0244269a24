"""Round 3 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r3f-auf-prix-francophonie-2008",
        "https://www.turess.com/fr/lexpert/491",
        "L'Agence universitaire de la Francophonie (AUF) a lancé un appel à candidatures pour l'attribution des « Prix de la Francophonie pour jeunes chercheurs » "
        "dans les domaines des Sciences et Médecine et des Sciences Humaines et Sociales. [...] Pour pouvoir se porter candidat à ces prix, il faut remplir un certain nombre "
        "de conditions : être âgé de moins de 45 ans, être titulaire d'un diplôme de doctorat ou d'un doctorat d'Etat, justifier d'une activité de recherche après la thèse "
        "comprise entre 4 et 10 ans, et, enfin, être rattaché à des établissements membres de l'AUF. [...] La date limite pour le dépôt des candidatures a été fixée au 31 octobre 2008. "
        "Quant au processus d'évaluation des dossiers et de sélection des lauréats, celui-ci est placé sous la responsabilité du Conseil scientifique de l'AUF. "
        "Les résultats seront proclamés au cours du mois de décembre 2008.",
        [d("2008-10-31")],
        distractors=["décembre 2008 (results, vague)"],
        note="press relaying an international programme; '[...]' marks cuts in the quote",
    )
    p(
        "r3f-thecell-bourses-congres-2023",
        "https://reseauthecell.qc.ca/index.php/m-etud/dates-limites/212-dates-limites-programme-d-aide-a-la-diffusion-scientifique-bourses-de-congres",
        "Pour les congrès se déroulant entre le 1er avril et le 30 septembre 2023\n"
        "Dépôt des candidatures accepté jusqu\u2019au 1er février 2023\n"
        "Pour les congrès se déroulant entre le 1er octobre 2023 et le 31 mars 2024\n"
        "Dépôt des candidatures accepté jusqu\u2019au 1er septembre 2023",
        [d("2023-02-01"), d("2023-09-01")],
        distractors=[
            "1er avril .. 30 septembre 2023 (the congresses' period, a condition)",
            "1er octobre 2023 .. 31 mars 2024 (the congresses' period, a condition)",
        ],
        note="a Quebec research network's travel grants, in French; 'entre le … et le …' bounds the congress, not the candidature",
    )
    p(
        "r3f-sfpo-congres-2017",
        "http://www.congres-sfpo.com/reglement-appel-a-com",
        "L\u2019appel à Communication est ouvert !\n\nDate limite des dépôts \u2013 21 juillet 2017\n\nInstructions aux auteurs\n\n"
        "La clôture de la soumission est fixée au 21 juillet 2017 minuit.\n"
        "Les résultats seront disponibles sur ce même accès fin septembre 2017.\n\n"
        "L\u2019auteur principal dont le résumé sera sélectionné bénéficiera d\u2019une inscription gratuite au congrès.",
        [d("2017-07-21", "23:59")],
        distractors=["fin septembre 2017 (results, vague)"],
        note="the same day twice (heading and sentence): one deadline with the sentence's time",
    )
    p(
        "r3f-interreg-prolongation-covid-2020",
        "https://www.interreg-rhin-sup.eu/actualites/covid-19-demandes-de-prolongation-des-projets/",
        "Covid-19 : Demandes de prolongation des projets\n\n7 avril 2020\n\n"
        "Le Comité de suivi examinera les demandes de prolongation de projets liées aux retards de mise en \u0153uvre causés par la pandémie de Covid-19 "
        "dans le cadre d\u2019une procédure écrite organisée du 7 au 22 mai 2020.\n\n"
        "Les porteurs de projets devront soumettre leurs demandes de prolongation d\u2019ici le 16 avril.\n\n"
        "Chaque demande est à formuler par e-mail à adresser au contrôleur financier du projet avant la fin de la période de réalisation initiale du projet. Cet e-mail devra :\n"
        "  \u2022 indiquer précisément la nouvelle date de fin de période de réalisation du projet demandée. En raison de l\u2019incertitude sur la durée de la crise sanitaire, "
        "l\u2019Autorité de gestion préconise de prolonger les projets concernés jusqu\u2019au 31 décembre 2020 ;",
        [d("2020-04-16", kind="other")],
        page_date="2020-04-07",
        distractors=[
            "7 avril 2020 (post date)",
            "du 7 au 22 mai 2020 (the committee's written procedure)",
            "31 décembre 2020 (the projects' new end date, after 'jusqu\u2019au')",
        ],
        note="a European programme: funded projects ask for an extension by 16 April (year from the page date); "
        "not a candidature, so kind other. 'prolonger … jusqu\u2019au 31 décembre' is a project's end, labelled by what a subscriber needs",
    )
    p(
        "r3f-region-sud-recherche-2024",
        "https://www.maregionsud.fr/vos-aides/detail/appel-a-projets-recherche-2024",
        "Appel à projets « RECHERCHE » 2024\n\nAppels à projets\n\n"
        "L\u2019appel à projets Recherche a pour objectif de soutenir le développement de projets de recherche interinstitutionnels et interdisciplinaires, "
        "des projets de plateformes technologiques ainsi que des projets de recherche à caractère exploratoire s\u2019inscrivant dans les filières stratégiques "
        "et/ou les technologies clés définies par le Schéma régional de développement économique, d\u2019innovation et d\u2019internationalisation.\n\n"
        "Bon à savoir\n\nDate limite de dépôt :\n12 mars 2024\n\n"
        "Tout organisme public de recherche et établissement d'enseignement supérieur implanté en Provence-Alpes-Côte d'Azur (Université, EPST, EPIC, Ecoles\u2026) "
        "peut être bénéficiaire d\u2019un soutien régional sous forme de subvention.",
        [d("2024-03-12")],
        note="a region funding research; the fiche's value sits on the line after its label",
    )
    p(
        "r3f-weamec-connect-talent-2017",
        "https://www.weamec.fr/en/project-calls/aap-connect-talent/",
        "Project support by the region\n\n4 possible aspects:\n\n"
        "  \u2022 Support for the maturation of projects\n"
        "  \u2022 Support for project financing (equipment, infrastructure, research teams, etc.)\n\n"
        "Key dates in the call for project\n\n"
        "  \u2022 30th of september 2017 - Next deadline for deposit\n"
        "  \u2022 February 2018 - Last dealine for deposit",
        [d("2017-09-30")],
        distractors=["February 2018 (last deadline, month only: vague)"],
        note="English page of a regional call (Pays de la Loire); a calendar list whose words after the date decide",
    )
    p(
        "r3f-fhf-cooperations-calendrier-2010",
        "https://fhf.fr/offre-de-soins-qualite-archive/2nde-phase-de-soutien-financier-des-cooperations-cht-et-gcs-modification-du-calendrier",
        "Le comité de pilotage du 5 juillet 2010 a acté le lancement de la seconde phase de soutien financier des projets de coopération. "
        "Tous les établissements peuvent candidater à ce deuxième appel à projets même s\u2019ils n\u2019ont pas participé à la première phase.\n"
        "Le calendrier initial qui prévoyait le lancement de la démarche en juillet et une remise des projets en région pour la mi septembre a été décalé par la DGOS à la demande de la FHF.\n"
        "Le nouveau calendrier est le suivant : septembre 2010 : diffusion aux établissements par les ARS de l\u2019appel à projets décembre 2010 : présélection des projets par les ARS "
        "début janvier 2011 : transmission des projets sélectionnés à la DGOS et à l\u2019ANAP mars 2011 :\n"
        "- validation des projets candidats au soutien financier en accompagnement\n- délégation des crédits correspondants aux ARS",
        distractors=[
            "5 juillet 2010 (a committee meeting)",
            "juillet, mi septembre (the superseded calendar, vague)",
            "septembre 2010, décembre 2010, début janvier 2011, mars 2011 (months only)",
        ],
        note="a postponed ministry calendar given only in months: no deadline",
    )
    p(
        "r3f-ecoquartier-preinscription-2011",
        "http://breves-villesaucarre.blogspot.com/2011/03/prolongation-de-la-pre-inscription.html",
        "mercredi 2 mars 2011\n\nProlongation de la pré-inscription a l'appel à projets EcoQuartier\n\n"
        "Le Ministère du développement durable prolonge la phase de pré-inscription de l'appel à projets EcoQuartier jusqu'au 31 mars 2011.\n\n"
        "Afin de laisser le temps aux collectivités de compléter au mieux les dossiers, le ministère a convenu, avec les associations d\u2019élus, "
        "de prolonger la phase de pré-inscription au 31 mars. La date de clôture de la phase de candidature reste le 15 avril.\n\n"
        "La transmission des dossiers pour l\u2019appel à projets EcoQuartier s\u2019opère uniquement via la plate-forme dédiée : www.ecoquartier2011.gouv.fr.",
        [d("2011-03-31", kind="letter_of_intent"), d("2011-04-15")],
        page_date="2011-03-02",
        distractors=["mercredi 2 mars 2011 (post date)"],
        note="a ministry call relayed by a blog: the prolonged first stage (pré-inscription) and the unchanged closing, year-less, from the page date",
    )
    p(
        "r3f-servier-mobility-grants",
        "https://institut-servier.com/en/access-to-financing/mobility-and-research-grants/",
        "Mobility:\nForeign nationals travelling to France \u2013 French nationals travelling abroad\n\n"
        "Age limit:\n40 years of age\n\n"
        "Deadlines for applications:\n"
        "31 July (October session \u2013 for mobility effective from January)\n"
        "31 January (March session \u2013 for mobility effective from June)\n\n"
        "Applications for mobility to start before the date of the Scientific Committee session cannot be considered.",
        distractors=["31 July, 31 January (deadlines without a year, undated page)"],
        note="a foundation's recurring sessions: year-less on an undated page, nothing by the rules",
    )
    p(
        "r3f-meshs-mobilites-report-2021",
        "http://www.meshs.fr/page/point_actualite_sanitaire_et_mobilites_janvier_2021",
        "Le programme « mobilités internationales » de la MESHS a été bouleversé en 2020 par la crise sanitaire liée à l'épidémie de Covid-19 ; "
        "et l\u2019automne n\u2019aura finalement pas permis, comme espéré, de reprogrammer les missions de recherche annulées durant le printemps.\n"
        "La MESHS a donc fait le choix de ne pas lancer l'édition 2021 de cet appel à candidatures, pour pouvoir financer les déplacements des lauréats "
        "dont les missions n\u2019ont pas pu être réalisées en 2020. La date de clôture des missions de 2020 est donc reportée au 31 décembre 2021. "
        "Les porteurs de projet ont été prévenus à la fin du mois de novembre.",
        distractors=["31 décembre 2021 (the end of funded missions, 'reportée au')"],
        note="no call this year: the postponed date is the end of the laureates' missions, not something a candidate sends; "
        "labelled by what a subscriber needs although 'date de clôture' and 'reportée au' are deadline cues",
    )
    p(
        "r3f-cgo-emergence-2025",
        "https://echosciences-paysdelaloire.fr/annonces/appel-a-projets-emergence-du-cgo-2025",
        "Les lauréats de l'AOE 2023 et 2024 n'ont pas le droit de candidater à cet AOE 2025.\n"
        "Une équipe n\u2019appartenant pas à un réseau CGO devra prendre contact obligatoirement avec la direction du CGO avant de déposer un projet.\n"
        "\u2192 Cahier des charges et dossier de candidature à télécharger sur la page du CGO\n"
        "Dépôt des dossiers : Mercredi 02 avril 2025 - midi\n"
        "Attention : envoi du dossier au CGO par mail contact@canceropole-grandouest.com",
        [d("2025-04-02", "12:00")],
    )
    p(
        "r3f-cgo-emergence-interreseaux-2024",
        "http://canceropole-grandouest.com/index.php/lesactualites/appel-a-projets-emergence-interreseaux-du-cgo-2024.html",
        "Appel à projets Emergence InterRéseaux du CGO 2024\n\n"
        "Cahier des charges de l\u2019Appel d'Offres Émergence Inter Réseaux 2024 du Cancéropôle Grand Ouest\n\n"
        "\u2192 Télécharger ici le cahier des charges de l'AOE 2024\n\n"
        "\u2192 Télécharger ici le dossier de candidature de l'AOE 2024\n\n"
        "\u2192 Date limite de soumisssion mercredi 10 avril 2024 \u2013 midi\n\n"
        "Attention : envoi du dossier au CGO à l\u2019adresse ci-dessous :",
        [d("2024-04-10", "12:00")],
        note="'soumisssion' misspelt on the page",
    )
    p(
        "r3f-cemeb-mobilites-suds-2023",
        "https://labex-cemeb.org/fr/node/4515",
        "MOBILITES INTERNATIONALES POUR DOCTORANTS ET ENCADRANTS DES PAYS DES SUDS AAP 2023-2024 - AU FIL DE L'EAU\n"
        "Cette session d\u2019appel à projets pourra permettre le financement 5 séjours de doctorants (durée : minimum 3 mois, maximum 6 mois) "
        "et pour chaque doctorant un séjour de son encadrant (maximum 8 jours). Les séjours devront se terminer au plus tard en octobre 2024.",
        distractors=["octobre 2024 (end of stays, month only, after 'au plus tard')"],
        note="a rolling call ('au fil de l'eau'): no deadline",
    )
    p(
        "r3f-unitaid-diagnostic-2026",
        "https://unitaid.org/fr/?p=45689",
        "Appel à propositions : Améliorer l\u2019accès aux produits de diagnostic grâce à l\u2019adoption d\u2019outils et d\u2019approches favorisant l\u2019intégration\n\n"
        "Date de publication\n23 octobre 2025\nStatut de l'appel\nOUVERT\nÉchéance\n\nlundi, 19 janvier 2026 à 12 h (midi) CET.\n\n"
        "Unitaid lance un nouvel appel à projets pour améliorer les soins centrés sur les personnes grâce à des outils de diagnostic et des approches intégrées.",
        [d("2026-01-19", "12:00")],
        page_date="2025-10-23",
        distractors=["23 octobre 2025 (publication)"],
        note="an international programme in French; 'Échéance' is not in the rules' label list, labelled a deadline by what a subscriber needs; "
        "the value sits two lines after its label",
    )
    p(
        "r3f-sfr-rhumatologie-mobilite",
        "https://www.larhumatologie.fr/appel-offre/bourses-de-mobilite",
        "Résumé\nAppel d\u2019offre ouvert\n30000 \u20ac\nService Recherche\n"
        "Les bourses de mobilité permettent le financement de candidats se destinant à une carrière hospitalo-universitaire en rhumatologie, "
        "membres titulaires de la SFR ou étudiants inscrits en DES de rhumatologie.\n"
        "La bourse est attribuée pour un an, non renouvelable et est destinée à couvrir les frais personnels des candidats se destinant à un parcours hospitalier ou universitaire. "
        "La SFR pourra exceptionnellement financer la prolongation d\u2019un projet lauréat en 2025 (prolongation d\u2019une mobilité). "
        "En tout état de cause, la priorité sera accordée aux primo-demandeurs.",
        note="a learned society's grant: no date at all",
    )
    p(
        "r3f-uicc-afrique-francophone-2017",
        "https://studylibfr.com/doc/2004274/instructions-de-candidature-et-crit%C3%A8res-d-%C3%A9ligibilit%C3%A9",
        "Suite à une évaluation des besoins de nos membres (ou membres potentiels) en 2016, nous avons lancé un nouveau programme de bourses en français "
        "pour les candidat(e)s basé(e)s en Afrique francophone.\n"
        "Les Bourses de l\u2019UICC pour l\u2019Afrique Francophone (UICC-BAF) sont lancées à l\u2019occasion de la Journée mondiale contre le cancer (4 février 2017). "
        "Ces bourses sont spécifiquement destinées aux personnels de santé et autres professionnels travaillant dans le domaine du cancer et basés en Afrique francophone.",
        opens="?",
        distractors=["4 février 2017 (launch on World Cancer Day)"],
        note="no deadline; whether 'lancées à l'occasion de' opens the applications the rules do not say (no opening cue), so the opening is not scored",
    )
    p(
        "r3f-region-sud-feder-fse-calendrier",
        "https://europe.maregionsud.fr/calendrier",
        "Calendrier des appels\n"
        "Ce calendrier prévisionnel des lancements d\u2019appels à projets concerne le  programme européen régional 2021-2027 : FEDER, FSE+ et Fonds pour une Transition Juste\n"
        "Appels à projets | Zone géographique | Objectif stratégique ou spécifique | Catégorie de candidat éligible | Enveloppe indicative fonds UE de l\u2019appel | Dates d\u2019ouverture | Dates de dépôt\n"
        "Améliorer l\u2019accès à l\u2019emploi en soutenant l\u2019entrepreneuriat | Région Provence-Alpes-Côte d\u2019Azur | OS4 : Europe plus sociale (FSE+) | "
        "Acteurs publics ou privés intervenant dans le champ de l\u2019accompagnement à la création/reprise et transmission [...] | 23,5 M\u20ac | Octobre 2024 | 15 Janvier 2025 et 12 Juin 2025\n"
        "Pour une orientation choisie | Région Provence-Alpes-Côte d\u2019Azur | OS4 : Europe plus sociale (FSE+) | "
        "Structure publique ou privé notamment les acteurs du Service Public Régional de l\u2019Orientation [...] | 3,5 M\u20ac | Février 2025 | 30 avril 2025\n20 janvier 2026",
        [d("2025-01-15"), d("2025-06-12"), d("2025-04-30"), d("2026-01-20")],
        distractors=["Octobre 2024, Février 2025 (openings, months only)"],
        note="a region's calendar of European calls, a table with a header of seven cells without digits; two deposit dates per cell share its column "
        "(region funding, not research). The second row's cell holds its two dates on two lines, as on the page, so '20 janvier 2026' sits alone on a line",
    )
    p(
        "r3f-academie-prix-ceremonies-2019",
        "https://actuia.com/actualite/laureats-2019-des-prix-thematiques-de-lacademie-des-sciences",
        "L\u2019Académie des sciences attribue de nombreux prix et médailles, venant honorer des scientifiques d\u2019expérience ou encourager de jeunes chercheurs en début de carrière. "
        "Ces récompenses concernent l\u2019ensemble des domaines de recherche, fondamentaux ou appliqués.\n"
        "Une première cérémonie de remise des prix de l\u2019Académie des sciences a lieu le mardi 15 octobre 2019, sous la coupole de l\u2019Institut de France. "
        "La deuxième cérémonie se tiendra le 26 novembre 2019.",
        distractors=["mardi 15 octobre 2019, 26 novembre 2019 (prize ceremonies)"],
        note="press on laureates: no deadline",
    )
    p(
        "r3f-idf-mobilite-doctorants-2014",
        "https://studylibfr.com/doc/5621990/ami-doctorants-aide-%C3%A0-la-mobilit%C3%A9-internationale-des-doct...",
        "L\u2019école doctorale est seule habilitée à assurer le dépôt des dossiers de demande de soutien auprès de la Région dans le cadre calendaire fixé par le présent appel. "
        "Aucune candidature directe ou spontanée d\u2019un doctorant, d\u2019un laboratoire ou d\u2019une équipe de recherche ne sera examinée par les services régionaux.\n"
        "Le doctorant candidat, entre le 3 février et le 30 avril 2014, doit :\n"
        "- déposer sa candidature en ligne sur la plateforme régionale (www.par.iledefrance.fr)\n"
        "- imprimer le dossier une fois rempli, joindre les pièces justificatives au format A4 et faire parvenir le tout à son école doctorale.\n"
        "L\u2019ecole doctorale doit entre le 2 mai et le 30 mai 2014 :\n"
        "- sélectionner les dossiers* parmi les candidatures reçues\n"
        "- envoyer sa sélection de dossiers accompagnée d\u2019une fiche récapitulative de présentation de l\u2019école doctorale [...] avant le 30 mai 2014, "
        "en un seul et unique envoi avec accusé de réception postal à l\u2019adresse suivante :",
        [d("2014-04-30"), d("2014-05-30", kind="other")],
        opens="2014-02-03",
        distractors=["2 mai 2014 (start of the school's selection window)"],
        note="a region's call: the candidate's window, then the doctoral school's sending (not the candidate's step: other). "
        "The window comes before the verb ('entre le … et le …, doit : déposer'); labelled by what a subscriber needs",
    )
    p(
        "r3f-campus-franco-indien-2022",
        "https://campusfrance.org/fr/un-nouveau-campus-franco-indien-autour-des-sciences-de-la-vie-pour-la-sante",
        "Un nouveau campus franco-indien autour des sciences de la vie pour la santé\n"
        "Le ministère de l'Europe et des Affaires étrangères (MEAE) et le ministère de l'enseignement supérieur, de la recherche et de l'innovation (MESRI) lancent un appel à projets "
        "pour la création d\u2019un campus franco-indien en Indopacifique dans le domaine des sciences de la vie pour la santé. "
        "Les établissements d'enseignement supérieur peuvent déposer leurs prépropositions jusqu'au 31 mai 2022.",
        [d("2022-05-31", kind="letter_of_intent")],
        note="'prépropositions' written without a hyphen: a first stage",
    )
    p(
        "r3f-cofecub-candidater",
        "https://www.campusfrance.org/fr/cofecub-candidater",
        "Les équipes françaises qui souhaitent répondre à l\u2019un des appels à projets proposés sur le site de Campus France, doivent obligatoirement saisir les dossiers de candidature "
        "en ligne sur l'extranet de Campus France selon les modalités indiquées.\n\n"
        "Attention : nous vous recommandons de ne pas attendre le dernier jour pour saisir et déposer votre dossier de candidature. "
        "Aucun dépôt de candidature ne sera possible après la date limite à minuit.",
        note="a deadline cue and a time with no date: nothing",
    )
    p(
        "r3f-icmigrations-aap2-2019",
        "https://www.icmigrations.cnrs.fr/2019/05/16/aap02-2019/",
        "Appel à projets n°2 \u2014 LIMITE : 16 juin 2019\n\n"
        "L\u2019IC Migrations souhaite favoriser la production de recherches nouvelles croisant les disciplines et les angles d\u2019approche sur la question des migrations. "
        "Il lance son deuxième appel à projets ouvert à ses fellows.\n\n"
        "Date limite d\u2019envoi des dossiers : 16 juin 2019, minuit\n\n"
        "Les dossiers sont à compléter en ligne à l\u2019adresse : https://icmigrations.limequery.com/536745?lang=fr",
        [d("2019-06-16", "23:59")],
        note="the title's 'LIMITE :' and the fiche line give the same day; the post's date is only in its address, so page_date is null",
    )
    p(
        "r3f-pepr-risques-mobilite-2025",
        "https://www.pepr-risques.fr/fr/appel-projets-de-mobilite-pour-jeunes-scientifiques",
        "Le projet INTERRISK du programme de recherche Risques (IRiMa) lance un appel pour le financement des projets de mobilité internationale des jeunes scientifiques "
        "en doctorat ou post-doctorat du programme, ouvert du 10 octobre au 24 novembre 2025.",
        [d("2025-11-24")],
        opens="2025-10-10",
        note="a national research programme's call; the window follows 'appel … ouvert'",
    )
    p(
        "r3f-vaincrelamuco-bilan-2016",
        "https://vaincrelamuco.org/2017/01/25/appel-projets-scientifiques-2016-une-qualite-de-projets-rarement-egalee-1806",
        "Appel à projets scientifiques 2016 : une qualité de projets rarement égalée\n"
        "Les projets de recherche retenus en 2016, dans le cadre de l'appel à projets annuel de l'association, ont été lancés ou sont actuellement en cours de lancement.\n"
        "Un investissement exceptionnel\n"
        "Le 18 juin 2016, le Conseil d\u2019administration de Vaincre la Mucoviscidose a validé la proposition du Conseil scientifique de soutenir 77 projets sur les 117 soumis "
        "dans le cadre de l\u2019appel à projets 2016 (66 % vs. 58 % en 2015) pour un montant total de près de 3,4 millions d\u2019\u20ac.",
        distractors=["18 juin 2016 (board decision)"],
        note="a charity's review of a past call: no deadline",
    )
    p(
        "r3f-oscar-erare3-2017",
        "https://www.filiere-oscar.fr/appels-a-projets",
        "Appel à projets ouverts\n\nE-RARE 3\n\n"
        "Recherche sur les approches thérapeutiques innovantes dans le domaine des maladies rares, ANR\n"
        "Clôture : 1er février 2017\n"
        "Budget prévisionnel: 14 millions d\u2019euros\n\n"
        "Cet appel à projets qui associe 18 pays vise à promouvoir des projets de recherche ayant pour objectif le développement préclinique d\u2019approches thérapeutiques "
        "dans des modèles cellulaires ou animaux appropriés et établis.",
        [d("2017-02-01")],
        note="a European programme relayed by a rare-disease network",
    )
    p(
        "r3f-groupama-prix-maladies-rares-2021",
        "https://www.handirect.fr/lutte-contre-les-maladies-rares-appel-a-projet-fondation-groupama/",
        "La Fondation Groupama lance un appel à projet pour avancer dans la lutte contre les maladies rares.\n\n"
        "Engagée depuis plus de 20 ans dans la lutte contre les maladies rares, la Fondation Groupama lance un appel à projet pour son Prix de Recherche Maladies Rares. "
        "Avec à la clef une dotation de 500 000 euros, celui-ci a pour objectif de soutenir sur une période de 5 ans une équipe dirigée par un(e) chercheur(cheuse) confirmé(e) "
        "« ayant ouvert une voie courageuse dans la lutte contre les maladies rares ». La date limite de dépôt des dossiers est fixée au 16 mai 2021.",
        [d("2021-05-16")],
        note="press; the stored copy shows only a month (2021-04), so page_date is null",
    )
    p(
        "r3f-groupama-prix-2025-cloture",
        "https://www.fondation-groupama.com/recherche-innovation/le-prix-de-recherche-maladies-rares/",
        "Lancement de l\u2019appel à projets du Prix de Recherche maladies rares 2025\n"
        "En 2024, La Fondation lance la 3ème édition de son Prix de recherche maladies rares, qui sera remis en 2025. "
        "Le programme de recherche soutenu devra désormais proposer une approche pluridisciplinaire et porter sur une recherche clinique ayant pour finalité "
        "le développement de nouveaux traitements ou outils diagnostic.\n"
        "Les associations de malades partenaires des projets pré-sélectionnés seront également auditionnées par la Fondation Groupama.\n"
        "La clôture de l\u2019appel à projets a eu lieu le 31 mai 2024.",
        [d("2024-05-31")],
        note="a closing told in the past tense: still the call's deadline ('clôture'), labelled as one; a subscriber reading it late learns the call is closed",
    )
    p(
        "r3f-fondation-pichois-prix-2026",
        "https://www.fabula.org/actualites/132704/prix-2026-fondation-claude-pichois-baudelaire-nerval-colette.html",
        "En 2026 la fondation pourra distribuer un prix :\n\n"
        "De 10 000\u20ac décerné à un étudiant ou un docteur travaillant sur Baudelaire, Nerval, Colette ou la poésie du XIXe.\n\n"
        "Calendrier et sélection\n\n"
        "Les candidatures devront être envoyés avant le 10 mars 2026 à 17h à l\u2019adresse suivante : synergiesetpartenariats@fdf.org.\n\n"
        "L\u2019instruction et la sélection des dossiers seront effectuées par un jury composé de professionnels académiques. "
        "Ce dernier étudiera les candidatures et choisira le lauréat sur des critères de qualité, de mérite et de besoin\n\n"
        "Les résultats seront communiqués fin avril 2026.",
        [d("2026-03-10", "17:00")],
        page_date="2026-02-12",
        distractors=["fin avril 2026 (results, vague)"],
        note="a foundation under the Fondation de France, relayed by a literary news site",
    )
    p(
        "r3f-del-duca-ouverture-2020",
        "https://www.institutdefrance.fr/actualites/ouverture-des-appels-a-candidature-des-prix-de-la-fondation-simone-et-cino-del-duca/",
        "Ouverture des appels à candidature des Prix de la Fondation Simone et Cino Del Duca\n\n"
        "Fondations et Prix - 9 décembre 2020\n\n"
        "Le Grand Prix scientifique, doté de 275 000 \u20ac, récompense un chercheur français ou européen et son équipe, présentant un projet de recherche ambitieux "
        "sur un thème prometteur précisé chaque année. Il est attribué par la Fondation sur proposition de l\u2019Académie des sciences. "
        "En 2019, le Grand Prix scientifique a récompensé Madame Brigitte Senut, paléontologue au Muséum national d\u2019Histoire naturelle et en 2020 Monsieur Gérard Eberl, "
        "qui mène des travaux sur les symbioses à l\u2019Institut Pasteur à Paris.",
        page_date="2020-12-09",
        opens="?",
        distractors=["9 décembre 2020 (post date under a heading 'Ouverture des appels')"],
        note="the heading announces the opening and the post is dated, but no sentence ties the date to the opening: opening not scored, no deadline",
    )
    p(
        "r3f-correze-bourses-departementales",
        "https://www.correze.fr/services-en-ligne/les-aides/aide-aux-bourses-departementales-denseignement-superieur",
        "Sont concernés les étudiants :\n"
        "- boursiers de la Région ou de l\u2019État à partir de l\u2019échelon 0 bis,\n"
        "- âgés de moins de 25 ans au 1er octobre de l\u2019année scolaire,\n"
        "Procédure\n\n"
        "La pré-inscription s'effectue, obligatoirement, sur le site du Département www.correze.fr à compter du 9 septembre de l'année scolaire en cours.\n"
        "Un mail de confirmation est envoyé à l'étudiant, accompagné d'un dossier de bourse à imprimer, à compléter et à remettre au service Education Jeunesse. "
        "La date de clôture de dépôt du dossier est le 16 décembre de l'année scolaire en cours.",
        distractors=[
            "1er octobre (age condition, no year)",
            "9 septembre (opening, no year, undated page)",
            "16 décembre (closing, no year, undated page)",
        ],
        note="a département's yearly grant: every date is year-less on an undated page, nothing by the rules",
    )
    p(
        "r3f-cnrs-hebdo-cote-opale-2008",
        "https://cnrs.fr/CNRS-Hebdo/hauts-de-france/Actualites/1400/Suite.aspx",
        "Une collectivité locale va financer des bourses de\nrecherche pour les doctorants de l'université du Littoral.\n"
        "Le Syndicat mixte de la Côte d'Opale expérimente un\ndispositif de financement de cinq bourses de recherche d'une\ndurée de trois ans, à compter de la rentrée\n"
        "universitaire de septembre 2008. [...]\nLe montant de cette bourse, attribuée à des\ncandidats âgés de moins de 28 ans et inscrits pour la\n"
        "première fois en doctorat, s'élève à 1\n410 euros brut mensuels.\n[...]\nSource AEF du 20 mai 2008",
        distractors=["septembre 2008 (start of the grants, vague)", "20 mai 2008 (source date)"],
        note="a local authority's new grants: no deadline ('à compter de la rentrée' is a start, not an opening of applications)",
    )
    p(
        "r3f-up2europe-rare-malformations-2017",
        "https://www.up2europe.eu/calls/pilot-project-establishing-a-registry-of-rare-congenital-malformations-as-part-of-the-rare-diseases-registry-drawing-on-the-structure-organization-and-experience-of-the-registry-of-congenital-malformations-pp-2-1-2016_1418.html",
        "Pilot project \u2014 Establishing a Registry of Rare Congenital Malformations (as part of the Rare Diseases Registry), drawing on the structure, organization and experience "
        "of the Registry of Congenital Malformations - PP-2-1-2016\n"
        "Deadline: Jan 31, 2017  \nCALL EXPIRED\n\n Health Care\n E-Health\n Innovation & Research",
        [d("2017-01-31")],
        note="a European call listed in English by a French portal; 'Jan 31, 2017' abbreviated English month",
    )
    p(
        "r3f-sofmer-2015-resumes",
        "http://www.atout-org.com/sofmer2015/guide_soumission!fr!!!!!",
        "Guide pour la soumission des résumés\n\nInstructions aux auteurs\n\n"
        "Merci de bien lire les instructions ci-dessous avant de soumettre un résumé.\n\n"
        "DATE LIMITE DE SOUMISSION : 1er avril 2015\nAttention, cette date limite ne sera pas repoussée.\n\n"
        "Inscription au congrès\n\n"
        "Nous vous rappelons que l'acceptation d'une communication au congrès ne dispense pas des formalités d'inscription.",
        [d("2015-04-01")],
        note="a learned society's congress (SOFMER); abstracts are the candidature",
    )
    p(
        "r3f-fdf-psychiatrie-2021",
        "https://www.fondationdefrance.org/fr/recherche-collaborative-sur-les-maladies-psychiatriques",
        "Appel à projets\nRecherche collaborative sur les maladies psychiatriques\n"
        "Date limite de réception des dossiers : 7 avril 2021\nContact : recherchepsy@fdf.org\nContexte\n"
        "Alors qu\u2019une personne sur quatre souffrira au cours de sa vie d\u2019une maladie psychiatrique, la maladie mentale est un facteur de risque majeur de suicide "
        "et l\u2019espérance de vie des personnes souffrant de ces pathologies est inférieure de 10 à 15 ans à celle de la population générale.",
        [d("2021-04-07")],
    )
    p(
        "r3f-f2rsmpsy-fdf-2016",
        "https://www.f2rsmpsy.fr/appel-droffres-2016-recherche-fondamentale-clinique-sur-maladies-psychiatriques.html",
        "Appel d\u2019offre de la Fondation de France\n\n"
        "Appel d\u2019offres 2016 Recherche fondamentale et clinique sur les maladies psychiatriques\n\nLe 17 juillet 2016\n\n"
        "La Fondation de France lance ainsi un appel d\u2019offres pour apporter son soutien aux projets portant sur :\n\n"
        "  \u2022 l\u2019évaluation des méthodes de diagnostic et des traitements ;\n"
        "Les aides accordées pourront être annuelles ou pluriannuelles (jusqu\u2019à trois ans) d\u2019un montant maximal de 200 000 \u20ac pour trois ans. "
        "Certains financements pourront concerner les soutiens pour une quatrième année de thèse (à hauteur de 39 000 \u20ac pour un an).",
        page_date="2016-07-17",
        distractors=["Le 17 juillet 2016 (post date)"],
        note="a regional federation relaying a foundation's call: no deadline in the passage; 'jusqu\u2019à trois ans' is a duration",
    )
    p(
        "r3f-inca-shs-2020-deux-etapes",
        "https://fr.scribd.com/document/725019505/AAP-SHS-E-SP-2020-Appel-a-projets",
        "Appel à projets 2020\n\nProjets libres de recherche\nsur le cancer en sciences humaines et\nsociales, épidémiologie et santé publique\n\n"
        "Il est recommandé de s\u2019inscrire et de consulter le portail et les rubriques à compléter bien en amont de la date limite de dépôt des candidatures.\n\n"
        "Sélection des projets en deux étapes :\n\n"
        "1. Lettre d\u2019intention : date limite de soumission le 28 novembre 2019 à 16h00,\n"
        "2. Projet présélectionné : date limite de soumission le 25 mars 2020 à 16h00.",
        [d("2019-11-28", "16:00", "letter_of_intent"), d("2020-03-25", "16:00")],
        note="an agency's two stages",
    )
    p(
        "r3f-grpso-bourses-charte",
        "https://grpso.org/grpso-news.php?id=44&p=31",
        "AO-bourse du GRPso - Charte\n"
        "Dans le but de favoriser la recherche dans le domaine du psoriasis, le Groupe de Recherche sur le Psoriasis (GRPso) de la Société Française de Dermatologie "
        "lance en 2020 un appel d'offre (AO) annuel de 30.000 euros, qui sera réparti en une ou plusieurs bourses.\n"
        "Règles de soumission\n"
        "Le coordonnateur du projet, candidat à l'AO, doit être membre du GRPso.",
        note="a learned society's grant charter: no date",
    )
    p(
        "r3f-inserm-cpj-calendrier-2023",
        "https://eva3-accueil.inserm.fr:443/sites/eva/chaires/2023/2023%20-%20Session%201/Pages/Calendrier.aspx",
        "Calendrier - Calendar\n"
        "Ouverture des inscriptions\n14 mars 2023\n"
        "Clôture des inscriptions\n14 avril 2023\n"
        "Présélections *\nComité 1 : 4 mai 2023\nComité 2 : 9 mai 2023\nComité 3 : 11 mai 2023\n"
        "Auditions **\nComité 1 : 31 mai 2023\nComité 2 : 7 juin 2023\nComité 3 : 2 juin 2023\n"
        "Résultats ***\n"
        "Opening of registration\n14 march 2023\n"
        "Closing date for registration\n14 april 2023 (1pm)\n"
        "Preselections *\nMay 2023\nAuditions **\n31 may - 14 June 2023\nResults ***\nJune 2023",
        [d("2023-04-14", "13:00")],
        opens="2023-03-14",
        distractors=[
            "4, 9, 11 mai 2023 (pre-selection committees)",
            "31 mai, 7 juin, 2 juin 2023 (hearings)",
            "May 2023, June 2023 (vague)",
            "31 may - 14 June 2023 (hearings range)",
        ],
        note="an agency's junior chairs, French then English; 'inscriptions' here is the candidature itself (not registering to attend), "
        "labelled application by what a subscriber needs; the French and English closings are one day, the English line gives the time",
    )
    p(
        "r3f-cnrs-cpj-2023",
        "https://cnrs.fr./fr/actualite/rejoignez-le-cnrs-la-liste-des-37-postes-de-chaires-de-professeur-junior",
        "Rejoignez le CNRS : la liste des 37 postes de chaires de professeur junior\n\n"
        "Cette année, le CNRS ouvre 37 nouveaux postes accompagnés d\u2019un « package d\u2019entrée » avoisinant les 300 000 euros et donnant vocation à la titularisation "
        "dans le corps des directeurs de recherche en fin de contrat.\n\n"
        "Le CNRS recrute 37 postes de Chaires de professeur junior (CPJ) dans de nombreux domaines scientifiques allant de la métallurgie durable à l\u2019intelligence artificielle, "
        "en passant par la science ouverte ou encore l\u2019habitabilité de la Terre. Les candidatures sont ouvertes du 16 mars 2023  au 14 avril 2023.",
        [d("2023-04-14")],
        opens="2023-03-16",
        note="the stored address has a trailing dot after the host name",
    )
    p(
        "r3f-aef-cpj-jo-2023",
        "https://www.aefinfo.fr/depeche/688895-cpj-177-nouvelles-chaires-sont-ouvertes-pour-2023-et-47-non-pourvues-en-2021-et-2022-sont-republiees",
        "La liste des chaires de professeur junior ouvertes pour 2023 est publiée au JO du 11 mars 2023. "
        "120 CPJ sont ouvertes pour l\u2019accès au corps de professeurs des universités et 57 pour l\u2019accès aux corps de directeurs de recherche. "
        "Du côté des ONR, le CNRS compte 33 CPJ. Par ailleurs, l\u2019arrêté republie les CPJ ouvertes en 2021 et 2022 et qui n\u2019ont pas été non pourvues : "
        "27 dans les établissements du supérieur et 20 dans les ONR.",
        distractors=["JO du 11 mars 2023 (publication)"],
        note="press on a ministry order: 'ouvertes' means created posts, not an opening of applications; no deadline",
    )
    p(
        "r3f-girci-idf-resp-ir-2021",
        "https://girci-idf.fr/projets/aap-de-recherche-en-soins-primaires-interregional-resp-ir-2021/",
        "AAP de recherche en soins primaires interrégional (ReSP-Ir) 2021\n\n"
        "L\u2019AAP ReSP-Ir doit permettre le développement de la recherche en soins primaires sur l\u2019ensemble d\u2019un territoire.\n\n"
        "Dates clés\n\nStatut Clos\nLancement Août 2021\n\n"
        "Dépôt des dossiers complets : Avant le 7 octobre 2021, 14h\n\n"
        "Publication des résultats : Décembre 2021",
        [d("2021-10-07", "14:00")],
        distractors=["Août 2021 (launch, vague)", "Décembre 2021 (results, vague)"],
    )
    p(
        "r3f-girci-aura-resp-ir-2026",
        "https://girci-aura.fr/page-autre-aap.php",
        "Appel à projets ReSP-IR (soins primaires)\n\n"
        "Comme le prévoient les instructions ministérielles annuelles de la DGOS/RI1, le GIRCI Auvergne Rhône-Alpes diffuse chaque année l'appel à projets de recherche en soins primaires (ReSP-IR).\n\n"
        "Lancement de l'appel à projets ReSP-IR 2025-2026\n\n"
        "Pour télécharger les documents relatifs à cet appel à projets ReSP-IR AURA 2025, cliquer sur le document correspondant :\n\n"
        "- Note d\u2019information n° DGOS/SDRI/RI1/2025/172 du 24 décembre 2025 relative à l\u2019appel à projets de recherche en soins primaires interrégional (RESP-IR) pour la campagne 2025-2026\n"
        "- Cahier des charges ReSP-IR AURA 2025-2026\n"
        "- Lettre d'intention ReSP-IR AuRA 2025-2026\n\n"
        "NB : Les dates de soumission sont précisées ci-dessous.",
        distractors=["24 décembre 2025 (date of a ministry note)"],
        note="the dates are announced 'ci-dessous' but fall outside the quote: no deadline in the passage",
    )
    p(
        "r3f-dgos-aap-bo-2021",
        "https://www.reseau-hopital-ght.fr/actualites/breves/a-relire-la-dgos-lance-l-edition-2021-des-appels-a-projets-sur-les-soins-et-les-offres-de-soins.html",
        "La Direction générale de l'offre de soins (DGOS) a lancé les appels à projets des cinq programmes ministériels de recherche appliquée en santé sur les soins et l'offre de soins.\n"
        "Plusieurs appels à projets ont été publiés le 16 juillet au Bulletin officiel, chacun d'eux correspondant à un programme ministériel de recherche appliquée en santé :\n"
        "- recherche clinique (PHRC) : trois appels à projets, le premier national (PHRC-N), le deuxième en cancérologie (PHRC-K), le troisième étant interrégional (PHRC-I),\n"
        "Par ailleurs, quatre des appels à projets sont partenariaux. Ceux spécialisés en cancérologie (PRT-K et PHRC-K) sont gérés par l'Institut national du cancer.",
        distractors=["16 juillet (publication in the official bulletin, no year, undated page)"],
        note="press on a ministry's calls: no deadline",
    )
    p(
        "r3f-sfp-bourses-1999",
        "https://www.pharmacol-fr.org/page-4/",
        "Le nombre élevé de candidatures a incité le Bureau de la Société à augmenter le nombre de bourses. "
        "Pour l\u2019année 1999, 2 candidats seront récompensés afin de leur permettre de suivre et de mener à bien leur formation en pharmacologie. A l\u2019année prochaine!\n\n"
        "BOURSES DE RECHERCHE EN PHARMACOLOGIE pour 1999\n\n"
        "Deux bourses de recherche en pharmacologie seront attribuées par la Société Française de Pharmacologie (SFP) au cours de son congrès annuel en mars 1999, "
        "à 2 étudiants inscrits en thèse de doctorat, dont les travaux contribueront à développer les connaissances dans le do",
        distractors=["mars 1999 (award at the congress, vague)"],
        note="a learned society's grants: no deadline in the passage (the quote stops where the page's excerpt does)",
    )
    p(
        "r3f-pasteur-calmette-yersin",
        "https://www.pasteur.fr/en/education/study-grants-and-mobility/study-grants/study-grants-calmette-yersin?language=fr",
        "Applications must be submitted online and can be in English or French.\n\n"
        "The call is open all year round.\n\n"
        "It is strongly recommended to the candidate to simultaneously apply for the participation to the course and for the C&Y Study grant.\n\n"
        "  \u2022 Call for applications : 15th December\n"
        "  \u2022 Closing date for applications : March 05th\n"
        "  \u2022 Selection Committee meeting beginning of April\n"
        "  \u2022 Decision notice : from May for internships in the",
        distractors=[
            "15th December (call opens, no year, undated page)",
            "March 05th (closing, no year, undated page)",
            "beginning of April (committee, vague)",
        ],
        note="a foundation's grant in English: year-less on an undated page, nothing by the rules",
    )
    p(
        "r3f-pasteur-lp200-prizes-2022",
        "http://newsletter.pasteur.fr/en/node/13519",
        "July 01, 2022\nBulletin interne de l'Institut Pasteur\n"
        'It is my great pleasure to launch today the "Louis Pasteur Bicentenary Prizes" (LP200 Prizes). Five scientific prizes will be awarded by the end of 2022 '
        "for achievements that capture the Pasteur ethos (l'esprit Pasteur) in the fields of biomedical research, public health, or innovation.\n"
        "Applications are now open for heads of research units (junior or senior) of the Institut Pasteur and of the Pasteur Network, and for Pasteurians amongst the Alumni community.\n"
        "The deadline for applications is September 30.\n"
        "The award ceremony will be held on the Institut Pasteur campus on January 26th, 2023.",
        [d("2022-09-30")],
        opens="?",
        page_date="2022-07-01",
        distractors=[
            "July 01, 2022 (post date)",
            "January 26th, 2023 (award ceremony)",
            "end of 2022 (vague)",
        ],
        note="a year-less English deadline resolved from the bulletin's date; 'now open' has no date of its own, so the opening is not scored",
    )
    p(
        "r3f-pasteur-roux-cantarini-2021",
        "https://research.pasteur.fr/fr/b/jz4",
        "GENERAL INFORMATION\n"
        "- Fellowships are for two years (the duration of this fellowship may not be less than 18 months) .\n"
        "- Application deadline: September 13th, 2021 (1:00 PM \u2013 Paris time).\n"
        "- Anticipated announcement of decisions: mid-November 2021.\n"
        "ELIGIBILITY CONSIDERATIONS\n"
        "- Candidates must have completed their PhD degree no later than six years prior the date of application (i.e. obtained their thesis after September 2015) "
        "or will do so prior to commencing fellowship (date scheduled for the thesis defense).",
        [d("2021-09-13", "13:00")],
        distractors=[
            "mid-November 2021 (decisions, vague)",
            "September 2015 (eligibility condition, month only)",
        ],
    )
    p(
        "r3f-pasteur-network-courses-2022",
        "https://pasteur-network.org/en/what-we-do/courses/call-courses/",
        "Call for courses on 2022\n"
        "Course coordinators are invited to submit their complete proposals on-line only by 15th of May 2022 "
        "This year, due to limited amount available only a reduced number of courses can be financed.\n"
        "Application steps\n"
        "  1. Submission of proposals, deadline: 15th of Mai\n"
        "    Proposal authors are requested to submit their course online.\n"
        "  2. Evaluation by the selection panel, deadline: June 2022\n"
        "  3. Recommendations and selection will be communicated to the Pasteur Network Board.\n"
        "  4. Communication of results: 30th of June",
        [d("2022-05-15")],
        distractors=[
            "15th of Mai (the same deadline, year-less and misspelt)",
            "June 2022 (the panel's own deadline, vague)",
            "30th of June (results, no year)",
        ],
        note="an international network's call in English; the course proposal is the candidature",
    )
    p(
        "r3f-anr-ra-covid-2020",
        "https://les-aides.fr/fiche/apFnDHpGxfTeBGZeTUzZ4_Vm/anr/appel-a-projets-ra-covid-19.html",
        "Appel à projets RA-COVID-19\n\nANR\n\nMise à jour le 23 avril 2020\n\n"
        " Ce dispositif n\u2019est plus mobilisable actuellement\n\n"
        "L\u2019Agence Nationale de la Recherche (ANR) lance un nouvel appel à projets Recherche-Action sur COVID-19 (coronavirus disease 2019) "
        "afin de soutenir rapidement les communautés scientifiques mobilisées sur le COVID-19 dans un contexte d\u2019urgence.\n\n"
        "La limite de soumission des dossiers est le 28/10/2020.",
        [d("2020-10-28")],
        page_date="2020-04-23",
        distractors=["23 avril 2020 (update date)"],
        note="an aid directory's fiche on an agency's call",
    )
    p(
        "r3f-mind-health-reports-2020",
        "https://www.mind.eu.com/health/?p=3689",
        "Prolongation de certains appels à projets Par Aurélie Dureuil. Publié le 19 mars 2020 à 16h44 - Mis à jour le 19 mars 2020 à 16h44 "
        "Alors que la France et l\u2019Europe prennent des mesures pour lutter contre la pandémie de COVID-19, plusieurs organismes ayant ouvert des appels à projets "
        "dans le domaine du numérique en santé ont annoncé repousser les dates de clôture des dépôts de candidatures. "
        "Ouvert en décembre 2019 jusqu\u2019au 24 mars 2020, l\u2019appel à projets \u201cL\u2019intelligence artificielle pour une expérience améliorée du système de santé\u201d "
        "lancé conjointement par le Health data hub et le Grand défi voit ainsi sa date de clotûre reportée, indique Olivier Clatz sur Twitter sans préciser le nouveau calendrier. "
        "L\u2019Agence nationale de la recherche (ANR) a également reporté la date de clotûre d\u2019un certain nombre de ses appels à projets. "
        "Néanmoins, l\u2019Agence rappelle la date inchangée de limite de soumission des dossiers au 23 mars pour son appel à projets Flash COVID-19. "
        "Enfin, EIT Health a repoussé au 30 mars la date de son appel à projets pour le programme European Health Catapult ouvert aux acteurs des medtech, biotech "
        "et de la santé numérique en Europe. À noter : La Commission européenne a par ailleurs annoncé le décalage de tous les appels à projets devant se clore "
        "d\u2019ici le 15 avril 2020 dans le cadre du prgramme Horizon 2020.",
        [d("2020-03-23"), d("2020-03-30")],
        page_date="2020-03-19",
        distractors=[
            "19 mars 2020 16h44 (publication and update)",
            "décembre 2019 (opening, vague)",
            "24 mars 2020 (a closing given up: 'voit sa date de clôture reportée', new date unknown)",
            "15 avril 2020 (calls that would have closed by then are all postponed)",
        ],
        note="press on postponed calls: the unchanged ANR date and EIT Health's new date are deadlines (years from the page date); "
        "the Health Data Hub's old date is given up with no new one, which the rules' superseded words ('initialement', 'au lieu du') do not cover; "
        "labelled by what a subscriber needs",
    )
    p(
        "r3f-erc-stg-2022-ouverture",
        "https://www.horizon-europe.gouv.fr/ouverture-de-l-appel-starting-grants-2022-28175",
        "Publié le 30.09.2021\n\nOuverture de l'appel Starting Grants 2022\n\n"
        "L'appel ERC-2022-StG est ouvert sur le portail du participant du 23 septembre 2021 au 13 janvier 2022, date de clôture de l'appel.\n\n"
        "Les bourses Starting Grants du Conseil Européen de la Recherche (ERC), d'une montant maximum de 1,5 millions d'euros et d'une durée pouvant aller jusqu'à 5 ans, "
        "visent des projets de recherche ambitieux et risqués.\n\n"
        "Les candidats ont jusqu'au 13 janvier 2022, pour soumettre leur projet.",
        [d("2022-01-13")],
        opens="2021-09-23",
        page_date="2021-09-30",
        distractors=["30.09.2021 (publication)"],
        note="a ministry portal on a European call; the opening is before the page date",
    )
    p(
        "r3f-mio-erc-calendar-2021",
        "https://old.mio.osupytheas.fr/en/launch-first-erc-calls-projects",
        "Launch of the first ERC calls for projects\n"
        "The calendar of the ERC calls has been published. 1.9 billion euros are planned for the 2021 calls\n"
        "Starting Grants: launch on February 25, deadline on April 8\n"
        "Consolidator Grants: launch on March 1, deadline April 20\n"
        "Advanced Grants: launch on May 20, deadline on August 31\n"
        "No Synergies and PoC calls this year",
        opens="?",
        distractors=[
            "February 25, April 8, March 1, April 20, May 20, August 31 (year-less on an undated page)"
        ],
        note="the rules' known limit: the text names 2021 but the dates carry no year and the page none; "
        "a subscriber would want three deadlines in 2021",
    )
    p(
        "r3f-anr-access-erc-stg-2026",
        "https://www.appelsprojetsrecherche.fr/appel/1-anr-1930",
        "Appel à projets ACCESS ERC STARTING GRANTS 2026\n"
        "Statut :\nOuvert Ouverture :\n23 déc. 2025 Clôture :\n24 févr. 2026, 13:00:00 UTC+1\n"
        "Le financement de l\u2019ANR consiste en un contrat post-doctoral d\u2019une durée de deux ans (24 mois), comprise entre le 1er juillet 2026 et le 31 août 2028, "
        "ayant pour objectif le dépôt d\u2019une candidature à l\u2019ERC Starting Grants 2028 en octobre 2027.\n"
        "- avoir entre 2 et 6 ans d\u2019expérience après la soutenance de thèse au 1er janvier 2028. Cela implique d\u2019avoir soutenu sa thèse entre le 1er janvier 2021 "
        "et le 31 décembre 2025 inclus, sauf dérogation à la limite d\u2019âge académique autorisée par l\u2019ANR .",
        [d("2026-02-24", "13:00")],
        opens="2025-12-23",
        distractors=[
            "1er juillet 2026 .. 31 août 2028 (the contract's span)",
            "octobre 2027 (a later ERC candidature, vague)",
            "1er janvier 2028 (experience condition)",
            "1er janvier 2021 .. 31 décembre 2025 (thesis defended between: a condition)",
        ],
        note="a directory's fiche on an agency's call; 'UTC+1' is Paris winter time",
    )
    p(
        "r3f-anr-tremplin-erc-2016",
        "https://anr.fr/en/latest-news/read/news/preliminary-announcement-the-first-edition-of-springboard-erc-tremplin-erc-call-for-proposals/",
        "Preliminary-announcement: the first edition of « Springboard-ERC (Tremplin-ERC) » Call for Proposals will be open soon\n\n"
        "Conceived to improve France\u2019s success rate in Calls for Proposals of the European Research Council (ERC), « Springboard-ERC (T-ERC) » is a new funding instrument "
        "set up by ANR on the occasion of its Work Programme 2017. A first Call for Proposals will be open on mid-September 2016. Other Calls for Proposals will be launched in 2017.\n\n"
        "The first T-ERC Call for Proposals is planned by end of September 2016 and other Calls are planned for 2017 (see the calendar on ANR website).",
        distractors=[
            "mid-September 2016 (opening, vague)",
            "end of September 2016 (vague, after 'by')",
        ],
        note="an agency's pre-announcement in English: only vague dates, no deadline and no opening",
    )
    p(
        "r3f-machaons-2009",
        "https://static2.lequotidiendumedecin.fr/actus-medicales/recherche-science/candidatures-jusquau-15-octobre",
        "Le jury des Machaons 2009, présidé par le Dr José Clavero, décernera trois prix (de 6 000, 3 000 et 1 500 euros) à des thèses en médecine libérale soutenues "
        "en Île-de-France au cours des deux dernières années par des médecins généralistes ou spécialistes.\n"
        "Les dossiers de candidature peuvent être téléchargés sur le site www.urml-idf.org. Ils devront être renvoyés avant le 15 octobre au secrétariat du Prix de thèse, "
        "à l\u2019URML Île-de-France, 12, rue Cabanis, 75014 Paris (renseignements au 01.40.64.14.70).",
        distractors=["15 octobre (no year, undated page)"],
        note="press on a thesis prize: the edition is 2009 but the date has no year and the page no date, nothing by the rules; "
        "a subscriber would want 15 October 2009",
    )
    p(
        "r3f-fonds-croix-rouge-conditions",
        "http://www.fondcrf.org/obtenir-un-financement/conditions-de-candidature/",
        "Il est possible de proposer une candidature par appel (bourses générales, bourses Fonds AXA pour la recherche, bourse Fonds Compagnie fruitière). "
        "Toutefois chaque candidat ne pourra se voir attribuer qu\u2019une seule bourse et, le cas échéant, devra choisir.\n\n"
        "Seuls les chercheurs  rassemblant les conditions suivantes peuvent candidater :\n\n"
        "    \u2022  être titulaire d\u2019un doctorat (doctorat français, PhD ou doctorat étranger de niveau équivalent) dans le champ des sciences sociales "
        "ou des sciences médicales (médecine, santé publique) ;\n"
        "    \u2022 avoir  soutenu son doctorat depuis moins de 10 ans ;\n"
        "    \u2022 ne pas occuper par ailleurs un poste permanent à plus de 50% ;",
        note="a foundation's conditions: no date at all",
    )
    p(
        "r3f-campus-france-algerie-iea-2020",
        "https://algerie360.com/20200811-campus-france-algerie-une-bonne-nouvelle-concernant-les-bourses-detudes",
        "Une trentaine de places disponibles pour l\u2019année universitaire 2021/2022 à travers les quatre Instituts français d\u2019études avancées à Paris, Lyon, Montpellier, et Marseille.\n"
        "Dans un communiqué publié lundi 10 août, Campus France Algérie a annoncé la disponibilité de 31 places au sein des Instituts d\u2019étude avancées, "
        "dont 17 au centre situé à Paris, pour une bourse d\u2019études d\u2019une durée de dix mois.\n"
        "Toutefois, il est stipulé que les chercheurs en provenance de tous les pays sont éligibles à cette bourse, à condition d\u2019avoir passé moins de douze mois en France "
        "au cours des trois années précédant la date limite de candidature, fixée au 15 septembre prochain.",
        distractors=[
            "lundi 10 août (communiqué, no year)",
            "15 septembre prochain (deadline without a year; the page shows no date)",
        ],
        note="press: the post's date is only in its address, so page_date is null and the year-less deadline gives nothing by the rules; "
        "a subscriber would want 15 September 2020",
    )
    p(
        "r3f-centre-franco-russe-2011",
        "http://slavebordeaux3.blogspot.com/2011/06/aide-la-mobilite-des-jeunes-chercheurs.html",
        "lundi 6 juin 2011\n\nAide à la mobilité des jeunes chercheurs\n\n"
        "Bourses de court séjour (un mois) pour doctorants et jeunes docteurs\n1ère session 2011 (second semestre 2011)\n\n"
        "Le Centre franco-russe en sciences humaines et sociales de Moscou propose des bourses de court séjour (un mois maximum) aux doctorants (aspiranty) "
        "ou aux jeunes chercheurs (moins de 35 ans) titulaires d\u2019une thèse de doctorat (France, Moldavie) ou de kandidat (Russie, Ukraine, Biélorussie).\n\n"
        "Les dossiers sont à envoyer au Centre franco-russe, à l\u2019adresse électronique centre-fr@centre-fr.net avant le 20 juin 2011.",
        [d("2011-06-20")],
        page_date="2011-06-06",
        distractors=["lundi 6 juin 2011 (post date)", "second semestre 2011 (vague)"],
        note="an international research centre's grants relayed by a research team's blog",
    )
    p(
        "r3f-afes-bourses-demolon-2023",
        "https://www.afes.fr/actions/bourse-demolon/",
        "Bourses de mobilité Albert Demolon\n"
        "Les bourses Albert Demolon permettent de soutenir de jeunes chercheurs francophones en science du sol pour participer à des colloques internationaux.\n"
        "1/ Conditions de candidature\n"
        "Les candidats doivent répondre à l'ensemble des points listés ci-dessus pour être éligibles. Ils doivent en outre déposer leur dossier de candidature complet "
        "dans les temps impartis. Aucune candidature ne sera acceptée au-delà de la date de clôture de l\u2019appel.\u2022 Proposer une communication (poster ou oral) "
        "en premier auteur dans le domaine des sciences du sol, dans une manifestation internationale se déroulant avant le 31 décembre 2023, en France ou un autre pays du monde.",
        distractors=[
            "31 décembre 2023 (the congress must take place before it: a condition, after 'avant le')"
        ],
        note="a learned society's travel grant: 'avant le' bounds the congress, not the candidature, and no condition word of the rules is near it; "
        "labelled by what a subscriber needs",
    )
    p(
        "r3f-volkswagen-savoirs-demain-2016",
        "https://expydoc.com/doc/7873442/informations-aux-candidats-81k--fran%C3%A7ais-",
        "Informations aux\ncandidats 81k\nInitiative de financement\nLes savoirs de demain Projets de recherche coopératifs en Afrique\nsubsaharienne\n"
        "Appel à pré-propositions pour des bourses d\u2019études postdoctorales dans le domaine de\nla gestion des moyens de subsistance, réformes et processus de changement structurels\n"
        "Dates limites de dépôt des\n1. Objectifs\npré-propositions\n6 avril 2016\nInformation\n"
        "Initiative pour l\u2019Afrique \u2013\nSciences naturelles et\ntechniques, médecine\n[...]\nJanvier 2016",
        [d("2016-04-06", kind="letter_of_intent")],
        distractors=["Janvier 2016 (document date, month only)"],
        note="a foreign foundation's call in French; the PDF's text layer interleaves the sidebar label with a heading ('1. Objectifs')",
    )
    p(
        "r3f-bretagne-recherche-societe-2025",
        "https://europe.bzh/aides/fiches/etik-projets-recherche-societe",
        "Recherche et Société\n03/07/2025 12:00\nSubvention\nCitoyenneté & Égalité\n- Citoyenneté\nEnseignement supérieur et recherche\n"
        "Cette aide vise à soutenir la mise en \u0153uvre de projets de recherche participative qui répondront à des problématiques d'intérêt régional déjà identifiées "
        "sur le territoire (sociales, culturelles, économiques, écologiques...).\n"
        "Cet enjeu est identifié dans le cadre de la Loi de programmation de la recherche du 24 décembre 2020, pour la période 2021-2030.",
        distractors=[
            "03/07/2025 12:00 (a date-time under the title with no label: closing or publication is not said)",
            "24 décembre 2020 (a law)",
        ],
        note="a region's aid fiche; the unlabelled date-time is probably the closing but nothing on the page says so: no deadline by the rules",
    )
    p(
        "r3f-splf-fondation-souffle",
        "http://splf.fr/fondation-du-souffle/",
        "La Fondation du Souffle et le FRSR lancent au moins deux appels d\u2019offres par an.\n\n"
        "Il s\u2019agit d\u2019appels d\u2019offres « blancs », qui peuvent financer tous les types de recherche (fondamentale, clinique, épidémiologique, de santé publique\u2026) "
        "touchant au domaine respiratoire, sans thématique ciblée.\n\n"
        "  \u2022 Un premier appel d\u2019offres de ce type est lancé au printemps de chaque année, intitulé « Formation par la Recherche » et destiné à subventionner des masters 2, "
        "des thèses d\u2019université, des séjours postdoctoraux et de mobilité.",
        distractors=["au printemps de chaque année (vague)"],
        note="a learned society presenting a foundation's recurring calls: no date",
    )
    p(
        "r3f-fdf-reveillons-solidarite-2023",
        "https://www.occitanie-tribune.com/articles/44483/occitanie-la-fondation-de-france-du-sud-ouest-lance-l-appel-a-projets-reveillons-la-solidarite",
        "[Réveillons la solidarité] La Fondation de France Sud-Ouest lance un Appel à Projets pour soutenir des initiatives qui luttent contre l\u2019isolement des plus vulnérables "
        "lors des fêtes de fin d\u2019année.\n\n"
        "Depuis 15 ans, ce sont 213 projets qui ont pu être soutenus sur le territoire de la Fondation de France Sud-Ouest. Le dépôt des dossiers se fait jusqu\u2019au 13 septembre 2023 !\n\n"
        "En décembre 2022, ce sont 10 initiatives qui ont pu être soutenues dans le Sud-Ouest. Tous les organismes à but non lucratif, avec identité juridique "
        "(associations de quartier, groupement d\u2019habitants\u2026) peuvent déposer un dossier avant le 13 septembre.",
        [d("2023-09-13")],
        distractors=["décembre 2022 (past projects, vague)"],
        note="a foundation's call (not research) in the regional press; the second '13 septembre' has no year and no page date, "
        "but it is the same day; the stored copy shows only a month (2023-07), so page_date is null",
    )
    p(
        "r3f-loire-atlantique-aidants-2024",
        "http://www.essor-paysdelaloire.org/projets-2.html",
        "Date limite de candidature : 29 Mars 2024\nOrganisme : Conseil départemental de Loire-Atlantique\nTerritoire : Départemental\n\n"
        "Dans son schéma départemental pour l\u2019inclusion en Loire-Atlantique 2023 - 2028, le Département s'engage pour accompagner au mieux les personnes en situation de handicap "
        "et leurs aidants, dans tous les aspects de leur vie quotidienne et aux différentes étapes de leurs parcours.",
        [d("2024-03-29")],
        note="a département's call listed by a regional network; the month is capitalised",
    )
