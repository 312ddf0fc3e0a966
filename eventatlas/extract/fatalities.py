"""Reported deaths, coded as ACLED codes them.

ACLED records the most conservative figure a report supports, counts the
dead of all sides, and turns vague words into fixed numbers (our reading of
its codebook: "several", "many" or "a number of" 10, "dozens" 12,
"hundreds" 100). We also keep UCDP-style low, best and high figures.
A figure is only read where the text says someone died: a number (or "a",
"the", a name) that is the subject of a death predicate ("two men were shot
dead", "a pastor is hacked to death") or the object of a killing verb
("killing three soldiers", "shot dead a suspect"), so "dozens of special
forces personnel" is never a death toll.

Figures about one referent ("the victim died", "he was shot") are weak: they
only count when the text gives no stronger figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventatlas.article import Article, Sentence
from eventatlas.extract.candidates import Candidate, Fatalities

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


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# Dates are never counts: "On 9 August", "May 3".
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
# A count, never an age ("a 12-year-old"), a time, a date or a measure.
_NUM = (
    r"(?<![\w'’/-])(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[-–]\d{1,3}(?![-/\d]))?(?![-/:.,]\d)"
    rf"|(?:{_alternatives([w for w in WORD_NUMBERS if w not in ('a', 'an')])})(?:[- ](?:{_UNITS})\b)?"
    rf"|{_alternatives(list(VAGUE_NUMBERS))})"
    r"(?![\w'’])(?![- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]old)"
    r"(?!\s*(?:%|per ?cent|km|kilomet|miles?\b|met(?:er|re)s?\b|[ap]\.?m\b|hours?\b|o'clock|times\b))"
    r"(?!(?:st|nd|rd|th)?,?\s+(?:of\s+)?" + _MONTHS + r")"
)
_QUAL = (
    r"(?:(?:at least|more than|over|up to|nearly|almost|about|around|some|as many as|at most"
    r"|an estimated|approximately|roughly|a total of|a group of|a family of|another|the|his|her"
    r"|their|its)\s+)*"
)
_COUNT = re.compile(rf"(?P<qual>{_QUAL}){_NUM}", re.I)
_DEATH_VERB = (
    r"(?:killed|kiled|killled|slain|massacred|executed|beheaded|lynched|murdered|assassinated"
    r"|shot dead|gunned down|hacked dead|(?:shot|stabbed|hacked|beaten|beat|burnt|burned|stoned"
    r"|clubbed|strangled|hanged|tortured|trampled|bludgeoned|macheted|chopped|crushed|drowned"
    r"|cut|knifed|battered|mauled)\s+to\s+death|fatally\s+\w+|(?:feared|found|confirmed"
    r"|pronounced|reported|left|lying|presumed)\s+dead|dead|died|dies|die|perished|succumbed"
    r"|lost (?:their|his|her) lives|among (?:the|those) (?:dead|killed)|fatalit(?:y|ies)|deaths)"
)
_PRED = (
    r"(?P<aux>(?:were|was|are|is|have been|has been|had been|being|got|gets|get)\s+)?"
    r"(?P<adv>(?:[a-z]+ly|also|then|later|all|both|each|reportedly|instantly|immediately"
    r"|yesterday|today|(?:on|last|early|late) \w+(?: night| morning| evening)?)\s+){0,2}"
    r"[\"'“]?(?:(?:[a-z]+|set ablaze|set on fire)\s+and\s+)?"
    rf"(?P<pred>{_DEATH_VERB})(?![\w-])"
)
# What may stand between a figure and its predicate: a noun phrase, an
# apposition, a relative clause (checked in code), never a clause boundary.
_SUBJECT = re.compile(
    r"(?P<np>(?:[ ,()\"“”]+[\w'’/&-]+){0,12}?)[ ,\"“”)]+" + _PRED,
    re.I,
)
_NOUN_PRED = re.compile(
    r"(?P<np>(?:\s+[\w'’-]+){0,2}?)\s+(?P<pred>deaths?|fatalit(?:y|ies)|dead|lives (?:were |have been )?lost"
    r"|bodies|corpses)\b",
    re.I,
)
_ACTIVE = re.compile(
    r"\b(?:[a-z]+\s+and\s+)?(?P<verb>killing|killed|kills|kill|kiled|shot dead|shoots? dead|shooting dead"
    r"|gunned down|guns? down|gunning down|executed|executes|executing|beheaded|beheading|beheads"
    r"|lynched|lynching|lynch|lynches|murdered|murdering|murders|massacred|massacring|massacre"
    r"|assassinated|assassinating|killings? of|deaths? of|murders? of|massacre of|bodies of|body of"
    r"|(?:beat|beats|beating|hacked|hacking|stabbed|stabbing|burned|burnt|stoned|stoning) to death"
    r"|claimed the lives of|claiming the lives of|took the lives of|left|leaving|leaves)\s+"
    r"(?:and\s+(?:burned|burnt|mutilated|beheaded|dumped|robbed|dismembered)\s+)?",
    re.I,
)
# "shot the driver dead", "stabbed a journalist to death".
_SPLIT = re.compile(
    r"\b(?P<verb>shot|shooting|shoots|shoot|stabbed|stabbing|stabs|hacked|hacking|hacks|beat|beats"
    r"|beaten|beating|burnt|burned|burning|burns|stoned|stoning|stones|clubbed|clubs|strangled"
    r"|strangles|hanged|hangs|tortured|tortures|torturing|kicked|whipped|flogged)\s+"
    r"(?P<obj>(?:[\w'’-]+\s+){1,6}?)(?:to death|dead)\b",
    re.I,
)
_NAMED = re.compile(
    r"(?:^|[\s(\"“])(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|bin|wa|al|el|de|da)){0,4})"
    r"\s*(?:\([^()]{0,40}\))?,?\s+(?:was|is|has been|had been)\s+"
    r"(?:(?:[a-z]+ly|also|then|later|reportedly)\s+){0,2}[\"'“]?(?:[a-z]+\s+and\s+)?"
    rf"(?P<pred>{_DEATH_VERB})(?![\w-])",
)
_PRONOUN = re.compile(
    rf"\b(?:he|she)\s+(?:(?:was|has been|had been)\s+)?(?:(?:[a-z]+ly|later|then)\s+)?"
    rf"(?:[a-z]+\s+and\s+)?{_DEATH_VERB}(?![\w-])",
    re.I,
)
_HEADLINE = re.compile(
    rf"^\W*(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,6}}?)\s+(?:[a-z]+\s+and\s+)?{_DEATH_VERB}"
    r"(?:\s+(?:by|in|at|on|after|during|near|when|while|following|as|and)\b|\s*[,;]|\s*$)",
)
_DETERMINER = re.compile(
    r"(?P<det>an?|one|the|this|his|her|their|its)\s+(?P<np>(?:[\w'’-]+\s*){1,6})", re.I
)
_TOLL = re.compile(
    r"\btoll\b[^.;]{0,120}?\b(?:risen|rose|climbed|reached|stands|stood|increased|jumped)\s+(?:to|at)\s+"
    + _QUAL
    + _NUM,
    re.I,
)
_TOLL_AT = re.compile(
    r"\b(?:death toll|toll)\s+(?:\w+\s+){0,3}?(?:to|at|of|stood at)\s+" + _QUAL + _NUM, re.I
)
_CODED = re.compile(
    r"\bfatalit(?:y|ies)\b[^.;]{0,30}?\bcoded (?:as|at) (?P<num>\d+)\b|\bcoded as (?P<num2>\d+) fatalit",
    re.I,
)
_SPLIT_EVENTS = re.compile(
    r"\bsplit (?:\w+ ){0,2}?(?:between|among|across|over|into) (?P<n>\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve)\s+(?:events|locations|incidents|days)(?:\s*\((?P<share>\d+)\))?",
    re.I,
)
_ELSEWHERE = re.compile(
    r"coded sep[ae]rately|coded (?:in|as) (?:a |an )?(?:separate|other|another)", re.I
)
_NO_DEATHS = re.compile(
    r"\bno (?:one|casualties|deaths|fatalities|injuries|lives)\b|\bwithout casualties\b"
    r"|\bnobody (?:was )?(?:killed|hurt)\b|\bno(?:body| one) (?:was |were )?(?:killed|hurt|injured)",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:not|no|without|denied|escaped|survived|avoided|cheated|narrowly|nearly|almost"
    r"|attempted to|tried to|trying to|threatened to|threatening to|vowed to|plotting to|planned to"
    r"|plan to|would|will|could|might|may|to|n't)\s+(?:\w+\s+)?$",
    re.I,
)
# Killings that are not this event's: intended, denied, or a referent's past
# ("a man who had killed his wife", "suspected to have killed").
_NEGATED_VERB = re.compile(
    r"\b(?:to|would|will|could|might|may|not|n't|did|does|do|nearly|almost"
    r"|(?<!claimed )(?<!claims )(?<!said )(?<!reported )to have|(?:accused|suspected) of(?: having)?"
    r"|for|who had"
    r"|who has|who have)"
    r"(?:\s+(?:allegedly|reportedly|previously|earlier|recently))?\s+$",
    re.I,
)
# A death named as the cause of what the report is about ("protested over the
# killing of a trader", "rioted after police shot a man dead").
_CAUSE = re.compile(
    r"(?:\b(?:protest|demonstrat|riot|march|rall|block|barricad|sit-in|vigil|gather|storm|torch"
    r"|strike)\w*\b[^,;()]{0,80}\b(?:after|following|over)"
    r"|\b(?:in response to|in protest|protest(?:ing|ed|s)? (?:against|over|at)"
    r"|demand(?:ing|ed|s)? (?:justice|answers|action|an inquiry|investigations?) (?:for|over|into)"
    r"|because of|angered by|outraged by|condemn(?:ing|ed|s)?|mourn(?:ing|ed|s)?"
    r"|over the (?:killing|death|murder|shooting|lynching|beheading|assassination)s?))"
    r"\b[^,;()]{0,60}$",
    re.I,
)
_INJURED_TOO = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:\w+ly\s+)?(?:injur|wound|hurt|maim)", re.I)
_BLOCKERS = re.compile(
    r"\b(?:injured|injuring|wounded|wounding|hurt|arrested|abducted|kidnapped|missing|rescued"
    r"|escaped|survived|displaced|detained|hospitali[sz]ed|treated|and|or|but|when|after|while"
    r"|before|because|if|than|whose|not|no|without|killed|dead|died)\b|[;:]",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:who|which|that|whom)\b", re.I)
_PART = re.compile(
    r"(?:including|includes|among them|among whom|among which|among the dead|of whom|among those)"
    r"\s+(?:\w+\s+){0,2}$|^\s*of (?:them|these|those|the dead|the victims|whom)\b",
    re.I,
)
_MORE = re.compile(r"\b(?:also|another|other|others|more|further|additional|second|third)\b", re.I)
_RISING = re.compile(r"\b(?:rose|climbed|risen|increased|reached|jumped)\b", re.I)
_HISTORY = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:in|since|on) (?:\w+ )?(?:\d{1,2} )?(?:19|20)\d\d\b"
    r"|^[^.;,]{0,30}\b(?:last year|years? ago)\b",
    re.I,
)
_HISTORY_BEFORE = re.compile(
    r"(?:\b(?:days?|weeks?|months?|years?) (?:after|before|since)"
    r"|\b(?:the \w+ (?:that|which)|previous|earlier|last year's))\s+[^.;,]{0,60}$",
    re.I,
)
_PLURAL_HEAD = re.compile(
    r"(?:[^s']s|police|people|youths?|military|army|crowd|mob|gang|group|family|forces|troops"
    r"|personnel|staff|militia|clan|community|children|men|women|folk|number|total|couple|pair"
    r"|dozens?|hundreds?|scores?|residents|unknown|unspecified)$",
    re.I,
)
_NOT_A_PERSON = re.compile(
    r"^(?:time|times|day|days|night|week|weeks|year|years|month|months|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|morning|evening|afternoon|hours?|minutes?|area|village|town"
    r"|city|house|home|vehicle|car|bus|way|place|scene|spot|process|attack|operation|incident"
    r"|raid|clash|fighting|violence|cattle|goats?|camels?|cows?|animals?|livestock|bullets?|rounds?"
    r"|houses|homes|vehicles|buildings|shops|km|kilometres|miles|percent|cent)$",
    re.I,
)
_STOP_NP = re.compile(
    r"\s+(?:of|from|in|at|on|for|with|by|near|who|that|which|whom|after|during|when|while|as"
    r"|and|or|to|inside|outside|along|into|before|since|following)\b.*$|[,(\"“].*$",
    re.I | re.S,
)
_CLASSES = (
    (
        "security",
        r"soldiers?|troops?|police\w*|officers?|personnel|commandos?|guards?|army|servicem[ae]n"
        r"|reservists?|rangers?|marines?|gendarmes?|arbakis?|security|military|recruits?|cadets?"
        r"|bodyguards?|constables?",
    ),
    (
        "armed",
        r"militants?|fighters?|insurgents?|rebels?|gunm[ae]n|attackers?|assailants?|jihadists?"
        r"|bandits?|raiders?|terrorists?|taliban|shabaab|militia\w*|robbers?|thugs?|criminals?"
        r"|gangsters?|poachers?|kidnappers?|extremists?|combatants?|mercenaries|suspects?",
    ),
    ("crowd", r"rioters?|protesters?|demonstrators?|looters?"),
    (
        "civilian",
        r"civilians?|villagers?|residents?|child|children|wom[ae]n|m[ae]n|boys?|girls?|herders?"
        r"|herdsm[ae]n|farmers?|students?|pupils?|worshippers?|passengers?|traders?|teachers?"
        r"|drivers?|journalists?|pastors?|preachers?|elders?|chiefs?|relatives|infants?|babies|youths?",
    ),
)
_CLASS_RES = tuple((name, re.compile(rf"\b(?:{words})\b", re.I)) for name, words in _CLASSES)
# A cheap test that lets the readers skip clauses that cannot hold a death figure.
_DEATH_WORD = re.compile(
    r"kil|dead|death|die|slain|massacr|execut|behead|lynch|murder|assassin|perish|succumb|lives"
    r"|fatal|bod(?:y|ies)|gunned|guns? down|to death|toll",
    re.I,
)
_CLAUSE = re.compile(r"[^.!?;\n]+(?:[.!?;\n]+|$)")
_MAX_CLAUSE = 600


@dataclass(frozen=True, slots=True)
class _Figure:
    value: int
    phrase: str
    start: int
    end: int
    weak: bool = False
    kind: str = ""
    group: str = ""


def number_value(word: str) -> int | None:
    """The number a figure stands for: digits, number words or ACLED's vague words."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d+[-–]\d+", word):
        word = re.split(r"[-–]", word)[0]
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


