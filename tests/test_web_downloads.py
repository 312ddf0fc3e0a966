"""Streaming exports as response bodies: chunked, complete, and stopped when the reader leaves."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from eventatlas.export import export
from eventatlas.web.downloads import CHUNK_CHARS, stream_export


def rows(count: int, closed: threading.Event | None = None) -> Iterator[dict[str, Any]]:
    try:
        for number in range(count):
            yield {
                "event_id": f"EV-{number}", "event_date": "2021-01-01", "country": "Syria",
                "iso3": "SYR", "latitude": 34.0, "longitude": 40.0, "fatalities": number % 7,
                "evidence": {"text": "x" * 200, "start": 0, "end": 200},
            }  # fmt: skip
    finally:
        if closed is not None:
            closed.set()


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson"])
def test_web_downloads_same_bytes_as_export(fmt: str) -> None:
    expected = io.StringIO()
    export(rows(2000), fmt, expected)
    chunks = list(stream_export(rows(2000), fmt))
    assert len(chunks) > 3
    assert all(len(chunk) <= 2 * CHUNK_CHARS * 4 for chunk in chunks)
    assert b"".join(chunks).decode("utf-8") == expected.getvalue()


def test_web_downloads_empty_selection() -> None:
    body = b"".join(stream_export(rows(0), "geojson")).decode("utf-8")
    assert body == '{"type": "FeatureCollection", "features": [\n]}\n'


def test_web_downloads_reader_leaving_stops_the_writer() -> None:
    closed = threading.Event()
    stream = stream_export(rows(10_000_000, closed), "acled-csv")
    assert next(stream)
    stream.close()  # what the server does when the client goes away
    assert closed.wait(timeout=10)


def test_web_downloads_error_reaches_the_reader() -> None:
    def broken() -> Iterator[dict[str, Any]]:
        yield from rows(10)
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError, match="store went away"):
        list(stream_export(broken(), "acled-csv"))


def test_web_downloads_worker_finishes() -> None:
    before = threading.active_count()
    list(stream_export(rows(100), "geojson"))
    deadline = time.monotonic() + 5
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() == before
