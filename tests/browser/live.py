"""The app served by uvicorn in a thread, and the extra reports the browser tests show."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from pathlib import Path

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.settings import Settings
from eventatlas.store import Store
from eventatlas.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]  # fmt: skip

# Extra made-up reports so the map and timeline have something to show.
_PLACES = [
    ("Yemen", "YEM", "Aden", "Aden", 12.7797, 45.0367),
    ("Yemen", "YEM", "Ta'izz", "Taiz", 13.5795, 44.0209),
    ("Somalia", "SOM", "Banaadir", "Mogadishu", 2.0371, 45.3438),
    ("Mali", "MLI", "Mopti", "Mopti", 14.4843, -4.1827),
    ("Syria", "SYR", "Idlib", "Idlib", 35.9306, 36.6339),
    ("Sudan", "SDN", "Khartoum", "Omdurman", 15.6445, 32.4777),
]
_KINDS = [
    ("Battles", "Armed clash", "Fighters exchanged fire with troops near {place} for hours."),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack",
     "Shells landed on a market in {place}, residents said."),
    ("Protests", "Peaceful protest", "Teachers rallied outside the governor's office in {place}."),
    ("Violence against civilians", "Abduction/forced disappearance",
     "Armed men seized two traders on the road out of {place}."),
]  # fmt: skip


def extra_report(number: int) -> tuple[Article, list[Event]]:
    country, iso3, admin1, place, latitude, longitude = _PLACES[number % len(_PLACES)]
    event_type, sub_event_type, template = _KINDS[number % len(_KINDS)]
    sentence = template.format(place=place)
    text = f"{place.upper()} (Test Wire) - {sentence} Report number {number}."
    day = (dt.date(2020, 12, 1) + dt.timedelta(days=(number * 7) % 75)).isoformat()
    start = text.index(sentence)
    event = Event.from_dict({
        "event_id": f"EV-EXTRA-{number:03d}", "article_id": f"extra-{number}", "event_date": day,
        "date_start": day, "date_end": day, "time_precision": 1, "event_type": event_type,
        "sub_event_type": sub_event_type, "actor1": None, "actor2": None, "assoc_actor_1": [],
        "assoc_actor_2": [], "inter1": None, "inter2": None, "country": country, "iso3": iso3,
        "admin1": admin1, "admin2": None, "location": place,
        "latitude": latitude + (number % 5) * 0.03, "longitude": longitude + (number % 3) * 0.03,
        "geo_precision": 1, "geonameid": None, "fatalities": (number * 3) % 11,
        "modality": "occurred", "attribution": {}, "confidence": 0.5 + (number % 5) / 10,
        "evidence": {"text": sentence, "start": start, "end": start + len(sentence)},
    })  # fmt: skip
    article = Article(id=f"extra-{number}", text=text, title=f"Report from {place}",
                      source="Test Wire", published=f"{day}T18:00:00Z")  # fmt: skip
    return article, [event]


EXTRA_EVENTS = 48


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveApp:
    """The app served by uvicorn on 127.0.0.1 in a thread."""

    def __init__(self, store: Store, settings: Settings) -> None:
        import uvicorn

        self.port = _free_port()
        config = uvicorn.Config(
            create_app(store, settings), host="127.0.0.1", port=self.port, log_level="warning",
            lifespan="off",
        )  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> LiveApp:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
