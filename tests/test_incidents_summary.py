"""An incident's fields read from its events, and its corroboration."""

from __future__ import annotations

from typing import Any

import pytest

from eventatlas.incidents import INCIDENT_FIELDS, corroboration, summarise
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
