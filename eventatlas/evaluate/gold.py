"""Reading ACLED-format gold rows (CSV or JSON Lines) into articles."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventatlas.article import Article
from eventatlas.errors import InputError


def read_gold(path: Path) -> Iterator[dict[str, Any]]:
    """ACLED rows with ``notes`` from a CSV or JSON Lines file."""
    if not path.is_file():
        raise InputError(f"GOLD {str(path)!r} does not exist or is not a file")
    with path.open(encoding="utf-8", newline="") as handle:
        first = handle.read(1)
        handle.seek(0)
        if first == "{":
            for line in handle:
                if line.strip():
                    yield json.loads(line)
        else:
            yield from csv.DictReader(handle)


SPLITS = ("all", "dev", "test")


def in_split(row: dict[str, Any], split: str) -> bool:
    """A stable 70/30 development/test split on the row's id (never on its content)."""
    if split == "all":
        return True
    key = str(row.get("event_id_cnty") or row.get("notes") or "")
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 10
    return (bucket < 7) == (split == "dev")


def gold_date(row: dict[str, Any]) -> dt.date | None:
    """The row's event date (ISO, or ACLED's "09 May 2020" / "09-05-2020")."""
    value = str(row.get("event_date") or "").strip()
    for layout in ("%Y-%m-%d", "%d %B %Y", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, layout).date()
        except ValueError:
            continue
    return None


def article_of(row: dict[str, Any], index: int) -> Article | None:
    """The row's notes as an article published the day after the event."""
    notes = str(row.get("notes") or "").strip()
    if not notes:
        return None
    day = gold_date(row)
    published = (day + dt.timedelta(days=1)).isoformat() if day else None
    return Article(
        str(row.get("event_id_cnty") or index), notes, published=published, source=row.get("source")
    )
