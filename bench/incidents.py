"""Incident merging figures: our labelled reports and 100,000 synthetic events.

Runs the real pipeline (``Pipeline.default``) over every article of
``tests/samples/incidents/*.jsonl``, stores them in a temporary SQLite store
(in publication order) and prints pairwise precision, recall and F1 and
B-cubed F1 over articles, how the near-duplicate copies were found, which
distractors were merged by mistake, and whether three other orders of the
same articles give the same incidents. Then it times the merging of N
synthetic events: the batch clustering in memory, and the incremental one
through a SQLite store (saved in batches of 500 events).

Usage: python bench/incidents.py [--synthetic N] [--store-synthetic N] [--misses N] [--orders K]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from eventatlas.article import Article
from eventatlas.event import Attribution, Event, Evidence, event_type_of
from eventatlas.incidents import cluster_reports
from eventatlas.incidents.scoring import article_incidents, lead_event, score, synthetic_reports
from eventatlas.pipeline import Pipeline
from eventatlas.settings import Settings
from eventatlas.store import Store, saving
from eventatlas.store.schema import articles, events

SET = Path(__file__).resolve().parents[1] / "tests" / "samples" / "incidents"
Extracted = list[tuple[dict[str, Any], Article, list[Event]]]


def load(folder: Path) -> list[dict[str, Any]]:
    """Every labelled article of the set, in file order."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        rows.extend(json.loads(line) for line in lines if line.strip())
    return rows


def extract(rows: list[dict[str, Any]]) -> Extracted:
    """Each labelled article with the events the pipeline finds in it."""
    pipeline = Pipeline.default(Settings.from_env(progress=False))
    found = []
    for row in rows:
        fields = ("id", "text", "title", "published", "url", "source")
        outcome = pipeline.run_one(Article(**{name: row.get(name) for name in fields}))
        article = outcome.article or Article(id=row["id"], text=row["text"])
        found.append((row, article, outcome.events))
    return found


def store_all(extracted: Extracted, order: list[int], path: Path) -> dict[str, str]:
    """Save the articles in ``order`` into a new store; each article's predicted incident."""
    with Store.open(str(path)) as store:
        for index in order:
            _, article, found = extracted[index]
            store.save(article, found)
        with store.engine.connect() as connection:
            rows = connection.execute(sa.select(events.c.event_id, events.c.incident_id))
            incident_of = {row.event_id: row.incident_id for row in rows}
            copies = dict(connection.execute(sa.select(articles.c.id, articles.c.copy_of)).all())
    predicted = article_incidents(((row["id"], found) for row, _, found in extracted), incident_of)
    predicted.update({f"copy:{key}": value or key for key, value in copies.items()})
    return predicted


def report_labelled(extracted: Extracted, misses: int, orders: int) -> None:
    """Print the scores on the labelled set and check other orders agree."""
    gold = {row["id"]: row["incident"] for row, _, _ in extracted}
    by_time = sorted(range(len(extracted)), key=lambda i: extracted[i][0]["published"])
    with tempfile.TemporaryDirectory() as folder:
        predicted = store_all(extracted, by_time, Path(folder) / "bench.db")
        others = [
            store_all(extracted, random.Random(seed).sample(by_time, len(by_time)),
                      Path(folder) / f"order-{seed}.db")
            for seed in range(orders)
        ]  # fmt: skip
    mine = {key: predicted[key] for key in gold}
    result = score(gold, mine)
    incidents = len(set(gold.values()))
    distractors = sum(1 for row, _, _ in extracted if row.get("distractor"))
    print(
        f"labelled set: {len(gold)} articles, {incidents} gold incidents, {distractors} distractors"
    )
    print(f"events extracted: {sum(len(found) for _, _, found in extracted)}; "
          f"articles without an event: {sum(1 for _, _, found in extracted if not found)}")  # fmt: skip
    print(f"pairwise precision {result.pair_precision:.3f}  recall {result.pair_recall:.3f}  "
          f"F1 {result.pair_f1:.3f}")  # fmt: skip
    print(f"B-cubed precision {result.bcubed_precision:.3f}  recall {result.bcubed_recall:.3f}  "
          f"F1 {result.bcubed_f1:.3f}")  # fmt: skip
    _report_copies(extracted, predicted)
    _report_distractors(extracted, mine)
    same = all(_partition(other, gold) == _partition(mine, gold) for other in others)
    print(f"{orders} shuffled orders give the same incidents: {'yes' if same else 'NO'}")
    if misses:
        _report_misses(extracted, gold, mine, misses)


