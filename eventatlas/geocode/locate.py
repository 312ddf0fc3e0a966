"""Where an event happened: the place(s) of a clause, with ACLED's precision.

The places named inside the clause win; a province or country that only
encloses them is context, not a second location. Names listed together
("arrived in Albukamal and Al-Mayadeen") give one location each. Without a
place in the clause, the places of the earlier sentences of the paragraph
are used, then the article's main province or country at precision 3. The
dateline is never a location because it is the dateline.
"""

from __future__ import annotations

import re
from collections import Counter

from eventatlas.article import Article
from eventatlas.event import Location, Place
from eventatlas.geocode.mentions import PlaceMention
from eventatlas.geocode.normalise import exact_key
from eventatlas.geocode.spotting import (
    BUILDING_WORDS,
    NEAR_WORDS,
    ROAD_WORDS,
    lexicon,
    names_a_seat,
    names_origin,
)

_NAME_THEN_ENCLOSING = re.compile(
    r"(?P<name>[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)*)"
    r"(?:\s+(?:village|town|area|camp|district|locality|city|neighbou?rhood|estate|slum|suburb))?"
    r"\s*[(,]\s*$"
    r"|(?P<part>[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)*)\s+(?:area|district|neighbou?rhood|quarter"
    r"|suburb|part|section|sector|locality|village|camp|estate)\s+of\s+(?:the\s+)?$"
)
_DIVISION_CUES = frozenset(
    ("district", "county", "municipality", "department", "region", "province", "state", "division")
)
_ENCLOSES_NEXT = re.compile(r"^\s+\w+\s*(?:\(|,)\s*$")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|into|around|across)\s+(?:the\s+)?$")
_PLACE_CUES = frozenset(
    ("town", "city", "village", "hamlet", "locality", "settlement", "neighbourhood", "neighborhood")
)
# "Kisumu, Homa Bay and Migori", "in Sarmada and in al-Atarib": places listed for one event.
_LISTED = re.compile(
    r"^\s*(?:(?:district|town|city|village|area|camp)\b)?\s*(?:,|and|or|&|, and|, or|as well as)\s*"
    r"(?:(?:in|at|near)\s+)?"
    r"(?:the\s+(?:town|city|village|district|neighbourhood)\s+of\s+)?$",
    re.I,
)


def locate(article: Article, start: int, end: int) -> list[Location]:
    """The event location(s) for the text span ``[start, end)`` of ``article``."""
    # "a Britain-based monitoring group": the seat of whoever told it, never the event's place
    mentions = [
        m
        for m in article.places
        if isinstance(m, PlaceMention)
        and not names_a_seat(article.text, m.end)
        and not _crowd_about(article.text, m)
    ]
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    # "allowed 700 fighters to leave for Idlib": where people went is not where it happened.
    there = [m for m in inside if not _destination(article.text, m)]
    if there:
        return _locations(article.text, there, "")
    earlier = _earlier_in_paragraph(article, mentions, start)
    if earlier:
        return _locations(article.text, earlier, "named earlier in the paragraph")
    if inside:
        before = _paragraph_before(article, mentions, start)
        if before:
            return _locations(article.text, before, "named in the paragraph before")
        return _locations(article.text, inside, "")
    main = _main_region(mentions)
    return [main] if main is not None else []


def _locations(text: str, mentions: list[PlaceMention], note: str) -> list[Location]:
    places = _without_containers(mentions)
    level = max(m.place.level for m in places)
    same = [m for m in places if m.place.level == level]
    first = min(same, key=lambda m: _role(text, m, same))
    chosen = [first, *_listed_with(text, first, places)]
    return [_location(text, mention, mentions, note) for mention in _distinct(chosen)]


