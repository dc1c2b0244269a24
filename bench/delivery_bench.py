"""Delivery beside raw smtplib: messages per second to one local SMTP sink, in one run.

    python bench/delivery_bench.py [--count 2000] [--reps 3] [--connections 1 3]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test] [--work DIR]

One set of ``--count`` digests (multipart text + HTML in French, 30 to 75 KB,
sizes spread evenly) is built once. The same bytes are sent, to the same
counting aiosmtpd sink of the shared kit (``smtp_sink.py``), by two senders,
interleaved (raw, veille, raw, veille…) in every repetition:

* **raw smtplib**: the kit's ``smtp_send.py --mode reuse`` loop (one
  connection, ``sendmail`` per message, nothing else) over these messages;
* **veille**: ``send_pending`` on an outbox of ``--count`` pending rows
  holding them, once per ``--connections`` value, on SQLite (a fresh copy of
  one file each time) and, with ``--postgres``, on a private schema of that
  database (rows put back to pending between runs). Its figure covers
  everything a real send does: claims, reading the bodies, stamping the
  Date, the SMTP transactions, marking each row sent.

Each sender runs in its own process; its timed window also records the CPU it
used, the sink's CPU and ``other_cpu_s`` (what the rest of the machine burnt
meanwhile, the kit's noise figure). The sink's own count is checked after
each run: every message arrived. Prints one JSON line per run and a summary
(median msgs/s, median ratio veille/raw of adjacent runs); writes both to
WORK/delivery-results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
KIT = REPO.parent / "shared" / "bench"
NOW = datetime(2026, 5, 8, 7, 0, tzinfo=UTC)
SENDER = "veille@example.org"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def digests(count: int) -> list[tuple[str, str]]:
    """``count`` (recipient, message) pairs; message n is about 30 + (n × 37 mod 46) KB."""
    from email import policy
    from email.message import EmailMessage

    made = []
    for n in range(count):
        # Headers, MIME boundaries and CRLF line ends add about a fifth to the parts' text.
        target = (30 + (n * 37) % 46) * 1024 / 1.22
        lines, html, size = [], [], 0
        while size < target:
            k = len(lines)
            title = f"Appel à projets n°{n * 1000 + k} – année-recherche et thèse de science"
            when = f"{1 + k % 28} {MONTHS[k % len(MONTHS)]} 2027"
            lines.append(f"- {title} : date limite le {when}")
            html.append(
                f'<tr><td><a href="https://exemple.fr/appels/{n}-{k}">{title}</a></td>'
                f"<td>Date limite : {when}</td></tr>"
            )
            size += len(lines[-1].encode()) + len(html[-1].encode()) + 4
        message = EmailMessage(policy=policy.SMTP)
        message["From"] = f"Veille recherche <{SENDER}>"
        message["To"] = f"abonne{n}@example.org"
        message["Subject"] = f"Veille recherche : {len(lines)} nouveaux appels"
        message["Date"] = "Fri, 08 May 2026 09:00:00 +0200"
        message.set_content("\n".join(lines))
        message.add_alternative(
            "<html><body><table>" + "\n".join(html) + "</table></body></html>", subtype="html"
        )
        made.append((f"abonne{n}@example.org", message.as_string()))
    return made


def fill_outbox(url: str, made: list[tuple[str, str]]) -> None:
    """One subscriber and one pending outbox row per digest."""
    from sqlalchemy import insert

    from veille.storage import open_database
    from veille.storage.models import OutboxBody, OutboxMessage, Subscriber

    db = open_database(url)
    with db.session() as session:
        session.execute(
            insert(Subscriber),
            [
                {"email": email, "filters": {}, "frequency": "weekly", "confirmed": True,
                 "active": True, "permanent_failures": 0, "created_at": NOW - timedelta(days=30)}
                for email, _ in made
            ],
        )  # fmt: skip
        ids = dict(session.execute(Subscriber.__table__.select().with_only_columns(
            Subscriber.email, Subscriber.id)).all())  # fmt: skip
        for start in range(0, len(made), 200):
            part = made[start : start + 200]
            rows = session.scalars(
                insert(OutboxMessage).returning(OutboxMessage.id, sort_by_parameter_order=True),
                [
                    {"subscriber_id": ids[email], "period": "weekly:2026-W19",
                     "subject": "Veille recherche", "state": "pending",
                     "attempts": 0, "created_at": NOW}
                    for email, _ in part
                ],
            ).all()  # fmt: skip
            session.execute(
                insert(OutboxBody),
                [{"outbox_id": row, "message": message}
                 for row, (_, message) in zip(rows, part, strict=True)],
            )  # fmt: skip
    db.dispose()


def reset_outbox(url: str) -> None:
    """Every row pending again (PostgreSQL: the same schema serves every run)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(
            text(
                "update outbox set state = 'pending', attempts = 0, claimed_at = null, "
                "claimed_by = null, sent_at = null, last_error = null, next_attempt_at = null"
            )
        )
        connection.execute(text("vacuum analyze outbox"))
    engine.dispose()


