"""An incident's fields read from its events, and its corroboration."""

from __future__ import annotations

from typing import Any

import pytest

from eventatlas.incidents import INCIDENT_FIELDS, corroboration, disagreements, summarise
from eventatlas.incidents.summary import fatality_range


def member(event_id: str, **values: Any) -> dict[str, Any]:
    return {"event_id": event_id, "article_id": f"art-{event_id}", **values}


def test_incidents_summary_fields_in_order() -> None:
    summary = summarise("INC-1", [member("EV-1")])
    assert tuple(summary) == INCIDENT_FIELDS
    assert summary["event_ids"] == ["EV-1"] and summary["sources"] == []


def test_incidents_summary_takes_most_precise_date_and_place() -> None:
    members = [
        member("EV-1", event_date="2020-12-19", time_precision=2, geo_precision=1,
               location="Abu Kamal", latitude=34.45, longitude=40.92),
        member("EV-2", event_date="2020-12-20", time_precision=1, geo_precision=3,
               location="Deir ez-Zor", latitude=35.33, longitude=40.14),
    ]  # fmt: skip
    summary = summarise("INC-1", members)
    assert summary["event_date"] == "2020-12-20"
    assert (summary["location"], summary["latitude"]) == ("Abu Kamal", 34.45)


def test_incidents_summary_most_common_type_ties_to_earliest() -> None:
    members = [
        member("EV-2", event_date="2020-12-21", sub_event_type="Shelling/artillery/missile attack"),
        member("EV-1", event_date="2020-12-20", sub_event_type="Air/drone strike"),
        member("EV-3", event_date="2020-12-22", sub_event_type="Air/drone strike"),
        member("EV-4", event_date="2020-12-22", sub_event_type="Shelling/artillery/missile attack"),
    ]
    assert summarise("INC-1", members)["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([None, None], (None, None, None)),
        ([3, None, 8, 5], (3, 5, 8)),
        ([0], (0, 0, 0)),
    ],
)
def test_incidents_summary_fatality_range(
    values: list[int | None], expected: tuple[int | None, ...]
) -> None:
    members = [member(f"EV-{n}", fatalities=value) for n, value in enumerate(values)]
    assert fatality_range(members) == expected


def test_incidents_summary_fatality_range_prefers_event_ranges() -> None:
    members = [member("EV-1", fatalities=5, fatalities_low=2, fatalities_best=5,
                      fatalities_high=12)]  # fmt: skip
    assert fatality_range(members) == (2, 5, 12)


@pytest.mark.parametrize(
    ("outlets", "expected"),
    [
        ([("Wire One", "Sputnik"), ("Paper Two", "Sputnik")], 1),
        ([("Wire One", None), ("Paper Two", None)], 2),
        ([("Wire One", None), ("wire one", None)], 1),
        ([(None, None), (None, None)], 2),
        ([], 0),
    ],
)
def test_incidents_summary_corroboration_counts_independent_outlets(
    outlets: list[tuple[str | None, str | None]], expected: int
) -> None:
    members = [
        member(f"EV-{n}", source=source, attribution={"reported_by": relayed})
        for n, (source, relayed) in enumerate(outlets)
    ]
    assert corroboration(members) == expected


def _reports() -> list[dict[str, Any]]:
    """Three reports of one strike: two tolls, two spellings of one group, two places."""
    return [
        member("EV-1", source="Levant Wire", fatalities=12, actor1="Islamic State",
               location="Abu Kamal", geonameid=172515, geo_precision=1, event_date="2020-12-20",
               time_precision=1, attribution={"claimed_by": "SOHR", "reported_by": "Levant Wire"},
               geo_reason="matched 'Albukamal'", date_reason="'on Sunday'"),
        member("EV-2", source="Gulf Daily", fatalities=19, actor1="Daesh",
               location="Abu Kamal", geonameid=172515, geo_precision=2, event_date="2020-12-20",
               time_precision=1),
        member("EV-3", source="Desert Post", fatalities=12, actor1="ISIS", location="Hajin",
               geonameid=170000, geo_precision=1, event_date="2020-12-19", time_precision=2,
               date_start="2020-12-14", date_end="2020-12-21"),
    ]  # fmt: skip


def test_incidents_summary_disagreements_say_who_reported_what() -> None:
    found = {
        item["field"]: item["values"] for item in summarise("INC-1", _reports())["disagreements"]
    }
    assert set(found) == {"fatalities", "location"}
    tolls = [
        (value["value"], [r["event_id"] for r in value["reports"]]) for value in found["fatalities"]
    ]
    assert tolls == [(12, ["EV-3", "EV-1"]), (19, ["EV-2"])]
    first = found["fatalities"][0]["reports"][1]
    assert first == {"event_id": "EV-1", "article_id": "art-EV-1", "source": "Levant Wire",
                     "claimed_by": "SOHR"}  # fmt: skip
    assert [value["value"] for value in found["location"]] == ["Abu Kamal", "Hajin"]


def test_incidents_summary_actor_names_disagree_only_when_groups_differ() -> None:
    reports = _reports()
    assert "actor1" not in {item["field"] for item in summarise("INC-1", reports)["disagreements"]}
    reports[2]["actor1"] = "Military Forces of Syria"
    (actors,) = [item for item in disagreements(reports) if item["field"] == "actor1"]
    assert [value["value"] for value in actors["values"]] == [
        "Islamic State",
        "Military Forces of Syria",
    ]


def test_incidents_summary_place_and_date_reasons() -> None:
    summary = summarise("INC-1", _reports())
    assert (summary["location"], summary["event_date"]) == ("Abu Kamal", "2020-12-20")
    assert summary["place_reason"].startswith("Abu Kamal (geo_precision 1)")
    assert "given by 2 of 3 reports" in summary["place_reason"]
    assert "matched 'Albukamal'" in summary["place_reason"]
    assert "given by 2 of 3 reports" in summary["date_reason"]


def test_incidents_summary_copies_are_one_outlet_and_one_toll() -> None:
    reports = _reports()
    reports[1]["fatalities"] = 30
    copies = {"art-EV-2": "art-EV-1"}
    summary = summarise("INC-1", reports, copies)
    assert summary["corroboration"] == 2
    assert [group["article_ids"] for group in summary["outlets"]] == [
        ["art-EV-1", "art-EV-2"],
        ["art-EV-3"],
    ]
    # One middle figure per story: 12 (Desert Post) and 30 (the updated wire story).
    assert (summary["fatalities_low"], summary["fatalities_best"], summary["fatalities_high"]) == (
        12,
        12,
        30,
    )
    assert corroboration(reports) == 3
