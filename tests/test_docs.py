"""The documentation names every command, setting and sub-event type."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventatlas.cli import app
from eventatlas.event import SUB_EVENT_TYPES, event_type_of
from eventatlas.extract.lexicon import read_rows
from eventatlas.settings import setting_help

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands() -> list[str]:
    names = [
        command.name or command.callback.__name__
        for command in app.registered_commands
        if command.callback
    ]
    for group in app.registered_groups:
        sub = group.typer_instance
        names += [
            f"{group.name} {c.name or c.callback.__name__.split('_', 1)[-1]}"
            for c in sub.registered_commands
            if c.callback
        ]
    return names


@pytest.mark.parametrize("command", _commands())
def test_docs_every_command_in_cli_md(command: str) -> None:
    assert f"eventatlas {command}" in (DOCS / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(setting_help()))
def test_docs_every_setting_in_settings_md(name: str) -> None:
    assert f"`{name}`" in (DOCS / "settings.md").read_text(encoding="utf-8")
    assert setting_help()[name], f"setting {name} has no help line"


def test_docs_taxonomy_defined_in_data_and_docs() -> None:
    rows = {row[0]: row for row in read_rows("taxonomy.tsv")}
    assert set(rows) == set(SUB_EVENT_TYPES)
    text = (DOCS / "data-model.md").read_text(encoding="utf-8")
    for sub, (_, event_type, definition) in rows.items():
        assert event_type == event_type_of(sub)
        assert len(definition.split()) >= 15
        assert f"**{sub}.**" in text
