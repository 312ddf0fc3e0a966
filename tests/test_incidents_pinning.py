"""Analysts' merges and splits survive every later run of the clustering."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.store import Store

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
        values = {"geonameid": None, **changes}
        store.save(article, [make_event(event_id=event_id, article_id=article.id, **values)])
        return str(store.event(event_id)["incident_id"])

    return save


CLASH = {"event_type": "Battles", "sub_event_type": "Armed clash"}


def test_incidents_pinning_merge_survives_new_reports(
    store: Store, report: Callable[..., str]
) -> None:
    report("EV-1")
    report("EV-2", **CLASH)
    merged = store.merge_events(["EV-1", "EV-2"], user="ann", comment="one fight")
    # A new report of the strike fits EV-1 but not the clash: it may not
    # join, and the analyst's incident stays as it is.
    assert report("EV-3") != merged
    assert store.incident(merged)["event_ids"] == ["EV-1", "EV-2"]


def test_incidents_pinning_new_report_joins_a_merged_incident_it_fits(
    store: Store, report: Callable[..., str]
) -> None:
    report("EV-1")
    report("EV-2", latitude=34.52)
    merged = store.merge_events(["EV-2", "EV-1"], user="ann")
    assert report("EV-3", latitude=34.48) == merged
    assert store.incident(merged)["event_ids"] == ["EV-1", "EV-2", "EV-3"]


def test_incidents_pinning_split_survives_new_reports(
    store: Store, report: Callable[..., str]
) -> None:
    joined = report("EV-1")
    assert report("EV-2") == joined
    alone = store.split_event("EV-2", user="ann", comment="an earlier raid")
    # The new report fits both: it joins one, and the two stay apart.
    third = report("EV-3")
    assert store.event("EV-1")["incident_id"] == joined
    assert store.event("EV-2")["incident_id"] == alone
    assert third in (joined, alone)


def test_incidents_pinning_merge_across_blocks_stays_whole(
    store: Store, report: Callable[..., str]
) -> None:
    report("EV-1")
    report("EV-2", iso3="IRQ", country="Iraq")
    merged = store.merge_events(["EV-1", "EV-2"], user="ann")
    report("EV-3", iso3="IRQ", country="Iraq", latitude=34.46)
    report("EV-4", latitude=34.46)
    assert {"EV-1", "EV-2"} <= set(store.incident(merged)["event_ids"])


def test_incidents_pinning_two_analyst_incidents_never_joined(
    store: Store, report: Callable[..., str]
) -> None:
    report("EV-1")
    report("EV-2", latitude=34.47)
    first = store.split_event("EV-2", user="ann")
    report("EV-3", latitude=34.46)
    assert store.event("EV-2")["incident_id"] == first
    assert store.event("EV-1")["incident_id"] != first


def test_incidents_pinning_upgrade_pins_earlier_merges(tmp_path: Path) -> None:
    # A store made before blocks and pins: the analyst's merged incident is
    # pinned by the migration, other incidents become blocks of their own.
    from alembic import command
    from alembic.config import Config

    from eventatlas.store.database import MIGRATIONS, create_engine, database_url

    engine = create_engine(database_url(str(tmp_path / "old.db")))
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        _old_rows(connection)
    engine.dispose()
    with Store.open(str(tmp_path / "old.db")) as store, store.engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT event_id, block_id, pinned FROM events"))
        found = {row.event_id: (row.block_id, bool(row.pinned)) for row in rows}
    assert found == {"EV-1": ("INC-A", True), "EV-2": ("INC-A", True), "EV-3": ("INC-B", False)}


def _old_rows(connection: sa.Connection) -> None:
    machine = '{"event_id": "x"}'
    connection.execute(sa.text(
        "INSERT INTO articles (id, content_hash, text, fetched_at) VALUES ('a', 'h', 't', 'now')"
    ))  # fmt: skip
    for incident in ("INC-A", "INC-B"):
        connection.execute(sa.text(
            f"INSERT INTO incidents (incident_id, first_event_id) VALUES ('{incident}', 'EV-1')"
        ))  # fmt: skip
    for event_id, incident in (("EV-1", "INC-A"), ("EV-2", "INC-A"), ("EV-3", "INC-B")):
        connection.execute(sa.text(
            "INSERT INTO events (event_id, article_id, incident_id, status, machine) "
            f"VALUES ('{event_id}', 'a', '{incident}', 'machine', '{machine}')"
        ))  # fmt: skip
    connection.execute(sa.text(
        "INSERT INTO event_history (event_id, username, at, field, before, after, comment) "
        """VALUES ('EV-2', 'ann', 'now', 'incident_id', '"INC-C"', '"INC-A"', '')"""
    ))  # fmt: skip
