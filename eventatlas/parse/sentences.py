"""Split article text into paragraphs and sentences, keeping exact offsets.

A rule splitter rather than a statistical one: wire copy is regular, the
rules are fast (tens of thousands of sentences a second) and every
sentence is a true slice of the text, which evidence offsets depend on.
"""

from __future__ import annotations

import re

from eventatlas.article import Article, Sentence

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*[-*•])")
_CANDIDATE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)|\n")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl pvt gov sen rep rev st mt ft no
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    inc ltd co corp dept est vs etc approx u.s u.n e.g i.e a.m p.m al""".split()
)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_boundary(text: str, end: int, mark: str) -> bool:
    """Whether a full stop at ``end`` really ends a sentence."""
    if mark == "\n":
        return True
    if mark != ".":
        return True
    word = re.search(r"([\w.]+)\.?$", text[max(0, end - 12) : end - 1] + ".")
    token = (word.group(1) if word else "").lower().rstrip(".")
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False
    following = text[end : end + 3].lstrip()
    return not following or not following[0].islower()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    position = start
    for match in _CANDIDATE_END.finditer(text, start, end):
        mark = match.group()[0]
        if _is_boundary(text, match.end(), mark):
            spans.append(_strip(text, position, match.end()))
            position = match.end()
    spans.append(_strip(text, position, end))
    return [(s, e) for s, e in spans if e > s]


def sentences_of(
    text: str, *, start: int = 0, skip: tuple[int, int] | None = None
) -> list[Sentence]:
    """Every sentence of ``text`` from ``start`` on, with its index and paragraph number;
    the span ``skip`` (a dateline under a headline) is left out of its paragraph."""
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(split_paragraphs(text)):
        p_start = max(p_start, start)
        if skip is not None and p_start <= skip[0] < p_end:
            p_start = max(p_start, skip[1])
        if p_end <= p_start:
            continue
        for s_start, s_end in split_sentences(text, p_start, p_end):
            sentences.append(
                Sentence(s_start, s_end, text[s_start:s_end], len(sentences), paragraph)
            )
    return sentences


# A web page's link to another of its reports ("READ MORE: Gunmen kill 12 in Zamfara",
# "Related: ..."): a headline of another story, on another day, told in no sentence of this one.
_OTHER_STORY = re.compile(
    r"\W*(?:read (?:more|also|next)|also read|more (?:on this|coverage|stories)|related"
    r"(?: (?:story|stories|news|coverage|reading|articles?|content|links?))?|see also"
    r"|recommended(?: stories| reading| for you)?|you (?:may|might) also (?:like|be interested)"
    r"|don'?t miss|further reading|most (?:read|popular)|trending|watch|listen|editor'?s picks?"
    r"|top stories|latest news|more from [\w ]{1,30}|also (?:on|see)|more)\s*[:|>»]",
    re.I,
)


# A picture's caption ("Photo: Residents gather near burnt houses in Mangu"): what a
# picture shows, told again by the report or of another day; no sentence of the report.
_CAPTION = re.compile(
    r"\W*(?:(?:file\s+)?(?:photo(?:graph)?|picture|image|caption|video)s?"
    r"(?:\s*\([^)]{0,40}\))?\s*[:|]|\((?:file\s+)?photo\b)",
    re.I,
)


def add_sentences(article: Article) -> Article:
    """Pipeline step body: fill ``article.sentences`` (the dateline is not a sentence, nor
    is a link to another report)."""
    span = article.dateline.span if article.dateline else None
    found = sentences_of(article.text, skip=(span.start, span.end) if span else None)
    kept = [s for s in found if not _OTHER_STORY.match(s.text) and not _CAPTION.match(s.text)]
    paragraphs = {p: n for n, p in enumerate(sorted({s.paragraph for s in kept}))}
    article.sentences = [
        Sentence(s.start, s.end, s.text, index, paragraphs[s.paragraph])
        for index, s in enumerate(kept)
    ]
    return article
