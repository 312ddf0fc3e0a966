"""Analysts' incidents: pinned, so that no later run undoes a merge or a split.

When an analyst merges or splits, every event of the incidents involved
is *pinned* to its incident. The clustering (:mod:`.cluster`) then keeps
each pinned incident whole, never joins two of them, and only lets new
reports join one when they are compatible with all its events. The blocks
of the events are joined too, so the pinned incident is re-clustered as a
whole when a new report touches any part of it.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from eventatlas.incidents.join import EVENTS

_IN_CHUNK = 500


def pin_incidents(connection: sa.Connection, incident_ids: Iterable[str | None]) -> None:
    """Pin every event of ``incident_ids`` and put each incident's events in one block."""
    for incident_id in sorted({item for item in incident_ids if item}):
        members = sa.select(EVENTS.c.block_id).where(EVENTS.c.incident_id == incident_id)
        blocks = sorted({block for block in connection.execute(members).scalars() if block})
        label = blocks[0] if blocks else incident_id
        _relabel(connection, blocks, label)
        connection.execute(
            sa.update(EVENTS)
            .where(EVENTS.c.incident_id == incident_id)
            .values(pinned=True, block_id=label)
        )


def _relabel(connection: sa.Connection, blocks: list[str], label: str) -> None:
    # Whole blocks move to one label: a block must stay a union of connected groups.
    others = [block for block in blocks if block != label]
    for start in range(0, len(others), _IN_CHUNK):
        chunk = others[start : start + _IN_CHUNK]
        update = sa.update(EVENTS).where(EVENTS.c.block_id.in_(chunk))
        connection.execute(update.values(block_id=label))
