"""The words around a date that say what it is: deadline, opening, event, or what is due.

Each cue has a class; ``extractor`` reads the cues left of a date (and, in calendar
lists, right after it) to decide. Patterns are written for folded text (lower case,
no accents). Weak cues ("avant le", "jusqu'au", "à partir du") only count right next
to a date and give way to an event subject ("les résultats seront publiés avant le").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter

from veille.spiders.extract.scan import WordScanner

DEADLINE = "deadline"  # a noun phrase that names a deadline: "date limite", "clôture"
DEADLINE_WEAK = "deadline-weak"  # a preposition: "avant le", "jusqu'au", "by"
OPEN = "open"  # "ouverture des candidatures", "applications open"
OPEN_WEAK = "open-weak"  # "à partir du", "dès le"
EVENT = "event"  # jury, résultats, congrès, "mis à jour le"… (see ``kind``)
APPLY = "apply"  # what is sent: "candidature", "dossier", "dépôt"
LETTER = "letter"  # first stage: "lettre d'intention", "pre-proposal"
FULL = "full"  # second stage: "dossier complet", "full proposal"
OTHER = "other"  # something due that is not the application: reports, enrolment
CONDITION = "condition"  # eligibility: "titulaire d'un M2 (ou l'obtenant avant le …)"
SUPERSEDED = "superseded"  # a date given up: "initialement fixée au …", "au lieu du …"

ROLE_CLASSES = frozenset({DEADLINE, DEADLINE_WEAK, OPEN, OPEN_WEAK, EVENT})
WEAK_CLASSES = frozenset({DEADLINE_WEAK, OPEN_WEAK})
KIND_CLASSES = frozenset({LETTER, FULL, OTHER})
#: What a label ("Label : date") may start with; its first cue decides the date's role.
LABEL_CLASSES = ROLE_CLASSES | KIND_CLASSES | {APPLY, CONDITION}
SUBJECT_CLASSES = frozenset({EVENT, APPLY, LETTER, FULL, OTHER, DEADLINE, OPEN})

_WEEKDAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![a-z])"

# what follows the first date of an article's history: "reçu le 3 mai 2018 ; accepté le …"
_HISTORY = r"[^;.\n]{1,40}[;,] ?(?:acceptee?|revisee?|accepted|revised|en version)"

_PATTERNS: dict[str, list[str]] = {
    DEADLINE: [
        r"dates?[\s-]limites?",
        r"dates?[\s-]butoirs?",
        r"deadlines?",
        r"clotur\w*",
        (
            r"fin (?:des|du|de l'|de la|de) ?(?:candidatures?|inscriptions?|depots?|soumissions?"
            r"|dossiers?|appel|envois?|l'appel)"
        ),
        r"limite (?:de |d')(?:depot|candidature|soumission|reception|envoi|inscription|retour)s?",
        r"closing date",
        r"close date",
        r"applications? (?:will )?close",
        r"(?:call )?closes",
        r"echeances?",
        r"closing",
        r"close[sd]? on",
        r"due (?:date|by|on)",
        r"(?:are|is) due",
        r"dernier delai",
        r"delais? (?:d'inscription|de candidature|de depot|de soumission|de reception|d'envoi)",
        # "Le nouveau délai pour la réception des offres est fixé au …"
        r"delais? pour (?:la |le |l')?(?:reception|depot|soumission|envoi|remise)",
        # a funder's collection days: "2 relevés des candidatures sont prévus : le …"
        r"releves? (?:des|de) (?:candidatures|dossiers|projets|propositions)",
        r"dates? de releves?",
        r"delai de rigueur",
        # a listing's closing under the call's title: "FRM – Fin de thèse" / "Expire le …"
        r"(?:l'appel )?expire(?:ra)? le",
        r"(?:call |offer )?expires on",
        # "dossier de préinscription … au délai du 15 février"
        r"(?:au |dans le )?delai du(?= \d| 1er| premier)",
        r"delais? limites?",
        r"derniere date",
        r"cut-?off date",
        r"(?:sera|seront|est|sont) clos(?:e|es)?",
        # "Cet AMI a été publié le 4 octobre et clos le 26 novembre"
        r"(?<!huis )clos(?:e|es)?(?= (?:le|au|depuis le) )",
        r"report (?:de la )?date limite",
        r"nouvelle date limite",
        r"(?:au plus tard )?aux dates suivantes",
        (
            r"fermeture (?:des|de l'|de la|du) ?(?:candidatures?|depots?|soumissions?|appel"
            r"|l'appel|plateforme|inscriptions?)"
        ),
    ],
    DEADLINE_WEAK: [
        r"avant(?!-)(?: le)?",  # not "a présenté en avant-première, le 20 septembre"
        r"jusqu'(?:au|a la|a)",
        r"au plus tard(?: le)?",
        r"d'ici(?: le| au| a)?",
        r"by",
        r"before",
        r"until",
        r"(?:no|not) later than",
        r"at the latest",
        r"due",
        r"pour le",
        r"(?:est |sont )?(?:reportee?s?|repoussee?s?|decalee?s?|prolongee?s?|prorogee?s?)"
        r"(?: jusqu'(?:au|a)| au| a)?",
        r"nouvelle date",
        r"report (?:au|a|jusqu'au)",
        r"(?:extended|postponed|moved) (?:to|until)",
        # "3 March 2021 (23:00 CET) one week extension: 10 March 2021"
        r"extension(?: of the deadline)?(?= ?:| to| until)",
        r"prolongation(?: de la date limite| du delai)?(?= ?:| jusqu| au)",
        r"(?<!rien )(?<!pas )(?:recue?s?|parvenue?s?) (?:au|le|avant le|jusqu'au)(?!"
        + _HISTORY
        + ")",
        r"limitee?s? (?:au|jusqu'au)",
    ],
    OPEN: [
        (
            r"ouverture (?:des|de l'|de la|du) ?(?:candidatures?|inscriptions?|depots?"
            r"|soumissions?|appel|l'appel|plateforme|campagne|session|guichet)"
        ),
        r"lancement (?:de l'appel|de la campagne|de l'appel a projets)",
        r"reouvertures?",
        r"debut des (?:candidatures|inscriptions|depots|soumissions)",
        # "Début soumission d'abstracts : …": the start of what is sent (not "Début du contrat")
        r"debut (?:de la |du |des )?(?:soumissions?|depots?|candidatures?|inscriptions?)"
        r"(?: (?:des |d'|de )?(?:resumes|abstracts|dossiers|projets|communications|posters))?",
        r"applications? (?:will )?open",
        r"(?:call )?opens?(?: on)?",
        r"opening date",
        r"(?:s')?ouvr(?:e|ira|ent|iront)(?: le)?",
        r"dates? d'ouverture",
        r"ouverture (?:de |des )?(?:soumission|depot)s?",
        # "est lancé le 3 mars", not "lance le second appel"; "lancera ce samedi 30 mars un appel"
        r"(?:(?:est |sera )?lancee?|lancer(?:a|ont)) (?:le|ce)(?= (?:\d|1er|" + _WEEKDAYS + "))",
        # "L'ouverture est prévue pour le 18 janvier": the "pour le" is the opening's
        r"(?:l')?ouverture (?:est |sera )?(?:prevue|programmee|annoncee) (?:pour )?(?:le|au)",
        r"lancement",
        r"launch",
        r"opening(?: of)?",
    ],
    OPEN_WEAK: [
        r"a partir d[ue]",
        r"a compter d[ue]",
        r"des le",
        r"des ce",
        r"launch(?:es|ing)? on",
        r"ouverte?s?(?: le| des le| du)?",
        r"ouverture",
        r"from",
        r"starting(?: on)?",
    ],
    APPLY: [
        r"candidatures?",
        r"candidats?",
        r"candidates?",
        r"applicants?",
        r"dossiers?",
        r"depots?",
        r"soumissions?",
        r"inscriptions?",
        r"applications?",
        r"submissions?",
        r"proposals?",
        r"envois?",
        r"demandes? (?:de|d'|en ligne)",
        r"(?:remplir|completer) (?:le|un|votre|leur|son) formulaire",
        r"(?:online |application )?forms? (?:to be|must be|should be) (?:completed|filled in|submitted)",
        r"(?:complete|fill in|submit) (?:the|an|your) (?:online )?(?:application )?form",
        r"(?:la |cette )?procedure(?! de selection)",
        r"postuler",
        r"candidater",
        r"depos(?:er|ez|ent)",
        r"soumett(?:re|ez|ent)",
        r"transmett(?:re|ez|ent)",
        r"transmissions?",
        r"r?envoy(?:er|ez)|r?envoient",
        r"adress(?:er|ez|ent)",
        r"remett(?:re|ez|ent)",
        r"retourn(?:er|ez|ent)",
        r"faire parvenir",
        r"submitted",
        r"sent",
        r"retour des dossiers",
        # "Réponse attendue pour le …": the applicant's answer, not one sent to candidates
        r"reponses? (?:(?:est|sont) )?attendues?",
        r"submit",
        r"apply",
        r"resumes?",
        r"abstracts?",
        r"communications?",
        r"posters?",
    ],
    LETTER: [
        r"lettres? d'intentions?",
        r"letters? of intent",
        r"pre-? ?propositions?",
        r"pre-? ?proposals?",
        r"pre-? ?projets?",
        r"pre-? ?demandes?",
        r"pre-? ?requests?",
        r"pre-? ?applications?",
        r"pre-? ?inscriptions?",
        r"preliminary (?:registrations?|applications?)(?: applications?)?",
        r"pre-? ?registrations?",
        r"pre-? ?enrol?ments?",
        r"intentions? de (?:candidature|soumission)",
        r"declarations? d'intention",
        r"(?:formulaires?|fiches?) d'intentions?",
        r"expressions? of interest",
        r"manifestations? d'interet",
        r"lettres? d'interet",
        r"(?:pre-? ?)?enregistrements?",
        # a two-stage call's first step: "the deadline for initial proposals is …"
        r"initial (?:proposals?|applications?)",
        r"first[- ]stage (?:proposals?|applications?)",
        # the Swiss word for a pre-proposal: "Le délai de dépôt des esquisses est fixé au …"
        r"esquisses?(?= (?:de projets?|est|sont|doi|sera|:|,|avant|jusqu))",
    ],
    FULL: [
        r"dossiers? (?:de candidature )?(?:complets?|definitifs?|finals?)",
        r"projets? complets?",
        r"candidatures? completes?",
        r"full (?:proposals?|applications?)",
        r"complete (?:proposals?|applications?)",
        r"second(?:e)? (?:tour|etape)",
    ],
    OTHER: [
        r"rapports?(?: final| finaux| intermediaires?)?",
        # a funded project's progress, reported later: "Résumé de l'état d'avancement"
        r"etats? d'avancement",
        r"bilans? (?:d'etape|intermediaires?|d'activite|financiers?|scientifiques?)",
        r"lettres? de recommandation",
        r"recommendation letters?",
        r"letters? of recommendation",
        # "Envoyer les demandes de référence à vos répondants au plus tard le …"
        r"demandes? de (?:references?|recommandations?)",
        r"(?:reference|recommendation) requests?",
        # "the reception of the recommendations from the 2 referees"
        r"recommendations? (?:from|of|by) (?:the |your |two |2 |three |3 )*referees?",
        r"referee(?:s'|'s)? (?:letters?|reports?|recommendations?)",
        # a step after the candidature: "Une fois le dossier envoyé, … avant le …, créer son
        # compte", "Once your application is submitted, …"
        r"une fois (?:le|votre|leur|son|la|sa) (?:dossiers?|candidatures?) (?:envoyee?s?"
        r"|deposee?s?|soumise?s?|transmise?s?|validee?s?)",
        r"once (?:the|your|their) (?:application|file)s? (?:is |are |has been |have been )?"
        r"(?:submitted|sent|complete|completed)",
        # a supervisor's step, not the candidate's: "supervisors are invited to submit …"
        r"(?:potential |prospective )?supervisors? (?:are|is) (?:invited|asked|requested)",
        r"paiements?",
        # paying or ordering registrations: "les règlements par chèque", "réglées par carte"
        # (not "le règlement du concours", its rules)
        r"(?:reglements?|reglee?s?) (?:par|en) (?:cheques?|virements?|cartes?|cb|especes|mandat)",
        r"command(?:er|ez|es?) (?:un nombre d'|des |de |vos )?(?:inscriptions?|places?|badges?)",
        r"early bird",
        r"hebergement",
        r"registration",
        r"inscriptions? administratives?",
        r"re-?inscriptions?",
        r"choix (?:des |de |du )?(?:postes?|stages?)",
        r"dossiers? d'embauche",
        # handing in finished work, not a candidature: "Le dépôt des mémoires de master …"
        r"depots? (?:des|du|de votre|de leur|de son|de sa) (?:memoires?|manuscrits?)",
        (
            r"inscriptions? (?:au|a la|aux|a l') ?(?:congres|colloque|journees?|seminaires?"
            r"|webinaires?|symposium|conference|formation|atelier)"
        ),
        r"pieces? complementaires?",
        # a supporting piece sent apart ("Le certificat médical doit être transmis …"), and
        # the hospitals' own declarations of vacant posts, not a candidate's application
        r"certificats? medica(?:l|ux)",
        r"remontees? d'informations?",
        # a doctoral school's steps for supervisors, not the candidate's application
        r"(?:thesis|phd) (?:offers?|subjects?|topics?)",
        r"(?:offres?|propositions?|sujets?) de theses?",
        # an institution forwards the files it pre-selected: "Soumission au fonds des
        # candidatures présélectionnées par les universités : 30 septembre"
        r"(?:candidatures|dossiers|projets) (?:pre-?selectionnee?s|retenue?s) par (?:les|le|la|l')",
        r"validation (?:des|of) (?:candidatures|applications|dossiers)",
        r"(?:subject|topic) offers?",
        r"confirmations?",
        r"desistements?",
        r"withdrawals?",
        r"voeux",
        r"rankings? of (?:the )?(?:subjects|candidates|projects|applications)",
        r"classements? (?:des|of) (?:candidatures|candidats|sujets|projets|dossiers)",
        r"early (?:fee|bird|registration)s?",
        r"(?:frais|tarifs?) (?:d'inscription|reduits?|preferentiels?)",
        r"confirm(?:er|ation|ez)? (?:de |of |the |their |your |leur |votre |la |sa )*"
        r"(?:participation|presence|attendance|presentations?|inscription)",
    ],
    CONDITION: [
        r"titulaires?",
        r"l'obtenant",
        r"obten(?:u|ue|us|ues|ir)",
        r"obtention",
        r"(?:etre |etant )?inscrite?s? (?:en|au|a la|dans)",
        r"(?:avoir )?soutenue?s?",
        r"(?:qui )?soutien(?:dront|dra|nent|t) (?:leur|sa|son)",
        r"ans au",
        r"ages? de",
        r"conditions? (?:suivantes|d'anciennete|d'age)",
        r"remplir(?! (?:le|un|votre|leur|son) (?:formulaire|dossier))",
        r"justifier",
        r"s'achever",
        r"se terminer",
        r"achevee?s?",
        # "toutes les sessions d'études complétées avant le 1er mai": what is counted
        r"completee?s?(?= (?:avant|au plus tard|a la date))",
        r"nee?s?",
        r"holders?",
        r"having (?:validated|obtained|completed|defended)",
        r"(?:be|been|being|have) (?:completed|obtained|awarded|defended|validated|enrolled)",
        r"validated",
        r"ayant (?:realise|effectue|passe|acheve|termine|obtenu|valide|soutenu)",
        # "pour tout dossier déposé avant le …, le montant sera …": a condition on a sum
        r"pour (?:tout|toute|tous les|toutes les) (?:dossiers?|candidatures?|demandes?)"
        r" (?:deposee?s?|recue?s?|envoyee?s?|soumise?s?|transmise?s?)",
        # "Pour toute demande de changement de nom avant le …, des frais …": what a request
        # made before a day costs, not a day to send by
        r"pour (?:tout|toute|tous les|toutes les) (?:demandes?|annulations?|modifications?"
        r"|changements?|desistements?)(?: (?:de|d')[a-z' -]{1,40}?)?(?= (?:avant|apres|jusqu'))",
        r"(?:be|been) (?:achieved|carried out)",
        # who gets early results, not a day to send by: "for applicants who have completed
        # and sent their application before 31 March"
        r"(?:for )?(?:applicants|candidates|students|those) who (?:have )?(?:completed and )?"
        r"(?:sent|submitted|completed)(?: and (?:sent|submitted))? (?:their|an?|the) "
        r"(?:applications?|files?)",
        # a deadline for doing something (a stay, a mission), not for sending it
        r"(?:effectuer|realiser|accomplir|terminer) (?:le|la|les|son|sa|ses|leur|leurs|votre"
        r"|vos) (?:stages?|sejours?|mobilites?|missions?|travaux|projets?)",
        r"(?:stages?|sejours?|mobilites?|missions?|travaux|projets?) (?:doit|doivent|devra"
        r"|devront) (?:etre )?(?:effectuee?s?|realisee?s?|accomplie?s?|terminee?s?)",
        # a tie that must last, not a sending: "must be affiliated to their Institution
        # until …", "rester rattaché à un laboratoire jusqu'au …"
        r"(?:be|remain|stay|being) (?:affiliated|employed|based|hosted|resident)",
        r"(?:etre|rester|demeurer) (?:affiliee?s?|rattachee?s?|salariee?s?|employee?s?"
        r"|en poste)",
        # which agreements a rule covers: "les conventions terminées à la date du …"
        r"(?:conventions?|contrats?|projets?|financements?|mandats?|theses?) (?:de [a-z ]{1,30})?"
        r"(?:terminee?s?|echue?s?|expiree?s?|cloturee?s?)(?= (?:a la date du|au|le|avant|des|depuis))",
        r"years of age",
        r"under \d+ years",
        # "candidates must be available and hold the required degree by …"
        r"(?:hold|have|possess)(?: obtained)? (?:the |a |an )?(?:required |relevant )?"
        r"(?:degrees?|qualifications?|diplomas?|master'?s?)",
    ],
    SUPERSEDED: [
        r"initialement (?:fixee?s?|prevue?s?|annoncee?s?)(?: (?:au|le|pour le))?",
        r"(?:fixee?s?|prevue?s?|annoncee?s?) initialement(?: (?:au|le|pour le))?",
        r"(?:au|a la) lieu (?:du|de la|de)",
        r"anciennement",
        r"precedemment (?:fixee?|annoncee?)",
        r"ancienne date(?: limite)?",
    ],
}

_EVENT_PATTERNS: dict[str, list[str]] = {
    "jury": [
        r"jurys?",
        r"comites? de selection",
        r"comites?",
        r"commissions?(?: de selection)?",
        r"comites? d'evaluation",
        r"selection committee",
        r"(?:admission |selection |scientific )?committees?",
        r"(?:selection )?panels?",
        r"(?:candidates? )?selection (?:panel|committee|meeting)s?",
        r"(?:pre-? ?)?selections?",
        r"pre-? ?selection commit+e+",
        # a board's meeting: "Date de la réunion : 15 septembre", "Council meeting" (not
        # "l'université de La Réunion")
        r"dates? de (?:la |des )?reunions?",
        r"reunions? (?:du|de la|de l'|des) (?:conseil|commission|comite|bureau|jury)s?",
        r"(?:board |council )meetings?",
        r"comites? scientifiques?",
        r"conseils? (?:scientifiques?|d'administration|d'ecole doctorale)",
        r"expertises?",
        r"evaluations?",
        r"examen des (?:candidatures|dossiers|projets)",
        # "transmission des dossiers présélectionnés au ministère": the funder's own step
        r"(?:transmission|envoi|remontee)s? des (?:dossiers|candidatures|projets)"
        r" (?:pre-?selectionne|retenu|selectionne|classe)e?s?",
        r"(?:inscriptions? a )?l'ordre du jour",
        r"evaluated|assessed|reviewed",
        # "will be considered before 1 February" (not "considered if received before …")
        r"considered(?= (?:before|by|on|until|in|from) )",
        r"remise des prix",
        # "Le prix a été officiellement remis au candidat le 22 février": a prize handed over
        r"(?:officiellement )?remise?s? (?:au|aux|a la|a l') ?(?:candidats?|candidates?|laureats?"
        r"|laureates?|gagnants?|gagnantes?|beneficiaires?)",
        r"ceremonie",
        r"deliberations?",
        r"classement",
    ],
    "audition": [
        r"auditions?",
        r"entretiens?",
        r"oraux",
        r"oral",
        r"interviews?",
        r"soutenances?",
        r"presentations? orales?",
        r"convocations?",
        r"epreuves?",
        r"convoquee?s?",
    ],
    "resultats": [
        r"resultats?",
        r"reponses?",
        r"notifications?",
        r"decisions?",
        r"laureats?",
        r"results?",
        r"notified",
        r"informee?s?(?! de)",
        r"informed",
        r"(?:acceptance|rejection|acceptation)(?! of (?:the )?(?:invitation|terms))",
        r"answers?",
        r"proclamation",
        r"annonce des (?:laureats|resultats)",
        r"announcements?",
        r"selectionnes",
    ],
    "congres": [
        r"congres",
        r"colloques?",
        r"journees?(?: scientifiques?| de recherche)?",
        r"symposium",
        r"conferences?",
        r"seminaires?",
        r"webinaires?",
        r"webinars?",
        r"reunions? d'information",
        r"workshops?",
        r"ateliers?",
        r"forums?",
        r"assises",
        r"manifestations? (?:qui|scientifiques?)",
        r"soirees?",
        r"date de la soiree",
        r"assemblees? generales?",
        r"rencontres",
        r"summer school",
        r"ecole d'ete",
        r"congress",
        r"meeting",
        r"masterclass",
    ],
    # the end of what is funded or of a listing's span: "Date de soumission 31/05 Date de fin
    # 30/09", "fin du contrat"; the end of the candidatures is a closing, not this
    "fin": [
        r"date de fin(?! (?:des|du|de l'|de la|de) ?(?:candidatures?|inscriptions?|depots?"
        r"|soumissions?|l'appel|appel|saisie|envoi))",
        r"fin (?:du|de la|des) (?:programme|contrat|projet|financement|stage|mobilite|sejour)s?",
    ],
    "debut": [
        (
            r"debut(?: du| de l'| de la| des)? ?(?:programme|contrat|stage|financement|projet"
            r"|master|semestre|cursus|annee|formation|cours|enseignements|these|mobilite)?"
        ),
        r"demarr\w*",
        r"rentree(?: universitaire)?",
        r"prise de (?:poste|fonctions?)",
        r"commence\w*",
        r"debute\w*",
        r"start date",
        r"starts?",
        r"begins?",
        r"beginning",
        # not "au titre de l'année universitaire 2022-2023", which names a year, not a day
        r"annee universitaire(?! ?(?:19|20)\d\d)",
        r"entree en fonctions?",
    ],
    "mise-a-jour": [
        r"mise?s? a jour",
        r"maj",
        r"derniere modification",
        r"modifiee?s?(?: le)?",
        r"actualise\w*",
        r"(?:last )?updated",
        r"last modified",
        r"revised",
    ],
    "publication": [
        r"publie\w*",
        r"date de publication",
        r"publication",
        r"mise?s? en ligne",
        r"paru",
        r"parution",
        r"posted",
        r"published",
        r"en ligne depuis",
        r"affichages?",
        r"diffuse\w* le",
        # an article's history: "Reçu le 23 juillet 2018 ; accepté le 10 septembre 2018"
        r"(?:recue?|soumise?|received|submitted)(?: le| on)?(?=" + _HISTORY + ")",
        r"(?:acceptee?|revisee?) le(?= \d)",
        r"(?:accepted|revised)(?: on)?(?= \d)",
        # a text's own date names it: "avant l'arrêté du 25 mai 2016", "note de service du …"
        r"(?:arrete|decret|circulaire|ordonnance|loi|note de service)s?(?: n[°o]?\.? ?[\w./-]+)? du",
        # so does a call's: "Cahier des charges de l'appel à projets du 07.05.2020"
        r"(?:cahiers? des charges|appels? (?:a|d') ?(?:projets?|candidatures?|offres?))"
        r"(?: n[°o]?\.? ?[\w./-]+)? du(?= \d)",
    ],
    "autre": [
        r"aura lieu",
        # what candidates are sent, not what they send: "seront précisés aux candidats"
        r"(?:communique|precise|envoye|adresse|transmis|notifie|indique)e?s? aux candidats",
        # fetching the forms is no sending: "Téléchargement du dossier : du … au …"
        r"(?:telechargement|retrait) (?:du|des) dossiers?(?! et)(?: d'inscription| de candidature)?",
        r"telecharg(?:er|ez) (?:le|les|un|votre|vos) (?:dossiers?|formulaires?)"
        r"(?: d'inscription| de candidature)?",
        r"auront lieu",
        r"scrutin",
        r"votes?",
        r"elections?",
        r"se tiendra",
        r"se deroul(?:era|eront|ant)",
        r"takes place",
        r"will take place",
        r"will be held",
        # when the funded event must happen: "and the event take place between …"
        r"(?:to |must |should |shall )?take place",
        r"(?:to|must|should|shall) be held",
        r"(?:doit|doivent|devra|devront) (?:avoir lieu|se derouler|se tenir)",
        r"a lieu",
        r"lieu le",
    ],
}

#: Event kinds that describe the page or a stage right next to the date and so win even
#: inside a deadline sentence: "date limite (mise à jour le 3 mars) : 15 avril".
ADJACENT_EVENT_KINDS = frozenset(
    {"mise-a-jour", "publication", "jury", "audition", "resultats", "debut", "fin"}
)
#: Kinds too generic to name an event when a more telling one is present.
VAGUE_EVENT_KINDS = frozenset({"publication", "autre"})


def _compile(alternatives: list[str]) -> re.Pattern[str]:
    # a digit may touch a cue: "Du 24 avril au 16 juin 2023Examen des candidatures"
    return re.compile(r"(?<![a-z])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


_COMPILED: list[tuple[str, str, re.Pattern[str]]] = [
    (cls, "", _compile(p)) for cls, p in _PATTERNS.items()
] + [(EVENT, kind, _compile(p)) for kind, p in _EVENT_PATTERNS.items()]


_by_place = itemgetter(0, 1, 2)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    cls: str
    kind: str
    text: str


_SCANNER = WordScanner([pattern for _, _, pattern in _COMPILED])


class CueIndex:
    """All cues of one text, left to right, non-overlapping; sliced by position."""

    def __init__(self, text: str) -> None:
        # every pattern's own finditer matches (``WordScanner`` only skips the places
        # where none can start), ordered by (start, longest first, pattern order): a
        # stable sort of the matches gathered pattern by pattern, as before
        found = [
            (m.start(), -len(m.group(0)), order, m)
            for order, matches in enumerate(_SCANNER.finditer_all(text))
            for m in matches
        ]
        found.sort(key=_by_place)
        self.cues: list[Cue] = []
        end = -1
        for start, _, order, m in found:
            if start >= end:
                cls, kind, _ = _COMPILED[order]
                self.cues.append(Cue(start, m.end(), cls, kind, m.group(0)))
                end = m.end()
        self._starts = [c.start for c in self.cues]

    def between(self, start: int, end: int) -> list[Cue]:
        """Cues starting inside [start, end).

        A cue may run past ``end``: in "ouverte du 2 au 30 juin" the "du" belongs to both
        the cue and the range that follows, and the cue must still count for that range.
        """
        i = bisect_left(self._starts, start)
        j = bisect_left(self._starts, end, lo=i)
        return self.cues[i:j]
