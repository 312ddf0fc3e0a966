"""The server-rendered pages: map, event, review queue, errors; escaping and headers."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from test_web_fixtures import SCRIPT_TITLE, make_client, public_client, web_store, web_template

from eventatlas.store import Store
from eventatlas.web.evidence import highlight, locate
from eventatlas.web.pages import field_rows, shown, web_link
from eventatlas.web.workbench import VENDOR_FILES

__all__ = ["public_client", "web_store", "web_template"]


def test_web_pages_map(public_client: TestClient) -> None:
    page = public_client.get("/?country=Syria&event_type=Battles").text
    assert 'id="map"' in page and 'id="timeline"' in page and 'id="events-table"' in page
    assert '<input name="country" list="countries" value="Syria"' in page
    assert '<option value="Battles" selected>' in page
    for name in VENDOR_FILES[:3]:
        assert f"/static/vendor/{name}" in page
    assert "https://" not in re.sub(r'href="https://[^"]*"', "", page)


def test_web_pages_map_filter_values_escaped(public_client: TestClient) -> None:
    page = public_client.get("/", params={"country": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)</script>" not in page
    assert "&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_web_pages_map_tile_url(web_store: Store) -> None:
    tiles = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    with make_client(web_store, public=True, tile_url=tiles) as tiled:
        response = tiled.get("/")
    assert f'data-tile-url="{tiles}"' in response.text
    assert (
        "img-src 'self' data: https://*.tile.example.org"
        in response.headers["content-security-policy"]
    )


def test_web_pages_static_files(public_client: TestClient) -> None:
    for name in (
        "atlas.js",
        "map.js",
        "timeline.js",
        "table.js",
        "main.js",
        "event.js",
        "atlas.css",
    ):
        assert public_client.get(f"/static/{name}").status_code == 200, name


def test_web_pages_scripts_never_write_markup(public_client: TestClient) -> None:
    # Our scripts put data in the page as text only: no innerHTML, no document.write.
    for name in ("atlas.js", "map.js", "timeline.js", "table.js", "main.js", "event.js"):
        script = public_client.get(f"/static/{name}").text
        for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
            assert forbidden not in script, (name, forbidden)


def test_web_pages_event(public_client: TestClient) -> None:
    page = public_client.get("/events/EV-STRIKE").text
    assert (
        '<mark id="evidence" class="evidence">Warplanes struck positions near Abu Kamal on '
        "Sunday, killing three fighters.</mark>"
    ) in page
    assert 'id="claimed-by">a field source <small>(anonymous)</small>' in page
    assert "Sputnik" in page and "Test Wire" in page
    assert "the place named in the sentence" in page
    assert "the weekday before the dateline" in page
    assert 'href="/events/EV-STRIKE-2"' in page
    assert "corroborated by 2 outlets" in page
    for name in ("event_id", "geo_precision", "confidence", "assoc_actor_1", "incident_id"):
        assert f"<th>{name}</th>" in page
    assert 'href="https://example.org/syria-1"' in page


def test_web_pages_event_untrusted_text_escaped(public_client: TestClient) -> None:
    page = public_client.get("/events/EV-ATTACK").text
    assert SCRIPT_TITLE not in page
    assert '<h2 id="article-title">&lt;script&gt;alert(1)&lt;/script&gt;</h2>' in page
    assert "<b>killed</b>" not in page and "<script>x()</script>" not in page
    assert "&lt;b&gt;killed&lt;/b&gt;" in page
    assert 'href="javascript' not in page


def test_web_pages_event_unknown_is_404_page(public_client: TestClient) -> None:
    response = public_client.get("/events/EV-<i>NOPE")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "EV-&lt;i&gt;NOPE" in response.text


def test_web_pages_unknown_path_is_404(public_client: TestClient) -> None:
    page = public_client.get("/no/such/page")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    api = public_client.get("/api/no-such-thing")
    assert api.status_code == 404 and api.json() == {"detail": "Not Found"}


def test_web_pages_review_queue_for_readers(public_client: TestClient) -> None:
    page = public_client.get("/review").text
    assert "6 in all" in page
    assert page.index("/events/EV-ATTACK") < page.index("/events/EV-PROTEST")


def test_web_pages_review_queue_bad_offset_is_422_page(public_client: TestClient) -> None:
    response = public_client.get("/review?offset=-1")
    assert response.status_code == 422 and "offset" in response.text


def test_web_pages_security_headers(public_client: TestClient) -> None:
    response = public_client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "content-security-policy" in public_client.get("/api/events").headers


def test_web_pages_login_form(public_client: TestClient) -> None:
    page = public_client.get("/login?next=/review").text
    assert 'name="csrf_token"' in page and 'name="next" value="/review"' in page


def test_web_pages_field_rows_every_field_first() -> None:
    rows = field_rows({"confidence": 0.5, "event_id": "E", "extra": [1, 2], "article": {}})
    assert rows == [("event_id", "E"), ("confidence", "0.5"), ("extra", "1; 2")]


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, "—"), ("", "—"), ([], "—"), (["a", "b"], "a; b"), ({"k": None, "n": 2}, "k: —, n: 2")],
)
def test_web_pages_shown(value: object, text: str) -> None:
    assert shown(value) == text


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        (None, None),
    ],
)
def test_web_pages_web_link(url: str | None, link: str | None) -> None:
    assert web_link(url) == link


def test_web_evidence_highlight_escapes_then_marks() -> None:
    text = "A <b>bold</b> claim. Then <script>x()</script> here."
    marked = highlight(text, {"text": "Then <script>x()</script> here.", "start": 21, "end": 51})
    assert str(marked) == (
        'A &lt;b&gt;bold&lt;/b&gt; claim. <mark id="evidence" class="evidence">'
        "Then &lt;script&gt;x()&lt;/script&gt; here.</mark>"
    )


@pytest.mark.parametrize(
    ("evidence", "span"),
    [
        ({"text": "two", "start": 4, "end": 7}, (4, 7)),
        ({"text": "two", "start": 0, "end": 3}, (4, 7)),
        ({"text": "", "start": 0, "end": 3}, (0, 3)),
        ({"text": "four", "start": 0, "end": 4}, None),
        ({"text": "two", "start": 5, "end": 99}, (4, 7)),
        (None, None),
    ],
)
def test_web_evidence_locate(
    evidence: dict[str, object] | None, span: tuple[int, int] | None
) -> None:
    assert locate("one two three", evidence) == span


@given(st.text(), st.integers(0, 50), st.integers(0, 50))
def test_web_evidence_highlight_never_lets_markup_through(text: str, start: int, end: int) -> None:
    marked = str(highlight(text, {"text": text[start:end], "start": start, "end": end}))
    without_mark = marked.replace('<mark id="evidence" class="evidence">', "").replace(
        "</mark>", ""
    )
    assert "<" not in without_mark and ">" not in without_mark
