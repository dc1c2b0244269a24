"""Running ``veille`` as a separate process, as a person or an operator does.

The environment is the test run's own minus every ``VEILLE_*`` variable, so a
setting leaking from the developer's shell never changes what a test sees.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def clean_env(env: dict[str, str] | None = None) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    values.update(env or {})
    return values


def run(
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess:
    """``veille ARGS…`` to its end, output captured."""
    return subprocess.run(
        [sys.executable, "-m", "veille", *args],
        check=False,
        cwd=cwd,
        env=clean_env(env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    """``veille ARGS…`` left running (a worker), output captured."""
    return subprocess.Popen(
        [sys.executable, "-m", "veille", *args],
        cwd=cwd,
        env=clean_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
