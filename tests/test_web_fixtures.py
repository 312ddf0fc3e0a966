"""Fixtures of the web tests: a real SQLite store of our own sample events, accounts, clients.

The other ``test_web_*`` modules and ``tests/browser`` import what they use
from here (``from test_web_fixtures import web_store``); this module holds
no tests of its own. The articles are our own wire-style sentences.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.settings import Settings
from eventatlas.store import Store
from eventatlas.web import add_user, create_app

PASSWORD = "correct horse battery"
USERS = {"vera": "viewer", "ann": "analyst", "ada": "admin"}
SCRIPT_TITLE = "<script>alert(1)</script>"

_STRIKE = "Warplanes struck positions near Abu Kamal on Sunday, killing three fighters."
_TROOPS = "A joint force is expected to move towards the border crossing next week."
_CLASH = "Army units clashed with militants outside Al Qaim on Tuesday, and five died."
_PROTEST = "Hundreds of students marched peacefully through central Baghdad on Sunday."
_ATTACK = "Gunmen <b>killed</b> twelve villagers near Maiduguri & burned huts <script>x()</script>."
_STRIKE_TOO = "Aircraft bombed a hideout close to Abu Kamal on Sunday, a monitor said."


def _event(event_id: str, article_id: str, sentence: str, text: str, **fields: Any) -> Event:
    start = text.index(sentence)
    record: dict[str, Any] = {
        "event_id": event_id, "article_id": article_id, "time_precision": 1,
        "actor1": None, "actor2": None, "assoc_actor_1": [], "assoc_actor_2": [],
        "inter1": None, "inter2": None, "admin2": None, "geo_precision": 1, "geonameid": None,
        "fatalities": None, "modality": "occurred",
        "attribution": {"claimed_by": None, "claimant_type": "unattributed", "reported_by": None},
        "evidence": {"text": sentence, "start": start, "end": start + len(sentence)},
        "geo_reason": "the place named in the sentence", "date_reason": "the weekday before the dateline",
    }  # fmt: skip
    record.update(fields)
    for name in ("date_start", "date_end"):
        record.setdefault(name, record["event_date"])
    return Event.from_dict(record)


def _syria() -> tuple[Article, list[Event]]:
    text = f"BEIRUT, Dec 21 (Test Wire) - {_STRIKE} {_TROOPS} No other losses were given."
    article = Article(id="syria-1", text=text, title="Strikes near Abu Kamal", source="Test Wire",
                      published="2020-12-21T10:00:00Z", url="https://example.org/syria-1")  # fmt: skip
    place = {"country": "Syria", "iso3": "SYR", "admin1": "Deir ez-Zor", "location": "Abu Kamal",
             "latitude": 34.4523, "longitude": 40.9185}  # fmt: skip
    strike = _event(
        "EV-STRIKE", "syria-1", _STRIKE, text, event_date="2020-12-20",
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1="Military Forces of Syria", assoc_actor_1=["Military Forces of Russia"],
        actor2="Islamic State", inter1=1, inter2=2, fatalities=3, confidence=0.8,
        attribution={"claimed_by": "a field source", "claimant_type": "anonymous",
                     "reported_by": "Sputnik"}, **place,
    )  # fmt: skip
    troops = _event(
        "EV-TROOPS", "syria-1", _TROOPS, text, event_date="2020-12-19",
        event_type="Strategic developments", sub_event_type="Other", modality="planned",
        actor1="Military Forces of Russia", inter1=8, confidence=0.4, **place,
    )  # fmt: skip
    return article, [strike, troops]


def _syria_again() -> tuple[Article, list[Event]]:
    text = f"DAMASCUS, Dec 21 (Other Post) - {_STRIKE_TOO}"
    article = Article(id="syria-2", text=text, title="Air raid reported", source="Other Post",
                      published="2020-12-21T12:00:00Z")  # fmt: skip
    again = _event(
        "EV-STRIKE-2", "syria-2", _STRIKE_TOO, text, event_date="2020-12-20",
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1="Military Forces of Syria", actor2="Islamic State", inter1=1, inter2=2,
        country="Syria", iso3="SYR", admin1="Deir ez-Zor", location="Abu Kamal",
        latitude=34.4523, longitude=40.9185, fatalities=2, confidence=0.7,
    )  # fmt: skip
    return article, [again]


def _iraq() -> tuple[Article, list[Event]]:
    text = f"BAGHDAD, Jan 12 (Test Wire) - {_CLASH} Separately, {_PROTEST}"
    article = Article(id="iraq-1", text=text, title="Clashes in Anbar", source="Test Wire",
                      published="2021-01-12T08:00:00Z")  # fmt: skip
    clash = _event(
        "EV-CLASH", "iraq-1", _CLASH, text, event_date="2021-01-05",
        event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Iraq",
        actor2="Islamic State", inter1=1, inter2=2, country="Iraq", iso3="IRQ",
        admin1="Anbar", location="Al Qaim", latitude=34.3686, longitude=41.0943,
        fatalities=5, confidence=0.6,
    )  # fmt: skip
    protest = _event(
        "EV-PROTEST", "iraq-1", _PROTEST, text, event_date="2021-01-10",
        event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Iraq)",
        inter1=6, country="Iraq", iso3="IRQ", admin1="Baghdad", location="Baghdad",
        latitude=33.3406, longitude=44.4009, fatalities=0, confidence=0.9,
    )  # fmt: skip
    return article, [clash, protest]


def _nigeria() -> tuple[Article, list[Event]]:
    text = f"MAIDUGURI, Feb 2 (Test Wire) - {_ATTACK} Officials gave no figure."
    article = Article(id="nigeria-1", text=text, title=SCRIPT_TITLE, source="Test Wire",
                      published="2021-02-02T09:00:00Z", url="javascript:alert(3)")  # fmt: skip
    attack = _event(
        "EV-ATTACK", "nigeria-1", _ATTACK, text, event_date="2021-02-01",
        event_type="Violence against civilians", sub_event_type="Attack", actor1="Boko Haram",
        actor2="Civilians (Nigeria)", inter1=2, inter2=7, country="Nigeria", iso3="NGA",
        admin1="Borno", location="Maiduguri", latitude=11.8464, longitude=13.1603,
        fatalities=12, confidence=0.3,
    )  # fmt: skip
    return article, [attack]


def sample_items() -> list[tuple[Article, list[Event]]]:
    """Four reports, six events in three countries; two reports of one air strike."""
    return [_syria(), _syria_again(), _iraq(), _nigeria()]


ALL_IDS = {"EV-STRIKE", "EV-TROOPS", "EV-STRIKE-2", "EV-CLASH", "EV-PROTEST", "EV-ATTACK"}


def fill(store: Store) -> Store:
    """``store`` with the sample events and one account per role."""
    for article, events in sample_items():
        store.save(article, events)
    for name, role in USERS.items():
        add_user(store, name, PASSWORD, role)
    # The second report of the air strike joins the first one's incident.
    store.merge_events(["EV-STRIKE", "EV-STRIKE-2"], user="setup")
    return store


@pytest.fixture(scope="session")
def web_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A filled store file, made once; each test gets a copy (hashing passwords is slow)."""
    path = tmp_path_factory.mktemp("web-template") / "web.db"
    with Store.open(str(path)) as store:
        fill(store)
    return path


