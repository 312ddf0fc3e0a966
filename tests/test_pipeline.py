from __future__ import annotations

import pytest

import eventatlas
from eventatlas.article import Article
from eventatlas.errors import PipelineError
from eventatlas.extract.steps import FunctionStep
from eventatlas.pipeline import DEFAULT_STEPS, STEPS, Failure, Pipeline, Resources, register_step
from eventatlas.settings import Settings


def test_pipeline_all_is_honest() -> None:
    for name in eventatlas.__all__:
        assert hasattr(eventatlas, name), name
    public = {n for n in vars(eventatlas) if not n.startswith("_") and n[0].isupper()}
    assert public <= set(eventatlas.__all__)


def test_pipeline_wrong_order_fails_at_construction(
    settings: Settings, resources: Resources
) -> None:
    names = [n for n in DEFAULT_STEPS if n != "sentences"] + ["sentences"]
    with pytest.raises(PipelineError, match="requires"):
        Pipeline.from_names(names, settings, resources)


def test_pipeline_unknown_step(settings: Settings) -> None:
    with pytest.raises(PipelineError, match="unknown step"):
        Pipeline.from_names(["clean", "nope"], settings)


def test_pipeline_one_bad_article_does_not_stop_the_batch(pipeline: Pipeline) -> None:
    good = Article(
        "good",
        "KABUL (AP) — Gunmen shot dead two police officers in Kabul on Sunday.",
        published="2021-03-15",
    )
    bad = Article("bad", None)  # type: ignore[arg-type]
    outcomes = list(pipeline.run([bad, Failure("line 3", "ingest", "invalid JSON"), good]))
    assert outcomes[0].failure is not None and outcomes[0].failure.step == "clean"
    assert outcomes[1].failure == Failure("line 3", "ingest", "invalid JSON")
    assert outcomes[2].failure is None and outcomes[2].events
    alone = pipeline.run_one(Article("good", good.text, published="2021-03-15"))
    assert [e.to_dict() for e in alone.events] == [e.to_dict() for e in outcomes[2].events]


def test_pipeline_registered_step_runs_like_a_builtin(
    settings: Settings, resources: Resources
) -> None:
    @register_step("test-shout")
    def shout(resources: Resources) -> FunctionStep:
        def body(article: Article) -> Article:
            article.title = (article.title or "").upper()
            return article

        return FunctionStep("test-shout", ("clean_text",), ("loud_title",), body)

    try:
        pipeline = Pipeline.from_names([*DEFAULT_STEPS, "test-shout"], settings, resources)
        outcome = pipeline.run_one(Article("a", "Protesters marched in Nairobi.", title="quiet"))
        assert outcome.article is not None and outcome.article.title == "QUIET"
    finally:
        STEPS.pop("test-shout")


def test_pipeline_resources_load_once(settings: Settings) -> None:
    resources = Resources(settings)
    calls: list[int] = []
    assert resources.get("x", lambda: calls.append(1) or "value") == "value"
    assert resources.get("x", lambda: calls.append(1) or "other") == "value"
    assert calls == [1]


def test_pipeline_huge_text_is_cut_with_a_problem(settings: Settings, resources: Resources) -> None:
    small = settings.replace(max_text_chars=2000)
    pipeline = Pipeline.default(small, resources)
    text = "Protesters marched in Nairobi on Monday.\n\n" * 200
    outcome = pipeline.run_one(Article("big", text, published="2021-03-15"))
    assert outcome.article is not None and len(outcome.article.text) <= 2000
    assert any("cut" in p.message for p in outcome.article.problems)
    for event in outcome.events:
        assert (
            outcome.article.text[event.evidence.start : event.evidence.end] == event.evidence.text
        )


def test_pipeline_extractor_setting_chooses_steps(settings: Settings, resources: Resources) -> None:
    learned = Pipeline.default(settings.replace(extractor="learned"), resources)
    rules = Pipeline.default(settings.replace(extractor="rules"), resources)
    assert "learned" in [s.name for s in learned.steps]
    assert "learned" not in [s.name for s in rules.steps]
    with pytest.raises(PipelineError, match="extractor"):
        Pipeline.default(settings.replace(extractor="magic"), resources)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kalenjin youths killed two Kikuyu civilians in post-election violence.", "Kenya"),
        (
            "Hema militiamen attacked a camp of Lendu farmers, killing four.",
            "Democratic Republic of Congo",
        ),
        ("Gunmen killed two traders on a road.", None),
    ],
)
def test_pipeline_no_place_the_peoples_named_give_the_country(
    pipeline: Pipeline, text: str, country: str | None
) -> None:
    (event,) = pipeline.run_one(Article("p", text, published="2020-05-10")).events
    assert event.country == country
    if country is not None:
        assert event.geo_precision == 3
        assert "peoples named" in (event.geo_reason or "")
