"""A learned sub-event-type classifier that relabels rule candidates when it is sure.

The model is a linear classifier over word and character n-grams (TF-IDF),
trained by ``scripts/train-classifier`` from ACLED-coded notes and stored
as plain arrays in ``data/models/subevent.npz`` (no pickle, so any numpy
reads it). The ``learned`` step runs right after ``candidates``: it never
adds a candidate and never touches modality; it replaces a candidate's
sub-event type when the model is confident and its answer stays within the
family the rules found (violence, demonstrations, or strategic
developments). It removes candidates only all at once, from a report the
report-topic model (``eventatlas.extract.topic``) is sure tells no political
violence or protest.
"""

from __future__ import annotations

import json
import logging
import math
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventatlas.article import Article
from eventatlas.event import SUB_EVENT_TYPES, EventType
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.classify import (
    both_sides_fired,
    crowd_met_force,
    crowd_turned_violent,
    ended_calmly,
    names_firearms,
    paragraph_text,
)
from eventatlas.extract.firing import SHELLING
from eventatlas.pipeline import DEFAULT_STEPS, Resources, register_step

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from eventatlas.extract.steps import FunctionStep

log = logging.getLogger(__name__)
MODELS_DIR = Path(__file__).resolve().parent.parent / "data" / "models"
MODEL_FILE = MODELS_DIR / "subevent.npz"
CARD_FILE = MODELS_DIR / "subevent.json"
RESOURCE_KEY = "subevent_model"
STEP_NAME = "learned"

_WORD = re.compile(r"\w\w+")
_DIGITS = re.compile(r"\d+")
# Event families: the model may move a candidate within its family, never across.
FAMILIES: dict[str, str] = {
    sub: (
        "strategic"
        if kind is EventType.STRATEGIC
        else "demonstration"
        if kind in {EventType.PROTESTS, EventType.RIOTS}
        else "violence"
    )
    for sub, kind in SUB_EVENT_TYPES.items()
}


@dataclass(frozen=True)
class Relabelling:
    """When the learned step may replace the rules' sub-event type.

    A type the ``policy`` allows ("family", "event_type" or "any") needs a
    probability of ``threshold``; any other type needs ``cross_threshold``
    (None: never).
    """

    threshold: float = 0.5
    policy: str = "family"
    cross_threshold: float | None = None

    def allows(self, rule: str, learned: str, probability: float) -> bool:
        """Whether ``learned`` at ``probability`` may replace the rules' ``rule``."""
        if learned not in SUB_EVENT_TYPES or rule not in SUB_EVENT_TYPES:
            return False
        if compatible(rule, learned, self.policy):
            return probability >= self.threshold
        return self.cross_threshold is not None and probability >= self.cross_threshold


def _normalise(text: str) -> str:
    # Digits carry dates and counts, not the kind of event: fold them together.
    return _DIGITS.sub("0", text.lower())


