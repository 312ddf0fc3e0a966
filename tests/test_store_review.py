"""Reviews: checked changes, status, and a history that derives the current values."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.store import EventQuery, Store

pytest_plugins = ["postgres_fixtures"]


@pytest.fixture
def store(
    database_url: str, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> Iterator[Store]:
    with Store.open(database_url) as opened:
        opened.save(make_article(), [make_event(), make_event(event_id="EV-2", fatalities=None)])
        yield opened


def test_store_review_changes_fields_and_records_history(store: Store) -> None:
    event = store.review(
        "EV-1", user="ann", changes={"fatalities": 6, "admin2": None}, comment="second source"
    )
    assert (event["fatalities"], event["admin2"], event["status"]) == (6, None, "reviewed")
    rows = store.history("EV-1")
    assert [(row["field"], row["before"], row["after"]) for row in rows] == [
        ("fatalities", 4, 6),
        ("admin2", "Albu Kamal", None),
        ("status", "machine", "reviewed"),
    ]
    assert {(row["user"], row["comment"]) for row in rows} == {("ann", "second source")}
    assert all(row["at"].endswith("+00:00") for row in rows)


def test_store_review_current_value_is_latest_history(store: Store) -> None:
    store.review("EV-1", user="ann", changes={"fatalities": 6})
    store.review("EV-1", user="bob", changes={"fatalities": 7})
    assert store.event("EV-1")["fatalities"] == 7
    assert [row["user"] for row in store.history("EV-1")] == ["ann", "ann", "bob"]


def test_store_review_filters_see_current_values(store: Store) -> None:
    store.review("EV-1", user="ann", changes={"country": "Iraq", "iso3": "irq"})
    assert [event["event_id"] for event in store.events(EventQuery(iso3="IRQ"))] == ["EV-1"]
    assert store.count(EventQuery(country="Syria")) == 1


def test_store_review_status_rejected(store: Store) -> None:
    event = store.review("EV-2", user="ann", changes={}, status="rejected", comment="not an event")
    assert event["status"] == "rejected"
    assert store.count(EventQuery(status="rejected")) == 1
    edited = store.review("EV-2", user="ann", changes={"fatalities": 1})
    assert edited["status"] == "rejected"


def test_store_review_sub_event_type_carries_event_type(store: Store) -> None:
    event = store.review("EV-1", user="ann", changes={"sub_event_type": "Armed clash"})
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")
    assert {row["field"] for row in store.history("EV-1")} >= {"event_type", "sub_event_type"}


def test_store_review_no_change_writes_nothing(store: Store) -> None:
    store.review("EV-1", user="ann", changes={"fatalities": 4})
    assert store.history("EV-1") == []
    store.review("EV-1", user="ann", changes={}, comment="looked at it")
    assert [row["field"] for row in store.history("EV-1")] == ["comment"]
    assert store.event("EV-1")["status"] == "machine"


def test_store_review_unknown_event(store: Store) -> None:
    with pytest.raises(KeyError, match="EV-404"):
        store.review("EV-404", user="ann", changes={"fatalities": 1})
    with pytest.raises(KeyError):
        store.history("EV-404")
    assert store.event("EV-404") is None


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"colour": "red"}, "cannot be reviewed"),
        ({"event_id": "EV-9"}, "cannot be reviewed"),
        ({"sub_event_type": "Skirmish"}, "sub_event_type must be one of"),
        ({"event_type": "Battles"}, "does not fit"),
        ({"event_type": "Battles", "sub_event_type": "Grenade"}, "does not fit"),
        ({"fatalities": -1}, "fatalities must be a whole number"),
        ({"fatalities": 2.5}, "fatalities must be a whole number"),
        ({"fatalities": True}, "fatalities must be a whole number"),
        ({"latitude": 95.0}, "latitude must be a number"),
        ({"time_precision": None}, "time_precision"),
        ({"geo_precision": 4}, "geo_precision"),
        ({"event_date": "21/12/2020"}, "event_date must be a date"),
        ({"modality": "rumoured"}, "modality must be one of"),
        ({"assoc_actor_1": "Military Forces of Russia"}, "list of actor names"),
        ({"iso3": "Syria"}, "three-letter"),
        ({"attribution": {"claimant_type": "rumour"}}, "claimant_type"),
        ({"attribution": {"who": "x"}}, "attribution must be an object"),
        ({"actor1": 12}, "actor1 must be text"),
    ],
)
def test_store_review_rejects_bad_change(store: Store, changes: dict[str, Any], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        store.review("EV-1", user="ann", changes=changes)
    assert store.history("EV-1") == []


@pytest.mark.parametrize("status", ["machine", "approved", ""])
def test_store_review_rejects_bad_status(store: Store, status: str) -> None:
    with pytest.raises(ValueError, match="status must be one of"):
        store.review("EV-1", user="ann", changes={}, status=status)


def test_store_review_needs_a_user(store: Store) -> None:
    with pytest.raises(ValueError, match="user"):
        store.review("EV-1", user=" ", changes={"fatalities": 1})
    assert store.event("EV-1")["fatalities"] == 4


def test_store_review_attribution_merges_parts(store: Store) -> None:
    event = store.review("EV-1", user="ann", changes={"attribution": {"claimed_by": "SOHR"}})
    assert event["attribution"] == {
        "claimed_by": "SOHR",
        "claimant_type": "outlet",
        "reported_by": "Sputnik",
    }


def test_store_review_actor_filter_follows_edit(store: Store) -> None:
    store.review("EV-1", user="ann", changes={"assoc_actor_1": ["Wagner Group"]})
    assert store.count(EventQuery(actor="wagner")) == 1
    assert [event["event_id"] for event in store.events(EventQuery(actor="russia"))] == ["EV-2"]
