"""How well stored incidents match a labelled set: pairwise and B-cubed scores over articles.

Each labelled article names its gold incident. An article's predicted
incident is that of its *lead* event (the first in the text, as news
leads with what happened; the most confident of its sentence's events); an article without events is an incident
of its own. Pairwise precision is the share of article pairs put together
that belong together (a wrong merge hides a happening, the worse error);
B-cubed averages, per article, the precision and recall of its cluster.
:func:`synthetic_reports` makes the large, realistic input of the speed
benchmark (``bench/incidents.py``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from eventatlas.event import Event
from eventatlas.incidents.rules import NEIGHBOURS, Report


@dataclass(frozen=True)
class Scores:
    """Pairwise and B-cubed precision, recall and F1 of a predicted partition."""

    pair_precision: float
    pair_recall: float
    bcubed_precision: float
    bcubed_recall: float

    @property
    def pair_f1(self) -> float:
        """Harmonic mean of the pairwise precision and recall."""
        return _f1(self.pair_precision, self.pair_recall)

    @property
    def bcubed_f1(self) -> float:
        """Harmonic mean of the B-cubed precision and recall."""
        return _f1(self.bcubed_precision, self.bcubed_recall)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: Mapping[str, str], predicted: Mapping[str, str]) -> Scores:
    """The scores of ``predicted`` (article -> incident) against ``gold`` (same articles)."""
    items = sorted(gold)
    if set(predicted) != set(items):
        raise ValueError("gold and predicted must label the same articles")
    gold_pairs, found_pairs = _pairs(gold, items), _pairs(predicted, items)
    shared = len(gold_pairs & found_pairs)
    pair_p = shared / len(found_pairs) if found_pairs else 1.0
    pair_r = shared / len(gold_pairs) if gold_pairs else 1.0
    bc_p, bc_r = _bcubed(gold, predicted, items)
    return Scores(pair_p, pair_r, bc_p, bc_r)


def _pairs(labels: Mapping[str, str], items: Sequence[str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for item in items:
        groups[labels[item]].append(item)
    return {pair for members in groups.values() for pair in combinations(members, 2)}


def _bcubed(
    gold: Mapping[str, str], predicted: Mapping[str, str], items: Sequence[str]
) -> tuple[float, float]:
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_found: dict[str, set[str]] = defaultdict(set)
    for item in items:
        by_gold[gold[item]].add(item)
        by_found[predicted[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same = len(by_gold[gold[item]] & by_found[predicted[item]])
        precision += same / len(by_found[predicted[item]])
        recall += same / len(by_gold[gold[item]])
    return precision / len(items), recall / len(items)


def lead_event(events: Sequence[Event]) -> Event | None:
    """The event an article is about: its first (the most confident of a sentence's)."""
    ordered = sorted(events, key=lambda e: (e.evidence.start, -e.confidence, e.event_id))
    return ordered[0] if ordered else None


def article_incidents(
    articles: Iterable[tuple[str, Sequence[Event]]], incident_of: Mapping[str, str | None]
) -> dict[str, str]:
    """Each article's predicted incident: its lead event's (or one of its own)."""
    found = {}
    for article_id, events in articles:
        lead = lead_event(events)
        incident = incident_of.get(lead.event_id) if lead is not None else None
        found[article_id] = incident or f"article:{article_id}"
    return found


# Countries of the synthetic set: (iso3, south, west, north, east), roughly.
_AREAS = (
    ("SYR", 32.5, 36.0, 37.0, 42.0), ("IRQ", 29.5, 39.0, 37.0, 48.0),
    ("YEM", 12.8, 43.0, 18.0, 52.0), ("AFG", 29.5, 61.0, 38.0, 74.0),
    ("PAK", 24.5, 61.0, 36.5, 77.0), ("NGA", 4.5, 3.0, 13.5, 14.5),
    ("SOM", -1.5, 41.0, 11.5, 51.0), ("MLI", 10.5, -12.0, 24.5, 4.0),
    ("BFA", 9.5, -5.5, 15.0, 2.0), ("COD", -13.0, 12.5, 5.0, 31.0),
    ("SDN", 9.0, 22.0, 22.0, 38.0), ("ETH", 3.5, 33.0, 14.8, 47.9),
    ("UKR", 44.5, 22.5, 52.3, 40.0), ("MMR", 10.0, 92.5, 28.5, 101.0),
    ("IND", 8.0, 68.5, 35.0, 97.0), ("MEX", 15.0, -117.0, 32.5, -87.0),
    ("COL", -4.0, -79.0, 12.0, -67.0), ("LBY", 20.0, 10.0, 33.0, 25.0),
    ("KEN", -4.5, 34.0, 5.0, 41.5), ("CMR", 2.0, 8.5, 13.0, 16.0),
)  # fmt: skip
_TYPES = (
    "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack",
    "Remote explosive/landmine/IED", "Peaceful protest", "Protest with intervention",
    "Abduction/forced disappearance", "Arrests", "Looting/property destruction",
)  # fmt: skip
_ACTORS = ("Islamic State", "Al Shabaab", "Military Forces of {c}", "Police Forces of {c}")


def synthetic_reports(count: int, *, seed: int = 7, days: int = 730) -> list[Report]:
    """About ``count`` reports of happenings over ``days`` in 20 countries, 1 to 5 reports each.

    A fifth of the happenings are at a few hot spots per country (a town
    shelled week after week); reports of one happening differ as real ones
    do: a place a few km off or only the region, a day off, a neighbouring
    type, an actor left unnamed.
    """
    chance = random.Random(seed)
    spots = {area[0]: [_point(chance, area) for _ in range(5)] for area in _AREAS}
    start = dt.date(2022, 1, 1)
    found: list[Report] = []
    happening = 0
    while len(found) < count:
        area = chance.choice(_AREAS)
        where = chance.choice(spots[area[0]]) if chance.random() < 0.2 else _point(chance, area)
        when = start + dt.timedelta(days=chance.randrange(days))
        kind = chance.choice(_TYPES)
        actor = chance.choice(_ACTORS).format(c=area[0])
        for copy in range(min(chance.choice((1, 1, 2, 2, 3, 4, 5)), count - len(found))):
            found.append(
                _report(chance, f"S{happening:07d}-{copy}", area, where, when, kind, actor)
            )
        happening += 1
    return found


def _point(
    chance: random.Random, area: tuple[str, float, float, float, float]
) -> tuple[float, float]:
    return chance.uniform(area[1], area[3]), chance.uniform(area[2], area[4])


def _report(
    chance: random.Random,
    event_id: str,
    area: tuple[str, float, float, float, float],
    where: tuple[float, float],
    when: dt.date,
    kind: str,
    actor: str,
) -> Report:
    precision = chance.choice((1, 1, 1, 2, 2, 3))
    jitter = (0.02, 0.1, 0.0)[precision - 1]
    day = when + dt.timedelta(days=chance.choice((0, 0, 0, 0, 1, -1)))
    vague = chance.random() < 0.1
    neighbours = [b for pair in NEIGHBOURS if kind in pair for b in pair if b != kind]
    if neighbours and chance.random() < 0.15:
        kind = chance.choice(sorted(neighbours))
    return Report(
        event_id, f"A-{event_id}", kind, area[0],
        day - dt.timedelta(days=6 if vague else 0), day,
        f"{area[0]}-{int(where[0])}-{int(where[1])}",
        where[0] + chance.uniform(-jitter, jitter), where[1] + chance.uniform(-jitter, jitter),
        precision, actor if chance.random() < 0.7 else None,
        time_precision=2 if vague else 1, modality="occurred",
    )  # fmt: skip
