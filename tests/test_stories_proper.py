"""Proper nouns of a title as names: two reports whose titles name another volcano, band or ship tell other stories,
even where the entity recogniser took neither name for one."""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, story_item
from letopis.stories.score import names_conflict, profile

TEXTS = {
    "klyuchevskoy": ("Вулкан Ключевской выбросил столб пепла на высоту восьми километров\n\nНа Камчатке вулкан "
                     "Ключевской выбросил столб пепла на высоту до восьми километров, сообщили вулканологи. "
                     "Авиационный код опасности повышен до оранжевого."),
    "klyuchevskoy_retold": ("Ключевской снова проснулся: пепел поднялся на восемь километров\n\nКамчатский вулкан "
                            "Ключевской выбросил пепел на восемь километров. Вулканологи повысили авиационный код "
                            "опасности до оранжевого."),
    "shiveluch": ("Вулкан Шивелуч выбросил столб пепла на высоту пяти километров\n\nНа Камчатке вулкан Шивелуч "
                  "выбросил столб пепла на высоту до пяти километров, сообщили вулканологи. Авиационный код "
                  "опасности повышен до оранжевого."),
    # Bands the recogniser reads as organisations, which the older rule (places and persons) did not compare.
    "nightglow": ("Группа Nightglow выпустила новый альбом\n\nРок-группа Nightglow выпустила третий студийный альбом, "
                  "в него вошли десять песен. Презентация пройдет в клубах страны."),
    "moonbay": ("Группа Moonbay представила новый альбом\n\nРок-группа Moonbay выпустила третий студийный альбом, в "
                "него вошли десять песен. Презентация пройдет в клубах страны."),
    "nightglow_retold": ("Nightglow выпустили третий альбом\n\nМузыканты Nightglow представили третий студийный "
                         "альбом из десяти песен. Презентация пройдет в клубах страны."),
}


@pytest.fixture(scope="module")
def items() -> dict[str, StoryItem]:
    articles = [Article(text=text, id=key, title=text.split("\n")[0]) for key, text in TEXTS.items()]
    return {doc.article.id: story_item(doc) for doc in Pipeline().analyze(articles)}


CASES = [
    ("another volcano's eruption", "klyuchevskoy", "shiveluch", True),
    ("the same eruption retold", "klyuchevskoy", "klyuchevskoy_retold", False),
    ("another band's album", "nightglow", "moonbay", True),
    ("the same album retold", "nightglow", "nightglow_retold", False),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_naming_other_proper_nouns_conflict(items: dict[str, StoryItem], first: str, second: str,
                                                   conflict: bool) -> None:
    assert names_conflict(profile(items[first]), profile(items[second])) is conflict


def test_proper_nouns_of_the_title_are_kept_and_persisted(items: dict[str, StoryItem]) -> None:
    item = items["shiveluch"]
    assert "шивелуч" in item.head_proper
    assert StoryItem.from_json(item.to_json()).head_proper == item.head_proper
    old = {k: v for k, v in item.to_json().items() if k != "head_proper"}  # an item stored before the field
    assert StoryItem.from_json(old).head_proper == ()


SHORTENED = [
    ("a ministry's short name", ["минкультуры"], ["минкульт", "законопроект"], False),
    ("a name in full and cut", ["петербург"], ["петербургский", "вокзал"], False),
    ("another name altogether", ["шивелуч"], ["ключевский", "пепел"], True),
    ("a short stem is not taken for a cut name", ["ира"], ["иран", "посол"], True),
]


@pytest.mark.parametrize(("proper", "other", "conflict"), [c[1:] for c in SHORTENED], ids=[c[0] for c in SHORTENED])
def test_a_shortened_name_is_the_name(proper: list[str], other: list[str], conflict: bool) -> None:
    from letopis.stories.minhash import signature

    def made(key: str, head: list[str], names: list[str]) -> StoryItem:
        return StoryItem(article_id=key, title=" ".join(head), published=None, outlet=None, lemmas=tuple(head),
                         entities=(), signature=signature(head), head=tuple(head), head_proper=tuple(names))

    a = made("a", [*proper, "вулкан"], proper)
    b = made("b", [*other, "вулкан"], ["другой"])
    assert names_conflict(profile(a), profile(b)) is conflict
