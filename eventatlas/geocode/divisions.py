"""Names of first- and second-order divisions: type words and ISO 3166-2 aliases.

GeoNames spells some divisions with their type ("Basra Governorate",
"Muhafazat Karbala'", "Mayorality of Baghdad"); news drops it. pycountry's
ISO 3166-2 list gives another romanisation ("Dayr az Zawr") that we attach
to the GeoNames division it matches.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from rapidfuzz import fuzz

from eventatlas.geocode.countries import DATA_DIR
from eventatlas.geocode.normalise import exact_key, name_key

DIVISION_WORDS = (
    "governorate",
    "province",
    "provincia",
    "region",
    "state",
    "district",
    "county",
    "department",
    "departamento",
    "prefecture",
    "municipality",
    "oblast",
    "krai",
    "kray",
    "division",
    "area",
    "territory",
    "muhafazat",
    "muhafazah",
    "wilayat",
    "wilaya",
    "velayat",
    "ostan",
    "mayorality of",
    "city of",
    "province of",
    "department of",
    "district of",
    "state of",
    "region of",
    "county of",
    "municipality of",
    "capital district",
    "autonomous republic of",
    "republic of",
    "estado de",
    "estado do",
    "departement",
    "departement du",
    "rayon",
    "sha`biyat",
    "sha'biyat",
    "shabiyat",
    "wilayat-e",
    "autonomna pokrajina",
    "mintaqat",
)
# Longest first, so that "Province of Samar" loses "Province of", not only "Province".
_ALTERNATIVES = "|".join(re.escape(word) for word in sorted(DIVISION_WORDS, key=len, reverse=True))
_TYPE_WORDS = re.compile(
    r"^(?:" + _ALTERNATIVES + r")\s+|\s+(?:" + _ALTERNATIVES + r")$",
    re.IGNORECASE,
)


def division_aliases(name: str) -> list[str]:
    """``name`` without a leading or trailing type word, if it had one."""
    bare = name
    for _ in range(2):
        bare = _TYPE_WORDS.sub("", bare).strip(" -,'")
    return [bare] if bare and bare != name else []


def subdivision_names(iso2: str, names: list[str]) -> dict[int, list[str]]:
    """ISO 3166-2 names of the country's top divisions, by index into ``names``."""
    import pycountry

    found: dict[int, list[str]] = {}
    subdivisions = pycountry.subdivisions.get(country_code=iso2) or []  # type: ignore[no-untyped-call]
    keys = [_bare_key(name) for name in names]
    for subdivision in subdivisions:
        index = _best(_bare_key(subdivision.name), keys)
        if index is not None:
            found.setdefault(index, []).extend(
                [subdivision.name, *division_aliases(subdivision.name)]
            )
    return found


def _bare_key(name: str) -> str:
    aliases = division_aliases(name)
    return exact_key(aliases[0] if aliases else name)


def _best(key: str, keys: list[str]) -> int | None:
    skeleton = name_key(key)
    for index, other in enumerate(keys):
        if other == key or name_key(other) == skeleton:
            return index
    scores = [fuzz.ratio(key, other) for other in keys]
    if not scores:
        return None
    best = max(range(len(scores)), key=scores.__getitem__)
    return best if scores[best] >= 85 else None


@cache
def division_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """The names news uses for divisions GeoNames spells otherwise, by (iso2, exact key).

    The first name of each entry is the one the division goes by; see
    ``eventatlas/data/gazetteer/division_names.tsv``.
    """
    text = (DATA_DIR / "gazetteer" / "division_names.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        names = tuple(name.strip() for name in row["names"].split("|") if name.strip())
        table[(row["iso2"], exact_key(row["geonames"]))] = names
    return table


def renamed(iso2: str, name: str) -> tuple[str, ...]:
    """The names a division goes by in the news, its usual one first; () if unchanged."""
    table = division_names()
    for key in (name, *division_aliases(name)):
        found = table.get((iso2, exact_key(key)))
        if found:
            return found
    return ()


@cache
def division_codes() -> dict[tuple[str, str], tuple[str, ...]]:
    """Names of divisions newer than the embedded admin table, by (iso2, admin1 code).

    See ``eventatlas/data/gazetteer/division_codes.tsv``.
    """
    text = (DATA_DIR / "gazetteer" / "division_codes.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {
        (row["iso2"], row["code"]): tuple(n.strip() for n in row["names"].split("|") if n.strip())
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    }
