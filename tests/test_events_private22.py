"""Events: private matters, crime among private people and sport (the twenty-second session, issue 4). Each rule
with the near sentences it must leave alone; sentences of our own, of the wordings the texts hold.

- An attack by a private person on kin or on someone of their private life ("избил своего сокамерника", "ударил
  ножом опекуншу") is a crime among private people, outside the chronicle; an attack on a police officer stays.
- An attack between two named private people in a sentence of kin ("поссорился с супругой и ударил ...") is one
  too, unless the sentence names the press, the police or an activist; a court's sentence of a private person
  stays, and so does a blow between two named people the sentence tells of no kin.
- Blocking a person ("заблокировала ухажёра") is a messenger's act, no ban; a state blocking a service stays.
- A trade qualified by an adjective ("хоккейный защитник") is still a trade, and a player's place held of a team
  is sport: the player's own decision is no event; a minister's is.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize("text", [
    "Заключённый Томас Брейди жестоко избил своего сокамерника.",
    "В ходе ссоры Геннадий Ковалёв ударил ножом свою сожительницу.",
    "Пьяный Степан Гаврилов напал на брата с топором.",
])
def test_an_attack_on_ones_own_kin_or_acquaintance_is_private(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "ASSAULT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Житель Саратова Степан Гаврилов напал с ножом на полицейского.", ("ASSAULT", "Степан Гаврилов", None)),
    ("Степан Гаврилов вместе с другом избил прохожего.", ("ASSAULT", "Степан Гаврилов", None)),
    ("Суд приговорил Степана Гаврилова к восьми годам колонии за убийство брата.",
     ("COERCE", None, "Степан Гаврилов")),
])
def test_attacks_on_the_public_and_courts_acts_stay(pipeline: Pipeline, text: str, expected: tuple[str, str | None,
                                                                                                  str | None]) -> None:
    assert expected in [e[:3] for e in events(pipeline, text)]


def test_an_attack_between_two_named_private_people_of_one_family_is_private(pipeline: Pipeline) -> None:
    found = events(pipeline, "Вечером Виктор Зуев поссорился с супругой и ударил Анну Зуеву ножом.")
    assert not [e for e in found if e[0] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Журналиста Олега Панина избил Виктор Зуев.",
    "Судьи не заметили удар Виктора Зуева по лицу Олега Панина.",
])
def test_an_attack_on_a_journalist_or_of_no_kin_stays(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "ASSAULT" and e[2] == "Олег Панин"]


@pytest.mark.parametrize("text", [
    "Ксения Орлова заблокировала назойливого поклонника в мессенджере.",
    "После ссоры проводник заблокировал Анну Смирнову.",
])
def test_blocking_a_person_is_no_ban(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "COERCE"]


def test_a_state_blocking_a_service_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Роскомнадзор заблокировал Discord.")
    assert ("COERCE", "Роскомнадзор", "Discord", "asserted") in found


def test_a_players_own_decision_is_no_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Канадский хоккейный защитник Марк Эванс принял решение завершить карьеру.")
    assert not [e for e in found if e[0] == "AGREE"]


def test_a_ministers_decision_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр обороны Канады Марк Эванс принял решение закрыть базу.")
    assert [e for e in found if e[0] == "AGREE" and e[1] == "Марк Эванс"]
