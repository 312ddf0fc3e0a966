"""Reported deaths, coded as ACLED codes them.

ACLED records the most conservative figure a report supports, counts the
dead of all sides, and turns vague words into fixed numbers (our reading of
its codebook: "several", "many" or "a number of" 10, "dozens" 12,
"hundreds" 100). We also keep UCDP-style low, best and high figures.
A figure is only read from a sentence that talks about death, so "dozens
of special forces personnel" is never a death toll.
"""

from __future__ import annotations

import re

from eventatlas.extract.candidates import Fatalities

WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a pair of": 2,
    "both": 2,
}
VAGUE_NUMBERS = {
    "several": 10,
    "many": 10,
    "a number of": 10,
    "scores of": 12,
    "dozens of": 12,
    "dozens": 12,
    "hundreds of": 100,
    "hundreds": 100,
    "a few": 3,
    "few": 3,
    "multiple": 10,
    "numerous": 10,
}
_NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|(?:"
    + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
    + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|"
    + "|".join(sorted((re.escape(w) for w in VAGUE_NUMBERS), key=len, reverse=True))
    + r")"
)
_QUALIFIER = r"(?P<qual>at least|more than|over|up to|nearly|almost|about|around|some|as many as|at most)?\s*"
_NOUN = r"(?:\s+(?:[\w'-]+\s+){0,3}?(?:people|persons|civilians|soldiers|troops|militants|fighters|members|policemen|police officers|officers|villagers|residents|children|women|men|protesters|demonstrators|worshippers|passengers|insurgents|rebels|gunmen|jihadists|attackers|personnel|others|of them|students|farmers|wom[ae]n|m[ae]n|child(?:ren)?|individuals|bodies|guards|workers|pupils|assailants|recruits|commanders?|officials?|policem[ae]n|soldiers?|civilians?|persons?|militants?|fighters?|members?|officers?))?"
_DEATH = r"(?:killed|dead|died|killing|deaths?|lives|slain|massacred|executed|beheaded|shot dead|gunned down|lynched|beaten to death|hacked to death|burned to death|burnt to death|stoned to death|lost (?:their|his|her) lives|bodies|fatalit(?:y|ies)|perished|murdered)\b"
_PATTERNS = [
    re.compile(
        rf"\b{_QUALIFIER}{_NUMBER}{_NOUN}\s+(?:\w+\s+){{0,3}}?(?:were|was|have been|had been|are|is|being)?\s*(?:reportedly\s+|also\s+)?{_DEATH}",
        re.I,
    ),
    re.compile(
        rf"\b(?:killing|killed|kills|kill|shot dead|gunned down|shooting dead|executed|beheaded|lynch(?:ed|es|ing)?|beat to death|beats to death|beating to death|hacked to death|murdered|murders|claimed the lives of|left|leaving|death toll (?:\w+ ){{0,3}}?(?:to|at|of|stood at|rose to|reached)|toll (?:\w+ ){{0,2}}?(?:to|at|of)|bodies of)\s+{_QUALIFIER}{_NUMBER}{_NOUN}",
        re.I,
    ),
    re.compile(rf"\b{_QUALIFIER}{_NUMBER}\s+(?:fatalit(?:y|ies)|deaths|dead|killed)\b", re.I),
]
_NO_DEATHS = re.compile(
    r"\bno (?:one|casualties|deaths|fatalities|injuries)\b|\bwithout casualties\b|\bnobody (?:was )?(?:killed|hurt)\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|no|without|denied)\b[^.]{0,20}$", re.I)
_INJURY_ONLY = re.compile(r"^\W*(?:and\s+)?(?:wounded|injured|hurt)\b", re.I)


def number_value(word: str) -> int | None:
    """The number a figure stands for: digits, number words or ACLED's vague words."""
    word = word.lower().strip()
    if word.replace(",", "").isdigit():
        return int(word.replace(",", ""))
    if word in WORD_NUMBERS:
        return WORD_NUMBERS[word]
    if word in VAGUE_NUMBERS:
        return VAGUE_NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in WORD_NUMBERS and parts[1] in WORD_NUMBERS:
        return WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]]
    return None


