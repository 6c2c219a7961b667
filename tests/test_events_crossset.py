"""Events: the round that fixed only causes recurring across the tuning sets (issue 4, events_dev .. events_dev9
read together, ranked by how many sets and sources a cause occurs in): a release "из-под ареста" tells the arrest
it ends; a passive act a state's own body announces is that state's; a seizure of a person or an organisation is
coercion (CAMEO 171/181), of land or a landmark no act; a rally permitted is no agreement. Each stated on Russian
sentences of the kinds news articles hold, with the type, the sides and the modality.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2020-12-15")


@pytest.mark.parametrize(("text", "expected"), [
    # a release "из-под ареста / стражи" tells the arrest it ends, by the same sides (events_dev, events_dev2)
    ("В Мьянме из-под домашнего ареста выпущена Аун Сан Су Чжи.",
     [("COERCE", None, "Аун Сан Су Чжи", "asserted"), ("CONCEDE", None, "Аун Сан Су Чжи", "asserted")]),
    ("Ивана Петрова освободили из-под стражи.",
     [("COERCE", None, "Иван Петров", "asserted"), ("CONCEDE", None, "Иван Петров", "asserted")]),
    # a passive act with no agent that a state's own body announces is that state's
    ("Министерство внутренних дел Пакистана заявило о том, что Беназир Бхутто освобождена из-под домашнего ареста.",
     [("COERCE", "Пакистан", "Беназир Бхутто", "asserted"), ("CONCEDE", "Пакистан", "Беназир Бхутто", "asserted")]),
    ("МВД Турции сообщило, что журналист Иван Петров задержан в Анкаре.",
     [("COERCE", "Турция", "Иван Петров", "asserted")]),
    # (not one its foreign service announces, nor one done in another state)
    ("МИД России сообщил, что задержан российский журналист Иван Петров.",
     [("COERCE", None, "Иван Петров", "asserted")]),
    ("МВД России сообщило, что журналист Иван Петров задержан в Анкаре.",
     [("COERCE", None, "Иван Петров", "asserted")]),
    # a seizure of a person or an organisation is coercion (CAMEO 171, 181) ...
    ("ЦРУ захватило в Македонии гражданина Германии Халеда эль-Масри.",
     [("COERCE", "ЦРУ", "Халед эль-Масри", "asserted")]),
    ("Военные, захватившие здание телекомпании ZBC, взяли под стражу президента Роберта Мугабе.",
     [("COERCE", None, "ZBC", "asserted"), ("COERCE", None, "Роберт Мугабе", "asserted")]),
    # ... of land or a town no act between actors
    ("Ополченцы захватили город Мариуполь.", []),
    ("Из-за спора по островам, захваченным Советским Союзом, две страны остаются без мирного договора.", []),
    # a rally permitted or refused is an authority's leave, no agreement; agreeing on rules with a partner stays
    ("Правительство Москвы не согласовало мирный протест граждан.", []),
    ("Мэрия согласовала шествие сторонников Навального.", []),
    ("Правительство Москвы согласовало с Росавиацией новые правила.",
     [("AGREE", "Москва", "Росавиация", "asserted")]),
])
def test_crossset_round(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described(pipeline, text) == expected
