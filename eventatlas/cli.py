"""The ``eventatlas`` command: each command parses, builds Settings and calls the library."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from eventatlas.errors import EventAtlasError, UsageError
from eventatlas.settings import Settings

app = typer.Typer(
    name="eventatlas",
    help="Conflict news into structured, mapped, sourced event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(
    help="Build the gazetteer index or import GeoNames dumps.", no_args_is_help=True
)
users_app = typer.Typer(help="Manage the web app's accounts.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(users_app, name="users")

err = Console(stderr=True, highlight=False)

DbOption = Annotated[str | None, typer.Option("--db", help="SQLite path or postgresql:// URL.")]
NoProgress = Annotated[bool, typer.Option("--no-progress", help="Hide progress bars.")]


def fail(message: str) -> typer.Exit:
    """Print one line and exit with status 2 (usage error)."""
    err.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    return typer.Exit(2)


@contextmanager
def progress_bar(label: str, *, total: int | None, enabled: bool) -> Iterator[Any]:
    """A Rich progress bar on standard error; yields a function that advances it."""
    columns = [
        SpinnerColumn(),
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=err, disable=not enabled, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


@contextmanager
def output_stream(output: str | None) -> Iterator[TextIO]:
    if output in (None, "-"):
        yield sys.stdout
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            yield handle
    except OSError as error:
        raise UsageError(f"cannot write OUTPUT {output!r}: {error.strerror}") from error


def open_store(db: str | None) -> Any:
    if not db:
        return None
    from eventatlas.store import Store

    return Store.open(db)


@app.command()
def extract(
    input: Annotated[
        str,
        typer.Argument(
            help="JSON Lines file, .txt/.html/.json article, directory, or - for stdin."
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option("-o", "--output", help="Events as JSON Lines; stdout when omitted or -."),
    ] = None,
    db: DbOption = None,
    no_progress: NoProgress = False,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Run on a local Dask cluster of N workers.")
    ] = None,
    extractor: Annotated[
        str | None, typer.Option("--extractor", help="rules, or learned (the default).")
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option("--cluster", help="Run on an existing Dask scheduler, e.g. tcp://host:8786."),
    ] = None,
    format: Annotated[
        str,
        typer.Option("--format", "-f", help="jsonl, or parquet (-o FOLDER/ or FILE.parquet)."),
    ] = "jsonl",
) -> None:
    """Extract events from news articles into JSON Lines (or Parquet).

    Example: eventatlas extract articles.jsonl -o events.jsonl --db events.db
    """
    if workers and cluster:
        raise fail("give --workers or --cluster, not both")
    settings = Settings.from_env(
        db=db, workers=workers, cluster=cluster, progress=not no_progress, extractor=extractor
    )
    from eventatlas.ingest import read_articles
    from eventatlas.runner import run_extract

    try:
        articles = read_articles(
            input, max_bytes=settings.max_input_bytes, max_chars=settings.max_text_chars
        )
        with ExitStack() as stack:
            out, sink = _event_outputs(stack, output, format)
            store = stack.enter_context(open_store(db)) if db else None
            bar = progress_bar("extracting", total=None, enabled=settings.progress)
            advance = stack.enter_context(bar)
            summary = run_extract(
                articles, settings=settings, out=out, sink=sink, store=store, warn=_warn,
                advance=advance,
            )  # fmt: skip
    except EventAtlasError as error:
        raise fail(str(error)) from None
    err.print(summary.line(), markup=False, soft_wrap=True)


def _event_outputs(stack: ExitStack, output: str | None, format: str) -> tuple[Any, Any]:
    """The text stream (JSON Lines) or the record sink (Parquet) that events go to."""
    if format == "jsonl":
        return stack.enter_context(output_stream(output)), None
    if format != "parquet":
        raise UsageError(f"--format {format!r}: give jsonl or parquet")
    from eventatlas.batch.partitions import ParquetOutput

    return None, stack.enter_context(ParquetOutput(output or "-")).add


def _warn(message: str) -> None:
    err.print(f"[yellow]warning:[/yellow] {message}", markup=True, soft_wrap=True, highlight=False)


@app.command()
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(help="Files, folders, fsspec URLs, feed URLs or article URLs; - for stdin."),
    ],
    db: Annotated[str, typer.Option("--db", help="SQLite path or postgresql:// URL.")],
    no_progress: NoProgress = False,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Extract on a local Dask cluster of N workers.")
    ] = None,
    cluster: Annotated[
        str | None, typer.Option("--cluster", help="Extract on an existing Dask scheduler.")
    ] = None,
) -> None:
    """Store new articles and their events from files, folders, feeds and web pages.

    Resumable: run it again after a crash and only what is missing is done.
    Example: eventatlas ingest archive/ https://example.org/feed.rss --db events.db
    """
    if workers and cluster:
        raise fail("give --workers or --cluster, not both")
    settings = Settings.from_env(db=db, workers=workers, cluster=cluster, progress=not no_progress)
    from eventatlas.ingest.intake import ingest_sources

    try:
        with (
            open_store(db) as store,
            progress_bar("ingesting", total=None, enabled=settings.progress) as advance,
        ):
            summary = ingest_sources(
                sources, store=store, settings=settings, warn=_warn, advance=advance
            )
    except EventAtlasError as error:
        raise fail(str(error)) from None
    err.print(summary.line(), markup=False, soft_wrap=True)


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
    db: Annotated[str, typer.Option("--db", help="SQLite path or postgresql:// URL.")],
    every: Annotated[
        str, typer.Option("--every", help="Time between polls: 30s, 10m, 2h.")
    ] = "10m",
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once and stop.")] = False,
    state: Annotated[
        Path | None, typer.Option("--state", help="Feed-state file; beside a SQLite --db.")
    ] = None,
) -> None:
    """Poll feeds politely and store each new article and its events (Ctrl-C to stop).

    Example: eventatlas watch https://example.org/feed.rss --db events.db --every 10m
    """
    from eventatlas.ingest.feedstate import FeedStates, state_path
    from eventatlas.ingest.watch import parse_every, watch_feeds

    settings = Settings.from_env(db=db)
    try:
        period = parse_every(every)
        with (
            open_store(db) as store,
            FeedStates(state or state_path(db, settings.cache_dir)) as states,
        ):
            summary = watch_feeds(
                feeds, store=store, states=states, settings=settings, every=period, once=once,
                warn=_warn, on_poll=_show_poll,
            )  # fmt: skip
    except EventAtlasError as error:
        raise fail(str(error)) from None
    except KeyboardInterrupt:
        err.print("stopped; the same command carries on where this one left off", markup=False)
        raise typer.Exit(130) from None
    err.print(summary.line(), markup=False, soft_wrap=True)


def _show_poll(report: Any) -> None:
    err.print(f"{report.feed}: {report.status}", markup=False, soft_wrap=True)


@app.command()
def export(
    db: Annotated[str, typer.Option("--db", help="SQLite path or postgresql:// URL.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="acled-csv, jsonl, geojson, parquet or incidents.")
    ] = "acled-csv",
    output: Annotated[
        str | None,
        typer.Option(
            "-o", "--output", help="File to write; stdout when omitted (not for parquet)."
        ),
    ] = None,
    country: Annotated[str | None, typer.Option(help="Only this country.")] = None,
    iso3: Annotated[str | None, typer.Option(help="Only this ISO 3166 alpha-3 code.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--event-type", help="Only this event type.")
    ] = None,
    sub_event_type: Annotated[
        str | None, typer.Option("--sub-event-type", help="Only this sub-event type.")
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help="Actor name contains this (either side).")
    ] = None,
    modality: Annotated[
        str | None, typer.Option(help="occurred, planned, threatened, generic or denied.")
    ] = None,
    status: Annotated[str | None, typer.Option(help="machine, reviewed or rejected.")] = None,
    date_from: Annotated[str | None, typer.Option("--date-from", help="YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--date-to", help="YYYY-MM-DD.")] = None,
) -> None:
    """Export stored events as ACLED-style CSV, JSON Lines, GeoJSON, Parquet or incidents.

    Example: eventatlas export --db events.db --format geojson -o events.geojson --country Syria
    """
    from eventatlas.export import export_store
    from eventatlas.store import EventQuery

    try:
        query = EventQuery(
            country=country,
            iso3=iso3,
            event_type=event_type,
            sub_event_type=sub_event_type,
            actor=actor,
            modality=modality,
            status=status,
            date_from=date_from,
            date_to=date_to,
        )
        if format == "parquet" and output in (None, "-"):
            raise UsageError("parquet is binary: give -o FILE.parquet")
        target: Any = sys.stdout if output in (None, "-") else Path(output)
        with open_store(db) as store:
            count = export_store(store, format, target, query)
    except (EventAtlasError, ValueError) as error:
        raise fail(str(error)) from None
    err.print(f"{count} record(s) exported", markup=False)


@app.command()
def demo(
    directory: Annotated[
        Path, typer.Option("--dir", help="Where to put the demo database and exports.")
    ] = Path("eventatlas-demo"),
    no_progress: NoProgress = False,
) -> None:
    """Run the whole pipeline on the bundled sample articles and show the events.

    Example: eventatlas demo && eventatlas serve --db eventatlas-demo/events.db
    """
    from eventatlas.demo import run_demo, show_events

    try:
        result = run_demo(
            directory, settings=Settings.from_env(progress=not no_progress), console=err
        )
    except EventAtlasError as error:
        raise fail(str(error)) from None
    show_events(result, Console())


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="ACLED-format rows with notes (CSV or JSON Lines).")],
    report: Annotated[
        Path | None, typer.Option("--report", help="Write the full JSON report here.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N rows.")] = None,
    split: Annotated[
        str, typer.Option("--split", help="all, dev (a stable 70%) or test (the other 30%).")
    ] = "all",
    compare: Annotated[
        bool, typer.Option("--compare", help="Score rules alone and rules + learned side by side.")
    ] = False,
    extractor: Annotated[str | None, typer.Option("--extractor", help="rules or learned.")] = None,
    no_progress: NoProgress = False,
) -> None:
    """Score extraction against ACLED-coded events, from their notes.

    Example: eventatlas evaluate acled.csv --report report.json
    """
    from eventatlas.evaluate import evaluate_file, print_report

    settings = Settings.from_env(progress=not no_progress, extractor=extractor)
    if compare:
        _compare(gold, settings=settings, limit=limit, split=split)
        return
    try:
        with progress_bar("evaluating", total=limit, enabled=settings.progress) as advance:
            result = evaluate_file(
                gold, settings=settings, limit=limit, split=split, advance=advance
            )
    except EventAtlasError as error:
        raise fail(str(error)) from None
    print_report(result, Console())
    if report is not None:
        report.write_text(result.to_json(), encoding="utf-8")
        err.print(f"report written to {report}", markup=False)


def _compare(gold: Path, *, settings: Settings, limit: int | None, split: str) -> None:
    from eventatlas.evaluate.compare import compare_file, print_comparison

    try:
        with progress_bar("evaluating", total=None, enabled=settings.progress) as advance:
            comparison = compare_file(
                gold, settings=settings, limit=limit, split=split, advance=advance
            )
    except EventAtlasError as error:
        raise fail(str(error)) from None
    print_comparison(comparison, Console())


@app.command()
def serve(
    db: Annotated[str, typer.Option("--db", help="SQLite path or postgresql:// URL.")],
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    public: Annotated[
        bool, typer.Option("--public", help="Let anyone read without signing in.")
    ] = False,
    tile_url: Annotated[
        str | None, typer.Option("--tile-url", help="Online map tiles URL template.")
    ] = None,
) -> None:
    """Serve the map, timeline, review pages and the HTTP API.

    Example: eventatlas serve --db eventatlas-demo/events.db --public
    """
    try:
        from eventatlas.web.app import serve as serve_app
    except ImportError:
        raise fail("serve needs the [web] extra: pip install 'eventatlas[web]'") from None
    settings = Settings.from_env(db=db, public=public or None, tile_url=tile_url)
    err.print(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", markup=False)
    try:
        serve_app(settings, host=host, port=port)
    except EventAtlasError as error:
        raise fail(str(error)) from None


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="The account name.")],
    db: Annotated[str, typer.Option("--db", help="SQLite path or postgresql:// URL.")],
    role: Annotated[str, typer.Option(help="viewer, analyst or admin.")] = "viewer",
    password: Annotated[
        str,
        typer.Option(
            prompt=True, hide_input=True, confirmation_prompt=True, help="Asked when omitted."
        ),
    ] = "",
) -> None:
    """Create an account for the web app (names are unique).

    Example: eventatlas users add maria --role analyst --db events.db
    """
    from eventatlas.web.accounts import add_user

    try:
        with open_store(db) as store:
            add_user(store, name, password, role)
    except (EventAtlasError, ValueError) as error:
        raise fail(str(error)) from None
    err.print(f"account {name!r} ({role}) saved", markup=False)


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build the embedded gazetteer index now (it is also built on first use).

    Example: eventatlas gazetteer build
    """
    from eventatlas.geocode.embedded import ensure_index

    settings = Settings.from_env()
    try:
        ensure_index(settings.gazetteer_file)
    except EventAtlasError as error:
        raise fail(str(error)) from None
    err.print(f"gazetteer index ready at {settings.gazetteer_file}", markup=False)


