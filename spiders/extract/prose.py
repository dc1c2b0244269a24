"""The words before a date in a sentence: cues, subjects, conditions, a call's verbs.

``from_window`` reads back from a date to the previous one or the start of its
sentence: the nearest role cue decides, with the corrections its helpers explain.
"""

from __future__ import annotations

import re

from veille.spiders.extract.cues import (
    ADJACENT_EVENT_KINDS,
    APPLY,
    CONDITION,
    DEADLINE,
    DEADLINE_WEAK,
    EVENT,
    FULL,
    KIND_CLASSES,
    LETTER,
    OPEN,
    OPEN_WEAK,
    OTHER,
    ROLE_CLASSES,
    SUBJECT_CLASSES,
    SUPERSEDED,
    VAGUE_EVENT_KINDS,
    WEAK_CLASSES,
    Cue,
    CueIndex,
)
from veille.spiders.extract.dates import WEEKDAY, Mention
from veille.spiders.extract.reading import (
    BOUNDARY,
    CALL_NOUN,
    CLAUSE_BREAK,
    KIND_BY_CLASS,
    SENTENCE_REACH,
    Reading,
    line_end,
    nearest_kind,
    sentence_start,
)

# how close what is sent must stand before a window: "la période d'inscription est fixée du"
_SENT_REACH = 40

_WINDOW = 120  # how far back (characters) the words before a date are read

_WEAK_REACH = 25  # a weak cue ("avant le") must sit this close to its date

WEEK_OF = re.compile(r"(?:(?:the )?week of|(?:la )?semaine du)\s*$")

_ADJACENT_GAP = re.compile(r"\s*(?:le|du|:|on|the|en date du|au|-)?\s*(?:le\s+)?")

_COLON_GAP = re.compile(r"\s*[:|-]?\s*(?:(?:le|pour le|on|by)\s+)?")

# "au 1er octobre de l'année considérée": a date that belongs to a condition
_CONDITION_AFTER = re.compile(
    r"\s*(?:de l'annee (?:consideree|en cours|d'attribution|universitaire|n\b)|de chaque annee)"
)

_SUPERSEDED_REACH = 30

_APPLY_WORDS = frozenset({APPLY, LETTER, FULL, OPEN, DEADLINE})


def window_start(text: str, floor: int, start: int) -> int:
    """Where the words that speak for a date begin: the previous date's end, the start of
    its sentence, or ``_WINDOW`` characters back, whichever is nearest."""
    low = max(floor, start - _WINDOW)
    boundaries = [match.end() for match in BOUNDARY.finditer(text, low, start)]
    return boundaries[-1] if boundaries else low


def _event_kind(text: str, hits: list[Cue], chosen: Cue, start: int) -> str:
    if chosen.kind in ADJACENT_EVENT_KINDS and _ADJACENT_GAP.fullmatch(text, chosen.end, start):
        return chosen.kind
    specific = [h for h in hits if h.cls == EVENT and h.kind not in VAGUE_EVENT_KINDS]
    return specific[-1].kind if specific else chosen.kind


