"""Prove that extraction gives the same output as another version of the code.

    python bench/extract_equivalence.py                  # against main
    python bench/extract_equivalence.py --ref HEAD~3 --n 200

The other version's files are taken from git (``git archive``, into a temporary
folder: nothing is checked out or left behind). Each version runs in its own
process, importing ``veille.*`` from its own folders, over the same corpus:

- ``extract()`` on every passage of ``tests/extract/cases.py``, the truth tables,
  the relevance posts and ``tests/extract/real/passages.jsonl`` (with its page
  date, and once more without one), and ``build_call`` on each passage as a call;
- ``read_body`` (what an extraction worker returns, calls as the page memory keeps
  them) on every page of the fixture sites reached from each registry source's
  start pages through the follows the readers return (``tests/fixtures/sites``
  with ``spiders/sources.toml``, and the demo sites);
- ``read_body`` on the benchmark kit's generated list pages (``--site``, generated
  with the kit's ``gen_site.py`` when missing).

It prints how many texts and pages were compared and every difference, and exits
1 on a difference. The corpus (tests, fixtures, registries) is this working copy's.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections import deque
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
KIT = next(
    (p / "shared" / "bench" for p in HERE.parents if (p / "shared" / "bench").is_dir()),
    HERE.parent / "shared" / "bench",
)
BENCH_SELECTORS = {"item": "li.appel", "title": "h2.appel-titre", "link": "h2 a"}
MAX_PAGES_PER_SOURCE = 200


# -- the corpus (read in the parent, from this working copy) ---------------------


def passages() -> list[dict[str, Any]]:
    """Every test passage once: (text, page date) pairs from the tables and real pages."""
    sys.path.insert(0, str(HERE))
    from tests.extract import cases, relevance_posts, truth_cases, truth_fresh, truth_tables

    found: list[dict[str, Any]] = []

    def add(origin: str, text: str, page: str | None) -> None:
        found.append({"id": origin, "text": text, "page_date": page})

    tables = [("cases", cases.CASES)]
    tables += [(f"truth-tuned:{k}", v) for k, v in truth_cases.TUNED.items()]
    tables += [(f"truth-held:{k}", v) for k, v in getattr(truth_cases, "HELD", {}).items()]
    tables += [(f"truth-fresh:{k}", v) for k, v in truth_fresh.FRESH.items()]
    for name, (tuned, fresh) in truth_tables.BY_CLASS.items():
        tables += [(f"tables-tuned:{name}", tuned), (f"tables-fresh:{name}", fresh)]
    for table, table_cases in tables:
        for case in table_cases:
            add(f"{table}:{case.id}", case.text, case.page)
    for half in ("TUNED", "HELD"):
        for n, (title, text, _relevant) in enumerate(getattr(relevance_posts, half, [])):
            add(f"relevance-{half}:{n}", f"{title}\n{text}", None)
    with (HERE / "tests/extract/real/passages.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            add(f"real:{row['id']}", row["text"], row.get("page_date"))
    unique: dict[tuple[str, str | None], dict[str, Any]] = {}
    for row in found:
        unique.setdefault((row["text"], row["page_date"]), row)
    return list(unique.values())


def site_roots() -> list[tuple[str, str]]:
    """(registry file, fixture folder) pairs whose pages are read."""
    pairs = [
        (HERE / "spiders/sources.toml", HERE / "tests/fixtures/sites"),
        (HERE / "spiders/demo/sources.toml", HERE / "spiders/demo/sites"),
    ]
    return [(str(r), str(s)) for r, s in pairs if r.is_file() and s.is_dir()]


def bench_pages(site: Path, n: int) -> list[str]:
    """The first ``n`` generated list pages, generated with the kit when missing."""
    if not (site / "urls.txt").is_file():
        subprocess.run(
            [sys.executable, str(KIT / "gen_site.py"), "generate", "--n", str(n), "--out",
             str(site), "--base", "http://127.0.0.1:8080"],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    pages = sorted(str(p) for p in site.glob("s*/appels.html"))[:n]
    if len(pages) < n:
        raise SystemExit(f"{site} holds {len(pages)} list pages, fewer than --n {n}")
    return pages


# -- one version of the code (in a child process) --------------------------------


class _CodeFinder:
    """Imports ``veille`` and its subpackages from one source tree (its pyproject's
    package-dir), whatever is installed."""

    def __init__(self, root: Path) -> None:
        project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
        dirs = project["tool"]["setuptools"]["package-dir"]
        self.folders = {name: root / folder for name, folder in dirs.items()}

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        folder = self.folders.get(name)
        if folder is None:
            return None
        return importlib.util.spec_from_file_location(
            name, folder / "__init__.py", submodule_search_locations=[str(folder)]
        )


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _bench_source(source_model: Any) -> Any:
    return source_model.model_validate(
        {"id": "bench", "name": "Benchmark site", "organisation": "Benchmark",
         "categories": ["bourse"], "kind": "listing",
         "start_urls": ["http://127.0.0.1:8080/s00000/appels.html"],
         "options": {**BENCH_SELECTORS, "concurrency": 16, "delay": 0}}
    )  # fmt: skip


def _dump_passages(rows: list[dict[str, Any]], out: Any) -> None:
    from veille.spiders.calls import built_call
    from veille.spiders.extract import extract
    from veille.spiders.registry import Source

    source = Source.model_validate(
        {"id": "equivalence", "name": "E", "organisation": "E", "categories": ["bourse"],
         "region": "bretagne", "kind": "page", "start_urls": ["https://example.org/"]}
    )  # fmt: skip
    for n, row in enumerate(rows):
        page = date.fromisoformat(row["page_date"]) if row["page_date"] else None
        text = row["text"]
        result = {"extract": extract(text, page).as_dict()}
        if page is not None:
            result["extract-undated"] = extract(text, None).as_dict()
        title = next((line for line in text.splitlines() if line.strip()), "x")[:200]
        raw = {"url": f"https://example.org/call/{n}", "title": title, "text": text,
               "published": row["page_date"], "detail": "", "documents": []}  # fmt: skip
        result["call"] = built_call(raw, source)
        out.write(_canonical({"kind": "text", "key": row["id"], "out": result}) + "\n")


def _read(kind: str, source: Any, reader: str, url: str, body: bytes, ctype: str, entry: Any):
    """What an extraction worker returns for one page (``extraction._read_in_worker``)."""
    from scrapy.http import Response
    from scrapy.responsetypes import responsetypes

    from veille.spiders import extraction

    headers = {b"Content-Type": [ctype.encode()]}
    response_class = responsetypes.from_args(
        headers={b"Content-Type": ctype.encode()}, url=url, body=body
    )
    if not issubclass(response_class, Response):  # pragma: no cover
        response_class = Response
    return extraction._read_in_worker(
        kind, source.model_dump_json(), reader, response_class, url, 200, headers, body, entry
    )


def _dump_sites(roots: list[tuple[str, str]], out: Any) -> int:
    """Each source's pages, from its start URLs through the follows its readers give."""
    from veille.spiders.fixtures import _content_type, find_fixture, fixture_path
    from veille.spiders.registry import load_registry

    pages = 0
    for registry_file, sites in roots:
        root = Path(sites)
        for source in load_registry(registry_file):
            folder = root / (source.fixture or source.id)
            if not folder.is_dir():
                continue
            queue = deque((url, "read_start", {}) for url in source.start_urls)
            seen: set[str] = set()
            while queue and len(seen) < MAX_PAGES_PER_SOURCE:
                url, reader, entry = queue.popleft()
                key = f"{source.id} {reader} {url} {_canonical(entry)}"
                if key in seen:
                    continue
                seen.add(key)
                path = find_fixture(root, fixture_path(url))
                if path is None:
                    out.write(_canonical({"kind": "page", "key": key, "out": "missing"}) + "\n")
                    continue
                body = path.read_bytes()
                got = _read(
                    source.kind, source, reader, url, body, _content_type(path, body), entry
                )
                out.write(_canonical({"kind": "page", "key": key, "out": got}) + "\n")
                pages += 1
                for follow in got.get("data", {}).get("follows", []):
                    queue.append((follow["url"], follow["reader"], follow["entry"]))
    return pages


