"""The real site for tests: uvicorn on 127.0.0.1, a real database, SMTP server and Chromium.

``site`` serves ``create_app`` on a free port from a thread of its own (its own
event loop, as the worker's would be), over the ``database_url`` fixture's
database (a SQLite file, or a PostgreSQL schema). Its settings send mail
through ``smtp``, the aiosmtpd server of tests/digestkit.py, which keeps the
raw bytes it receives. ``browser`` is headless Chromium driven by Selenium;
tests using it are skipped, with the reason, only when Chromium is absent.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.digestkit import SmtpServer, free_port, settings_for
from veille.settings import Settings
from veille.storage import Database
from veille.web.app import create_app
from veille.web.server import WebServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
NO_CHROMIUM = (
    "Chromium and its driver are not installed "
    "(apt-get install chromium chromium-driver; .ci/run does it)"
)
PHONE, DESKTOP = (390, 844), (1280, 900)


@dataclass
class Site:
    url: str
    db: Database
    settings: Settings
    smtp: SmtpServer

    def link(self, path: str) -> str:
        return f"{self.url}{path}"


class ServerThread:
    """A WebServer on a loop in a background thread, so the test thread can drive a browser."""

    def __init__(self, server: WebServer):
        self.server = server
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def start(self) -> None:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(timeout=20)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.server.stop(), self.loop).result(timeout=20)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=20)
        self.loop.close()


@pytest.fixture
def smtp(tmp_path) -> Iterator[SmtpServer]:
    server = SmtpServer(tmp_path).start()
    yield server
    server.stop()


def site_settings(database_url: str, tmp_path: Path, smtp: SmtpServer, port: int, **extra):
    return settings_for(
        database_url,
        tmp_path,
        base_url=f"http://127.0.0.1:{port}",
        smtp_url=smtp.url,
        smtp_ca_file=smtp.ca_file,
        **extra,
    )


@pytest.fixture
def site(db, database_url, tmp_path, smtp) -> Iterator[Site]:
    """The whole site, served for real; ``site.smtp.inbox`` holds what it sent."""
    port = free_port()
    settings = site_settings(database_url, tmp_path, smtp, port)
    runner = ServerThread(WebServer(create_app(settings, db), "127.0.0.1", port))
    runner.start()
    yield Site(f"http://127.0.0.1:{port}", db, settings, smtp)
    runner.stop()


@pytest.fixture
def browser():
    """Headless Chromium; after the test, any script or CSP error it logged fails the test."""
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(NO_CHROMIUM)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="veille-chromium-")
    for flag in (
        "--headless=new",
        "--no-sandbox",  # the tests run as root in CI
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
        "--lang=fr-FR",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
    # The browser's own widgets (a date field) follow its locale: French, as the people are.
    service = Service(CHROMEDRIVER, env={**os.environ, "LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"})
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
        problems = [
            e["message"]
            for e in driver.get_log("browser")
            if e["level"] == "SEVERE" and not _expected_status(e["message"])
        ]
        assert not problems, f"the browser reported errors: {problems}"
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _expected_status(message: str) -> bool:
    """A page answered 4xx on purpose (a refused form, a bad link); its stylesheet must not."""
    return "/static/" not in message and bool(
        re.search(r"responded with a status of 4\d\d", message)
    )


def screenshot(driver, path: Path, width: int) -> None:
    """The whole page at ``width`` CSS pixels, as a PNG (for docs/web/)."""
    driver.set_window_size(width, 900)
    chrome = driver.execute_script("return window.outerHeight - window.innerHeight")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, max(height, 600) + chrome)
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))


def picture_pages(driver, pages: dict, folder: Path) -> None:
    """Each page at phone and desktop width: it must fit the phone, and is saved as PNG."""
    for name, show in pages.items():
        for label, (width, _) in (("telephone", PHONE), ("ordinateur", DESKTOP)):
            driver.set_window_size(width, 900)
            show()
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 0, f"{name} is {overflow} px too wide at {width} px"
            path = folder / f"{name}-{label}.png"
            screenshot(driver, path, width)
            assert path.stat().st_size > 5_000


class Client:
    """A plain HTTP client with cookies, for what a browser is not needed for (tokens, CSRF)."""

    def __init__(self, site: Site, address: str = "127.0.0.1"):
        import http.cookiejar
        import urllib.request

        self.site = site
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, method: str, path: str, data: bytes | None = None, headers=None):
        """(status, body) of one request; never raises on 4xx/5xx."""
        import urllib.error
        import urllib.request

        url = path if path.startswith("http") else self.site.link(path)
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with self.opener.open(request, timeout=30) as answer:
                return answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def get(self, path: str):
        return self.request("GET", path)

    def post_form(self, path: str, fields: list[tuple[str, str]] | dict):
        from urllib.parse import urlencode

        return self.request(
            "POST",
            path,
            urlencode(fields).encode(),
            {"content-type": "application/x-www-form-urlencoded"},
        )

    def csrf(self, path: str = "/") -> str:
        import re

        _, body = self.get(path)
        return re.search(r'name="csrf" value="([^"]+)"', body).group(1)


def links_in(text: str) -> list[str]:
    import re

    return re.findall(r"https?://\S+", text)


def shown(driver, by, value, timeout: float = 30):
    """The element once the page that holds it has loaded (a click navigates asynchronously)."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(
        expected_conditions.presence_of_element_located((by, value))
    )


def click_and_wait(driver, element, timeout: float = 30) -> None:
    """Click what submits a form and wait until the next page replaced this one."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def replaced(_driver) -> bool:
        try:
            element.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as exc:
            # Chromium's other way of saying the element's page is gone.
            if "does not belong to the document" in str(exc):
                return True
            raise
        return False

    element.click()
    WebDriverWait(driver, timeout).until(replaced)
