"""Spot place names in text: capitalised word runs, cue words and stop lists.

A run is a stretch of capitalised words (with the lowercase particles of
names such as "Deir ez-Zor" or "Sant Julià de Lòria" inside it). Within a
run the longest n-gram that names a country or a gazetteer entry wins.
Words that are never places (months, titles, institutions) and common words
that are also some small place's name ("Police", "Mark") are skipped unless
a cue ("in", "the town of", "… province") says a place follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from eventatlas.geocode.countries import DATA_DIR, load_countries
from eventatlas.geocode.normalise import is_arabic

MAX_TOKENS = 6
# Lowercase words inside some division names ("Sistan and Baluchestan", "Chahar Mahall
# va Bakhtiari"); a run holds them only between two name words, and no piece starts or
# ends with one.
JOINERS = frozenset(["and", "va", "y", "e"])
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
PARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "ed",
        "ar",
        "er",
        "as",
        "es",
        "ash",
        "az",
        "ez",
        "an",
        "at",
        "ul",
        "ud",
        "ur",
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "la",
        "le",
        "les",
        "los",
        "las",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "sur",
        "of",
        "the",
    ]
)
TITLES = frozenset(
    [
        "president",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "general",
        "gen",
        "lieutenant",
        "colonel",
        "col",
        "major",
        "captain",
        "sergeant",
        "commander",
        "spokesman",
        "spokeswoman",
        "governor",
        "mayor",
        "senator",
        "king",
        "queen",
        "prince",
        "sheikh",
        "emir",
        "imam",
        "ayatollah",
        "bishop",
        "pope",
        "chief",
        "judge",
        "mp",
        "mca",
        "legislator",
        "lawmaker",
        "councillor",
        "councilor",
        "chairman",
        "pastor",
        "reverend",
        "rev",
    ]
)
NEAR_WORDS = frozenset(
    [
        "near",
        "nearby",
        "outside",
        "around",
        "outskirts",
        "vicinity",
        "environs",
        "surroundings",
        "countryside",
        "suburb",
        "suburbs",
        "area",
        "areas",
        "desert",
        "badiya",
        "border",
        "road",
        "highway",
    ]
)
_NEAR_BEFORE = re.compile(
    r"\b(?P<cue>near|nearby|close to|outside|around|outskirts|vicinity|environs|surroundings"
    r"|countryside|suburbs?|areas?|(?:north|south|east|west)(?:east|west)?(?:ern)?(?: part)?)"
    r"(?: of)?\s+(?:the\s+)?(?:town of\s+|city of\s+|village of\s+)?$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?P<cue>town|city|village|villages|hamlet|locality|settlement|camp|neighbou?rhood"
    r"|suburb|municipality|barangay)\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_DIVISION_BEFORE = re.compile(
    r"\b(?P<cue>province|governorate|region|state|county|district|department|prefecture"
    r"|oblast)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?P<cue>in|at|near|from|to|into|outside|inside|across|towards?|via|around|between|on)"
    r"\s+(?:the\s+)?$",
)
_NEAR_AFTER = re.compile(
    r"^[\s-]*(?:'s\s+)?(?P<cue>countryside|outskirts|suburbs?|areas?|environs|vicinity"
    r"|surroundings|desert|badiya)\b",
    re.IGNORECASE,
)
_DIVISION_AFTER = re.compile(
    r"^\s*(?P<cue>province|governorate|region|state|county|district|department|prefecture"
    r"|oblast|municipality|sub-?county|lga|woreda|zone|emirate|division)\b",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"^\s*(?P<cue>town|city|village|hamlet|locality|settlement|camp|neighbou?rhood|suburb"
    r"|estate|slum)\b",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|from)\s+(?:the\s+)?$")
_PERSON_AFTER = re.compile(r"^,?\s+(?:said|says|told|added|stated|explained|wrote)\b")


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# Words capitalised only because they open a sentence; Arabic articles
# ("An Najaf", "As Sulaymaniyah") are not among them.
SENTENCE_OPENERS = frozenset(
    "In On A The From Near To By For With After Before During Around Outside Inside Between"
    " Since Following Despite Unidentified Suspected Several Some Two Three"
    " At Along Across Over Under Via Towards Toward Against Amid Among Beyond Behind Within"
    " Throughout Meanwhile Elsewhere Later Earlier When While Also".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Cue:
    """What the words around a name say about it."""

    kind: str = ""  # "near", "division", "town", "site", "locative" or ""
    word: str = ""
    after: bool = False  # the cue word follows the name ("Eastleigh estate")

    @property
    def strong(self) -> bool:
        return self.kind in ("near", "division", "town")


NO_CUE = Cue()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists that keep common words from being taken for places."""

    never: frozenset[str]
    common: frozenset[str]
    demonyms: dict[str, str]
    phrases: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The stop lists and demonyms, read once per process."""
    demonyms = {
        demonym.lower(): country.iso2
        for country in load_countries().values()
        for demonym in country.demonyms
    }
    never = _word_file("not_places.txt")
    return Lexicon(
        never=frozenset(word for word in never if " " not in word) | frozenset(demonyms),
        common=_word_file("common_words.txt"),
        demonyms=demonyms,
        phrases=frozenset(" ".join(re.split(r"[\s\-]+", word)) for word in never if " " in word),
    )


def _word_file(name: str) -> frozenset[str]:
    text = (DATA_DIR / "gazetteer" / name).read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def words(text: str) -> list[Token]:
    """Every word of ``text`` with its offsets, a possessive 's cut off."""
    found: list[Token] = []
    for match in WORD.finditer(text):
        word, end = match.group(), match.end()
        if len(word) > 3 and word[-2] in "'’" and word[-1] == "s":
            word, end = word[:-2], end - 2
        found.append(Token(match.start(), end, word))
    return found


