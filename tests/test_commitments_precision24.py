"""Commitments of the twenty-fourth session (issue 4): one act told twice in an article (a headline and its
lede, a summary and its retelling) is one commitment; two acts that share most words but not their place,
person or number stay two. The sentences are our own."""

from __future__ import annotations

import pytest

from letopis import Article, Pipeline


def commitments_of(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.analyze_one(Article(text=text, published="2024-11-20"))
    return [(c.text, c.status) for c in doc.commitments]


@pytest.mark.parametrize("text, phrase, status", [
    # a headline and its lede tell one law signed
    pytest.param("Токаев подписал закон о защите прав дольщиков\n\n"
                 "Президент Казахстана Касым-Жомарт Токаев подписал закон о защите прав дольщиков.",
                 "закон о защите прав дольщиков", "signed", id="headline-and-lede"),
    # the same law, its words in another order
    pytest.param("Президент Киргизии Садыр Жапаров подписал закон о запрете продажи энергетиков детям.\n\n"
                 "Как сообщает пресс-служба, Жапаров подписал закон о запрете детям продажи энергетиков.",
                 "закон о запрете", "signed", id="words-reordered"),
    # a promise summed up and told again with "что"
    pytest.param("Мэр пообещал, что ремонт набережной будет закончен к лету.\n\n"
                 "Выступая перед жителями, мэр Казани Ильсур Метшин пообещал, что ремонт набережной будет закончен "
                 "к лету.", "ремонт набережной будет закончен к лету", "promised", id="promise-told-again"),
])
def test_told_twice_is_one(pipeline: Pipeline, text: str, phrase: str, status: str) -> None:
    found = commitments_of(pipeline, text)
    same = [what for what, got in found if phrase in what and got == status]
    assert len(same) == 1, found


@pytest.mark.parametrize("text, phrases", [
    # one verb, one kind of act, two countries
    pytest.param("Министерство финансов Канады планирует ввести пошлины на сталь из Китая. Кроме того, "
                 "министерство финансов Канады планирует ввести пошлины на сталь из Вьетнама.",
                 ("из Китая", "из Вьетнама"), id="two-countries"),
    # one law and another, both signed by one president
    pytest.param("Президент Узбекистана Шавкат Мирзиёев подписал закон о повышении пенсий. "
                 "Тогда же Шавкат Мирзиёев подписал закон о снижении налогов.",
                 ("повышении пенсий", "снижении налогов"), id="two-laws"),
])
def test_two_acts_stay_two(pipeline: Pipeline, text: str, phrases: tuple[str, ...]) -> None:
    found = commitments_of(pipeline, text)
    for phrase in phrases:
        assert any(phrase in what for what, _ in found), (phrase, found)