def _group(words: str) -> str:
    """The side a victim noun belongs to ('' when the noun does not say)."""
    found = [name for name, pattern in _CLASS_RES if pattern.search(words)]
    return found[0] if found else ""


def _head(np: str) -> str:
    """The head word of a noun phrase: the last word before a preposition or clause."""
    words = _STOP_NP.sub("", np.strip()).split()
    return words[-1] if words else ""


def _singular(np: str) -> bool:
    head = _head(np)
    return bool(head) and not _PLURAL_HEAD.search(head) and not _NOT_A_PERSON.match(head)


def _clauses(text: str) -> list[tuple[int, str]]:
    """Sentences and semicolon clauses, cut to a bounded length so no pattern runs long.

    Ages are masked ("a 7-year-old boy" reads "a x-year-old boy") so they are never counts.
    """
    masked = _AGE.sub(lambda m: "x" * len(m.group()), text)
    found = []
    for match in _CLAUSE.finditer(masked):
        for start in range(match.start(), match.end(), _MAX_CLAUSE):
            found.append((start, masked[start : min(match.end(), start + _MAX_CLAUSE)]))
    return found


_AGE = re.compile(
    r"(?<![\w-])(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?=[- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]old\b)",
    re.I,
)


def _subject_figures(clause: str, offset: int) -> list[_Figure]:
    """Counts that are the subject of a death predicate: "two men were shot dead"."""
    found = []
    for match in _COUNT.finditer(clause):
        value = number_value(match.group("num"))
        before = clause[: match.start()]
        if value is None or _NEGATED.search(before[-40:]):
            continue
        tail = _NOUN_PRED.match(clause, match.end()) or _SUBJECT.match(clause, match.end())
        if tail is None or not _plain_subject(tail, clause, counted=True):
            continue
        if _year(match) or tail.group("np").startswith(","):
            continue
        found.append(_counted(value, match, tail.group("np"), before, clause, tail.end(), offset))
    return found