def from_window(text: str, hits: list[Cue], start: int) -> Reading | None:
    roles = [
        h for i, h in enumerate(hits)
        if h.cls in ROLE_CLASSES and (h.cls not in WEAK_CLASSES or start - h.end <= _WEAK_REACH)
        and not (i and _qualifies_what_is_sent(text, hits[i - 1], h))
    ]  # fmt: skip
    kind = nearest_kind(hits)
    if roles:
        nearest = roles[-1]
        if nearest.cls == OPEN:
            return Reading("open", cue=nearest.text)
        if nearest.cls == DEADLINE:
            return Reading("deadline", kind, nearest.text)
        if nearest.cls == EVENT:
            strong = [h for h in roles if h.cls == DEADLINE]
            if strong:
                separated = CLAUSE_BREAK.search(text, strong[-1].end, nearest.start)
                adjacent = nearest.kind in ADJACENT_EVENT_KINDS and _ADJACENT_GAP.fullmatch(
                    text, nearest.end, start
                )
                if not separated and not adjacent:
                    return Reading("deadline", kind, strong[-1].text)
            return Reading("event", _event_kind(text, hits, nearest, start), nearest.text)
        subjects = [h for h in hits if h.end <= nearest.start and h.cls in SUBJECT_CLASSES]
        subject = _event_subject(text, subjects, nearest)
        if subject is not None:
            return Reading("event", _event_kind(text, hits, subject, start), subject.text)
        if nearest.cls == OPEN_WEAK:
            if _WINDOW_END_BEFORE.fullmatch(text, nearest.end, start):
                # "open from Januray 13, 2025 to May 30, 2025": a start the reader could not
                # read, then the window's end
                return Reading("deadline", kind, nearest.text)
            return Reading("open", cue=nearest.text)
        opening = _opening_linked_by(text, roles, nearest)
        if opening is not None:
            return Reading("open", cue=opening.text)
        return Reading("deadline", kind, nearest.text)
    sent = [h for h in hits if h.cls == APPLY or h.cls in KIND_CLASSES]
    if sent and _COLON_GAP.fullmatch(text, sent[-1].end, start):
        return Reading("deadline", kind, sent[-1].text)
    return None


# "… est le 1er novembre 2022", "… is fixed at 15 May": the date is what the subject is
_COPULA_BEFORE = re.compile(
    r"(?:est|sont|sera|seront|is|will be)(?: (?:fixee?s?|arretee?s?|prevue?s?|set|fixed))?"
    r" (?:le|au|at|on|for)?\s*(?:(?:" + WEEKDAY + r")\s+)?$"
)


def from_copula(text: str, cues: CueIndex, floor: int, start: int) -> Reading | None:
    """ "La nouvelle date limite pour le dépôt des demandes d'admission des candidats …
    est le 1er novembre": a deadline noun that heads a long sentence whose verb gives the
    date, too far back for the window but its subject all the same."""
    if _COPULA_BEFORE.search(text, max(floor, start - 40), start) is None:
        return None
    line = text.rfind("\n", 0, start) + 1
    low = max(floor, line, sentence_start(text, start), start - SENTENCE_REACH)
    hits = cues.between(low, start)
    roles = [h for h in hits if h.cls in ROLE_CLASSES or h.cls == CONDITION]
    if not roles or roles[0].cls != DEADLINE:
        return None
    if any(h.cls not in (DEADLINE, DEADLINE_WEAK) for h in roles) or ";" in text[low:start]:
        return None
    return Reading("deadline", nearest_kind(hits), roles[0].text)


_WINDOW_END_BEFORE = re.compile(
    r"\s*[a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4},? (?:to|until|au) (?:the )?"
)

# "Applications submitted before January 13 and after May 30 will not be examined"
# (not "…, faute de quoi elle ne sera pas prise en compte": that is a sending's warning)
_REFUSAL_GAP = r"(?:(?!faute de quoi|sinon|otherwise|failing|sous peine|or else)[^.;\n]){0,120}?"
_REFUSED_AFTER = re.compile(
    _REFUSAL_GAP + r"(?:(?:will|shall) not be (?:examined|considered|accepted|reviewed|assessed)"
    r"|ne (?:sera|seront) (?:pas|plus) (?:examinee?s?|acceptee?s?|recevables?"
    r"|prise?s? en (?:compte|consideration)|etudiee?s?|traitee?s?))"
)


# what was sent, right before the cue: "applications submitted before …" (not "doit être
# effectuée avant le …, faute de quoi elle ne sera pas prise en compte")
_SENT_BEFORE = re.compile(
    r"(?<![a-z])(?:submitted|received|sent|deposee?s?|recue?s?|envoyee?s?|soumise?s?|transmise?s?)"
    r" (?:before|avant(?: le)?)\s*(?:(?:" + WEEKDAY + r")\s+)?$"
)


