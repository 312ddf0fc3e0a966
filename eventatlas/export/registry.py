"""The exporter registry and ``export``: rows in, one file format out.

An :class:`Exporter` names a format and writes rows to an open stream.
Built-in formats register in :data:`EXPORTERS` the way a plugin would;
plugins are found through the ``eventatlas.exporters`` entry-point group
(each entry point gives an ``Exporter``). ``export`` opens the output (a
path, an open stream of either kind, or standard output) to suit the format.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

from eventatlas.errors import UsageError

ENTRY_POINT_GROUP = "eventatlas.exporters"

Rows = Iterable[dict[str, Any]]
Output = Path | str | BinaryIO | TextIO | None


@dataclass(frozen=True)
class Exporter:
    """A file format: its name, how it writes rows, and what it writes to."""

    name: str
    write: Callable[[Rows, IO[Any]], int]
    binary: bool = False
    media_type: str = "text/plain; charset=utf-8"
    suffix: str = ".txt"
    # Which records export_store feeds it: "events" or "incidents".
    rows: str = "events"


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(exporter: Exporter) -> Exporter:
    """Add ``exporter`` to the registry under its name (replacing one of that name)."""
    EXPORTERS[exporter.name] = exporter
    return exporter


def get_exporter(fmt: str) -> Exporter:
    """The exporter of format ``fmt``, looking at plugins too (UsageError if none)."""
    if fmt not in EXPORTERS:
        _load_plugins()
    try:
        return EXPORTERS[fmt]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise UsageError(f"unknown export format {fmt!r}; use one of: {known}") from None


def _load_plugins() -> None:
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name not in EXPORTERS:
            register_exporter(entry.load())


def export(rows: Rows, fmt: str, out: Output = None) -> int:
    """Write ``rows`` in format ``fmt`` to ``out`` (standard output when None); the count."""
    exporter = get_exporter(fmt)
    with open_output(out, binary=exporter.binary) as stream:
        return exporter.write(rows, stream)


@contextmanager
def open_output(out: Output, *, binary: bool) -> Iterator[IO[Any]]:
    """A stream of the kind a format needs, over a path or an open stream ("-": stdout)."""
    if out == "-":
        out = None
    if isinstance(out, str | Path):
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        with Path(out).open(mode, encoding=encoding, newline=None if binary else "") as stream:
            yield stream
        return
    target: IO[Any] = sys.stdout if out is None else out
    if isinstance(target, io.TextIOBase) and binary:
        buffer = _buffer_of(target)
        yield buffer
        buffer.flush()
    elif not isinstance(target, io.TextIOBase) and not binary:
        text = io.TextIOWrapper(target, encoding="utf-8", newline="", write_through=True)
        try:
            yield text
        finally:
            text.flush()
            text.detach()
    else:
        yield target
        target.flush()


def _buffer_of(stream: io.TextIOBase) -> IO[bytes]:
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        raise UsageError("this format is binary: write it to a file or a binary stream")
    stream.flush()
    return buffer  # type: ignore[no-any-return]