def _partition(labels: dict[str, str], keys: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for key in keys:
        groups.setdefault(labels[key], set()).add(key)
    return {frozenset(members) for members in groups.values()}


def _report_copies(extracted: Extracted, predicted: dict[str, str]) -> None:
    gold = {row["id"]: row.get("copy_of") or row["id"] for row, _, _ in extracted}
    found = {row["id"]: predicted.get(f"copy:{row['id']}", row["id"]) for row, _, _ in extracted}
    copies = [key for key, value in gold.items() if value != key]
    caught = sum(1 for key in copies if found[key] == found[gold[key]])
    wrong = sum(1 for key, value in found.items() if value != key and gold[key] == key
                and gold.get(value, value) != key)  # fmt: skip
    print(f"near-duplicates: {caught} of {len(copies)} copies found, {wrong} articles taken "
          f"for a copy wrongly")  # fmt: skip


def _report_distractors(extracted: Extracted, mine: dict[str, str]) -> None:
    merged: dict[str, list[str]] = {}
    total: dict[str, int] = {}
    for row, _, _ in extracted:
        if not row.get("distractor"):
            continue
        kind, of = row["distractor"]["kind"], row["distractor"]["of"]
        total[kind] = total.get(kind, 0) + 1
        targets = {mine[other["id"]] for other, _, _ in extracted if other["incident"] == of}
        if mine[row["id"]] in targets:
            merged.setdefault(kind, []).append(row["id"])
    for kind in sorted(total):
        wrong = merged.get(kind, [])
        print(f"  distractors '{kind}': {len(wrong)} of {total[kind]} merged {wrong or ''}")


def _report_misses(
    extracted: Extracted, gold: dict[str, str], mine: dict[str, str], limit: int
) -> None:
    leads = {row["id"]: lead_event(found) for row, _, found in extracted}
    ids = sorted(gold)
    wrong = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]
             if (gold[a] == gold[b]) != (mine[a] == mine[b])]  # fmt: skip
    for a, b in wrong[:limit]:
        what = "split" if gold[a] == gold[b] else "MERGED"
        print(f"{what}: {a} / {b}")
        for key in (a, b):
            print(f"    {key}: {_describe(leads[key])}")


def _describe(event: Event | None) -> str:
    if event is None:
        return "no event"
    return (f"{event.event_date} {event.sub_event_type} | {event.actor1} / {event.actor2} | "
            f"{event.location} ({event.geo_precision}) {event.iso3} | {event.fatalities}")  # fmt: skip


def time_memory(count: int) -> None:
    """Print the time to cluster ``count`` synthetic reports in memory."""
    reports = synthetic_reports(count)
    started = time.perf_counter()
    clusters = cluster_reports(reports)
    seconds = time.perf_counter() - started
    print(f"batch merging of {len(reports):,} synthetic events in memory: {seconds:.1f} s "
          f"({len(clusters):,} incidents)")  # fmt: skip


def time_store(count: int) -> None:
    """Print the time to store ``count`` synthetic events and the share spent merging them."""
    reports = synthetic_reports(count)
    spent = [0.0]
    original = saving.place_events
    saving.place_events = _timed(original, spent)  # type: ignore[assignment]
    items = [(Article(id=r.article_id, text=f"Report {r.event_id}."), [_event(r)]) for r in reports]
    try:
        with tempfile.TemporaryDirectory() as folder, Store.open(f"{folder}/s.db") as store:
            started = time.perf_counter()
            store.save_many(items, batch=500)
            total = time.perf_counter() - started
            found = len(store.incidents(None)) if count <= 20_000 else None
    finally:
        saving.place_events = original
    print(f"incremental merging of {count:,} synthetic events through SQLite (batches of 500): "
          f"{spent[0]:.1f} s, storing included {total:.1f} s"
          + (f" ({found:,} incidents)" if found is not None else ""))  # fmt: skip


def _timed(function: Callable[..., Any], spent: list[float]) -> Callable[..., Any]:
    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    return timed


def _event(report: Any) -> Event:
    day = report.end.isoformat()
    return Event(
        report.event_id, report.article_id, day, report.start.isoformat(), day,
        report.time_precision or 1, event_type_of(report.sub_event_type),
        report.sub_event_type, report.actor1, None, [], [], None, None, report.iso3,
        report.iso3, report.admin1, None, report.admin1, report.latitude, report.longitude,
        report.geo_precision, None, None, "occurred", Attribution(), Evidence("", 0, 0), 0.5,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=SET, help="folder of labelled JSON Lines")
    parser.add_argument("--synthetic", type=int, default=100_000, help="events merged in memory")
    parser.add_argument("--store-synthetic", type=int, default=100_000,
                        help="events merged through a SQLite store (0: skip)")  # fmt: skip
    parser.add_argument("--misses", type=int, default=0, help="list this many wrong pairs")
    parser.add_argument("--orders", type=int, default=3, help="shuffled orders to compare")
    options = parser.parse_args()
    report_labelled(extract(load(options.set)), options.misses, options.orders)
    if options.synthetic:
        time_memory(options.synthetic)
    if options.store_synthetic:
        time_store(options.store_synthetic)


if __name__ == "__main__":
    main()
