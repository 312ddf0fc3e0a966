"""Scoring modality on labelled statements: did we code as occurred only what occurred?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from eventatlas.article import Article
from eventatlas.extract.assemble import consolidate
from eventatlas.extract.classify import candidates_in
from eventatlas.extract.timing import background, reference_date, when_of
from eventatlas.parse.dateline import add_dateline
from eventatlas.parse.sentences import add_sentences


def statement_modality(text: str, published: str | None = None) -> str | None:
    """The modality of the main event of one statement; None when no event is found.

    With ``published``, a dated event long before it is background, as the
    pipeline's dates step codes it.
    """
    article = add_sentences(add_dateline(Article("statement", text, published=published)))
    candidates = consolidate(article, candidates_in(article))
    if not candidates:
        return None
    ref = reference_date(article)
    for candidate in candidates:
        background(candidate, when_of(article, candidate, ref), ref)
    modalities = [c.modality for c in candidates]
    return (
        "occurred"
        if "occurred" in modalities and len(set(modalities)) == 1
        else next((m for m in modalities if m != "occurred"), modalities[0])
    )


def score_modality(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Precision of 'occurred' and recall of the other modalities."""
    outcomes: Counter[tuple[str, str]] = Counter()
    for row in rows:
        predicted = statement_modality(row["text"], row.get("published")) or "none"
        outcomes[(row["modality"], predicted)] += 1
    coded_occurred = sum(n for (gold, pred), n in outcomes.items() if pred == "occurred")
    really = outcomes[("occurred", "occurred")]
    not_occurred = sum(n for (gold, _), n in outcomes.items() if gold != "occurred")
    recognised = sum(
        n for (gold, pred), n in outcomes.items() if gold != "occurred" and pred != "occurred"
    )
    exact = sum(n for (gold, pred), n in outcomes.items() if gold != "occurred" and pred == gold)
    occurred_total = sum(n for (gold, _), n in outcomes.items() if gold == "occurred")
    return {
        "statements": sum(outcomes.values()),
        "occurred_precision": really / coded_occurred if coded_occurred else 0.0,
        "occurred_recall": really / occurred_total if occurred_total else 0.0,
        "non_occurred_recognised": recognised / not_occurred if not_occurred else 0.0,
        "non_occurred_exact": exact / not_occurred if not_occurred else 0.0,
        "confusion": {f"{g}->{p}": n for (g, p), n in sorted(outcomes.items())},
    }
