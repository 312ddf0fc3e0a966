"""HTML to text: trafilatura for real pages, a linear-time stripper for everything else."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from eventatlas.errors import ArticleError
from eventatlas.ingest.markup import Limits, decode_page, looks_like_html, read_page, strip_tags

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<html><body>x</body></html>", True),
        ("\n  <!DOCTYPE html><p>x</p>", True),
        ("<DIV class='a'>x</DIV>", True),
        ("<article>x</article>", True),
        ("<p>x", True),
        ("The <p> tag", False),
        ("<span>only inline</span>", False),
        ("<pre>code</pre>", False),
        ("a < b and <div>", False),
    ],
)
def test_ingest_markup_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_ingest_markup_strip_tags_keeps_paragraphs_and_drops_code() -> None:
    markup = (
        "<html><head><title>T</title><style>p { x: 1 }</style></head><body>"
        "<header>Top</header><p>One &amp; <b>two</b>\n  words</p><!-- hidden <p>no</p> -->"
        "<div>Three<br>four</div><script>if (a < b) {}</script><SCRIPT>x</SCRIPT>"
        "<pre>kept</pre><noscript>no</noscript></body></html>"
    )
    assert strip_tags(markup) == "Top\n\nOne & two words\n\nThree four\n\nkept"


@pytest.mark.parametrize(
    "markup, expected",
    [
        ("<p>open <b>never closed", "open never closed"),
        ("<script>no end", ""),
        ("before<!-- no end", "before"),
        ("<header>h</header><head>gone</head>", "h"),
        ("a < b > c", "a c"),
        ("<p>caf&eacute; &#x41;&#66;</p>", "café AB"),
    ],
)
def test_ingest_markup_strip_tags_survives_broken_html(markup: str, expected: str) -> None:
    assert strip_tags(markup) == expected


@pytest.mark.parametrize(
    "bomb",
    [
        "<html><body>" + "<div>" * 200_000 + "core" + "</div>" * 200_000,
        "<html><body>" + "<p><b><i>" * 200_000 + "core",
        "<html><body>" + "<" * 1_000_000 + "<p>core",
        "<html><body>" + "<script" * 200_000 + "<p>core",
        "<html><body>" + "<!--" * 300_000 + "<p>core",
        "<html><body>" + "<table><tr><td>" * 100_000 + "core",
    ],
    ids=["nested-div", "nested-inline", "lone-brackets", "open-scripts", "open-comments", "tables"],
)
def test_ingest_markup_bomb_finishes_quickly(bomb: str) -> None:
    started = time.monotonic()
    page = read_page(bomb)
    assert time.monotonic() - started < 3
    assert page.text.endswith("core") or page.text == ""


def test_ingest_markup_html_bomb_stays_in_bounded_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html"
    bomb.write_text("<html><body>" + "<div>" * 200_000 + "core" + "</div>" * 200_000)
    script = textwrap.dedent(
        f"""
        import resource, time
        from eventatlas.ingest import read_articles
        from eventatlas.ingest.markup import read_page
        read_page("<html><body><p>warm up the imports</p></body></html>")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.monotonic()
        [article] = read_articles({str(bomb)!r})
        assert article.text == "core", article
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        print(time.monotonic() - started, grown)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    seconds, grown_kib = result.stdout.split()
    assert float(seconds) < 3
    assert int(grown_kib) < 100_000, f"resident memory grew by {int(grown_kib) // 1024} MiB"


def test_ingest_markup_read_page_uses_trafilatura_for_a_real_page() -> None:
    page = read_page((FIXTURES / "page.html").read_text())
    assert page.title == "Shelling damages school in Kharkiv district"
    assert page.published == "2024-03-05"
    assert page.source == "Northern Wire"
    assert page.url == "https://wire.example.org/2024/03/05/kharkiv-school"
    assert page.language == "en"
    paragraphs = page.text.split("\n\n")
    assert paragraphs[-1].startswith("Rescue teams cleared rubble")
    assert any(p.startswith("KHARKIV, March 5 (Northern Wire)") for p in paragraphs)
    assert "Home" not in page.text and "all rights reserved" not in page.text


def test_ingest_markup_large_page_goes_to_the_stripper() -> None:
    markup = (FIXTURES / "page.html").read_text()
    page = read_page(markup, limits=Limits(max_chars=100, max_tags=10_000))
    assert page.published is None and page.source is None
    assert page.title == "Shelling damages school in Kharkiv district | Northern Wire"
    assert "Home | World | Sport" in page.text
    assert "KHARKIV, March 5" in page.text


def test_ingest_markup_many_tags_go_to_the_stripper() -> None:
    markup = "<html><body>" + "<p>Village shelled.</p>" * 50
    page = read_page(markup, limits=Limits(max_tags=10))
    assert page.text == "\n\n".join(["Village shelled."] * 50)


def test_ingest_markup_decode_page_follows_the_meta_charset() -> None:
    data = "<meta charset=koi8-r><p>Харьков</p>".encode("koi8_r")
    assert decode_page(data, "x.html").endswith("Харьков</p>")


def test_ingest_markup_decode_page_prefers_the_named_charset() -> None:
    data = "<p>Kharkív</p>".encode("latin-1")
    assert decode_page(data, "u", charset="iso-8859-1") == "<p>Kharkív</p>"
    assert decode_page(b"<p>x</p>", "u", charset="no-such-codec") == "<p>x</p>"


def test_ingest_markup_decode_page_without_charset_fails_clearly() -> None:
    with pytest.raises(ArticleError, match=r"not UTF-8 text \(byte 0xed at offset 8\)"):
        decode_page("<p>Kharkív</p>".encode("latin-1"), "x.html")
    with pytest.raises(ArticleError, match="not UTF-8 or utf-16 text"):
        decode_page(b"<meta charset=utf-16><p>\xff</p>", "x.html")
