"""The learned sub-event classifier: the committed model, the relabelling step, the training script."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from eventatlas.article import Article, Sentence, Span
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.learned import (
    MODEL_FILE,
    RESOURCE_KEY,
    Relabelling,
    SubEventModel,
    Vectorizer,
    compatible,
    relabel,
    steps_with_learned,
)
from eventatlas.pipeline import DEFAULT_STEPS, Pipeline, Resources
from eventatlas.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "train-classifier"

# Our own wire-style sentences, one clear case of each common sub-event type.
SENTENCES = [
    (
        "Hundreds of teachers marched peacefully to the ministry in Nairobi to demand unpaid salaries.",
        "Peaceful protest",
    ),
    (
        "Traders staged a sit-in outside the county offices in Kisumu over new market fees.",
        "Peaceful protest",
    ),
    (
        "Police fired tear gas and arrested twelve students who were demonstrating against fee increases.",
        "Protest with intervention",
    ),
    (
        "Rioters burned tyres, blocked the highway and pelted police with stones in Mombasa.",
        "Violent demonstration",
    ),
    ("A mob lynched a man suspected of stealing a motorcycle in Kakamega.", "Mob violence"),
    (
        "Al Shabaab militants clashed with Somali army troops near Afgoye; both sides exchanged heavy gunfire.",
        "Armed clash",
    ),
    ("Unidentified gunmen shot dead a village chief at his home in Wajir.", "Attack"),
    (
        "Bandits abducted four farmers from their fields and demanded a ransom.",
        "Abduction/forced disappearance",
    ),
    (
        "The army shelled rebel positions with artillery and mortars outside the town.",
        "Shelling/artillery/missile attack",
    ),
    (
        "A roadside bomb exploded under a police vehicle on the Mandera road.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Warplanes carried out air strikes on militant hideouts in the mountains.",
        "Air/drone strike",
    ),
    ("Attackers threw a grenade into a crowded bar, wounding six people.", "Grenade"),
]
TRAINING = [
    ("Residents marched peacefully through {place} to demand clean water.", "Peaceful protest"),
    ("Workers held a peaceful rally in {place} calling for better pay.", "Peaceful protest"),
    ("Nurses demonstrated outside the hospital in {place} over unpaid wages.", "Peaceful protest"),
    ("Police fired tear gas to disperse protesters in {place}.", "Protest with intervention"),
    (
        "Police dispersed demonstrators with water cannon in {place} and arrested several.",
        "Protest with intervention",
    ),
    ("Rioters burned tyres and threw stones at police in {place}.", "Violent demonstration"),
    (
        "Youths rioted in {place}, smashing shop windows and blocking roads.",
        "Violent demonstration",
    ),
    ("Militants clashed with soldiers near {place}, exchanging fire for hours.", "Armed clash"),
    ("Rebels and government troops fought a gun battle outside {place}.", "Armed clash"),
    ("Gunmen shot dead two civilians at a market in {place}.", "Attack"),
    ("Unknown assailants killed a farmer in his field near {place}.", "Attack"),
]
PLACES = ["Garissa", "Lamu", "Nakuru", "Eldoret", "Machakos", "Kitui"]


def _committed_model() -> SubEventModel:
    model = SubEventModel.load()
    if model is None:
        pytest.skip("no committed model at eventatlas/data/models/subevent.npz")
    return model


def test_extract_learned_committed_model_loads_fast() -> None:
    if not MODEL_FILE.is_file():
        pytest.skip("no committed model")
    started = time.perf_counter()
    model = SubEventModel.load()
    elapsed = time.perf_counter() - started
    assert model is not None
    assert elapsed < 3.0
    assert {"Peaceful protest", "Armed clash", "Attack", "Mob violence"} <= set(model.classes)
    assert MODEL_FILE.stat().st_size < 5_000_000


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_extract_learned_predicts_sensible_labels(text: str, expected: str) -> None:
    label, probability = _committed_model().predict([text])[0]
    assert label == expected
    assert 0.0 < probability <= 1.0


def test_extract_learned_probabilities_sum_to_one() -> None:
    probabilities = _committed_model().probabilities([text for text, _ in SENTENCES] + [""])
    assert probabilities.shape[0] == len(SENTENCES) + 1
    assert np.allclose(probabilities.sum(axis=1), 1.0)


def test_extract_learned_missing_model_is_none(tmp_path: Path) -> None:
    assert SubEventModel.load(tmp_path / "absent.npz") is None


def _fixed_model(
    label: str, classes: tuple[str, ...] = ("Armed clash", "Violent demonstration")
) -> SubEventModel:
    """A real model with no features whose intercept always picks ``label``."""
    vectorizer = Vectorizer({}, np.zeros(0, dtype=np.float32))
    intercept = np.array([8.0 if c == label else 0.0 for c in classes])
    return SubEventModel(
        vectorizer, np.zeros((0, len(classes))), intercept, classes, Relabelling(0.6, "family")
    )


def _candidate(text: str, sub: str, modality: str = "occurred") -> Candidate:
    sentence = Sentence(0, len(text), text)
    candidate = Candidate(sentence, sentence, Span(0, 5, text[:5]), sub, "strong")
    candidate.modality = modality
    return candidate


def test_extract_learned_relabels_within_family_only() -> None:
    protest = _candidate("Crowds gathered in the square.", "Peaceful protest")
    relabel([protest], _fixed_model("Armed clash"))
    assert protest.sub_event_type == "Peaceful protest"
    relabel([protest], _fixed_model("Violent demonstration"))
    assert protest.sub_event_type == "Violent demonstration"
    assert protest.notes and protest.notes[-1].startswith("learned: Peaceful protest")


def test_extract_learned_policy_any_crosses_families() -> None:
    model = _fixed_model("Armed clash")
    model.relabelling = Relabelling(0.6, "any")
    protest = _candidate("Crowds gathered in the square.", "Peaceful protest", modality="planned")
    relabel([protest], model)
    assert protest.sub_event_type == "Armed clash"
    assert protest.modality == "planned"


@pytest.mark.parametrize(
    ("cross", "expected"), [(None, "Arrests"), (0.9999, "Arrests"), (0.99, "Attack")]
)
def test_extract_learned_cross_family_needs_cross_threshold(
    cross: float | None, expected: str
) -> None:
    model = _fixed_model("Attack", ("Attack", "Arrests"))  # p(Attack) is about 0.9997
    model.relabelling = Relabelling(0.5, "family", cross)
    arrest = _candidate("Police detained two men after the shooting.", "Arrests")
    relabel([arrest], model)
    assert arrest.sub_event_type == expected


def test_extract_learned_save_and_load_keep_predictions(tmp_path: Path) -> None:
    model = _fixed_model("Violent demonstration")
    model.relabelling = Relabelling(0.55, "family", 0.85)
    model.save(tmp_path / "fixed.npz")
    again = SubEventModel.load(tmp_path / "fixed.npz")
    assert again is not None
    assert again.relabelling == model.relabelling
    assert again.classes == model.classes
    text = ["Crowds gathered in the square."]
    assert again.predict(text)[0][0] == model.predict(text)[0][0]


def test_extract_learned_below_threshold_keeps_rules() -> None:
    model = _fixed_model("Violent demonstration")
    model.relabelling = Relabelling(1.01, "family")
    protest = _candidate("Crowds gathered in the square.", "Peaceful protest")
    relabel([protest], model)
    assert protest.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("rule", "learned", "policy", "allowed"),
    [
        ("Attack", "Armed clash", "family", True),
        ("Attack", "Armed clash", "event_type", False),
        ("Peaceful protest", "Mob violence", "family", True),
        ("Peaceful protest", "Mob violence", "event_type", False),
        ("Arrests", "Attack", "family", False),
        ("Arrests", "Attack", "any", True),
        ("Arrests", "Not a type", "any", False),
    ],
)
def test_extract_learned_compatible(rule: str, learned: str, policy: str, allowed: bool) -> None:
    assert compatible(rule, learned, policy) is allowed


def test_extract_learned_step_placed_after_candidates() -> None:
    names = steps_with_learned(DEFAULT_STEPS)
    assert names.index("learned") == names.index("candidates") + 1
    assert steps_with_learned(names) == names
    assert len(names) == len(DEFAULT_STEPS) + 1


ARTICLES = [
    "NAIROBI (Reuters) - Police fired tear gas at hundreds of traders protesting in Nairobi on Monday. "
    "Gunmen killed three villagers near Lamu on Sunday, residents said.",
    "MOGADISHU (AP) - Al Shabaab threatened to attack government bases in the coming weeks. "
    "The opposition plans to hold a march on Friday.",
    "KISUMU - Heavy floods swept away homes in Kisumu on Tuesday, killing four people.",
    "GAO - Soldiers clashed with jihadists north of Gao; a roadside bomb later exploded on the road.",
]


def _candidates(
    settings: Settings, names: tuple[str, ...], model: SubEventModel | None
) -> list[list[Candidate]]:
    resources = Resources(settings)
    resources.cache[RESOURCE_KEY] = model
    pipeline = Pipeline.from_names(names, settings, resources)
    return [pipeline.process(Article(f"a{i}", text)).candidates for i, text in enumerate(ARTICLES)]


def test_extract_learned_step_never_adds_or_changes_modality(settings: Settings) -> None:
    base = ("clean", "dateline", "sentences", "candidates")
    aggressive = _fixed_model("Armed clash")
    aggressive.relabelling = Relabelling(0.0, "any")
    rules = _candidates(settings, base, None)
    learned = _candidates(settings, (*base, "learned"), aggressive)
    assert [len(c) for c in rules] == [len(c) for c in learned]
    assert rules[2] == [] and learned[2] == []  # the flood report stays eventless
    assert any(c.modality != "occurred" for c in learned[1])
    changed = 0
    for ours, theirs in zip(rules, learned, strict=True):
        for before, after in zip(ours, theirs, strict=True):
            assert (before.modality, before.trigger, before.clause) == (
                after.modality,
                after.trigger,
                after.clause,
            )
            changed += before.sub_event_type != after.sub_event_type
    assert changed > 0


def _write_rows(path: Path) -> int:
    fields = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "country", "notes"]
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for number, (template, sub) in enumerate(TRAINING * len(PLACES)):
            place = PLACES[number % len(PLACES)]
            kind = "Protests" if "protest" in sub.lower() else "Battles"
            notes = f"On {number % 27 + 1} May 2021, in {place}, " + template.format(place=place)
            writer.writerow(
                {
                    "event_id_cnty": f"KEN{number}",
                    "event_date": f"2021-05-{number % 27 + 1:02d}",
                    "event_type": kind,
                    "sub_event_type": sub,
                    "country": "Kenya",
                    "notes": notes,
                }
            )
            rows += 1
    return rows


@pytest.mark.slow
def test_extract_learned_training_script_on_synthetic_rows(
    tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    # ``pipeline`` builds the session's gazetteer index, which the script's own pipeline reuses.
    data = tmp_path / "rows.csv"
    total = _write_rows(data)
    env = {**os.environ, "EVENTATLAS_CACHE_DIR": str(settings.cache_dir)}
    command = [
        sys.executable,
        str(SCRIPT),
        "--data",
        str(data),
        "--out",
        str(tmp_path),
        "--folds",
        "2",
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    model = SubEventModel.load(tmp_path / "subevent.npz")
    assert model is not None
    card = json.loads((tmp_path / "subevent.json").read_text(encoding="utf-8"))
    assert 0 < card["training_rows"] < total
    assert card["training_rows"] + card["test"]["rows"] == total
    assert set(card["dev_cv"]["pipeline"]) == {"rules", "learned"}
    label, _ = model.predict(["Villagers marched peacefully in Garissa to demand clean water."])[0]
    assert label == "Peaceful protest"


@pytest.mark.slow
def test_extract_learned_training_is_deterministic(tmp_path: Path) -> None:
    data = tmp_path / "rows.csv"
    _write_rows(data)
    outputs = []
    for run in ("one", "two"):
        out = tmp_path / run
        command = [
            sys.executable,
            str(SCRIPT),
            "--data",
            str(data),
            "--out",
            str(out),
            "--folds",
            "0",
            "--no-pipeline",
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        outputs.append((out / "subevent.npz").read_bytes())
    assert outputs[0] == outputs[1]


PROTEST_ROWS = [
    {
        "event_id_cnty": f"KEN-C{number}",
        "event_date": "2021-06-02",
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "country": "Kenya",
        "notes": f"On 2 June 2021, {crowd} marched peacefully in Nakuru to demand better roads.",
    }
    for number, crowd in enumerate(["Traders", "Students", "Nurses", "Farmers"])
]


def test_extract_learned_compare_scores_both_extractors(settings: Settings) -> None:
    from rich.console import Console

    from eventatlas.evaluate.compare import compare_rows, print_comparison, weakest

    model = _fixed_model("Violent demonstration")
    comparison = compare_rows(PROTEST_ROWS, settings=settings, model=model)
    summary = comparison.summary()
    assert summary["rules"]["rows"] == summary["learned"]["rows"] == len(PROTEST_ROWS)
    assert summary["rules"]["weighted_f1"] > summary["learned"]["weighted_f1"]
    assert weakest(comparison.learned)[0][0] == "Peaceful protest"
    assert set(json.loads(comparison.to_json())) == {"summary", "rules", "learned"}
    console = Console(record=True, width=120)
    print_comparison(comparison, console)
    assert "weighted_f1" in console.export_text()


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        # shelling the rules read stays shelling, whoever it killed
        (
            "Troops shelled villages on the coast near Kyaukpyu on Monday, killing five civilians.",
            True,
        ),
        # rockets beside rifles are one weapon of an assault: the model may read the fight
        ("Militants attacked a police post near Kohat with rifles and hand-held rockets.", False),
    ],
)
def test_extract_learned_shelling_stands_unless_guns_fought_too(text: str, stands: bool) -> None:
    candidate = _candidate(text, "Shelling/artillery/missile attack")
    model = _fixed_model("Attack", ("Attack", "Shelling/artillery/missile attack"))
    model.relabelling = Relabelling(0.0, "any")
    relabel([candidate], model)
    assert (candidate.sub_event_type == "Shelling/artillery/missile attack") == stands


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        # force on a crowd that did no violence of its own: no riot, whatever the model reads
        (
            "Police fired tear gas and rubber bullets to clear students who had blocked the "
            "crossing in Dhanmondi for a week of road-safety protests.",
            True,
        ),
        # a crowd that threw stones is one the model may call a riot
        ("Police fired tear gas at youths who threw stones at the police station.", False),
    ],
)
def test_extract_learned_no_riot_without_the_crowds_own_violence(text: str, stands: bool) -> None:
    candidate = _candidate(text, "Protest with intervention")
    model = _fixed_model(
        "Violent demonstration", ("Violent demonstration", "Protest with intervention")
    )
    model.relabelling = Relabelling(0.0, "any")
    relabel([candidate], model)
    assert (candidate.sub_event_type == "Protest with intervention") == stands


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        ("Gunmen stopped a vehicle outside Bocaranga and took away two health workers.", True),
        # taken and killed: an attack, as ACLED codes it, which the model may read
        ("Gunmen abducted two traders near Bocaranga and later killed them.", False),
    ],
)
def test_extract_learned_an_abduction_stands_unless_its_captives_were_killed(
    text: str, stands: bool
) -> None:
    candidate = _candidate(text, "Abduction/forced disappearance")
    model = _fixed_model("Attack", ("Attack", "Abduction/forced disappearance"))
    model.relabelling = Relabelling(0.0, "any")
    relabel([candidate], model)
    assert (candidate.sub_event_type == "Abduction/forced disappearance") == stands
