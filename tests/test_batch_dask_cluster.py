"""extract and ingest on a real Dask cluster (a scheduler and two workers, as processes).

The output must be the very same as a single-process run: same events,
same ids, same order; each worker builds the pipeline once.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_ingest_run_resume import child_env, store_contents, write_reports
from typer.testing import CliRunner

from eventatlas.cli import app
from eventatlas.settings import Settings

pytestmark = pytest.mark.slow

DASK = Path(sys.executable).with_name("dask")
REPORTS = 700  # four partitions of 200 articles and a short one, so both workers get some


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    """Terminate, then kill whatever is still running after a few seconds."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + 10
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _wait_for_workers(address: str, count: int, processes: list[subprocess.Popen[bytes]]) -> None:
    code = (
        "import sys; from distributed import Client; "
        f"c = Client({address!r}, timeout=60); c.wait_for_workers({count}, timeout=90); c.close()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=150)
    if done.returncode != 0:
        _stop(processes)
        pytest.fail(f"the Dask cluster did not come up: {done.stderr[-2000:]}")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Iterator[str]:
    """The address of a running scheduler with two single-threaded workers."""
    if not DASK.exists():
        pytest.skip(f"no dask command beside {sys.executable}: install the [batch] extra")
    home = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = child_env(settings)
    log = (home / "cluster.log").open("wb")
    scheduler = [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                 "--no-dashboard"]  # fmt: skip
    processes = [subprocess.Popen(scheduler, env=env, stdout=log, stderr=log, cwd=home)]
    for number in range(2):
        worker = [str(DASK), "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                  "--host", "127.0.0.1", "--local-directory", str(home / f"worker-{number}")]  # fmt: skip
        processes.append(subprocess.Popen(worker, env=env, stdout=log, stderr=log, cwd=home))
    try:
        _wait_for_workers(address, 2, processes)
        yield address
    finally:
        _stop(processes[1:])
        _stop(processes[:1])
        log.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_reports(tmp_path_factory.mktemp("corpus") / "reports.jsonl", range(REPORTS))


@pytest.fixture(scope="module")
def local_output(corpus: Path, settings: Settings) -> list[dict[str, object]]:
    """The events of a single-process run, in order."""
    env = {"EVENTATLAS_CACHE_DIR": str(settings.cache_dir)}
    result = CliRunner().invoke(app, ["extract", str(corpus), "--no-progress"], env=env)
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(events) >= REPORTS // 2  # most reports give an event
    return events


def _extract(arguments: list[str], settings: Settings) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "eventatlas", "extract", *arguments, "--no-progress"]
    done = subprocess.run(command, env=child_env(settings), capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_batch_dask_cluster_output_is_the_single_process_output(
    cluster: str, corpus: Path, local_output: list[dict[str, object]], settings: Settings
) -> None:
    done = _extract([str(corpus), "--cluster", cluster], settings)
    assert _lines(done.stdout) == local_output
    assert f"{REPORTS} article(s) read" in done.stderr


def test_batch_dask_cluster_builds_one_pipeline_per_worker(
    cluster: str, corpus: Path, settings: Settings
) -> None:
    _extract([f"file://{corpus}", "--cluster", cluster, "-o", os.devnull], settings)
    code = (
        "from distributed import Client; from eventatlas.batch.dask import pipelines_built; "
        f"c = Client({cluster!r}, timeout=30); print(sorted(c.run(pipelines_built).values())); "
        "c.close()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=child_env(settings))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [1, 1]


def test_batch_dask_cluster_parquet_folder(
    cluster: str, corpus: Path, local_output: list[dict[str, object]], settings: Settings,
    tmp_path: Path,
) -> None:  # fmt: skip
    import pyarrow.parquet as pq

    folder = tmp_path / "events"
    _extract([str(corpus), "--cluster", cluster, "--format", "parquet", "-o", f"{folder}/"],
             settings)  # fmt: skip
    assert sorted(path.name for path in folder.iterdir()) == ["part-00000.parquet"]
    table = pq.read_table(folder / "part-00000.parquet")
    assert table.column("event_id").to_pylist() == [event["event_id"] for event in local_output]


def test_batch_dask_cluster_ingest_stores_what_a_local_ingest_stores(
    cluster: str, corpus: Path, settings: Settings, tmp_path: Path
) -> None:
    runs = {}
    for name, extra in (("local", []), ("cluster", ["--cluster", cluster])):
        db = tmp_path / f"{name}.db"
        command = [sys.executable, "-m", "eventatlas", "ingest", str(corpus), "--db", str(db),
                   "--no-progress", *extra]  # fmt: skip
        done = subprocess.run(command, env=child_env(settings), capture_output=True, text=True,
                              timeout=300)  # fmt: skip
        assert done.returncode == 0, done.stderr
        runs[name] = store_contents(db)
    assert runs["cluster"] == runs["local"] and len(runs["local"][0]) == REPORTS


def test_batch_dask_local_workers_output_is_the_single_process_output(
    corpus: Path, local_output: list[dict[str, object]], settings: Settings
) -> None:
    done = _extract([str(corpus), "--workers", "2"], settings)
    assert _lines(done.stdout) == local_output
