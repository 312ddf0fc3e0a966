"""Near-duplicate articles: syndicated copies and updates are one story, one source."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventatlas.article import Article
from eventatlas.event import Event
from eventatlas.incidents import signature, similarity
from eventatlas.incidents.copies import band_keys, decode, encode, shingles
from eventatlas.store import Store
from eventatlas.store.schema import articles

pytest_plugins = ["postgres_fixtures"]

WIRE = (
    "DEIR EZ-ZOR, Syria, March 3 (Levant Wire) - Drone strikes hit a convoy of fuel trucks on "
    "the road between Mayadin and Abu Kamal before dawn on Tuesday, killing at least six "
    "drivers and wounding four, a local monitoring group said. The group did not say who "
    "carried out the strikes. Residents said the trucks were bringing fuel from fields east "
    "of the Euphrates to markets in the provincial capital."
)
REPRINT = (
    "Drone strikes hit a convoy of fuel trucks on the road between Mayadin and Abu Kamal "
    "before dawn on Tuesday, killing at least six drivers and wounding four, a local "
    "monitoring group said. The group did not say who carried out the strikes. Residents "
    "said the trucks were bringing fuel from fields east of the Euphrates to markets in the "
    "provincial capital. (Reporting by Levant Wire; editing by the night desk)"
)
UPDATE = (
    WIRE.replace("at least six drivers", "at least nine drivers").replace(
        "wounding four", "wounding seven"
    )
    + " Two of the wounded died in hospital in Mayadin on Wednesday, the monitor added."
)
OTHER = (
    "Unidentified aircraft struck tanker lorries near the Syrian town of Mayadin early on "
    "Tuesday, according to residents, who counted six dead. A spokesman for the provincial "
    "council blamed the attack on foreign drones and called for an inquiry, while the owners "
    "of the trucks said they had paid the usual road fees at every checkpoint on the way."
)


def test_incidents_copies_similarity_separates_copies_from_other_reports() -> None:
    wire, reprint, update, other = (signature(text) for text in (WIRE, REPRINT, UPDATE, OTHER))
    assert wire and reprint and update and other
    assert similarity(wire, reprint) > 0.8
    assert similarity(wire, update) > 0.5
    assert similarity(wire, other) < 0.2


def test_incidents_copies_short_text_has_no_signature() -> None:
    assert signature("Shelling in Idlib.") is None
    assert shingles("") == set()


@given(st.lists(st.integers(0, 2**64 - 1), min_size=1, max_size=16))
def test_incidents_copies_signature_round_trip(values: list[int]) -> None:
    assert decode(encode(values)) == tuple(values)


def test_incidents_copies_bands_are_stable_and_signed() -> None:
    values = signature(WIRE)
    assert values is not None
    keys = band_keys(values)
    assert keys == band_keys(values) and len(keys) == 32
    assert all(-(2**63) <= key < 2**63 for key in keys)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with Store.open(database_url) as opened:
        yield opened


def _copy_of(store: Store, article_id: str) -> str | None:
    with store.engine.connect() as connection:
        query = articles.select().where(articles.c.id == article_id)
        return connection.execute(query).mappings().one()["copy_of"]


def test_incidents_copies_found_when_stored(store: Store, make_event: Callable[..., Event]) -> None:
    texts = {"wire": WIRE, "reprint": REPRINT, "update": UPDATE, "other": OTHER}
    sources = {"wire": "Levant Wire", "reprint": "Gulf Daily", "update": "Levant Wire",
               "other": "Desert Post"}  # fmt: skip
    for n, (name, text) in enumerate(texts.items()):
        event = make_event(event_id=f"EV-{n}", article_id=name, attribution={})
        store.save(Article(id=name, text=text, source=sources[name]), [event])
    assert _copy_of(store, "wire") is None and _copy_of(store, "other") is None
    assert _copy_of(store, "reprint") == _copy_of(store, "update") == "wire"
    (incident,) = store.incidents()
    assert incident["corroboration"] == 2
    assert [group["article_ids"] for group in incident["outlets"]] == [
        ["other"],
        ["reprint", "update", "wire"],
    ]


@pytest.mark.parametrize("order", [["wire", "reprint"], ["reprint", "wire"]])
def test_incidents_copies_any_order_one_story(
    store: Store, make_event: Callable[..., Event], order: list[str]
) -> None:
    for name in order:
        text = WIRE if name == "wire" else REPRINT
        event = make_event(event_id=f"EV-{name}", article_id=name, attribution={})
        store.save(Article(id=name, text=text, source=name.title()), [event])
    (incident,) = store.incidents()
    assert incident["corroboration"] == 1
    assert {_copy_of(store, "wire"), _copy_of(store, "reprint")} == {None, order[0]}
