"""Names in lines written all in capitals (headlines), where the recogniser reads little and the tagger's cases
are guesses: an abbreviation of the lexicon ("ВСУ АТАКОВАЛИ ...") is found, a shouted word in an oblique case
("РОССИИ") is declined as the same word in lower case is; and a person's name in a list stops before the numbers
after it ("Евгений К. 2009 г. р.")."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable={"posts", "quotes", "events", "commitments"})


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


HEADLINE_ABBREVIATIONS = [
    ("ВСУ АТАКОВАЛИ БЕЛГОРОДСКУЮ ОБЛАСТЬ\n\nУдар по приграничным селам нанесли ночью, сообщил губернатор.", "ВСУ"),
    ("**МАГАТЭ ОТПРАВИТ МИССИЮ НА СТАНЦИЮ**\n\nИнспекторы прибудут на следующей неделе.", "МАГАТЭ"),
]


@pytest.mark.parametrize(("text", "abbreviation"), HEADLINE_ABBREVIATIONS, ids=[c[1] for c in HEADLINE_ABBREVIATIONS])
def test_lexicon_abbreviation_in_a_capitals_line(pipeline: Pipeline, text: str, abbreviation: str) -> None:
    doc = analyze(pipeline, text)
    assert abbreviation in {m.text for m in doc.mentions if m.type == "ORG"}, doc.mentions


def test_abbreviation_in_running_text_still_needs_its_name(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "На аэродроме отремонтировали ВПП и рулежные дорожки.")
    assert not [m for m in doc.mentions if m.text == "ВПП"], doc.mentions


SHOUTED = [
    ("МИД РОССИИ ВЫЗВАЛ ПОСЛА\n\nВ МИД России вызвали посла Эстонии.", "РОССИИ", "Россия"),
    ("ПОСОЛ ГЕРМАНИИ ПОКИНУЛ МОСКВУ\n\nДипломат уехал утром.", "ГЕРМАНИИ", "Германия"),
]


@pytest.mark.parametrize(("text", "written", "entity"), SHOUTED, ids=[c[1] for c in SHOUTED])
def test_shouted_place_is_declined(pipeline: Pipeline, text: str, written: str, entity: str) -> None:
    doc = analyze(pipeline, text)
    found = [doc.entity(m.entity).name for m in doc.mentions if m.text == written]
    assert found == [entity], [(m.text, m.normal) for m in doc.mentions]


def test_person_in_a_list_stops_before_the_birth_year(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Публикуем список пострадавших:\n1. Евгений К. 2009 г. р.\n2. Эльвира К. 2010 г. р.\n"
                            "3. Тарида Ш. 2010 г. р.\n\nВсе школьники госпитализированы.")
    assert {e.name for e in doc.entities if e.type == "PER"} == {"Евгений К.", "Эльвира К.", "Тарида Ш."}
