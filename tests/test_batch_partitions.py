"""Parquet output of extract: one file, or a folder of numbered partitions, local or fsspec."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from eventatlas.batch.partitions import ParquetOutput, is_parquet_folder
from eventatlas.errors import UsageError


def record(number: int) -> dict[str, Any]:
    return {
        "event_id": f"EV-{number}",
        "article_id": f"a{number}",
        "event_date": "2024-05-12",
        "sub_event_type": "Armed clash",
        "assoc_actor_1": ["Militia of the valley"],
        "fatalities": number,
        "evidence": {"text": "Fighting broke out.", "start": 0, "end": 19},
        "plugin_score": 0.5,
    }


def _ids(path: Path | str) -> list[str]:
    return list(pq.read_table(path).column("event_id").to_pylist())


@pytest.mark.parametrize(
    ("output", "folder"),
    [("out/", True), ("out", True), ("s3://bucket/events/", True), ("e.parquet", False)],
)
def test_batch_partitions_folder_or_file(output: str, folder: bool) -> None:
    assert is_parquet_folder(output) is folder


def test_batch_partitions_split_in_input_order(tmp_path: Path) -> None:
    with ParquetOutput(f"{tmp_path / 'events'}/", part_rows=3) as output:
        for number in range(7):
            output.add(record(number))
    names = sorted(path.name for path in (tmp_path / "events").iterdir())
    assert names == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert [_ids(tmp_path / "events" / name) for name in names] == [
        ["EV-0", "EV-1", "EV-2"],
        ["EV-3", "EV-4", "EV-5"],
        ["EV-6"],
    ]
    table = pq.read_table(tmp_path / "events" / names[0])
    assert table.column("fatalities").to_pylist() == [0, 1, 2]
    assert '"plugin_score": 0.5' in table.column("extras").to_pylist()[0]


def test_batch_partitions_replace_an_earlier_run(tmp_path: Path) -> None:
    folder = tmp_path / "events"
    with ParquetOutput(str(folder), part_rows=2) as output:
        for number in range(5):
            output.add(record(number))
    (folder / "notes.txt").write_text("kept", encoding="utf-8")
    with ParquetOutput(str(folder), part_rows=2) as output:
        output.add(record(9))
    assert sorted(path.name for path in folder.iterdir()) == ["notes.txt", "part-00000.parquet"]
    assert _ids(folder / "part-00000.parquet") == ["EV-9"]


def test_batch_partitions_no_events_still_give_a_readable_file(tmp_path: Path) -> None:
    with ParquetOutput(f"{tmp_path}/empty/"):
        pass
    assert pq.read_table(tmp_path / "empty" / "part-00000.parquet").num_rows == 0


def test_batch_partitions_single_file(tmp_path: Path) -> None:
    target = tmp_path / "events.parquet"
    with ParquetOutput(str(target), part_rows=2) as output:
        for number in range(5):
            output.add(record(number))
    assert _ids(target) == [f"EV-{number}" for number in range(5)]
    assert [path.name for path in tmp_path.iterdir()] == ["events.parquet"]


def test_batch_partitions_to_an_fsspec_url() -> None:
    import fsspec

    root = f"memory://eventatlas-{uuid.uuid4().hex[:8]}/events/"
    with ParquetOutput(root, part_rows=2) as output:
        for number in range(3):
            output.add(record(number))
    fs = fsspec.filesystem("memory")
    parts = sorted(fs.glob(root.removeprefix("memory://") + "part-*.parquet"))
    assert len(parts) == 2
    with fs.open(parts[1], "rb") as stream:
        assert _ids(stream) == ["EV-2"]  # type: ignore[arg-type]


@pytest.mark.parametrize("output", ["-", "", "events.csv"])
def test_batch_partitions_refuse_what_is_not_a_parquet_target(output: str) -> None:
    with pytest.raises(UsageError, match="parquet"):
        ParquetOutput(output)
