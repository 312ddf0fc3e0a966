"""The words of death tolls: numbers, vague quantities, death predicates and victim nouns.

The lexicon and patterns ``fatality_phrases`` and ``fatalities`` read tolls with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


# The number words that count ("two", "twenty"), not the article "a".
COUNT_WORDS = _alternatives([w for w in WORD_NUMBERS if w not in ("a", "an")])
UNITS = "one|two|three|four|five|six|seven|eight|nine"
# Dates are never counts: "On 9 August", "May 3".
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
# A count, never an age ("a 12-year-old"), a time, a date or a measure.
NUM = (
    r"(?<![\w'’/-])(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[-–]\d{1,3}(?![-/\d]))?(?![-/:.,]\d)"
    rf"|(?:{COUNT_WORDS})(?:[- ](?:{UNITS})\b)?"
    rf"|{_alternatives(list(VAGUE_NUMBERS))})"
    r"(?![\w'’])(?![- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]old)"
    r"(?!\s*(?:%|per ?cent|km|kilomet|miles?\b|met(?:er|re)s?\b|[ap]\.?m\b|hours?\b|o'clock|times\b))"
    r"(?!(?:st|nd|rd|th)?,?\s+(?:of\s+)?" + _MONTHS + r")"
)
QUAL = (
    r"(?:(?:at least|more than|over|up to|nearly|almost|about|around|some|as many as|at most"
    r"|an estimated|approximately|roughly|a total of|a group of|a family of|another|the|his|her"
    r"|their|its)\s+)*"
)
COUNT = re.compile(rf"(?P<qual>{QUAL}){NUM}", re.I)
_DEATH_VERB = (
    r"(?:killed|kiled|killled|slain|massacred|executed|beheaded|lynched|murdered|assassinated|liquidated"
    r"|shot dead|gunned down|hacked dead|(?:shot|stabbed|hacked|beaten|beat|burnt|burned|stoned"
    r"|clubbed|strangled|hanged|tortured|trampled|bludgeoned|macheted|chopped|crushed|drowned"
    r"|cut|knifed|battered|mauled)\s+to\s+death|fatally\s+\w+|(?:feared|found|confirmed"
    r"|pronounced|reported|left|lying|presumed)\s+dead|dead|died|dies|die|perished|succumbed"
    r"|lost (?:(?:their|his|her) )?li(?:ves|fe)|among (?:the|those) (?:dead|killed)|fatalit(?:y|ies)|deaths"
    # "five of our fighters fell as martyrs", "six fell in the battles"
    r"|fell (?:as )?martyrs?|fell in (?:the )?(?:\w+ )?(?:battles?|fighting|clashes|combat)"
    # "two young men rose as martyrs", "ascended as a martyr" (the Levant's idiom)
    r"|(?:rose|ascended) (?:as )?(?:a )?martyrs?"
    # "eight soldiers fell in the field of honour", "fell on the battlefield"
    r"|fell (?:in|on) the (?:field of honou?r|battlefield|front(?:line)?)|fell with honou?r"
    r"|martyred"
    # "nine passengers ... were burned inside" (the minibus a drone hit)
    r"|(?:burned|burnt) (?:alive|inside(?=\s*[.,;]|\s+(?:their|his|her|the (?:bus|minibus|car"
    r"|vehicle|truck|lorry|house|home|hut|church|mosque)s?\b))))"
)
PRED = (
    r"(?P<aux>(?:were|was|are|is|have been|has been|had been|being|got|gets|get)\s+)?"
    r"(?P<adv>(?:[a-z]+ly|also|then|later|all|both|each|reportedly|instantly|immediately"
    r"|yesterday|today|(?:on|last|early|late) \w+(?: night| morning| evening)?)\s+){0,2}"
    r"[\"'“]?(?:(?:[a-z]+|set ablaze|set on fire)\s+and\s+)?"
    rf"(?P<pred>{_DEATH_VERB})(?![\w-])"
)
# What may stand between a figure and its predicate: a noun phrase, an
# apposition, a relative clause (checked in code), never a clause boundary.
SUBJECT = re.compile(
    r"(?P<np>(?:[ ,()\"“”]+[\w'’/&-]+){0,12}?)[ ,\"“”)]+" + PRED,
    re.I,
)
NOUN_PRED = re.compile(
    r"(?P<np>(?:\s+[\w'’-]+){0,2}?)\s+(?P<pred>deaths?|fatalit(?:y|ies)|dead|lives (?:were |have been )?lost"
    r"|bodies|corpses)\b",
    re.I,
)
# "the loss of seven soldiers": deaths, where "the loss of 20 homes" is not.
LOST_PEOPLE = (
    r"(?=\s+(?:[\w-]+\s+){0,3}(?:soldiers|troops|servicemen|officers|policemen|police|gendarmes"
    r"|fighters|militiamen|volunteers|men|lives|civilians|people|personnel|members|VDP)\b)"
)
ACTIVE = re.compile(
    r"\b(?:[a-z]+\s+and\s+)?(?P<verb>killing|killed|kills|kill|kiled|shot dead|shoots? dead|shooting dead"
    r"|gunned down|guns? down|gunning down|executed|executes|executing|beheaded|beheading|beheads"
    r"|liquidated|liquidating"
    r"|(?:the )?(?:loss|martyrdom) of"
    + LOST_PEOPLE
    # "the enemy lost nine fighters"
    + r"|lost(?!\s+(?:contact|track|touch|sight)\b)"
    + LOST_PEOPLE
    + r"|lynched|lynching|lynch(?!\s+mobs?\b)|lynches|murdered|murdering|murders|massacred|massacring|massacre"
    r"|assassinated|assassinating|killings? of|deaths? of|murders? of|massacre of|bodies of|body of"
    r"|(?:beat|beats|beating|hacked|hacking|stabbed|stabbing|burned|burnt|stoned|stoning) to death"
    r"|claimed the lives of|claiming the lives of|took the lives of|left|leaving|leaves)\s+"
    # "executed yesterday 23 young men": a time between the verb and its victims
    r"(?:(?:yesterday|today|overnight|last night|on (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday))\s+)?"
    r"(?:and\s+(?:burned|burnt|mutilated|beheaded|dumped|robbed|dismembered)\s+)?",
    re.I,
)
# "shot the driver dead", "stabbed a journalist to death".
SPLIT = re.compile(
    r"\b(?P<verb>shot|shooting|shoots|shoot|stabbed|stabbing|stabs|hacked|hacking|hacks|beat|beats"
    r"|beaten|beating|burnt|burned|burning|burns|stoned|stoning|stones|clubbed|clubs|strangled"
    r"|strangles|hanged|hangs|tortured|tortures|torturing|kicked|whipped|flogged)\s+"
    # ("beat and stoned him to death": the object follows the last verb, never an "and")
    r"(?P<obj>(?:(?!and\b)[\w'’-]+\s+){1,6}?)(?:to death|dead)\b",
    re.I,
)
# "Nobody was killed": a word for no one is no victim's name.
_NO_ONE = r"(?!(?:Nobody|No-one|None|Nothing|Neither|Everyone|Everybody|Anyone|Anybody|Someone|Somebody)\b)"
NAMED = re.compile(
    r"(?:^|[\s(\"“])"
    + _NO_ONE
    + r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|bin|wa|al|el|de|da)){0,4})"
    r"\s*(?:\([^()]{0,40}\))?,?\s+(?:was|is|has been|had been)\s+"
    r"(?:(?:[a-z]+ly|also|then|later|reportedly)\s+){0,2}[\"'“]?(?:[a-z]+\s+and\s+)?"
    rf"(?P<pred>{_DEATH_VERB})(?![\w-])",
)
PRONOUN = re.compile(
    rf"\b(?:he|she)\s+(?:(?:was|has been|had been)\s+)?(?:(?:[a-z]+ly|later|then)\s+)?"
    rf"(?:[a-z]+\s+and\s+)?{_DEATH_VERB}(?![\w-])",
    re.I,
)
HEADLINE = re.compile(
    rf"^\W*{_NO_ONE}(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,6}}?)\s+(?:[a-z]+\s+and\s+)?{_DEATH_VERB}"
    r"(?:\s+(?:by|in|at|on|after|during|near|when|while|following|as|and)\b|\s*[,;]|\s*$)",
)
DETERMINER = re.compile(
    r"(?P<det>an?|one|the|this|his|her|their|its)\s+(?P<np>(?:[\w'’-]+\s*){1,6})", re.I
)
_REVISED = (
    r"(?:raised|raising|revised|revising|updated|updating|lifted|lifting|increased|increasing"
    r"|bringing|brought|taking|took)"
)
TOLL = re.compile(
    r"(?:\btoll\b[^.;]{0,120}?\b(?:risen|rose|climbed|reached|stands|stood|increased|jumped)"
    # "it said the number had risen to 17" (of the dead it counted before)
    r"|\b(?:the|its|their) (?:number|count|figure)\s+"
    # "the number of police killed there had risen to six"
    r"(?:of (?:[\w-]+\s+){1,2}?(?:killed|dead)\s+(?:there\s+|in [\w-]+\s+)?)?"
    r"(?:had |has )?(?:risen|rose|climbed|increased|jumped)"
    # "police raised the toll to five", "the council raised the number of the dead to 43"
    # "..., raising its toll to three", "bringing the death toll to 12"
    rf"|\b{_REVISED} (?:the |its |their )?(?:death )?toll"
    rf"|\b{_REVISED} (?:the |its |their )?"
    r"(?:number|count|figure) of (?:the )?(?:dead|deaths|fatalities|victims|people killed"
    r"|those killed))"
    r"\s+(?:to|at)\s+" + QUAL + NUM,
    re.I,
)
TOLL_AT = re.compile(
    r"\b(?:(?:death toll|toll)\s+(?:\w+\s+){0,3}?(?:to|at|of|stood at)"
    # "put the number of civilians killed at 45"
    r"|(?:number|count) of (?:[\w-]+\s+){0,2}?(?:killed|dead|deaths|victims|fatalities)\s+at)\s+"
    + QUAL
    + NUM,
    re.I,
)
CODED = re.compile(
    r"\bfatalit(?:y|ies)\b[^.;]{0,30}?\bcoded (?:as|at) (?P<num>\d+)\b|\bcoded as (?P<num2>\d+) fatalit",
    re.I,
)
SPLIT_EVENTS = re.compile(
    r"\bsplit (?:\w+ ){0,2}?(?:between|among|across|over|into) (?P<n>\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve)\s+(?:events|locations|incidents|days)(?:\s*\((?P<share>\d+)\))?",
    re.I,
)
ELSEWHERE = re.compile(
    r"coded sep[ae]rately|coded (?:in|as) (?:a |an )?(?:separate|other|another)"
    # "two years of war have left tens of thousands dead": a whole war's toll
    r"|^\W*(?:[\w-]+\s+){0,3}?(?:years?|months?|decades?) of (?:civil )?(?:war|fighting|conflict"
    r"|violence|insurgency|unrest)\b"
    # "the toll from the unrest has risen to 117": the whole wave's, not one event's
    r"|\btoll (?:from|of|in) (?:the |this |last )?(?:(?:week|days?|nights?)(?:'s|s'|-long)? (?:of )?)?"
    r"(?:unrest|violence|crisis|uprising|insurgency|conflict|war|looting)\b",
    re.I,
)
NO_DEATHS = re.compile(
    r"\bno (?:one|casualties|deaths|fatalities|injuries|lives)\b|\bwithout casualties\b"
    r"|\bnobody (?:was )?(?:killed|hurt)\b|\bno(?:body| one) (?:was |were )?(?:killed|hurt|injured)"
    r"|\bno(?:body| one) (?:died|lost (?:his|her|their) li(?:fe|ves))\b"
    # "breaking windows without injuring anyone", "the drivers escaped unhurt"
    r"|\bwithout (?:injuring|hurting|killing|harming|wounding) (?:anyone|anybody)\b"
    r"|\b(?:escaped|were|was|all) unhurt\b|\b(?:no one|nobody) was inside\b"
    # "wounding eight customers, none of them fatally"
    r"|\b(?:none|no one|nobody)(?: of them)? (?:fatally|seriously or fatally|died|was killed|were killed)\b",
    re.I,
)
NEGATED = re.compile(
    r"\b(?:not|no|without|denied|escaped|survived|avoided|cheated|narrowly|nearly|almost"
    r"|attempted to|tried to|trying to|threatened to|threatening to|vowed to|plotting to|planned to"
    r"|plan to|would|will|could|might|may|(?<!led )(?<!leading )(?<!leads )to|n't)\s+(?:\w+\s+)?$",
    re.I,
)
# Killings that are not this event's: intended, denied, or a referent's past
# ("a man who had killed his wife", "suspected to have killed").
NEGATED_VERB = re.compile(
    r"\b(?:(?<!led )(?<!leading )(?<!leads )to|would|will|could|might|may|not|n't|did|does|do|nearly|almost"
    r"|(?<!claimed )(?<!claims )(?<!said )(?<!reported )to have|(?:accused|suspected) of(?: having)?"
    r"|for|who had"
    r"|who has|who have)"
    r"(?:\s+(?:allegedly|reportedly|previously|earlier|recently))?\s+$",
    re.I,
)
# A death named as the cause of what the report is about ("protested over the
# killing of a trader", "rioted after police shot a man dead").
CAUSE = re.compile(
    r"(?:\b(?:protest|demonstrat|riot|march|rall|block|barricad|sit-in|vigil(?!ant)|gather|storm|torch"
    r"|strike)\w*\b(?:[^,;()]|\([^()]{0,40}\)){0,80}\b(?:after|following|over)"
    r"|\b(?:in response to|in protest|protest(?:ing|ed|s)? (?:against|over|at)"
    r"|demand(?:ing|ed|s)? (?:justice|answers|action|an inquiry|investigations?) (?:for|over|into)"
    r"|because of|angered by|outraged by|condemn(?:ing|ed|s)?|mourn(?:ing|ed|s)?"
    r"|watch(?:ing|ed)? over|funeral (?:of|for)|burial of|wake for"
    # "carrying pictures of relatives killed by Islamic State": the dead of before
    r"|(?:pictures|photos|photographs|portraits|images|names|memory) of"
    r"|over the (?:killing|death|murder|shooting|lynching|beheading|assassination)s?))"
    r"\b[^,;()]{0,60}$",
    re.I,
)
INJURED_TOO = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:\w+ly\s+)?(?:injur|wound|hurt|maim)", re.I)
BLOCKERS = re.compile(
    r"\b(?:injured|injuring|wounded|wounding|hurt|arrested|abducted|kidnapped|missing|rescued"
    r"|escaped|survived|displaced|detained|hospitali[sz]ed|treated|and|or|but|when|after|while"
    r"|before|because|if|than|whose|not|no|without|killed|dead|died"
    # "A police spokesman said most of the dead": the speaker is no victim
    r"|said|says|told|added|stated)\b|[;:]",
    re.I,
)
RELATIVE = re.compile(r"\b(?:who|which|that|whom)\b", re.I)
PART = re.compile(
    r"(?:including|includes|among them|among whom|among which|among the dead|of whom|among those)"
    r"\s+(?:\w+\s+){0,2}$|^\s*of (?:them|these|those|the dead|the victims|whom)\b",
    re.I,
)
MORE = re.compile(r"\b(?:also|another|other|others|more|further|additional|second|third)\b", re.I)
HISTORY = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:in|since|on) (?:\w+ )?(?:\d{1,2} )?(?:19|20)\d\d\b"
    r"|^[^.;,]{0,30}\b(?:last year|years? ago)\b"
    # "more than 50 people died in the agitation of that year"
    r"|^[^.;,]{0,40}\b(?:(?:of|in|during) that year|the (?:previous|same) year|the year before)\b",
    re.I,
)
HISTORY_BEFORE = re.compile(
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
NOT_A_PERSON = re.compile(
    r"^(?:time|times|day|days|night|week|weeks|year|years|month|months|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|morning|evening|afternoon|hours?|minutes?|area|village|town"
    r"|city|house|home|vehicle|car|bus|way|place|scene|spot|process|attack|operation|incident"
    r"|raid|clash|fighting|violence|cattle|goats?|camels?|cows?|animals?|livestock|bullets?|rounds?"
    r"|houses|homes|vehicles|buildings|shops|km|kilometres|miles|percent|cent)$",
    re.I,
)
STOP_NP = re.compile(
    r"\s+(?:of|from|in|at|on|for|with|by|near|who|that|which|whom|after|during|when|while|as"
    r"|and|or|to|inside|outside|along|into|before|since|following)\b.*$|[,(\"“].*$",
    re.I | re.S,
)
_CLASSES = (
    (
        "security",
        r"soldiers?|troops?|police\w*|officers?|personnel|commandos?|guards?|army|servicem[ae]n"
        r"|reservists?|rangers?|marines?|gendarmes?|arbakis?|security|military|recruits?|cadets?"
        r"|bodyguards?|constables?|VDP|volunteers? for the defen[cs]e\w*|auxiliar(?:y|ies)"
        r"|inspectors?|sergeants?|corporals?|lieutenants?|conscripts?",
    ),
    # the side that attacked, told apart from the fighters it attacked ("three fighters of the
    # PMF were martyred and two of the attackers were killed")
    (
        "armed",
        r"militants?|fighters?|insurgents?|rebels?|gunm[ae]n|attackers?|assailants?|jihadists?"
        r"|bandits?|raiders?|terrorists?|taliban|shabaab|militia\w*|robbers?|thugs?|criminals?"
        r"|gangsters?|poachers?|kidnappers?|extremists?|combatants?|mercenaries|suspects?"
        r"|dissidents?|separatists?|guerrill?as?|paramilitar(?:y|ies)|islamists?|cadres?|elements",
    ),
    ("crowd", r"rioters?|protesters?|demonstrators?|looters?"),
    (
        "civilian",
        r"civilians?|villagers?|residents?|child|children|wom[ae]n|m[ae]n|boys?|girls?|herders?"
        r"|herdsm[ae]n|farmers?|students?|pupils?|worshippers?|passengers?|traders?|teachers?"
        r"|drivers?|journalists?|pastors?|preachers?|elders?|chiefs?|relatives|infants?|babies|youths?",
    ),
)
CLASS_RES = tuple((name, re.compile(rf"\b(?:{words})\b", re.I)) for name, words in _CLASSES)
# A cheap test that lets the readers skip clauses that cannot hold a death figure.
DEATH_WORD = re.compile(
    r"kil|dead|death|die|slain|massacr|execut|behead|lynch|murder|assassin|perish|succumb|lives"
    r"|loss of|lost "
    r"|fatal|bod(?:y|ies)|gunned|guns? down|to death|toll|martyr|fell |burn(?:ed|t) (?:alive|inside)"
    r"|them and (?:then )?set them (?:on fire|alight|ablaze)",
    re.I,
)
_CLAUSE = re.compile(r"[^.!?;\n]+(?:[.!?;\n]+|$)")
_MAX_CLAUSE = 600


@dataclass(frozen=True, slots=True)
class Figure:
    """One toll a phrase gives: its value, where it stands, how sure and whose dead."""

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


_OWN = re.compile(r"\b(?:our|its|its own|their own)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")


def side_of(words: str) -> str:
    """The side a victim noun belongs to ('' when the noun does not say).

    "five of our fighters", "six of its men": the side that tells the toll, apart from the
    enemy it counts ("31 of the mercenaries were killed, while five of our fighters fell").
    """
    if _OWN.search(words):
        return "own"
    found = [name for name, pattern in CLASS_RES if pattern.search(words)]
    if not found and _ACRONYM.search(words):
        return "armed"  # "five ADF were killed": a group named by its initials
    return found[0] if found else ""


def head_of(np: str) -> str:
    """The head word of a noun phrase: the last word before a preposition or clause."""
    words = STOP_NP.sub("", np.strip()).split()
    return words[-1] if words else ""


def singular(np: str) -> bool:
    """Whether a noun phrase names one person ("a farmer", not "farmers" or "the crowd")."""
    head = head_of(np)
    return bool(head) and not _PLURAL_HEAD.search(head) and not NOT_A_PERSON.match(head)


def clauses_of(text: str) -> list[tuple[int, str]]:
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