@gazetteer_app.command("import")
def gazetteer_import(
    sources: Annotated[
        list[str], typer.Argument(help="GeoNames files or URLs (SY.zip, admin2Codes.txt, ...).")
    ],
    no_progress: NoProgress = False,
) -> None:
    """Import GeoNames dumps (per-country, admin codes, alternate names) into the index.

    Example: eventatlas gazetteer import https://download.geonames.org/export/dump/SY.zip
    """
    from eventatlas.geocode.geonames import import_geonames

    settings = Settings.from_env(progress=not no_progress)
    try:
        report = import_geonames(settings.gazetteer_file, sources, progress=settings.progress)
    except EventAtlasError as error:
        raise fail(str(error)) from None
    err.print(report.summary(), markup=False)


def _usage_error() -> type[Exception]:
    """Click's UsageError as Typer ships it (Typer vendors its own copy of Click)."""
    return next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


def main() -> None:
    """Console entry point: usage errors are one line and exit status 2."""
    try:
        code = app(standalone_mode=False)
    except _usage_error() as error:
        ctx = getattr(error, "ctx", None)
        command = ctx.command_path if ctx else "eventatlas"
        err.print(f"error: {error.format_message()} (see '{command} --help')", markup=False)  # type: ignore[attr-defined]
        sys.exit(2)
    except typer.Abort:
        err.print("aborted", markup=False)
        sys.exit(130)
    except EventAtlasError as error:
        err.print(f"error: {error}", markup=False)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
