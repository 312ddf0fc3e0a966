"""Import GeoNames dumps into the gazetteer index, for those who need villages.

Takes per-country dumps (``SY.zip``, ``IQ.txt``, ``allCountries.zip``),
``admin1CodesASCII.txt``, ``admin2Codes.txt`` and ``alternateNamesV2``
(``.txt`` or ``.zip``), as local paths or http(s) URLs. Each line is checked
for its column count, each zip for its integrity, and the whole import runs
in one transaction: a bad file changes nothing. Importing the same files
again gives the same index.
"""

from __future__ import annotations

import io
import sqlite3
import time
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from eventatlas.geocode.divisions import renamed
from eventatlas.geocode.download import DownloadError, fetch, is_url, verify_zip
from eventatlas.geocode.embedded import ensure_index
from eventatlas.geocode.index import PlaceRow, name_rows, set_meta, write_places
from eventatlas.geocode.normalise import exact_key

DUMP_COLUMNS = 19
CODE_COLUMNS = 4
ALTERNATE_COLUMNS = (8, 10)
KEPT_FEATURES = frozenset({"A.ADM1", "A.ADM2"})
SKIPPED_PLACES = frozenset({"P.PPLH", "P.PPLQ", "P.PPLW", "P.PPLCH"})
# Alternate-name "languages" that are codes or links, not names.
NOT_NAMES = frozenset(
    ["link", "wkdt", "post", "iata", "icao", "faac", "unlc", "tcid", "fr_1793", "abbr", "phon"]
)
BATCH = 5_000


class GeonamesError(DownloadError):
    """A GeoNames file is not in the format its name promises."""


@dataclass
class ImportReport:
    """What an import did: files read, places and names written, lines skipped."""

    files: list[str] = field(default_factory=list)
    places: int = 0
    names: int = 0
    admin_codes: int = 0
    skipped: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"imported {self.places} places, {self.names} names and {self.admin_codes} division"
            f" codes from {len(self.files)} file(s) in {self.seconds:.1f} s"
            f" ({self.skipped} lines of other features skipped)"
        )


def import_geonames(
    path: Path,
    sources: list[str],
    *,
    transport: httpx.BaseTransport | None = None,
    progress: bool = False,
) -> ImportReport:
    """Merge GeoNames files (paths or URLs) into the gazetteer index at ``path``."""
    started = time.perf_counter()
    path = Path(path)
    ensure_index(path)
    files = [_local(source, path.parent / "geonames", transport, progress) for source in sources]
    report = ImportReport(files=[str(file) for file, _ in files])
    connection = sqlite3.connect(path, timeout=60)
    try:
        with connection:
            for file, downloaded in sorted(files, key=lambda item: _order(item[0])):
                _import_file(connection, file, downloaded, report)
            set_meta(connection, "imported", "yes")
    finally:
        connection.close()
    report.seconds = time.perf_counter() - started
    return report


def _local(
    source: str, folder: Path, transport: httpx.BaseTransport | None, progress: bool
) -> tuple[Path, bool]:
    if is_url(source):
        return fetch(source, folder, transport=transport, progress=progress), True
    file = Path(source)
    if not file.is_file():
        raise GeonamesError(f"{source}: no such file; give a GeoNames file path or URL")
    return file, False


def kind_of(file: Path) -> str:
    """Which GeoNames file this is: admin1, admin2, alternates or dump."""
    name = file.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("admin2codes"):
        return "admin2"
    if name.startswith("alternatenames"):
        return "alternates"
    return "dump"


def _order(file: Path) -> int:
    return ["admin1", "admin2", "dump", "alternates"].index(kind_of(file))


def _import_file(
    connection: sqlite3.Connection, file: Path, downloaded: bool, report: ImportReport
) -> None:
    kind = kind_of(file)
    lines = _lines(file, downloaded)
    if kind in ("admin1", "admin2"):
        report.admin_codes += _import_codes(connection, file, lines, kind)
    elif kind == "alternates":
        report.names += _import_alternates(connection, file, lines)
    else:
        _import_dump(connection, file, lines, report)


def _lines(file: Path, downloaded: bool) -> Iterator[str]:
    if file.suffix.lower() != ".zip":
        with file.open(encoding="utf-8") as handle:
            yield from handle
        return
    verify_zip(file, downloaded=downloaded)
    with zipfile.ZipFile(file) as archive:
        member = _member(archive, file)
        with archive.open(member) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")


def _member(archive: zipfile.ZipFile, file: Path) -> str:
    names = [name for name in archive.namelist() if name.endswith(".txt")]
    wanted = [name for name in names if Path(name).stem.lower() == file.stem.lower()]
    data = wanted or [name for name in names if not name.lower().startswith(("readme", "iso-"))]
    if not data:
        raise GeonamesError(f"{file} holds no GeoNames .txt file; check that it is a GeoNames zip")
    return data[0]


def _fields(file: Path, number: int, line: str, expected: Iterable[int]) -> list[str] | None:
    text = line.rstrip("\r\n")
    if not text or text.startswith("#"):
        return None
    fields = text.split("\t")
    wanted = tuple(expected)
    if len(fields) not in wanted:
        raise GeonamesError(
            f"{file} line {number}: {len(fields)} columns where GeoNames has {wanted[0]};"
            " the file is damaged or not the kind its name says"
        )
    return fields