def _dump_bench(paths: list[str], out: Any) -> None:
    from veille.spiders.registry import Source

    source = _bench_source(Source)
    for path in paths:
        site_path = path.split("/")[-2] + "/" + path.split("/")[-1]
        url = f"http://127.0.0.1:8080/{site_path}"
        body = Path(path).read_bytes()
        got = _read("listing", source, "read_start", url, body, "text/html; charset=utf-8", {})
        out.write(_canonical({"kind": "bench", "key": url, "out": got}) + "\n")


def child(code: Path, corpus: Path, out_path: Path) -> None:
    """Run one version of the code over the corpus, one JSON line per text or page."""
    sys.meta_path.insert(0, _CodeFinder(code))
    import veille.spiders.extract as extract_package

    where = Path(extract_package.__file__).resolve()
    if not where.is_relative_to(code.resolve()):
        raise SystemExit(f"imported {where}, not from {code}")
    data = json.loads(corpus.read_text("utf-8"))
    started = time.perf_counter()
    with out_path.open("w", encoding="utf-8") as out:
        _dump_passages(data["passages"], out)
        _dump_sites(data["sites"], out)
        _dump_bench(data["bench"], out)
    print(f"{code}: {time.perf_counter() - started:.1f} s", file=sys.stderr)


def time_child(code: Path, pages: Path) -> None:
    """CPU and wall time of ``read_body`` per generated list page, warm (one pass first)."""
    sys.meta_path.insert(0, _CodeFinder(code))
    from scrapy.http import HtmlResponse

    from veille.spiders.extraction import _reading_spider
    from veille.spiders.registry import Source

    spider = _reading_spider("listing", _bench_source(Source).model_dump_json())
    bodies = [(p, Path(p).read_bytes()) for p in json.loads(pages.read_text("utf-8"))]
    headers = {"Content-Type": "text/html; charset=utf-8"}

    def one_pass() -> int:
        calls = 0
        for path, body in bodies:
            url = "http://127.0.0.1:8080/" + "/".join(path.split("/")[-2:])
            response = HtmlResponse(url=url, body=body, headers=headers)
            calls += len(spider.read_body("read_start", response, {})["calls"])
        return calls

    one_pass()
    cpu, wall = time.process_time(), time.perf_counter()
    calls = one_pass()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(json.dumps({"pages": len(bodies), "calls": calls, "cpu_ms": cpu * 1000 / len(bodies),
                      "wall_ms": wall * 1000 / len(bodies)}))  # fmt: skip


