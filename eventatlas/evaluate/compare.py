"""Rules-only against rules plus the learned relabelling, on the same gold rows.

``compare_file`` runs extraction twice over the rows of one split, once
with the default pipeline and once with the ``learned`` step placed after
``candidates``, and scores both the way ``eventatlas evaluate`` does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from eventatlas.errors import UsageError
from eventatlas.evaluate.gold import SPLITS, article_of, in_split, read_gold
from eventatlas.evaluate.scoring import EvaluationResult, score_row
from eventatlas.extract.learned import RESOURCE_KEY, SubEventModel, steps_with_learned
from eventatlas.extract.steps import actor_lexicon
from eventatlas.pipeline import DEFAULT_STEPS, Pipeline, Resources
from eventatlas.settings import Settings


@dataclass
class Comparison:
    """The same rows scored rules-only and with the learned step."""

    rules: EvaluationResult
    learned: EvaluationResult

    def summary(self) -> dict[str, dict[str, float]]:
        """Weighted F1, macro F1 and event-type accuracy of each extractor."""
        return {"rules": headline(self.rules), "learned": headline(self.learned)}

    def to_json(self) -> str:
        both = {"rules": json.loads(self.rules.to_json())}
        both["learned"] = json.loads(self.learned.to_json())
        return json.dumps({"summary": self.summary(), **both}, indent=2, default=float)


def headline(result: EvaluationResult) -> dict[str, float]:
    """The three figures a comparison leads with."""
    weighted, macro = result.f1()
    return {
        "weighted_f1": weighted,
        "macro_f1": macro,
        "event_type_accuracy": result.accuracy("event_type"),
        "rows": float(result.rows),
    }


def make_pipeline(
    settings: Settings, model: SubEventModel | None, *, learned: bool, resources: Resources
) -> Pipeline:
    """The default pipeline, with the learned step (using ``model``) when ``learned``."""
    if learned:
        resources.cache[RESOURCE_KEY] = model
        return Pipeline.from_names(steps_with_learned(DEFAULT_STEPS), settings, resources)
    return Pipeline.from_names(DEFAULT_STEPS, settings, resources)


def score_with(
    pipeline: Pipeline,
    rows: Iterable[dict[str, Any]],
    *,
    lexicon: Any,
    result: EvaluationResult | None = None,
    advance: Callable[[], None] = lambda: None,
) -> EvaluationResult:
    """Run ``pipeline`` over each row's notes and add the scores to ``result``."""
    result = result if result is not None else EvaluationResult()
    for index, row in enumerate(rows):
        article = article_of(row, index)
        if article is None:
            continue
        score_row(result, row, pipeline.run_one(article).events, lexicon)
        advance()
    return result


def compare_rows(
    rows: Sequence[dict[str, Any]],
    *,
    settings: Settings,
    model: SubEventModel | None = None,
    advance: Callable[[], None] = lambda: None,
) -> Comparison:
    """Score ``rows`` rules-only and with the learned step (the installed model by default)."""
    resources = Resources(settings)
    lexicon = actor_lexicon(resources)
    model = model if model is not None else SubEventModel.load()
    if model is None:
        raise UsageError(
            "no learned model: install the [embeddings] extra and run scripts/train-classifier"
        )
    results = [
        score_with(
            make_pipeline(settings, model, learned=learned, resources=resources),
            rows,
            lexicon=lexicon,
            advance=advance,
        )
        for learned in (False, True)
    ]
    return Comparison(*results)


def compare_file(
    path: Path,
    *,
    settings: Settings,
    limit: int | None = None,
    split: str = "all",
    advance: Callable[[], None] = lambda: None,
) -> Comparison:
    """``compare_rows`` over the rows of ``split`` in a CSV or JSON Lines file."""
    if split not in SPLITS:
        raise UsageError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    rows = [row for row in read_gold(path) if in_split(row, split)][:limit]
    return compare_rows(rows, settings=settings, advance=advance)


def weakest(result: EvaluationResult, count: int = 5) -> list[tuple[str, dict[str, float]]]:
    """The ``count`` gold classes with the lowest F1 (ties: the larger class first)."""
    table = [(name, row) for name, row in result.per_class().items() if row["support"]]
    return sorted(table, key=lambda item: (item[1]["f1"], -item[1]["support"]))[:count]


def print_comparison(comparison: Comparison, console: Console) -> None:
    """The headline figures side by side, then each extractor's weakest classes."""
    table = Table(title="Sub-event type: rules against learned")
    for column in ("figure", "rules", "learned"):
        table.add_column(column, justify="left" if column == "figure" else "right")
    summary = comparison.summary()
    for figure in ("weighted_f1", "macro_f1", "event_type_accuracy"):
        rules, learned = summary["rules"][figure], summary["learned"][figure]
        table.add_row(figure, f"{rules:.3f}", f"{learned:.3f}")
    console.print(table)
    for name, result in (("rules", comparison.rules), ("learned", comparison.learned)):
        weak = Table(title=f"Five weakest classes ({name})")
        for column in ("class", "precision", "recall", "F1", "support"):
            weak.add_column(column, justify="left" if column == "class" else "right")
        for label, row in weakest(result):
            figures = (row["precision"], row["recall"], row["f1"])
            weak.add_row(label, *(f"{x:.3f}" for x in figures), str(int(row["support"])))
        console.print(weak)