def before_a_refused_window(text: str, reading: Reading, mention: Mention) -> bool:
    """ "Les dossiers déposés avant le 13 janvier … ne seront pas examinés": what comes in
    before that day is refused, so the day opens the window; it is no deadline."""
    return (
        reading.cue.endswith(("before", "avant", "avant le"))
        and _SENT_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None
        and _REFUSED_AFTER.match(text, mention.tail_end) is not None
    )


_AFTER_BEFORE = re.compile(r"(?<![a-z])(?:after|apres(?: le)?)\s*(?:(?:" + WEEKDAY + r")\s+)?$")


def after_a_refused_window(text: str, mention: Mention) -> bool:
    """ "… et après le 30 mai ne seront pas examinés": that day closes the window."""
    return bool(_AFTER_BEFORE.search(text, max(0, mention.start - 30), mention.start)) and bool(
        _REFUSED_AFTER.match(text, mention.tail_end)
    )


def _opening_linked_by(text: str, roles: list[Cue], weak: Cue) -> Cue | None:
    """ "L'ouverture de l'appel est prévue pour le 14 décembre": "pour le" only ties the
    opening to its day."""
    if weak.text != "pour le" or len(roles) < 2 or roles[-2].cls != OPEN:
        return None
    return None if CLAUSE_BREAK.search(text, roles[-2].end, weak.start) else roles[-2]


def _event_subject(text: str, subjects: list[Cue], weak: Cue) -> Cue | None:
    """The event a weak cue's clause is about: "les résultats seront publiés avant le",
    and "Notification of acceptance of the abstract will be emailed before", where the
    event heads the clause and what is sent only qualifies it."""
    if not subjects:
        return None
    if _sent_takes_place(text, subjects):
        return None
    if subjects[-1].cls == EVENT:
        sent = any(_SEND_VERB.fullmatch(h.text) for h in subjects[:-1])
        if sent or _event_is_complement(text, subjects) or _in_apposition(text, subjects[-1], weak):
            return None
        return subjects[-1]
    head = subjects[0]
    between = _BRACKETED.sub("", text[head.end : weak.start])  # "(and day of presentation)"
    heads = _OF_WHAT.match(text, head.end) or _PASSIVE_AFTER.match(text, head.end)
    if head.cls == EVENT and heads and not CLAUSE_BREAK.search(between):
        return head
    return None


def _sent_takes_place(text: str, subjects: list[Cue]) -> bool:
    """ "Le dépôt des dossiers doit avoir lieu avant le …": a verb that only says when,
    whose subject is what is sent, leaves the date a deadline."""
    if len(subjects) < 2 or subjects[-1].cls != EVENT or not _TAKES_PLACE.search(subjects[-1].text):
        return False
    sent = subjects[-2]
    return (sent.cls == APPLY or sent.cls in KIND_CLASSES) and not CLAUSE_BREAK.search(
        text, sent.end, subjects[-1].start
    )


_BRACKETED = re.compile(r"\([^()]*\)")

_OF_NOUN = re.compile(r"(?<![a-z])(?:du|de la|de l'|des)\s*$")


def _in_apposition(text: str, event: Cue, weak: Cue) -> bool:
    """ "… à M. X, vice-président du conseil scientifique, avant le": the event names
    whom to send to, set apart by commas; it is not what the clause is about."""
    before = text[max(0, event.start - 8) : event.start]
    return bool(_OF_NOUN.search(before)) and "," in text[event.end : weak.start]


# "Les résultats doivent être communiqués aux candidats au plus tard le …"
_PASSIVE_AFTER = re.compile(
    r"\s*(?:(?:doi(?:t|vent)|devr(?:a|ont)) etre|ser(?:a|ont)|will be|must be|shall be)(?![a-z])"
)
_OF_WHAT = re.compile(r"\s*(?:of|on|about|de|des|du|d'|sur)(?![a-z])")


