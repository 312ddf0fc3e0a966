"""Scoring whole news reports against the events an analyst coded from them.

Each labelled report lists its events; the events extracted from it are
matched to them one to one (same sub-event type first, then same event
type, then anything left in text order). Unmatched gold events count as
missed, unmatched extracted events as spurious.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from eventatlas.article import Article
from eventatlas.evaluate.scoring import NONE, EvaluationResult, same_actor, same_admin1
from eventatlas.event import Event
from eventatlas.pipeline import Pipeline

MATCH_FIELDS = (
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "admin1",
    "event_date",
    "fatalities",
)


@dataclass
class ReportScore:
    """Event-level counts and per-field agreement on matched events."""

    gold: int = 0
    extracted: int = 0
    matched: int = 0
    agree: Counter[str] = field(default_factory=Counter)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    # every gold and every extracted event once: matched pairs, missed gold events
    # as (type, NONE), spurious extracted ones as (NONE, type)
    labelled: list[tuple[str, str]] = field(default_factory=list)
    # reports whose labellers name the provinces they are about ("governorates"): how
    # many, in how many every one is an event's admin1, in how many at least one is
    regions: int = 0
    regions_all: int = 0
    regions_any: int = 0
    # for reading a development set: (labelled, ours, fields that differ) per matched
    # pair, then (labelled, None, ()) per missed event and (None, ours, ()) per spurious one
    shown: list[tuple[dict[str, Any] | None, dict[str, Any] | None, tuple[str, ...]]] = field(
        default_factory=list
    )

    def figures(self) -> dict[str, float]:
        precision = self.matched / self.extracted if self.extracted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        same = sum(1 for gold, ours in self.pairs if gold == ours)
        weighted, macro = EvaluationResult(pairs=self.labelled).f1()
        result = {
            "event_precision": precision,
            "event_recall": recall,
            # recall counting only events found with the coder's own sub-event type
            "event_recall_same_type": same / self.gold if self.gold else 0.0,
            # over every coded event: missed ones count as wrong, spurious ones as false
            # positives of the type they were given
            "sub_event_weighted_f1": weighted,
            "sub_event_macro_f1": macro,
        }
        for name in MATCH_FIELDS:
            result[name] = self.agree[name] / self.matched if self.matched else 0.0
        if self.regions:
            result["governorates_all_found"] = self.regions_all / self.regions
            result["governorates_any_found"] = self.regions_any / self.regions
        return result

    def count_regions(self, named: list[str], ours: list[Event], places: Any) -> None:
        """Whether the provinces a report is about are among its events' places."""
        if not named:
            return
        found = [any(same_admin1(e, name, places) for e in ours) for name in named]
        self.regions += 1
        self.regions_all += all(found)
        self.regions_any += any(found)


def _match(gold: list[dict[str, Any]], ours: list[Event]) -> list[tuple[dict[str, Any], Event]]:
    """Pair each labelled event with one of ours: the same sub-event type first, then the
    same event type, then any; among several, the one told for the same place and day
    (then the first), so that two protests of one report are not scored crosswise."""
    pairs: list[tuple[dict[str, Any], Event]] = []
    left = list(ours)
    for key in ("sub_event_type", "event_type", None):
        for item in [g for g in gold if all(g is not p[0] for p in pairs)]:
            fitting = [e for e in left if key is None or getattr(e, key) == item[key]]
            if fitting:
                found = max(fitting, key=lambda e: _closeness(item, e))
                pairs.append((item, found))
                left.remove(found)
    return pairs


def _closeness(item: dict[str, Any], event: Event) -> int:
    """How many of place and day an event shares with a labelled one (ties keep text order)."""
    place = _norm_place(item.get("location")) == _norm_place(event.location)
    day = str(item.get("event_date") or "")[:10] == str(event.event_date or "")[:10]
    return int(place) + int(day)


def _norm_place(value: Any) -> str:
    return str(value or "").strip().lower()


def _same(name: str, gold: Any, event: Event, lexicon: Any = None, places: Any = None) -> bool:
    ours = getattr(event, name)
    if name == "actor1":
        return same_actor(ours, gold, lexicon)
    if name == "admin1":
        return same_admin1(event, gold, places)
    if name == "fatalities":
        return int(gold or 0) == int(ours or 0)
    return str(gold or "").strip().lower() == str(ours or "").strip().lower()


def score_reports(
    rows: Iterable[dict[str, Any]], pipeline: Pipeline, lexicon: Any = None, places: Any = None
) -> ReportScore:
    """Score occurred events of every labelled report."""
    score = ReportScore()
    for row in rows:
        article = Article(
            row["id"], row["text"], published=row.get("published"), source=row.get("source")
        )
        ours = [e for e in pipeline.run_one(article).events if e.modality == "occurred"]
        gold = [g for g in row["events"] if g.get("modality", "occurred") == "occurred"]
        pairs = _match(gold, ours)
        score.count_regions(row.get("governorates") or [], ours, places)
        score.gold += len(gold)
        score.extracted += len(ours)
        score.matched += len(pairs)
        matched = {id(event) for _, event in pairs}
        score.labelled += [
            (g["sub_event_type"], NONE) for g in gold if all(g is not i for i, _ in pairs)
        ]
        score.labelled += [(NONE, e.sub_event_type) for e in ours if id(e) not in matched]
        for item, event in pairs:
            score.pairs.append((item["sub_event_type"], event.sub_event_type))
            score.labelled.append((item["sub_event_type"], event.sub_event_type))
            differ = []
            for name in MATCH_FIELDS:
                same = _same(name, item.get(name), event, lexicon, places)
                score.agree[name] += same
                differ += [] if same else [name]
            score.shown.append((item, _values(event), tuple(differ)))
        score.shown += [(g, None, ()) for g in gold if all(g is not i for i, _ in pairs)]
        score.shown += [(None, _values(e), ()) for e in ours if id(e) not in matched]
    return score


def _values(event: Event) -> dict[str, Any]:
    """An extracted event's scored fields, with its second actor, place and evidence."""
    names = (*MATCH_FIELDS, "actor2", "location")
    return {name: getattr(event, name) for name in names} | {"evidence": event.evidence.text}
