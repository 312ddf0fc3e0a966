"""Actor mentions in text, named with ACLED-style canonical names and actor types.

Four data files drive it (each documents its columns in its header):
``data/actors.tsv`` (named groups and the names the news uses for them),
``data/demonyms.tsv`` (countries, demonyms, other names),
``data/actor_nouns.tsv`` (generic nouns: "soldiers", "gunmen", "protesters") and
``data/identity_groups.tsv`` (ethnic groups and clans whose militias ACLED names).

>>> lexicon = ActorLexicon.load()
>>> [m.name for m in lexicon.find("Syrian and Russian warplanes hit ISIS cells", country="SYR")]
['Military Forces of Syria', 'Military Forces of Russia', 'Islamic State']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from eventatlas.extract.actor_phrases import (
    Entry,
    Phrases,
    Tokens,
    norm,
    parse_alias,
    phrase_key,
    plural,
    raw_words,
    read_tsv,
)
from eventatlas.extract.lexicon import read_rows

__all__ = ["ActorLexicon", "ActorMention"]

_LIST_GAP = re.compile(r"\s*[-‐‑–/,&]\s*")
# What a state does with its forces when the news names the state itself ("Ukraine
# launched drones", "Israel struck Rafah"): the subject is its military.
_PLACE_WORDS = frozenset(
    "from in into of across to at near inside over against with on by within outside".split()
)
STATE_ACTS = frozenset(
    "launched fired struck bombed shelled attacked pounded targeted retaliated intercepted"
    " downed invaded raided hit".split()
)
_PERIOD = re.compile(r"\s*\(\d{4}\s*-\s*(?:\d{4})?\)")
_QUALIFIED = re.compile(r"^(.+?) \((.+)\)$")
_IDENTITY_MILITIA = re.compile(
    r"^(.+) (Ethnic|Clan|Sub-Clan|Communal|Indigenous|Caste|Tribal) Militia \((.+)\)$"
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor named in the text: where, as what, and of which type."""

    start: int
    end: int
    text: str
    name: str
    inter: int
    iso3: str | None
    generic: bool


@dataclass(frozen=True, slots=True)
class _Kind:
    """What a generic noun names: the actor's name pattern and type."""

    template: str  # {country}: "Syria"; {of}: "the Philippines"
    inter: int
    state: bool
    generic: bool

    def name(self, country: _Country | None) -> str:
        """The actor's name for a country, or without one."""
        if country is None:
            return self.template.split(" (")[0]
        return self.template.format(country=country.name, of=country.of_name)


_KINDS: dict[str, _Kind] = {
    "military": _Kind("Military Forces of {of}", 1, True, False),
    "police": _Kind("Police Forces of {of}", 1, True, False),
    "government": _Kind("Government of {of}", 1, True, False),
    "uag": _Kind("Unidentified Armed Group ({country})", 3, False, True),
    "gang": _Kind("Unidentified Gang ({country})", 3, False, True),
    "communal": _Kind("Unidentified Communal Militia ({country})", 4, False, True),
    "ethnic": _Kind("Unidentified Ethnic Militia ({country})", 4, False, True),
    "clan": _Kind("Unidentified Clan Militia ({country})", 4, False, True),
    "tribal": _Kind("Unidentified Tribal Militia ({country})", 4, False, True),
    "rioters": _Kind("Rioters ({country})", 5, False, True),
    "protesters": _Kind("Protesters ({country})", 6, False, True),
    "civilians": _Kind("Civilians ({country})", 7, False, True),
    "private": _Kind("Private Security Forces ({country})", 8, False, True),
}
_IDENTITY_TEMPLATES = {
    "ethnic": "{name} Ethnic Militia ({country})",
    "clan": "{name} Clan Militia ({country})",
    "indigenous": "{name} Indigenous Militia ({country})",
}
# ACLED's catch-all names for a side's unnamed fighters ("rebels" in Syria): named in the
# table for their country, but as vague as "gunmen" beside a group the report names.
_CATCH_ALL = frozenset({"Opposition Rebels (Syria)"})
# An aircraft's model between a nationality and its noun: "Iraqi F-16 jets", "Russian
# Su-34 bombers", "Turkish TB2 drones" (the words come as "f", "16", "su", "34").
_MODEL_PART = re.compile(r"\d{1,3}[a-z]?s?|[a-z]{1,3}\d{1,3}|f|su|mig|mi|ka|tb|yak|an|il")
_ORG_FOLLOWERS = frozenset({"military", "police", "uag", "gang"})
_CONNECTORS = frozenset({"linked", "affiliated", "aligned", "allied", "backed", "loyal", "led"})
# Capitalised words that may stand before a bare noun without naming someone else's force.
_FUNCTION_TEXT = """
the a an this that these those its their his her our some several many both all two three
four five six seven eight nine ten dozens hundreds thousands scores when after before as
while but and where then yesterday today tonight on in at by from with of also meanwhile
later earlier monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december
"""
_SO_CALLED = frozenset(
    {
        "so-called",
        "so",
        "called",
        "self-styled",
        "self-proclaimed",
        "banned",
        "outlawed",
        "proscribed",
    }
)
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
# Words that make a group's name count people, not an armed side ("two Pokot killed").
_COUNTING = frozenset("a an one two three four five six seven eight nine ten several".split())


