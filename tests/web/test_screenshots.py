"""Every page of the subscriber's journey at phone and desktop width: fits, and is pictured.

The PNGs go to ``VEILLE_SCREENSHOTS_DIR`` when set (docs/web/ is made so:
``VEILLE_SCREENSHOTS_DIR=docs/web pytest tests/web/test_screenshots.py``),
else to a temporary folder. At 390 px nothing may be wider than the screen.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.digestkit import subscribe
from tests.web.conftest import Client, click_and_wait, picture_pages
from veille.notifications.message import links_for
from veille.notifications.welcome import confirm_url
from veille.storage.models import Subscriber

pytestmark = pytest.mark.slow


def test_pages_fit_a_phone_and_are_pictured(site, browser, tmp_path):
    folder = Path(os.environ.get("VEILLE_SCREENSHOTS_DIR") or tmp_path / "shots")
    subscribe(
        site.db, "marie.interne@example.org", categories=["bourse", "m2"], regions=["bretagne"]
    )
    with site.db.session() as session:
        person = session.query(Subscriber).one()
        links = links_for(site.settings, person)
        person.confirmed = False  # a confirmation page to show
        confirm = confirm_url(site.settings, person)

    def sign_up_done():
        browser.get(site.url + "/")
        browser.find_element(By.ID, "email").send_keys("paul.externe@example.org")
        click_and_wait(
            browser, browser.find_element(By.CSS_SELECTOR, "#inscription button[type=submit]")
        )

    def sign_up_error():
        browser.get(site.url + "/")
        browser.execute_script("document.getElementById('inscription').noValidate = true")
        browser.find_element(By.ID, "email").send_keys("marie@")
        click_and_wait(
            browser, browser.find_element(By.CSS_SELECTOR, "#inscription button[type=submit]")
        )

    def save_preferences():
        browser.get(links.preferences)
        click_and_wait(browser, browser.find_element(By.ID, "enregistrer"))

    def unsubscribed():
        Client(site).request("POST", links.unsubscribe, b"List-Unsubscribe=One-Click")
        browser.get(links.unsubscribe)
        click_and_wait(browser, browser.find_element(By.ID, "desabonner"))

    pages = {
        "inscription": lambda: browser.get(site.url + "/"),
        "inscription-erreur": sign_up_error,
        "verifiez-vos-courriels": sign_up_done,
        "confirmation": lambda: browser.get(confirm),
        "preferences": lambda: browser.get(links.preferences),
        "preferences-enregistrees": save_preferences,
        "desabonnement": lambda: browser.get(links.unsubscribe),
        "desabonne": unsubscribed,
        "lien-non-valable": lambda: browser.get(site.url + "/desabonnement/abc"),
    }
    picture_pages(browser, pages, folder)