def word_terms(text: str) -> list[str]:
    """Word unigrams and bigrams of normalised text."""
    words = _WORD.findall(_normalise(text))
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def char_terms(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside space-padded words, as sklearn's ``char_wb`` makes."""
    terms: list[str] = []
    for word in _normalise(text).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            terms.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return terms


def _block(terms: list[str], vocabulary: dict[str, int], idf: NDArray[Any]) -> dict[int, float]:
    """Sublinear TF times IDF for one block of terms, L2-normalised."""
    counts = Counter(vocabulary[t] for t in terms if t in vocabulary)
    values = {i: (1.0 + math.log(n)) * float(idf[i]) for i, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {i: v / norm for i, v in values.items()}


@dataclass
class Vectorizer:
    """Word and character TF-IDF blocks over a fixed vocabulary."""

    vocabulary: dict[str, int]
    idf: NDArray[Any]
    char_range: tuple[int, int] = (3, 5)

    def features(self, text: str) -> dict[int, float]:
        """The sparse feature vector of ``text`` (index: value)."""
        words = _block([f"w:{t}" for t in word_terms(text)], self.vocabulary, self.idf)
        chars = _block(
            [f"c:{t}" for t in char_terms(text, *self.char_range)], self.vocabulary, self.idf
        )
        return words | chars

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        *,
        min_df: int = 2,
        char_range: tuple[int, int] = (3, 5),
        keep: Iterable[str] | None = None,
    ) -> Vectorizer:
        """Vocabulary (terms in at least ``min_df`` texts, or only ``keep``) and smooth IDF."""
        import numpy as np

        df: Counter[str] = Counter()
        for text in texts:
            words = {f"w:{t}" for t in word_terms(text)}
            df.update(words | {f"c:{t}" for t in char_terms(text, *char_range)})
        allowed = set(keep) if keep is not None else None
        terms = sorted(
            t for t, n in df.items() if n >= min_df and (allowed is None or t in allowed)
        )
        idf = np.array([math.log((1 + len(texts)) / (1 + df[t])) + 1.0 for t in terms])
        return cls({t: i for i, t in enumerate(terms)}, idf.astype(np.float32), char_range)


class SubEventModel:
    """A linear sub-event-type classifier; ``predict`` gives (label, probability)."""

    def __init__(
        self,
        vectorizer: Vectorizer,
        coef: NDArray[Any],
        intercept: NDArray[Any],
        classes: Sequence[str],
        relabelling: Relabelling = Relabelling(),
    ) -> None:
        self.vectorizer = vectorizer
        self.coef = coef  # (features, classes)
        self.intercept = intercept
        self.classes = list(classes)
        self.relabelling = relabelling

    def probabilities(self, texts: Sequence[str]) -> NDArray[Any]:
        """One row of class probabilities (softmax of the linear scores) per text."""
        import numpy as np

        scores = np.tile(self.intercept.astype(np.float64), (len(texts), 1))
        for row, text in enumerate(texts):
            feats = self.vectorizer.features(text)
            if feats:
                index = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
                value = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
                scores[row] += value @ self.coef[index].astype(np.float64)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """The most probable sub-event type of each text, with its probability."""
        if not texts:
            return []
        probs = self.probabilities(texts)
        best = probs.argmax(axis=1)
        return [(self.classes[int(k)], float(probs[i, k])) for i, k in enumerate(best)]

    def save(self, path: Path = MODEL_FILE) -> None:
        """Write the model as plain arrays: an .npz without pickles or timestamps."""
        import numpy as np

        terms = sorted(self.vectorizer.vocabulary, key=self.vectorizer.vocabulary.__getitem__)
        meta = {
            "classes": self.classes,
            "char_range": list(self.vectorizer.char_range),
            "threshold": self.relabelling.threshold,
            "policy": self.relabelling.policy,
            "cross_threshold": self.relabelling.cross_threshold,
        }
        _write_npz(
            path,
            terms=np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8),
            idf=self.vectorizer.idf.astype(np.float32),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> SubEventModel | None:
        """The stored model, or None when its file or numpy is missing."""
        path = path or MODEL_FILE
        try:
            import numpy as np
        except ImportError:
            return None
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as stored:
            joined = stored["terms"].tobytes().decode("utf-8")
            terms = joined.split("\n") if joined else []
            meta = json.loads(stored["meta"].tobytes().decode("utf-8"))
            vectorizer = Vectorizer(
                {t: i for i, t in enumerate(terms)}, stored["idf"], tuple(meta["char_range"])
            )
            cross = meta.get("cross_threshold")
            relabelling = Relabelling(
                float(meta["threshold"]),
                str(meta["policy"]),
                None if cross is None else float(cross),
            )
            coef = stored["coef"].astype(np.float32)
            return cls(vectorizer, coef, stored["intercept"], meta["classes"], relabelling)


def feature_matrix(vectorizer: Vectorizer, texts: Sequence[str]) -> Any:
    """The texts' feature rows as one scipy sparse matrix (training only: needs scipy)."""
    import numpy as np
    from scipy import sparse

    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for text in texts:
        feats = vectorizer.features(text)
        indices.extend(feats)
        data.extend(feats.values())
        indptr.append(len(indices))
    shape = (len(texts), len(vectorizer.vocabulary))
    return sparse.csr_matrix((data, indices, indptr), shape=shape, dtype=np.float64)


def train_linear(
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    features: int,
    c: float,
    seed: int,
    relabelling: Relabelling,
) -> SubEventModel:
    """Vocabulary, chi-squared selection of the ``features`` most telling n-grams, then a
    class-balanced logistic regression (training only: needs scikit-learn)."""
    import warnings

    import numpy as np
    from sklearn.feature_selection import SelectKBest, chi2
    from sklearn.linear_model import LogisticRegression

    full = Vectorizer.fit(texts, min_df=2)
    x = feature_matrix(full, texts)
    chosen = SelectKBest(chi2, k=min(features, x.shape[1])).fit(x, labels).get_support(indices=True)
    terms = sorted(full.vocabulary, key=full.vocabulary.__getitem__)
    vectorizer = Vectorizer.fit(texts, min_df=2, keep=[terms[i] for i in chosen])
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter on tiny data sets
        classifier.fit(feature_matrix(vectorizer, texts), list(labels))
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:  # binary: sklearn keeps one row; make it two
        coef, intercept = np.vstack([-coef, coef]) / 2, np.hstack([-intercept, intercept]) / 2
    return SubEventModel(
        vectorizer, coef.T.copy(), intercept, list(classifier.classes_), relabelling
    )


def _write_npz(path: Path, **arrays: NDArray[Any]) -> None:
    """``numpy.savez_compressed`` with fixed entry times, so retraining gives the same bytes."""
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w") as handle:
                np.lib.format.write_array(handle, array, allow_pickle=False)


def compatible(rule: str, learned: str, policy: str) -> bool:
    """Whether the model's type may replace the rules' type under ``policy``."""
    if rule not in SUB_EVENT_TYPES or learned not in SUB_EVENT_TYPES:
        return False
    if policy == "any":
        return True
    if policy == "event_type":
        return SUB_EVENT_TYPES[rule] is SUB_EVENT_TYPES[learned]
    return FAMILIES[rule] == FAMILIES[learned]


def candidate_text(candidate: Candidate) -> str:
    """What the model reads for one candidate: its sentence and the sentences merged into it."""
    return paragraph_text(candidate)


def relabel(candidates: list[Candidate], model: SubEventModel) -> None:
    """Replace sub-event types the model is sure of, in place; one batch per article."""
    if not candidates:
        return
    rule = model.relabelling
    texts = [candidate_text(c) for c in candidates]
    unique = list(dict.fromkeys(texts))
    answers = dict(zip(unique, model.predict(unique), strict=True))
    for candidate, text in zip(candidates, texts, strict=True):
        label, probability = answers[text]
        if label == candidate.sub_event_type or _rules_stand(candidate, label, text):
            continue
        if not rule.allows(candidate.sub_event_type, label, probability):
            continue
        if _taken(candidate, label, candidates):
            continue
        candidate.notes.append(
            f"learned: {candidate.sub_event_type} -> {label} ({probability:.2f})"
        )
        candidate.sub_event_type = label


# Types whose own words the rules found ("blew herself up", "chlorine", "raped", "drone
# fired a missile", "took control of the town"): the report says what happened, whatever the
# sentence around it resembles (the model saw few territory changes: 14 dev rows).
_OUTRIGHT = {
    "Suicide bomb",
    "Chemical weapon",
    "Sexual violence",
    "Air/drone strike",
    # "Troops shelled villages, killing five civilians": shelling, whoever it killed
    SHELLING,
    "Government regains territory",
    "Non-state actor overtakes territory",
}


# Captives told killed ("abducted and later killed"). Narrower than fatality_words.DEATH_WORD
# ("lives", "lost", "toll" tell no captive's death) and than a toll, which misses "found dead".
_KILLED = re.compile(r"\b(?:kill\w*|dead|bod(?:y|ies)|execut\w*|behead\w*|murder\w*)\b", re.I)
_AGREED = re.compile(r"(?:agreed|signed|sign)\b", re.I)
_RIOTS = {"Violent demonstration", "Mob violence"}
_PROTESTS = {"Protest with intervention", "Excessive force against protesters"}


def _rules_stand(candidate: Candidate, label: str, text: str) -> bool:
    """The words the rules read leave no doubt the model could remove: both sides fired, a
    suicide bomber, a march that ended calmly, a crowd that did violence (``text`` is what the
    model read)."""
    if label == "Peaceful protest" and (crowd_turned_violent(text) or crowd_met_force(text)):
        # The model read a calm crowd where the report tells violence, arrests or force.
        return True
    if label in _RIOTS and candidate.sub_event_type in _PROTESTS and not crowd_turned_violent(text):
        # The model read a riot where the report tells no violence of the crowd's own: "police
        # fired tear gas to clear students who had blocked the crossing" (its training notes,
        # mostly Kenya's, code many road blocks as riots).
        return True
    if candidate.strength != "strong":
        return False
    if candidate.sub_event_type == "Agreement" and _AGREED.match(candidate.trigger.text):
        # "The union agreed to end the strike": a deal, whatever crowd it ends
        return True
    if candidate.sub_event_type == "Armed clash":
        return both_sides_fired(candidate.sentence.text)
    if candidate.sub_event_type == "Abduction/forced disappearance":
        # "took away two health workers": taken, unless the report tells them killed
        # ("abducted and later killed" is an attack, as ACLED codes it)
        return _KILLED.search(text) is None
    if candidate.sub_event_type == "Peaceful protest":
        # "dispersed without incident": police standing by did not intervene.
        return ended_calmly(text)
    if candidate.sub_event_type in ("Suicide bomb", SHELLING) and names_firearms(
        candidate.sentence.text
    ):
        # "using grenades, guns and suicide bombings", "attacked a police post with rifles and
        # rockets": one weapon of a larger assault.
        return False
    return candidate.sub_event_type in _OUTRIGHT


def _taken(candidate: Candidate, label: str, candidates: list[Candidate]) -> bool:
    """Another candidate of the same sentence already has ``label``: relabelling would duplicate it."""
    return any(
        other is not candidate
        and other.sentence is candidate.sentence
        and other.sub_event_type == label
        for other in candidates
    )


def model_of(resources: Resources) -> SubEventModel | None:
    """The process's sub-event model (None when not installed), loaded once."""
    model: SubEventModel | None = resources.get(RESOURCE_KEY, SubEventModel.load)
    return model


def steps_with_learned(names: Sequence[str] = DEFAULT_STEPS) -> tuple[str, ...]:
    """``names`` with the learned step placed right after ``candidates``."""
    names = [n for n in names if n != STEP_NAME]
    at = names.index("candidates") + 1
    return (*names[:at], STEP_NAME, *names[at:])


@register_step(STEP_NAME)
def learned_step(resources: Resources) -> FunctionStep:
    """Relabel candidates with the learned model (a no-op when it is not installed)."""
    # Imported here: steps.py may come to import this module to register the step.
    from eventatlas.extract.steps import FunctionStep
    from eventatlas.extract.topic import TOPIC_FILE, topic_model_of

    model = model_of(resources)
    if model is None:
        log.warning("no learned model at %s: sub-event types stay the rules'", MODEL_FILE)
    topic = topic_model_of(resources)
    if topic is None:
        log.warning("no topic model at %s: every report is read for events", TOPIC_FILE)

    def body(article: Article) -> Article:
        if topic is not None and article.candidates and topic.tells_none(article):
            # a report the topic model is sure tells no political violence or protest (an
            # air show, a hunting accident) gives no event, whatever words it borrows
            article.candidates = []
        if model is not None:
            relabel(article.candidates, model)
        return article

    return FunctionStep(STEP_NAME, ("candidates",), ("learned_types",), body)
