"""The store: articles, events, incidents, review history and users (SQLite or PostgreSQL)."""

from eventatlas.store.query import EventQuery, parse_bbox, parse_date
from eventatlas.store.saving import SaveResult, content_hash, url_hash
from eventatlas.store.store import Store

__all__ = [
    "EventQuery",
    "SaveResult",
    "Store",
    "content_hash",
    "parse_bbox",
    "parse_date",
    "url_hash",
]
