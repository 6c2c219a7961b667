"""Events: a subject after its verb, with the object first (object-verb-subject order, common in Russian headlines
and leads), where the parser reads the two the other way round.

- "Дениса Петрова застрелил 30-летний Иван Сидоров": both names read as objects; the nominative after the verb,
  which the verb agrees with, is who acts.
- "Премьера Италии поддержал Дональд Трамп": the declined word before the verb read as a subject and the
  nominative after it as a second one; the declined one is the object.
The near cases, the orders the parser already gets right, stay as they were. A pronoun object ("Его поддержал
РУСАЛ", where "его" was a flash mob) is left to the rules that were there: it may be a thing.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Дениса Вороненкова застрелил 28-летний Павел Паршов.",
     ("ASSAULT", "Павел Паршов", "Денис Вороненков", "asserted")),
    ("Бывшего депутата Дениса Вороненкова застрелил в Киеве 28-летний Павел Паршов.",
     ("ASSAULT", "Павел Паршов", "Денис Вороненков", "asserted")),
])
def test_a_subject_after_the_verb_read_as_an_object(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert events(pipeline, text) == [expected]


def test_a_declined_word_before_the_verb_is_the_object(pipeline: Pipeline) -> None:
    found = events(pipeline, "Премьера Италии поддержал в среду Дональд Трамп.")
    assert [(e[0], e[1]) for e in found] == [("SUPPORT", "Дональд Трамп")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Суд арестовал замглавы агентства Александра Попелюха.", [("COERCE", None, "Александр Попелюх", "asserted")]),
    ("Министра обороны Сергея Шойгу критиковал Евгений Пригожин.",
     [("ACCUSE", "Евгений Пригожин", "Сергей Шойгу", "asserted")]),
])
def test_the_near_cases_stay(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert events(pipeline, text) == expected
