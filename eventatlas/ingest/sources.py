"""INPUT to a stream of articles: JSON Lines, single files, directories, standard input.

INPUT may also be a URL: ``file://`` reads the local path, any other
scheme (``s3://``, ``gs://``, ``memory://``...) goes through fsspec (see
:mod:`eventatlas.ingest.filesystems`). :func:`read_articles` checks INPUT when called, raising
:class:`~eventatlas.errors.InputError` before anything is read, and then
yields an Article, or a Failure naming the line or file, for each record.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from eventatlas.article import Article, Problem
from eventatlas.errors import ArticleError, InputError
from eventatlas.ingest.jsonl import CHUNK, open_lines, parse_json, read_jsonl
from eventatlas.ingest.markup import decode_page, read_page
from eventatlas.ingest.record import (
    Origin,
    article_from_page,
    article_from_record,
    article_from_text,
)
from eventatlas.ingest.text import STEP, decode, over_limit, strip_nuls
from eventatlas.pipeline import Failure

KINDS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
UNSUPPORTED = "unsupported file type {suffix}: give .jsonl, .txt, .html, .json or a directory"
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+://")


@dataclass(frozen=True, slots=True)
class Limits:
    """How large one article may be, in bytes read and in characters kept."""

    max_bytes: int
    max_chars: int


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read: its path, how to show it, the id stem, its kind and filesystem.

    ``fs`` is an fsspec filesystem for a file behind a URL, None for a local file.
    """

    path: PurePath
    shown: str
    stem: str
    kind: str
    fs: Any = None

    def open(self) -> BinaryIO:
        """The file opened for binary reading."""
        if self.fs is not None:
            stream: BinaryIO = self.fs.open(self.path.as_posix(), "rb")
            return stream
        return Path(self.path).open("rb")

    def size(self, stream: BinaryIO) -> int | None:
        """The size of the open file, when it is a regular one."""
        if self.fs is not None:
            size = self.fs.size(self.path.as_posix())
            return int(size) if size is not None else None
        return os.fstat(stream.fileno()).st_size if Path(self.path).is_file() else None


