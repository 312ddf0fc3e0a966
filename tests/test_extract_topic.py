"""The report-topic model: a whole report that tells no political violence gives no event."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from extract_helpers import occurred

from eventatlas.article import Article
from eventatlas.extract.learned import SubEventModel
from eventatlas.extract.topic import NOT_POLITICAL, POLITICAL, TOPIC_FILE, TopicModel
from eventatlas.parse.sentences import add_sentences
from eventatlas.pipeline import Pipeline, Resources
from eventatlas.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "train-topic"

# Whole reports of our own that borrow the words of war, and the day they were published.
CUP_FINAL = (
    "Rangers edge a bruising final in Kumasi\n\n"
    "KUMASI, Ghana, May 5 - Kotoko's forwards laid siege to the visitors' goal for most of "
    "Sunday's cup final, but it was a counter-attack in the 88th minute that killed off the "
    "game, with the striker shooting low past the keeper.\n\n"
    "The battle in midfield left three players injured, and the referee showed two red cards "
    "after a brawl on the touchline that stewards broke up within minutes.\n\n"
    "Fans of the home side blamed the officials. The club said it would not appeal."
)
PROTEST = (
    "Teachers march in Kisumu over unpaid wages\n\n"
    "KISUMU, Kenya, March 3 - Several hundred teachers marched through Kisumu on Tuesday to "
    "demand salaries that have not been paid since December, and police fired tear gas to "
    "disperse them outside the county offices.\n\n"
    "Union officials said four teachers were arrested. The county government said the wages "
    "would be paid by the end of the month."
)


@pytest.fixture(scope="module")
def rules(settings: Settings, resources: Resources) -> Pipeline:
    return Pipeline.default(
        Settings(cache_dir=settings.cache_dir, progress=False, extractor="rules"), resources
    )


def test_extract_topic_committed_model_loads() -> None:
    topic = TopicModel.load()
    assert topic is not None, f"no topic model at {TOPIC_FILE}"
    assert set(topic.model.classes) == {POLITICAL, NOT_POLITICAL}
    assert 0.5 <= topic.threshold < 1
    assert TOPIC_FILE.stat().st_size < 1_000_000


def test_extract_topic_a_report_of_something_else_gives_no_event(
    pipeline: Pipeline, rules: Pipeline
) -> None:
    # the rules alone read the brawl as a riot; the topic model empties the report
    assert occurred(rules, CUP_FINAL, "2024-05-06")
    assert occurred(pipeline, CUP_FINAL, "2024-05-06") == []


def test_extract_topic_a_protest_report_keeps_its_events(pipeline: Pipeline) -> None:
    topic = TopicModel.load()
    assert topic is not None
    assert topic.not_political(PROTEST) < topic.threshold
    kinds = [e.sub_event_type for e in occurred(pipeline, PROTEST, "2024-03-03")]
    assert "Protest with intervention" in kinds


def test_extract_topic_missing_model_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventatlas.extract.topic as topic

    monkeypatch.setattr(topic, "TOPIC_FILE", tmp_path / "absent.npz")
    assert topic.TopicModel.load() is None
    # and a sub-event model file is no topic model
    monkeypatch.setattr(
        topic, "TOPIC_FILE", ROOT / "eventatlas" / "data" / "models" / "subevent.npz"
    )
    assert SubEventModel.load(topic.TOPIC_FILE) is not None
    assert topic.TopicModel.load() is None


def _write_sets(samples: Path) -> None:
    political = [
        "Gunmen attacked a police post in {0} on Monday, killing two officers.",
        "Protesters marched in {0} on Friday to demand lower fuel prices.",
        "Soldiers clashed with rebels near {0} on Sunday; five fighters were killed.",
        "A roadside bomb struck an army truck outside {0} on Tuesday.",
    ]
    other = [
        "A gas cylinder exploded in a restaurant kitchen in {0}, injuring three cooks.",
        "The home side won the cup final in {0} after a penalty shoot-out.",
        "Floods swept through {0} after three days of rain, the weather office said.",
        "A bus overturned on the road to {0}, killing four passengers.",
    ]
    towns = ["Garissa", "Mopti", "Kasese", "Bossaso", "Tahoua", "Kindia"]
    for n, name in enumerate(["news.jsonl", "news_holdout.jsonl", "nonpolitical.jsonl"]):
        with (samples / name).open("w", encoding="utf-8") as out:
            for k, town in enumerate(towns):
                for text in political if name != "nonpolitical.jsonl" else []:
                    row = {"id": f"p{n}{k}", "text": text.format(town), "events": [{"x": 1}]}
                    out.write(json.dumps(row) + "\n")
                for text in other:
                    row = {"id": f"o{n}{k}", "text": text.format(town), "events": []}
                    out.write(json.dumps(row) + "\n")


@pytest.mark.slow
def test_extract_topic_training_script_is_deterministic(tmp_path: Path) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    _write_sets(samples)
    data = tmp_path / "acled.jsonl"
    with data.open("w", encoding="utf-8") as out:
        for k in range(60):
            note = f"On {k % 28 + 1} May 2020, militants attacked a checkpoint in Garissa town. {k % 3} fatalities."
            out.write(json.dumps({"event_id_cnty": f"KEN{k}", "notes": note}) + "\n")
    outputs = []
    for run in ("one", "two"):
        out = tmp_path / run
        out.mkdir()
        command = [
            sys.executable,
            str(SCRIPT),
            "--data",
            str(data),
            "--samples",
            str(samples),
            "--out",
            str(out),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        outputs.append((out / "topic.npz").read_bytes())
        card = json.loads((out / "topic.json").read_text(encoding="utf-8"))
        assert card["development_sets"] == [
            "news.jsonl",
            "news_holdout.jsonl",
            "nonpolitical.jsonl",
        ]
        assert 0.5 <= card["threshold"] <= 0.95
    assert outputs[0] == outputs[1]
    model = SubEventModel.load(tmp_path / "one" / "topic.npz")
    assert model is not None
    column = model.classes.index(NOT_POLITICAL)
    probs = model.probabilities(["A bus overturned on the road to Wajir, killing four passengers."])
    assert probs[0, column] > 0.5


def test_extract_topic_a_short_report_is_left_to_the_rules(pipeline: Pipeline) -> None:
    # the same cup final in one paragraph: the model is as sure of it, but one paragraph is
    # too little to weigh, so the report keeps what the rules read in it
    text = " ".join(part.strip() for part in CUP_FINAL.split("\n\n"))
    topic = TopicModel.load()
    assert topic is not None
    assert topic.not_political(text) >= topic.threshold
    assert not topic.tells_none(add_sentences(Article("t", text, published="2024-05-06")))
    assert occurred(pipeline, text, "2024-05-06")
