"""Modality: did it happen, or is it planned, threatened, habitual or denied?

Cues come from ``data/modality.tsv``. A cue counts only in the clause that
holds the trigger (before it, or just after it for "will arrive"), except
denials, which govern the whole sentence. Hedges ("reportedly",
"allegedly", "according to") leave an event occurred: attribution, not
modality, records who vouches for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventatlas.article import Sentence, Span
from eventatlas.extract.lexicon import read_rows


@dataclass(frozen=True, slots=True)
class Cue:
    modality: str
    scope: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    """The modality cue lexicon, compiled once per process."""
    return tuple(
        Cue(modality, scope, re.compile(pattern, re.IGNORECASE))
        for modality, scope, pattern in read_rows("modality.tsv")
    )


def modality_of(sentence: Sentence, clause: Span, trigger: Span) -> tuple[str, str]:
    """The modality of the event ``trigger`` names, and the cue that decided it."""
    before = sentence.text[clause.start - sentence.start : trigger.end - sentence.start]
    after = sentence.text[trigger.end - sentence.start : clause.end - sentence.start][:60]
    upto = sentence.text[: trigger.end - sentence.start]
    scopes = {"before": before, "after": after, "upto": upto, "sentence": sentence.text}
    for cue in load_cues():
        match = cue.pattern.search(scopes[cue.scope])
        if match and cue.modality == "generic" and _in_relative_clause(sentence, trigger, match):
            continue
        if match and cue.modality == "generic" and _compared(scopes[cue.scope], match):
            continue
        if match and cue.scope == "sentence" and _told_after_by_another(sentence, trigger, match):
            continue
        if match and cue.scope == "before" and _anothers_intent(scopes["before"], match):
            continue
        if match:
            return cue.modality, f"'{match.group().strip()}' ({cue.scope} the trigger)"
    return "occurred", ""


# ", and their union said it would block Route 5 unless ...": another speaker's clause
_ANOTHER_SAYS = re.compile(
    r",\s+(?:and|but|while)\s+(?:[\w'’-]+\s+){1,5}?(?:said|says|warned|added|announced|vowed)\b",
    re.I,
)


def _told_after_by_another(sentence: Sentence, trigger: Span, match: re.Match[str]) -> bool:
    """ "Drivers blocked the road on Sunday, and their union said it would block another
    unless ...": the threat or plan a later clause reports is not the told event's."""
    end = trigger.end - sentence.start
    if match.start() < end:
        return False
    return _ANOTHER_SAYS.search(sentence.text, end, match.start() + 1) is not None


# "confronted a group of hitmen who were planning to assassinate a target, resulting in a
# shoot-out": the plan is the hitmen's, told in a clause about them that closes before the event
_WHO_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _anothers_intent(before: str, match: re.Match[str]) -> bool:
    return _WHO_BEFORE.search(before[: match.start()]) is not None and "," in before[match.end() :]


# "the country's worst communal bloodshed for years": a comparison, not a habit
_FOR_YEARS = re.compile(r"^(?:for|in) (?:many )?(?:years|decades)$", re.I)
_SUPERLATIVE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|fiercest|most \w+|first)\b"
    r"[^.;,]{0,40}$",
    re.I,
)


def _compared(text: str, match: re.Match[str]) -> bool:
    return bool(
        _FOR_YEARS.match(match.group().strip()) and _SUPERLATIVE.search(text[: match.start()])
    )


_RELATIVE = re.compile(r"\b(?:who|which|whose|whom|that)\b|, (?:a|an|the) ", re.IGNORECASE)


def _in_relative_clause(sentence: Sentence, trigger: Span, match: re.Match[str]) -> bool:
    """ "recaptured the town ... from militants who have terrorised the province since 2017":
    what a clause after the event says about someone in it is not the event's modality."""
    start = sentence.start + match.start()
    if start <= trigger.end:
        return False
    return _RELATIVE.search(sentence.text, trigger.end - sentence.start, match.start()) is not None
