"""/api/events latency on a store of 1,000,000 events: p50 and p95 of a filtered page.

Builds (once, then reuses) a SQLite store of synthetic events: the schema
comes from ``Store.open`` (the real migrations), the rows are bulk-inserted
into its tables with the indexes dropped during the load and rebuilt after.
Then it times ``/api/events?country=X&date_from=..&date_to=..&limit=500``
for random countries and 90-day windows, through the test client (the whole
app in process) or, with ``--uvicorn``, a real server on 127.0.0.1.

Usage: python bench/api.py [--events N] [--requests N] [--db PATH] [--rebuild] [--uvicorn]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from eventatlas.event import SUB_EVENT_TYPES
from eventatlas.settings import Settings
from eventatlas.store import Store

COUNTRIES = [
    ("Syria", "SYR"), ("Iraq", "IRQ"), ("Yemen", "YEM"), ("Somalia", "SOM"), ("Nigeria", "NGA"),
    ("Mali", "MLI"), ("Burkina Faso", "BFA"), ("Sudan", "SDN"), ("South Sudan", "SSD"),
    ("Ethiopia", "ETH"), ("Afghanistan", "AFG"), ("Pakistan", "PAK"), ("Myanmar", "MMR"),
    ("Ukraine", "UKR"), ("Colombia", "COL"), ("Mexico", "MEX"), ("Libya", "LBY"),
    ("Democratic Republic of Congo", "COD"), ("Cameroon", "CMR"), ("Mozambique", "MOZ"),
]  # fmt: skip
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 3650
WINDOW_DAYS = 90
EVENTS_PER_ARTICLE = 4
BATCH = 20_000


def event_rows(count: int, seed: int = 7) -> Iterator[tuple[Any, ...]]:
    """Synthetic rows of the events table, in insertion order."""
    rng = random.Random(seed)
    subs = list(SUB_EVENT_TYPES.items())
    for number in range(count):
        country, iso3 = COUNTRIES[rng.randrange(len(COUNTRIES))]
        sub_event_type, kind = subs[rng.randrange(len(subs))]
        day = (FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
        latitude, longitude = rng.uniform(-30, 50), rng.uniform(-80, 100)
        fatalities = rng.choice([None, 0, 1, 2, 3, 5, 8, 13])
        event_id = f"EV{number:010d}"
        sentence = f"Report {number}: fighting near town {number % 977} in {country}."
        machine = {
            "event_id": event_id, "article_id": f"A{number // EVENTS_PER_ARTICLE:09d}",
            "event_date": day, "date_start": day, "date_end": day, "time_precision": 1,
            "event_type": kind.value, "sub_event_type": sub_event_type,
            "actor1": f"Military Forces of {country}", "actor2": None, "assoc_actor_1": [],
            "assoc_actor_2": [], "inter1": 1, "inter2": None, "country": country, "iso3": iso3,
            "admin1": None, "admin2": None, "location": f"Town {number % 977}",
            "latitude": latitude, "longitude": longitude, "geo_precision": 2, "geonameid": None,
            "fatalities": fatalities, "modality": "occurred",
            "attribution": {"claimed_by": None, "claimant_type": "unattributed", "reported_by": None},
            "evidence": {"text": sentence, "start": 0, "end": len(sentence)},
            "confidence": round(rng.random(), 3),
        }  # fmt: skip
        yield (
            event_id, machine["article_id"], "machine", day, day, day, 1, kind.value,
            sub_event_type, machine["actor1"], None, machine["actor1"].lower(), 1, None,
            country, iso3, None, None, machine["location"], latitude, longitude, 2, None,
            fatalities, "occurred", machine["confidence"], sentence, json.dumps(machine),
        )  # fmt: skip


EVENT_COLUMNS = (
    "event_id, article_id, status, event_date, date_start, date_end, time_precision, event_type, "
    "sub_event_type, actor1, actor2, actors, inter1, inter2, country, iso3, admin1, admin2, "
    "location, latitude, longitude, geo_precision, geonameid, fatalities, modality, confidence, "
    "evidence_text, machine"
)


def article_rows(count: int) -> Iterator[tuple[Any, ...]]:
    """One short article row per EVENTS_PER_ARTICLE events."""
    for number in range(count):
        yield (f"A{number:09d}", f"hash-{number}", f"Synthetic report {number}.", "Bench Wire",
               "2020-01-01T00:00:00Z", "2020-01-01T00:00:00+00:00")  # fmt: skip


def build(path: Path, count: int) -> None:
    """A store at ``path`` holding ``count`` synthetic events."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    Store.open(str(path)).close()  # the schema, by the store's own migrations
    started = time.perf_counter()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('events', 'articles')"
        ).fetchall()
        for name, _sql in indexes:
            connection.execute(f'DROP INDEX "{name}"')
        articles = (count + EVENTS_PER_ARTICLE - 1) // EVENTS_PER_ARTICLE
        _insert(connection, "INSERT INTO articles (id, content_hash, text, source, published,"
                " fetched_at) VALUES (?, ?, ?, ?, ?, ?)", article_rows(articles))  # fmt: skip
        marks = ", ".join("?" * len(EVENT_COLUMNS.split(",")))
        _insert(connection, f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({marks})",
                event_rows(count))  # fmt: skip
        for _name, sql in indexes:
            connection.execute(sql)
        connection.execute("ANALYZE")
    connection.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
    connection.close()
    print(f"built {count:,} events in {time.perf_counter() - started:.0f} s: {path}")


