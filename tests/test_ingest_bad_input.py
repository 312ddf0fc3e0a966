"""Bad records are skipped with a Failure naming them; the good ones around are untouched."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventatlas.article import Article, Problem
from eventatlas.ingest import read_articles
from eventatlas.ingest.markup import looks_like_html
from eventatlas.pipeline import Failure

GOOD_BEFORE = {"id": "before", "text": "KABUL, May 2 - A bomb exploded near a mosque on Friday."}
GOOD_AFTER = {"id": "after", "text": "صنعاء - غارة جوية على حي سكني 🚨 اليوم", "title": "גבול"}
DEEP = b"[" * 5000 + b"]" * 5000

BAD_LINES = {
    "trailing comma": (b'{"text": "a",}', "invalid JSON at column 14: Expecting property name"),
    "cut short": (b'{"text": "abc', "invalid JSON at column 10: Unterminated string"),
    "not json": (b"hello there", "invalid JSON at column 1: Expecting value"),
    "array": (b"[1, 2]", "expected a JSON object, got an array"),
    "string": (b'"just a string"', "expected a JSON object, got a string"),
    "number": (b"42", "expected a JSON object, got a number"),
    "null": (b"null", "expected a JSON object, got null"),
    "no text": (b'{"title": "t"}', "no 'text' field; every article needs its body in 'text'"),
    "null text": (b'{"text": null}', "no 'text' field; every article needs its body in 'text'"),
    "empty text": (b'{"text": ""}', "'text' is empty"),
    "blank text": (b'{"text": " \\n\\t\\u00a0 "}', "'text' is only whitespace"),
    "number text": (b'{"text": 5}', "'text' must be a string, got a number"),
    "list text": (b'{"text": ["a"]}', "'text' must be a string, got an array"),
    "object text": (b'{"text": {"p": "a"}}', "'text' must be a string, got an object"),
    "latin-1 bytes": (b'{"text": "caf\xe9"}', "not UTF-8 text (byte 0xe9 at offset 13)"),
    "deep nesting": (b'{"text": "a", "x": ' + DEEP + b"}", "nested too deeply to read"),
    "huge integer": (b'{"text": "a", "n": ' + b"7" * 5000 + b"}", "Exceeds the limit (4300"),
    "markup only": (
        b'{"text": "<html><body><script>var a;</script></body></html>"}',
        "no text is left once the markup is removed",
    ),
}


def _lines(*lines: bytes) -> bytes:
    return b"".join(line + b"\n" for line in lines)


def _good(items: list[Article | Failure]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def _encoded(record: dict[str, str]) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode()


@pytest.mark.parametrize("bad, message", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_ingest_bad_line_is_a_failure_and_the_rest_unchanged(
    tmp_path: Path, bad: bytes, message: str
) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_lines(_encoded(GOOD_BEFORE), bad, _encoded(GOOD_AFTER)))
    mixed = list(read_articles(path))
    path.write_bytes(_lines(_encoded(GOOD_BEFORE), b"", _encoded(GOOD_AFTER)))
    alone = list(read_articles(path))
    failures = [item for item in mixed if isinstance(item, Failure)]
    assert len(failures) == 1 and failures[0].where == f"{path}:2", failures
    assert failures[0].step == "ingest"
    assert message in failures[0].message
    assert _good(mixed) == alone and len(alone) == 2


@pytest.mark.parametrize("bad, message", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_ingest_bad_stdin_line_names_its_number(bad: bytes, message: str) -> None:
    import io

    stream = io.BytesIO(_lines(b"", _encoded(GOOD_BEFORE), bad))
    first, failure = read_articles("-", stdin=stream)
    assert isinstance(first, Article) and first.id == "before"
    assert isinstance(failure, Failure) and failure.where == "stdin:3"
    assert message in failure.message


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("bad.txt", b"caf\xe9 noir", "not UTF-8 text (byte 0xe9 at offset 3)"),
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b" \r\n\t\n", "the file holds only whitespace"),
        ("bad.json", b'{"text": }', "invalid JSON at column 10: Expecting value"),
        ("deep.json", DEEP, "nested too deeply to read"),
        ("scalar.json", b"17", "expected a JSON object, got a number"),
        ("bare.html", b"<html><body><style>p {}</style></body></html>", "no text is left"),
        ("bytes.html", b"<html><body><p>caf\xe9</p></body></html>", "not UTF-8 text"),
    ],
)
def test_ingest_bad_file_in_directory_is_a_failure(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / "a-first.txt").write_text("first")
    (tmp_path / name).write_bytes(content)
    (tmp_path / "z-last.txt").write_text("last")
    items = list(read_articles(tmp_path))
    [failure] = [item for item in items if isinstance(item, Failure)]
    assert failure.where == str(tmp_path / name)
    assert message in failure.message
    (tmp_path / name).unlink()
    assert _good(items) == list(read_articles(tmp_path))
    assert [a.text for a in _good(items)] == ["first", "last"]


def test_ingest_oversized_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    blob = _encoded({"text": "x" * 5000})
    path.write_bytes(_lines(_encoded(GOOD_BEFORE), blob, _encoded(GOOD_AFTER)))
    items = list(read_articles(path, max_bytes=1000))
    assert items[1] == Failure(
        f"{path}:2", "ingest", "5,012 bytes is over the 1,000 bytes limit; skipped"
    )
    assert [a.id for a in _good(items)] == ["before", "after"]


def test_ingest_line_at_the_limit_is_kept(tmp_path: Path) -> None:
    line = _encoded({"text": "y" * 988})
    assert len(line) == 1000
    path = tmp_path / "edge.jsonl"
    path.write_bytes(line + b"\r\n" + line)
    items = list(read_articles(path, max_bytes=1000))
    assert [len(a.text) for a in _good(items)] == [988, 988]


def test_ingest_oversized_line_is_never_held_whole(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    with path.open("wb") as out:
        out.write(b'{"text": "')
        for _ in range(40):
            out.write(b"z" * 1_000_000)
        out.write(b'"}\n' + _encoded(GOOD_AFTER) + b"\n")
    tracemalloc.start()
    try:
        items = list(read_articles(path, max_bytes=2_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert items[0] == Failure(f"{path}:1", "ingest", "40 MB is over the 2 MB limit; skipped")
    assert _good(items)[0].id == "after"
    assert peak < 6_000_000, f"peak {peak:,} bytes"


def test_ingest_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(b"w" * 3_000_000)
    (tmp_path / "small.txt").write_text("fine")
    huge, small = read_articles(tmp_path, max_bytes=1_000_000)
    assert huge == Failure(
        str(tmp_path / "huge.txt"), "ingest", "3 MB is over the 1 MB limit; skipped"
    )
    assert isinstance(small, Article) and small.text == "fine"


def test_ingest_nul_characters_are_dropped_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "nul.jsonl"
    path.write_bytes(b'{"text": "Ma\\u0000riupol\x00 siege"}\x00\x00\n')
    [article] = read_articles(path)
    assert isinstance(article, Article)
    assert article.text == "Mariupol siege"
    assert article.problems == [
        Problem("ingest", "removed 3 NUL character(s) from the line"),
        Problem("ingest", "removed 1 NUL character(s) from text"),
    ]


def test_ingest_nul_in_text_file_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Goma\x00 airport")
    [article] = read_articles(path)
    assert isinstance(article, Article) and article.text == "Goma airport"
    assert article.problems == [Problem("ingest", "removed 1 NUL character(s) from text")]


def test_ingest_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"text": "Homs\\ud800 clash"}\n')
    [article] = read_articles(path)
    assert isinstance(article, Article) and article.text == "Homs\ufffd clash"
    assert article.problems == [Problem("ingest", "replaced 1 lone surrogate(s) in text")]


@pytest.mark.parametrize(
    "given_date, expected",
    [
        ("2021-02-03", "2021-02-03"),
        ("2021-02-03T10:00", "2021-02-03T10:00:00"),
        ("2021-02-03T10:00:00Z", "2021-02-03T10:00:00+00:00"),
        (" 2021-02-03 10:00:00+03:00 ", "2021-02-03T10:00:00+03:00"),
        ("20210203", "2021-02-03"),
    ],
)
def test_ingest_published_is_normalised(tmp_path: Path, given_date: str, expected: str) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "t", "published": given_date}))
    [article] = read_articles(path)
    assert isinstance(article, Article)
    assert (article.published, article.problems) == (expected, [])


@pytest.mark.parametrize(
    "bad_date, why",
    [
        ("9999-12-31T25:61", "not an ISO 8601 date (hour must be in 0..23)"),
        ("2021-02-31", "not an ISO 8601 date (day is out of range for month)"),
        ("yesterday", "not an ISO 8601 date"),
        ("2021-02", "not an ISO 8601 date"),
        (20210203, "expected a string, got a number"),
    ],
)
def test_ingest_invalid_published_is_dropped_with_a_note(
    tmp_path: Path, bad_date: object, why: str
) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "t", "published": bad_date}))
    [article] = read_articles(path)
    assert isinstance(article, Article) and article.published is None
    [problem] = article.problems
    assert problem.step == "ingest" and why in problem.message and "'published'" in problem.message


@pytest.mark.parametrize(
    "field, value, why",
    [
        ("title", 12, "ignored 'title': expected a string, got a number"),
        ("url", ["a"], "ignored 'url': expected a string, got an array"),
        ("source", {"name": "x"}, "ignored 'source': expected a string, got an object"),
        ("language", "English", "ignored 'language' 'English': give an ISO 639-1 code"),
        ("language", 7, "ignored 'language' a number: give an ISO 639-1 code"),
        ("format", "pdf", "ignored 'format' 'pdf': give 'html' or 'text'"),
    ],
)
def test_ingest_wrong_optional_field_is_dropped_with_a_note(
    tmp_path: Path, field: str, value: object, why: str
) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"text": "body", field: value}))
    [article] = read_articles(path)
    assert isinstance(article, Article) and article.text == "body"
    assert article.problems == [Problem("ingest", why)]
    assert getattr(article, field, None) is None


def test_ingest_language_tag_keeps_the_language(tmp_path: Path) -> None:
    path = tmp_path / "l.jsonl"
    path.write_text(json.dumps({"text": "t", "language": "ar-SY"}))
    [article] = read_articles(path)
    assert isinstance(article, Article) and article.language == "ar"


def test_ingest_long_text_is_cut_at_a_paragraph(tmp_path: Path) -> None:
    paragraph = "Troops advanced on the village. Residents fled east."
    text = "\n\n".join([paragraph] * 40)
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"text": text}))
    [article] = read_articles(path, max_chars=500)
    assert isinstance(article, Article)
    assert text.startswith(article.text) and article.text.endswith("fled east.")
    assert 250 <= len(article.text) < 500
    assert article.problems == [
        Problem("ingest", f"text cut from {len(text)} to {len(article.text)} characters")
    ]


def test_ingest_long_paragraph_is_cut_at_a_sentence(tmp_path: Path) -> None:
    text = " ".join(["The convoy reached the crossing at dawn."] * 30)
    path = tmp_path / "long.txt"
    path.write_text(text)
    [article] = read_articles(path, max_chars=300)
    assert isinstance(article, Article)
    assert article.text.endswith("dawn.") and text.startswith(article.text)


def test_ingest_text_without_spaces_is_cut_hard(tmp_path: Path) -> None:
    path = tmp_path / "dense.txt"
    path.write_text("ق" * 1000)
    [article] = read_articles(path, max_chars=100)
    assert isinstance(article, Article) and article.text == "ق" * 100
    assert article.problems == [Problem("ingest", "text cut from 1000 to 100 characters")]


def test_ingest_html_in_a_json_line_is_reduced(tmp_path: Path) -> None:
    markup = "<html><head><title>Raid</title></head><body><div><p>Police raided a camp.</p>"
    markup += "<p>Nine people were held.</p></div></body></html>"
    path = tmp_path / "h.jsonl"
    path.write_text(
        json.dumps({"text": markup}) + "\n" + json.dumps({"text": markup, "format": "text"})
    )
    reduced, kept = read_articles(path)
    assert isinstance(reduced, Article) and isinstance(kept, Article)
    assert reduced.text == "Police raided a camp.\n\nNine people were held."
    assert reduced.title == "Raid"
    assert kept.text == markup and kept.title is None


def test_ingest_text_mentioning_tags_is_not_html(tmp_path: Path) -> None:
    text = "Officials said the <p> tag was not the issue in the leaked files."
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"text": text}))
    [article] = read_articles(path)
    assert isinstance(article, Article) and article.text == text


def test_ingest_html_bomb_line_finishes_quickly(tmp_path: Path) -> None:
    bomb = "<html><body>" + "<div>" * 200_000 + "Deep inside." + "</div>" * 200_000
    path = tmp_path / "bomb.jsonl"
    path.write_text(json.dumps({"text": bomb}) + "\n" + json.dumps(GOOD_AFTER))
    started = time.monotonic()
    items = list(read_articles(path))
    assert time.monotonic() - started < 5
    assert [a.text for a in _good(items)] == ["Deep inside.", GOOD_AFTER["text"]]


def test_ingest_rtl_and_emoji_pass_through(tmp_path: Path) -> None:
    text = "كابول ‏(رويترز)‏ - انفجار 💥 قرب المطار\u200f\n\nירושלים 🇮🇱 דיווח"
    path = tmp_path / "rtl.jsonl"
    path.write_bytes(json.dumps({"text": text}, ensure_ascii=False).encode() + b"\n")
    [article] = read_articles(path)
    assert isinstance(article, Article) and article.text == text and not article.problems


def test_ingest_bad_utf16_line_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "u16.jsonl"
    good = json.dumps({"text": "ok"}).encode("utf-16-le") + "\n".encode("utf-16-le")
    path.write_bytes(b"\xff\xfe" + good + b"\x00\xdc" + good + good)
    first, failure, third = read_articles(path)
    assert isinstance(first, Article) and isinstance(third, Article)
    assert (first.text, third.text) == ("ok", "ok")
    assert isinstance(failure, Failure) and failure.where == f"{path}:2"
    assert failure.message.startswith("not UTF-8 text")


def test_ingest_truncated_utf16_ends_with_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "u16.jsonl"
    good = json.dumps({"text": "ok"}).encode("utf-16-le") + "\n".encode("utf-16-le")
    path.write_bytes(b"\xff\xfe" + good * 3 + b"{")
    *articles, failure = read_articles(path)
    assert [a.text for a in _good(articles)] == ["ok", "ok", "ok"]
    assert failure == Failure(
        f"{path}:4", "ingest", "not UTF-16 text from this line on; the rest is skipped"
    )


_TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\0"),
    min_size=1,
).filter(lambda text: text.strip() != "" and not looks_like_html(text))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_TEXTS)
def test_ingest_any_text_round_trips(tmp_path: Path, text: str) -> None:
    path = tmp_path / "round.jsonl"
    path.write_bytes(json.dumps({"text": text}, ensure_ascii=False).encode() + b"\n")
    [article] = read_articles(path)
    assert isinstance(article, Article)
    assert article.text == text.replace("\r\n", "\n").replace("\r", "\n")
