"""Entities within an article: the mentions of one person, state or organisation joined, with a country code."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def entity_of(doc: Doc, written: str) -> str:
    for mention in doc.mentions:
        if mention.text == written:
            return mention.entity
    raise AssertionError(f"no mention {written!r}: {[m.text for m in doc.mentions]}")


SAME_PERSON = [
    ("Роман Головченко прибыл в Астану. Головченко встретился с коллегой.", "Роман Головченко", "Головченко"),
    ("Роман Головченко прибыл в Астану. Р.Головченко встретился с коллегой.", "Роман Головченко", "Р.Головченко"),
    ("В.В. Путин поблагодарил собравшихся. Владимир Путин уехал.", "В.В. Путин", "Владимир Путин"),
    ("Я разговаривал с Александром Григорьевичем Лукашенко. Гость передал привет от Александра Лукашенко.",
     "Александром Григорьевичем Лукашенко", "Александра Лукашенко"),
    ("Эксперты встретились с Марией Захаровой. Захарова ответила на вопросы.", "Марией Захаровой", "Захарова"),
]


@pytest.mark.parametrize(("text", "first", "second"), SAME_PERSON, ids=[c[2] for c in SAME_PERSON])
def test_mentions_of_one_person_join(pipeline: Pipeline, text: str, first: str, second: str) -> None:
    doc = analyze(pipeline, text)
    assert entity_of(doc, first) == entity_of(doc, second)


def test_different_first_names_stay_apart(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Александр Лукашенко и Виктор Лукашенко посетили выставку.")
    assert entity_of(doc, "Александр Лукашенко") != entity_of(doc, "Виктор Лукашенко")


def test_name_split_by_ner_is_one_person(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "В субботу я разговаривал с Александром Григорьевичем Лукашенко.")
    person = doc.entity(entity_of(doc, "Александром Григорьевичем Лукашенко"))
    assert person.name == "Александр Григорьевич Лукашенко"


COUNTRIES = [
    ("Казахстан развивает отношения с Беларусью.", "Беларусью", "Беларусь", "BY"),
    ("Делегация Российской Федерации прибыла в Минск.", "Минск", "Минск", "BY"),
    ("Президент посетил Костанайскую область.", "Костанайскую область", "Костанайская область", "KZ"),
    ("Переговоры прошли в Вашингтоне.", "Вашингтоне", "Вашингтон", "US"),
]


@pytest.mark.parametrize(("text", "written", "name", "country"), COUNTRIES, ids=[c[1] for c in COUNTRIES])
def test_places_get_their_country(pipeline: Pipeline, text: str, written: str, name: str, country: str) -> None:
    doc = analyze(pipeline, text)
    entity = doc.entity(entity_of(doc, written))
    assert (entity.name, entity.type, entity.country) == (name, "LOC", country)


def test_country_aliases_join(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Россия и Китай подписали соглашение. РФ также договорилась с КНР о поставках.")
    assert entity_of(doc, "Россия") == entity_of(doc, "РФ")
    assert doc.entity(entity_of(doc, "РФ")).name == "Россия"


def test_agency_in_capitals_keeps_its_name(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Об этом заявил министр, передает корреспондент БЕЛТА.")
    entity = doc.entity(entity_of(doc, "БЕЛТА"))
    assert entity.type == "ORG"
    assert entity.name in ("БелТА", "БЕЛТА")


def test_missed_surname_is_recovered(pipeline: Pipeline) -> None:
    text = "Р.Головченко: фундамент сотрудничества - торговля\nОб этом заявил Роман Головченко."
    doc = analyze(pipeline, text)
    assert entity_of(doc, "Р.Головченко") == entity_of(doc, "Роман Головченко")
