"""What a whole report is about: political violence or protest, or something else.

The rules read a report sentence by sentence, so a report of an air show
("the jets bombed a mock airfield"), a hunting accident ("shot dead by his
companion") or a war-history exhibition ("the massacre of 1957") can give an
event. The topic model reads the whole report at once: a linear classifier
over word and character n-grams (the same TF-IDF as the sub-event model),
trained by ``scripts/train-topic`` from our development reports and ACLED's
notes, and stored as plain arrays in ``data/models/topic.npz``. When it is
sure a whole report (three paragraphs or more) tells no political violence
or protest (the probability of ``not political`` at or above the stored
threshold), the ``learned`` step drops every candidate of that report. The
rules-only extractor never uses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventatlas.extract.learned import MODELS_DIR, SubEventModel

if TYPE_CHECKING:
    from eventatlas.article import Article
    from eventatlas.pipeline import Resources

TOPIC_FILE = MODELS_DIR / "topic.npz"
TOPIC_CARD = MODELS_DIR / "topic.json"
RESOURCE_KEY = "topic_model"
POLITICAL = "political"
NOT_POLITICAL = "not political"
MIN_PARAGRAPHS = 3


@dataclass(frozen=True)
class TopicModel:
    """The report-topic classifier and the probability it needs to empty a report."""

    model: SubEventModel
    threshold: float

    def not_political(self, text: str) -> float:
        """How likely it is that ``text`` tells no political violence or protest."""
        return self.scores([text])[0]

    def scores(self, texts: Sequence[str]) -> list[float]:
        """``not_political`` of each of ``texts``, in one pass."""
        if not texts:
            return []
        column = self.model.classes.index(NOT_POLITICAL)
        return [float(p) for p in self.model.probabilities(texts)[:, column]]

    def tells_none(self, article: Article) -> bool:
        """Whether the model is sure ``article``, a whole report, tells no political violence
        or protest. A report of fewer than ``MIN_PARAGRAPHS`` paragraphs is left to the rules:
        a sentence or two ("Insurgents swept into Aleppo on Wednesday") is too little for the
        model to weigh, and the rules' own accident and sport checks read it whole."""
        paragraphs = len({s.paragraph for s in article.sentences})
        if paragraphs < MIN_PARAGRAPHS:
            return False
        return self.not_political(article.text) >= self.threshold

    @classmethod
    def load(cls) -> TopicModel | None:
        """The stored model, or None when its file or numpy is missing."""
        model = SubEventModel.load(TOPIC_FILE)
        if model is None or NOT_POLITICAL not in model.classes:
            return None
        return cls(model, model.relabelling.threshold)


def topic_model_of(resources: Resources) -> TopicModel | None:
    """The process's topic model (None when not installed), loaded once."""
    model: TopicModel | None = resources.get(RESOURCE_KEY, TopicModel.load)
    return model
