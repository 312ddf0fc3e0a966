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
from dataclasses import replace

from eventatlas.article import Article, Sentence
from eventatlas.extract.candidates import Candidate, Fatalities
from eventatlas.extract.fatality_phrases import (
    clause_list_figures,
    determiner_figures,
    object_figures,
    one_referent_figures,
    subject_figures,
    them_figures,
    toll_figures,
    with_others_figures,
)
from eventatlas.extract.fatality_words import (
    CAUSE,
    CODED,
    COUNT_WORDS,
    DEATH_WORD,
    ELSEWHERE,
    HISTORY,
    HISTORY_BEFORE,
    NO_DEATHS,
    SPLIT_EVENTS,
    TOLL,
    VAGUE_NUMBERS,
    Figure,
    clauses_of,
    number_value,
)
from eventatlas.extract.retelling import is_headline


def _all_figures(text: str) -> list[Figure]:
    """Every death figure of ``text``, the first reading of each stretch kept, in text order."""
    kept: list[Figure] = []
    for start, clause in clauses_of(text):
        if ELSEWHERE.search(clause) or not DEATH_WORD.search(clause):
            continue
        local: list[Figure] = []
        for reader in _READERS:
            for figure in reader(clause, start):
                overlaps = any(f.start < figure.end and figure.start < f.end for f in local)
                if not overlaps and not _elsewhere(figure, clause, start, text):
                    local.append(figure)
        kept += [replace(f, phrase=text[f.start : f.end].strip()) for f in local]
    return sorted(kept, key=lambda f: f.start)


def _elsewhere(figure: Figure, clause: str, start: int, text: str) -> bool:
    """A figure of another happening: a past toll, or the death a protest is about."""
    if HISTORY.match(text[figure.end : figure.end + 80]):
        return True
    if _EVERYWHERE.match(text[figure.end : figure.end + 60]):
        return True  # "16 people died nationwide": the whole wave's toll, no one event's
    before = clause[max(0, figure.start - start - 100) : figure.start - start]
    # "a demonstration over the death of a teenager killed by police": the cause may sit
    # inside the figure's own words.
    own = clause[max(0, figure.start - start - 100) : figure.end - start]
    return bool(CAUSE.search(before) or CAUSE.search(own) or HISTORY_BEFORE.search(before))


_EVERYWHERE = re.compile(
    r"^\s*(?:(?:so far|in all|in total|altogether)\s+)?(?:nationwide|countrywide|nationally"
    r"|across (?:the )?(?:country|nation|whole country)|throughout the country"
    r"|(?:around|all over) the country)\b",
    re.I,
)


_READERS = (
    with_others_figures,
    them_figures,
    clause_list_figures,
    toll_figures,
    object_figures,
    subject_figures,
    determiner_figures,
    one_referent_figures,
)


def figures_in(text: str) -> list[tuple[int, str]]:
    """Every death figure in ``text`` that counts someone: (number, the phrase it came from)."""
    return [(f.value, f.phrase) for f in _all_figures(text) if not f.weak]


def _combined(figures: list[Figure]) -> int:
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


def _repeats_a_list(figure: Figure, earlier: list[Figure]) -> bool:
    """ "A policeman and two youths were killed ... two youths were shot": told again."""
    return any(
        f.kind == "list" and figure.value <= f.value and figure.group in f.group.split("+")
        for f in earlier
    )


def fatalities_in(text: str) -> Fatalities | None:
    """The deaths ``text`` reports, or None when it gives no figure."""
    own = _SELF_AND_OTHERS.search(text)
    if own is not None:
        # "killing himself and one officer": the others' figure, and the one who died with them
        found = fatalities_in(text[: own.start("self")] + text[own.end() :])
        if found is not None and found.count > 0:
            return Fatalities(
                found.count + 1,
                found.low + 1,
                found.best + 1,
                found.high + 1,
                f"{found.reason}; and '{own.group().strip()}'",
            )
    coded = CODED.search(text)
    if coded is not None:
        value = int(coded.group("num") or coded.group("num2"))
        return Fatalities(value, value, value, value, f"coded as {value}: '{coded.group()}'")
    figures = _all_figures(text)
    strong = [f for f in figures if not f.weak]
    # ACLED's numbers for vague words ("dozens" is 12) stand in only when no count is given.
    counted = [f for f in strong if not _vague(f)]
    used = counted or strong or figures[:1]
    if not used:
        if NO_DEATHS.search(text):
            return Fatalities(0, 0, 0, 0, "text says no one was killed")
        return None
    count = _shared(_combined(used), text)
    values = [f.value for f in used]
    phrases = "; ".join(f"'{f.phrase}'" for f in used)
    return Fatalities(count, min([*values, count]), count, max([*values, count]), f"from {phrases}")


