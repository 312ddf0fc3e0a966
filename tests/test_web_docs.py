"""docs/web.md names every route, every filter and every ACLED parameter the app has."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from eventatlas.web import acled, api, pages, review, signin
from eventatlas.web.acled import acled_read
from eventatlas.web.filters import event_filters

DOC = Path(__file__).resolve().parents[1] / "docs" / "web.md"


@pytest.fixture(scope="module")
def text() -> str:
    return DOC.read_text(encoding="utf-8")


def routes() -> set[str]:
    routers = [api.router, api.reading, acled.router, signin.router, pages.router, review.router]
    return {
        route.path for router in routers for route in router.routes if isinstance(route, APIRoute)
    }


def test_web_docs_every_route(text: str) -> None:
    found = routes()
    assert {"/api/events", "/events/{event_id}", "/review", "/login"} <= found
    missing = [path for path in found if f"`{path}" not in text and f"`GET {path}" not in text]
    missing = [path for path in missing if f"POST {path}" not in text]
    assert missing == []


def test_web_docs_every_filter(text: str) -> None:
    names = [*inspect.signature(event_filters).parameters, "limit", "offset", "order"]
    assert [name for name in names if f"`{name}`" not in text] == []


def test_web_docs_every_acled_parameter(text: str) -> None:
    names = [name for name in inspect.signature(acled_read).parameters if name != "request"]
    names = ["_format" if name == "answer_format" else name for name in names]
    assert [name for name in names if f"`{name}`" not in text] == []


def test_web_docs_screenshots_exist(text: str) -> None:
    for name in ("screenshot-map.png", "screenshot-event.png"):
        assert f"({name})" in text
        assert (DOC.parent / name).stat().st_size > 10_000
