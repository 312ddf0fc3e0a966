"""Language identification by script and function words.

Deterministic and fast: enough to tell the languages wire services publish
in, so the English rules are not run blindly on French or Arabic text.
"""

from __future__ import annotations

import re
from collections import Counter

from eventatlas.article import Article

_FUNCTION_WORDS = {
    "en": "the of and to in a is that was for on with by were said from have has at",
    "fr": "le la les de des et un une du est dans que pour sur au par ont été il",
    "es": "el la los las de del y en un una que por con para se fue al han",
    "pt": "o a os as de do da e em um uma que por com para foi ao não",
    "de": "der die das und ist nicht ein eine von zu den mit sich des auf für",
    "it": "il lo la gli le di e un una che per con del della sono è",
    "id": "yang dan di ke dari itu dengan untuk tidak ini dalam pada",
    "tr": "ve bir bu da de için ile olarak çok daha",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_SCRIPTS = [
    ("ar", re.compile(r"[\u0600-\u06FF]")),
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("my", re.compile(r"[\u1000-\u109F]")),
]
_TOKEN = re.compile(r"[^\W\d_]+")


def detect_language(text: str, *, sample: int = 4000) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it cannot tell."""
    head = text[:sample]
    letters = sum(ch.isalpha() for ch in head) or 1
    for code, script in _SCRIPTS:
        if len(script.findall(head)) > letters * 0.3:
            return code
    counts = Counter(word.lower() for word in _TOKEN.findall(head))
    scores = {lang: sum(counts[w] for w in words) for lang, words in _WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 else None


def add_language(article: Article) -> Article:
    """Pipeline step body: detect the language unless the caller gave it."""
    if not article.language:
        article.language = detect_language(article.text) or "en"
    return article
