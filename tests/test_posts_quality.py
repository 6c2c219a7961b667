"""Posts the quote and event work found wrong: the one an assistant serves taken for the assistant ("помощник
Хиллари Клинтон"), the source of a sentence or a relative taken for the holder of a post named beside them."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable={"quotes", "events", "commitments"})


def posts(doc: Doc) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in doc.entities}
    return {(names[p.person], p.post) for p in doc.posts}


SERVED = [
    ("Помощник Хиллари Клинтон по вопросам Ближнего Востока, который в пятницу прибыл в Каир, провел переговоры.",
     "Хиллари Клинтон"),
    ("Советник Нэнси Пелоси по вопросам обороны выступил на слушаниях в конгрессе.", "Нэнси Пелоси"),
]


@pytest.mark.parametrize(("text", "served"), SERVED, ids=[c[1] for c in SERVED])
def test_the_one_served_holds_no_assistants_post(pipeline: Pipeline, text: str, served: str) -> None:
    assert all(person != served for person, _ in posts(pipeline.analyze_one(Article(text=text))))


HELD = [
    ("Помощник президента Юрий Ушаков рассказал о переговорах.", ("Юрий Ушаков", "помощник президента")),
    ("Пресс-секретарь Дмитрий Песков ответил на вопросы журналистов.", ("Дмитрий Песков", "пресс-секретарь")),
]


@pytest.mark.parametrize(("text", "post"), HELD, ids=[c[1][0] for c in HELD])
def test_named_assistant_holds_the_post(pipeline: Pipeline, text: str, post: tuple[str, str]) -> None:
    assert post in posts(pipeline.analyze_one(Article(text=text)))


def test_parliament_after_a_post_stays_an_organisation(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Депутат парламента Нино Бурджанадзе покинула заседание."))
    assert any(e.type == "ORG" and e.name == "парламент" for e in doc.entities)


SOURCES = [
    ("Председатель парламента Диего Кастельо прочел письмо. По словам Кастельо, президент принесет присягу позднее.",
     ("Диего Кастельо", "президент")),
    ("По мнению Сергея Иванова, министр обороны должен уйти в отставку.", ("Сергей Иванов", "министр обороны")),
    ("По данным Марии Петровой, глава района покинул город.", ("Мария Петрова", "глава района")),
]


@pytest.mark.parametrize(("text", "post"), SOURCES, ids=[c[1][1] for c in SOURCES])
def test_source_of_the_sentence_holds_no_post_after_the_comma(pipeline: Pipeline, text: str,
                                                               post: tuple[str, str]) -> None:
    assert post not in posts(pipeline.analyze_one(Article(text=text)))


RELATIVES = [
    ("Подруга погибшего бизнесмена Анна Смирнова рассказала о его последних днях.", ("Анна Смирнова", "бизнесмен")),
    ("Вдова известного режиссера Ольга Петрова подала в суд.", ("Ольга Петрова", "режиссер")),
    ("Сын министра обороны Сергей Шойгу-младший получил награду.", ("Сергей Шойгу-младший", "министр обороны")),
]


@pytest.mark.parametrize(("text", "post"), RELATIVES, ids=[c[1][1] for c in RELATIVES])
def test_name_of_the_noun_governing_a_genitive_post_holds_no_post(pipeline: Pipeline, text: str,
                                                                  post: tuple[str, str]) -> None:
    assert post not in posts(pipeline.analyze_one(Article(text=text)))


def test_genitive_name_after_a_genitive_post_holds_it(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Встреча министра обороны Сергея Шойгу прошла в Минске."))
    assert ("Сергей Шойгу", "министр обороны") in posts(doc)