_INCLUDING = re.compile(r"\([^()]*\)|\bincluding\b.*$", re.I)
_ASIDE = re.compile(
    r",\s*(?:including|among them|among whom|among which|mostly|mainly|many of them"
    r"|most of them|all of them)\b[^,]{0,60},",
    re.I,
)


def _year(match: re.Match[str]) -> bool:
    num = match.group("num")
    return num.isdigit() and len(num) == 4 and 1900 <= int(num) <= 2100


_ANIMALS = re.compile(
    r"^(?:sheep|goats?|cattle|cows?|camels?|herd|animals|livestock|dogs?|donkeys?|chickens|pigs)$",
    re.I,
)


def _plain_subject(tail: re.Match[str], clause: str, counted: bool = False) -> bool:
    """A subject phrase that is one noun phrase and names people who died."""
    np = _INCLUDING.sub("", _ASIDE.sub(",", tail.group("np")))
    if (
        _ANIMALS.match(_head(np) or "-")
        or _ANIMALS.match((np.split() or ["-"])[-1])
        or (re.search(r"\bof the herd\b", np, re.I))
    ):
        return False
    if (
        _BLOCKERS.search(np)
        or re.search(_NUM, np, re.I)
        or _INJURED_TOO.match(clause[tail.end() :])
    ):
        return False
    aux = tail.groupdict().get("aux")
    ahead = _OBJECT_AHEAD if counted else _NOT_PASSIVE
    if not aux and _ACTIVE_READING.match(tail.group("pred")) and ahead.match(clause[tail.end() :]):
        return False
    return not (_RELATIVE.search(np) and not aux)