def window_of_what_is_sent(text: str, hits: list[Cue], start: int) -> Reading | None:
    """ "La période d'inscription est fixée du 1er au 28 février": a range right after
    what is sent, in the same clause, is the window to send it, whatever came before."""
    call = CALL_NOUN.search(text, max(0, start - _SENT_REACH), start)
    if call is not None and not CLAUSE_BREAK.search(text, call.end(), start):
        # "A first call from October 16th to February 23rd": the call's own window
        return Reading("deadline", nearest_kind(hits), call.group(0))
    sent = list(hits)
    reach_from = None  # past the words that say whom the window is for
    while sent and sent[-1].cls == EVENT:
        if _WHO_TAKES_PART.search(text, max(0, sent[-1].start - 30), sent[-1].start):
            # "la période d'inscription des étudiants participant aux épreuves nationales
            # est fixée du … au …": the event names whom the window is for
            reach_from = reach_from or sent[-1].end
        elif not _TAKES_PLACE.search(sent[-1].text):
            break  # "la période de dépôt … qui se déroulera du … au …" only says when
        sent.pop()
    if not sent or not (sent[-1].cls == APPLY or sent[-1].cls in KIND_CLASSES):
        return None
    if start - (reach_from or sent[-1].end) > _SENT_REACH or CLAUSE_BREAK.search(
        text, sent[-1].end, start
    ):
        return None
    return Reading("deadline", nearest_kind(sent), sent[-1].text)


# Who a window is for, named by the event they take part in.
_WHO_TAKES_PART = re.compile(
    r"(?:participant|participants|participer|candidats?|inscrite?s?|admise?s?) (?:aux|au|a la|a l')"
    r" ?$"
)

# Verbs that only say when something happens, not what happens.
_TAKES_PLACE = re.compile(
    r"se deroul|aur(?:a|ont) lieu|a lieu|se tiendra|takes? place|will take|be held"
    r"|(?:doit|doivent|devra|devront) (?:avoir lieu|se derouler|se tenir)"
)


# "transmettre votre demande avec … les résultats de vos examens, jusqu'au …"
_SEND_VERB = re.compile(
    r"(?:transmett|envoy|depos|soumett|adress|remett|retourn)(?:re|er|ez|ent)|envoient|faire parvenir"
    r"|postuler|candidater|submit(?:ted)?|sent|apply"
)

_COMPLEMENT = re.compile(
    r"\s*(?:pour|du|de|des|au|aux|a la|de la|de l'|for|to|through|via)(?![a-z])[\s\w']{0,20}$"
)


def _qualifies_what_is_sent(text: str, before: Cue, event: Cue) -> bool:
    """ "Inscription aux épreuves": an event right after what is sent only says what for."""
    return (
        event.cls == EVENT
        and (before.cls == APPLY or before.cls in KIND_CLASSES)
        and _COMPLEMENT.match(text, before.end, event.start) is not None
    )


def _event_is_complement(text: str, subjects: list[Cue]) -> bool:
    """ "vos résumés pour le congrès … avant le", "les inscriptions aux épreuves de
    sélection sont ouvertes du …": the events qualify what is sent."""
    events = 0
    while events < len(subjects) and subjects[-1 - events].cls == EVENT:
        events += 1
    if events == 0 or events == len(subjects):
        return False
    sent, first_event = subjects[-1 - events], subjects[-events]
    return bool(_COMPLEMENT.match(text, sent.end, first_event.start))


def is_superseded(text: str, hits: list[Cue], mention: Mention) -> bool:
    """ "initialement fixée au 12 février", "(au lieu du 12/02)", "15 janvier (REPORT au
    31 janvier)": a date given up."""
    if _MOVED_AFTER.match(text, mention.tail_end):
        return True
    start = mention.start
    return any(h.cls == SUPERSEDED and start - h.end <= _SUPERSEDED_REACH for h in hits[-2:])


