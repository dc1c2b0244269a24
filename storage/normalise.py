"""What makes two URLs or two texts "the same" for change detection.

A call is known by its canonical URL; its title and summary are compared
after removing what changes without meaning (white space, case, view
counters, "mis à jour le …" stamps), so that noise never becomes an event.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say how a visitor arrived, not what page they see.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_hsenc",
        "_hsmi",
        "ref",
        "ref_src",
        "xtor",
        "at_medium",
        "at_campaign",
        "sessionid",
        "phpsessid",
        "jsessionid",
        "sid",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "at_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case host, no fragment, no tracking, no trailing slash."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL")
    host = parts.hostname.lower().rstrip(".")
    if parts.port and parts.port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{parts.port}"
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(
        sorted(
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if key.lower() not in _TRACKING_PARAMS
            and not key.lower().startswith(_TRACKING_PREFIXES)
        )
    )
    return urlunsplit((scheme, host, path, query, ""))


# Noise that sites add to a text and change without the call changing.
_NOISE = [
    # "Mis à jour le 3 mars 2026", "Dernière mise à jour : 03/03/2026 à 10h12", "Modifié le …"
    (
        r"(derni[eè]re\s+)?(mis[e]?\s+[aà]\s+jour|modifi[ée]e?)\s*(le|:)?\s*"
        r"[0-9]{1,2}(er)?[\s./-]*([0-9]{1,2}|[a-zéû.]+)[\s./-]*([0-9]{2,4})?"
        r"(\s*(à|a|-)?\s*[0-9]{1,2}\s*[h:]\s*[0-9]{0,2})?"
    ),
    # "Vu 1 234 fois", "1 234 vues", "325 lectures", "Lu 12 fois", "12 commentaires"
    r"\b(vu|lu|consult[ée]e?)\s+[0-9][0-9\s.]*\s+fois\b",
    r"\b[0-9][0-9\s.]*\s+(vues?|lectures?|visites?|consultations?|commentaires?|views?)\b",
    r"\b(views?|hits?)\s*:\s*[0-9][0-9\s.,]*",
]
_NOISE_RE = re.compile("|".join(f"(?:{p})" for p in _NOISE), re.IGNORECASE)
_WORD_RE = re.compile(r"\w+")


def text_key(text: str | None) -> str:
    """The text as compared for change: its words, case folded, noise and punctuation left out."""
    if not text:
        return ""
    text = _NOISE_RE.sub(" ", unicodedata.normalize("NFKC", text))
    return " ".join(_WORD_RE.findall(text.casefold()))


def title_key(title: str) -> str:
    """A title reduced to its letters and digits, for matching one call listed by two sources."""
    text = unicodedata.normalize("NFKD", text_key(title))
    return "".join(ch for ch in text if not unicodedata.combining(ch))[:500]


def content_key(title: str, summary: str | None) -> str:
    """A short fingerprint of what a source says about a call, noise removed."""
    raw = f"{text_key(title)}\x1f{text_key(summary)}"
    return hashlib.sha256(raw.encode()).hexdigest()
