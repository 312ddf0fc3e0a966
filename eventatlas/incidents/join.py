"""Putting newly stored events into incidents, incrementally and order-free.

Every stored event belongs to a *block*: a connected group of compatible
reports (``events.block_id``). New events are compared only with the stored
events of the same country, group of sub-event types and dates (the
``iso3, sub_event_type, date_start, date_end`` index serves the query);
the blocks they touch are read whole, joined with them, and re-clustered
by :func:`eventatlas.incidents.cluster.partition`. Since the clustering of
a block depends only on the reports in it, articles stored in any order,
one at a time or in batches, end in the same incidents as a batch run.

Incident ids stay put where they can: a re-clustered incident keeps the id
most of its reports had; a new one gets ``INC-`` and a hash of its first
event's id. Analysts' incidents (pinned events, :mod:`.review`) are kept
whole and never joined to one another; rejected events are left alone.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from eventatlas.event import Modality, Status
from eventatlas.incidents.cluster import Cluster, candidate_pairs, components, partition
from eventatlas.incidents.rules import DEFAULT_RULES, JoinRules, Report, group, group_members

# The store's tables, named here rather than imported: the store calls this
# module when saving, so importing the store package from here would be a cycle.
# tests/test_incidents_join.py checks these against eventatlas.store.schema.
EVENTS = sa.table(
    "events",
    *(sa.column(name, sa.String) for name in (
        "event_id", "article_id", "incident_id", "status", "sub_event_type", "iso3", "admin1",
        "actor1", "actor2", "actors", "modality", "block_id", "evidence_text",
    )),
    *(sa.column(name, sa.Date) for name in ("date_start", "date_end")),
    *(sa.column(name, sa.Float) for name in ("latitude", "longitude")),
    *(sa.column(name, sa.Integer) for name in ("geo_precision", "geonameid", "time_precision")),
    sa.column("pinned", sa.Boolean),
)  # fmt: skip
INCIDENTS = sa.table(
    "incidents", sa.column("incident_id", sa.String), sa.column("first_event_id", sa.String)
)

_IN_CHUNK = 500
# Runs of new reports whose windows are this close share one candidate query.
_RUN_GAP = dt.timedelta(days=7)

_REPORTS = sa.select(*EVENTS.c)
_LIVE = EVENTS.c.status != Status.REJECTED.value
_REPORTED = [Modality.OCCURRED.value, Modality.DENIED.value]
_CANDIDATES = (
    _REPORTS.where(EVENTS.c.iso3 == sa.bindparam("iso3"))
    .where(EVENTS.c.date_start.between(sa.bindparam("earliest"), sa.bindparam("latest")))
    .where(EVENTS.c.date_end >= sa.bindparam("since"))
    .where(_LIVE)
    .where(sa.or_(EVENTS.c.modality.is_(None), *(EVENTS.c.modality == name for name in _REPORTED)))
)


@functools.cache
def _candidates(group_name: str) -> sa.Select[Any]:
    """The candidate query of one group of sub-event types.

    The types are equalities with fixed values rather than an expanding IN:
    the statement is then compiled once and reused as is (SQLite reads the
    OR of equalities on one column as an IN, through the index).
    """
    types = [EVENTS.c.sub_event_type == name for name in group_members(group_name)]
    return _CANDIDATES.where(sa.or_(*types))


def incident_id_for(seed: str) -> str:
    """The deterministic incident id made from ``seed`` (an event id)."""
    return "INC-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16].upper()


def fresh_incident_id(connection: sa.Connection, event_id: str) -> str:
    """An unused incident id derived from ``event_id`` (a suffix when taken)."""
    attempt = 0
    while True:
        seed = event_id if attempt == 0 else f"{event_id}#{attempt}"
        incident_id = incident_id_for(seed)
        taken = sa.select(INCIDENTS.c.incident_id).where(INCIDENTS.c.incident_id == incident_id)
        if connection.execute(taken).first() is None:
            return incident_id
        attempt += 1


def create_incident(connection: sa.Connection, event_id: str) -> str:
    """Store a new incident whose first event is ``event_id``; return its id."""
    incident_id = fresh_incident_id(connection, event_id)
    connection.execute(
        sa.insert(INCIDENTS), {"incident_id": incident_id, "first_event_id": event_id}
    )
    return incident_id


def place_events(
    connection: sa.Connection, event_ids: Sequence[str], *, rules: JoinRules = DEFAULT_RULES
) -> dict[str, str]:
    """Put stored events (new or changed) into incidents; the incident id of each."""
    new = load_reports(connection, EVENTS.c.event_id, event_ids)
    neighbours = _neighbours(connection, new, rules)
    # The blocks of the neighbours and the events' own (when they are re-placed).
    blocks = {report.block_id for report in (*neighbours, *new) if report.block_id is not None}
    universe = {report.event_id: report for report in load_reports(
        connection, EVENTS.c.block_id, sorted(blocks))}  # fmt: skip
    universe.update({report.event_id: report for report in (*neighbours, *new)})
    placed = recluster(connection, list(universe.values()), rules=rules)
    return {event_id: placed[event_id] for event_id in event_ids if event_id in placed}


def load_reports(
    connection: sa.Connection, column: sa.ColumnElement[Any], values: Sequence[Any]
) -> list[Report]:
    """The live (not rejected) reports whose ``column`` is one of ``values``."""
    found: list[Report] = []
    for start in range(0, len(values), _IN_CHUNK):
        chunk = list(values[start : start + _IN_CHUNK])
        rows = connection.execute(_REPORTS.where(column.in_(chunk)).where(_LIVE)).mappings()
        found.extend(Report.of_row(row) for row in rows)
    return found


def _neighbours(connection: sa.Connection, new: list[Report], rules: JoinRules) -> list[Report]:
    """The stored reports compatible with at least one of ``new``."""
    pool = {report.event_id: report for report in new}
    for kind, window in _windows(new, rules):
        rows = connection.execute(_candidates(kind), window).mappings()
        pool.update(
            (row["event_id"], Report.of_row(row)) for row in rows if row["event_id"] not in pool
        )
    mine = {report.event_id for report in new}
    pairs = candidate_pairs(list(pool.values()), rules, among=mine)
    linked = {event_id for key in pairs for event_id in key} - mine
    return [pool[event_id] for event_id in sorted(linked)]


def _windows(new: list[Report], rules: JoinRules) -> Iterator[tuple[str, dict[str, Any]]]:
    """The parameters of the candidate queries: one per run of close dates and group."""
    slack = dt.timedelta(days=rules.day_slack)
    usable = sorted(
        (r for r in new if r.clusterable),
        key=lambda r: (r.iso3 or "", group(r.sub_event_type) or "", r.start, r.end),
    )
    run: list[Report] = []
    for report in usable:
        assert report.start is not None
        if run and (_kind(run[0]) != _kind(report) or report.start > _last(run) + _RUN_GAP):
            yield _window(run, slack, rules)
            run = []
        run.append(report)
    if run:
        yield _window(run, slack, rules)


def _kind(report: Report) -> tuple[str | None, str | None]:
    return report.iso3, group(report.sub_event_type)


def _last(run: list[Report]) -> dt.date:
    return max(report.end for report in run if report.end is not None)


def _window(run: list[Report], slack: dt.timedelta, rules: JoinRules) -> tuple[str, dict[str, Any]]:
    first = min(report.start for report in run if report.start is not None)
    values = {
        "iso3": run[0].iso3,
        "earliest": first - slack - dt.timedelta(days=rules.max_span_days),
        "latest": _last(run) + slack,
        "since": first - slack,
    }
    return group(run[0].sub_event_type) or "", values


def recluster(
    connection: sa.Connection, reports: list[Report], *, rules: JoinRules = DEFAULT_RULES
) -> dict[str, str]:
    """Cluster whole blocks of reports again and store the outcome; each event's incident."""
    pairs = candidate_pairs(reports, rules)
    by_id = {report.event_id: report for report in reports}
    blocks = _block_labels(components(sorted(by_id), pairs), by_id)
    incident_of = _name(connection, partition(reports, pairs), by_id)
    changed = [
        {"key": event_id, "incident": incident_of[event_id], "block": blocks[event_id]}
        for event_id, report in sorted(by_id.items())
        if (report.incident_id, report.block_id) != (incident_of[event_id], blocks[event_id])
    ]
    if changed:
        update = sa.update(EVENTS).where(EVENTS.c.event_id == sa.bindparam("key"))
        values = update.values(incident_id=sa.bindparam("incident"), block_id=sa.bindparam("block"))
        connection.execute(values, changed)
    old = {report.incident_id for report in reports if report.incident_id is not None}
    drop_empty_incidents(connection, old - set(incident_of.values()))
    return incident_of


