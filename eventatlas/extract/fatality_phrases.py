"""Where a report states a toll: subjects and objects of death phrases, lists, running tolls.

Each reader returns the figures one clause gives; ``fatalities`` combines them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventatlas.extract.fatality_words import (
    ACTIVE,
    BLOCKERS,
    CLASS_RES,
    COUNT,
    COUNT_WORDS,
    DEATH_WORD,
    DETERMINER,
    HEADLINE,
    INJURED_TOO,
    LOST_PEOPLE,
    MORE,
    NAMED,
    NEGATED,
    NEGATED_VERB,
    NOT_A_PERSON,
    NOUN_PRED,
    NUM,
    PART,
    PRED,
    PRONOUN,
    QUAL,
    RELATIVE,
    SPLIT,
    STOP_NP,
    SUBJECT,
    TOLL,
    TOLL_AT,
    UNITS,
    WORD_NUMBERS,
    Figure,
    clauses_of,
    head_of,
    number_value,
    side_of,
    singular,
)


def subject_figures(clause: str, offset: int) -> list[Figure]:
    """Counts that are the subject of a death predicate: "two men were shot dead"."""
    found = []
    for match in COUNT.finditer(clause):
        value = number_value(match.group("num"))
        before = clause[: match.start()]
        if value is None or NEGATED.search(before[-40:]):
            continue
        tail = NOUN_PRED.match(clause, match.end()) or SUBJECT.match(clause, match.end())
        if tail is None or not _plain_subject(tail, clause, counted=True):
            continue
        if _year(match) or tail.group("np").startswith(","):
            continue
        figure = _counted(value, match, tail.group("np"), before, clause, tail.end(), offset)
        if _OF_THE_DEAD.match(clause, match.end()):
            # "One of the dead was a ranger": one of a toll told already.
            figure = replace(figure, kind="part")
        found.append(figure)
    return found


_OF_THE_DEAD = re.compile(r"\s*of (?:them|these|those|the dead|the victims|those killed)\b", re.I)


_INCLUDING = re.compile(r"\([^()]*\)|\bincluding\b.*$", re.I)
_ASIDE = re.compile(
    r",\s*(?:including|among them|among whom|among which|mostly|mainly|many of them"
    r"|most of them|all of them|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r" of (?:them|whom))\b[^,]{0,60}(?:,|$)",
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
        _ANIMALS.match(head_of(np) or "-")
        or _ANIMALS.match((np.split() or ["-"])[-1])
        or (re.search(r"\bof the herd\b", np, re.I))
    ):
        return False
    if BLOCKERS.search(np) or re.search(NUM, np, re.I) or INJURED_TOO.match(clause[tail.end() :]):
        return False
    aux = tail.groupdict().get("aux")
    ahead = _OBJECT_AHEAD if counted else _NOT_PASSIVE
    if not aux and _ACTIVE_READING.match(tail.group("pred")) and ahead.match(clause[tail.end() :]):
        return False
    return not (RELATIVE.search(np) and not aux)


# Without "was"/"were", "a truck killed ..." is active: the subject is the killer
# unless what follows is a by-phrase, a place, a time or the end of the clause.
_ACTIVE_READING = re.compile(
    r"killed|kiled|killled|slain|massacred|executed|beheaded|lynched|murdered|assassinated"
    r"|shot dead|gunned down",
    re.I,
)
_OBJECT_AHEAD = re.compile(
    r"\s+(?:an?|the|his|her|their|its|\d+|" + UNITS + r"|ten|twelve|twenty|several|dozens)\b",
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
) -> Figure:
    qual = match.group("qual").lower().split()
    kind = ""
    if PART.search(before[-30:]) or PART.search(np):
        kind = "part"
    elif MORE.search(" ".join(qual).replace("more than", "") + " " + np) or re.search(
        r"\balso\s+$", before
    ):
        kind = "more"
    phrase = clause[match.start() : end].strip()
    return Figure(
        value, phrase, offset + match.start(), offset + end, "the" in qual, kind, side_of(np)
    )


def determiner_figures(clause: str, offset: int) -> list[Figure]:
    """One victim named by a determiner: "a pastor is hacked to death", "the guard died"."""
    found = []
    for match in re.finditer(r"\b(?P<det>an?|the|this|his|her)\s+", clause, re.I):
        tail = SUBJECT.match(clause, match.end() - 1)
        if tail is None or not tail.group("np").strip() or not _plain_subject(tail, clause):
            continue
        aux = (tail.group("aux") or "").strip().lower()
        det = match.group("det").lower()
        if aux in ("were", "are", "have been", "get"):
            continue
        if not singular(tail.group("np")) and not (det in ("a", "an") and aux):
            continue
        if NEGATED.search(clause[: match.start()][-40:]):
            continue
        weak = det not in ("a", "an")
        end = tail.end()
        phrase = clause[match.start() : end].strip()
        found.append(Figure(1, phrase, offset + match.start(), offset + end, weak, "", ""))
    return found


def object_figures(clause: str, offset: int) -> list[Figure]:
    """Victims that are the object of a killing verb: "killing three soldiers"."""
    found = []
    for match in ACTIVE.finditer(clause):
        if NEGATED_VERB.search(clause[: match.start()]):
            continue
        verb = match.group("verb").lower()
        figure = _object(clause, match.start(), match.end(), verb, offset)
        if figure is not None:
            found.append(figure)
    for match in SPLIT.finditer(clause):
        if NEGATED_VERB.search(clause[: match.start()]):
            continue
        figure = _object(clause, match.start(), match.start("obj"), "shot", offset)
        if figure is not None:
            found.append(
                Figure(
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


_HOW_OR_WHERE = re.compile(
    r"(?:there|here|instantly|outright|immediately|later|earlier|overnight|yesterday|today)\b",
    re.I,
)
_OBJECT_NP = re.compile(r"(?:[\w'’-]+\s*){1,6}")
_LEFT_DEAD = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:dead|killed)\b", re.I)
_BARE_STOP = re.compile(
    r"^(?:in|on|at|by|and|or|of|during|after|before|when|while|as|with|without|from|to|for|him|her"
    r"|them|it|himself|herself|themselves|themself|unknown|unspecified|undisclosed|scores|no|nobody"
    r"|none|behind|over|under|into|near|outside|inside|their|his|its|our|your|my|across"
    r"|throughout|nationwide|countrywide|elsewhere|together|[A-Z]\w*)\b"
)


def _object(clause: str, start: int, at: int, verb: str, offset: int) -> Figure | None:
    rest = clause[at:]
    if INJURED_TOO.match(" " + rest) or re.match(
        r"(?:an? )?(?:unknown|unspecified|undisclosed)", rest, re.I
    ):
        return None
    if _HOW_OR_WHERE.match(rest):
        return None  # "were killed there", "died instantly": where or how, not whom
    if verb == "body of":
        return Figure(1, clause[start:at].strip(), offset + start, offset + at)
    count = COUNT.match(clause, at)
    if count is not None:
        return _object_count(clause, start, count, verb, offset)
    pronoun = re.match(r"(?:him|her)\b", rest, re.I)
    if pronoun is not None:
        return Figure(
            1, clause[start : at + pronoun.end()], offset + start, offset + at + pronoun.end(), True
        )
    if verb in ("left", "leaving", "leaves", "bodies of") or verb.endswith(" of"):
        return None
    det = DETERMINER.match(rest)
    if det is not None:
        np = STOP_NP.sub("", det.group("np"))
        if not singular(np) or re.search(NUM, np, re.I):
            return None
        weak = det.group("det").lower() not in ("a", "an", "one")
        end = at + det.end()
        return Figure(1, clause[start:end].strip(), offset + start, offset + end, weak)
    name = _NAME_OBJECT.match(rest)
    if name is not None and not side_of(name.group()):
        end = at + name.end()
        return Figure(1, clause[start:end].strip(), offset + start, offset + end, True)
    bare = _OBJECT_NP.match(rest)
    if bare is None or not singular(bare.group()) or NOT_A_PERSON.match(bare.group().split()[0]):
        return None
    if _BARE_STOP.match(rest) and not _titled_person(bare.group()):
        return None
    end = at + bare.end()
    return Figure(1, clause[start:end].strip(), offset + start, offset + end, True)


def _titled_person(np: str) -> bool:
    """ "Mungiki sect spokesman", "Red Cross driver": a named body's one person, no proper name."""
    head = head_of(np)
    person = head in _TITLES or any(
        name != "armed" and pattern.fullmatch(head) for name, pattern in CLASS_RES
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


_DEAD_AND_WOUNDED = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:killed|dead) (?:and|or) (?:injured|wounded|hurt)\b", re.I
)


