"""The map's incidents layer in a real browser: one marker for all reports of a happening."""

from __future__ import annotations

from typing import Any

import pytest
from live import LiveApp

pytestmark = pytest.mark.browser

TIMEOUT = 15_000


def test_browser_incidents_toggle(page: Any, live_app: LiveApp) -> None:
    page.goto(live_app.url("/?sub_event_type=Air/drone strike"))
    page.wait_for_function(
        "() => document.getElementById('summary').textContent.includes('selected')", timeout=TIMEOUT
    )
    events = int(page.get_attribute("#map", "data-markers"))
    page.check("#show-incidents")
    # The summary and the map are redrawn one after the other: wait for both.
    page.wait_for_function(
        "(events) => document.getElementById('summary').textContent.includes('incident')"
        " && document.getElementById('map').dataset.markers !== String(events)",
        arg=events,
        timeout=TIMEOUT,
    )
    incidents = int(page.get_attribute("#map", "data-markers"))
    # The two reports of the Abu Kamal strike are one incident, one marker.
    assert 0 < incidents < events
    assert "incident" in page.text_content("#summary")
    page.uncheck("#show-incidents")
    page.wait_for_function(
        "(events) => !document.getElementById('summary').textContent.includes('incident')"
        " && document.getElementById('map').dataset.markers === String(events)",
        arg=events,
        timeout=TIMEOUT,
    )
    assert int(page.get_attribute("#map", "data-markers")) == events
