"""/api/events and friends through the test client, against a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from test_web_fixtures import (
    ALL_IDS,
    client,
    make_client,
    public_client,
    web_store,
    web_template,
)

from eventatlas.export import ACLED_COLUMNS
from eventatlas.store import Store

__all__ = ["client", "public_client", "web_store", "web_template"]


def ids(response_json: dict[str, object]) -> set[str]:
    events = response_json["events"]
    assert isinstance(events, list)
    return {event["event_id"] for event in events}


def test_web_api_events_all(public_client: TestClient) -> None:
    body = public_client.get("/api/events").json()
    assert body["count"] == 6 and ids(body) == ALL_IDS
    assert (body["limit"], body["offset"]) == (500, 0)
    first = body["events"][0]
    assert {"event_id", "evidence", "attribution", "incident_id", "status"} <= set(first)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=Syria", {"EV-STRIKE", "EV-TROOPS", "EV-STRIKE-2"}),
        ("iso3=irq", {"EV-CLASH", "EV-PROTEST"}),
        ("admin1=Borno", {"EV-ATTACK"}),
        ("event_type=Battles", {"EV-CLASH"}),
        ("sub_event_type=Air/drone strike", {"EV-STRIKE", "EV-STRIKE-2"}),
        ("actor=islamic", {"EV-STRIKE", "EV-STRIKE-2", "EV-CLASH"}),
        ("actor=RUSSIA", {"EV-STRIKE", "EV-TROOPS"}),
        ("modality=planned", {"EV-TROOPS"}),
        ("status=machine", ALL_IDS),
        ("status=reviewed", set()),
        ("date_from=2021-01-01", {"EV-CLASH", "EV-PROTEST", "EV-ATTACK"}),
        ("date_to=2020-12-19", {"EV-TROOPS"}),
        ("date_from=2021-01-05&date_to=2021-01-10", {"EV-CLASH", "EV-PROTEST"}),
        ("bbox=40,34,42,35", {"EV-STRIKE", "EV-TROOPS", "EV-STRIKE-2", "EV-CLASH"}),
        ("bbox=13,11,14,12", {"EV-ATTACK"}),
        ("q=marched peacefully", {"EV-PROTEST"}),
        ("q=WARPLANES", {"EV-STRIKE"}),
        ("country=Iraq&event_type=Protests", {"EV-PROTEST"}),
        ("country=&event_type=", ALL_IDS),
    ],
)
def test_web_api_events_filter(public_client: TestClient, query: str, expected: set[str]) -> None:
    body = public_client.get(f"/api/events?{query}").json()
    assert ids(body) == expected
    assert body["count"] == len(expected)


def test_web_api_events_filter_incident(public_client: TestClient) -> None:
    incident_id = public_client.get("/api/events/EV-STRIKE").json()["incident_id"]
    body = public_client.get("/api/events", params={"incident_id": incident_id}).json()
    assert ids(body) == {"EV-STRIKE", "EV-STRIKE-2"}


@pytest.mark.parametrize(
    "query",
    [
        "country=Atlantis",
        "iso3=XYZ",
        "event_type=Picnics",
        "sub_event_type=Nothing",
        "modality=maybe",
        "status=lost",
        "actor=nobody at all",
        "incident_id=INC-NONE",
        "date_from=2030-01-01",
        "bbox=0,0,1,1",
    ],
)
def test_web_api_events_unknown_value_selects_nothing(
    public_client: TestClient, query: str
) -> None:
    response = public_client.get(f"/api/events?{query}")
    assert response.status_code == 200
    assert response.json() == {"count": 0, "limit": 500, "offset": 0, "events": []}


@pytest.mark.parametrize(
    ("query", "mentions"),
    [
        ("date_from=yesterday", "date_from"),
        ("date_to=2020-13-45", "date_to"),
        ("bbox=1,2,3", "bbox"),
        ("bbox=a,b,c,d", "bbox"),
        ("bbox=1,2,3,4,5", "bbox"),
        ("bbox=0,10,1,5", "bbox"),
        ("bbox=nan,1,2,3", "bbox"),
        ("limit=5001", "limit"),
        ("limit=-1", "limit"),
        ("limit=many", "limit"),
        ("offset=-5", "offset"),
        ("order=colour", "order"),
    ],
)
def test_web_api_events_malformed_is_422(
    public_client: TestClient, query: str, mentions: str
) -> None:
    response = public_client.get(f"/api/events?{query}")
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, str) and mentions in detail


@pytest.mark.parametrize("path", ["/api/events.csv", "/api/events.geojson", "/api/incidents"])
def test_web_api_events_malformed_is_422_everywhere(public_client: TestClient, path: str) -> None:
    response = public_client.get(f"{path}?date_from=2020-02-31")
    assert response.status_code == 422
    assert "date_from" in response.json()["detail"]


def test_web_api_events_paging(public_client: TestClient) -> None:
    pages = [
        public_client.get("/api/events", params={"limit": 4, "offset": offset}).json()
        for offset in (0, 4, 8)
    ]
    assert [len(page["events"]) for page in pages] == [4, 2, 0]
    assert all(page["count"] == 6 for page in pages)
    seen = [event["event_id"] for page in pages for event in page["events"]]
    assert sorted(seen) == sorted(ALL_IDS)


def test_web_api_events_limit_zero_counts(public_client: TestClient) -> None:
    body = public_client.get("/api/events?limit=0&country=Iraq").json()
    assert body["events"] == [] and body["count"] == 2


def test_web_api_events_max_limit_accepted(public_client: TestClient) -> None:
    assert public_client.get("/api/events?limit=5000").json()["limit"] == 5000


@pytest.mark.parametrize(
    ("order", "first"),
    [
        ("event_date", "EV-TROOPS"),
        ("-event_date", "EV-ATTACK"),
        ("-fatalities", "EV-ATTACK"),
        ("confidence", "EV-ATTACK"),
        ("-confidence", "EV-PROTEST"),
    ],
)
def test_web_api_events_order(public_client: TestClient, order: str, first: str) -> None:
    body = public_client.get("/api/events", params={"order": order}).json()
    assert body["events"][0]["event_id"] == first


def test_web_api_events_one(public_client: TestClient) -> None:
    event = public_client.get("/api/events/EV-STRIKE").json()
    assert event["article"]["title"] == "Strikes near Abu Kamal"
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    assert event["article"]["text"][start:end] == event["evidence"]["text"]
    assert event["attribution"]["reported_by"] == "Sputnik"
    assert {item["event_id"] for item in event["incident"]["events"]} == {
        "EV-STRIKE",
        "EV-STRIKE-2",
    }
    assert [row["field"] for row in event["history"]] == []


def test_web_api_events_one_unknown(public_client: TestClient) -> None:
    response = public_client.get("/api/events/EV-NOPE")
    assert response.status_code == 404
    assert "EV-NOPE" in response.json()["detail"]


def test_web_api_events_csv(public_client: TestClient) -> None:
    response = public_client.get("/api/events.csv?country=Iraq")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert {row["event_id_cnty"] for row in rows} == {"EV-CLASH", "EV-PROTEST"}
    assert {row["iso"] for row in rows} == {"368"}


def test_web_api_events_csv_all_without_limit(public_client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(public_client.get("/api/events.csv").text)))
    assert len(rows) == 6
    limited = public_client.get("/api/events.csv?limit=2&order=-fatalities").text
    assert [row["event_id_cnty"] for row in csv.DictReader(io.StringIO(limited))] == [
        "EV-ATTACK",
        "EV-CLASH",
    ]


def test_web_api_events_geojson(public_client: TestClient) -> None:
    response = public_client.get("/api/events.geojson?event_type=Battles")
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = json.loads(response.text)
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"]["coordinates"] == [41.0943, 34.3686]
    assert feature["properties"]["event_id"] == "EV-CLASH"


def test_web_api_events_geojson_empty(public_client: TestClient) -> None:
    collection = public_client.get("/api/events.geojson?country=Atlantis").json()
    assert collection == {"type": "FeatureCollection", "features": []}


def test_web_api_incidents(public_client: TestClient) -> None:
    body = public_client.get("/api/incidents?country=Syria").json()
    by_events = {tuple(sorted(item["event_ids"])): item for item in body["incidents"]}
    assert set(by_events) == {("EV-STRIKE", "EV-STRIKE-2"), ("EV-TROOPS",)}
    strike = by_events[("EV-STRIKE", "EV-STRIKE-2")]
    assert strike["corroboration"] == 2
    assert body["count"] == 2


def test_web_api_incident_one(public_client: TestClient) -> None:
    incident_id = public_client.get("/api/events/EV-CLASH").json()["incident_id"]
    incident = public_client.get(f"/api/incidents/{incident_id}").json()
    assert [event["event_id"] for event in incident["events"]] == ["EV-CLASH"]
    assert public_client.get("/api/incidents/INC-NOPE").status_code == 404


def test_web_api_healthz(client: TestClient) -> None:
    # Answers without signing in, even when reading needs an account.
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/api/events").status_code == 401


def test_web_api_healthz_store_down(tmp_path: Path) -> None:
    unreachable = Store(sa.create_engine(f"sqlite:///{tmp_path}/missing/dir/x.db"))
    with make_client(unreachable) as down:
        response = down.get("/healthz")
    assert response.status_code == 503


def test_web_api_openapi_lists_every_endpoint(public_client: TestClient) -> None:
    paths = set(public_client.get("/openapi.json").json()["paths"])
    assert {
        "/healthz", "/api/events", "/api/events.csv", "/api/events.geojson",
        "/api/events/{event_id}", "/api/incidents", "/api/incidents/{incident_id}",
        "/api/acled/read", "/api/places",
    } <= paths  # fmt: skip
    docs = public_client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn." not in docs.text
