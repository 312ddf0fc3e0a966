"""Selecting stored events: every filter, bbox, paging, order, streaming."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.store import EventQuery, Store
from eventatlas.store.reading import select_events

pytest_plugins = ["postgres_fixtures"]

# Five events in five articles; each dict is what differs from make_event's default.
EVENTS: dict[str, dict[str, Any]] = {
    "E-SYR": {"fatalities": 4, "confidence": 0.8},
    "E-IRQ": {
        "event_date": "2020-12-18", "date_start": "2020-12-18", "date_end": "2020-12-18",
        "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Islamic State",
        "actor2": "Military Forces of Iraq", "assoc_actor_1": [], "inter1": 2, "inter2": 1,
        "country": "Iraq", "iso3": "IRQ", "admin1": "Al Anbar", "location": "Al Qaim",
        "latitude": 34.37, "longitude": 41.09, "fatalities": 10, "confidence": 0.6,
        "evidence": {"text": "Militants clashed with troops near Al Qaim 100% of the night.",
                     "start": 0, "end": 60},
    },
    "E-KEN": {
        "event_date": "2020-11-02", "date_start": "2020-11-02", "date_end": "2020-11-02",
        "event_type": "Protests", "sub_event_type": "Peaceful protest",
        "actor1": "Protesters (Kenya)", "actor2": None, "assoc_actor_1": ["Teachers (Kenya)"],
        "inter1": 6, "inter2": None, "country": "Kenya", "iso3": "KEN", "admin1": "Nairobi",
        "location": "Nairobi", "latitude": -1.2833, "longitude": 36.8167, "fatalities": None,
        "modality": "planned", "confidence": 0.5,
        "evidence": {"text": "Teachers plan a march in Nairobi.", "start": 0, "end": 33},
    },
    "E-FJI-E": {
        "event_date": "2021-01-05", "date_start": "2021-01-05", "date_end": "2021-01-05",
        "event_type": "Strategic developments", "sub_event_type": "Other", "actor1": None,
        "actor2": None, "assoc_actor_1": [], "country": "Fiji", "iso3": "FJI",
        "admin1": "Northern", "location": "Labasa", "latitude": -16.43, "longitude": 179.38,
        "fatalities": 0, "confidence": 0.3,
    },
    "E-FJI-W": {
        "event_date": None, "date_start": None, "date_end": None, "time_precision": 3,
        "event_type": "Strategic developments", "sub_event_type": "Other", "actor1": None,
        "actor2": None, "assoc_actor_1": [], "country": "Fiji", "iso3": "FJI",
        "admin1": "Eastern", "location": "Lakeba", "latitude": -18.2, "longitude": -178.8,
        "fatalities": None, "confidence": 0.4,
    },
}  # fmt: skip


@pytest.fixture
def store(
    database_url: str, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> Iterator[Store]:
    with Store.open(database_url) as opened:
        for event_id, changes in EVENTS.items():
            article = make_article(event_id, text=f"Report {event_id}.")
            opened.save(article, [make_event(event_id=event_id, article_id=event_id, **changes)])
        yield opened


def ids(store: Store, **filters: Any) -> list[str]:
    return [event["event_id"] for event in store.events(EventQuery(**filters))]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["E-KEN", "E-IRQ", "E-SYR", "E-FJI-E", "E-FJI-W"]),
        ({"country": "Iraq"}, ["E-IRQ"]),
        ({"iso3": "fji"}, ["E-FJI-E", "E-FJI-W"]),
        ({"admin1": "Nairobi"}, ["E-KEN"]),
        ({"event_type": "Battles"}, ["E-IRQ"]),
        ({"sub_event_type": "Air/drone strike"}, ["E-SYR"]),
        ({"actor": "ISLAMIC state"}, ["E-IRQ", "E-SYR"]),
        ({"actor": "teachers"}, ["E-KEN"]),
        ({"actor": "of russia"}, ["E-SYR"]),
        ({"modality": "planned"}, ["E-KEN"]),
        ({"status": "machine", "iso3": "KEN"}, ["E-KEN"]),
        ({"status": "reviewed"}, []),
        ({"date_from": "2020-12-01"}, ["E-IRQ", "E-SYR", "E-FJI-E"]),
        ({"date_to": "2020-12-18"}, ["E-KEN", "E-IRQ"]),
        ({"date_from": "2020-12-18", "date_to": "2020-12-20"}, ["E-IRQ", "E-SYR"]),
        ({"q": "MARCH in"}, ["E-KEN"]),
        ({"q": "100%"}, ["E-IRQ"]),
        ({"q": "%"}, ["E-IRQ"]),
        ({"actor": "_"}, []),
        ({"country": "Atlantis"}, []),
        ({"country": "Syria", "event_type": "Battles"}, []),
    ],
)
def test_store_query_filters(store: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert ids(store, **filters) == expected
    assert store.count(EventQuery(**filters)) == len(expected)


@pytest.mark.parametrize(
    ("bbox", "expected"),
    [
        ((40.0, 34.0, 42.0, 35.0), ["E-IRQ", "E-SYR"]),
        ("36,-2,37,0", ["E-KEN"]),
        ((179.0, -20.0, -178.0, -15.0), ["E-FJI-E", "E-FJI-W"]),
        ((0.0, 0.0, 1.0, 1.0), []),
    ],
)
def test_store_query_bbox(store: Store, bbox: Any, expected: list[str]) -> None:
    assert ids(store, bbox=bbox) == expected


def test_store_query_incident_filter(store: Store) -> None:
    incident_id = store.event("E-SYR")["incident_id"]
    assert ids(store, incident_id=incident_id) == ["E-SYR"]


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("event_date", ["E-KEN", "E-IRQ", "E-SYR", "E-FJI-E", "E-FJI-W"]),
        ("-event_date", ["E-FJI-E", "E-SYR", "E-IRQ", "E-KEN", "E-FJI-W"]),
        ("fatalities", ["E-FJI-E", "E-SYR", "E-IRQ", "E-FJI-W", "E-KEN"]),
        ("-fatalities", ["E-IRQ", "E-SYR", "E-FJI-E", "E-KEN", "E-FJI-W"]),
        ("confidence", ["E-FJI-E", "E-FJI-W", "E-KEN", "E-IRQ", "E-SYR"]),
        ("-confidence", ["E-SYR", "E-IRQ", "E-KEN", "E-FJI-W", "E-FJI-E"]),
        ("event_id", ["E-FJI-E", "E-FJI-W", "E-IRQ", "E-KEN", "E-SYR"]),
    ],
)
def test_store_query_order(store: Store, order: str, expected: list[str]) -> None:
    assert ids(store, order=order) == expected


def test_store_query_paging(store: Store) -> None:
    everything = ids(store)
    pages = [ids(store, limit=2, offset=offset) for offset in (0, 2, 4, 6)]
    assert pages == [everything[0:2], everything[2:4], everything[4:], []]
    assert store.count(EventQuery(limit=2, offset=2)) == 5
    assert ids(store, limit=0) == []


def test_store_query_iter_events_streams_same_rows(store: Store) -> None:
    query = EventQuery(order="-fatalities")
    assert list(store.iter_events(query, chunk=2)) == store.events(query)


@pytest.mark.parametrize(
    ("filters", "words"),
    [
        ({"date_from": "yesterday"}, "date_from must be a date"),
        ({"date_to": "2020-13-01"}, "date_to must be a date"),
        ({"bbox": "1,2,3"}, "bbox must be four numbers"),
        ({"bbox": "a,b,c,d"}, "bbox must be four numbers"),
        ({"bbox": (0, 0, 1, float("nan"))}, "bbox must be four numbers"),
        ({"bbox": (0, 5, 1, 2)}, "above max_lat"),
        ({"order": "location"}, "unknown order"),
        ({"limit": -1}, "limit"),
        ({"offset": -5}, "offset"),
    ],
)
def test_store_query_rejects_malformed(filters: dict[str, Any], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        EventQuery(**filters)


def test_store_query_normalises_values() -> None:
    query = EventQuery(iso3=" syr ", bbox="1, 2, 3, 4", date_from="2020-12-21T10:00:00")
    assert (query.iso3, query.bbox, str(query.date_from)) == (
        "SYR",
        (1.0, 2.0, 3.0, 4.0),
        "2020-12-21",
    )


@pytest.mark.parametrize(
    ("query", "index"),
    [
        (EventQuery(iso3="SYR", date_from="2020-01-01", date_to="2020-12-31", limit=500),
         "ix_events_iso3_event_date_event_id"),
        (EventQuery(country="Syria", date_from="2020-01-01", limit=500),
         "ix_events_country_event_date_event_id"),
        (EventQuery(iso3="SYR", order="-event_date", limit=500),
         "ix_events_iso3_event_date_event_id"),
        (EventQuery(limit=500), "ix_events_event_date_event_id"),
    ],
)  # fmt: skip
def test_store_query_uses_index_without_sorting(
    tmp_path: Path, query: EventQuery, index: str
) -> None:
    with Store.open(str(tmp_path / "events.db")) as store, store.engine.connect() as connection:
        sql = select_events(query).compile(store.engine, compile_kwargs={"literal_binds": True})
        plan = " | ".join(
            row[-1] for row in connection.execute(sa.text(f"EXPLAIN QUERY PLAN {sql}"))
        )
    assert f"USING INDEX {index}" in plan
    assert "TEMP B-TREE" not in plan


@pytest.mark.postgres
@pytest.mark.parametrize(
    "query",
    [
        EventQuery(iso3="SYR", date_from="2020-01-01", date_to="2020-12-31", limit=500),
        EventQuery(iso3="SYR", date_from="2020-01-01", order="-event_date", limit=500),
        EventQuery(country="Syria", date_to="2020-12-31", order="-event_date", limit=500),
    ],
)
def test_store_query_postgres_reads_index_in_order(postgres_url: str, query: EventQuery) -> None:
    with Store.open(postgres_url) as store, store.engine.connect() as connection:
        # An empty table would tempt the planner into a sequential scan; what
        # matters is that the order needs no sort when an index is used.
        connection.exec_driver_sql("SET enable_seqscan = off")
        sql = select_events(query).compile(store.engine, compile_kwargs={"literal_binds": True})
        plan = "\n".join(row[0] for row in connection.execute(sa.text(f"EXPLAIN {sql}")))
    assert "Index Scan" in plan
    assert "Sort" not in plan
