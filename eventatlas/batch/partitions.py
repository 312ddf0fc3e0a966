"""Events into Parquet: one file, or a folder of numbered partitions, local or behind fsspec.

``extract --format parquet -o OUTPUT`` writes a single file when OUTPUT
ends in ``.parquet`` and a folder of ``part-00000.parquet``,
``part-00001.parquet``... when it ends in ``/`` or has no suffix. A
partition holds :data:`PART_ROWS` events in input order, so the same
input gives the same files however many workers ran. OUTPUT may be any
fsspec URL the client can write (``s3://bucket/events/`` with s3fs).
Partitions are written under a temporary name and renamed when complete;
partitions of an earlier run in the folder are removed first.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from types import TracebackType
from typing import Any

from eventatlas.errors import UsageError
from eventatlas.export.parquet import ROW_GROUP, arrow_schema, parquet_record

PART_ROWS = 100_000
PART_GLOB = "part-*.parquet"


def is_parquet_folder(output: str) -> bool:
    """Whether OUTPUT names a folder of partitions (ends in ``/`` or has no suffix)."""
    return output.endswith("/") or not PurePosixPath(output).suffix


class ParquetOutput:
    """Takes event records one at a time and writes them as Parquet."""

    def __init__(self, output: str, *, part_rows: int = PART_ROWS) -> None:
        if output in ("", "-"):
            raise UsageError("parquet is binary: give -o FOLDER/ or -o FILE.parquet")
        if not (is_parquet_folder(output) or output.endswith(".parquet")):
            raise UsageError(f"OUTPUT {output!r}: give a FOLDER/ or a FILE.parquet for parquet")
        self.fs, root = _filesystem(output)
        self.folder = root if is_parquet_folder(output) else None
        self.target = root
        self.part_rows = part_rows if self.folder is not None else None
        self.parts: list[str] = []
        self.rows: list[dict[str, Any]] = []
        self.in_part = 0
        self.writer: Any = None
        self.stream: Any = None
        if self.folder is not None:
            self._clear(self.folder)

    def __enter__(self) -> ParquetOutput:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def add(self, record: dict[str, Any]) -> None:
        """Take one event record (as ``Event.to_dict()`` gives it)."""
        self.rows.append(parquet_record(record))
        if len(self.rows) >= ROW_GROUP or (
            self.part_rows is not None and self.in_part + len(self.rows) >= self.part_rows
        ):
            self._write_rows()

    def close(self) -> None:
        """Write what is left and finish the last file (an empty file when no events came)."""
        if self.rows or (self.writer is None and not self.parts):
            self._write_rows(force=True)
        self._finish()

    def _write_rows(self, force: bool = False) -> None:
        import pyarrow as pa

        if self.writer is None:
            self._start()
        if self.rows or force:
            schema = arrow_schema()
            self.writer.write_batch(pa.RecordBatch.from_pylist(self.rows, schema=schema))
            self.in_part += len(self.rows)
            self.rows = []
        if self.part_rows is not None and self.in_part >= self.part_rows:
            self._finish()

    def _start(self) -> None:
        import pyarrow.parquet as pq

        if self.folder is not None:
            self.target = f"{self.folder.rstrip('/')}/part-{len(self.parts):05d}.parquet"
        self.stream = self.fs.open(self.target + ".tmp", "wb")
        self.writer = pq.ParquetWriter(self.stream, arrow_schema())
        self.in_part = 0

    def _finish(self) -> None:
        if self.writer is None:
            return
        self.writer.close()
        self.stream.close()
        self.fs.mv(self.target + ".tmp", self.target)
        self.parts.append(self.target)
        self.writer = self.stream = None

    def _clear(self, folder: str) -> None:
        self.fs.makedirs(folder, exist_ok=True)
        for stale in self.fs.glob(f"{folder.rstrip('/')}/{PART_GLOB}"):
            self.fs.rm(stale)


def _filesystem(output: str) -> tuple[Any, str]:
    import fsspec  # type: ignore[import-untyped]

    fs, path = fsspec.core.url_to_fs(output)
    return fs, str(path)
