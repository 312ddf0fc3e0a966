"""Incidents in the store: listing, detail, merge and split with history."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.incidents import INCIDENT_FIELDS
from eventatlas.store import EventQuery, Store

pytest_plugins = ["postgres_fixtures"]


@pytest.fixture
def store(
    database_url: str, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> Iterator[Store]:
    """Two reports of one strike (relayed from one agency) and a separate clash."""
    with Store.open(database_url) as opened:
        opened.save(
            make_article("a", text="Report A.", source="Wire One"), [make_event(article_id="a")]
        )
        opened.save(
            make_article("b", text="Report B.", source="Paper Two"),
            [make_event(event_id="EV-2", article_id="b", fatalities=7, geo_precision=2)],
        )
        clash = make_event(
            event_id="EV-3", article_id="c", event_type="Battles", sub_event_type="Armed clash",
            event_date="2020-12-22", date_start="2020-12-22", date_end="2020-12-22",
            attribution={"claimant_type": "unattributed"},
        )  # fmt: skip
        opened.save(make_article("c", text="Report C.", source="Paper Two"), [clash])
        yield opened


def test_store_incidents_shape_and_join(store: Store) -> None:
    found = store.incidents()
    assert [list(incident) for incident in found] == [list(INCIDENT_FIELDS)] * 2
    strike, clash = found
    assert strike["event_ids"] == ["EV-1", "EV-2"]
    assert strike["article_ids"] == ["a", "b"]
    assert strike["sources"] == ["Paper Two", "Sputnik", "Wire One"]
    assert strike["corroboration"] == 1
    assert (strike["fatalities_low"], strike["fatalities_best"], strike["fatalities_high"]) == (
        4,
        4,
        7,
    )
    assert (strike["location"], strike["event_date"]) == ("Abu Kamal", "2020-12-20")
    assert clash["event_ids"] == ["EV-3"] and clash["corroboration"] == 1


def test_store_incidents_filtered_and_paged(store: Store) -> None:
    assert [item["event_ids"] for item in store.incidents(EventQuery(event_type="Battles"))] == [
        ["EV-3"]
    ]
    assert [item["event_ids"] for item in store.incidents(EventQuery(limit=1, offset=1))] == [
        ["EV-3"]
    ]
    assert store.incidents(EventQuery(country="Atlantis")) == []


def test_store_incident_detail(store: Store) -> None:
    incident_id = store.event("EV-2")["incident_id"]
    detail = store.incident(incident_id)
    assert detail is not None
    assert [event["event_id"] for event in detail["events"]] == ["EV-1", "EV-2"]
    assert detail["incident_id"] == incident_id
    assert store.event("EV-1")["incident"]["event_ids"] == ["EV-1", "EV-2"]
    assert store.incident("INC-NOPE") is None


def test_store_incidents_rejected_event_not_counted(store: Store) -> None:
    store.review("EV-2", user="ann", changes={}, status="rejected")
    strike = store.incidents()[0]
    assert strike["event_ids"] == ["EV-1"]
    assert strike["fatalities_high"] == 4
    detail = store.incident(strike["incident_id"])
    assert [event["status"] for event in detail["events"]] == ["machine", "rejected"]


def test_store_split_event_moves_it_alone(store: Store) -> None:
    old = store.event("EV-2")["incident_id"]
    new = store.split_event("EV-2", user="ann", comment="different day")
    assert new != old
    assert store.event("EV-2")["incident_id"] == new
    assert store.incident(old)["event_ids"] == ["EV-1"]
    (row,) = store.history("EV-2")
    assert (row["field"], row["before"], row["after"], row["user"]) == (
        "incident_id",
        old,
        new,
        "ann",
    )
    assert store.split_event("EV-2", user="ann") == new
    assert len(store.history("EV-2")) == 1


def test_store_split_first_event_gets_fresh_id(store: Store) -> None:
    old = store.event("EV-1")["incident_id"]
    new = store.split_event("EV-1", user="ann")
    assert new not in (old, None)
    assert store.event("EV-2")["incident_id"] == old


def test_store_merge_events_joins_and_drops_empty(store: Store) -> None:
    target = store.event("EV-1")["incident_id"]
    emptied = store.event("EV-3")["incident_id"]
    assert store.merge_events(["EV-1", "EV-3", "EV-2"], user="bob", comment="same fight") == target
    assert store.incident(target)["event_ids"] == ["EV-1", "EV-2", "EV-3"]
    assert store.incident(emptied) is None
    assert [row["after"] for row in store.history("EV-3")] == [target]
    assert store.history("EV-1") == store.history("EV-2") == []


def test_store_merge_then_rerun_keeps_incident(
    store: Store, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> None:
    target = store.merge_events(["EV-3", "EV-1"], user="bob")
    result = store.save(
        make_article("a", text="Report A."), [make_event(article_id="a", fatalities=9)]
    )
    assert result.incident_ids == {"EV-1": target}
    assert store.event("EV-1")["incident_id"] == target


def test_store_merge_errors(store: Store) -> None:
    with pytest.raises(ValueError, match="at least one"):
        store.merge_events([], user="bob")
    with pytest.raises(KeyError, match="EV-404"):
        store.merge_events(["EV-1", "EV-404"], user="bob")
    with pytest.raises(KeyError):
        store.split_event("EV-404", user="bob")
    with pytest.raises(ValueError, match="user"):
        store.merge_events(["EV-1", "EV-3"], user="")
    assert store.event("EV-3")["incident_id"] != store.event("EV-1")["incident_id"]
