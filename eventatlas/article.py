"""Article, Sentence and Span: the record that flows through the pipeline.

An :class:`Article` starts as what a source gave us (text, title, dates) and
is filled in by the pipeline steps: its sentences, its dateline, the places
and actors it mentions, and finally the events it reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text, ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """One sentence of the article, with its index and paragraph number."""

    index: int = 0
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Dateline:
    """The opening dateline of a wire report: place, date and agency."""

    span: Span
    place: str | None = None
    country: str | None = None
    date: str | None = None
    agency: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a step noticed but could work around (text cut, bad date)."""

    step: str
    message: str


@dataclass
class Article:
    """One news report and everything the pipeline learned from it.

    ``text`` is the clean plain text; every offset (sentences, evidence)
    refers to it. ``published`` is an ISO 8601 date or datetime, or None.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    dateline: Dateline | None = None
    places: list[Any] = field(default_factory=list)
    candidates: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    done: set[str] = field(default_factory=set)

    @property
    def published_date(self) -> str | None:
        """The ``YYYY-MM-DD`` part of ``published``."""
        return self.published[:10] if self.published else None

    def paragraph_opening(self, sentence: Sentence) -> Sentence:
        """The first sentence of the paragraph ``sentence`` is in."""
        index = sentence.index
        while index > 0 and self.sentences[index - 1].paragraph == sentence.paragraph:
            index -= 1
        return self.sentences[index]

    def paragraph_text(self, paragraph: int) -> str:
        """The sentences of paragraph number ``paragraph``, joined by spaces."""
        return " ".join(s.text for s in self.sentences if s.paragraph == paragraph)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the character at ``offset``."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None
