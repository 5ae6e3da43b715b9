"""A real browser: headless Chromium runs a saved query on the page at / and opens a state's page."""

from __future__ import annotations

import shutil

import pytest
from conftest import treatykg_server

pytestmark = [pytest.mark.browser, pytest.mark.server]

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture()
def browser(tmp_path):
    if CHROMIUM is None or DRIVER is None:
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_run_a_saved_query_and_open_a_state_page(browser, served_store, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    with treatykg_server(served_store) as url:
        browser.get(f"{url}/")
        WebDriverWait(browser, 30).until(ready.presence_of_element_located((By.CSS_SELECTOR, ".yasqe .CodeMirror")))
        browser.find_element(By.ID, "example-operative-paragraphs").click()
        table = WebDriverWait(browser, 30).until(
            ready.presence_of_element_located((By.CSS_SELECTOR, ".yasr table tbody tr")))
        assert "Urges" in browser.find_element(By.CSS_SELECTOR, ".yasr table").text, table.text
        browser.save_screenshot(str(tmp_path / "query-page.png"))

        browser.get(f"{url}/id/state/PAK")
        chart = browser.find_element(By.ID, "vote-chart")
        assert chart.is_displayed() and len(chart.find_elements(By.TAG_NAME, "circle")) >= 3
        browser.save_screenshot(str(tmp_path / "state-page.png"))
        assert (tmp_path / "state-page.png").stat().st_size > 0
