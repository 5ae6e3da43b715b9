"""A real browser: headless Chromium fills in and runs saved queries on /, reads a treaty's and a
state's charts, meets a 404, and reads the server from another origin (CORS). Screenshots of each
page are written to /tmp/treatykg-screenshots/ for people to look at."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest
from conftest import cli, treatykg_server

from treatykg import iris

pytestmark = [pytest.mark.browser, pytest.mark.server]

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
SCREENSHOTS = Path("/tmp/treatykg-screenshots")


@pytest.fixture()
def browser(tmp_path):
    if CHROMIUM is None or DRIVER is None:
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def url(pages_store):
    with treatykg_server(pages_store) as base:
        yield base


def screenshot(browser, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    browser.save_screenshot(str(path))
    assert path.stat().st_size > 0
    return path


def query_rows(store: Path, name: str, *params: str) -> list[dict[str, str]]:
    """The saved query's rows as the CLI gives them."""
    result = cli("query", name, "--store", store, "--format", "csv", *(f"--param={p}" for p in params))
    assert result.exit_code == 0, result.output + result.stderr
    return list(csv.DictReader(result.output.splitlines()))


def wait(browser, condition, seconds: float = 30):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, seconds, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def open_saved_query(browser, url: str, name: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready

    browser.get(f"{url}/")
    wait(browser, ready.presence_of_element_located((By.CSS_SELECTOR, ".yasqe .CodeMirror")))
    assert browser.execute_script("return window.scrollY") == 0  # the page opens on the saved queries
    section = browser.find_element(By.ID, f"example-{name}")
    section.find_element(By.TAG_NAME, "summary").click()
    return section


def test_a_saved_query_runs_with_a_name_resolved_and_answers_under_its_form(browser, url, pages_store):
    from selenium.webdriver.common.by import By

    section = open_saved_query(browser, url, "voting-history")
    field = section.find_element(By.NAME, "state")
    field.clear()
    field.send_keys("Pakistan")
    section.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    results = section.find_element(By.CLASS_NAME, "results")
    wait(browser, lambda _: results.find_elements(By.CSS_SELECTOR, "table tbody tr"))
    rows = results.find_elements(By.CSS_SELECTOR, "table tbody tr")
    expected = query_rows(pages_store, "voting-history", "state=PAK")
    assert len(rows) == len(expected) > 300
    assert {row.find_elements(By.TAG_NAME, "td")[0].text for row in rows} == {"PAK"}
    form_top, top, bottom, height = browser.execute_script(
        "const [form, out] = arguments; const box = out.getBoundingClientRect();"
        "return [form.getBoundingClientRect().top, box.top, box.bottom, window.innerHeight]",
        section.find_element(By.TAG_NAME, "form"),
        results,
    )
    assert 0 <= form_top < top < height and bottom <= height + 1  # the form and its answer under it are in view
    screenshot(browser, "query-form-answer")

    section.find_element(By.CLASS_NAME, "to-editor").click()  # the same bound query, in the editor
    editor = "return document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue()"
    wait(browser, lambda b: f"<{iris.state('PAK')}>" in b.execute_script(editor))
    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, ".yasr table tbody tr"))
    assert "A/RES/45/100" in browser.find_element(By.CSS_SELECTOR, ".yasr table").text


def test_a_required_parameter_is_never_run_without_it(browser, url):
    from selenium.webdriver.common.by import By

    section = open_saved_query(browser, url, "participation")
    assert "(required)" in section.find_element(By.TAG_NAME, "form").text
    treaty = section.find_element(By.NAME, "treaty")
    treaty.clear()
    section.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    results = section.find_element(By.CLASS_NAME, "results")
    assert (
        browser.execute_script("return arguments[0].checkValidity()", section.find_element(By.TAG_NAME, "form"))
        is False
    )
    assert results.text == ""  # the browser did not send it
    # Past the browser's check, the server refuses it too, and says why.
    browser.execute_script("arguments[0].noValidate = true", section.find_element(By.TAG_NAME, "form"))
    section.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser, lambda _: results.find_elements(By.CLASS_NAME, "error"))
    assert results.text == "treaty: required by query participation"
    treaty.send_keys("Atlantis Convention")
    section.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser, lambda _: "Atlantis" in results.text)
    assert "no treaty of that name" in results.text and not results.find_elements(By.TAG_NAME, "table")
    screenshot(browser, "query-form-refused")


