"""A live app in a thread and Debian's chromium driven by Playwright, for the browser tests.

Skips, saying why, when /usr/bin/chromium, Playwright or the front-end files
(``npm ci && scripts/build-web``) are missing. Nothing downloads a browser.
Set ``EVENTATLAS_SCREENSHOTS=DIR`` to keep the screenshots the tests take
(``docs/`` holds the committed ones).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live import CHROMIUM, CHROMIUM_ARGS, EXTRA_EVENTS, LiveApp, extra_report
from test_web_fixtures import fill

from eventatlas.settings import Settings
from eventatlas.store import Store
from eventatlas.web.workbench import vendor_missing


def _needs() -> str | None:
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing: apt-get install chromium"
    if vendor_missing():
        return (
            f"front-end files missing ({', '.join(vendor_missing())}): npm ci && scripts/build-web"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install playwright (no browser download needed)"
    return None


@pytest.fixture(scope="session")
def live_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApp]:
    """The app over a store of the samples plus extra reports, readable without signing in."""
    reason = _needs()
    if reason:
        pytest.skip(reason)
    path = tmp_path_factory.mktemp("browser") / "browser.db"
    with Store.open(str(path)) as store:
        fill(store)
        for number in range(EXTRA_EVENTS):
            store.save(*extra_report(number))
        settings = Settings(secret_key="browser-test", public=True, cache_dir=path.parent)
        with LiveApp(store, settings) as app:
            yield app


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless."""
    reason = _needs()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, live_app: LiveApp) -> Iterator[Any]:
    """A fresh browser context (no cookies) and page; fails the test on a page error."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    errors: list[str] = []
    outside: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on(
        "request",
        lambda request: (
            None if request.url.startswith(live_app.url("")) else outside.append(request.url)
        ),
    )
    yield opened
    context.close()
    assert errors == [], f"errors in the page: {errors}"
    assert outside == [], f"the page fetched from outside the app: {outside}"


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where to save screenshots: EVENTATLAS_SCREENSHOTS when set, else tmp_path."""
    chosen = os.environ.get("EVENTATLAS_SCREENSHOTS")
    target = Path(chosen) if chosen else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    return target
