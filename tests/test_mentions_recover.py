"""Surnames of the article's persons that NER missed or took for a place."""

from __future__ import annotations

import pytest

from letopis import Article
from letopis.analysis import STAGES, Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable={s.name for s in STAGES if s.name != "mentions"})


def test_surname_alone_at_sentence_start_is_the_person(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Посол Джон Вашингтон прибыл в Москву. Вашингтон отказался отвечать."))
    assert [m.type for m in doc.mentions if m.text == "Вашингтон"] == ["PER"]


def test_known_surname_after_full_name_is_found(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Официальный представитель МИД Мария Захарова прокомментировала "
                                            "заявление. Захарова заявила, что ответ будет."))
    assert [m.type for m in doc.mentions if m.text == "Захарова"] == ["PER"]


def test_organisation_with_its_parent_is_one_name(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Валерий Тишков, директор Института этнологии и антропологии РАН, "
                                            "выступил с докладом."))
    assert "Института этнологии и антропологии РАН" in {m.text for m in doc.mentions if m.type == "ORG"}


def test_organisation_at_another_is_one_name(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Официальный представитель Следственного комитета при прокуратуре РФ "
                                            "Владимир Маркин сообщил об этом."))
    assert "Следственного комитета при прокуратуре РФ" in {m.text for m in doc.mentions if m.type == "ORG"}


@pytest.mark.parametrize(("text", "kept"), [
    ("Маньяк напал на женщину в парке. Его задержали.", []),  # a kind of person opening a sentence
    ("Президент подчеркнул важность визита Токаева.", ["Токаева"]),  # a post: left to the posts stage
    ("Александр Богомаз посетил завод. Богомаз заявил, что работы продолжатся.",
     ["Александр Богомаз", "Богомаз"]),  # a surname the article gives in full
    ("Рябков заявил о переговорах.", ["Рябков"]),  # a well-known surname the dictionary reads as a noun
])
def test_a_role_noun_opening_a_sentence_is_no_person(pipeline: Pipeline, text: str, kept: list[str]) -> None:
    doc = pipeline.analyze_one(Article(text=text))
    assert [m.text for m in doc.mentions if m.type == "PER"] == kept