# "sauf du 19 décembre au 2 janvier": a closure inside a window, not a deadline
EXCEPTION_BEFORE = re.compile(r"(?<![a-z])(?:sauf|hormis|excepte|except)\s*$")

_MOVED_AFTER = re.compile(
    r"\.?\s*(?:[(\[]\s*(?:report(?:ee)?|repoussee?|prolong(?:ee?|ation)|decalee?|extended"
    r"|postponed|extension)(?: (?:au|a|jusqu'au|to|until))?"
    # "31 mars 2027.Repoussée au 10 avril": no bracket, so the word must say to when
    r"|(?:reportee?|repoussee?|prolongee?|decalee?|extended|postponed) (?:au|a|jusqu'au|to|until))"
    r"\s+(?:le\s+)?\d(?!\d?\s?h(?![a-z]))"  # "reportée à 17h" moves an hour, not the day
)


def is_condition(text: str, hits: list[Cue], mention: Mention) -> bool:
    """Eligibility ("titulaire d'un M2 ou l'obtenant avant le …"), not something to send.

    A condition word counts when no application or deadline word comes after it, so
    "Les titulaires d'un M2 déposent leur dossier avant le …" stays a deadline.
    """
    if _CONDITION_AFTER.match(text, mention.tail_end):
        return True
    for hit in reversed(hits):
        if hit.cls == CONDITION:
            return True
        if hit.cls in (APPLY, LETTER, FULL, OTHER, DEADLINE, OPEN, EVENT):
            return False
    return False


def window_heading_its_sentence(text: str, cues: CueIndex, mention: Mention) -> Reading | None:
    """ "Du 17 février au 27 mars, les porteurs sont invités à effectuer leurs demandes…":
    a range that opens its sentence is the window of what the sentence has sent."""
    if text[sentence_start(text, mention.start) : mention.start].strip(" \n-*\u2022") != "":
        return None
    end = line_end(text, mention.tail_end, min(len(text), mention.tail_end + SENTENCE_REACH))
    boundary = BOUNDARY.search(text, mention.tail_end, end)
    for hit in cues.between(mention.tail_end, boundary.start() if boundary else end):
        if hit.cls == APPLY or hit.cls in KIND_CLASSES:
            return Reading("deadline", KIND_BY_CLASS.get(hit.cls), hit.text, explicit=False)
        if hit.cls in ROLE_CLASSES or hit.cls == CONDITION:
            return None
    return None


def opens_a_call(text: str, hits: list[Cue], reading: Reading, start: int) -> bool:
    """ "à compter du 1er septembre" opens a call only when the sentence is about applying.

    The whole sentence is read, past the window: in "L'appel à projets « … » est
    ouvert le …" the call is named long before the date, in "lance à partir du 1er
    avril un appel à projets" after it.
    """
    if reading.cue.startswith("lance") and any(h.text == reading.cue for h in hits):
        # "Officiellement lancée le 18 décembre, l'association …": a launch opens a call
        # only when the sentence names one
        low, end = sentence_start(text, start), BOUNDARY.search(text, start)
        return _OPENED.search(text, low, end.start() if end else len(text)) is not None
    if not any(h.cls == OPEN_WEAK and h.text == reading.cue for h in hits):
        return True
    # a heading line that only names the call ("Appel à candidatures" / "A compter du 1er
    # janvier, le programme … remplace …") does not make the next line about applying
    paragraph = 0
    for heading in _CALL_HEADING.finditer(text, sentence_start(text, start), start):
        paragraph = heading.end()
    if any(h.cls in _APPLY_WORDS and h.start >= paragraph for h in hits):
        return True
    low = max(sentence_start(text, start), paragraph)
    end = BOUNDARY.search(text, start)
    return _OPENED.search(text, low, end.start() if end else len(text)) is not None


