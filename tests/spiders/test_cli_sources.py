"""``veille sources`` and ``veille crawl`` as a person runs them: real processes, fixtures on 127.0.0.1."""

from __future__ import annotations

import json
import shutil

from tests.processes import run
from tests.spiders.helpers import SITES

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