def _role(text: str, mention: PlaceMention, same: list[PlaceMention]) -> tuple[int, int]:
    """How surely a name is where the event happened: lower first, then earlier first.

    "killed in Kericho town" says where; "a Dadaab camp worker" or "a Machakos
    businessman" only describes someone. "treated at a Mombasa hospital" names where
    the victims went; "Lamu residents protested in Malindi" where the people came from.
    """
    if _elsewhere(text, mention, same):
        return 3, mention.start
    if names_origin(text, mention.start, mention.end) or mention.cue in ROAD_WORDS:
        return 2, mention.start  # "on Murree road in Rawalpindi": the road is in Rawalpindi
    if _SPOKEN_IN.search(text[max(0, mention.start - 50) : mention.start]):
        return 2, mention.start  # "survivors interviewed in Adre": where they told it
    said_where = (
        mention.cue in _PLACE_CUES
        or mention.cue in NEAR_WORDS
        or _LOCATIVE.search(text[max(0, mention.start - 16) : mention.start]) is not None
    )
    return (0 if said_where else 1), mention.start


_SPOKEN_IN = re.compile(
    r"\b(?:interviewed|speaking|spoke|quoted|reached by (?:tele)?phone|told (?:\w+ ){0,3}?"
    r"|said|says|briefing|(?:a |the )?news conference)\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?$",
    re.I,
)


def _elsewhere(text: str, mention: PlaceMention, same: list[PlaceMention]) -> bool:
    """A building's town ("a Mombasa hospital"), unless the next name only encloses it.

    "at Malindi prison (Kilifi)" names the prison's town and then its county.
    """
    if mention.cue not in BUILDING_WORDS:
        return False
    return not any(_ENCLOSES_NEXT.match(text[mention.end : other.start]) for other in same)


def _without_containers(mentions: list[PlaceMention]) -> list[PlaceMention]:
    kept = [m for m in mentions if not any(_encloses(m.place, other.place) for other in mentions)]
    return kept or mentions


def _encloses(outer: Place, inner: Place) -> bool:
    if outer.iso2 != inner.iso2 or inner.level <= outer.level or outer.level > 2:
        return False
    if outer.level == 0:
        return True
    if outer.level == 1:
        return exact_key(inner.admin1 or "") == exact_key(outer.admin1 or outer.name)
    return exact_key(inner.admin2 or "") == exact_key(outer.admin2 or outer.name)


def _listed_with(text: str, first: PlaceMention, places: list[PlaceMention]) -> list[PlaceMention]:
    chain: list[PlaceMention] = []
    last = first
    for mention in sorted(places, key=lambda m: m.start):
        if mention.start <= first.start:
            continue
        if (
            _LISTED.match(text[last.end : mention.start])
            and mention.place.level == first.place.level
        ):
            chain.append(mention)
            last = mention
    return chain


def _distinct(mentions: list[PlaceMention]) -> list[PlaceMention]:
    seen: set[Place] = set()
    unique: list[PlaceMention] = []
    for mention in mentions:
        if mention.place not in seen:
            seen.add(mention.place)
            unique.append(mention)
    return unique


def _location(text: str, mention: PlaceMention, others: list[PlaceMention], note: str) -> Location:
    precision, why = _precision(text, mention, others)
    parts = [mention.reason, why] + ([note] if note else [])
    return Location(mention.place, precision, "; ".join(parts), mention.text)


def _precision(text: str, mention: PlaceMention, others: list[PlaceMention]) -> tuple[int, str]:
    level = mention.place.level
    unknown = _unknown_before(text, mention, others)
    if level <= 1:
        kind = "country" if level == 0 else "province"
        return 3, f"only the {kind} is named (precision 3)"
    if unknown:
        return (
            2,
            f"'{unknown}' is not in the gazetteer, so the smallest enclosing place named (precision 2)",
        )
    if level == 2:
        return 2, "a district is named (precision 2)"
    if mention.cue in _DIVISION_CUES:
        return 2, f"the {mention.cue} named after it, not the town itself (precision 2)"
    if mention.cue in NEAR_WORDS or mention.cue.startswith(("north", "south", "east", "west")):
        return 2, f"'{mention.cue}' puts the event near it (precision 2)"
    return 1, "the place itself (precision 1)"


