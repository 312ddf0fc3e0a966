"""Geocoding accuracy and speed on ACLED's development set, per region.

For each coded event, the coder's ``notes`` become an article; find_places and
locate run over the whole text and the first location is compared with the
coder's point, admin1 and country (admin1 agrees when the coder's name is a name
of our division, in any spelling the gazetteer knows). Prints the share within 25 km, admin1 and
country agreement and the median error, per ACLED region, overall and for the
events the coder placed at a named town (geo_precision 1), plus the index load
time and milliseconds per article. Events we place nowhere count as misses.

Then the same rows go through the whole pipeline (the article built as
``eventatlas evaluate`` builds it) and the place of its most confident occurred
event is scored the same way: that is what users get, the report's country
included when the geocoder names nothing (``--no-pipeline`` skips it).

Tune on ``--split dev`` and report ``--split test`` (a stable 70/30 split on the
event id, :func:`eventatlas.evaluate.gold.in_split`).

``--file`` scores another file of rows in the same shape (our own
``tests/samples/notes_mideast.jsonl`` covers the Middle East, which the development
file lacks; its rows are all scored, whatever ``--split`` says).

Usage: python bench/geocode.py [--split all|dev|test] [--file PATH] [--limit N] [--index PATH]
       [--misses N] [--pipeline-misses N] [--no-pipeline]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventatlas.article import Article, Sentence
from eventatlas.evaluate.gold import SPLITS, article_of, in_split
from eventatlas.evaluate.scoring import _best
from eventatlas.event import Event
from eventatlas.geocode.countries import find_country, load_countries
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.locate import locate
from eventatlas.geocode.mentions import find_places
from eventatlas.geocode.normalise import exact_key
from eventatlas.pipeline import Pipeline, Resources
from eventatlas.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "acled-dev" / "acled-dev.jsonl"


@dataclass
class Outcome:
    region: str
    precision: int
    located: bool
    km: float | None
    admin1: bool
    country: bool
    named: bool = False


def sentences(text: str) -> list[Sentence]:
    """The project's sentence splitter when it is there, else a plain one."""
    try:
        from eventatlas.parse.sentences import sentences_of
    except ImportError:
        return [Sentence(0, len(text), text, 0, 0)]
    return sentences_of(text)


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class Spot:
    """Where we put an event: point, country and admin1, from either path."""

    name: str
    latitude: float
    longitude: float
    iso2: str
    iso3: str
    admin1: str | None


def score(gazetteer: Gazetteer, row: dict[str, Any], spot: Spot | None) -> Outcome:
    country = find_country(row["country"])
    region = country.region if country else "?"
    named = exact_key(row["location"].split("-")[0]) in exact_key(row["notes"])
    if spot is None:
        return Outcome(region, row["geo_precision"], False, None, False, False, named)
    km = km_between((spot.latitude, spot.longitude), (row["latitude"], row["longitude"]))
    return Outcome(
        region,
        row["geo_precision"],
        True,
        km,
        gazetteer.same_admin1(spot.iso2, spot.admin1, row["admin1"]),
        spot.iso3 == (country.iso3 if country else ""),
        named,
    )


def event_spot(event: Event | None) -> Spot | None:
    """The pipeline event's place, or None when it has no point."""
    if event is None or event.latitude is None or event.longitude is None:
        return None
    country = load_countries().get(event.iso3 or "")
    iso2 = country.iso2 if country else ""
    name = event.location or ""
    return Spot(name, event.latitude, event.longitude, iso2, event.iso3 or "", event.admin1)


def show_miss(row: dict[str, Any], outcome: Outcome, spot: Spot | None, label: str) -> bool:
    """Print a row placed more than 25 km off; whether it was one."""
    if outcome.km is not None and outcome.km <= 25:
        return False
    where = f"{spot.name} ({spot.iso2})" if spot else "nothing"
    print(f"{label}: {row['location']} ({row['country']}) -> {where}: {row['notes'][:140]}")
    return True


