"""import_geonames: GeoNames files from disk or a local HTTP server, merged into the index."""

# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from geocode_fixtures import (  # noqa: F401
    GEONAMES,
    GeonamesServer,
    gazetteer,
    geonames_server,
    index_copy,
    placed,
    sy_zip,
)

from eventatlas.geocode.download import DownloadError
from eventatlas.geocode.gazetteer import Gazetteer, import_geonames
from eventatlas.geocode.geonames import GeonamesError
from eventatlas.geocode.locate import locate

ALL_FILES = ["admin1CodesASCII.txt", "admin2Codes.txt", "SY.zip", "alternateNamesV2.txt"]


def counts(path: Path) -> tuple[int, int, int, int]:
    with sqlite3.connect(path) as db:
        return tuple(  # type: ignore[return-value]
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("place", "name", "admin1", "admin2")
        )


def test_import_local_files(index_copy: Path, tmp_path: Path) -> None:
    dump = tmp_path / "SY.zip"
    dump.write_bytes(sy_zip())
    report = import_geonames(
        index_copy,
        [str(GEONAMES / "admin1CodesASCII.txt"), str(dump), str(GEONAMES / "alternateNamesV2.txt")],
    )
    assert report.places == 4  # two villages, one ADM1, one ADM2; a well and a ruin skipped
    assert report.skipped == 2
    assert report.admin_codes == 1
    assert report.names >= 1
    opened = Gazetteer.open(index_copy, build=False)
    kabajib = opened.get(99000001)
    assert kabajib is not None
    assert (kabajib.name, kabajib.admin1, kabajib.feature) == ("Kabājib", "Deir ez-Zor", "P.PPL")
    assert 99000001 in [p.geonameid for p in opened.candidates("Kubajib")]  # from alternateNamesV2
    assert "Imported" not in report.summary() and "4 places" in report.summary()


def test_import_real_division_replaces_the_derived_one(index_copy: Path) -> None:
    import_geonames(index_copy, [str(GEONAMES / "SY.txt")])
    opened = Gazetteer.open(index_copy, build=False)
    province = opened.division("SY", "Deir ez-Zor")
    assert province is not None and province.geonameid == 170792
    provinces = [p for p in opened.candidates("Dayr az Zawr") if p.level == 1 and p.iso2 == "SY"]
    assert [p.geonameid for p in provinces] == [170792]
    albukamal = opened.get(174448)
    assert albukamal is not None and albukamal.admin1 == "Deir ez-Zor"


def test_import_is_idempotent(index_copy: Path) -> None:
    files = [str(GEONAMES / name) for name in ("admin1CodesASCII.txt", "admin2Codes.txt", "SY.txt")]
    import_geonames(index_copy, files)
    once = counts(index_copy)
    import_geonames(index_copy, files)
    assert counts(index_copy) == once


def test_import_over_http(index_copy: Path, geonames_server: GeonamesServer) -> None:
    urls = [geonames_server.url(name) for name in ALL_FILES]
    report = import_geonames(index_copy, urls, progress=True)
    assert report.places == 4
    assert (index_copy.parent / "geonames" / "SY.zip").read_bytes() == sy_zip()
    assert Gazetteer.open(index_copy, build=False).get(99000002) is not None


def test_import_resumes_a_broken_download(
    index_copy: Path, geonames_server: GeonamesServer
) -> None:
    url = geonames_server.url("flaky/SY.zip")
    with pytest.raises(DownloadError, match="resume"):
        import_geonames(index_copy, [url])
    partial = index_copy.parent / "geonames" / "SY.zip.part"
    have = partial.stat().st_size
    assert 0 < have < len(sy_zip())
    report = import_geonames(index_copy, [url])
    assert report.places == 4
    ranges = [header for name, header in geonames_server.requests if name == "flaky/SY.zip"]
    assert ranges == ["", f"bytes={have}-"]
    assert not partial.exists()
    assert (index_copy.parent / "geonames" / "SY.zip").read_bytes() == sy_zip()


def test_import_rejects_a_corrupt_zip(index_copy: Path, geonames_server: GeonamesServer) -> None:
    before = counts(index_copy)
    with pytest.raises(DownloadError, match="zip"):
        import_geonames(index_copy, [geonames_server.url("broken/SY.zip")])
    assert counts(index_copy) == before
    assert not (index_copy.parent / "geonames" / "SY.zip").exists()  # fetched again next time


def test_import_rejects_wrong_columns(index_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "IQ.txt"
    bad.write_text("1\tBaghdad\tBaghdad\n", encoding="utf-8")
    before = counts(index_copy)
    with pytest.raises(GeonamesError, match="line 1: 3 columns"):
        import_geonames(index_copy, [str(GEONAMES / "SY.txt"), str(bad)])
    assert counts(index_copy) == before  # one transaction: nothing half-imported


def test_import_missing_file_and_http_error(
    index_copy: Path, geonames_server: GeonamesServer
) -> None:
    with pytest.raises(GeonamesError, match="no such file"):
        import_geonames(index_copy, ["/nonexistent/SY.zip"])
    with pytest.raises(DownloadError, match="HTTP 404"):
        import_geonames(index_copy, [geonames_server.url("XX.zip")])


def test_import_transport_is_the_network_seam(index_copy: Path) -> None:
    body = (GEONAMES / "SY.txt").read_bytes()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    report = import_geonames(
        index_copy, ["https://geonames.invalid/dump/SY.txt"], transport=transport
    )
    assert report.places == 4


def test_import_brings_the_seed_strike_to_village_level(
    index_copy: Path,
    seed_text: str,
) -> None:
    import_geonames(index_copy, [str(GEONAMES / "SY.txt")])
    opened = Gazetteer.open(index_copy, build=False)
    article = placed(seed_text, opened)
    sentence = "air strikes towards the Kajab and Al-Shula areas in the Deir Ezzor countryside"
    start = seed_text.index(sentence)
    found = locate(article, start, start + len(sentence))
    assert {loc.place.name for loc in found} == {"Kabājib", "Ash Shūlah"}
    assert {loc.geo_precision for loc in found} <= {1, 2}
    kajab = next(loc for loc in found if loc.mention == "Kajab")
    assert "close spelling" in kajab.reason


def test_import_admin1_names_keep_the_news_name(index_copy: Path, tmp_path: Path) -> None:
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text("SY.08\tRif-dimashq\tRif-dimashq\t170654\n", encoding="utf-8")
    import_geonames(index_copy, [str(codes)])
    douma = Gazetteer.open(index_copy, build=False).get(170592)
    assert douma is not None and douma.admin1 == "Rural Damascus"
