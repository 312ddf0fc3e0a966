"""JSON Lines, streamed: one article a line, one bad line never stops the rest.

Lines are read in chunks with a bounded ``readline``, so a line over the
size limit is skipped without ever being held whole in memory, and each
line is decoded on its own, so one line of bad bytes costs only that line.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO, Protocol

from eventatlas.article import Article, Problem
from eventatlas.errors import ArticleError
from eventatlas.ingest.record import Origin, article_from_record
from eventatlas.ingest.text import STEP, not_text, over_limit, strip_nuls
from eventatlas.pipeline import Failure

CHUNK = 1 << 20
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class LineSource(Protocol):
    """Anything with a bounded binary ``readline`` (a file, standard input)."""

    def readline(self, size: int = -1, /) -> bytes: ...


class _Utf16Lines:
    """A UTF-16 stream read as UTF-8 lines, so every line takes the same path."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self.text = text

    def readline(self, size: int = -1, /) -> bytes:
        # A lone surrogate passes through as bytes that are not UTF-8, so it
        # costs only its own line, like any other undecodable line.
        return self.text.readline(size).encode("utf-8", "surrogatepass")


@contextmanager
def open_lines(stream: BinaryIO) -> Iterator[LineSource]:
    """Lines of ``stream``, decoding UTF-16 when it starts with a UTF-16 byte order mark."""
    if not _peek(stream).startswith(_UTF16_BOMS):
        yield stream
        return
    text = io.TextIOWrapper(stream, encoding="utf-16", errors="surrogatepass", newline="\n")
    try:
        yield _Utf16Lines(text)
    finally:
        text.detach()  # closing is the owner's job: this may be standard input


def _peek(stream: BinaryIO) -> bytes:
    """The first bytes of ``stream``, without consuming them."""
    peek = getattr(stream, "peek", None)
    if peek is not None:
        return bytes(peek(2)[:2])
    if stream.seekable():
        start = stream.tell()
        head = stream.read(2)
        stream.seek(start)
        return head
    return b""


def bounded_lines(stream: LineSource, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(number, line, size)`` for each line; ``line`` is None when over ``max_bytes``."""
    number = 0
    while True:
        line, size = _next_line(stream, max_bytes)
        if size == 0:
            return
        number += 1
        yield number, line, size


def _next_line(stream: LineSource, max_bytes: int) -> tuple[bytes | None, int]:
    """The next line without its ending (None when over ``max_bytes``), and its size."""
    parts: list[bytes] | None = []
    size = 0
    piece = b""
    while not piece.endswith(b"\n"):
        piece = stream.readline(CHUNK)
        if not piece:
            break
        size += len(piece)
        if parts is not None:
            parts.append(piece)
            if size > max_bytes + 2:  # room for the "\r\n" that ends the line
                parts = None
    if parts is None:
        return None, size - (len(piece) - len(piece.rstrip(b"\r\n")))
    line = b"".join(parts).rstrip(b"\r\n")
    return (line, size) if len(line) <= max_bytes else (None, len(line))


def read_jsonl(
    stream: LineSource, origin_of: Callable[[int], Origin], *, max_bytes: int, max_chars: int
) -> Iterator[Article | Failure]:
    """The articles of a JSON Lines stream, and a Failure for each bad line."""
    number = 0
    try:
        for number, line, size in bounded_lines(stream, max_bytes):
            origin = origin_of(number)
            item = _line_article(line, size, origin, max_bytes=max_bytes, max_chars=max_chars)
            if item is not None:
                yield item
    except UnicodeDecodeError:
        # Only a UTF-16 stream decodes ahead of us; the rest of it cannot be trusted.
        where = origin_of(number + 1).where
        yield Failure(where, STEP, "not UTF-16 text from this line on; the rest is skipped")


def _line_article(
    line: bytes | None, size: int, origin: Origin, *, max_bytes: int, max_chars: int
) -> Article | Failure | None:
    """The article on one line, a Failure, or None for a blank line."""
    try:
        if line is None:
            raise over_limit(origin.where, size, max_bytes)
        text, nuls = _decode_line(line, origin.where)
        if not text.strip():
            return None
        article = article_from_record(parse_json(text, origin.where), origin, max_chars=max_chars)
    except ArticleError as error:
        return Failure(error.where, STEP, error.reason)
    if nuls:
        article.problems.insert(0, Problem(STEP, f"removed {nuls} NUL character(s) from the line"))
    return article


def _decode_line(line: bytes, where: str) -> tuple[str, int]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise not_text(where, error) from None
    return strip_nuls(text.removeprefix("\ufeff"))


def parse_json(text: str, where: str) -> Any:
    """The JSON value in ``text``; ArticleError saying where it went wrong."""
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError as error:
        place = f"column {error.colno}"
        if error.lineno > 1:
            place = f"line {error.lineno}, {place}"
        raise ArticleError(where, f"invalid JSON at {place}: {error.msg}") from None
    except RecursionError:
        raise ArticleError(where, "invalid JSON: nested too deeply to read") from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise ArticleError(where, f"invalid JSON: {error}") from None