def run(
    rows: list[dict[str, Any]], gazetteer: Gazetteer, misses: int
) -> tuple[list[Outcome], float]:
    outcomes: list[Outcome] = []
    spent = 0.0
    shown = 0
    for row in rows:
        article = Article(id=row["event_id_cnty"], text=row["notes"], source=row.get("source"))
        article.sentences = sentences(article.text)
        started = time.perf_counter()
        article.places = find_places(article, gazetteer)
        found = locate(article, 0, len(article.text))
        spent += time.perf_counter() - started
        place = found[0].place if found else None
        spot = (
            Spot(place.name, place.latitude, place.longitude, place.iso2, place.iso3, place.admin1)
            if place
            else None
        )
        outcome = score(gazetteer, row, spot)
        outcomes.append(outcome)
        if shown < misses and show_miss(row, outcome, spot, "miss"):
            shown += 1
    return outcomes, spent


def run_pipeline(rows: list[dict[str, Any]], gazetteer: Gazetteer, misses: int) -> list[Outcome]:
    """Score the place of each row's most confident occurred event from the whole pipeline."""
    settings = Settings.from_env()
    pipeline = Pipeline.default(settings, Resources(settings))
    outcomes: list[Outcome] = []
    shown = 0
    for index, row in enumerate(rows):
        article = article_of(row, index)
        event = _best(pipeline.run_one(article).events) if article else None
        spot = event_spot(event)
        outcome = score(gazetteer, row, spot)
        outcomes.append(outcome)
        if shown < misses and show_miss(row, outcome, spot, "pipeline miss"):
            shown += 1
    return outcomes


def line(label: str, outcomes: list[Outcome]) -> str:
    n = len(outcomes)
    if not n:
        return f"{label:28} {0:>6}"
    near = sum(1 for o in outcomes if o.km is not None and o.km <= 25) / n
    errors = [o.km for o in outcomes if o.km is not None]
    median = statistics.median(errors) if errors else float("nan")
    return (
        f"{label:28} {n:>6} {sum(o.located for o in outcomes) / n:>8.1%} {near:>8.1%}"
        f" {sum(o.admin1 for o in outcomes) / n:>8.1%} {sum(o.country for o in outcomes) / n:>8.1%}"
        f" {median:>9.1f}"
    )


def report(outcomes: list[Outcome], path: str) -> None:
    header = f"{'region':28} {'events':>6} {'located':>8} {'<=25km':>8} {'admin1':>8} {'country':>8} {'median km':>9}"
    town = [o for o in outcomes if o.precision == 1]
    for title, chosen in (
        ("all events", outcomes),
        ("geo_precision 1", town),
        ("geo_precision 1, the coder's place named in the notes", [o for o in town if o.named]),
    ):
        print(f"\n{title} ({path})\n{header}")
        by_region: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in chosen:
            by_region[outcome.region].append(outcome)
        for region in sorted(by_region):
            print(line(region, by_region[region]))
        print(line("all regions", chosen))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="all", help="rows to score")
    parser.add_argument(
        "--file", type=Path, default=None, help="rows in acled-dev.jsonl's shape (default: it)"
    )
    parser.add_argument("--limit", type=int, default=0, help="use only the first N events")
    parser.add_argument("--index", type=Path, default=None, help="gazetteer index file")
    parser.add_argument("--misses", type=int, default=0, help="print the first N misses")
    parser.add_argument(
        "--pipeline-misses", type=int, default=0, help="print the pipeline's first N misses"
    )
    parser.add_argument(
        "--no-pipeline", action="store_true", help="score the geocoder alone, not the pipeline"
    )
    options = parser.parse_args()
    data = options.file or DATA
    if not data.is_file():
        print(f"skipped: {data} is not here")
        return 0
    rows = [json.loads(text) for text in data.open(encoding="utf-8") if text.strip()]
    if options.file is None:
        rows = [row for row in rows if in_split(row, options.split)]
    rows = rows[: options.limit] if options.limit else rows
    path = options.index or Settings.from_env().gazetteer_file
    Gazetteer.open(path).close()  # build first, so the load is timed alone
    started = time.perf_counter()
    gazetteer = Gazetteer.open(path, build=False)
    load = time.perf_counter() - started
    outcomes, spent = run(rows, gazetteer, options.misses)
    report(outcomes, "geocoder alone")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nindex load {load:.2f} s; find_places+locate {spent / len(rows) * 1000:.2f} ms/article;"
        f" peak RSS {rss:.0f} MB"
    )
    if not options.no_pipeline:
        report(run_pipeline(rows, gazetteer, options.pipeline_misses), "pipeline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
