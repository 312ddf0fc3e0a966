"""Near-duplicate articles and incremental incidents: copy_of, article_bands, block_id, pinned.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the columns and the table; an incident so far is one block, an analyst's is pinned."""
    op.add_column("articles", sa.Column("copy_of", sa.String(200)))
    op.create_index("ix_articles_copy_of", "articles", ["copy_of"])
    op.create_table(
        "article_bands",
        sa.Column("band", sa.BigInteger, nullable=False),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("band", "article_id", name="pk_article_bands"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_article_bands_article_id_articles"
        ),
    )
    op.add_column("events", sa.Column("block_id", sa.Text))
    op.add_column(
        "events", sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.create_index("ix_events_block_id", "events", ["block_id"])
    op.execute("UPDATE events SET block_id = COALESCE(incident_id, event_id)")
    _pin_analysts_incidents()


def _pin_analysts_incidents() -> None:
    # Incidents an analyst merged into or split from stay as they are.
    history = sa.table(
        "event_history", sa.column("field", sa.String), sa.column("before", sa.JSON),
        sa.column("after", sa.JSON),
    )  # fmt: skip
    events = sa.table(
        "events", sa.column("incident_id", sa.String), sa.column("pinned", sa.Boolean)
    )
    connection = op.get_bind()
    query = sa.select(history.c.before, history.c.after).where(history.c.field == "incident_id")
    touched = {
        value for row in connection.execute(query) for value in row if isinstance(value, str)
    }
    for incident_id in sorted(touched):
        update = sa.update(events).where(events.c.incident_id == incident_id)
        connection.execute(update.values(pinned=True))


def downgrade() -> None:
    """Drop what upgrade added."""
    op.drop_index("ix_events_block_id", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("pinned")
        batch.drop_column("block_id")
    op.drop_table("article_bands")
    op.drop_index("ix_articles_copy_of", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("copy_of")
