"""Extraction figures on our labelled news reports (tests/samples/news.jsonl or another set).

Prints event precision and recall (occurred events), the recall of events
found with the coder's own sub-event type, the sub-event weighted and macro
F1 over every coded event (missed events wrong, spurious ones false
positives), and the agreement of each field on matched events.
Usage: python bench/news.py [FILE]   (tests/samples/news_holdout*.jsonl are
the held-out sets, written without looking at the extractor)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventatlas.evaluate.reports import score_reports
from eventatlas.extract.steps import actor_lexicon, gazetteer
from eventatlas.pipeline import Pipeline, Resources
from eventatlas.settings import Settings

SET = Path(__file__).resolve().parents[1] / "tests" / "samples" / "news.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SET
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    resources = Resources(Settings.from_env(progress=False))
    pipeline = Pipeline.default(resources.settings, resources)
    score = score_reports(rows, pipeline, actor_lexicon(resources), gazetteer(resources))
    print(
        f"reports: {len(rows)}, gold events: {score.gold}, extracted: {score.extracted}, matched: {score.matched}"
    )
    for name, value in score.figures().items():
        print(f"{name}: {value:.3f}")


if __name__ == "__main__":
    main()