# what an opening word may open: "L'appel … est ouvert le", "Le concours est ouvert le"
_OPENED = re.compile(r"(?<![a-z])(?:appels?|call|concours|campagne|guichet)(?![a-z])")

_CALL_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:appels? (?:a|d'|aux) ?[a-z]+(?: [a-z]+)?|calls? for [a-z]+)[ \t]*\n"
)

_CALL_SUBJECT = (
    r"(?<![a-z])(?:appels?|call|campagne|plateforme|candidatures?|applications?|session"
    r"|inscriptions?|phase|concours)(?![a-z])"
)

_CALL_VERB_GAP = r"[^.!?\n]{0,120}?(?<![a-z])"

_CALL_OPENS = re.compile(
    rf"{_CALL_SUBJECT}{_CALL_VERB_GAP}(?:debute|debutera|demarre|a demarre|commence|a commence"
    r"|s'ouvre|s'ouvrira|ouvre|ouvrira|starts?|started|opens?|opened|is launching|launches"
    r")(?: (?:le|on|en date du|a partir du|des le|des ce))?[ \t]*\Z"
)

_CALL_CLOSES = re.compile(
    rf"{_CALL_SUBJECT}{_CALL_VERB_GAP}(?:se termine(?:ra)?|(?:va|pour) se terminer|s'achev(?:e|era)"
    r"|prend(?:ra|ront|ent)? fin|fermera|fermeront|ferment|ferme|se clot|se clotur(?:e|era)"
    r"|ends?|will end|closes?|will close)(?: (?:le|au|on|the|ce))?"
    r"(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?[ \t]*\Z"
)


def from_call_verb(text: str, start: int) -> Reading | None:
    """ "L'appel … a démarré le 17 janvier et va se terminer le 11 mars": the call itself
    opening or closing, said with a verb; read before conditions ("se terminer")."""
    window = text[max(sentence_start(text, start), start - 160) : start]
    if _CALL_CLOSES.search(window):
        return Reading("deadline", None, "closes", explicit=False)
    if _CALL_OPENS.search(window):
        return Reading("open", cue="opens")
    return None


# "Vous pouvez modifier votre inscription … jusqu'au 27 septembre": changing what was
# already sent is no day to send by
_CHANGES_WHAT_WAS_SENT = re.compile(
    r"(?<![a-z])(?:modifier|annuler|changer|corriger)(?: ou (?:modifier|annuler|completer|corriger))?"
    r" (?:votre|vos|son|sa|ses|leur|leurs|les|l') ?(?:inscriptions?|dossiers?|candidatures?|voeux"
    r"|commandes?|reservations?)(?![a-z])"
)


def changes_what_was_sent(text: str, hits: list[Cue], reading: Reading, start: int) -> bool:
    """A weak cue ("jusqu'au") in a sentence that says what was sent may be changed."""
    if not any(h.cls == DEADLINE_WEAK and h.text == reading.cue for h in hits):
        return False
    low = sentence_start(text, start)
    change = _CHANGES_WHAT_WAS_SENT.search(text, low, start)
    # "Vous pouvez déposer et modifier votre candidature jusqu'au …" still sends by then
    return change is not None and _SEND_VERB.search(text, low, change.start()) is None


# "If the project is selected, the candidate must provide proof of enrolment before …",
# "… en cas de sélection": a step asked of the winners, not a day to apply by
_IF_SELECTED = re.compile(
    r"(?<![a-z])(?:if (?:the |your |their )?(?:project|application|proposal|candidate|candidacy)?"
    r" ?(?:is |are )?(?:accepted|selected|funded|successful)|once (?:accepted|selected)"
    r"|en cas de (?:selection|succes)|une fois (?:retenue?|selectionnee?)s?"
    r"|si (?:le projet|la candidature|le dossier|votre (?:projet|candidature|dossier))"
    r" (?:est|a ete) (?:retenue?|selectionnee?|acceptee?|financee?))(?![a-z])"
)

