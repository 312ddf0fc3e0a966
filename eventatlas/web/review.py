"""Analysts' changes from the event page: review an event, merge, split.

Each route needs an analyst (or admin) account and the session's CSRF
token, checked here on the server. The store keeps every change as a
history row and refuses values that do not fit the field; its message is
shown on the event page with status 422.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from eventatlas.event import Place, Status
from eventatlas.geocode.gazetteer import GazetteerError
from eventatlas.web.access import analyst, csrf_checked
from eventatlas.web.accounts import User
from eventatlas.web.pages import event_context, render
from eventatlas.web.workbench import workbench

router = APIRouter(
    dependencies=[Depends(csrf_checked)], default_response_class=HTMLResponse,
    include_in_schema=False,
)  # fmt: skip

TEXT_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "event_date", "modality")
LIST_FIELDS = ("assoc_actor_1", "assoc_actor_2")
OTHER_FIELDS = ("fatalities", "geonameid")
ACTIONS = {"save": None, "confirm": Status.REVIEWED.value, "reject": Status.REJECTED.value}

Analyst = Annotated[User, Depends(analyst)]
Comment = Annotated[str, Form(max_length=5000)]


def form_changes(
    event: Mapping[str, Any], form: Mapping[str, str | None], place: Callable[[int], Place | None]
) -> dict[str, Any]:
    """The fields the form changes, as the store takes them (ValueError on a bad value)."""
    wanted: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if form.get(name) is not None:
            wanted[name] = (form[name] or "").strip() or None
    for name in LIST_FIELDS:
        if form.get(name) is not None:
            wanted[name] = [item.strip() for item in (form[name] or "").split(";") if item.strip()]
    if form.get("fatalities") is not None:
        wanted["fatalities"] = _count("fatalities", form["fatalities"] or "")
    changes = {name: value for name, value in wanted.items() if value != event.get(name)}
    picked = (form.get("geonameid") or "").strip()
    if picked and picked != str(event.get("geonameid")):
        changes.update(place_changes(_picked_place(picked, place)))
    return changes


def _count(name: str, value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit():
        raise ValueError(f"{name} must be a whole number of 0 or more (or empty), not {value!r}")
    return int(value)


def _picked_place(picked: str, place: Callable[[int], Place | None]) -> Place:
    found = place(int(picked)) if picked.isdigit() else None
    if found is None:
        raise ValueError(f"no place with GeoNames id {picked!r} in the gazetteer")
    return found


def place_changes(place: Place) -> dict[str, Any]:
    """The location fields of an event put at a gazetteer place."""
    return {
        "location": place.name, "country": place.country, "iso3": place.iso3,
        "admin1": place.admin1, "admin2": place.admin2, "latitude": place.latitude,
        "longitude": place.longitude, "geonameid": place.geonameid,
        "geo_precision": 1 if place.level == 3 else 2 if place.level == 2 else 3,
        "geo_reason": "picked from the gazetteer by an analyst",
    }  # fmt: skip


async def form_fields(request: Request) -> dict[str, str | None]:
    """The review form's fields as sent (FastAPI's Form() cannot tell blank from absent)."""
    form = await request.form()
    sent = {name: form.get(name) for name in (*TEXT_FIELDS, *LIST_FIELDS, *OTHER_FIELDS)}
    return {name: value if isinstance(value, str) else None for name, value in sent.items()}


@router.post("/events/{event_id}/review")
def review_event(
    request: Request,
    event_id: str,
    user: Analyst,
    form: Annotated[dict[str, str | None], Depends(form_fields)],
    action: Annotated[str, Form(pattern="^(save|confirm|reject)$")] = "save",
    comment: Comment = "",
) -> Response:
    """Confirm, reject or edit an event, with a comment; every change goes into its history."""
    store = workbench(request).store
    event = _existing(request, event_id)
    try:
        changes = form_changes(event, form, lambda number: _gazetteer_place(request, number))
        store.review(
            event_id, user=user.name, changes=changes, comment=comment, status=ACTIONS[action]
        )
    except ValueError as error:
        return _refused(request, event, str(error))
    return _back_to(event_id)


def _gazetteer_place(request: Request, geonameid: int) -> Place | None:
    try:
        return workbench(request).gazetteer().get(geonameid)
    except GazetteerError as error:
        raise ValueError(str(error)) from error


@router.post("/events/{event_id}/merge")
def merge_event(
    request: Request,
    event_id: str,
    user: Analyst,
    other_event_id: Annotated[str, Form(min_length=1)],
    comment: Comment = "",
) -> Response:
    """Put another event into this event's incident (they report the same happening)."""
    event = _existing(request, event_id)
    other = other_event_id.strip()
    if workbench(request).store.event(other) is None:
        return _refused(request, event, f"no event {other!r} to merge with")
    workbench(request).store.merge_events([event_id, other], user=user.name, comment=comment)
    return _back_to(event_id)


@router.post("/events/{event_id}/split")
def split_event(request: Request, event_id: str, user: Analyst, comment: Comment = "") -> Response:
    """Take this event out of its incident into a new one of its own."""
    _existing(request, event_id)
    workbench(request).store.split_event(event_id, user=user.name, comment=comment)
    return _back_to(event_id)


def _existing(request: Request, event_id: str) -> dict[str, Any]:
    found = workbench(request).store.event(event_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    return found


def _refused(request: Request, event: Mapping[str, Any], message: str) -> Response:
    return render(request, "event.html", event_context(event, error=message), status_code=422)


def _back_to(event_id: str) -> Response:
    return RedirectResponse(f"/events/{quote(event_id, safe='')}", status_code=303)
