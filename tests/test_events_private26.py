"""Events: sport, show business and private life (issue 4), the twenty-sixth session's gaps in the filters of
private matters. Sentences of our own; each false event with the near public one it leaves alone.

- A named private person's blow or killing of one other private person told by a common noun ("ударил незнакомца")
  is the background of a crime story whose arrest or sentence the text tells (the arrest stays). An attack on a
  policeman or on several people stays, and so does the attack told alone (tests/test_events_crimes.py's "Иван
  Петров напал на соседа").
- A named private person's ask of no one told ("попросила забрать её с вокзала") is no REQUEST; one of someone told
  (the Conventions annotate money asked of an acquaintance) or by a holder of an office stays.
- A body of sport named so ("Международная федерация волейбола") and the holder of a post of it deal with players
  as clubs do (no event); their stand on a public matter (a bill, a government's initiative) stays.
- A title read by its longest known opening: "главный тренер команды" is a coach's, no office.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from events_described import Described, described_events

from letopis import Pipeline
from letopis.analysis import events as E
from letopis.lexicon import load_lexicon


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


ARREST = " Полиция задержала Олега Смирнова."


def test_a_private_blow_in_a_crime_story_is_its_background(pipeline: Pipeline) -> None:
    assert events(pipeline, "Вчера вечером в баре Олег Смирнов ударил незнакомца бутылкой по голове." + ARREST) == [
        ("COERCE", None, "Олег Смирнов", "asserted")]


@pytest.mark.parametrize("text", [
    "Вчера вечером Олег Смирнов ударил полицейского бутылкой по голове." + ARREST,
    "Вчера вечером Олег Смирнов ранил ножом нескольких прохожих." + ARREST,
    "Вчера вечером Олег Смирнов ударил незнакомца бутылкой по голове.",
])
def test_an_attack_on_the_public_or_told_alone_stays(pipeline: Pipeline, text: str) -> None:
    assert ("ASSAULT", "Олег Смирнов", None, "asserted") in events(pipeline, text)


def test_a_private_ask_of_no_one_told_is_no_request(pipeline: Pipeline) -> None:
    assert events(pipeline, "Студентка Анна Волкова попросила забрать её с вокзала.") == []


@pytest.mark.parametrize("text", [
    "Анна Волкова попросила подругу забрать её с вокзала.",
    "Депутат Анна Волкова попросила проверить работу полиции.",
])
def test_an_ask_of_someone_told_or_by_an_office_holder_stays(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == [("REQUEST", "Анна Волкова", None, "asserted")]


@pytest.mark.parametrize("text", [
    "Генеральный секретарь Всероссийской федерации волейбола Игорь Лебедев поддержал нападающего Павла Котова.",
    "Международная федерация волейбола поддержала нападающего Павла Котова.",
])
def test_a_sport_bodys_dealing_with_a_player_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Генеральный секретарь Всероссийской федерации волейбола Игорь Лебедев поддержал законопроект о спортивных "
     "школах.", ("SUPPORT", "Игорь Лебедев", None, "asserted")),
    ("Международная федерация волейбола поддержала инициативу правительства.",
     ("SUPPORT", "Международная федерация волейбола", None, "asserted")),
])
def test_a_sport_bodys_public_stand_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert events(pipeline, text) == [expected]


def test_a_title_is_read_by_its_longest_known_opening() -> None:
    actors: Any = SimpleNamespace(lexicon=load_lexicon())
    assert not E._public_title(actors, "главный тренер команды")
    assert E._public_title(actors, "генеральный директор компании")
    assert E._public_title(actors, "губернатор области")
