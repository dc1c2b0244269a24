"""The wheel, as ``pip install .`` builds it: one import root, and it runs on its own.

The wheel goes into a fresh virtual environment with ``--no-deps``; the
dependencies are lent from the test run's own environment through a ``.pth``
line, so the check costs seconds and needs no package index.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CODE_FOLDERS = ["veille", "spiders", "storage", "scheduler", "notifications", "templates", "web"]

# Slow (builds a wheel); one xdist worker runs the whole module, so the wheel is built once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]


def _run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args], check=True, capture_output=True, text=True, **kwargs
    )


# What a fresh clone does not hold: local environments, build output, caches, git itself.
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "var", "__pycache__", ".*_cache", ".hypothesis"
)


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    """A fresh copy of the repository; the wheel is built from it, so parallel test
    workers never share a build folder."""
    copy = tmp_path_factory.mktemp("clone") / "veille"
    shutil.copytree(ROOT, copy, ignore=NOT_IN_A_CLONE)
    return copy


@pytest.fixture(scope="module")
def installed(tmp_path_factory, clone):
    """A fresh venv holding only the built wheel: (venv, site-packages, names before)."""
    work = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", work / "dist", clone)
    (wheel,) = (work / "dist").glob("veille-*.whl")
    venv = work / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    purelib = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    before = set(os.listdir(purelib))
    _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        venv / "bin" / "python",
        "install",
        "-q",
        "--no-deps",
        "--no-compile",
        wheel,
    )
    added = set(os.listdir(purelib)) - before
    # Dependencies from this environment, after the venv's own site-packages.
    lent = [p for p in site.getsitepackages() if Path(p).resolve() != purelib.resolve()]
    (purelib / "zz_lent_dependencies.pth").write_text("\n".join(lent) + "\n")
    return venv, purelib, added


def test_the_wheel_adds_only_veille(installed):
    _venv, _purelib, added = installed
    names = {n for n in added if not n.endswith((".dist-info", ".pth"))}
    assert names == {"veille"}


def test_every_code_folder_is_in_the_wheel(installed):
    """A subpackage forgotten in pyproject's list would be missing from the install."""
    _venv, purelib, _added = installed
    for folder in CODE_FOLDERS:
        for source in (ROOT / folder).rglob("*"):
            if source.suffix not in {".py", ".toml", ".html", ".txt", ".mako", ".css", ".svg"}:
                continue
            relative = source.relative_to(ROOT / folder)
            target = purelib / "veille" / (relative if folder == "veille" else folder / relative)
            assert target.is_file(), f"{source.relative_to(ROOT)} is not installed"


def test_console_script_migrations_and_templates_work_from_the_wheel(installed, tmp_path):
    venv, _purelib, _added = installed
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VEILLE_", "PYTHON"))}
    env["VEILLE_DATABASE_URL"] = f"sqlite:///{tmp_path / 'v.db'}"
    veille = venv / "bin" / "veille"

    def run(*args: str | Path) -> str:  # from an unrelated folder: the working copy is not used
        return _run(veille, *args, cwd=tmp_path, env=env).stdout

    assert "to revision" in run("db", "upgrade")
    where = _run(
        venv / "bin" / "python",
        "-c",
        "import veille.templates; print(veille.templates.__file__)",
        cwd=tmp_path,
        env=env,
    )
    assert where.stdout.startswith(str(venv))
    call = {
        "url": "https://example.org/appel",
        "title": "Année-recherche 2027",
        "deadlines": [{"date": "2099-03-18", "time": "17:00", "kind": "application"}],
        "categories": ["annee-recherche"],
    }
    (tmp_path / "calls.jsonl").write_text(json.dumps(call) + "\n")
    run("ingest", "demo", "calls.jsonl")
    run("subscribers", "add", "interne@example.org")
    text = run("digest", "preview", "interne@example.org", "--html", "digest.html")
    assert "Année-recherche 2027" in text and "18 mars 2099" in text
    assert "Année-recherche 2027" in (tmp_path / "digest.html").read_text()
    assert len(run("sources", "list", "--json")) > 1000  # the packaged registry
    assert "6. Digest of day 2" in run("demo", "--dir", "demo")  # the packaged demo sites
    assert len(list((tmp_path / "demo" / "outbox").glob("*.eml"))) == 2


FAC_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Année-recherche</title></head>
<body><main><h1>Année-recherche 2028 : appel à candidatures</h1>
<p>Les internes déposent leur dossier au plus tard le vendredi 17 mars 2028 à 12h00.</p>
</main></body></html>
"""


def test_the_source_kit_works_from_a_plain_install_in_a_clone(installed, clone, tmp_path):
    """docs/adding-a-source.md, followed with `pip install .`: new, check, the source's test."""
    venv, purelib, _added = installed
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VEILLE_", "PYTHON"))}
    env |= {"VEILLE_CRAWL_DELAY": "0", "VEILLE_CRAWL_RETRIES": "0"}
    veille = venv / "bin" / "veille"
    new = ["sources", "new", "fac-wheel", "--kind", "page"]
    url = "https://med.wheel.example/annee-recherche"

    def veille_in(cwd: Path, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [veille, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
        )

    outside = veille_in(tmp_path, *new, "--url", url)
    assert outside.returncode == 1
    assert outside.stderr.count("\n") == 1 and "needs a working copy of veille" in outside.stderr
    assert "fac-wheel" not in (purelib / "veille/spiders/sources.toml").read_text()
    assert not list(purelib.rglob("*fac-wheel*"))

    made = veille_in(clone / "spiders", *new, "--url", url)  # anywhere inside the clone
    assert made.returncode == 0, made.stderr
    assert '["fac-wheel"]' in (clone / "spiders/sources.toml").read_text()
    folder = clone / "tests/fixtures/sites/fac-wheel"
    (folder / "med.wheel.example/annee-recherche").write_text(FAC_PAGE)

    shown = veille_in(clone, "sources", "check", "fac-wheel", "--show")
    assert shown.returncode == 1 and "fill it in" in shown.stdout
    # the extraction workers import the installed veille, not the clone's folder
    assert "Traceback" not in shown.stderr, shown.stderr[-2000:]
    recorded = json.loads(shown.stdout[shown.stdout.index("[") :])
    assert recorded[0]["deadlines"][0] | {"precision": "day"} == {
        "date": "2028-03-17", "time": "12:00", "kind": "application", "precision": "day"
    }  # fmt: skip
    (folder / "expected.json").write_text(json.dumps(recorded, ensure_ascii=False, indent=2))
    checked = veille_in(clone, "sources", "check", "fac-wheel")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok   fac-wheel (1 items)" in checked.stdout

    # The doc's test command for a plain install: the installed veille is the one imported.
    python = venv / "bin" / "python"
    test = [python, "-P", "-m", "pytest", "--import-mode=append", "-p", "no:cacheprovider", "-q"]
    tested = subprocess.run(
        [*test, "tests/spiders", "-k", "fac-wheel"],
        cwd=clone, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert tested.returncode == 0, tested.stdout[-3000:]
    assert "1 passed" in tested.stdout
    where = _run(python, "-P", "-c", "import veille.spiders; print(veille.spiders.__file__)", cwd=clone, env=env)  # fmt: skip
    assert where.stdout.startswith(str(venv))
