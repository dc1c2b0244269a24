"""Delivery beside raw smtplib: messages per second to one local SMTP sink, in one run.

    python bench/delivery_bench.py [--count 2000] [--connections 1 3] [--work DIR]

Starts the shared kit's counting aiosmtpd sink (``smtp_sink.py``) on a free
port, runs the kit's raw smtplib sender (``smtp_send.py --mode reuse``, ~30 KB
messages, its send rate is the bound), then veille's ``send_pending`` on an
outbox of ``--count`` pending rows holding ~30 KB digests, once per
``--connections`` value (each on a fresh copy of the outbox). veille's figure
covers everything a real send does per message: the claim, the batch read,
the SMTP transaction and marking the row sent. Prints one JSON line per run
and writes them to WORK/delivery-results.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
KIT = REPO.parent / "shared" / "bench"
NOW = datetime(2026, 5, 8, 7, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def outbox_of(database: Path, count: int) -> None:
    """``count`` subscribers, each with one pending ~30 KB digest."""
    from email import policy
    from email.message import EmailMessage

    from sqlalchemy import insert

    from veille.storage import open_database
    from veille.storage.models import OutboxMessage, Subscriber

    db = open_database(f"sqlite:///{database}")
    body = "\n".join(f"Appel à projets {n} : date limite le 15 mai 2026." for n in range(600))
    with db.session() as session:
        session.execute(
            insert(Subscriber),
            [
                {"email": f"abonne{n}@example.org", "filters": {}, "frequency": "weekly",
                 "confirmed": True, "active": True, "permanent_failures": 0,
                 "created_at": NOW - timedelta(days=30)}
                for n in range(count)
            ],
        )  # fmt: skip
        rows = []
        for n in range(count):
            message = EmailMessage(policy=policy.SMTP)
            message["From"] = "veille@example.org"
            message["To"] = f"abonne{n}@example.org"
            message["Subject"] = f"Veille recherche {n}"
            message.set_content(body)
            message.add_alternative(f"<p>{body}</p>", subtype="html")
            rows.append(
                {"subscriber_id": n + 1, "period": "weekly:2026-W19", "subject": message["Subject"],
                 "message": message.as_string(), "state": "pending", "attempts": 0,
                 "created_at": NOW}
            )  # fmt: skip
        session.execute(insert(OutboxMessage), rows)
    db.dispose()


def send(database: Path, port: int, connections: int, work: Path) -> dict:
    from veille.notifications import send_pending
    from veille.settings import Settings
    from veille.storage import open_database

    url = f"sqlite:///{database}"
    settings = Settings(
        database_url=url,
        smtp_url=f"smtp://127.0.0.1:{port}",
        outbox_dir=work / "eml",
        secret_key="b" * 40,
        base_url="https://veille.example.org",
        mail_from="Veille recherche <veille@example.org>",
    )
    db = open_database(url)
    started = time.perf_counter()
    report = send_pending(db, settings, NOW, connections=connections)
    elapsed = time.perf_counter() - started
    db.dispose()
    return {
        "connections": connections,
        "sent": len(report.sent),
        "seconds": round(elapsed, 2),
        "msgs_per_s": round(len(report.sent) / elapsed, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 3])
    parser.add_argument("--work", type=Path, default=Path("/tmp/veille-delivery-bench"))
    parser.add_argument("--kit", type=Path, default=KIT)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    template = work / "outbox.db"
    if args.phase == "send":
        for connections in args.connections:
            copy = work / f"send-{connections}.db"
            shutil.copy(template, copy)
            print(json.dumps({"who": "veille", **send(copy, args.port, connections, work)}))
        return 0
    template.unlink(missing_ok=True)
    outbox_of(template, args.count)
    port = free_port()
    peers = [sys.executable]
    sink = subprocess.Popen(
        [*peers, args.kit / "smtp_sink.py", "--port", str(port), "--count-file",
         work / "count.txt", "--max-seconds", "1800"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    results = []
    try:
        time.sleep(2)
        raw = subprocess.run(
            [*peers, args.kit / "smtp_send.py", "--port", str(port), "--count", str(args.count),
             "--mode", "reuse"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        results.append({"who": "raw smtplib (reuse)", **json.loads(raw.stdout.splitlines()[-1])})
        print(json.dumps(results[-1]), flush=True)
        ours = subprocess.run(
            [*peers, __file__, "--phase", "send", "--port", str(port), "--work", str(work),
             "--connections", *map(str, args.connections)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        for line in ours.stdout.splitlines():
            results.append(json.loads(line))
            print(line, flush=True)
    finally:
        sink.terminate()
        sink.wait(10)
    (work / "delivery-results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
