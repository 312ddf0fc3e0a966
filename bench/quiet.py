"""Reports that are not political violence or protest: how many give no occurred event.

Reads tests/samples/nonpolitical.jsonl, the held-out
tests/samples/nonpolitical_holdout.jsonl and nonpolitical_holdout2.jsonl, and the reports with no coded event
(`"events": []`) of the whole-article sets (news_holdout*.jsonl,
news_syria.jsonl), runs the default pipeline on each and prints, per file
and in all, how many gave no occurred event (issue 4's target: 90%).
Usage: python bench/quiet.py [FILE...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventatlas.article import Article
from eventatlas.pipeline import Pipeline, Resources
from eventatlas.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "samples"
SETS = [
    "nonpolitical.jsonl",
    "nonpolitical_holdout.jsonl",
    "nonpolitical_holdout2.jsonl",
    "news_holdout.jsonl",
    "news_holdout2.jsonl",
    "news_holdout3.jsonl",
]
SETS += ["news_holdout4.jsonl", "news_holdout5.jsonl", "news_holdout6.jsonl", "news_syria.jsonl"]
SETS += [
    "news_holdout7.jsonl",
    "news_holdout8.jsonl",
    "news_holdout9.jsonl",
    "news_holdout10.jsonl",
    "news_holdout11.jsonl",
    "news_holdout12.jsonl",
    "news_holdout13.jsonl",
    "news_holdout14.jsonl",
    "news_holdout15.jsonl",
    "news_holdout16.jsonl",
    "news_holdout17.jsonl",
    "news_holdout18.jsonl",
    "news_holdout19.jsonl",
    "news_holdout20.jsonl",
]


def quiet_reports(path: Path) -> list[dict[str, Any]]:
    """The reports of ``path`` that code no event."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if not row.get("events")]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="sets to read (default: ours)")
    paths = parser.parse_args().files or [SAMPLES / name for name in SETS]
    resources = Resources(Settings.from_env(progress=False))
    pipeline = Pipeline.default(resources.settings, resources)
    total = quiet = 0
    for path in paths:
        rows = quiet_reports(path)
        silent = []
        for row in rows:
            article = Article(
                row["id"], row["text"], title=row.get("title"), published=row.get("published")
            )
            events = pipeline.run_one(article).events
            silent.append(all(event.modality != "occurred" for event in events))
        print(f"{path.name}: {sum(silent)} of {len(rows)} give no occurred event")
        total, quiet = total + len(rows), quiet + sum(silent)
    print(f"all: {quiet} of {total} ({quiet / total:.3f})" if total else "no reports")


if __name__ == "__main__":
    main()
