"""Exporting straight from a store: the events a query selects, or their incidents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventatlas.export.registry import Output, export, get_exporter

if TYPE_CHECKING:
    from eventatlas.store import EventQuery, Store


def export_store(
    store: Store, fmt: str, out: Output = None, query: EventQuery | None = None
) -> int:
    """Write what ``query`` selects from ``store`` in format ``fmt``; the number of records.

    Events are streamed; the ``incidents`` format writes the incidents that
    hold a selected event.
    """
    if get_exporter(fmt).rows == "incidents":
        return export(store.iter_incidents(query), fmt, out)
    return export(store.iter_events(query), fmt, out)
