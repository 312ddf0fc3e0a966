"""The event filters of the HTTP API, from query parameters to an EventQuery.

Every list endpoint and page shares these parameters. An empty parameter
(as an HTML form sends for a field left blank) means no filter; a
malformed one (a bad date, a bbox that is not four numbers, a negative
offset) is answered with 422 and a message naming it, never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Query

from eventatlas.store import EventQuery, parse_bbox

MAX_LIMIT = 5000
DEFAULT_LIMIT = 500
ORDER_HELP = "event_date, fatalities, confidence or event_id; a leading - sorts descending"

T = TypeVar("T")


def event_filters(
    country: Annotated[str | None, Query(description="Country name, e.g. Syria")] = None,
    iso3: Annotated[str | None, Query(description="ISO 3166 alpha-3 code, e.g. SYR")] = None,
    admin1: Annotated[str | None, Query(description="First-order division")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    actor: Annotated[
        str | None, Query(description="Text in any actor's name, case-insensitive")
    ] = None,
    modality: Annotated[
        str | None, Query(description="occurred, planned, threatened, generic or denied")
    ] = None,
    status: Annotated[str | None, Query(description="machine, reviewed or rejected")] = None,
    date_from: Annotated[str | None, Query(description="First day, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="Last day, YYYY-MM-DD")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    q: Annotated[str | None, Query(description="Text in the evidence sentence")] = None,
    incident_id: Annotated[str | None, Query(description="Incident id")] = None,
) -> dict[str, Any]:
    """The filters given (blank ones dropped), checked; 422 when one is malformed."""
    given = {
        "country": country, "iso3": iso3, "admin1": admin1, "event_type": event_type,
        "sub_event_type": sub_event_type, "actor": actor, "modality": modality,
        "status": status, "date_from": date_from, "date_to": date_to, "bbox": bbox, "q": q,
        "incident_id": incident_id,
    }  # fmt: skip
    found = {name: value.strip() for name, value in given.items() if value and value.strip()}
    return unprocessable(lambda: _checked(found))


def _checked(found: dict[str, Any]) -> dict[str, Any]:
    if "bbox" in found:
        found["bbox"] = parse_bbox(found["bbox"])
    EventQuery(**found)
    return found


Filters = Annotated[dict[str, Any], Depends(event_filters)]


def page_query(
    filters: Filters,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT, description="At most 5000")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
    order: Annotated[str, Query(description=ORDER_HELP)] = "event_date",
) -> EventQuery:
    """One page of the filtered events (limit 500 unless asked, at most 5000)."""
    return unprocessable(lambda: EventQuery(**filters, limit=limit, offset=offset, order=order))


def export_query(
    filters: Filters,
    limit: Annotated[int | None, Query(ge=0, description="All events when omitted")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    order: Annotated[str, Query(description=ORDER_HELP)] = "event_date",
) -> EventQuery:
    """Every filtered event (or ``limit`` of them), for downloads."""
    return unprocessable(lambda: EventQuery(**filters, limit=limit, offset=offset, order=order))


def unprocessable(build: Callable[[], T]) -> T:
    """``build()``, with its ValueError answered as 422 and its message."""
    try:
        return build()
    except (ValueError, TypeError) as error:
        raise HTTPException(status_code=422, detail=str(error)) from error


PageQuery = Annotated[EventQuery, Depends(page_query)]
ExportQuery = Annotated[EventQuery, Depends(export_query)]
