"""A source's page memory during its crawl: validators up front, outputs only when replayed.

Loading every page's outputs before the crawl made a large source's memory
(2,000 pages: 28 MB of JSON, some 160,000 objects) live for the whole crawl,
and building it set off full collections that stopped the loop. Here only the
validators are loaded (a few hundred bytes a page); a page's outputs are read
when it answers 304 or with the same body, in a thread, for the pages that
asked meanwhile together, and are let go once the page is replayed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from veille.storage import Database
from veille.storage.pages import Validators, load_outputs, load_validators

log = logging.getLogger(__name__)

# Pages whose outputs are read in one query at most.
BATCH = 50


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

    async def outputs(self, url: str) -> dict[str, Any] | None:
        """The stored outputs of a page, or None if its row is gone or unreadable."""
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

    def _load(self, urls: list[str]) -> dict[str, dict[str, Any]]:
        with self.db.session() as session:
            return load_outputs(session, self.source_id, urls)
