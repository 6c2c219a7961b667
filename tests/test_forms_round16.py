"""Base forms of names, round 16: an adjectival surname pymorphy does not know is in "-ский" / "-цкий" for a man and
"-ская" / "-цкая" for a woman, not the guesser's "-ской" ("Юрия Заруцкого" was "Юрий Заруцкой"); the few surnames
in "-ской" the dictionary knows keep it. Sentences of our own (the case was met in a Wikinews text)."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable=("posts", "quotes", "events", "commitments"))


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Полиция задержала Юрия Заруцкого.", "Юрия Заруцкого", "Юрий Заруцкий"),
    ("Письмо Ивану Заруцкому отправили вчера.", "Ивану Заруцкому", "Иван Заруцкий"),
    ("Встреча с Анной Заруцкой прошла в Москве.", "Анной Заруцкой", "Анна Заруцкая"),
    ("Мы видели Анну Заруцкую на выставке.", "Анну Заруцкую", "Анна Заруцкая"),
    # known to the dictionary: as it is
    ("Дом князя Сергея Трубецкого стоит на холме.", "Сергея Трубецкого", "Сергей Трубецкой"),
    ("Заявление Андрея Вишневского опубликовано.", "Андрея Вишневского", "Андрей Вишневский"),
])
def test_an_unknown_adjectival_surname(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    assert {m.text: m.normal for m in doc.mentions}.get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    # the dative of "Анна", not the dictionary's indeclinable "Анне"
    ("Письмо Анне Ивановой отправили вчера.", "Анне Ивановой", "Анна Иванова"),
    ("Интервью Карине Кокс вышло в субботу.", "Карине Кокс", "Карина Кокс"),
])
def test_a_declining_given_name_before_an_indeclinable_one(pipeline: Pipeline, sentence: str, written: str,
                                                          normal: str) -> None:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    assert {m.text: m.normal for m in doc.mentions}.get(written) == normal
