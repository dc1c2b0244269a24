"""A summary keeps no sentence that gives a deadline or an opening, read quickly.

``summarise`` runs the full extraction only on sentences that write a day-precise
date (``names_a_day``). That is safe only while every deadline and opening the
extractor finds comes from such a date: checked here on every passage the
extraction tests know, sentence by sentence as a summary reads them.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.extract.cases import CASES
from veille.spiders.calls import _sentences, names_a_day, summarise
from veille.spiders.extract import extract

TESTS = Path(__file__).resolve().parents[1]


def _sentences_of_the_cases() -> list[str]:
    passages = [case.text for case in CASES]
    real = TESTS / "extract" / "real" / "passages.jsonl"
    passages += [json.loads(line)["text"] for line in real.read_text("utf-8").splitlines()]
    sentences = [s for text in passages for s in _sentences(text)]
    return sentences + passages


def test_every_sentence_with_a_deadline_or_an_opening_names_a_day() -> None:
    with_dates = 0
    for sentence in _sentences_of_the_cases():
        found = extract(sentence, date(2000, 1, 1), html=False)
        if found.deadlines or found.opens:
            with_dates += 1
            assert names_a_day(sentence), sentence
    assert with_dates > 100


def test_the_summary_leaves_the_deadline_sentence_out() -> None:
    raw = {
        "title": "Bourse de recherche",
        "text": "Le dossier est à déposer sur la plateforme en ligne. "
        "Les candidatures sont reçues jusqu'au 15 mars 2027 à midi. "
        "Le jury réunit des chercheurs de la région.",
    }
    assert summarise(raw) == (
        "Le dossier est à déposer sur la plateforme en ligne. "
        "Le jury réunit des chercheurs de la région."
    )