_ITEM = (
    r"(?:(?:his|her|their|its)\s+)?"
    + _NUMBER.replace("?P<num>", "?:")
    + r"(?:\s+[A-Za-z'’-]+){1,3}?"
)
_LIST_BEFORE = re.compile(
    rf"\b(?P<list>{_ITEM}(?:,\s*{_ITEM}){{0,3}},?\s+and\s+{_ITEM})\s+(?:\w+\s+){{0,2}}?"
    r"(?:(?:were|was|have been|had been|are|is)\s+)?(?:reportedly\s+|also\s+)?(?:killed|dead|assassinated|murdered|"
    r"lynched|shot dead|executed|beheaded)\b",
    re.I,
)
_LIST_AFTER = re.compile(
    rf"\b(?:killing|killed|kills|kill|shot dead|massacred|murdered)\s+(?P<list>{_ITEM}(?:,\s*{_ITEM}){{0,3}},?\s+and\s+{_ITEM})",
    re.I,
)
_ITEM_NUMBER = re.compile(_NUMBER, re.I)
_TOLL = re.compile(
    rf"\btoll\b[^.;]{{0,120}}?\b(?:risen|rose|climbed|reached|stands|stood|increased)\s+(?:to|at)\s+{_QUALIFIER}{_NUMBER}",
    re.I,
)


def list_figures(text: str) -> list[tuple[int, str, int, int]]:
    """Coordinated tolls summed: "three civilians and five police were killed" is eight."""
    found = []
    for pattern in (_LIST_BEFORE, _LIST_AFTER):
        for match in pattern.finditer(text):
            parts = re.split(r",\s*and\s+|,\s*|\s+and\s+", match.group("list"))
            values = [_leading_number(part) for part in parts]
            if len(values) > 1 and all(v is not None for v in values):
                total = sum(v for v in values if v is not None)
                found.append((total, match.group().strip(), match.start(), match.end()))
    return found


def _leading_number(part: str) -> int | None:
    words = re.sub(r"^(?:his|her|their|its)\s+", "", part.strip(), flags=re.I)
    match = _ITEM_NUMBER.match(words)
    return number_value(match.group("num")) if match else None


_RELATIVE = re.compile(r"\b(?:who|which|that|whose|for|of the)\b", re.I)


def _loose(match: re.Match[str]) -> bool:
    """A figure that does not count the dead: perpetrators ("two men who shot dead") or "a" far from its noun."""
    phrase = match.group()
    number_end = match.end("num") - match.start()
    gap = phrase[number_end:]
    if match.re is _PATTERNS[0] and _RELATIVE.search(gap):
        return True
    return match.group("num").lower() in ("a", "an") and len(gap.split()) > 4


def figures_in(text: str) -> list[tuple[int, str]]:
    """Every death figure in ``text``: (number, the phrase it came from)."""
    found: list[tuple[int, str, int]] = []
    spans: list[tuple[int, int]] = []
    for total, phrase, start, end in list_figures(text):
        if not any(s <= start < e for s, e in spans):
            found.append((total, phrase, start))
            spans.append((start, end))
    for match in _TOLL.finditer(text):
        value = number_value(match.group("num"))
        if value is not None:
            found.append((value, match.group().strip(), match.start()))
            spans.append((match.start(), match.end()))
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            value = number_value(match.group("num"))
            if value is None or _NEGATED.search(text[: match.start()]):
                continue
            if any(abs(start - match.start()) < 25 for _, _, start in found):
                continue
            if any(s <= match.start() < e or s < match.end() <= e for s, e in spans):
                continue
            if (value >= 1900 and value <= 2100) or _loose(match):
                continue
            found.append((value, match.group().strip(), match.start()))
    return [(value, phrase) for value, phrase, _ in sorted(found, key=lambda f: f[2])]


def fatalities_in(text: str) -> Fatalities | None:
    """The deaths ``text`` reports, or None when it gives no figure."""
    figures = figures_in(text)
    if not figures:
        return (
            Fatalities(0, 0, 0, 0, "text says no one was killed")
            if _NO_DEATHS.search(text)
            else None
        )
    values = [value for value, _ in figures]
    rising = [
        v
        for (v, phrase) in figures
        if re.search(r"rose|climbed|risen|increased|reached", phrase, re.I)
    ]
    count = max(rising) if rising else min(values)
    best = rising[-1] if rising else values[0]
    phrases = "; ".join(f"'{phrase}'" for _, phrase in figures)
    return Fatalities(count, min(values), best, max(values), f"from {phrases}")
