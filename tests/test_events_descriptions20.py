"""Events: a person a news lede describes and names only in the next sentences, the twentieth session's third round
of people named by description (issue 4).

"ФБР арестовало бывшего морского пехотинца ... Подозреваемый Джон Миллер ...": the lede tells the story's subject by
a description ("жительницу Торонто", "мужчину") and names them within two sentences under another noun or none. The
description is that person when the article names no one before it and exactly one person up to that name, a person
with no post, not speaking there, named in full and not as someone's ("бизнес-партнёр пострадавшего Олега
Смирнова"), whose gender does not contradict the noun's; a description with a genitive other than a place
("водителя автобуса"), or coordinated with another person, names no one.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    # a trade noun in the lede, the name under another noun two sentences on
    ("ФБР арестовало бывшего морского пехотинца по обвинению в подготовке теракта. Подозреваемый Джон Миллер жил в "
     "Калифорнии.", ("COERCE", "ФБР", "Джон Миллер", "asserted")),
    ("ФБР арестовало бывшего морского пехотинца по обвинению в подготовке теракта. Подозреваемый Джон Миллер жил в "
     "Калифорнии.", ("ACCUSE", "ФБР", "Джон Миллер", "asserted")),
    # a resident of a place (the place's genitive is allowed), named as a citizen
    ("Власти Канады арестовали 30-летнюю жительницу Торонто по обвинению в мошенничестве. Арестованная гражданка "
     "Канады Мария Лопес работала медсестрой.", ("ACCUSE", "Канада", "Мария Лопес", "asserted")),
    # an age noun, the name with no noun of its own
    ("Полиция Самары задержала мужчину, который поджёг автомобиль. По данным следствия, это 41-летний Олег Смирнов.",
     ("COERCE", "Самара", "Олег Смирнов", "asserted")),
])
def test_a_lede_description_is_the_person_named_next(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # two people named next: no one
    ("Полиция Самары задержала мужчину. Олег Смирнов и Андрей Кузнецов работали на стройке.",
     {"Олег Смирнов", "Андрей Кузнецов"}),
    # the one named next is an official telling the news, not the man arrested, who is never named
    ("Полиция Самары задержала мужчину. Глава МВД Олег Смирнов сообщил об этом журналистам.", {"Олег Смирнов"}),
    # the one named next is someone's, the victim whose partner was arrested
    ("Полиция Самары задержала подозреваемого в поджоге. Это бизнес-партнёр пострадавшего Олега Смирнова.",
     {"Олег Смирнов"}),
    # a woman arrested is no man named next
    ("Полиция Самары задержала женщину. 40-летний Олег Смирнов работал на стройке.", {"Олег Смирнов"}),
    # a person named before the description: the man arrested may be anyone else
    ("Олег Смирнов приехал в Самару. Полиция Самары задержала мужчину. 30-летний Андрей Кузнецов работал на "
     "стройке.", {"Олег Смирнов", "Андрей Кузнецов"}),
    # a driver of something may be any of its drivers
    ("Полиция Самары задержала водителя автобуса. 30-летний Андрей Кузнецов работал на стройке.",
     {"Андрей Кузнецов"}),
    # two people of the lede: either may be the one named
    ("Полиция Самары задержала мужчину и женщину. 30-летний Андрей Кузнецов работал на стройке.",
     {"Андрей Кузнецов"}),
])
def test_a_lede_description_of_no_one_person_names_no_one(pipeline: Pipeline, text: str, wrong: set[str]) -> None:
    assert not any(target in wrong for kind, _, target, _ in events(pipeline, text) if kind in ("COERCE", "ACCUSE"))
