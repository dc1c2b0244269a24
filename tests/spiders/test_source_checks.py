"""Each registry entry says whether and how it was checked against the real site.

The ``checked`` table records the level (page, site, no), the day, how and the
URLs seen; ``veille sources list`` shows the level so a maintainer knows which
entries rest on guesses.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.processes import run
from veille.spiders.registry import load_registry

REGISTRY = load_registry()
DOCS = Path(__file__).parents[2] / "docs" / "sources.md"

ENTRY = (
    '["x-src"]\nname = "X"\norganisation = "X"\ncategories = ["bourse"]\n'
    'start_urls = ["https://x.example/"]\nkind = "page"\n'
)


def test_every_entry_records_its_check_with_evidence():
    unchecked = [s.id for s in REGISTRY if s.checked is None]
    assert not unchecked, f"entries without a checked table: {unchecked}"
    for source in REGISTRY:
        assert source.notes, f"{source.id}: notes say what was seen (or that nothing was)"
        if source.checked.level == "page":
            assert source.checked.seen, source.id


def test_the_registry_keeps_at_least_forty_enabled_sources():
    assert sum(s.enabled for s in REGISTRY) >= 40


def test_list_shows_the_verified_level_in_the_table_and_in_json(tmp_path):
    table = run("sources", "list", cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    header, *rows = table.stdout.splitlines()
    assert "verified" in header.split()
    rennes = next(r for r in rows if r.startswith("rennes-annee-recherche "))
    assert " page " in rennes
    listed = json.loads(run("sources", "list", "--json", cwd=tmp_path).stdout)
    by_id = {s["id"]: s for s in listed}
    assert by_id["rennes-annee-recherche"]["verified"] == "page"
    assert by_id["rennes-annee-recherche"]["checked"]["on"] == "2026-12-02"
    assert by_id["fayr-gp"]["verified"] == "no"


def test_an_entry_without_a_check_lists_as_not_verified(tmp_path):
    registry = tmp_path / "sources.toml"
    registry.write_text(ENTRY)
    listed = run("sources", "list", "--json", cwd=tmp_path, env={"VEILLE_REGISTRY": str(registry)})
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)[0]["verified"] == "no"


@pytest.mark.parametrize(
    ("checked", "message"),
    [
        ('{ level = "seen", on = 2026-12-02 }', "field checked.level: Input should be 'page', 'site' or 'no'"),
        ('{ level = "page", on = 2026-12-02 }', "field checked: level 'page' needs the URLs seen"),
        ('{ level = "site", on = 2026-12-02, seen = ["ftp://x"] }', "field checked.seen: 'ftp://x' is not an http(s) URL"),
        ('{ level = "no" }', "field checked.on: Field required"),
    ],
)  # fmt: skip
def test_a_bad_check_is_one_sentence_naming_the_field(tmp_path, checked, message):
    registry = tmp_path / "sources.toml"
    registry.write_text(ENTRY + f"checked = {checked}\n")
    result = run("sources", "list", cwd=tmp_path, env={"VEILLE_REGISTRY": str(registry)})
    assert result.returncode == 1
    assert "source 'x-src'" in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_the_sources_doc_lists_every_entry_with_its_level():
    text = DOCS.read_text()
    for source in REGISTRY:
        line = next(
            (row for row in text.splitlines() if row.startswith(f"| `{source.id}` |")), None
        )
        assert line, f"docs/sources.md has no row for {source.id}"
        assert f"| {source.verified} |" in line, f"{source.id}: level in docs/sources.md"


def test_show_prints_the_check_of_an_entry(tmp_path):
    shown = run("sources", "show", "rennes-annee-recherche", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    line = next(row for row in shown.stdout.splitlines() if row.startswith("checked"))
    assert '"level": "page"' in line and '"on": "2026-12-02"' in line
