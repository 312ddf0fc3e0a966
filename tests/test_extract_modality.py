"""Modality and the non-event filter, measured on our own labelled statements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventatlas.article import Article
from eventatlas.evaluate.modality import score_modality, statement_modality
from eventatlas.pipeline import Pipeline

SAMPLES = Path(__file__).parent / "samples"


def _rows(name: str) -> list[dict[str, str]]:
    lines = (SAMPLES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Gunmen attacked a checkpoint near Gao on Sunday, killing three soldiers.", "occurred"),
        ("Militants reportedly attacked a checkpoint near Gao on Sunday.", "occurred"),
        ("The army said it would launch an offensive on the town next week.", "planned"),
        ("Al Shabaab threatened to attack any school that teaches the curriculum.", "threatened"),
        # a threat another speaker adds in a later clause leaves the act done
        (
            "Drivers blocked the highway at Lautaro on Sunday to demand protection, and their "
            "union said it would block it again unless soldiers return.",
            "occurred",
        ),
        ("The rebels would attack the town on Sunday unless the army withdrew.", "threatened"),
        ("Militants have repeatedly attacked convoys on the road since 2019.", "generic"),
        ("Kidnappings for ransom are on the rise in the region.", "generic"),
        ("Police killed more than 300 people in the first five months of the year.", "generic"),
        ("The ministry denied that its aircraft struck the market in Ariha.", "denied"),
        ("The rebels said they had nothing to do with the bombing of the bridge.", "denied"),
        ("Officials dismissed as fabrications reports that troops shelled the camp.", "denied"),
        # the claims called invented, or no soldier who did it
        (
            "A spokesman said the rape allegations had been invented by the opposition.",
            "denied",
        ),
        ("The governor said no soldier had assaulted anyone in the village.", "denied"),
        ("The army said no police officers had beaten anyone at the rally.", "denied"),
        ('The police said officers "do not abduct anyone" in Nairobi.', "denied"),
        # a denial in the outlet's quotes; an account rejected; homes not burned
        (
            'The junta said the reports of rape in Tabayin were "fabricated news" by exiles.',
            "denied",
        ),
        (
            "The army rejected the account, saying soldiers had not set fire to homes in Batibo.",
            "denied",
        ),
        # "planned" that names another thing's plan leaves the act as it is
        (
            "Police acting on a tip-off about a planned robbery traded fire with armed men.",
            "occurred",
        ),
        ("Soldiers foiled a planned attack on the base at Gao.", "planned"),
        # what someone asked others to do has not been done
        (
            "The governor asked the army to send reinforcements to Bunia before the weekend.",
            "planned",
        ),
        # a count for the whole country; a crowd expected, not yet there
        (
            "Amnesty said at least 16 people have been killed across the country today.",
            "generic",
        ),
        (
            "Thousands of nurses are expected on the streets of Nakuru today to protest "
            "against unpaid allowances.",
            "planned",
        ),
        # a threat made at a demonstration: the demonstration took place
        (
            "Traders in Kisumu threatened to close their stalls during a demonstration "
            "outside the county offices.",
            "occurred",
        ),
        # an army that "has deployed in most of the area": where it stands, no movement
        (
            "The Lebanese army has deployed in most of the area south of the Litani river.",
            "generic",
        ),
        # an order to deploy the army: the deployment is to come
        ("The president ordered the army deployed to support the police in Nairobi.", "planned"),
        # a count of arrests for the whole country, told actively
        (
            "Police said they had detained more than 40 people across the country since Tuesday.",
            "generic",
        ),
        # denying the enemy a chance, and access denied, deny no event
        (
            "To deny the enemy any chance to regroup, the air force struck the camp near "
            "Datu Hoffer on Monday.",
            "occurred",
        ),
        (
            "Journalists were denied access to the town after soldiers shot dead three traders.",
            "occurred",
        ),
        ("The army denied that soldiers shot dead three traders in Kutum.", "denied"),
        # a crowd announced, or set for a day to come
        ("Opposition parties announced a march in Niamey on Monday.", "planned"),
        (
            "The collective announced a sit-in in front of the governorate in Tillaberi next "
            "Monday.",
            "planned",
        ),
        ("Traders will hold a vigil outside the market in Kisumu tomorrow.", "planned"),
        ("The army announced the arrest of 20 people in Niamey on Monday.", "occurred"),
        # a fight named as the cause of how things stand: background
        (
            "Since fighting between the army and the M23 rebels cut the roads around Goma, the "
            "lake has become the main route for goods.",
            "generic",
        ),
        ("Since Monday, fighting between the army and rebels near Goma has killed 20.", "occurred"),
        ("The Fano has many times ambushed army convoys on the road outside Weldiya.", "generic"),
        ("Fighting has not stopped everywhere.", "generic"),
        ("The council promised on Monday to send reinforcements to Gressier.", "planned"),
        (
            "The dissidents said in a statement that they do not attack the civilian population.",
            "denied",
        ),
        ("Gunmen have on several occasions attacked buses on the road to Garissa.", "generic"),
        # a comparison with the years before is no habit
        (
            "Eleven people were killed during a night of ethnic violence in Korday, officials "
            "said on Monday, in the country's worst communal bloodshed for years.",
            "occurred",
        ),
        ("Bandits have raided the villages of Korday for years.", "generic"),
        # a place that sees violence every May Day tells a habit; "as they do" is this day's
        (
            "The quarter around the cultural centre in Hamburg sees clashes with police every "
            "May Day.",
            "generic",
        ),
        (
            "Youths clashed with police in Hamburg on Saturday, as they do every May Day.",
            "occurred",
        ),
        ("Gunmen have planted mines on the roads around Mandaon again and again.", "generic"),
        ("Police said 211 people had been detained across the capital by Saturday.", "generic"),
        # the onset of a wave of protests, told weeks on, is its background
        ("The protests began on 1 October in Baghdad over unemployment.", "generic"),
        ("The protests that began on October 25 have spread to the south.", "generic"),
        # a tally run up over days is no event
        ("Police said 213 officers had been injured since Thursday.", "generic"),
        ("Police said 21 officers were injured in Hamburg on Thursday.", "occurred"),
        ("Police said 14 people had been detained by Tuesday morning.", "generic"),
        # the plan of men the event is about, in a clause that closes before it, is theirs
        (
            "Police intercepted a gang of robbers who were planning to rob a bank, resulting in "
            "a shoot-out in Culiacan on Monday.",
            "occurred",
        ),
    ],
)
def test_extract_modality_cases(text: str, modality: str) -> None:
    assert statement_modality(text) == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The town was last hit by a car bombing in 2017, when a market was targeted.", "generic"),
        ("In March 2016, gunmen stormed a hotel in the capital and killed 19 people.", "generic"),
        ("Gunmen stormed a hotel in the capital on Sunday and killed 19 people.", "occurred"),
        # a year to the day after: the anniversary's happening is background
        (
            "Students met in silence today, a year to the day after police shot dead "
            "three protesters outside the university.",
            "generic",
        ),
    ],
)
def test_extract_modality_long_past_is_background(text: str, modality: str) -> None:
    assert statement_modality(text, published="2021-06-10") == modality


def test_extract_modality_the_crowd_a_warning_threatens(pipeline: Pipeline) -> None:
    # who would be arrested is no crowd that gathered, and the arrest is a threat, not a plan
    text = (
        "The interior ministry warned that protesters found near State House in Nairobi "
        "would be arrested and charged. Police in Kisumu warned that anyone who joins the "
        "protests on Monday will be arrested."
    )
    events = pipeline.run_one(Article("warn", text, published="2024-06-27")).events
    assert [(e.modality, e.sub_event_type, e.event_date) for e in events] == [
        ("threatened", "Arrests", "2024-06-27"),
        ("threatened", "Arrests", "2024-06-27"),
    ]


def test_extract_modality_labelled_set() -> None:
    figures = score_modality(_rows("modality.jsonl"))
    assert figures["statements"] >= 150
    # Regression floors on our own set (the figures in the issue note are higher).
    assert figures["occurred_precision"] >= 0.90
    assert figures["non_occurred_recognised"] >= 0.90


def test_extract_modality_non_political_reports_give_no_occurred_event() -> None:
    # The rules alone, on the rows written for them (n001-n202); the whole articles of n203
    # on are the report-topic model's, counted with the full pipeline by bench/quiet.py.
    rows = [r for r in _rows("nonpolitical.jsonl") if int(r["id"][1:]) <= 202]
    quiet = sum(statement_modality(row["text"]) != "occurred" for row in rows)
    assert quiet / len(rows) >= 0.90


def test_extract_modality_a_rugby_report_gives_no_event() -> None:
    """ "stormed into a seven-point lead", "attacked their line", a pitch invader arrested:
    a match report's words, in a report whose lead is a match."""
    (row,) = [r for r in _rows("nonpolitical.jsonl") if r["id"] == "n054"]
    assert statement_modality(row["text"]) != "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "The unrest recalls the Madhesh uprising of 2007, when weeks of strikes and street "
        "battles brought the plains to a halt.",
        "The violence is reminiscent of the riots of 2008, when hundreds of people were killed "
        "in the capital.",
    ],
)
def test_modality_a_past_year_recalled_is_background(pipeline: Pipeline, text: str) -> None:
    """What today's unrest "recalls" is another year's: background, not an event of today."""
    events = pipeline.run_one(Article("t", text, published="2015-08-25")).events
    assert events and all(e.modality == "generic" for e in events)