def timing(codes: dict[str, Path], pages: list[str], reps: int, work: Path) -> None:
    """Both versions in turn (the order alternating), each in a fresh process."""
    listed = work / "pages.json"
    listed.write_text(json.dumps(pages), "utf-8")
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in codes}
    for rep in range(reps):
        order = list(codes) if rep % 2 == 0 else list(codes)[::-1]
        for name in order:
            done = subprocess.run(
                [sys.executable, __file__, "--time-child", str(codes[name]), str(listed)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            runs[name].append(json.loads(done.stdout.splitlines()[-1]))
    medians = {}
    for name, rows in runs.items():
        cpu = sorted(r["cpu_ms"] for r in rows)
        wall = sorted(r["wall_ms"] for r in rows)
        medians[name] = statistics.median(cpu)
        print(f"{name}: read_body of {rows[0]['pages']} list pages ({rows[0]['calls']} calls), "
              f"CPU ms/page median {medians[name]:.2f} (min {cpu[0]:.2f}, max {cpu[-1]:.2f}), "
              f"wall ms/page median {statistics.median(wall):.2f}, {reps} runs")  # fmt: skip
    if "ref" in medians and "new" in medians:
        print(
            f"new / ref CPU per page: {medians['new'] / medians['ref']:.3f} "
            f"({medians['ref'] / medians['new']:.2f}x less)"
        )


# -- the comparison ----------------------------------------------------------------


def _records(path: Path) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            found[(row["kind"], row["key"])] = _canonical(row["out"])
    return found


def _first_difference(a: Any, b: Any, where: str = "") -> str:
    """Where two JSON values first differ, for a readable report."""
    if type(a) is not type(b):
        return f"{where}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key, "<absent>") != b.get(key, "<absent>"):
                return _first_difference(a.get(key, "<absent>"), b.get(key, "<absent>"),
                                         f"{where}.{key}")  # fmt: skip
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items != {len(b)} items: {a!r:.300} / {b!r:.300}"
        for n, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{where}[{n}]")
    return f"{where}: {a!r:.300} != {b!r:.300}"


def _calls(record: str) -> list[Any]:
    out = json.loads(record)
    return out.get("data", {}).get("calls", []) if isinstance(out, dict) else []


def compare(ref: dict[tuple[str, str], str], new: dict[tuple[str, str], str]) -> list[str]:
    differences = []
    for key in sorted(set(ref) | set(new)):
        if key not in new or key not in ref:
            differences.append(f"{key}: only in {'ref' if key in ref else 'this code'}")
        elif ref[key] != new[key]:
            detail = _first_difference(json.loads(ref[key]), json.loads(new[key]))
            differences.append(f"{key}: {detail}")
    return differences


def export(ref: str, into: Path) -> Path:
    """The files of ``ref`` in a fresh folder (git archive: no checkout, nothing left)."""
    archive = into / "ref.tar"
    with archive.open("wb") as handle:
        subprocess.run(["git", "-C", str(HERE), "archive", ref], stdout=handle, check=True)
    code = into / "ref"
    code.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(code, filter="data")
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="main", help="the git ref to compare with (main)")
    parser.add_argument("--site", type=Path, default=Path("/tmp/sx-site"))
    parser.add_argument("--n", type=int, default=2000, help="generated list pages (2000)")
    parser.add_argument(
        "--time",
        type=int,
        default=0,
        metavar="REPS",
        help="also time read_body per page, REPS runs of each version",
    )
    parser.add_argument("--time-pages", type=int, default=200, help="pages per timed run (200)")
    parser.add_argument("--time-only", action="store_true", help="time, do not compare")
    parser.add_argument(
        "--child", nargs=3, metavar=("CODE", "CORPUS", "OUT"), help=argparse.SUPPRESS
    )
    parser.add_argument("--time-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*map(Path, args.child))
        return 0
    if args.time_child:
        time_child(*map(Path, args.time_child))
        return 0
    if args.time_only:
        with tempfile.TemporaryDirectory(prefix="extract-equivalence-") as tmp:
            codes = {"ref": export(args.ref, Path(tmp)), "new": HERE}
            pages = bench_pages(args.site, max(args.n, args.time_pages))[: args.time_pages]
            timing(codes, pages, args.time or 5, Path(tmp))
        return 0
    with tempfile.TemporaryDirectory(prefix="extract-equivalence-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.json"
        rows = passages()
        corpus.write_text(json.dumps(
            {"passages": rows, "sites": site_roots(), "bench": bench_pages(args.site, args.n)}
        ), "utf-8")  # fmt: skip
        outputs = {}
        for name, code in (("ref", export(args.ref, work)), ("new", HERE)):
            outputs[name] = work / f"{name}.jsonl"
            subprocess.run(
                [sys.executable, __file__, "--child", str(code), str(corpus), str(outputs[name])],
                check=True,
            )
        ref, new = _records(outputs["ref"]), _records(outputs["new"])
        if args.time:
            codes = {"ref": work / "ref", "new": HERE}
            timing(codes, bench_pages(args.site, args.n)[: args.time_pages], args.time, work)
    kinds = {kind for kind, _ in ref}
    counts = {k: sum(1 for kind, _ in new if kind == k) for k in sorted(kinds | {"text"})}
    calls = sum(len(_calls(v)) for (kind, _), v in new.items() if kind != "text")
    differences = compare(ref, new)
    print(f"compared against {args.ref}: {counts.get('text', 0)} texts (extract with and "
          f"without page date, build_call), {counts.get('page', 0)} fixture pages, "
          f"{counts.get('bench', 0)} generated list pages; {calls} calls read from pages")  # fmt: skip
    for line in differences[:50]:
        print("DIFFERENCE", line)
    if differences:
        print(f"{len(differences)} differences")
        return 1
    print("no difference")
    return 0


if __name__ == "__main__":
    sys.exit(main())
