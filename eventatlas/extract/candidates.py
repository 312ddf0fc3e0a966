"""Event candidates: one per event-bearing clause, with what extraction learns.

A :class:`Candidate` is opened by a trigger word found by
:mod:`eventatlas.extract.classify`; the later steps fill its actors, place,
date, fatalities and attribution, and ``assemble`` turns it into an Event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from eventatlas.article import Sentence, Span
from eventatlas.event import Attribution, Location


@dataclass(slots=True)
class Fatalities:
    """Reported deaths: ACLED's conservative figure and UCDP-style low/best/high."""

    count: int
    low: int
    best: int
    high: int
    reason: str


@dataclass(slots=True)
class Candidate:
    """One event-bearing clause on its way to becoming an Event."""

    sentence: Sentence
    clause: Span
    trigger: Span
    sub_event_type: str
    strength: str
    modality: str = "occurred"
    modality_reason: str = ""
    actors: list[Any] = field(default_factory=list)
    actor1: Any = None
    actor2: Any = None
    assoc_actor_1: list[Any] = field(default_factory=list)
    assoc_actor_2: list[Any] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    when: Any = None
    fatalities: Fatalities | None = None
    attribution: Attribution = field(default_factory=Attribution)
    merged: list[Sentence] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # A town taken with no fight told in the trigger's sentence (read as a handover until
    # its paragraph is known: ``classify.fought_for``).
    no_fight_told: bool = False

    @property
    def finds_mass_grave(self) -> bool:
        """A mass grave found ("began exhuming a mass grave"): ACLED's "Other", whose dead
        cannot be dated to the day it was found."""
        return self.sub_event_type == "Other" and "mass grave" in self.trigger.text.lower()

    def arrest_cause(self) -> re.Match[str] | None:
        """The words in an arrest's sentence that lead to what it was made for ("arrested
        two men after the attack that killed nine": "after"), or None; offsets are the
        sentence's."""
        if self.sub_event_type != "Arrests":
            return None
        after = self.trigger.end - self.sentence.start
        return _ARREST_CAUSE.search(self.sentence.text, max(after, 0))

    def arrested_for(self, other: Candidate) -> re.Match[str] | None:
        """The cause words, when this is an arrest and ``other`` the act told as what it was
        made for ("arrested two men after the attack that killed nine"): two events, on two
        days. None when ``other`` is not told there, or the one arrested did it."""
        cause = self.arrest_cause()
        at = other.trigger.start - self.sentence.start
        if cause is None or other.sentence is not self.sentence or at < cause.start():
            return None
        # "a policeman has been apprehended after shooting dead a politician": the one
        # arrested did it, and the killing is the event
        if _DOER_ARRESTED.fullmatch(self.sentence.text[cause.end() : at]):
            return None
        return cause


# The words that lead from an arrest to what it was made for.
ARREST_CAUSE_WORDS = (
    r"after|over|for|following|in (?:connection|relation) (?:with|to)|suspect(?:ed)? of|accused of"
    r"|on suspicion of|links? (?:to|with)|ties (?:to|with)"
)
_ARREST_CAUSE = re.compile(rf"\b(?:{ARREST_CAUSE_WORDS})\b", re.I)
_DOER_ARRESTED = re.compile(
    r"\s*(?:(?:allegedly|reportedly|having)\s+)?(?:[a-z]+ing\s+(?:and\s+[a-z]+ing\s+)?)?", re.I
)
