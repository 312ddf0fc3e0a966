from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventatlas.cli import app
from eventatlas.settings import Settings

runner = CliRunner()
REPORT = "KABUL (AP) — Gunmen shot dead two police officers in Kabul on Sunday, officials said."


@pytest.fixture
def env(settings: Settings) -> dict[str, str]:
    return {"EVENTATLAS_CACHE_DIR": str(settings.cache_dir)}


def _events(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_extract_jsonl_to_stdout(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a1", "text": REPORT, "published": "2021-03-15"}) + "\n{bad json\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(source), "--no-progress"], env=env)
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert events and all(e["article_id"] == "a1" for e in events)
    assert "2 article(s) read, 1 skipped" in result.stderr
    assert "in.jsonl:2" in result.stderr


def test_cli_extract_missing_input_exits_2(tmp_path: Path, env: dict[str, str]) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.jsonl"), "--no-progress"], env=env)
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.output


def test_cli_extract_is_deterministic(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text(REPORT, encoding="utf-8")
    first = runner.invoke(app, ["extract", str(source), "--no-progress"], env=env).stdout
    second = runner.invoke(app, ["extract", str(source), "--no-progress"], env=env).stdout
    assert first == second and first.strip()


def test_cli_extract_db_then_export(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a1", "text": REPORT, "published": "2021-03-15"}) + "\n", encoding="utf-8"
    )
    db = str(tmp_path / "events.db")
    first = runner.invoke(
        app,
        ["extract", str(source), "--db", db, "--no-progress", "-o", str(tmp_path / "out.jsonl")],
        env=env,
    )
    assert first.exit_code == 0, first.output
    again = runner.invoke(
        app,
        ["extract", str(source), "--db", db, "--no-progress", "-o", str(tmp_path / "out2.jsonl")],
        env=env,
    )
    assert again.exit_code == 0
    csv_path = tmp_path / "events.csv"
    exported = runner.invoke(
        app, ["export", "--db", db, "--format", "acled-csv", "-o", str(csv_path)], env=env
    )
    assert exported.exit_code == 0, exported.output
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    stored = _events((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert lines[0].startswith("event_id_cnty,event_date,year,time_precision,disorder_type")
    assert len(lines) - 1 == len(stored)


def test_cli_export_parquet_needs_file(tmp_path: Path, env: dict[str, str]) -> None:
    result = runner.invoke(
        app, ["export", "--db", str(tmp_path / "x.db"), "--format", "parquet"], env=env
    )
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [["extract"], ["export"], ["demo"], ["evaluate"]])
def test_cli_help_has_example(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout


@pytest.mark.parametrize(
    "args",
    [["extract"], ["bogus"], ["extract", "x.jsonl", "--bogus"], ["extract", "/no/such/file.jsonl"]],
)
def test_cli_usage_errors_are_one_line(args: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eventatlas", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""
