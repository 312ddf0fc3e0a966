"""The web app in a real browser: map, filters, evidence, review, roles, escaping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from live import EXTRA_EVENTS, LiveApp
from test_web_fixtures import PASSWORD, SCRIPT_TITLE

pytestmark = pytest.mark.browser

ALL_EVENTS = 6 + EXTRA_EVENTS
TIMEOUT = 15_000


def open_map(page: Any, live_app: LiveApp, query: str = "") -> None:
    page.goto(live_app.url(f"/{query}"))
    page.wait_for_function(
        "() => document.getElementById('summary').textContent.includes('selected')", timeout=TIMEOUT
    )


def sign_in(page: Any, live_app: LiveApp, name: str, next_path: str) -> None:
    page.goto(live_app.url(f"/login?next={next_path}"))
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("form.stacked button[type=submit]")


def test_browser_map_shows_markers(page: Any, live_app: LiveApp, screenshots: Path) -> None:
    open_map(page, live_app)
    assert page.text_content("#summary").startswith(f"{ALL_EVENTS} events selected")
    page.wait_for_selector(".event-marker, .marker-cluster", timeout=TIMEOUT)
    assert page.get_attribute("#map", "data-markers") == str(ALL_EVENTS)
    shown = page.locator(".event-marker").count() + page.locator(".marker-cluster").count()
    assert shown > 0
    # The offline basemap: country outlines drawn from world-atlas.
    page.wait_for_function(
        "() => document.querySelectorAll('.leaflet-overlay-pane path').length > 100",
        timeout=TIMEOUT,
    )
    assert int(page.get_attribute("#timeline", "data-bars")) > 1
    page.screenshot(path=str(screenshots / "screenshot-map.png"))


def test_browser_filter_by_country(page: Any, live_app: LiveApp) -> None:
    open_map(page, live_app)
    assert page.get_attribute("#timeline", "data-events") == str(ALL_EVENTS)
    bars_before = page.get_attribute("#timeline", "data-bars")
    page.fill("input[name=country]", "Iraq")
    page.click("#filters button[type=submit]")
    page.wait_for_function(
        "() => document.getElementById('summary').textContent.startsWith('2 events')",
        timeout=TIMEOUT,
    )
    page.wait_for_function(
        "() => document.querySelectorAll('#events-table tbody tr').length === 2", timeout=TIMEOUT
    )
    countries = page.locator("#events-table tbody tr td:nth-child(7)").all_text_contents()
    assert countries == ["Iraq", "Iraq"]
    assert page.get_attribute("#timeline", "data-events") == "2"
    assert page.get_attribute("#timeline", "data-bars") != bars_before
    assert page.get_attribute("#map", "data-markers") == "2"
    assert "country=Iraq" in page.url
    assert page.get_attribute("#download-csv", "href") == "/api/events.csv?country=Iraq"


def test_browser_table_sorts_and_pages(page: Any, live_app: LiveApp) -> None:
    open_map(page, live_app)
    assert page.text_content("#page-info") == f"1–50 of {ALL_EVENTS}"
    page.click("#page-next")
    page.wait_for_function(
        f"() => document.getElementById('page-info').textContent.startsWith('51–{ALL_EVENTS}')",
        timeout=TIMEOUT,
    )
    page.click("button.sort[data-order=fatalities]")
    page.wait_for_function(
        "() => document.getElementById('page-info').textContent.startsWith('1–50')", timeout=TIMEOUT
    )
    deaths = page.locator("#events-table tbody tr td:nth-child(8)").all_text_contents()
    numbers = [int(value) for value in deaths if value.isdigit()]
    assert numbers[0] == 12 and numbers == sorted(numbers, reverse=True)


def test_browser_event_evidence(page: Any, live_app: LiveApp, screenshots: Path) -> None:
    page.goto(live_app.url("/events/EV-STRIKE"))
    evidence = page.locator("mark#evidence")
    assert evidence.is_visible()
    assert evidence.text_content() == (
        "Warplanes struck positions near Abu Kamal on Sunday, killing three fighters."
    )
    colour = evidence.evaluate("node => getComputedStyle(node).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert "a field source" in page.text_content("#claimed-by")
    assert page.locator("#other-reports a").count() == 1
    page.screenshot(path=str(screenshots / "screenshot-event.png"), full_page=True)


def test_browser_analyst_edits_type(page: Any, live_app: LiveApp) -> None:
    sign_in(page, live_app, "ann", "/events/EV-CLASH")
    assert page.url.endswith("/events/EV-CLASH")
    page.select_option("#edit-event-type", "Riots")
    # Picking a type moves the sub-type into it, so the pair stays valid.
    assert page.input_value("#edit-sub-event-type") == "Violent demonstration"
    page.fill("textarea[name=comment]", "stones and tyres, not guns")
    with page.expect_navigation():
        page.click("#review-save")
    page.reload()
    assert page.text_content("#event-type") == "Riots"
    assert page.text_content("#sub-event-type") == "Violent demonstration"
    rows = page.locator("#history tbody tr").all_text_contents()
    assert any("event_type" in row and "Battles" in row and "Riots" in row for row in rows)
    assert any("ann" in row and "stones and tyres, not guns" in row for row in rows)


def test_browser_viewer_cannot_edit(page: Any, live_app: LiveApp) -> None:
    sign_in(page, live_app, "vera", "/events/EV-PROTEST")
    assert page.locator("#review-form").count() == 0
    status = page.evaluate(
        """async () => {
            const token = document.querySelector("input[name=csrf_token]").value;
            const form = new URLSearchParams({csrf_token: token, action: "save",
                                              event_type: "Riots", sub_event_type: "Mob violence"});
            const response = await fetch("/events/EV-PROTEST/review", {method: "POST", body: form});
            return response.status;
        }"""
    )
    assert status == 403
    page.reload()
    assert page.text_content("#event-type") == "Protests"


def test_browser_script_title_is_text(page: Any, live_app: LiveApp) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live_app.url("/events/EV-ATTACK"))
    assert page.text_content("#article-title") == SCRIPT_TITLE
    assert "<script>x()</script>" in page.text_content("mark#evidence")
    assert page.locator("#article-text script, #article-text b").count() == 0
    open_map(page, live_app, "?country=Nigeria")
    page.click("#events-table tbody tr a")
    page.wait_for_url("**/events/EV-ATTACK")
    assert dialogs == []
