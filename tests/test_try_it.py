"""The README's "try it without internet" recipe, line by line, as a newcomer pastes it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.processes import clean_env

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT / "tests" / "fixtures" / "sites"

pytestmark = pytest.mark.slow  # starts veille processes and crawls every fixture site


def readme_block(marker: str) -> list[str]:
    """The lines of the first code block after ``marker`` in the README."""
    after = (ROOT / "README.md").read_text(encoding="utf-8").split(marker, 1)[1]
    block = after.split("```", 2)[1]
    return [line for line in block.splitlines()[1:] if line.strip()]


def test_the_try_it_recipe_crawls_the_fixtures_and_previews_a_digest(tmp_path):
    lines = readme_block("<!-- try it -->")
    assert len(lines) == 3
    # The repository root as the recipe expects it: .venv/bin/veille and the fixture tree.
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "veille").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m veille "$@"\n')
    (bin_dir / "veille").chmod(0o755)
    (tmp_path / "tests" / "fixtures").mkdir(parents=True)
    (tmp_path / "tests" / "fixtures" / "sites").symlink_to(SITES)

    for line in lines:
        done = subprocess.run(
            ["bash", "-c", line], cwd=tmp_path, env=clean_env(), capture_output=True,
            text=True, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode == 0, f"{line}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"

    preview = (tmp_path / "apercu.html").read_text(encoding="utf-8")
    # Calls the fixture sources hold are in the digest (each section shows its nearest few).
    titles = {
        call["title"]
        for expected in SITES.glob("*/expected.json")
        for call in json.loads(expected.read_text())
    }
    assert sum(title in preview for title in titles) >= 10
    assert (tmp_path / "var" / "veille.db").is_file()