# "sera occupé pendant deux années consécutives … jusqu'au 31 octobre": how long a post or
# a grant lasts
_PERIOD = re.compile(
    r"(?<![a-z])(?:pendant|durant|pour une (?:duree|periode)(?: (?:maximale|minimale|totale"
    r"|maximum|minimum))? de|for a (?:maximum |minimum )?period of"
    r"|(?:annees?|mois) consecuti(?:ves|fs)|consecutive (?:years|months)"
    # a mandate's span: "la société, qu'il a présidée jusqu'au 2 octobre"
    r"|(?:a|ont|avait|avaient|aura|auront) (?:preside|dirige|occupe|exerce)e?s?)(?![a-z])"
)

# "Vous pouvez poser vos questions … jusqu'au …": asking is no sending
_QUESTIONS = re.compile(
    r"(?<![a-z])(?:(?:poser|posez|adresser|adressez|envoyer|envoyez) (?:vos|des|leurs|ses|les|toutes"
    r" (?:vos|les)) questions|questions? (?:may|can|should|must) be (?:sent|submitted|asked"
    r"|addressed|raised)|demandes? de renseignements?)(?![a-z])"
)


_AFTER_THE_DATE = re.compile(r"[\s,]*")


def not_the_candidates_day(
    text: str, cues: CueIndex, hits: list[Cue], reading: Reading, mention: Mention
) -> bool:
    """A weak cue ("avant le", "jusqu'au") whose clause is about something else than
    sending a candidature: what the selected must provide, how long a post lasts, or
    until when questions may be asked."""
    if not any(h.cls == DEADLINE_WEAK and h.text == reading.cue for h in hits):
        return False
    start = mention.start
    low = _clause_start(text, start)
    # "If the project is selected, … before 1 October", "… before 1 October if accepted"
    if _IF_SELECTED.search(text, low, start) or _IF_SELECTED.match(
        text, _AFTER_THE_DATE.match(text, mention.tail_end).end()
    ):
        return True
    period = _PERIOD.search(text, low, start)
    if period is not None and not any(
        h.cls in _APPLY_WORDS or h.cls in KIND_CLASSES for h in cues.between(low, start)
    ):
        return True
    questions = list(_QUESTIONS.finditer(text, low, start))
    # "Posez vos questions, puis déposez votre dossier jusqu'au …" still sends by then
    return bool(questions) and _SEND_VERB.search(text, questions[-1].end(), start) is None


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins: its sentence, or its last ";"."""
    low = sentence_start(text, start)
    return max(low, text.rfind(";", low, start) + 1)


# "Ce vote, ouvert depuis le 3 mai, sera clos le 13 mai": what closes is no candidature
_POLL = re.compile(
    r"(?<![a-z])(?:votes?|scrutins?|sondages?|enquetes?|questionnaires?|surveys?|polls?|voting)"
    r"(?![a-z])"
)


def closes_a_poll(text: str, cues: CueIndex, mention: Mention) -> bool:
    """The date's clause closes a vote, a poll or a survey, and names nothing sent."""
    low = _clause_start(text, mention.start)
    if _POLL.search(text, low, mention.start) is None:
        return False
    return not any(
        h.cls == APPLY or h.cls in KIND_CLASSES for h in cues.between(low, mention.start)
    )


