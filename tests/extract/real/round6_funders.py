"""Round 6 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r6f-sophau-prix-these-2016",
        "https://reainfo.hypotheses.org/3006",
        "Du côté du doctorat : prix SoPHAU\n\nDate limite d’envoi : 10 juin 2016\n\n"
        "La SOPHAU décerne depuis 2005 un prix annuel de 1500 € destiné à cofinancer la publication d’une thèse. "
        "Le nom du lauréat est officiellement proclamé lors de l’A.G. ordinaire du mois de décembre.\n\n"
        "Règlement du concours\n\nLa thèse doit avoir été soutenue l’année en cours du concours, ou dans les deux années "
        "précédentes.\n[...]\nLes candidats doivent faire parvenir au siège de la SOPHAU – INHA, Centre Glotz, 2 rue Vivienne, "
        "75002 PARIS, avant le 10 juin 2016\n\n– Une version imprimée de leur thèse\n[...]\n"
        "Ils enverront ces mêmes documents sous une forme numérisée (format pdf), au plus tard le 10 juin 2016, à l’adresse "
        "mail suivante : [...]",
        [d("2016-06-10")],
        distractors=[
            "depuis 2005 (the prize's first year)",
            "du mois de décembre (the laureate proclaimed at the general assembly, month only)",
        ],
        note="a learned society's thesis prize (relayed on its members' blog): the same day said three times, as a label, "
        "'avant le' and 'au plus tard le'",
    )
    p(
        "r6f-senat-prix-these-conditions",
        "https://senat.fr/le-senat-et-vous/les-prix-decernes-par-le-senat/le-prix-de-these/concourir-au-prix-de-these-du-senat.html",
        "Seuls sont admis à concourir les auteurs d’une thèse rédigée en langue française soutenue entre le 1er janvier 2024 "
        "et le 31 décembre 2024 et n’ayant pas bénéficié d’une bourse de recherche du Sénat.\n"
        "Seules sont examinées par le jury les thèses : en droit, en histoire, ou en science politique, rédigées en langue "
        "française et portant sur le bicamérisme, l’institution sénatoriale ou les collectivités locales, déclarées "
        "recevables et sélectionnées par un comité de sélection.\n"
        "Les décisions du jury et celles du comité de sélection ne sont pas motivées.\nConditions pour concourir\n"
        "Le Prix de thèse ne peut être attribué pour une thèse ayant déjà fait l’objet d’une décision en vue de sa publication "
        "(dans le cadre d’un autre prix de thèse ou d’un accord avec un éditeur par exemple).",
        distractors=[
            "entre le 1er janvier 2024 et le 31 décembre 2024 (when the thesis must have been defended: a condition, not a window "
            "for applying)"
        ],
        note="an institution's thesis prize rules: the only range is the defence period; not settled by a listed condition "
        "word ('soutenue entre'), labelled by what a subscriber needs (nothing is sent by 31 December 2024)",
    )
    p(
        "r6f-cgo-inca-labrexcmp25",
        "https://www.canceropole-grandouest.com/appel-projets/inca-aac-labrexcmp25-labellisation-de-reseaux-de-recherche-sur-les-cancers-de-mauvais-pronostic/",
        "Afin d’améliorer les connaissances et de proposer de nouvelles solutions pour prévenir et traiter les cancers de "
        "mauvais pronostic, l’Institut national du cancer met en place un appel à candidatures pour promouvoir et labelliser "
        "des réseaux de recherche d’excellence spécialisés sur ces cancers. [...] Cette deuxième édition permettra de "
        "labelliser jusqu’à deux réseaux supplémentaires sur deux indications distinctes.\n[...]\n"
        "Date limite de soumission : 10 décembre 2024",
        [d("2024-12-10")],
        note="a cancéropôle relaying a national cancer institute's call; a plain fiche label",
    )
    p(
        "r6f-dayfr-inca-labrex-2025-en",
        "https://euro.dayfr.com/health/amp/2097411",
        "Call for applications 2025 – Labeling of research networks on cancers with poor prognosis – Calls for projects\n\n"
        "Date of last update: 09/27/2024\n\n"
        "In order to improve knowledge and propose new solutions to prevent and treat cancers with a poor prognosis, the "
        "National Cancer Institute is setting up a call for applications to promote and certify research networks of "
        "excellence specialized in these cancers. . This involves establishing a network by indication and synergizing "
        "expertise across the entire national territory. This second edition will make it possible to label up to two "
        "additional networks on two distinct indications.",
        page_date="2024-09-27",
        distractors=["09/27/2024 (the update stamp, month first: 27 cannot be a month)"],
        note="a machine-translated English copy of the same national call as r6f-cgo-inca-labrexcmp25 on another site; the "
        "deadline is not in the passage",
    )
    p(
        "r6f-inca-pair-pediatrie-2017",
        "https://fr.readkong.com/page/appel-a-projets-2017-3992871",
        "Appel à projets 2017 Programme d’Actions Intégrées de Recherche (PAIR) En cancérologie pédiatrique Date limite de "
        "soumission : 16 janvier 2017 – minuit Soumission en ligne: "
        "http://www.e-cancer.fr/Institut-national-du-cancer/Appels-a-projets/Appels-a- projets-en-cours/pediatrie-2017\n"
        "Sommaire 1- Contexte et objectifs de l’appel à projets",
        [d("2017-01-16", "23:59")],
        note="a national call's PDF cover, flattened to one line; 'minuit' after a dash is read as the time of the date",
    )
    p(
        "r6f-sspp-congres-soumission-terminee",
        "https://organizers-congress.org/frontend/index.php?page_id=2804",
        "Soumission de contributions\n\nLa soumission de contributions est terminée.\n\n"
        "Veuillez contacter notre Registration Office pour toute question relative à votre contribution.\n\n[...]\n"
        "Soumission des contributions\n\n  • La soumission d’une proposition se fait exclusivement en ligne.\n"
        "  • Les résumés/abstracts peuvent être soumis dans la langue de l’exposé (français ou allemand).\n[...]\n"
        "  • Des modifications et/ou compléments sont possible à tous moments en ligne jusqu’à la fin de délai de soumission.",
        note="a Swiss psychiatry society's congress: the submission is closed and no date is given",
    )
    p(
        "r6f-paca-frm-retour-en-france-2025",
        "https://canceropole-paca.com/appel-a-projet/aide-au-retour-en-france-frm",
        "La Fondation pour la Recherche Médicale lance en 2025 son programme ‘L’espoir de la recherche’, avec plusieurs "
        "appels à projets d’aide individuelle. Dans cet appel, la FRM propose une aide individuelle pour le retour en France "
        "après un stage postdoctoral à l’étranger.\n\n"
        "Profil du demandeur : chercheur titulaire d’un doctorat en sciences soutenu en France depuis 6 ans maximum à la date "
        "du conseil scientifique ET ayant effectué un stage postdoctoral à l’étranger d’au moins 2 ans dans le même "
        "laboratoire.\n[...]\n"
        "  • Contrat à durée déterminée (CDD) à temps plein – 2 ou 3 ans, non renouvelable.\n"
        "  • Début du CDD : au plus tard le 1er avril 2026, soit 6 mois après la date du conseil scientifique du 26 septembre "
        "2025).\n"
        "  • Montant : 70 000 €/an versé à l’organisme employeur.",
        distractors=[
            "au plus tard le 1er avril 2026 (the latest start of the contract, a 'Début du contrat' label)",
            "26 septembre 2025 (the scientific council)",
            "en 2025 (the programme's year)",
        ],
        note="a foundation's individual grant relayed by a cancéropôle: the passage gives no application deadline, only a "
        "contract start and a council date",
    )
    p(
        "r6f-abg-frm-2023-criteres",
        "https://abg.asso.fr//fr/article/2521/en-call-for-projects-by-frm-2023-2521",
        "Appels à projets de la FRM édition 2023\n"
        'Dans le cadre du programme "Espoirs de la recherche", la FRM soutient les meilleurs projets susceptibles de '
        "générer des retombées importantes dans le domaine de la santé. Une variété d'aides est proposée aux équipes, quels "
        "que soient le thème et la nature de leurs travaux de recherche.\n"
        "Consultez le détail des appels à projets dans cet article (date limite de candidature spécifique à chaque appel).\n"
        "[...]\n"
        "Pour être éligible à une demande d’aide individuelle de la FRM, l’équipe d’accueil doit obligatoirement, à la date "
        "du Conseil scientifique concerné, être reconnue indépendante par un ou des organisme(s) public(s) français de "
        "recherche ou d’enseignement supérieur (Inserm, CNRS, Université…) comme à la suite d’une évaluation par le Hceres.",
        note="a doctors' association relaying a foundation's calls: 'date limite' is named with no date",
    )
    p(
        "r6f-fdf-autisme-2022",
        "https://www.fondationdefrance.org/fr/appels-a-projets/recherche-clinique-et-fondamentale-sur-l-autisme-et-le-neuro-developpement-de-l-enfant",
        "Contexte\nLes connaissances sur le développement cognitif et affectif de l’être humain et, en particulier, de "
        "l’enfant, sont encore trop parcellaires pour permettre une compréhension des trajectoires atypiques comme dans "
        "l’autisme.\nDepuis une vingtaine d’années, la Fondation de France soutient la recherche dans ce domaine en finançant "
        "des projets innovants, collaboratifs et pluridisciplinaires. [...]\n"
        "Date limite de réception des dossiers :\n7 septembre 2022\nObjectifs\n"
        "En 2022, la Fondation de France décide de réaffirmer son soutien à ce champ de recherche, en considérant des projets "
        "d’envergure, innovants et collaboratifs, [...]",
        [d("2022-09-07")],
        distractors=["En 2022 (the year)"],
        note="a foundation's call page: the label ends with a colon and its date is on the next line",
    )
    p(
        "r6f-calenda-iresp-2020",
        "https://calenda.org/780641",
        "Projets de recherche en santé publique 2020 de l’Institut de recherche en santé publique (IReSP)\n\n"
        "Public health and research projects at the Institut de recherche en santé publique (IReSP), 2020\n\n*  *  *\n\n"
        "Publié le vendredi 29 mai 2020\n\nRésumé\n\n"
        "L’Institut de recherche en santé publique (IReSP) et ses partenaires – notamment la Caisse nationale d’assurance "
        "maladie (CNAM), la Direction générale de la santé (DGS), l'Institut national de la santé et de la recherche médicale "
        "(Inserm) et Santé publique France – auxquels s’ajoute la Mission interministérielle de lutte contre les drogues et "
        "les conduites addictives (Mildeca), lancent le 18 mai 2020, l’appel à projets de recherche en santé publique 2020 "
        "portant sur les interventions, services et politiques favorables à la santé.",
        opens="2020-05-18",
        page_date="2020-05-29",
        distractors=["vendredi 29 mai 2020 (the announcement's publication stamp)"],
        note="a research institute's call relayed by an announcement site: 'lancent le 18 mai 2020 l'appel à projets' is the "
        "call's launch (its opening, by what a subscriber needs; the call is the object, not the subject, of the verb); "
        "no deadline in the passage",
    )
    p(
        "r6f-bordeaux-neurocampus-fdf-psy",
        "http://www.bordeaux-neurocampus.fr/call-for-tender/recherche-fondamentale-et-clinique-sur-les-maladies-psychiatriques/",
        "Recherche fondamentale et clinique sur les maladies psychiatriques\n\nObjectifs\n\n"
        "Cet appel d’offres concerne les maladies psychiatriques invalidantes (à l’exception des addictions, des troubles du "
        "spectre autistique et des démences).\n\nLa Fondation de France apportera son soutien aux projets portant sur :\n\n"
        "  • L’évaluation des méthodes de diagnostic et des traitements ;\n[...]\n\nLes modalités de soutien\n\n"
        "Les aides accordées pourront être annuelles ou pluri-annuelles (jusqu’à 3 ans), d’un montant maximal de 200 000 € "
        "pour 3 ans. [...] Certains financements pourront porter sur une quatrième année de thèse (à hauteur de 39 000 € pour "
        "1 an).",
        note="a neuroscience campus relaying a foundation's call: no date at all in the passage",
    )
    p(
        "r6f-laurette-fugain-2022",
        "https://fr.readkong.com/page/appel-d-offre-projets-de-recherche-association-laurette-5871039",
        "APPEL D’OFFRE À PROJETS DE RECHERCHE\nASSOCIATION LAURETTE FUGAIN - ANNÉE 2022\n\n"
        "L’ASSOCIATION LAURETTE FUGAIN\nCréée en 2002, Laurette Fugain lutte contre les leucémies avec trois grandes missions :\n"
        "• Soutenir la recherche médicale pédiatrique et adulte sur les leucémies.\n"
        "À fin 2021, ce sont déjà plus de 9,5 millions d’euros qui ont été affectés à 202 projets de recherche\n[...]\n"
        "L’APPEL D’OFFRES À PROJETS DE RECHERCHE\nMode d’attribution des financements :\n"
        "Les financements sont attribués par le Conseil d’Administration de l’association Laurette Fugain, sur\n"
        "proposition de son Conseil Scientifique et Médical, après expertise des dossiers présentés par la communauté\n"
        "scientifique dans le cadre de projets de recherche sur les leucémies.",
        distractors=["Créée en 2002", "À fin 2021 (a past total, vague)"],
        note="a patients' charity call document, opening pages only: no deadline",
    )
    p(
        "r6f-srlf-fonds101-qvt",
        "https://one-o-one.eu/bourses-formation-qvt-developpement-durable",
        "L'appel à projets\nDepuis 2023, la Société de Réanimation de Langue Française (SRLF) et le Fonds de dotation 101 ont "
        "établi un partenariat visant à promouvoir l’innovation, la recherche et l’amélioration des pratiques en réanimation. "
        "[...]\nEn 2024, puis en 2025 – malgré un élargissement du périmètre de la bourse à la thématique du Développement "
        "Durable (DD) –, cet appel à projets de recherche n’a pas trouvé de lauréat. [...]\n"
        "Face à ces constats, la SRLF et le Fonds 101 ont choisi d’adapter leur dispositif et de soutenir la formation "
        "universitaire de professionnels souhaitant s’engager dans des projets de service structurés autour de la QVT et/ou "
        "du Développement Durable.",
        distractors=[
            "Depuis 2023, En 2024, puis en 2025 (years of the partnership and past calls)"
        ],
        note="a learned society's and an endowment fund's grant, rewritten after calls without laureates: years only",
    )
    p(
        "r6f-loreal-jeunes-talents-16e",
        "https://fr.readkong.com/page/du-programme-jeunes-talents-france-l-or-al-unesco-pour-les-1170950",
        "RÈGLEMENT DE LA 16ÈME ÉDITION DU PROGRAMME JEUNES TALENTS FRANCE L’ORÉAL-UNESCO POUR LES FEMMES ET LA SCIENCE "
        "1. Introduction Créé en 2007, le programme Jeunes Talents France L’Oréal-UNESCO Pour les Femmes et la Science a pour "
        "but de promouvoir et de soutenir l’implication des jeunes femmes dans la recherche scientifique. [...] Pour cette "
        "16ème édition, 35 dotations seront décernées pour encourager de jeunes chercheuses actuellement en doctorat ou en "
        "post-doctorat à poursuivre une brillante carrière scientifique. [...] • Les doctorantes récompensées recevront "
        "chacune une dotation d’un montant de 15 000 €. Les candidates doctorantes doivent être inscrites dans une école "
        "doctorale française et dans un laboratoire de recherche en France métropolitaine ou dans les Outre-mer, avoir "
        "commencé leur doctorat au plus tard en décembre 2020 (c’est-à-dire au minimum, être inscrite en 2ème année de thèse) "
        "et ne pas avoir encore soutenu à la date de l'ouverture de l'appel à candidature, en janvier 2022.",
        distractors=[
            "au plus tard en décembre 2020 (a condition on the start of the doctorate, month only)",
            "en janvier 2022 (the call's opening, month only: no opening)",
            "Créé en 2007",
        ],
        note="a foundation's fellowship rules: 'au plus tard' before a month is a condition, and the opening is vague",
    )
    p(
        "r6f-cap-recherche-cdf-2023",
        "https://cap-recherche.fr/college-de-france-le-theme-du-prix-2023-consacre-aux-rencontres-des-civilisations",
        "Collège de France : le thème du Prix 2023 consacré aux Rencontres des civilisations\n"
        "Lors de sa première édition, en 2022, le Prix du Collège de France portrait sur le thème Biodiversité et évolution, "
        "[...]\nIl sera attribué, pour sa deuxième édition, à une jeune chercheuse ou un jeune chercheur pour son parcours dans "
        "le domaine des Lettres humanités et sciences sociales autour du thème Rencontres des civilisations. [...] Ce prix "
        "s’adresse à de jeunes chercheurs ou chercheuses en poste en France, [...] et ayant soutenu leur thèse de doctorat "
        "depuis moins de sept ans.\n"
        "La plateforme pour le dépôt des candidatures est ouverte du 1er mars au 30 avril 2023.\n"
        "Le jury 2023 est composé cette année de quatre professeurs du Collège de France et d’un membre extérieur.",
        [d("2023-04-30")],
        opens="2023-03-01",
        distractors=["en 2022 (the first edition)"],
        note="a research-funding news site on a research institution's prize: the platform 'est ouverte du … au …', a window "
        "about applying",
    )
    p(
        "r6f-actualitte-cdf-2025",
        "https://actualitte.com/article/121735/prix-litteraires/le-prix-du-college-de-france-ouvre-sa-4e-edition",
        "En 2025, le prix récompensera une contribution dans le champ du droit, de l’histoire et de la philosophie, autour du "
        "thème « Savoirs et démocratie ». [...]\n\n"
        "Les candidats doivent avoir soutenu leur thèse depuis moins de sept ans et être affiliés à un laboratoire de "
        "recherche public en France. Pour soumettre un dossier, il est impératif d’obtenir le soutien d’un professeur "
        "d’université ou d’un directeur de recherche en activité, qui devra fournir une lettre de présentation et de "
        "recommandation.\n\n"
        "Les candidatures seront ouvertes du 1er mars au 30 avril 2025 et devront être déposées via une plateforme numérique "
        "dédiée.\n\n"
        "Le jury, composé de quatre professeurs du Collège de France et d’un membre extérieur, sera co-présidé par [...]",
        [d("2025-04-30")],
        opens="2025-03-01",
        distractors=["En 2025 (the prize's year)"],
        note="a press article on a research institution's prize; another page of this site is in round 5 (a different "
        "article)",
    )
    p(
        "r6f-cdf-award-2025-en",
        "https://college-de-france.fr/en/college-de-france-award-2025-edition",
        "Collège de France Award - 2025 Edition\n\nPresentation\n\n"
        "The Collège de France Award for Young Researchers 2025 will be awarded in the fields of law, history and "
        'philosophy.\n\nThe theme of the prize is: "Knowledge and democracy".\n[...]\n'
        "The prize is worth 20 000 euros. The winner is also invited to give a public lecture at the Collège de France on his "
        "or her work.\n\n"
        "Applications will be received from March 1 to April 30, 2025, exclusively by electronic means. The winner will be "
        "notified in early July 2025.",
        [d("2025-04-30")],
        opens="2025-03-01",
        distractors=["early July 2025 (notification, vague)"],
        note="the institution's own English page for the same prize as r6f-actualitte-cdf-2025: 'Applications will be "
        "received from … to …'",
    )
    p(
        "r6f-inserm-parcours-clinique-recherche",
        "https://pro.inserm.fr/clinique-et-recherche-quel-parcours-pour-votre-profil",
        "Ces dispositifs visent à former des professionnels de santé à la démarche scientifique, à encourager la recherche "
        "translationnelle et à favoriser l’émergence d’équipes mixtes clinique/recherche. En 2026, l’Inserm propose une "
        "quarantaine de postes pour ces parcours.\nPour qui ?\n"
        "- Postes d’accueil : jeunes professionnels de santé en début de carrière : internes, anciens internes, chef de "
        "clinique-assistant, assistant hospitalo-universitaire, et vétérinaires.\n"
        "- Programme CCA Inserm-Bettencourt : jeunes professionnels de santé en fin d’internat (médecine, pharmacie, "
        "odontologie) qui visent une carrière hospitalo-universitaire.\n[...]\n"
        "- Programme CCA Inserm-Bettencourt : permet d’accompagner l’entrée dans la carrière hospitalo-universitaire via un "
        "clinicat-recherche équilibré avec 50 % du temps consacré à la recherche et 50 % à l’activité clinique ; contrat "
        "initial de 2 ans, renouvelable jusqu’à 4 ans au total selon les conditions de l’appel.",
        distractors=["En 2026 (the year of the posts)"],
        note="a research institute's overview of its posts for interns and clinic heads: no date to apply by",
    )
    p(
        "r6f-ami-maladies-rares-2021",
        "https://123dok.net/document/zx5md964-texte-de-l-appel-%C3%A0-manifestation-d-int%C3%A9r%C3%AAt.html",
        "Texte de l'appel à manifestation d'intérêt\n\nN/A\nN/A\nProtected\n\nAcademic year: 2022\n\n[...]\n"
        "Investissements d’Avenir\n\nAppel à Manifestations d’Intérêt Sélectif\n\nM ALADIES RARES\n\n"
        "A CCELERER LA RECHERCHE ET L INNOVATION GRACE AUX BASES\n\nDE DONNEES\n\nDate de clôture de l’AMI\n\n"
        "22 avril 2021 à 11h (CET)\n\nAdresse de consultation de l’AMI http://anr.fr/PPRMR\n\n(2)\n\nR ESUME\n\n"
        "Suite à l’adoption du Plan national maladies rares 3 (PNMR3) [...], le Gouvernement, par l’entremise du Secrétariat "
        "général pour l’investissement (SGPI), a décidé de mettre en place un Programme prioritaire de recherche (PPR) sur "
        "les MR doté de 20 M€ sur dix ans.",
        [d("2021-04-22", "11:00")],
        distractors=["Academic year: 2022 (the document site's stamp)"],
        note="a national research agency's call document on a document-sharing site (small capitals split by the text "
        "layer); the label is on its own line before the date; '11h (CET)' kept as written",
    )
    p(
        "r6f-unidivers-aap-ministere-2021",
        "https://www.unidivers.fr/event/appel-a-projet-national-complementaire-2021-ministere-des-solidarites-et-de-la-sante-2021-10-04/",
        "Appel à projet national complémentaire 2021 Ministère des Solidarités et de la Santé, 4 octobre 2021, Paris.\n\n"
        "Appel à projet national complémentaire 2021\n\n"
        "Ministère des Solidarités et de la Santé, le lundi 4 octobre à 00:00\n\n"
        "**Alors que notre pays est confronté à une crise sanitaire sans précédent, il est plus que jamais nécessaire de "
        "préserver la possibilité pour les usagers du système de santé de faire valoir leurs droits.** [...] **le présent "
        "appel à projet spécial est ciblé de manière** **prioritaire sur les maladies neuro-dégénératives.**",
        distractors=[
            "4 octobre 2021, le lundi 4 octobre à 00:00 (an events listing's date for the call, with no cue saying what it is)"
        ],
        note="an events site that lists a ministry's call as an 'event' on one day: nothing says whether it is the opening or "
        "the closing; no cue, so nothing (a doubt: a subscriber cannot tell either)",
    )
    p(
        "r6f-edmus-ofsep-2026",
        "https://www.fondation-edmus.org/actions/financement-de-projets",
        "Financement de projets\n\nUn appel à projets qui permet d’amplifier la recherche\n\n"
        "À propos de l’appel à projets 2026\n\n"
        "La Fondation EDMUS, en partenariat et avec le soutien de la Fondation France SEP, lance son onzième appel à projets. "
        "Son objectif est de promouvoir la recherche sur la sclérose en plaques et les maladies apparentées, en finançant des "
        "études utilisant des données collectées/ ou à collecter par l’Observatoire Français de la Sclérose en Plaques "
        "(OFSEP).\n\n"
        "The EDMUS Foundation, in partnership with the France Sclérose en Plaques Foundation, launches its 11th call for "
        "research proposals. [...]\n\nDonnées disponibles\n\n(cliniques, biologiques, IRM).\n\n"
        "Maximum alloué par projet :\n\n100 000€\n\nDate limite de dépôt des dossiers :\n\n31 mars 2026",
        [d("2026-03-31")],
        note="a foundation's bilingual call page: fiche labels each followed by a blank line and its value",
    )
    p(
        "r6f-fdf-parkinson-2024",
        "https://fondationdefrance.org/fr/appels-a-projets/maladie-de-parkinson",
        "Maladie de Parkinson\nContexte\n[...]\n"
        "La Fondation de France mène depuis 2001 un programme de soutien à la recherche sur cette maladie, pour comprendre "
        "son évolution et aider au développement de traitements efficaces.\n"
        "Date limite de réception des dossiers :\n19 juin 2024\nObjectifs\n-\n"
        "Développer la connaissance autour de la maladie de Parkinson ;\n[...]\nQuels projets de recherche ?\n"
        "En 2023, la Fondation de France propose de soutenir des projets de recherche portant sur la biologie des systèmes "
        "neuronaux impliqués dans la maladie de Parkinson.",
        [d("2024-06-19")],
        distractors=["depuis 2001", "En 2023 (the previous edition's wording left on the page)"],
        note="a foundation's call page updated for 2024 with the 2023 text left below; the label's date is on the next line",
    )
    p(
        "r6f-researchconnect-fdf-parkinson-2023",
        "https://www.myresearchconnect.com/fondation-de-france-issues-call-for-projects-on-parkinsons-disease/",
        "Fondation de France Issues Call for Projects on Parkinson’s Disease\n\n"
        "Funding is available to support research projects that focus on Parkinson Disease in France.\n[...]\n"
        "In 2023, the Fondation de France will support research projects on the biology of the neural systems involved in "
        "Parkinson’s disease. [...]\n"
        "Projects can be supported for a maximum period of two years for a maximum of €150,000.\n[...]\n"
        "Applications must be submitted by the deadline of 14 June 2023.\n\n"
        "(This report was the subject of a ResearchConnect Newsflash.)",
        [d("2023-06-14")],
        distractors=["In 2023 (the year)"],
        note="an English funding newsletter relaying the 2023 edition of the call in r6f-fdf-parkinson-2024",
    )
    p(
        "r6f-france-alzheimer-programmes-2024",
        "https://www.francealzheimer.org/nos-actions-nos-missions/soutien-a-recherche/programmes-de-recherche-france-alzheimer/",
        "L’appel à projets Programmes de recherche France Alzheimer vise à soutenir des projets de recherche fondamentale, "
        "translationnelle et clinique dans le domaine de la maladie d’Alzheimer et des maladies apparentées.\n[...]\n"
        "L’appel à projets Programmes de recherche France Alzheimer est ouvert jusqu’au 5 Mai 2024. Chaque projet bénéficiera "
        "d’un financement pouvant aller jusqu’à 125 000 € pour une durée comprise [...]",
        [d("2024-05-05")],
        note="a patients' association's call: 'est ouvert jusqu'au' (a capitalised month)",
    )
    p(
        "r6f-arsep-selection-2020",
        "https://www.arsep.org/fr/actualites/archives/la_covid_19_n’a_pas_affecte_la_motivation_et_la_determination_de_nos_neurologues_et_chercheurs.html",
        "ARCHIVES\n\nLa COVID-19 n’a pas affecté la motivation et la détermination de nos neurologues et chercheurs\n\n"
        "Cette année, 51 dossiers ont été déposés pour l’appel à projets (AAP) annuel, 6 pour l’appel à projets Fondation "
        "ARSEP/Fondation EDMUS et 7 pour le nouvel appel à projets Emergence.\n\n"
        "L’ensemble de ces projets a été analysé par 150 experts internationaux bénévoles et par les 30 membres du Comité "
        "Médico-Scientifique. Soit 205 expertises venant des 5 continents.\n"
        "En raison du contexte sanitaire, la réunion de sélection en présence des membres du CMS s’est déroulée par "
        "visioconférence les 16 et 17 septembre.\n"
        "C’est ainsi que 2,3 millions d’euros ont pu être attribués à 31 projets : [...]",
        distractors=[
            "les 16 et 17 septembre (the selection meeting, past, no year on an undated page)"
        ],
        note="a foundation's results news: dossiers 'déposés' in the past, a meeting with no year",
    )
    p(
        "r6f-diplomatie-era-cvd-2019",
        "https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/diplomatie-scientifique/veille-scientifique-et-technologique/slovaquie/article/4eme-appel-a-projets-europeens-sur-les-maladies-cardiovasculaires",
        "4ème appel à projets européens sur les maladies cardiovasculaires\n\nPartager\nSlovaquie\n\nActualité\n"
        "Slovaquie | Biologie : médecine, santé, pharmacie, biotechnologie | Médecine individualisée\n4 février 2019\n\n"
        "Dans le cadre de l’ERA-NET « ERA-CVD » (sur les maladies cardiovasculaires), l’Agence Nationale de la Recherche (ANR) "
        "vient de lancer un appel à projets européens portés par des chercheurs en début de carrière. La Slovaquie fait partie "
        "des pays éligibles.\n[...]\n"
        "Seize pays participent à cet appel à projet, dont le budget total est d’environ 10 millions d’euros : [...]",
        page_date="2019-02-04",
        distractors=["4 février 2019 (the news stamp)"],
        note="an embassy's science watch relaying a national agency's European call: no deadline in the passage",
    )
    p(
        "r6f-anr-prsp-2009",
        "https://docplayer.fr/16277625-Programme-programme-de-recherche-en.html",
        "1 Date d ouverture de l appel à projets 23/09/2009 PRSP PROGRAMME PROGRAMME DE RECHERCHE EN SANTE PUBLIQUE PRSP "
        "Édition 2009 Date de clôture de l appel à projets 24/11/2009 à 13h00 Adresse de publication de l appel à projets "
        "MOTS-CLES [...]\n\n"
        "2 DATES IMPORTANTES CLOTURE DE L APPEL A PROJETS Les projets proposés doivent être déposés sous forme électronique "
        "impérativement avant la clôture de l appel à projets : LE 24/11/2009 A 13H00 (HEURE DE PARIS) à l adresse (voir 5 "
        "«Modalités de soumission») DOCUMENT DE SOUMISSION PAPIER Une version imprimée du document de soumission signée par "
        "tous les partenaires devra être envoyée par courrier recommandé avec accusé de réception au plus tard : le "
        "01/12/2009 à 24h00 le cachet de la poste faisant foi, à l adresse postale : ANR DBS PRSP 212 rue de Bercy Paris",
        [d("2009-11-24", "13:00"), d("2009-12-01", "23:59")],
        opens="2009-09-23",
        note="a national research agency's call PDF (apostrophes lost); the signed paper copy is part of the candidature, "
        "kind application as ansm-aap-recherche-2017 of round 2; '24h00' is 23:59",
    )
    p(
        "r6f-alpes-maritimes-protocole-2022",
        "https://fr.readkong.com/page/protocole-14eme-appel-projets-sant-2022-9600546",
        "PROTOCOLE 14ème APPEL À PROJETS SANTÉ 2022\n« SOUTIEN AUX ÉQUIPES MÉDICALES ET SCIENTIFIQUES\n"
        "DU DÉPARTEMENT POUR DES INNOVATIONS TECHNIQUES\nDANS LE DOMAINE DE LA SANTE »\n\n"
        "Le Département des Alpes-Maritimes lance son 14ème appel à projets « Soutien aux équipes médicales\n"
        "et scientifiques du département pour des innovations techniques dans le domaine de la santé »\n"
        "concernant les équipements dédiés à la recherche médicale et aux améliorations en matière de\n"
        "dépistage, diagnostic et traitement.\n[...]\n"
        "Le cancer reste la première cause de mortalité dans le monde. En 2020, près de 468 000 nouveaux\n"
        "cas de cancers ont été détectés en France et 185 621 décès recensés.",
        distractors=["En 2020 (a statistic's year)"],
        note="a local authority's health research call (its 2021 and 2024 pages on its own site are in earlier rounds; this "
        "is the 2022 protocol on a document site): no deadline in the opening pages",
    )
    p(
        "r6f-growup-h2020-reports-2020",
        "https://medium.com/growup-tech/actualité-les-dernières-mises-à-jour-sur-les-financements-de-projets-européens-64df4e1ca271",
        "Les dernières mises à jour sur les financements de projets européens\n[...]\n"
        "Face à ces temps d’incertitudes liés au COVID-19, de nombreux appels à projets voient leurs dates de dépôt être "
        "reportées. [...]\n"
        "La commission européenne a mis à jour la date limite de certains appels à projets. On vous donne ici les nouvelles "
        "deadlines spécifiques aux AAP dans le domaine de la santé (Horizon 2020) qui sont maintenant en juin. Voici la liste "
        "des appels à projets concernés par ce changement de date :\n"
        "• H2020-SC1-BHC-2018–2020 (Développement d’outils d’aide à la décision clinique par l’intégration de diverses données "
        "diagnostiques) : délai reporté au 4 juin.\n"
        "• H2020-SC1-DTH-2018–2020 (Prévision précoce personnalisée des risques, prévention et intervention basées sur "
        "l’intelligence artificielle et les technologies de données de grande taille) : délai prolongé jusqu’au 18 juin\n"
        "• H2020-SC1-FA-DTS-2018–2020 (Intelligence artificielle pour la génomique et la médecine personnalisée) : délai "
        "reporté au 18 juin.\n"
        "D’autres AAP sont toutefois également impactés, voici une liste récente (27 mars dernier) de tous les appels à "
        "projets qui ont de nouvelles deadlines : [...]",
        distractors=[
            "4 juin, 18 juin (postponed deadlines, no year on an undated page)",
            "27 mars dernier (a list's date)",
            "2018–2020 in the topic codes (not dates)",
            "en juin (vague)",
        ],
        note="a consultancy's blog on postponed European health calls: every day lacks a year and the post shows no date, "
        "so nothing by the rules (a subscriber would read June 2020)",
    )
    p(
        "r6f-aef-shs-200m-2023",
        "https://www.aefinfo.fr/depeche/696953-recherche-en-shs-le-ministere-de-l-esr-et-le-sgpi-vont-lancer-un-appel-a-projets-dedie-dote-de-200-m",
        "Le MESR et le SGPI s’apprêtent à lancer un AAP pour soutenir la recherche en SHS, selon une note dont AEF info a eu "
        'copie, le 19 juillet 2023. Doté de 200 M€, cet appel sera lancé en "deux vagues", auxquelles seuls les EPSCP '
        'pourront candidater. Cependant, "l’association des ONR est vivement recommandée". Le dépôt des dossiers est prévu '
        "pour novembre et le retour du jury pour janvier 2024.",
        distractors=[
            "le 19 juillet 2023 (when the agency got the note)",
            "novembre (filing planned, month only)",
            "janvier 2024 (jury, month)",
        ],
        note="a press agency's dispatch on a ministry's future call: the filing month is vague",
    )
    p(
        "r6f-urml-prix-machaons",
        "https://static2.lequotidiendumedecin.fr/internes/etudes-medicales/le-role-des-generalistes-mis-en-avant",
        "POUR LA HUITIÈME année consécutive, l’URML (Union régionale des médecins libéraux) d’Île-de-France et son partenaire "
        "le laboratoire Servier ont remis hier leurs prix Machaons à trois jeunes médecins ayant soutenu leur thèse au cours "
        "des deux dernières années dans la région.\n"
        "Le Dr [...] a reçu le 1 er prix (6 000 euros) pour son enquête sur le niveau de connaissances des 15-25 ans face au "
        "risque de grossesse non-désirée et le rôle préventif que peut jouer le médecin généraliste. Ne pouvant se déplacer "
        "du fait d’être en fin de grossesse, c’est son directeur de thèse [...] qui le 2 décembre a présenté sa thèse à sa "
        "place devant le jury du Prix Machaons.",
        distractors=[
            "le 2 décembre (the jury session, past, no year)",
            "15-25 ans (an age range, not dates)",
        ],
        note="a medical newspaper on a thesis prize's ceremony (laureates' names elided): nothing to send",
    )
    p(
        "r6f-aviesan-equipement-2017",
        "http://docplayer.fr/48865585-Demande-de-subvention-pour-l-acquisition-d-equipement-pour-la-recherche-en-cancerologie-edition-2017.html",
        "1 Demande de subvention pour l acquisition d Equipement pour la recherche en cancérologie Edition 2017 L'Institut "
        "Thématique Multi Organisme Cancer de l alliance nationale pour les sciences de la vie et de la santé (AVIESAN) en "
        "collaboration avec INCa et l'inserm met en œuvre le volet recherche du Plan cancer, le budget dédié aux différentes "
        "actions (appels à projets, appel à candidatures, soutien à des cohortes, plateformes et centres de recherche "
        "intégrés, ) est d'environ 30M en Toutes les informations sur le Plan cancer sont disponibles à cette adresse : "
        "Soumission en ligne : Date limite : 2 mars 2017 Contact: [...]",
        [d("2017-03-02")],
        note="a research alliance's call PDF flattened to one line (links lost)",
    )
    p(
        "r6f-itmo-arn-non-codants-2018",
        "http://docplayer.fr/53559808-Appel-a-projets-2018.html",
        "1 APPEL A PROJETS 2018 «ARN non-codants en cancérologie : du fondamental au translationnel» L'ITMO Cancer de l "
        "alliance nationale pour les sciences de la vie et de la santé (AVIESAN) en collaboration avec l'inca et l'inserm met "
        "en œuvre le volet recherche du Plan cancer. Toutes les informations sur le Plan cancer sont disponibles à cette "
        "adresse : Soumission en ligne : Date limite : 25 Octobre 2017, 16h Contact : [...]",
        [d("2017-10-25", "16:00")],
        distractors=["2018 (the call's year, not its deadline)"],
        note="a call named for 2018 that closes in 2017; ', 16h' after the date is its time",
    )
    p(
        "r6f-fondation-lumieres-ecocitoyennete-2020",
        "https://fr.readkong.com/page/cocitoyennete-reglement-appel-projets-fondation-3384340",
        "Écocitoyenneté - Règlement - APPEL À PROJETS - Fondation territoriale des lumières\n[...]\n"
        "Date de lancement : 6 mai 2020 Date limite d’envoi des lettres d’intention : 26 juin 2020 Préambule La Fondation "
        "territoriale des lumières, sous égide de la Fondation de France, lance chaque année un appel à projets thématique. "
        "[...] la Fondation territoriale des lumières a décidé que son appel à projets thématique porterait en 2020 sur "
        "l’écocitoyenneté. [...]\nArticle 1. Organisateurs La Fondation territoriale des lumières, sous l’égide de la "
        "Fondation de France, fondation reconnue d’utilité publique par décret en date du 9 janvier 1969, dont le siège est "
        "situé 40 avenue Hoche à PARIS (75008),",
        [d("2020-06-26", kind="letter_of_intent")],
        opens="2020-05-06",
        distractors=["9 janvier 1969 (a decree's date)", "en 2020 (the theme's year)"],
        note="a foundation sheltered by a national foundation (not medical): 'Date de lancement' is the opening and the "
        "letters of intent are a first stage",
    )
    p(
        "r6f-sofarthro-eposter-2022",
        "https://congres.sofarthro.com/en/technical-info/",
        "Your eposter should be a short PowerPoint presentation of 6 slides maximum, report of a clinical or fundamental "
        "study, or clinical or technical fact. This presentation will be displayed on individual computers. It should be "
        "understandable without any comment. [...] The format must be .PPT or .PPTX.\n\n"
        "You should provide the file by email at least by 24 November 2022.\n\n"
        "If your file it’s too heavy you advise you to send it by www.wetransfer.com.",
        [d("2022-11-24", kind="other")],
        note="a learned society's congress (its French authors' page is in an earlier round): the accepted authors' e-poster "
        "file is sent after selection, a step that is not the candidature (other), by what a subscriber needs",
    )
    p(
        "r6f-insmi-aapg-2023-deux-phases",
        "https://insmi.cnrs.fr/fr/node/2261",
        "Appel à projets générique de l'ANR\n[...]\n"
        "Le dépôt se fait en deux phases. Une première phase dite de pré-proposition consiste à déposer un projet "
        "scientifique ne dépassant pas 4 pages (y compris la bibliographie, les schémas et références). Les porteurs ou "
        "porteuses de dossiers retenus en première phase sont invités à déposer en deuxième phase un projet scientifique ne "
        "dépassant pas 20 pages ainsi qu’une partie administrative et financière.\n[...]\n"
        "- JCJC : projet individuel pour un chercheurs ou une chercheuse titulaire, ayant soutenu sa thèse après le 1er "
        "janvier 2012 et en poste depuis moins de 5 ans :\n"
        "- PRME : projet d’une équipe d’un laboratoire ;\n"
        "- PRC : projet impliquant des membres d’au moins deux établissements.\n"
        "Le calendrier de l'appel est le suivant :\n- Fin septembre 2022 : [...]",
        distractors=[
            "après le 1er janvier 2012 (a condition on the thesis defence)",
            "Fin septembre 2022 (the calendar's first step, vague)",
        ],
        note="a research institute's guide to a national agency's two-phase call: the phases are named but the passage gives "
        "no day",
    )
    p(
        "r6f-images-reseaux-aapg-2024",
        "https://www.images-et-reseaux.com/projet/aapg-appel-a-projets-generique-2024/",
        "AAPG – Appel à projets générique – 2024\n\nJusqu'au 19/10/2023\n\n"
        "Principal appel de l’Agence nationale de la recherche (ANR), l’Appel à projets générique 2024 (AAPG 2024) s’adresse "
        "à toutes les communautés scientifiques et à tous les acteurs publics ou privés impliqués dans la recherche "
        "française. Il doit permettre aux chercheurs et chercheuses des différents domaines scientifiques, d’accéder, en "
        "complément des financements récurrents qui leur sont alloués, à des co-financements sur un grand nombre de "
        "thématiques de recherche, finalisées ou non.",
        [d("2023-10-19")],
        note="a competitiveness cluster relaying a national call: 'Jusqu'au' under the title; the day is in fact the "
        "pre-proposal stage (see r6f-anr-aapg-2024-en), but this page does not say so, so kind application (a doubt)",
    )
    p(
        "r6f-anr-aapg-2024-en",
        "https://anr.fr/en/call-for-proposals-details/call/generic-call-for-proposals-aapg-2024/",
        "Closed – 2024\n\nGeneric call for proposals – AAPG 2024\n\n"
        "The Generic Call for Proposals 2024 (AAPG 2024) is the French National Research Agency’s (ANR) main call. All "
        "scientific communities and all public and private actors involved in French research are concerned. [...]\n\n"
        "Opening : 2023-07-12 at 10:00 CEST\n"
        "Deadline for pre-proposals submission : 2023-10-19 at 17:00 CEST\n"
        "Deadline for full proposals submission : 2024-03-28 at 17:00 CET\n\nFunding instruments",
        [d("2023-10-19", "17:00", kind="letter_of_intent"), d("2024-03-28", "17:00")],
        opens="2023-07-12",
        note="a national agency's English fiche with ISO dates and times: pre-proposals are the compulsory first stage",
    )
    p(
        "r6f-cap-recherche-aapg-2024-etape1",
        "https://www.cap-recherche.fr/appel-a-projets-generique-aapg-2024-les-resultats-de-letape-1/",
        "Appel à projets générique (AAPG) 2024 : les résultats de l’étape 1\n\n[...]\n"
        "A l’issue de la première étape de l’AAPG 2024, 2 994 pré-propositions PRC, PRCE, PRME et JCJC sont retenues pour "
        "passage en étape 2, sur 6 214 pré-prépositions éligibles déposées. Le taux de sélection de l’étape 1 de l’AAPG 2024, "
        "pour les quatre instruments de financement nationaux PRC, PRCE, PRME et JCJC, s’élève ainsi à 48,2 % en nombre de "
        "projets contre 45,6% en 2023. Pour rappel, l’édition 2023 de l’AAPG avait retenu 2 752 pré-propositions de projets "
        "PRC, PRCE, PRME et JCJC, sur 6 037 pré-prépositions éligibles déposées en étape 1.",
        distractors=["en 2023, l'édition 2023 (years)"],
        note="results of a call's first stage: no date (its host's other page is in this round, a different path)",
    )
    p(
        "r6f-institut-france-grands-prix-2020",
        "https://docslib.org/doc/7613916/grands-prix-2020-des-fondations-de-iinstitut-de",
        "GRANDS PRIX DES FONDATIONS DE L’INSTITUT DE FRANCE 2020 ÉDITO La cérémonie des Grands Prix de l’Institut, qui se "
        "tient chaque année au printemps, est l’un des moments où, avec solennité, fondateurs, académiciens, correspondants "
        "de l’Institut, experts extérieurs et lauréats, prennent la mesure de l’ampleur de la mission philanthropique qui "
        "occupe l’institution du quai Conti. [...] Cette année, hélas, les temps inédits Chancelier de l’Institut de France "
        "que nous traversons nous empêchent de tenir la cérémonie le 4 juin comme cela était initialement prévu. Néanmoins et "
        "en dépit de la crise sanitaire, les jurys des Grands Prix ont pu - à l’exception du jury du Prix Lefoulon-Delalande, "
        "confronté à des difficultés trop nombreuses - se réunir, par voie numérique, pour désigner des lauréats "
        "d’exception.",
        distractors=[
            "le 4 juin (a ceremony initially planned, then cancelled; no year)",
            "au printemps (vague)",
        ],
        note="a foundations' prize booklet (the PDF layer mixes a caption into the sentence): 'initialement prévu' on an "
        "event, nothing to send",
    )
    p(
        "r6f-poctefa-2e-appel-2016",
        "http://docplayer.fr/48415154-Programme-interreg-v-a-espagne-france-andorre-poctefa-texte-officiel-du-2-eme-appel-a-projets.html",
        "1 Programme Interreg. V-A Espagne-France-Andorre (POCTEFA ) Texte officiel du 2 ème appel à projets Approuvé par le "
        "Comité de Suivi du Programme le 4 novembre 2016\n\n"
        "2 Informations générales Qu est-ce: le présent document contient le texte officiel du 2 ème appel à projets du "
        "Programme INTERREG V-A Espagne-France-Andorre (POCTEFA ) organisé en deux phases. Lors de la première phase, les "
        "porteurs de projets participant à l'appel devront envoyer le formulaire simplifié et le modèle de déclaration "
        "responsable ainsi que la lettre d engagement du partenariat. Seuls les projets sélectionnés pour passer à la seconde "
        "phase pourront présenter le dossier de candidature complet. Quand: - première phase: elle débute le 10 novembre 2016 "
        "et prend fin le 13 décembre 2016 à 14h. - seconde phase: la date limite de réception des candidatures sera indiquée "
        "dans la résolution du Comité de Programmation listant les projets acceptés ou rejetés [...]",
        [d("2016-12-13", "14:00", kind="letter_of_intent")],
        opens="2016-11-10",
        distractors=["le 4 novembre 2016 (the committee's approval)"],
        note="a European cross-border programme (a funder, not medical): the first phase, a simplified form that selects who "
        "may file the full dossier, is a compulsory first stage (letter_of_intent by what a subscriber needs: no word of the "
        "kinds list names it); its own verbs 'débute le … prend fin le' give the window",
    )
    p(
        "r6f-prix-pierre-durand-snfge-2019",
        "https://canceropole-paca.com/appel-a-projet/prix-pierre-durand-marie-therese-chevalier/",
        "La Fondation Pierre Durand & Marie-Thérèse Chevalier, créée en 2012 sous l’égide de la Fondation de France, accorde "
        "pour l’année 2019 un prix du même nom, placé également sous l’égide de la Société Nationale Française de "
        "Gastro-Entérologie (SNFGE).\n[...]\nMontant\n\nLe montant du prix est de 15 000€.\n[...]\n"
        "Conditions de participation\n\n"
        "L’appel à candidatures est ouvert à tout candidat, sans limite d’âge, titulaire d’un diplôme français de docteur en "
        "médecine ou en pharmacie ou d’un diplôme français de 3ème cycle.",
        distractors=["créée en 2012", "pour l’année 2019"],
        note="a foundation's prize under a learned society, relayed by a cancéropôle: 'L'appel à candidatures est ouvert' with "
        "no date",
    )
    p(
        "r6f-cnrs-erc-advanced-2023",
        "https://cnrs.fr/fr/node/8328",
        "ERC Advanced Grant 2023 : les lauréats hébergés par le CNRS\n"
        "Le Conseil européen de la recherche (ERC) vient d’annoncer les résultats de l'appel « ERC Advanced Grant 2023 » qui "
        "vise des chercheurs confirmés. Le CNRS est l’institution hôte pour 15 bourses.\n"
        "En 2024, le Conseil européen de la recherche (ERC) financera 255 chercheurs et chercheuses grâce aux bourses "
        "« Advanced », pour un montant total de 652 millions d'euros, dans le cadre du programme Horizon Europe. [...] D’une "
        "durée de 5 ans, ces projets bénéficient chacun d’un budget maximum de 2,5 millions d’euros1 .",
        distractors=["En 2024 (the funding year)"],
        note="a research organisation's results news: no date; a footnote marker glued to 'euros'",
    )
    p(
        "r6f-ebmt-saint-antoine-award-2016",
        "http://m.med66.com/yixuehuiyi/xueyeneike/1603218229.shtml",
        "Call for applications for\n"
        "In 2012, the International Transplant Centre in France(EBMT Paris Office) and theHematology Department of the "
        "Saint-Antoine Hospital, with the help of EBMT, theFondation de France and BOXIAO Foundation under the aegis of the "
        "Fondation de Francedecided to create an award entitled “Saint-Antoine-EBMT Achievement Award” in order topromote "
        "the innovations of Franco-Chinese cooperation in Hematology.\n[...]\n"
        "Call for applications for the “SAINT-ANTOINE-EBMT ACHIEVEMENT AWARD 2016” isposted in the website of SFGM-TC. "
        "Candidates are asked to prepare a complete document(see Article 3) and send to: before the midnight of February28 "
        "2016.",
        [d("2016-02-28", "23:59")],
        distractors=["In 2012 (the award's creation)"],
        note="a hospital department's and a foundation's award relayed by a Chinese medical site, spaces lost by the copy "
        "('February28'): 'before the midnight of' the day is the end of that day",
    )
    p(
        "r6f-srp-splf-symposium-2017",
        "http://www.congres-srp.ro/mesaj-splf/",
        "La promotion de travaux des jeunes pneumologues roumains est annuellement proposée : une bourse comprenant "
        "l’inscription et le logement lors des Congrès de Pneumologie de Langue Française (CPLF) est accordée à ceux qui font "
        "montre d’un travail accepté pour présentation au CPLF.\n\n"
        "Du 11 au 14 octobre 2017 à QUEBEC, ce sera la réunion de la Biennale de l’Espace Francophone de Pneumologie (BEFP)  "
        "qui proposera une tribune à tous les pneumologues partageant la langue française comme vecteur d’échanges "
        "scientifiques. [...] Tous les pneumologues roumains sont invités à présenter leurs travaux et des bourses seront "
        "remises aux jeunes pneumologues après acceptation de leurs travaux par le conseil scientifique.",
        distractors=["Du 11 au 14 octobre 2017 (the congress itself)"],
        note="a learned society's message on a sister society's congress site: a congress range heads its line, followed by "
        "the meeting, not a window for sending",
    )
    p(
        "r6f-splf-appels-offres-2003-resultats",
        "https://fdocuments.net/document/bourses-et-contrats-de-recherche-nationaux-en-pneumologie-appels-doffres-586dcd6ace5b0.html",
        "Recherche en Pneumologie Bourses et Contrats de Recherche nationaux en Pneumologie, appels d’offres 2003 [...] "
        "En effet, en tant qu’organe officiel de la Société de Pneumologie de Langue Française (SPLF), qui se veut un point "
        "de rencontre fédéra- teur de tous les modes d’exercice de notre discipline, la Revue des Maladies Respiratoires a une "
        "large « visibilité » au sein de la commu- nauté des praticiens et des chercheurs qui exercent leur activité dans le "
        "domaine respiratoire. [...] Dans ce numéro 2 de l’année 2004 sont ainsi pré- sentés les résultats des appels d’offres "
        "lancés en 2003 par la SPLF (seule ou en commun avec la Société de Réanimation de Langue Française), [...]. Pas moins "
        "de 30 projets ont été financés en 2003 par ces organismes, [...]",
        distractors=["2003, l’année 2004 (years of the calls and of the journal issue)"],
        note="a learned society's journal listing the results of past calls (hyphens of the PDF's line breaks kept)",
    )
    p(
        "r6f-cno-haut-risque-2024",
        "https://canceropole-nordouest.org/appels-projets-cno/appel-a-projets-emergence-haut-risque-haut-potentiel-2024-du-cno",
        "Candidature à envoyer avant le : 4 décembre 2023\n"
        "Appel à Projets “Emergence Haut Risque Haut potentiel 2024” du CNO\n"
        "Afin de soutenir l’émergence de projets originaux, conceptuellement nouveaux, voire risqués, qui ne pourraient pas "
        "être financés par les appels à projets existants, le Cancéropôle Nord-Ouest a mis en place cet appel à projets "
        "« Haut risque – Haut potentiel » à l’occasion de sa nouvelle labellisation 2023-2027.\n[...]\n"
        "Contrairement à l’AAP Emergence « classique », aucune donnée préliminaire n’est nécessaire pour soumettre un projet "
        "à cet AAP.",
        [d("2023-12-04")],
        distractors=["2023-2027 (the labelling period)"],
        note="a cancéropôle's call named for 2024 that closes in 2023; the label 'Candidature à envoyer avant le :' heads "
        "the page",
    )
    p(
        "r6f-pasteur-roux-2018-scholarships",
        "https://scholarshipsandaid.org/2018/01/29/postdoctoral-fellowships-for-foreign-students-in-france-2018/",
        "Postdoctoral Fellowships for Foreign Students in France, 2018\n\n"
        "The Institut Pasteur is currently accepting applications for Pasteur-Roux and Pasteur-Cantarini Postdoctoral "
        "Fellowships for Spring Call 2018. Applicants of all nationalities are eligible to apply for this fellowship.\n[...]\n"
        "  • Candidates must have completed a doctoral degree within less than 6 years at the time of application or will do "
        "so prior to commencing fellowship. [...]\n"
        "  • Successful fellows of the Pasteur-Roux-Cantarini program must start their work in the host Pasteur laboratory "
        "within 8 months after notification of the award. Regarding the present call, the appointment start date must be "
        "before January 2019.",
        distractors=[
            "before January 2019 (the latest start of the fellowship, a month: neither a deadline nor a day)",
            "Spring Call 2018 (vague)",
        ],
        note="a scholarships aggregator relaying a research institute's fellowships: the application deadline is not in the "
        "passage (its date in the URL, 2018/01/29, is not shown in the text)",
    )
    p(
        "r6f-leenaards-bourses-releve",
        "https://www.leenaards.ch/scientifique/bourse-releve-junior-clinical-scientist-md-phd/",
        "La Fondation Leenaards met à disposition plusieurs types de bourses pour soutenir des cliniciens-chercheurs en début "
        "de carrière ou plus tard dans leur cursus, dans la perspective d’une relève académique. La Faculté de biologie et de "
        "médecine (FBM) de l’Université de Lausanne lance ainsi chaque année, avec le soutien de la Fondation, un appel à "
        "candidatures pour l’obtention de :\n\n"
        "  • Bourses de relève clinique (pour des médecins cadres ou chefs de clinique)\n"
        "  • Bourse Junior Clinical Scientist (pour des médecins en début de carrière en principe titulaires d’un MD-PhD (ou "
        "MD et PhD) )\n"
        "  • Bourse MD-PhD (pour des médecins qui font une thèse en sciences médicales de base)\n\n"
        "La sélection des boursiers est opérée par la FBM (pas de soumission directe de dossier auprès de la Fondation).",
        note="a Swiss foundation's fellowships for clinic heads and young doctors: yearly, no date in the passage",
    )
    p(
        "r6f-tour-du-valat-jeunes-chercheurs-2014",
        "https://tourduvalat.org/dossier-newsletter/actu-2-seconde-conference-jeunes-chercheurs-en-2014-a-la-tour-du-valat",
        "La seconde édition de la conférence Jeunes chercheurs se tiendra les 28, 29 et 30 avril 2014 à la Tour du Valat, en "
        "Camargue (Bouches-du-Rhône, France). Son principal objectif est de créer une dynamique scientifique autour du bassin "
        "méditerranéen sur le thème des sciences de la conservation.\n"
        "La Tour du Valat, centre de recherche pour la conservation des zones humides méditerranéennes, a lancé en 2011 un "
        "cycle de conférences à destination des jeunes chercheurs sur les sciences de la conservation en région "
        "méditerranéenne, [...]",
        distractors=[
            "les 28, 29 et 30 avril 2014 (the conference)",
            "en 2011 (the cycle's launch)",
        ],
        note="a research institute's conference news (not medical): only the conference days",
    )
    p(
        "r6f-souffle-cohorte-covid-2020",
        "https://www.lesouffle.org/la-recherche/appel-a-projets-thematique-exceptionnel-cohorte-covid-en-pneumologie-2020/",
        "Appel à projets thématique exceptionnel « Cohorte COVID en Pneumologie 2020 »\n\n"
        "La Fondation du Souffle (FdS) lance un appel à projets thématique exceptionnel intitulé « Cohortes COVID en "
        "Pneumologie 2020« . A la date de son lancement, cet appel à projets est doté d’une somme minimum de 100 000 € et la "
        "Fondation vise à augmenter très significativement cette somme en faisant appel à la générosité de ses donateurs et "
        "mécènes. [...]\n\n"
        "La pandémie mondiale de l’infection à SARS-CoV-2 (severe acute respiratory syndrome coronavirus 2) responsable du "
        "COVID-19 (coronavirus disease 2019) est à l’origine d’atteintes respiratoires sévères potentiellement mortelles y "
        "compris chez les sujets jeunes. La progression de cette maladie a conduit l’Organisation mondiale de la santé (OMS) "
        "à la déclarer « urgence de santé publique de portée internationale » le 30 janvier 2020 puis pandémie le 11 mars "
        "2020.",
        distractors=[
            "le 30 janvier 2020, le 11 mars 2020 (historical declarations, no cue)",
            "A la date de son lancement (no date given)",
        ],
        note="a foundation's exceptional call: the passage's only days are history; 'lancement' is named without a date",
    )
    p(
        "r6f-frsr-plates-formes-2019",
        "https://fr.readkong.com/page/r-glement-de-l-appel-projets-8974505",
        'Appel à projets thématique exceptionnel "Plates-Formes 2019" Appel à projets thématique exceptionnel Fonds de '
        'Recherche en Santé Respiratoire - Fondation du Souffle lancé en partenariat avec AstraZeneca "PLATES-FORMES ET '
        'RECHERCHE EN SANTE RESPIRATOIRE" ("Plates-Formes2019") RÈGLEMENT DE L\'APPEL À PROJETS ET DE LA LETTRE '
        "D’INTENTION 1/6\n"
        'Appel à projets thématique exceptionnel "Plates-Formes 2019" Champ de l\'appel à projets et conditions de '
        "candidature Le Fonds de Recherche en Santé Respiratoire (FRSR) et la Fondation du Souffle (FdS) lancent en "
        'partenariat avec les laboratoires AstraZeneca un appel à projets thématique exceptionnel intitulé "Plates- Formes '
        "et Recherche en Santé Respiratoire, Plates-Formes2019\". Cet appel à projets est doté d'une somme plafond de 200 000 "
        "euros.",
        distractors=["2019, Plates-Formes2019 (the call's name)"],
        note="a two-stage call's rules (letter of intent named) whose opening page gives no date",
    )
    p(
        "r6f-forbes-bettencourt-prix",
        "https://forbes.fr/femmes-at-forbes/prix-fondation-bettencourt-schueller-femmes-science",
        "Chaque année, la fondation Bettencourt Schueller remet quatre prix scientifiques pour encourager les chercheurs en "
        "science de la vie à « des moments clés de leur carrière ». Cette année, l’un des quatre prix coup d’élan pour la "
        "recherche française et le prix Liliane Bettencourt pour les sciences du vivant sont remis à deux chercheures. Remise "
        "des prix aux lauréates ces 7 et 8 novembre.\n"
        "Elle était connue pour L’Oréal, pour le classement des femmes les plus riches du monde, mais peu pour la "
        "philanthropie. Pourtant, depuis 1987, la Fondation Bettencourt Schueller, fondée par Liliane et André Bettencourt "
        "avec leur fille, agit dans des domaines aussi variés que la culture, la solidarité et les sciences de la vie.",
        distractors=["ces 7 et 8 novembre (the prize ceremony, no year)", "depuis 1987"],
        note="a magazine on a foundation's prizes: 'Remise des prix' is an event",
    )
    p(
        "r6f-bettencourt-communique-2016",
        "https://fr.doczz.net/doc/5837552/communiqu%C3%A9-de-presse---fondation-bettencourt-schueller",
        "COMMUNIQUE DE PRESSE\nParis, le 21 avril 2016\n"
        "19 nouveaux chercheurs aujourd’hui lauréats du programme des prix scientifiques\n"
        "de la Fondation Bettencourt Schueller 2016 :\nPrix pour les jeunes chercheurs,\n"
        "Prix Coups d’élan pour la recherche française et\nPrix Liliane Bettencourt pour les sciences du vivant.\n"
        "La Fondation Bettencourt Schueller a annoncé ce jour à 19 chercheurs qu’elle leur attribuait une\n"
        "récompense dans le cadre des prix scientifiques qui constituent l’architecture de son programme de prix\n"
        "scientifiques, depuis maintenant plus de 25 ans.",
        page_date="2016-04-21",
        distractors=["Paris, le 21 avril 2016 (the press release's dateline, no cue)"],
        note="a foundation's press release of results (a dateline is neither a deadline nor an event)",
    )
    p(
        "r6f-igh-bettencourt-laureats-2020",
        "https://igh.cnrs.fr/fr/evenements/mathilde-gauchier-laureat-2020-fondation-bettencourt-jeunes-chercheurs",
        "LA FONDATION BETTENCOURT SCHUELLER\nDÉCERNE SES PRIX SCIENTIFIQUES À 20 CHERCHEURS D’EXCEPTION DANS LES SCIENCES "
        "DE LA VIE\n"
        "La Fondation Bettencourt Schueller a décerné le 30 novembre 2020 ses prix scientifiques à 20 chercheurs dont les "
        "travaux contribuent au progrès des connaissances scientifiques dans le but d’améliorer la santé humaine. La dotation "
        "totale de ces prix s’élève à près de 2 millions d’euros.\n"
        "A travers quatre prix annuels, la Fondation Bettencourt Schueller soutient et encourage les chercheurs et leurs "
        "équipes à des moments-clés de leur carrière : le Prix Liliane Bettencourt pour les sciences du vivant, le Prix "
        "Bettencourt Coups d’élan pour la recherche française, la dotation du programme ATIP-Avenir et le Prix Bettencourt "
        "pour les jeunes chercheurs.",
        distractors=["le 30 novembre 2020 (the awards, past)"],
        note="a research institute's news on a foundation's awards: results only",
    )
    p(
        "r6f-gazettelabo-bettencourt-2019",
        "https://www.gazettelabo.fr/breves/9187Fondation-Bettencourt-Schueller-prix-scientifiques-2019.html",
        "2019-11-22\n"
        "La Fondation Bettencourt Schueller décerne ses prix scientifiques à 20 chercheurs d'exception dans les sciences de la "
        "vie\n\n"
        "La Fondation Bettencourt Schueller a remis le 20 novembre 2019 ses prix scientifiques à 20 chercheurs dont les "
        "travaux contribuent au progrès des connaissances scientifiques dans le but d’améliorer la santé humaine. La dotation "
        "totale de ces prix s’élève à près de 2 millions d’euros. La cérémonie de remise des prix a eu lieu à l’auditorium "
        "André et Liliane Bettencourt de l’Institut de France, en présence de Françoise Bettencourt Meyers, Présidente de la "
        "Fondation Bettencourt Schueller, du Professeur Hugues de Thé, Président du conseil scientifique de la Fondation et "
        "du Professeur Mauro Ferrari, Président du Conseil européen de la recherche (ERC) à partir de janvier 2020.",
        page_date="2019-11-22",
        distractors=[
            "2019-11-22 (the news stamp)",
            "le 20 novembre 2019 (the awards)",
            "à partir de janvier 2020 (a presidency's start, month only)",
        ],
        note="a laboratory trade paper's news on prizes already awarded; 'à partir de' is a mandate's start, not an opening",
    )
    p(
        "r6f-academie-sciences-seance-2014",
        "https://pdfslide.fr/documents/ordre-des-lectures-sance-solennelle-mardi-25-novembre-2014-15-heures-prside.html",
        "SÉANCE SOLENNELLE\n\nMardi 25 novembre 2014 à 15 heures\n\n"
        "Présidée par Monsieur Philippe TAQUET Président de l’Académie des sciences\n\n**************\n\nORDRE DES LECTURES\n\n"
        "Introduction par Philippe TAQUET, Président de l’Académie des sciences. Présentation par Jean-François BACH et "
        "Catherine BRÉCHIGNAC, Secrétaires perpétuels de l’Académie des sciences des lauréats des Grands Prix et par Bernard "
        "MEUNIER, Vice-président de l’Académie des sciences des lauréats des prix thématiques. [...] La séance commencera à "
        "15 heures très précises. Ouverture des portes à 14 heures.",
        distractors=[
            "Mardi 25 novembre 2014 à 15 heures (the prize session)",
            "Ouverture des portes à 14 heures (doors opening, a time with no date: no opening of a call)",
        ],
        note="an academy's prize ceremony programme: an 'Ouverture' that opens doors, not applications",
    )
    p(
        "r6f-quotidien-a-quoi-servent-les-prix",
        "https://www.lequotidiendumedecin.fr/archives/quoi-servent-les-prix",
        "LES PRIX, les académies n'ont pas attendu la loi du 1er août 2003 relative au mécénat, ni les allègements d'impôts "
        "en matière de dons pour en remettre. L'Académie de médecine en décerne depuis 1835, le temps de réunir quelques legs "
        "après sa fondation en 1820. [...]\n"
        "Depuis la création des grands organismes de recherche comme le Cnrs et l'Inserm, les prix ont perdu tout rôle de "
        "pilotage de la recherche mais non leur vertu d'encouragement. Si, pour soutenir certaines recherches, on leur préfère "
        "les subventions accordées par les fondations à des projets sélectionnés, recevoir un prix marque souvent le début "
        "d'une carrière.",
        distractors=["la loi du 1er août 2003 (a law's date)", "depuis 1835, en 1820 (history)"],
        note="a medical newspaper's feature on academies' and foundations' prizes: no call",
    )
    p(
        "r6f-genopole-bourse-biomedicale-2020",
        "https://genopole.agorize.com/en/challenges/bourse-recherche-biomedicale-2020/agreements?lang=en",
        "Bourse de recherche biomédicale 2020\n\n"
        "L' objectif est d’accompagner des projets de recherche à l’interface entre un laboratoire localisé sur le biocluster "
        "Genopole et un service du Centre Hospitalier Sud-Francilien.\n[...]\n"
        "A noter que, pour les doctorants, le financement peut être conservé au-delà de la date de soutenance de thèse à "
        "condition que le bénéficiaire se consacre entièrement à la finalisation de ses travaux de recherche dans le "
        "laboratoire d’accueil.\n[...]\nRapport d’activités\n\n"
        "Dans les deux mois suivants la fin de son contrat, le bénéficiaire de la bourse devra impérativement adresser au GIP "
        "Genopole un dossier comportant :\n\n  • un rapport d'activités final (10 pages maximum) ;\n"
        "  • les tirés à part des publications le cas échéant.",
        note="a biocluster's and a hospital's grant rules: the only limit is relative to the laureate's own contract (a "
        "report), no date",
    )
    p(
        "r6f-france-parkinson-sessions-conseil",
        "https://boutique.franceparkinson.fr/la-recherche/comite-scientifique-sciences-medicales/",
        "Le conseil scientifique sciences médicales, cliniques et fondamentales de l’association\n\n"
        "Le Conseil scientifique sciences médicales, cliniques et fondamentales est composé de quinze membres : environ 50 % "
        "sont des neurologues cliniciens et 50 % sont des chercheurs en sciences fondamentales.\n[...]\n"
        "Les différentes sessions\n\n"
        "La session de juin est entièrement consacrée à la sélection des projets qui recevront une bourse (pour les "
        "étudiants) ou une subvention de recherche.\n\n"
        "La session de décembre permet de sélectionner les projets de plus grande envergure (GAO), impliquant une recherche "
        "clinique sur un ou plusieurs centres hospitaliers en association possible avec un labor[...]",
        distractors=["juin, décembre (the council's selection sessions, months)"],
        note="a patients' association's scientific council: selection sessions by month, nothing to send by a day",
    )
    p(
        "r6f-ligue-epidemiologie-2013",
        "https://studylibfr.com/doc/4338711/projets-de-recherche-%C2%AB-tabac",
        "© Ligue Contre le Cancer. Mis à jour du 19/12/2012 2/ 3\nAPPEL D'OFFRES 2013\n"
        "Projets de Recherche Epidémiologique\n"
        "La Ligue Nationale Contre le Cancer propose en 2013 des subventions pour des Projets de\n"
        "Recherche en Epidémiologie du cancer.\n"
        "Quatre thématiques sont retenues comme axes prioritaires :\n"
        "Les études portant sur l’épidémiologie descriptive.\n[...]\n"
        "L'investigateur principal\n"
        "- il doit consacrer au moins 70% de son temps au projet de recherche soutenu par la Ligue",
        page_date="2012-12-19",
        distractors=[
            "Mis à jour du 19/12/2012 (the document's update stamp)",
            "en 2013 (the call's year)",
        ],
        note="a charity's call document on a document site, page 2 of 3: an update stamp in the footer, no deadline",
    )
    p(
        "r6f-css-belgique-prix-sante-publique-2018",
        "https://www.health.belgium.be/fr/css-prix-science-et-sante-publique",
        "De 2012 jusqu’à 2016 le Conseil Supérieur de la Santé (CSS) a attribué chaque année un prix « Science et Santé "
        "publique », puis à partir de 2016 le CSS a décidé  d’organiser ce prix tous les 2 ans. Ce prix est attribué à des "
        "personnes ayant défendu leur thèse de doctorat auprès d’une université belge au cours des 3 ans précédant l’année de "
        "la remise du prix. Le prix est publiquement annoncé et remis au lauréat lors d’une réunion du Collège du CSS. En "
        "2018, le prix s’élèvera à  2000€.\n\n"
        "L’appel à candidatures pour le prix 2018 est officiellement lancé et se clôturera le 01 mars  2018.\n\n[...]\n"
        "Les candidatures doivent être introduites au plus tard le  01 mars 2018 auprès du secrétariat du Conseil, à "
        "l’attention de [...]\n"
        "La proclamation officielle du prix aura lieu lors d’une réunion du Collège du Conseil.",
        [d("2018-03-01")],
        distractors=[
            "De 2012 jusqu’à 2016, à partir de 2016 (years of the prize's history: 'jusqu'à' before a bare year is no date)",
            "En 2018 (the year)",
        ],
        note="a Belgian public health council's thesis prize in French: the call's own verb 'se clôturera le' and 'au plus "
        "tard le' give the same day (double spaces kept as on the page)",
    )
    p(
        "r6f-fondation-avenir-aap-2020-bilan",
        "https://fondationdelavenir.org/appel-a-projets-2020-succes-ne-se-dement",
        "Appel à projets 2020 : un succès qui ne se dément pas\n\nPublié le 03/09/2020 Temps de lecture : 2 min\n\n"
        "En 2020, la Fondation de l’Avenir poursuit son soutien à la recherche médicale appliquée et engage cette année encore "
        "plus d’un million d’euros au développement de 34 projets portés par des centres hospitaliers et des laboratoires "
        "académiques répartis sur tout le territoire français. [...]\n\n"
        "Présidé par le professeur [...], Chirurgien endovasculaire et membre de l’Académie Nationale de Chirurgie, le conseil "
        "scientifique de la Fondation de l’Avenir s’est réuni le 11 juin 2020 pour proposer un classement des 126 dossiers de "
        "candidatures soumis à expertise.",
        page_date="2020-09-03",
        distractors=[
            "Publié le 03/09/2020 (the post's stamp)",
            "le 11 juin 2020 (the council's meeting)",
        ],
        note="a foundation's results of a past call (another page of this host, the 2025 launch, is in an earlier round)",
    )
    p(
        "r6f-dgos-dgs-prix-these-2025",
        "https://polesaintlaurent.com/?p=30539",
        "Le 17 novembre dernier, la direction générale de l’offre de soins (DGOS) et de la direction générale de la santé "
        "(DGS) ont distingué 3 jeunes docteures pour la 3ème édition 2025 de son prix de thèse intitulé « Politiques et "
        "interventions en santé publique ».\n"
        "Les thématiques que le ministère souhaite valoriser par cet événement incluent notamment :\n"
        "• la recherche interventionnelle (collaborative, participative, prévention, promotion de la santé)\n[...]\n"
        "Le jury, co-présidé par [...] a reçu cette année plus de cinquante candidatures, ce qui démontre à nouveau que cette "
        "discipline très diversifiée dans de nombreux domaines de recherche en santé reste d’intérêt pour les doctorants et "
        "les équipes universitaires qui les accueillent.",
        distractors=["Le 17 novembre dernier (the prizes' day, past, no year on an undated page)"],
        note="a care network relaying a ministry's thesis prize results (people's names elided): nothing to send",
    )
