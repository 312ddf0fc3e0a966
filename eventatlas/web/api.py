"""The read API of SPEC.md: events, downloads, one event, incidents, places.

Lists answer ``{"count": N, "events": [...]}`` where ``count`` is how many
events the filters select in all (paging aside), so a client knows how
many pages there are. Responses are encoded straight to JSON, skipping
FastAPI's per-field encoder, which costs more than the query on a page
of 500 events.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from eventatlas.event import Place
from eventatlas.geocode.gazetteer import GazetteerError
from eventatlas.incidents import feature_collection
from eventatlas.store import EventQuery, Store
from eventatlas.web.access import reader
from eventatlas.web.downloads import download
from eventatlas.web.filters import ExportQuery, PageQuery, unprocessable
from eventatlas.web.workbench import workbench


class DataResponse(JSONResponse):
    """JSON of plain data; anything else (a date) is written as its text."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str)
        return text.encode("utf-8")


router = APIRouter(default_response_class=DataResponse)
reading = APIRouter(dependencies=[Depends(reader)], default_response_class=DataResponse)


@router.get("/healthz", tags=["service"])
def healthz(request: Request) -> DataResponse:
    """200 when the store answers, 503 when it does not."""
    if workbench(request).store.healthy():
        return DataResponse({"status": "ok"})
    return DataResponse({"status": "store not answering"}, status_code=503)


@reading.get("/api/events", tags=["events"])
def events(request: Request, query: PageQuery) -> DataResponse:
    """One page of the events the filters select, and how many they select in all."""
    store = workbench(request).store
    found = store.events(query)
    body = {"count": _total(store, query, found), "limit": query.limit, "offset": query.offset}
    return DataResponse({**body, "events": found})


def _total(store: Store, query: EventQuery, found: list[dict[str, Any]]) -> int:
    # A short page that starts inside the selection tells the total without a count.
    short = query.limit is None or len(found) < query.limit
    if short and (found or query.offset == 0):
        return query.offset + len(found)
    return store.count(query)


@reading.get("/api/events.csv", tags=["events"], response_class=StreamingResponse)
def events_csv(request: Request, query: ExportQuery) -> StreamingResponse:
    """The selected events as ACLED-style CSV (all of them unless ``limit`` is given)."""
    return download(workbench(request).store.iter_events(query), "acled-csv", "events.csv")


@reading.get("/api/events.geojson", tags=["events"], response_class=StreamingResponse)
def events_geojson(request: Request, query: ExportQuery) -> StreamingResponse:
    """The selected events as a GeoJSON FeatureCollection."""
    rows = workbench(request).store.iter_events(query)
    return download(rows, "geojson", "events.geojson")


@reading.get("/api/events/{event_id}", tags=["events"])
def event(request: Request, event_id: str) -> DataResponse:
    """One event with its article, evidence, attribution, incident and review history."""
    found = workbench(request).store.event(event_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    return DataResponse(found)


@reading.get("/api/incidents", tags=["incidents"])
def incidents(request: Request, query: PageQuery) -> DataResponse:
    """The incidents holding a selected event, with their events' sources (paging counts incidents)."""
    found = workbench(request).store.incidents(query)
    return DataResponse({"count": len(found), "incidents": found})


@reading.get("/api/incidents.geojson", tags=["incidents"])
def incidents_geojson(request: Request, query: PageQuery) -> DataResponse:
    """The same incidents as a GeoJSON FeatureCollection: one point each, at its best place."""
    found = workbench(request).store.incidents(query)
    return DataResponse(feature_collection(found), media_type="application/geo+json")


@reading.get("/api/incidents/{incident_id}", tags=["incidents"])
def incident(request: Request, incident_id: str) -> DataResponse:
    """One incident with all its events."""
    found = workbench(request).store.incident(incident_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no incident {incident_id!r}")
    return DataResponse(found)


@reading.get("/api/places", tags=["places"])
def places(
    request: Request,
    q: Annotated[str, Query(min_length=1, description="Start of a place name")],
    country: Annotated[str | None, Query(description="Country name or ISO code")] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> DataResponse:
    """Gazetteer places whose name starts with ``q``, largest first (the place picker)."""
    try:
        gazetteer = workbench(request).gazetteer()
    except GazetteerError as error:
        raise HTTPException(status_code=503, detail=str(error)) from error
    found = unprocessable(lambda: gazetteer.search(q, country=country or None, limit=limit))
    return DataResponse({"count": len(found), "places": [place_dict(item) for item in found]})


def place_dict(place: Place) -> dict[str, Any]:
    """A gazetteer place as the place picker shows and submits it."""
    return {
        "geonameid": place.geonameid, "name": place.name, "country": place.country,
        "iso3": place.iso3, "admin1": place.admin1, "admin2": place.admin2,
        "latitude": place.latitude, "longitude": place.longitude,
        "feature": place.feature, "population": place.population,
    }  # fmt: skip
