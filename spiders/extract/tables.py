"""Tables flattened to text, relabelled so that each date sits beside its column's header.

A session calendar then reads like a fiche ("Date limite : 15/03", "Jury : 20/04"),
where the label decides what each date is. Two shapes are met: cells separated by
"|" on one line per row, and cells that became one line each, under header lines
that also became one line each.
"""

from __future__ import annotations

import re

from veille.spiders.extract.dates import WEEKDAY

_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")  # a number on its own, not in "M2"

_MONTH_NAME = (
    r"(?<![^\W\d_])(?:janvier|janv|f[ée]vrier|f[ée]vr|f[ée]v|mars|avril|avr|mai|juin|juillet"
    r"|juil|ao[uû]t|septembre|sept|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c|january|jan"
    r"|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sep"
    r"|october|november|december)\.?(?![^\W\d_])"
)
# "15 septembre 202315 juillet 2023": a text extractor glued two cells of a row, the
# year of one to the day of the next. No prose writes a day straight after a year.
_GLUED_YEAR = re.compile(
    rf"(?<!\d)((?:19|20)\d\d)(?=(?:0?[1-9]|[12]\d|3[01])(?:er)?\s*{_MONTH_NAME})", re.IGNORECASE
)
_FIVE_DIGITS = re.compile(r"(?:19|20)\d\d\d")  # cheap to look for, and needed for a glued row
# A cell holds a date and little else: once the date's own words are taken out, no
# word of three letters is left ("Updated on 14/09/2023" is no cell).
_DATE = re.compile(rf"{_MONTH_NAME}|\d{{1,2}}[/.-]\d{{1,2}}", re.IGNORECASE)
_DATE_WORDS = re.compile(
    rf"{_MONTH_NAME}|(?<![^\W\d_])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|fin|mi|début|debut"
    r"|the|of|le|du|au|en|er|st|nd|rd|th|h)(?![^\W\d_])",
    re.IGNORECASE,
)
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")
# "Appel à projets « Polyhandicap »" over two dates is the call's title, not a column
_CALL_TITLE = re.compile(r"\s*(?:appels?\s+(?:à|a|d')|call\s+for)\s*\S", re.IGNORECASE)
_MAX_CELL = 40
_MAX_HEADER = 80


def label_table_rows(text: str) -> str:
    """ "Date limite | Jury" over "15/03 | 20/04" becomes the lines "Date limite : 15/03"
    and "Jury : 20/04". A header is a row of three or more cells without digits; the
    rows below with as many cells are relabelled."""
    if "|" not in text:
        return text
    out: list[str] = []
    header: list[str] | None = None
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("|")]
        if cells and not cells[-1]:
            cells.pop()
        named = cells[1:] if cells and not cells[0] else cells  # an empty corner cell
        if (
            len(cells) >= 3
            and all(named)
            and len(named) >= 2
            and not any(_DIGIT.search(cell) for cell in cells)
        ):
            header = cells
        elif header is not None and len(cells) == len(header) and _DIGIT.search(line):
            out.extend(
                f"{name} : {cell}" if name else cell
                for name, cell in zip(header, cells, strict=True)
                if cell
            )
            continue
        else:
            header = None
        out.append(line)
    return "\n".join(out)


# A header row whose cells lost their separators: "Dates commission de thèse Dates limites
# d'envoi des fiches". Each column's label starts with "Date(s)".
_DATE_LABEL_START = re.compile(r"(?<![^\W\d_])(?=dates?(?![^\W\d_]))", re.IGNORECASE)
_TWO_DATE_LABELS = re.compile(r"dates?\b[^\n\d]*\bdates?\b", re.IGNORECASE)
_ROW_DATE = re.compile(
    rf"(?<![^\W_])(?:{WEEKDAY}\s+)?(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}"
    rf"|\d{{1,2}}(?:er)?\s+{_MONTH_NAME}\s*(?:\d{{4}})?)",
    re.IGNORECASE,
)


