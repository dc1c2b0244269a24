"""A source's page memory during its crawl: validators up front, outputs only when replayed.

Loading every page's outputs before the crawl made a large source's memory
(2,000 pages: 28 MB of JSON, some 160,000 objects) live for the whole crawl,
and building it set off full collections that stopped the loop. Here only the
validators are loaded (a few hundred bytes a page); a page's outputs are read
when it answers 304 or with the same body, in a thread, for the pages that
asked meanwhile together, and are let go once the page is replayed.

They reach the crawl as a ``Replay``: each call as the JSON text it is stored
as (decoded again only in the recording process). Strings are nothing the
cyclic collector walks; the same calls as nested dicts and lists, alive while
their page went through Scrapy, made each collection on the reactor's thread
two to three times longer.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, NamedTuple

from veille.storage import Database
from veille.storage.pages import Validators, load_outputs, load_validators

log = logging.getLogger(__name__)

# Pages whose outputs are read in one query at most.
BATCH = 50


class Replay(NamedTuple):
    """What the crawl needs of a remembered page to replay it."""

    signature: str | None
    urls: list[str | None]  # each call's URL, as its reader found it
    calls: list[str]  # each call as stored (its CallItem, or why it is not one), JSON
    follows: list[dict[str, Any]]

    @classmethod
    def of(cls, outputs: dict[str, Any]) -> Replay:
        """Raises TypeError, ValueError or AttributeError when the outputs are malformed."""
        items, calls = outputs.get("items", []), outputs.get("calls", [])
        if not isinstance(items, list) or not isinstance(calls, list):
            raise TypeError("items and calls are not lists")
        follows = outputs.get("follows", [])
        if not isinstance(follows, list) or not all(isinstance(f, dict) for f in follows):
            raise TypeError("follows are not a list of objects")
        return cls(
            outputs.get("signature"),
            [item.get("url") for item in items],
            [json.dumps(call, ensure_ascii=False) for call in calls],
            follows,
        )


class PageMemory:
    def __init__(self, db: Database, source_id: str, validators: dict[str, Validators]):
        self.db = db
        self.source_id = source_id
        self.validators = validators
        self._wanted: dict[str, asyncio.Future] = {}
        self._reader: asyncio.Task | None = None

    @classmethod
    def load(cls, db: Database, source_id: str) -> PageMemory:
        """Blocking: the validators of every remembered page of the source."""
        with db.session() as session:
            return cls(db, source_id, load_validators(session, source_id))

    def get(self, url: str) -> Validators | None:
        return self.validators.get(url)

    async def replay(self, url: str) -> Replay | None:
        """What is stored of a page to replay it, or None if its row is gone or unreadable."""
        future = self._wanted.get(url)
        if future is None:
            future = self._wanted[url] = asyncio.get_running_loop().create_future()
        if self._reader is None or self._reader.done():
            self._reader = asyncio.ensure_future(self._read())
        return await future

    async def _read(self) -> None:
        """Read what is wanted, one batch at a time: pages asked while a batch is read
        wait for the next, so a crawl of many 304s makes few queries."""
        while self._wanted:
            urls = list(self._wanted)[:BATCH]
            futures = [self._wanted.pop(url) for url in urls]
            try:
                found = await asyncio.to_thread(self._load, urls)
            except Exception as exc:  # the database failing: these pages are read afresh
                log.warning("%s: cannot read the page memory (%s)", self.source_id, exc)
                found = {}
            for url, future in zip(urls, futures, strict=True):
                if not future.done():
                    future.set_result(found.get(url))

    def _load(self, urls: list[str]) -> dict[str, Replay]:
        with self.db.session() as session:
            found = load_outputs(session, self.source_id, urls)
        replays = {}
        for url, outputs in found.items():
            try:
                replays[url] = Replay.of(outputs)
            except (TypeError, ValueError, AttributeError) as exc:
                log.warning("%s: the page memory of %s is malformed (%s)", self.source_id, url, exc)
        return replays
