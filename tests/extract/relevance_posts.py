"""Posts of the kind a WordPress or news source records, labelled by hand (our own text).

``True`` marks a call a subscriber could answer (a call for candidates, projects,
abstracts, a grant, a prize, a post, or a guide to one); ``False`` marks everything else
a union or faculty site publishes. Written before the relevance rules, to measure them
(bench/extract_bench.py prints precision and recall of "irrelevant"); the first half is
the one the rules were adjusted to, the second half is held out.
"""

from __future__ import annotations

# (title, text, relevant)
TUNED: list[tuple[str, str, bool]] = [
    (
        "Élections du bureau 2027 : appel à candidatures",
        "Le bureau de l'association est renouvelé lors de l'assemblée générale du 12 mars 2027. "
        "Les candidatures au bureau sont à envoyer avant le 1er mars.",
        False,
    ),
    (
        "Soirée de rentrée des internes",
        "Rendez-vous le 18 septembre 2027 à 20h pour la soirée "
        "de rentrée, inscription obligatoire avant le 10 septembre.",
        False,
    ),
    (
        "Communiqué : nous refusons la réforme de la quatrième année",
        "Le syndicat s'oppose fermement au projet de décret et appelle à la mobilisation.",
        False,
    ),
    (
        "L'association recrute un·e chargé·e de communication",
        "Poste en CDI à temps partiel, candidatures (CV et lettre) jusqu'au 30 janvier 2027.",
        False,
    ),
    (
        "Enquête nationale sur le temps de travail des internes",
        "Répondez à notre questionnaire en 10 minutes avant le 15 février 2027.",
        False,
    ),
    (
        "Newsletter de novembre",
        "Au sommaire ce mois-ci : le mot du président, les dates à "
        "retenir et les actualités de la formation.",
        False,
    ),
    (
        "Compte rendu de l'assemblée générale",
        "L'assemblée générale s'est tenue le 5 octobre "
        "2026. Le rapport moral a été adopté à l'unanimité.",
        False,
    ),
    (
        "Motion adoptée par le conseil d'administration",
        "Le conseil d'administration réuni le 2 décembre adopte la motion suivante.",
        False,
    ),
    (
        "Appel à candidatures : bourses de Master 2 recherche 2027",
        "La fondation finance dix bourses de Master 2. Date limite : 15 avril 2027.",
        True,
    ),
    (
        "Prix de thèse en médecine générale 2027",
        "Les docteurs ayant soutenu en 2026 peuvent candidater jusqu'au 31 mars 2027.",
        True,
    ),
    (
        "Congrès national 2027 : appel à communications",
        "Soumettez vos résumés avant le 30 novembre 2026.",
        True,
    ),
    (
        "Année-recherche : ouverture de la campagne 2027",
        "Les internes souhaitant effectuer une année-recherche déposent leur dossier avant "
        "le 14 juin 2027.",
        True,
    ),
    (
        "Appel à projets jeunes chercheurs",
        "Le cancéropôle soutient des projets émergents. "
        "Lettre d'intention avant le 10 janvier 2027.",
        True,
    ),
    (
        "Poste de chef de clinique en cardiologie",
        "Un poste de CCA est à pourvoir au 1er novembre 2027. Candidatures avant le 1er juin.",
        True,
    ),
    (
        "Guide de l'année-recherche mis à jour",
        "Tout savoir sur l'année-recherche : conditions, calendrier et dossier de candidature.",
        True,
    ),
    (
        "Bourse de mobilité internationale",
        "Financement d'un stage de recherche à l'étranger "
        "pour les internes. Dossier à déposer avant le 20 mai 2027.",
        True,
    ),
    (
        "Assemblée générale ordinaire : convocation",
        "Tous les adhérents sont convoqués à l'assemblée générale le 8 avril 2027 à 18h.",
        False,
    ),
    ("Résultats des élections au conseil", "Voici la liste des élus au conseil pour 2027.", False),
    (
        "Tribune : l'hôpital public à bout de souffle",
        "Nous, internes, alertons sur la dégradation des conditions de travail.",
        False,
    ),
    (
        "Appel à candidatures : contrats doctoraux 2027",
        "L'école doctorale ouvre son concours. Candidatures jusqu'au 9 juin 2027.",
        True,
    ),
]

HELD: list[tuple[str, str, bool]] = [
    ("Élections professionnelles : votez !", "Le scrutin est ouvert du 4 au 6 décembre 2026.",
     False),
    ("Gala annuel de l'internat", "Billetterie ouverte jusqu'au 20 janvier 2027.", False),
    ("Lettre d'information n° 42", "Retrouvez les actualités du mois et l'agenda.", False),
    ("Sondage : vos attentes pour le prochain semestre", "Merci de prendre quelques minutes "
     "pour répondre avant le 1er mars 2027.", False),
    ("Offre d'emploi : secrétaire administratif·ve", "Le syndicat recherche une personne "
     "pour le secrétariat, CDD de 6 mois.", False),
    ("Position du syndicat sur la réforme du troisième cycle",
     "Le syndicat demande le retrait du texte.", False),
    ("Appel à candidatures : bourses de recherche clinique 2027",
     "Date limite de dépôt des dossiers : 3 mars 2027.", True),
    ("Appel à projets régional en santé publique", "Les projets sont à déposer en ligne avant "
     "le 12 février 2027 à 12h.", True),
    ("Prix jeune chercheur de la société savante",
     "Candidatures ouvertes jusqu'au 15 septembre 2027.", True),
    ("Journées scientifiques : soumission des abstracts", "Les abstracts sont attendus avant "
     "le 1er avril 2027.", True),
    ("Postes d'accueil Inserm 2027", "Les internes et CCA peuvent candidater jusqu'au "
     "2 février 2027.", True),
    ("Apéro de fin de semestre", "On se retrouve au bar le 30 avril, venez nombreux !", False),
]  # fmt: skip
