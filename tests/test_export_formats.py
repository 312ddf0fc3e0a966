"""JSON Lines, GeoJSON, Parquet and incidents exports, the registry and outputs."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventatlas.article import Article
from eventatlas.errors import UsageError
from eventatlas.event import EVENT_FIELDS, Event
from eventatlas.export import EXPORTERS, Exporter, export, export_store, get_exporter
from eventatlas.export.registry import register_exporter
from eventatlas.incidents import INCIDENT_FIELDS
from eventatlas.store import EventQuery, Store

pytest_plugins = ["postgres_fixtures"]


@pytest.fixture
def store(
    tmp_path: Path, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> Iterator[Store]:
    """Two reports of one strike, and an event with no coordinates."""
    with Store.open(str(tmp_path / "events.db")) as opened:
        opened.save(make_article("a", text="Report A."), [make_event(article_id="a")])
        opened.save(
            make_article("b", text="Report B."), [make_event(event_id="EV-2", article_id="b")]
        )
        unplaced = make_event(
            event_id="EV-3", article_id="c", latitude=None, longitude=None, event_date=None,
            date_start=None, date_end=None, assoc_actor_1=[], fatalities=None, panel="extra",
        )  # fmt: skip
        opened.save(make_article("c", text="Report C."), [unplaced])
        opened.review("EV-2", user="ann", changes={"fatalities": 5})
        yield opened


def test_export_formats_registry_lists_builtins() -> None:
    assert {"acled-csv", "jsonl", "geojson", "parquet", "incidents"} <= set(EXPORTERS)
    assert get_exporter("parquet").binary and not get_exporter("jsonl").binary
    assert get_exporter("incidents").rows == "incidents"


def test_export_formats_unknown_format() -> None:
    with pytest.raises(UsageError, match=r"unknown export format 'xlsx'.*acled-csv"):
        export([], "xlsx", io.StringIO())


def test_export_formats_plugin_registers_like_builtins() -> None:
    def write_ids(rows: Any, out: Any) -> int:
        ids = [row["event_id"] for row in rows]
        out.write(" ".join(ids))
        return len(ids)

    register_exporter(Exporter("ids", write_ids))
    try:
        text = io.StringIO()
        assert export([{"event_id": "EV-1"}, {"event_id": "EV-2"}], "ids", text) == 2
        assert text.getvalue() == "EV-1 EV-2"
    finally:
        del EXPORTERS["ids"]


def test_export_formats_jsonl_round_trip(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export_store(store, "jsonl", out) == 3
    read = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert read == store.events()
    assert all(set(EVENT_FIELDS) | {"incident_id", "status"} <= set(row) for row in read)
    assert [row["status"] for row in read] == ["machine", "reviewed", "machine"]
    assert read[1]["fatalities"] == 5 and read[2]["panel"] == "extra"


def test_export_formats_jsonl_follows_query(store: Store) -> None:
    text = io.StringIO()
    assert export_store(store, "jsonl", text, EventQuery(status="reviewed")) == 1
    assert json.loads(text.getvalue())["event_id"] == "EV-2"


def test_export_formats_geojson_structure(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    assert export_store(store, "geojson", out) == 3
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert set(collection) == {"type", "features"}
    assert collection["type"] == "FeatureCollection"
    events = {event["event_id"]: event for event in store.events()}
    for feature in collection["features"]:
        assert set(feature) == {"type", "id", "geometry", "properties"}
        assert feature["type"] == "Feature"
        assert feature["properties"] == events[feature["id"]]
    placed, _, unplaced = collection["features"]
    assert placed["geometry"] == {"type": "Point", "coordinates": [40.9171, 34.4506]}
    assert unplaced["geometry"] is None


def test_export_formats_geojson_empty_is_valid() -> None:
    text = io.StringIO()
    assert export([], "geojson", text) == 0
    assert json.loads(text.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_export_formats_geojson_streams(make_event: Callable[..., Event]) -> None:
    # A generator that would fail if the writer asked for everything first.
    seen = []

    def rows() -> Iterator[dict[str, Any]]:
        for n in range(3):
            seen.append(n)
            yield make_event(event_id=f"EV-{n}").to_dict()

    class Probe(io.StringIO):
        def write(self, text: str) -> int:
            if "EV-0" in text:
                assert seen == [0]
            return super().write(text)

    assert export(rows(), "geojson", Probe()) == 3


def test_export_formats_parquet_types(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export_store(store, "parquet", out) == 3
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("fatalities").type == pa.int64()
    assert schema.field("geonameid").type == pa.int64()
    assert schema.field("latitude").type == pa.float64()
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("assoc_actor_1").type == pa.list_(pa.string())
    assert schema.field("attribution").type == pa.struct(
        [("claimed_by", pa.string()), ("claimant_type", pa.string()), ("reported_by", pa.string())]
    )
    assert schema.field("evidence").type.get_field_index("start") >= 0
    rows = table.to_pylist()
    assert [row["event_id"] for row in rows] == ["EV-1", "EV-2", "EV-3"]
    assert rows[0]["event_date"] == dt.date(2020, 12, 20)
    assert rows[1]["fatalities"] == 5 and rows[2]["fatalities"] is None
    assert rows[0]["assoc_actor_1"] == ["Military Forces of Russia"]
    assert rows[0]["evidence"]["end"] == 49
    assert json.loads(rows[2]["extras"]) == {"panel": "extra"} and rows[0]["extras"] is None


def test_export_formats_parquet_empty_keeps_schema(tmp_path: Path) -> None:
    out = tmp_path / "none.parquet"
    assert export([], "parquet", out) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.schema.field("event_date").type == pa.date32()


def test_export_formats_incidents_lines(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "incidents.jsonl"
    assert export_store(store, "incidents", out) == 2
    read = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(tuple(item) == INCIDENT_FIELDS for item in read)
    assert read == store.incidents()
    assert sorted(len(item["event_ids"]) for item in read) == [1, 2]


@pytest.mark.parametrize("fmt", ["jsonl", "acled-csv", "geojson", "parquet"])
def test_export_formats_to_binary_stream(store: Store, tmp_path: Path, fmt: str) -> None:
    stream = io.BytesIO()
    assert export_store(store, fmt, stream) == 3
    path = tmp_path / f"out{get_exporter(fmt).suffix}"
    export_store(store, fmt, path)
    assert stream.getvalue() == path.read_bytes()
    assert not stream.closed


def test_export_formats_to_stdout(store: Store, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert export_store(store, "jsonl") == 3
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == ["EV-1", "EV-2", "EV-3"]


def test_export_formats_binary_to_text_without_buffer(store: Store) -> None:
    with pytest.raises(UsageError, match="binary"):
        export_store(store, "parquet", io.StringIO())


def test_export_formats_parquet_to_stdout_buffer(
    store: Store, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert export_store(store, "parquet", sys.stdout) == 3
    assert capsysbinary.readouterr().out.startswith(b"PAR1")


def test_export_formats_entry_point_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A real (if tiny) installed distribution declaring an exporter.
    (tmp_path / "eventatlas_ids_plugin.py").write_text(
        "from eventatlas.export import Exporter\n"
        "def write(rows, out):\n"
        "    ids = [row['event_id'] for row in rows]\n"
        "    out.write(','.join(ids))\n"
        "    return len(ids)\n"
        "EXPORTER = Exporter('ids-plugin', write)\n"
    )
    info = tmp_path / "eventatlas_ids_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: eventatlas-ids-plugin\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(
        "[eventatlas.exporters]\nids-plugin = eventatlas_ids_plugin:EXPORTER\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        text = io.StringIO()
        assert export([{"event_id": "EV-1"}, {"event_id": "EV-2"}], "ids-plugin", text) == 2
        assert text.getvalue() == "EV-1,EV-2"
    finally:
        EXPORTERS.pop("ids-plugin", None)