def _object_count(
    clause: str, start: int, count: re.Match[str], verb: str, offset: int
) -> Figure | None:
    value = number_value(count.group("num"))
    after = clause[count.end() :]
    if value is None or re.match(r"\s*(?:were |are )?(?:injur|wound|hurt)", after, re.I):
        return None
    if _DEAD_AND_WOUNDED.match(after):
        return None  # "lost more than 300 servicemen killed and wounded": how many died, unsaid
    if verb in ("left", "leaving", "leaves") and not _LEFT_DEAD.match(after.lstrip()):
        return None
    if _ANIMALS.match(head_of(after) or "-"):
        return None
    words = _FOLLOWING.match(after)
    end = count.end() + (words.end() if words else 0)
    np = words.group() if words else ""
    figure = _counted(value, count, np, clause[:start], clause, end, offset)
    kind = "part" if _OF_THE_DEAD.match(after) else figure.kind
    return Figure(
        value,
        clause[start:end].strip(),
        offset + start,
        offset + end,
        figure.weak,
        kind,
        figure.group,
    )


def one_referent_figures(clause: str, offset: int) -> list[Figure]:
    """Weak figures of one victim: a name, a pronoun or a headline's bare noun."""
    found = []
    for pattern in (NAMED, PRONOUN):
        for match in pattern.finditer(clause):
            if not NEGATED.search(clause[: match.start()][-40:]):
                found.append(
                    Figure(
                        1, match.group().strip(), offset + match.start(), offset + match.end(), True
                    )
                )
    headline = HEADLINE.match(clause)
    if headline is not None and _bare_victim(headline.group("np")):
        found.append(Figure(1, headline.group().strip(), offset, offset + headline.end(), True))
    return found


