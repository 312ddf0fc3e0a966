"""Articles per second and peak memory of the default pipeline.

Generates a corpus of one-paragraph wire reports (our own templates over
real place and group names), runs the default pipeline over it in one
process and prints the figures. Usage: python bench/throughput.py [N]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from eventatlas.article import Article
from eventatlas.pipeline import Pipeline
from eventatlas.settings import Settings

PLACES = [
    ("Mogadishu", "Somalia"),
    ("Kismayo", "Somalia"),
    ("Aleppo", "Syria"),
    ("Idlib", "Syria"),
    ("Mosul", "Iraq"),
    ("Kirkuk", "Iraq"),
    ("Marib", "Yemen"),
    ("Taiz", "Yemen"),
    ("Gao", "Mali"),
    ("Djibo", "Burkina Faso"),
    ("Maiduguri", "Nigeria"),
    ("Beni", "Democratic Republic of Congo"),
    ("Kharkiv", "Ukraine"),
    ("Kandahar", "Afghanistan"),
    ("Nairobi", "Kenya"),
    ("Arauca", "Colombia"),
]
ACTORS = [
    "Gunmen",
    "Al Shabaab militants",
    "Islamic State fighters",
    "Houthi forces",
    "Government troops",
    "Unidentified attackers",
    "Protesters",
    "Police",
    "Taliban fighters",
    "Security forces",
]
EVENTS = [
    "{actor} attacked a checkpoint near {place} on {day}, killing {n} soldiers, officials said.",
    "An air strike hit a market in {place} on {day}, killing {n} civilians, a local source told Reuters.",
    "{actor} clashed with rivals in {place}, {country}, late on {day}; {n} people were killed.",
    "Hundreds of protesters marched in {place} on {day} to demand higher wages; police fired tear gas.",
    "A roadside bomb exploded near a convoy outside {place} on {day}, wounding {n} people.",
    "{actor} abducted {n} villagers near {place} on {day}, residents said.",
    "Police arrested {n} suspects in {place} on {day} after a grenade attack on a bar.",
    "Heavy rains flooded parts of {place} on {day}, killing {n} people and destroying homes.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def corpus(size: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    articles = []
    for index in range(size):
        place, country = rng.choice(PLACES)
        text = rng.choice(EVENTS).format(
            actor=rng.choice(ACTORS),
            place=place,
            country=country,
            day=rng.choice(DAYS),
            n=rng.randint(1, 30),
        )
        articles.append(
            Article(f"bench-{index}", f"{place.upper()} (Reuters) - {text}", published="2024-05-12")
        )
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("size", nargs="?", type=int, default=5000, help="how many reports")
    size = parser.parse_args().size
    started = time.perf_counter()
    pipeline = Pipeline.default(Settings.from_env(progress=False))
    pipeline.run_one(
        Article(
            "warm",
            "KABUL (AP) — Gunmen killed two police officers in Kabul on Sunday.",
            published="2021-03-15",
        )
    )
    loaded = time.perf_counter() - started
    articles = corpus(size)
    started = time.perf_counter()
    events = sum(len(outcome.events) for outcome in pipeline.run(articles))
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pipeline load: {loaded:.2f} s")
    print(f"articles: {size}, events: {events}, time: {elapsed:.2f} s")
    print(f"throughput: {size / elapsed:.0f} articles/s (one process)")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