def _unknown_before(text: str, mention: PlaceMention, others: list[PlaceMention]) -> str:
    # "Bar-Sanguun village (Kismaayo, Lower Juba)", "in Sabareh, Marsabit
    # County": a name we cannot place, followed by the places that enclose it.
    window = max(0, mention.start - 80)
    found = _NAME_THEN_ENCLOSING.search(text[window : mention.start])
    if found is None:
        return ""
    group = "name" if found.group("name") else "part"
    name_start = window + found.start(group)
    if any(other.start <= name_start < other.end for other in others):
        return ""
    lex = lexicon()
    name = found.group(group)
    parts = name.split(" ")
    while parts and (parts[0].lower() in lex.never or parts[0].lower() in lex.common):
        parts = parts[1:]  # "On Monday, Kabul police said": no name there
    return name[-len(" ".join(parts)) :] if parts else ""


# A place people were moved, sent or fled to: "left for Idlib", "were bused to Jarabulus".
_DESTINATION = re.compile(
    r"\b(?:leave|left|leaving|evacuat\w+|bus(?:es|ed|sed)?|transferr?\w*|deport\w*|relocat\w*"
    r"|head(?:ed|ing)?|fled|flee(?:ing)?|sent|moved|travel\w*|displaced|taken|driven|expelled)\b"
    r"[^.;]{0,60}?\b(?:for|to|towards|toward)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)


# A country a crowd speaks against or for: "chanting against America", "rallied in
# solidarity with Sudan". What the crowd is about, not where it is.
_CROWD_ABOUT = re.compile(
    r"\b(?:chant\w*|shout\w*|slogans?|protest\w*|rall(?:y|ied|ies|ying)|march\w*"
    r"|demonstrat\w*|gather\w*|anger|outrage|fury|solidarity|support)\b[^.;]{0,60}?"
    r"\b(?:against|with|for|at)\s+(?:the\s+)?$",
    re.I,
)


def _destination(text: str, mention: PlaceMention) -> bool:
    return _DESTINATION.search(text[max(0, mention.start - 90) : mention.start]) is not None


def _crowd_about(text: str, mention: PlaceMention) -> bool:
    before = text[max(0, mention.start - 90) : mention.start]
    return mention.place.level == 0 and _CROWD_ABOUT.search(before) is not None


def _paragraph_before(
    article: Article, mentions: list[PlaceMention], start: int
) -> list[PlaceMention]:
    """The places of the paragraph before, of its last sentence that names one."""
    current = article.sentence_at(start)
    if current is None:
        return []
    before = [s for s in article.sentences[: current.index] if s.paragraph == current.paragraph - 1]
    for sentence in reversed(before):
        found = [
            m
            for m in mentions
            if sentence.start <= m.start
            and m.end <= sentence.end
            and not _destination(article.text, m)
        ]
        if found:
            return found
    return []


def _earlier_in_paragraph(
    article: Article, mentions: list[PlaceMention], start: int
) -> list[PlaceMention]:
    current = article.sentence_at(start)
    if current is None:
        return []
    for sentence in reversed(article.sentences[: current.index]):
        if sentence.paragraph != current.paragraph or sentence.end > start:
            continue
        found = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
        if found:
            return found
    return []


def _main_region(mentions: list[PlaceMention]) -> Location | None:
    divisions: Counter[Place] = Counter()
    countries: Counter[Place] = Counter()
    for mention in mentions:
        chain = (*mention.within, mention.place)
        countries.update(place for place in chain if place.level == 0)
        divisions.update(place for place in chain if place.level == 1)
    top = divisions.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return _region(top[0][0], "province")
    first = countries.most_common(2)
    if first and (len(first) == 1 or first[0][1] > first[1][1]):
        return _region(first[0][0], "country")
    return None


def _region(place: Place, kind: str) -> Location:
    reason = (
        f"no place named in this sentence or the ones before it; the {kind} the article is"
        f" about is {place.name} (precision 3)"
    )
    return Location(place, 3, reason, "")
