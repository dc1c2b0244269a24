"""Round 5 of the real passages (schools): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r5s-univ-tln-ed509-calendrier-2022",
        "https://ed509.univ-tln.fr/Inscription-et-reinscription-en-these.html",
        "L’inscription doit être renouvelée en début de chaque année universitaire.\n\n"
        "Les inscriptions et réinscriptions en thèse suivent un calendrier arrêté par le président de l’université. "
        "Pour l’année universitaire 2022-2023, le calendrier est le suivant (arrêté n°22-479) :\n\n"
        "I. Première inscription en doctorat\n\n"
        "15 juin 2022 Ouverture de la plateforme Ecandidat",
        opens="2022-06-15",
        note="a doctoral school's calendar line: the date heads its line and 'Ouverture de la plateforme' after it gives the opening; "
        "the quoted part ends before the closing line",
    )
    p(
        "r5s-poitiers-college-ed-inscription",
        "http://college.ed.univ-poitiers.fr/these-de-doctorat/inscription-reinscription/",
        "L’inscription au doctorat est prononcée par le chef d’établissement sur proposition du directeur de l’école doctorale après avis du directeur de thèse "
        "et du directeur de l’unité de recherche. Elle vaut admission aux formations dispensées par l’école doctorale.\n\n"
        "Les doctorants contractuels primo-entrants sont soumis à une inscription qui doit être effectuée, si possible, avant le15 septembre de leur entrée "
        "en thèse de doctorat (pour un contrat doctoral effectif au 1er octobre).\n\n"
        "Les doctorants primo-entrants ayant un autre type de financement (par ex, MAE, gouvernement étranger, CIFRE,…) s’inscrivent au fil de l’eau "
        "de septembre à fin mai de l’année universitaire.",
        distractors=[
            "15 septembre (an administrative enrolment, no year, undated page)",
            "1er octobre (the contract's start)",
            "fin mai (vague)",
        ],
        note="a doctoral college's standing page: with a page date the 15 September would be an 'other' enrolment step, written as 'si possible'",
    )
    p(
        "r5s-paris-saclay-soutenance-avant-31-decembre",
        "https://www.universite-paris-saclay.fr/fr/pieces-a-fournir-pour-une-inscription-en-4eme-de-doctorat-et-au-dela-avec-une-soutenance-avant-le-31",
        "Si vous soutenez votre thèse de doctorat entre le 1er septembre et le 31 décembre, vous bénéficiez d'une prolongation de l'inscription universitaire "
        "précédente jusqu'à la date de la soutenance sous réserve qu'elle intervienne avant la fin de l'année civile. "
        "Pour bénéficier de cette disposition, merci de fournir votre manuscrit de thèse dans son état de rédaction actuel afin que l'école doctorale puisse "
        "évaluer la faisabilité d'une soutenance avant le 31 décembre de l'année civile.",
        distractors=[
            "entre le 1er septembre et le 31 décembre (a defence window, no year)",
            "avant le 31 décembre (the defence, not a sending; no year, undated page)",
        ],
        note="no deadline: the dates frame when the defence takes place; the manuscript has no date of its own",
    )
    p(
        "r5s-erasme-p13-inscription",
        "https://erasme.univ-paris13.fr/inscription",
        "Calendrier des inscriptions et réinscriptions 2024/2025\nConstitution du dossier\n"
        "Aucun titre ne donne automatiquement le droit de s’inscrire en doctorat. Pour préparer une thèse, le ou la candidat.e doit d’abord solliciter "
        "un.e enseignant.e habilité.e .à diriger des recherches qui en assurera la direction dans un laboratoire, ou centre de recherche, de l’université. "
        "Ensuite le.la candidat.e doit constituer un dossier en utilisant une plateforme numérique.",
        note="no date: a doctoral school names its calendar (a link) but quotes no day",
    )
    p(
        "r5s-unicaen-inscription-1re-annee",
        "https://www.unicaen.fr/recherche/etudes-doctorales/faire-une-these/sinscrire-en-doctorat/doctorat-en-formation-initiale/modalites-dinscription-en-1re-annee-de-doctorat/cas-1-vous-etes-titulaire-du-diplome-requis/",
        "1. Constituer votre dossier de candidature\n"
        "- Télécharger, enregistrer et renseigner le formulaire de demande d’autorisation d’inscription en 1ère année de doctorat 2022 2023 (à venir)\n"
        "- L’imprimer et le signer ;\n"
        "- Déposer le dossier de candidature avec les pièces demandées au secrétariat de l’école doctorale · ED pour vérification et signatures. "
        "Un accusé de réception, indiquant si le dossier est complet ou non, vous est délivré.",
        note="no date: 2022 2023 is the academic year of the form",
    )
    p(
        "r5s-ulorraine-inscription-annee-these-2023",
        "https://medecine.univ-lorraine.fr/fr/formations-initiales/theses/fr",
        "CONDITIONS À REMPLIR POUR SOUTENIR LA THÈSE DE DOCTEUR EN MÉDECINE\n"
        "INSCRIPTION EN ANNÉE DE THÈSE\n"
        "L'inscription en année de thèse est valable pour une année universitaire.\n"
        "Les inscriptions dans le 3e cycle des études médicales pour l'année universitaire 2023/2024 débuteront à partir du 25 septembre 2023",
        opens="?",
        distractors=["25 septembre 2023 (administrative enrolment starts)"],
        note="a faculty's thesis office: the start of an administrative enrolment, not of a candidature. The rules' openings are about applying "
        "and 'inscriptions' is not among the call's own subjects, so the opening is not scored",
    )
    p(
        "r5s-diu-ma2-reglement-selection",
        "http://diu-ma2.fr/reglement-des-etudes/",
        "Sélection des candidats à l’inscription\n"
        "Les candidatures au DIU devront être soumises au responsable universitaire, sous la forme d’une lettre de motivation, d’un CV et éventuellement "
        "d’une lettre de recommandation d’un membre de l’équipe (centre ou consultation mémoire) que le candidat aspire à rejoindre ou dans laquelle il travaille déjà, "
        "si cette équipe diffère de celle du responsable universitaire.\n\n"
        "Si la somme des candidats dépasse le nombre total de 40, un interclassement sera réalisé par l’ensemble de l’équipe pédagogique lors de l’assemblée générale annuelle. "
        "Les candidats non retenus mais acceptés sur le principe seront invités à se présenter l’année suivante et seront prioritaires.",
        note="no date: an inter-university diploma's rules of selection",
    )
    p(
        "r5s-assocbs2-master-biologie-sante",
        "https://assocbs2.org/master-biologie-sante/demarches-administratives/",
        "Les étudiants souhaitant intégrer un cursus Master doivent obligatoirement faire acte de candidature.\n\n"
        "Candidature (e-candidat) : ouverture début avril et fermeture début juillet\n\n"
        "NB : Documents à préparer à l’avance : relevés de notes de la licence et du M1, C.V, lettre de motivation.\n\n"
        "Inscription administrative (Apoweb) : ouverture en juillet et en septembre",
        distractors=[
            "début avril (opening, vague)",
            "début juillet (closing, vague)",
            "juillet, septembre (administrative enrolment, months)",
        ],
        note="a student association's guide: only vague months, so no deadline and no opening",
    )
    p(
        "r5s-ujm-master-sv-admission",
        "https://master-sv.univ-st-etienne.fr/fr/candidater/la-procedure-d-admission.html",
        "Le dossier d’admission est entièrement dématérialisé grâce à l’application eCandidat pour les parcours Écologie et Éthologie, et Écologie Chimique. "
        "Vous devez constituer soigneusement votre dossier et le soumettre, complet, en ligne sur l’application, avec un dossier par parcours.\n\n"
        "Il n'y a pas d'oral ou d'entretien. Les commissions d’admission des parcours Écologie et Éthologie, et Écologie Chimique sont indépendantes. "
        "Elles se réunissent en juin et classent les dossiers",
        distractors=["en juin (admission committees, a month)"],
        note="no deadline: a master's admission page names only the committees' month",
    )
    p(
        "r5s-uca-how-apply-thesis-topic",
        "https://univ-cotedazur.eu/phd-programs/writing-a-thesis/how-do-i-apply-for-a-thesis-topic",
        "Inscription en 1ère année\n\n"
        "Avant de pouvoir s'inscrire, il est nécessaire de poser un dossier de candidature à un doctorat dans l'école doctorale de son choix.\n\n"
        "Pour connaitre les modalités du dépôt de dossier, consultez la page des écoles doctorales.\n\n"
        "Quand vous avez reçu l'accord de l'école doctorale pour votre admission en première année de thèse, vous devez vous inscrire administrativement "
        "auprès du service de scolarité que vous aura indiqué l'école doctorale dont vous dépendez.",
        note="no date: a university's doctoral portal sends to each school's page",
    )
    p(
        "r5s-social-sante-internat-pharmaciens-etrangers-2003",
        "http://social-sante.gouv.fr/fichiers/bo/2003/03-18/a0181316.htm",
        "Par arrêté du ministre de la santé, de la famille et des personnes handicapées en date du 29 avril 2003, le concours donnant accès au troisième cycle "
        "des études pharmaceutiques mentionné par le décret n° 91-305 du 20 mars 1991 modifié est organisé au titre de l'année universitaire 2003-2004 selon les modalités suivantes :\n"
        "Période d'inscription : du 12 mai au 5 juin 2003 à 17 heures (le cachet de la poste faisant foi). "
        "Les dossiers incomplets ou adressés après la date de clôture des inscriptions ne seront pas retenus.\n"
        "Dates et lieux des épreuves :\n"
        "Concours pour la zone nord : les 10 et 11 septembre 2003 à l'espace Jean-Monnet, à Rungis (94) ;\n"
        "Concours pour la zone sud : les 17 et 18 septembre 2003 à l'espace Jean-Monnet, à Rungis (94).",
        [d("2003-06-05", "17:00")],
        opens="2003-05-12",
        page_date=None,
        distractors=[
            "29 avril 2003 (the decree's date)",
            "20 mars 1991 (a decree)",
            "10 et 11 septembre 2003, 17 et 18 septembre 2003 (exams)",
        ],
        note="the internat in pharmacy for foreign pharmacists: registering for the competition is the candidature, so the window's end is an application deadline",
    )
    p(
        "r5s-paris8-edesta-fabrique-des-theses",
        "https://edesta.univ-paris8.fr/la-fabrique-des-theses-1572",
        "Chaque séance reviendra sur deux ou trois travaux soumis par différents doctorants, pour en effectuer collaborativement une analyse critique et constructive.\n"
        "Les travaux discutés pourront être une présentation de la thèse, un article, une partie de thèse accompagnée du plan général et n’excédant pas 15 pages, "
        "voire un travail artistique présenté par un texte de moins de 10\npages. "
        "Les volontaires devront envoyer leur candidature d’ici le 30 novembre en s’engageant à remettre le travail à analyser au moins trois semaines avant la date du séminaire. "
        "Au total 10 à 12 propositions seront retenues et dis-\ncutées collectivement.",
        distractors=["30 novembre (a candidature's deadline with no year, on an undated page)"],
        note="a doctoral school's workshop: 'd'ici le' is a deadline cue, but the page shows no date, so the year-less day is unresolvable; "
        "the second step is relative ('trois semaines avant')",
    )
    p(
        "r5s-icidoc-seminaire-2021",
        "https://icidoc.hypotheses.org/",
        "Appel à contribution – Séminaire 2021-2022 – “Mémoire(s) et oubli(s)”\n\n"
        "ICI Doc’\n\nAssociation des doctorants de l’ED Humanités Nouvelles- Fernand Braudel (HNFB)\n\n"
        "Le séminaire aura lieu le dernier lundi de chaque mois, alternativement à Metz et à Nancy. La première séance du séminaire est prévue le 25 octobre 2021.",
        distractors=["25 octobre 2021 (the seminar's first session)"],
        note="a doctoral students' association's call for contributions: the quoted part names only the first session, an event",
    )
    p(
        "r5s-onisep-contrats-doctoraux-handicap",
        "http://m.onisep.fr/Formation-et-handicap/Les-parcours-de-scolarite/Niveau-d-etudes/Etudes-superieures-et-handicap/Des-contrats-doctoraux-pour-etudiants-en-situation-de-handicap",
        "Seul critère de sélection, la qualité du dossier. Toutes les filières et toutes les spécialités sont concernées. "
        "Un comité composé de conseillers scientifiques placés auprès de la DGESIP (direction générale de l'enseignement supérieur et de l'insertion professionnelle) sera chargé d'examiner les dossiers.\n"
        "Les établissements dont les dossiers auront été retenus seront informés au plus tard en mai et le recrutement des lauréats aura lieu en septembre.\n"
        "Dossier de candidature Les dossiers de candidatures sont à déposer entre le mois de mars et avril, au format PDF, sur la plateforme web des écoles doctorales",
        distractors=[
            "au plus tard en mai (results, a month)",
            "en septembre (recruitment)",
            "entre le mois de mars et avril (sending window in months: vague)",
        ],
        note="no deadline: only months",
    )
    p(
        "r5s-ut2j-tesc-contrats-handicap-2012",
        "https://blogs.univ-tlse2.fr/tesc-doctorants/2012/03/19/lancement-de-la-campagne-2012-des-contrats-doctoraux-handicap",
        "Comme l’an passé un comité de sélection ad hoc, ouvert à toutes les disciplines de recherche, sera constitué, regroupant personnalités du monde de l’enseignement supérieur "
        "et de la recherche et personnalités du monde du handicap.\n"
        "Les établissements dont les dossiers auront été retenus en seront informés au plus tard début juillet. Ils procèderont au recrutement des lauréats en septembre. "
        "Un suivi régulier d’évaluation sera mis en place.",
        distractors=["au plus tard début juillet (results, vague)", "en septembre (recruitment)"],
        note="a doctoral students' blog relays the campaign; the url's date is not shown as a page date, and no day is given",
    )
    p(
        "r5s-ulorraine-factuel-contrats-handicap-2022",
        "https://factuel.univ-lorraine.fr/node/20798",
        "Des contrats doctoraux pour des candidats en doctorat en situation de handicap\n\n"
        "Publié le 1/09/2022 - Mis à jour le 4/01/2023\n\n"
        "L’Université de Lorraine a décidé en 2021 de compléter sa politique inclusive par rapport aux personnes en situation de handicap en offrant, en doctorat, "
        "deux supports de contrat doctoral proposés spécifiquement à ce public.\n\n"
        "Les candidats potentiels actuellement en M2 à l’Université de Lorraine ont pu suivre, mi-mars, une visioconférence présentant cette campagne organisée conjointement "
        "par la Mission Handicap et la Maison du Doctorat.",
        page_date="2023-01-04",
        distractors=[
            "1/09/2022 (publication stamp)",
            "4/01/2023 (update stamp)",
            "mi-mars (a past information session, vague)",
        ],
        note="a university's news on a finished campaign: no date to act on",
    )
    p(
        "r5s-ubl-bourses-mobilite-doctorants-2019",
        "https://u-bretagneloire.fr/des-bourses-pour-la-mobilite-des-doctorant-es",
        "Appel à mobilité doctorale\n\n"
        "L’Ecole des Docteurs de l’Université Bretagne Loire met en place un programme de bourses de mobilité sortante, financé par le Conseil régional de Bretagne, "
        "pour les doctorant-es inscrit-es dans un établissement breton qui souhaitent réaliser un séjour de recherche en Europe ou à l’international. "
        "Le dossier de candidature est à retourner complété à son Ecole doctorale avant le 25 mars 2019. Les candidat-es retenu-es seront informé-es mi-avril 2019.",
        [d("2019-03-25")],
        distractors=["mi-avril 2019 (results, vague)"],
        note="a doctoral college's mobility grants: one deadline, the results only by month",
    )
    p(
        "r5s-ed509-aide-mobilite-2023",
        "https://ed509.univ-tln.fr/?p=247",
        "- Procédure d’aide à la mobilité ED 509\n"
        "Délibération CA-2023-87 relative à l’approbation des conditions d’attribution des bourses et/ou aides à la mobilité au bénéfice des doctorants. "
        "Séance plénière du 5 octobre 2023 (voir délibération en bas de page).\n"
        "Les candidatures seront examinées par le conseil de l’ED 509.\n"
        "Chaque formulaire (voir en bas de page) et les pièces à joindre notées sur la dernière page du formulaire sont à transmettre à ed509@univ-tln.fr "
        "au mois 2 semaines avant la date du Conseil (copie valerie.joachin@univ-tln.fr).",
        distractors=["5 octobre 2023 (a board's session that adopted the rules)"],
        note="no deadline: the sending is relative to each council's date",
    )
    p(
        "r5s-larsg-prix-fas-2022",
        "https://www.larsg.fr/larecherche/bourses/",
        "Prix FAS 2022 de la recherche académique sur l’Actionnariat salarié Le Conseil scientifique de la FAS (Fédération Française des Associations d’Actionnaires salariés "
        "et Anciens salariés) attribuera le 8 novembre 2022 le Prix FAS de la recherche académique sur l’Actionnariat salarié.\n\n"
        "Doté d’un montant de 3000 euros en 2022, ce prix est destiné à récompenser annuellement des travaux de recherche académique approfondie (thèses de doctorat, ouvrages, "
        "articles de revues scientifiques, études de cas pédagogiques) sur les aspects juridiques (tous travaux juridiques relatifs à la France devront avoir pris en compte "
        "les réformes introduites par la « Loi PACTE » du 22 mai 2019), économiques, sociologiques et de gestion de l’actionnariat salarié dans les entreprises, publiés à partir de 2020.\n\n"
        "Les personnes intéressées sont invitées à faire parvenir une fiche décrivant sur une à deux pages l’objet de leurs travaux à Philippe BERNHEIM, "
        "Vice-président du Conseil scientifique de la FAS*, avant le 11 octobre 2022.\n\n"
        "À l’issue d’une présélection, il sera demandé aux candidats retenus de fournir un exemplaire de leur ouvrage sous format pdf ainsi qu’un curriculum vitae. "
        "Le Conseil scientifique de la FAS décidera de l’attribution du prix lors de sa réunion du 8 novembre 2022.",
        [d("2022-10-11")],
        distractors=[
            "8 novembre 2022 (the award, twice)",
            "22 mai 2019 (a law's date)",
            "à partir de 2020 (a condition on the works, a year)",
        ],
        note="a university management lab relays a thesis prize: the first step (a one-page description) is the candidature, the later request comes only after a preselection",
    )
    p(
        "r5s-lyon3-edseg-doctoral-contract-2014",
        "https://edseg.univ-lyon3.fr/eng/Financement/2750-Doctoral-contract",
        "Doctoral contract\n\nModified : décembre 11, 2017 at 15:12\n\n"
        "Procedure and 2014 calendar:\n\n"
        "1. March 17 th, 2014 to  May 16th, 2014: Applicant registration online via this site (This registration is compulsory in order to apply for the doctoral contract campaign) - Go to the on line application file\n"
        "2. End of May 2014: Applications send to registered applicants (by post)\n"
        "3. July 4th ,2014, 4pm (GMT+1): Deadline for completed applications (if Masters research paper validated and degree awarded) or incomplete (if the research paper has not yet been validated). "
        "Applications must be postmarked on or before this date.\n"
        "4. September 2nd, 2014, 12pm (GMT+1): Deadline for supporting documentation for applications.\n"
        "5. Week of September 8th 2014: Graduate School selection committee holds pre-selection and auditions.",
        [
            d("2014-05-16", kind="letter_of_intent"),
            d("2014-07-04", "16:00"),
            d("2014-09-02", "12:00"),
        ],
        opens="2014-03-17",
        page_date="2017-12-11",
        distractors=[
            "décembre 11, 2017 (update stamp)",
            "End of May 2014 (the school sends the forms, vague)",
            "Week of September 8th 2014 (auditions, a week)",
        ],
        note="a doctoral school's English calendar: the compulsory online registration is a first stage (kind letter_of_intent), its window gives the opening; "
        "the supporting documents complete the candidature (application). Times are kept as written; '(GMT+1)' in July would be 17:00 and 13:00 in Paris time, "
        "but the school plainly means French time",
    )
    p(
        "r5s-ubfc-hdr-inscription-calendrier",
        "https://cp.ubfc.fr/hdr/inscription",
        "Inscription HDR\nLa procédure complète est à consulter ici.\n"
        "- Le candidat demande l’autorisation de s’inscrire\n"
        "Le candidat constitue son dossier et le dépose à l’école doctorale (ED). Sa demande est examinée par le président d’UBFC, qui statue sur avis du Conseil Académique "
        "restreint aux membres titulaires de l’HDR et du directeur de l’ED concernée.\n"
        "Attention :\n"
        "- Le candidat doit consulter le calendrier des réunions du Conseil Académique restreint et s’informer auprès du secrétariat de l’ED pour connaître les délais dans lesquels il doit déposer son dossier.\n"
        "Le calendrier 2023 / 2024 est le suivant :\n"
        "- 20 septembre 2023\n- 18 octobre 2023\n- 13 décembre 2023\n- 14 février 2024\n- 10 avril 2024\n- 19 juin 2024.",
        distractors=[
            "20 septembre 2023, 18 octobre 2023, 13 décembre 2023, 14 février 2024, 10 avril 2024, 19 juin 2024 (meetings of the academic council)",
        ],
        note="no deadline: the list is the council's meetings; the file is due some time before each, at a delay the page does not give",
    )
    p(
        "r5s-djazairess-chef-service-hu-prolongation",
        "https://djazairess.com/fr/liberte/216946",
        "Attendu depuis dix longues années, le concours sur titre et travaux en vue de la nomination au poste supérieur de chef de service hospitalo-universitaire se déroulera prochainement. "
        "Les inscriptions des postulants aux postes \"cédés\" enfin par les professeurs, qui s'y étaient collés des années durant, ont été prolongées jusqu'au 13 mars. "
        "Il a fallu que le Premier ministre ponde une instruction portant mise à la retraite de tous ceux ayant atteint les 70 ans au 31 octobre 2013 pour que la relève arrive enfin. "
        "Un nouvel arrêté interministériel portant ouverture de ce concours a été signé par les deux départements concernés, à savoir l'Enseignement supérieur et la Santé. "
        "Selon une instruction adressée aux doyens des facultés de médecine, le nouvel arrêté complète et modifie celui du 26 décembre 2013.",
        distractors=[
            "13 mars (an extended registration deadline, no year, undated page)",
            "31 octobre 2013 (an age condition)",
            "26 décembre 2013 (a decree's date)",
        ],
        note="press relays an Algerian hospital-university competition: 'prolongées jusqu'au' is a deadline cue, but the article shows no date, so the year-less day "
        "gives nothing even though 2013 appears elsewhere (a reader would take 13 March 2014)",
    )
    p(
        "r5s-quotidien-rhumato-enquete-congres-internes",
        "https://rhumatologie.lequotidiendumedecin.fr/actus-medicales/recherche-science/financement-des-congres-des-jeunes-medecins-les-internes-veulent-en-savoir-plus",
        "Combien d'internes participent aux congrès médicaux ? Quelles sommes investissent-ils ? Quelles sont les sources de financement pour leurs inscriptions ? "
        "Un groupe de travail, composé de quatre internes, a décidé d'explorer ces questions. Ils ont lancé un questionnaire en ligne* pour mieux cerner la démarche des jeunes "
        "et les modalités d'accès aux congrès de spécialités.\n"
        "Cet appel est ouvert à tous les chefs de clinique, assistants et internes de toutes les spécialités. "
        "« Ces données nous permettront de discuter avec les sociétés savantes et de promouvoir des bourses de financement pour les congrès », notent les auteurs. "
        "Plus de 1 000 jeunes ont déjà répondu à l'appel. Les résultats sont attendus fin novembre et feront l'objet d'une publication scientifique.",
        distractors=["fin novembre (results, vague)"],
        note="press on an interns' survey: an 'appel' to answer a questionnaire, no date to act on",
    )
    p(
        "r5s-aphp-drci-doctorat-paramedical-2026",
        "https://recherche-innovation.aphp.fr/2023/01/05/aap-doctorat-en-recherche-paramedicale-et-maieutique-2023",
        "L’AP-HP lance sa campagne d’appel à candidatures doctorat en recherche paramédicale et maïeutique pour améliorer la prise en charge des patients et la qualité des soins.\n"
        "Transmettez vos dossiers de candidatures jusqu’au 15 mars 2026 inclus\n"
        "Qu’est-ce que la recherche paramédicale et maïeutique?\n"
        "La recherche paramédicale contribue à faire progresser la qualité des soins et la prise en charge des patients par l’amélioration des pratiques.\n"
        "Après une pré-sélection sur dossier, les candidats admissibles sont auditionnés par un jury. Depuis 2010, année de création du dispositif de bourse doctorale, "
        "l’AP-HP a ainsi soutenu 30 doctorants paramédicaux et sages-femmes.",
        [d("2026-03-15")],
        note="a CHU research directorate's yearly doctoral call, on a page whose url keeps an older year: the sending verb and 'jusqu'au' give the deadline",
    )
    p(
        "r5s-uparis-cite-hors-subdivision",
        "https://u-pariscite.fr/medecine/?p=25277",
        "Étudiant inscrit en D.E.S à Université Paris Cité souhaitant faire son stage hors Île-de-France\n"
        "1 – Assurez-vous de respecter le calendrier régional dédié (dans le cas contraire, votre dossier sera refusé) :\n"
        "Transmission à la scolarité 3ème cycle (pour signature du Doyen) : 15 jours minimum avant les dates limite de dépôt sur le site de l’APHP\n"
        "Date limite de dépôt – plateforme APHP\n"
        "31 mai pour le semestre d’hiver (novembre à mai)\n"
        "30 novembre pour le semestre d’été (mai à novembre)\n"
        "Réunion du jury de sélection placé sous la présidence du Président du comité CME des internes pour examen du dossier\n"
        "début juillet pour le semestre d’hiver (novembre à mai)\n"
        "début décembre pour le semestre d’été (mai à novembre)\n"
        "Décision de la CME et notification de la décision\n"
        "courant juillet pour le semestre d’hiver (novembre à mai)\n"
        "courant janvier pour le semestre d’été (mai à novembre)",
        distractors=[
            "31 mai, 30 novembre (standing deadlines with no year, undated page)",
            "début juillet, début décembre (jury, vague)",
            "courant juillet, courant janvier (decisions, vague)",
        ],
        note="a faculty's standing calendar for out-of-region internships: the deadlines recur each year and have no year, so on an undated page they give nothing; "
        "the transmission to the faculty is relative",
    )
    p(
        "r5s-uparis-1h-eid-doctoral-contracts-2026",
        "https://one-health-eid.u-paris.fr/en/call-for-applications-3-year-doctoral-contracts-to-french-or-international-students",
        "The 1H-EID Graduate School awards 3-year doctoral contracts to French or international students. "
        "The call will be open from March 20th, 2026 to April 17th, 2026 at 1:00 PM CET CET, for a contract commencement on September 1st, 2026. "
        "Please note that this call is independent of the doctoral school (ED) competitions.\n\n"
        "The candidate and the thesis director must provide several documents (see Appendix I: required documents). "
        "The documents must be compiled in a single PDF, following the order of the checklist, and sent by e-mail to the address: gradschool.1health-eid@u-paris.fr "
        "before April 17th, 2026 at 1:00 PM CET.\n\n"
        "The preselected candidates will be interviewed by an interdisciplinary jury on June 10th 2026.",
        [d("2026-04-17", "13:00")],
        opens="2026-03-20",
        distractors=["September 1st, 2026 (contract start)", "June 10th 2026 (interviews)"],
        note="a graduate school's English call: the window and the sending sentence give the same day, one deadline. The time is kept as written; "
        "'CET' in April would be 14:00 in Paris summer time, but the school plainly means French time",
    )
    p(
        "r5s-paris-saclay-doctoral-competition-2019",
        "https://www.universite-paris-saclay.fr/en/news/competition-for-the-doctoral-schools-of-universite-paris-saclay",
        "Published on 30 January 2019\n\n"
        "This year, Université Paris-Saclay will welcome 1,000 new doctoral candidates, to initiate doctoral projects in all areas of research from September 2019 onwards.\n\n"
        '250 of these doctoral contracts will be funded by higher education institutions that are members of Université Paris-Saclay from their "ministerial" endowment '
        "and selected through the competitions of the doctoral schools.\n\n"
        "The doctoral college of Université of Paris-Saclay published, on 29 January 2019, the call for applications for these 250 doctoral contracts and their distribution "
        "among the doctoral schools, the goals and terms and conditions of this competition, eligibility and evaluation criteria, common to all the doctoral schools or specific to each doctoral school.",
        page_date="2019-01-30",
        distractors=[
            "30 January 2019 (publication stamp)",
            "September 2019 (projects start, a month)",
            "29 January 2019 (the call was published)",
        ],
        note="no deadline: the news names the call's publication, not its closing",
    )
    p(
        "r5s-ulille-edsmre-prix-prudhomme-2024",
        "https://edsmre.univ-lille.fr/en/translate-to-english-apres-la-these/translate-to-english-prix-de-these",
        "The André Prudhomme Award is destined for young researchers who have defended a doctoral thesis in the field of atmospheric and climate sciences.\n\n"
        "The thesis must have been defended at a French university or doctoral school in 2022 or 2023\n"
        "Applications may be submitted for two consecutive years\n\n"
        "How to apply for the 2024 award :\n\n"
        "• Submit your application before 1 February 2024 on a download platform and send us the link by email\n\n"
        "The final decision about the award will be announced in spring 2024.\n"
        "The winner will be presented with a €1,800 cash prize awarded in early 2025, during a ceremony at the end of which they will be able to present their thesis",
        [d("2024-02-01")],
        distractors=[
            "2022 or 2023 (a condition on the defence, years)",
            "spring 2024 (decision, vague)",
            "early 2025 (ceremony, vague)",
        ],
        note="a doctoral school relays a thesis prize in English",
    )
    p(
        "r5s-uparis-1h-eid-contrats-doctoraux-fr-2026",
        "https://one-health-eid.u-paris.fr/fr/appel-candidatures-contrats-doctoraux-pour-les-etudiantes-et-etudiants-francais-ou-internationaux",
        "La Graduate School 1H-EID attribue sur appel à candidatures des contrats doctoraux d’une durée de 3 ans pour des étudiantes et étudiants français ou internationaux. "
        "L’appel d’offre sera ouvert du 20 Mars 2026 au 17 Avril 2026 à 13h00 CET, pour un début de contrat au 1er Septembre 2026. "
        "A noter que cet appel d’offre est indépendant des concours des écoles doctorales (ED).\n"
        "Le dossier doit être envoyé en PDF unique (avec les documents dans l’ordre suivant la checklist) par e-mail à l’adresse : gradschool.1health-eid@u-paris.fr "
        "avant le 17 Avril 2026 à 13h00 CET.\n"
        "Les candidats et candidates présélectionnés seront auditionnés devant un jury interdisciplinaire le 10 juin 2026.",
        [d("2026-04-17", "13:00")],
        opens="2026-03-20",
        distractors=["1er Septembre 2026 (contract start)", "10 juin 2026 (auditions)"],
        note="the French page of the same graduate school call: capitalised month names; the time as written (see the English page)",
    )
    p(
        "r5s-validate-network-ppu-2019",
        "https://www.validate-network.org/event/pasteur-paris-university-international-doctoral-programme-2019",
        "Pasteur-Paris University International Doctoral Programme, 2019\n"
        "Application deadline (for contacting host laboratories): 1 Nov 2019\n"
        "The call opens in September and students are selected on a competitive basis. Candidates are first selected by host laboratories and their applications "
        "are presented to the selection committee by mid-November. Candidates who are short listed by the selection committee are then interviewed during February, "
        "with results communicated by the end of February. Selected students are enrolled in the following October for a three-year contract.",
        [d("2019-11-01")],
        distractors=[
            "September (opening, a month)",
            "by mid-November (the labs present the applications, vague)",
            "during February, by the end of February (interviews and results, vague)",
        ],
        note="a research network relays a doctoral programme: a fiche line gives the deadline; its qualifier (contacting the labs) is the candidate's own first step, "
        "not a named first stage, so the kind stays application",
    )
    p(
        "r5s-armacad-ppu-2015",
        "https://armacad.info/international-doctoral-program-pasteur-institute-paris-france",
        "International Doctoral Program, Pasteur Institute, Paris, France\n\n"
        "Publish Date: Oct 27, 2015\n\nDeadline: Oct 20, 2015\n\n"
        "The Pasteur - Paris University International Doctoral Program (PPU) program accepts students holding, at the date they start the program, a master degree "
        "or the equivalent in science, medicine and related fields from a university outside of France. The application call opens in September for the class beginning in October of the following year.\n\n"
        "The applications are submitted to the program by the advisors before a deadline that is usually in the second half of November.",
        [d("2015-10-20")],
        page_date="2015-10-27",
        distractors=[
            "Oct 27, 2015 (publication stamp)",
            "September, October (months)",
            "the second half of November (the advisors' usual deadline, vague)",
        ],
        note="an aggregator's fiche: the 'Deadline' label gives a day already past on the publication date; it is still the page's deadline",
    )
    p(
        "r5s-lepetitpreparateur-passerelle-pharmacie",
        "http://lepetitpreparateur.fr/lapasserelle.htm",
        "La procédure pour postuler est la même pour toutes les facultés de France : elle est encadrée par un arrêté ministériel. "
        "On tord ainsi le cou aux idées reçues, il n'est absolument pas question de fournir des relevés de notes, de justifier d'année d'expérience et il n'y a pas, "
        "non plus, de places réservées aux préparateurs en pharmacie.\n\n"
        "De façon générale, il faut avoir déposé/envoyé votre dossier de candidature avant une date limite (souvent le 15 mars) à la faculté de votre choix. Ce dernier doit comporter :\n"
        "- Une copie de la pièce d'identité\n"
        "- Un curriculum vitae (CV) détaillé à partir de l'année d'obtention du baccalauréat",
        distractors=["souvent le 15 mars (a usual date, no year, undated page)"],
        note="a pharmacy technician's blog on the bridge into pharmacy studies: the date is only typical ('souvent') and has no year",
    )
    p(
        "r5s-hopitalex-cesp-repartition-2024",
        "https://www.hopitalex.com/index.php/donnees-juridiques?action=affichedoc&doc=12988",
        "L'arrêté du 25 juin 2024 fixe en annexe le nombre de contrats d'engagement de service public pouvant être signés, au titre de l'année universitaire 2023-2024, "
        "par les étudiants de deuxième et de troisième cycles des études de médecine et d'odontologie et par les praticiens à diplômes étrangers hors Union européenne "
        "autorisés à poursuivre un parcours de consolidation des compétences en médecine et en odontologie :\n"
        "- 440 contrats pour les étudiants de 2e cycle en médecine et 157 pour ceux exerçant en odontologie ;\n"
        "- 348 pour les étudiants de 3e cycle de médecine et 10 en odontologie ;\n"
        "A compter du 26 juin 2024 et jusqu'au 26 juillet 2024, les unités de formation et de recherche et chaque composante universitaire au sens de l'article L. 713-4 "
        "du code de l'éducation assurant l'une de ces formations peuvent, au sein de la même université, procéder à une nouvelle répartition des contrats d'engagement "
        "de service public non conclus, entre les formations de médecine et d'odontologie.\n"
        "Un arrêté des ministres chargés de la santé, de la sécurité sociale et de l'enseignement supérieur détermine, pour les contrats non conclus à la date 20 août 2024, "
        "une nouvelle répartition entre unités de formation et de recherche et composantes.",
        distractors=[
            "25 juin 2024 (a decree's date)",
            "du 26 juin 2024 jusqu'au 26 juillet 2024 (a window for the faculties to redistribute contracts, not a candidate's step)",
            "20 août 2024 (a cut-off for a further redistribution)",
        ],
        note="legal press on service contracts for students: 'jusqu'au' is a deadline cue, but the window is the faculties' administrative step; "
        "labelled by what a subscriber needs: no student must send anything by those days",
    )
    p(
        "r5s-journaluniversitaire-mon-master-2025",
        "https://journaluniversitaire.com/mon-master",
        "Le dépôt de candidature ouvre ce mardi sur la plateforme Mon master, a indiqué ce lundi le ministère de l’Enseignement supérieur. "
        "Les candidats ont jusqu’au 24 mars pour formuler un maximum de 15 vœux (hors alternance) pour accéder à une première année de master.\n"
        "La phase de candidature de la plateforme Mon master ouvre ce mardi, a indiqué ce lundi le ministère de l’Enseignement supérieur et de la Recherche dans un communiqué. "
        "La plateforme, ouverte depuis le 3 février dernier, permet ainsi aux étudiants de niveau bac +3 de formuler leurs vœux de première année de master jusqu’au lundi 24 mars prochain.\n"
        "Réponses le 2 juin, phase complémentaire possible\n"
        "L’examen des candidatures par les établissements débutera le 31 mars. La publication des réponses aux candidats aura lieu le 2 juin 2025.",
        distractors=[
            "24 mars, lundi 24 mars (the wishes' deadline, no year, undated page)",
            "3 février (the platform opened for browsing, no year)",
            "31 mars (review starts)",
            "2 juin 2025 (answers published)",
        ],
        note="press on the national master platform: the deadline is written twice without a year and the article shows no date, so by the rules it gives nothing, "
        "though 2025 appears with the answers' date (a reader would take 24 March 2025). 'ce mardi' gives no opening day",
    )
    p(
        "r5s-fmp-fes-concours-maitres-conferences-2024",
        "https://www.fmp-usmba.ac.ma/avis-de-concours-de-recrutement-de-15-maitres-de-conferences-session-du-17-09-2024",
        "La Faculté de Médecine, de Pharmacie et de Médecine Dentaire de Fès organise un concours pour le recrutement de 15 Maitres de Conférences (Session du 17/09/2024), "
        "et ce dans les disciplines suivantes :\n"
        "Civils : 15 postes\n"
        "- Médecine Interne 01 poste\n- Radiologie 01 poste\n- Anesthésie-réanimation 03 postes\n"
        "Le dernier délai de dépôt des dossiers de candidature est le : 17/08/2024.\n"
        "I/ CONDITIONS DE PARTICIPATION :\n"
        "Soit quatre années de service effectif dans les formations hospitalières militaires pour ceux déclarés reçus audit concours d’assistanat antérieurement à la date du 2 juin 1993.\n"
        "II/ DOSSIER DE CANDIDATURE:\n"
        "Les candidats au concours doivent adresser leur demande d’inscription, établie sur papier libre, au doyen de la faculté de médecine de pharmacie et de médecine dentaire concernée, "
        "un mois avant la date du concours.",
        [d("2024-08-17")],
        distractors=["17/09/2024 (the competition's session)", "2 juin 1993 (a condition)"],
        note="a Moroccan faculty of medicine's competition: 'Le dernier délai de dépôt' is a deadline noun with a colon; the relative 'un mois avant la date du concours' "
        "falls on the same day",
    )
    p(
        "r5s-elmoudjahid-concours-hu-2019",
        "http://www.elmoudjahid.com/fr/actualites/137786",
        "Le ministère de l’Enseignement supérieur et de la Recherche scientifique a annoncé que la date du déroulement des épreuves du concours d’accès aux grades de professeur "
        "hospitalo-universitaire et de maître de conférences classe «A» est fixée du 16 au 27 juin 2019.\n\n"
        "Notons que l’arrêté n°221 du ministère de l’Enseignement supérieur, daté du 11 mars courant et portant ouverture d’un concours sur titre et épreuves en vue de l’accès au grade "
        "de professeur hospitalo-universitaire, précise que «ce concours est ouvert aux candidats justifiant du grade de maître de conférences classe ‘‘A’’, dans la spécialité postulée "
        "et de trois années d’exercice en cette qualité, à la date de signature de l’arrêté».\n\n"
        "La date limite de dépôt des dossiers de candidature est de 20 jours à compter de la date de la parution de l’annonce du concours.",
        distractors=["du 16 au 27 juin 2019 (the exams)", "11 mars (a decree's date, no year)"],
        note="press on an Algerian hospital-university competition: the deadline noun is followed by a relative delay, not a date",
    )
    p(
        "r5s-ifsi-lafleche-parcoursup-2025",
        "https://ifsi-ifas-lafleche.fr/contenu/20/concours-et-selection.html",
        "Votre inscription à l'IFSI - CONDITIONS D'ACCES\n\n"
        "Prochaine rentrée le 1er septembre 2025\n\n"
        "1. Accès via la plateforme Parcoursup (jusqu'au 13 mars 2025) :\n\n"
        "« Peuvent être admis en première année de formation au diplôme d'Etat d'infirmier les candidats âgés de dix-sept ans au moins au 31 décembre de l'année d'entrée en formation» "
        "(Arrêté du 31 juillet 2009 modifié par l'arrêté du 23 janvier 2020 relatif au diplôme d'Etat d'infirmier)\n\n"
        "Calendrier  Parcoursup 2025 :\n"
        "A partir du 18 Décembre 2024 vous pourrez consulter les offres de formations et vous informer sur la procédure ( Parcoursup.gouv.fr )\n"
        "A partir du 15 janvier 2025, et jusqu'au 13 Mars 2025, inscrivez-vous, créez votre dossier candidat et formulez vos voeux",
        [d("2025-03-13")],
        opens="2025-01-15",
        distractors=[
            "1er septembre 2025 (the school year starts)",
            "31 décembre (an age condition)",
            "31 juillet 2009, 23 janvier 2020 (decrees)",
            "18 Décembre 2024 (offers can be browsed: not an opening of applications)",
        ],
        note="a nursing school's admission page: the same closing day twice; the wishes ('vœux') here are the candidature to a training, not a choice of posts, "
        "so the kind is application; the opening is the day one can register, not the day offers are shown",
    )
    p(
        "r5s-fdocuments-ifsi-aphm-notice-2017",
        "https://fdocuments.fr/document/notice-dainformation-a-sites-a-default-a-files-a-files-a-ifsi-a-ifsic.html",
        "Notice d’Information 2017 relative à l'inscription aux épreuves de sélection pour l'admission dans les IFSI en vue de la préparation au Diplôme d'État d'Infirmier "
        "IFSI AP-HM Hôpitaux CENTRE-CAPELETTE 114 Boulevard Mireille Lauze - 13010 MARSEILLE "
        "Début des inscriptions : Lundi 28 novembre 2016 Clôture des inscriptions : Mercredi 15 février 2017 sauf du lundi 19 décembre 2016 au lundi 2 janvier 2017 inclus "
        "(IFSI fermé vacances Noël) Les inscriptions auront lieu au secrétariat de l'IFSI sur rendez-vous aux jours et heures suivants (aucun dossier ne sera pris hors ces jours et heures) "
        "MARDI et MERCREDI de 8h30 à 12h30 et de 13h30 17h30 JEUDI (matin) de : 8h00 à 12h30 (Les dossiers peuvent également nous être retournés par voie postale) "
        "Avis important Tous les dossiers doivent être parvenus à l’IFSI au plus tard le Mercredi 15 FEVRIER 2017 (à 23h59 cachet de la poste faisant foi) "
        "Passé ce délai aucun dossier ne sera accepté. Tout dossier incomplet sera refusé. Date des épreuves écrites (lieu précisé sur la convocation) SAMEDI 18 MARS 2017",
        [d("2017-02-15", "23:59")],
        opens="2016-11-28",
        distractors=[
            "du lundi 19 décembre 2016 au lundi 2 janvier 2017 (the office is closed)",
            "SAMEDI 18 MARS 2017 (written exams)",
        ],
        note="a CHU nursing school's notice flattened by a PDF text layer: fiche labels run inline; the closing day is written twice, the second with its time",
    )
    p(
        "r5s-gcspa-ifsi-admission-2023",
        "https://www.gcspa.fr/nos-formations/formation-en-soins-infirmiers/admission-en-ifsi/",
        "L’arrêté du 13 décembre 2018 modifiant l’arrêté du 31 juillet 2019 relatif au Diplôme d’Etat d’Infirmier précise les modalités d’admission en première année de formation en Soins Infirmiers :\n"
        "pour les candidats (bacheliers ou non-bacheliers) relevant de la formation professionnelle continue et justifiant d’une durée minimum de trois ans de cotisation à un régime de protection sociale "
        "à la date d’inscription aux épreuves :\n"
        "Inscription directement auprès de l’IFSI de votre choix\n"
        "du 18 janvier au 8 mars 2023 inclus\n"
        "(cachet de la Poste faisant foi)\n"
        "pour les élèves en classe de terminale ayant 17 ans au plus tard le 31 décembre de l’année en cours et les candidats titulaires du baccalauréat ou de l’équivalence de ce diplôme :\n"
        "vœux exprimés sur la plateforme PARCOURSUP\n"
        "du 18 janvier au 9 mars 2023 inclus",
        [d("2023-03-08"), d("2023-03-09")],
        opens="2023-01-18",
        distractors=[
            "13 décembre 2018, 31 juillet 2019 (decrees)",
            "au plus tard le 31 décembre (an age condition)",
        ],
        note="a hospital group's nursing schools: two tracks, two windows opening the same day; each range follows its label on the line before "
        "('Inscription…', 'vœux exprimés…'), both candidatures",
    )
    p(
        "r5s-ifsi-sainte-marie-calendrier-a-definir",
        "https://ifsisaintemarie.ahsm.fr/formation/infirmier/conditions",
        "Condition d’accès à la formation intégrale\n\n"
        "• Dans tous les cas, il faut être âgé de 17 ans au moins au 31 décembre de l’année d’entrée en formation\n\n"
        "2 – Épreuves de sélection\n\n"
        "Candidats titulaires d’un diplôme ou non (y compris le baccalauréat) relevant de la formation professionnelle continue et justifiant d’une durée minimum de trois ans "
        "de cotisation à un régime de protection sociale à la date d’inscription aux épreuves de sélection\n\n"
        "CALENDRIER EN COURS DE DEFINITION POUR 2025\n\n"
        "• Dates d’inscription aux épreuves de sélection :\n"
        "• Dossiers d’inscription téléchargeables ou à retirer sur site à l’IFSI à partir du \n"
        "• Date des épreuves écrites : Samedi\n"
        "• Oraux :\n"
        "• Affichage des résultats :",
        distractors=["31 décembre (an age condition)"],
        note="a nursing school's fiche whose values are still empty: every label waits for a date, none is given",
    )
    p(
        "r5s-univ-antilles-qualification-2026",
        "https://aihp-geode.univ-antilles.fr/campagne-de-qualification-2026",
        "Nous vous informons que le calendrier de la campagne de qualification 2026 s'articulera autour d' une phase unique d'inscription et de de dépôt des pièces (obligatoires et complémentaires) "
        "qui débutera mi- septembre 2025 pour se terminer le 15 décembre 2025 . Cette date unique de clôture d'inscription et de dépôt des pièces constituera une date impérative, "
        "aucune dérogation n'étant techniquement et réglementairement possible. Elle s'imposera à tous les candidats quelle que soit la date de soutenance.\n"
        "Nous vous recommandons d’inviter vos doctorants à se préparer en amont, pour qu’ils n’attendent pas les derniers jours de la phase d’inscription.",
        [d("2025-12-15")],
        distractors=["mi- septembre 2025 (the phase opens, vague)"],
        note="a university lab relays the national qualification campaign to its doctoral students: the phase's verb ('pour se terminer le') and 'date unique de clôture' give "
        "the deadline; the vague start gives no opening",
    )
    p(
        "r5s-sorbonne-sante-passerelle-sage-femme-2025",
        "https://sante.sorbonne-universite.fr/formations/les-etudes-de-sage-femme",
        "Passerelles\n"
        "Dates de candidature pour la passerelle 2025 :\n"
        "- Pour les passerelles : 11/01/2025 au 15 mars 2025\n"
        "- Résultats d'admissibilité : non communiquées\n"
        "- Convocation aux entretiens : non communiquée (Les convocations seront envoyées par mail)\n"
        "- Oral d'admission : juin 2025\n"
        "Le département de maïeutique de la faculté de santé organise une séance d'informations pour vous présenter et vous expliquer le dispositif passerelles et répondre à vos questions. "
        "Cette séance aura lieu en présentiel le jeudi 6 février 2025 à 17h30, la salle sera communiquée ultérieurement sur cette page\n"
        "Condition à remplir pour candidater\n"
        "Les candidats doivent, au plus tard au 1er octobre de l’année considérée :\n"
        "- soit être titulaires de l’un des titres ou diplômes suivants :",
        [d("2025-03-15")],
        opens="2025-01-11",
        distractors=[
            "juin 2025 (admission orals, a month)",
            "jeudi 6 février 2025 à 17h30 (an information session)",
            "1er octobre de l'année considérée (a condition)",
        ],
        note="a faculty of health's bridge into midwifery: a window written numeric then in words under 'Dates de candidature'; the empty fields give nothing",
    )
    p(
        "r5s-techno-science-orthophonie-dates-concours",
        "https://www.techno-science.net/glossaire-definition/Orthophoniste-page-2.html",
        "Il existe seize centres de formation en orthophonie en France, dont les dates de concours peuvent être les mêmes, ce qui oblige les candidats à faire des choix.\n"
        "Ville | Nb étudiants | Date du concours |\n"
        "Amiens | 30 | 4 septembre |\n"
        "Besançon | 22 | |\n"
        "Bordeaux | 30 | 20 mars |\n"
        "Caen | 20 | 16 mai |\n"
        "Lille | 120 | 5 septembre |\n"
        "Lyon | 95 | 20 mars |\n"
        "Paris | 130 | 14 mai |\n"
        "Poitiers | 25 | 2 avril |\n"
        "Après le concours, quatre années d'études sont nécessaires pour obtenir le Certificat de Capacité d'Orthophonie.",
        distractors=[
            "4 septembre, 20 mars, 16 mai, 5 septembre, 14 mai, 2 avril (competition days, a table column of events, no year, undated page)"
        ],
        note="a glossary's table of speech-therapy schools: the header labels the column 'Date du concours' (events); no registration date is given",
    )
    p(
        "r5s-weka-sages-femmes-jurys-avant-15-avril",
        "https://www.weka.fr/actualite/sante/article/ressources-humaines-les-candidatures-aux-ecoles-de-sages-femmes-doivent-parvenir-aux-jurys-avant-le-15-avril-22360/",
        "Ressources humaines : Les candidatures aux écoles de sages femmes doivent parvenir aux jurys avant le 15 avril\n\n"
        "HOSPIMEDIA – Les modalités de réorientation des étudiants vers la formation de sage-femme sont détaillées dans une circulaire du 22 mars de la DGOS présentant en annexe "
        "les coordonnées des centres d’examen et les dates limites de transmission des dossiers aux jurys.\n\n"
        "Elles s’étalent du 8 avril (Lille 2) au 15 avril (Lyon 1, Montpellier 1, Paris 11, Rennes 1) avec aussi la date du 12 avril (Bordeaux 2). "
        "Auparavant, les candidats en question ont déposé leur dossier de demande de réorientation auprès de la structure dispensant la formation de sage-femme qu’ils ont choisie au plus tard le 31 mars.",
        distractors=[
            "15 avril, 8 avril, 12 avril (files forwarded to the juries, no year, undated page)",
            "22 mars (a circular's date)",
            "31 mars (the candidates' own deadline, already past, no year)",
        ],
        note="press relays a circular on midwifery schools: every day lacks a year and the page shows no date, so nothing resolves; "
        "the juries' dates are the schools' transmission, the candidates' step was 31 March",
    )
    p(
        "r5s-ac-guyane-concours-esa-2023",
        "https://ac-guyane.fr/concours-d-admission-medecins-pharmaciens-militaires-2022-122845",
        "Ce concours est proposé aux lycéens au parcours de spécialités scientifiques : ce concours est théoriquement ouvert à tout le monde, mais la majorité des reçus sont issus de l’ex-filière S.\n"
        "Les inscriptions débuteront le 8 novembre 2022 à 12h et seront closes le 10 janvier 2023 à 17h.\n"
        'Elles se font en ligne à l’adresse suivante : https://ocean.siec.education.fr/, rubrique “Autres ministères ( C.S.P. ) \\ Concours du service de santé des armées."\n'
        "Comme tout concours de la fonction publique, il comporte un écrit et un oral. Les épreuves d’admissibilité auront lieu le 6 avril 2023 et les épreuves d’admission "
        "probablement du 03 juillet au 07 juillet 2023 à l’ESA de Lyon-Bron.\n"
        "Les reçus intégreront l’École du Service de Santé des Armées (ESA) de Lyon-Bron la semaine du 24 juillet 2023.",
        [d("2023-01-10", "17:00")],
        opens="2022-11-08",
        distractors=[
            "6 avril 2023 (written exams)",
            "du 03 juillet au 07 juillet 2023 (admission exams)",
            "la semaine du 24 juillet 2023 (school entry, a week)",
        ],
        note="an education authority relays the military health school's competition: registering for the competition is the candidature; "
        "'débuteront le' with the registrations as subject is read as the opening (the call's own verb), the noon start time is not scored",
    )
    p(
        "r5s-ifas-saint-quentin-calendrier-mois-2025",
        "https://ifasifsi02stquentin.fr/entrer-a-lifas",
        "NOMBRE DE PLACES OUVERTES A LA SELECTION : 45\n\n"
        "Arrêté du 7 Avril 2020 modifié par les arrêtés des 12 avril 2021 et 10 juin 2021 relatif aux modalités d’admission aux formations conduisant aux diplômes d’état d’Aide-soignant et d’auxiliaire de Puériculture\n\n"
        "FINANCEMENT RÉGION : Formation initiale et demandeurs d’emploi inscrits (parcours complet ou partiel)\n\n"
        "Inscription aux épreuves de sélection : mars à juin 2025\n\n"
        "Rentrée à l’institut de formation : fin Août 2025\n\n"
        "Calendrier 2025 (en attente des dates définitives)\n\n"
        "Retrait des dossiers d’inscription : mars 2025\n\n"
        "Clôture des inscriptions : juin 2025\n\n"
        "Affichage des résultats : juillet 2025",
        distractors=[
            "7 Avril 2020, 12 avril 2021, 10 juin 2021 (decrees)",
            "mars à juin 2025 (registration window in months)",
            "Clôture des inscriptions : juin 2025 (a closing label with a month only)",
            "fin Août 2025, juillet 2025 (start and results, vague)",
        ],
        note="a nursing-aide school's provisional calendar: the labels say what each date is, but every value is a month, so nothing is a deadline or an opening",
    )
    p(
        "r5s-ifsi-blancarde-ifas-2026",
        "https://www.ifsilablancarde.com/nos-formations/aide-soignant/selection/formation-initiale",
        "INSCRIPTION à la sélection pour l'entrée en formation d'aide-soignante / RENTRÉE JANVIER 2026\n\n"
        "INSCRIPTIONS OUVERTES DU 01 SEPTEMBRE AU 07 NOVEMBRE 2025\n\n"
        "Une seule inscription à la sélection doit être faite pour l’ensemble des IFAS d’Aubagne-Marseille.\n\n"
        "Envoyez ou déposez le dossier complet à l’institut du choix n°1\n\n"
        "DATES IMPORTANTES\n\n"
        "• INSCRIPTIONS : Du 01 septembre au 07 novembre 2025\n"
        "• RÉSULTATS D’ADMISSION : Le jeudi 27 novembre 2025 à 14h00\n"
        "• RENTRÉE SCOLAIRE  : le Lundi 05 janvier 2026",
        [d("2025-11-07")],
        opens="2025-09-01",
        distractors=[
            "jeudi 27 novembre 2025 à 14h00 (results)",
            "Lundi 05 janvier 2026 (school starts)",
        ],
        note="a nursing-aide school: the window twice, in capitals and in a fiche line; registering for the selection is the candidature",
    )
    p(
        "r5s-ifsi-saint-jacques-ifas-prolongation-2022",
        "https://ifsi-saint-jacques.com/admission-aide-soignant/",
        "sélection pour l'admission en institut de formation aide-soignante (ifas)\n\n"
        "calendrier\n\ninscriptions\n\n"
        "ouverture clôture\n"
        "Le mercredi 1er juin 2022\n"
        "Le MERCREDI 05 OCTOBRE 2022. (prolongation jusqu'au 12/10/2022)\n\n"
        "Le dossier d’inscription peut être déposé à l’IFAS Saint-jacques dans une enveloppe ou être adressé par courrier au plus tard le 05 octobre 2022 (cachet de la poste faisant foi). "
        "Tout dossier incomplet sera rejeté.\n\n"
        "épreuves de sélection\n\nentretien\n"
        "Les entretiens se dérouleront du 17 octobre au 10 novembre 2022.\n\n"
        "Les convocations pour l’entretien seront envoyées par courrier à l’adresse du candidat à partir du 07 octobre 2022.",
        [d("2022-10-12")],
        opens="2022-06-01",
        distractors=[
            "MERCREDI 05 OCTOBRE 2022, au plus tard le 05 octobre 2022 (the closing before its extension)",
            "du 17 octobre au 10 novembre 2022 (interviews)",
            "à partir du 07 octobre 2022 (convocations sent)",
        ],
        note="a flattened two-column calendar ('ouverture clôture' over two dates) whose closing was extended in brackets, while the next paragraph still gives the old day. "
        "No 'initialement'/'au lieu du' marks the old day as given up, so the rules do not settle it; labelled by what a subscriber needs: the extended day is the deadline",
    )
    p(
        "r5s-ifsi-lannion-ifas-2021",
        "https://www.ifsi-lannion.fr/ifas/modalites-admission/",
        "Les modalités d'admission\n\nRentrée 2021\n\nCalendrier des épreuves\n\n"
        "Ouverture des inscriptions\n15 février 2021\n"
        "Clôture des inscriptions\n25 mai 2021\n"
        "Etude des dossiers / Entretien\nsemaine 23 et 24\n"
        "Affichage des résultats\n1er juillet 2021 à 14 h 00\n\n"
        "En raison de la crise sanitaire, il n’y aura pas d’entretien, la sélection se fera uniquement sur dossier.\n\n"
        "Inscription\n\nCliquez sur le lien suivant pour vous inscrire à partir du 15 février 2021 :",
        [d("2021-05-25")],
        opens="2021-02-15",
        distractors=["1er juillet 2021 à 14 h 00 (results)", "semaine 23 et 24 (review, weeks)"],
        note="labels on their own line without colons: 'Ouverture…' and 'Clôture…' name their role, so each takes the date below; the link repeats the opening",
    )
    p(
        "r5s-ch-lvo-ifas-machecoul-2022",
        "https://www.ch-lvo.fr/concours-des-aides-soignants/",
        "Modalités d’admission en formation\n\nPage actualisée le 24 juin 2022\n\nModalités d'inscription\n\n"
        "Les inscriptions à la sélection des candidats pour l’entrée en formation seront ouvertes lundi 14 mars 2022.\n\n"
        "Cette année l’IFAS ouvre 31 places pour la promotion 2022/2023 en cursus complet et cursus non complet.\n\n"
        "Si vous souhaitez vous inscrire pour l’admission en formation conduisant au Diplôme d’État d’Aide-Soignant à l’IFAS du CHLVO de Machecoul pour la rentrée 2022, "
        "il convient de vous connecter via la plateforme de pré-inscription en ligne : https://www.pre-inscription.fr afin de télécharger le dossier d'inscription et la liste des pièces à fournir. "
        "Le dossier complété ainsi que les pièces indiquées sont à adresser par courrier, avant le 21 juin 2022 minuit, à l'adresse suivante :",
        [d("2022-06-21", "23:59")],
        opens="2022-03-14",
        page_date="2022-06-24",
        distractors=["24 juin 2022 (update stamp)"],
        note="a hospital's nursing-aide school: the online pre-registration only downloads the file, the sending of the file is the candidature (one deadline, kind application)",
    )
    p(
        "r5s-pantheon-sorbonne-ed465-contrats-2023",
        "https://ed-economie.pantheonsorbonne.fr/contrats-doctoraux-ed-465",
        "Contrats doctoraux ED 465\n\nModalités de candidature 2023\n\n"
        "L'ED 465 bénéficie chaque année de près de 20 contrats doctoraux.\n\n"
        "Date limite de dépôt des dossiers\n\n"
        "Le dossier de candidature doit être transmis au format électronique à \n\n"
        "avant le mardi 30 mai 2023 à midi (objet du courriel : « NOM_Prénom.CD.2023 »)\n\n"
        "ATTENTION, les dossiers déposés hors délai ne seront pas acceptés.\n\n"
        "Calendrier prévisionnel de la procédure d'admissibilité - admission\n\n"
        "Les candidats doivent envoyer à edoeco@univ-paris1.fravant le 20 juin 2023 à 10h* (heure de Paris), un relevé officiel des notes de M2 (cours et mémoire) et leur mémoire en pdf.",
        [d("2023-05-30", "12:00"), d("2023-06-20", "10:00")],
        note="a doctoral school's two sending steps: the file, then the master's grades and thesis glued to an address by the page ('fravant le'); "
        "both complete the candidature (application)",
    )
    p(
        "r5s-mapexpress-concours-medecine-2020",
        "http://www.mapexpress.ma/actualite/societe-et-regions/29-juillet-dernier-delai-depot-candidatures-concours-dacces-aux-facultes-medecine-pharmacie-medecine-dentaire/",
        "Le 29 juillet dernier délai de dépôt des candidatures pour le concours d’accès aux facultés de médecine, de pharmacie et de médecine dentaire\n\n"
        "samedi, 25 juillet, 2020 à 14:08\n\n"
        "Rabat – Le 29 juillet est le dernier délai de dépôt des candidatures pour le concours commun d’accès aux facultés de médecine, de pharmacie et de médecine dentaire, "
        "a annoncé le ministère de l’éducation nationale, de la formation professionnelle, de l’enseignement supérieur et de la recherche scientifique.\n\n"
        "Les bacheliers souhaitant intégrer la première année de médecine, de pharmacie et de médecine dentaire sont appelés à déposer leurs candidatures sur la plateforme nationale "
        "“www.concoursmed.ma”, jusqu’au 29 juillet, a indiqué le ministère samedi dans un communiqué.\n\n"
        "Les résultats des présélections seront annoncés au plus tard le 3 août, alors que le concours d’accès aux facultés précitées est prévu le 5 août et l’annonce des résultats le 7 août.",
        [d("2020-07-29")],
        page_date="2020-07-25",
        distractors=[
            "samedi, 25 juillet, 2020 (publication stamp)",
            "au plus tard le 3 août (preselection results)",
            "5 août (competition), 7 août (results)",
        ],
        note="a news agency on Morocco's medical-school competition: the year-less deadline, written three times, resolves from the page date",
    )
    p(
        "r5s-infomediaire-concoursmed-2020",
        "https://www.infomediaire.net/medecine-et-pharmacie-le-maroc-lance-une-plateforme-electronique-dediee-au-concours-dacces-aux-facultes/",
        "Une plateforme électronique a été lancée pour organiser les candidatures au concours commun d’accès aux facultés de médecine, de pharmacie et de médecine dentaire, "
        "a annoncé jeudi le ministère de l’Éducation nationale, de la formation professionnelle, de l’enseignement supérieur et de la recherche scientifique.\n\n"
        "A cet effet, la plateforme nationale “www.concoursmed.ma” a été mise en place pour déposer les candidatures en vue du concours commun. "
        "L’opération de candidature se poursuivra, exclusivement, sur cette plateforme jusqu’au 29 juillet 2020.\n\n"
        "Les résultats des présélections seront annoncés au plus tard le 3 août 2020, alors que le concours d’accès aux facultés précitées est prévu le 5 août et l’annonce des résultats le 7 août.",
        [d("2020-07-29")],
        distractors=[
            "au plus tard le 3 août 2020 (preselection results)",
            "5 août, 7 août (competition and results, no year, undated page)",
        ],
        note="press on the same platform, undated: the deadline carries its year, the events do not",
    )
    p(
        "r5s-chru-strasbourg-ifcs-2025",
        "https://formation.chru-strasbourg.fr/metier/cadre-de-sante",
        "Epreuves de sélection 2025\n"
        "Les inscriptions aux épreuves de sélection 2025 sont ouvertes du 2 janvier au 15 février 2025.Le dossier d’inscription et les modalités des épreuves de sélection "
        "se trouvent dans l’onglet « CONDITIONS D’ACCES » ci-dessous\n"
        "Préparation au concours D’entrée\n"
        "Le CHRU de Strasbourg organise une préparation aux épreuves de sélection Cadre de Santé.\n"
        "Ce cycle préparatoire, géré par le Bureau des Ecoles du CHRU, est programmé du mois de septembre au mois de mars.",
        [d("2025-02-15")],
        opens="2025-01-02",
        distractors=["du mois de septembre au mois de mars (a preparation course, months)"],
        note="a CHU's school for health managers: a range after 'ouvertes' gives the opening and the deadline; the sentence runs into the next without a space",
    )
    p(
        "r5s-doczz-ifsi-cahors-2015",
        "http://doczz.fr/doc/5312382/vous-voulez-effectuer-des-%C3%A9tudes",
        "INFORMATION AUX CANDIDATS CONCOURS\nIFSI - CAHORS / FIGEAC\nANNEE 2015\n"
        "DATES A RETENIR\n"
        "Limite d’inscription\n"
        "28 Février 2015 (cachet de la poste faisant foi)\n"
        "01 Avril 2015*\n"
        "Epreuve\nd’admissibilité (écrit)\n"
        "(Les modalités seront fixées par courrier en temps utile)\n"
        "Epreuve\ndu 18/05/2015 au 22/05/2015\nd’admission\n"
        "(Les modalités seront fixées par courrier en temps utile)\n(entretiens)\n"
        "Affichage des\n29 juin 2015 à 10h00\nrésultats définitifs\n"
        "*Date commune aux IFSI de Midi Pyrénées sauf Croix Rouge Toulouse, CHU Toulouse\n& IFSI Auch\n"
        "Fermeture de l’institut de formation du : 19/12/2014 au 05/01/2015 inclus.",
        [d("2015-02-28")],
        distractors=[
            "01 Avril 2015 (the written exam, its label on the following lines)",
            "du 18/05/2015 au 22/05/2015 (interviews)",
            "29 juin 2015 à 10h00 (results)",
            "du 19/12/2014 au 05/01/2015 (the school is closed)",
        ],
        note="a nursing school's notice through a PDF text layer: a two-column table torn into lines, labels split around their dates; only 'Limite d'inscription' "
        "is a deadline, the 1 April belongs to the written exam label that follows it",
    )
    p(
        "r5s-valdemarne-ifap-calendrier-2019",
        "https://www.valdemarne.fr/vivre-en-val-de-marne/informations/puericulture-comment-se-former-aux-metiers-de-la-petite-enfance",
        "Formation d'auxiliaire de puériculture : calendrier 2019/2020\n\n"
        "Cursus complet\n\n"
        "Inscription au concours : du 3 décembre 2018 au 12 février 2019\n\n"
        "Epreuves écrites : 12 mars 2019\n\n"
        "Affichage des résultats d'admissibilité : 22 mars 2018 à 9 heures\n\n"
        "Epreuve orale : du 23 avril au 10 mai 2019\n\n"
        "Affichage des résultats définitifs : 14 mai 2019 à 9 heures\n\n"
        "Le cursus complet se déroule du 2 septembre 2019 au 3 juillet 2020.\n\n"
        "Cursus partiel\n\n"
        "Dates d’envoi des dossiers : du 2 avril au 14 juin 2019\n\n"
        "Examen des dossiers : jusqu’au 26 juin 2019\n\n"
        "Affichage des résultats d’admissibilité : 28 juin 2019 à 9 heures",
        [d("2019-02-12"), d("2019-06-14")],
        opens="?",
        distractors=[
            "12 mars 2019 (written exams)",
            "22 mars 2018 à 9 heures (results, a typo for 2019)",
            "du 23 avril au 10 mai 2019 (orals)",
            "14 mai 2019, 28 juin 2019 (results)",
            "du 2 septembre 2019 au 3 juillet 2020 (the course)",
            "Examen des dossiers : jusqu'au 26 juin 2019 (the school's review, labelled as such)",
        ],
        note="a département's school for childcare aides: two tracks with two sending windows (3 December 2018 and 2 April 2019 open them), so the single opening is not scored; "
        "'Examen des dossiers' is the school's step even with 'jusqu'au'",
    )
    p(
        "r5s-ch-sud77-ifsi-preinscription-2024",
        "https://www.ch-sud-seine-et-marne.fr/professionnels/enseignement/ifsi/",
        "FORMATION EN SOINS INFIRMIERS : MODALITES DE SELECTION\n\n"
        "Modalités d’entrée en première année de formation préparant au diplôme d’Etat d’Infirmier pour les\n\nrentrées de septembre 2024 et de février 2025\n\n"
        "(nota bene : la sélection se fait sur une seule période pour les 2 rentrées)\n\n"
        "Peuvent être admis en première année de formation au diplôme d’Etat d’infirmier, les candidats âgés de 17 ans au moins au 31 décembre de l’année d’entrée en formation.\n\n"
        "1 – Préinscription sur la plate-forme nationale ParcourSup pour les candidats bacheliers ou équivalents.\n\n"
        "Pré-inscription à partir du 17 janvier jusqu’au 14 mars 2024 : les candidats s’inscrivent en créant leur dossier sur la plate-forme https://www.parcoursup.fr/",
        [d("2024-03-14", kind="letter_of_intent")],
        opens="2024-01-17",
        distractors=[
            "31 décembre (an age condition)",
            "septembre 2024, février 2025 (school starts, months)",
        ],
        note="a hospital's nursing school: the national platform calls its candidature a 'pré-inscription'; by the rules' kinds that word is a compulsory first stage "
        "(letter_of_intent), though for the candidate it is the whole application. Labelled by the rules",
    )
    p(
        "r5s-ifsi-clermont60-inscriptions-cloturees-2022",
        "https://www.ifsi-clermont60.fr/site/index.php/inscriptions-et-modalites-de-selection-pour-admission/",
        "Modalités de sélection pour admission – Année universitaire 2022-2023\n\n"
        "1 – PARCOURSUP\n\n"
        "► Vous êtes en terminale et aurez 17 ans au plus tard au 31 décembre de l’année d’entrée en formation\n\n"
        "2 – Formation Professionnelle Continue (FPC)\n\n"
        "Pour accéder à la formation d’infirmier en formation professionnelle continue, il est nécessaire de :\n"
        "S’inscrire aux épreuves de sélection IFSI selon les modalités d’inscription (voir ci dessous)\n"
        "Acquitter un droit d’inscription aux épreuves de sélection.\n\n"
        "Les inscriptions à la sélection d’admission pour l’année 2022/2023 sont clôturées*.\n\n"
        "*La date butoir d’envoi/de dépôt du dossier étant le Vendredi 04 Février 2022 (cachet de la poste faisant foi).",
        [d("2022-02-04")],
        distractors=["au plus tard au 31 décembre (an age condition)"],
        note="a nursing school says its registrations are closed and gives the passed 'date butoir' in a footnote: still the page's deadline",
    )
    p(
        "r5s-eibo-lille-concours-ibode-2025",
        "https://www.eibo-lille.fr/le-concours/",
        "Conditions d'accès à la formation IBODE\n\n"
        "Être Infirmier Diplômé d’Etat ou en dernière année d’études conduisant au Diplôme d’Etat Infirmier.\n\n"
        "PAR CONCOURS\n\nTextes de référence\n\n"
        "Arrêté de formation du 27 avril 2022 relatif à la formation conduisant au diplôme d’Etat d’infirmier de bloc opératoire.\n\n"
        "Pièces constitutives du dossier d'admissibilité\n\n"
        "A ENVOYER A L’ECOLE D’INFIRMIERS DE BLOC OPERATOIRE PAR RECOMMANDE AVEC ACCUSE DE RECEPTION AVANT LE 31 MARS 2025 – MINUIT\n\n"
        "Admissibilité\n\nObtenir une note supérieure ou égale à 10 sur 20.",
        [d("2025-03-31", "23:59")],
        distractors=["27 avril 2022 (a decree)"],
        note="an operating-room nursing school: upper case, a sending verb, 'AVANT LE' and a dash before 'MINUIT'",
    )
    p(
        "r5s-eur-p13-second-call-2022",
        "https://eur.univ-paris13.fr/en/2022/03/09/the-second-call-for-applications-2022-opens-on-march-15-2022/",
        "The second call for applications 2022 opens on March 15, 2022!\n\n"
        "Application deadline : May 15, 2022 at 11:59 pm (French time)\n"
        "Announcement of selected applications : mid-June.\n\n"
        "Female students are particularly encouraged to respond to EUR calls for applications.\n\n"
        "Jury : The selection is made on the basis of the quality of each student’s academic file. The decision is made by the EUR Scientific Committee. "
        "The committee will only examine applications for which all the requested documents have been uploaded before the closing date of the call.\n\n"
        "Start of the training : The training starts every year at the beginning of September.",
        [d("2022-05-15", "23:59")],
        opens="2022-03-15",
        distractors=[
            "mid-June (selection announced, vague)",
            "the beginning of September (training starts, vague)",
        ],
        note="a university graduate school's English news: the call's own verb ('opens on') gives the opening, a fiche line the deadline with '11:59 pm'",
    )
    p(
        "r5s-eur-gene-m2-fellowships-march-29",
        "https://eur-gene.u-paris.fr/?q=en/eur-gene-funding-opportunities/m2-scholarships-foreign-students",
        "M2 scholarships for International students\n\n"
        "As part of its Attract mission, the Graduate School Genetics and Epigenetics New Education (Ecole Universitaire de Recherche Génétique et Epigénétique Nouvelle Ecole - EUR GENE) "
        "offers each year up to 10 fellowships to foreign students enrolled in the Master 2 of Genetics of the Université de Paris.\n\n"
        "That is why we have decided not to extend the deadline to the G.E.N.E. fellowship application.\n\n"
        "What it concretely means for applicants:\n\n"
        "• We will only take into accounts applications that will have been submitted on time, so please remember to fill every part of the form and submit your application "
        "before the end of March 29th\n"
        "• You will be able to send by email the missing documents as soon as administrations in your country have resumed their activities",
        distractors=["before the end of March 29th (a deadline with no year, on an undated page)"],
        note="a graduate school keeps its deadline during the pandemic: 'before' is a cue, but the year is never written and the page shows no date, so nothing resolves",
    )
    p(
        "r5s-campusjeunes-emmc-neuroscience-2014",
        "https://academia.campusjeunes.net/scholarships/emmc-student-scholarships-for-international-master-students-in-neuroscience-2014",
        "Applications are invited for two years Masters scholarships in Neuroscience at Bordeaux Segalen University, VU University Amsterdam, University Medical Center Göttingen, "
        "Charité – Universitätsmedizin Berlin, The University of Coimbra and Laval University. Category A scholarships should be considered as “full scholarships” covering all necessary costs "
        "of the student during his/her study period in Europe. Category B scholarships have to be considered as a “financial contribution” to the students costs. "
        "Candidates from all countries can apply for the Erasmus Mundus Master Program. The application deadline is December 5th 2013.\n"
        "Study Subject (s): Scholarships are provided to pursue a master program in Neuroscience.",
        [d("2013-12-05")],
        note="a students' network relays a joint master's scholarships (a French university among the partners): a deadline noun before an English date with an ordinal",
    )
