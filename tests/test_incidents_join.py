"""Joining saved events into incidents across articles, incrementally."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.incidents import cluster_reports, incident_id_for
from eventatlas.incidents.copies import ARTICLE_BANDS, ARTICLES
from eventatlas.incidents.join import EVENTS, INCIDENTS, load_reports
from eventatlas.store import Store
from eventatlas.store.schema import article_bands, articles, events, incidents

pytest_plugins = ["postgres_fixtures"]

Partition = set[frozenset[str]]


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
        # No gazetteer id: places differ by their coordinates alone.
        values = {"geonameid": None, **changes}
        store.save(article, [make_event(event_id=event_id, article_id=article.id, **values)])
        return str(store.event(event_id)["incident_id"])

    return save


def partition_of(store: Store) -> Partition:
    """The stored incidents as sets of event ids."""
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(events.c.event_id, events.c.incident_id))
        found: dict[str, set[str]] = {}
        for event_id, incident_id in rows:
            found.setdefault(incident_id, set()).add(event_id)
    return {frozenset(members) for members in found.values()}


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
        report("EV-5", actor1="Military Forces of Turkey", assoc_actor_1=[]),
        report("EV-6", iso3="IRQ", country="Iraq"),
        report("EV-7", modality="planned"),
    ]
    assert len({first, *others}) == 7


def test_incidents_join_never_within_one_article(
    store: Store, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> None:
    # Two strikes 13 km apart in one report: two happenings, two incidents.
    first, second = (
        make_event(geonameid=None),
        make_event(event_id="EV-2", latitude=34.57, geonameid=None),
    )
    store.save(make_article(), [first, second])
    assert store.event("EV-1")["incident_id"] != store.event("EV-2")["incident_id"]
    later = make_article("art-2", text="A later report of the strike.")
    store.save(later, [make_event(event_id="EV-3", article_id="art-2", geonameid=None)])
    assert store.event("EV-3")["incident_id"] == store.event("EV-1")["incident_id"]


def test_incidents_join_vague_report_bridges_nothing(
    store: Store, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> None:
    # "Near" a point between the two strikes, it fits either; it joins one,
    # never both, and the two strikes stay apart.
    first, second = (
        make_event(geonameid=None),
        make_event(event_id="EV-2", latitude=34.57, geonameid=None),
    )
    store.save(make_article(), [first, second])
    vague = make_event(
        event_id="EV-3", article_id="art-2", latitude=34.51, geo_precision=2, geonameid=None
    )
    store.save(make_article("art-2", text="Strikes near the town."), [vague])
    found = partition_of(store)
    assert len(found) == 2
    assert frozenset({"EV-1", "EV-2"}) not in found


def test_incidents_join_new_report_takes_the_most_alike(report: Callable[..., str]) -> None:
    near = report("EV-1", latitude=34.45)
    report("EV-2", latitude=34.60, actor1="Military Forces of Turkey")
    farther = report("EV-3", latitude=34.52, actor1="Military Forces of Iraq")
    assert near != farther
    assert report("EV-4", latitude=34.47, actor1=None) == near


def test_incidents_join_reclusters_what_a_new_report_touches(
    store: Store, report: Callable[..., str]
) -> None:
    # A vague report first joins the only strike there is; when a second
    # report of another strike fits it better, the block is re-clustered
    # and the result is the batch one, whatever the order.
    report("EV-1", latitude=34.45)
    report("EV-2", latitude=34.52, geo_precision=2)
    assert len(partition_of(store)) == 1
    report("EV-3", latitude=34.60)
    with store.engine.connect() as connection:
        stored = load_reports(connection, EVENTS.c.event_id, ["EV-1", "EV-2", "EV-3"])
    batch = {frozenset(cluster.event_ids) for cluster in cluster_reports(stored)}
    assert partition_of(store) == batch


def test_incidents_join_ignores_rejected(store: Store, report: Callable[..., str]) -> None:
    first = report("EV-1")
    store.review("EV-1", user="ann", changes={}, status="rejected")
    assert report("EV-2") != first
    assert store.event("EV-1")["incident_id"] == first


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
            connection.execute(article_bands.delete())
            connection.execute(articles.delete())
    assert found[0] == found[1] == incident_id_for("EV-1")


def test_incidents_join_empty_incidents_dropped(store: Store, report: Callable[..., str]) -> None:
    report("EV-1", latitude=34.45)
    report("EV-2", latitude=34.52, geo_precision=2)
    report("EV-3", latitude=34.60)
    with store.engine.connect() as connection:
        stored = {row.incident_id for row in connection.execute(sa.select(incidents))}
    assert stored == {store.event(f"EV-{n}")["incident_id"] for n in (1, 2, 3)}


def _random_events(seed: int) -> list[tuple[str, dict[str, Any]]]:
    """Reports crowded in one area and week, so that nearly every order matters."""
    chance = random.Random(seed)
    kinds = [
        ("Explosions/Remote violence", "Air/drone strike"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Battles", "Armed clash"),
    ]
    actors = ["Military Forces of Syria", "Islamic State", None]
    found = []
    for n in range(40):
        day = f"2020-12-{20 + chance.randrange(3):02d}"
        event_type, sub_event_type = chance.choice(kinds)
        values = {
            "event_id": f"EV-{n:02d}",
            "latitude": 34.40 + chance.random() * 0.2,
            "longitude": 40.90 + chance.random() * 0.1,
            "geo_precision": chance.choice([1, 1, 2, 3]),
            "geonameid": None,
            "event_date": day,
            "date_start": day,
            "date_end": day,
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "actor1": chance.choice(actors),
            "assoc_actor_1": [],
        }
        # Every fifth report shares its article with another one.
        found.append((f"art-{n // 2 if n % 5 == 0 else n}", values))
    return found


def _save_in_order(
    store: Store, reports: list[tuple[str, dict[str, Any]]], make_event: Callable[..., Event]
) -> None:
    by_article: dict[str, list[Event]] = {}
    for article_id, values in reports:
        by_article.setdefault(article_id, []).append(make_event(article_id=article_id, **values))
    for article_id, found in by_article.items():
        store.save(Article(id=article_id, text=f"Report {article_id}.", source="Wire"), found)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incidents_join_any_order_gives_the_batch_partition(
    tmp_path: Any, make_event: Callable[..., Event], seed: int
) -> None:
    reports = _random_events(seed)
    partitions = []
    for order in range(3):
        shuffled = list(reports)
        random.Random(order).shuffle(shuffled)
        with Store.open(str(tmp_path / f"order-{order}.db")) as store:
            _save_in_order(store, shuffled, make_event)
            partitions.append(partition_of(store))
            with store.engine.connect() as connection:
                stored = load_reports(connection, EVENTS.c.article_id, [a for a, _ in reports])
    batch = {frozenset(cluster.event_ids) for cluster in cluster_reports(stored)}
    assert partitions[0] == partitions[1] == partitions[2] == batch
    assert len(batch) < len(reports)


def test_incidents_join_batches_agree_with_one_by_one(
    tmp_path: Any, make_event: Callable[..., Event]
) -> None:
    reports = _random_events(4)
    found = []
    for batch in (1, 7, 100):
        with Store.open(str(tmp_path / f"batch-{batch}.db")) as store:
            items: dict[str, list[Event]] = {}
            for article_id, values in reports:
                items.setdefault(article_id, []).append(make_event(article_id=article_id, **values))
            articles_ = [
                (Article(id=key, text=f"Report {key}.", source="Wire"), value)
                for key, value in items.items()
            ]
            store.save_many(articles_, batch=batch)
            found.append(partition_of(store))
    assert found[0] == found[1] == found[2]


def test_incidents_join_tables_match_store_schema() -> None:
    # The incidents modules name the store's columns themselves (no import
    # cycle); they must exist, with the same types, in the store's schema.
    pairs = ((EVENTS, events), (INCIDENTS, incidents), (ARTICLES, articles))
    for light, real in (*pairs, (ARTICLE_BANDS, article_bands)):
        assert light.name == real.name
        for column in light.c:
            assert type(column.type)._type_affinity is type(real.c[column.name].type)._type_affinity


def test_incidents_join_review_replaces_the_event(store: Store, report: Callable[..., str]) -> None:
    # An analyst moves the second report to another town: it leaves the
    # strike's incident and joins the one reported there.
    strike = report("EV-1")
    report("EV-2")
    elsewhere = report("EV-3", latitude=35.0, longitude=40.45)
    store.review("EV-2", user="ann", changes={"latitude": 35.01, "longitude": 40.45})
    assert store.event("EV-2")["incident_id"] == elsewhere
    assert store.event("EV-1")["incident_id"] == strike
