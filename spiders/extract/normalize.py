"""Bring raw page text or HTML to the two forms the rules read.

The web writes one date in many spellings (non-breaking or thin spaces, curly
apostrophes, entities, capitals, accents, markup around "1<sup>er</sup>"). Settling
all of that once here keeps every pattern downstream short: they only ever see
lower-case, accent-free text with plain spaces, straight apostrophes and "-".
"""

from __future__ import annotations

import html
import re
import unicodedata

from veille.spiders.extract.tables import label_spaced_rows, label_stacked_cells, label_table_rows

#: Longest text (after markup removal) the rules look at; a call page is far shorter,
#: and the cap keeps a pathological input from costing more than a fraction of a second.
MAX_CHARS = 1_000_000

_SURROGATES = re.compile("[\ud800-\udfff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,2000}>")
_HTML_START = re.compile(r"^\s*<(?:!doctype|!--|\?xml|[a-z][a-z0-9:-]*[\s/>])", re.IGNORECASE)
_HTML_INSIDE = re.compile(
    r"</(?:p|div|span|a|li|ul|ol|td|tr|th|table|h[1-6]|body|html|strong|em|b|i|section)\s*>"
    r"|<br\s*/?>",
    re.IGNORECASE,
)
_HSPACE = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
        "tfoot", "tr", "ul", "caption", "title", "option",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
# struck-out text ("<del>12/02</del> 26/02") is a superseded value, not something to read
_DROPPED_TAGS = ("script", "style", "noscript", "template", "svg", "head", "del", "s", "strike")
_STRUCK = re.compile(r"~~[^~\n]{1,80}~~")


def _translation_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in "\u2019\u2018\u201b\u02bc\u02b9\u0060\u00b4\u2032":
        table[ord(ch)] = "'"
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
        table[ord(ch)] = "-"
    for code in list(range(32)) + list(range(0x7F, 0xA0)):
        if chr(code) not in "\n\t":
            table[code] = " "
    table[ord("\r")] = "\n"
    table[0x2028] = "\n"
    table[0x2029] = "\n"
    for ch in "\u00ad\u200b\u200c\u200d\u2060\ufeff":  # soft hyphen and zero-width marks
        table[ord(ch)] = ""
    return table


# Bidirectional controls (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F, U+061C)
# can reorder what a reader sees ("‮gpj.exe"): scraped text never keeps them.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def strip_bidi(text: str) -> str:
    """Scraped text without bidirectional control characters, before any mail or page."""
    return _BIDI.sub("", text) if text else text


_TRANSLATE = _translation_table()
# str.translate looks every character up in the table; finding the few that need it
# with a character class is about eight times cheaper on French text.
_TO_TRANSLATE = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss"}
_LIGATURE = re.compile("[œæß]")


def _translated(text: str) -> str:
    return _TO_TRANSLATE.sub(lambda m: _TRANSLATE[ord(m.group())], text)


def looks_like_html(raw: str) -> bool:
    """Tell markup from prose: the command and ``extract`` accept both without a flag."""
    head = raw[:2000]
    return bool(_HTML_START.match(head) or _HTML_INSIDE.search(raw[:200_000]))


def html_to_text(markup: str) -> str:
    """Keep the words a reader sees, one block per line, table cells split by " | ".

    Scripts and styles go; inline tags leave no gap so "1<sup>er</sup> mars" stays one
    date. lxml comes with Scrapy; should it refuse the input, a crude tag strip is used.
    """
    markup = _XML_DECL.sub("", markup[: MAX_CHARS * 5], count=1).replace("\x00", "")
    if not markup.strip():
        return ""
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(markup)
        if not isinstance(root.tag, str) or root.tag.lower() in _DROPPED_TAGS:
            return ""
        structured = structured_dates(root)
        for element in root.xpath("|".join(f"//{tag}" for tag in _DROPPED_TAGS)):
            element.drop_tree()
        machine_readable_dates(root)
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            tag = element.tag.lower()
            if tag == "br":
                element.tail = "\n" + (element.tail or "")
            elif tag == "dt":  # a definition list is a fiche: "label : value" on one line
                element.text = "\n" + (element.text or "")
                element.tail = " : " + (element.tail or "")
            elif tag in _CELL_TAGS:
                element.tail = " | " + (element.tail or "")
            elif tag in _BLOCK_TAGS:
                element.text = "\n" + (element.text or "")
                element.tail = "\n" + (element.tail or "")
        text = str(root.text_content())
        return "\n".join([*structured, text]) if structured else text
    except Exception:
        return html.unescape(_TAG.sub(" ", markup))


_ISO_DAY = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?"
)
# schema.org properties that name a deadline, an opening or an event's end
_DEADLINE_KEYS = ("applicationDeadline", "validThrough")
_OPENING_KEYS = ("applicationStartDate",)
_EVENT_TYPES = ("Event", "EventSeries", "BusinessEvent", "EducationEvent", "SocialEvent")