def _import_codes(
    connection: sqlite3.Connection, file: Path, lines: Iterable[str], kind: str
) -> int:
    count = 0
    for number, line in enumerate(lines, 1):
        fields = _fields(file, number, line, (CODE_COLUMNS,))
        if fields is None:
            continue
        parts = fields[0].split(".")
        ascii_name = fields[2] or fields[1]
        if kind == "admin1" and len(parts) == 2:
            # The name the news uses, as the embedded index does ("Sousse" for "Susah").
            name = (*renamed(parts[0], ascii_name), ascii_name)[0]
            connection.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?)", (*parts, name))
        elif kind == "admin2" and len(parts) == 3:
            connection.execute(
                "INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?)", (*parts, ascii_name)
            )
        else:
            raise GeonamesError(f"{file} line {number}: code {fields[0]!r} is not a {kind} code")
        count += 1
    return count


def _import_dump(
    connection: sqlite3.Connection, file: Path, lines: Iterable[str], report: ImportReport
) -> None:
    batch: list[PlaceRow] = []
    for number, line in enumerate(lines, 1):
        fields = _fields(file, number, line, (DUMP_COLUMNS,))
        if fields is None:
            continue
        row = dump_row(fields)
        if row is None:
            report.skipped += 1
            continue
        batch.append(row)
        if len(batch) >= BATCH:
            report.places += _write_dump_rows(connection, batch)
            batch = []
    report.places += _write_dump_rows(connection, batch)


def dump_row(fields: list[str]) -> PlaceRow | None:
    """The place row of one GeoNames dump line, or None for features we skip."""
    feature = f"{fields[6]}.{fields[7]}"
    if not (feature in KEPT_FEATURES or (fields[6] == "P" and feature not in SKIPPED_PLACES)):
        return None
    alternates = tuple(name for name in fields[3].split(",") if name)
    return PlaceRow(
        id=int(fields[0]),
        name=fields[1],
        iso2=fields[8],
        admin1_code=fields[10],
        admin2_code=fields[11] if feature != "A.ADM1" else "",
        feature=feature,
        population=int(fields[14] or 0),
        latitude=float(fields[4]),
        longitude=float(fields[5]),
        names=(fields[2], *alternates),
    )


def _write_dump_rows(connection: sqlite3.Connection, rows: list[PlaceRow]) -> int:
    for row in rows:
        if row.feature == "A.ADM1":
            _replace_derived_admin1(connection, row)
        elif row.feature == "A.ADM2":
            _replace_derived_admin2(connection, row)
    return write_places(connection, rows)


def _replace_derived_admin1(connection: sqlite3.Connection, row: PlaceRow) -> None:
    found = connection.execute(
        "SELECT id FROM place WHERE id < 0 AND feature = 'A.ADM1' AND iso2 = ? AND admin1_code = ?",
        (row.iso2, row.admin1_code),
    ).fetchall()
    for (old_id,) in found:
        _move_names(connection, old_id, row.id)
    connection.execute(
        "INSERT OR IGNORE INTO admin1 VALUES (?,?,?)", (row.iso2, row.admin1_code, row.names[0])
    )


def _replace_derived_admin2(connection: sqlite3.Connection, row: PlaceRow) -> None:
    keys = {exact_key(name) for name in (row.name, *row.names) if name}
    found = connection.execute(
        "SELECT id, admin2_code FROM place WHERE id < 0 AND feature = 'A.ADM2'"
        " AND iso2 = ? AND admin1_code = ?",
        (row.iso2, row.admin1_code),
    ).fetchall()
    for old_id, old_code in found:
        if exact_key(old_code) not in keys:
            continue
        _move_names(connection, old_id, row.id)
        connection.execute(
            "UPDATE place SET admin2_code = ? WHERE iso2 = ? AND admin1_code = ? AND admin2_code = ?",
            (row.admin2_code, row.iso2, row.admin1_code, old_code),
        )
        connection.execute(
            "DELETE FROM admin2 WHERE iso2 = ? AND admin1_code = ? AND code = ?",
            (row.iso2, row.admin1_code, old_code),
        )
    connection.execute(
        "INSERT OR IGNORE INTO admin2 VALUES (?,?,?,?)",
        (row.iso2, row.admin1_code, row.admin2_code, row.names[0] or row.name),
    )


def _move_names(connection: sqlite3.Connection, old_id: int, new_id: int) -> None:
    """Give a derived division's names to its GeoNames entry and drop the derived one."""
    connection.execute(
        "INSERT OR IGNORE INTO name SELECT skel, exact, ? FROM name WHERE id = ?", (new_id, old_id)
    )
    connection.execute("DELETE FROM name WHERE id = ?", (old_id,))
    connection.execute("DELETE FROM place WHERE id = ?", (old_id,))


def _import_alternates(connection: sqlite3.Connection, file: Path, lines: Iterable[str]) -> int:
    before = connection.total_changes
    batch: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        fields = _fields(file, number, line, ALTERNATE_COLUMNS)
        if fields is None or fields[2] in NOT_NAMES:
            continue
        batch.append((int(fields[1]), fields[3]))
        if len(batch) >= BATCH:
            _write_alternates(connection, batch)
            batch = []
    _write_alternates(connection, batch)
    return connection.total_changes - before


def _write_alternates(connection: sqlite3.Connection, batch: list[tuple[int, str]]) -> None:
    ids = sorted({place_id for place_id, _ in batch})
    known: set[int] = set()
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        known.update(
            place_id
            for (place_id,) in connection.execute(
                f"SELECT id FROM place WHERE id IN ({marks})", chunk
            )
        )
    rows: set[tuple[str, str, int]] = set()
    for place_id, name in batch:
        if place_id in known:
            rows |= name_rows(place_id, (name,))
    connection.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", sorted(rows))
