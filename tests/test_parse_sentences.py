from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventatlas.parse.sentences import sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a bus. Five died.", ["Gunmen attacked a bus.", "Five died."]),
        (
            "Lt. Col. Smith said U.S. forces left. They went home.",
            ["Lt. Col. Smith said U.S. forces left.", "They went home."],
        ),
        ("First paragraph\n\nSecond one.", ["First paragraph", "Second one."]),
        ('He said: "We will fight." Then he left.', ['He said: "We will fight."', "Then he left."]),
        ("On Jan. 5 the army moved.", ["On Jan. 5 the army moved."]),
    ],
)
def test_parse_sentences_splits(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences_of(text)] == expected


def test_parse_sentences_paragraph_numbers() -> None:
    sentences = sentences_of("A one. A two.\n\nB one.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert [s.index for s in sentences] == [0, 1, 2]


def test_parse_sentences_start_skips_prefix() -> None:
    sentences = sentences_of("KABUL (AP) — A bomb exploded.", start=13)
    assert sentences[0].text == "A bomb exploded."


@given(st.text(max_size=400))
def test_parse_sentences_offsets_are_slices(text: str) -> None:
    for sentence in sentences_of(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text and sentence.text


def test_parse_sentences_leave_out_links_to_other_reports() -> None:
    """ "READ MORE: ..." and "Related: ..." lines are other stories' headlines; the
    paragraphs around them keep their numbers in order and the sentences their offsets."""
    from eventatlas.article import Article
    from eventatlas.parse.sentences import add_sentences

    text = (
        "Troops shelled the market on Monday.\n\nREAD MORE: Gunmen kill nine in Zamfara\n\n"
        "Two traders died.\nRelated: Bomb hits mosque in Maiduguri\n\n"
        "More than 20 people were hurt. Read more: how the war began."
    )
    article = add_sentences(Article("a", text))
    assert [s.text for s in article.sentences] == [
        "Troops shelled the market on Monday.",
        "Two traders died.",
        "More than 20 people were hurt.",
    ]
    assert [(s.index, s.paragraph) for s in article.sentences] == [(0, 0), (1, 1), (2, 2)]
    assert all(text[s.start : s.end] == s.text for s in article.sentences)


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Residents gather near burnt houses in Mangu on Tuesday.",
        "PICTURE (Reuters): Police fire tear gas in Lagos.",
        "(File photo) Soldiers patrol the market in Gao.",
    ],
)
def test_parse_sentences_leave_out_captions(caption: str) -> None:
    """A picture's caption shows a scene; it is no sentence of the report."""
    from eventatlas.article import Article
    from eventatlas.parse.sentences import add_sentences

    text = f"Gunmen killed 12 people in Mangu on Monday.\n\n{caption}\n\nThe attackers fled."
    article = add_sentences(Article("a", text))
    assert [s.text for s in article.sentences] == [
        "Gunmen killed 12 people in Mangu on Monday.",
        "The attackers fled.",
    ]


def test_parse_sentences_leave_out_a_dateline_under_the_headline() -> None:
    """The dateline is no part of any sentence (so no step needs to blank it again); the
    headline above it stays a sentence."""
    from eventatlas.article import Article
    from eventatlas.parse.dateline import add_dateline
    from eventatlas.parse.sentences import add_sentences

    text = "Church attacked in Makhachkala\n\nMAKHACHKALA, June 24 - Gunmen opened fire."
    article = add_sentences(add_dateline(Article("a", text)))
    assert article.dateline is not None
    span = article.dateline.span
    assert [s.text for s in article.sentences] == [
        "Church attacked in Makhachkala",
        "Gunmen opened fire.",
    ]
    assert all(s.end <= span.start or s.start >= span.end for s in article.sentences)