# Without "was"/"were", "a truck killed ..." is active: the subject is the killer
# unless what follows is a by-phrase, a place, a time or the end of the clause.
_ACTIVE_READING = re.compile(
    r"killed|kiled|killled|slain|massacred|executed|beheaded|lynched|murdered|assassinated"
    r"|shot dead|gunned down",
    re.I,
)
_OBJECT_AHEAD = re.compile(
    r"\s+(?:an?|the|his|her|their|its|\d+|" + _UNITS + r"|ten|twelve|twenty|several|dozens)\b",
    re.I,
)
_NOT_PASSIVE = re.compile(
    r"(?!\s*(?:$|[,.;:()\"”'/-]|(?:by|in|at|on|near|during|after|when|while|as|and|or|following"
    r"|overnight|yesterday|today|last|early|late|outside|inside|along|across|between|since|before"
    r"|from|with|over|under|around|this|every|each|for|because|amid|within|total|were|was)\b))",
    re.I,
)


def _counted(
    value: int, match: re.Match[str], np: str, before: str, clause: str, end: int, offset: int
) -> _Figure:
    qual = match.group("qual").lower().split()
    kind = ""
    if _PART.search(before[-30:]) or _PART.search(np):
        kind = "part"
    elif _MORE.search(" ".join(qual) + " " + np) or re.search(r"\balso\s+$", before):
        kind = "more"
    phrase = clause[match.start() : end].strip()
    return _Figure(
        value, phrase, offset + match.start(), offset + end, "the" in qual, kind, _group(np)
    )


