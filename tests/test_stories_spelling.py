"""Names that two outlets spell or place differently are still one name to the same-story score."""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, story_item
from letopis.stories.minhash import signature
from letopis.stories.names import canonical
from letopis.stories.score import names_conflict, profile

SPELLINGS = [
    ("a backquote and a typographic apostrophe", "LOC:кот-д`ивуаре", "LOC:кот-д’ивуаре"),
    ("a straight and a typographic apostrophe", "PER:о'нил", "PER:о’нил"),
    ("a known place in another case", "LOC:венеции", "LOC:венеция"),
    ("an unknown place in two cases", "LOC:беляевки", "LOC:беляевка"),
]


@pytest.mark.parametrize(("first", "second"), [c[1:] for c in SPELLINGS], ids=[c[0] for c in SPELLINGS])
def test_spellings_meet_in_one_key(first: str, second: str) -> None:
    assert canonical(first) == canonical(second)


def test_other_places_stay_apart() -> None:
    assert canonical("LOC:беляевки") != canonical("LOC:белгорода")
    assert canonical("LOC:RU") == "LOC:RU"
    assert canonical("LOC:тула") == "LOC:тульская область"  # a known place is still its area


IVORY = "В Кот-д`Ивуаре десятки человек погибли в давке на салюте\n\nВ давке погибли 60 человек."
IVORY_RETOLD = "В давке у стадиона в Кот-д’Ивуаре погибли 60 человек\n\nНа новогоднем салюте погибли 60 человек."


@pytest.fixture(scope="module")
def items() -> dict[str, StoryItem]:
    texts = {"ivory": IVORY, "ivory2": IVORY_RETOLD}
    articles = [Article(text=text, id=key, title=text.split("\n")[0]) for key, text in texts.items()]
    return {doc.article.id: story_item(doc) for doc in Pipeline().analyze(articles)}


def test_one_place_spelt_with_two_apostrophes_agrees(items: dict[str, StoryItem]) -> None:
    assert not names_conflict(profile(items["ivory"]), profile(items["ivory2"]))


def place_item(key: str, place: str, head: list[str]) -> StoryItem:
    """A title naming ``place`` and a report naming no other (the tagger took no word of it for a proper noun)."""
    return StoryItem(article_id=key, title=" ".join(head), published=None, outlet=None, lemmas=tuple(head),
                     entities=(place,), signature=signature(head), head=tuple(head), head_entities=(place,))


# "В Сирии ранили корреспондента российского телеканала" / "... ранили в пригороде Дамаска": one event; "В Египте"
# and "В Судане": two.
SYRIA = place_item("a", "LOC:SY", ["сирия", "ранить", "корреспондент", "телеканал"])
DAMASCUS = place_item("b", "LOC:дамаск", ["корреспондент", "телеканал", "ранить", "пригород", "дамаск"])
EGYPT = place_item("c", "LOC:EG", ["египет", "ранить", "корреспондент", "телеканал"])
SUDAN = place_item("d", "LOC:SD", ["судан", "ранить", "корреспондент", "телеканал"])
CONFLICTS = [
    ("a state and a city of it", SYRIA, DAMASCUS, False),
    ("two states", EGYPT, SUDAN, True),
    ("a city and another state", DAMASCUS, EGYPT, True),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in CONFLICTS], ids=[c[0] for c in CONFLICTS])
def test_a_state_is_named_where_a_place_in_it_is(first: StoryItem, second: StoryItem, conflict: bool) -> None:
    assert names_conflict(profile(first), profile(second)) is conflict
    assert names_conflict(profile(second), profile(first)) is conflict
