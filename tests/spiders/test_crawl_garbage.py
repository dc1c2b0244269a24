"""What a crawl leaves behind is collected once it is over, in a process that crawls again and again.

A crawl's own objects (its spider, its crawler, its context holding the page
memory) end in reference cycles, freed only by the cyclic collector. The
long-running worker crawls source after source, several at a time, in one
process: nothing of a finished crawl may be frozen out of the collector's sight
(``gc.freeze`` at the start of each crawl froze whatever earlier crawls had
left, for good), and the collector's thresholds, raised while crawls run, are
put back when the last one ends.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.processes import clean_env
from tests.spiders.helpers import listing_page, registry_of, write_site

HOSTS = ["dechets-a.example.fr", "dechets-b.example.fr"]
PAGES = 6
CRAWLS = 3

# Crawls in one process, as `veille run` does them: both sources at once (their
# hosts differ, so they overlap), three times over.
_CRAWL_AGAIN = """
import gc, json, sys, weakref
from pathlib import Path
from veille.settings import load_settings
from veille.spiders import crawl
from veille.spiders.registry import Registry, Source
from veille.storage import open_database

contexts = []

class Watched(crawl.CrawlContext):  # each crawl's own context, noted weakly as it is made
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        contexts.append(weakref.ref(self))

def main(database_url, root, sources, crawls):
    crawl.CrawlContext = Watched
    db = open_database(database_url)
    settings = load_settings(crawl_delay=0, crawl_timeout=3, contact_email="tests@veille.example")
    registry = Registry([Source(**s) for s in json.loads(sources)], Path("test"))
    frozen, errors = [], []
    for _ in range(int(crawls)):
        reports = crawl.crawl_sources(db, settings, registry=registry, fixtures=Path(root))
        errors += [e for r in reports for e in r.errors] + [r.status for r in reports if r.status != "ok"]
        frozen.append(gc.get_freeze_count())
    gc.collect()
    print(json.dumps({"errors": errors, "contexts": len(contexts),
                      "alive": sum(ref() is not None for ref in contexts),
                      "frozen": frozen, "thresholds": list(gc.get_threshold())}))

if __name__ == "__main__":  # the fork server imports this file too
    main(*sys.argv[1:])
"""


def _source(host: str) -> dict:
    return {
        "id": host.split(".")[0],
        "kind": "listing",
        "start_urls": [f"https://{host}/p{n}/appels.html" for n in range(PAGES)],
        "options": {"item": "li.call", "title": "a", "concurrency": 4, "delay": 0},
    }


def test_the_garbage_of_earlier_crawls_is_collected_not_frozen(tmp_path):
    root = tmp_path / "sites"
    for host in HOSTS:
        pages = {
            f"{host}/p{n}/appels.html": listing_page(
                [(f"/p{n}/appel-{k}.html", f"Bourse {n}-{k}", "Date limite : 15 mars 2027.")
                 for k in range(5)]
            )
            for n in range(PAGES)
        }  # fmt: skip
        write_site(root, host.split(".")[0], pages)
    registry = registry_of(*(_source(host) for host in HOSTS))
    sources = json.dumps([s.model_dump(mode="json") for s in registry.sources.values()])
    script = tmp_path / "crawl_again.py"
    script.write_text(_CRAWL_AGAIN)
    done = subprocess.run(
        [sys.executable, script, f"sqlite:///{tmp_path / 'veille.db'}", str(root), sources,
         str(CRAWLS)],
        capture_output=True, text=True, env=clean_env(), timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])

    assert result["errors"] == []
    assert result["contexts"] == CRAWLS * len(HOSTS)
    # Every crawl's context (with its page memory) died in the collection after the
    # crawls: none was frozen by a later crawl's start.
    assert result["alive"] == 0
    # The frozen set is what the first crawl's warm-up froze (the imports); it does
    # not grow with each crawl.
    first, *later = result["frozen"]
    assert all(count <= first for count in later), result["frozen"]
    assert result["thresholds"] == [700, 10, 10]
