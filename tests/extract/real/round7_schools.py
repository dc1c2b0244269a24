"""Round 7 of the real passages (schools and unions): quoted from public pages, test data only.

Collected and labelled on 2 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r7s-ubl-bourses-mobilite-doctorants-2019",
        "https://ed-sites.doctorat-bretagneloire.fr/fr/1_des-bourses-pour-la-mobilite-des-doctorantes",
        "Des bourses pour la mobilité des doctorant·e·s\n"
        "L’Ecole des Docteurs de l’Université Bretagne Loire met en place un programme de bourses de mobilité sortante, financé par le Conseil régional "
        "de Bretagne, pour les doctorant-es inscrit-es dans un établissement breton qui souhaitent réaliser un séjour de recherche en Europe ou à "
        "l’international. Le dossier de candidature est à retourner complété à son Ecole doctorale avant le 25 mars 2019. Les candidat-es retenu-es "
        "seront informé-es mi-avril 2019.\n"
        "[...]\n"
        "Dépose une candidature\n"
        "Les doctorant-es doivent déposé ce dossier de candidature complété à leur École doctorale avant le 25 mars 2019, en joignant les éléments suivants :",
        [d("2019-03-25")],
        distractors=["mi-avril 2019 (results, vague)"],
        note="a doctoral college's outgoing-mobility grant: the same day twice after 'avant le' is one deadline",
    )
    p(
        "r7s-anjo-stages-inter-chu",
        "https://anjo-ophtalmo.fr/articles/5",
        "Stages inter-CHU\n"
        "Rédigé le 01/08/2015. Dernière mise à jour le 03/09/2019.\n"
        "Vous ne le savez peut être pas, mais vous avez la possibilité, au cours de votre internat, de demander à découvrir comment se passe la formation "
        "dans un autre centre, ou simplement de vous spécialiser dans un domaine qui n'est pas présent dans votre CHU. Cela s'appelle un stage inter-CHU "
        "ou hors-subdivision.\n"
        "[...]\n"
        "Réglementation\n"
        "Les stages inter CHU sont régis de manière officielle par un « arrêté du 4 février 2011 relatif à l’agrément, à l’organisation, au déroulement "
        "et à la validation des stages des étudiants en 3ème cycle des études médicales ».\n"
        "Cet arrêté précise que vous devez être au minimum en 3è semestre et que le nombre de semestres inter CHU est limité à 3 (à l’exception des "
        "Antilles et de l’Océan Indien où 5 stages sont possibles).",
        [],
        page_date="2019-09-03",
        distractors=[
            "01/08/2015 (written on)",
            "03/09/2019 (updated on)",
            "4 février 2011 (a text)",
        ],
        note="an ophthalmology interns' association guide to out-of-subdivision placements: no deadline at all",
    )
    p(
        "r7s-clinic-internat-odontologie-2017",
        "https://editionscdp.fr/revues/clinic/article/n-360/les-postulants-ont-planche-deux-fois-CLI380954202.html",
        "Clinic n° 09 du 01/09/2017\n"
        "INTERNAT EN ODONTOLOGIE\n"
        "ACTU\n"
        "Les 461 étudiants qui concouraient pour les 114 postes d’interne en odontologie à pourvoir cette année ont dû passer une seconde fois l’épreuve "
        "de questions le 30 juin. L’une des questions posées lors du concours du 30 mai avait déjà été utilisée comme sujet d’étude à la faculté de Reims "
        "en 2010.\n"
        "Cette situation créait une « rupture d’égalité entre les candidats » susceptible d’entraîner « l’annulation du concours en cas de contentieux ».",
        [],
        page_date="2017-09-01",
        distractors=[
            "01/09/2017 (issue date)",
            "30 juin (an exam retaken, in the past)",
            "30 mai (the exam)",
        ],
        note="dental press news on the internship exam: exam days, nothing to send",
    )
    p(
        "r7s-ars-idf-post-internat-francilien",
        "https://www.iledefrance.ars.sante.fr/demographie-medicale-franc-succes-pour-le-post-internat-francilien",
        "Démographie médicale : franc succès pour le post-internat francilien\n"
        "Actualité\n"
        "[...]\n"
        "Déployés par l’ARS Île-de-France en 2014, les postes d’assistants spécialistes à temps partagé (ASP) et d’assistants universitaires de médecine "
        "générale (AUMG) visent à dynamiser le post-internat francilien et à renforcer la démographie médicale au sein des territoires fragiles. Deux ans "
        "après la signature des premiers contrats, le succès est au rendez-vous.\n"
        "[...]\n"
        "Depuis 2014, les postes d’assistants spécialistes à temps partagé (ASP) et d’assistants universitaires de médecine générale (AUMG) donnent aux "
        "médecins franciliens fraîchement diplômés l’opportunité de parfaire leur formation. Pour l’ARS, il s’agit également de répondre aux besoins en "
        "santé des territoires. Trois ans et trois appels à candidatures plus tard, le succès est au rendez-vous : malgré une augmentation du nombre de "
        "postes (de 6 en 2014 à 15 en 2016 pour les AUMG et de 15 à 46 pour les ASP), l’ARS n’arrive plus à satisfaire toutes les candidatures.",
        [],
        distractors=["2014, 2016 (years of a programme)"],
        note="a regional health agency's news on shared assistant posts: calls named, no date to send anything",
    )
    p(
        "r7s-paris-est-sup-bourses-mobilite",
        "https://www.paris-est-sup.fr/doctorat/international/bourses/bourses-de-mobilite-internationale",
        "Bourses de mobilité internationale\n"
        "La Communauté d’universités et établissements (ComUE) Paris-Est propose à ses doctorants et doctorantes, et ce quel que soit leurs établissements "
        "d’inscription administrative (Université Gustave Eiffel, UPEC, École nationale des ponts et chaussées, l’EnvA), des bourses de mobilité "
        "internationale. Ces bourses, au nombre maximal de quinze, sont destinées à financer en tout ou partie des séjours d’une durée supérieure ou égale "
        "à deux mois exclusivement à l’étranger.\n"
        "[...]\n"
        "Le montant maximal est fixé à 5 000 €. [...]\n"
        "Le remboursement des frais engagés se fera sur présentation de justificatifs de dépenses effectuées strictement au cours de l’année 2025.",
        [],
        distractors=["au cours de l’année 2025 (a condition on expenses, a year)"],
        note="a ComUE's doctoral mobility grants: the excerpt names no day to apply by",
    )
    p(
        "r7s-fdvf-inter-chu-dermatologie",
        "https://fdvf.org/internat/la-formation/services-de-dermatologie-en-chu",
        "Les internes ont la possibilité de réaliser 3 stages dans une subdivision autre que celle dans laquelle ils ont été affectés (dont un stage à "
        "l’étranger sous certaines conditions).\n"
        "[...]\n"
        "Procédure\n"
        "Les commissions inter-CHU de chaque subdivision se tiennent au moins 4 mois avant le début du semestre. Les dates limites de dépôt des dossiers "
        "se situent en général au moins 6 mois avant le début du stage.\n"
        "Le dossier doit comporter :\n"
        "- une lettre de demande motivée ;\n"
        "- un projet de stage ;",
        [],
        distractors=["au moins 6 mois avant le début du stage (a relative deadline, no date)"],
        note="a dermatology trainees' site: 'dates limites de dépôt' with no date, only a delay before the placement",
    )
    p(
        "r7s-ubo-brest-derogation-las",
        "https://univ-brest.fr/faculte-medecine/fr/page/intranet-commission-de-derogation-las",
        "Tout candidat peut présenter deux fois sa candidature pour une admission dans les formations MMOP/R, sous réserve d'avoir validé au moins 60 "
        "crédits ECTS supplémentaires lors de sa seconde candidature. [...]\n"
        "Ces dérogations sont accordées chaque année dans la limite de 8 % du nombre total de places offertes pour l'accès dans les formations de MMOP/R.\n"
        "Les étudiants pouvant justifier de motifs sérieux, médicaux ou familiaux ayant notablement perturbé la scolarité ou le déroulement des épreuves, "
        "peuvent demander à bénéficier d'une dérogation, pour la rentrée 2024/2025.\n"
        "NB: la demande de triplement ne peut être formulée qu'après l'exercice d'une deuxième candidature.",
        [],
        distractors=["rentrée 2024/2025 (the academic year the exemption is for)"],
        note="a faculty of medicine's exemption committee: a request is possible, but no date is given",
    )
    p(
        "r7s-fncs-assistants-partages-2018",
        "https://www.fncs.org/assistants-partages-specialistes-2018-2020-instruction-ministerielle",
        "Les appels à candidatures 2019\n"
        "INSTRUCTION N° DGOS/RH1/2018/158 du 27 juin 2018 relative à la répartition par région des postes d’assistants spécialistes à temps partagé pour "
        "la période 2018-2020\n"
        "Une première vague d'appel à candidature a été lancé en 2018. En Ile-de-France, 12 dossiers portés par des centres de santé, ont été retenus. "
        "Pour des raisons de règlementation le financement de ces postes a été versé uniquement aux partenaires hospitaliers.Cette mise en oeuvre inadaptée "
        "à la construction d'une coopération équitable devrait être modifiée à l'occasion des prochains appels à candidature 2019.",
        [],
        distractors=["27 juin 2018 (an instruction's date)", "2018-2020, 2019 (years)"],
        note="a federation of health centres on shared assistant posts: calls named by year only",
    )
    p(
        "r7s-neuro-marseille-edilb-2018",
        "https://neuro-marseille.org/blog/concours-ecole-de-linserm-liliane-bettencourt/",
        "Concours École de l’INSERM Liliane Bettencourt\n"
        "[...]\n"
        "Les résultats du concours de l’Ecole de l’INSERM Liliane Bettencourt (EdILB) sont tombés le 19 juin 2018 : les quatre postulants d’AMU ont réussi "
        "le concours et l’un d’eux a été classé major de promotion ! C’est l’occasion de revenir sur ce concours qui permet de financer un double cursus : "
        "médecine et sciences.\n"
        "[...]\n"
        "Le concours de l’EdILB a lieu en deux temps. Une première sélection se déroule au mois de septembre, sur dossier (lettre de motivation et lecture "
        "critique d’un article scientifique), à l’issue de laquelle 60 élèves (sur un total de 200 candidats) sont admis. Ces 60 élèves entrent en "
        "première année et suivent l’école de février : deux semaines de formation scientifique à Sèvres, avec conférences dans différents domaines de "
        "recherche et cours de maths, physique, chimie et biologie.\n"
        "La sélection pour la deuxième année a lieu en juin, lors d’un oral de 30 minutes",
        [],
        distractors=[
            "19 juin 2018 (results)",
            "au mois de septembre (selection on file, vague)",
            "en juin (oral, vague)",
        ],
        note="a neuroscience school's news on the MD-PhD programme's results: no deadline",
    )
    p(
        "r7s-cogiv-gala-ifmk-vichy-2023",
        "http://www.cogiv.org/registration",
        "Inscriptions GALA 2023\n"
        "Identification participant\n"
        "• Date limite de réception du bulletin de paiement et chèques de caution : 20 novembre 2023 (cachet de la poste faisant foi).\n"
        "• Aucune inscription ne sera acceptée sans règlement et réception des chèques de caution.\n"
        "• Les demandes seront traitées par ordre d’arrivée des bulletins et selon les disponibilités.\n"
        "• Annulation : Seules les annulations d’inscription parvenant par écrit (e-mail : cogiv.association@gmail.com) au plus tard le 1er décembre 2023, "
        "12h, permettront le remboursement des sommes versées, déduction faite des frais de dossier et d’inscription.\n"
        "[...]\n"
        "Un chèque de caution vous sera demandé pour la soirée privilège et la journée scientifique:\n"
        "• Le montant sera de 30€, il sera prélevé pour toute absence non prévue ou signalée après la date du 1er décembre 2023.",
        [d("2023-11-20", kind="other"), d("2023-12-01", "12:00", kind="other")],
        distractors=["1er décembre 2023 (again, the same cancellation day)"],
        note="a physiotherapy school's student association gala: registering to attend is kind other; the cancellation day is a withdrawal, "
        "which the rules also make a deadline of kind other (a subscriber need not send anything by it unless withdrawing)",
    )
    p(
        "r7s-unilim-pharmacie-acces-direct",
        "https://www.pharmacie.unilim.fr/acces-direct-aux-etudes-de-sante",
        "Accès direct aux études de santé\n"
        "La procédure d’accès direct aux études de santé (MMOP) s’adresse à des candidats diplômés, ou en cours d’études de santé, dans État autre qu’un "
        "État membre de l’Union Européenne, d’un autre État partie à l’accord sur l’EEE, de la Confédération Suisse ou de la Principauté d’Andorre et "
        "souhaitant bénéficier d’un accès direct en 2ᵉ année (leur parcours se substitue alors à l’année de PASS ou LAS) et d’une éventuelle dispense "
        "d’études.\n"
        "[...]\n"
        "- Du 1er décembre au 1er février : les candidats envoient leur dossier à l’Espace Campus France du pays où le diplôme a été validé.\n"
        "- 15 mars : date limite d’envoi des dossiers pa",
        [],
        opens="?",
        distractors=[
            "Du 1er décembre au 1er février (a window without a year, undated page)",
            "15 mars (a deadline without a year, undated page)",
        ],
        note="a faculty of pharmacy's direct-access procedure: the window and the deadline have no year and the page no date, so they are "
        "unresolvable and expected to give nothing (a subscriber would want them; the documented limit)",
    )
    p(
        "r7s-egora-internat-titre-europeen",
        "https://v2-preprod.egora.fr/node/53652",
        "Un arrêté publié au Journal officiel le 23 mai dévoile la répartition des postes ouverts pour l’internat français aux candidats de l’Union "
        "européenne, de Suisse ou d’Andorre. 35 postes seront offerts, répartis entre sept facultés de rattachement.\n"
        "Conformément à un arrêté de 2004, les ministères de l’Enseignement supérieur et de la Santé ont dévoilé le nombre de postes offerts au concours "
        "d'internat de médecine à titre européen. Il concerne les étudiants en médecine de l’Union européenne, de Suisse et d’Andorre et des États "
        "intégrés à l'Espace économique européen.\n"
        "Au total, 35 postes seront offerts parmi 24 spécialités. Ils sont répartis entre sept villes (Amiens, Marseille, Bordeaux, Nice, Rennes, Rouen, "
        "Tours) de la manière suivante :\n"
        "- Médecine générale : 1 poste à Rouen\n"
        "- Gériatrie : 3 postes à Bordeaux, Rennes et Tours",
        [],
        distractors=["23 mai (publication of a decree)"],
        note="medical press on posts open to EU candidates: a publication date, nothing to send",
    )
    p(
        "r7s-ehesp-en-occupational-health-apply-2018",
        "https://www.ehesp.fr/en/research/doctorate/national-doctoral-course-in-occupational-health/how-to-apply/",
        "Applications are open to 1st year PhD students. The applicant’s application should meet the doctoral schools (DS) recruitment requirements.\n"
        "The deadline for on-line application submission is 31/05/2018 at midday.\n"
        "[...]\n"
        "Auditions\n"
        "Applicants selected during the pre-admissibility procedure (21/06) based on their application will be called for an audition which will take "
        "place on 3 July 2018 in Paris.",
        [d("2018-05-31", "12:00")],
        distractors=[
            "21/06 (pre-admissibility, an event)",
            "3 July 2018 (audition)",
        ],
        note="a school of public health's doctoral course, English page: 'deadline ... is' a numeric date 'at midday'",
    )
    p(
        "r7s-ehesp-en-faq-doctorate-2015",
        "https://www.ehesp.fr/en/frequently-asked-questions/faq-doctorate/",
        "Is there an age limit for applicants?\n"
        "There is no age limit for admission to the network or for requests for grant.\n"
        "How do I apply?\n"
        "Fill in the application form and return it before:\n"
        "• Doctoral Network – 31 December 2015\n"
        "• Doctoral contracts – 10 May 2015\n"
        "The doctoral students will be required to register with a partner doctoral School.\n"
        "How do I apply for a research grant?\n"
        "Applicants should check the appropriate box on the application form.\n"
        "If the application is acceptable, the applicant should present his research project to the Scientific Steering Committee of the doctoral "
        "network (date to be agreed).",
        [d("2015-12-31"), d("2015-05-10")],
        distractors=["(date to be agreed) (a presentation, no date)"],
        note="a school of public health's doctoral FAQ: a list of two dates after one cue ('return it before:') shares it",
    )
    p(
        "r7s-clear-doc-eligibility-2023",
        "https://clear-doc.univ-gustave-eiffel.fr/how-to-apply/eligibility-criteria",
        "The following eligibility criteria must be fulfilled so that the application can be evaluated by the Selection Committee. Applications not meeting "
        "all the criteria will not be evaluated and will be rejected.\n"
        "Applicants must fulfil the following eligibility criteria:\n"
        "- At the time of the deadline, applicants must be in possession or finalizing their Master’s degree or equivalent/postgraduate degree.\n"
        "[...]\n"
        "- One application per call per year is allowed.\n"
        "- Applicants must be available full-time to start the programme on schedule (November 1st 2023).",
        [],
        distractors=["November 1st 2023 (the programme's start, a condition)"],
        note="a university's MSCA doctoral programme, eligibility page: 'the deadline' named without a date; the start day is no deadline",
    )
    p(
        "r7s-pearl-lille-eligibility",
        "https://www.pearl-phd-lille.eu/en/phd-candidate/call-phd-students-eligibility",
        "Call for PhD students / eligibility\n"
        "Eligibility of the PhD applicants:\n"
        "• ESR eligibility criteria: Early-stage researchers (ESR) shall at the call deadline be in the first four years (full-time equivalent research "
        "experience) of their research careers and have not been awarded a doctoral degree.\n"
        "[...]\n"
        "• Applicants must be in possession of a master degree or equivalent degree which would formally entitle them to embark on a doctorate by the "
        "start of the PhD contract (October 2020 for the first batch and October 2021 for the second batch of PhD students).",
        [],
        distractors=["October 2020, October 2021 (contract starts, a condition, months)"],
        note="a university doctoral programme's eligibility rules: conditions only",
    )
    p(
        "r7s-imazpress-reunion-second-cycle-2023",
        "https://imazpress.com/actus-reunion/universite-de-la-reunion-50-etudiants-font-leur-rentree-en-second-cycle-de-medecine",
        '"Les étudiants en médecine n’ont plus à quitter La Réunion pour compléter leur cursus universitaire. Avec l’ouverture du second cycle pour cette '
        'rentrée 2023, l’Université de La Réunion pourra délivrer le diplôme de formation approfondie en sciences médicales (DFSAM) dès 2026" indique '
        "l'université de La Réunion. \"Ce jeudi 17 août, 50 étudiants de première année ont été accueillis dans les tous nouveaux locaux de la Faculté de "
        "Santé, sur le campus universitaire de Terre Sainte\" ajoute l'université",
        [],
        distractors=["jeudi 17 août (a welcome day)", "rentrée 2023, dès 2026 (years)"],
        note="island press relaying a university's news on its medical school: no call",
    )
    p(
        "r7s-univ-reunion-inscriptions-2018",
        "https://scolarite.univ-reunion.fr/inscription-2018-2019/",
        "Vous retrouverez les pièces nécessaires à votre inscription :\n"
        "- les tarifs des droits d'inscription 2018-2019\n"
        "la liste des pièces à fournir\n"
        "[...]\n"
        "Les inscriptions pour l'année 2018/2019 débutent dès le 6 juillet 2018.\n"
        "Toute inscription est subordonnée à une procédure d'admission ou de préinscription sauf pour les étudiants déjà inscrits à l'université de La "
        "Réunion qui ne postulent pas pour une filière sélective.",
        [],
        opens="2018-07-06",
        note="a university's enrolment page: the enrolment opens on a day ('débutent dès le'), no closing day; the opening is of an administrative "
        "enrolment, labelled as the opening since a subscriber acts from that day",
    )
    p(
        "r7s-univ-reunion-master-admission-2017",
        "http://www.univ-reunion.fr/actualites/admission-en-1ere-annee-de-master-a-luniversite-de-la-reunion/",
        "L’admission à l’université de La Réunion est organisée en deux sessions\n"
        "1ère session\n"
        "Tous les candidats ont reçu une notification le 15 juin 2017.\n"
        "Les candidats qui ont reçu une proposition d’admission de l’université de La Réunion doivent le confirmer au plus tard le 30 juin 2017. Lorsqu’un "
        "candidat a reçu plusieurs propositions d’admission de l’université de La Réunion, la première confirmation qu’il valide entraîne le retrait "
        "automatique des autres propositions.\n"
        "[...]\n"
        "Pour chaque filière, les places déclarées vacantes à l’issue de la 1ère session sont publiées sur le site internet de l’université de La Réunion "
        "le 3 juillet 2017 pour les proposer à la 2ème session.\n"
        "2ème session\n"
        "Les candidats qui n’ont reçu aucune proposition d’admission à la 1ère session peuvent renouveler des candidatures du 1er au 8 juillet 2017 16 "
        "heures (heure de Paris) sur http://candidature-master.univ-reunion.fren suivant la même procédure, pour les places déclarées vacantes à l’issue "
        "de la première session.",
        [d("2017-06-30", kind="other"), d("2017-07-08", "16:00")],
        opens="2017-07-01",
        distractors=[
            "15 juin 2017 (notification)",
            "3 juillet 2017 (publication of vacant places)",
        ],
        note="a university's first-year master admission: a confirmation is kind other; the second session's window after 'candidatures' gives the "
        "opening and the deadline with its time",
    )
    p(
        "r7s-ufrsante-poitiers-passerelles-2025",
        "https://ufrsante.univ-poitiers.fr/passerelles-pour-les-filieres-maieutique-medecine-et-pharmacie/",
        "Le nombre de places pour l’accès direct en 2ème ou 3ème année des études de Santé au titre de l’année universitaire 2025-2026 a été fixé comme "
        "suit :\n"
        "Arrêté du 24/3/2017 en version consolidée (en vigueur) : https://www.legifrance.gouv.fr/loda/id/JORFTEXT000034449796/\n"
        "Veuillez consulter le document précisant les modalités d’organisation du dispositif « passerelles » Note passerelles 2025\n"
        "L’arrêté précise les conditions de candidature (article 2), la liste des pièces constitutives du dossier de candidature (article 3) à déposer "
        "impérativement sur la plateforme e-candidat entre le 3 février et le 15 mars 2025 au plus tard\n"
        "Les résultats vous seront communiqués uniquement via la plateforme e-candidat.\n"
        "[...]\n"
        "La date de dépôt de dossier est fixée entre le 3 février et le 15 mars 2025 sur la plateforme E-candidat :",
        [d("2025-03-15")],
        opens="2025-02-03",
        distractors=["24/3/2017 (a decree)", "2025-2026 (academic year)"],
        note="a health faculty's bridge admissions: 'entre le ... et le ...' after what is sent is the window, written twice",
    )
    p(
        "r7s-univ-poitiers-las-faq-2021",
        "https://www.univ-poitiers.fr/trouver-une-formation/information-licence-acces-sante-universite-de-poitiers-faq/",
        "Mise à jour : le 27 mai 2021.\n"
        "Dans le cadre de la réforme nationale des études de santé, la PACES, première année commune aux études de santé, a été supprimée (sauf pour les "
        "étudiants autorisés à redoubler en 20-21). Pour accéder aux études de santé à l’université de Poitiers, les lycéen·ne·s s’inscrivent dans une "
        "licence avec « accès santé ».\n"
        "[...]\n"
        "Pour cette première chance, vous pouvez candidater à une ou deux filières de santé maximum, en déposant les pièces demandées sur la plateforme "
        "e.candidat. Vous pouvez candidater quels que soient vos résultats obtenus à l’issue des examens du premier semestre.",
        [],
        page_date="2021-05-27",
        distractors=["27 mai 2021 (updated on)"],
        note="a university's FAQ on health-access degrees: how to apply, no date",
    )
    p(
        "r7s-uga-ecandidat-2024",
        "https://www.univ-grenoble-alpes.fr/education/how-to-apply/applying-and-registering/apply/applying-using-the-ecandidat-application-625971.kjsp",
        "Applying using the eCandidat application\n"
        "Your circumstances mean you must apply using the eCandidat application.\n"
        "Step 1: consult the courses open to applicants and course choice calendars\n"
        "Calendars for applications vary depending on the course and begin on February 20, 2024.\n"
        "[...]\n"
        "6. Students who have received a favorable decision must log in again to confirm their application or withdraw.\n"
        "[...]\n"
        "Published on  February 6, 2020\n"
        "Updated on May 13, 2024",
        [],
        opens="2024-02-20",
        page_date="2024-05-13",
        distractors=["February 6, 2020 (published on)", "May 13, 2024 (updated on)"],
        note="a university's application guide: the application calendars 'begin on' a day (an opening); no closing day. The rules do not "
        "list 'begin on' among the call's verbs; labelled as the opening by what a subscriber needs",
    )
    p(
        "r7s-ed-biologie-sante-nantes-2017",
        "http://www.edbiologiesante.fr/la-these/competition-rules/",
        "Applicants for a research grant from the Department and Inserm-Region must report to the contest held in July by the ED .\n"
        "For the choice of the subject the student will contact the supervisor is imperative .\n"
        "Contest Eligibility\n"
        "This procedure involves :\n"
        "considering an application to send to the secretariat by 1st may  2017 - 12h00 .\n"
        "[...]\n"
        "The selection of candidates for convening the hearing will be conducted by the jury's members of the ED 10 may 2017 on the basis of the quality "
        "of the curriculum of the students and its relevance to the thesis project selected .\n"
        "Selected students will be interviewed on 29 et 30 may 2017.",
        [d("2017-05-01", "12:00")],
        distractors=[
            "in July (the contest, vague)",
            "10 may 2017 (jury's selection)",
            "29 et 30 may 2017 (interviews)",
        ],
        note="a doctoral school's contest in machine-translated English: 'to send ... by 1st may 2017 - 12h00' (lower-case month, French time)",
    )
    p(
        "r7s-breath-angers-faq-2025",
        "https://breath.univ-angers.fr/en/faq.html",
        "How many doctoral candidates will be recruited ?\n"
        "20 fellowships will be funded for 36 months in Health and SSH - Social Sciences and Humanities. 10 in September/October 2025, 10 in "
        "September/October 2026\n"
        "[...]\n"
        "How many calls for applications will be launched ?\n"
        "The Breath programme will launch two calls for applications, one in 2025, one in 2026. See the calendar on\n"
        "What is the deadline for submitting applications for the first call ?\n"
        "The deadline for the first call is March 13rd, 2025, at 00:00h CET.\n"
        "When will open the second call ?\n"
        "The second call will open on January 2026 and will replicate the same recruitment process as for the first call. See the calendar on",
        [d("2025-03-13", "00:00")],
        distractors=[
            "September/October 2025, 2026 (starts)",
            "January 2026 (second call opens, a month)",
        ],
        note="a university's doctoral programme FAQ: an odd ordinal ('13rd') and '00:00h' kept as written; the second call's month is vague",
    )
    p(
        "r7s-sorbonne-alterpaces-2020",
        "https://medecine.sorbonne-universite.fr/les-formations/medical-studies/paces/",
        "Newly adapted first year of medical and paramedic studies\n"
        "Introduction of AlterPACES\n"
        "The application procedure will be online very soon, it will be possible until March 15, 2020\n"
        "Following the introduction of PACES (Adapted PACES) in 2018-2019 by the Sorbonne University Faculty of Medicine, as of 2019-2020 you can now "
        "apply through AlterPACES for admission into 2nd year of the MMOP (French abbreviation for Midwifery, Medicine, Dentistry and Pharmacy) health "
        "studies for the academic year starting in September 2020.",
        [d("2020-03-15")],
        distractors=["September 2020 (the academic year's start)"],
        note="a faculty of medicine's English page: 'possible until' a day",
    )
    p(
        "r7s-e-carabin-poitiers-doyen-2007",
        "http://e-carabin.net/showthread.php?40013-Important-Message-du-Doyen-%C3%A0-l-attention-des-Lyc%C3%A9ens",
        "A L'ATTENTION DES FUTURS BACHELIERS CANDIDATS A UNE INSCRIPTION POUR LA PROCHAINE RENTREE UNIVERSITAIRE 2007-2008\n"
        "Les études de médecine et de pharmacie sont les seules des Universités à être soumises à un numerus clausus à la fin de la première année.\n"
        "A Poitiers, pour un peu plus de 1000 (1043) étudiants s’inscrivant en première année d’études médicales, le numerus clausus est de 167.\n"
        "[...]\n"
        "Fait à Poitiers, le 21 février 2007\n"
        "Le Doyen, Roger GIL",
        [],
        distractors=["21 février 2007 (a letter's date, no cue)", "2007-2008 (academic year)"],
        note="a students' forum quoting a dean's letter: a signature date only",
    )
    p(
        "r7s-ed-stt-pays-de-la-loire-avant",
        "https://ed-stt.doctorat-paysdelaloire.fr/avant",
        "Conditions pour une inscription en 1e année de doctorat :\n"
        "• Le candidat ou la candidate doit être titulaire d'un diplôme national de master ou d'un autre diplôme conférant le grade de master, à l'issue "
        "d'un parcours de formation ou d'une expérience professionnelle établissant son aptitude à la recherche.\n"
        "[...]\n"
        "• Le doctorant ou la doctorante doit justifier d'un financement au moins équivalent à 80% du SMIC par an.\n"
        "[...]\n"
        "Consulter la charte du doctorat Pays de la Loire suite à la modification du 26 aout 2022 de l'arrêté du 25 mai 2016 et validée par le comité "
        "doctoral le 16 février 2023",
        [],
        distractors=[
            "26 aout 2022, 25 mai 2016 (texts)",
            "16 février 2023 (a committee's approval)",
        ],
        note="a doctoral school's admission conditions: texts and a committee, no deadline",
    )
    p(
        "r7s-rouen-licence-sciences-sante-2017",
        "http://medecine-pharmacie.univ-rouen.fr/licence-sciences-pour-la-sante-ingenierie-biomedicale-547486.kjsp?RH=1391159213738&ONGLET=2",
        "- étudiants en réorientation titulaires d’un baccalauréat général de l’académie de Rouen et inscrits en 2016-2017 dans une autre filière "
        "universitaire.Le nombre de places ouverts en réorientation étant fixé à 24 places, les candidats doivent déposer avant le lundi 10 juillet 2017, "
        "un dossier comprenant les pièces suivantes :\n"
        "• photocopie du baccalauréat\n"
        "• photocopie recto-verso de la carte d'étudiant(e) 2016-2017\n"
        "• relevé de notes de l'année 2016-2017\n"
        "• curriculum vitae\n"
        "• lettre de motivation\n"
        "Les documents sont à envoyer par courrier électronique à l'adresse suivante : scolarite.licence-sante@univ-rouen.fr\n"
        "L’acceptation est soumise à la décision d’une commission d’examen des dossiers demandés aux étudiants.\n"
        "Les candidat(e)s retenu(e)s seront informé(e)s à partir du 17 juillet 2017.",
        [d("2017-07-10")],
        distractors=["à partir du 17 juillet 2017 (results)", "2016-2017 (academic year)"],
        note="a faculty of medicine and pharmacy's health-science degree: a reorientation file 'avant le' a weekday and date; results are an event",
    )
    p(
        "r7s-tendanceouest-rouen-portes-ouvertes",
        "https://www.tendanceouest.com/actualite-415829-seine-maritime-les-portes-ouvertes-a-l-universite-de-rouen-sont-aussi-l-occasion-de-parler-des-filieres-en-tension",
        "Les portes ouvertes de l'université de Rouen sont de retour cette année. Samedi 27 janvier de 9h30 et 17h, tous les campus sont ouverts : "
        "Pasteur, Martainville, Mont-Saint-Aignan, Le Madrillet, celui d'Elbeuf et d'Evreux. L'objectif : parler des formations mais aussi des filières en "
        "tension comme STAPS et Sciences de l'éducation.",
        [],
        distractors=["Samedi 27 janvier de 9h30 et 17h (an open day, no year)"],
        note="local press on a university's open day: an event",
    )
    p(
        "r7s-tiris-toulouse-atout-postdoc-2026",
        "https://tiris.univ-toulouse.fr/?p=1880",
        "Programme de bourses postdoctorales AToUT\n"
        "Recherche pour les transitions dans les domaines de la santé, de la société et de la durabilité.\n"
        "Clôture de l’appel à candidatures le 28 février 2026\n"
        "Le programme AToUT (Attractivité de l’Université de Toulouse pour les transitions) est une initiative de bourses postdoctorales coordonnée par la "
        "Communauté d’universités et établissements de Toulouse (Comue), et un élément central de l’initiative TIRIS (Toulouse Initiative for Research "
        "Impact on Society).\n"
        "[...]\n"
        "Offre de bourse\n"
        "- 44 bourses de 24 mois (trois appels)",
        [d("2026-02-28")],
        note="a university community's postdoctoral fellowships (health among the themes): 'Clôture de l’appel à candidatures le' a day",
    )
    p(
        "r7s-ut3-solidarite-chercheurs-2022",
        "https://www.univ-tlse3.fr/accueil-des-etudiants-et-chercheurs-internationaux-ut3-poursuit-ses-actions-de-solidarite",
        "Publié le 31 mai 2022 Mis à jour le 26 juin 2023\n"
        "Fidèle à ses valeurs de solidarité, d’éducation et d'humanisme, l'université Toulouse III - Paul Sabatier accompagne, depuis de nombreuses "
        "années, les étudiantes, étudiants, chercheuses et chercheurs internationaux qui viennent poursuivre leur activité en France, suite à une "
        "situation instable rencontrée par leur pays.\n"
        "[...]\n"
        "Après la prise de pouvoir des Talibans en Afghanistan en août 2021, l’initiative a été prise d’accueillir Saha Naceri, doctorante afghane, et de "
        "lui attribuer une bourse doctorale. Arrivée au sein d'UT3 en avril 2022, son dossier a été sélectionné par",
        [],
        page_date="2023-06-26",
        distractors=[
            "31 mai 2022 (published)",
            "26 juin 2023 (updated)",
            "août 2021, avril 2022 (months)",
        ],
        note="a university's news on hosting researchers: a grant named, no call",
    )
    p(
        "r7s-univ-toulouse-doctorat-inscription",
        "https://doctorat.univ-toulouse.fr/inscription",
        "ADMISSION, INSCRIPTION, RéINSCRIPTION\n"
        "[...]\n"
        "Comment être admis.e en doctorat ?\n"
        "Vous souhaitez faire un doctorat à l'Université de Toulouse, mais ne savez pas comment candidater ?\n"
        "Comment s'inscrire en 1ere année ?\n"
        "Vous êtes admis.e en doctorat mais vous ne savez pas quelles sont les étapes à suivre ?\n"
        "Comment se réinscrire en 2e année et + ?\n"
        "Vous vous questionnez sur certains cas spécifiques : que faire en cas de soutenance avant le 31 décembre ? en cas de prolongation ?",
        [],
        distractors=[
            "avant le 31 décembre (a defence before a day, in a question, no year, undated page)"
        ],
        note="a university's doctoral enrolment hub: 'avant le' a year-less day in a question about defences; nothing to send",
    )
    p(
        "r7s-nantes-changement-des",
        "http://www.medecine.univ-nantes.fr/formation-initiale/3e-cycle/changement-de-des-internes-issus-des-ecn-jusqu-en-2016-2097846.kjsp?RH=1395999661170",
        "Deuxième choix : 2ème inscription aux ENCi\n"
        "L'étudiant ayant obtenu une première affectation et désirant bénéficier d'un deuxième choix peut se représenter aux ECNi lors de sa première "
        "année d'internat, sauf s'il a déjà exercé son deuxième choix en tant qu' « auditeur ».\n"
        "[...]\n"
        "Procédure :\n"
        "Pour être inscrit une deuxième fois aux épreuves classantes nationales, l'étudiant fait connaître, par écrit, avant la fin du premier stage, à "
        "son unité de formation et de recherche (Gestionnaire DFASM3 de la Scolarité Bureau G - à l'attention du Doyen), à son Centre Hospitalier "
        "Universitaire de rattachement et à l'Agence Régionale de Santé dont il relève, son intention de renoncer au bénéfice de l'affectation prononcée "
        "à l'issue des premières épreuves classantes nationales.\n"
        "Droit au remords : changement de discipline\n"
        "L'étudiant peut demander avant la fin du 4ème semestre d'internat réalisé à changer de discipline",
        [],
        distractors=[
            "avant la fin du premier stage, avant la fin du 4ème semestre (relative, no date)"
        ],
        note="a faculty of medicine's rules for changing specialty: deadlines relative to the internship, no date",
    )
    p(
        "r7s-hdf-paps-stages-pharmacie",
        "https://www.hauts-de-france.paps.sante.fr/index.php/les-stages-et-linternat-122",
        "Les stages et l’internat\n"
        "Dernière mise à jour :\n"
        "21/02/2024\n"
        "[...]\n"
        "Au cours de leur cursus, les étudiants en pharmacie doivent effectuer des stages pratiques essentiels à l’acquisition des fondements du métier "
        "de pharmacien et de l’éthique de la profession.\n"
        "2ème année : le stage officinal d'initiation (4 semaines)\n"
        "[...]\n"
        "Focus sur le choix des stages\n"
        "Les choix de stage sont réalisés avec la faculté en fonction du classement de l’étudiant.",
        [],
        page_date="2024-02-21",
        distractors=["21/02/2024 (updated on, on the line after its label)"],
        note="a regional health agencies' portal for pharmacy students: an update stamp on its own line, nothing to send",
    )
    p(
        "r7s-fhf-evc-affectation-2024",
        "https://emploi.fhf.fr/expertises/ressources-humaines/personnel-medical/publication-dun-nouveau-calendrier-pour-laffectation-des-laureats-des-evc",
        "L’arrêté prévoit que pour participer à la procédure nationale de choix, les lauréats, nommés sur liste principale, s'inscrivent en ligne sur la "
        "plateforme internet dédiée, à partir du jeudi 21 mars 2024 jusqu’au mercredi 27 mars 2024. Une phase de simulation débute le jeudi 21 mars 2024 "
        "jusqu’au mercredi 27 mars 2024 à 17 heures (heure de Paris).\n"
        "Durant cette période, chaque lauréat renseigne et modifie le cas échéant ses vœux d'affectation dans sa seule spécialité et par ordre de "
        "priorité décroissante. A l'issue de cette période, le vendredi 29 mars 2024, il est procédé à l'affectation définitive.",
        [d("2024-03-27", "17:00", kind="other")],
        opens="2024-03-21",
        distractors=["vendredi 29 mars 2024 (final assignment)"],
        note="a hospital federation on the post choice of foreign-diploma doctors: registering and wishes (vœux) for a choice of posts are kind "
        "other; the same end day twice, once with its time",
    )
    p(
        "r7s-quotidien-fst-j-3-2019",
        "https://static2.lequotidiendumedecin.fr/jeunes-medecins/internat/formations-specialisees-transversales-j-3-carabins-et-internes-dans-le-flou-reclament-un-delai-pour",
        "Formations spécialisées transversales : à J-3, carabins et internes dans le flou réclament un délai pour candidater\n"
        "Par\n"
        "Publié le 27/06/2019\n"
        "J-3 avant la clôture des candidatures pour les formations spécialisées transversales (FST), le 30 juin, et le nombre de postes n'est toujours pas "
        "publié au « Journal officiel », ce qui a le don d'irriter les étudiants en médecine et les internes.\n"
        "[...]\n"
        "« On nous a dit aux dernières réunions ministérielles, le 3 et 12 juin, que la publication du nombre de postes était imminente, mais toujours "
        "rien. » [...] La première promotion d'internes débutera les FST en novembre 2019.",
        [d("2019-06-30")],
        page_date="2019-06-27",
        distractors=[
            "27/06/2019 (published on)",
            "le 3 et 12 juin (past meetings)",
            "novembre 2019 (start, a month)",
        ],
        note="medical press relaying the interns' unions: 'la clôture des candidatures ..., le 30 juin' is the FST deadline; the year comes from the "
        "page date",
    )
    p(
        "r7s-quotidien-carte-fst-2023",
        "https://static1.lequotidiendumedecin.fr/jeunes-medecins/internat/carte-interactive-la-repartition-des-formations-complementaires-ouvertes-aux-internes-en-2023-2024",
        "[Carte interactive] La répartition des formations complémentaires ouvertes aux internes en 2023-2024\n"
        "Par\n"
        "Publié le 11/04/2023\n"
        "L'arrêté sur le nombre de formations spécialisées transversales (FST) ouvertes aux internes pour l'année universitaire 2023-2024 a été publié. "
        "Pour les six FST d'intérêt en médecine générale, 504 places sont proposées. Découvrez leur répartition.\n"
        "[...]\n"
        "L’arrêté fixant le nombre d’internes autorisés à suivre une formation complémentaire pour l’année universitaire 2023-2024 est paru au Journal "
        "officiel ce 9 avril.",
        [],
        page_date="2023-04-11",
        distractors=["11/04/2023 (published on)", "ce 9 avril (a decree's publication)"],
        note="medical press on the number of FST places: publication dates only",
    )
    p(
        "r7s-egora-options-fst-2025",
        "https://v2-dev.egora.fr/etudiants/etudes-de-medecine/internes-pres-de-3000-options-et-fst-ouvertes-pour-lannee",
        "Internat : près de 3000 options et FST ouvertes pour l'année universitaire 2025-2026\n"
        "Près de 3000 formations spécialisées transversales (FST) et options seront ouvertes aux étudiants de troisième cycle (médecine, odontologie, "
        "pharmacie…) pour l'année universitaire 2025-2026. Un chiffre en hausse par rapport à l'an passé.\n"
        "[...]\n"
        "L'an dernier, 2 730 places avaient été ouvertes au titre de ces options et FTS. Un nouvel arrêté, paru mercredi 30 avril au Journal officiel, est "
        "venu fixer le nombre de postes disponibles pour suivre une option ou un FST au titre de l'année universitaire 2025-2026.",
        [],
        distractors=["mercredi 30 avril (a decree's publication)"],
        note="medical press on options and FST places: 'ouvertes' means places offered, not applications opening; no date to send",
    )
    p(
        "r7s-quotidien-enquete-fst-syndicats",
        "https://diabetologie-endocrinologie.lequotidiendumedecin.fr/jeunes-medecins/internat/les-syndicats-dinternes-lancent-une-enquete-sur-les-formations-specialisees-transversales",
        "La FST : quelle place dans l’internat et à quoi bon ? C’est la question qu’ont décidé de poser les syndicats d’internes à leurs collègues à "
        "travers une enquête en ligne.\n"
        "[...]\n"
        "Les deux syndicats d’internes en médecine l’Isni et l’Isnar-IMG et la Fédération nationale des syndicats d'internes en pharmacie et biologie "
        "médicale (FNSIP-BM) ont donc décidé de lancer une enquête sur le sujet. [...]\n"
        "Les internes ont jusqu’au 12 septembre pour répondre à cette enquête.",
        [],
        distractors=["jusqu’au 12 septembre (a survey's closing, no year, undated page)"],
        note="press on the interns' unions' survey: answering a survey is not a candidature, and the day has no year on an undated page, so "
        "nothing is expected either way",
    )
    p(
        "r7s-sorbonne-these-exercice",
        "https://sante.sorbonne-universite.fr/formations/etudes-medicales/le-3e-cycle/la-these-dexercice",
        "La Thèse d’exercice\n"
        "Vous vous préparez à soutenir une Thèse d’Exercice en vue de l’obtention du diplôme d’Etat de docteur en médecine et vous devez soutenir devant "
        "un jury.\n"
        "Le Guide du thésard et les rubriques de cette page vous renseignent sur les consignes à respecter lors de la rédaction de votre thèse ainsi que "
        "sur les démarches administratives à réaliser impérativement: dépôt de dossier d'autorisation de soutenance (anciennement permis d'imprimer) cinq "
        "semaines avant la soutenance et réservation de la salle.\n"
        "[...]\n"
        "Depuis 2023, les demandes d'autorisation de soutenance (ex \"dépôt de permis d'imprimer\") sont à faire par email, 5 semaines avant la date de "
        "soutenance et non plus 4 semaines avant.",
        [],
        distractors=["cinq semaines avant la soutenance (relative)", "Depuis 2023 (a year)"],
        note="a faculty of health's thesis page: the filing is relative to each defence, no date",
    )
    p(
        "r7s-quotidien-7974-postes-2024",
        "https://static1.lequotidiendumedecin.fr/jeunes-medecins/internat/internat-7-974-postes-disponibles-la-rentree-ce-quil-faut-savoir-sur-la-procedure-dappariement",
        "Les étudiants en fin de sixième année ayant franchi le cap des très redoutées épreuves nationales dématérialisées (EDN) en octobre et des "
        "examens cliniques objectifs et structurés (Ecos) à la fin mai, sont enfin fixés sur le nombre de postes d’internat disponibles à la rentrée "
        "prochaine.\n"
        "Un arrêté paru au Journal officiel le mardi 9 juillet précise le nombre de postes ouverts. Au total, 7 974 postes (dont 285 contrats "
        "d’engagement de service public – CESP) seront disponibles dès septembre pour la première promotion des ECNi nouvelle formule.\n"
        "[...]\n"
        "En plus de ces redoublants, un peu plus de 200 étudiants n’ont pas obtenu la note requise de 14/20 aux épreuves nationales dématérialisées (EDN) "
        "en octobre 2023 et janvier 2024, échouant ainsi dès la première étape du concours.",
        [],
        distractors=[
            "mardi 9 juillet (a decree's publication)",
            "en octobre, à la fin mai, dès septembre (vague)",
            "octobre 2023, janvier 2024 (exams, months)",
        ],
        note="medical press on internship posts: exam and publication dates, nothing to send",
    )
    p(
        "r7s-tempo-ifmsa-programmes",
        "http://tempo-asso.fr/ifmsa-programmes/",
        "Partir en stage à l’étranger\n"
        "L’International Federation of Medical Student’s Association (IFMSA) est un organisme international vous permettant d’effectuer des stages à "
        "l’étranger parmi lesquels on retrouve les stages :\n"
        "Cliniques : des stages de sémiologie ou de chirurgie -> c’est le programme SCOPE. [...]\n"
        "De recherche : des stages de master bio -> c’est le programme SCORE. Ils sont validants et doivent durer 4 semaines.\n"
        "Attention : il n’est possible de partir que lors de l’été à la fin de la D1. Tout cela fonctionne sur la base de l’échange : un étudiant de PO "
        "part en stage, un étudiant étranger vient et est accueilli par l’étudiant de PO.",
        [],
        distractors=["lors de l’été à la fin de la D1 (when to go, vague)"],
        note="a local medical students' association on exchange placements: no date",
    )
    p(
        "r7s-quotidien-ecoles-ete-angers-2014",
        "https://diabetologie-endocrinologie.lequotidiendumedecin.fr/internes/etudes-medicales/une-universite-lheure-des-ecoles-dete",
        "Mais, que viennent donc faire à Angers des étudiants pakistanais, australiens, biélorusses, espagnols… quand leurs camarades de promotion ont "
        "déjà commencé leurs vacances d’été ?\n"
        "[...]\n"
        "Ces deux petits groupes font partie de l’école d’été consacrée à la recherche. Deux autres écoles, proposées aussi la première quinzaine de "
        "juillet, fonctionnent. Une a pour thème le cancer ; l’autre porte sur le système vasculaire (pour la première année). En 2014, 63 étudiants sont "
        "inscrits.",
        [],
        distractors=["la première quinzaine de juillet (the schools, vague)", "En 2014 (a year)"],
        note="medical press on a faculty's summer schools: no call",
    )
    p(
        "r7s-montpellier-3e-cycle-inscriptions-2018",
        "http://medecine.edu.umontpellier.fr/scolarite/troisieme-cycle-diplomes-d-etudes-specialisees-et-diplome-de-formation-medicale-specialisee/",
        "Inscriptions (toutes spécialités) – Année universitaire 2018-2019\n"
        "mise à jour : 21/08/2018\n"
        "Calendrier des inscriptions\n"
        "DES toutes spécialités et DESC :      du 27/08/18 au 31/10/18\n"
        "DES toutes spécialités : réinscription par le WEB du 27/08/18 au 28/09/2018\n"
        "Promotion 2018 :\n"
        "DES Médecine Générale :     du 1er/10/18 au 31/10/18\n"
        "DES autres spécialités :          du 1er/10/18 au 31/10/18\n"
        "THESES D’EXERCICE (uniquement pour les internes qui ont validé leur DES et soutiennent leur thèse en 2019) : du 1er/10/18 au 12/12/18\n"
        "[...]\n"
        "Inscription en présentiel au bureau du 3ème cycle, à compter du lundi 8 octobre 2018 (horaire d’accueil : 8h30-12h / 13h30-16h du lundi au "
        "jeudi)\n"
        "Date des choix de stage : 5 octobre 2018",
        [
            d("2018-10-31", kind="other"),
            d("2018-09-28", kind="other"),
            d("2018-12-12", kind="other"),
            d("2018-10-05", kind="other"),
        ],
        opens="?",
        page_date="2018-08-21",
        distractors=[
            "21/08/2018 (updated on)",
            "à compter du lundi 8 octobre 2018 (the desk opens; several windows open on different days)",
            "8h30-12h / 13h30-16h (opening hours)",
        ],
        note="a faculty of medicine's third-cycle enrolment calendar: administrative enrolment windows (kind other), '1er/10/18' an odd ordinal "
        "in a numeric date; the day of the choice of posts is kind other by the rules (choix de stage), though it is a session, not something sent. "
        "Windows open on different days, so the opening is not scored",
    )
    p(
        "r7s-umontpellier-en-des-registrations-2024",
        "https://facmedecine.umontpellier.fr/en/formation-des/",
        "3rd cycle (DES)\n"
        "The 3rd cycle of medical studies leads to a DES (Diplôme d'Enseignement Spécialisé) after the defence of a thesis, and a Doctorat (Doctorate) "
        "after the defence of a thesis.\n"
        "Studies in Montpellier & Nîmes\n"
        "Initial training\n"
        "INFORMATION / NEWS\n"
        "Updated: 18/10/2024\n"
        "[...]\n"
        "As a reminder, the re-registration platform is not working:\n"
        "- from 10 p.m. to 7 a.m,\n"
        "- from a tablet,\n"
        "- from a smartphone.",
        [],
        page_date="2024-10-18",
        distractors=["18/10/2024 (updated on)", "from 10 p.m. to 7 a.m (hours, no date)"],
        note="a faculty of medicine's English page on registrations: hours without a date, no deadline",
    )
    p(
        "r7s-umontpellier-pharmacie-reclassement",
        "https://pharmacie.edu.umontpellier.fr/scolarite/reclassement/",
        "A compter de l’année universitaire 2021/2022 :\n"
        "• Les candidats étrangers hors Europe, en cours d’études ou diplômés dans le secteur de la santé (médecine, pharmacie, odontologie ou "
        "maïeutique) souhaitant demander un reclassement, devront déposer/envoyer un dossier tel que mentionné à l’article 3 de l’arrêté du 13 décembre "
        "2019.\n"
        "• Les dossiers seront à constituer à partir de l’année universitaire 2021-2022 et la commission d’examen statuera à partir de mai 2022 pour une "
        "admission effective à partir de juillet/septembre 2022.\n"
        "[...]\n"
        "• La procédure exacte (modalités de dépôt ou envoi des dossiers, délais et dates limites, modalités de contrôle des connaissances et dates de la "
        "commission d’examen) sera mise à votre disposition ici avant fin 2021.",
        [],
        distractors=[
            "13 décembre 2019 (a decree)",
            "à partir de mai 2022 (committee, a month)",
            "avant fin 2021 (the procedure will be published, vague)",
        ],
        note="a faculty of pharmacy's reclassification: 'dates limites' announced for later, none given",
    )
    p(
        "r7s-amu-smpm-special-admissions-2020",
        "https://smpm.univ-amu.fr/en/applications-registrations/applications/special-admissions",
        "In certain specific cases, it is possible to directly access the 2nd or 3rd year of health studies in the following fields: medicine, "
        "midwifery, dentistry, pharmacy.\n"
        "Calendrier des admissions\n"
        "Résultats de la commission d’admissibilité : à partir du 17 mai 2021\n"
        "Dates des entretiens : deuxième quinzaine de juin 2021\n"
        "Résultats de la commission d’admission : à partir du 1er juillet 2021\n"
        "[...]\n"
        "Application forms\n"
        "Candidates submit a file to the faculty where they wish to study.\n"
        "Applications can be :\n"
        "• hand-delivered to the education service no later than 13 March 2020 at 4pm.",
        [d("2020-03-13", "16:00")],
        distractors=[
            "à partir du 17 mai 2021 (results)",
            "deuxième quinzaine de juin 2021 (interviews, vague)",
            "à partir du 1er juillet 2021 (results)",
        ],
        note="a faculty of medicine's bilingual admissions page: a French calendar of events for 2021 beside an English deadline left at 2020 "
        "('no later than ... at 4pm'); labelled as written",
    )
    p(
        "r7s-ed622-u-paris-inscription-2024",
        "https://ed622.u-paris.fr/inscription/",
        "Candidatures en première année de doctorat\n"
        "Pour une candidature en première année de doctorat, les candidat.e.s sont invité.e.s à prendre contact avec les professeur.e.s pour trouver un ou "
        "une directeure de thèse au début de l’année pour une inscription à la rentrée de la même année.\n"
        "Le dossier de demande d’inscription doit obtenir l’aval de la direction du laboratoire d’accueil du futur doctorant avant de pouvoir être soumis "
        "au Bureau de l’ED, jusqu’au 20 Octobre 2024, dernier délai.\n"
        "Contact : ed622@u-paris.fr\n"
        "Janvier : trouver un.e directeur.e. de thèse\n"
        "Mai : dépôt du dossier de candidature au laboratoire d’accueil\n"
        "Juin : audition au laboratoire\n"
        "Juillet :  si candidature retenue par le laboratoire, audition à l’ED\n"
        "Octobre : dépôt du dossier de candidature au Bureau de l’ED",
        [d("2024-10-20")],
        distractors=["Janvier, Mai, Juin, Juillet, Octobre (a calendar of months, vague)"],
        note="a doctoral school's admission: 'jusqu’au ... dernier délai'; the month-only calendar gives nothing",
    )
    p(
        "r7s-ed624-u-paris-application-en",
        "https://ed624.u-paris.fr/en/application/",
        "Registration in 2nd and 3rd year\n"
        "Reminder of Article 11 of the decree of May 25, 2016: (…) Registration is renewed at the beginning of each academic year by the head of the "
        "institution, upon the proposal of the director of the doctoral school, after consultation with the thesis supervisor and, from the third "
        "registration onwards, with the doctoral candidate’s individual monitoring committee (…).\n"
        "The documents to be submitted to the Doctoral School before —– are: the 2025-2026 registrat",
        [],
        distractors=[
            "May 25, 2016 (a decree)",
            "before —– (a deadline left blank)",
            "2025-2026 (academic year)",
        ],
        note="a doctoral school's English page: the re-registration deadline is a placeholder dash, so there is no date to find",
    )
    p(
        "r7s-paris-descartes-inscription-doctorat-2019",
        "http://ecolesdoctorales.parisdescartes.fr/Inscription-et-soutenance-de-these/Inscription-en-doctorat/Procedure-d-inscription/L-Inscription-en-premiere-annee-de-doctorat",
        "1ère étape : Dossier de candidature dématérialisé\n"
        "Si la demande de candidature est acceptée par l'ED, celle-ci transmet au candidat retenu le lien vers l'application eCandidat ainsi que "
        "l'intitulé exact du diplôme sur lequel il doit candidater, accompagné des pièces suivantes :\n"
        "[...]\n"
        "Dates pour cette étape : Du 01 juillet au 15 novembre 2019.\n"
        "Il ne sera plus possible de candidater sur les diplômes de doctorat au-delà de cette date. Seuls les cas exceptionnels seront traités après cette "
        "date (dossier papier à récupérer auprès du bureau des inscriptions de l'IFD sur demande de l'ED)",
        [d("2019-11-15", kind="other")],
        opens="2019-07-01",
        note="a university's doctoral enrolment, after the school has accepted the candidate: the eCandidat step is administrative (kind other). "
        "'Dates pour cette étape :' is not a listed label; the window is labelled by what a subscriber needs, since the next sentence closes "
        "applications after it",
    )
    p(
        "r7s-unilim-college-doctoral-mobilite",
        "https://www.unilim.fr/collegedoctoral/international/mobilite/",
        "Dans l’esprit d’ouverture européenne et internationale, grâce à un budget accordé par le Conseil Régional du Limousin, les doctorants de "
        "l’Université de Limoges peuvent bénéficier d’un soutien financier à la mobilité, dans le cadre de la présentation d’une communication à un "
        "colloque, congrès ou séminaire en France ou à l’étranger, mais aussi à l’occasion d’un séjour scientifique à l’étranger.\n"
        "[...]\n"
        "Procédure à suivre pour une déposer une demande d’aide à la mobilité : Fournir au collège doctoral, au minimum 2 mois avant la mission, les "
        "pièces suivantes :\n"
        "• Dates et lieu de mission\n"
        "• Budget prévisionnel de la mission",
        [],
        distractors=["au minimum 2 mois avant la mission (relative)"],
        note="a doctoral college's mobility aid: a rolling request relative to each mission, no date",
    )
    p(
        "r7s-lorraine-dream-episode-7-2021",
        "https://factuel.univ-lorraine.fr/node/16894",
        "DrEAM épisode 7 : candidatures ouvertes pour la mobilité internationale des doctorants\n"
        "Publié le 14/05/2021 - Mis à jour le 17/05/2023\n"
        "DrEAM épisode 7\n"
        "DrEAM (Doctor, Explore and Achieve More!) est le dispositif mis en place par l’Université de Lorraine dans le cadre de l’Initiative Lorraine "
        "Université d’Excellence (LUE) pour soutenir la mobilité internationale de ses doctorants depuis un peu plus de deux ans. Il permet de financer "
        "des séjours de 2 à 6 mois dans une unité de recherche à l’étranger (à hauteur de 6500 euros maximum).\n"
        "[...]\n"
        "Bonne nouvelle pour les doctorants inscrits à l’UL qui souhaiteraient à leur tour faire partie de l’aventure DrEAM : le septième épisode de ce "
        "dispositif s’est ouvert le 19 avril et les candidatures peuvent être déposées auprès de la Maison du Doctorat jusqu’au 11 juin prochain inclus.",
        [d("2021-06-11")],
        opens="?",
        page_date="2021-05-14",
        distractors=[
            "17/05/2023 (updated on)",
            "le 19 avril (already opened, before the page date)",
        ],
        note="a university's news on a doctoral mobility call: the page date is the publication day the text speaks from; 'jusqu’au 11 juin "
        "prochain' resolves from it. The opening was in the past ('s’est ouvert le 19 avril'), which the year rule would push a year ahead, so "
        "the opening is not scored",
    )
    p(
        "r7s-lorraine-internationalisation-doctorat-2021",
        "https://factuel.univ-lorraine.fr/node/15936",
        "[Zoom] L'internationalisation du doctorat à l'Université de Lorraine\n"
        "Publié le 12/01/2021 - Mis à jour le 28/01/2021\n"
        "En pleine crise sanitaire, faisons un point sur la mobilité des doctorants avec Laurence Hung, chargée de projet internationalisation du doctorat "
        "à l'Université de Lorraine.\n"
        "Pouvez-vous nous rappeler ce qu'est le dispositif DREAM et quel en est son bilan pour les années 2019 et 2020 ?\n"
        "Lancé en février 2019, dans le cadre de l’Initiative Lorraine Université d’Excellence (LUE), le dispositif d’aide à la mobilité internationale "
        "DrEAM (Doctor, Explore and Achieve More!) permet de financer les projets de mobilité internationale des doctorants de l’Université de Lorraine.  "
        "A ce jour, 6 appels à candidatures, aussi appelés « épisodes », ont été ouverts au cours desquels 76 candidatures ont été respectivement reçues en "
        "2019 (55) et 2020 (21).",
        [],
        page_date="2021-01-28",
        distractors=[
            "12/01/2021 (published)",
            "28/01/2021 (updated)",
            "février 2019 (launch, a month)",
        ],
        note="a university's interview on its doctoral mobility scheme: past calls counted, none open",
    )
    p(
        "r7s-isped-m2-phds-2026",
        "https://www.isped.u-bordeaux.fr/Graduate-Program-DPH/Masters-Program",
        "Joining the M2 PHDS in 2026-2027\n"
        "The application process varies depending on your origin. Please find the procedures for each profile below.\n"
        "- ▶️ Application via eCandidat platform\n"
        "-\n"
        "▶️ Applications via Études en France procedure\n"
        "For candidates residing in a country outside Europe, whose country of residence falls under the compulsory “Etudes en France” procedure.\n"
        "List of 72 countries\n"
        "For applications concerning the academic year 2026-2027:\n"
        "- From October 2025: opening of the application process\n"
        "- December 15, 2025: deadline for submission (IMPORTANT: submission deadline depends on the Campus France office in your country of residence. "
        "Please check with your local office).\n"
        "- May 31 2026: deadline for candidate confirmation",
        [d("2025-12-15"), d("2026-05-31", kind="other")],
        distractors=["From October 2025 (opening, a month)"],
        note="a school of public health's master, English calendar lines: the submission deadline, and a confirmation (kind other); the opening "
        "is month-only",
    )
    p(
        "r7s-unicaen-master-mas-2026",
        "https://ufr-sante.unicaen.fr/formations/masters/master-sante-parcours-management-des-activites-de-sante/",
        "Master Santé Parcours Management des activités de santé\n"
        "[...]\n"
        "A noter :\n"
        "• la formation est dispensée uniquement en Enseignement A Distance (EAD).\n"
        "[...]\n"
        "• les spécialisations « Pilotage d’un dispositif de formations » et « Entrepreneuriat, innovation et transformation digitale en santé » ne "
        "seront pas ouvertes à la candidature pour la rentrée 2026.\n"
        "• le calendrier de formation prévisionnel sera disponible en juillet 2026 et le calendrier définitif sera transmis juste avant la rentrée.\n"
        "1re année de Master :\n"
        "• Frais de formation continue : 4 581 €, soit 9 €/heure (pas de droits d’inscription en sus)\n"
        "• Durée de formation : 544 heures (509h d’enseignement théorique FOAD + 35 heures de stage)\n"
        "• Dates de formation prévisionnelles : mi-septembre 2026 au 30 avril 2027\n"
        "• Prérequis : bac+3 (grade licence ou équivalent)",
        [],
        distractors=[
            "mi-septembre 2026 au 30 avril 2027 (the course's dates, not a window to apply)",
            "juillet 2026 (a calendar to be published, a month)",
            "rentrée 2026 (a year)",
        ],
        note="a health faculty's distance master: a training range after 'Dates de formation' is no application window",
    )
    p(
        "r7s-grenoble-tcem-faq-prechoix",
        "http://www-sante.ujf-grenoble.fr/SANTE/cms/sites/medatice/tcem/tcem/?pid=396",
        "CHANGEMENT DE PRE CHOIX DE SPECIALITE :\n"
        "A l’issu des ECN, les étudiants effectuent un pré choix qui détermine au sein de la discipline la spécialité qu’ils souhaitent préparer.\n"
        "Un interne peut demander à changer de pré choix de spécialité au sein de sa discipline dans les conditions suivantes :\n"
        "-          Avant la fin du 4ème semestre d’internat validé. La demande doit être formulée au cours des deux premiers mois du semestre concerné.\n"
        "-          Uniquement au sein de sa subdivision d’affectation\n"
        "[...]\n"
        "La demande de changement de pré choix s’effectue par courrier adressé à l’ARS.\n"
        "Cette possibilité ne peut s’exercer qu’une seule fois.\n"
        "Article 11-  arrêté du 04/02/2011 relatif à l’agrément, à l’organisation, au déroulement et à la validation des stages des étudiants en 3éme "
        "cycle des études médicales",
        [],
        distractors=[
            "Avant la fin du 4ème semestre, au cours des deux premiers mois du semestre (relative, no date)",
            "04/02/2011 (a decree)",
        ],
        note="a faculty of medicine's interns FAQ: requests bounded by semesters, no date",
    )
    p(
        "r7s-umontpellier-pharmacie-study-abroad-en",
        "https://pharmacie.edu.umontpellier.fr/en/international/partir-etudier-a-letranger/",
        "Study abroad\n"
        "The Erasmus + program enables students to study for 9 to 10 months in a European country with which the Montpellier Faculty of Pharmacy has "
        "signed an inter-institutional agreement:proposed destinations.\n"
        "[...]\n"
        "Conditions for going abroad\n"
        "- You must be registered with the Faculty of Pharmacy before your departure.\n"
        "- You need to succeed in your academic year\n"
        "- You must complete the various parts of the ERASMUS administrative and pedagogical file within the required deadlines.\n"
        "Preparing your stay\n"
        "Preparing for a stay abroad 10 months in advance\n"
        "[...]\n"
        "Please note: incomplete applications or applications received after the deadline will not be processed.",
        [],
        distractors=["10 months in advance (relative)", "after the deadline (named, no date)"],
        note="a faculty of pharmacy's Erasmus page in English: deadlines named but never dated",
    )
    p(
        "r7s-aravis-these-medecine-generale",
        "https://www.aravis-medecine.fr/formation/these/",
        "Thèse\n"
        "Permet d’être docteur en médecine\n"
        "Doit être soutenue dans les 7 ans après inscription au DES, et après validation 3 semestres. Ou dans les 6 ans après inscription dans la "
        "réforme.\n"
        "Peut ne pas avoir de rapport avec la MG\n"
        "Pour être autorisé à soutenir, une fiche de projet de thèse doit être adressée par l’interne au coordonnateur local (ou à son délégataire) pour "
        "approbation.\n"
        "[...]\n"
        "A noter : s’informer sur la thèse le plus tôt possible, l’internat, ça passe vite ! Il existe une banque de sujets de thèse, n’hésite pas à "
        "contacter le DMG pour plus d’informations !",
        [],
        distractors=["dans les 7 ans après inscription au DES (relative, a condition)"],
        note="a local general-practice interns' association on the thesis: time limits relative to each interne, no date",
    )
    p(
        "r7s-ars-nouvelle-aquitaine-post-internat-2024",
        "https://www.nouvelle-aquitaine.ars.sante.fr/index.php/post-internat-en-nouvelle-aquitaine",
        "Post-internat en Nouvelle-Aquitaine\n"
        "Article\n"
        "L’ARS Nouvelle-Aquitaine accompagne 2 types de postes afin d’offrir un post-internat aux internes de la région dès lors que leur projet "
        "professionnel est cohérent et adapté aux besoins des territoires.\n"
        "- Les postes d’assistants spécialistes partagés entre établissements de santé\n"
        "- Les postes de praticiens à temps partagé entre ville/hôpital.\n"
        "[...]\n"
        "Pour candidater\n"
        "Démarches simplifiées / Appel à candidature pour les postes d'assistants spécialistes à temps partagé en région Nouvelle-aquitaine - Campagne "
        "2024\n"
        "(spécialistes et médecins généralistes dans le cadre du dispositif « 400 MG »)",
        [],
        distractors=["Campagne 2024 (a year)"],
        note="a regional health agency's post-internship page: a call for shared assistant posts linked, no date in the page text",
    )
    p(
        "r7s-lyon-est-modalites-du-diu",
        "https://lyon-est.univ-lyon1.fr/formation/medecine/3eme-cycle/aeu-du-diu-capacites/modalites-dinscriptions-aeu-%e2%80%93-du-%e2%80%93-diu",
        "Modalités d'inscriptions AEU – DU – DIU\n"
        "Informations générales : médecins de nationalité étrangère\n"
        "ATTENTION : Si vous êtes professionnel de santé ressortissant d’un pays hors Union Européenne, vous ne pouvez pas faire de stage pratique dans "
        "une structure de soin. En conséquence, vous ne pouvez pas vous inscrire dans un diplôme où la pratique est obligatoire.\n"
        "[...]\n"
        "Textes de référence :\n"
        "- Article L 4111-1 du code la santé publique\n"
        "- Circulaire interministérielle DGOS/RH1/RH4/DDI/BIP no 2012-330 du 31 août 2012 relative aux dispositifs d’accueil en formation en France "
        "d’étudiants et professionnels étrangers médicaux et paramédicaux\n"
        "- Arrêté du 16 mai 2011 relatif aux stagiaires associés",
        [],
        distractors=["31 août 2012, 16 mai 2011 (texts)"],
        note="a faculty of medicine's DU/DIU enrolment rules for foreign doctors: conditions and texts, no deadline",
    )
