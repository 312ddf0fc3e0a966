"""Opening a store: URL forms, SQLite settings, migrations, clear errors."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from eventatlas.article import Article
from eventatlas.errors import MissingExtra, StoreError
from eventatlas.event import Event
from eventatlas.store import Store, database
from eventatlas.store.schema import metadata

pytest_plugins = ["postgres_fixtures"]


@pytest.mark.parametrize(
    "form", ["{dir}/events.db", "sqlite:///{dir}/events.db", "{dir}/deeper/path/x.sqlite"]
)
def test_store_open_sqlite_forms(tmp_path: Path, form: str) -> None:
    url = form.format(dir=tmp_path)
    with Store.open(url) as store:
        assert store.healthy()
        assert store.articles_count() == 0
    assert any(tmp_path.rglob("*.db")) or any(tmp_path.rglob("*.sqlite"))


def test_store_open_sqlite_pragmas(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "events.db")) as store, store.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() == 30_000


def test_store_open_migrates_to_head(database_url: str) -> None:
    with Store.open(database_url) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == database.head_revision()
        assert compare_metadata(context, metadata) == []


def test_store_open_twice_keeps_data(
    tmp_path: Path, make_article: Callable[..., Article], make_event: Callable[..., Event]
) -> None:
    path = str(tmp_path / "events.db")
    with Store.open(path) as store:
        store.save(make_article(), [make_event()])
    with Store.open(path) as store:
        assert store.count() == 1


def test_store_open_postgres_url_uses_psycopg() -> None:
    url = database.database_url("postgresql://someone@db.example/events")
    assert url.drivername == "postgresql+psycopg"
    assert url.database == "events"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "empty database URL"),
        ("mysql://user@host/db", "unsupported database 'mysql'"),
        ("postgresql://nobody@127.0.0.1:1/none", "cannot open database"),
        ("sqlite:///{dir}/not-a-database.db", "cannot open database"),
        ("sqlite:///{dir}/file-as-dir/events.db", "events.db"),
    ],
)
def test_store_open_errors_name_the_problem(tmp_path: Path, url: str, words: str) -> None:
    (tmp_path / "not-a-database.db").write_text("plain text, no tables here\n" * 100)
    (tmp_path / "file-as-dir").write_text("x")
    with pytest.raises(StoreError, match=words.replace("(", r"\(")) as caught:
        Store.open(url.format(dir=tmp_path))
    assert "Traceback" not in str(caught.value)


def test_store_open_postgres_without_psycopg_names_the_extra(tmp_path: Path) -> None:
    # A fresh interpreter where psycopg cannot be imported, as on an install
    # without the [postgres] extra.
    script = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from eventatlas.store import Store\n"
        "try:\n"
        "    Store.open('postgresql://someone@127.0.0.1:1/x')\n"
        "except Exception as error:\n"
        "    print(type(error).__name__, error)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.startswith(MissingExtra.__name__)
    assert "pip install 'eventatlas[postgres]'" in done.stdout


def test_store_healthy_false_when_server_unreachable() -> None:
    broken = Store(sa.create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none"))
    assert not broken.healthy()


def test_store_repr_hides_password() -> None:
    engine = sa.create_engine("postgresql+psycopg://ann:secret@127.0.0.1:1/events")
    assert "secret" not in repr(Store(engine))