def _iso_parts(value: str) -> tuple[str, str | None] | None:
    """("15/03/2027", "17:00" or None) for an ISO date or date-time, in Paris time."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    match = _ISO_DAY.match(value or "")
    if not match:
        return None
    year, month, day, hour, minute, zone = match.groups()
    if hour is not None and zone is not None:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00")[:25])
        local = moment.astimezone(ZoneInfo("Europe/Paris"))
        year, month, day = f"{local.year:04d}", f"{local.month:02d}", f"{local.day:02d}"
        hour, minute = f"{local.hour:02d}", f"{local.minute:02d}"
    clock = f"{hour}:{minute}" if hour is not None and (hour, minute) != ("00", "00") else None
    return f"{day}/{month}/{year}", clock


def machine_readable_dates(root) -> None:
    """``<time datetime>`` and Drupal date fields: the markup's exact day replaces the
    visible one ("mars 2027" shown, "2027-03-15" meant), the visible time is kept.

    The words around the element still say what the date is (its kind, deadline or
    not); only the day comes from the markup.
    """
    from veille.spiders.extract.times import find_times

    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        value = element.get("datetime") if element.tag.lower() == "time" else None
        if (
            value is None
            and element.get("content")
            and (
                "date" in (element.get("class") or "") or "date" in (element.get("property") or "")
            )
        ):
            value = element.get("content")
        parts = _iso_parts(value) if value else None
        if parts is None:
            continue
        shown = " ".join(element.text_content().split())
        times = find_times(fold(shown))
        clock = f" à {times[0].value.strftime('%H:%M')}" if times else ""
        tail = element.tail
        for child in list(element):
            element.remove(child)
        element.text, element.tail = parts[0] + clock, tail


def structured_dates(root) -> list[str]:
    """schema.org JSON-LD dates as fiche lines ("Date limite : 15/03/2027 à 17:00").

    ``applicationDeadline`` and ``validThrough`` are deadlines; ``endDate`` is one for a
    call described as such, but the end of an Event (a congress) is not.
    """
    import json

    lines: list[str] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "null")
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
                continue
            if not isinstance(node, dict):
                continue
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
            kind = node.get("@type")
            is_event = any(t in _EVENT_TYPES for t in (kind if isinstance(kind, list) else [kind]))
            keys = [*_DEADLINE_KEYS, *(() if is_event else ("endDate",))]
            for key, label in [(k, "Date limite") for k in keys] + [
                (k, "Ouverture des candidatures") for k in _OPENING_KEYS
            ]:
                parts = _iso_parts(str(node.get(key) or ""))
                if parts:
                    clock = f" à {parts[1]}" if parts[1] else ""
                    lines.append(f"{label} : {parts[0]}{clock}")
    return lines


def clean_text(text: str) -> str:
    """Unify spaces, apostrophes, dashes and compatibility forms; keep case and accents.

    NFKC turns U+00A0, U+202F, U+2009 into plain spaces and the superscript "1ᵉʳ"
    into "1er". Case and accents survive for the vocabulary entries that need them.
    """
    text = strip_bidi(_SURROGATES.sub(" ", text[: MAX_CHARS * 2]))
    text = _translated(unicodedata.normalize("NFKC", text))
    return _settled_spaces(text).strip()[:MAX_CHARS]


# Most texts already have single plain spaces and bare line breaks, where the two
# substitutions below change nothing: these cheap searches find the others.
_OTHER_HSPACE = re.compile(r"[^\S \n]")
_SPACE_BEFORE_NEWLINE = re.compile(r"\s\n")
_SPACE_AFTER_NEWLINE = re.compile(r"\n\s")


def _settled_spaces(text: str) -> str:
    """One plain space for each run of spaces, one line break for each run holding one.

    ``_HSPACE`` changes a text only where it holds two spaces in a row or a space
    other than " "; ``_NEWLINES`` only where a line break touches another space."""
    if "  " in text or _OTHER_HSPACE.search(text):
        text = _HSPACE.sub(" ", text)
    if _SPACE_AFTER_NEWLINE.search(text) or _SPACE_BEFORE_NEWLINE.search(text):
        text = _NEWLINES.sub("\n", text)
    return text


def fold(text: str) -> str:
    """Lower-case and strip accents, so "Février", "FEVRIER" and "fevrier" read alike."""
    text = _LIGATURE.sub(lambda m: _LIGATURES[m.group()], text.lower())
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


def prepare(raw: str, is_html: bool | None = None) -> tuple[str, str]:
    """Return (clean text with case and accents, folded text) for one page or passage."""
    if is_html is None:
        is_html = looks_like_html(raw)
    text = html_to_text(raw) if is_html else html.unescape(raw[: MAX_CHARS * 2])
    cleaned = clean_text(_STRUCK.sub(" ", text))
    cleaned = label_table_rows(label_stacked_cells(label_spaced_rows(cleaned)))
    return cleaned, fold(cleaned)
