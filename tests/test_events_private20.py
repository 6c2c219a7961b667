"""Events: private matters (the twentieth session, issue 4). Praise, thanks, approval, an apology, an invitation or a
plain ask ("попросил") whose named sides are all private people (a player, a singer, a relative: no office) is a
private matter, no act between actors, unless the text tells a crime (an arrest, an attack), where the sets annotate
what the people involved ask. Sentences of our own, of the wordings the telegram posts and NEREL texts hold, with
the near sentences that must stay: a private person's arrest, a player's meeting with a president, an actress's
lawsuit against a minister, an appeal, an ask addressed to office holders, a president's congratulations.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "kind"), [
    ("Теннисистку Марию Орлову поздравили её сестра Анна Орлова и тренер Павел Смирнов.", "SUPPORT"),
    ("Рэпер Олег Громов пригласил певца Игоря Белова на свой стрим.", "REQUEST"),
    ("Актриса Ольга Седова извинилась перед Иваном Лепиным за опоздание.", "SUPPORT"),
    ("Футболист Андрей Котов попросил Наталью Котову забрать его из клиники.", "REQUEST"),
    ("Блогер Анна Смирнова похвалила Игоря Белова за новую песню.", "SUPPORT"),
])
def test_private_peoples_courtesies_and_asks_are_no_events(pipeline: Pipeline, text: str, kind: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("Футболиста Андрея Котова задержали в Москве.", ("COERCE", None, "Андрей Котов", "asserted")),
    ("Футболист Андрей Котов встретился с президентом России Владимиром Путиным.",
     ("CONSULT", "Андрей Котов", "Владимир Путин", "asserted")),
    ("Актриса Ольга Седова подала в суд на министра культуры Ольгу Любимову.",
     ("ACCUSE", "Ольга Седова", "Ольга Любимова", "asserted")),
    ("Президент России Владимир Путин поздравил актрису Ольгу Седову с юбилеем.",
     ("SUPPORT", "Владимир Путин", "Ольга Седова", "asserted")),
    ("Певец Олег Громов призвал поклонников прийти на выборы.", ("REQUEST", "Олег Громов", None, "asserted")),
])
def test_public_acts_and_crimes_of_private_people_stay(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_an_ask_in_a_crime_story_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров попросил защиты у полицейских. Нападавшего на него Олега Громова задержали.")
    assert ("REQUEST", "Иван Петров", None, "asserted") in found


def test_an_ask_addressed_to_office_holders_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров попросил губернаторов прекратить выделять деньги футбольным клубам.")
    assert ("REQUEST", "Иван Петров", None, "asserted") in found
