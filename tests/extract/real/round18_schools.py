"""Round 18 of the real passages (research master's internships, Belgian, Swiss, Quebec, Lebanese, Senegalese, Tunisian and Haitian faculties' admissions and scientific days, doctoral schools' enrolments, rules and training, interns' and young doctors' unions on mobility and continuing education, MD-PhD tracks, Quebec congress calls for proposals and posters, hospital research centres' student scholarships, university scholarships and registrar limits, young researchers' festivals and doctoral collectives): test data only.

Collected and labelled on 4 December 2026 by reading docs/extraction.md, without
running the extractor on them; ``build_passages.py`` calls ``add``.
"""


def add(p, d) -> None:
    """Record this file's passages with ``p(id, url, text, deadlines, opens=…, …)``."""
    p(
        "r18s-tonic-m2-stage-vague",
        "https://tonic.inserm.fr/formations/nnc/stage",
        "Un stage de recherche est obligatoire pour intégrer le M2.Il est nécessairement effectué dans un laboratoire de "
        "recherche (CNRS, INSERM, universitaire) sous la responsabilité d’un chercheur, enseignant-chercheur, ou médecin "
        "titulaire d’une thèse de science.\nIl est recommandé de s’y prendre tôt (dés mars-avril) pour trouver un stage de "
        "recherche qui vous convienne. Il ne faut pas hésiter pour cela à solliciter des rendez-vous et être actif dans votre "
        "démarche.\nL’année est organisée pour que vous puissiez vous consacrer à votre stage à temps plein à partir de "
        "février mais la plupart des étudiants commencent dés que possible, entre les semaines de cours, pour avoir le temps "
        "de rédiger le mémoire pour début juin.\n[...]\nLe stage de recherche donne lieu à un mémoire écrit (début juin) ainsi "
        "qu’à une soutenance orale (fin juin).",
        [],
        distractors=[
            "dés mars-avril (advice to look for an internship early, vague)",
            "à partir de février (the internship full time, vague)",
            "pour début juin / début juin (the dissertation, vague, a student's course step)",
            "fin juin (the oral defence, vague)",
        ],
        note="a neuropsychology M2's internship page: only vague months of the course year, no call",
    )
    p(
        "r18s-uliege-admission-specialites-stamp",
        "http://www.facmed.uliege.be/cms/c_297421/fr/procedure-d-admission-aux-specialites-medicales",
        "Procédure d'admission aux spécialités médicales et dentaires\n[...]\nCandidats diplômés hors Union européenne\n"
        "La loi n'autorise pas les titulaires d'un diplôme de 2e cycle de médecin ou de dentiste obtenu dans un pays hors "
        "Union européenne à pratiquer sur le territoire belge. Ils ne peuvent dès lors pas être admis aux masters de "
        "spécialisation.\n[...]\nEquivalence de diplôme\nEn raison de l'entrée en vigueur d'un décret relatif aux études de "
        "sciences médicales et dentaires, voté au parlement de la Communauté française de Belgique (MB 29 mars 2017), "
        "instaurant l’organisation d'un examen d'entrée aux études de médecine et de sciences dentaires, tout candidat "
        "souhaitant intégrer le cursus des études de sciences médicales ou de sciences dentaires à partir de la rentrée "
        "2017-2018 doit obligatoirement réussir l'examen d'entrée et ainsi obtenir une attestation d'accès aux études\n[...]\n"
        "Contact(s) : Apparitorat\nVersion imprimable Page mise à jour le 02/10/2017",
        [],
        page_date="2017-10-02",
        distractors=[
            "MB 29 mars 2017 (the decree's publication in the Moniteur belge)",
            "à partir de la rentrée 2017-2018 (an academic year, a condition)",
            "Page mise à jour le 02/10/2017 (the page's stamp)",
        ],
        note="a Belgian faculty's admission page to medical specialities: a decree's date, a year and a stamp, no deadline",
    )
    p(
        "r18s-ulg-masters-complementaires-decree",
        "http://www.ulg.ac.be/cms/c_42545/conditions-d-acces-generales-aux-masters-complementaires",
        "conditions d'accès générales aux masters complémentaires\nLes conditions d'accès aux masters complémentaires sont "
        "régies par les articles 49 à 56 du décret du 31 mars 2004 définissant l'enseignement supérieur, favorisant son "
        "intégration à l'espace européen de l'enseignement supérieur et refinançant les universités.\n1 – soit d'un grade "
        "académique de master du même domaine sanctionnant des études de deuxième cycle de 120 crédits au moins\n[...]\n"
        "D'une attestation d'admission aux études de spécialisation concernées, délivrée par un jury spécial interuniversitaire "
        "à l'issue d'une épreuve de sélection.",
        [],
        distractors=["décret du 31 mars 2004 (the date of a decree, names it)"],
        note="a Belgian university's access conditions to complementary masters: only a decree's date",
    )
    p(
        "r18s-uliege-specialised-master-decree",
        "https://www.enseignement.uliege.be/cms/c_9096632/en/acces-conditions-to-the-specialised-master-and-registration-form",
        "General access conditions to the Specialised Masters\nAccess to specialised Masters studies is regulated by article "
        "112 of the decree of 7 November 2013 defining the landscape of higher learning and the academic organisation of "
        "studies, as well as the implementation decrees issued in application of this decree.\n[...]\nIn addition, the only "
        "ones to have access to Specialised Masters in Medicine are students with a certificate of admission to the "
        "specialised studies in question, issued by a special inter-university jury at the end of a selection examination.",
        [],
        distractors=["the decree of 7 November 2013 (the date of a decree)"],
        note="a Belgian university's page on specialised masters (English): a decree's date, no deadline",
    )
    p(
        "r18s-usherbrooke-bourses-yearly-undated",
        "https://www.usherbrooke.ca/recherche/fr/etudes-superieures/bourses/",
        "Programme de bourses d'excellence aux études supérieures\nLe Programme de bourses d’excellence aux études "
        "supérieures de l’Université de Sherbrooke vise à soutenir les étudiantes et étudiants les plus performants désirant "
        "acquérir une formation à la recherche à la maîtrise ou au doctorat et ce, autant dans les disciplines du génie et des "
        "sciences de la nature, des sciences humaines et sociales que des sciences de la santé.\n[...]\nDeux concours ont lieu "
        "annuellement. Les dates limites de soumission des candidatures sont fixées au 1er mars et au 15 septembre de chaque "
        "année. Les résultats sont annoncés en début d’avril et d’octobre respectivement.",
        [],
        distractors=[
            "au 1er mars et au 15 septembre de chaque année (yearly deadlines without a year on a page without a date)",
            "en début d’avril et d’octobre (results, vague)",
        ],
        note="a Quebec university's scholarships: two yearly deadlines without a year; the page shows no date, so by the "
        "rules (unknown page date) they resolve to nothing",
    )
    p(
        "r18s-ulaval-residence-sante-publique-revised",
        "https://www.fmed.ulaval.ca/programmes-detudes/etudes-en-medecine/residences-etudes-medicales-postdoctorales/residence-en-sante-publique-et-medecine-preventive/admission",
        "L'admission à un programme de résidence à l'Université Laval\nLes exigences d’admission pour un programme d’études "
        "médicales postdoctorales à l'Université Laval diffèrent selon votre statut et la formation que vous souhaitez faire. "
        "Consultez les étapes de l’admission, selon votre statut :\nAdmission révisée juillet 2020\nExigences particulières "
        "et critères de sélection en santé publique et médecine préventive\nLa sélection des résidents admis au programme de "
        "santé publique et médecine préventive se fait selon :\n- Le dossier académique, le curriculum vitæ et la lettre de "
        "motivation (comptent pour 35 %)\n- L’entrevue (compte pour 65 %)",
        [],
        distractors=["Admission révisée juillet 2020 (a revision month, vague)"],
        note="a Quebec faculty's residency admission page: a revision month only",
    )
    p(
        "r18s-campusfrance-tunisie-dfms-yearly",
        "http://www.tunisie.campusfrance.org/page/les-formations-medicales-en-france%20",
        "Les études de médecine ont fait l'objet d'une profonde réorganisation entrée en vigueur en 2010-2011, en particulier "
        "concernant l'accueil des étudiants internationaux.\n[...]\nDiplôme de formation médicale spécialisée (DFMS) et diplôme "
        "de formation médicale spécialisée approfondie (DFMSA)\nCette procédure s’adresse aux titulaires d’un diplôme de "
        "médecine ou de pharmacie tunisien en cours de spécialisation. Le dépôt des dossiers s’effectue au début de chaque "
        "année à l’Institut français de Tunisie (IFT) et une sélection est opérée en France sur dossier en fonction des "
        "spécialités et des disponibilités dans les établissements de santé français.",
        [],
        distractors=[
            "en 2010-2011 (a reform's academic year)",
            "au début de chaque année (the deposit of files, vague)",
        ],
        note="a Tunisian page on medical training in France: the DFMS files are deposited 'at the start of each year', "
        "vague, no day",
    )
    p(
        "r18s-diu-endocrino-pediatrique-rules",
        "http://doczz.fr/doc/4440286/diu-endocrinologie-et-diab%C3%A9tologie-p%C3%A9diatriques",
        "Objet :\nDIU d’Endocrinologie et Diabétologie Pédiatriques\nUniversités de :\nAngers – Limoges - Lyon 1 – Marseille - "
        "Paris V –Paris VI –\nParis VII - Toulouse\nRègles d’Inscription au DIU\n(Commission Pédagogique Paris - Juin 2010)\n"
        "I - Objectif et Enseignement:\nCe DIU a pour objectif de qualifier en Endocrinologie et Diabétologie Pédiatriques des "
        "spécialistes en pédiatrie, préférentiellement chefs de clinique, [...]\nLe DIU se déroule sur deux années. Le "
        "redoublement n’est pas autorisé : un candidat ayant échoué à la première ou la deuxième année ne peut prendre une "
        "nouvelle inscription.",
        [],
        distractors=[
            "Commission Pédagogique Paris - Juin 2010 (the committee that set the rules, a month)"
        ],
        note="an interuniversity diploma's enrolment rules: a committee's month, no deadline",
    )
    p(
        "r18s-ed-vegetal-inscriptions-jusquau",
        "http://www.ed-sciences-du-vegetal.u-psud.fr/La%20these/Inscription%20reinscription.htm",
        "Inscription Réinscription\nLes inscriptions/réinscriptions sont ouvertes jusqu'au 19 juillet et reprendront dès le 4 "
        "septembre 2017.\nUn nouveau cadre réglementaire de la formation doctorale a été publié le 25 Mai 2016. L'année "
        "universitaire démarrant désormais le 1er septembre et se terminant au 31 août ), vous devez vous réinscrire, même si "
        "vous soutenez avant le 22 décembre 2017.\n[...]\nPour les 1ères inscriptions pour l'année universitaire 2017/2018, il "
        "est nécessaire et obligatoire de vous inscrire sur la plateforme ADUM via ce lien sur le site de l'Université Paris "
        "Saclay.",
        [d("2017-07-19", kind="other")],
        opens="?",
        distractors=[
            "reprendront dès le 4 septembre 2017 (the enrolments reopen after the summer: a reopening, not scored)",
            "publié le 25 Mai 2016 (a regulation's publication)",
            "le 1er septembre / au 31 août (the bounds of the academic year, no year)",
            "avant le 22 décembre 2017 (a condition: those who defend before that day must still re-enrol)",
        ],
        note="a doctoral school's enrolment window: the enrolments close on 19 July (the year is the sentence's 2017, said "
        "with the reopening); a thesis enrolment is administrative, kind other; the reopening of 4 September is left "
        "unscored",
    )
    p(
        "r18s-paris-est-sie-reinscription-yearless",
        "https://www.paris-est-sup.fr/ecoles-doctorales/ecole-doctorale-sciences-ingenierie-et-environnement-sie/parcours-doctoral/reinscription/",
        "La réinscription en 2e et en 3e année de thèse n'est pas automatique. Vous devez renouveler annuellement votre "
        "inscription au doctorat en début de chaque année universitaire jusqu'à la soutenance (y compris les doctorant.es "
        "contractuel.les ou les doctorant.es en cotutelle). Cette démarche s'opère sur ADUM de manière dématérialisée.\n"
        "Chaque réinscription comporte deux étapes :\nCalendrier des inscriptions pédagogiques\n> Début juin à fin novembre "
        "(finalisation de la procédure dans ADUM)\nCalendrier des inscriptions administratives\n> Début juin à mi-décembre "
        "(Acquittement des droits d'inscription dans l'établissement de rattachement)\nAu delà du 30 novembre, et sans "
        "justificatif recevable, nous nous réservons le droit de vous convoquer pour votre réinscription.",
        [],
        distractors=[
            "Début juin à fin novembre (the pedagogical re-enrolment, vague)",
            "Début juin à mi-décembre (the administrative re-enrolment, vague)",
            "Au delà du 30 novembre (a re-enrolment limit without a year on an undated page)",
        ],
        note="a doctoral school's re-enrolment calendar: vague months and a year-less day on an undated page; a "
        "re-enrolment would be kind other anyway",
    )
    p(
        "r18s-usmb-edsie-inscription-yearless",
        "https://www.univ-smb.fr/edsie/doctorat/sinscrire/",
        "Pré-requis à l’inscription\nAfin de pouvoir vous inscrire en doctorat, vous devez être titulaire d’un Master de "
        "recherche français (au 1er octobre de l’année du concours) ou d’un diplôme équivalent.\n[...]\nArt. 11 arrêté 25 mai "
        "2016 [...]\nInscription en première année\nLes inscriptions sont ouvertes de juillet au 2 décembre.\nL’inscription se "
        "divise en 2 grandes phases : une inscription pédagogique (dès le mois de juillet) et une inscription administrative "
        "(à partir de septembre).\n[...]\nAprès réception d’une notification favorable du Collège doctoral de l’USMB, un mail "
        "vous sera adressé avec la procédure pour finaliser votre inscription administrative auprès de votre scolarité de "
        "site à compter du 1er Septembre 2023",
        [],
        distractors=[
            "au 1er octobre de l’année du concours (a condition on the degree)",
            "arrêté 25 mai 2016 (a regulation's date)",
            "de juillet au 2 décembre (first-year enrolment window: a vague start and a year-less end on an undated page)",
            "à compter du 1er Septembre 2023 (the administrative enrolment after a favourable notice)",
        ],
        note="a doctoral school's enrolment page: the window's end has no year and the page no date (the 2023 belongs to "
        "another sentence), so by the rules no day; a thesis enrolment would be kind other",
    )
    p(
        "r18s-fabula-festival-jeunes-chercheurs-pour-le",
        "https://www.fabula.org/actualites/112175/11e-edition-du-festival-jeunes-chercheurs-et-chercheuses-dans-la-cite.html",
        "Le festival « Jeunes Chercheurs.euses dans la Cité » revient pour sa nouvelle édition en septembre 2023. Les équipes "
        "de chercheurs.euses de l’Université de Lille et de Bruxelles ouvrent l’appel à communication pour leur prochain "
        "festival.\n[...]\nModalités de soumission :\nLes propositions des jeunes chercheurs.euses ne devront pas excéder 500 "
        "signes et seront accompagnées d’une brève bio-bibliographie (institution, thèse, sélections d’articles et de "
        "communications) à l'adresse : fjcc.2023@gmail.com, pour le lundi 15 mai 2023.\nCritères de sélection :\nÊtre "
        "docteur.e récemment diplômé.e, doctorant.e ou étudiant.e en dernière année de Master ;",
        [d("2023-05-15")],
        distractors=["en septembre 2023 (the festival, vague)"],
        note="a young researchers' festival's call for talks: the proposals are sent for 15 May 2023",
    )
    p(
        "r18s-fnsipbm-mobilite-internes-arrete",
        "https://fnsipbm.fr/les-demarches/",
        "La mobilité est recommandée aux internes pour ses nombreux avantages : acquérir des compétences nouvelles, "
        "approfondir une technique, mener un travail de recherche, établir des collaborations inter-établissements voire "
        "internationales.\n[...]\nLes modalités de candidature et de réalisation d’un stage inter-CHU ou à l’étranger sont "
        "décrites dans l’Arrêté du 23 avril 2012 portant organisation pour le troisième cycle spécialisé des études "
        "pharmaceutiques et de biologie médicale de la répartition des postes, de l’affectation des étudiants et du "
        "déroulement des stages particuliers.\n[...]\nLes conditions d’obtention d’un inter-CHU, communes à toutes les "
        "inter-régions, sont les suivantes :\n– 2 semestres validés minimum soit à partir de la 2ème année seulement\n– un "
        "stage cohérent avec le cursus et la formation\n– l’approbation par la commission inter-CHU qui se déroule 2 fois par "
        "an (semestres été/hiver)",
        [],
        distractors=[
            "Arrêté du 23 avril 2012 (the date of a regulation)",
            "2 fois par an (semestres été/hiver) (the committee, vague)",
        ],
        note="an interns' union's guide to mobility: a regulation's date and vague committee sessions",
    )
    p(
        "r18s-readkong-guide-mobilite-tours-stamp",
        "https://fr.readkong.com/page/guide-des-aides-la-mobilit-tudiante-sortante-9090778",
        "GUIDE DES AIDES À LA MOBILITÉ ÉTUDIANTE SORTANTE INTERNATIONALE 2018-2019 Dossier établi par la Direction des "
        "Relations Internationales Mise à jour : juillet 2018\nTable des matières Organismes finançant la mobilité "
        "internationale [...] Tableau récapitulatif des aides financières à la mobilité 2018-2019 [...] Rappel des montants "
        "versés (en €) depuis 2012-2013",
        [],
        distractors=[
            "2018-2019 (the academic year)",
            "Mise à jour : juillet 2018 (a month stamp)",
            "depuis 2012-2013 (years of past amounts)",
        ],
        note="a university's guide to outgoing mobility grants: academic years and a month stamp only",
    )
    p(
        "r18s-unige-conditions-immat-2020",
        "https://fr.scribd.com/document/449017162/Conditions-immat-UNIGE-2020-21",
        "A L’UNIVERSITÉ DE GENÈVE\n2020-21\nCes conditions d'immatriculations ne sont valables que pour l’année académique "
        "2020-21.\nElles sont publiées en janvier pour l’année académique qui débute en septembre de la même\nannée. Le "
        "rectorat de l’Université de Genève se réserve le droit de les modifier à tout moment.\nDe plus, tout-e candidat-e "
        "ayant obtenu au moins 60 crédits à la HES-SO dans un délai maximum de\n2 ans est immatriculable à l’UNIGE [...] selon "
        "le protocole d'accord CUSO-HES-SO (2007) et son avenant (2012) .",
        [],
        distractors=[
            "2020-21 (the academic year)",
            "publiées en janvier / qui débute en septembre (vague)",
            "(2007) / (2012) (an agreement's years)",
        ],
        note="a Swiss university's enrolment conditions: years and vague months, no deadline in this part",
    )
    p(
        "r18s-edeea-inscription-annee-n",
        "https://edeea.universite-lyon.fr/ed-160-eea/version-francaise/navigation/parcours-du-doctorant/inscription-annuelle/inscription-annuelle-21882.kjsp",
        "Inscription annuelle\nL’inscription en doctorat est obligatoire et doit être renouvelée chaque année universitaire "
        "pendant toute la durée du doctorat.\n[...]\nLe doctorat débute après la première inscription.\nAu cours de la thèse, "
        "le temps est décompté en années universitaires : un étudiant qui s’inscrit en doctorat par exemple en mars de l'année "
        "N termine sa première année de thèse en août de l'année N et doit se réinscrire en septembre de l'année N pour "
        "effectuer son année N/N+1.",
        [],
        distractors=[
            "en mars de l'année N / en août de l'année N / en septembre de l'année N (an example with symbolic years)",
        ],
        note="a doctoral school's annual enrolment page: an example with months of a symbolic year N, no day",
    )
    p(
        "r18s-usj-admission-etranger-confirm",
        "https://www.usj.edu.lb/admission/admis-etranger.php",
        "Les candidats non-libanais ayant suivi les études des classes de seconde, de première et de terminale dans un "
        "établissement à l’étranger bénéficient de certaines dispositions spéciales [...]\nMoyenne 18.5/20 au bac\nLes "
        "candidats ayant obtenu une moyenne générale supérieure ou égale à 18.5/20 aux examens officiels du baccalauréat "
        "français de l’année 2024, peuvent intégrer l’institution de leur choix, à condition que les spécialités du "
        "baccalauréat correspondent aux exigences de l’institution choisie. Ils ont jusqu’au vendredi 16 août 2024 pour "
        "confirmer leur choix et présenter une copie certifiée de ce diplôme avec l’attestation de notes.\nMoyenne 17/20 au "
        "bac\nLes candidats ayant obtenu une moyenne générale supérieure ou égale à 17/20 aux examens du baccalauréat "
        "français del’année 2024, peuvent intégrer l’institution de leur choix, à l’exception des Faculté de médecine et "
        "Faculté de médecine dentaire",
        [d("2024-08-16", kind="other")],
        distractors=["de l’année 2024 (the year of the baccalauréat, a condition)"],
        note="a Lebanese university's admission on grades: candidates must confirm their choice and hand in a certified "
        "copy by 16 August 2024; by the rules a confirmation of choice is kind other (a subscriber must still act by "
        "that day)",
    )
    p(
        "r18s-unistra-double-cursus-archived-stamp",
        "https://unistra.fr/actualites-unistra/detail-actualite-archivee/10008-un-double-cursus-pour-former-les-medecins-du-futur",
        "Cette actualité a été archivée. Les informations qui y figurent sont peut-être devenues obsolètes depuis sa "
        "publication.\nDate de publication : 31/05/16\nThèmesFormation Recherche\nDepuis 2013 l’Université de Strasbourg "
        "propose un dispositif innovant : le double cursus médecine-sciences. Cette formation d’excellence, labellisée Idex, "
        "permet aux étudiants en médecine ayant un fort attrait pour la science de préparer un master ou un doctorat dans la "
        "discipline scientifique de leur choix, en parallèle de leurs études de santé.\n[...]\nLe double cursus "
        "médecine-science ne délivre pas de diplôme à part entière, mais permet aux étudiants en deuxième année de médecine "
        "de suivre, en plus de leur cursus de santé, des cours en sciences",
        [],
        page_date="2016-05-31",
        distractors=[
            "Date de publication : 31/05/16 (the article's stamp)",
            "Depuis 2013 (a year)",
        ],
        note="a university's archived article on its MD-PhD track: a publication stamp and a year, no call",
    )
    p(
        "r18s-lactu-unistra-md-phd-years",
        "https://numero217.lactu.unistra.fr/universite/double-cursus-medecine-sciences-former-des-cliniciens-chercheurs.html",
        "Depuis 2013, les étudiants en médecine de l’Université de Strasbourg ont la possibilité de suivre un double cursus "
        "Médecine-sciences (Md-Phd), qui inclut un parcours scientifique précoce, en parallèle de leurs études de médecine. "
        "Les contrats de jonction, aujourd’hui en augmentation grâce à une nouvelle convention, sont une aide financière qui "
        "leur permet un retour aux études médicales dans de bonnes conditions.\n[...]\nEn 2015, sous l’impulsion de Valérie "
        "Lamour, l’Université de Strasbourg devient membre fondateur du réseau national des filières Médecine-sciences, avec "
        "l'Ecole de l'Inserm-Liliane Bettencourt (EdILB) qui comprend aujourd'hui sept membres. [...] A ce jour, six contrats "
        "dits « de jonction » par an sont octroyés grâce au financement de la fondation Bettencourt-Schueller.",
        [],
        distractors=["Depuis 2013 / En 2015 (years)"],
        note="a university magazine on MD-PhD junction contracts: years only, no call",
    )
    p(
        "r18s-remede-double-cursus-years",
        "http://www.remede.org/documents/pret-pour-un-double-cursus-medecine-sciences.html",
        "Prêt pour un double cursus médecine-sciences ?\nAu départ, il y avait seulement l’école de l’Inserm au niveau "
        "national, puis le double cursus de Paris-Descartes a été créé en 2006, suivi par Strasbourg, en 2013. Depuis, l’ENS "
        "de Paris-PSL (avec les instituts Curie et Pasteur), ainsi que l’ENS de Lyon (avec l’université de Lyon 1) ont aussi "
        "revu les modalités de leur double cursus. [...]\nLe témoignage\nLucile Hausser (à droite sur la photo), 21 ans, "
        "actuellement en DFASM3, au sein du double cursus médecine-sciences de la faculté de Strasbourg (promo 2014)",
        [],
        distractors=["en 2006 / en 2013 / (promo 2014) (years)"],
        note="a students' community article on MD-PhD tracks: years only",
    )
    p(
        "r18s-samacampus-ucad-history",
        "https://samacampus.com/etablissements/universite-cheikh-anta-diop-de-dakar-ucad/",
        "L’Université de Dakar a été créée le 14 février 1957. Elle a été inaugurée en décembre 1959. Héritière de l’École "
        "africaine de Médecine qui avait été créée en 1915, l’Université de Dakar a connu une longue évolution marquée en "
        "1949 par la création d’un enseignement préparatoire aux études médicales [...] Devenue le 30 mars 1987, Université "
        "Cheikh Anta Diop de Dakar (Voir CV du Parrain), l’Université de Dakar est la plus ancienne et la plus importante "
        "structure d’enseignement supérieur existant à l’heure actuelle au Sénégal.",
        [],
        distractors=[
            "créée le 14 février 1957 (history)",
            "en décembre 1959 / en 1915 / en 1949 (history)",
            "le 30 mars 1987 (history)",
        ],
        note="a Senegalese university's history: past dates only, no call",
    )
    p(
        "r18s-amu-college-doctoral-formations-arrete",
        "https://college-doctoral.univ-amu.fr/fr/formation/journees-daccueil",
        "Le doctorat est une expérience professionnelle de recherche ( cf. arrêté modifié du 25 mai 2016) nécessitant de se "
        "former tout au long de la thèse, afin d'acquérir les connaissances et compétences nécessaires au bon déroulement de "
        "la recherche et à une poursuite de carrière, académique ou non académique, réussie.\nLa doctorante ou le doctorant "
        "doit ainsi réaliser au moins 100 heures de formations.\n[...]\nParmi cette offre, les formations à l'éthique de la "
        "recherche et à l'intégrité scientifique dans les métiers de la recherche sont à suivre obligatoirement en 1ère année "
        "de thèse.",
        [],
        distractors=["arrêté modifié du 25 mai 2016 (a regulation's date)"],
        note="a doctoral college's training rules: a regulation's date only",
    )
    p(
        "r18s-usj-fm-etudes-postdoctorales-juin",
        "https://fm.usj.edu.lb/files/form_doc.html",
        "Les études post-doctorales\nUn enseignement post-doctoral est organisé par le CEPD (comité de l’enseignement "
        "post-doctoral). Cet enseignement assure une formation dans les différentes spécialités médicales, laquelle est "
        "conforme aux dispositifs de la loi libanaise et sanctionnée par un diplôme délivré par la Faculté.\nLes étudiants "
        "accèdent à cet enseignement par voie de concours qui prend en compte l’ensemble des notes des études pré-doctorales "
        "de médecine, l’épreuve organisée aux environs de juin de chaque année, et les évaluations de stage.",
        [],
        distractors=["aux environs de juin de chaque année (a yearly exam, vague)"],
        note="a Lebanese faculty's page on specialist training: a yearly exam in June, vague, no deadline",
    )
    p(
        "r18s-campusfrance-mt180-2021-years",
        "https://www.campusfrance.org/en/ma-these-en-180-secondes-is-back",
        "Pour participer cette année, les candidats ont eu une chance supplémentaire. Pour la session 2021, la participation "
        'a été étendue de " manière exceptionnelle ". Le candidat pouvait être inscrit en doctorat pour l’année '
        "universitaire en cours ou avoir obtenu son doctorat lors des deux années universitaires précédentes (2019-2020 et "
        "2018-2019).\n[...]\nLa Conférence des Présidents d’Université (CPU), co-organisatrice de l’événement avec le CNRS, "
        "se félicite ainsi que 28 regroupements universitaires français soient inscrits cette année au concours",
        [],
        distractors=[
            "la session 2021 (a year)",
            "(2019-2020 et 2018-2019) (academic years of an eligibility condition)",
        ],
        note="a page on a doctoral communication contest: a session year and a condition's academic years, no day",
    )
    p(
        "r18s-reseauprosante-du-palliatif-stamp",
        "https://reseauprosante.fr/articles/show/presentation-du-du-medecine-palliative-3466",
        "Actualités : Présentation DU du médecine palliative\nPublié le 26 sept. 2024 à 17:56\nArticle paru dans la revue "
        "« FDVF-RJD - La Revue des Jeunes Dermatologue » / FDVF N°1\nTémoignages\nFaculté de Lille\n[...]\nL'équipe de soins "
        "palliatif du CHU de Lille propose ce DU qui est assez intense car représente 16 journées complètes de formation soit "
        "2 jeudis par mois pendant 7 mois. Un stage d'une semaine dans une structure de médecine palliative est également "
        "demandé ainsi qu'une validation par un examen écrit de 2 heures et la rédaction d'un mémoire.",
        [],
        page_date="2024-09-26",
        distractors=["Publié le 26 sept. 2024 à 17:56 (the article's stamp)"],
        note="a young dermatologists' article on a palliative care diploma: a stamp only",
    )
    p(
        "r18s-profilbaru-edilb-juin",
        "https://profilbaru.com/fr/École_de_l'Inserm_-_Liliane_Bettencourt",
        "Historique\nL'école de l'Inserm a été créée en 2003 à l'initiative de Pr. Christian Bréchot [...] Depuis 2007, "
        "l'école a reçu le soutien de la Fondation Bettencourt Schueller et est devenue l'École de l'Inserm - Liliane "
        "Bettencourt.\nAdmission\nChaque année, l'école de l'Inserm réalise un appel d'offres dans toute la France auprès "
        "des étudiants admis en deuxième année de médecine, de pharmacie ou d'odontologie. Les personnes intéressées sont "
        "invitées à composer un dossier comprenant un CV, une lettre de motivation et une analyse d'article ainsi que "
        "quelques questions de motivation.\nUne cinquantaine de dossiers sont alors sélectionnés pour participer au séminaire "
        "dit de « l'école de février » [...] Ces cours font l'objet en juin d'épreuves orales, qui constituent la dernière "
        "étape de sélection",
        [],
        distractors=[
            "en 2003 / Depuis 2007 (history)",
            "l'école de février (a seminar, vague)",
            "en juin (oral exams, vague)",
        ],
        note="an encyclopaedia copy on the Inserm MD-PhD school: a yearly call with no date, history and vague months",
    )
    p(
        "r18s-quotidien-edilb-stamp",
        "https://static1.lequotidiendumedecin.fr/internes/etudes-medicales/devenir-medecin-chercheur-avec-lecole-de-linserm-liliane-bettencourt",
        "Devenir médecin chercheur avec l’École de l’Inserm - Liliane Bettencourt\nPublié le 24/03/2023\nArticle réservé aux "
        "abonnés\nChaque année, l’École de l’Inserm – Liliane Bettencourt sélectionne quelques étudiants admis en deuxième "
        "année de médecine afin de les ouvrir au monde de la recherche.\n[...]\nD’où la volonté de mettre en place des "
        "doubles cursus de formation permettant d’obtenir un doctorat en sciences au cours des études médicales. En 2003, "
        "l’Inserm (Institut national de la santé et de la recherche médicale) a été l’un des premiers organismes de recherche "
        "à mettre en place ce double cursus.",
        [],
        page_date="2023-03-24",
        distractors=["Publié le 24/03/2023 (the article's stamp)", "En 2003 (history)"],
        note="a medical newspaper's article for interns on an MD-PhD school: a stamp and a year",
    )
    p(
        "r18s-mcc-dfgsm-2018-arretes",
        "https://pdfslide.fr/documents/m-o-d-a-l-i-t-e-s-d-e-c-o-n-t-r-o-l-e-d-e-s-c-o-n-n-a-i-s-apprentissage-au-raisonnement.html",
        "MODALITES DE CONTROLE DES CONNAISSANCESRELATIVES AUX : Diplôme de Formation Générale en Sciences Médicales (DFGSM) "
        "Diplôme de Formation Approfondie en Sciences Médicales (DFASM) Année universitaire 2018-2019 - Vu le code de "
        "l’éducation - Vu l’arrêté du 22 mars 2011 relatif au régime des études en vue du diplôme de Formation Générale en "
        "Sciences Médicales - Vu l’arrêté du 8 avril 2013 relatif au régime des études en vue du premier et du deuxième cycle "
        "des études médicales - Vu l’avis du Conseil de l’UFR du 16/05/2018 - Vu l’avis de la Commission de la Formation et "
        "de la Vie Universitaire du …/…/2018",
        [],
        distractors=[
            "Année universitaire 2018-2019 (the academic year)",
            "l’arrêté du 22 mars 2011 / l’arrêté du 8 avril 2013 (dates of regulations)",
            "Conseil de l’UFR du 16/05/2018 (a council's meeting)",
            "…/…/2018 (a blank date)",
        ],
        note="a faculty's exam rules: regulations' and councils' dates, no deadline",
    )
    p(
        "r18s-internat-mg-grenoble-reglement",
        "http://docplayer.fr/13874016-I-n-t-e-r-n-a-t-d-e-m-e-d-e-c-i-n-e-g-e-n-e-r-a-l-e-r-e-g-l-e-m-e-n-t-d-e-t-u-d-e-s.html",
        "I N T E R N A T D E M E D E C I N E G E N E R A L E R E G L E M E N T D E T U D E S TEXTES DE REFERENCE : - Code de "
        "la Santé Publique : articles R à R Code de l'education : articles R632-1 à R Arrêté du 22 septembre 2004 modifié par "
        "arrêté du 03/05/ Arrêté du 4 février 2011 relatif à l'agrément, à l'organisation, au déroulement et à la validation "
        "des stages des étudiants en troisième cycle des études médicales - Décret du 10/08/ Instruction DGOS du 13 avril "
        "2011 relative à la réforme de l organisation du troisième cycle des études de médecine. Le Département de Médecine "
        "Générale (DMG) organise le DES (Diplôme d Etudes Spécialisés) de Médecine Générale.",
        [],
        distractors=[
            "Arrêté du 22 septembre 2004 / arrêté du 03/05/ / Arrêté du 4 février 2011 / Décret du 10/08/ (regulations, "
            "some cut)",
            "Instruction DGOS du 13 avril 2011 (an instruction's date)",
        ],
        note="a general practice department's rules for interns: only dates naming regulations, some truncated",
    )
    p(
        "r18s-ulaval-neurochirurgie-admission-revised",
        "https://fmed.ulaval.ca/etudes/etudes-en-medecine/residences-etudes-medicales-postdoctorales/residence-en-neurochirurgie/admission",
        "Admission révisée juillet 2020\nSi vous êtes diplômé ou diplômée de médecine dans une université du Québec, du "
        "Canada ou des États-Unis, et que vous n’avez jamais fait de formation postdoctorale en médecine*, voici les étapes "
        "d’admission à suivre :\n[...]\nLes renseignements relatifs à l’admission sont décrits sur le site Web du Service "
        "canadien de jumelage des résidents (CaRMS). Pour faire votre demande, vous devez suivre la procédure expliquée.",
        [],
        distractors=["Admission révisée juillet 2020 (a revision month)"],
        note="a Quebec faculty's residency admission page (neurosurgery): a revision month; the deadlines are elsewhere",
    )
    p(
        "r18s-ulaval-clinicien-erudit-aout",
        "https://www.fmed.ulaval.ca/programmes-detudes/etudes-en-medecine/residences-etudes-medicales-postdoctorales/residence-en-clinicien-erudit/admission",
        "Exigences particulières et critères de sélection au programme clinicien érudit\nPour être admissible au programme "
        "clinicien érudit, vous devez être en voie de terminer ou avoir terminé avec succès un programme d’études "
        "supérieures en médecine de famille.\n[...]\nLa capacité d’accueil est de 2 candidats par année.\nLes demandes "
        "d’admission se font en août de l’année de passation du diplôme en médecine de famille. Les candidates et candidats "
        "intéressés doivent consulter le site de dépôt de demande d’admission pour obtenir les formulaires, connaître la date "
        "limite pour les demandes d’admission et y déposer leurs documents :",
        [],
        distractors=["en août de l’année de passation du diplôme (a vague month for applying)"],
        note="a Quebec faculty's clinician-scholar residency: applications 'in August', the deadline named but not given",
    )
    p(
        "r18s-ubfc-ed-es-reglement-amended",
        "https://e2s.ubfc.fr/2020/02/18/reglementinterieur/",
        "Règlement intérieur de l’ED ES – Université Bourgogne Franche‐Comté – Version amendée par le conseil le 12/12/2022\n"
        "Le présent règlement intérieur tient lieu de règles de fonctionnement de l’ED Environnements‐Santé (ES). [...]\n2 ‐ "
        "Mode de fonctionnement du Conseil de l’ED ES\nLe conseil se réunit, sur convocation du directeur, au moins 3 fois par "
        "an : une première fois pour débattre du fonctionnement de l’ED et des actions à envisager ; une seconde fois pour "
        "sélectionner les projets de thèse qui seront mis au concours ; une troisième fois pour la sélection par concours "
        "des candidats auditionnés sur les projets.",
        [],
        page_date="2022-12-12",
        distractors=[
            "Version amendée par le conseil le 12/12/2022 (the rules' amendment, taken as the page's date)"
        ],
        note="a doctoral school's internal rules: an amendment date (used as page date) and council meetings without dates",
    )
    p(
        "r18s-paris-saclay-contrats-doctoraux-2019",
        "https://readkong.com/page/contrats-doctoaux-universite-paris-saclay-1722699",
        "2019 | n°1\n  Provisional distribution between doctoral schools and\ncompetition modalities for doctoral contracts "
        "financed by\n   member institutions of the Université Paris-Saclay..\n\n                         S. POMMIER, ACADEMIC YEAR "
        "2018-2019 – JANUARY\nIntroduction [...]\nThe doctoral contracts to be awarded [...]\nThe criteria and additional "
        "procedures specific to each doctoral school",
        [],
        distractors=[
            "2019 | n°1 (an issue number)",
            "ACADEMIC YEAR 2018-2019 – JANUARY (a year and month)",
        ],
        note="a university's doctoral contracts document (English), its table of contents: a year and a month only",
    )
    p(
        "r18s-cegep-doctorats-medecine-2021",
        "https://fr.readkong.com/page/2021-cegep-douard-montpetit-8017497",
        "Préface\nCe document vous présente les doctorats de médecine offerts dans les différentes facultés du Québec. Vous y "
        "trouverez une synthèse des particularités de chacun des\nprogrammes en termes:\n•   De structure des programmes\n[...]"
        "\n•   Ainsi que les dates importantes liées au processus d’admission\n[...]\nMarie-Claude Lépine, Conseillère en "
        "information scolaire et professionnelle\nCégep Édouard-Montpetit\nOctobre 2020",
        [],
        distractors=[
            "Octobre 2020 (the document's month)",
            "2021 (the admission year in the title)",
        ],
        note="a Quebec college's guide to medical doctorates, its preface: a month and a year, the dates come later",
    )
    p(
        "r18s-reagjir-dpc-activer-compte",
        "https://www.reagjir.fr/blog/2021/01/10/formation-continue-le-dpc/",
        "Dorénavant, l’ANDPC a mis à disposition un outil de traçabilité « Mon DPC » sur un nouvel espace numérique sécurisé "
        "qui permettra de tracer les actions de DPC réalisées.\n[...]\nPour ceux qui n’avaient pas encore de compte DPC le "
        "document « Mon DPC » était déjà disponible depuis juillet 2020. Pour ceux qui avaient déjà un compte auparavant, il "
        "est maintenant disponible depuis le 11 décembre 2020.\nVous êtes invités à activer votre compte dès à présent et au "
        "plus tard jusqu’au 31 janvier 2021, après avoir",
        [],
        distractors=[
            "depuis juillet 2020 / depuis le 11 décembre 2020 (when a tool became available)",
            "au plus tard jusqu’au 31 janvier 2021 (activating an online account: no candidature is sent)",
        ],
        note="a young GPs' union's post on continuing education: the only limit is for activating an account, which sends "
        "nothing; by the rules a weak cue after a verb that is not a sending gives no deadline (judgement call)",
    )
    p(
        "r18s-imosteo-dpc-2024-periode",
        "https://imosteo.com/e-learning-et-dpc-ce-quil-faut-savoir-pour-2024",
        "E-learning et DPC: ce qu’il faut savoir pour 2024\nLe Développement Professionnel Continu des médecins connaît un "
        "essor considérable [...] Deux nouveautés sont apparues en ce mois de Janvier 2024.\n[...]\n2- Vous devrez ouvrir vos "
        "droits à l’année pour les formations continues\nLa notion de « session » disparait de ce site du DPC sur lequel vous "
        "ouvrirez vos droits pour vos formations continues.\nVous devrez procéder pour une période large du 1er janvier au 31 "
        "Décembre 2024 pour les formations sur l’IRM des articulations sacro-iliaques et l’échographie des nerfs "
        "superficiels.",
        [],
        distractors=[
            "en ce mois de Janvier 2024 (the article's month)",
            "du 1er janvier au 31 Décembre 2024 (the period for which rights are opened, not a window to send in)",
        ],
        note="a radiology training provider's note on continuing education: a year-long period of rights, no call",
    )
    p(
        "r18s-cnpcv-dpc-historique",
        "https://www.cnpcv.org/index.php/dpc/parcours-du-dpc/",
        "Le développement professionnel continu (DPC) répond à une obligation légale (Ordonnance du 26 avril 1996, L 367.2) "
        "et déontologique (article 11 du CDM) pour tout médecin.\n[...]\n- Formation médicale continue (FMC), issue de "
        "l’ordonnance de 1996, gérée par les organismes de FMC [...] (2004-2010) ;\n- Évaluation des pratiques "
        "professionnelles (EPP), définie par la loi du 13 août 2004 [...]\n- Accréditation des médecins et des équipes "
        "médicales, définie par la loi du 13 août 2004 et le décret du 21 juillet 2006 [...]\n- DPC 1 ère version, instauré "
        "par l’article 59 de la loi HPST en 2009",
        [],
        distractors=[
            "Ordonnance du 26 avril 1996 / loi du 13 août 2004 / décret du 21 juillet 2006 (dates naming texts)",
            "(2004-2010) / en 2009 (years)",
        ],
        note="a cardiology professional council's page on continuing education: history and texts' dates only",
    )
    p(
        "r18s-paris-diderot-these-delais-decrets",
        "https://medecine.univ-paris-diderot.fr/tags/these",
        "Quand peut-on soutenir sa thèse ?\nInformations pour les internes de l’Université Paris Cité\nEtudiants.es ayant pris "
        "leur 1ère inscription à compter de l’année 2017-2018 : les délais de soutenance seront fonction de la durée des "
        "spécialités (art R 632-23 du code de l’Education, créé par Décret n°2016-1597 du 25 novembre 2016 :\n[...]\n"
        "Etudiants.es ayant pris leur 1ère inscription avant l’année 2017-2018 : la thèse peut être soutenue, au plus tôt, dès "
        "la validation du 3e semestre de formation et au plus tard, trois années après l’obtention du DES (art R 632-22 du "
        "code de l’Education, ancienne rédaction, créé par Décret n°2013-756 du 19 août 2013).",
        [],
        distractors=[
            "à compter de l’année 2017-2018 / avant l’année 2017-2018 (conditions by academic year)",
            "Décret n°2016-1597 du 25 novembre 2016 / Décret n°2013-756 du 19 août 2013 (dates naming decrees)",
        ],
        note="a faculty's page on when an MD thesis may be defended: conditions and decrees, no day to send anything",
    )
    p(
        "r18s-unilu-recours-exemple",
        "https://www.uni.lu/fr/etudes/questions-academiques/recours/etape-1",
        "Les étudiants ou candidats à l’Université qui souhaitent introduire un recours gracieux doivent le faire dans le "
        "délai indiqué dans la décision :\n- Les recours gracieux déposés contre les décisions liées à l’admission doivent "
        "être introduits dans les sept (7) jours suivant la publication de la décision sur le portail d’admission en ligne "
        "(par exemple : en cas de notification un mardi, le délai est fixé au mardi de la semaine suivante à minuit).\n- Les "
        "recours gracieux contre les résultats d’une évaluation doivent être introduits dans un délai d’un (1) mois à compter "
        "de la notification du résultat (1 mois = le lendemain de la date de notification du mois suivant ; par exemple : en "
        "cas de notification le 3 février, la date limite = le 4 mars à minuit).",
        [],
        distractors=[
            "le 3 février / la date limite = le 4 mars à minuit (a worked example of how a delay is counted, year-less on "
            "an undated page)",
            "dans les sept (7) jours / dans un délai d’un (1) mois (relative delays)",
        ],
        note="a university's appeals procedure: relative delays and a worked example with a 'date limite', not a deadline",
    )
    p(
        "r18s-umontreal-phd-biomed-periodes",
        "https://admission.umontreal.ca/programmes/doctorat-en-sciences-biomedicales/admission-et-reglements/",
        "Sommaire et particularités\nautomne hiver ete\nAdmission à l'automne, l'hiver et l'été\nDates limites de dépôt des "
        "demandes d'admission\nAssurez-vous de respecter ces périodes d’admission par trimestre avant le dépôt d'une "
        "demande.\nAutomne\n- Automne 2021: Du 1er janvier 2020 au 1er février 2021\nHiver\n- Hiver 2021: Du 1er mai 2019 au "
        "1er novembre 2020\nÉté\n- Été 2021: Du 1er septembre 2019 au 1er février 2021\nRèglement propre aux études\n[...]\n"
        "1.1 Documents additionnels à fournir lors de la demande d'admission\n- Lettre d'intention ou de motivation\n- Deux "
        "lettres de recommandation",
        [d("2020-11-01"), d("2021-02-01")],
        opens="?",
        distractors=[
            "Du 1er janvier 2020 / Du 1er mai 2019 / Du 1er septembre 2019 (three window starts, openings left unscored)",
            "Lettre d'intention ou de motivation (a document of the application, not a first stage)",
        ],
        note="a Quebec university's PhD admission periods under 'Dates limites de dépôt': each term's window ends on a "
        "deadline (autumn and summer share 1 February 2021, one day); three different starts, so the opening is left "
        "unscored",
    )
    p(
        "r18s-doctoratp4-treilles-fin-novembre",
        "https://doctoratp4.hypotheses.org/category/recherche-et-vie-institutionnelle/comment-financer-sa-recherche/les-financements-courts-ou-ponctuels",
        "A côté des bourses, plusieurs fondations, généralement privées, proposent des bourses de recherche, de montants "
        "souvent importants. On peut citer en particulier :\n- la Fondation des Treilles, qui offre chaque année plusieurs "
        "bourses à des doctorants en fin de thèse (donc en 3e année et qui envisagent de finir en fin de 4e année/début de "
        "5ème). Le dossier est à récupérer sur leur site (ici, section Prix du Jeune Chercheur). Il faut le rendre avant fin "
        "novembre. Dans le dossier : CV, liste des publications, résumé en 5 pages du projet de recherche [...] La réponse "
        "tombe généralement en mars.",
        [],
        distractors=[
            "avant fin novembre (the file's return, vague)",
            "généralement en mars (the answer, vague)",
        ],
        note="a doctoral students' collective's guide to short grants: the deadline is 'before end of November', vague, "
        "so no day",
    )
    p(
        "r18s-umontreal-md-admission-2022-covid",
        "https://medecine.umontreal.ca/etudes/doctorat-en-medecine/admission/",
        "Admission\nModifications au processus d’admission 2022\nEn raison des contraintes sanitaires liées à la pandémie de "
        "COVID-19 :\n- Les mini-entrevues multiples francophones intégrées (MEMFI) se dérouleront en présentiel OU en virtuel "
        "pour l’admission à la session d’automne 2022.\nLes instances facultaires et universitaires ont entériné les "
        "changements suivants pour l’admission 2022 :\n[...]\n- Si les mini-entrevues multiples francophones intégrées (MEMFI) "
        "se déroulent de façon virtuelle, la sélection finale des candidats s’effectuera sur la base d’une pondération "
        "comprenant : l’évaluation du dossier scolaire (20 %), le résultat au test CASPer 20 % et le résultat à l’entrevue "
        "virtuelle (60 %).",
        [],
        distractors=["admission 2022 / la session d’automne 2022 (a year and a term)"],
        note="a Quebec faculty's MD admission changes: a year and a term, interviews without dates",
    )
    p(
        "r18s-cdemat-qualification-2007-jo",
        "http://cdemat.free.fr/iurc/demattei/QUALIFS/noticeInfoDossierQualif/notinfo.htm",
        "PROCEDURE DE QUALIFICATION - ANNEE 2006/2007 Les conditions et les modalités d’inscription sur la liste de "
        "qualification sont précisées, chaque année, par arrêté. Les arrêtés relatifs à la session 2007 sont publiés au "
        "Journal officiel du 12 mai 2006. [...] Vous trouverez ci-après, le calendrier de la qualification, enrichi "
        "d’informations particulières (Paragraphe I), ainsi que les recommandations établies par le Conseil national des "
        "universités (Paragraphe II).",
        [],
        distractors=[
            "ANNEE 2006/2007 / la session 2007 (years)",
            "Journal officiel du 12 mai 2006 (a publication naming the orders)",
        ],
        note="a faculty member's notice on the national qualification procedure: years and a gazette date; the calendar "
        "itself is not in this part",
    )
    p(
        "r18s-acfas-congres-appel-propositions-table",
        "http://acfas.ca/evenements/congres/colloques-scientifiques",
        "Pour soumettre votre proposition en ligne :\n1. Connectez-vous à votre compte utilisateur de l’Acfas ou créez-en un;\n"
        "[...]\n4. Remplissez le formulaire d'appel de propositions en ligne;\n[...]\nVoici un aperçu des dates importantes liées "
        "à l'appel de propositions :\nDateÉvénement\n12 août 2024Ouverture des formulaires en ligne de l'appel de propositions\n"
        "11 octobre 2024Date limite de dépôt des propositions de colloques et des communications libres\n5 décembre "
        "2024Réponse aux responsables de propositions de colloques\n12 décembre 2024Réponse aux auteurs et autrices de "
        "propositions de communications libres\nPour proposer une communication dans un colloque :\nSi vous souhaitez "
        "présenter une communication dans un colloque, vous devrez répondre aux appels à communications des colloques "
        "diffusés dans le programme préliminaire en ligne de la mi-décembre 2024 à la mi-février 2025.",
        [d("2024-10-11")],
        opens="2024-08-12",
        distractors=[
            "5 décembre 2024 / 12 décembre 2024 (answers to proposers, events)",
            "de la mi-décembre 2024 à la mi-février 2025 (the colloquia's own calls, vague)",
        ],
        note="a francophone research association's congress: a date/event table glued without spaces; the forms open on "
        "12 August 2024 and proposals are due 11 October 2024",
    )
    p(
        "r18s-educationnewscanada-arc-colloque-no-later",
        "https://educationnewscanada.com/article/education/level/colleges/2/1121695/call-for-short-oral-and-poster-presentations-for-the-colloquium-la-recherche-collegiale-un-moteur-pour-l-action.html",
        "Call for short oral and poster presentations for the colloquium La recherche collégiale, un moteur pour l'action\n"
        "January 24, 2025\nOn May 5 and 6, 2025, the Association pour la recherche au collégial (ARC) and the Synchronex CCTT "
        "Network will be holding a colloquium as part of the 92nd Acfas Convention for which they hope to receive short oral "
        "and poster proposals on college research findings, regardless of the topic, no later than Monday, February 3, "
        "2025. The sessions will be multidisciplinary. [...] The event's agenda includes two poster sessions: the first will "
        "take place on May 5, in the late afternoon, and the second on May 6, at lunchtime.",
        [d("2025-02-03")],
        page_date="2025-01-24",
        distractors=[
            "On May 5 and 6, 2025 (the colloquium)",
            "on May 5 / on May 6 (poster sessions)",
            "January 24, 2025 (the news item's date)",
        ],
        note="a Quebec college research association's call for posters and short talks (English news item): proposals "
        "no later than 3 February 2025",
    )
    p(
        "r18s-rccfc-arc-colloque-dici-le",
        "https://rccfc.ca/?p=9931",
        "Pour diffusion immédiate\nL’Association pour la recherche au collégial (ARC) et le Réseau des CCTT – Synchronex "
        "tiendront le 11 mai prochain, dans le cadre du 93e Congrès de l’Acfas, un colloque pour lequel ils espèrent recevoir "
        "d’ici le lundi 9 février 2026 des propositions de communications orales brèves ou affichées portant sur tout "
        "résultat de recherche collégiale, quel qu’en soit le sujet. Ces communications seront regroupées en deux séances "
        "multidisciplinaires. [...] La séance de communications affichées, d’une durée de 90 minutes, aura lieu sur l’heure "
        "du lunch.",
        [d("2026-02-09")],
        distractors=["le 11 mai prochain (the colloquium, year-less)"],
        note="a colleges' network relaying a research association's call for posters and short talks: proposals by "
        "9 February 2026",
    )
    p(
        "r18s-acfas-2018-circuit-inscription",
        "http://www.acfas.ca/recherche/congres?title&prenom&nom&edition=12494&domaine=All",
        "86e Congrès de l'ACFAS\nActivités sociales\nCircuit découverte — patrimoine d’Arvida et Domaine Le Cageot\nDécouvrez "
        "le patrimoine d'Arvida et le Domaine Le Cageot\nS'inscrire (date limite pour s'inscrire : mardi 1er mai 2018)\nPlaces "
        "limitées (minimum 12 personnes; maximum 55 personnes), inscription obligatoire (visite gratuite, repas aux frais des "
        "participants)\n[...]\nHoraire détaillé du tour\n16 h 30 - Départ de l’UQAC – porte Ouest du Pavillon principal\n"
        "16 h 45 - Visite du Quartier patrimonial d'Arvida",
        [d("2018-05-01", kind="other")],
        distractors=["16 h 30 / 16 h 45 (times of the tour, no date)"],
        note="a congress programme's social activity: registering to attend a tour by 1 May 2018 is kind other "
        "(attendance, not a candidature)",
    )
    p(
        "r18s-umontreal-registraire-modification-abandon",
        "https://registraire.umontreal.ca/dates-importantes/periodes-et-dates-limites-officielles",
        "Modification d'inscription aux cours\nPour modifier l'inscription ou annuler un ou plusieurs cours sans devoir payer "
        "les droits de scolarité, vous devez procéder au plus tard aux dates suivantes, sauf indication contraire à l'horaire "
        "du cours. [...]\n- Hiver 2025 : 23 janvier 2025\n- Été 2025 : voir l'horaire du cours\n- Automne 2025 : 17 septembre "
        "2025\nAbandon de cours\nPour abandonner un cours (avec frais et mention ABA), vous devez procéder au plus tard aux "
        "dates suivantes, sauf indication contraire à l'horaire du cours. [...]\n- Automne 2024 : 8 novembre 2024\n- Hiver "
        "2025 : 14 mars 2025\n- Été 2025 : voir l'horaire du cours\n- Automne 2025 : 7 novembre 2025\nPaiement des droits de "
        "scolarité\n[...]\n- Été : 15 juin\n- Automne : 15 octobre\n- Hiver : 15 février",
        [],
        distractors=[
            "23 janvier 2025 / 17 septembre 2025 (limits to modify or cancel a course enrolment)",
            "8 novembre 2024 / 14 mars 2025 / 7 novembre 2025 (limits to drop a course)",
            "15 juin / 15 octobre / 15 février (fee payments, year-less, undated page)",
        ],
        note="a registrar's official limits: modifying or dropping courses and paying fees send no candidature; by the "
        "rules a modification of an enrolment gives no deadline, and none of these is a call a subscriber answers "
        "(judgement call)",
    )
    p(
        "r18s-usherbrooke-faq-offres-mai",
        "https://usherbrooke.ca/admission/da/liens-rapides/questions-frequentes",
        "Doctorat en médecine\nLes universités québécoises francophones ont convenu entre elles de synchroniser l'envoi des "
        "offres d'admission. Les premières offres sont envoyées en mai aux candidates et candidats qui se trouvent en tête de "
        "la liste d'excellence.\nAprès le début de l'envoi des offres, dans les jours suivants, d'autres personnes candidates "
        "recevront un courriel leur offrant une place ou un refus. [...] Ainsi, des offres pourraient être envoyées tout au "
        "long de l'été",
        [],
        distractors=["en mai (offers sent, vague)", "tout au long de l'été (vague)"],
        note="a Quebec university's admission FAQ: when offers are sent, vague, no deadline",
    )
    p(
        "r18s-quartierlibre-acfas-2023-dates",
        "https://quartierlibre.ca/congres-de-lacfas-a-ludem-la-programmation-preliminaire-de-sa-90e-edition/",
        "Comme l’a relaté Quartier Libre dans un article publié le 7 octobre 2022, le 90e Congrès de l’Acfas portera sur le "
        "thème «100 ans de savoirs pour un monde durable». [...] Comme à l’occasion de son tout premier congrès en 1933, "
        "l’Acfas a choisi l’UdeM pour accueillir l’évènement, et le comité organisateur a annoncé le 3 février dernier que la "
        "professeure titulaire à la Faculté de médecine de l’Université, Caroline Quach-Thanh, en sera la présidente "
        "d’honneur.\n[...]\nLe programme préliminaire du Congrès se trouve d’ores et déjà sur le site Web de l’Acfas. "
        "L’horaire détaillé sera dévoilé à partir du 20 mars.",
        [],
        distractors=[
            "publié le 7 octobre 2022 (another article's date)",
            "en 1933 (history)",
            "le 3 février dernier (an announcement, past)",
            "à partir du 20 mars (the schedule's release, an event)",
        ],
        note="a student newspaper on a congress's programme: past dates and a release date, no call",
    )
    p(
        "r18s-uclouvain-master-specialisation-decret",
        "https://uclouvain.be/prog-2025-pmtx2mc-cond_adm",
        "Conditions d’accès\nDécret du 7 novembre 2013 définissant le paysage de l'enseignement supérieur et l'organisation "
        "académique des études.\nLes conditions d'admission doivent être remplies au moment même de l'inscription à "
        "l'université.\n[...]\nArt. 112. du Décret définissant le paysage de l'enseignement supérieur et l'organisation "
        "académique des études :\n§ 1er. Aux conditions générales fixées par les autorités académiques, ont accès aux études "
        "de master de spécialisation les étudiants qui sont porteurs :\n1° d’un grade académique de master ;",
        [],
        distractors=["Décret du 7 novembre 2013 (a decree's date)", "§ 1er (a paragraph number)"],
        note="a Belgian university's access conditions to a specialised master in medicine: a decree's date only",
    )
    p(
        "r18s-uliege-hors-ue-medecine-conditions",
        "https://www.enseignement.uliege.be/cms/c_11525716/fr/conditions-hors-ue-medecine",
        'Conditions Hors UE "Médecine"\n1er cycle - Bachelier\nLes conditions qui suivent ne s’appliquent pas à l’admission '
        "en médecine, en sciences dentaires et en kinésithérapie et réadaptation, régie par le décret du 16 juin 2006. [...]\n"
        "Étudiant sans passé académique (ou avec passé de moins de 2 années académiques accomplies)\nÀ la date du dépôt du "
        "dossier, être porteur d’un diplôme de l’enseignement secondaire récent, obtenu en 2022, 2023 ou 2024 et de son "
        "équivalence au CESS ; avec une moyenne générale de 13/20",
        [],
        distractors=[
            "le décret du 16 juin 2006 (a decree's date)",
            "obtenu en 2022, 2023 ou 2024 (years of an eligibility condition)",
        ],
        note="a Belgian university's conditions for non-EU applicants: a decree and a condition's years, no deadline",
    )
    p(
        "r18s-fourwaves-chusj-jumelage-deadline",
        "https://event.fourwaves.com/jumelagedefonds2025-2026-2etour/pages",
        "28e édition du Concours de bourses en jumelage de fonds du CHU Sainte-Justine 2025-2026\nDeadline: May 12, 2024, "
        "11:59 pm\nThe CHU Sainte-Justine Foundation (Foundation) Scholarships are open to MSc Students, PhD Students and "
        "Postdoctoral Fellows whose research project is taking place at the Azrieli CHU Sainte-Justine Research Centre "
        "and/or Centre de réadaptation Marie Enfant (CRME) under the supervision of an active researcher of the Research "
        "Centre.\n[...]\nScholarship Amounts\nThe scholarship amount is determined annually by the Research Directorate "
        "depending on available funds.",
        [d("2024-05-12", "23:59")],
        distractors=["2025-2026 (the competition's award year)"],
        note="a children's hospital research centre's matched-fund scholarships (French title, English text): the deadline "
        "is written 12 May 2024 at 11:59 pm for a 2025-2026 competition; labelled as written",
    )
    p(
        "r18s-chusj-foundation-scholarships-2021",
        "https://research.chusj.org/en/Students/Scholarships/CHU-Sainte-Justine-Foundation-Scholarships",
        "CHU Sainte-Justine Foundation Scholarships\nDEADLINE: May 9, 2021\nProgram Manager\nFor further information please "
        "contact\nMs. Marianne Arteau, M.Sc.\nAcademic Affairs Advisor\nResearch Directorate\nCHU Sainte-Justine\n[...]\nThe "
        "Competition\nObjectives\nThe CHU Sainte-Justine Foundation (Foundation) Scholarships are open to MSc students, PhD "
        "students and postdoctoral fellows whose research project is taking place at the CHU Sainte-Justine Research Centre "
        "(CHUSJ-RC) and/or Marie Enfant Rehabillation Centre (MERC) under the supervision of an active researcher of the "
        "CHUSJ-RC.",
        [d("2021-05-09")],
        note="a hospital research directorate's scholarships for students (English page): a fiche-like deadline line",
    )
    p(
        "r18s-acfas-88e-congres-report",
        "https://www.acfas.ca/evenements/congres/informations-utiles",
        "Le 88e Congrès de l'Acfas a été reporté d'un an en raison de la COVID-19 et aura lieu à l'Université de Sherbrooke "
        "et à l'Université Bishop's du 3 au 7 mai 2021. Restez à l'affût!\nLieux du congrès\nLes activités du congrès se "
        "tiendront à l'Université de Sherbrooke et à l'Université Bishop's. [...]\nÀ propos de l’Université Bishop’s\nFondée en "
        "1843, l’Université Bishop’s est située à Sherbrooke, au Québec",
        [],
        distractors=[
            "du 3 au 7 mai 2021 (the postponed congress, an event)",
            "Fondée en 1843 (history)",
        ],
        note="a congress's practical page: a postponed congress's dates, an event, not a deadline",
    )
    p(
        "r18s-newswire-acfas-88e-stamp",
        "https://www.newswire.ca/fr/news-releases/88e-congres-de-l-acfas-le-grand-rendez-vous-francophone-des-sciences-de-retour-du-3-au-7-mai-2021-avec-plus-de-200-colloques-881131493.html",
        "MONTRÉAL, le 8 avril 2021 /CNW Telbec/ - C'est avec fébrilité et impatience que la communauté scientifique "
        "francophone se prépare au 88e Congrès de l'Acfas, organisé par l'Acfas et les deux universités hôtesses, "
        "l'Université de Sherbrooke et l'Université Bishop's. L'événement se déroulera entièrement en ligne du 3 au 7 mai 2021 "
        "sous la présidence d'honneur du communicateur scientifique Jean-René Dufort [...]\nSigne de l'effervescence qui "
        "l'entoure, l'édition 2021 proposera à plus de 4 000 congressistes une riche programmation",
        [],
        page_date="2021-04-08",
        distractors=[
            "MONTRÉAL, le 8 avril 2021 (the release's dateline)",
            "du 3 au 7 mai 2021 (the congress, an event)",
        ],
        note="a press release on a congress: a dateline and the congress's dates, no call",
    )
    p(
        "r18s-quartierlibre-acfas-100-years",
        "https://quartierlibre.ca/congres-universitaire-100-bougies-pour-lacfas",
        "Congrès universitaire: 100 bougies pour l’Acfas !\nCet article a été produit avec la collaboration de l’Université "
        "de Montréal\nConnu depuis 2019 sous le nom Acfas, l’organisme à but non lucratif est né en 1923 sous le nom "
        "Association canadienne-française pour l’avancement des sciences. [...] Son Congrès annuel, qui a lieu dans les "
        "universités francophones du pays depuis 1933, est le point culminant de l’année et le moment où les participant·e·s "
        "partagent le fruit de leur labeur.",
        [],
        distractors=["depuis 2019 / en 1923 / depuis 1933 (years)"],
        note="a student newspaper on a congress's centenary: years only",
    )
    p(
        "r18s-udem-nouvelles-acfas-appel-lance",
        "https://nouvelles.umontreal.ca/article/2022/08/18/90e-congres-de-l-acfas-l-appel-de-propositions-est-lance/?utm_source=UdeMNouvelles&utm_campaign=96a9b1d15a-l_estivale_202208198&utm_medium=email&utm_term=0_5cf28dd13d-96a9b1d15a-332686498&ct=t(l_estivale_20220819)",
        "90e Congrès de l’Acfas: l’appel de propositions est lancé!\n[...]\nEn 5 secondes\nLes membres de la communauté "
        "scientifique peuvent maintenant soumettre leurs propositions de colloques et de communications libres pour le 90e "
        "Congrès de l’Acfas.\nLe 90e Congrès de l’Acfas, qui marquera le centenaire de cette organisation, se tiendra du 8 au "
        "12 mai 2023. Organisé conjointement par l’Université de Montréal, HEC Montréal et Polytechnique Montréal, il se "
        "déroulera sur le thème «100 ans de savoirs pour un monde durable».\n[...]\nFondée en 1923, l’organisation vise à "
        "contribuer à la transmission des connaissances",
        [],
        opens="?",
        distractors=[
            "du 8 au 12 mai 2023 (the congress, an event)",
            "Fondée en 1923 (history)",
        ],
        note="a university news item: the call for proposals 'is launched' (open now, no date in this part, so the "
        "opening is left unscored) and the congress's dates; no deadline shown",
    )
    p(
        "r18s-mcgill-acfas2017-feed-stamp",
        "https://www.mcgill.ca/acfas2017/aggregator/sources/4",
        "Acfas stories from the Reporter\nSubscribe to Acfas stories from the Reporter feed\nUpdated: 19 hours 13 min ago\n"
        "McGill accueille 6 000 personnes lors du Congrès de l’Acfas\nThu, 05/18/2017 - 13:34\nLe Congrès annuel de l’Acfas "
        "(Association francophone pour le savoir), plus grand rassemblement scientifique du monde universitaire francophone, "
        "a eu lieu à McGill du 8 au 12 mai dernier. L’événement a été une véritable réussite.",
        [],
        distractors=[
            "Thu, 05/18/2017 - 13:34 (a feed item's stamp, month first)",
            "du 8 au 12 mai dernier (the past congress)",
        ],
        note="a university's congress news feed: an item's stamp and a past congress; the page itself has no date",
    )
    p(
        "r18s-haitigazette-journees-scientifiques-prochain",
        "https://haitigazette.com/la-faculte-de-medecine-de-luniversite-lumiere-lance-la-septieme-edition-des-journees-scientifiques/",
        "La faculté de médecine et des sciences de la santé de l’Université Lumière a lancé la septième édition des journées "
        "scientifiques.\nEn collaboration avec tous les niveaux du milieu universitaire, la cinquième année de la faculté de "
        "médecine et des sciences de la santé de l’Université Lumière a lancé la septième édition des journées scientifiques "
        "qui aura lieu les 3 et 4 juillet prochain autour du thème: « L’accès aux soins et aux services de santé en Haïti : "
        "états des lieux et perspectives». Cette activité qui se déroule depuis 2016 rassemblera autour d’un thème tous les "
        "étudiants de la Faculté de Médecine",
        [],
        distractors=[
            "les 3 et 4 juillet prochain (the students' scientific days, an event, year-less)",
            "depuis 2016 (a year)",
        ],
        note="a Haitian newspaper on a medical faculty's scientific days: the event's days, no call with a deadline",
    )
    p(
        "r18s-unifa-semaine-scientifique-2021",
        "https://unifa-edu.info/contenu/category/actualites-de-lunifa/",
        "Semaine Scientifique du 17 Mai au 22 Mai 2021/ Diagnostic : Entre Sciences et Escroquerie\nCe lundi 17 mai 2021 "
        "s’ouvre sur la Semaine Scientifique à l’UNIFA autour du thème ‹‹ Diagnostic : entre Science et Escroquerie ››. Comme "
        "prévu par le calendrier, c’est une semaine riche en activités : les conférences, les présentations des différentes "
        "Facultés qui forment l’université, les concours et les expositions se conjuguent",
        [],
        distractors=[
            "du 17 Mai au 22 Mai 2021 (a scientific week, an event)",
            "Ce lundi 17 mai 2021 (its opening day, an event)",
        ],
        note="a Haitian university's news: a scientific week that opens (an event, not a call), no deadline",
    )
    p(
        "r18s-lenational-journees-fmp-2022",
        "https://lenational.org/post_article.php?pol=2371",
        "Journées scientifiques 2022, quand la FMP/EBMO renoue avec ses traditions\nLes 24 et 25 juin 2022, la FMP/EBMO de "
        "l’UEH a accueilli une nouvelle édition des journées scientifiques, une voie de réconciliation avec ses traditions. "
        "Si les dernières remontent à environ 4 ans, cette activité phare des facultés de médecine du pays depuis plus d’une "
        "décennie est l’occasion pour les sociétés savantes et l’Université de rejoindre la population",
        [],
        distractors=["Les 24 et 25 juin 2022 (past scientific days)"],
        note="a newspaper's report on a medical faculty's scientific days: past event dates only",
    )