def _determiner_figures(clause: str, offset: int) -> list[_Figure]:
    """One victim named by a determiner: "a pastor is hacked to death", "the guard died"."""
    found = []
    for match in re.finditer(r"\b(?P<det>an?|the|this|his|her)\s+", clause, re.I):
        tail = _SUBJECT.match(clause, match.end() - 1)
        if tail is None or not tail.group("np").strip() or not _plain_subject(tail, clause):
            continue
        aux = (tail.group("aux") or "").strip().lower()
        det = match.group("det").lower()
        if aux in ("were", "are", "have been", "get"):
            continue
        if not _singular(tail.group("np")) and not (det in ("a", "an") and aux):
            continue
        if _NEGATED.search(clause[: match.start()][-40:]):
            continue
        weak = det not in ("a", "an")
        end = tail.end()
        phrase = clause[match.start() : end].strip()
        found.append(_Figure(1, phrase, offset + match.start(), offset + end, weak, "", ""))
    return found


def _object_figures(clause: str, offset: int) -> list[_Figure]:
    """Victims that are the object of a killing verb: "killing three soldiers"."""
    found = []
    for match in _ACTIVE.finditer(clause):
        if _NEGATED_VERB.search(clause[: match.start()]):
            continue
        verb = match.group("verb").lower()
        figure = _object(clause, match.start(), match.end(), verb, offset)
        if figure is not None:
            found.append(figure)
    for match in _SPLIT.finditer(clause):
        if _NEGATED_VERB.search(clause[: match.start()]):
            continue
        figure = _object(clause, match.start(), match.start("obj"), "shot", offset)
        if figure is not None:
            found.append(
                _Figure(
                    figure.value,
                    match.group(),
                    figure.start,
                    offset + match.end(),
                    figure.weak,
                    figure.kind,
                    figure.group,
                )
            )
    return found


_OBJECT_NP = re.compile(r"(?:[\w'’-]+\s*){1,6}")
_LEFT_DEAD = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:dead|killed)\b", re.I)
_BARE_STOP = re.compile(
    r"^(?:in|on|at|by|and|or|of|during|after|before|when|while|as|with|without|from|to|for|him|her"
    r"|them|it|himself|herself|themselves|themself|unknown|unspecified|undisclosed|scores|no|nobody"
    r"|none|behind|over|under|into|near|outside|inside|their|his|its|our|your|my|[A-Z]\w*)\b"
)