def _block_labels(groups: list[list[str]], by_id: dict[str, Report]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for members in groups:
        known = sorted({by_id[event_id].block_id or "" for event_id in members} - {""})
        label = known[0] if known else members[0]
        labels.update(dict.fromkeys(members, label))
    return labels


def _name(
    connection: sa.Connection, clusters: list[Cluster], by_id: dict[str, Report]
) -> dict[str, str]:
    """An incident id for each cluster: the analyst's, one its members had, or a new one.

    An old id goes to the cluster holding most of its events; among equals,
    ids held in fewer clusters are settled first, so that each keeps its id
    where it can.
    """
    chosen = {index: c.pinned_to for index, c in enumerate(clusters) if c.pinned_to is not None}
    taken = set(chosen.values())
    held = _held(clusters, chosen, taken, by_id)
    spread = Counter(incident_id for _, incident_id in held)
    for index, incident_id in sorted(
        held, key=lambda key: (-held[key], spread[key[1]], key[1], key[0])
    ):
        if index not in chosen and incident_id not in taken:
            chosen[index] = incident_id
            taken.add(incident_id)
    unnamed = [index for index in range(len(clusters)) if index not in chosen]
    fresh = create_incidents(connection, [clusters[index].event_ids[0] for index in unnamed])
    chosen.update(zip(unnamed, fresh, strict=True))
    return {event_id: chosen[index] for index, c in enumerate(clusters) for event_id in c.event_ids}


def _held(
    clusters: list[Cluster], chosen: dict[int, str], taken: set[str], by_id: dict[str, Report]
) -> Counter[tuple[int, str]]:
    """How many events of each unnamed cluster had each free old incident id."""
    held: Counter[tuple[int, str]] = Counter()
    for index, cluster in enumerate(clusters):
        for event_id in cluster.event_ids if index not in chosen else ():
            incident_id = by_id[event_id].incident_id
            if incident_id is not None and incident_id not in taken:
                held[(index, incident_id)] += 1
    return held


def create_incidents(connection: sa.Connection, event_ids: Sequence[str]) -> list[str]:
    """Store a new incident for each of ``event_ids`` (its first event); their ids, in order."""
    wanted = {incident_id_for(event_id): event_id for event_id in event_ids}
    taken: set[str] = set()
    names = sorted(wanted)
    for start in range(0, len(names), _IN_CHUNK):
        query = sa.select(INCIDENTS.c.incident_id).where(
            INCIDENTS.c.incident_id.in_(names[start : start + _IN_CHUNK])
        )
        taken.update(connection.execute(query).scalars())
    ids = [
        incident_id_for(event_id) if incident_id_for(event_id) not in taken
        else fresh_incident_id(connection, event_id)
        for event_id in event_ids
    ]  # fmt: skip
    if ids:
        rows = [
            {"incident_id": i, "first_event_id": e} for i, e in zip(ids, event_ids, strict=True)
        ]
        connection.execute(sa.insert(INCIDENTS), rows)
    return ids


def drop_empty_incidents(connection: sa.Connection, incident_ids: set[str]) -> None:
    """Delete those of ``incident_ids`` that no event (not even a rejected one) is in."""
    if not incident_ids:
        return
    used = sa.select(EVENTS.c.incident_id).where(EVENTS.c.incident_id == INCIDENTS.c.incident_id)
    for start in range(0, len(incident_ids), _IN_CHUNK):
        chunk = sorted(incident_ids)[start : start + _IN_CHUNK]
        connection.execute(
            sa.delete(INCIDENTS).where(INCIDENTS.c.incident_id.in_(chunk)).where(~sa.exists(used))
        )
