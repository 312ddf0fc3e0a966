"""Geocoding accuracy and speed on ACLED's development set, per region.

For each coded event, the coder's ``notes`` become an article; find_places and
locate run over the whole text and the first location is compared with the
coder's point, admin1 and country (admin1 agrees when the coder's name is a name
of our division, in any spelling the gazetteer knows). Prints the share within 25 km, admin1 and
country agreement and the median error, per ACLED region, overall and for the
events the coder placed at a named town (geo_precision 1), plus the index load
time and milliseconds per article. Events we place nowhere count as misses.

Tune on ``--split dev`` and report ``--split test`` (a stable 70/30 split on the
event id, :func:`eventatlas.evaluate.gold.in_split`).

Usage: python bench/geocode.py [--split all|dev|test] [--limit N] [--index PATH] [--misses N]
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
from eventatlas.evaluate.gold import SPLITS, in_split
from eventatlas.event import Location
from eventatlas.geocode.countries import find_country
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.locate import locate
from eventatlas.geocode.mentions import find_places
from eventatlas.geocode.normalise import exact_key
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


def score(gazetteer: Gazetteer, row: dict[str, Any], location: Location | None) -> Outcome:
    country = find_country(row["country"])
    region = country.region if country else "?"
    named = exact_key(row["location"].split("-")[0]) in exact_key(row["notes"])
    if location is None:
        return Outcome(region, row["geo_precision"], False, None, False, False, named)
    place = location.place
    km = km_between((place.latitude, place.longitude), (row["latitude"], row["longitude"]))
    return Outcome(
        region,
        row["geo_precision"],
        True,
        km,
        gazetteer.same_admin1(place.iso2, place.admin1, row["admin1"]),
        place.iso3 == (country.iso3 if country else ""),
        named,
    )


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
        outcome = score(gazetteer, row, found[0] if found else None)
        outcomes.append(outcome)
        if shown < misses and (outcome.km is None or outcome.km > 25):
            shown += 1
            where = f"{found[0].place.name} ({found[0].place.iso2})" if found else "nothing"
            print(f"miss: {row['location']} ({row['country']}) -> {where}: {row['notes'][:140]}")
    return outcomes, spent


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


def report(outcomes: list[Outcome]) -> None:
    header = f"{'region':28} {'events':>6} {'located':>8} {'<=25km':>8} {'admin1':>8} {'country':>8} {'median km':>9}"
    town = [o for o in outcomes if o.precision == 1]
    for title, chosen in (
        ("all events", outcomes),
        ("geo_precision 1", town),
        ("geo_precision 1, the coder's place named in the notes", [o for o in town if o.named]),
    ):
        print(f"\n{title}\n{header}")
        by_region: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in chosen:
            by_region[outcome.region].append(outcome)
        for region in sorted(by_region):
            print(line(region, by_region[region]))
        print(line("all regions", chosen))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="all", help="rows to score")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N events")
    parser.add_argument("--index", type=Path, default=None, help="gazetteer index file")
    parser.add_argument("--misses", type=int, default=0, help="print the first N misses")
    options = parser.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} is not here")
        return 0
    rows = [json.loads(text) for text in DATA.open(encoding="utf-8")]
    rows = [row for row in rows if in_split(row, options.split)]
    rows = rows[: options.limit] if options.limit else rows
    path = options.index or Settings.from_env().gazetteer_file
    Gazetteer.open(path).close()  # build first, so the load is timed alone
    started = time.perf_counter()
    gazetteer = Gazetteer.open(path, build=False)
    load = time.perf_counter() - started
    outcomes, spent = run(rows, gazetteer, options.misses)
    report(outcomes)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nindex load {load:.2f} s; find_places+locate {spent / len(rows) * 1000:.2f} ms/article;"
        f" peak RSS {rss:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
