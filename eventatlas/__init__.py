"""eventatlas: conflict news into structured, mapped, sourced event data.

>>> import eventatlas
>>> events = eventatlas.extract_text("KABUL (AP) — Gunmen killed two police officers on Sunday.",
...                                  published="2021-03-15")
"""

from __future__ import annotations

from eventatlas.article import Article, Sentence, Span
from eventatlas.errors import EventAtlasError
from eventatlas.event import Attribution, Event, Evidence, Location, Modality, Place
from eventatlas.extract.api import extract_article, extract_text
from eventatlas.pipeline import Failure, Outcome, Pipeline, Resources, Step, register_step
from eventatlas.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "Event",
    "EventAtlasError",
    "Evidence",
    "Failure",
    "Location",
    "Modality",
    "Outcome",
    "Pipeline",
    "Place",
    "Resources",
    "Sentence",
    "Settings",
    "Span",
    "Step",
    "__version__",
    "extract_article",
    "extract_text",
    "register_step",
]
