"""Alembic environment: migrates the connection the store hands over.

The store runs migrations programmatically (``eventatlas.store.database``),
so there is no alembic.ini: the connection arrives in
``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from eventatlas.store.schema import metadata

# Any fixed number: it names the lock that serialises concurrent first opens.
_MIGRATION_LOCK = 7_411_001


def run_migrations() -> None:
    """Upgrade the handed-over connection (online mode only)."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("eventatlas migrations run through Store.open(), not the alembic CLI")
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        context.run_migrations()


run_migrations()
