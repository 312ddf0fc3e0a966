"""Initial tables: articles, incidents, events, event_history, users.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the first version of every table and index."""
    _articles()
    _incidents()
    _events()
    _event_history()
    _users()


def _articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), nullable=False),
        sa.Column("external_id", sa.String(200)),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("url_hash", sa.String(64)),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("language", sa.Text),
        sa.Column("fetched_at", sa.String(40), nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
        sa.UniqueConstraint("url_hash", name="uq_articles_url_hash"),
    )


def _incidents() -> None:
    op.create_table(
        "incidents",
        sa.Column("incident_id", sa.String(40), nullable=False),
        sa.Column("first_event_id", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("incident_id", name="pk_incidents"),
    )


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("incident_id", sa.String(40)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("time_precision", sa.Integer),
        sa.Column("event_type", sa.Text),
        sa.Column("sub_event_type", sa.Text),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
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
        sa.PrimaryKeyConstraint("event_id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_events_article_id_articles"
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.incident_id"], name="fk_events_incident_id_incidents"
        ),
    )
    indexes = {
        "ix_events_iso3_event_date_event_id": ["iso3", "event_date", "event_id"],
        "ix_events_country_event_date_event_id": ["country", "event_date", "event_id"],
        "ix_events_event_date_event_id": ["event_date", "event_id"],
        "ix_events_iso3_sub_event_type_date_start_date_end": [
            "iso3",
            "sub_event_type",
            "date_start",
            "date_end",
        ],
        "ix_events_sub_event_type_event_date_event_id": [
            "sub_event_type",
            "event_date",
            "event_id",
        ],
        "ix_events_incident_id": ["incident_id"],
        "ix_events_article_id": ["article_id"],
    }
    for name, columns in indexes.items():
        op.create_index(name, "events", columns)


def _event_history() -> None:
    op.create_table(
        "event_history",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("username", sa.Text, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
        sa.Column("comment", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_event_history"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.event_id"], name="fk_event_history_event_id_events"
        ),
    )
    op.create_index("ix_event_history_event_id", "event_history", ["event_id"])


def _users() -> None:
    op.create_table(
        "users",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_users"),
    )


def downgrade() -> None:
    """Drop every table (the data goes with them)."""
    for table in ("event_history", "events", "incidents", "articles", "users"):
        op.drop_table(table)
