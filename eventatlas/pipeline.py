"""The Step protocol, the step registry and Pipeline.run.

A step is a callable that takes an :class:`~eventatlas.article.Article`,
fills in what it ``provides`` and returns it. Steps are made by factories
registered in :data:`STEPS` (third parties use the ``eventatlas.steps``
entry-point group); each factory receives the shared :class:`Resources`.
A pipeline checks at construction that every step's ``requires`` is
provided by an earlier step, so a wrong order fails at once.

Extraction of one article is a pure function of the article and the loaded
resources: that is what makes batch and Dask runs give the same output.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Protocol

from eventatlas.article import Article
from eventatlas.errors import ArticleError, PipelineError
from eventatlas.event import Event

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "eventatlas.steps"


class Step(Protocol):
    """One stage of extraction."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


@dataclass
class Resources:
    """What steps share, loaded once per process: gazetteer, lexicons, models."""

    settings: Any
    cache: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, load: Callable[[], Any]) -> Any:
        """The resource ``key``, loading it with ``load`` the first time."""
        if key not in self.cache:
            self.cache[key] = load()
        return self.cache[key]


StepFactory = Callable[[Resources], Step]
STEPS: dict[str, StepFactory] = {}
DEFAULT_STEPS: tuple[str, ...] = (
    "clean",
    "dateline",
    "sentences",
    "language",
    "places",
    "candidates",
    "locate",
    "attribution",
    "actors",
    "dates",
    "fatalities",
    "assemble",
)


EXTRACTORS = ("rules", "learned")


def default_steps(settings: Any) -> tuple[str, ...]:
    """The built-in steps; with the learned extractor, its step right after ``candidates``."""
    extractor = getattr(settings, "extractor", "rules")
    if extractor not in EXTRACTORS:
        raise PipelineError(f"extractor must be one of {', '.join(EXTRACTORS)}, not {extractor!r}")
    if extractor == "rules":
        return DEFAULT_STEPS
    at = DEFAULT_STEPS.index("candidates") + 1
    return (*DEFAULT_STEPS[:at], "learned", *DEFAULT_STEPS[at:])


def register_step(name: str) -> Callable[[StepFactory], StepFactory]:
    """Register a step factory under ``name`` (the same way a plugin would)."""

    def decorator(factory: StepFactory) -> StepFactory:
        STEPS[name] = factory
        return factory

    return decorator


def _load_registry() -> None:
    # Importing the built-in step modules registers them; plugins come
    # through entry points, loaded the same way.
    from eventatlas.extract import learned as _learned  # noqa: F401
    from eventatlas.extract import steps as _extract_steps  # noqa: F401

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name not in STEPS:
            STEPS[entry.name] = entry.load()


@dataclass(frozen=True, slots=True)
class Failure:
    """An article that could not be processed, and why."""

    where: str
    step: str
    message: str


@dataclass(slots=True)
class Outcome:
    """What one article gave: its events, or the failure that stopped it."""

    article: Article | None
    events: list[Event]
    failure: Failure | None = None


class Pipeline:
    """An ordered list of steps, checked for what each needs."""

    def __init__(self, steps: list[Step]) -> None:
        check_order(steps)
        self.steps = steps

    @classmethod
    def default(cls, settings: Any, resources: Resources | None = None) -> Pipeline:
        """The built-in pipeline for ``settings.extractor``, sharing ``resources`` when given."""
        return cls.from_names(default_steps(settings), settings, resources)

    @classmethod
    def from_names(
        cls, names: Iterable[str], settings: Any, resources: Resources | None = None
    ) -> Pipeline:
        _load_registry()
        if resources is None:
            resources = Resources(settings)
        elif resources.settings != settings:
            # Share what is loaded (gazetteer, lexicons) but obey these settings.
            resources = Resources(settings, resources.cache)
        unknown = [name for name in names if name not in STEPS]
        if unknown:
            raise PipelineError(f"unknown step(s) {unknown}; known: {sorted(STEPS)}")
        return cls([STEPS[name](resources) for name in names])

    def process(self, article: Article) -> Article:
        """Run every step on ``article``; exceptions propagate."""
        for step in self.steps:
            article = step(article)
            article.done.add(step.name)
        return article

    def run_one(self, article: Article) -> Outcome:
        """Process one article, turning any error into a recorded failure."""
        step_name = "start"
        try:
            for step in self.steps:
                step_name = step.name
                article = step(article)
                article.done.add(step.name)
        except ArticleError as error:
            return Outcome(
                article, [], Failure(article.origin or article.id, step_name, error.reason)
            )
        except Exception as error:  # one bad article never aborts a batch
            log.debug("step %s failed on %s", step_name, article.id, exc_info=True)
            message = f"{type(error).__name__}: {error}"
            return Outcome(article, [], Failure(article.origin or article.id, step_name, message))
        return Outcome(article, list(article.events))

    def run(self, articles: Iterable[Article | Failure]) -> Iterator[Outcome]:
        """Process a stream of articles (or ingest failures) one by one."""
        for item in articles:
            if isinstance(item, Failure):
                yield Outcome(None, [], item)
            else:
                yield self.run_one(item)


def check_order(steps: list[Step]) -> None:
    """Raise PipelineError when a step needs something no earlier step gives."""
    available: set[str] = {"text"}
    for step in steps:
        missing = [need for need in step.requires if need not in available]
        if missing:
            raise PipelineError(
                f"step {step.name!r} requires {missing}, which no earlier step provides; "
                f"put the steps that provide them first"
            )
        available.update(step.provides)
