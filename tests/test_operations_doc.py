"""docs/operations.md and .env.example list every setting the code reads, and nothing else."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from veille.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parents[1]
# Read straight from the environment rather than through the settings class.
OUTSIDE_THE_CLASS = {f"{ENV_PREFIX}CONFIG"}


def settings_variables() -> set[str]:
    return {f"{ENV_PREFIX}{name.upper()}" for name in Settings.model_fields} | OUTSIDE_THE_CLASS


def table_rows() -> dict[str, list[str]]:
    text = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    table = text.split("<!-- settings table -->", 1)[1].strip().split("\n\n", 1)[0]
    rows = {}
    for line in table.splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        rows[cells[0].strip("`")] = cells
    return rows


def test_every_setting_has_a_row_with_a_default_and_a_meaning():
    rows = table_rows()
    missing = sorted(settings_variables() - rows.keys())
    assert not missing, (
        "docs/operations.md's settings table has no row for "
        + ", ".join(missing)
        + ": add `| `NAME` | default | meaning |` under <!-- settings table -->"
    )
    unknown = sorted(rows.keys() - settings_variables())
    assert not unknown, f"docs/operations.md lists settings the code does not have: {unknown}"
    empty = sorted(name for name, cells in rows.items() if len(cells) != 3 or not all(cells))
    assert not empty, f"rows without a default or a meaning: {empty}"


def test_the_documented_defaults_are_the_code_s():
    rows = table_rows()
    for name, field in Settings.model_fields.items():
        default = field.default
        if default is None:
            continue
        shown = rows[f"{ENV_PREFIX}{name.upper()}"][1]
        value = str(default).removesuffix(".0")
        assert value in shown or value.removeprefix("var/") in shown, (
            f"{ENV_PREFIX}{name.upper()} defaults to {default!r} but the table says {shown}"
        )


def test_env_example_names_every_setting():
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    named = set(re.findall(rf"^#? ?({ENV_PREFIX}[A-Z_]+)=", text, flags=re.MULTILINE))
    missing = sorted(settings_variables() - named)
    assert not missing, f".env.example has no line for {', '.join(missing)}: add `# NAME=default`"
    assert not named - settings_variables() - {f"{ENV_PREFIX}IMAGE"}, sorted(named)


def test_the_image_lock_pins_every_dependency_and_ci_builds_every_code_folder():
    """The image installs requirements.lock alone (no resolution): a dependency added to
    pyproject.toml but not pinned there would be missing from the image."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = {_name(dep) for dep in project["project"]["dependencies"]}
    pinned = {_name(line) for line in (ROOT / "requirements.lock").read_text().splitlines()}
    assert not wanted - pinned, f"add to requirements.lock: {sorted(wanted - pinned)}"
    copied = (ROOT / ".ci" / "docker-check").read_text()
    allowed = (ROOT / ".dockerignore").read_text().splitlines()
    for folder in project["tool"]["setuptools"]["package-dir"].values():
        assert f" {folder} " in copied, f".ci/docker-check does not copy {folder}/ into the image"
        assert f"!{folder}/" in allowed, f".dockerignore leaves {folder}/ out of the build context"


def _name(requirement: str) -> str:
    """'psycopg[binary]>=3.1' -> 'psycopg'; names compared as pip does (PEP 503)."""
    name = re.split(r"[\[<>=!~;\s]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()