def _insert(connection: sqlite3.Connection, sql: str, rows: Iterator[tuple[Any, ...]]) -> None:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            connection.executemany(sql, batch)
            batch.clear()
    connection.executemany(sql, batch)
    connection.commit()


def stored_count(path: Path) -> int:
    """How many events the store at ``path`` holds (0 when there is none)."""
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path) as connection:
            return int(connection.execute("SELECT count(*) FROM events").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0


def queries(count: int, seed: int = 11) -> list[dict[str, Any]]:
    """Random country and 90-day window filters, one page of 500."""
    rng = random.Random(seed)
    chosen = []
    for _ in range(count):
        first = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS - WINDOW_DAYS))
        chosen.append({
            "country": rng.choice(COUNTRIES)[0], "date_from": first.isoformat(),
            "date_to": (first + dt.timedelta(days=WINDOW_DAYS - 1)).isoformat(), "limit": 500,
        })  # fmt: skip
    return chosen


def time_requests(
    get: Callable[[dict[str, Any]], Any], chosen: list[dict[str, Any]]
) -> list[float]:
    """Milliseconds of each request (after a few warm-up requests)."""
    for params in chosen[:5]:
        get(params)
    timings = []
    for params in chosen:
        started = time.perf_counter()
        response = get(params)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"/api/events answered {response.status_code}: {response.text[:200]}")
    return timings


def run_in_process(store: Store, chosen: list[dict[str, Any]]) -> tuple[list[float], int]:
    from fastapi.testclient import TestClient

    from eventatlas.web import create_app

    with TestClient(create_app(store, Settings(public=True))) as client:
        sizes = [
            len(client.get("/api/events", params=params).json()["events"]) for params in chosen[:20]
        ]
        return time_requests(lambda params: client.get("/api/events", params=params), chosen), int(
            statistics.mean(sizes)
        )


def run_over_http(store: Store, chosen: list[dict[str, Any]]) -> tuple[list[float], int]:
    import socket

    import httpx
    import uvicorn

    from eventatlas.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(store, Settings(public=True)), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            sizes = [
                len(client.get("/api/events", params=params).json()["events"])
                for params in chosen[:20]
            ]
            timings = time_requests(lambda params: client.get("/api/events", params=params), chosen)
            return timings, int(statistics.mean(sizes))
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--db", type=Path, default=Path("/tmp/eventatlas-bench/api.db"))
    parser.add_argument("--rebuild", action="store_true", help="build the store even if it exists")
    parser.add_argument("--uvicorn", action="store_true", help="through a real server on 127.0.0.1")
    options = parser.parse_args(argv)
    if options.rebuild or stored_count(options.db) != options.events:
        build(options.db, options.events)
    chosen = queries(options.requests)
    with Store.open(str(options.db)) as store:
        run = run_over_http if options.uvicorn else run_in_process
        timings, page = run(store, chosen)
    how = "uvicorn on 127.0.0.1" if options.uvicorn else "test client, in process"
    print(
        f"/api/events?country&date_from&date_to&limit=500 on {options.events:,} events ({how}), "
        f"{len(timings)} requests, ~{page} events a page: "
        f"p50 {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
        f"max {max(timings):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