_SELF_AND_OTHERS = re.compile(
    r"\b(?:killing|killed)\s+(?P<self>(?:himself|herself)\s+and\s+)(?=(?:at least\s+)?(?:\d+|"
    + COUNT_WORDS
    + r"|an?)\s)",
    re.I,
)
_VAGUE = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in VAGUE_NUMBERS) + r")(?![\w'’])", re.I
)
_COUNTED = re.compile(r"\d|\b(?:" + COUNT_WORDS + r")\b", re.I)


def _vague(figure: Figure) -> bool:
    """A figure from a vague word only ("killing dozens of people")."""
    return _VAGUE.search(figure.phrase) is not None and _COUNTED.search(figure.phrase) is None


def _shared(total: int, text: str) -> int:
    """A toll the report splits between several events: this event's share."""
    split = SPLIT_EVENTS.search(text)
    if split is None:
        return total
    if split.group("share"):
        return int(split.group("share"))
    parts = number_value(split.group("n")) or 1
    return (total * 2 + parts) // (parts * 2)


# "The attack came two days after a roadside bomb hit a police car, killing two officers":
# a retelling of the attack whose rest tells an earlier happening
_CAME_AFTER = re.compile(
    r"\b(?:came|followed|happened|occurred)\s+(?:\w+\s+){0,2}?(?:days?|weeks?|hours?)\s+"
    r"(?:after|before)\b",
    re.I,
)


def _its_part(candidate: Candidate, sentence: Sentence) -> str:
    """What a sentence of ``candidate`` says of it: all of it, but for an arrest's words
    on what it was made for ("arrested two men after the attack that killed nine": the dead
    are that act's) and a retelling that goes on to another happening ("The attack came two
    days after ...")."""
    if sentence is candidate.sentence:
        cause = candidate.arrest_cause()
        return sentence.text[: cause.start()] if cause else sentence.text
    came = _CAME_AFTER.search(sentence.text)
    return sentence.text[: came.start()] if came else sentence.text


def fatalities_of(article: Article, candidate: Candidate) -> Fatalities | None:
    """The deaths of one event: its own sentences, else what its paragraph goes on to say."""
    if candidate.finds_mass_grave:
        return Fatalities(0, 0, 0, 0, "a mass grave found: its dead are not of that day")
    if candidate.sub_event_type in _HARMLESS:
        # "signed a pact to end raids that have killed dozens": the deaths are the cause's
        return Fatalities(0, 0, 0, 0, f"{candidate.sub_event_type.lower()}: no one dies in it")
    own = [candidate.sentence, *candidate.merged]
    if candidate.sub_event_type in _OWN_SENTENCE_TOLL:
        # Tolls merged into an arrest or a seizure are the violence's it followed ("arrested
        # twelve members" beside "eleven people were killed in the city").
        own = [candidate.sentence]
    found = fatalities_in(" ".join(_its_part(candidate, s) for s in own))
    body = [s for s in own if not is_headline(article, s)]
    if found is not None and len(body) < len(own):
        # A headline's toll is the body's told in brief ("Three FC men martyred in Nushki
        # blast" over "Three personnel of the Frontier Corps were martyred"): never added to
        # it. Read together and apart, the lower figure stands (ACLED's most conservative).
        told = fatalities_in(" ".join(_its_part(candidate, s) for s in body)) if body else None
        found = told if told is not None and told.count < found.count else found
    if found is None:
        after = _following(article, candidate)
        found = fatalities_in(" ".join(s.text for s in after)) if after else None
    if found is None and candidate.sub_event_type not in _OWN_SENTENCE_TOLL:
        # (the deaths told before an arrest are the violence's it followed)
        before = _preceding(article, candidate)
        found = fatalities_in(" ".join(s.text for s in before)) if before else None
    found = _risen_later(article, candidate, found)
    if candidate.sub_event_type == "Suicide bomb" and candidate.modality == "occurred":
        found = _with_bombers(" ".join(s.text for s in own), found)
    return found


