"""Words and phrase tables for actor names: tokens with offsets, longest-match look-ups.

The data files' phrases (aliases, demonyms, generic nouns) are keyed by their
normalised words; :class:`Phrases` finds the longest one starting at a token.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Generic, TypeVar

__all__ = [
    "Entry",
    "Phrases",
    "Tokens",
    "norm",
    "parse_alias",
    "phrase_key",
    "plural",
    "raw_words",
    "read_tsv",
]

T = TypeVar("T")

_WORD = re.compile(r"([^\W_]+)(?:['’]s\b)?")
_JOIN_GAP = re.compile(r"[\s\-‐‑–/'’()]*")
_INITIAL_GAP = re.compile(r"\.[\s\-]*")


@dataclass(frozen=True, slots=True)
class Entry:
    """A name in a phrase table: what it stands for and when it may match."""

    value: str
    exact: tuple[str, ...] | None = None  # case-sensitive: the tokens as written
    only_in: frozenset[str] | None = None  # event countries where it may match


def norm(word: str) -> str:
    """A token's matching form: lower case, accents removed."""
    word = word.lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase's lookup key: its normalised words, possessive 's dropped."""
    return tuple(norm(m.group(1)) for m in _WORD.finditer(phrase))


def raw_words(phrase: str) -> tuple[str, ...]:
    """A phrase's words as written, for case-sensitive aliases ("=IS")."""
    return tuple(m.group(1) for m in _WORD.finditer(phrase))


class Tokens:
    """The words of a text span with their offsets and matching forms."""

    __slots__ = ("count", "ends", "full_ends", "norms", "raws", "starts", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        found = list(_WORD.finditer(text, start, end))
        spans = [m.span(1) for m in found]
        self.text = text
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.full_ends = [m.end() for m in found]
        self.raws = [text[a:b] for a, b in spans]
        window = text[start:end]
        if window.isascii():  # lower-casing keeps offsets only for ASCII
            lowered = window.lower()
            self.norms = [lowered[a - start : b - start] for a, b in spans]
        else:
            self.norms = [norm(w) for w in self.raws]
        self.count = len(found)

    def __len__(self) -> int:
        return self.count

    def gap(self, k: int) -> str:
        """The text between token k-1 and token k."""
        return self.text[self.full_ends[k - 1] : self.starts[k]]

    def gap_ok(self, k: int) -> bool:
        """Whether token k continues the phrase that token k-1 is in."""
        if k <= 0 or k >= self.count:
            return False
        gap = self.gap(k)
        if gap == " " or _JOIN_GAP.fullmatch(gap):
            return True
        return len(self.raws[k - 1]) == 1 and _INITIAL_GAP.fullmatch(gap) is not None

    def joined(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 can form one phrase."""
        return all(self.gap_ok(k) for k in range(i + 1, j))

    def possessive(self, k: int) -> bool:
        """Whether token k ends in a possessive 's ("the army's")."""
        return self.full_ends[k] != self.ends[k]


class Phrases(Generic[T]):
    """Phrases keyed by normalised words; matched longest first."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[T]] = {}
        self.longest: dict[str, int] = {}

    def add(self, key: tuple[str, ...], value: T) -> None:
        if not key:
            return
        self.entries.setdefault(key, []).append(value)
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))

    def candidates(self, toks: Tokens, i: int) -> Iterator[tuple[int, list[T]]]:
        """(length, values) of the phrases starting at token i, longest first."""
        norms = toks.norms
        most = self.longest.get(norms[i], 0)
        for length in range(min(most, toks.count - i), 0, -1):
            values = self.entries.get(tuple(norms[i : i + length]))
            if values and (length == 1 or toks.joined(i, i + length)):
                yield length, values

    def first(self, toks: Tokens, i: int) -> tuple[int, T] | None:
        """The longest phrase at token i and its first value."""
        norms = toks.norms
        most = self.longest.get(norms[i], 0)
        for length in range(min(most, toks.count - i), 0, -1):
            values = self.entries.get(tuple(norms[i : i + length]))
            if values and (length == 1 or toks.joined(i, i + length)):
                return length, values[0]
        return None


def read_tsv(name: str, columns: int) -> Iterator[list[str]]:
    """The rows of a data file, padded to `columns`, comments and blank lines skipped."""
    path = resources.files("eventatlas").joinpath("data", name)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) > columns or not row[0]:
            raise ValueError(f"eventatlas/data/{name}:{number}: expected {columns} columns")
        yield [cell.strip() for cell in row] + [""] * (columns - len(row))


def parse_alias(value: str, alias: str) -> tuple[tuple[str, ...], Entry]:
    """Parse an alias cell ("=IS", "KIA@MMR,CHN") into its key and entry."""
    alias, _, countries = alias.partition("@")
    only_in = frozenset(countries.split(",")) if countries else None
    if alias.startswith("="):
        alias = alias[1:]
        return phrase_key(alias), Entry(value, raw_words(alias), only_in)
    return phrase_key(alias), Entry(value, None, only_in)


def plural(demonym: str) -> str | None:
    """The regular plural of a demonym ("Syrians"), when it takes one."""
    if demonym.endswith(("ese", "sh", "ch", "s", "x", "z", "men", "y")):
        return None
    return demonym + "s"
