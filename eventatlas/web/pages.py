"""The pages: the map with its timeline and table, one event, the review queue.

Pages are rendered on the server with Jinja2 (autoescape on); the map,
timeline and table are then drawn in the browser from ``/api/events`` by
our own scripts in ``static/``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from eventatlas.event import EVENT_FIELDS, SUB_EVENT_TYPES, EventType, Modality, Status
from eventatlas.store import EventQuery
from eventatlas.web.access import reader, session, signed_in
from eventatlas.web.evidence import highlight
from eventatlas.web.workbench import vendor_missing, workbench

router = APIRouter(
    dependencies=[Depends(reader)], default_response_class=HTMLResponse, include_in_schema=False
)

FILTER_NAMES = (
    "country", "iso3", "admin1", "event_type", "sub_event_type", "actor", "modality", "status",
    "date_from", "date_to", "q", "incident_id",
)  # fmt: skip
QUEUE_PAGE = 50
_NOT_SHOWN_AS_FIELDS = {"article", "history", "incident"}


def render(
    request: Request, name: str, context: Mapping[str, Any], status_code: int = 200
) -> Response:
    """A page from its template, with the user, CSRF token and taxonomy every page uses."""
    bench = workbench(request)
    user = signed_in(request)
    common = {
        "user": user,
        "can_edit": user is not None and user.allows("analyst"),
        "csrf_token": session(request).csrf,
        "public": bench.settings.public,
        "event_types": [kind.value for kind in EventType],
        "taxonomy": taxonomy(),
        "modalities": [item.value for item in Modality],
        "statuses": [item.value for item in Status],
    }
    response = bench.templates.TemplateResponse(
        request, name, {**common, **context}, status_code=status_code
    )
    bench.sessions.keep(request, response)
    return response


def taxonomy() -> dict[str, list[str]]:
    """Each event type's sub-event types, in the taxonomy's order."""
    grouped: dict[str, list[str]] = {kind.value: [] for kind in EventType}
    for sub_event_type, kind in SUB_EVENT_TYPES.items():
        grouped[kind.value].append(sub_event_type)
    return grouped


@router.get("/")
def map_page(request: Request) -> Response:
    """The map, the timeline under it and the table, all driven by the filters."""
    chosen = {name: request.query_params.get(name, "") for name in FILTER_NAMES}
    context = {
        "filters": chosen,
        "tile_url": workbench(request).settings.tile_url or "",
        "vendor_missing": vendor_missing(),
    }
    return render(request, "map.html", context)


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str) -> Response:
    """One event: every field, the article with its evidence marked, reports, history."""
    found = workbench(request).store.event(event_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    return render(request, "event.html", event_context(found))


def event_context(event: Mapping[str, Any], error: str | None = None) -> dict[str, Any]:
    """What the event page shows of ``event``."""
    article = event.get("article") or {}
    incident = event.get("incident") or {}
    others = [item for item in incident.get("events", []) if item["event_id"] != event["event_id"]]
    return {
        "event": event,
        "article": article,
        "article_link": web_link(article.get("url")),
        "article_html": highlight(article.get("text") or "", event.get("evidence")),
        "fields": field_rows(event),
        "attribution": event.get("attribution") or {},
        "incident": incident,
        "other_reports": others,
        "history": [_history_row(row) for row in reversed(event.get("history") or [])],
        "error": error,
    }


def web_link(url: Any) -> str | None:
    """``url`` when it is an http(s) address, so an article cannot smuggle in a script link."""
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _history_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {**row, "before_text": shown(row.get("before")), "after_text": shown(row.get("after"))}


def field_rows(event: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Every field of the event as (name, text), the SPEC's fields first."""
    names = [name for name in EVENT_FIELDS if name in event]
    names += [name for name in event if name not in names and name not in _NOT_SHOWN_AS_FIELDS]
    return [(name, shown(event[name])) for name in names]


def shown(value: Any) -> str:
    """A field value as text for people: lists joined, objects as key: value."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return "; ".join(shown(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {shown(item)}" for key, item in value.items())
    return str(value)


@router.get("/review")
def review_queue(request: Request, offset: Annotated[int, Query(ge=0)] = 0) -> Response:
    """Machine-coded events, least confident first: what to check next."""
    store = workbench(request).store
    query = EventQuery(
        status=Status.MACHINE.value, order="confidence", limit=QUEUE_PAGE, offset=offset
    )
    context = {
        "events": store.events(query),
        "total": store.count(query),
        "offset": offset,
        "page_size": QUEUE_PAGE,
    }
    return render(request, "review.html", context)
