"""Pairwise and B-cubed scores, lead events and the synthetic reports of the speed benchmark."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from eventatlas.event import Event
from eventatlas.incidents import cluster_reports
from eventatlas.incidents.scoring import (
    article_incidents,
    lead_event,
    score,
    synthetic_reports,
)

pytest_plugins = ["postgres_fixtures"]

GOLD = {"a": "1", "b": "1", "c": "1", "d": "2", "e": "3"}


def test_incidents_scoring_perfect() -> None:
    result = score(GOLD, GOLD)
    assert (result.pair_precision, result.pair_recall, result.pair_f1) == (1.0, 1.0, 1.0)
    assert result.bcubed_f1 == 1.0


def test_incidents_scoring_split_and_merge() -> None:
    # {a, b} {c, d} {e}: one gold pair of three kept, one wrong pair made.
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"}
    result = score(GOLD, predicted)
    assert result.pair_precision == pytest.approx(1 / 2)
    assert result.pair_recall == pytest.approx(1 / 3)
    # B-cubed per article: a, b: P 1, R 2/3; c: P 1/2, R 1/3; d: P 1/2, R 1; e: P 1, R 1.
    assert result.bcubed_precision == pytest.approx((1 + 1 + 0.5 + 0.5 + 1) / 5)
    assert result.bcubed_recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_incidents_scoring_everything_apart() -> None:
    predicted = {key: key for key in GOLD}
    result = score(GOLD, predicted)
    assert (result.pair_precision, result.pair_recall, result.pair_f1) == (1.0, 0.0, 0.0)


def test_incidents_scoring_needs_the_same_articles() -> None:
    with pytest.raises(ValueError, match="same articles"):
        score(GOLD, {"a": "1"})


def test_incidents_scoring_lead_event(make_event: Callable[..., Event]) -> None:
    first = make_event(event_id="EV-2", evidence={"text": "x", "start": 0, "end": 1})
    surer = make_event(
        event_id="EV-3", confidence=0.9, evidence={"text": "x", "start": 0, "end": 1}
    )
    later = make_event(event_id="EV-1", evidence={"text": "y", "start": 40, "end": 41})
    assert lead_event([later, first, surer]) is surer
    assert lead_event([]) is None
    found = article_incidents([("art-1", [later]), ("art-2", [])], {"EV-1": "INC-1"})
    assert found == {"art-1": "INC-1", "art-2": "article:art-2"}


def test_incidents_scoring_synthetic_reports() -> None:
    reports = synthetic_reports(2_000, seed=3)
    assert len(reports) == 2_000
    assert reports == synthetic_reports(2_000, seed=3)
    happenings = Counter(report.event_id.split("-")[0] for report in reports)
    assert max(happenings.values()) <= 5
    clusters = cluster_reports(reports)
    # Most reports of a happening are found together; few incidents mix happenings.
    assert len(happenings) <= len(clusters) < 1.3 * len(happenings)
    mixed = [c for c in clusters if len({e.split("-")[0] for e in c.event_ids}) > 1]
    assert len(mixed) < 0.02 * len(clusters)
