"""The shipped sample articles and the labelled test samples are well formed."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventatlas.event import SUB_EVENT_TYPES, Modality

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "eventatlas" / "data" / "samples"
SAMPLES = ROOT / "tests" / "samples"
MODALITIES = {m.value for m in Modality}
DATELINE = re.compile(
    r"^[A-Za-z][A-Za-z .'-]+,"  # the place, in capitals or not
    r"|^[A-Z][A-Z .'-]+ \([A-Z]+\) \u2014 "  # KABUL (AP) —
)
ARTICLE_FILES = sorted(ARTICLES.glob("*.json"))


def _jsonl(name: str) -> list[dict[str, Any]]:
    lines = (SAMPLES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return len(value) >= 10


def test_samples_twenty_demo_articles() -> None:
    assert len(ARTICLE_FILES) == 20
    assert all(re.fullmatch(r"\d\d-[a-z]+-[a-z0-9-]+", p.stem) for p in ARTICLE_FILES)


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_samples_article_fields(path: Path) -> None:
    article = json.loads(path.read_text(encoding="utf-8"))
    assert {"id", "title", "text", "source", "url"} <= set(article)
    assert set(article) <= {"id", "title", "text", "source", "url", "published"}
    assert article["id"] == path.stem
    assert article["url"].startswith("https://example.org/")
    assert "published" not in article or _is_iso_date(article["published"])


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_samples_article_shape(path: Path) -> None:
    text = json.loads(path.read_text(encoding="utf-8"))["text"]
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert DATELINE.match(text), text[:60]
    assert 3 <= len(paragraphs) <= 8
    assert 120 <= len(text.split()) <= 450


def test_samples_some_articles_need_the_dateline_date() -> None:
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in ARTICLE_FILES]
    undated = [a for a in articles if "published" not in a]
    assert len(undated) >= 5
    for article in undated:
        assert re.search(r"\b\d{1,2} [A-Z][a-z]+ 20\d\d\b", article["text"][:80])


def test_samples_expected_covers_every_article() -> None:
    expected = (ARTICLES / "EXPECTED.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\S+)", expected, flags=re.MULTILINE)
    assert headings == [p.stem for p in ARTICLE_FILES]
    for row in re.findall(r"^\| \d+ \| ([^|]+) \|", expected, flags=re.MULTILINE):
        assert row.strip() in SUB_EVENT_TYPES


def test_samples_modality_records() -> None:
    records = _jsonl("modality.jsonl")
    assert len(records) >= 180
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert {"id", "text", "published", "modality", "sub_event_type"} <= set(record)
        assert record["modality"] in MODALITIES, record["id"]
        assert record["sub_event_type"] in SUB_EVENT_TYPES, record["id"]
        assert _is_iso_date(record["published"]), record["id"]
        assert 1 <= len(re.findall(r"[.!?](?:\s|$)", record["text"])) <= 2, record["id"]


def test_samples_modality_balance() -> None:
    records = _jsonl("modality.jsonl")
    counts = {m: sum(r["modality"] == m for r in records) for m in MODALITIES}
    hedged = [r for r in records if r.get("hedged")]
    assert min(counts.values()) >= 25, counts
    assert counts["occurred"] >= 60 and counts["generic"] >= 35
    assert len(hedged) >= 20 and all(r["modality"] == "occurred" for r in hedged)


def test_samples_nonpolitical_records() -> None:
    records = _jsonl("nonpolitical.jsonl")
    assert len(records) >= 40
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert set(record) == {"id", "title", "text", "published", "source", "kind"}
        assert record["kind"] and record["text"] and _is_iso_date(record["published"])


@pytest.mark.parametrize("word", ["killed", "attack", "explosion", "shot", "fire", "bomb"])
def test_samples_nonpolitical_use_conflict_words(word: str) -> None:
    texts = [r["text"].lower() for r in _jsonl("nonpolitical.jsonl")]
    assert sum(word in text for text in texts) >= 3
