"""``veille ingest``: a JSON-lines file of calls recorded as one complete crawl."""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import click
from pydantic import ValidationError

from veille.cli.common import database, print_table
from veille.errors import UserError
from veille.storage import CallItem, record_crawl

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
MAX_REPORTED = 20


@click.command()
@click.argument("source_id")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
def ingest(source_id: str, file: Path) -> None:
    """Record the calls of FILE (one JSON object a line) as one crawl of SOURCE_ID.

    Every line is checked first: if any is bad, each bad line is reported with
    its number and nothing of the file is recorded.
    """
    if not SOURCE_ID.match(source_id):
        raise UserError(
            f"{source_id!r} is not a source id: use lower-case letters, digits, '-' and '_'."
        )
    items = read_items(file)
    with database().session() as session:
        outcome = record_crawl(session, source_id, items)
        rows = [(e.kind, e.call.title, e.call.url) for e in outcome.events]
        run_id = outcome.run.id
    print_table(["event", "title", "url"], rows, empty="No change.")
    tally = ", ".join(f"{n} {kind}" for kind, n in Counter(r[0] for r in rows).items())
    click.echo(
        f"Recorded crawl #{run_id} of {source_id}: {len(items)} items, "
        f"{len(rows)} events{f' ({tally})' if tally else ''}."
    )


def read_items(file: Path) -> list[CallItem]:
    """Every line of the file as a CallItem, or a UserError listing the bad lines.

    The file is read a line at a time: memory follows the items to record, not
    the size of the file (the whole file and its split lines used to be held
    beside the items). Once a line is bad, the following good ones are only
    checked, not kept, since nothing will be recorded.
    """
    items: list[CallItem] = []
    problems, bad = [], 0
    with _open(file) as source:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                parsed = _parse_line(line)
            except ValueError as exc:
                bad += 1
                items.clear()
                if len(problems) < MAX_REPORTED:
                    problems.append(f"{file} line {number}: {exc}")
                continue
            if not bad:
                items.append(parsed)
    for problem in problems:
        click.echo(problem, err=True)
    if bad > MAX_REPORTED:
        click.echo(f"… and {bad - MAX_REPORTED} more bad lines", err=True)
    if bad:
        raise UserError(f"{bad} bad line(s) in {file}; nothing was recorded.")
    return items


@contextlib.contextmanager
def _open(file: Path) -> Iterator[BinaryIO]:
    if str(file) == "-":
        yield click.get_binary_stream("stdin")
        return
    try:
        handle = file.open("rb")
    except OSError as exc:
        raise UserError(f"cannot read {file}: {exc.strerror or exc}.") from None
    with handle:
        yield handle


def _parse_line(line: bytes) -> CallItem:
    try:
        data = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object for one call")
    try:
        return CallItem.model_validate(data)
    except ValidationError as exc:
        raise ValueError(_describe(exc)) from None


def _describe(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "the object"
    if error["type"] == "missing":
        return f"{where} is missing"
    if error["type"] == "extra_forbidden":
        return f"{where} is not a known field"
    message = str(error["msg"]).removeprefix("Value error, ")
    value = error.get("input")
    return f"{where}: {message} (got {json.dumps(value, ensure_ascii=False)})"
