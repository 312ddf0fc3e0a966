"""docs/cli.md describes ingest, watch and extract with every option they take."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from eventatlas.cli import app

CLI_DOC = Path(__file__).parents[1] / "docs" / "cli.md"


def _section(name: str) -> str:
    text = CLI_DOC.read_text(encoding="utf-8")
    start = text.index(f"## eventatlas {name}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


@pytest.mark.parametrize("name", ["extract", "ingest", "watch"])
def test_ingest_run_docs_name_every_option(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    section = _section(name)
    options = [
        option for param in command.params for option in param.opts if option.startswith("--")
    ]
    assert options, f"{name} has no options?"
    missing = [option for option in options if option not in section and option != "--help"]
    assert missing == [], f"docs/cli.md, section {name}, does not mention {missing}"