def label_spaced_rows(text: str) -> str:
    """ "Dates commission de thèse Dates limites d'envoi des fiches" over "Mardi 14/09/2021
    07/09/2021 à 23h" becomes "Dates commission de thèse : Mardi 14/09/2021" and "Dates
    limites d'envoi des fiches : 07/09/2021 à 23h": a table whose cells were joined by spaces,
    each row holding one date per column and nothing else."""
    if "\n" not in text or _TWO_DATE_LABELS.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    headers: list[str] | None = None
    for line in lines:
        if headers is not None:
            cells = _row_cells(line, len(headers))
            if cells is not None:
                out.extend(f"{h} : {c}" for h, c in zip(headers, cells, strict=True))
                continue
        headers = _spaced_headers(line)
        out.append(line)
    return "\n".join(out)


def _spaced_headers(line: str) -> list[str] | None:
    if len(line) > 2 * _MAX_HEADER or line.lower().count("date") < 2 or _DIGIT.search(line):
        return None
    starts = [m.start() for m in _DATE_LABEL_START.finditer(line)]
    if len(starts) < 2 or line[: starts[0]].strip():
        return None
    parts = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    return parts if all(len(p) > len("dates ") for p in parts) else None


def _row_cells(line: str, columns: int) -> list[str] | None:
    starts = [m.start() for m in _ROW_DATE.finditer(line)]
    if len(starts) != columns or line[: starts[0]].strip():
        return None
    cells = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    return cells if all(_is_cell(cell) for cell in cells) else None


def label_stacked_cells(text: str) -> str:
    """ "Date limite\\nJury\\n15/03\\n20/04\\n17/05\\n21/06" becomes "Date limite : 15/03",
    "Jury : 20/04", "Date limite : 17/05", "Jury : 21/06".

    Header lines (no number, short, no sentence end) are followed by a run of cells that
    is a whole number of rows (at least one row of two); a run that is not is left as it
    is. When more header lines than columns come first, the last ones are the headers.
    """
    if "\n" not in text:
        return text
    if _FIVE_DIGITS.search(text):
        text = _GLUED_YEAR.sub("\\1\n", text)
    lines = text.split("\n")
    header = [_is_header(line) for line in lines]
    cell = [not h and _is_cell(line) for line, h in zip(lines, header, strict=True)]
    out: list[str] = []
    i = 0
    while i < len(lines):
        headers_end = i
        while headers_end < len(lines) and header[headers_end]:
            headers_end += 1
        cells_end = headers_end
        while cells_end < len(lines) and cell[cells_end]:
            cells_end += 1
        columns = _columns(headers_end - i, cells_end - headers_end)
        if columns is None:  # no fewer of these header lines would do either
            end = max(headers_end, i + 1)
            out.extend(lines[i:end])
            i = end
            continue
        headers = [line.strip() for line in lines[headers_end - columns : headers_end]]
        out.extend(lines[i:headers_end])
        for n, value in enumerate(lines[headers_end:cells_end]):
            out.append(f"{headers[n % columns]} : {value.strip()}")
        i = cells_end
    return "\n".join(out)


def _columns(headers: int, cells: int) -> int | None:
    """The most columns the header lines allow that make the cells whole rows."""
    for columns in range(headers, 1, -1):
        if cells >= columns and cells % columns == 0:
            return columns
    return None


def _is_header(line: str) -> bool:
    line = line.strip()
    return (  # the cheap tests first: most lines of prose end a sentence
        0 < len(line) <= _MAX_HEADER
        and line[-1] not in ".!?:;,"
        and _LONG_WORD.search(line) is not None
        and not _NUMBER.search(line)  # "EDSP2 Council" is one, "Appel 2019" is not
        and _CALL_TITLE.match(line) is None
    )


def _is_cell(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= _MAX_CELL
        and ":" not in line
        and _DIGIT.search(line) is not None
        and _DATE.search(line) is not None
        and _LONG_WORD.search(_DATE_WORDS.sub(" ", line)) is None
    )
