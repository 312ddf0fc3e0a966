"""Ingestion survives kill -9: a real ``python -m eventatlas ingest`` killed mid-run, then re-run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from eventatlas.ingest.intake import ingest_sources
from eventatlas.pipeline import Pipeline
from eventatlas.settings import Settings
from eventatlas.store import Store

PLACES = ["Mogadishu", "Aleppo", "Mosul", "Marib", "Gao", "Maiduguri", "Kharkiv", "Kandahar"]
EVENTS = [
    "Gunmen attacked a checkpoint near {place} on {day}, killing {n} soldiers, officials said.",
    "An air strike hit a market in {place} on {day}, killing {n} civilians, a local source said.",
    "A roadside bomb exploded near a convoy outside {place} on {day}, wounding {n} people.",
    "Police arrested {n} suspects in {place} on {day} after a grenade attack on a bar.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def report(number: int) -> dict[str, str]:
    """One wire-style report of our own, different from every other number's."""
    place = PLACES[number % len(PLACES)]
    sentence = EVENTS[number // len(PLACES) % len(EVENTS)].format(
        place=place, day=DAYS[number % len(DAYS)], n=number % 40 + 2
    )
    text = f"{place.upper()} (Wire) - {sentence} The desk filed this as report {number}."
    return {"id": f"r{number}", "text": text, "published": "2024-05-12"}


def write_reports(path: Path, numbers: range) -> Path:
    """A JSON Lines file of the reports ``numbers``."""
    lines = (json.dumps(report(number)) for number in numbers)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest_command(source: Path | str, db: Path | str) -> list[str]:
    return [sys.executable, "-m", "eventatlas", "ingest", str(source), "--db", str(db),
            "--no-progress"]  # fmt: skip


def child_env(settings: Settings) -> dict[str, str]:
    return {**os.environ, "EVENTATLAS_CACHE_DIR": str(settings.cache_dir)}


def stored_articles(db: Path) -> int:
    """How many articles are committed in the SQLite store (0 before it exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


def kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool], limit: float) -> None:
    """SIGKILL ``process`` as soon as ``ready()`` holds; fail if it ends or ``limit`` passes."""
    deadline = time.monotonic() + limit
    while not ready():
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "the run never reached the point to kill it"
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def store_contents(db: Path | str) -> tuple[list[str], list[str]]:
    """The stored articles' external ids and the event ids, sorted."""
    with Store.open(str(db)) as store:
        events = sorted(event["event_id"] for event in store.iter_events())
        with store.engine.connect() as connection:
            from sqlalchemy import text

            ids = sorted(connection.execute(text("SELECT external_id FROM articles")).scalars())
    return ids, events


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_reports(tmp_path_factory.mktemp("resume") / "reports.jsonl", range(600))


@pytest.fixture(scope="module")
def clean_run(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory, settings: Settings, pipeline: Pipeline
) -> tuple[list[str], list[str]]:
    """What one uninterrupted run stores (in process, through the same library function)."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    with Store.open(str(db)) as store:
        summary = ingest_sources([str(corpus)], store=store, settings=settings, pipeline=pipeline)
    assert summary.stored == 600 and summary.events >= 300  # most reports give an event
    return store_contents(db)


@pytest.mark.slow
def test_ingest_run_killed_twice_then_resumed_stores_everything_once(
    corpus: Path, clean_run: tuple[list[str], list[str]], tmp_path: Path, settings: Settings
) -> None:
    db = tmp_path / "events.db"
    command, env = ingest_command(corpus, db), child_env(settings)
    first = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    kill_when(first, lambda: stored_articles(db) > 0, limit=120)
    after_first = stored_articles(db)
    second = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    kill_when(second, lambda: stored_articles(db) > after_first, limit=120)
    after_second = stored_articles(db)
    assert 0 < after_first < after_second < 600
    last = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert last.returncode == 0, last.stderr
    assert f"{after_second} already stored" in last.stderr
    articles, events = store_contents(db)
    assert articles == clean_run[0] and len(articles) == 600
    assert len(events) == len(set(events))
    assert events == clean_run[1]


def test_ingest_run_again_extracts_nothing(
    corpus: Path, clean_run: tuple[list[str], list[str]], tmp_path: Path, settings: Settings
) -> None:
    db = tmp_path / "events.db"
    env = child_env(settings)
    runs = [subprocess.run(ingest_command(corpus, db), env=env, capture_output=True, text=True,
                           timeout=300) for _ in range(2)]  # fmt: skip
    assert [run.returncode for run in runs] == [0, 0], runs[-1].stderr
    assert "600 new article(s) stored" in runs[0].stderr
    assert "600 already stored" in runs[1].stderr and "0 new article(s)" in runs[1].stderr
    assert store_contents(db) == clean_run