def is_name_word(token: Token, *, shouting: bool = False) -> bool:
    """A capitalised (or Arabic-script) word; all-capitals only where ``shouting``."""
    first = token.text[0]
    if is_arabic(first):
        return True
    if not first.isupper():
        return False
    if _ACRONYM_PLURAL.fullmatch(token.text):
        return shouting  # "MCAs", "IDPs": initials, not a name
    return shouting or len(token.text) == 1 or not token.text.isupper()


Shouting = tuple[tuple[int, int], ...]


def runs(text: str, tokens: list[Token], shouting: Shouting = ()) -> Iterator[list[Token]]:
    """Maximal runs of name words (particles allowed inside) in ``tokens``; inside the
    ``shouting`` spans (a dateline, a paragraph's "HALDIBARI:") capitals are names too."""
    run: list[Token] = []
    for index, token in enumerate(tokens):
        if run and _joined(text, run[-1], token) and _continues(text, tokens, index, shouting):
            run.append(token)
            continue
        if run:
            yield _trim(run)
        run = [token] if _opens(text, tokens, index, shouting) else []
    if run:
        yield _trim(run)


def _inside(token: Token, spans: Shouting) -> bool:
    return any(start <= token.start < end for start, end in spans)


def _continues(text: str, tokens: list[Token], index: int, shouting: Shouting) -> bool:
    token = tokens[index]
    if is_name_word(token, shouting=_inside(token, shouting)):
        return True
    if token.text.lower() in PARTICLES and _next_is_name(text, tokens, index):
        return True
    if token.text in JOINERS and _next_is_name(text, tokens, index):
        return True  # "Chaharmahal and Bakhtiari": tried whole, then each name alone
    # "Rostov-on-Don": a short lowercase word hyphened on both sides.
    return (
        len(token.text) <= 4
        and text[token.start - 1 : token.start] == "-"
        and text[token.end : token.end + 1] == "-"
        and _next_is_name(text, tokens, index)
    )


def _opens(text: str, tokens: list[Token], index: int, shouting: Shouting) -> bool:
    token = tokens[index]
    if token.text in SENTENCE_OPENERS and sentence_initial(text, token.start):
        return False  # "In Kisii, ...": the capital is the sentence's, not a name's
    return is_name_word(token, shouting=_inside(token, shouting)) or _particle_starts(
        text, tokens, index
    )


def _joined(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] in (" ", "-", "‐", "–")


def _next_is_name(text: str, tokens: list[Token], index: int) -> bool:
    # "Santa Cruz de la Sierra": up to two particles before the next name word.
    for ahead in (index + 1, index + 2):
        if ahead >= len(tokens) or not _joined(text, tokens[ahead - 1], tokens[ahead]):
            return False
        if is_name_word(tokens[ahead]):
            return True
        if tokens[ahead].text.lower() not in PARTICLES:
            return False
    return False


def _particle_starts(text: str, tokens: list[Token], index: int) -> bool:
    # "al-Mayadeen": a lowercase article glued to the name by a hyphen.
    token = tokens[index]
    return (
        token.text.lower() in PARTICLES
        and index + 1 < len(tokens)
        and text[token.end : tokens[index + 1].start] == "-"
        and is_name_word(tokens[index + 1])
    )


def _trim(run: list[Token]) -> list[Token]:
    while run and run[-1].text.lower() in PARTICLES and not run[-1].text[0].isupper():
        run = run[:-1]
    return run


def cue_at(text: str, start: int, end: int) -> Cue:
    """The cue around the name at ``text[start:end]``, strongest first."""
    before = text[max(0, start - 48) : start]
    after = text[end : end + 40]
    for pattern, kind, follows in (
        (_ROAD_AFTER, "near", True),
        (_NEAR_AFTER, "near", True),
        (_NEAR_BEFORE, "near", False),
        (_DIVISION_AFTER, "division", True),
        (_DIVISION_BEFORE, "division", False),
        (_PLACE_AFTER, "town", True),
        (_PLACE_BEFORE, "town", False),
        (_BUILDING_AFTER, "site", True),
        (_LOCATIVE_BEFORE, "locative", False),
    ):
        found = pattern.search(after if follows else before)
        if found:
            return Cue(kind, found.group("cue").lower(), follows)
    return NO_CUE


