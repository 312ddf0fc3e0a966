from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from eventatlas.cli import app
from eventatlas.evaluate import evaluate_rows
from eventatlas.evaluate.gold import article_of, in_split, read_gold
from eventatlas.evaluate.reports import score_reports
from eventatlas.pipeline import Pipeline
from eventatlas.settings import Settings

ROWS = [
    {
        "event_id_cnty": "TST1",
        "event_date": "2021-03-14",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "actor1": "Unidentified Armed Group (Mali)",
        "country": "Mali",
        "admin1": "Gao",
        "latitude": 16.27,
        "longitude": -0.04,
        "fatalities": 3,
        "notes": "On 14 March 2021, gunmen killed three villagers near Gao (Gao, Gao). 3 fatalities.",
    },
    {
        "event_id_cnty": "TST2",
        "event_date": "2021-03-15",
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "actor1": "Protesters (Kenya)",
        "country": "Kenya",
        "admin1": "Nairobi",
        "latitude": -1.28,
        "longitude": 36.82,
        "fatalities": 0,
        "notes": "On 15 March 2021, traders protested in Nairobi against new market fees.",
    },
]


def test_evaluate_rows_scores_fields_and_classes(settings: Settings) -> None:
    result = evaluate_rows(ROWS, settings=settings)
    assert result.rows == 2
    assert result.accuracy("sub_event_type") == 1.0
    assert result.accuracy("event_date") == 1.0
    assert result.accuracy("country") == 1.0
    weighted, macro = result.f1()
    assert weighted == 1.0 and macro == 1.0
    report = json.loads(result.to_json())
    assert report["confusion"]["Attack"] == {"Attack": 1}


def test_evaluate_article_is_published_the_day_after() -> None:
    article = article_of(ROWS[0], 0)
    assert article is not None and article.published == "2021-03-15"
    assert article_of({"notes": "  "}, 1) is None


def test_evaluate_split_is_stable_and_partitions() -> None:
    rows = [{"event_id_cnty": f"X{i}"} for i in range(400)]
    dev = [r for r in rows if in_split(r, "dev")]
    test = [r for r in rows if in_split(r, "test")]
    assert len(dev) + len(test) == 400 and 0.6 < len(dev) / 400 < 0.8
    assert dev == [r for r in rows if in_split(r, "dev")]


def test_evaluate_reads_csv_and_jsonl(tmp_path: Path) -> None:
    csv_path = tmp_path / "gold.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(ROWS[0]))
        writer.writeheader()
        writer.writerows(ROWS)
    jsonl = tmp_path / "gold.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    assert [r["notes"] for r in read_gold(csv_path)] == [r["notes"] for r in read_gold(jsonl)]


def test_evaluate_cli_writes_report(tmp_path: Path, settings: Settings) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    report = tmp_path / "report.json"
    env = {"EVENTATLAS_CACHE_DIR": str(settings.cache_dir)}
    result = CliRunner().invoke(
        app, ["evaluate", str(gold), "--report", str(report), "--no-progress"], env=env
    )
    assert result.exit_code == 0, result.output
    assert "weighted F1" in result.stdout
    assert json.loads(report.read_text(encoding="utf-8"))["rows"] == 2
    bad = CliRunner().invoke(app, ["evaluate", str(gold), "--split", "nope"], env=env)
    assert bad.exit_code == 2


def test_evaluate_reports_match_labelled_news(pipeline: Pipeline) -> None:
    rows = [
        {
            "id": "n1",
            "text": "GAO, Mali (Reuters) - Gunmen killed three villagers near Gao on Sunday, officials said.",
            "published": "2021-03-15",
            "events": [
                {
                    "sub_event_type": "Attack",
                    "event_type": "Violence against civilians",
                    "country": "Mali",
                    "fatalities": 3,
                    "event_date": "2021-03-14",
                }
            ],
        }
    ]
    score = score_reports(rows, pipeline)
    figures = score.figures()
    assert figures["event_recall"] == 1.0
    assert figures["sub_event_type"] == 1.0 and figures["fatalities"] == 1.0
    # for reading a development set: the pair, with the fields that differ (none are
    # labelled but actor 1 and admin 1 here) and the sentence that told it
    [(gold, ours, differ)] = score.shown
    assert gold is rows[0]["events"][0] and ours is not None
    assert differ == ("actor1", "admin1") and "Gunmen killed" in ours["evidence"]


def test_evaluate_reports_show_missed_and_spurious_events(pipeline: Pipeline) -> None:
    text = "GAO, Mali (Reuters) - Gunmen killed three villagers near Gao on Sunday, officials said."
    missed = {"sub_event_type": "Arrests", "event_type": "Strategic developments"}
    row = {"id": "n1", "text": text, "published": "2021-03-15", "events": [missed]}
    shown = score_reports([row], pipeline).shown
    # an arrest pairs with the attack only as "anything left": one pair, nothing unshown
    assert (
        len(shown) == 1
        and shown[0][0] is missed
        and shown[0][2][:2] == ("event_type", "sub_event_type")
    )
    assert score_reports([{**row, "events": []}], pipeline).shown[0][0] is None


def test_evaluate_reports_count_missed_and_spurious_events_in_the_f1() -> None:
    from eventatlas.evaluate.reports import ReportScore
    from eventatlas.evaluate.scoring import NONE

    score = ReportScore(gold=3, extracted=3, matched=2)
    score.pairs = [("Attack", "Attack"), ("Armed clash", "Attack")]
    score.labelled = [*score.pairs, ("Arrests", NONE), (NONE, "Looting/property destruction")]
    figures = score.figures()
    assert figures["event_recall_same_type"] == 1 / 3
    # Attack: precision 1/2, recall 1 -> F1 2/3; the clash and the arrest are missed (F1 0)
    assert abs(figures["sub_event_weighted_f1"] - (2 / 3) / 3) < 1e-9


def test_evaluate_reports_count_the_provinces_a_report_is_about(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded in Kirkuk on Sunday, killing four people, police said. Separately, "
        "gunmen shot dead a shepherd near Tikrit on Sunday."
    )
    row = {"id": "g1", "text": text, "published": "2021-03-15", "source": "Wire", "events": []}
    named = [
        dict(row, governorates=["Kirkuk"]),
        dict(row, id="g2", governorates=["Kirkuk", "Basra"]),
        dict(row, id="g3", governorates=["Basra"]),
        dict(row, id="g4"),  # names none: not counted
    ]
    figures = score_reports(named, pipeline).figures()
    assert figures["governorates_any_found"] == 2 / 3
    assert figures["governorates_all_found"] == 1 / 3


def test_evaluate_reports_pair_same_type_events_by_place_and_day() -> None:
    from types import SimpleNamespace

    from eventatlas.evaluate.reports import _match

    def protest(location: str, day: str) -> Any:
        return SimpleNamespace(
            sub_event_type="Peaceful protest",
            event_type="Protests",
            location=location,
            event_date=day,
        )

    ours = [protest("Tel Aviv", "2023-03-26"), protest("Jerusalem", "2023-03-27")]
    gold = [
        {"sub_event_type": "Peaceful protest", "location": "Jerusalem", "event_date": "2023-03-27"},
        {"sub_event_type": "Peaceful protest", "location": "Tel Aviv", "event_date": "2023-03-26"},
    ]
    pairs = _match(gold, ours)
    assert [(g["location"], e.location) for g, e in pairs] == [
        ("Jerusalem", "Jerusalem"),
        ("Tel Aviv", "Tel Aviv"),
    ]
