"""Is it a call? A news or WordPress source records every post it publishes.

A call is something a subscriber can answer: a call for candidates, projects or
abstracts, a grant, a prize, a post, or a guide to one of those. A union's election, a
party, a position statement, a staff job, a survey, a newsletter or the minutes of a
meeting are not, even when they carry a date and the word "candidatures".

How it is decided, in this order:
1. a non-call word in the title (élections, soirée, communiqué, enquête, newsletter,
   recrute un·e secrétaire…) makes the post irrelevant, whatever else it says: the
   title says what the post is about ("Élections du bureau : appel à candidatures");
2. otherwise a call word in the title or the text (appel à…, bourse, prix, candidater,
   date limite, lettre d'intention, année-recherche, poste…) makes it relevant;
3. otherwise two non-call words or more in the text make it irrelevant;
4. otherwise it stays relevant: a call must never be lost for want of a keyword.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.spiders.extract.normalize import clean_text, fold

_READ_CHARS = 2000  # the opening of the text says what a post is


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


_NOT_A_CALL = _words(
    # elections and the life of an association
    r"elections?",
    r"electora\w*",
    r"scrutin",
    r"votez",
    r"vote",
    r"elus?",
    r"assemblees? generales?",
    r"ag",
    r"conseil d'administration",
    r"comptes? rendus?",
    r"rapport moral",
    r"convocation",
    r"motion",
    # parties
    r"soirees?",
    r"gala",
    r"apero\w*",
    r"afterwork",
    r"billetterie",
    # position statements
    r"communique",
    r"tribune",
    r"position du",
    r"lettre ouverte",
    r"greve",
    r"mobilisation",
    r"manifestation",
    r"petition",
    r"s'oppose",
    # staff jobs of the organisation itself
    r"offre d'emploi",
    r"secretaire\w*",
    r"secretariat",
    r"assistante? administrati\w*",
    r"charge\W*e? de "
    r"(?:communication|mission|projets?)",
    r"comptable",
    r"service civique",
    r"alternance",
    r"stagiaire",
    r"community manager",
    # surveys
    r"enquetes?",
    r"questionnaires?",
    r"sondages?",
    # newsletters
    r"newsletters?",
    r"lettre d'information",
    r"au sommaire",
    r"revue de presse",
    r"edito",
)
_CALL = _words(
    r"appels? a (?:candidatures?|projets?|communications?|propositions?|manifestation)",
    r"call for (?:applications?|proposals?|abstracts?|papers)",
    r"bourses?",
    r"prix",
    r"financements?",
    r"candidater",
    r"postuler",
    r"date limite",
    r"dates limites",
    r"lettres? d'intention",
    r"annee[- ]recherche",
    r"master 2",
    r"m2",
    r"contrats? doctora\w*",
    r"theses?",
    r"postes?",
    r"chefs? de clinique",
    r"cca",
    r"post-?doc\w*",
    r"abstracts?",
    r"resumes?",
    r"soumission",
    r"dossiers? de candidature",
    r"allocations?",
    r"guide",
    r"fellowships?",
    r"grants?",
    r"mobilite",
)


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    reason: str  # the words that decided, for people reading a crawl report


def relevance(title: str, text: str = "") -> Relevance:
    """Whether a post is a call a subscriber could answer, and why."""
    folded_title = fold(clean_text(title))
    folded_text = fold(clean_text(text[:_READ_CHARS]))
    against = _NOT_A_CALL.search(folded_title)
    if against:
        return Relevance(False, f"title: {against.group(0)}")
    found = _CALL.search(folded_title) or _CALL.search(folded_text)
    if found:
        return Relevance(True, found.group(0))
    others = {m.group(0) for m in _NOT_A_CALL.finditer(folded_text)}
    if len(others) >= 2:
        return Relevance(False, ", ".join(sorted(others)))
    return Relevance(True, "no sign against")
