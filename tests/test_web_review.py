"""Reviewing from the event page: edits, confirm, reject, merge, split, place picking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from test_web_fixtures import (
    csrf_token,
    make_client,
    sample_items,
    sign_in,
    web_store,
    web_template,
)

from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.settings import Settings
from eventatlas.store import Store

__all__ = ["web_store", "web_template"]


@pytest.fixture
def analyst(web_store: Store, tmp_path: Path) -> Iterator[TestClient]:
    """A client signed in as the analyst ann (with no gazetteer index)."""
    with make_client(web_store, cache_dir=tmp_path / "no-cache") as opened:
        yield sign_in(opened, "ann")


def post(client: TestClient, path: str, **form: str) -> Any:
    token = csrf_token(client, "/")
    return client.post(path, data={**form, "csrf_token": token}, follow_redirects=False)


def event(client: TestClient, event_id: str) -> dict[str, Any]:
    found: dict[str, Any] = client.get(f"/api/events/{event_id}").json()
    return found


def test_web_review_edit_sub_event_type_carries_type(analyst: TestClient) -> None:
    response = post(
        analyst, "/events/EV-STRIKE/review", action="save",
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        comment="artillery, says a second source",
    )  # fmt: skip
    assert response.status_code == 303 and response.headers["location"] == "/events/EV-STRIKE"
    found = event(analyst, "EV-STRIKE")
    assert found["sub_event_type"] == "Shelling/artillery/missile attack"
    assert found["status"] == "reviewed"
    rows = {row["field"]: row for row in found["history"]}
    assert rows["sub_event_type"]["before"] == "Air/drone strike"
    assert rows["sub_event_type"]["user"] == "ann"
    assert rows["sub_event_type"]["comment"] == "artillery, says a second source"
    page = analyst.get("/events/EV-STRIKE").text
    assert "Shelling/artillery/missile attack" in page and "artillery, says a second source" in page


def test_web_review_edit_event_type_with_fitting_sub_type(analyst: TestClient) -> None:
    post(
        analyst, "/events/EV-STRIKE/review", event_type="Battles", sub_event_type="Armed clash"
    )  # fmt: skip
    found = event(analyst, "EV-STRIKE")
    assert (found["event_type"], found["sub_event_type"]) == ("Battles", "Armed clash")
    assert {"event_type", "sub_event_type", "status"} <= {row["field"] for row in found["history"]}


def test_web_review_event_type_not_fitting_is_422(analyst: TestClient) -> None:
    response = post(
        analyst, "/events/EV-STRIKE/review", event_type="Battles", sub_event_type="Air/drone strike"
    )  # fmt: skip
    assert response.status_code == 422
    assert "does not fit" in response.text and 'id="review-error"' in response.text
    assert event(analyst, "EV-STRIKE")["history"] == []


def test_web_review_edit_many_fields(analyst: TestClient) -> None:
    post(
        analyst, "/events/EV-CLASH/review",
        actor1="Military Forces of Iraq", actor2="Islamic State",
        assoc_actor_1="Popular Mobilization Forces; Tribal fighters ",
        assoc_actor_2="", event_date="2021-01-06", fatalities="7", modality="occurred",
    )  # fmt: skip
    found = event(analyst, "EV-CLASH")
    assert found["assoc_actor_1"] == ["Popular Mobilization Forces", "Tribal fighters"]
    assert (found["event_date"], found["fatalities"]) == ("2021-01-06", 7)
    changed = {row["field"] for row in found["history"]}
    assert changed == {"assoc_actor_1", "event_date", "fatalities", "status"}


def test_web_review_blank_fatalities_means_unknown(analyst: TestClient) -> None:
    post(analyst, "/events/EV-CLASH/review", fatalities="")
    assert event(analyst, "EV-CLASH")["fatalities"] is None


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"fatalities": "many"}, "fatalities"),
        ({"fatalities": "-3"}, "fatalities"),
        ({"event_date": "2021-02-30"}, "event_date"),
        ({"modality": "rumoured"}, "modality"),
        ({"geonameid": "not-a-number"}, "GeoNames id"),
    ],
)
def test_web_review_bad_value_is_422(
    analyst: TestClient, form: dict[str, str], message: str
) -> None:
    response = post(analyst, "/events/EV-CLASH/review", **form)
    assert response.status_code == 422
    assert message in response.text
    assert event(analyst, "EV-CLASH")["history"] == []


def test_web_review_bad_action_is_422(analyst: TestClient) -> None:
    assert post(analyst, "/events/EV-CLASH/review", action="delete").status_code == 422


def test_web_review_confirm_and_reject(analyst: TestClient) -> None:
    post(analyst, "/events/EV-PROTEST/review", action="confirm", comment="checked")
    assert event(analyst, "EV-PROTEST")["status"] == "reviewed"
    post(analyst, "/events/EV-TROOPS/review", action="reject", comment="only planned")
    troops = event(analyst, "EV-TROOPS")
    assert troops["status"] == "rejected"
    assert [(row["field"], row["after"]) for row in troops["history"]] == [("status", "rejected")]
    rejected = analyst.get("/api/events?status=rejected").json()
    assert [item["event_id"] for item in rejected["events"]] == ["EV-TROOPS"]


def test_web_review_comment_alone_is_kept(analyst: TestClient) -> None:
    post(analyst, "/events/EV-PROTEST/review", comment="looked, nothing to change")
    rows = event(analyst, "EV-PROTEST")["history"]
    assert [(row["field"], row["comment"]) for row in rows] == [
        ("comment", "looked, nothing to change")
    ]


def test_web_review_unknown_event_is_404(analyst: TestClient) -> None:
    assert post(analyst, "/events/EV-NOPE/review", fatalities="1").status_code == 404


def test_web_review_admin_may_write(web_store: Store) -> None:
    with make_client(web_store) as admin:
        sign_in(admin, "ada")
        assert post(admin, "/events/EV-PROTEST/review", action="confirm").status_code == 303
        assert event(admin, "EV-PROTEST")["status"] == "reviewed"


def test_web_review_survives_rerun_of_extraction(analyst: TestClient, web_store: Store) -> None:
    post(analyst, "/events/EV-ATTACK/review", fatalities="14", comment="hospital count")
    for article, events in sample_items():
        web_store.save(article, events)
    assert event(analyst, "EV-ATTACK")["fatalities"] == 14


def test_web_review_merge(analyst: TestClient) -> None:
    response = post(
        analyst, "/events/EV-PROTEST/merge", other_event_id="EV-CLASH", comment="same day"
    )  # fmt: skip
    assert response.status_code == 303
    protest, clash = event(analyst, "EV-PROTEST"), event(analyst, "EV-CLASH")
    assert clash["incident_id"] == protest["incident_id"]
    assert [row["field"] for row in clash["history"]] == ["incident_id"]
    page = analyst.get("/events/EV-PROTEST").text
    assert "/events/EV-CLASH" in page


def test_web_review_merge_unknown_other_is_422(analyst: TestClient) -> None:
    response = post(analyst, "/events/EV-PROTEST/merge", other_event_id="EV-NOPE")
    assert response.status_code == 422 and "EV-NOPE" in response.text


def test_web_review_split(analyst: TestClient) -> None:
    before = event(analyst, "EV-STRIKE-2")["incident_id"]
    assert post(analyst, "/events/EV-STRIKE-2/split", comment="another raid").status_code == 303
    after = event(analyst, "EV-STRIKE-2")
    assert after["incident_id"] != before
    assert event(analyst, "EV-STRIKE")["incident_id"] == before
    assert after["history"][-1]["field"] == "incident_id"


def test_web_review_queue_least_confident_first(analyst: TestClient) -> None:
    page = analyst.get("/review").text
    order = [page.index(f"/events/{name}") for name in ("EV-ATTACK", "EV-TROOPS", "EV-CLASH")]
    assert order == sorted(order)
    post(analyst, "/events/EV-ATTACK/review", action="confirm")
    assert "/events/EV-ATTACK" not in analyst.get("/review").text


def test_web_review_places_without_gazetteer_is_503(analyst: TestClient) -> None:
    response = analyst.get("/api/places?q=Abu")
    assert response.status_code == 503
    assert "gazetteer" in response.json()["detail"]


@pytest.fixture
def gazetteer_analyst(web_store: Store, settings: Settings) -> Iterator[TestClient]:
    """An analyst's client of an app whose gazetteer index is built."""
    Gazetteer.open(settings.gazetteer_file).close()
    with make_client(web_store, cache_dir=settings.cache_dir) as opened:
        yield sign_in(opened, "ann")


@pytest.mark.slow
def test_web_review_places_search(gazetteer_analyst: TestClient) -> None:
    found = gazetteer_analyst.get("/api/places?q=Albu&country=SY").json()["places"]
    assert any(place["geonameid"] == 174448 for place in found)
    assert all(place["iso3"] == "SYR" for place in found)
    assert gazetteer_analyst.get("/api/places?q=").status_code == 422


@pytest.mark.slow
def test_web_review_pick_place(gazetteer_analyst: TestClient) -> None:
    post(gazetteer_analyst, "/events/EV-TROOPS/review", geonameid="174448", comment="the town")
    found = event(gazetteer_analyst, "EV-TROOPS")
    assert found["geonameid"] == 174448
    assert found["location"] == "Ālbū Kamāl" and found["iso3"] == "SYR"
    assert found["geo_precision"] == 1
    assert {"location", "latitude", "longitude", "geonameid"} <= {
        row["field"] for row in found["history"]
    }
    assert post(gazetteer_analyst, "/events/EV-TROOPS/review", geonameid="1").status_code == 422
