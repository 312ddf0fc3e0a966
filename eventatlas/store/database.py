"""Opening a database: URL forms, engine settings, migration to the head revision.

``Store.open`` accepts a SQLite path (``events.db``), a SQLAlchemy SQLite
URL (``sqlite:///x.db``) or a PostgreSQL URL (``postgresql://user@host/db``,
driven by psycopg 3). Every failure becomes a :class:`StoreError` (or
:class:`MissingExtra` when psycopg is absent) whose message names the URL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from eventatlas.errors import MissingExtra, StoreError

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 30_000


def database_url(url: str) -> URL:
    """The SQLAlchemy URL for a path or URL as users write it."""
    text = url.strip()
    if not text:
        raise StoreError("empty database URL: give a SQLite path or a postgresql:// URL")
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        parsed = make_url(text)
    except ArgumentError as error:
        raise StoreError(f"cannot read database URL {text!r}: {error}") from error
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r} in {shown(parsed)}: "
            "use a SQLite path or a postgresql:// URL"
        )
    return parsed


def shown(url: URL) -> str:
    """The URL with any password masked, for messages."""
    return url.render_as_string(hide_password=True)


def create_engine(url: URL) -> Engine:
    """An engine for ``url`` with the store's connection settings."""
    if url.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise MissingExtra("PostgreSQL storage", "postgres") from None
        return _engine(url, pool_pre_ping=True)
    _make_parent(url)
    engine = _engine(url, connect_args={"check_same_thread": False, "timeout": 30})
    sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _engine(url: URL, **options: Any) -> Engine:
    try:
        return sa.create_engine(url, **options)
    except (ArgumentError, NoSuchModuleError) as error:
        raise StoreError(f"cannot use database URL {shown(url)}: {error}") from error


def _make_parent(url: URL) -> None:
    database = url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot make the folder for {database}: {error}") from error


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (the web app) work while a batch writes; foreign keys
    # are off by default in SQLite; the busy timeout makes writers queue.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the database to the newest Alembic revision (no-op when there)."""
    # Alembic is imported here, not at module level: only opening a store needs it.
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.begin() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            if current == head_revision():
                return
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as error:
        raise StoreError(f"cannot open database {shown(engine.url)}: {reason(error)}") from error


def head_revision() -> str | None:
    """The newest migration revision shipped with the package."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def reason(error: SQLAlchemyError) -> str:
    """The first line of what the database driver said."""
    original = getattr(error, "orig", None)
    text = str(original or error).strip().splitlines()
    return text[0] if text else type(error).__name__
