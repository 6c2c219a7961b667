"""Events: sides the parser or the tagger gave the wrong way round, and the modality of an act named by its noun.

- An object the parser read as a second subject. After an active transitive verb whose subject stands before it,
  a second "subject" with no object beside it is the object in a form that reads as a nominative too ("замглавы"
  does not decline); two subjects before the verb are one the parser split, and stay the source.
- A participle's voice read from its suffix where the tagger's guess is wrong ("племянник убитого президента").
- An act named by the noun of its own act ("введение санкций") takes the modality of the word above that noun
  ("обсуждают введение санкций": hypothetical).
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline
from letopis.analysis.events import ACTIVE_PARTICIPLE, PASSIVE_PARTICIPLE


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Суд арестовал по уголовному делу замглавы министерства Ивана Петрова.",
     ("COERCE", None, "Иван Петров", "asserted")),
    ("Басманный суд Москвы арестовал замглавы Минобороны Тимура Иванова.",
     ("COERCE", "Басманный суд Москвы", "Тимур Иванов", "asserted")),
])
def test_an_undeclined_object_after_the_verb(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an object of its own: the subject after the verb stays what it was
    ("Суд арестовал Ивана Петрова.", ("COERCE", None, "Иван Петров", "asserted")),
    # both before the verb: a split apposition, the person the source
    ("Глава представительства США помощник госсекретаря Мэтью Брайза призвал Россию к диалогу.",
     ("REQUEST", "Мэтью Брайза", "Россия", "asserted")),
])
def test_other_subjects_left_alone(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the tagger read "убитого" as active here: its suffix says passive, so the president is who was killed
    ("Кеннеди-младший — племянник убитого 60 лет назад президента США Джона Кеннеди.",
     [("ASSAULT", None, "Джон Кеннеди", "asserted")]),
    ("Вдова убитого в Москве политика Бориса Немцова дала интервью.",
     [("ASSAULT", None, "Борис Немцов", "asserted")]),
    # an active participle's noun did the act
    ("Сотрудники ФСБ, задержавшие Ивана Петрова, получили награды.",
     [("COERCE", "ФСБ", "Иван Петров", "asserted")]),
])
def test_a_participles_voice_from_its_suffix(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(("word", "passive"), [
    ("убитого", True), ("задержанных", True), ("поддерживаемый", True), ("ведомый", True), ("обёрнутый", True),
    ("задержавшего", False), ("поддерживающий", False), ("заболевших", False), ("способный", False),
])
def test_participle_suffixes(word: str, passive: bool) -> None:
    assert (not ACTIVE_PARTICIPLE.search(word) and PASSIVE_PARTICIPLE.search(word) is not None) == passive


@pytest.mark.parametrize(("text", "expected"), [
    # the act named by a noun of its own ("введение", "нанесение") takes the modality of the word above that noun
    ("Евросоюз обсуждает введение санкций против Ирана.", ("SANCTION", None, "Иран", "hypothetical")),
    ("В НАТО обсуждают нанесение ударов по территории России.", ("ASSAULT", None, "Россия", "hypothetical")),
    ("Евросоюз не поддержал введение санкций против Ирана.", ("SANCTION", None, "Иран", "negated")),
    # a finite verb above it in the past: told as done
    ("Введение санкций против Ирана привело к росту цен.", ("SANCTION", None, "Иран", "asserted")),
])
def test_an_act_named_by_its_noun_takes_the_modality_above(pipeline: Pipeline, text: str,
                                                           expected: Described) -> None:
    assert expected in events(pipeline, text)
