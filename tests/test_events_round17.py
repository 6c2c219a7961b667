"""Events: the general rules of the seventeenth round, each with the near cases it leaves alone.

- A passive participle that qualifies a noun ("журналист, задержанный ФСБ") tells an act its agent did to the one
  qualified, when an agent is named, as it does with no agent named (the borrowed subject); an indeclinable agent
  under such a participle ("санкции, введённые США") is the agent, not the one who underwent the act.
- A bare "власти" acting on someone named, in an article that names no government, is the state the article
  mentions most (the conventions' "власти разогнали" → `Египет`); "местные власти", a government named before
  and an act aimed at no one named keep their readings.
- "вступает в силу со дня его подписания" dates when a document takes effect and reports no signing.
- A prison term received ("получил пять лет колонии", "получила условный срок") is COERCE (CAMEO 17) of the
  one sentenced by the court the text does not name (`null`), as "приговорён к" is.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Журналист Иван Петров, задержанный ФСБ в Калуге, вышел на свободу.",
     ("COERCE", "ФСБ", "Иван Петров", "asserted")),
    ("Оппозиционер Иван Петров, арестованный ФСБ, объявил голодовку.",
     ("COERCE", "ФСБ", "Иван Петров", "asserted")),
])
def test_a_participle_with_an_agent_acts_on_the_one_it_qualifies(pipeline: Pipeline, text: str,
                                                                 expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_an_indeclinable_agent_of_a_participle_is_the_agent(pipeline: Pipeline) -> None:
    # the sanctions undergo "введённые"; "США" (its form its lemma) is who imposed them
    assert events(pipeline, "Санкции, введённые США против России, ударили по экономике.") == [
        ("SANCTION", "США", "Россия", "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    # a symmetric act keeps its sides; a finite passive's indeclinable name is still the one released
    ("Договор, подписанный Россией и Китаем, вступил в силу.", [("AGREE", "Россия", "Китай", "asserted")]),
    ("В Мьянме из-под домашнего ареста выпущена Аун Сан Су Чжи.",
     [("COERCE", None, "Аун Сан Су Чжи", "asserted"), ("CONCEDE", None, "Аун Сан Су Чжи", "asserted")]),
])
def test_participles_and_passives_otherwise_unchanged(pipeline: Pipeline, text: str,
                                                      expected: list[Described]) -> None:
    assert events(pipeline, text) == expected


def test_bare_authorities_acting_on_someone_are_the_articles_state(pipeline: Pipeline) -> None:
    text = "Египет охватили протесты. Власти разогнали митинг сторонников Ахмеда Саида в Каире."
    assert ("COERCE", "Египет", "Ахмед Саид", "asserted") in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an act aimed at no one named: no state guessed, so no event with one side only
    ("Египет охватили протесты. Власти ведут переговоры.", []),
    # "местные власти" are not the state
    ("Египет охватили протесты. Местные власти задержали Ахмеда Саида в Каире.",
     [("COERCE", None, "Ахмед Саид", "asserted")]),
])
def test_bare_authorities_left_alone(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert [e for e in events(pipeline, text) if e[0] in ("COERCE", "CONSULT")] == expected


def test_a_date_of_taking_effect_reports_no_signing(pipeline: Pipeline) -> None:
    text = ("Президент Владимир Путин подписал указ об отставке губернатора. "
            "Указ вступает в силу со дня его подписания.")
    assert events(pipeline, text) == [("AGREE", "Владимир Путин", None, "asserted")]


def test_a_signing_told_as_a_time_stays(pipeline: Pipeline) -> None:
    text = "После подписания договора Владимир Путин и Си Цзиньпин провели пресс-конференцию."
    assert events(pipeline, text) == [("AGREE", "Владимир Путин", "Си Цзиньпин", "asserted")]


@pytest.mark.parametrize(("text", "sentenced"), [
    ("Бывший мэр Иван Петров получил пять лет колонии общего режима.", "Иван Петров"),
    ("Бывшая чиновница Анна Смирнова получила два года колонии-поселения.", "Анна Смирнова"),
    ("Экс-министр Иван Петров получил условный срок.", "Иван Петров"),
])
def test_a_term_received_is_a_sentence(pipeline: Pipeline, text: str, sentenced: str) -> None:
    assert events(pipeline, text) == [("COERCE", None, sentenced, "asserted")]


@pytest.mark.parametrize("text", [
    "Иван Петров получил кредит сроком на пять лет.",
    "Колония получила новое оборудование от Ивана Петрова.",
])
def test_no_sentence_where_nothing_is_served(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "COERCE"] == []
