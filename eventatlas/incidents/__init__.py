"""Incidents: reports of one happening, joined across articles, with their corroboration."""

from eventatlas.incidents.join import (
    assign_incident,
    create_incident,
    find_incident,
    fresh_incident_id,
    incident_id_for,
)
from eventatlas.incidents.rules import DEFAULT_RULES, JoinRules, Report, same_happening
from eventatlas.incidents.summary import INCIDENT_FIELDS, corroboration, summarise

__all__ = [
    "DEFAULT_RULES",
    "INCIDENT_FIELDS",
    "JoinRules",
    "Report",
    "assign_incident",
    "corroboration",
    "create_incident",
    "find_incident",
    "fresh_incident_id",
    "incident_id_for",
    "same_happening",
    "summarise",
]
