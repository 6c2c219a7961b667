"""Names in nominative: each case is a sentence, the mention as written, and its expected normal form."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article, Doc


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def mention_normal(doc: Doc, written: str) -> str:
    for mention in doc.mentions:
        if mention.text == written:
            return mention.normal
    found = [m.text for m in doc.mentions]
    raise AssertionError(f"no mention {written!r}; found {found}")


CASES = [
    ("Премьер-министр встретился с Аскаром Маминым в Астане.", "Аскаром Маминым", "Аскар Мамин"),
    ("Журналисты спросили Путина о переговорах.", "Путина", "Путин"),
    ("В субботу я разговаривал с Александром Григорьевичем Лукашенко.",
     "Александром Григорьевичем Лукашенко", "Александр Григорьевич Лукашенко"),
    ("Казахстан развивает отношения с Беларусью.", "Беларусью", "Беларусь"),
    ("Об этом сообщила пресс-служба Акорды.", "Акорды", "Акорда"),
    ("Об этом передает корреспондент БЕЛТА.", "БЕЛТА", "БЕЛТА"),
    ("Президент посетил Костанайскую область.", "Костанайскую область", "Костанайская область"),
    ("Представитель Белого дома отказался от комментариев.", "Белого дома", "Белый дом"),
    ("Посол встретился с Марией Захаровой в Москве.", "Марией Захаровой", "Мария Захарова"),
    ("Договор подписали в Москве.", "Москве", "Москва"),
    ("Санкции против Соединенных Штатов Америки обсуждались в Пекине.",
     "Соединенных Штатов Америки", "Соединенные Штаты Америки"),
    ("Решение поддержали в Министерстве иностранных дел.",
     "Министерстве иностранных дел", "Министерство иностранных дел"),
    ("Эксперты Сбербанка ожидают роста.", "Сбербанка", "Сбербанк"),
    # Foreign names in -и do not decline; unknown places decline by the tagger's gender.
    ("Сторонники Берни Сандерса вышли на улицы.", "Берни Сандерса", "Берни Сандерс"),
    ("Выборы в Нью-Гэмпшире прошли спокойно.", "Нью-Гэмпшире", "Нью-Гэмпшир"),
    ("Встреча с Айгуль Мусиной прошла в Алматы.", "Айгуль Мусиной", "Айгуль Мусина"),
    # The models see "е" for "ё"; the name keeps its "ё".
    ("Посол Соединённых Штатов прибыл в Минск.", "Соединённых Штатов", "Соединённые Штаты"),
    ("Встреча с Пётром Семёновым прошла в Минске.", "Пётром Семёновым", "Пётр Семёнов"),
    ("Интервью с Андреем Ромашковым вышло вчера.", "Андреем Ромашковым", "Андрей Ромашков"),
    ("Интервью со Светланой Леонтьевой вышло вчера.", "Светланой Леонтьевой", "Светлана Леонтьева"),
    ("Журналисты встретились с Джоанной Стингрей в Москве.", "Джоанной Стингрей", "Джоанна Стингрей"),
    ("Встреча с Р. Скляром прошла в Астане.", "Р. Скляром", "Р. Скляр"),
    ("Голосование в Неваде завершилось.", "Неваде", "Невада"),
]


@pytest.mark.parametrize(("sentence", "written", "normal"), CASES, ids=[c[1] for c in CASES])
def test_nominative(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    doc = pipeline.analyze_one(Article(text=sentence))
    assert mention_normal(doc, written) == normal


def test_quoted_part_stays_as_written(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Об этом сообщает МИА «Казинформ» со ссылкой на источники."))
    assert mention_normal(doc, "МИА «Казинформ»") == "МИА «Казинформ»"


def test_indeclinable_surname_stays(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Делегацию принял Роман Головченко, а затем Лукашенко."))
    assert mention_normal(doc, "Лукашенко") == "Лукашенко"
