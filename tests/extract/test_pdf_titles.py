"""Point 16 of issue 12: a call behind a generic page is named by its PDF document."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter
from scrapy.http import Response

from veille.spiders.kinds.base import SourceSpider
from veille.spiders.reading import is_generic_title, read_pdf_document

FRM_PDF = (
    Path(__file__).parent.parent
    / "fixtures/sites/frm/www.frm.org/upload/pdf/espace-chercheur/frm-appel-m2-internes-2027.pdf"
)


def blank_pdf(title: str | None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if title is not None:
        writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_first_page_names_the_call_when_the_metadata_does_not():
    _, title = read_pdf_document(FRM_PDF.read_bytes())
    # line 1 is the funder's name; line 2 names the call, line 3 continues it
    assert title == "Appel à candidatures 2027 : Master 2 recherche pour internes et assistants"


@pytest.mark.parametrize(
    ("meta", "title"),
    [
        ("Année-recherche 2027 : appel de l'ARS", "Année-recherche 2027 : appel de l'ARS"),
        ("Microsoft Word - appel_2027.docx", None),
        ("appel.pdf", None),
        (None, None),
    ],
)
def test_metadata_titles_count_only_when_they_name_something(meta, title):
    assert read_pdf_document(blank_pdf(meta))[1] == title


@pytest.mark.parametrize(
    ("title", "generic"),
    [
        ("Année recherche", True),
        ("Appels à projets", True),
        ("Bourses", True),
        ("Année-recherche 2027-2028 : le calendrier", False),
        ("Bourse de Master 2 pour les internes en pédiatrie", False),
        ("", False),
    ],
)
def test_generic_titles(title, generic):
    assert is_generic_title(title) is generic


def test_a_generic_page_takes_its_documents_title_a_specific_one_keeps_its_own():
    response = Response("https://ars.example.fr/annee-recherche.pdf", body=FRM_PDF.read_bytes())
    entry = {"url": "https://ars.example.fr/annee-recherche", "title": "Année recherche"}
    [call] = SourceSpider.read_document(None, response, entry).items  # type: ignore[arg-type]
    assert call["title"].startswith("Appel à candidatures 2027 : Master 2 recherche")
    assert "2 mars 2027" in call["documents"][0]
    own = {**entry, "title": "Master 2 recherche 2027 : aide de la FRM"}
    [kept] = SourceSpider.read_document(None, response, own).items  # type: ignore[arg-type]
    assert kept["title"] == own["title"]
