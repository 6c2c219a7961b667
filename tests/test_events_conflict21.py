"""Events: ASSAULT, THREATEN, MOBILIZE, RETREAT, PROTEST and SANCTION recall (the twenty-first session, issue 4).
Each rule with the near sentences it must leave alone; sentences of our own, of the wordings the sets and posts hold.

- The place an attack's weapon was flying at is the one struck ("атака беспилотника, летевшего на Курск").
- Poisoning a person is an assault ("отравление", "отравить"); food poisoning names no one; a poison's quoted
  trade name in the instrumental is no poisoner.
- Missiles and drones launched "по" a target are a strike; a launch with no "по" (a test) is none.
- The one on whose order an attack was done ("по приказу X") is the attacker, never the victim.
- A source told "по информации / по данным X" is no target of a strike.
- Supporters or followers of someone ("сторонник ИГ", "сторонники генерала") are not the one they follow; a leader
  at a rally of his own supporters still mobilises them.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def assaults(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in events(pipeline, text) if e[0] == "ASSAULT"]


def test_the_place_a_drone_was_flying_at_is_struck(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ночью над Тульской областью отражена атака беспилотника, летевшего на Курск.")
    assert ("ASSAULT", None, "Курск", "asserted") in found


@pytest.mark.parametrize("text", [
    "Беспилотник, летевший на Курск, был сбит над Тульской областью.",
    "Самолёт, летевший на Курск, совершил вынужденную посадку.",
])
def test_a_drone_downed_or_a_plane_flying_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not assaults(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Канцлер выразил тревогу в связи с отравлением Алексея Петрова.", ("ASSAULT", None, "Алексей Петров", "asserted")),
    ("Следователи считают, что журналиста Ивана Сидорова отравили в гостинице.",
     ("ASSAULT", None, "Иван Сидоров", "asserted")),
])
def test_poisoning_a_person_is_an_assault(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Массовое отравление школьников произошло в столовой в Казани.",
    "Туристы отравились грибами в лесу под Тверью.",
])
def test_food_poisoning_is_no_assault(pipeline: Pipeline, text: str) -> None:
    assert not assaults(pipeline, text)


def test_a_quoted_poison_is_no_poisoner(pipeline: Pipeline) -> None:
    found = assaults(pipeline, "Следователи установили, что Алексей Петров был отравлен «Ромашкой».")
    assert ("ASSAULT", None, "Алексей Петров", "asserted") in found
    assert not [e for e in found if e[1] is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Вечером боевые самолеты выпустили ракеты по южным районам Ливана.", ("ASSAULT", None, "Ливан", "asserted")),
    ("Иран запустил ракеты по военной базе в Израиле.", ("ASSAULT", "Иран", "Израиль", "asserted")),
])
def test_missiles_launched_at_a_target_are_a_strike(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_launch_with_no_target_is_no_strike(pipeline: Pipeline) -> None:
    assert not assaults(pipeline, "Утром КНДР запустила баллистическую ракету в сторону Японского моря.")


def test_the_one_who_ordered_the_killing_is_the_attacker(pipeline: Pipeline) -> None:
    found = assaults(pipeline, "Свидетель утверждает, что поэт был отравлен по приказу диктатора Хорхе Видаля.")
    assert ("ASSAULT", "Хорхе Видаль", None, "asserted") in found
    assert not [e for e in found if e[2] == "Хорхе Видаль"]


def test_a_source_told_by_po_is_no_target(pipeline: Pipeline) -> None:
    assert not [e for e in assaults(pipeline, "По данным ТАСС, в губернатора выстрелили на выходе из дома.")
                if e[2] == "ТАСС"]


@pytest.mark.parametrize(("text", "followed"), [
    ("Сторонник Исламского государства (ИГ) напал с ножом на прохожих в Лионе.", "Исламское государство"),
    ("Ранее Петров — давний сторонник Трампа — призывал к ограничению полномочий ФБР.", "Трамп"),
])
def test_a_follower_is_not_the_one_followed(pipeline: Pipeline, text: str, followed: str) -> None:
    assert not [e for e in events(pipeline, text) if e[1] == followed]


def test_a_leader_at_a_rally_of_his_supporters_mobilises_them(pipeline: Pipeline) -> None:
    found = events(pipeline, "Вчера Дональд Трамп выступил на многотысячном митинге его сторонников в Огайо.")
    assert ("MOBILIZE", "Дональд Трамп", None, "asserted") in found


def test_the_follower_named_acts(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ранее Петров — давний сторонник Трампа — призывал к ограничению полномочий ФБР.")
    assert ("REQUEST", "Петров", "ФБР", "asserted") in found


def test_the_group_itself_still_attacks(pipeline: Pipeline) -> None:
    found = events(pipeline, "Исламское государство напало на прохожих в Лионе.")
    assert ("ASSAULT", "Исламское государство", None, "asserted") in found
