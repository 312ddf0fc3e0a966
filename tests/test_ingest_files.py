"""read_articles on every kind of INPUT: JSON Lines, single files, directories, stdin."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from eventatlas.article import Article
from eventatlas.errors import InputError
from eventatlas.ingest import read_articles
from eventatlas.pipeline import Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
BODY = "ALEPPO, March 3 (Wire) - Two shells hit a market on Sunday, a monitor said."


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def articles(items: list[Article | Failure]) -> list[Article]:
    assert all(isinstance(item, Article) for item in items), items
    return [item for item in items if isinstance(item, Article)]


def test_ingest_jsonl_reads_every_field(tmp_path: Path) -> None:
    record = {
        "id": "wire-1",
        "text": BODY,
        "title": "Shells hit market",
        "published": "2024-03-03T09:15:00Z",
        "url": "https://wire.example.org/1",
        "source": "Wire",
        "language": "EN",
    }
    path = tmp_path / "batch.jsonl"
    path.write_text(jsonl(record))
    [article] = articles(list(read_articles(path)))
    assert article == Article(
        id="wire-1",
        text=BODY,
        title="Shells hit market",
        published="2024-03-03T09:15:00+00:00",
        url="https://wire.example.org/1",
        source="Wire",
        language="en",
        origin=f"{path}:1",
    )


def test_ingest_jsonl_default_ids_count_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.ndjson"
    path.write_text(jsonl({"text": "one"}) + "\n   \n" + jsonl({"text": "two"}))
    found = articles(list(read_articles(path)))
    assert [(a.id, a.origin) for a in found] == [
        ("batch:1", f"{path}:1"),
        ("batch:4", f"{path}:4"),
    ]


def test_ingest_numeric_id_becomes_a_string(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(jsonl({"id": 42, "text": "x"}, {"id": True, "text": "y"}))
    first, second = articles(list(read_articles(path)))
    assert first.id == "42"
    assert second.id == "a:2"
    assert "'id' a boolean is not a string" in second.problems[0].message


def test_ingest_sniffs_jsonl_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.log"
    path.write_text(jsonl({"text": "one"}, {"text": "two"}))
    assert [a.text for a in articles(list(read_articles(path)))] == ["one", "two"]


def test_ingest_txt_file_is_the_text(tmp_path: Path) -> None:
    path = tmp_path / "report-7.txt"
    path.write_bytes(b"Line one\r\nLine two\rLine three\n")
    [article] = articles(list(read_articles(path)))
    assert (article.id, article.origin) == ("report-7", str(path))
    assert article.text == "Line one\nLine two\nLine three\n"


@pytest.mark.parametrize(
    "encoded",
    [
        "\ufeffصنعاء — غارة جوية".encode(),
        "صنعاء — غارة جوية".encode("utf-16"),
        "\ufeffصنعاء — غارة جوية".encode("utf-16-be"),
    ],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_ingest_txt_decodes_boms(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "sanaa.txt"
    path.write_bytes(encoded)
    [article] = articles(list(read_articles(path)))
    assert article.text == "صنعاء — غارة جوية"


def test_ingest_html_file_gives_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "kharkiv.html"
    path.write_bytes((FIXTURES / "page.html").read_bytes())
    [article] = articles(list(read_articles(path)))
    assert article.id == "kharkiv"
    assert article.title == "Shelling damages school in Kharkiv district"
    assert article.published == "2024-03-05"
    assert article.source == "Northern Wire"
    assert article.language == "en"
    assert "\n\nThe governor wrote on a messaging channel" in article.text
    assert "Rescue teams cleared rubble" in article.text
    assert "window.tracking" not in article.text and "Sport" not in article.text


def test_ingest_htm_file_in_declared_charset(tmp_path: Path) -> None:
    page = "<html><head><meta charset='windows-1252'><title>Caf\xe9</title></head>"
    page += "<body><p>Le caf\xe9 a \xe9t\xe9 d\xe9truit.</p></body></html>"
    path = tmp_path / "cafe.htm"
    path.write_bytes(page.encode("cp1252"))
    [article] = articles(list(read_articles(path)))
    assert article.text == "Le café a été détruit."
    assert article.title == "Café"


def test_ingest_json_file_with_one_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": BODY, "title": "T"}, indent=2))
    [article] = articles(list(read_articles(path)))
    assert (article.id, article.origin, article.title) == ("one", str(path), "T")


def test_ingest_json_file_with_an_array(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"text": "a"}, {"id": "x", "text": "b"}, {"title": "none"}]))
    first, second, third = read_articles(path)
    assert isinstance(first, Article) and (first.id, first.origin) == ("many:1", f"{path}#1")
    assert isinstance(second, Article) and second.id == "x"
    assert third == Failure(
        f"{path}#3", "ingest", "no 'text' field; every article needs its body in 'text'"
    )


def test_ingest_json_file_holding_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text(jsonl({"text": "a"}, {"text": "b"}))
    found = articles(list(read_articles(path)))
    assert [(a.id, a.origin) for a in found] == [("lines:1", f"{path}:1"), ("lines:2", f"{path}:2")]


def test_ingest_directory_is_read_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("b/z")
    (tmp_path / "b" / "a.html").write_text("<html><body><p>b/a</p></body></html>")
    (tmp_path / "a.jsonl").write_text(jsonl({"text": "a.jsonl 1"}, {"text": "a.jsonl 2"}))
    (tmp_path / "b-c.json").write_text(json.dumps({"text": "b-c"}))
    (tmp_path / "c.TXT").write_text("c")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "README").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text("ignored")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("ignored")
    found = articles(list(read_articles(tmp_path)))
    assert [a.text for a in found] == ["a.jsonl 1", "a.jsonl 2", "b/a", "b/z", "b-c", "c"]
    assert [a.id for a in found] == ["a:1", "a:2", "b/a", "b/z", "b-c", "c"]


def test_ingest_directory_twice_gives_the_same(tmp_path: Path) -> None:
    for name in ["q.txt", "p.txt", "o/n.txt", "o/m.jsonl"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(jsonl({"text": name}) if name.endswith("l") else name)
    assert list(read_articles(tmp_path)) == list(read_articles(tmp_path))


def test_ingest_empty_directory_gives_nothing(tmp_path: Path) -> None:
    assert list(read_articles(tmp_path)) == []


def test_ingest_stdin_ids_are_line_numbers() -> None:
    stream = io.BytesIO(jsonl({"text": "one"}, {"text": "two", "id": "own"}).encode())
    found = articles(list(read_articles("-", stdin=stream)))
    assert [(a.id, a.origin) for a in found] == [("1", "stdin:1"), ("own", "stdin:2")]


def test_ingest_stdin_in_utf16() -> None:
    stream = io.BytesIO(jsonl({"text": "Мариуполь"}, {"text": "два"}).encode("utf-16"))
    found = articles(list(read_articles("-", stdin=stream)))
    assert [a.text for a in found] == ["Мариуполь", "два"]
    assert not stream.closed


def test_ingest_stdin_with_a_bom() -> None:
    stream = io.BytesIO(b"\xef\xbb\xbf" + jsonl({"text": "a"}).encode())
    assert [a.text for a in articles(list(read_articles("-", stdin=stream)))] == ["a"]


def _write_later(fifo: Path, data: bytes) -> threading.Thread:
    """A thread that writes ``data`` into ``fifo`` once a reader opens it."""

    def write() -> None:
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as writer:
            writer.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_ingest_named_pipe_is_read_as_json_lines(tmp_path: Path) -> None:
    fifo = tmp_path / "stream"
    os.mkfifo(fifo)
    writer = _write_later(fifo, jsonl({"text": "piped"}).encode())  # as <(zcat ...) would
    found = articles(list(read_articles(fifo)))
    writer.join(timeout=5)
    assert [a.text for a in found] == ["piped"]


def test_ingest_unbuffered_pipe_on_stdin() -> None:
    reader, writer = os.pipe()
    os.write(writer, jsonl({"text": "one"}, {"text": "two"}).encode())
    os.close(writer)
    with open(reader, "rb", buffering=0) as stream:
        found = articles(list(read_articles("-", stdin=stream)))
    assert [a.text for a in found] == ["one", "two"]


def test_ingest_oversized_text_from_a_pipe_is_a_failure(tmp_path: Path) -> None:
    fifo = tmp_path / "big.txt"
    os.mkfifo(fifo)
    writer = _write_later(fifo, b"x" * 5000)
    items = list(read_articles(fifo, max_bytes=1000))
    writer.join(timeout=5)
    assert items == [
        Failure(str(fifo), "ingest", "1,001 bytes is over the 1,000 bytes limit; skipped")
    ]


def test_ingest_nul_in_json_file_is_noted(tmp_path: Path) -> None:
    path = tmp_path / "nul.json"
    path.write_bytes(b'{"text": "Idlib"}\x00')
    [article] = articles(list(read_articles(path)))
    assert article.text == "Idlib"
    assert [p.message for p in article.problems] == ["removed 1 NUL character(s) from the file"]


def test_ingest_missing_input_raises_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"INPUT '.*nowhere\.jsonl' does not exist"):
        read_articles(tmp_path / "nowhere.jsonl")


def test_ingest_broken_link_does_not_exist(tmp_path: Path) -> None:
    (tmp_path / "gone.jsonl").symlink_to(tmp_path / "deleted.jsonl")
    with pytest.raises(InputError, match="does not exist"):
        read_articles(tmp_path / "gone.jsonl")


def test_ingest_unsupported_type_names_the_kinds(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    message = (
        f"INPUT '{path}': unsupported file type '.pdf': "
        "give .jsonl, .txt, .html, .json or a directory"
    )
    with pytest.raises(InputError) as caught:
        read_articles(path)
    assert str(caught.value) == message


def test_ingest_unknown_text_without_braces_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "notes"
    path.write_text("just words\nand more\n")
    with pytest.raises(InputError, match=r"unsupported file type \(no extension\)"):
        read_articles(path)


def test_ingest_socket_is_not_readable(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        with pytest.raises(InputError, match=r"is not readable: it is a socket"):
            read_articles(path)


def test_ingest_socket_in_directory_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("kept")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(tmp_path / "b.jsonl"))
        first, second = read_articles(tmp_path)
    assert isinstance(first, Article) and first.text == "kept"
    assert second == Failure(
        str(tmp_path / "b.jsonl"),
        "ingest",
        "not a regular file (a pipe, socket or device); skipped",
    )


def test_ingest_unreadable_directory_entry_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("kept")
    (tmp_path / "b.txt").symlink_to(tmp_path / "missing.txt")
    first, second = read_articles(tmp_path)
    assert isinstance(first, Article)
    assert isinstance(second, Failure) and second.where == str(tmp_path / "b.txt")
    assert second.message.startswith("cannot read the file: No such file")


def _as_nobody(action: Callable[[], str]) -> str:
    """What ``action`` returns when run without root's rights (in a forked child if root)."""
    if os.geteuid() != 0:
        return action()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        try:
            os.setgid(65534)
            os.setuid(65534)
            message = action()
        except BaseException as error:
            message = f"{type(error).__name__}: {error}"
        os.write(writer, message.encode())
        os._exit(0)
    os.close(writer)
    os.waitpid(pid, 0)
    with open(reader, "rb") as answer:
        return answer.read().decode()