def _bare_victim(np: str) -> bool:
    """A headline's subject without a determiner that names one person: "Teenage boy"."""
    first = np.split()[0].lower()
    if first in WORD_NUMBERS or first in _DETERMINERS or BLOCKERS.search(np):
        return False
    return singular(np) and not re.search(NUM, np, re.I)


_DETERMINERS = {"the", "this", "his", "her", "their", "its", "he", "she", "they"}
_ITEM = (
    r"(?:(?:his|her|their|its)\s+(?:" + NUM.replace("?P<num>", "?:") + r"\s+)?"
    r"|" + QUAL + r"(?:" + NUM.replace("?P<num>", "?:") + r"|an?)\s+"
    # "the driver and two passengers": one person named by his role
    r"|the\s+(?=[\w-]+\s+and\s))"
    # each word ends at a space, or at the comma before the next item ("two soldiers, a ...");
    # a number or a verb of saying starts another phrase ("A monitor said six fighters ...")
    r"(?:(?!and\b|or\b|\d|(?:said|says|told|added|reported|" + COUNT_WORDS + r")\b)"
    r"[\w'’-]+(?:\s+|(?=,))){0,4}?"
)
_LIST_ITEMS = rf"(?P<list>{_ITEM}(?:,\s*{_ITEM}){{0,3}},?\s*and\s+{_ITEM})"
# "three women and six children of a Mormon family with dual citizenship were shot dead":
# whose they were, after the list
_OF_WHOM = (
    r"(?:(?:of|from)\s+(?:an?|the|one|their|his|her)\s+(?:(?!(?:said|says|told|added|reported"
    r"|that|who|which|when|while|after|and|or|were|was|"
    + COUNT_WORDS
    + r")\b|\d)[\w'’-]+\s+){1,8}?)?"
)
_LIST_BEFORE = re.compile(rf"\b{_LIST_ITEMS}{_OF_WHOM}" + PRED.replace("?P<", "?P<l_"), re.I)
_LIST_AFTER = re.compile(
    r"\b(?:killing|killed|kills|kill|shot dead|massacred|murdered|(?:hacked|stabbed|beaten|beat"
    r"|burnt|burned|stoned) to death|deaths? of|killing of|killings of|loss of|martyrdom of"
    + LOST_PEOPLE
    + r")\s+"
    + _LIST_ITEMS,
    re.I,
)
_ITEM_SPLIT = re.compile(r",\s*and\s+|,\s*|\s+and\s+", re.I)
_ITEM_NUMBER = re.compile(r"(?:(?P<poss>his|her|their|its|an?)\s+)?" + QUAL + NUM, re.I)


