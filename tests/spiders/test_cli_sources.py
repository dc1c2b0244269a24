"""``veille sources`` and ``veille crawl`` as a person runs them: real processes, fixtures on 127.0.0.1."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.processes import run
from tests.spiders.helpers import REGISTRY_FILE, SITES

pytestmark = pytest.mark.slow  # every test here starts veille as its own process

QUICK = {"VEILLE_CRAWL_DELAY": "0", "VEILLE_CRAWL_RETRIES": "0"}


def test_sources_list_json_and_show(tmp_path):
    listed = run("sources", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    ids = [s["id"] for s in json.loads(listed.stdout)]
    assert "rennes-annee-recherche" in ids
    shown = run("sources", "show", "rennes-annee-recherche", cwd=tmp_path)
    assert "kind" in shown.stdout and "page" in shown.stdout
    unknown = run("sources", "show", "nope", cwd=tmp_path)
    assert unknown.returncode == 1 and "no source 'nope'" in unknown.stderr


def test_crawl_all_from_fixtures_then_again_without_events(tmp_path):
    env = {
        **QUICK,
        "VEILLE_DATABASE_URL": f"sqlite:///{tmp_path}/v.db",
        "VEILLE_FIXTURES_DIR": str(SITES),
    }
    first = run("crawl", "--all", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    assert "✓ rennes-annee-recherche: ok" in first.stderr
    assert "new" in first.stdout
    again = run("crawl", "--all", "--json", cwd=tmp_path, env=env)
    reports = json.loads(again.stdout)
    assert all(r["events"] == 0 and r["status"] == "ok" for r in reports)
    assert run("crawl", cwd=tmp_path, env=env).returncode == 1


def test_a_bad_registry_names_the_source_and_field(tmp_path):
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '["x-src"]\nname = "X"\norganisation = "X"\ncategories = ["bourse"]\n'
        'start_urls = ["https://x.example/"]\nkind = "listing"\noptions = { item = "li" }\n'
    )
    result = run("sources", "list", cwd=tmp_path, env={"VEILLE_REGISTRY": str(registry)})
    assert result.returncode == 1
    assert "source 'x-src'" in result.stderr and "options.title" in result.stderr


def test_sources_new_writes_a_skeleton_whose_check_fails_until_filled_in(tmp_path):
    registry = tmp_path / "sources.toml"
    shutil.copy(SITES.parents[2] / "spiders" / "sources.toml", registry)
    sites = tmp_path / "sites"
    shutil.copytree(SITES, sites)
    env = {**QUICK, "VEILLE_REGISTRY": str(registry), "VEILLE_FIXTURES_DIR": str(sites)}
    made = run(
        "sources", "new", "fac-test", "--kind", "page", "--url", "https://med.fac.example/ar",
        cwd=tmp_path, env=env,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert (sites / "fac-test" / "med.fac.example" / "ar").is_file()
    checked = run("sources", "check", "fac-test", cwd=tmp_path, env=env)
    assert checked.returncode == 1 and "fill it in" in checked.stdout
    assert "1 of 1 sources failed" in checked.stderr


def test_check_live_offline_reports_the_unreachable_sources(tmp_path):
    result = run("sources", "check", "--live", "rennes-annee-recherche", cwd=tmp_path, env=QUICK)
    assert result.returncode == 1
    assert "FAIL rennes-annee-recherche" in result.stdout


def working_copy(tmp_path):
    """A copy of the repository's files a maintainer edits, as in a fresh clone."""
    copy = tmp_path / "clone"
    (copy / "spiders").mkdir(parents=True)
    shutil.copy(REGISTRY_FILE, copy / "spiders" / "sources.toml")
    shutil.copy(REGISTRY_FILE.parents[1] / "pyproject.toml", copy / "pyproject.toml")
    shutil.copytree(SITES, copy / "tests" / "fixtures" / "sites")
    return copy


def test_sources_new_writes_into_the_working_copy_it_is_run_from(tmp_path):
    copy = working_copy(tmp_path)
    made = run(
        "sources", "new", "fac-clone", "--kind", "listing", "--url", "https://med.clone.example/appels",
        cwd=copy / "tests", env=QUICK,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert '["fac-clone"]' in (copy / "spiders" / "sources.toml").read_text()
    assert (copy / "tests/fixtures/sites/fac-clone/med.clone.example/appels").is_file()
    assert "fac-clone" not in REGISTRY_FILE.read_text()
    shown = run("sources", "show", "fac-clone", cwd=copy, env=QUICK)
    assert shown.returncode == 0 and str(copy / "spiders" / "sources.toml") in shown.stdout


@pytest.mark.parametrize(
    ("args", "field", "allowed"),
    [
        (["Bad_ID", "--kind", "page", "--url", "https://x.example/"], "the source id", "lower-case letters, digits and dashes"),
        (["fac-ok", "--kind", "page", "--url", "notaurl"], "--url", "http(s) URL such as https://host/path"),
        (["rennes-annee-recherche", "--kind", "page", "--url", "https://x.example/"], "rennes-annee-recherche", "pick another id"),
    ],
)  # fmt: skip
def test_sources_new_mistakes_are_one_sentence_naming_the_field(tmp_path, args, field, allowed):
    copy = working_copy(tmp_path)
    before = (copy / "spiders" / "sources.toml").read_text()
    result = run("sources", "new", *args, cwd=copy, env=QUICK)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert field in lines[0] and allowed in lines[0]
    assert "Traceback" not in result.stderr and "pydantic" not in result.stderr
    assert (copy / "spiders" / "sources.toml").read_text() == before
    assert not (copy / "tests/fixtures/sites/fac-ok").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"url": "https://x.example/a",}]', "is not valid JSON at line 1, column"),
        ('{"url": "https://x.example/a"}', "must hold a list of calls"),
        ('[{"title": "Sans adresse"}]', 'call 1 must be an object with a "url"'),
        ('[{"url": "https://x.example/a", "deadline": []}]', "call 1 has deadline, which is not compared"),
    ],
)  # fmt: skip
def test_a_broken_expected_json_is_one_sentence(tmp_path, content, message):
    copy = working_copy(tmp_path)
    expected = copy / "tests/fixtures/sites/rennes-annee-recherche/expected.json"
    expected.write_text(content)
    result = run("sources", "check", "rennes-annee-recherche", cwd=copy, env=QUICK)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"veille: {expected}")
    assert message in result.stderr and "Traceback" not in result.stderr


def test_check_failures_are_sentences_not_twisted_failures(tmp_path):
    copy = working_copy(tmp_path)
    page = (
        copy
        / "tests/fixtures/sites/rennes-annee-recherche/medecine.univ-rennes1.fr/concours-annee-recherche"
    )
    page.unlink()  # the server answers 404
    offline = run("sources", "check", "rennes-annee-recherche", cwd=copy, env=QUICK)
    live = run("sources", "check", "--live", "rennes-annee-recherche", cwd=copy, env=QUICK)
    for result in (offline, live):
        assert result.returncode == 1
        assert "Failure" not in result.stdout + result.stderr
        assert "Traceback" not in result.stdout + result.stderr
    assert (
        "page failed: https://medecine.univ-rennes1.fr/concours-annee-recherche: HTTP 404"
        in offline.stdout
    )
    assert "host not found" in live.stdout
