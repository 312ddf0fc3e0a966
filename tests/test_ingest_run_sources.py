"""ingest_sources: files, folders, fsspec URLs, feeds and pages into a real SQLite store."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from http_fixtures import Handler, LocalServer, Route
from test_ingest_run_resume import report, write_reports
from test_watch_feeds import ROUTES, serve_quickly
from typer.testing import CliRunner

from eventatlas.cli import app
from eventatlas.errors import InputError, UsageError
from eventatlas.ingest import FetchPolicy, make_client
from eventatlas.ingest.intake import IngestSummary, ingest_sources
from eventatlas.ingest.sourcing import AlreadyStored, read_sources
from eventatlas.pipeline import Failure, Pipeline
from eventatlas.settings import Settings
from eventatlas.store import Store


def _pdf(handler: Handler) -> None:
    handler.answer(200, "application/pdf", b"%PDF-1.4 not an article")


SOURCES_ROUTES: dict[str, Route] = {**ROUTES, "/report.pdf": _pdf}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve_quickly(SOURCES_ROUTES) as state:
        yield state


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    policy = FetchPolicy(retries=0, backoff=0.01, min_interval=0.0)
    with make_client(user_agent="eventatlas-test-sources", timeout=10.0, policy=policy) as made:
        yield made


def _ingest(
    sources: list[str], db: Path, settings: Settings, pipeline: Pipeline, **options: object
) -> IngestSummary:
    with Store.open(str(db)) as store:
        return ingest_sources(
            sources,
            store=store,
            settings=settings,
            pipeline=pipeline,
            **options,  # type: ignore[arg-type]
        )


def test_ingest_run_sources_files_folders_and_urls(
    tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "one.txt").write_text(report(1)["text"], encoding="utf-8")
    (folder / "two.json").write_text(json.dumps(report(2)), encoding="utf-8")
    lines = write_reports(tmp_path / "more.jsonl", range(3, 6))
    summary = _ingest([str(folder), f"file://{lines}"], tmp_path / "e.db", settings, pipeline)
    assert (summary.read, summary.stored, summary.skipped) == (5, 5, 0)
    with Store.open(str(tmp_path / "e.db")) as store:
        assert store.articles_count() == 5 and store.count() == summary.events


def test_ingest_run_sources_fsspec_memory_folder(settings: Settings) -> None:
    import fsspec

    root = f"memory://desk-{uuid.uuid4().hex[:8]}"
    fs = fsspec.filesystem("memory")
    fs.pipe(f"{root}/b/reports.jsonl", b"\n".join(json.dumps(report(n)).encode() for n in (7, 8)))
    fs.pipe(f"{root}/a.txt", report(9)["text"].encode())
    fs.pipe(f"{root}/.hidden/x.txt", b"never read")
    items = list(read_sources([root], settings=settings))
    assert [item.id for item in items] == ["a", "r7", "r8"]  # type: ignore[union-attr]
    assert items[1].origin == f"{root}/b/reports.jsonl:1"  # type: ignore[union-attr]


def test_ingest_run_sources_missing_url_input_is_an_input_error(settings: Settings) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_sources([f"memory://nothing-{uuid.uuid4().hex}/x.jsonl"], settings=settings)


def test_ingest_run_sources_missing_local_source_fails_before_any_fetch(
    server: LocalServer, client: httpx.Client, tmp_path: Path, settings: Settings
) -> None:
    mark = len(server.requests)
    with pytest.raises(InputError, match="does not exist"):
        read_sources([server.url("/story?n=1"), str(tmp_path / "nope.jsonl")],
                     settings=settings, client=client)  # fmt: skip
    assert server.requests[mark:] == []


def test_ingest_run_sources_feed_then_again(
    server: LocalServer, client: httpx.Client, tmp_path: Path, settings: Settings,
    pipeline: Pipeline,
) -> None:  # fmt: skip
    feed = server.url("/mixed.rss?key=sources-feed")
    first = _ingest([feed], tmp_path / "e.db", settings, pipeline, client=client)
    assert (first.read, first.stored, first.skipped) == (3, 2, 1)  # the late page is not there yet
    mark = len(server.requests)
    again = _ingest([feed], tmp_path / "e.db", settings, pipeline, client=client)
    assert (again.known, again.stored) == (2, 1)
    fetched = [logged.path for logged in server.requests[mark:]]
    assert not any(path.startswith("/story") for path in fetched)


def test_ingest_run_sources_page_urls(
    server: LocalServer, client: httpx.Client, tmp_path: Path, settings: Settings,
    pipeline: Pipeline,
) -> None:  # fmt: skip
    sources = [server.url("/story?n=40"), server.url("/report.pdf"), server.url("/missing")]
    summary = _ingest(sources, tmp_path / "e.db", settings, pipeline, client=client)
    assert (summary.stored, summary.skipped) == (1, 2)
    reasons = sorted(failure.message for failure in summary.failures)
    assert "404" in reasons[1] and "application/pdf" in reasons[0]
    again = list(read_sources(sources[:1], settings=settings, client=client,
                              stored_urls=lambda urls: set(urls)))  # fmt: skip
    assert again == [AlreadyStored(sources[0])]


@pytest.mark.parametrize("batch", [1, 4, 100])
def test_ingest_run_sources_copies_stored_once_whatever_the_batch(
    batch: int, tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    records = [report(n) for n in range(6)]
    records += [{**records[1], "id": "copy-of-r1"}, {**records[4], "id": "copy-of-r4"}]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(item) for item in records) + "\n", encoding="utf-8")
    summary = _ingest([str(source)], tmp_path / "e.db", settings, pipeline, batch=batch)
    assert (summary.read, summary.stored, summary.known + summary.duplicates) == (8, 6, 2)
    with Store.open(str(tmp_path / "e.db")) as store:
        assert store.articles_count() == 6 and store.count() == summary.events
        assert {event["article_id"] for event in store.iter_events()} <= {f"r{n}" for n in range(6)}


def test_ingest_run_sources_bad_lines_are_skipped_with_a_warning(
    tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(report(1)) + "\n{broken\n", encoding="utf-8")
    warnings: list[str] = []
    summary = _ingest([str(source)], tmp_path / "e.db", settings, pipeline, warn=warnings.append)
    assert (summary.read, summary.stored, summary.skipped) == (2, 1, 1)
    assert isinstance(summary.failures[0], Failure) and "in.jsonl:2" in warnings[0]


@pytest.mark.parametrize("sources", [[], ["-", "-"]])
def test_ingest_run_sources_usage_errors(sources: list[str], settings: Settings) -> None:
    with pytest.raises(UsageError):
        read_sources(sources, settings=settings)


def test_ingest_run_cli(tmp_path: Path, settings: Settings) -> None:
    source = write_reports(tmp_path / "in.jsonl", range(3))
    env = {"EVENTATLAS_CACHE_DIR": str(settings.cache_dir)}
    arguments = ["ingest", str(source), "--db", str(tmp_path / "e.db"), "--no-progress"]
    first = CliRunner().invoke(app, arguments, env=env)
    assert first.exit_code == 0, first.output
    assert "3 new article(s) stored" in first.stderr
    missing = CliRunner().invoke(app, ["ingest", str(tmp_path / "nope"), "--db", "x.db"], env=env)
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    both = CliRunner().invoke(app, [*arguments, "--workers", "2", "--cluster", "tcp://x:1"])
    assert both.exit_code == 2 and "not both" in both.stderr
