"""The HTTP client every fetch goes through: polite, patient and bounded.

:func:`make_client` stacks small transports of our own over the network
transport (or the one given, which is the seam tests and embedders use)::

    RobotsTransport     robots.txt, fetched through the stack below, cached per host
     +-- RetryTransport     retries GET/HEAD on 429/5xx and connection errors, with backoff
          +-- ThrottleTransport  at least ``min_interval`` seconds between requests to a host
               +-- transport      httpx.HTTPTransport(), or the one given
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

from eventatlas.ingest.robots import RobotsTransport

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError)
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How patient and how polite fetching is."""

    retries: int = 2
    backoff: float = 0.5
    max_wait: float = 30.0
    min_interval: float = 1.0
    max_redirects: int = 5
    robots: bool = True


DEFAULT_POLICY = FetchPolicy()


def make_client(
    *,
    user_agent: str,
    timeout: float,
    transport: httpx.BaseTransport | None = None,
    policy: FetchPolicy = DEFAULT_POLICY,
) -> httpx.Client:
    """An httpx client that retries, spaces out requests per host and obeys robots.txt."""
    stack: httpx.BaseTransport = ThrottleTransport(
        transport or httpx.HTTPTransport(), min_interval=policy.min_interval
    )
    stack = RetryTransport(stack, policy=policy)
    if policy.robots:
        stack = RobotsTransport(stack, user_agent=user_agent)
    return httpx.Client(
        transport=stack,
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=policy.max_redirects,
        headers={"User-Agent": user_agent},
    )


class ThrottleTransport(httpx.BaseTransport):
    """Leaves at least ``min_interval`` seconds between the starts of requests to one host."""

    def __init__(self, inner: httpx.BaseTransport, *, min_interval: float) -> None:
        self.inner = inner
        self.min_interval = min_interval
        self._next: dict[tuple[str, str, int | None], float] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wait = self._wait(request.url)
        if wait > 0:  # sleep(0) still gives up the GIL, which costs a busy process dearly
            time.sleep(wait)
        return self.inner.handle_request(request)

    def _wait(self, url: httpx.URL) -> float:
        """Seconds until a request to ``url``'s host may start, booking that slot."""
        host = (url.scheme, url.host, url.port)
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.min_interval
        return start - now

    def close(self) -> None:
        self.inner.close()


class RetryTransport(httpx.BaseTransport):
    """Retries idempotent requests on 429/5xx answers and connection errors, backing off."""

    def __init__(self, inner: httpx.BaseTransport, *, policy: FetchPolicy) -> None:
        self.inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self.policy.retries + 1 if request.method in IDEMPOTENT else 1
        for attempt in range(1, attempts + 1):
            try:
                response = self.inner.handle_request(request)
            except RETRY_ERRORS:
                if attempt == attempts:
                    raise
                time.sleep(self._delay(attempt, None))
                continue
            if response.status_code not in RETRY_STATUSES or attempt == attempts:
                return response
            response.close()
            time.sleep(self._delay(attempt, response.headers.get("Retry-After")))
        raise AssertionError("unreachable: the last attempt always returns or raises")

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        """Exponential backoff, or the server's Retry-After, never over ``max_wait``."""
        delay = self.policy.backoff * 2.0 ** (attempt - 1)
        asked = retry_after_seconds(retry_after)
        return min(self.policy.max_wait, max(delay, asked or 0.0))

    def close(self) -> None:
        self.inner.close()


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header (seconds or an HTTP date) in seconds from now."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, float(moment.timestamp()) - time.time())