# Words after which an upper-case "IS" or "US" is the common word, stressed.
_STRESS_BEFORE = frozenset(
    {"what", "this", "that", "it", "there", "here", "who", "which", "he", "she", "how", "why"}
)
_DEFINITE = frozenset({"the", "its", "their", "whose", "our", "his", "her"})
_UNIFORMS = frozenset({"uniform", "uniforms", "fatigues"})


@dataclass(frozen=True, slots=True)
class _Country:
    iso3: str
    name: str
    of_name: str


@dataclass(frozen=True, slots=True)
class _Identity:
    """An ethnic group, clan or people whose armed men form an identity militia."""

    name: str
    kind: str
    countries: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Org:
    name: str
    inter: int
    iso3: str | None
    by_country: dict[str, str]


# "killing five 'PKK apostates'": a name in a claimant's insult is its label for the victims,
# not the group.
_EPITHET = re.compile(
    r"\s+(?:apostates?|infidels?|crusaders?|collaborators?|renegades?|traitors?|dogs|agents)[\"”'’]",
    re.I,
)


class ActorLexicon:
    """Finds actor mentions and maps actor names to canonical names and actor types."""

    def __init__(
        self,
        actors: Iterable[list[str]],
        demonyms: Iterable[list[str]],
        nouns: Iterable[list[str]],
        identities: Iterable[list[str]] = (),
    ) -> None:
        self._orgs: dict[str, _Org] = {}
        self._org_names: Phrases[Entry] = Phrases()
        self._countries: dict[str, _Country] = {}
        self._demonyms: Phrases[Entry] = Phrases()
        self._nouns: Phrases[tuple[str, str]] = Phrases()
        self._members: Phrases[str] = Phrases()
        self._identities: dict[str, _Identity] = {}
        self._identity_names: Phrases[Entry] = Phrases()
        self._identity_nouns: Phrases[str] = Phrases()
        self._mods: set[str] = set()
        self._blocks: set[str] = set()
        self._acts: set[str] = set()
        self._country_names: set[tuple[str, ...]] = set()
        for row in demonyms:
            self._add_country(*row)
        for row in actors:
            self._add_org(*row)
        for row in nouns:
            self._add_noun(*row)
        for row in identities:
            self._add_identity(*row)
        self._starters = set(self._org_names.longest).union(
            self._demonyms.longest, self._nouns.longest, self._identity_names.longest
        )
        branches = {name for org in self._orgs.values() for name in org.by_country.values()}
        if unknown := sorted(branches - self._orgs.keys()):
            raise ValueError(f"eventatlas/data/actors.tsv: by_country names no row: {unknown}")

    @classmethod
    def load(cls) -> ActorLexicon:
        """The lexicon of the data files shipped with eventatlas (built once per process)."""
        return _default_lexicon()

    # -- building -----------------------------------------------------------------------

    def _add_country(self, iso3: str, name: str, demonyms: str, names: str, the: str) -> None:
        of_name = f"the {name}" if the == "the" else name
        self._countries[iso3] = _Country(iso3, name, of_name)
        self._country_names |= {phrase_key(n) for n in (name, *names.split("|")) if n}
        cells = [name, *filter(None, demonyms.split("|")), *filter(None, names.split("|"))]
        cells += [p for d in demonyms.split("|") if d and (p := plural(d))]
        for cell in cells:
            self._demonyms.add(*parse_alias(iso3, cell))

    def _add_org(self, name: str, inter: str, iso3: str, aliases: str, branches: str) -> None:
        by_country = dict(pair.split(":", 1) for pair in branches.split(";") if pair)
        self._orgs[name] = _Org(name, int(inter), iso3 or None, by_country)
        for alias in [name, *filter(None, aliases.split("|"))]:
            self._org_names.add(*parse_alias(name, alias))

    def _add_identity(self, name: str, kind: str, countries: str, aliases: str) -> None:
        if kind not in _IDENTITY_TEMPLATES:
            raise ValueError(f"eventatlas/data/identity_groups.tsv: unknown kind {kind!r}")
        places = countries.split("|")
        spelled = name.lstrip("=")
        key = f"{spelled}/{kind}"
        self._identities[key] = _Identity(spelled, kind, tuple(places))
        names = [name, *filter(None, aliases.split("|"))]
        names += [p for n in names if not n.startswith("=") and (p := plural(n))]
        for alias in names:
            self._identity_names.add(*parse_alias(key, f"{alias}@{','.join(places)}"))

    def _add_noun(self, phrase: str, kind: str, bare: str) -> None:
        key = phrase_key(phrase)
        if kind == "member":
            self._members.add(key, kind)
        elif kind == "identity":
            self._identity_nouns.add(key, kind)
        elif kind == "mod":
            self._mods.add(key[0])
        elif kind == "block":
            self._blocks.add(key[0])
        elif kind == "act":
            self._acts.add(key[0])
        elif kind in _KINDS or kind == "none":
            self._nouns.add(key, (kind, bare or "n"))
        else:
            raise ValueError(f"eventatlas/data/actor_nouns.tsv: unknown kind {kind!r}")

    # -- public look-ups ----------------------------------------------------------------

    def canonical(self, name: str) -> str | None:
        """The canonical name for an alias, a canonical name or an ACLED actor name."""
        cleaned = " ".join(_PERIOD.sub("", name).split())
        entries = self._org_names.entries.get(phrase_key(cleaned), [])
        raw = raw_words(cleaned)
        for entry in entries:
            if entry.exact is None or entry.exact == raw:
                return entry.value
        return (
            self._qualified(cleaned) or self._identity_militia(cleaned) or self._state_name(cleaned)
        )

    def inter(self, canonical: str) -> int | None:
        """The ACLED actor type (1-8) of a canonical name, None if unknown."""
        org = self._orgs.get(canonical)
        if org is not None:
            return org.inter
        if self.canonical(canonical) != canonical:
            return None
        if _IDENTITY_MILITIA.match(canonical):
            return 4
        for kind in _KINDS.values():
            if canonical.startswith(kind.template.split("{")[0].rstrip(" (")):
                return kind.inter
        return None

    def force_name(self, kind: str, iso3: str) -> str | None:
        """A state force's ACLED name ("military", "PHL" -> "Military Forces of the Philippines")."""
        country = self._countries.get(iso3.upper())
        return _KINDS[kind].name(country) if country else None

    def country_name(self, iso3: str) -> str | None:
        """The country as actor names spell it ("COD" -> "Democratic Republic of Congo")."""
        country = self._countries.get(iso3.upper())
        return country.name if country else None

    def home_country(self, text: str) -> str | None:
        """The one home country of the named groups in text ("Mungiki" -> "KEN"), if only one."""
        homes = {m.iso3 for m in self.find(text) if m.iso3 and not m.generic and m.inter != 1}
        return homes.pop() if len(homes) == 1 else None

    def identity_country(self, text: str) -> str | None:
        """The country the peoples and clans named in text share ("Kikuyu", "Luo" -> "KEN").

        Only capitalised names count, not a person's first name ("Issa Ali"); the answer is
        the country every named group lives in, or the first both of two list alike
        ("Maasai" -> "KEN"); none when they disagree or a group lives in many countries.
        """
        toks = Tokens(text, 0, len(text))
        shared: tuple[str, ...] | None = None
        for i in range(toks.count):
            raw = toks.raws[i]
            if toks.norms[i] not in self._identity_names.longest or not raw[:1].isupper():
                continue
            for length, entries in self._identity_names.candidates(toks, i):
                after = i + length
                if after < toks.count and toks.gap_ok(after) and toks.raws[after][:1].isupper():
                    continue  # "Issa Ali", "Nandi County": a name, not the people
                places = {c for e in entries for c in self._identities[e.value].countries}
                first = self._identities[entries[0].value].countries
                if len(places) > 2 or not self._accepts(entries[0], toks, i, length, None):
                    continue
                ordered = tuple(c for c in first if c in places)
                ordered += tuple(sorted(places - set(ordered)))
                kept = ordered if shared is None else tuple(c for c in shared if c in places)
                if not kept:
                    return None
                shared = kept
                break
        return shared[0] if shared else None

    def country_of_demonym(self, word: str) -> str | None:
        """The ISO3 code a demonym or country name stands for ("Syrian" -> "SYR")."""
        raw = raw_words(word)
        for entry in self._demonyms.entries.get(phrase_key(word), []):
            if entry.exact is None or entry.exact == raw:
                return entry.value
        return None

    def _qualified(self, name: str) -> str | None:
        """A generic actor name such as "Civilians (Kenya)", spelled canonically."""
        found = _QUALIFIED.match(name)
        if found is None:
            return None
        head, qualifier = found.groups()
        for kind in _KINDS.values():
            if not kind.generic or kind.name(None).lower() != head.lower():
                continue
            if qualifier.lower() == "international":
                return f"{kind.name(None)} (International)"
            iso3 = self.country_of_demonym(qualifier)
            return kind.name(self._countries[iso3]) if iso3 else None
        return None

    def _identity_militia(self, name: str) -> str | None:
        """An identity militia's ACLED name ("Pokot Ethnic Militia (Kenya)"), country checked."""
        found = _IDENTITY_MILITIA.match(name)
        if found is None:
            return None
        group, kind, qualifier = found.groups()
        iso3 = self.country_of_demonym(qualifier)
        if iso3 is None:
            return None
        # "Karimojong" is ACLED's "Karamajong": the spelling identity_groups.tsv gives.
        for entry in self._identity_names.entries.get(phrase_key(group), []):
            known = self._identities[entry.value]
            if known.kind == kind.lower():
                group = known.name
                break
        return f"{group} {kind} Militia ({self._countries[iso3].name})"

    def _state_name(self, name: str) -> str | None:
        """State forces named at the start of an ACLED name ("Police Forces of Kenya GSU")."""
        mentions = self.find(name)
        if not mentions or mentions[0].start != 0:
            return None
        first = mentions[0]
        if first.end == len(name) or (not first.generic and first.iso3 is not None):
            return first.name
        return None

    # -- finding mentions -----------------------------------------------------------------

    def find(
        self, text: str, start: int = 0, end: int | None = None, *, country: str | None = None
    ) -> list[ActorMention]:
        """Actor mentions in text[start:end], in order, longest match first, not overlapping."""
        context = country.upper() if country and country.upper() in self._countries else None
        toks = Tokens(text, start, len(text) if end is None else end)
        starters, org_starters = self._starters, self._org_names.longest
        found: list[ActorMention] = []
        i = 0
        while i < toks.count:
            word = toks.norms[i]
            if word not in starters:
                i += 1
                continue
            org = self._org_at(toks, i, context) if word in org_starters else None
            generic = self._generic_at(toks, i, context)
            best = generic if generic and (org is None or generic[0] > org[0]) else org
            if best is None:
                i += 1
                continue
            found.extend(m for m in best[1] if not _EPITHET.match(text, m.end))
            i = best[0]
        return found

    def _mention(
        self, toks: Tokens, i: int, j: int, name: str, inter: int, iso3: str | None, generic: bool
    ) -> ActorMention:
        start, end = toks.starts[i], toks.ends[j - 1]
        return ActorMention(start, end, toks.text[start:end], name, inter, iso3, generic)

    def _accepts(self, entry: Entry, toks: Tokens, i: int, length: int, ctx: str | None) -> bool:
        if entry.only_in is not None and ctx is not None and ctx not in entry.only_in:
            return False
        if entry.exact is None:
            return True
        return tuple(toks.raws[i : i + length]) == entry.exact and not self._shouting(toks, i)

    def _shouting(self, toks: Tokens, i: int) -> bool:
        """Whether a short capitalised word is a common one stressed ("WHAT IS LEFT", "what IS")."""
        if len(toks.raws[i]) > 3 or i == 0:
            return False
        if toks.norms[i - 1] in _STRESS_BEFORE:
            return True
        if i + 1 >= len(toks):
            return False
        around = (toks.raws[i - 1], toks.raws[i + 1])
        return all(
            w.isupper() and len(w) > 1 and norm(w) not in self._org_names.longest for w in around
        )

    def _org_at(
        self, toks: Tokens, i: int, ctx: str | None
    ) -> tuple[int, list[ActorMention]] | None:
        for length, entries in self._org_names.candidates(toks, i):
            for entry in entries:
                if self._accepts(entry, toks, i, length, ctx):
                    org = self._orgs[entry.value]
                    if not self._names_home(toks, i, length, org.iso3):
                        # the country's own branch, unless the name says whose it is
                        # ("Afghan Taliban" in Pakistan are not the TTP)
                        org = self._orgs[org.by_country.get(ctx or "", org.name)]
                    inter = (
                        8 if org.inter == 1 and ctx and org.iso3 not in (None, ctx) else org.inter
                    )
                    j = self._absorb_followers(toks, i + length)
                    catch_all = org.name in _CATCH_ALL
                    return j, [self._mention(toks, i, j, org.name, inter, org.iso3, catch_all)]
        return None

    def _names_home(self, toks: Tokens, i: int, length: int, iso3: str | None) -> bool:
        """Whether the matched name carries its own country's demonym ("Afghan Taliban")."""
        return iso3 is not None and any(
            self.country_of_demonym(toks.raws[k]) == iso3 for k in range(i, i + length)
        )

    def _absorb_followers(self, toks: Tokens, j: int) -> int:
        """The end of a named actor's mention, taking in "fighters", "-linked militants"."""
        while toks.gap_ok(j) and not toks.possessive(j - 1):
            if toks.norms[j] in _CONNECTORS and toks.gap_ok(j + 1):
                after = self._follower_at(toks, j + 1)
                if after is None:
                    return j
                j = after
                continue
            after = self._follower_at(toks, j)
            if after is None:
                return j
            j = after
        return j

    def _follower_at(self, toks: Tokens, j: int) -> int | None:
        member = self._members.first(toks, j)
        if member is not None:
            return j + member[0]
        noun = self._nouns.first(toks, j)
        if noun is not None and noun[1][0] in _ORG_FOLLOWERS:
            return j + noun[0]
        return None

    def _generic_at(
        self, toks: Tokens, i: int, ctx: str | None
    ) -> tuple[int, list[ActorMention]] | None:
        if toks.norms[i] in self._identity_names.longest:
            found = self._identity_phrase(toks, i, ctx)
            if found is not None:
                return found
        if toks.norms[i] in self._demonyms.longest:
            found = self._demonym_phrase(toks, i, ctx)
            if found is not None:
                return found
        if toks.norms[i] in self._nouns.longest:
            return self._bare_phrase(toks, i, ctx)
        return None

    def _identity_at(self, toks: Tokens, i: int, ctx: str | None) -> tuple[int, str, str] | None:
        """(length, militia name, country) of the identity group named at token i."""
        for length, entries in self._identity_names.candidates(toks, i):
            for entry in entries:
                if self._accepts(entry, toks, i, length, ctx):
                    group = self._identities[entry.value]
                    iso3 = ctx if ctx in group.countries else group.countries[0]
                    template = _IDENTITY_TEMPLATES[group.kind]
                    country = self._countries[iso3].name
                    return length, template.format(name=group.name, country=country), iso3
        return None

    def _identity_phrase(
        self, toks: Tokens, i: int, ctx: str | None
    ) -> tuple[int, list[ActorMention]] | None:
        """Identity groups' armed men: "Pokot raiders", "Pokot and Turkana communities"."""
        groups: list[tuple[int, int, str, str]] = []
        j: int | None = i
        while j is not None and (found := self._identity_at(toks, j, ctx)) is not None:
            groups.append((j, j + found[0], found[1], found[2]))
            j = self._next_in_list(
                toks, j + found[0], lambda k: bool(self._identity_at(toks, k, ctx))
            )
        if not groups:
            return None
        last = groups[-1][1]
        noun = self._identity_nouns.first(toks, last) if toks.gap_ok(last) else None
        people = self._nouns.first(toks, last) if toks.gap_ok(last) else None
        if noun is not None:
            end = self._absorb_nouns(toks, last + noun[0], "identity")[0]
        elif people is not None and people[1][0] == "civilians":
            # "Pokot and Tugen herders clash": herders who fight are the group's militia.
            end = last + people[0]
            if not self._group_acts(toks, i, end):
                return None
        elif self._group_acts(toks, i, last):
            end = last
        else:
            return None
        return end, [
            self._mention(toks, a, end if n == len(groups) - 1 else b, name, 4, iso3, True)
            for n, (a, b, name, iso3) in enumerate(groups)
        ]

    def _group_acts(self, toks: Tokens, i: int, j: int) -> bool:
        """Whether groups named at tokens i..j-1 with no noun after them are a side.

        "Degodia attack Garre villages" and "clashes between Borana and Gabra" name
        the groups' armed men; "two Pokot killed" and "a Pokot herder" do not.
        """
        before = toks.norms[i - 1] if toks.gap_ok(i) else ""
        if before == "the" and toks.gap_ok(i - 1):
            before = toks.norms[i - 2]
        if before == "between":
            return True
        if before in _COUNTING or before.isdigit():
            return False
        return toks.gap_ok(j) and toks.norms[j] in self._acts

    def _demonym_at(self, toks: Tokens, i: int, ctx: str | None) -> tuple[int, str] | None:
        for length, entries in self._demonyms.candidates(toks, i):
            for entry in entries:
                if self._accepts(entry, toks, i, length, ctx):
                    return length, entry.value
        return None

    def _next_in_list(self, toks: Tokens, j: int, starts: Callable[[int], bool]) -> int | None:
        """Where the next item of a list starts ("Syrian and Russian", "Russian-Syrian")."""
        if j >= len(toks):
            return None
        gap = toks.gap(j)
        if _LIST_GAP.fullmatch(gap) and starts(j):
            return j
        joined = gap.strip() in ("", ",")
        if joined and toks.norms[j] in ("and", "or") and toks.gap_ok(j + 1):
            return j + 1 if starts(j + 1) else None
        return None

    def _demonym_phrase(
        self, toks: Tokens, i: int, ctx: str | None
    ) -> tuple[int, list[ActorMention]] | None:
        """ "Syrian and Russian warplanes", "joint Russian-Syrian force", "Kenyan police"."""
        if i > 0 and toks.gap_ok(i) and toks.norms[i - 1] in self._blocks:
            return None
        countries: list[tuple[int, int, str]] = []
        j: int | None = i
        while j is not None and (found := self._demonym_at(toks, j, ctx)) is not None:
            countries.append((j, j + found[0], found[1]))
            j = self._next_in_list(
                toks, j + found[0], lambda k: bool(self._demonym_at(toks, k, ctx))
            )
        if not countries:
            return None
        j = countries[-1][1]
        for _ in range(4):
            if not toks.gap_ok(j) or self._nouns.first(toks, j):
                break
            if toks.norms[j] not in self._mods and not _MODEL_PART.fullmatch(toks.norms[j]):
                break
            j += 1
        noun = self._nouns.first(toks, j) if toks.gap_ok(j) else None
        if noun is None or noun[1][0] == "none":
            return self._state_acts(toks, countries, ctx)
        end, kind = self._absorb_nouns(toks, j + noun[0], noun[1][0])
        mentions = [
            self._generic(toks, a, end if n == len(countries) - 1 else b, kind, iso3, ctx)
            for n, (a, b, iso3) in enumerate(countries)
        ]
        return end, [m for m in mentions if m is not None]

    def _state_acts(
        self, toks: Tokens, countries: list[tuple[int, int, str]], ctx: str | None
    ) -> tuple[int, list[ActorMention]] | None:
        """ "Ukraine launched drones", "Israel struck Gaza": a state named for its forces."""
        if len(countries) != 1:
            return None
        a, b, iso3 = countries[0]
        named = tuple(toks.norms[a:b]) in self._country_names
        # "a group (Kenya) attacked", "insurgents from Mozambique raided": not the subject.
        named = named and not toks.text[: toks.starts[a]].endswith("(")
        named = named and (a == 0 or toks.norms[a - 1] not in _PLACE_WORDS)
        if not named or not toks.gap_ok(b) or toks.norms[b] not in STATE_ACTS:
            return None
        mention = self._generic(toks, a, b, "military", iso3, ctx)
        return (b, [mention]) if mention else None

    def _bare_phrase(
        self, toks: Tokens, i: int, ctx: str | None
    ) -> tuple[int, list[ActorMention]] | None:
        """A noun with no demonym before it: "gunmen", "the army", "forces of Syria"."""
        noun = self._nouns.first(toks, i)
        if noun is None:
            return None
        length, (kind, bare) = noun
        if kind == "none":
            return i + length, []
        end, kind = self._absorb_nouns(toks, i + length, kind)
        if self._of_org(toks, end, ctx):
            # "the military police of the Syrian National Army": that group's, named next.
            return end, []
        iso3, end = self._of_country(toks, end, kind, ctx)
        iso3 = iso3 or self._in_uniform(toks, end, ctx)
        if iso3 is None and not self._stands_alone(toks, i, bare):
            return None
        if _KINDS[kind].state and self._someone_elses(toks, i):
            return None
        if iso3 is None and kind == "military" and ctx in armies_abroad():
            # "soldiers raided the camp in Jenin": in the Palestinian territories, Israel's
            iso3 = armies_abroad()[ctx]
        mention = self._generic(toks, i, end, kind, iso3 or ctx, ctx)
        return (end, [mention]) if mention else None

    def _stands_alone(self, toks: Tokens, i: int, bare: str) -> bool:
        """Whether a noun with no country names an actor here (see actor_nouns.tsv)."""
        if bare == "d":
            return i > 0 and toks.gap_ok(i) and toks.norms[i - 1] in _DEFINITE
        return bare == "y"

    def _someone_elses(self, toks: Tokens, i: int) -> bool:
        """Whether the word before a bare state noun makes it another actor's ("rebel forces")."""
        if i == 0 or not toks.gap_ok(i):
            return False
        before = toks.norms[i - 1]
        if before in self._blocks:
            return True
        named = toks.raws[i - 1][:1].isupper()
        return named and before not in _FUNCTION_WORDS and before not in self._mods

    def _absorb_nouns(self, toks: Tokens, j: int, kind: str) -> tuple[int, str]:
        """Extend a generic mention over nouns of its kind and member words ("army units")."""
        while toks.gap_ok(j) and not toks.possessive(j - 1):
            noun = self._nouns.first(toks, j)
            if noun is not None and (
                noun[1][0] == kind
                or (kind == "civilians" and noun[1][0] in ("protesters", "rioters"))
            ):
                j, kind = j + noun[0], noun[1][0]
                continue
            member = self._members.first(toks, j)
            if member is None:
                break
            j += member[0]
        return j, kind

    def _of_org(self, toks: Tokens, j: int, ctx: str | None) -> bool:
        """Whether "of (the) <a named group>" follows at token j."""
        if not toks.gap_ok(j) or toks.norms[j] != "of":
            return False
        k = j + 1
        if toks.gap_ok(k) and toks.norms[k] == "the":
            k += 1
        # "terrorists of the so-called Islamic State", "of the banned TTP"
        while toks.gap_ok(k) and toks.norms[k] in _SO_CALLED:
            k += 1
        if not toks.gap_ok(k) or toks.norms[k] not in self._org_names.longest:
            return False
        return self._org_at(toks, k, ctx) is not None

    def _in_uniform(self, toks: Tokens, j: int, ctx: str | None) -> str | None:
        """The country of "soldiers in Eritrean uniform(s)": whose soldiers they are."""
        if not toks.gap_ok(j) or toks.norms[j] != "in" or j + 2 >= toks.count:
            return None
        found = self._demonym_at(toks, j + 1, ctx) if toks.gap_ok(j + 1) else None
        if found is None:
            return None
        k = j + 1 + found[0]
        worn = k < toks.count and toks.gap_ok(k) and toks.norms[k] in _UNIFORMS
        return found[1] if worn else None

    def _of_country(
        self, toks: Tokens, j: int, kind: str, ctx: str | None
    ) -> tuple[str | None, int]:
        """The country of "... of (the) Syria", and where the phrase ends."""
        if not toks.gap_ok(j) or toks.norms[j] != "of":
            return None, j
        k = j + 1
        if toks.gap_ok(k) and toks.norms[k] == "the":
            k += 1
        found = self._demonym_at(toks, k, ctx) if toks.gap_ok(k) else None
        if found is None:
            return None, j
        end, _ = self._absorb_nouns(toks, k + found[0], kind)
        return found[1], end

    def _generic(
        self, toks: Tokens, i: int, j: int, kind: str, iso3: str | None, ctx: str | None
    ) -> ActorMention | None:
        spec = _KINDS[kind]
        country = self._countries.get(iso3) if iso3 else None
        if country is None and spec.state:
            return None
        inter = 8 if spec.state and ctx and iso3 != ctx else spec.inter
        name = spec.name(country)
        return self._mention(toks, i, j, name, inter, iso3 if country else None, spec.generic)


@functools.cache
def armies_abroad() -> dict[str, str]:
    """Whose army an unqualified "army" is in the few countries ``data/armies_abroad.tsv`` lists."""
    return {row[0]: row[1] for row in read_rows("armies_abroad.tsv")}


@functools.cache
def _default_lexicon() -> ActorLexicon:
    return ActorLexicon(
        read_tsv("actors.tsv", 5),
        read_tsv("demonyms.tsv", 5),
        read_tsv("actor_nouns.tsv", 3),
        read_tsv("identity_groups.tsv", 4),
    )
