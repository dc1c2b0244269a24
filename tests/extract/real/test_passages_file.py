"""The real passages file is well formed and is exactly what build_passages.py writes.

These tests read the data only: they never run the extractor, so checking the file
cannot leak anything about how the extractor does on the held-out half.
"""

import importlib.util
import json
import re
from collections import Counter
from datetime import date, time
from pathlib import Path
from urllib.parse import urlparse

import pytest

HERE = Path(__file__).parent
JSONL = HERE / "passages.jsonl"
KEYS = {
    "id",
    "url",
    "page_date",
    "text",
    "deadlines",
    "opens",
    "distractors",
    "note",
    "round",
    "split",
    "first_split",
}
KINDS = {"application", "letter_of_intent", "other"}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
HH_MM = re.compile(r"\d{2}:\d{2}")


def _builder():
    spec = importlib.util.spec_from_file_location("build_passages", HERE / "build_passages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _passages() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def _is_real_day(value: str) -> bool:
    if not ISO_DAY.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def test_file_is_what_the_builder_writes() -> None:
    assert JSONL.read_text(encoding="utf-8") == _builder().render()


def test_help_and_check_write_nothing(capsys) -> None:
    before = JSONL.read_bytes()
    builder = _builder()
    with pytest.raises(SystemExit) as stop:
        builder.main(["--help"])
    assert stop.value.code == 0
    assert "--check" in capsys.readouterr().out
    assert builder.main(["--check"]) == 0
    assert JSONL.read_bytes() == before


def test_every_entry_has_the_same_fields() -> None:
    for passage in _passages():
        assert set(passage) == KEYS, passage["id"]
        assert passage["text"].strip(), passage["id"]


def test_ids_are_unique() -> None:
    ids = Counter(p["id"] for p in _passages())
    assert [i for i, n in ids.items() if n > 1] == []


def test_urls_are_http() -> None:
    for passage in _passages():
        parts = urlparse(passage["url"])
        assert parts.scheme in {"http", "https"} and parts.netloc, passage["id"]


def test_dates_are_iso_and_real() -> None:
    for passage in _passages():
        where = passage["id"]
        assert passage["page_date"] is None or _is_real_day(passage["page_date"]), where
        assert passage["opens"] in (None, "?") or _is_real_day(passage["opens"]), where
        for row in passage["deadlines"]:
            assert set(row) == {"date", "time", "kind"}, where
            assert _is_real_day(row["date"]), where
            if row["time"] is not None:
                assert HH_MM.fullmatch(row["time"]), where
                time.fromisoformat(row["time"])


def test_kinds_are_valid_and_one_deadline_per_day() -> None:
    for passage in _passages():
        days = [row["date"] for row in passage["deadlines"]]
        assert len(days) == len(set(days)), passage["id"]
        assert {row["kind"] for row in passage["deadlines"]} <= KINDS, passage["id"]


def _page_key(url: str) -> str:
    parts = urlparse(url)
    return parts.netloc.removeprefix("www.") + parts.path.rstrip("/") + "?" + parts.query


def test_rounds_and_splits() -> None:
    passages = _passages()
    latest = max(p["round"] for p in passages)
    for passage in passages:
        expected = "held_out" if passage["round"] == latest else "tuning"
        assert passage["split"] == expected, passage["id"]
    splits = Counter(p["split"] for p in passages)
    assert splits["held_out"] >= 60  # the floor for a labelled real set
    first = Counter(p["first_split"] for p in passages if p["round"] == 1)
    assert first == {"tuning": 32, "held_out": 32}
    assert all(p["first_split"] == "held_out" for p in passages if p["round"] > 1)


def test_no_page_is_shared_between_passages_of_different_rounds() -> None:
    rounds: dict[str, set[int]] = {}
    for passage in _passages():
        rounds.setdefault(_page_key(passage["url"]), set()).add(passage["round"])
    assert [page for page, seen in rounds.items() if len(seen) > 1] == []
