"""ACLED-style CSV: exact columns and order, ACLED's codes and conventions."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventatlas.article import Article
from eventatlas.event import SUB_EVENT_TYPES, Event
from eventatlas.export import ACLED_COLUMNS, acled_row, disorder_type, export, interaction
from eventatlas.export.acled import iso_numeric, timestamp
from eventatlas.store import Store

pytest_plugins = ["postgres_fixtures"]

EXPECTED_COLUMNS = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp"
)


def stored_event(make_event: Callable[..., Event], **changes: Any) -> dict[str, Any]:
    record = make_event(**changes).to_dict()
    return {**record, "incident_id": "INC-1", "status": "machine",
            "published": "2020-12-21T10:00:00Z"}  # fmt: skip


def test_export_acled_columns_exact_order() -> None:
    assert ",".join(ACLED_COLUMNS) == EXPECTED_COLUMNS


def test_export_acled_csv_reads_back(tmp_path: Path, make_event: Callable[..., Event]) -> None:
    rows = [
        stored_event(make_event, assoc_actor_1=["Military Forces of Russia", "Wagner Group"]),
        stored_event(make_event, event_id="EV-2", actor2=None, inter2=None, fatalities=None),
    ]
    out = tmp_path / "events.csv"
    assert export(rows, "acled-csv", out) == 2
    with out.open(newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        read = list(reader)
    assert ",".join(reader.fieldnames or []) == EXPECTED_COLUMNS
    first, second = read
    assert first["event_id_cnty"] == "EV-1"
    assert (first["year"], first["event_date"], first["time_precision"]) == (
        "2020",
        "2020-12-20",
        "1",
    )
    assert first["assoc_actor_1"] == "Military Forces of Russia; Wagner Group"
    assert (first["inter1"], first["inter2"], first["interaction"]) == ("1", "2", "12")
    assert (first["iso"], first["country"], first["region"]) == ("760", "Syria", "Middle East")
    assert (first["latitude"], first["longitude"], first["geo_precision"]) == (
        "34.4506",
        "40.9171",
        "1",
    )
    assert first["disorder_type"] == "Political violence"
    assert first["notes"] == "Warplanes hit positions near Abu Kamal on Sunday."
    assert first["source"] == "Sputnik"
    assert first["fatalities"] == "4"
    assert first["timestamp"] == "1608544800"
    assert (first["admin3"], first["source_scale"], first["tags"]) == ("", "", "")
    assert (second["actor2"], second["inter2"], second["interaction"]) == ("", "0", "10")
    assert second["fatalities"] == "0"


@pytest.mark.parametrize(
    ("sub_event_type", "expected"),
    [
        ("Armed clash", "Political violence"),
        ("Air/drone strike", "Political violence"),
        ("Attack", "Political violence"),
        ("Peaceful protest", "Demonstrations"),
        ("Protest with intervention", "Demonstrations"),
        ("Excessive force against protesters", "Political violence; Demonstrations"),
        ("Violent demonstration", "Demonstrations"),
        ("Mob violence", "Political violence"),
        ("Arrests", "Strategic developments"),
        ("Looting/property destruction", "Strategic developments"),
    ],
)
def test_export_acled_disorder_type(sub_event_type: str, expected: str) -> None:
    event_type = SUB_EVENT_TYPES[sub_event_type].value
    assert disorder_type(event_type, sub_event_type) == expected


def test_export_acled_disorder_type_total() -> None:
    for sub_event_type, kind in SUB_EVENT_TYPES.items():
        assert disorder_type(kind.value, sub_event_type)
    assert disorder_type(None, None) == ""


@pytest.mark.parametrize(
    ("inter1", "inter2", "code"),
    [(1, 2, 12), (2, 1, 12), (3, 7, 37), (6, None, 60), (None, None, 0), (1, 1, 11), (8, 8, 88)],
)
def test_export_acled_interaction(inter1: int | None, inter2: int | None, code: int) -> None:
    assert interaction(inter1, inter2) == code


@pytest.mark.parametrize(("inter2", "flag"), [(7, "Civilian targeting"), (1, ""), (None, "")])
def test_export_acled_civilian_targeting(
    make_event: Callable[..., Event], inter2: int | None, flag: str
) -> None:
    assert acled_row(stored_event(make_event, inter2=inter2))["civilian_targeting"] == flag


@pytest.mark.parametrize(
    ("published", "seconds"),
    [
        ("2020-12-21T10:00:00Z", 1608544800),
        ("2020-12-21T12:00:00+02:00", 1608544800),
        ("2020-12-21", 1608508800),
        ("Monday", 0),
        (None, 0),
    ],
)
def test_export_acled_timestamp_deterministic(published: str | None, seconds: int) -> None:
    assert timestamp(published) == seconds


@pytest.mark.parametrize(
    ("iso3", "numeric"), [("SYR", 760), ("afg", 4), ("XXX", None), (None, None)]
)
def test_export_acled_iso_numeric(iso3: str | None, numeric: int | None) -> None:
    assert iso_numeric(iso3) == numeric


def test_export_acled_from_store_same_twice(
    tmp_path: Path, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> None:
    with Store.open(str(tmp_path / "events.db")) as store:
        store.save(make_article(), [make_event()])
        outputs = []
        for _ in range(2):
            text = io.StringIO()
            export(store.iter_events(), "acled-csv", text)
            outputs.append(text.getvalue())
    assert outputs[0] == outputs[1]
    assert outputs[0].splitlines()[1].endswith(",1608544800")


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"modality": "occurred", "status": "machine", "attribution": {}}, ""),
        ({"modality": "planned", "status": "machine", "attribution": {}}, "modality: planned"),
        (
            {
                "modality": "denied",
                "status": "reviewed",
                "attribution": {"claimed_by": "the ministry"},
            },
            "modality: denied; status: reviewed; claimed by: the ministry",
        ),
    ],
)
def test_export_acled_tags_say_what_columns_cannot(event: dict[str, object], expected: str) -> None:
    from eventatlas.export.acled import tags

    assert tags(event) == expected