def _object(clause: str, start: int, at: int, verb: str, offset: int) -> _Figure | None:
    rest = clause[at:]
    if _INJURED_TOO.match(" " + rest) or re.match(
        r"(?:an? )?(?:unknown|unspecified|undisclosed)", rest, re.I
    ):
        return None
    if verb == "body of":
        return _Figure(1, clause[start:at].strip(), offset + start, offset + at)
    count = _COUNT.match(clause, at)
    if count is not None:
        return _object_count(clause, start, count, verb, offset)
    pronoun = re.match(r"(?:him|her)\b", rest, re.I)
    if pronoun is not None:
        return _Figure(
            1, clause[start : at + pronoun.end()], offset + start, offset + at + pronoun.end(), True
        )
    if verb in ("left", "leaving", "leaves", "bodies of") or verb.endswith(" of"):
        return None
    det = _DETERMINER.match(rest)
    if det is not None:
        np = _STOP_NP.sub("", det.group("np"))
        if not _singular(np) or re.search(_NUM, np, re.I):
            return None
        weak = det.group("det").lower() not in ("a", "an", "one")
        end = at + det.end()
        return _Figure(1, clause[start:end].strip(), offset + start, offset + end, weak)
    name = _NAME_OBJECT.match(rest)
    if name is not None and not _group(name.group()):
        end = at + name.end()
        return _Figure(1, clause[start:end].strip(), offset + start, offset + end, True)
    bare = _OBJECT_NP.match(rest)
    if bare is None or not _singular(bare.group()) or _NOT_A_PERSON.match(bare.group().split()[0]):
        return None
    if _BARE_STOP.match(rest) and not _titled_person(bare.group()):
        return None
    end = at + bare.end()
    return _Figure(1, clause[start:end].strip(), offset + start, offset + end, True)


def _titled_person(np: str) -> bool:
    """ "Mungiki sect spokesman", "Red Cross driver": a named body's one person, no proper name."""
    head = _head(np)
    person = head in _TITLES or any(
        name != "armed" and pattern.fullmatch(head) for name, pattern in _CLASS_RES
    )
    return bool(head) and head.islower() and np[:1].isupper() and person


_TITLES = frozenset(
    {"spokesman", "spokeswoman", "leader", "commander", "chairman", "official", "activist"}
)
_NAME_OBJECT = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}\b(?!\s+[a-z]+s\b)")
_FOLLOWING = re.compile(
    r"(?:\s+(?!(?:in|on|at|near|and|or|during|when|after|before|while|as|from|since|with|by"
    r"|last|this|including)\b)[\w'’-]+){0,4}",
    re.I,
)


def _object_count(
    clause: str, start: int, count: re.Match[str], verb: str, offset: int
) -> _Figure | None:
    value = number_value(count.group("num"))
    after = clause[count.end() :]
    if value is None or re.match(r"\s*(?:were |are )?(?:injur|wound|hurt)", after, re.I):
        return None
    if verb in ("left", "leaving", "leaves") and not _LEFT_DEAD.match(after.lstrip()):
        return None
    if _ANIMALS.match(_head(after) or "-"):
        return None
    words = _FOLLOWING.match(after)
    end = count.end() + (words.end() if words else 0)
    np = words.group() if words else ""
    figure = _counted(value, count, np, clause[:start], clause, end, offset)
    kind = "part" if re.match(r"\s*of (?:them|these|those)\b", after, re.I) else figure.kind
    return _Figure(
        value,
        clause[start:end].strip(),
        offset + start,
        offset + end,
        figure.weak,
        kind,
        figure.group,
    )


def _one_referent_figures(clause: str, offset: int) -> list[_Figure]:
    """Weak figures of one victim: a name, a pronoun or a headline's bare noun."""
    found = []
    for pattern in (_NAMED, _PRONOUN):
        for match in pattern.finditer(clause):
            if not _NEGATED.search(clause[: match.start()][-40:]):
                found.append(
                    _Figure(
                        1, match.group().strip(), offset + match.start(), offset + match.end(), True
                    )
                )
    headline = _HEADLINE.match(clause)
    if headline is not None and _bare_victim(headline.group("np")):
        found.append(_Figure(1, headline.group().strip(), offset, offset + headline.end(), True))
    return found


def _bare_victim(np: str) -> bool:
    """A headline's subject without a determiner that names one person: "Teenage boy"."""
    first = np.split()[0].lower()
    if first in WORD_NUMBERS or first in _DETERMINERS or _BLOCKERS.search(np):
        return False
    return _singular(np) and not re.search(_NUM, np, re.I)


