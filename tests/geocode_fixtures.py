"""Fixtures for the geocoding tests: the embedded index, built once, and a GeoNames server.

Import what a test module needs (``from geocode_fixtures import gazetteer``).
The index is built into the session cache of ``settings`` (the same file the
pipeline tests use), so the 20-second build happens once per test run.
``geonames_server`` serves the files of ``tests/fixtures/geonames`` (and a
zip of ``SY.txt``) on 127.0.0.1 with Range support, plus a route that drops
the connection halfway on its first request, to test resuming.
"""

from __future__ import annotations

import io
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventatlas.article import Article, Sentence
from eventatlas.geocode.gazetteer import Gazetteer
from eventatlas.geocode.mentions import find_places
from eventatlas.settings import Settings

GEONAMES = Path(__file__).parent / "fixtures" / "geonames"


@pytest.fixture(scope="session")
def gazetteer(settings: Settings) -> Gazetteer:
    """The embedded gazetteer, built on first use into the session cache."""
    return Gazetteer.open(settings.gazetteer_file)


@pytest.fixture
def index_copy(gazetteer: Gazetteer, tmp_path: Path) -> Path:
    """A private copy of the embedded index that a test may import into."""
    target = tmp_path / "cache" / "gazetteer.sqlite"
    target.parent.mkdir()
    shutil.copyfile(gazetteer.path, target)
    return target


def sy_zip() -> bytes:
    """``SY.txt`` zipped the way GeoNames ships a country dump."""
    buffer = io.BytesIO()
    stamp = (2020, 6, 10, 0, 0, 0)  # fixed, so that every call gives the same bytes
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("SY.txt", stamp), (GEONAMES / "SY.txt").read_bytes())
        archive.writestr(zipfile.ZipInfo("readme.txt", stamp), "test dump\n")
    return buffer.getvalue()


def article(text: str, *, title: str | None = None) -> Article:
    """An Article with one sentence per sentence-ending stop and one paragraph per line."""
    made = Article(id="test", text=text, title=title)
    for number, line in enumerate(re.finditer(r"[^\n]+", text)):
        for found in re.finditer(r"[^.!?]+(?:[.!?]+|$)", line.group()):
            start, end = line.start() + found.start(), line.start() + found.end()
            made.sentences.append(
                Sentence(start, end, text[start:end], len(made.sentences), number)
            )
    return made


def placed(text: str, gazetteer: Gazetteer) -> Article:
    """An article with its places found."""
    made = article(text)
    made.places = find_places(made, gazetteer)
    return made


@dataclass
class GeonamesServer:
    """The running server: base URL, files served and requests seen."""

    base: str
    files: dict[str, bytes]
    requests: list[tuple[str, str]] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)

    def url(self, name: str) -> str:
        return f"{self.base}/{name}"


def _handler(state: GeonamesServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            name = self.path.strip("/")
            state.requests.append((name, self.headers.get("Range", "")))
            flaky = name.startswith("flaky/")
            body = state.files.get(name.removeprefix("flaky/"))
            if body is None:
                self._send(404, b"no such file")
                return
            start = _range_start(self.headers.get("Range", ""))
            if start >= len(body) and start:
                self._send(416, b"")
                return
            self.send_response(206 if start else 200)
            self.send_header("Content-Length", str(len(body) - start))
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            if flaky and name not in state.dropped:
                state.dropped.add(name)
                self.wfile.write(body[start : start + len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(body[start:])

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


def _range_start(header: str) -> int:
    found = re.match(r"bytes=(\d+)-", header)
    return int(found.group(1)) if found else 0


@pytest.fixture
def geonames_server() -> Iterator[GeonamesServer]:
    """GeoNames-format files over HTTP on 127.0.0.1, in a thread."""
    files = {path.name: path.read_bytes() for path in GEONAMES.iterdir() if path.is_file()}
    files["SY.zip"] = sy_zip()
    whole = sy_zip()
    files["broken/SY.zip"] = whole[: len(whole) - 40]
    state = GeonamesServer("", files)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
