"""Actor-finding throughput: one-paragraph texts per second on one core.

Builds paragraphs from our own wire-style sentence templates over real group
and place names, times ActorLexicon.load and ActorLexicon.find, and prints the
figures. Usage: python bench/actors.py [N]
"""

from __future__ import annotations

import argparse
import random
import time

from eventatlas.extract.actors import ActorLexicon

COUNTRIES = ["SYR", "IRQ", "YEM", "SOM", "NGA", "MLI", "COD", "UKR", "AFG", "MMR", "KEN", "COL"]
SUBJECTS = [
    "Syrian and Russian warplanes",
    "Al-Shabaab militants",
    "ISIS fighters",
    "Houthi rebels",
    "Government troops",
    "Unidentified gunmen",
    "Hundreds of protesters",
    "Kenyan police",
    "Taliban fighters",
    "Security forces",
    "JNIM militants",
    "M23 rebels",
    "Russian forces",
    "The army",
    "Bandits",
    "A joint Russian-Syrian force",
    "PDF fighters",
    "ELN guerrillas",
]
OBJECTS = [
    "civilians",
    "a police checkpoint",
    "villagers",
    "an army base",
    "the SDF",
    "students",
    "Ukrainian positions",
    "the Islamic State",
    "aid workers",
    "FARDC soldiers",
    "a market",
]
SENTENCES = [
    "{s} attacked {o} near the town on Monday, killing {n} people, officials said.",
    "According to a local source, {s} clashed with {o} in the north-east late on Tuesday.",
    "{s} abducted {n} of {o} on the road to the provincial capital, residents reported.",
    "Witnesses said {s} opened fire on {o} after a dispute over land in the district.",
    "The ministry said {n} were wounded when {s} shelled {o} overnight.",
]


def paragraphs(size: int, seed: int = 11) -> list[tuple[str, str]]:
    """`size` paragraphs of four sentences each, with the event country of each."""
    rng = random.Random(seed)
    out = []
    for _ in range(size):
        sentences = [
            rng.choice(SENTENCES).format(
                s=rng.choice(SUBJECTS), o=rng.choice(OBJECTS), n=rng.randint(2, 40)
            )
            for _ in range(4)
        ]
        out.append((" ".join(sentences), rng.choice(COUNTRIES)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("size", nargs="?", type=int, default=20_000, help="how many texts")
    size = parser.parse_args().size
    texts = paragraphs(size)
    began = time.perf_counter()
    lexicon = ActorLexicon.load()
    loaded = time.perf_counter() - began
    began = time.perf_counter()
    mentions = sum(len(lexicon.find(text, country=country)) for text, country in texts)
    elapsed = time.perf_counter() - began
    words = sum(len(text.split()) for text, _ in texts)
    print(f"load: {loaded:.3f} s")
    print(f"texts: {size}, words per text: {words / size:.0f}, mentions: {mentions}")
    print(f"find: {size / elapsed:,.0f} texts/s ({elapsed * 1e6 / size:.0f} us per text)")


if __name__ == "__main__":
    main()
