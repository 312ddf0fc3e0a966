"""The gazetteer: places by name, code, id or prefix, from the local index.

``Gazetteer.open(path)`` builds the embedded index the first time (see
:mod:`eventatlas.geocode.embedded`) and afterwards only opens the SQLite file
read-only: names are looked up on demand and cached, so loading takes
milliseconds and memory grows only with the names an input uses.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from eventatlas.errors import EventAtlasError
from eventatlas.event import Place
from eventatlas.geocode.countries import Country, find_country, load_countries
from eventatlas.geocode.divisions import division_aliases
from eventatlas.geocode.embedded import build_index, capital_names, ensure_index
from eventatlas.geocode.geonames import ImportReport, import_geonames
from eventatlas.geocode.index import SCHEMA_VERSION, build_lock
from eventatlas.geocode.normalise import article_variant, exact_key, name_key, strip_marks

__all__ = ["Gazetteer", "GazetteerError", "ImportReport", "Match", "build_index", "import_geonames"]

_PLACE_COLUMNS = (
    "id, name, iso2, admin1_code, admin2_code, feature, population, latitude, longitude"
)
_CACHE_LIMIT = 500_000
# Vowel-blind skeletons alone join unrelated names ("Misikhu" and "Machakos").
SKELETON_SIMILARITY = 75.0


class GazetteerError(EventAtlasError):
    """The gazetteer index is missing, unreadable or of an older format."""


@dataclass(frozen=True, slots=True)
class Match:
    """A place a name may refer to.

    ``exact`` when one of its names matched exactly, ``primary`` when its own
    main name did (not only an alternate name: "Kisii" is also a name of Jixi),
    ``capital`` when the name is that of its country's capital and the place a town.
    """

    place: Place
    exact: bool
    primary: bool = False
    capital: bool = False


class Gazetteer:
    """Read access to the gazetteer index at ``path``."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._places: dict[int, Place | None] = {}
        self._matches: dict[str, tuple[tuple[int, str], ...]] = {}
        self._names_in: dict[tuple[str, str], list[tuple[str, str, int]]] = {}
        self._found: dict[str, list[Match]] = {}
        self._country_places: dict[str, Place | None] = {}
        self._admin1 = _admin_names(connection, "SELECT iso2, code, name FROM admin1")
        self._admin2 = _admin_names(
            connection, "SELECT iso2, admin1_code || '.' || code, name FROM admin2"
        )
        self._countries = {country.iso2: country for country in load_countries().values()}
        self._divisions = self._load_divisions()
        self._capitals = capital_names()

    @classmethod
    def open(cls, path: Path, *, build: bool = True) -> Gazetteer:
        """Open the index at ``path``, building the embedded one first if missing."""
        path = Path(path)
        if not path.exists():
            if not build:
                raise GazetteerError(
                    f"no gazetteer index at {path}: run `eventatlas gazetteer build` to make it"
                )
            ensure_index(path)
        connection = _connect(path)
        if not _current(connection):
            connection.close()
            _rebuild_outdated(path, build=build)
            connection = _connect(path)
        return cls(path, connection)

    def __reduce__(self) -> tuple[Any, ...]:
        # Workers (Dask, multiprocessing) reopen the same file instead of
        # pickling a connection.
        return (_reopen, (str(self.path),))

    def close(self) -> None:
        self._db.close()

    def matches(self, name: str) -> list[Match]:
        """Every place a name matches, exact matches first, then by population."""
        found = self._found.get(name)
        if found is None:
            if len(self._found) > _CACHE_LIMIT:
                self._found.clear()
            found = self._found[name] = self._lookup(name)
        return list(found)

    def _lookup(self, name: str) -> list[Match]:
        skeleton, exact = name_key(name), exact_key(name)
        if not skeleton:
            return []
        rows = [row for row in self._rows(skeleton) if _similar(row[1], exact)]
        exact_ids = {place_id for place_id, key in rows if key == exact}
        variant = self._article_variant_ids(name)
        rows = rows + [(place_id, exact) for place_id in variant]
        exact_ids |= variant
        found: dict[int, Match] = {}
        for place_id, _key in rows:
            place = self._place(place_id)
            if place is not None and place_id not in found:
                primary = place_id in exact_ids and (
                    exact_key(place.name) == exact or place_id in variant
                )
                capital = place_id in exact_ids and self._capital(place, exact)
                found[place_id] = Match(place, place_id in exact_ids, primary, capital)
        return sorted(
            found.values(),
            key=lambda match: (not match.exact, not match.primary, -match.place.population),
        )

    def _article_variant_ids(self, name: str) -> set[int]:
        """Places whose own name is ``name`` with its El/Al article glued on or split off."""
        other = article_variant(name)
        if other is None:
            return set()
        key = exact_key(other)
        found: set[int] = set()
        for place_id, row_key in self._rows(name_key(other)):
            place = self._place(place_id) if row_key == key else None
            if place is not None and _spelt_with_article(place.name, other):
                found.add(place_id)
        return found

    def _capital(self, place: Place, exact: str) -> bool:
        if place.feature == "P.PPLC":
            return True
        capital = self._capitals.get(place.iso2)
        return place.level == 3 and bool(capital) and exact_key(capital or "") == exact

    def candidates(self, name: str) -> list[Place]:
        """All places whose name or alternate name matches ``name`` once normalised."""
        return [match.place for match in self.matches(name)]

    def country(self, name_or_code: str) -> Place | None:
        """The country Place for "Syria", "SY", "SYR" or "Syrian Arab Republic"."""
        country = find_country(name_or_code)
        return self.country_place(country.iso2) if country else None

    def country_place(self, iso2: str) -> Place | None:
        """The country Place of an ISO alpha-2 code."""
        if iso2 not in self._country_places:
            row = self._db.execute(
                f"SELECT {_PLACE_COLUMNS} FROM place WHERE iso2 = ? AND feature = 'A.PCLI' LIMIT 1",
                (iso2,),
            ).fetchone()
            self._country_places[iso2] = self._to_place(row) if row else None
        return self._country_places[iso2]

    def get(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id."""
        return self._place(int(geonameid))

    def search(self, prefix: str, *, country: str | None = None, limit: int = 20) -> list[Place]:
        """Places whose name starts with ``prefix``, largest first (for place pickers)."""
        key = exact_key(prefix)
        if not key:
            return []
        iso2 = _iso2(country)
        rows = self._db.execute(
            "SELECT DISTINCT place.id FROM name JOIN place ON place.id = name.id"
            " WHERE name.exact >= ? AND name.exact < ? AND (? IS NULL OR place.iso2 = ?)"
            " ORDER BY place.population DESC, place.id LIMIT ?",
            (key, key + "\uffff", iso2, iso2, limit),
        ).fetchall()
        return [place for (place_id,) in rows if (place := self._place(place_id)) is not None]

    def division(self, iso2: str, admin1: str, admin2: str | None = None) -> Place | None:
        """The admin1 (or admin2, when given) division Place by country and names."""
        return self._divisions.get((iso2, admin1, admin2 or ""))

    def same_admin1(self, iso2: str, ours: str | None, theirs: str | None) -> bool:
        """Whether two admin1 names name the same division of a country, in any spelling.

        "Idleb" and "Idlib", "Rural Damascus" and "Rif-dimashq", "Susah" and
        "Sousse" agree: spellings fold as names do, then any name the gazetteer
        knows the division by counts.
        """
        if not ours or not theirs:
            return False
        keys = {name_key(name) for name in (ours, *division_aliases(ours))}
        if keys & {name_key(name) for name in (theirs, *division_aliases(theirs))}:
            return True
        division = self.division(iso2, ours)
        return division is not None and any(
            match.place == division for match in self.matches(theirs) if match.exact
        )

    def country_of(self, place: Place) -> Country | None:
        return self._countries.get(place.iso2)

    def names_in(self, iso2: str, admin1: str | None = None) -> list[tuple[str, str, int]]:
        """(skeleton, exact key, place id) of every name in a country or one of its admin1."""
        key = (iso2, admin1 or "")
        if key not in self._names_in:
            codes = [
                code for (c, code), name in self._admin1.items() if c == iso2 and name == admin1
            ]
            rows = self._db.execute(
                "SELECT name.skel, name.exact, name.id FROM name JOIN place ON place.id = name.id"
                " WHERE place.iso2 = ? AND (? IS NULL OR place.admin1_code = ?)",
                (iso2, codes[0] if codes else None, codes[0] if codes else None),
            ).fetchall()
            self._names_in[key] = [(str(s), str(e), int(i)) for s, e, i in rows]
        return self._names_in[key]

    def _rows(self, skeleton: str) -> tuple[tuple[int, str], ...]:
        cached = self._matches.get(skeleton)
        if cached is None:
            if len(self._matches) > _CACHE_LIMIT:
                self._matches.clear()
            found = self._db.execute(
                "SELECT id, exact FROM name WHERE skel = ?", (skeleton,)
            ).fetchall()
            cached = self._matches[skeleton] = tuple((int(i), str(k)) for i, k in found)
        return cached

    def _place(self, place_id: int) -> Place | None:
        if place_id not in self._places:
            if len(self._places) > _CACHE_LIMIT:
                self._places.clear()
            row = self._db.execute(
                f"SELECT {_PLACE_COLUMNS} FROM place WHERE id = ?", (place_id,)
            ).fetchone()
            self._places[place_id] = self._to_place(row) if row else None
        return self._places[place_id]

    def _to_place(self, row: tuple[Any, ...]) -> Place:
        place_id, name, iso2, admin1_code, admin2_code, feature, population, lat, lon = row
        country = self._countries.get(iso2)
        admin1 = self._admin1.get((iso2, admin1_code)) if admin1_code else None
        admin2 = self._admin2.get((iso2, f"{admin1_code}.{admin2_code}")) if admin2_code else None
        return Place(
            name=name,
            country=country.name if country else iso2,
            iso3=country.iso3 if country else "",
            latitude=lat,
            longitude=lon,
            admin1=admin1,
            admin2=admin2,
            geonameid=place_id if place_id > 0 else None,
            feature=feature,
            population=population,
            iso2=iso2,
        )

    def _load_divisions(self) -> dict[tuple[str, str, str], Place]:
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM place WHERE feature IN ('A.ADM1', 'A.ADM2')"
            " ORDER BY id > 0, population"
        ).fetchall()
        divisions: dict[tuple[str, str, str], Place] = {}
        for row in rows:
            place = self._to_place(row)
            if place.admin1:
                level2 = (place.admin2 or "") if place.feature == "A.ADM2" else ""
                divisions[(place.iso2, place.admin1, level2)] = place
        return divisions


def _similar(key: str, wanted: str) -> bool:
    """A skeleton match that is also spelt alike ("Idleb"/"Idlib", not "Kiriko"/"Keroka")."""
    return key == wanted or fuzz.ratio(key, wanted) >= SKELETON_SIMILARITY


def _spelt_with_article(own: str, variant: str) -> bool:
    """Whether a place's own name is written as the variant: "El Wak" for "El Wak"."""
    plain = strip_marks(own).lower().replace("-", " ")
    return plain == variant.lower().replace("-", " ")


def _iso2(country: str | None) -> str | None:
    if not country:
        return None
    found = find_country(country)
    return found.iso2 if found else country.upper()


def _admin_names(connection: sqlite3.Connection, query: str) -> dict[tuple[str, str], str]:
    return {(str(iso2), str(code)): str(name) for iso2, code, name in connection.execute(query)}


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        connection.execute("SELECT 1 FROM meta LIMIT 1")
    except sqlite3.DatabaseError as error:
        raise GazetteerError(
            f"{path} is not a gazetteer index ({error}): delete it and it will be rebuilt"
        ) from error
    return connection


def _meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _current(connection: sqlite3.Connection) -> bool:
    return _meta(connection, "schema_version") == SCHEMA_VERSION


def _rebuild_outdated(path: Path, *, build: bool) -> None:
    """Rebuild an embedded-only index of an older format; refuse to drop imports."""
    with build_lock(path):
        connection = _connect(path)
        current, imported = _current(connection), _meta(connection, "imported")
        connection.close()
        if current:
            return  # another process rebuilt it while we waited
        if not build or imported:
            raise GazetteerError(
                f"{path} was built by another version of eventatlas: delete it and it will be"
                " rebuilt (then import your GeoNames dumps again)"
            )
        build_index(path)


def _reopen(path: str) -> Gazetteer:
    return Gazetteer.open(Path(path), build=False)
