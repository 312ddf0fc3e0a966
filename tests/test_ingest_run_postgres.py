"""Several ``eventatlas ingest`` processes writing to one PostgreSQL at once do not collide."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_ingest_run_resume import child_env, ingest_command, store_contents, write_reports

from eventatlas.ingest.intake import ingest_sources
from eventatlas.pipeline import Pipeline
from eventatlas.settings import Settings
from eventatlas.store import Store

pytest_plugins = ["postgres_fixtures"]


@pytest.mark.postgres
@pytest.mark.slow
def test_ingest_run_two_processes_overlapping_into_one_postgres(
    postgres_url: str, tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    parts = [write_reports(tmp_path / f"{name}.jsonl", range(start, start + 150))
             for name, start in (("a", 0), ("b", 150), ("c", 300))]  # fmt: skip
    # Both start on an empty database and share the middle part.
    commands = [[*ingest_command(parts[0], postgres_url), str(parts[1])],
                [*ingest_command(parts[2], postgres_url), str(parts[1])]]  # fmt: skip
    env = child_env(settings)
    running = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
               for command in commands]  # fmt: skip
    errors = [process.communicate(timeout=300)[1] for process in running]
    assert [process.returncode for process in running] == [0, 0], errors
    reference = tmp_path / "one.db"
    with Store.open(str(reference)) as store:
        sources = [str(part) for part in parts]
        ingest_sources(sources, store=store, settings=settings, pipeline=pipeline)
    articles, events = store_contents(postgres_url)
    assert len(articles) == len(set(articles)) == 450
    assert len(events) == len(set(events))
    assert (articles, events) == store_contents(reference)
