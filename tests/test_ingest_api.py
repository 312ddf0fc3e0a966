"""The public surface of eventatlas.ingest: honest __all__, the agreed signatures, lazy imports."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import eventatlas.ingest as ingest


def test_ingest_all_is_honest() -> None:
    assert sorted(ingest.__all__) == ingest.__all__
    for name in ingest.__all__:
        value = getattr(ingest, name)
        assert inspect.getdoc(value), f"{name} has no docstring"


def test_ingest_all_lists_every_public_name() -> None:
    public = {
        name
        for name, value in vars(ingest).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }
    assert public == set(ingest.__all__)


def test_ingest_read_articles_signature() -> None:
    parameters = inspect.signature(ingest.read_articles).parameters
    assert list(parameters) == ["source", "max_bytes", "max_chars", "stdin"]
    assert parameters["max_bytes"].default == 64_000_000
    assert parameters["max_chars"].default == 200_000
    assert parameters["stdin"].default is None
    keyword_only = [p.name for p in parameters.values() if p.kind is p.KEYWORD_ONLY]
    assert keyword_only == ["max_bytes", "max_chars", "stdin"]


def test_ingest_network_signatures() -> None:
    fetch = inspect.signature(ingest.fetch_article).parameters
    assert (
        list(fetch)[:2] == ["url", "client"]
        and fetch["client"].kind is inspect.Parameter.KEYWORD_ONLY
    )
    feed = inspect.signature(ingest.read_feed).parameters
    assert list(feed)[:4] == ["url", "client", "etag", "modified"]
    client = inspect.signature(ingest.make_client).parameters
    assert list(client)[:3] == ["user_agent", "timeout", "transport"]
    assert [f for f in ingest.FeedEntry.__dataclass_fields__] == [
        "url",
        "title",
        "published",
        "summary",
        "id",
    ]
    assert list(ingest.FeedResult.__dataclass_fields__) == [
        "entries",
        "etag",
        "modified",
        "not_modified",
    ]


def test_ingest_import_loads_no_parser() -> None:
    code = (
        "import sys, eventatlas.ingest; "
        "print(sorted(m for m in ('trafilatura', 'feedparser') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent,
        timeout=60,
    )
    assert result.stdout.strip() == "[]"
