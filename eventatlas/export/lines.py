"""JSON Lines: one event (``jsonl``) or one incident (``incidents``) a line.

Each line is the record exactly as the store gives it, so ``jsonl`` holds
every event field plus ``incident_id`` and ``status``, and reading a line
back with ``json.loads`` gives the same dict.
"""

from __future__ import annotations

import json
from typing import IO, Any

from eventatlas.export.registry import Exporter, Rows, register_exporter


def write_json_lines(rows: Rows, out: IO[Any]) -> int:
    """Write each row as one line of JSON; the number of rows."""
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str))
        out.write("\n")
        count += 1
    return count


MEDIA_TYPE = "application/x-ndjson; charset=utf-8"

JSONL = register_exporter(
    Exporter("jsonl", write_json_lines, media_type=MEDIA_TYPE, suffix=".jsonl")
)
INCIDENTS = register_exporter(
    Exporter(
        "incidents", write_json_lines, media_type=MEDIA_TYPE, suffix=".jsonl", rows="incidents"
    )
)
