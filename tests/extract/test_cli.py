"""``veille extract`` end to end through click, on a file, on stdin, and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veille.cli import main


def _run(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


def test_reads_a_file(tmp_path: Path) -> None:
    page = tmp_path / "appel.txt"
    page.write_text("Clôture des candidatures : 15 janvier à 17 h 30.", encoding="utf-8")
    result = _run([str(page), "--page-date", "2025-11-20"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["deadlines"] == [
        {"date": "2026-01-15", "time": "17:30", "kind": "application", "precision": "day"}
    ]


def test_reads_stdin_and_keeps_accents_unescaped() -> None:
    text = "Congrès de pédiatrie du 3 au 5 juin 2026, date limite d'inscription le 1er mai 2026."
    result = _run(["-", "--page-date", "2026-01-05"], stdin=text)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["date"] for d in data["deadlines"]] == ["2026-05-01"]
    assert data["events"][0]["kind"] == "congres"
    assert "pediatrie" in data["specialties"]
    assert "\\u" not in result.output  # ensure_ascii=False
    assert result.output.startswith("{\n  ")  # indented


def test_html_flag_strips_markup(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><style>.x{}</style></head><body><script>var d='1 avril 2026';</script>"
        "<h2>Calendrier</h2><ul><li>Date limite&nbsp;: <b>2 mars 2026</b> &agrave; midi</li>"
        "<li>Jury : 9 avril 2026</li></ul></body></html>",
        encoding="utf-8",
    )
    result = _run([str(page), "--html", "--page-date", "2026-01-01"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["deadlines"] == [
        {"date": "2026-03-02", "time": "12:00", "kind": "application", "precision": "day"}
    ]
    assert [(e["kind"], e["date"]) for e in data["events"]] == [("jury", "2026-04-09")]


def test_bad_page_date_is_one_line_and_exit_1() -> None:
    result = _run(["-", "--page-date", "15/03/2025"], stdin="Date limite : 15 mars 2025")
    assert result.exit_code == 1
    assert "--page-date" in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    result = _run([str(tmp_path / "absent.html")])
    assert result.exit_code == 1
    assert "absent.html" in result.output
