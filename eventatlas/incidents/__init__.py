"""Incidents: reports of one happening, joined across articles, with their corroboration.

:mod:`.copies` finds near-duplicate articles (one story, one source),
:mod:`.rules` says when two reports may be one happening, :mod:`.cluster`
groups reports deterministically, :mod:`.join` does it incrementally in the
store, :mod:`.pinning` keeps analysts' merges and splits, and :mod:`.summary`
reads an incident's figures, sources and disagreements from its events.
"""

from eventatlas.incidents.cluster import candidate_pairs, cluster_reports, partition
from eventatlas.incidents.copies import signature, similarity, stories
from eventatlas.incidents.join import (
    create_incident,
    fresh_incident_id,
    incident_id_for,
    place_events,
    recluster,
)
from eventatlas.incidents.pinning import pin_incidents
from eventatlas.incidents.rules import DEFAULT_RULES, JoinRules, Report, compatible, likeness
from eventatlas.incidents.summary import (
    INCIDENT_FIELDS,
    corroboration,
    disagreements,
    feature_collection,
    summarise,
)

__all__ = [
    "DEFAULT_RULES",
    "INCIDENT_FIELDS",
    "JoinRules",
    "Report",
    "candidate_pairs",
    "cluster_reports",
    "compatible",
    "corroboration",
    "create_incident",
    "disagreements",
    "feature_collection",
    "fresh_incident_id",
    "incident_id_for",
    "likeness",
    "partition",
    "pin_incidents",
    "place_events",
    "recluster",
    "signature",
    "similarity",
    "stories",
    "summarise",
]
