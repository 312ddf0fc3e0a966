"""Run a batch of articles through the pipeline into JSON Lines and a store.

This is what ``eventatlas extract`` does, as a library function: read
INPUT, extract each article (failures recorded, never raised), write the
events in input order, store them when a store is given, and count.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from eventatlas.article import Article
from eventatlas.pipeline import Failure, Outcome, Pipeline
from eventatlas.settings import Settings


@dataclass
class RunSummary:
    """What a run read, skipped and wrote."""

    read: int = 0
    skipped: int = 0
    events: int = 0
    stored_articles: int = 0
    failures: list[Failure] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary printed on standard error."""
        stored = f", {self.stored_articles} new article(s) stored" if self.stored_articles else ""
        return (
            f"{self.read} article(s) read, {self.skipped} skipped, "
            f"{self.events} event(s) written{stored}"
        )


Warn = Callable[[str], None]


def outcomes(
    articles: Iterable[Article | Failure], settings: Settings, pipeline: Pipeline | None = None
) -> Iterator[Outcome]:
    """Each article's outcome, locally or on a Dask cluster when settings ask for one."""
    if settings.workers or settings.cluster:
        from eventatlas.batch.dask import run_on_dask

        yield from run_on_dask(articles, settings)
        return
    yield from (pipeline or Pipeline.default(settings)).run(articles)


def run_extract(
    articles: Iterable[Article | Failure],
    *,
    settings: Settings,
    out: TextIO | None = None,
    sink: Callable[[dict[str, Any]], None] | None = None,
    store: Any = None,
    warn: Warn = lambda message: None,
    advance: Callable[[], None] = lambda: None,
    pipeline: Pipeline | None = None,
) -> RunSummary:
    """Extract every article, write events to ``out`` (and ``sink``) and save them to ``store``."""
    summary = RunSummary()
    for outcome in outcomes(articles, settings, pipeline):
        advance()
        summary.read += 1
        if outcome.failure is not None:
            summary.skipped += 1
            summary.failures.append(outcome.failure)
            warn(f"skipped {outcome.failure.where}: {outcome.failure.message}")
            continue
        assert outcome.article is not None
        for problem in outcome.article.problems:
            warn(f"{outcome.article.origin or outcome.article.id}: {problem.message}")
        records = _store(store, outcome, summary)
        for record in records:
            if out is not None:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if sink is not None:
                sink(record)
        summary.events += len(records)
    return summary


def _store(store: Any, outcome: Outcome, summary: RunSummary) -> list[dict[str, Any]]:
    records = [event.to_dict() for event in outcome.events]
    if store is None or outcome.article is None:
        return records
    result = store.save(outcome.article, outcome.events)
    summary.stored_articles += int(result.new)
    for record in records:
        record["incident_id"] = result.incident_ids.get(record["event_id"])
    return records
