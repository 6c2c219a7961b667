"""Events: a person named by description, the nineteenth session (issue 4).

An article introduces a person with a noun in apposition to the name ("продюсер Карл Мюллер", "Карл Мюллер,
немецкий продюсер,", "подросток Артём Лебедев") and later calls them by that noun alone: the bare noun (same
lemma, singular, no name, genitive, number or quantifier of its own) is that person when the article gave the
noun to exactly one person. "бывший президент" is the former one even when the article names the serving one.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    # the description after the name, with its own adjective
    ("Карл Мюллер, немецкий продюсер, прилетел в Вашингтон. Полиция США арестовала продюсера в аэропорту.",
     ("COERCE", "США", "Карл Мюллер", "asserted")),
    # a description that is no post
    ("Шестнадцатилетний подросток Артём Лебедев готовил поджог школы. ФСБ задержала подростка в понедельник.",
     ("COERCE", "ФСБ", "Артём Лебедев", "asserted")),
    # "бывший президент" is the former one, not the president the article names as serving
    ("Бывший президент Гватемалы Отто Перес прилетел в Мадрид. Президент Гватемалы Хуан Моралес остался в "
     "столице. Прокуратура Гватемалы обвинила бывшего президента в коррупции.",
     ("ACCUSE", "Прокуратура Гватемалы", "Отто Перес", "asserted")),
])
def test_a_bare_description_is_the_one_person_introduced_with_it(
        pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    # plural, or with its own genitive: a kind of people
    "Продюсер Карл Мюллер снял новый фильм. Полиция Германии задержала продюсеров фильма.",
    # two people given the same description
    "Продюсер Карл Мюллер и продюсер Ханс Шмидт приехали в Берлин. Полиция Германии задержала продюсера.",
    # the name after a genitive belongs to the noun before it: "Анна" is a sister, no producer
    "Сестра продюсера Анна Мюллер приехала в Берлин. Полиция Германии задержала продюсера.",
    # a quantified noun is anyone of the kind
    "Подросток Артём Лебедев готовил поджог. Полиция Казани задерживает каждого подростка с канистрой.",
])
def test_a_description_given_to_no_one_person_names_no_one(pipeline: Pipeline, text: str) -> None:
    assert all(target is None for kind, _, target, _ in events(pipeline, text) if kind in ("COERCE", "ACCUSE"))


def test_a_description_with_its_own_name_is_that_name(pipeline: Pipeline) -> None:
    assert ("COERCE", "Германия", "Ханс Шмидт", "asserted") in events(
        pipeline, "Продюсер Карл Мюллер приехал в Берлин. Полиция Германии задержала продюсера Ханса Шмидта.")
