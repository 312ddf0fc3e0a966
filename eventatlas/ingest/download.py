"""One bounded GET: refuse wrong content types and oversized bodies before reading them.

Every way a fetch can go wrong becomes an
:class:`~eventatlas.errors.ArticleError` whose reason a person can act on;
callers turn it into a Failure (a page) or an InputError (a feed).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from eventatlas.errors import ArticleError
from eventatlas.ingest.robots import RobotsDisallowed
from eventatlas.ingest.text import over_limit

SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class Download:
    """A fetched answer: where it ended up, its status, headers and body."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes

    @property
    def media_type(self) -> str:
        """The content type without parameters, e.g. ``text/html``; "" when not given."""
        return media_type(self.headers)

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type names, if any."""
        for parameter in str(self.headers.get("Content-Type", "")).split(";")[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "charset":
                return value.strip().strip("\"'") or None
        return None


def media_type(headers: httpx.Headers) -> str:
    """The Content-Type of ``headers`` without its parameters, lower-cased."""
    return str(headers.get("Content-Type", "")).partition(";")[0].strip().lower()


def download(
    client: httpx.Client,
    url: str,
    *,
    max_bytes: int,
    accept: tuple[str, ...] = (),
    headers: Mapping[str, str] | None = None,
) -> Download:
    """GET ``url``; ArticleError for errors, a content type not in ``accept``, or too many bytes."""
    check_url(url)
    with (
        _errors_named(url),
        client.stream("GET", url, headers=headers, follow_redirects=True) as response,
    ):
        if response.status_code == 304:
            return Download(str(response.url), 304, response.headers, b"")
        _check_answer(response, url, accept=accept, max_bytes=max_bytes)
        content = _read_capped(response, url, max_bytes)
    return Download(str(response.url), response.status_code, response.headers, content)


def check_url(url: str) -> None:
    """ArticleError unless ``url`` is an absolute http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise ArticleError(url, f"not a valid URL: {error}") from None
    if parsed.scheme not in SCHEMES or not parsed.host:
        raise ArticleError(url, "not an http(s) URL; give one like https://example.org/page")


def _check_answer(
    response: httpx.Response, url: str, *, accept: tuple[str, ...], max_bytes: int
) -> None:
    if response.status_code >= 400:
        phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
        raise ArticleError(url, f"the server answered HTTP {response.status_code}{phrase}")
    kind = media_type(response.headers)
    if accept and kind and kind not in accept:
        raise ArticleError(url, f"not a web page: the content type is '{kind}'")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise over_limit(url, int(declared), max_bytes)


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """The (decompressed) body, refusing it as soon as it passes ``max_bytes``."""
    data = bytearray()
    for chunk in response.iter_bytes():
        data += chunk
        if len(data) > max_bytes:
            raise over_limit(url, len(data), max_bytes, stopped=True)
    return bytes(data)


@contextmanager
def _errors_named(url: str) -> Iterator[None]:
    """Turns httpx errors into ArticleErrors that say what happened."""
    try:
        yield
    except RobotsDisallowed as error:
        raise ArticleError(url, str(error)) from None
    except httpx.TimeoutException:
        raise ArticleError(url, "timed out waiting for the server; try again later") from None
    except httpx.TooManyRedirects:
        raise ArticleError(
            url, "too many redirects; the site may be redirecting in a loop"
        ) from None
    except httpx.ConnectError as error:
        raise ArticleError(url, f"cannot connect to the server: {error}") from None
    except httpx.HTTPError as error:
        raise ArticleError(url, f"fetch failed: {type(error).__name__}: {error}") from None
    except httpx.InvalidURL as error:
        raise ArticleError(url, f"a redirect led to an invalid URL: {error}") from None
