"""Name keys that make the many romanisations of one place name meet.

Two keys are kept for every name:

- ``exact_key``: diacritics, case, hyphens, apostrophes and Arabic articles
  gone, doubled letters and a few vowel spellings (ee/i, ou/u) folded, so
  "Al-Mayadeen" and "Al Mayādīn" meet exactly.
- ``name_key``: a looser skeleton on top (q/k, kh/k, every vowel run one
  vowel, a final -h dropped), so "Deir Ezzor" meets "Dayr az Zawr". Matches
  on the skeleton alone rank below exact ones.

Arabic-script names keep their letters, lose short vowels and the ``ال``
article, and have alef and ta marbuta forms unified.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ARTICLES = frozenset(
    [
        "al",
        "el",
        "il",
        "ul",
        "ad",
        "ed",
        "ud",
        "adh",
        "ath",
        "at",
        "et",
        "ut",
        "ar",
        "er",
        "ur",
        "as",
        "es",
        "us",
        "ash",
        "esh",
        "ush",
        "az",
        "ez",
        "uz",
        "an",
        "en",
        "un",
    ]
)
_APOSTROPHES = re.compile("['’‘`ʻʼʾʿ´′]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
# A glued sun-letter article inside a name: "Ezzor", "Arraqqa".
_GLUED_ARTICLE = re.compile(r"^[ae]([tdrzsnl])\1(?=[a-z]{2})")
_DOUBLED = re.compile(r"([a-z])\1+")
# "Elwak" and "El Wak": the article of a Somali or Arabic name, glued on or written apart.
_ARTICLE_GLUED = re.compile(r"^(el|al)([^\W\d_]{3,})$", re.IGNORECASE)
_ARTICLE_APART = re.compile(r"^(el|al)[\s-]+([^\W\d_]{3,})$", re.IGNORECASE)
_EXACT_FOLDS = (("ee", "i"), ("ou", "u"), ("oo", "u"))
_SKELETON_FOLDS = (
    ("sch", "sh"),
    ("tch", "ch"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
)
# "Raqqah"/"Raqqa", "Hamah"/"Hama": a final -h after a vowel is a spelling habit.
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_VOWELS = re.compile(r"[aeiouyw]+")
# y and w between vowels are consonants ("Mayadin", "Siaya") and stay.
_GLIDES = re.compile(r"(?<=[aeiou])([yw])(?=[aeiou])")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def is_arabic(text: str) -> bool:
    """True when ``text`` is written in Arabic script."""
    return _ARABIC.search(text) is not None


def is_indexable(text: str) -> bool:
    """True for names in Latin or Arabic script, the ones news in English use."""
    if is_arabic(text):
        return True
    stripped = strip_marks(text)
    return all(ord(char) < 0x250 for char in stripped)


def strip_marks(text: str) -> str:
    """``text`` without diacritics: "Ālbū Kamāl" -> "Albu Kamal"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokens(text: str) -> list[str]:
    """Lowercase ASCII word tokens of a Latin-script name, articles dropped."""
    plain = _APOSTROPHES.sub("", strip_marks(text).lower())
    words = _NON_WORD.sub(" ", plain).split()
    kept = [word for word in words if word not in ARTICLES] if len(words) > 1 else words
    if not kept:
        kept = words
    if not kept:
        return []
    return [kept[0], *(_GLUED_ARTICLE.sub(r"\1", word) for word in kept[1:])]


@lru_cache(maxsize=200_000)
def exact_key(text: str) -> str:
    """The exact-match key: "Al-Mayadeen" and "Al Mayādīn" both give "mayadin"."""
    if is_arabic(text):
        return _arabic_key(text)
    words = tokens(text)
    if not words:
        return ""
    joined = "".join(words)
    for old, new in _EXACT_FOLDS:
        joined = joined.replace(old, new)
    return _FINAL_H.sub("", _DOUBLED.sub(r"\1", joined))


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The loose skeleton key: "Deir Ezzor" and "Dayr az Zawr" both give "darsar"."""
    key = exact_key(text)
    if not key or is_arabic(key):
        return key
    return skeleton(key)


def skeleton(key: str) -> str:
    """The consonant skeleton of an exact key (every vowel run one "a")."""
    for old, new in _SKELETON_FOLDS:
        key = key.replace(old, new)
    key = _DOUBLED.sub(r"\1", key)
    key = _GLIDES.sub(lambda glide: glide.group(1).upper(), key)
    return _VOWELS.sub("a", key).lower()


def article_variant(name: str) -> str | None:
    """The name with its El/Al article written the other way: "Elwak" <-> "El Wak"."""
    glued = _ARTICLE_GLUED.match(name.strip())
    if glued:
        return f"{glued.group(1)} {glued.group(2)}"
    apart = _ARTICLE_APART.match(name.strip())
    return f"{apart.group(1)}{apart.group(2).lower()}" if apart else None


def _arabic_key(text: str) -> str:
    plain = _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(_ARABIC_FOLDS)
    words = [word for word in re.split(r"[\s\-_'’]+", plain) if word]
    stripped = [word[2:] if word.startswith("ال") and len(word) > 3 else word for word in words]
    return "".join(stripped)