def test_treaty_page_steps_are_the_changes_in_the_number_of_parties(browser, url, pages_store):
    from selenium.webdriver.common.by import By

    browser.get(f"{url}/id/treaty/ccm")
    chart = browser.find_element(By.ID, "party-chart")
    assert chart.is_displayed()
    points = [
        (p.get_attribute("data-date"), int(p.get_attribute("data-count")))
        for p in chart.find_elements(By.CSS_SELECTOR, "circle.step")
    ]
    assert len(points) >= 3
    previous = 0
    for day, count in points:  # each point is a change of the parties the saved query counts
        before = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
        assert (
            sum(r["status"] == "party" for r in query_rows(pages_store, "participation", "treaty=CCM", f"as_of={day}"))
            == count
        )
        assert (
            sum(
                r["status"] == "party"
                for r in query_rows(pages_store, "participation", "treaty=CCM", f"as_of={before}")
            )
            == previous
        )
        previous = count
    standing = browser.find_elements(By.CSS_SELECTOR, "#standing tbody tr")
    assert sum(row.find_elements(By.TAG_NAME, "td")[1].text == "party" for row in standing) == points[-1][1]
    screenshot(browser, "treaty-page")

    field = browser.find_element(By.NAME, "on")
    browser.execute_script("arguments[0].value = '2012-01-01'", field)
    browser.find_element(By.CSS_SELECTOR, "form.on-date button").click()
    wait(browser, lambda b: "on 2012-01-01" in b.find_element(By.ID, "standing-heading").text)
    then = query_rows(pages_store, "participation", "treaty=CCM", "as_of=2012-01-01")
    shown = {
        row.find_elements(By.TAG_NAME, "td")[0].text.split()[-1]: row.find_elements(By.TAG_NAME, "td")[1].text
        for row in browser.find_elements(By.CSS_SELECTOR, "#standing tbody tr")
    }
    assert shown == {row["state"]: row["status"] for row in then}


def test_state_vote_chart_stays_readable_with_hundreds_of_votes(browser, url, pages_store):
    from selenium.webdriver.common.by import By

    browser.get(f"{url}/id/state/PAK")
    chart = browser.find_element(By.ID, "vote-chart")
    bars = chart.find_elements(By.CSS_SELECTOR, "rect.vote-bar")
    votes = query_rows(pages_store, "voting-history", "state=PAK")
    assert len(votes) > 300
    assert sum(int(bar.get_attribute("data-count")) for bar in bars) == len(votes)
    assert chart.size["width"] <= browser.execute_script("return document.documentElement.clientWidth")
    lanes: dict[str, list[tuple[float, float]]] = {}
    for bar in bars:
        x, width = float(bar.get_attribute("x")), float(bar.get_attribute("width"))
        lanes.setdefault(bar.get_attribute("data-option"), []).append((x, x + width))
        assert bar.size["height"] >= 4 and bar.size["width"] >= 3  # each bar big enough to see and point at
    for spans in lanes.values():  # no bar hides another
        spans.sort()
        assert all(left[1] <= right[0] for left, right in zip(spans, spans[1:]))
    ticks = [
        (int(t.text), float(t.get_attribute("x"))) for t in chart.find_elements(By.TAG_NAME, "text") if t.text.isdigit()
    ]
    (first_year, first_x), (last_year, last_x) = ticks[0], ticks[-1]
    per_year = (last_x - first_x) / (last_year - first_year)
    assert all(abs(x - first_x - (year - first_year) * per_year) < 1 for year, x in ticks)  # a linear time axis
    step = ticks[1][0] - first_year
    assert first_year <= int(min(v["date"] for v in votes)[:4]) and last_year + step > int(
        max(v["date"] for v in votes)[:4]
    )
    screenshot(browser, "state-page")


def test_an_unknown_entity_is_a_not_found_page(browser, url):
    from selenium.webdriver.common.by import By

    browser.get(f"{url}/id/state/XXX")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Not found"
    browser.get(f"{url}/ontology")
    assert browser.find_element(By.ID, "State").is_displayed()
    screenshot(browser, "ontology-page")


CROSS_ORIGIN_FETCH = """
const [target, init, done] = arguments;
fetch(target, init).then(async (r) => done([r.status, await r.text()])).catch((e) => done(["blocked", String(e)]));
"""


def test_other_sites_may_read_but_not_update(browser, pages_store):
    from urllib.parse import quote

    with treatykg_server(pages_store, "--update-token", "s3cret") as url:
        other_origin = url.replace("127.0.0.1", "localhost")  # another host name: another origin
        browser.get(f"{other_origin}/static/yasgui/package.json")

        def fetch(path: str, **init) -> list:
            return browser.execute_async_script(CROSS_ORIGIN_FETCH, f"{url}{path}", init)

        status, body = fetch(
            "/sparql?query=" + quote("ASK { ?s a tkg:Treaty }"), headers={"Accept": "application/sparql-results+json"}
        )
        assert (status, '"boolean":true' in body.replace(" ", "")) == (200, True)
        status, body = fetch(
            "/sparql",
            method="POST",
            body="SELECT ?s WHERE { ?s a tkg:State } LIMIT 1",
            headers={"Content-Type": "application/sparql-query"},
        )  # preflighted
        assert status == 200 and "results" in body
        assert fetch("/id/state/PAK", headers={"Accept": "text/turtle"})[0] == 200
        update = fetch(
            "/sparql",
            method="POST",
            body="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"},
        )
        assert update[0] == "blocked"
        form_update = fetch(
            "/sparql",
            method="POST",
            body="update=" + quote("INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert form_update[0] == "blocked"  # sent (no preflight) but refused without the token, unreadable
        assert fetch("/sparql?query=" + quote("ASK { <urn:a> <urn:b> <urn:c> }"))[1].count("false") == 1
