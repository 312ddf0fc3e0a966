"""Incident merging on our labelled reports, through the real pipeline and store.

The floors sit a little below the figures ``bench/incidents.py`` prints, so a
change that merges worse fails here.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.incidents.scoring import article_incidents, score
from eventatlas.pipeline import Pipeline
from eventatlas.store import Store
from eventatlas.store.schema import articles, events

SET = Path(__file__).parent / "samples" / "incidents"
Extracted = list[tuple[dict[str, Any], Article, list[Event]]]


@pytest.fixture(scope="module")
def extracted(pipeline: Pipeline) -> Extracted:
    """Every labelled article with the events the pipeline finds in it."""
    found = []
    for path in sorted(SET.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            fields = ("id", "text", "title", "published", "url", "source")
            outcome = pipeline.run_one(Article(**{name: row.get(name) for name in fields}))
            assert outcome.article is not None
            found.append((row, outcome.article, outcome.events))
    return found


def _store(extracted: Extracted, order: list[int], path: Path) -> Store:
    store = Store.open(str(path))
    for index in order:
        _, article, found = extracted[index]
        store.save(article, found)
    return store


def _incident_of(store: Store) -> dict[str, str]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(events.c.event_id, events.c.incident_id))
        return {row.event_id: row.incident_id for row in rows}


def _by_time(extracted: Extracted) -> list[int]:
    return sorted(range(len(extracted)), key=lambda index: extracted[index][0]["published"])


def test_incidents_benchmark_floors(extracted: Extracted, tmp_path: Path) -> None:
    with _store(extracted, _by_time(extracted), tmp_path / "bench.db") as store:
        incident_of = _incident_of(store)
    gold = {row["id"]: row["incident"] for row, _, _ in extracted}
    predicted = article_incidents(((row["id"], found) for row, _, found in extracted), incident_of)
    result = score(gold, predicted)
    assert result.bcubed_f1 >= 0.88, result
    assert result.pair_precision >= 0.93, result
    assert result.pair_recall >= 0.6, result


def test_incidents_benchmark_three_orders_one_partition(
    extracted: Extracted, tmp_path: Path
) -> None:
    partitions = []
    for seed in range(3):
        order = random.Random(seed).sample(_by_time(extracted), len(extracted))
        with _store(extracted, order, tmp_path / f"order-{seed}.db") as store:
            groups: dict[str, set[str]] = {}
            for event_id, incident_id in _incident_of(store).items():
                groups.setdefault(incident_id, set()).add(event_id)
        partitions.append({frozenset(members) for members in groups.values()})
    assert partitions[0] == partitions[1] == partitions[2]
    assert len(partitions[0]) < sum(len(found) for _, _, found in extracted)


def test_incidents_benchmark_copies_found(extracted: Extracted, tmp_path: Path) -> None:
    store = _store(extracted, _by_time(extracted), tmp_path / "copies.db")
    with store, store.engine.connect() as connection:
        found = dict(connection.execute(sa.select(articles.c.id, articles.c.copy_of)).all())
    gold = {row["id"]: row.get("copy_of") for row, _, _ in extracted}
    assert {key for key, value in found.items() if value} == {k for k, v in gold.items() if v}
    assert all(found[key] == gold[key] for key, value in gold.items() if value)
