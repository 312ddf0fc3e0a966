"""INPUT behind an fsspec URL (``s3://``, ``gs://``, ``hdfs://``, ``memory://``...).

The files are listed and read through fsspec, with the same kinds, order
and article ids as a local file or directory: a URL naming a folder reads
every ``.jsonl``, ``.txt``, ``.html`` and ``.json`` file under it, sorted by
path. A scheme whose package is missing (``s3fs`` for ``s3://``) is an
InputError naming the package to install.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from eventatlas.errors import InputError
from eventatlas.ingest.sources import KINDS, UNSUPPORTED, InputFile


def url_files(url: str) -> list[InputFile]:
    """The files INPUT ``url`` names (one file, or every known file under a folder)."""
    fs, root = _filesystem(url)
    try:
        if fs.isdir(root):
            return _folder_files(fs, root, url)
        if not fs.exists(root):
            raise InputError(f"INPUT '{url}' does not exist")
    except OSError as error:
        raise InputError(f"INPUT '{url}' is not readable: {error}") from None
    path = PurePosixPath(root)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        suffix = f"'{path.suffix}'" if path.suffix else "(no extension)"
        raise InputError(f"INPUT '{url}': " + UNSUPPORTED.format(suffix=suffix))
    return [InputFile(path, url, path.stem, kind, fs)]


def _filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of ``url`` and the path on it."""
    try:
        import fsspec  # type: ignore[import-untyped]
    except ImportError:
        raise InputError(f"INPUT '{url}': reading URLs needs fsspec: pip install fsspec") from None
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except ImportError as error:
        raise InputError(f"INPUT '{url}': {error}") from None
    except ValueError as error:
        raise InputError(f"INPUT '{url}': {error}") from None
    return fs, str(path)


def _folder_files(fs: Any, root: str, url: str) -> list[InputFile]:
    """The files of known kinds under ``root`` (``url``), skipping hidden ones, sorted by path."""
    found: list[InputFile] = []
    base = PurePosixPath(root)
    for name in sorted(fs.find(root)):
        path = PurePosixPath(name)
        relative = path.relative_to(base)
        kind = KINDS.get(path.suffix.lower())
        if kind is None or any(part.startswith(".") for part in relative.parts):
            continue
        shown = f"{url.rstrip('/')}/{relative.as_posix()}"
        stem = relative.with_suffix("").as_posix()
        found.append(InputFile(path, shown, stem, kind, fs))
    return sorted(found, key=lambda item: item.path.relative_to(base).parts)
