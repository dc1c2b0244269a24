"""The skeleton of the site: served for real, safe headers, the layout and its stylesheet."""

from __future__ import annotations

import re
import signal
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from tests import processes
from tests.digestkit import SECRET, free_port
from veille.web.security import HEADERS

pytestmark = pytest.mark.slow


def fetch(url: str, **kwargs) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, **kwargs)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_every_answer_carries_the_security_headers(site):
    for path in ("/", "/static/style.css", "/nulle-part"):
        _, headers, _ = fetch(site.link(path))
        lowered = {k.lower(): v for k, v in headers.items()}
        for name, value in HEADERS.items():
            assert lowered[name] == value, (path, name)
    assert "frame-ancestors 'none'" in HEADERS["content-security-policy"]
    assert "unsafe-inline" not in HEADERS["content-security-policy"]


def test_unknown_page_is_a_french_404(site):
    status, _, body = fetch(site.link("/nulle-part"))
    assert status == 404 and "Cette page n’existe pas." in body


def test_pages_hold_no_inline_script_or_style(site):
    _, _, body = fetch(site.link("/"))
    assert "<script" not in body and "<style" not in body and " style=" not in body


def test_layout_and_stylesheet_apply_in_the_browser(site, browser):
    browser.get(site.link("/"))
    assert browser.title.endswith("Veille recherche")
    background = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(243, 244, 246)"  # from /static/style.css, so the CSP let it in


def _env(tmp_path, port, **extra):
    return {
        "VEILLE_DATABASE_URL": f"sqlite:///{tmp_path / 'veille.db'}",
        "VEILLE_OUTBOX_DIR": str(tmp_path / "outbox"),
        "VEILLE_HTTP_PORT": str(port),
        "VEILLE_BASE_URL": f"http://127.0.0.1:{port}",
        "VEILLE_SECRET_KEY": SECRET,
        **extra,
    }


def _wait_for_page(url: str, process: subprocess.Popen, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            if fetch(url)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} never answered")


@pytest.mark.parametrize("command", [("run",), ("serve",)])
def test_pages_are_served_and_stop_cleanly_on_sigterm(tmp_path, command):
    port = free_port()
    registry = tmp_path / "sources.toml"
    registry.write_text("")
    env = _env(tmp_path, port, VEILLE_REGISTRY=str(registry))
    process = processes.start(*command, cwd=tmp_path, env=env)
    try:
        _wait_for_page(f"http://127.0.0.1:{port}/", process)
        assert "Recevoir les appels" in fetch(f"http://127.0.0.1:{port}/")[2]
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=40)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


@pytest.mark.parametrize("missing", ["VEILLE_BASE_URL", "VEILLE_SECRET_KEY"])
@pytest.mark.parametrize("command", [("run",), ("serve",)])
def test_pages_refuse_to_start_without_base_url_or_secret_key(tmp_path, command, missing):
    env = _env(tmp_path, free_port())
    del env[missing]
    result = processes.run(*command, cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert re.fullmatch(
        rf"veille: the pages cannot start without {missing}[^\n]*\.\n", result.stderr
    )


def test_a_port_in_use_is_one_sentence(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = processes.run("serve", cwd=tmp_path, env=_env(tmp_path, port))
    assert result.returncode == 2, result.stderr
    assert "cannot listen on 127.0.0.1:" in result.stderr and "Traceback" not in result.stderr
