"""The public surface of eventatlas.web: honest __all__, the signatures the CLI calls, a light import."""

from __future__ import annotations

import inspect
import subprocess
import sys

import eventatlas.web as web


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