class Window:
    """Wall time, this process's CPU, the sink's CPU and the rest of the machine's."""

    def __init__(self, sink_pid: int):
        self.sink_pid = sink_pid

    @staticmethod
    def _busy() -> int:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return sum(v) - v[3] - v[4]

    def _sink(self) -> int:
        try:
            with open(f"/proc/{self.sink_pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            return 0

    def __enter__(self):
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        self.b0, self.s0 = self._busy(), self._sink()
        return self

    def __exit__(self, *_):
        tick = os.sysconf("SC_CLK_TCK")
        self.seconds = time.perf_counter() - self.t0
        self.cpu_s = time.process_time() - self.c0
        self.sink_cpu_s = (self._sink() - self.s0) / tick
        busy = (self._busy() - self.b0) / tick
        self.other_cpu_s = max(0.0, busy - self.cpu_s - self.sink_cpu_s)

    def figures(self, sent: int) -> dict:
        return {
            "sent": sent,
            "seconds": round(self.seconds, 3),
            "msgs_per_s": round(sent / self.seconds, 1),
            "cpu_s": round(self.cpu_s, 2),
            "sink_cpu_s": round(self.sink_cpu_s, 2),
            "other_cpu_s": round(self.other_cpu_s, 2),
            "other_cpu_per_s": round(self.other_cpu_s / self.seconds, 2),
            "load1": float(open("/proc/loadavg").read().split()[0]),
        }


def raw_phase(args) -> dict:
    """The kit's ``smtp_send.py --mode reuse`` loop over the bench's own messages."""
    import smtplib

    made = pickle.loads((args.work / "messages.pickle").read_bytes())
    loaded = [(SENDER, [email], message.encode("utf-8")) for email, message in made]
    # As the kit times it: connecting, every transaction, QUIT.
    with Window(args.sink_pid) as window, smtplib.SMTP("127.0.0.1", args.port, timeout=30) as smtp:
        for frm, to, data in loaded:
            smtp.sendmail(frm, to, data)
    return {"who": "raw smtplib", **window.figures(len(loaded))}


def veille_phase(args) -> dict:
    from sqlalchemy import func, select

    from veille.notifications import send_pending
    from veille.settings import Settings
    from veille.storage import open_database
    from veille.storage.models import OutboxMessage

    settings = Settings(
        database_url=args.url,
        smtp_url=f"smtp://127.0.0.1:{args.port}",
        outbox_dir=args.work / "eml",
        secret_key="b" * 40,
        base_url="https://veille.example.org",
        mail_from=f"Veille recherche <{SENDER}>",
    )
    db = open_database(args.url)
    with Window(args.sink_pid) as window:
        report = send_pending(db, settings, NOW, connections=args.connections)
    with db.session() as session:
        marked = session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state == "sent")
        )
    db.dispose()
    return {
        "who": "veille",
        "database": args.backend,
        "connections": args.connections,
        "marked_sent": marked,
        **window.figures(len(report.sent)),
    }


def sink_count(path: Path) -> int:
    time.sleep(1.2)  # the sink writes its count every second
    return int(path.read_text().split()[0]) if path.exists() else 0


def summary(runs: list[dict]) -> list[dict]:
    """Median msgs/s of each sender and the median of veille/raw over adjacent pairs."""
    rows = []
    raws = [r["msgs_per_s"] for r in runs if r["who"] == "raw smtplib"]
    rows.append({"who": "raw smtplib", "median_msgs_per_s": statistics.median(raws),
                 "runs": raws})  # fmt: skip
    configs = sorted({(r["database"], r["connections"]) for r in runs if r["who"] == "veille"})
    for database, connections in configs:
        mine = [r for r in runs if r.get("database") == database
                and r.get("connections") == connections]  # fmt: skip
        rows.append(
            {
                "who": "veille",
                "database": database,
                "connections": connections,
                "median_msgs_per_s": statistics.median(r["msgs_per_s"] for r in mine),
                "median_ratio": round(statistics.median(r["ratio"] for r in mine), 3),
                "ratios": [r["ratio"] for r in mine],
                "median_other_cpu_s": statistics.median(r["other_cpu_s"] for r in mine),
            }
        )
    return rows


