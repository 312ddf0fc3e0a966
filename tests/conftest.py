"""Shared fixtures: settings with a per-session cache, the built pipeline, sample paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventatlas.pipeline import Pipeline, Resources
from eventatlas.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "article-2020-12-21-albukamal.txt"
SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose gazetteer index is built once for the whole test session."""
    cache = tmp_path_factory.mktemp("cache")
    return Settings(cache_dir=cache, progress=False)


@pytest.fixture(scope="session")
def resources(settings: Settings) -> Resources:
    return Resources(settings)


@pytest.fixture(scope="session")
def pipeline(settings: Settings, resources: Resources) -> Pipeline:
    return Pipeline.default(settings, resources)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/seed is not here (a fresh clone): the seed tests run in CI")
    return SEED.read_text(encoding="utf-8")
