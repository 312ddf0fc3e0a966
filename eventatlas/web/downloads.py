"""Streaming an export (ACLED CSV, GeoJSON) as an HTTP response body.

An exporter writes to a stream and pulls rows as it goes; a response body
is an iterator the server pulls from. A worker thread runs the exporter
into a small bounded queue and the response iterates the queue, so a
download of a million events holds a few chunks in memory, not the file.
If the client goes away the worker is told to stop at its next write.
"""

from __future__ import annotations

import contextlib
import io
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import IO, Any, cast

from fastapi.responses import StreamingResponse

from eventatlas.export import get_exporter

CHUNK_CHARS = 64 * 1024
QUEUE_CHUNKS = 8
_PUT_WAIT = 0.5
_DONE = object()


class _Stopped(Exception):
    """The reader went away; the writer stops."""


class _QueueWriter(io.TextIOBase):
    """A text stream whose writes are gathered into chunks put on a queue."""

    def __init__(self, chunks: queue.Queue[object], stop: threading.Event) -> None:
        self._chunks = chunks
        self._stop = stop
        self._parts: list[str] = []
        self._size = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= CHUNK_CHARS:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._parts:
            put(self._chunks, "".join(self._parts), self._stop)
            self._parts, self._size = [], 0


def put(chunks: queue.Queue[object], item: object, stop: threading.Event) -> None:
    """Put ``item`` on the queue, waiting while it is full; _Stopped once told to stop."""
    while not stop.is_set():
        try:
            chunks.put(item, timeout=_PUT_WAIT)
            return
        except queue.Full:
            continue
    raise _Stopped()


def stream_export(rows: Iterable[dict[str, Any]], fmt: str) -> Iterator[bytes]:
    """The bytes of ``rows`` exported as ``fmt``, produced as they are read."""
    chunks: queue.Queue[object] = queue.Queue(maxsize=QUEUE_CHUNKS)
    stop = threading.Event()
    worker = threading.Thread(target=_produce, args=(rows, fmt, chunks, stop), daemon=True)
    worker.start()
    try:
        while (item := chunks.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield str(item).encode("utf-8")
    finally:
        stop.set()
        worker.join(timeout=5)


def _produce(
    rows: Iterable[dict[str, Any]], fmt: str, chunks: queue.Queue[object], stop: threading.Event
) -> None:
    writer = _QueueWriter(chunks, stop)
    try:
        get_exporter(fmt).write(rows, cast(IO[Any], writer))
        writer.flush()
    except _Stopped:
        return
    except Exception as error:  # handed to the reader, which raises it
        _end(chunks, error, stop)
        return
    finally:
        # A generator over the store holds a connection until it is closed.
        close = getattr(rows, "close", None)
        if callable(close):
            close()
    _end(chunks, _DONE, stop)


def _end(chunks: queue.Queue[object], item: object, stop: threading.Event) -> None:
    with contextlib.suppress(_Stopped):
        put(chunks, item, stop)


def download(rows: Iterable[dict[str, Any]], fmt: str, filename: str) -> StreamingResponse:
    """A streamed attachment of ``rows`` in format ``fmt``."""
    exporter = get_exporter(fmt)
    return StreamingResponse(
        stream_export(rows, fmt),
        media_type=exporter.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