def list_figures(text: str) -> list[tuple[int, str, int, int]]:
    """Coordinated tolls summed: "three civilians and five police were killed" is eight."""
    found = []
    for start, clause in clauses_of(text):
        if DEATH_WORD.search(clause):
            found += [
                (f.value, f.phrase, f.start, f.end) for f in clause_list_figures(clause, start)
            ]
    return found


_BY_THE = re.compile(r"\b(?:by|from|with)\s+(?:the\s+)?$", re.I)
_LIST_ASIDE = re.compile(r",\s*(?:who|whom|which)\b[^,;.]{0,80},|\s\([^()]{1,40}\)", re.I)


def clause_list_figures(clause: str, offset: int) -> list[Figure]:
    """Tolls given as a list of victims ("two soldiers, a policeman and three civilians")."""
    found = []
    # "two militants, whom police identified as LeT members, and a soldier", "three New
    # People's Army (NPA) rebels and a soldier": the relative clause or the bracket blanked
    # out (same length, so every offset stays), the list read around it
    plain = _LIST_ASIDE.sub(lambda m: " " * len(m.group()), clause)
    for pattern in (_LIST_BEFORE, _LIST_AFTER):
        for match in pattern.finditer(plain.rstrip(".!?;\n ") + " "):
            total = _list_total(match.group("list"), clause[match.end() :])
            if _BY_THE.search(plain[: match.start("list")]):
                total = None  # "shot dead by two officers, and both gunmen were killed"
            if total is not None:
                end = min(match.end(), len(clause))
                phrase = clause[match.start() : end].strip()
                parts = _ITEM_SPLIT.split(match.group("list").strip())
                group = "+".join(sorted({side_of(part) for part in parts}))
                start = offset + match.start()
                found.append(Figure(total, phrase, start, offset + end, False, "list", group))
    return found


_A_CLAUSE = re.compile(
    r"\b(?:broke out|erupted|took place|occurred|ensued|began|started|was|were|had|has|have)\b",
    re.I,
)


def _list_total(items: str, after: str) -> int | None:
    if re.search(r"\b(?:injur|wound|arrest|hurt)", items, re.I):
        return None
    if re.match(r"\s*(?:were |are )?(?:injur|wound|hurt)", after, re.I):
        return None
    parts = [part for part in _ITEM_SPLIT.split(items.strip()) if part.strip()]
    if any(_A_CLAUSE.search(part) for part in parts):
        return None  # "a shoot-out broke out and a suspect was shot": a clause, not a victim
    following = (re.findall(r"[\w'-]+", after[:30]) or ["-"])[0]
    if any(NOT_A_PERSON.match(head_of(part) or "-") for part in parts) or NOT_A_PERSON.match(
        following
    ):
        return None  # "the death of one and several houses destroyed"
    values = [_item_value(part) for part in parts]
    if len(values) < 2 or any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)


def _item_value(part: str) -> int | None:
    match = _ITEM_NUMBER.match(part.strip())
    if match is not None:
        return number_value(match.group("num"))
    if re.match(r"(?:his|her|their|its|an?)\b", part.strip(), re.I):
        return 1
    if re.match(r"the\s+[\w-]+\s*$", part.strip(), re.I) and singular(part.strip()):
        return 1
    return None


# "Wani was killed with two other militants": one and the others killed with him.
_WITH_OTHERS = re.compile(
    r"\b(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:killed|shot dead|gunned down|shot and killed)"
    r"\s+(?:along\s+|together\s+)?with\s+" + QUAL + NUM + r"\s+(?:other|others|more|of his|of her"
    r"|colleagues|comrades|companions|associates|bodyguards|guards|relatives)\b",
    re.I,
)


def with_others_figures(clause: str, offset: int) -> list[Figure]:
    """One victim killed with others ("was killed along with three bodyguards")."""
    return _matched_counts(_WITH_OTHERS, clause, offset, plus=1)