_DETERMINERS = {"the", "this", "his", "her", "their", "its", "he", "she", "they"}
_ITEM = (
    r"(?:(?:his|her|their|its)\s+(?:" + _NUM.replace("?P<num>", "?:") + r"\s+)?"
    r"|" + _QUAL + r"(?:" + _NUM.replace("?P<num>", "?:") + r"|an?)\s+)"
    r"(?:(?!and\b|or\b|\d)[\w'’-]+\s+){0,4}?"
)
_LIST_ITEMS = rf"(?P<list>{_ITEM}(?:,\s*{_ITEM}){{0,3}},?\s*and\s+{_ITEM})"
_LIST_BEFORE = re.compile(rf"\b{_LIST_ITEMS}" + _PRED.replace("?P<", "?P<l_"), re.I)
_LIST_AFTER = re.compile(
    r"\b(?:killing|killed|kills|kill|shot dead|massacred|murdered|(?:hacked|stabbed|beaten|beat"
    r"|burnt|burned|stoned) to death)\s+" + _LIST_ITEMS,
    re.I,
)
_ITEM_SPLIT = re.compile(r",\s*and\s+|,\s*|\s+and\s+", re.I)
_ITEM_NUMBER = re.compile(r"(?:(?P<poss>his|her|their|its|an?)\s+)?" + _QUAL + _NUM, re.I)


def list_figures(text: str) -> list[tuple[int, str, int, int]]:
    """Coordinated tolls summed: "three civilians and five police were killed" is eight."""
    found = []
    for start, clause in _clauses(text):
        if _DEATH_WORD.search(clause):
            found += [(f.value, f.phrase, f.start, f.end) for f in _list_figures(clause, start)]
    return found


def _list_figures(clause: str, offset: int) -> list[_Figure]:
    found = []
    for pattern in (_LIST_BEFORE, _LIST_AFTER):
        for match in pattern.finditer(clause.rstrip(".!?;\n ") + " "):
            total = _list_total(match.group("list"), clause[match.end() :])
            if total is not None:
                end = min(match.end(), len(clause))
                phrase = clause[match.start() : end].strip()
                parts = _ITEM_SPLIT.split(match.group("list").strip())
                group = "+".join(sorted({_group(part) for part in parts}))
                start = offset + match.start()
                found.append(_Figure(total, phrase, start, offset + end, False, "list", group))
    return found


def _list_total(items: str, after: str) -> int | None:
    if re.search(r"\b(?:injur|wound|arrest|hurt)", items, re.I):
        return None
    if re.match(r"\s*(?:were |are )?(?:injur|wound|hurt)", after, re.I):
        return None
    values = [_item_value(part) for part in _ITEM_SPLIT.split(items.strip()) if part.strip()]
    if len(values) < 2 or any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)


def _item_value(part: str) -> int | None:
    match = _ITEM_NUMBER.match(part.strip())
    if match is not None:
        return number_value(match.group("num"))
    if re.match(r"(?:his|her|their|its|an?)\b", part.strip(), re.I):
        return 1
    return None


def _toll_figures(clause: str, offset: int) -> list[_Figure]:
    found = []
    for pattern, kind in ((_TOLL, "rise"), (_TOLL_AT, "")):
        for match in pattern.finditer(clause):
            value = number_value(match.group("num"))
            if value is not None:
                found.append(
                    _Figure(
                        value,
                        match.group().strip(),
                        offset + match.start(),
                        offset + match.end(),
                        False,
                        kind,
                    )
                )
    return found


def _all_figures(text: str) -> list[_Figure]:
    """Every death figure of ``text``, the first reading of each stretch kept, in text order."""
    kept: list[_Figure] = []
    for start, clause in _clauses(text):
        if _ELSEWHERE.search(clause) or not _DEATH_WORD.search(clause):
            continue
        local: list[_Figure] = []
        for reader in _READERS:
            for figure in reader(clause, start):
                overlaps = any(f.start < figure.end and figure.start < f.end for f in local)
                if not overlaps and not _elsewhere(figure, clause, start, text):
                    local.append(figure)
        kept += [replace(f, phrase=text[f.start : f.end].strip()) for f in local]
    return sorted(kept, key=lambda f: f.start)


def _elsewhere(figure: _Figure, clause: str, start: int, text: str) -> bool:
    """A figure of another happening: a past toll, or the death a protest is about."""
    if _HISTORY.match(text[figure.end : figure.end + 80]):
        return True
    before = clause[max(0, figure.start - start - 100) : figure.start - start]
    return bool(_CAUSE.search(before) or _HISTORY_BEFORE.search(before))


_READERS = (
    _list_figures,
    _toll_figures,
    _object_figures,
    _subject_figures,
    _determiner_figures,
    _one_referent_figures,
)


