"""Per-field agreement and per-class precision, recall and F1 against gold rows."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from eventatlas.errors import UsageError
from eventatlas.evaluate.gold import SPLITS, article_of, in_split, read_gold
from eventatlas.event import Event
from eventatlas.extract.steps import actor_lexicon, gazetteer
from eventatlas.geocode.countries import load_countries
from eventatlas.pipeline import Pipeline, Resources
from eventatlas.settings import Settings

NONE = "(no event)"
FIELDS = (
    "event_type",
    "sub_event_type",
    "actor1",
    "fatalities",
    "event_date",
    "country",
    "admin1",
    "within_25km",
    "modality_occurred",
)


@dataclass
class EvaluationResult:
    """Counts behind every figure, and the figures."""

    rows: int = 0
    agree: Counter[str] = field(default_factory=Counter)
    scored: Counter[str] = field(default_factory=Counter)
    pairs: list[tuple[str, str]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.agree[name] / self.scored[name] if self.scored[name] else math.nan

    def per_class(self) -> dict[str, dict[str, float]]:
        """Precision, recall, F1 and support of each sub-event type."""
        classes = sorted({g for g, _ in self.pairs} | {p for _, p in self.pairs} - {NONE})
        table = {}
        for name in classes:
            tp = sum(1 for g, p in self.pairs if g == name and p == name)
            predicted = sum(1 for _, p in self.pairs if p == name)
            support = sum(1 for g, _ in self.pairs if g == name)
            precision = tp / predicted if predicted else 0.0
            recall = tp / support if support else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            table[name] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
        return table

    def f1(self) -> tuple[float, float]:
        """(weighted F1, macro F1) over the gold classes."""
        table = {k: v for k, v in self.per_class().items() if v["support"] and k != NONE}
        total = sum(v["support"] for v in table.values()) or 1
        weighted = sum(v["f1"] * v["support"] for v in table.values()) / total
        macro = sum(v["f1"] for v in table.values()) / (len(table) or 1)
        return weighted, macro

    def confusion(self) -> dict[str, dict[str, int]]:
        matrix: dict[str, Counter[str]] = {}
        for gold, predicted in self.pairs:
            matrix.setdefault(gold, Counter())[predicted] += 1
        return {gold: dict(row) for gold, row in sorted(matrix.items())}

    def to_json(self) -> str:
        weighted, macro = self.f1()
        report = {
            "rows": self.rows,
            "fields": {
                name: {"accuracy": self.accuracy(name), "scored": self.scored[name]}
                for name in FIELDS
            },
            "sub_event_type": {
                "weighted_f1": weighted,
                "macro_f1": macro,
                "per_class": self.per_class(),
            },
            "confusion": self.confusion(),
        }
        return json.dumps(report, indent=2, default=float)


def _distance_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _best(events: list[Event]) -> Event | None:
    occurred = [e for e in events if e.modality == "occurred"]
    return max(occurred or events, key=lambda e: e.confidence, default=None) if events else None


_PERIOD = re.compile(r"\s*\((?:\d{4}-(?:\d{4})?)\)")


def _norm(value: Any) -> str:
    return str(value or "").strip().lower()


def same_actor(ours: str | None, gold: str | None, lexicon: Any) -> bool:
    """Whether our actor is the coder's, reading ACLED's period suffixes and sub-units."""
    if not gold:
        return not ours
    gold_name = lexicon.canonical(gold) if lexicon is not None else None
    gold_name = gold_name or _PERIOD.sub("", gold).strip()
    return _norm(ours) == _norm(gold_name)


def same_admin1(event: Event, gold: str | None, gazetteer: Any) -> bool:
    """Whether our admin1 is the coder's division, in any spelling the gazetteer knows."""
    if not event.admin1 or not gold:
        return False
    if _norm(event.admin1) == _norm(gold):
        return True
    country = load_countries().get(event.iso3 or "")
    if gazetteer is None or country is None:
        return False
    return bool(gazetteer.same_admin1(country.iso2, event.admin1, gold))


def score_row(
    result: EvaluationResult,
    row: dict[str, Any],
    events: list[Event],
    lexicon: Any = None,
    gazetteer: Any = None,
) -> None:
    """Add one gold row and the events extracted from its notes."""
    result.rows += 1
    event = _best(events)
    result.pairs.append((row["sub_event_type"], event.sub_event_type if event else NONE))
    checks: dict[str, bool | None] = {
        "event_type": event is not None and event.event_type == row["event_type"],
        "sub_event_type": event is not None and event.sub_event_type == row["sub_event_type"],
        "actor1": event is not None and same_actor(event.actor1, row.get("actor1"), lexicon),
        "fatalities": event is not None
        and (event.fatalities or 0) == int(row.get("fatalities") or 0),
        "event_date": event is not None and event.event_date == str(row.get("event_date"))[:10],
        "country": event is not None and _norm(event.country) == _norm(row.get("country")),
        "admin1": event is not None and same_admin1(event, row.get("admin1"), gazetteer),
        "within_25km": None,
        "modality_occurred": event is not None and event.modality == "occurred",
    }
    if event is not None and event.latitude is not None and row.get("latitude") not in (None, ""):
        km = _distance_km(
            event.latitude, event.longitude or 0.0, float(row["latitude"]), float(row["longitude"])
        )
        checks["within_25km"] = km <= 25
    for name, ok in checks.items():
        if ok is not None:
            result.scored[name] += 1
            result.agree[name] += int(ok)


def evaluate_rows(
    rows: Iterable[dict[str, Any]],
    *,
    settings: Settings,
    limit: int | None = None,
    split: str = "all",
    advance: Callable[[], None] = lambda: None,
) -> EvaluationResult:
    """Run extraction on each row's notes and score it."""
    resources = Resources(settings)
    pipeline = Pipeline.default(settings, resources)
    lexicon = actor_lexicon(resources)
    places = gazetteer(resources)
    result = EvaluationResult()
    for index, row in enumerate(r for r in rows if in_split(r, split)):
        if limit is not None and index >= limit:
            break
        article = article_of(row, index)
        if article is None:
            continue
        outcome = pipeline.run_one(article)
        score_row(result, row, outcome.events, lexicon, places)
        advance()
    return result


def evaluate_file(
    path: Path,
    *,
    settings: Settings,
    limit: int | None = None,
    split: str = "all",
    advance: Callable[[], None] = lambda: None,
) -> EvaluationResult:
    """``evaluate_rows`` over a CSV or JSON Lines file."""
    if split not in SPLITS:
        raise UsageError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    rows = read_gold(path)
    return evaluate_rows(rows, settings=settings, limit=limit, split=split, advance=advance)


def print_report(result: EvaluationResult, console: Console) -> None:
    """Per-field figures, then per-class precision, recall and F1."""
    fields = Table(title=f"Agreement with the gold coding ({result.rows} rows)")
    fields.add_column("field")
    fields.add_column("accuracy", justify="right")
    fields.add_column("scored", justify="right")
    for name in FIELDS:
        fields.add_row(name, f"{result.accuracy(name):.3f}", str(result.scored[name]))
    console.print(fields)
    classes = Table(title="Sub-event type")
    for column in ("class", "precision", "recall", "F1", "support"):
        classes.add_column(column, justify="left" if column == "class" else "right")
    for name, row in sorted(result.per_class().items(), key=lambda item: -item[1]["support"]):
        classes.add_row(
            name,
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['f1']:.3f}",
            str(int(row["support"])),
        )
    console.print(classes)
    weighted, macro = result.f1()
    console.print(f"sub-event type: weighted F1 {weighted:.3f}, macro F1 {macro:.3f}")
