"""Events: a noun with a person in its genitive and a name of its own ("Личный врач Майкла Джексона Конрад
Мюррей", "Пресс-секретарь Владимира Путина Дмитрий Песков") is the person it is apposed to; the one in the genitive
is whose doctor or spokesman he is, no side of what the noun does or undergoes (twenty-first session, issue 4).
A genitive person stays a side where the noun has no name of its own, and a genitive state or organisation is not
touched (the person's rank already puts a person first)."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected", "not_a_side"), [
    ("Помощник губернатора Игоря Васильева Олег Сидоров посетил Казань.",
     ("CONSULT", "Олег Сидоров", "Россия", "asserted"), "Игорь Васильев"),
    ("Личный водитель бизнесмена Аркадия Петрова Иван Смирнов предстал перед судом.",
     ("ACCUSE", None, "Иван Смирнов", "asserted"), "Аркадий Петров"),
    ("Адвокат певицы Анны Козловой Сергей Орлов был задержан полицией Москвы.",
     ("COERCE", "Москва", "Сергей Орлов", "asserted"), "Анна Козлова"),
])
def test_the_genitive_person_of_a_named_noun_is_no_side(pipeline: Pipeline, text: str, expected: Described,
                                                      not_a_side: str) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert expected in events
    assert not any(not_a_side in (source, target) for _, source, target, _ in events)


@pytest.mark.parametrize(("text", "expected"), [
    # a state in the genitive: the named official acts, as before
    ("Министр обороны Германии Борис Писториус посетил Киев.", ("CONSULT", "Борис Писториус", "Украина", "asserted")),
    # the parser hangs the name on the genitive ("заместителем министра ... Александром Налбандовым"): still met
    ("Посол Италии Марио Росси встретился с заместителем министра иностранных дел Грузии Александром Налбандовым.",
     ("CONSULT", "Марио Росси", "Александр Налбандов", "asserted")),
])
def test_named_officials_stay_sides(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in described_events(pipeline, text, published="2024-03-15")
