"""Events: people told first by a description and named only later, in an identification sentence (the twenty-second
session, issue 4). Sentences of our own, of the pattern Wikinews crime stories hold: "Нападавший ранил ... Личность
нападавшего установлена — им оказался Иван Петров". The description (and a pronoun standing for it) is the person
named; a sentence that identifies someone else ("Личность погибшего установлена") names no doer, and a description the
identification does not tell ("охранника") is not that person.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_an_attacker_named_in_a_later_identification(pipeline: Pipeline) -> None:
    found = events(pipeline, "Вооружённый мужчина ворвался в кафе в Самаре. Нападавший ранил трёх посетителей. "
                             "Полиция задержала его. Личность нападавшего установлена — им оказался 34-летний Олег "
                             "Смирнов.")
    assert ("ASSAULT", "Олег Смирнов", None, "asserted") in found
    assert ("COERCE", None, "Олег Смирнов", "asserted") in found


def test_an_identification_of_someone_else_names_no_doer(pipeline: Pipeline) -> None:
    found = events(pipeline, "Нападавший ранил трёх посетителей кафе. Личность погибшего установлена — им оказался "
                             "34-летний Олег Смирнов.")
    assert not any(e[1] == "Олег Смирнов" for e in found)


def test_two_people_named_in_the_identification_sentence(pipeline: Pipeline) -> None:
    found = events(pipeline, "Нападавший ранил трёх посетителей кафе. Им оказался 34-летний Олег Смирнов, а "
                             "охранника зовут Андрей Белов.")
    assert not any("Олег Смирнов" in (e[1], e[2]) or "Андрей Белов" in (e[1], e[2]) for e in found)


def test_the_victim_is_not_the_shooter_identified(pipeline: Pipeline) -> None:
    found = events(pipeline, "Неизвестный открыл стрельбу у школы. Стрелок ранил охранника. Позже следователи "
                             "установили личность стрелка: это 25-летний Павел Кузнецов.")
    assert not any(e[2] == "Павел Кузнецов" for e in found)
