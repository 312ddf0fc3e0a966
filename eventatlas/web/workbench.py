"""The web app's state: store, settings, templates, sessions and gazetteer.

One :class:`Workbench` is built by ``create_app`` and kept on
``app.state``; routes reach it with :func:`workbench`. The gazetteer is
opened on the first place look-up, not before.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates

from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.settings import Settings
from eventatlas.store import Store
from eventatlas.web.sessions import Sessions

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"
VENDOR_FILES = (
    "leaflet/leaflet.js",
    "markercluster/leaflet.markercluster.js",
    "topojson/topojson-client.min.js",
    "world-atlas/countries-110m.json",
)


@dataclass
class Workbench:
    """What every route needs, built once per app."""

    store: Store
    settings: Settings
    sessions: Sessions
    templates: Jinja2Templates
    _gazetteer: Gazetteer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def gazetteer(self) -> Gazetteer:
        """The gazetteer index of the settings (GazetteerError when it is missing)."""
        with self._lock:
            if self._gazetteer is None:
                self._gazetteer = Gazetteer.open(self.settings.gazetteer_file, build=False)
            return self._gazetteer


def make_templates() -> Jinja2Templates:
    """The page templates, with autoescape on for every file."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=environment)


def vendor_missing() -> list[str]:
    """The front-end files scripts/build-web should have copied but did not."""
    return [name for name in VENDOR_FILES if not (VENDOR / name).is_file()]


def workbench(request: Request) -> Workbench:
    """The Workbench of the app serving ``request``."""
    found = request.app.state.workbench
    assert isinstance(found, Workbench)
    return found
