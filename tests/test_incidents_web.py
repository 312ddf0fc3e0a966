"""Incidents in the web app: the API's incident fields and the GeoJSON layer of the map."""

from __future__ import annotations

from fastapi.testclient import TestClient
from test_web_fixtures import client, public_client, web_store, web_template

from eventatlas.incidents import INCIDENT_FIELDS

__all__ = ["client", "public_client", "web_store", "web_template"]


def test_incidents_web_list_has_every_field(public_client: TestClient) -> None:
    body = public_client.get("/api/incidents?country=Syria").json()
    assert [list(item) for item in body["incidents"]] == [list(INCIDENT_FIELDS)] * body["count"]


def test_incidents_web_geojson(public_client: TestClient) -> None:
    response = public_client.get("/api/incidents.geojson?sub_event_type=Air/drone strike")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    (feature,) = collection["features"]
    assert collection["type"] == "FeatureCollection" and feature["type"] == "Feature"
    assert feature["geometry"]["type"] == "Point"
    assert sorted(feature["properties"]["event_ids"]) == ["EV-STRIKE", "EV-STRIKE-2"]
    assert feature["id"] == feature["properties"]["incident_id"]


def test_incidents_web_geojson_filters_and_signs_in(
    public_client: TestClient, client: TestClient
) -> None:
    empty = public_client.get("/api/incidents.geojson?country=Atlantis").json()
    assert empty == {"type": "FeatureCollection", "features": []}
    assert public_client.get("/api/incidents.geojson?date_from=soon").status_code == 422
    assert client.get("/api/incidents.geojson").status_code == 401


def test_incidents_web_map_has_the_toggle(public_client: TestClient) -> None:
    page = public_client.get("/").text
    assert 'id="show-incidents"' in page
    assert "Atlas.incidentPoint" in public_client.get("/static/map.js").text
