from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from eventatlas.demo import run_demo, samples_dir, show_events
from eventatlas.settings import Settings


def test_demo_samples_ship_with_the_package() -> None:
    files = sorted(samples_dir().glob("*.json"))
    assert 15 <= len(files) <= 25
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        assert record["text"].strip() and record["id"] == file.stem


def test_demo_runs_into_sqlite_and_writes_exports(tmp_path: Path, settings: Settings) -> None:
    result = run_demo(tmp_path / "demo", settings=settings)
    assert result.database.is_file()
    assert result.summary.read == len(list(samples_dir().glob("*.json")))
    assert result.summary.skipped == 0
    assert len(result.events) >= result.summary.read
    csv_lines = result.csv.read_text(encoding="utf-8").splitlines()
    assert len(csv_lines) == len(result.events) + 1
    features = json.loads(result.geojson.read_text(encoding="utf-8"))["features"]
    assert len(features) == len(result.events)
    console = Console(record=True, width=200)
    show_events(result, console)
    shown = console.export_text()
    assert str(result.csv) in shown and "eventatlas serve" in shown


def test_demo_twice_adds_nothing(tmp_path: Path, settings: Settings) -> None:
    first = run_demo(tmp_path / "demo", settings=settings)
    second = run_demo(tmp_path / "demo", settings=settings)
    assert second.summary.stored_articles == 0
    assert [e["event_id"] for e in second.events] == [e["event_id"] for e in first.events]
