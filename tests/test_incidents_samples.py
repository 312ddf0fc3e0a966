"""The labelled incidents set is well formed: enough incidents, reports and distractors."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

SET = Path(__file__).parent / "samples" / "incidents"
KINDS = {
    "same place, another day",
    "same day, next town",
    "same group, another province",
    "planned operation where an incident happened",
    "anniversary of an earlier attack",
}


def _rows() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(SET.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text("utf-8").splitlines() if line)
    return rows


ROWS = _rows()


def test_incidents_samples_sizes() -> None:
    reports = Counter(row["incident"] for row in ROWS if not row.get("distractor"))
    assert len(reports) >= 40
    assert all(2 <= count <= 5 for count in reports.values()), reports
    distractors = [row for row in ROWS if row.get("distractor")]
    assert len(distractors) >= 30
    assert {row["distractor"]["kind"] for row in distractors} == KINDS


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["id"])
def test_incidents_samples_fields(row: dict[str, Any]) -> None:
    assert {"id", "incident", "title", "text", "published", "source", "url"} <= set(row)
    assert set(row) <= {"id", "incident", "title", "text", "published", "source", "url",
                        "copy_of", "distractor"}  # fmt: skip
    assert row["id"].startswith(row["incident"].split("-")[0])
    assert row["url"].startswith("https://example.org/")
    assert len(row["text"]) > 80


def test_incidents_samples_ids_unique_and_links_resolve() -> None:
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))
    by_id = {row["id"]: row for row in ROWS}
    labels = {row["incident"] for row in ROWS}
    for row in ROWS:
        if "copy_of" in row:
            assert by_id[row["copy_of"]]["incident"] == row["incident"]
            assert "copy_of" not in by_id[row["copy_of"]]
        if "distractor" in row:
            assert row["distractor"]["of"] in labels
            assert row["incident"] != row["distractor"]["of"]
            assert sum(other["incident"] == row["incident"] for other in ROWS) == 1
