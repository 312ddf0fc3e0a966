"""Fetch GeoNames files over HTTP into a cache folder, resuming and verifying.

A download goes to ``NAME.part`` and continues from where it stopped with a
``Range`` request; it is renamed to ``NAME`` only when complete. A zip that
fails its integrity check is deleted so the next run fetches it again.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from eventatlas.errors import EventAtlasError


class DownloadError(EventAtlasError):
    """A GeoNames file could not be fetched or is damaged."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def cached_name(url: str) -> str:
    """The file name a URL is stored under ("…/dump/SY.zip" -> "SY.zip")."""
    name = Path(urlsplit(url).path).name
    if not name:
        raise DownloadError(f"{url} names no file: give the URL of a GeoNames file")
    return name


def fetch(
    url: str,
    folder: Path,
    *,
    transport: httpx.BaseTransport | None = None,
    progress: bool = False,
    timeout: float = 60.0,
) -> Path:
    """Download ``url`` into ``folder`` (resuming a partial copy); returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / cached_name(url)
    if target.exists():
        return target
    partial = target.with_name(target.name + ".part")
    with httpx.Client(transport=transport, timeout=timeout, follow_redirects=True) as client:
        _download(client, url, partial, progress)
    partial.replace(target)
    return target


def _download(client: httpx.Client, url: str, partial: Path, progress: bool) -> None:
    have = partial.stat().st_size if partial.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 416:
                return  # the partial copy is already whole
            if response.status_code not in (200, 206):
                raise DownloadError(f"{url}: HTTP {response.status_code}; check the URL")
            resumed = response.status_code == 206
            total = _total(response, have if resumed else 0)
            with partial.open("ab" if resumed else "wb") as out, _bar(url, total, progress) as bar:
                bar(have if resumed else 0)
                for chunk in response.iter_bytes():
                    out.write(chunk)
                    bar(len(chunk))
    except httpx.HTTPError as error:
        raise DownloadError(
            f"{url}: {error}; run the command again to resume the download"
        ) from error
    _check_length(url, partial, total)


def _total(response: httpx.Response, offset: int) -> int | None:
    length = response.headers.get("content-length")
    return offset + int(length) if length and length.isdigit() else None


def _check_length(url: str, partial: Path, total: int | None) -> None:
    size = partial.stat().st_size
    if total is not None and size < total:
        raise DownloadError(
            f"{url}: got {size} of {total} bytes; run the command again to resume the download"
        )


@contextmanager
def _bar(url: str, total: int | None, enabled: bool) -> Iterator[_Advance]:
    if not enabled:
        yield _Advance(None, None)
        return
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    with Progress(*Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn()) as bar:
        task = bar.add_task(cached_name(url), total=total)
        yield _Advance(bar, task)


class _Advance:
    """Moves a rich progress bar along (or nothing, when progress is off)."""

    def __init__(self, bar: object | None, task: object | None) -> None:
        self._bar = bar
        self._task = task

    def __call__(self, count: int) -> None:
        if self._bar is not None and count:
            self._bar.advance(self._task, count)  # type: ignore[attr-defined]


def verify_zip(path: Path, *, downloaded: bool) -> None:
    """Raise DownloadError when ``path`` is a damaged zip (deleting it if we fetched it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        _discard(path, downloaded)
        raise DownloadError(f"{path} is not a whole zip file ({error}); fetch it again") from error
    if bad is not None:
        _discard(path, downloaded)
        raise DownloadError(f"{path}: member {bad} is damaged; fetch the file again")


def _discard(path: Path, downloaded: bool) -> None:
    # Only our own cached copy goes; a file the user gave us is theirs.
    if downloaded:
        path.unlink(missing_ok=True)
