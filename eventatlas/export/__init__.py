"""Exports: ACLED-style CSV, JSON Lines, GeoJSON, Parquet and incidents.

Built-in formats register in ``EXPORTERS`` exactly as a plugin does through
the ``eventatlas.exporters`` entry-point group.
"""

from eventatlas.export.acled import ACLED_COLUMNS, acled_row, disorder_type, interaction
from eventatlas.export.from_store import export_store
from eventatlas.export.geojson import feature
from eventatlas.export.lines import write_json_lines
from eventatlas.export.parquet import arrow_schema
from eventatlas.export.registry import (
    ENTRY_POINT_GROUP,
    EXPORTERS,
    Exporter,
    export,
    get_exporter,
    open_output,
    register_exporter,
)

__all__ = [
    "ACLED_COLUMNS",
    "ENTRY_POINT_GROUP",
    "EXPORTERS",
    "Exporter",
    "acled_row",
    "arrow_schema",
    "disorder_type",
    "export",
    "export_store",
    "feature",
    "get_exporter",
    "interaction",
    "open_output",
    "register_exporter",
    "write_json_lines",
]