def child(args, phase: str, **extra) -> dict:
    command = [sys.executable, __file__, "--phase", phase, "--port", str(args.port),
               "--work", str(args.work), "--sink-pid", str(args.sink_pid)]  # fmt: skip
    for name, value in extra.items():
        command += [f"--{name}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the {phase} run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def postgres_schema(base: str, name: str, create: bool) -> str:
    from sqlalchemy import create_engine, text

    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'drop schema if exists "{name}" cascade'))
        if create:
            connection.execute(text(f'create schema "{name}"'))
    admin.dispose()
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={name}')}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 3])
    parser.add_argument("--postgres", help="a PostgreSQL URL; the bench uses its own schema")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--work", type=Path, default=Path("/tmp/veille-delivery-bench"))
    parser.add_argument("--kit", type=Path, default=KIT)
    for hidden in ("--phase", "--url", "--backend"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--sink-pid", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.phase == "raw":
        print(json.dumps(raw_phase(args)))
        return 0
    if args.phase == "veille":
        args.connections = args.connections[0]
        print(json.dumps(veille_phase(args)))
        return 0

    made = digests(args.count)
    (args.work / "messages.pickle").write_bytes(pickle.dumps(made))
    sizes = [len(message.encode()) / 1024 for _, message in made]
    print(json.dumps({"messages": len(made), "kb_min": round(min(sizes), 1),
                      "kb_mean": round(statistics.mean(sizes), 1),
                      "kb_max": round(max(sizes), 1)}), flush=True)  # fmt: skip
    backends: list[tuple[str, str]] = []
    template = args.work / "outbox.db"
    if not args.no_sqlite:
        for leftover in args.work.glob("outbox.db*"):
            leftover.unlink()
        fill_outbox(f"sqlite:///{template}", made)
        backends.append(("sqlite", ""))
    schema = f"delivery_bench_{os.getpid()}"
    if args.postgres:
        pg_url = postgres_schema(args.postgres, schema, create=True)
        fill_outbox(pg_url, made)
        backends.append(("postgresql", pg_url))
    del made

    args.port = free_port()
    count_file = args.work / "count.txt"
    count_file.unlink(missing_ok=True)
    sink = subprocess.Popen(
        [sys.executable, args.kit / "smtp_sink.py", "--port", str(args.port), "--count-file",
         count_file, "--max-seconds", "7200"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    args.sink_pid = sink.pid
    runs: list[dict] = []
    try:
        time.sleep(2)
        received = 0
        for rep in range(args.reps):
            for backend, pg_url in backends:
                for connections in args.connections:
                    raw = child(args, "raw")
                    received, arrived = sink_count(count_file), received
                    raw.update(rep=rep, arrived=received - arrived)
                    runs.append(raw)
                    print(json.dumps(raw), flush=True)
                    if backend == "sqlite":
                        copy = args.work / "run.db"
                        for old in args.work.glob("run.db*"):
                            old.unlink()
                        shutil.copy(template, copy)
                        url = f"sqlite:///{copy}"
                    else:
                        reset_outbox(pg_url)
                        url = pg_url
                    ours = child(args, "veille", url=url, backend=backend,
                                 connections=connections)  # fmt: skip
                    received, arrived = sink_count(count_file), received
                    ours.update(rep=rep, arrived=received - arrived,
                                ratio=round(ours["msgs_per_s"] / raw["msgs_per_s"], 3))  # fmt: skip
                    # Every message reached the sink once and every row was marked sent.
                    ours["complete"] = (
                        ours["arrived"] == ours["sent"] == ours["marked_sent"] == (raw["sent"])
                    )
                    runs.append(ours)
                    print(json.dumps(ours), flush=True)
    finally:
        sink.terminate()
        sink.wait(10)
        if args.postgres:
            postgres_schema(args.postgres, schema, create=False)
    table = summary(runs)
    print("\n| sender | database | connections | median msgs/s | veille / raw (median of pairs) |")
    print("|---|---|---:|---:|---:|")
    for row in table:
        if row["who"] == "raw smtplib":
            print(f"| raw smtplib | – | 1 | {row['median_msgs_per_s']} | – |")
        else:
            print(f"| veille | {row['database']} | {row['connections']} | "
                  f"{row['median_msgs_per_s']} | {row['median_ratio']:.0%} |")  # fmt: skip
    (args.work / "delivery-results.json").write_text(
        json.dumps({"runs": runs, "summary": table}, indent=2)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
