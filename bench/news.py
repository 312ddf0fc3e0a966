"""Extraction figures on our labelled news reports (tests/samples/news.jsonl or another set).

Prints event precision and recall (occurred events), the recall of events
found with the coder's own sub-event type, the sub-event weighted and macro
F1 over every coded event (missed events wrong, spurious ones false
positives), and the agreement of each field on matched events.

Usage: python bench/news.py [FILE] [--show] [--ids ID,ID]

tests/samples/news_holdout*.jsonl are the held-out sets, written without
looking at the extractor. --show prints, report by report, each labelled
event beside the one it was matched with, the missed ones and the spurious
ones (development sets only: reading a held-out set's rows spends it).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventatlas.evaluate.reports import MATCH_FIELDS, score_reports
from eventatlas.extract.steps import actor_lexicon, gazetteer
from eventatlas.pipeline import Pipeline, Resources
from eventatlas.settings import Settings

SET = Path(__file__).resolve().parents[1] / "tests" / "samples" / "news.jsonl"


def _brief(values: dict[str, Any], differ: tuple[str, ...] = ()) -> str:
    """The scored fields in one line, those that differ from the labelled event starred."""
    shown = [f"{'*' if name in differ else ''}{values.get(name)}" for name in MATCH_FIELDS[1:]]
    if "actor2" in values:
        shown += [f"vs {values['actor2']}", f"at {values['location']}"]
    return " | ".join(shown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=SET, help="a labelled JSONL set")
    parser.add_argument("--show", action="store_true", help="print every report's events")
    parser.add_argument("--ids", default="", help="only these report ids (comma separated)")
    args = parser.parse_args()
    rows = [
        json.loads(line)
        for line in args.file.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if args.ids:
        wanted = set(args.ids.split(","))
        rows = [row for row in rows if row["id"] in wanted]
    resources = Resources(Settings.from_env(progress=False))
    pipeline = Pipeline.default(resources.settings, resources)
    lexicon, places = actor_lexicon(resources), gazetteer(resources)
    if args.show:
        for row in rows:
            one = score_reports([row], pipeline, lexicon, places)
            print(f"== {row['id']} (published {row.get('published')})")
            for gold, ours, differ in one.shown:
                if gold is None or ours is None:
                    print("  MISSED" if ours is None else "  SPURIOUS")
                print(f"  gold: {_brief(gold) if gold else '-'}")
                if ours:
                    print(f"  ours: {_brief(ours, differ)}")
                    print(f"        {ours['evidence'][:160]!r}")
    score = score_reports(rows, pipeline, lexicon, places)
    print(
        f"reports: {len(rows)}, gold events: {score.gold}, extracted: {score.extracted}, matched: {score.matched}"
    )
    for name, value in score.figures().items():
        print(f"{name}: {value:.3f}")


if __name__ == "__main__":
    main()
