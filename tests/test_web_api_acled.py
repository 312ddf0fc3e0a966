"""/api/acled/read: ACLED's parameters in, ACLED's answer shape and columns out."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from test_web_fixtures import client, public_client, web_store, web_template

from eventatlas.export import ACLED_COLUMNS

__all__ = ["client", "public_client", "web_store", "web_template"]


def read(client: TestClient, **params: str | int) -> dict[str, object]:
    response = client.get("/api/acled/read", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def event_ids(body: dict[str, object]) -> set[str]:
    data = body["data"]
    assert isinstance(data, list)
    return {row["event_id_cnty"] for row in data}


def test_web_acled_shape(public_client: TestClient) -> None:
    body = read(public_client, country="Nigeria")
    assert (body["status"], body["success"], body["count"]) == (200, True, 1)
    data = body["data"]
    assert isinstance(data, list)
    (row,) = data
    assert tuple(row) == ACLED_COLUMNS
    assert all(isinstance(value, str) for value in row.values())
    assert row["event_id_cnty"] == "EV-ATTACK"
    assert (row["fatalities"], row["iso"], row["inter2"]) == ("12", "566", "7")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["notes"].startswith("Gunmen <b>killed</b>")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "Syria"}, {"EV-STRIKE", "EV-TROOPS", "EV-STRIKE-2"}),
        ({"iso": "368"}, {"EV-CLASH", "EV-PROTEST"}),
        ({"iso": "IRQ"}, {"EV-CLASH", "EV-PROTEST"}),
        ({"iso": "999"}, set()),
        ({"event_type": "Protests"}, {"EV-PROTEST"}),
        ({"sub_event_type": "Air/drone strike"}, {"EV-STRIKE", "EV-STRIKE-2"}),
        ({"actor1": "military forces of syria"}, {"EV-STRIKE", "EV-STRIKE-2"}),
        # actor1 is the first actor only: Islamic State is actor2 everywhere.
        ({"actor1": "Islamic State"}, set()),
        (
            {"event_date": "2021-01-01|2021-01-31", "event_date_where": "BETWEEN"},
            {"EV-CLASH", "EV-PROTEST"},
        ),
        ({"event_date": "2020-12-20"}, {"EV-STRIKE", "EV-STRIKE-2"}),
        ({"event_date": "2021-01-10", "event_date_where": ">"}, {"EV-ATTACK"}),
        ({"event_date": "2021-01-10", "event_date_where": ">="}, {"EV-PROTEST", "EV-ATTACK"}),
        ({"event_date": "2020-12-20", "event_date_where": "<"}, {"EV-TROOPS"}),
        (
            {"event_date": "2020-12-20", "event_date_where": "<="},
            {"EV-TROOPS", "EV-STRIKE", "EV-STRIKE-2"},
        ),
        ({"country": "Syria", "key": "my-acled-key", "email": "me@example.org"}, None),
    ],
)
def test_web_acled_filters(
    public_client: TestClient, params: dict[str, str], expected: set[str] | None
) -> None:
    found = event_ids(read(public_client, **params))
    assert found == (
        expected if expected is not None else {"EV-STRIKE", "EV-TROOPS", "EV-STRIKE-2"}
    )


def test_web_acled_paging(public_client: TestClient) -> None:
    pages = [read(public_client, limit=4, page=page) for page in (1, 2, 3)]
    assert [body["count"] for body in pages] == [4, 2, 0]
    assert set().union(*(event_ids(body) for body in pages)) == {
        "EV-STRIKE", "EV-TROOPS", "EV-STRIKE-2", "EV-CLASH", "EV-PROTEST", "EV-ATTACK",
    }  # fmt: skip


def test_web_acled_paging_with_actor1(public_client: TestClient) -> None:
    first = read(public_client, actor1="forces", limit=2, page=1)
    second = read(public_client, actor1="forces", limit=2, page=2)
    assert first["count"] == 2 and second["count"] == 2
    assert event_ids(first).isdisjoint(event_ids(second))


def test_web_acled_fields(public_client: TestClient) -> None:
    body = read(public_client, country="Iraq", fields="event_date|event_id_cnty|fatalities")
    data = body["data"]
    assert isinstance(data, list)
    assert [tuple(row) for row in data] == [("event_date", "event_id_cnty", "fatalities")] * 2
    assert {(row["event_id_cnty"], row["fatalities"]) for row in data} == {
        ("EV-CLASH", "5"),
        ("EV-PROTEST", "0"),
    }


def test_web_acled_csv(public_client: TestClient) -> None:
    response = public_client.get(
        "/api/acled/read",
        params={"country": "Syria", "_format": "csv", "fields": "event_id_cnty|notes"},
    )
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {row["event_id_cnty"] for row in rows} == {"EV-STRIKE", "EV-TROOPS", "EV-STRIKE-2"}
    assert all(row["notes"] for row in rows)


def test_web_acled_json_matches_pandas_style_use(public_client: TestClient) -> None:
    # What an ACLED script does: json.loads(text)["data"] into rows keyed by column.
    text = public_client.get("/api/acled/read?country=Syria&limit=0").text
    rows = json.loads(text)["data"]
    assert sum(int(row["fatalities"]) for row in rows) == 5


@pytest.mark.parametrize(
    ("params", "mentions"),
    [
        ({"event_date": "2021-13-01"}, "event_date"),
        ({"event_date": "2021-01-01|never", "event_date_where": "BETWEEN"}, "event_date"),
        ({"event_date": "2021-01-01", "event_date_where": "LIKE"}, "event_date_where"),
        ({"fields": "event_id_cnty|colour"}, "colour"),
        ({"limit": "5001"}, "limit"),
        ({"page": "0"}, "page"),
        ({"_format": "xml"}, "_format"),
    ],
)
def test_web_acled_malformed_is_422(
    public_client: TestClient, params: dict[str, str], mentions: str
) -> None:
    response = public_client.get("/api/acled/read", params=params)
    assert response.status_code == 422
    assert mentions in response.json()["detail"]


def test_web_acled_needs_sign_in_when_not_public(client: TestClient) -> None:
    assert client.get("/api/acled/read").status_code == 401
