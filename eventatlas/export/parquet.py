"""Parquet: every event field as a typed column, written in row groups.

Whole numbers are nullable int64, coordinates and confidence float64,
dates date32, actor lists list<string>, attribution and evidence structs.
Fields beyond the known ones (extras a plugin added) go, as JSON text, into
one ``extras`` column, so nothing is lost and the schema stays fixed.
pyarrow is imported only when a Parquet file is written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from itertools import islice
from typing import IO, Any

from eventatlas.export.registry import Exporter, Rows, register_exporter

ROW_GROUP = 10_000

_ATTRIBUTION = {"claimed_by": "string", "claimant_type": "string", "reported_by": "string"}
_EVIDENCE = {"text": "string", "start": "int", "end": "int"}

COLUMNS: dict[str, Any] = {
    "event_id": "string", "article_id": "string", "event_date": "date",
    "date_start": "date", "date_end": "date", "time_precision": "int",
    "event_type": "string", "sub_event_type": "string", "actor1": "string",
    "actor2": "string", "assoc_actor_1": "list", "assoc_actor_2": "list",
    "inter1": "int", "inter2": "int", "country": "string", "iso3": "string",
    "admin1": "string", "admin2": "string", "location": "string",
    "latitude": "float", "longitude": "float", "geo_precision": "int",
    "geonameid": "int", "fatalities": "int", "modality": "string",
    "attribution": _ATTRIBUTION, "evidence": _EVIDENCE, "confidence": "float",
    "fatalities_low": "int", "fatalities_best": "int", "fatalities_high": "int",
    "geo_reason": "string", "date_reason": "string", "source": "string", "url": "string",
    "incident_id": "string", "status": "string", "published": "string", "extras": "string",
}  # fmt: skip
"""Each column and its kind (a dict for a struct's fields)."""


def arrow_type(kind: Any) -> Any:
    """The pyarrow type of a column kind."""
    import pyarrow as pa

    if isinstance(kind, dict):
        return pa.struct([(name, arrow_type(sub)) for name, sub in kind.items()])
    simple = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(),
              "date": pa.date32(), "list": pa.list_(pa.string())}  # fmt: skip
    return simple[kind]


def arrow_schema() -> Any:
    """The pyarrow schema of the event Parquet file."""
    import pyarrow as pa

    return pa.schema([(name, arrow_type(kind)) for name, kind in COLUMNS.items()])


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "string": str,
    "int": int,
    "float": float,
    "date": _date,
    "list": lambda items: [str(item) for item in items],
}


def convert(kind: Any, value: Any) -> Any:
    """A value as the column kind wants it (None stays None)."""
    if value is None:
        return None
    if isinstance(kind, dict):
        return {name: convert(sub, value.get(name)) for name, sub in kind.items()}
    return _CONVERT[kind](value)


def parquet_record(event: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a row of the Parquet schema."""
    record = {name: convert(kind, event.get(name)) for name, kind in COLUMNS.items()}
    extras = {key: value for key, value in event.items() if key not in COLUMNS}
    record["extras"] = json.dumps(extras, sort_keys=True, default=str) if extras else None
    return record


def write_parquet(rows: Rows, out: IO[Any]) -> int:
    """Write events as a Parquet file, ``ROW_GROUP`` rows at a time; the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    pending = iter(rows)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        while chunk := [parquet_record(event) for event in islice(pending, ROW_GROUP)]:
            writer.write_batch(pa.RecordBatch.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


PARQUET = register_exporter(
    Exporter(
        "parquet",
        write_parquet,
        binary=True,
        media_type="application/vnd.apache.parquet",
        suffix=".parquet",
    )
)
