"""``eventatlas demo``: the whole pipeline on the sample articles we ship."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from eventatlas.ingest import read_articles
from eventatlas.runner import RunSummary, run_extract
from eventatlas.settings import Settings


@dataclass
class DemoResult:
    """Where the demo put its files, and what it found."""

    database: Path
    csv: Path
    geojson: Path
    summary: RunSummary
    events: list[dict[str, Any]]


def samples_dir() -> Path:
    """The folder of bundled sample articles."""
    return Path(str(resources.files("eventatlas").joinpath("data", "samples")))


def run_demo(directory: Path, *, settings: Settings, console: Console | None = None) -> DemoResult:
    """Extract the samples into ``directory/events.db`` and export CSV and GeoJSON."""
    from eventatlas.export import export_store
    from eventatlas.store import Store

    directory.mkdir(parents=True, exist_ok=True)
    if console is not None and not settings.gazetteer_file.exists():
        console.print(
            f"Building the gazetteer index at {settings.gazetteer_file} (first run only, under a minute)..."
        )
    database = directory / "events.db"
    store = Store.open(str(database))
    try:
        summary = run_extract(read_articles(samples_dir()), settings=settings, store=store)
        csv, geojson = directory / "events.csv", directory / "events.geojson"
        export_store(store, "acled-csv", csv, None)
        export_store(store, "geojson", geojson, None)
        events = store.events()
    finally:
        store.close()
    return DemoResult(database, csv, geojson, summary, events)


def show_events(result: DemoResult, console: Console) -> None:
    """A table of the demo's events and where to look next."""
    table = Table(title=f"{len(result.events)} events from the sample articles", show_lines=False)
    for column in ("date", "type", "actor 1", "actor 2", "location", "deaths", "modality"):
        table.add_column(column, overflow="fold")
    for event in result.events:
        table.add_row(
            event.get("event_date") or "",
            event["sub_event_type"],
            event.get("actor1") or "",
            event.get("actor2") or "",
            _place(event),
            _deaths(event),
            event["modality"],
        )
    console.print(table)
    console.print(result.summary.line())
    console.print(
        f"Database: {result.database}\nACLED-style CSV: {result.csv}\nGeoJSON: {result.geojson}"
    )
    console.print(
        f"Browse them: eventatlas serve --db {result.database} --public  (then open http://127.0.0.1:8000/)"
    )


def _place(event: dict[str, Any]) -> str:
    parts = [event.get("location"), event.get("admin1"), event.get("country")]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _deaths(event: dict[str, Any]) -> str:
    return "" if event.get("fatalities") is None else str(event["fatalities"])
