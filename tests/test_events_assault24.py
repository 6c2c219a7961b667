"""Events: ASSAULT (the twenty-fourth session, issue 4), each rule with the near cases it leaves alone. Sentences of
our own.

- The infinitive of "удаться" ("Ему удалось убить", the verb's clausal subject) is done by the verb's bare dative:
  "удаться" has no nominative subject to lend it. A negated success stays negated; a dative that names no actor
  lends nothing.
- A noun takes no bare accusative: an animate noun hung on an act's noun in the accusative form is its genitive,
  which the tagger misread ("убийство полицейским британца Ивана Петрова": Петров is who was killed).
- A phrase trigger's preposition may be the case of a word of the phrase other than the first: "запустили ракету по
  Израилю", where the parser hangs "по" on the weapon's noun; a preposition of a word outside the phrase stays out.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Сергею Котову удалось ранить двух охранников.", ("ASSAULT", "Сергей Котов", None, "asserted")),
    ("Олегу Зуеву не удалось убить Павла Лаврова.", ("ASSAULT", "Олег Зуев", "Павел Лавров", "negated")),
])
def test_the_dative_of_udatsya_does_the_infinitive(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_the_dative_pronoun_of_udatsya_is_the_one_named_before(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Казани Олег Зуев напал на прохожих. Ему удалось убить одного человека.")
    assert found.count(("ASSAULT", "Олег Зуев", None, "asserted")) == 2


def test_a_success_of_no_act_gives_none(pipeline: Pipeline) -> None:
    found = events(pipeline, "Олегу Зуеву удалось бежать из тюрьмы.")
    assert not [e for e in found if e[0] == "ASSAULT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Беспорядки начались после убийства полицейским 40-летнего чернокожего француза Жана Мартена.",
     ("ASSAULT", None, "Жан Мартен", "asserted")),
    ("Поводом для протестов стало убийство полицейским 30-летнего британца Андрея Белова.",
     ("ASSAULT", None, "Андрей Белов", "asserted")),
])
def test_an_animate_accusative_under_a_noun_is_its_genitive(pipeline: Pipeline, text: str,
                                                             expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Армия Азербайджана запустила ракету по Армении.", ("ASSAULT", "Азербайджан", "Армения", "asserted")),
    ("Боевики «Хезболлы» выпустили беспилотник по территории Израиля.",
     ("ASSAULT", "Хезболла", "Израиль", "asserted")),
])
def test_a_phrase_preposition_hung_on_its_noun(pipeline: Pipeline, text: str, expected: Described) -> None:
    """"запустить ракету по X": the parser hangs "по" on the weapon's noun, a word of the phrase, not on the verb."""
    assert expected in events(pipeline, text)


def test_a_preposition_of_another_word_stays_out(pipeline: Pipeline) -> None:
    found = events(pipeline, "Россия запустила ракету-носитель с космодрома Восточный по графику.")
    assert not [e for e in found if e[0] == "ASSAULT"]
