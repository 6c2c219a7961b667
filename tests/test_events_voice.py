"""Events: who acts and who undergoes by grammar (the twenty-second session, issue 4), each rule with the near
cases it leaves alone. Sentences of our own.

- A passive joined to an active verb ("поддержал Смирнову, но был арестован сотрудниками ФСБ") is said of the
  active verb's subject: he is the one arrested, not the one he supported. Two active verbs still share the
  object ("признал Петрова виновным и арестовал"); a passive with no agent of its own was already right.
- A "против" phrase whose noun is qualified by a participle or adjective phrase ("против полицейских, причастных
  к гибели Ивана Петрова") aims at that noun, not at a name inside the qualifier. A substantivised participle
  ("против причастных к подавлению протестов в Грузии") and a noun's own genitive ("против сотрудников ФСБ")
  keep their reading.
- Near cases where nothing changes: an instrumental of means ("задержан с помощью камер наблюдения"), a passive
  with weapons as its agent and no owner named ("атакован дронами"), a plain subject-verb-object sentence.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "undergoer", "not_undergoer"), [
    ("Бывший министр Иван Петров поддержал Анну Смирнову, но был арестован сотрудниками ФСБ.",
     "Иван Петров", "Анна Смирнова"),
    ("Губернатор Павел Орлов уволил Сергея Белова и вскоре был задержан сотрудниками ФСБ.",
     "Павел Орлов", "Сергей Белов"),
    ("Журналист Павел Орлов раскритиковал Сергея Белова, но был задержан полицией Москвы.",
     "Павел Орлов", "Сергей Белов"),
])
def test_a_passive_joined_to_an_active_verb_is_its_subjects(pipeline: Pipeline, text: str, undergoer: str,
                                                            not_undergoer: str) -> None:
    # the arrest: a COERCE done by others (the dismissal "уволил Сергея Белова" is the governor's own COERCE since
    # dismissals are triggers, tests/test_events_triggers22.py, and keeps its object)
    found = [e for e in events(pipeline, text) if e[0] == "COERCE" and e[1] != undergoer]
    assert any(e[2] == undergoer for e in found)
    assert not any(e[2] == not_undergoer for e in found)


def test_the_active_verbs_own_event_keeps_its_object(pipeline: Pipeline) -> None:
    found = events(pipeline, "Бывший министр Иван Петров поддержал Анну Смирнову, но был арестован сотрудниками ФСБ.")
    assert ("SUPPORT", "Иван Петров", "Анна Смирнова", "asserted") in found


@pytest.mark.parametrize(("text", "expected"), [
    # two active verbs share the first one's object
    ("Суд признал Ивана Петрова виновным и арестовал на 10 суток.", ("COERCE", None, "Иван Петров", "asserted")),
    ("Полиция задержала Ивана Петрова и допросила.", ("COERCE", None, "Иван Петров", "asserted")),
    # a passive with no agent, joined to an active verb, already went to the subject
    ("Иван Петров ранил Анну Смирнову и был задержан полицией.", ("COERCE", None, "Иван Петров", "asserted")),
    ("Иван Петров ранил Анну Смирнову и был задержан полицией.",
     ("ASSAULT", "Иван Петров", "Анна Смирнова", "asserted")),
])
def test_joined_verbs_that_keep_their_reading(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Присяжные не выдвинули обвинения против полицейских, причастных к гибели Ивана Петрова.", "Иван Петров"),
    ("США ввели санкции против компаний, поставляющих оружие России.", "Россия"),
    ("Евросоюз ввёл санкции против чиновников, ответственных за преследование Алексея Смирнова.", "Алексей Смирнов"),
])
def test_a_name_inside_a_qualifier_is_not_who_is_opposed(pipeline: Pipeline, text: str, name: str) -> None:
    assert not any(e[0] in ("ACCUSE", "SANCTION") and e[2] == name for e in events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a substantivised participle names no one itself: the place inside it stands
    ("ЕС ввёл санкции против причастных к подавлению протестов в Грузии.", ("SANCTION", "ЕС", "Грузия", "asserted")),
    # a noun's own genitive is whose they are
    ("Прокуратура выдвинула обвинения против сотрудников ФСБ.", ("ACCUSE", None, "ФСБ", "asserted")),
])
def test_a_phrase_against_that_keeps_its_target(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an instrumental of means is no agent
    ("Иван Петров задержан с помощью камер наблюдения.", ("COERCE", None, "Иван Петров", "asserted")),
    # weapons whose owner is not named: the one attacked only
    ("Киев атакован дронами.", ("ASSAULT", None, "Киев", "asserted")),
    # a plain subject-verb-object sentence
    ("Россия атаковала Украину дронами.", ("ASSAULT", "Россия", "Украина", "asserted")),
])
def test_sentences_where_nothing_changes(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