def read_articles(
    source: str | Path,
    *,
    max_bytes: int = 64_000_000,
    max_chars: int = 200_000,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Articles from INPUT (a file, a directory or ``-``), with a Failure for each bad one.

    Raises InputError at once when INPUT itself cannot be used.
    """
    limits = Limits(max_bytes, max_chars)
    if str(source) == "-":
        return _read_stdin(stdin or sys.stdin.buffer, limits)
    if _URL.match(str(source)):
        local = local_path(str(source))
        if local is None:
            from eventatlas.ingest.filesystems import url_files

            return _read_all(url_files(str(source)), limits)
        source = local
    path = Path(source)
    if path.is_dir():
        return _read_all(_directory_files(path), limits)
    return _read_all([_single_file(path)], limits)


def local_path(url: str) -> Path | None:
    """The local path of a ``file://`` URL; None for any other URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file":
        return None
    if parts.netloc not in ("", "localhost"):
        raise InputError(f"INPUT '{url}': a file:// URL must name a local path, not a host")
    return Path(unquote(parts.path))


def _read_stdin(stream: BinaryIO, limits: Limits) -> Iterator[Article | Failure]:
    with open_lines(stream) as lines:
        yield from read_jsonl(
            lines,
            lambda number: Origin(f"stdin:{number}", str(number)),
            max_bytes=limits.max_bytes,
            max_chars=limits.max_chars,
        )


def _single_file(path: Path) -> InputFile:
    """INPUT as one file, or InputError saying why it cannot be read."""
    if not path.exists():
        raise InputError(f"INPUT '{path}' does not exist")
    kind = KINDS.get(path.suffix.lower())
    try:
        mode = path.stat().st_mode
        if stat.S_ISREG(mode):
            if not os.access(path, os.R_OK):
                raise PermissionError(errno.EACCES, "permission denied")
            kind = kind or _sniff(path)
        elif stat.S_ISSOCK(mode):
            raise InputError(f"INPUT '{path}' is not readable: it is a socket, not a file")
        else:  # a pipe such as <(zcat articles.jsonl.gz): never read ahead of the stream
            kind = kind or "jsonl"
    except OSError as error:
        raise InputError(f"INPUT '{path}' is not readable: {error.strerror}") from None
    if kind is None:
        suffix = f"'{path.suffix}'" if path.suffix else "(no extension)"
        raise InputError(f"INPUT '{path}': " + UNSUPPORTED.format(suffix=suffix))
    return InputFile(path, str(path), path.stem, kind)


def _sniff(path: Path) -> str | None:
    """The kind "jsonl" for a file that starts with ``{`` and has more lines, else None."""
    with path.open("rb") as stream:
        head = stream.read(CHUNK).removeprefix(codecs.BOM_UTF8).lstrip()
    _, _, rest = head.partition(b"\n")
    return "jsonl" if head.startswith(b"{") and rest.strip() else None


def _directory_files(root: Path) -> list[InputFile]:
    """The files of known kinds under ``root``, sorted by their path relative to it."""
    if not os.access(root, os.R_OK | os.X_OK):
        raise InputError(f"INPUT '{root}' is not readable: permission denied")
    found: list[InputFile] = []
    for folder, folders, names in os.walk(root):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            kind = KINDS.get(Path(name).suffix.lower())
            if kind and not name.startswith("."):
                path = Path(folder, name)
                kind = kind if _is_regular(path) else "special"
                relative = path.relative_to(root)
                found.append(InputFile(path, str(path), relative.with_suffix("").as_posix(), kind))
    return sorted(found, key=lambda item: item.path.relative_to(root).parts)


def _is_regular(path: Path) -> bool:
    """Whether ``path`` is a file that can be read to its end (a FIFO might never end)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # let reading it report why it cannot be read


def _read_all(files: list[InputFile], limits: Limits) -> Iterator[Article | Failure]:
    for item in files:
        try:
            yield from _read_file(item, limits)
        except ArticleError as error:
            yield Failure(error.where, STEP, error.reason)
        except OSError as error:
            yield Failure(item.shown, STEP, f"cannot read the file: {error.strerror or error}")


def _read_file(item: InputFile, limits: Limits) -> Iterator[Article | Failure]:
    if item.kind == "special":
        raise ArticleError(item.shown, "not a regular file (a pipe, socket or device); skipped")
    if item.kind == "jsonl":
        with item.open() as stream, open_lines(stream) as lines:
            yield from read_jsonl(
                lines,
                lambda number: Origin(f"{item.shown}:{number}", f"{item.stem}:{number}"),
                max_bytes=limits.max_bytes,
                max_chars=limits.max_chars,
            )
        return
    data = _read_bytes(item, limits.max_bytes)
    origin = Origin(item.shown, item.stem)
    if item.kind == "text":
        yield article_from_text(decode(data, item.shown), origin, max_chars=limits.max_chars)
    elif item.kind == "html":
        page = read_page(decode_page(data, item.shown))
        yield article_from_page(page, origin, max_chars=limits.max_chars)
    else:
        yield from _read_json_file(item, decode(data, item.shown), limits)


def _read_bytes(item: InputFile, max_bytes: int) -> bytes:
    """The whole file, unless it is over ``max_bytes`` (checked before reading)."""
    with item.open() as stream:
        if (size := item.size(stream)) is not None and size > max_bytes:
            raise over_limit(item.shown, size, max_bytes)
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise over_limit(item.shown, len(data), max_bytes)
    return data


def _read_json_file(item: InputFile, text: str, limits: Limits) -> Iterator[Article | Failure]:
    """A ``.json`` file: one object, an array of objects, or JSON Lines after all."""
    text, nuls = strip_nuls(text)
    try:
        value = parse_json(text, item.shown)
    except ArticleError as error:
        if "Extra data" not in error.reason or not text.lstrip().startswith("{"):
            raise
        yield from _read_file(replace(item, kind="jsonl"), limits)
        return
    if isinstance(value, list):
        for index, record in enumerate(value, start=1):
            origin = Origin(f"{item.shown}#{index}", f"{item.stem}:{index}")
            yield _record_or_failure(record, origin, limits, nuls)
    else:
        yield _record_or_failure(value, Origin(item.shown, item.stem), limits, nuls)


def _record_or_failure(
    record: object, origin: Origin, limits: Limits, nuls: int
) -> Article | Failure:
    try:
        article = article_from_record(record, origin, max_chars=limits.max_chars)
    except ArticleError as error:
        return Failure(error.where, STEP, error.reason)
    if nuls:
        article.problems.insert(0, Problem(STEP, f"removed {nuls} NUL character(s) from the file"))
    return article