# "the Homa Bay road", "Machakos highway": a road named after the town it leads to.
_ROAD_AFTER = re.compile(r"^\s+(?P<cue>road|highway)\b", re.IGNORECASE)
_ROAD_JOIN = re.compile(r"[-–/]\s*$")
ROAD_WORDS = frozenset(("road", "highway"))
_NAMED_AFTER = re.compile(
    r"^[\s-]+(?:street|st|avenue|motorway|bridge|square|dam|cemetery|graveyard|conference cent(?:re|er)"
    r"|battalion|brigade|regiment|militia|army|party|movement|front|council|committee|corps"
    r"|guards?|forces|group|media|times|post|news|tribune|fc|united|river)\b",
    re.IGNORECASE,
)
# "across the Dnipro", "the left bank of the Dnipro": a river, not the city of its name.
_RIVER_BEFORE = re.compile(
    r"\b(?:across|crossed|crossing|banks of|(?:left|right|(?:east|west|north|south)(?:ern)?)"
    r" banks? of) the\s+$",
    re.IGNORECASE,
)
# "Mombasa port", "a Kisii hotel": a building in the place, so the place itself.
BUILDING_WORDS = frozenset(
    "market hospital airport prison port mosque church school college hotel station court"
    " courts university stadium".split()
)
# Words of an institution's or a site's name ("Kisumu Girls' School", "Lake Naivasha",
# "Donetsk Filtration Station"): beside a place name they name something at that
# place, so they never make the place a fragment of a longer unknown name.
SITE_WORDS = BUILDING_WORDS | frozenset(
    "girls boys secondary primary high academy polytechnic institute technical barracks"
    " council assembly clinic mine filtration estate slum slums lake constituency ward"
    " mall junction police municipal sewerage water island islands hill hills valley road"
    " highway".split()
)
# People named after where they come from or serve ("Lamu residents", "the Nairobi
# Governor", "Mandera teachers"): the place is theirs, not always the event's.
PEOPLE_WORDS = frozenset(
    "residents resident people women men youths youth traders students pupils teachers"
    " farmers herders workers leaders elders officials governor senator mp mps mca mcas"
    " women's voters supporters community communities locals natives villagers".split()
)
# One of them: "a Machakos businessman", "a Dadaab refugee camp worker".
_PERSON_WORDS = frozenset(
    "resident trader student pupil teacher farmer herder worker employee official leader"
    " elder businessman businesswoman lawyer activist politician journalist villager native"
    " employees officials businessmen lawyers activists politicians journalists".split()
)
_PEOPLE_AFTER = re.compile(
    r"^(?:-based\b|\s+(?:(?:county|town|refugee|camp|university|school|market)\s+){0,2}(?:"
    + "|".join(sorted(PEOPLE_WORDS | _PERSON_WORDS, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_ROAD_BETWEEN = re.compile(
    r"^[-–][A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\s+(?:road|highway|bypass|railway)\b", re.IGNORECASE
)
_BUILDING_AFTER = re.compile(
    r"^[\s-]+(?P<cue>" + "|".join(sorted(BUILDING_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def names_a_site(text: str, end: int, start: int | None = None) -> bool:
    """True when the name is part of a street's, a unit's or a body's ("Jinnah avenue"),
    or is a river's ("across the Dnipro", "the Tana river").

    A road is named after the town it leads to ("the Homa Bay road"), unless the name
    ends a road between two towns ("the Gilgil-Nyahururu road" starts at Gilgil).
    """
    if _NAMED_AFTER.match(text[end : end + 24]) is not None:
        return True
    if start is not None and _RIVER_BEFORE.search(text[max(0, start - 24) : start]):
        return True
    between = start is not None and _ROAD_JOIN.search(text[max(0, start - 3) : start]) is not None
    return between and _ROAD_AFTER.match(text[end : end + 14]) is not None


def building_in(text: str, end: int) -> str:
    """The building word after a name ("Mombasa port" gives "port"), else ""."""
    found = _BUILDING_AFTER.match(text[end : end + 20])
    return found.group("cue").lower() if found else ""


def names_a_seat(text: str, end: int) -> bool:
    """True when the name says where someone sits ("a Britain-based monitoring group")."""
    return text.startswith("-based", end)


def names_origin(text: str, start: int, end: int) -> bool:
    """True when the name says where people come from ("Lamu residents", "from Gilgil")."""
    if _PEOPLE_AFTER.match(text[end : end + 30]) is not None:
        return True
    return _FROM_BEFORE.search(text[max(0, start - 12) : start]) is not None


def starts_a_road(text: str, end: int) -> bool:
    """True when the name opens a road between two places ("the Nairobi-Narok highway")."""
    return _ROAD_BETWEEN.match(text[end : end + 40]) is not None


def looks_like_person(text: str, end: int, start: int | None = None) -> bool:
    """True when the name is followed by a speech verb ("Oduor said").

    Not after a preposition: "residents of Mandera said" names a place.
    """
    if _PERSON_AFTER.match(text[end : end + 20]) is None:
        return False
    return start is None or _PREPOSITION_BEFORE.search(text[max(0, start - 8) : start]) is None


def sentence_initial(text: str, start: int) -> bool:
    """True when nothing but spaces, quotes or a dateline dash precedes on this sentence."""
    before = text[max(0, start - 4) : start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:;–—"
