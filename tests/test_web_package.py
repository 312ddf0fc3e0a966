"""The public surface of eventatlas.web: honest __all__, the signatures the CLI calls, a light import."""

from __future__ import annotations

import inspect
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import eventatlas.web as web
from eventatlas.errors import UsageError
from eventatlas.settings import Settings


def test_web_all_is_honest() -> None:
    assert sorted(web.__all__) == web.__all__
    public = {
        name
        for name, value in vars(web).items()
        if not name.startswith("_") and not inspect.ismodule(value)
        and name not in {"annotations", "find_spec", "MissingExtra"}
    }  # fmt: skip
    assert public == set(web.__all__)
    for name in web.__all__:
        assert inspect.getdoc(getattr(web, name)), f"{name} has no docstring"


def test_web_signatures_the_cli_calls() -> None:
    assert list(inspect.signature(web.create_app).parameters) == ["store", "settings"]
    serve = inspect.signature(web.serve).parameters
    assert list(serve) == ["settings", "host", "port"]
    assert (serve["host"].default, serve["port"].default) == ("127.0.0.1", 8000)
    assert list(inspect.signature(web.add_user).parameters) == ["store", "name", "password", "role"]


def test_web_import_builds_nothing() -> None:
    # The server is imported by serve() only; importing the package starts nothing.
    code = "import sys, eventatlas.web; print('uvicorn' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    assert done.stderr == ""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_web_serve_runs_the_app(tmp_path: Path) -> None:
    port = _free_port()
    code = (
        "from eventatlas.settings import Settings; from eventatlas.web import serve; "
        f"serve(Settings(db={str(tmp_path / 'served.db')!r}, public=True), port={port})"
    )
    server = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
    try:
        answer = None
        deadline = time.monotonic() + 30
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=2)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None, "serve() did not answer"
        assert answer.json() == {"count": 0, "limit": 500, "offset": 0, "events": []}
    finally:
        server.terminate()
        server.communicate(timeout=10)


def test_web_serve_needs_a_database() -> None:
    with pytest.raises(UsageError, match="--db"):
        web.serve(Settings())
