"""A first look: the public names import and a plain deadline is read."""

from datetime import date, time

from veille.spiders.extract import Deadline, Extraction, extract


def test_plain_deadline_with_time() -> None:
    result = extract("Date limite : 15 mars 2025 à 17h", page_date=date(2025, 1, 10))
    assert isinstance(result, Extraction)
    assert result.deadlines == [Deadline(date(2025, 3, 15), time(17, 0), "application", "day")]


def test_empty_text_gives_empty_result() -> None:
    assert extract("") == Extraction()
