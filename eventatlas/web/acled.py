"""ACLED-compatible reads: ACLED's parameters in, ACLED's answer shape out.

Scripts written against ACLED's API (``/api/acled/read?country=Syria&
event_date=2020-01-01|2020-12-31&event_date_where=BETWEEN``) work here by
changing the base URL. Rows have the columns of the ``acled-csv`` export
and, as ACLED's API gives them, every value as text. Parameters ACLED
scripts send that mean nothing here (``key``, ``email``, ``terms``) are
ignored.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from functools import cache
from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from eventatlas.export import ACLED_COLUMNS, acled_row
from eventatlas.store import EventQuery, Store, parse_date
from eventatlas.web.access import reader
from eventatlas.web.api import DataResponse
from eventatlas.web.filters import MAX_LIMIT, unprocessable
from eventatlas.web.workbench import workbench

router = APIRouter(dependencies=[Depends(reader)], default_response_class=DataResponse)

_ONE_DAY = dt.timedelta(days=1)


@router.get("/api/acled/read", tags=["acled"])
def acled_read(
    request: Request,
    country: str | None = None,
    iso: Annotated[str | None, Query(description="ISO 3166 numeric code (760) or alpha-3")] = None,
    event_date: Annotated[str | None, Query(description="A date, or a|b with BETWEEN")] = None,
    event_date_where: Annotated[str, Query(description="=, BETWEEN, >, >=, < or <=")] = "=",
    event_type: str | None = None,
    sub_event_type: str | None = None,
    actor1: Annotated[str | None, Query(description="Text in actor1, case-insensitive")] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT, description="0 means 5000")] = MAX_LIMIT,
    page: Annotated[int, Query(ge=1)] = 1,
    fields: Annotated[str | None, Query(description="Columns to return, a|b|c")] = None,
    answer_format: Annotated[str, Query(alias="_format", pattern="^(json|csv)$")] = "json",
) -> Response:
    """Events in ACLED's columns and answer shape, selected by ACLED's parameters."""
    columns = unprocessable(lambda: chosen_columns(fields))
    date_from, date_to = unprocessable(lambda: date_range(event_date, event_date_where))
    query = unprocessable(
        lambda: EventQuery(
            country=country or None, iso3=iso3_of(iso), event_type=event_type or None,
            sub_event_type=sub_event_type or None, actor=actor1 or None,
            date_from=date_from, date_to=date_to,
        )
    )  # fmt: skip
    size = limit or MAX_LIMIT
    found = select(workbench(request).store, query, actor1, offset=(page - 1) * size, size=size)
    rows = [{name: text(row[name]) for name in columns} for row in map(acled_row, found)]
    if answer_format == "csv":
        return Response(csv_text(rows, columns), media_type="text/csv; charset=utf-8")
    return DataResponse(
        {"status": 200, "success": True, "count": len(rows), "messages": [], "data": rows}
    )


def chosen_columns(fields: str | None) -> tuple[str, ...]:
    """The columns ``fields`` names, in its order (all of ACLED's when None)."""
    if not fields or not fields.strip():
        return ACLED_COLUMNS
    names = tuple(name.strip() for name in fields.split("|") if name.strip())
    unknown = [name for name in names if name not in ACLED_COLUMNS]
    if unknown:
        raise ValueError(f"unknown fields {unknown}; ACLED's columns are {list(ACLED_COLUMNS)}")
    return names


def iso3_of(iso: str | None) -> str | None:
    """The alpha-3 code of ACLED's numeric ``iso`` (760 -> SYR); alpha-3 codes pass."""
    if not iso or not iso.strip():
        return None
    code = iso.strip()
    if code.isdigit():
        # An unknown number selects nothing, as an unknown country name does.
        return _numeric_codes().get(int(code), f"#{code}")
    return code.upper()


@cache
def _numeric_codes() -> dict[int, str]:
    import pycountry

    return {int(country.numeric): country.alpha_3 for country in pycountry.countries}


def date_range(event_date: str | None, where: str) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of ACLED's ``event_date`` and ``event_date_where`` (None: open)."""
    if not event_date or not event_date.strip():
        return None, None
    operator = where.strip().upper() or "="
    if operator == "BETWEEN":
        first, _, last = event_date.partition("|")
        return _day(first), _day(last or first)
    day = _day(event_date)
    bounds = {
        "=": (day, day), ">": (day + _ONE_DAY, None), ">=": (day, None),
        "<": (None, day - _ONE_DAY), "<=": (None, day),
    }  # fmt: skip
    if operator not in bounds:
        raise ValueError(f"event_date_where must be =, BETWEEN, >, >=, < or <=, not {where!r}")
    return bounds[operator]


def _day(value: str) -> dt.date:
    day = parse_date(value, "event_date")
    assert day is not None
    return day


def select(
    store: Store, query: EventQuery, actor1: str | None, *, offset: int, size: int
) -> list[dict[str, Any]]:
    """One page of events; with ``actor1``, only those whose first actor matches."""
    if not actor1:
        return store.events(EventQuery(**{**query.__dict__, "limit": size, "offset": offset}))
    wanted = actor1.strip().lower()
    stream = store.iter_events(query)
    matching: Iterator[dict[str, Any]] = (
        event for event in stream if wanted in (event.get("actor1") or "").lower()
    )
    try:
        return list(islice(matching, offset, offset + size))
    finally:
        # Stopping early leaves the stream, and its connection, open.
        close = getattr(stream, "close", None)
        if callable(close):
            close()


def text(value: Any) -> str:
    """A value as ACLED's API writes it: always text."""
    return "" if value is None else str(value)


def csv_text(rows: list[dict[str, str]], columns: tuple[str, ...]) -> str:
    """The rows as CSV with a header line."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