# An auxiliary or a modal, the verb it carries (through "se", "être", "be", a pronoun, a
# negation), and the infinitive a participle leads to ("are invited to submit", "sont appelés
# à soumettre"). "to" alone is left out: "no later than … to ARSEP" is as often a preposition.
_AUXILIARY_VERB = re.compile(
    r"(?<![a-z])(doi(?:t|vent)|devr(?:a|ont)|peu(?:t|vent)|pouvez|pourr(?:a|ont)|ser(?:a|ont)"
    r"|est|sont|ayant|ont|a ete|ont ete|vient d'|viennent d'|must|may|can|will|shall|should"
    r"|could|would|are|is)\s+(?:(?:etre|be|been|se|n'|ne|pas|le|la|les|leur|y|en)\s+|s'|l')*"
    r"([a-z][a-z-]{3,})"
    r"(?:(?<=e|s|d)\s+(?:a|de|d'|to)\s+([a-z][a-z-]+(?:er|ir|re)|(?<=to )[a-z][a-z-]+))?"
)
_MODAL = re.compile(r"must|may|can|will|shall|should|could|would")
# what a verb form looks like once folded: a French infinitive or participle, an English
# participle (after a modal, any word is the verb); adjectives in -ible/-able are none
_FRENCH_VERB_FORM = re.compile(
    r"[a-z-]+(?:e|ee|es|ees|er|ir|re|is|ise|ises|u|ue|us|ues|it|ite|ites)"
)
_ENGLISH_VERB_FORM = re.compile(r"[a-z-]+(?:ed|en|ing)")
_NO_VERB = re.compile(
    r"[a-z-]+(?:ible|able|ibles|ables)|entre|dans|elle|elles|notre|votre|cette|ainsi|donc|lors|tres|plus|bien|leurs"
)
# what a candidate does with a file (send, address, deliver, hand in, provide, submit, deposit,
# forward, upload, renew, register, confirm, pay, apply), what awaits it (attendu, expected) and what a
# call does (open, close, accept, receive)
_SENDING_VERB = re.compile(
    r"envoy|adress|parven|fourn|soum|depos|transm|remi|remett|renouvel|inscri|confirm|regl|pay"
    r"|candidat(?:er|ez|ent|ure)|postul|ouv|clo|accept|recev|recu|submit|send|sent|deliver"
    r"|provid|apply|regist"
    r"|forward|upload|televers|open|receiv|faire|attend|expect"
    r"|renvoy|retourn|rendue?s?|rendre|return"
)
_SENDING_WORD = re.compile(r"(?<![a-z])(?:" + _SENDING_VERB.pattern + ")")


def bounds_another_verb(
    text: str, cues: CueIndex, reading: Reading, mention: Mention, floor: int
) -> bool:
    """A weak cue bounds the verb it follows: when that verb is not one of sending ("les
    mobilités peuvent se dérouler jusqu'au …", "l'ouverture est prévue pour le …", "les
    résultats doivent être communiqués au plus tard le …"), the day is not a sending's.
    What is sent, named between that verb and the cue or as the verb's subject ("le
    téléversement des annexes doit être effectué au plus tard le …"), keeps the day. The
    sentence is read from the previous date on (``floor``)."""
    start = mention.start
    low = max(sentence_start(text, start), floor)
    before = cues.between(low, start)
    weak = [h for h in before if h.cls == DEADLINE_WEAK and h.text == reading.cue]
    if not weak or any(h.cls == DEADLINE for h in before):
        return False
    verbs = list(_AUXILIARY_VERB.finditer(text, low, weak[-1].start))
    if not verbs:
        return False
    verb = verbs[-1]
    auxiliary, word = verb.group(1), verb.group(3) or verb.group(2)
    is_verb = _NO_VERB.fullmatch(word) is None and (
        _MODAL.fullmatch(auxiliary) is not None
        or _FRENCH_VERB_FORM.fullmatch(word) is not None
        or _ENGLISH_VERB_FORM.fullmatch(word) is not None
    )
    if not is_verb or word in ("etre", "be") or _SENDING_VERB.match(word):
        return False
    subject = max([b.end() for b in CLAUSE_BREAK.finditer(text, low, verb.start())] + [low])
    between = (verb.end(), weak[-1].start)
    sent = [h for h in cues.between(*between) + cues.between(subject, verb.start())
            if h.cls == APPLY or h.cls in KIND_CLASSES]  # fmt: skip
    return not sent and not any(
        _SENDING_WORD.search(text, *span) for span in (between, (subject, verb.start()))
    )
