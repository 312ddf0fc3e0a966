"""robots.txt, honoured: a transport that asks each host's rules before each request.

The rules are fetched through the same transport stack as the pages (so
with the same retries, spacing and user agent), read with
:mod:`urllib.robotparser`, and kept for the life of the client. Following
RFC 9309, a missing robots.txt (4xx) allows everything and a failing one
(5xx) allows nothing, until a later request finds it working again.
"""

from __future__ import annotations

import threading
from urllib.robotparser import RobotFileParser

import httpx

MAX_ROBOTS_BYTES = 512_000
MAX_ROBOTS_REDIRECTS = 5
ROBOTS_PATH = "/robots.txt"


class RobotsDisallowed(httpx.RequestError):
    """The host's robots.txt does not allow us this URL."""


class RobotsTransport(httpx.BaseTransport):
    """Refuses requests that a host's robots.txt disallows for ``user_agent``."""

    def __init__(self, inner: httpx.BaseTransport, *, user_agent: str) -> None:
        self.inner = inner
        self.user_agent = user_agent
        self._rules: dict[tuple[str, str, int | None], RobotFileParser] = {}
        self._host_locks: dict[tuple[str, str, int | None], threading.Lock] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != ROBOTS_PATH and not self.allowed(request.url):
            raise RobotsDisallowed(
                f"robots.txt of {_site(request.url)} does not allow fetching {request.url.path}",
                request=request,
            )
        return self.inner.handle_request(request)

    def allowed(self, url: httpx.URL) -> bool:
        """Whether robots.txt lets ``user_agent`` fetch ``url``."""
        return self._rules_for(url).can_fetch(self.user_agent, str(url))

    def _rules_for(self, url: httpx.URL) -> RobotFileParser:
        host = (url.scheme, url.host, url.port)
        with self._lock:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        with host_lock:  # one fetch of robots.txt per host, other hosts unhindered
            rules = self._rules.get(host)
            if rules is None:
                rules, lasting = self._fetch(url.copy_with(path=ROBOTS_PATH, query=None))
                if lasting:
                    self._rules[host] = rules
        return rules

    def _fetch(self, url: httpx.URL) -> tuple[RobotFileParser, bool]:
        """The rules at ``url``, and whether to keep them (not after a server error)."""
        rules = RobotFileParser(str(url))
        response = self._get(url)
        try:
            if response.status_code >= 500:
                rules.parse(["User-agent: *", "Disallow: /"])
                return rules, False
            if response.status_code >= 400:
                rules.parse([])
                return rules, True
            rules.parse(_read_capped(response).decode("utf-8", "replace").splitlines())
            return rules, True
        finally:
            response.close()

    def _get(self, url: httpx.URL) -> httpx.Response:
        for _ in range(MAX_ROBOTS_REDIRECTS + 1):
            request = httpx.Request("GET", url, headers={"User-Agent": self.user_agent})
            response = self.inner.handle_request(request)
            location = response.headers.get("Location")
            if not (response.is_redirect and location):
                return response
            response.close()
            url = url.join(location)
        return httpx.Response(404)  # a redirect loop counts as no robots.txt

    def close(self) -> None:
        self.inner.close()


def _read_capped(response: httpx.Response) -> bytes:
    """At most :data:`MAX_ROBOTS_BYTES` of the body; RFC 9309 ignores the rest."""
    data = bytearray()
    for chunk in response.iter_raw():
        data += chunk
        if len(data) >= MAX_ROBOTS_BYTES:
            break
    return bytes(data[:MAX_ROBOTS_BYTES])


def _site(url: httpx.URL) -> str:
    port = f":{url.port}" if url.port else ""
    return f"{url.scheme}://{url.host}{port}"
