"""Databases for the store tests: SQLite in tmp_path, a real PostgreSQL, and records.

Use it with ``pytest_plugins = ["postgres_fixtures"]`` in a test module (and
do not import it there: pytest must import it first to rewrite its asserts).

- ``postgres_url``: a fresh, empty database on a real PostgreSQL server: the
  one ``EVENTATLAS_TEST_POSTGRES`` names (a URL whose user may create
  databases), else a throwaway cluster started from Debian's
  ``/usr/lib/postgresql/*/bin`` in a temporary directory on a free port
  (as the ``postgres`` user when we are root, since initdb refuses root).
  Skips, saying why, only when there are no PostgreSQL binaries.
- ``database_url``: the same tests on SQLite and (marked ``postgres``) PostgreSQL.
- ``make_event`` / ``make_article``: factories of records to store, any field
  overridable (``make_event(event_id="EV-2", fatalities=None)``).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventatlas.article import Article
from eventatlas.event import Event

ENV = "EVENTATLAS_TEST_POSTGRES"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    return Path(found[-1]).parent if found else None


def _version(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _run(command: list[str], home: Path) -> None:
    done = subprocess.run(
        _as_postgres(command), cwd=home, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a running PostgreSQL server's maintenance database."""
    given = os.environ.get(ENV)
    if given:
        yield given
        return
    bindir = _bindir()
    if bindir is None:
        pytest.skip(f"no PostgreSQL binaries in /usr/lib/postgresql/*/bin and {ENV} is not set")
    home = Path(tempfile.mkdtemp(prefix="eventatlas-pg-"))
    if os.geteuid() == 0:
        shutil.chown(home, user="postgres")
    data, port = home / "data", _free_port()
    _run([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
          "-E", "UTF8", "--locale=C", "--no-sync"], home)  # fmt: skip
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off"
    _run([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(home / "log"),
          "-w", "start"], home)  # fmt: skip
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], home)
        shutil.rmtree(home, ignore_errors=True)


def _admin(server: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(sql)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new empty database on the test server, dropped afterwards."""
    from sqlalchemy.engine import make_url

    name = f"eventatlas_test_{uuid.uuid4().hex[:12]}"
    _admin(postgres_server, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin(postgres_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL on each backend in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return str(request.getfixturevalue("postgres_url"))


EVENT = {
    "event_id": "EV-1",
    "article_id": "art-1",
    "event_date": "2020-12-20",
    "date_start": "2020-12-20",
    "date_end": "2020-12-20",
    "time_precision": 1,
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Air/drone strike",
    "actor1": "Military Forces of Syria",
    "actor2": "Islamic State",
    "assoc_actor_1": ["Military Forces of Russia"],
    "assoc_actor_2": [],
    "inter1": 1,
    "inter2": 2,
    "country": "Syria",
    "iso3": "SYR",
    "admin1": "Deir ez-Zor",
    "admin2": "Albu Kamal",
    "location": "Abu Kamal",
    "latitude": 34.4506,
    "longitude": 40.9171,
    "geo_precision": 1,
    "geonameid": 172515,
    "fatalities": 4,
    "modality": "occurred",
    "attribution": {"claimed_by": None, "claimant_type": "outlet", "reported_by": "Sputnik"},
    "evidence": {
        "text": "Warplanes hit positions near Abu Kamal on Sunday.",
        "start": 0,
        "end": 49,
    },
    "confidence": 0.8,
}


def new_event(**changes: Any) -> Event:
    """An air strike near Abu Kamal, with ``changes`` applied."""
    return Event.from_dict({**EVENT, **changes})


def new_article(article_id: str = "art-1", text: str | None = None, **changes: Any) -> Article:
    """A short wire-style report (our own words), with ``changes`` applied."""
    body = text or (
        f"BEIRUT, Dec 21 (Wire) - Warplanes hit positions near Abu Kamal on Sunday, "
        f"a monitor said. Report {article_id}."
    )
    values: dict[str, Any] = {"source": "Wire", "published": "2020-12-21T10:00:00Z"}
    return Article(id=article_id, text=body, **{**values, **changes})


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """The event factory: ``make_event(**changes)``."""
    return new_event


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """The article factory: ``make_article(article_id, text=None, **changes)``."""
    return new_article