def _matched_counts(
    pattern: re.Pattern[str], clause: str, offset: int, plus: int = 0, fixed: int | None = None
) -> list[Figure]:
    """The count each match of ``pattern`` gives (its ``num``, and ``plus`` more; or ``fixed``
    for a pattern that counts no number), unless negated."""
    found = []
    for match in pattern.finditer(clause):
        value = fixed if fixed is not None else number_value(match.group("num"))
        if value is not None and not NEGATED.search(clause[: match.start()][-40:]):
            start, end = offset + match.start(), offset + match.end()
            found.append(Figure(value + plus, match.group().strip(), start, end, False))
    return found


# "dragged five suspected gang members from a minibus and beat and burned them to death":
# "them" are the ones counted before.
_THEM_KILLED = re.compile(
    r"(?P<qual>" + QUAL + r")" + NUM + r"\s+(?:[\w-]+\s+){0,3}?(?:members|men|people|persons"
    r"|suspects|thieves|robbers|women|youths|villagers|passengers|workers|farmers|traders"
    r"|fishermen|herders|soldiers|policemen|officers|fighters|militants|hostages|captives)\b"
    r"[^.;]{0,150}?\b(?:(?:beat|burn(?:ed|t)|stoned|hacked|clubbed)(?:\s+and\s+(?:beat|burn(?:ed|t)"
    r"|stoned|hacked|clubbed))?\s+them\s+(?:alive\s+)?to\s+death|killed\s+them|shot\s+them\s+dead"
    # "caught three young men ..., beat them and set them on fire": a lynching
    r"|(?:beat|stoned|lynched)\s+them\s+and\s+(?:then\s+)?(?:set\s+them\s+(?:on\s+fire|alight|ablaze)"
    r"|burn(?:ed|t)\s+them)"
    r"|lynched\s+them|executed\s+them|beheaded\s+them)\b",
    re.I,
)


def them_figures(clause: str, offset: int) -> list[Figure]:
    """Those counted earlier in the clause and then killed as "them"; two people named as a
    pair ("a farmer and his son ... shot them dead") are two."""
    # ("a man collecting scrap metal stepped on a mine ... and died at the scene": one)
    return [
        *_matched_counts(_THEM_KILLED, clause, offset),
        *_matched_counts(_ONE_WHO_DIED, clause, offset, fixed=1),
        *_matched_counts(_HURT_WHO_DIED, clause, offset, fixed=1),
        *_matched_counts(_PAIR_KILLED, clause, offset, fixed=2),
    ]


_PERSON = (
    r"(?:man|woman|boy|girl|farmer|trader|teacher|driver|son|daughter|wife|husband|brother"
    r"|sister|father|mother|nephew|cousin|friend|child|pastor|imam|chief|student|worker)"
)
_ONE_WHO_DIED = re.compile(
    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+)?{_PERSON}\b(?!\s+and\s+(?:his|her|their|a|an|two|three)\b)"
    r"[^.;]{0,150}?,?\s+and\s+(?:later\s+|then\s+)?"
    r"(?:died|was killed)\b",
    re.I,
)
# "stabbed and shot its deputy imam, who died in hospital": one
_HURT = r"(?:stabbed|shot|beat|hit|attacked|struck|wounded|injured|hacked|assaulted|burned|burnt)"
_HURT_WHO_DIED = re.compile(
    rf"\b{_HURT}\s+(?:and\s+{_HURT}\s+)?(?:a|an|one|its|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_PERSON}\b[^.;]{{0,40}}?,?\s+who\s+(?:later\s+|then\s+)?died\b",
    re.I,
)
_PAIR_KILLED = re.compile(
    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+)?{_PERSON}\s+and\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+)?"
    rf"{_PERSON}\b[^.;]{{0,150}}?\b(?:killed\s+them|shot\s+them\s+dead|executed\s+them"
    r"|beheaded\s+them|lynched\s+them|(?:hacked|beat|stabbed|burned|burnt)\s+them\s+to\s+death)\b",
    re.I,
)


def toll_figures(clause: str, offset: int) -> list[Figure]:
    """Running death tolls ("the toll rose to 25", "the death toll stood at 12")."""
    found = []
    for pattern, kind in ((TOLL, "rise"), (TOLL_AT, "")):
        for match in pattern.finditer(clause):
            value = number_value(match.group("num"))
            if value is not None:
                found.append(
                    Figure(
                        value,
                        match.group().strip(),
                        offset + match.start(),
                        offset + match.end(),
                        False,
                        kind,
                    )
                )
    return found
