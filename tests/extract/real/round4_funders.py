"""Round 4 of the real passages (funders): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r4f-medic-procedures-2013",
        "http://fondation-medic.ch/page.php?id=fr23",
        "Fondation MEDIC\n\nProcédures\n\n[05.08.2013]\n"
        "  \u2022 Les demandes de fonds peuvent être soumises chaque année avant le 30 juin. "
        "Les formulaires d'inscription peuvent être téléchargés depuis le site web.\n"
        "  \u2022 Les inscriptions au Prix MEDIC peuvent être soumises après l'annonce envoyée chaque année en mars "
        "à la personne chargée des questions académiques au sein des institutions affiliées (en général le Doyen).\n"
        "  \u2022 Le coordinateur MEDIC invite les membres du Conseil d'administration ou les experts externes.\n"
        "  \u2022 Les revues sont soumises au Conseil d'administration pour préavis, en règle générale vers la mi-octobre.\n"
        "  \u2022 Le coordinateur MEDIC adresse un résumé des revues externes et de la décision finale, y compris le budget disponible, "
        "aux demandeurs. Les revues compilées seront communiquées en novembre et les budgets finaux durant la première quinzaine de janvier.",
        [d("2014-06-30")],
        page_date="2013-08-05",
        distractors=[
            "05.08.2013 (the page's stamp)",
            "en mars (the prize's announcement, vague)",
            "vers la mi-octobre (reviews, vague)",
            "en novembre, première quinzaine de janvier (results, vague)",
        ],
        note="a Swiss foundation's yearly rule 'chaque année avant le 30 juin' on a page stamped 5 August 2013: "
        "the year-less day is the first 30 June after the stamp",
    )
    p(
        "r4f-medic-prize-regulations",
        "http://fondation-medic.ch/page.php?id=en31",
        "The MEDIC Foundation supports particularly promising young clinicians/scientists through the annual MEDIC prize. "
        "The prize consists of CHF 200'000 over a two year period (CHF 100'000.- per year). [...] "
        "The MEDIC Foundation calls for nominations or applications for the MEDIC prize 201... The following regulations apply:\n\n"
        "  \u2022 The deadline for nominations or applications is June 30, 201... Nominations are accepted from candidates affiliated with "
        "(or to be affiliated with) FBM-UNIL, Faculty of Medicine UNIGE and the Jules Bordet Institute in Brussels.\n"
        "  \u2022 The age limit for candidates is set at 35, although particular meritorious applications will be considered for candidates up to the age of 40.",
        distractors=[
            "June 30, 201... (the year is left as '201...' on the page: no year, undated page)"
        ],
        note="a template page whose year was never filled in: 'June 30, 201...' has no usable year, so nothing on an undated page",
    )
    p(
        "r4f-audition-grand-prix-2018",
        "https://www.hospitalia.fr/La-Fondation-Pour-l-Audition-lance-pour-la-3eme-annee-ses-Prix-Scientifiques-et-intensifie-son-action-en-ouvrant-son_a1368.html",
        "Ouvert aux chercheurs ou médecins en activité, les nominations doivent être soumises par un pair, qui devra mettre en avant "
        "toutes les qualités et faits d\u2019arme de son candidat. [...]\n\nLe montant du Grand Prix est fixé à 100 000 \u20ac.\n\n"
        "RAPPEL DU CALENDRIER :\n\n"
        "- Mars 2018 : Lancement de l\u2019appel à nominations\n\n"
        "- 20 avril 2018 : Date limite de réception des nominations\n\n"
        "- Mai 2018 : Réunion du comité de sélection\n\n"
        "- Juin 2018 : Réunion du Conseil Scientifique de la FPA\n\n"
        "- Juin 2018 : Réunion du conseil d'administration de la FPA\n\n"
        "- Juillet 2018 : Notification des Prix aux lauréats\n\n"
        "- Octobre 2018 : Remise des Prix",
        [d("2018-04-20")],
        distractors=[
            "Mars 2018 (launch, month only: no opening)",
            "Mai 2018, Juin 2018, Juillet 2018, Octobre 2018 (committees, notification, ceremony; months only)",
        ],
        note="health press relaying a foundation's prize; a nomination by a peer is the candidature, so kind application",
    )
    p(
        "r4f-fondamental-jeunes-espoirs-2020",
        "https://informations.handicap.fr/a-handicap-psyhique-recherche-jeunes-psychiatres-innovants-12651.php",
        "La Fondation FondaMental lance le programme doctoral « Jeunes espoirs de la psychiatrie », avec le soutien de la Fondation "
        "Bettencourt Schueller, pour stimuler la recherche française dans ce domaine. [...] Jusqu'au 12 avril 2020 minuit pour proposer "
        "un projet de recherche (lien ci-dessous) !\nQui peut concourir ?\nCe programme est destiné aux médecins psychiatres ou internes "
        "en cours de DES de psychiatrie dans une faculté française, titulaires d'un Master 2 et âgés de moins de 35 ans.",
        [d("2020-04-12", "23:59")],
        note="press relaying a foundation's doctoral programme; the sentence opens on 'Jusqu'au' with no verb",
    )
    p(
        "r4f-sport-congress-dates-2024",
        "https://www.congresoinvestigaciondeportiva.org/en/dates-to-remember/",
        "Sending of communications: Until April 30, 2024.\n\n"
        "Confirmation of acceptance of communications: Until June 30, 2024.\n\n"
        "Inscription of at least half of the authors of the accepted communications: Until June 30, 2024.\n\n"
        "Program: As of September 19, 2024.\n\n"
        "Presentation recording to the prizes for the best oral communication presential: Until September 26, 2024.\n\n"
        "Congress celebration: First week October 2024.",
        [d("2024-04-30"), d("2024-06-30", kind="other"), d("2024-09-26", kind="other")],
        distractors=[
            "June 30, 2024 on the 'Confirmation of acceptance' line (the organisers' answer; the same day is a registration deadline)",
            "September 19, 2024 (programme published)",
            "First week October 2024 (the congress, vague)",
        ],
        note="an English congress page, fiche lines; registering authors is kind other; sending a recording for the prize is a speaker's step "
        "after acceptance, not the candidature: labelled other by what a subscriber needs",
    )
    p(
        "r4f-rett-appel-communications-2023",
        "https://rett2023.fr/appel-a-communications/",
        "Appel à communications\nOuverture : 1er mai 2023\nClôture : 10 septembre 2023 (inclus) \u2013 Minuit\n"
        "La création d\u2019un compte myCO est nécessaire pour soumettre vos travaux.",
        [d("2023-09-10", "23:59")],
        opens="2023-05-01",
        note="a congress's abstract call as a fiche: opening and closing with 'Minuit'",
    )
    p(
        "r4f-souffle-soutien-recherche",
        "http://www.lesouffle.org/la-recherche/soutien-a-la-recherche/",
        "Selon les ressources financières disponibles, l\u2019objectif de la Fondation du Souffle et du FRSR est de pouvoir lancer au moins "
        "deux appels d\u2019offres \u201cblancs\u201d par an. Un premier appel d\u2019offres de ce type est lancé au printemps de chaque année, intitulé "
        "\u201cFormation par la Recherche\u201d et destiné à subventionner des masters 2, des thèses d\u2019université, des séjours postdoctoraux et de mobilité "
        "(la bourse de mobilité du Collège des Enseignants de Pneumologie fait partie de cet appel d\u2019offre). Un second appel d\u2019offres blanc "
        "intitulé \u201cSoutien à la Recherche\u201d est lancé à l\u2019automne, pour financer des frais de fonctionnements ou de petits investissements.",
        distractors=["au printemps de chaque année, à l\u2019automne (seasons only)"],
        note="a foundation's page naming its calls by season: no deadline",
    )
    p(
        "r4f-irsjd-fyssen-postdoc",
        "https://irsjd.org/en/research/announcements/404",
        'Post-doctoral Study grants\n\nAnnouncement "closed"\nFyssen Foundation\nRecursos Humans\nInternal deadline:\nOfficial deadline:\n\n'
        "Eligibility conditions\n\nStart his first post-doctoral fellowship with this financial support.\n\n"
        "Be 35 years of age or under on the date of closure of the call.\n\n"
        "PhD awarded less than 2 years prior to September 1st of the year of application, or thesis defence on December 31st of the year of application at the latest.\n\n"
        "[...] The Phd copy or an attestation testifying the candidate will achieve his viva on December 31st 2016 the latest\n\n"
        "Additional Information\n\nIn case of interest, please contact no later than 23rd March with FSJD Research's Department.",
        distractors=[
            "September 1st, December 31st of the year of application (conditions)",
            "December 31st 2016 (the viva, a condition)",
            "23rd March (an internal contact step, no year on an undated page)",
        ],
        note="a hospital research institute relaying a French foundation's grant; both deadline fields are empty",
    )
    p(
        "r4f-fyssen-faq",
        "http://www.fondationfyssen.fr/en/study-grants/faq/",
        "What are the deadlines to start the fellowship ?\nThe post doctoral project may start on September 1st, 2019 the earliest, "
        "and on very beginning of January 2020 the latest.\n\n[...] Any personality who wishes to transmit a letter (dated and signed) may send it "
        "either by post, or by email. In any case all documents should be received BEFORE the deadline of the call.\n\n"
        "My viva is scheduled after the closing date, what document do I have to provide to be added to my folder?\n"
        "You will have to add a letter from your thesis director certifying your viva will be achieved before December 31st, 2017.",
        distractors=[
            "September 1st, 2019 (earliest start of the fellowship)",
            "very beginning of January 2020 (latest start, vague)",
            "December 31st, 2017 (the viva, a condition)",
        ],
        note="a foundation's FAQ: 'deadlines to start' is the fellowship's start, not a candidature; the call's deadline is not given",
    )
    p(
        "r4f-fmsh-atlas-ird",
        "https://www.fmsh.fr/en/funding/atlas-france-southern-countries-0",
        "Atlas: France > Southern countries\n\nCall for applications | Postdoctoral fellowship\nOngoing call\nDeadline for application\n\n"
        "The Fondation Maison des Sciences de l'Homme (FMSH) and the Institut de Recherche pour le Développement (IRD) offer to postdoctoral "
        "researchers residing in France and having defended their thesis from 2019, a mobility grant of 2 to 3 months for a stay in connection "
        "with the structuring devices of the IRD.",
        note="the deadline label is shown without its value; 'from 2019' is a condition and not a day",
    )
    p(
        "r4f-fhp-hdf-fenetre-autorisations-2024",
        "https://fhp-hautsdefrance.com/actualite/ouverture-fenetre",
        "Les arrêtés du DGARS portant sur l\u2019ouverture d\u2019une période de dépôt de dossiers de demande d\u2019autorisation, et sur le bilan "
        "quantifié associé, sont parus au recueil des actes administratifs n°498 du 29 août 2024 de l\u2019Etat en région.\n"
        "Cette période de dépôt est ouverte du 23 septembre au 10 décembre 2024. Elle porte sur :\n"
        "- les SMR, avec :\n- dépôt de dossier obligatoire pour « ré-autorisation » des établissements déjà détenteurs des mentions [...]",
        [d("2024-12-10")],
        opens="2024-09-23",
        distractors=["29 août 2024 (the decrees' publication)"],
        note="a regional health agency's filing window relayed by a federation: hospitals file authorisation requests in the window; "
        "a range after 'période de dépôt est ouverte' gives opening and deadline",
    )
    p(
        "r4f-sav-prix-breves",
        "https://www.s-a-v.org/blog/articles/breves/page/2",
        "Ce prix d\u2019un montant de CHF 5\u2019000.- est attribué chaque année sur concours. Délai de dépôt des dossiers : 31 janvier de chaque année.",
        distractors=["31 janvier de chaque année (no year, undated page)"],
        note="a society's yearly prize: a year-less day on an undated page gives nothing",
    )
    p(
        "r4f-osteopathy-foundation-procedure",
        "https://www.osteopathyfoundation.ch/en/financing--scholarships/evaluation-procedure-",
        "Evaluation procedure for a research project\n\n1. The file is sent by mail.\n\n2. The dossier evaluated must include:\n\n"
        "  \u2022 A summary of the study protocol\n  \u2022 A detailed budget\n  \u2022 A calendar\n[...]\n"
        "An interview will be requested if the committee deems it necessary.\n\n4. An answer can be expected within 3 months.",
        note="a foundation's procedure with no date at all",
    )
    p(
        "r4f-ffrd-grants-2019",
        "https://www.ffrdiabete.org/en/projets/la-recherche/the-projects/2019-2/",
        "1- Terms\n\nThe call for proposals for the 2019 FFRD Research Grants was open on 18 February.\n\n"
        "For this seventh edition, the Francophone Foundation for Diabetes Research planned to support 3 research projects [...]\n\n"
        "The Scientific Council has to meet on Monday 7 October to preselect candidates who will be interviewed on Monday 4 November.\n\n"
        "2- Preselected\n\nWe would like to thank all candidates for their interest in the Francophone Foundation for Diabetes Research \u2013 FFRD \u2013 "
        "through their response to its call for proposals from 18 February to 13 May.",
        distractors=[
            "18 February, 13 May (the call's window, no year on an undated page)",
            "Monday 7 October, Monday 4 November (council and interviews, no year)",
        ],
        note="the call's year is in its title ('2019 FFRD Research Grants') but every day is written without a year and the page shows no date: "
        "a documented limit, nothing expected",
    )
    p(
        "r4f-idf-bridges-cycle",
        "http://www.idf.org/node/24296?language=fr",
        "Forte hausse des candidatures pour le programme de recherche de transfert de la FID\n\n"
        "Le 4e cycle de financement pour le programme BRIDGES (Bringing Research in Diabetes to Global Environments and Systems) de la FID "
        "est arrivé à terme le 15 février.\n\n[...] Les candidatures vont désormais être examinées les unes après les autres par un groupe "
        "d\u2019experts internationaux et la sélection finale sera dévoilée à la fin du mois de mars.",
        distractors=[
            "15 février (a cycle that has ended, no year, undated page)",
            "à la fin du mois de mars (results, vague)",
        ],
        note="an international federation's news in French after the closing: nothing to send any more",
    )
    p(
        "r4f-gfrs-sclerodermie-2021",
        "https://sclerodermie.net/2021/04/appel-doffre-gfrs-2021-2022/",
        "APPEL D\u2019OFFRE GFRS 2021-2022\n\nEDIT: L\u2019appel d\u2019offres est clos.\n\n"
        "L\u2019annonce des résultats sera faite lors de la journée scientifique du GFRS le 18 novembre 2021: voir le programme\n\n"
        "A/ Règlement de l\u2019appel d\u2019offre publié le 26 avril 2021\n\n"
        "\u2013 Un financement à hauteur de 10,000 \u20ac sera attribué à un projet sélectionné de recherche clinique ou fondamentale sur le thème de la sclérodermie systémique.\n\n"
        "Le/la porteur/se de projet doit être membre du GFRS et à jour de sa cotisation le jour du dépôt de projet. [...]\n\n"
        "\u2013 Les dossiers sont à adresser avant le 21 JUIN 2021 minuit par courriel aux deux adresses suivantes :\n\n"
        "[...] Tout dossier adressé après le 21 juin 2021 minuit sera refusé.",
        [d("2021-06-21", "23:59")],
        distractors=[
            "18 novembre 2021 (results at the society's scientific day)",
            "26 avril 2021 (the rules' publication)",
        ],
        note="a learned society's grant, later marked closed; the same day twice (upper and lower case) is one deadline",
    )
    p(
        "r4f-normandie-rin-recherche-2019",
        "https://aides.normandie.fr/rin-recherche-2019",
        "RIN Recherche - 2019\n\nQuel est l'objectif :\n\n"
        "En déclinaison du Schéma Régional de l\u2019Economie, des Entreprises, de l\u2019internationalisation et de l\u2019innovation (SRDEEII) et du "
        "Schéma Régional de l\u2019Enseignement Supérieur, de la Recherche et de l\u2019Innovation (SRESRI) adoptés à l\u2019Assemblée plénière du "
        "Conseil Régional du 15 décembre 2016, la Région souhaite conforter les axes de recherche d\u2019excellence et en émergence sur le territoire "
        "normand, en finançant des projets de recherche [...]",
        distractors=["15 décembre 2016 (the regional assembly that adopted the plans)"],
        note="a region's aid fiche: only the date of a past assembly, no deadline",
    )
    p(
        "r4f-resilience-hdf-2020",
        "https://pdfslide.fr/documents/appel-a-projets-laappel-projets-rsilience-hauts-de-france-a-pour.html",
        "DRESS/ Service Recherche DOS / 10-07-2020\n\nAPPEL A PROJETS\n\nRésilience Hauts-de-France\n\n"
        "Date de clôture :\n\n23 Septembre 2020 13h00 (CEST)\n\n"
        "Date d\u2019ouverture du site de dépôt :\n\n10 Juillet 2020\n\n"
        "Contacts à l\u2019ANR\n\nSalvatore Costanzo \u2013 Chargé de mission scientifique transversale",
        [d("2020-09-23", "13:00")],
        opens="2020-07-10",
        distractors=["10-07-2020 (the document's header stamp, same day as the opening)"],
        note="a region and the national agency's call, cover page of the PDF; each label's value sits two lines below it",
    )
    p(
        "r4f-erasmus-consortium-fiche",
        "https://agence.erasmusplus.fr/en/fiches-pratiques/consortium-erasmus/",
        "A partir de 2021, le programme Erasmus+ évolue. Cette page sera mise à jour dans les semaines qui viennent, tenant compte de cette évolution.\n"
        "De nombreuses organisations peuvent assurer ce rôle de coordinateur : association, chambre de commerce, collectivité locale, fédération "
        "professionnelle, établissement d\u2019enseignement supérieur, COMUE, GIP académique, etc.\n"
        "La structure coordinatrice effectue une demande d\u2019accréditation, afin que l\u2019agence nationale évalue la capacité financière et "
        "opérationnelle du consortium à organiser en commun des mobilités étudiantes et/ou de personnels. [...]\n"
        "Le programme Erasmus + fonctionne sur la base d\u2019appels à propositions publiés par la Commission européenne.",
        distractors=["A partir de 2021 (a year only)"],
        note="a European programme's national agency explaining a procedure: no date to meet",
    )
    p(
        "r4f-afc-communications-report-2024",
        "https://www.afc-cca.com/pages/soumission-des-communications",
        "Soumission d'une communication au 45e congrès de l'AFC (2024)\n\nSoumission de la communication\n\n"
        "La soumission des communications est possible à partir du 20 octobre 2023. La date limite de soumission des communications est fixée "
        "au 15 janvier 2024 (REPORT au 31 janvier 2024) (texte complet des communications au format de la revue CCA-AAC).\n\n"
        "La soumission d'une communication au congrès se fait uniquement en ligne [...]",
        [d("2024-01-31")],
        opens="2023-10-20",
        distractors=["15 janvier 2024 (given up: '(REPORT au 31 janvier 2024)' follows it)"],
        note="a society's congress: the postponement is written in brackets after the old date, a form the rules do not name "
        "('reportée au' is listed); by what a subscriber needs only the new day stays",
    )
    p(
        "r4f-iresp-procedure-aap",
        "http://www.iresp.net/appels-a-projets/procedures-de-gestion-des-aap-de-liresp/",
        "La procédure de gestion des appels à projets\n\nI. Diffusion des appels à projets\n\n"
        "  \u2022 Via le site de l\u2019IReSP\n  \u2022 Via la lettre d\u2019information de l\u2019IReSP envoyée mensuellement à plus de 2000 chercheurs, acteurs et institutionnels en Santé Publique\n"
        "[...]\nII. Deux types de procédure de sélection des projets\n\nLes projets déposés sont examinés simultanément selon deux critères :\n\n"
        "  \u2022 un critère de qualité scientifique évalué par le Comité Scientifique d\u2019Évaluation (CSE) qui s\u2019appuie sur deux expertises extérieures ;",
        note="a public-health research institute's procedure page: no date",
    )
    p(
        "r4f-ireps-gp-agir-sp-2024",
        "https://ireps.gp.fnes.fr/appels-a-projets/appel-a-projets-agir-sp2024-inca",
        "Institut national du Cancer (INCa)\n\nAppel à projets AGIR-SP2024 - INCa\n\ndate limite: 09/04/2024\n\nContexte\n\n"
        "Cet appel à projets intitulé Agir en santé publique est lancé par l'Institut national du Cancer et il vise à:\n\n"
        "  \u2022 Accompagner les politiques de prévention, de dépistage des cancers et de personnalisation du parcours de soins en cancérologie [...]\n"
        "  \u2022 Axe 7 \u2013 Evaluation de modalités de dépistage et de suivi pour les personnes selon leur niveau de risque de cancers (action 1.5 du Plan cancer 2014-2019).",
        [d("2024-04-09")],
        distractors=["2014-2019 (a plan's years, not a date)"],
        note="a regional health-promotion body relaying a national agency's call; fiche label in lower case",
    )
    p(
        "r4f-promotion-sante-gp-zero-exposition-2023",
        "https://www.promotion-sante.gp/appels-a-projets/appel-a-projets-2023-reduire-les-expositions-en-milieu-scolaire--concevoir-des-politiques-et-agir-des-maintenant-plan-zero-exposition",
        "Institut national du Cancer (INCa)\n\nAppel à projets 2023 - Réduire les expositions en milieu scolaire : concevoir des politiques et agir dès maintenant Plan Zéro Exposition\n\n"
        "Date limite: 21/03/2023\n\nContexte/ Descriptif\n\n"
        "Les lieux d'accueil des publics jeunes, en particulier les établissements scolaitres et leurs abords [...]",
        [d("2023-03-21")],
        note="the same relay's later site; fiche line with the date as dd/mm/yyyy",
    )
    p(
        "r4f-interreg-med-horizontaux-2016",
        "https://forum.interreg-med.eu/fr/la-phase-de-candidature-complete-est-maintenant-ouverte-pour-les-projets-horizontaux",
        "La phase de soumission d\u2019une proposition complète de Projet horizontal est ouverte du 3 mai 2016, 15h00 (heure de Paris) au 24 juin 2016, 15h00 (heure de Paris).\n"
        "Cette phase est ouverte pour les axes prioritaires du Programme 1, 2 et 3 et les objectifs spécifiques associés. [...]\n"
        "Pour une description détaillée [...] veuillez-vous référer à la section 2 du Programme de Coopération Interreg MED adopté par la Commission européenne le 2 juin 2015 et aux cahiers des charges adéquats.\n"
        "Veuillez noter que :\n"
        "- Seuls les projets horizontaux qui ont passé avec succès la première phase de l\u2019évaluation, suite à la décision du Comité de Pilotage qui a eu lieu à Zagreb le 5 Avril 2016, sont autorisés à déposer la candidature complète ;\n"
        "- La candidature complète doit être finalisée et validée via le système de monitorage en ligne du Programme Interreg MED, Synergie CTE avant la date limite indiquée (24 juin 2016, 15h00 \u2013 heure de Paris. "
        "Le formulaire de candidature complet ne sera plus accessible sur Synergie CTE après cette date.\n"
        "- Les porteurs de projets disposent d\u2019une semaine supplémentaire pour télécharger sur Synergie CTE les annexes obligatoires. "
        "Le téléchargement doit être effectué au plus tard le 1 Juillet 2016, à 15h00 (heure de Paris).",
        [d("2016-06-24", "15:00"), d("2016-07-01", "15:00")],
        opens="2016-05-03",
        distractors=[
            "2 juin 2015 (the programme's adoption)",
            "5 Avril 2016 (the steering committee's decision)",
        ],
        note="a European programme's second stage (full proposal, for those past the first): the window gives opening and deadline; "
        "the compulsory annexes a week later are part of the candidature, so kind application",
    )
    p(
        "r4f-insmi-phc-al-maqdisi-2021",
        "https://www.insmi.cnrs.fr/fr/phc-al-maqdisi-2021",
        "PHC Al Maqdisi 2021\nPartenariat Hubert Curien (PHC) franco-palestinien.\n"
        "Date limite de dépôt des dossiers de candidature : 14 juin 2021.\n"
        "Critères d'évaluation des projets :\n- La qualité scientifique du projet et des équipes ; [...]\n"
        "Le financement porte prioritairement sur la prise en charge de la mobilité entre les deux pays des chercheurs engagés dans le programme. "
        "Il est accordé sur une base annuelle, pour deux années consécutives.\n"
        "Il doit être impérativement consommé :\nPour l\u2019équipe française :\n"
        "Entre le 1er novembre et le 31 octobre de l'année concernée et ne peut être reporté sur l'exercice suivant : "
        "soit du 1er novembre 2021 au 31 octobre 2022 pour une partie du montant et du 1er novembre 2022 au 31 octobre 2023 pour la partie restante.",
        [d("2021-06-14")],
        distractors=[
            "1er novembre, 31 octobre de l'année concernée (spending period, a condition)",
            "du 1er novembre 2021 au 31 octobre 2022, du 1er novembre 2022 au 31 octobre 2023 (spending periods)",
        ],
        note="a ministries' bilateral programme relayed by a CNRS institute; the spending windows are conditions on the grant, not candidatures",
    )
    p(
        "r4f-phc-maghreb-2016-blog",
        "http://euro-mediterranee.blogspot.com/2015/03/appel-candidatures-phc-maghreb-2016.html",
        "Modalités de fonctionnement\n- La durée des projets est de 3 ans.\n"
        "- Les financements sont accordés sur une base annuelle. Ils doivent être impérativement consommés entre le 1er janvier et le 31 décembre "
        "de l'année concernée et ne peuvent être reportés sur l'exercice suivant. Le montant moyen est de l\u2019ordre de 27 000 \u20ac par an pour la participation française.",
        distractors=[
            "entre le 1er janvier et le 31 décembre de l'année concernée (spending period; no year, undated page)"
        ],
        note="a blog relaying a bilateral programme; only the grant's spending period, and no deadline in the passage",
    )
    p(
        "r4f-aislf-bourses-congres-2016",
        "https://congres2016.aislf.org/pages/15-bourses.php",
        "Une commission composée de membres du bureau appartenant à différents pays [...] a été constituée en 2014 avec pour charge de sélectionner "
        "les candidat\u00b7e\u00b7s et de décider des montants des bourses qui leur seraient attribuées.\n"
        "Les informations concernant la constitution d\u2019un dossier de demande de bourse à l\u2019AISLF (lettre de motivation, CV, attestation de non-prise "
        "en charge par l\u2019établissement du demandeur, avis d\u2019acceptation de la communication) et date limite de dépôt ont été mises en ligne sur le site du Congrès.",
        distractors=["en 2014 (a year only)"],
        note="a learned society's report on its congress travel grants: 'date limite de dépôt' is named without a date",
    )
    p(
        "r4f-celat-bourse-voyage-sessions",
        "https://celat.ca/concours/bourse-frais-de-voyage-dans-le-cadre-dactivites-scientifiques/",
        "Deux demandes par candidat-e peuvent être présentées pour deux présentations différentes lors d\u2019une même année financière du CELAT "
        "(à savoir du 1er mai au 30 avril de l\u2019année suivante).\n"
        "Formulaire de Bourse de frais de voyage dans le cadre d\u2019une activité scientifique\n"
        "Date de la présentation | Date limite de la demande | Date de la décision\n"
        "Entre 1er septembre et 31 janvier | Le 24 septembre | Le 15 octobre\n"
        "Entre 1er janvier et 31 mai | Le 24 janvier | Le 15 février\n"
        "Entre 1er mai et 30 septembre | Le 24 mai | Le 15 juin",
        distractors=[
            "24 septembre, 24 janvier, 24 mai (the deadline column: no year, undated page)",
            "15 octobre, 15 février, 15 juin (decisions)",
            "the presentation periods and the financial year (conditions)",
        ],
        note="a Quebec research centre's travel grants in French as a session table; every day lacks a year and the page shows no date, so nothing",
    )
    p(
        "r4f-mbe2016-abstract-account",
        "https://mbe2016.sciencesconf.org/resource/page/id/10",
        "1) Create an account on \u201csciencesconf\u201d\n\n"
        "Before submitting your abstract(s) it is necessary to create an account to access the submission part of the web-site [...]\n\n"
        "Once your account is created, you can access your account and start your submission. You will be able to update the paper details "
        "or upload a modified version of the paper as many times as you wish until the submission deadline by logging-in again to your account.",
        note="a congress's abstract instructions in English: 'until the submission deadline' with no date",
    )
    p(
        "r4f-cnam-paralysie-cerebrale-2019",
        "http://recherche.cnam.fr/appels-a-projets-etudes-doctorales/appel-a-candidatures-2019-allocations-doctorales-er-post-doctorales-en-france-1081287.kjsp?RH=1466155131593",
        "Fondation Paralysie cérébrale\n\nAppel à candidatures 2019 Allocations doctorales er post-doctorales en France\n\n"
        "24 avril 2019\n10 juillet 2019 - 13h\n\n"
        "La Fondation Paralysie Cérébrale lance son appel à candidature visant à accompagner par des aides individuelles des doctorants ou des "
        "post-doctorants dont les travaux s\u2019inscrivent dans le cadre d\u2019un projet de recherche sur la paralysie cérébrale et dont le laboratoire "
        "d\u2019accueil se trouve en France.",
        [d("2019-07-10", "13:00")],
        opens="?",
        distractors=["24 avril 2019 (the listing's first date, most likely its publication)"],
        note="a school's listing of a foundation's call: two bare dates under the title whose labels were lost in the stored copy; "
        "the rules tie a start and end only when joined by a dash. Labelled by what a subscriber needs: the second, with its hour, is the deadline",
    )
    p(
        "r4f-g2rc-dgos-li-2023",
        "https://g2rc.fr/appels-projets-dgos-campagne-2023-prt-phrc-prme-preps-phrip-lettres-dintention-avant-le-05102023",
        "L\u2019objectif des projets doit être l\u2019amélioration des prises en charge des patients et celle de la performance du système de soins.\n"
        "Les lettres d\u2019intention des PHRC-N, PHRIP, PREPS et PRME doivent être déposées sur la plateforme INNOVARC avant le 05/10/2023 à 23h55.\n"
        "[...] La NOTE D\u2019INFORMATION N° DGOS/PF4/2023/102 du 29 juin 2023 précise la complémentarité des différents appels à projets qui sont détaillés dans les annexes.",
        [d("2023-10-05", "23:55", kind="letter_of_intent")],
        distractors=["29 juin 2023 (the ministry's note)"],
        note="a regional clinical-research group relaying the ministry's calls: the first stage of four programmes, one day",
    )
    p(
        "r4f-pnr-est-2018-two-stages",
        "https://fdocuments.fr/document/programme-national-de-recherche-en-environnement-programme-national-de-recherche.html",
        "PNR EST 2018 Page 1 Programme National de Recherche en Environnement-Santé-Travail Appel à projets 2018 "
        "Date limite de dépôt des lettres d\u2019intention : 12 décembre 2017 Date limite de dépôt des dossiers complets : 13 mars 2018 "
        "I. PRÉSENTATION DU PROGRAMME Le Programme National de Recherche en Environnement-Santé-Travail (PNR EST) est financé par l\u2019Anses "
        "sur des budgets délégués par les ministères chargés de l\u2019environnement et du travail [...]",
        [d("2017-12-12", kind="letter_of_intent"), d("2018-03-13")],
        note="a national agency's call document flattened to one line by a document-sharing site: two fiche labels in a row",
    )
    p(
        "r4f-actu-env-pnr-est-2021",
        "https://www.actu-environnement.com/ae/news/environnement-sante-travail-anses-appels-projets-recherche-38542.php4",
        "Dans le cadre du Programme national de recherche environnement-santé-travail (PNR EST), l'Agence nationale de sécurité sanitaire de "
        "l'alimentation, de l'environnement et du travail (Anses) a lancé, ce lundi 15 novembre, deux nouveaux appels à projets de recherche.\n\n[...] "
        "Les candidatures, par dépôt d'une lettre d'intention, sont recevables jusqu'au 6 janvier 2022 pour le premier appel à projets et jusqu'au "
        "18 janvier pour le second. Après une première vague de sélection, la soumission des dossiers complets sera possible respectivement jusqu'au 7 avril et 17 mai.",
        [d("2022-01-06", kind="letter_of_intent")],
        distractors=[
            "lundi 15 novembre (the launch, no year)",
            "18 janvier (the second call's letters of intent: no year on a page with no full date shown)",
            "7 avril, 17 mai (full proposals, no year)",
        ],
        note="press on a national agency's two calls; the stored copy shows only a month (2021-11), so page_date is null and only the one day "
        "written with its year resolves, though a reader would place 18 January, 7 April and 17 May in 2022",
    )
    p(
        "r4f-actu-env-pnr-est-2023",
        "https://www.actu-environnement.com/ae/news/environnement-sante-travail-anses-appels-projet-recherche-42783.php4",
        "Le 16 octobre, l'Agence nationale de sécurité sanitaire (Anses) a lancé à nouveau ces deux appels à projets de recherche (APR) annuels "
        "dans le cadre de son programme national de recherche environnement-santé-travail (PNR EST). [...]\n\n"
        "« Une quarantaine de projets sont financés [entre 40 000 et 200 000 euros chacun ; NDLR] chaque année, pour une durée d'un à trois ans », "
        "rappelle l'agence sanitaire. Les candidatures sont attendues jusqu'au 7 décembre pour le premier APR et jusqu'au 19 décembre pour le second. "
        "Les lauréats seront désignés en septembre 2024.",
        distractors=[
            "16 octobre (the launch, no year)",
            "7 décembre, 19 décembre (deadlines without a year; the stored copy shows only a month, 2023-10)",
            "septembre 2024 (laureates, vague)",
        ],
        note="the same press site two years later: every day lacks a year and page_date is null, so nothing by the rules; "
        "a subscriber would want 7 and 19 December 2023",
    )
    p(
        "r4f-anses-pnr-est-2025-li",
        "https://eurl-staphiloccoci.anses.fr/fr/content/actu-appels-projets-de-recherche-pnrest-2025",
        "Ouverture des appels jusqu\u2019en décembre\n"
        "L\u2019Anses lance simultanément deux nouveaux appels à projets de recherche : l\u2019un généraliste, sur les thèmes santé-environnement et santé-travail, "
        "l\u2019autre spécifique aux effets potentiels des radiofréquences sur la santé.\n"
        "Les scientifiques intéressés sont invités à soumettre des lettres d\u2019intention présentant leurs projets :\n"
        "- d\u2019ici le 10 décembre 2024 pour l\u2019appel à projets général\n"
        "- d\u2019ici le 17 décembre 2024 pour l\u2019appel à projets radiofréquences et santé",
        [d("2024-12-10", kind="letter_of_intent"), d("2024-12-17", kind="letter_of_intent")],
        distractors=["jusqu\u2019en décembre (month only)"],
        note="an agency's news on one of its laboratory sites: a list of days after one cue that names letters of intent",
    )
    p(
        "r4f-anses-pnr-est-2024-ouverts",
        "https://pro-recette.anses.fr/fr/content/le-programme-national-de-recherche-environnement-sant%C3%A9-travail",
        "05/12/2023\n\nLe programme national de recherche Environnement-Santé-Travail\n\n[...]\n"
        "Les appels à projets sont ouverts jusqu\u2019au 7 et 19 décembre 2023\n\n"
        "Deux appels à projets de recherche sont lancés simultanément :\n\n"
        "Appel à projet généraliste\n\nAppel ouvert jusqu\u2019au 7 décembre 2023\n\n"
        "Appel à projets Radiofréquences et santé - 2024\n\nAppel ouvert jusqu\u2019au au 19 décembre 2023\n\n"
        "Le programme est ouvert aux organismes de recherche publics ou privés, français et étrangers. [...]\n"
        "  \u2022 Un comité scientifique qui sélectionne les projets d\u2019abord sur lettre d\u2019intention puis sur dossier complet.",
        [d("2023-12-07", kind="letter_of_intent"), d("2023-12-19", kind="letter_of_intent")],
        page_date="2023-12-05",
        distractors=["05/12/2023 (the page's date)"],
        note="an agency's page (a staging copy): the calls that close on these days take letters of intent first, said only two paragraphs later; "
        "kind by what a subscriber needs (the rules read the kind from words near the date, which give none)",
    )
    p(
        "r4f-syndicat-infirmier-phrip-2011",
        "http://www.syndicat-infirmier.com/Programme-hospitalier-de-recherche,1261.html",
        "Programme hospitalier de recherche infirmière et paramédicale (P.H.R.I.P)\n\n29 juillet 2010\n\n"
        "Une instruction de la Direction générale de l\u2019offre de soins (DGOS) prolonge le Programme hospitalier de recherche infirmier (PHRI) 2010 "
        "et l\u2019étend au titre de l\u2019année 2011 aux autres personnels paramédicaux avec le lancement du nouveau Programme hospitalier de recherche "
        "infirmière et paramédicale (PHRIP). [...]\n\n"
        "INSTRUCTION N° DGOS/PF4/2010/258 du 9 juillet 2010 relative au programme hospitalier de recherche infirmière et paramédicale (P, H ,R,I,P) pour 2011 (SASH1018426J)",
        page_date="2010-07-29",
        distractors=["29 juillet 2010 (post date)", "9 juillet 2010 (the instruction's date)"],
        note="a nurses' union relaying a ministry's programme: the launch is news, no deadline in the passage",
    )
    p(
        "r4f-espaceinfirmier-phrip-2014",
        "https://espaceinfirmier.fr/actualites/140912-la-recherche-infirmiere-a-de-beaux-jours.html",
        "Il reste une semaine aux porteurs de projet dont la lettre d\u2019intention a été sélectionnée par le jury pour faire parvenir à la DGOS leur "
        "dossier complet. Pour sa cinquième édition, le programme hospitalier de recherche infirmière et paramédicale (PHRIP) affiche la stabilité : "
        "129 lettres d\u2019intentions ont été adressées au ministère, contre 130 l\u2019an dernier. Le jury a fait connaître courant juillet la liste des "
        "50 candidatures préselectionnées. [...]\nLa seconde et dernière étape de la sélection aura lieu la seconde semaine de novembre.",
        distractors=[
            "courant juillet (preselection, vague)",
            "la seconde semaine de novembre (selection, vague)",
        ],
        note="nursing press: 'il reste une semaine' is a deadline a reader could compute from the post date, but no date is written",
    )
    p(
        "r4f-granderegion-soutien-recherche-2021",
        "http://www.granderegion.net/Actualites/2021/Appel-a-candidature-soutien-interregional-a-la-recherche",
        "Appel à candidature : soutien interrégional à la recherche\n\nDélai de candidature : 15 juillet 2021\n\n"
        "Vous travaillez pour un institut de recherche en Grande Région et souhaitez diffuser des informations relatives à votre projet en cours "
        "et scientifiquement validé ?\n\n[...] Les actions proposées sont à réaliser au cours de l'année suivant l\u2019annonce officielle des bénéficiaires.",
        [d("2021-07-15")],
        note="a cross-border cooperation body: 'Délai de candidature' is a fiche label the rules do not list, but its first word names a time limit and "
        "the second the candidature; labelled a deadline by what a subscriber needs",
    )
    p(
        "r4f-grandest-mima-2019",
        "https://www.grandest.fr/blog/ge_guide_beneficiaire/6/",
        "Soutien aux manifestations d\u2019intérêt majeur (MIMA)\n\n"
        "Appel à projets 2019 \u2013 EPST et autres structures\n"
        "Manifestations qui auront lieu entre le 1er janvier 2019 et le 30 juin 2019\n\n"
        "Ce dispositif a pour objectif :\n\n"
        "  \u2022 de favoriser les projets et les collaborations entre scientifiques/experts/entreprises portant sur des thématiques identifiées comme stratégiques [...]",
        distractors=[
            "entre le 1er janvier 2019 et le 30 juin 2019 (the events' period, a condition)"
        ],
        note="a region's aid guide: the window bounds the events funded, not the candidature; no deadline",
    )
    p(
        "r4f-grandest-reseaux-thematiques-2023",
        "https://www.grandest.fr/actualites/ge_guide_beneficiaire/6",
        "Soutien à la structuration de réseaux thématiques de recherche\n\n[...] Au travers d\u2019un appel à projets annuel thématique, la Région financera "
        "les nouveaux réseaux ou déjà constitués d\u2019acteurs de l\u2019ESRT pour des actions structurantes de communication et d\u2019expertise [...]\n\n"
        "L\u2019appel à projets thématique a été publié le 19 décembre 2022 pour une date limite de retour des dossiers fixée au 31 mars 2023.\n\n"
        "Les modalités d\u2019organisation et de dépôts des dossiers sont communiquées aux établissements de recherche publique \u2013 Veuillez contacter votre établissement de tutelle pour toute demande.",
        [d("2023-03-31")],
        opens="?",
        distractors=["19 décembre 2022 (the call's publication)"],
        note="a region's aid guide; 'publié le' marks the publication, which may or may not be the opening, so the opening is not scored",
    )
    p(
        "r4f-excelafrica-fulbright-2016",
        "https://excelafrica.com/?p=16543",
        "Comment postuler? Envoyer son dossier le site de la Commission franco-américaine Fulbright. [...]\n"
        "Quand peut-on postuler? Les inscriptions sont ouvertes à partir du 5 septembre. Les deux dates limites sont le 1er décembre 2016 pour les étudiants "
        "et les assistants, et le 1er février 2017 pour les doctorants et les chercheurs. «Mais il faut s\u2019y mettre dès maintenant» conseille Arnaud Roujou de Boubée, "
        "le directeur de la communication.",
        [d("2016-12-01"), d("2017-02-01")],
        distractors=["5 septembre (the opening, no year on an undated page)"],
        note="a site relaying a binational commission's grants; two deadlines after one cue; the opening has no year, so opens is null",
    )
    p(
        "r4f-educavox-fulbright-2016",
        "https://educavox.fr/accueil/des-breves/grow-your-future",
        "Le programme Fulbright en France propose plus d\u2019un million de dollars de bourses, aux étudiants (Bac + 3 minimum) et chercheurs français "
        "désireux de se rendre aux Etats-Unis entre août 2016 et juin 2017 pour y développer pleinement leur projet et leur potentiel.\n"
        "La compétition commence à partir du 5 septembre 2016 sur le site de la Commission franco-américaine (Fulbright) : www.fulbright-france.org.\n[...]\n"
        "Deux dates-limites :\n- 1er décembre 2016 pour les étudiants et les assistants\n- 1er février 2017 pour les doctorants et les chercheurs",
        [d("2016-12-01"), d("2017-02-01")],
        opens="2016-09-05",
        distractors=["entre août 2016 et juin 2017 (the stays, months only)"],
        note="education press on the same grants: 'La compétition commence à partir du' is the call opening, though 'compétition' is not among "
        "the rules' call nouns; labelled by what a subscriber needs. 'Deux dates-limites :' heads a list",
    )
    p(
        "r4f-mesr-fulbright-doctorales-2009",
        "http://www.enseignementsup-recherche.gouv.fr/cid49495/appel-a-candidature-bourses-doctorales-fulbright.html",
        "Public\nDoctorants inscrits en thèse dans un laboratoire français ou en co-tutelle ou en co-direction, et\n"
        "souhaitant effectuer 2 à 9 mois de recherche dans une université américaine.\n[...]\n"
        "Processus de sélection\n-\nLe dossier Programme Fulbright Etudiant (Fulbright Student) doit être rempli en ligne et validéau 1er décembre 2009.\n-\n"
        "Des entretiens auront lieu en février-mars.\n-\nDate limite de dépôt des dossiers : 1er décembre 2009\n-\n"
        "Les lettres de recommandation doivent nous être communiquées avant l'entretien.",
        [d("2009-12-01")],
        distractors=["en février-mars (interviews, months only)"],
        note="a ministry's page; the same day in a sentence with a glued word ('validéau') and in a fiche line: one deadline",
    )
    p(
        "r4f-esmo-2014-extended",
        "http://www.esmo.org/Conferences/ESMO-2014-Congress/Abstracts/Abstract-Submission-FAQs",
        "When does abstract submission close?\n\n"
        'Abstract submission for "in progress" abstracts has been extended to Thursday 08 May 2014, 23:59 CEST (GMT+2)\n\n'
        "The final deadline for late-breaking abstracts deadline is Wednesday 20 August 2014, 23:59 CEST (GMT+2). A skeleton indicating the type of data "
        "that will be available must have been submitted online by the deadline of 08 May 2014.\n\n"
        "When will I find out if my abstract has been accepted?\n\n"
        "Abstract notification emails will be sent to first and presenting authors mid-late July 2014.",
        [d("2014-05-08", "23:59"), d("2014-08-20", "23:59")],
        distractors=["mid-late July 2014 (notifications, vague)"],
        note="a European learned society's congress FAQ in English; 'has been extended to' gives the new day only (the old one is not written); "
        "8 May is written twice, once with its time",
    )
    p(
        "r4f-esmo-io-2020-table",
        "https://www.esmo.org/meetings/esmo-immuno-oncology-congress-2020/abstracts?hit=ehp",
        "The abstract submission is now open!\n\nSubmit your abstract\n\nAbstract submission deadlines \n\nDeadline\n\nDate and time\n\n"
        "  \u2022 Abstract \n  \u2022 Trial in Progress\n  \u2022 Intent to submit LBA\n\n"
        "Monday, 28 September 2020 \n\n21:00hrs CEST (Central European Summer Time)\n\n"
        "  \u2022 Late-breaking abstracts (LBA)\n\nWednesday, 4 November 2020\n\n21:00hrs CET (Central European Time)\n\n[...]\n"
        "Submitters of preliminary versions receiving approval to proceed must submit the final LBA by Wednesday, 4 November 2020.",
        [d("2020-09-28", "21:00"), d("2020-11-04", "21:00")],
        distractors=[],
        note="a two-column table flattened to lines by the stored copy; the time sits two lines below its day ('21:00hrs'); "
        "the 28 September row also holds the late-breaking intent (a first stage for a few), but for most authors it is the abstract itself: kind application",
    )
    p(
        "r4f-unige-soa-2024-posters",
        "https://www.unige.ch/fapse/SoA2024/submission",
        "Submission is closed now ! Thank you for your contribution !\n\nAll authors have received a notification in May.\n\n"
        "For poster presenters : you have to prepare max. 3 slides (3 min max. presentation) in order to orally present your work on the day of your poster session. [...]\n\n"
        "Abstracts for posters should present innovative and unpublished work, provide a clear statement of the problem or hypothesis and the basis on which "
        "conclusions are drawn; they must be in English. The submission deadline is the 29th of April 2024.",
        [d("2024-04-29")],
        distractors=["in May (notifications, month only)"],
        note="a symposium's poster call in English, already closed; 'the 29th of April 2024' with an ordinal",
    )
    p(
        "r4f-nantes-prix-iss-2025",
        "http://expertise.uriopss-pdl.fr/section/palo_detail.html?publicationId=p6201752222059752",
        'Nantes Métropole - AAP Prix de l\'Innovation sociale et solidaire " la santé pour toutes et tous"\nAppel à projet\n\n'
        "Date limite de dépôt : 31 juillet 2025\n\n"
        "Vous portez un projet collectif innovant et inclusif qui favorise la santé pour toutes et tous ? Proposez votre candidature au Prix de l\u2019Innovation "
        "Sociale et Solidaire de Nantes Métropole. Lancé en 2017, il contribue au développement de projets socialement et écologiquement vertueux pour le territoire. "
        "L\u2019édition 2025 est placée sous le signe de la santé pour toutes et tous.",
        [d("2025-07-31")],
        distractors=["en 2017 (a year only)"],
        note="a regional union of associations relaying a metropolis's prize",
    )
    p(
        "r4f-nantes-pleine-sante-saison-3",
        "https://entreprises.nantesmetropole.fr/actualites/nantes-en-pleine-sante-une-troisieme-saison-pour-experimenter-la-sante-globale/",
        "Nantes en pleine santé : une troisième saison pour expérimenter la santé globale\n\nMétropole nantaise\n\n"
        "Nantes Métropole lance la saison 3 de son appel à expérimenter Nantes en pleine santé. Objectif : tester des solutions innovantes favorisant le bien-être "
        "physique, mental et social. Les candidatures sont ouvertes jusqu\u2019au 9 janvier 2026.\n\n[...]\n"
        "Le ou la porteuse de projet recevant la subvention pour le compte du collectif doit avoir une existence juridique, a minima, à la date de dépôt de dossier.",
        [d("2026-01-09")],
        note="a metropolis's call to experiment: 'ouvertes jusqu\u2019au' closes the candidatures",
    )
    p(
        "r4f-macsf-sessions-2019",
        "https://apmsl.fr/actualites/appels-a-projets-de-fondation-macsf",
        "La Fondation MACSF Le sou médical propose deux sessions d'appels à projets auxquelles peuvent participer les équipes de soins primaires (ESP), "
        "notamment les Maisons de santé pluriprofessionnelles.\n[...]\nCalendrier pour les appels à projets 2019\n\n"
        "Les candidatures pour la session de printemps sont ouvertes entre le 1er février 2019 et le 31 mars 2019 minuit (réponse aux porteurs de projet "
        "à partir de mi-juin 2019, quelle que soit la décision du conseil d\u2019administration).\n\n"
        "Les candidatures pour la session d\u2019automne seront ouvertes entre le 1er septembre 2019 et le 31 octobre 2019 minuit (réponse aux porteurs de projet "
        "à partir de mi-décembre 2019, quelle que soit la décision du conseil d\u2019administration).",
        [d("2019-03-31", "23:59"), d("2019-10-31", "23:59")],
        opens="?",
        distractors=["à partir de mi-juin 2019, à partir de mi-décembre 2019 (answers, vague)"],
        note="a regional primary-care federation relaying a foundation's two sessions; each window gives a deadline, and the two openings "
        "(1 February, 1 September) do not fit the single opening field, so it is not scored",
    )
    p(
        "r4f-firah-general-call-2024",
        "https://firah.org/en/general-call-for-projects-2024.html",
        "General Call for projects 2024\n\n[...] Project leaders may be from any country in the world.\n\nCalendar\n\n"
        "Call for Projects will be placed online: 4 january 2024\n"
        "Closing date for the submission of Letters of Intent: Midnight (Paris time), 25 march 2024 included\n"
        "Announcement to project leaders of pre-selected and unselected Letters of Intent: 28 june 2024\n"
        "Closing date for the submission of completed dossiers: Midnight (Paris time), 23 september 2024 included\n"
        "Announcement to project leaders of the selected and unselected dossiers: 16 december 2024",
        [d("2024-03-25", "23:59", kind="letter_of_intent"), d("2024-09-23", "23:59")],
        opens="2024-01-04",
        distractors=["28 june 2024, 16 december 2024 (announcements of results)"],
        note="a French foundation's English calendar with lower-case months; the time ('Midnight') comes before the day; 'placed online' is the call's opening",
    )
    p(
        "r4f-phono-fondation-conseil-dates-2025",
        "https://stiftungphonoproduzierende.ch/fr/demandes",
        "Demandes\n\nToute personne physique ou institution résidant en Suisse peut déposer une demande de soutien à un projet. [...]\n\n"
        "Les dossiers incomplets ne sont pas traités.\n\n"
        "Le conseil de fondation se décide sur les demandes reçues aux dates suivantes:\n\n"
        "Jeudi, 13.02.2025\n\nJeudi, 10.04.2025\n\nJeudi, 05.06.2025\n\nJeudi, 28.08.2025\n\nJeudi, 13.11.2025\n\n"
        ". Les demandes doivent être reçu au plus tard un mois avant la réunion du Conseil de la Fondation pour pouvoir être étudiées.",
        distractors=[
            "13.02.2025, 10.04.2025, 05.06.2025, 28.08.2025, 13.11.2025 (the board's meetings)"
        ],
        note="a Swiss foundation (music, not research): 'aux dates suivantes' is a deadline cue in the rules, but here the council decides on those days "
        "and requests are due a month before, a day never written; labelled by what a subscriber needs: no deadline",
    )
    p(
        "r4f-patrima-aap-2015",
        "http://docplayer.fr/12277432-Appel-a-projets-2015.html",
        "Appel à projets 2015 Règlement Date de lancement de l appel : Lundi 16 février 2015 Date de clôture de l appel : lundi 20 avril 2015 à 13 h précises "
        "Adresse d envoi des dossiers: Envoi électronique à sciences.patrimoine.aap@gmail.com [...] "
        "I - Présentation et objet de l appel Le LabEx PATRIMA, dont la gestion est assurée par la Fondation des sciences du patrimoine, lance son cinquième appel à projets (AAP 2015).",
        [d("2015-04-20", "13:00")],
        opens="2015-02-16",
        note="a foundation's research call flattened by a document-sharing site; apostrophes lost ('l appel'); '13 h précises' carries the time",
    )
    p(
        "r4f-colloque-educ-corse-2017",
        "https://colloque-educ-2017.universita.corsica/article.php?id_art=740&id_rub=346&id_site=19",
        "Calendrier des propositions de communication\n"
        "Toutes les propositions de communications seront soumises au comité scientifique, en ligne, sur le site du colloque et évaluées par au moins deux de ses membres. "
        "Un avis d\u2019acceptation ou de refus sera envoyé à tous ceux et celles qui ont soumis une proposition de communication selon le calendrier suivant :\n"
        "\u00b7 31 mars 2017 : date limite d\u2019envoi des propositions de contribution (communications / symposiums) et appel aux inscriptions avec site fonctionnel : colloque-educ-2017.universita.corsica\n"
        "\u00b7 mi-avril 2017 : notification des avis d\u2019acceptation des contributions + appel aux inscriptions\n"
        "\u00b7 fin mai 2017 : diffusion du programme et nouvel appel à inscription\n"
        "\u00b7 1er octobre 2017 : date limite de réception des droits d\u2019inscription\n"
        "\u00b7 12-14 octobre 2017 : tenue du colloque",
        [d("2017-03-31"), d("2017-10-01", kind="other")],
        distractors=[
            "mi-avril 2017, fin mai 2017 (notifications, programme; vague)",
            "12-14 octobre 2017 (the colloquium)",
        ],
        note="a colloquium's calendar list; paying the registration fee is not a candidature, kind other",
    )
    p(
        "r4f-ala-edilic-new-deadline-2006",
        "http://ala-edilic.univ-lemans.fr/pala_app.php?lang=en",
        "Call for Proposals\n\nThe new deadline to submit a proposal is February 15th.\n\n\n"
        "\u2022 Online proposal submissions (rubric \u201csubmission\u201d on the web site): From Mid-November 2005 to February 15th 2006.\n\n"
        "\u2022 Proposal Reviews by the Scientific Council: Beginning of February 2006\n\n"
        "\u2022 Accepted Proposals Announcement: End of February 2006",
        [d("2006-02-15")],
        distractors=[
            "February 15th (the same day without a year, undated page)",
            "Mid-November 2005 (the window's start, vague: no opening)",
            "Beginning of February 2006, End of February 2006 (reviews and announcement, vague)",
        ],
        note="a conference's English call: a postponed deadline whose old day is not written; the window's vague start gives no opening",
    )
    p(
        "r4f-pcn-erc-infodays-2016",
        "https://vdocument.in/amp/infodays-2016-point-de-contact-national-3-appels-erc-2016-calendrier-des-valuations.html",
        "1. Appels ERC 2016\n\nStarting Grants\n\n(2-7 ans après PhD)\n\nMax. 1,5 M\u20ac sur 5 ans\n\nDeadline: 17 novembre 2015\n\nBudget: 485 M\u20ac (335 bourses)\n\n"
        "Consolidator Grants\n\n(7-12 ans après PhD)\n\nMax. 2 M\u20ac sur 5 ans\n\nDeadline: 2 février 2016\n\nBudget: 605 M\u20ac (335)\n\n"
        "Advanced Grants\n\nTrack-record 10 ans\n\nMax. 2,5M\u20ac sur 5 ans\n\nDeadline: 1 septembre 2016\n\nBudget: 540 M\u20ac (235)\n\n"
        "Proof of Concept\n\nAide à la valorisation d\u2019idées émanant d\u2019un projet ERC\n\n150k\u20ac réservés aux lauréats ERC\n\n"
        "3 Deadlines: 16 février 2016 \u2013 26 mai 2016 \u2013 4 octobre 2016",
        [
            d("2015-11-17"),
            d("2016-02-02"),
            d("2016-09-01"),
            d("2016-02-16"),
            d("2016-05-26"),
            d("2016-10-04"),
        ],
        note="the national contact point's slides on European grants, in French with English labels; the last line lists three cut-off days "
        "joined by dashes, which the rules would read as a window, but '3 Deadlines:' says each is a deadline",
    )
    p(
        "r4f-egis-foundation-two-phases",
        "https://www.egis-group.com/egis-foundation/foundation-application",
        "Initially, the project leaders must check that they meet the eligibility criteria announced. They will have to submit their application to the call "
        "for projects, between 23 May and 20 June, using the attached form (20 compulsory questions including 5 open questions).\n"
        "Applications will be examined and eligible candidates will be invited to propose their project during the 2nd application phase, between 4 July and 6 September. "
        "The submitted projects will be reviewed by a selection committee and if confirmed, invited to an interview with the Foundation's team in October 2022.\n"
        "The final decision will be taken by the Foundation's Board of Directors, which will meet between 10 and 31 October 2022.",
        distractors=[
            "between 23 May and 20 June (first phase, no year on an undated page)",
            "between 4 July and 6 September (second phase, no year)",
            "in October 2022 (interviews, month only)",
            "between 10 and 31 October 2022 (the board's meeting)",
        ],
        note="a company foundation's English page: both application windows lack a year and so does the page; only the later board meeting has one. "
        "Nothing by the rules, though a reader would place both phases in 2022",
    )
    p(
        "r4f-curie-m2-fellowships-2024",
        "https://training.institut-curie.org/article/physicians-pharmacists-other-healthcare-professionals-completing-masters-degree-institut",
        "To apply for M2 funding for MDs, PharmDs & other Health Professionals\n\n"
        "Candidates should contact one of Institut Curie's research teams to develop a project proposal. The project has to be carried out at Institut Curie.\n\n"
        "Upon selection by the future supervisor, candidates will submit their application online until May 31st, 2024\n\n"
        "Four M2 fellowships will be offered in 2024-2025:\n[...]\n"
        "The call for application is open until 31 May 2024.\n\nThe application platform is HERE",
        [d("2024-05-31")],
        distractors=["2024-2025 (the academic year, not a date)"],
        note="a cancer foundation's M2 fellowships for physicians, in English; the same day in two spellings",
    )
    p(
        "r4f-curie-eureca-extended-2021",
        "https://training.institut-curie.org/eureca",
        "Doing a PhD at Institut Curie\n\nEuReCa International PhD Program\n\nInstitut Curie's COFUND program\n\n"
        ">> EXTENDED DEADLINE: January 28, 2021 - 4pm CET <<\n\n"
        "The second call for applications is now closed.\n\nNext call will open in Fall 2021.",
        [d("2021-01-28", "16:00")],
        distractors=["Fall 2021 (the next call, a season)"],
        note="a European co-funded PhD programme of a foundation: an extended deadline shown as a banner, with its time after a dash",
    )
    p(
        "r4f-sidaction-associations-2017",
        "https://studylibfr.com/doc/5979721/l-appel-d-offres-g%C3%A9n%C3%A9raliste",
        "Sidaction \u2013 Programmes France\n[...]\nAppel d\u2019offres généraliste\nJuillet 2017 \u2013 juin 2018 (n° 33)\n"
        "Destiné aux associations de France métropolitaine, DROM et COM\nDate unique de clôture : 28 février 2017\n"
        "Procédure de demande de financement\n[...]\nLa date limite de réponse à l\u2019appel d\u2019offres est le 28 février 2017.\n"
        "[...] En mai 2017, le CAS se réunira pour délibérer sur les demandes de financement, à partir des instructions réalisées par ses membres. "
        "Le Comité associatif formulera des propositions de financement qui seront soumises au Conseil d\u2019administration de Sidaction, qui se prononcera "
        "sur ces propositions au mois de juin 2017.",
        [d("2017-02-28")],
        distractors=[
            "Juillet 2017 \u2013 juin 2018 (the funded period, months)",
            "En mai 2017, au mois de juin 2017 (committees, months)",
        ],
        note="a charity's call to associations; 'Date unique de clôture' and a sentence give the same day",
    )
    p(
        "r4f-initiative-5-fermera-2019",
        "https://fr.readkong.com/page/appel-a-propositions-4340829",
        "APPEL A PROPOSITIONS\n\n« MERE, ENFANT, ADOLESCENT.E : DEVELOPPER DES STRATEGIES VISANT A AMELIORER L\u2019INTEGRATION DE LA PREVENTION, DU "
        "DEPISTAGE ET DE LA PRISE EN CHARGE DU VIH, DE LA TUBERCULOSE ET DU PALUDISME AUX SYSTEMES DE SANTE »\n\n"
        "REFERENCE : AP-5PC-2019-03-RO\nCET APPEL FERMERA LE 1er JUILLET 2019 A 12:00 (UTC+1)\n\n"
        "1. INTRODUCTION\n\nL\u2019Initiative 5% est la deuxième modalité de contribution de la France au Fonds mondial de lutte contre le sida, la tuberculose "
        "et le paludisme (FM). [...] En 2019, l\u2019Initiative 5% lance un Appel à propositions (AP) visant à financer des projets spécifiques de recherche opérationnelle.",
        [d("2019-07-01", "12:00")],
        note="a ministry-backed agency's call in capitals: the call's own verb 'fermera le' closes it; the time is kept as written (UTC+1)",
    )
    p(
        "r4f-inca-doc-shs-2021",
        "https://123dok.net/document/zgw25532-appel-%C3%A0-candidatures.html",
        "APPEL À CANDIDATURES 2021\n\nRecherches sur le cancer en Sciences Humaines et Sociales, Épidémiologie, Santé publique\n\nSubventions doctorales\n\n"
        "DATE LIMITE DE SOUMISSION DES CANDIDATURES : 6 avril 2021 - 16h00\n\n"
        "Soumission en ligne du dossier électronique :\n\nhttps://www.e-cancer.fr/Institut-national-du-cancer/Appels-a-projets/Appels-a-projets-en- cours/doc-2021\n\n"
        "[...] Pour la onzième année consécutive, l\u2019INCa publie un appel à candidatures dédié à de futurs doctorants désireux de men[er]",
        [d("2021-04-06", "16:00")],
        note="a national agency's doctoral grants, call document on a sharing site; the time after a dash",
    )
    p(
        "r4f-ottomalm-stipends-2019",
        "http://en.ottomalm.fi.kotisivukone.com/andamal-och-allmanna-direktiv",
        "General instructions for 2019\n\nIn 2019, a total sum of 700 000 euros will be granted for higher education, culture and the common good. "
        "The average size of a stipend is around 3000 euros. Scientific research will not be funded this year.\n\n"
        "The application period begins on April 1st and ends on April 30th, 2019.\n\n"
        "Applications are made and submitted electronically via this web service. [...] A list of the stipends granted will be published on the "
        "Foundation\u2019s web page on July 2nd, 2019. No advance notice on the funding decisions will be given.",
        [d("2019-04-30")],
        opens="2019-04-01",
        distractors=["July 2nd, 2019 (the list's publication)"],
        note="a Nordic foundation's English page: 'the application period begins on … and ends on …' gives opening and deadline, the start taking the end's year",
    )
    p(
        "r4f-asnom-fssn-appel-2026",
        "https://www.asnom.org/appel-a-projets-2026",
        "APPEL A PROJETS 2026\nArticle mis en ligne le 6 mars 2025\ndernière modification le 7 mars 2025\n\n"
        "Le Fonds Solidarité Santé Navale (FSSN) a été fondé en 2013 par l\u2019Amicale Santé Navale et d\u2019Outre Mer (ASNOM) pour soutenir des actions "
        "ciblées de solidarité dans le champ de la santé. [...]\n\n"
        "Objectifs :\n\u2022 Accompagner en 2026 des acteurs, agissant dans un cadre associatif ou institutionnel, pour la mise en \u0153uvre de projets "
        "structurants et durables en santé dans des pays en développement ou émergents [...]\n\n"
        "APPEL A PROJETS pour 2026\n\nDate limite de dépôt des dossiers : 20 septembre 2025\n\n"
        "Dossier à adresser :\n\nPar mail de préférence : solidaritesantenavale@gmail.com",
        [d("2025-09-20")],
        page_date="2025-03-06",
        distractors=[
            "6 mars 2025 (put online)",
            "7 mars 2025 (last modified)",
            "en 2013, en 2026 (years only)",
        ],
        note="an alumni association's endowment fund; the call is named for the year it funds (2026) and closes the year before",
    )