# A suicide bomber dies in the blast and ACLED counts every death, the attackers' too.
_BOMBERS = re.compile(
    r"\b(?:(?P<num>" + COUNT_WORDS + r"|\d+)\s+)?(?:(?:wo)?m[ae]n\s+|female\s+|teenage\s+)?"
    r"suicide\s+(?:(?:car\s+)?bomber(?P<plural>s)?|attacker(?P<plural2>s)?)\b"
    r"|\bblew\s+(?P<self>himself|herself|themselves)\s+up\b",
    re.I,
)
# ... unless they are among those counted, or lived.
_BOMBERS_COUNTED = re.compile(
    # ("not counting the three bombers" leaves them out of the figure: they are added)
    r"\b(?:including|among them|(?<!not )(?<!without )counting|besides|in addition to|plus)\s+"
    r"(?:the\s+|both\s+|all\s+)?"
    r"(?:\w+\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?)"
    r"|\b(?:bombers?|attackers?|assailants?)\s+(?:was|were|also|died|and)\b"
    r"|\b(?:arrested|captured|detained|overpowered|failed to (?:explode|detonate)|did not explode"
    r"|before (?:he|she|they) could)\b",
    re.I,
)


_KILLED_SELF = re.compile(r"\b(?:killing|killed)\s+(?:himself|herself|themselves)\b", re.I)


def _with_bombers(text: str, found: Fatalities | None) -> Fatalities | None:
    """A suicide bombing's toll with its bombers ("blew himself up, killing six" is 7)."""
    if _BOMBERS_COUNTED.search(text) or (found is not None and _KILLED_SELF.search(text)):
        return found  # "killing himself and wounding a passer-by. 1 fatality": counted
    match = _BOMBERS.search(text)
    if match is None:
        return found
    bombers = number_value(match.group("num") or "") if match.group("num") else None
    if bombers is None:
        plural = (
            match.group("plural") or match.group("plural2") or match.group("self") == "themselves"
        )
        bombers = 2 if plural else 1
    if found is None:
        return Fatalities(bombers, bombers, bombers, bombers, "the suicide bomber(s) died")
    count = found.count + bombers
    return Fatalities(
        count,
        found.low + bombers,
        found.best + bombers,
        found.high + bombers,
        f"{found.reason}; and the suicide bomber(s)",
    )


def _risen_later(
    article: Article, candidate: Candidate, found: Fatalities | None
) -> Fatalities | None:
    """ "The agency said on Sunday the death toll had risen to 32": a later count of the
    report's main event (or of an event in its own paragraph), told where no other event
    is, raises its toll."""
    if found is None or candidate.modality != "occurred" or candidate.sub_event_type not in _LETHAL:
        return found
    main = next(
        (c for c in article.candidates if c.modality == "occurred" and c.sub_event_type in _LETHAL),
        None,
    )
    # The report's main event takes a rise told anywhere after it; any other, one told in
    # its own paragraph ("first counted 14 dead ... said the number had risen to 17").
    own_paragraph = main is not candidate
    told = {s.start for c in article.candidates for s in [c.sentence, *c.merged]}
    for sentence in article.sentences:
        if sentence.start <= candidate.sentence.start or sentence.start in told:
            continue
        if own_paragraph and sentence.paragraph != candidate.sentence.paragraph:
            break
        rise = TOLL.search(sentence.text)
        if rise is None:
            continue
        value = number_value(rise.group("num"))
        if value is not None and value > found.count and not ELSEWHERE.search(sentence.text):
            return Fatalities(
                value,
                found.low,
                value,
                max(found.high, value),
                f"{found.reason}; toll rose: '{rise.group()}'",
            )
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


# Acts that seldom kill: only their own sentence gives their toll, never one merged into them.
_OWN_SENTENCE_TOLL = frozenset({"Arrests", "Disrupted weapons use", "Looting/property destruction"})
# Kinds of event no one dies in: the deaths told beside them are another happening's.
_HARMLESS = frozenset(
    {
        "Agreement",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Peaceful protest",
        "Change to group/activity",
    }
)


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


def _another_day(candidate: Candidate, other: Candidate) -> bool:
    """Both told with a day of their own, and not the same one: "On 2 March, drones struck
    ...; no figures were available. On 3 March, shells killed three" are two tolls."""
    ours, theirs = candidate.when, other.when
    if ours is None or theirs is None or ours.offset < 0 or theirs.offset < 0:
        return False
    return bool(ours.precision == 1 and theirs.precision == 1 and ours.date != theirs.date)


def _following(article: Article, candidate: Candidate) -> list[Sentence]:
    """The sentences after the event's own in its paragraph (a harmless event stops at a deadly one)."""
    deadly = candidate.sub_event_type in _LETHAL
    taken = {
        s.start
        for other in article.candidates
        if other.sentence.start != candidate.sentence.start
        and other.modality == "occurred"
        and other.sub_event_type in _LETHAL
        and (not deadly or _another_day(candidate, other))
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
