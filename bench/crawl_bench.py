"""veille's crawl beside urlwatch and the raw bounds, on the same generated pages, in one run.

    python bench/crawl_bench.py [--work /tmp/veille-bench] [--ns 200 2000] [--reps 3]

Uses the shared benchmark kit (``--kit``, default ../shared/bench beside the
repository: README there) for everything that is not veille: it generates the
2,000 list pages, serves them with its own nginx on 127.0.0.1, runs urlwatch
and the raw aiohttp/lxml probes, mutates 5 % of the pages, and times every
command the same way (``measure.py``: wall, CPU, peak RSS, noise from other
jobs). veille runs ``bench/veille_crawl.py``: the worker's crawl path with an
event-loop lag probe. Interleaved per repetition and N:

    urlwatch first / unchanged / 5 % changed, raw fetch, raw parse+extract,
    veille first / unchanged / 5 % changed

Prints a table of medians and spreads and the issue-13 target ratios, and
writes every run to ``WORK/results.jsonl`` and the summary to
``WORK/crawl-summary.json``. Peers come from their own venv (``WORK/peers``,
made with pip on first use).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_KIT = REPO.parent / "shared" / "bench"
PEERS = ["urlwatch", "aiohttp", "lxml"]
SITE_PAGES = 2000  # the kit's site: N = 200 uses its first 200 pages
SELECTORS = 'item = "li.appel", title = "h2.appel-titre", link = "h2 a"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/veille-bench"))
    parser.add_argument("--kit", type=Path, default=DEFAULT_KIT)
    parser.add_argument("--ns", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--parts", nargs="+", default=["urlwatch", "raw", "veille"])
    parser.add_argument("--concurrency", type=int, default=16, help="veille's, on 127.0.0.1")
    parser.add_argument(
        "--summary-only", action="store_true", help="summarise WORK/results.jsonl and stop"
    )
    args = parser.parse_args(argv)
    if args.summary_only:
        summary = summarise(args.work / "results.jsonl", args.ns)
        print_summary(summary)
        return 0
    if not (args.kit / "measure.py").is_file():
        print(f"The benchmark kit is not at {args.kit}; pass --kit.", file=sys.stderr)
        return 2
    bench = Bench(args)
    try:
        bench.prepare()
        for rep in range(1, args.reps + 1):
            for n in args.ns:
                print(f"== rep {rep} N={n}", flush=True)
                bench.one_round(rep, n)
    finally:
        bench.stop()
    summary = summarise(bench.results, args.ns)
    (args.work / "crawl-summary.json").write_text(json.dumps(summary, indent=2))
    print_summary(summary)
    return 0


class Bench:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.work: Path = args.work
        self.kit: Path = args.kit
        self.site = self.work / "site"
        self.run = self.work / "run"
        self.logs = self.work / "logs"
        self.results = self.work / "results.jsonl"
        self.pids = self.run / "server.pids"
        self.round = 100
        self.peers = self.work / "peers" / "bin"
        self.started = False

    # -- set-up -----------------------------------------------------------------

    def prepare(self) -> None:
        for folder in (self.work, self.run, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        port_file = self.work / "port"
        urls = self.site / "urls.txt"
        if not urls.is_file() or len(urls.read_text().split()) < max(SITE_PAGES, *self.args.ns):
            port = _free_port()
            self.kit_run("gen_site.py", "generate", "--n", str(max(SITE_PAGES, *self.args.ns)),
                         "--out", str(self.site), "--base", f"http://127.0.0.1:{port}")  # fmt: skip
            port_file.write_text(str(port))
        self.port = int(port_file.read_text())
        if not _port_free(self.port):
            raise SystemExit(
                f"Port {self.port} (the generated site's) is in use; remove {self.work}."
            )
        wants_peers = "urlwatch" in self.args.parts or "raw" in self.args.parts
        if wants_peers and not (self.peers / "urlwatch").exists():
            subprocess.run([sys.executable, "-m", "venv", str(self.peers.parent)], check=True)
            subprocess.run([self.peers / "pip", "install", "-q", *PEERS], check=True)
        subprocess.run(["bash", self.kit / "serve_nginx.sh", "start", self.site, str(self.port),
                        self.run / "nginx", "1"], check=True)  # fmt: skip
        self.started = True
        master = (self.run / "nginx" / "nginx.pid").read_text().strip()
        workers = subprocess.run(["pgrep", "-P", master], capture_output=True, text=True).stdout
        self.pids.write_text(workers)

    def stop(self) -> None:
        if self.started:
            subprocess.run(["bash", self.kit / "serve_nginx.sh", "stop", self.run / "nginx"])

    # -- one repetition -----------------------------------------------------------

    def one_round(self, rep: int, n: int) -> None:
        parts = self.args.parts
        if "urlwatch" in parts:
            self.urlwatch(rep, n)
        if "raw" in parts:
            urls = self.site / "urls.txt"
            self.measure("raw-fetch-aiohttp-c16", n, rep, [self.peers / "python",
                         self.kit / "raw_fetch.py", "--urls", urls, "--n", n, "--concurrency", 16])  # fmt: skip
            self.measure("raw-parse-lxml", n, rep,
                         [self.peers / "python", self.kit / "raw_parse.py", "--site", self.site, "--n", n])  # fmt: skip
        if "veille" in parts:
            self.veille(rep, n)

    def urlwatch(self, rep: int, n: int) -> None:
        folder = self.work / f"uw{n}"
        subprocess.run([self.peers / "python", self.kit / "urlwatch_setup.py", "--urls-file",
                        self.site / "urls.txt", "--n", str(n), "--dir", folder],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        (folder / "cache.db").unlink(missing_ok=True)
        command = [self.peers / "urlwatch", "--urls", folder / "urls.yaml", "--config",
                   folder / "config.yaml", "--hooks", folder / "hooks.py", "--cache", folder / "cache.db"]  # fmt: skip
        self.measure("urlwatch-first", n, rep, command, "reported=^\\d+\\. NEW")
        self.measure("urlwatch-nochange", n, rep, command, "reported=^\\d+\\. (NEW|CHANGED)")
        self.mutate(n)
        self.measure("urlwatch-5pct-changed", n, rep, command, "reported=^\\d+\\. CHANGED")

    def veille(self, rep: int, n: int) -> None:
        database = self.run / f"veille-{n}.db"
        database.unlink(missing_ok=True)
        url = f"sqlite:///{database}"
        registry = self.run / f"registry-{n}.toml"
        urls = (self.site / "urls.txt").read_text().split()[:n]
        registry.write_text(
            '["bench"]\nname = "Benchmark site"\norganisation = "Benchmark"\n'
            'categories = ["bourse"]\nkind = "listing"\n'
            f"start_urls = {json.dumps(urls)}\n"
            f"options = {{ {SELECTORS}, concurrency = {self.args.concurrency}, delay = 0 }}\n"
        )
        env = {**os.environ, "VEILLE_DATABASE_URL": url}
        subprocess.run([REPO / ".venv" / "bin" / "veille", "db", "upgrade"], env=env, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        command = [sys.executable, REPO / "bench" / "veille_crawl.py", "--database-url", url,
                   "--registry", registry]  # fmt: skip
        self.measure("veille-first", n, rep, command)
        self.measure("veille-nochange", n, rep, command)
        self.mutate(n)
        self.measure("veille-5pct-changed", n, rep, command)

    def mutate(self, n: int) -> None:
        self.round += 1
        self.kit_run("gen_site.py", "mutate", "--out", str(self.site), "--among", str(n),
                     "--fraction", "0.05", "--round", str(self.round))  # fmt: skip

    def measure(self, label: str, n: int, rep: int, command: list, count_re: str | None = None):
        log = self.logs / f"{label}-{n}-{rep}.log"
        options = ["--count-re", count_re] if count_re else ["--extra-json"]
        subprocess.run(
            [sys.executable, self.kit / "measure.py", "--label", label, "--n", str(n), "--out",
             self.results, "--server-pids-file", self.pids, "--log", log, *options, "--",
             *map(str, command)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def kit_run(self, script: str, *args: str) -> None:
        subprocess.run([sys.executable, self.kit / script, *args], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip


# -- figures ---------------------------------------------------------------------


def summarise(results: Path, ns: list[int]) -> dict:
    runs: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for line in results.read_text().splitlines():
        row = json.loads(line)
        runs[(row["label"], row["n"])].append(row)
    rows = {}
    for (label, n), group in runs.items():
        walls = [r["wall_s"] for r in group]
        cpus = [r["cpu_s"] for r in group]
        wall = statistics.median(walls)
        row = {
            "label": label,
            "n": n,
            "runs": len(group),
            "wall_s": wall,
            "spread": round((max(walls) - min(walls)) / wall, 2) if wall else None,
            "pages_per_s": round(n / wall, 1) if wall else None,
            "cpu_s_per_page": round(statistics.median(cpus) / n, 5),
            "rss_mb": statistics.median(r["rss_mb"] for r in group),
            "other_cpu_per_s": round(statistics.median(r["other_cpu_s"] / r["wall_s"] for r in group), 2),
        }  # fmt: skip
        extras = [r["extra"] for r in group if isinstance(r.get("extra"), dict)]
        for key in ("events", "extracted_pages", "lag_max_ms", "lag_p99_ms", "pages_per_s"):
            values = [e[key] for e in extras if e.get(key) is not None]
            if values:
                name = "in_process_pages_per_s" if key == "pages_per_s" else key
                row[name] = statistics.median(values)
                if key == "lag_max_ms":
                    row["lag_max_ms_worst"] = max(values)
                if key == "events":
                    row["events_all_runs"] = values
        parse = [e.get("parse_extract_per_s") or e.get("extract_pages_per_s") for e in extras]
        if any(parse):
            row["in_process_pages_per_s"] = statistics.median(p for p in parse if p)
        rows[f"{label}@{n}"] = row
    return {"rows": rows, "targets": targets(rows, ns)}


def targets(rows: dict, ns: list[int]) -> dict:
    def get(label, n, key):
        return rows.get(f"{label}@{n}", {}).get(key)

    out = {}
    for n in ns:
        first, uw = get("veille-first", n, "pages_per_s"), get("urlwatch-first", n, "pages_per_s")
        bound = get("raw-parse-lxml", n, "in_process_pages_per_s")
        vin = get("veille-first", n, "in_process_pages_per_s")
        out[n] = {
            "first_vs_urlwatch_pages_per_s (>= 2)": _ratio(first, uw),
            "first_in_process_vs_lxml_bound (>= 0.5)": _ratio(vin, bound),
            "first_cpu_per_page_vs_urlwatch (<= 1)": _ratio(
                get("veille-first", n, "cpu_s_per_page"), get("urlwatch-first", n, "cpu_s_per_page")
            ),
            "unchanged_speedup_over_first (>= 3)": _ratio(
                get("veille-first", n, "wall_s"), get("veille-nochange", n, "wall_s")
            ),
            "unchanged_events (0)": get("veille-nochange", n, "events_all_runs"),
            "unchanged_extracted_pages (0)": get("veille-nochange", n, "extracted_pages"),
            "lag_max_ms_worst_first (< 100)": get("veille-first", n, "lag_max_ms_worst"),
        }
    if len(ns) > 1:
        small, large = min(ns), max(ns)
        out["cpu_per_page_large_vs_small_first (within 1.2)"] = _ratio(
            get("veille-first", large, "cpu_s_per_page"),
            get("veille-first", small, "cpu_s_per_page"),
        )
    return out


def _ratio(a, b):
    return round(a / b, 2) if a and b else None


def print_summary(summary: dict) -> None:
    print("| command | N | runs | median wall s | pages/s | in-process pages/s | CPU s/page "
          "| peak RSS MB | spread | other CPU s/s | events | lag max ms |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for row in summary["rows"].values():
        print(f"| {row['label']} | {row['n']} | {row['runs']} | {row['wall_s']:.2f} | "
              f"{row['pages_per_s']} | {row.get('in_process_pages_per_s', '–')} | "
              f"{row['cpu_s_per_page']:.4f} | {row['rss_mb']} | ±{row['spread'] / 2:.0%} | "
              f"{row['other_cpu_per_s']} | {row.get('events', '–')} | {row.get('lag_max_ms', '–')} |")  # fmt: skip
    print()
    print(json.dumps(summary["targets"], indent=2))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


if __name__ == "__main__":
    sys.exit(main())
