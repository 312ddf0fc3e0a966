"""Modality figures on our labelled statements (tests/samples/modality.jsonl).

Prints: of events coded occurred, the share that really occurred; of
planned/threatened/generic/denied statements, the share recognised as not
occurred (and as the right modality). Usage: python bench/modality.py
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventatlas.evaluate.modality import score_modality

SET = Path(__file__).resolve().parents[1] / "tests" / "samples" / "modality.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=SET, help="a labelled JSONL set")
    path = parser.parse_args().file
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    figures = score_modality(rows)
    for name, value in figures.items():
        print(f"{name}: {value:.3f}" if isinstance(value, float) else f"{name}: {value}")


if __name__ == "__main__":
    main()
