"""One line per event, as text for people or JSON lines for log collectors."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

# Extra fields a log call may carry: logger.info("…", extra={"figures": {...}}).
_FIELDS = ("job", "worker", "status", "duration", "figures")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: getattr(record, k) for k in _FIELDS if hasattr(record, k)})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure(log_format: str, level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonLines())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # APScheduler and Alembic are chatty at INFO; their warnings still show.
    for noisy in ("apscheduler", "twisted", "alembic", "py.warnings"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    # A site that fails is a fact about the site, recorded on its crawl run and
    # summed up in the job's own line; Scrapy's tracebacks only show at DEBUG.
    logging.getLogger("scrapy").setLevel(logging.DEBUG if level == "DEBUG" else logging.CRITICAL)
