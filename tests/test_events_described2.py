"""Events: a person named by description, the nineteenth session's second round (issue 4).

A description may come before the name that introduces it, when the article gives that noun to one person only
and names them within two sentences ("Полиция арестовала продюсера. Продюсер Карл Мюллер ..."); a pronoun after a
bare description stands for the person it describes; a past post with its state in the genitive ("экс-президента
Перу") is the past holder the article introduced, not the one serving now; "свергнутый президент" is a past one.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    # the role told first, the name in the next sentence
    ("Полиция Нью-Йорка арестовала продюсера. Голливудский продюсер Карл Мюллер обвиняется в домогательствах.",
     ("COERCE", "Нью-Йорк", "Карл Мюллер", "asserted")),
    # a pronoun after a bare description
    ("Шестнадцатилетний подросток Артём Лебедев готовил поджог школы. Подросток пришёл в полицию. ФСБ задержала "
     "его в понедельник.", ("COERCE", "ФСБ", "Артём Лебедев", "asserted")),
    # a past post with its state's genitive: the past holder, not the serving one
    ("Экс-президент Перу Альберто Фухимори прилетел в Лиму. Президент Перу Педро Кастильо остался в столице. "
     "Прокуратура Перу обвинила экс-президента Перу в коррупции.",
     ("ACCUSE", "Прокуратура Перу", "Альберто Фухимори", "asserted")),
    # "свергнутый президент" introduces a past president
    ("Свергнутый президент Гватемалы Отто Перес прилетел в Мадрид. Президент Гватемалы Хуан Моралес остался в "
     "столице. Полиция Гватемалы арестовала бывшего президента в аэропорту.",
     ("COERCE", "Гватемала", "Отто Перес", "asserted")),
])
def test_a_description_before_its_name_or_under_a_pronoun_is_that_person(
        pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # two people named later with the noun: no one
    ("Полиция Нью-Йорка арестовала продюсера. Продюсер Карл Мюллер и продюсер Ханс Шмидт снимали фильм.",
     {"Карл Мюллер", "Ханс Шмидт"}),
    # a past president of another state
    ("Бывший президент Чили Мишель Бачелет прилетела в Лиму. Президент Перу Педро Кастильо остался в столице. "
     "Прокуратура Перу обвинила экс-президента Перу в коррупции.", {"Мишель Бачелет", "Педро Кастильо"}),
    # a pronoun after a description two people were given
    ("Продюсер Карл Мюллер и продюсер Ханс Шмидт приехали в Берлин. Продюсер пришёл в полицию. Полиция Германии "
     "задержала его.", {"Карл Мюллер", "Ханс Шмидт"}),
    # a name in a clause of the noun is not the noun's own: the doctor, not his patient
    ("Личный врач Майкла Джексона Конрад Мюррей предстал перед судом. Суд признал виновным врача, лечившего "
     "Майкла Джексона.", {"Майкл Джексон"}),
    # a description with a possessive is someone's relative, not the person the article introduced
    ("Политик Корасон Акино вернулась в Манилу. Её муж был арестован полицией Филиппин.", {"Корасон Акино"}),
])
def test_a_description_given_to_no_one_person_names_no_one(pipeline: Pipeline, text: str, wrong: set[str]) -> None:
    assert not any(target in wrong for kind, _, target, _ in events(pipeline, text) if kind in ("COERCE", "ACCUSE"))