def figures_in(text: str) -> list[tuple[int, str]]:
    """Every death figure in ``text`` that counts someone: (number, the phrase it came from)."""
    return [(f.value, f.phrase) for f in _all_figures(text) if not f.weak]


def _combined(figures: list[_Figure]) -> int:
    """One toll from several figures: sides add up, repeats and other accounts keep the lowest."""
    rises = [f.value for f in figures if f.kind == "rise"]
    if rises:
        return max(rises)
    total = figures[0].value
    seen = set(figures[0].group.split("+"))
    for at, figure in enumerate(figures[1:], 1):
        if figure.kind == "part" or _repeats_a_list(figure, figures[:at]):
            continue
        if figure.kind == "more" or (figure.group and "" not in seen and figure.group not in seen):
            total += figure.value
        else:
            total = min(total, figure.value)
        seen.update(figure.group.split("+"))
    return total


def _repeats_a_list(figure: _Figure, earlier: list[_Figure]) -> bool:
    """ "A policeman and two youths were killed ... two youths were shot": told again."""
    return any(
        f.kind == "list" and figure.value <= f.value and figure.group in f.group.split("+")
        for f in earlier
    )


def fatalities_in(text: str) -> Fatalities | None:
    """The deaths ``text`` reports, or None when it gives no figure."""
    coded = _CODED.search(text)
    if coded is not None:
        value = int(coded.group("num") or coded.group("num2"))
        return Fatalities(value, value, value, value, f"coded as {value}: '{coded.group()}'")
    figures = _all_figures(text)
    strong = [f for f in figures if not f.weak]
    used = strong or figures[:1]
    if not used:
        if _NO_DEATHS.search(text):
            return Fatalities(0, 0, 0, 0, "text says no one was killed")
        return None
    count = _shared(_combined(used), text)
    values = [f.value for f in used]
    phrases = "; ".join(f"'{f.phrase}'" for f in used)
    return Fatalities(count, min([*values, count]), count, max([*values, count]), f"from {phrases}")


def _shared(total: int, text: str) -> int:
    """A toll the report splits between several events: this event's share."""
    split = _SPLIT_EVENTS.search(text)
    if split is None:
        return total
    if split.group("share"):
        return int(split.group("share"))
    parts = number_value(split.group("n")) or 1
    return (total * 2 + parts) // (parts * 2)


def fatalities_of(article: Article, candidate: Candidate) -> Fatalities | None:
    """The deaths of one event: its own sentences, else what its paragraph goes on to say."""
    own = [candidate.sentence, *candidate.merged]
    found = fatalities_in(" ".join(s.text for s in own))
    if found is None:
        after = _following(article, candidate)
        found = fatalities_in(" ".join(s.text for s in after)) if after else None
    if found is None:
        before = _preceding(article, candidate)
        found = fatalities_in(" ".join(s.text for s in before)) if before else None
    return found


def _preceding(article: Article, candidate: Candidate) -> list[Sentence]:
    """Earlier sentences of the paragraph that tell the same event or none: "Twenty are dead.
    The clashes happened at ..." gives the second telling its toll."""
    owners: dict[int, set[str]] = {}
    for other in article.candidates:
        for sentence in [other.sentence, *other.merged]:
            owners.setdefault(sentence.start, set()).add(other.sub_event_type)
    found: list[Sentence] = []
    for sentence in reversed(article.sentences):
        if sentence.start >= candidate.sentence.start:
            continue
        if sentence.paragraph != candidate.sentence.paragraph:
            break
        kinds = owners.get(sentence.start, set())
        if kinds and candidate.sub_event_type not in kinds:
            break
        found.insert(0, sentence)
    return found


# Deaths told after an event belong to it (one report, one toll), except that
# an arrest or a seizure leaves them to a deadly event told after it.
_LETHAL = {
    "Armed clash",
    "Attack",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
    "Mob violence",
    "Excessive force against protesters",
    "Violent demonstration",
}


def _following(article: Article, candidate: Candidate) -> list[Sentence]:
    """The sentences after the event's own in its paragraph (a harmless event stops at a deadly one)."""
    deadly = candidate.sub_event_type in _LETHAL
    taken = {
        s.start
        for other in article.candidates
        if not deadly
        and other.sentence.start != candidate.sentence.start
        and other.modality == "occurred"
        and other.sub_event_type in _LETHAL
        for s in [other.sentence, *other.merged]
    }
    found = []
    for sentence in article.sentences:
        if (
            sentence.paragraph != candidate.sentence.paragraph
            or sentence.start <= candidate.sentence.start
        ):
            continue
        if sentence.start in taken:
            break
        found.append(sentence)
    return found
