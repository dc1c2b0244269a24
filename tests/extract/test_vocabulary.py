"""The TOML vocabularies: every packaged file loads, and the three matching modes hold."""

from __future__ import annotations

import pytest

from veille.spiders.extract.normalize import prepare
from veille.spiders.extract.vocabulary import load, parse


@pytest.mark.parametrize("name", ["specialties", "regions", "categories", "audience"])
def test_packaged_vocabularies_load(name: str) -> None:
    assert load(name).entries


def test_variants_exact_and_exclude() -> None:
    vocab = parse(
        "demo",
        {
            "ville": {
                "variants": ["Saint-Étienne"],
                "exact": ["Tours"],
                "exclude": ["rue de Tours"],
            },
            "soin": {"variants": ["médecine interne"]},
        },
    )
    exact, folded = prepare("SAINT ETIENNE, médecine-interne, les tours")
    assert vocab.find(folded, exact) == ["ville", "soin"]
    exact, folded = prepare("les tours de la ville")
    assert vocab.find(folded, exact) == []
    exact, folded = prepare("CHU de Tours")
    assert vocab.find(folded, exact) == ["ville"]


def test_malformed_table_is_named() -> None:
    with pytest.raises(TypeError, match=r"\[ville\]\.variants"):
        parse("demo", {"ville": {"variants": "Lyon"}})