@pytest.fixture
def web_store(web_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A SQLite store in tmp_path holding the samples and the accounts."""
    for suffix in ("", "-wal", "-shm"):
        source = web_template.with_name(web_template.name + suffix)
        if source.exists():
            shutil.copyfile(source, tmp_path / source.name)
    with Store.open(str(tmp_path / web_template.name)) as store:
        yield store


def make_client(store: Store, **settings: Any) -> TestClient:
    """A test client of an app over ``store`` (signed sessions with a fixed test key)."""
    return TestClient(create_app(store, Settings(secret_key="test-key", **settings)))


@pytest.fixture
def client(web_store: Store) -> Iterator[TestClient]:
    """A client of the app in its default (sign-in) mode, not signed in."""
    with make_client(web_store) as opened:
        yield opened


@pytest.fixture
def public_client(web_store: Store) -> Iterator[TestClient]:
    """A client of the app in public (read without sign-in) mode."""
    with make_client(web_store, public=True) as opened:
        yield opened


_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(client: TestClient, path: str = "/login") -> str:
    """The CSRF token of the client's session, as a page's form carries it."""
    found = _TOKEN.search(client.get(path).text)
    assert found, f"no CSRF token in {path}"
    return found.group(1)


def sign_in(client: TestClient, name: str) -> TestClient:
    """Sign ``client`` in as ``name`` (one of USERS)."""
    form = {"name": name, "password": PASSWORD, "csrf_token": csrf_token(client)}
    response = client.post("/login", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text
    return client
