"""Loading our own tab-separated lexicon files from ``eventatlas/data``."""

from __future__ import annotations

import re
from importlib import resources


def read_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``data/<name>``, without comments and blanks."""
    text = resources.files("eventatlas").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def compile_words(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern anchored on word boundaries."""
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", re.IGNORECASE)
