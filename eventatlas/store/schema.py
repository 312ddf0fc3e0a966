"""The store's tables: articles (and their LSH bands), events, incidents, history, users.

Events keep the full machine record as JSON and, beside it, one scalar
column per filterable field holding the *current* value (machine record
with the review history applied), so that every filter is an indexed
column comparison. The Alembic migrations in ``migrations/versions`` create
exactly these tables; a test compares the two.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("external_id", sa.String(200)),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("url_hash", sa.String(64), unique=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("language", sa.Text),
    sa.Column("fetched_at", sa.String(40), nullable=False),
    sa.Column("minhash", sa.LargeBinary),
    # The first article of the story this one is a near-duplicate of (a
    # syndicated copy or an update): one source, not corroboration.
    sa.Column("copy_of", sa.String(200)),
    sa.Index(None, "copy_of"),
)

# LSH bands of each article's MinHash signature: articles sharing a band are
# the candidates for near-duplicates (eventatlas.incidents.copies).
article_bands = sa.Table(
    "article_bands",
    metadata,
    sa.Column("band", sa.BigInteger, primary_key=True),
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id"), primary_key=True),
)

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("incident_id", sa.String(40), primary_key=True),
    sa.Column("first_event_id", sa.Text, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.Text, primary_key=True),
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("incident_id", sa.String(40), sa.ForeignKey("incidents.incident_id")),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("event_date", sa.Date),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("time_precision", sa.Integer),
    sa.Column("event_type", sa.Text),
    sa.Column("sub_event_type", sa.Text),
    sa.Column("actor1", sa.Text),
    sa.Column("actor2", sa.Text),
    # Lower-cased actor1, actor2 and associated actors, one a line: the actor filter.
    sa.Column("actors", sa.Text),
    sa.Column("inter1", sa.Integer),
    sa.Column("inter2", sa.Integer),
    sa.Column("country", sa.Text),
    sa.Column("iso3", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("geonameid", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("modality", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("evidence_text", sa.Text),
    sa.Column("machine", sa.JSON, nullable=False),
    # The connected group of compatible reports the event was clustered in
    # (eventatlas.incidents.join), and whether an analyst fixed its incident.
    sa.Column("block_id", sa.Text),
    sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index(None, "iso3", "event_date", "event_id"),
    sa.Index(None, "country", "event_date", "event_id"),
    sa.Index(None, "event_date", "event_id"),
    # Incident look-ups: one range scan per sub-event type of the family,
    # date_end checked in the index before any row is read.
    sa.Index(None, "iso3", "sub_event_type", "date_start", "date_end"),
    sa.Index(None, "sub_event_type", "event_date", "event_id"),
    sa.Index(None, "incident_id"),
    sa.Index(None, "article_id"),
    sa.Index(None, "block_id"),
)

event_history = sa.Table(
    "event_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Text, sa.ForeignKey("events.event_id"), nullable=False),
    sa.Column("username", sa.Text, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("field", sa.String(64), nullable=False),
    sa.Column("before", sa.JSON),
    sa.Column("after", sa.JSON),
    sa.Column("comment", sa.Text, nullable=False),
    sa.Index(None, "event_id"),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)