def _open_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="ingest-perm-"))
    folder.chmod(0o755)
    return folder


def _error_of(source: Path) -> str:
    try:
        return repr(list(read_articles(source)))
    except InputError as error:
        return str(error)


def test_ingest_unreadable_file_is_an_input_error() -> None:
    folder = _open_folder()
    try:
        path = folder / "secret.jsonl"
        path.write_text(jsonl({"text": "hidden"}))
        path.chmod(0o000)
        message = _as_nobody(lambda: _error_of(path))
    finally:
        shutil.rmtree(folder)
    assert message == f"INPUT '{path}' is not readable: permission denied"


def test_ingest_unreadable_directory_is_an_input_error() -> None:
    folder = _open_folder()
    try:
        (folder / "inner").mkdir(mode=0o000)
        message = _as_nobody(lambda: _error_of(folder / "inner"))
    finally:
        shutil.rmtree(folder)
    assert message == f"INPUT '{folder / 'inner'}' is not readable: permission denied"


def test_ingest_unreadable_file_in_directory_is_a_failure() -> None:
    folder = _open_folder()
    try:
        (folder / "a.txt").write_text("open")
        (folder / "b.txt").write_text("closed")
        (folder / "b.txt").chmod(0o000)
        message = _as_nobody(lambda: _error_of(folder))
    finally:
        shutil.rmtree(folder)
    assert "text='open'" in message
    assert (
        f"Failure(where='{folder / 'b.txt'}', step='ingest', message='cannot read the file: Permission denied')"
        in message
    )
