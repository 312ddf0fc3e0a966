"""Joining saved events into incidents across articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.incidents import find_incident, incident_id_for
from eventatlas.incidents.join import EVENTS, INCIDENTS
from eventatlas.store import Store
from eventatlas.store.schema import events, incidents

pytest_plugins = ["postgres_fixtures"]


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with Store.open(database_url) as opened:
        yield opened


@pytest.fixture
def report(
    store: Store, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> Callable[..., str]:
    """Save one event as the only one of its own article; its incident id."""

    def save(event_id: str, **changes: Any) -> str:
        article = make_article(f"art-{event_id}", text=f"Report of {event_id}.")
        store.save(article, [make_event(event_id=event_id, **changes)])
        return str(store.event(event_id)["incident_id"])

    return save


def test_incidents_join_same_happening_two_articles(report: Callable[..., str]) -> None:
    first = report("EV-1")
    second = report("EV-2", latitude=34.47, sub_event_type="Shelling/artillery/missile attack")
    assert first == second == incident_id_for("EV-1")


def test_incidents_join_keeps_apart_what_differs(report: Callable[..., str]) -> None:
    first = report("EV-1")
    others = [
        report("EV-2", latitude=35.5),
        report("EV-3", event_date="2020-12-25", date_start="2020-12-25", date_end="2020-12-25"),
        report("EV-4", event_type="Battles", sub_event_type="Armed clash"),
        report("EV-5", actor1="Islamic State"),
        report("EV-6", iso3="IRQ", country="Iraq"),
    ]
    assert len({first, *others}) == 6


def test_incidents_join_never_within_one_article(
    store: Store, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> None:
    # Two strikes a few km apart in one report: two happenings, two incidents.
    store.save(make_article(), [make_event(), make_event(event_id="EV-2", latitude=34.5)])
    assert store.event("EV-1")["incident_id"] != store.event("EV-2")["incident_id"]
    later = make_article("art-2", text="A later report of the strike.")
    store.save(later, [make_event(event_id="EV-3", article_id="art-2")])
    assert store.event("EV-3")["incident_id"] == store.event("EV-1")["incident_id"]


def test_incidents_join_picks_nearest(report: Callable[..., str]) -> None:
    near = report("EV-1", latitude=34.45)
    report("EV-2", latitude=34.60, actor1="Islamic State")
    farther = report("EV-3", latitude=34.52, actor1="Military Forces of Russia")
    assert near != farther
    assert report("EV-4", latitude=34.47, actor1=None) == near


def test_incidents_join_ignores_rejected(store: Store, report: Callable[..., str]) -> None:
    first = report("EV-1")
    store.review("EV-1", user="ann", changes={}, status="rejected")
    assert report("EV-2") != first


def test_incidents_join_id_is_deterministic(
    database_url: str, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> None:
    found = []
    for _ in range(2):
        with Store.open(database_url) as store:
            store.save(make_article(), [make_event()])
            found.append(store.event("EV-1")["incident_id"])
        with store.engine.begin() as connection:
            connection.execute(events.delete())
            connection.execute(incidents.delete())
    assert found[0] == found[1] == incident_id_for("EV-1")


def test_incidents_join_find_incident_without_place_or_date(
    store: Store, make_event: Callable[..., Event]
) -> None:
    with store.engine.connect() as connection:
        assert find_incident(connection, make_event(iso3=None)) is None
        assert find_incident(connection, make_event(event_date=None, date_start=None)) is None


def test_incidents_join_tables_match_store_schema() -> None:
    # The incidents module names the store's columns itself (no import cycle);
    # they must exist, with the same types, in the store's schema.
    for light, real in ((EVENTS, events), (INCIDENTS, incidents)):
        assert light.name == real.name
        for column in light.c:
            assert type(column.type)._type_affinity is type(real.c[column.name].type)._type_affinity
