"""What the spider tests share: quick crawl settings and small fixture trees written on the fly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from veille.settings import Settings, load_settings
from veille.spiders.registry import Registry, Source

# The working copy's files, also when veille itself is installed from a wheel.
ROOT = Path(__file__).resolve().parents[2]
SITES = ROOT / "tests" / "fixtures" / "sites"
REGISTRY_FILE = ROOT / "spiders" / "sources.toml"


def quick_settings(**overrides: Any) -> Settings:
    """Polite in shape, fast in time: no delays, tiny backoff, short timeouts."""
    values: dict[str, Any] = {
        "crawl_delay": 0,
        "crawl_backoff": 0.01,
        "crawl_retry_max_delay": 0.3,
        "crawl_timeout": 3,
        "crawl_retries": 1,
        "contact_email": "tests@veille.example",
    }
    values.update(overrides)
    return load_settings(**values)


def write_site(root: Path, source_id: str, files: dict[str, str | bytes | dict]) -> None:
    """Files of one source's fixture tree: ``host/path`` → body, or a sidecar dict (``.http.toml``)."""
    for relative, content in files.items():
        path = root / source_id / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, dict):
            path.write_text(_toml(content), encoding="utf-8")
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def _toml(data: dict) -> str:
    lines, tables = [], []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append((key, value))
        else:
            lines.append(f"{key} = {json.dumps(value)}")
    for key, table in tables:
        lines.append(f"[{key}]")
        lines += [f"{k!r} = {json.dumps(v)}".replace("'", '"') for k, v in table.items()]
    return "\n".join(lines) + "\n"


def registry_of(*sources: dict[str, Any]) -> Registry:
    defaults = {"organisation": "Test", "categories": ["bourse"], "kind": "page"}
    return Registry([Source(**{**defaults, "name": s["id"], **s}) for s in sources], Path("test"))


def listing_page(items: list[tuple[str, str, str]]) -> str:
    """A plain list page: (href, title, text with dates) per item."""
    rows = "\n".join(
        f'<li class="call"><a href="{href}">{title}</a><p>{text}</p></li>'
        for href, title, text in items
    )
    return f"<html><head><meta charset='utf-8'></head><body><ul>{rows}</ul></body></html>"
