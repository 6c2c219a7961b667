"""Events: a precision audit on unread telegram posts (the twenty-first session, issue 4). Each rule with the near
sentences it must leave alone; sentences of our own, of the wordings the posts hold.

- An attack whose doer or victim the press names by a first name and the surname's initial ("Марина К.") is a
  crime among private people, outside the chronicle, unless a side of public life takes part.
- An act on a condition ("задержит ..., если он въедет в страну") is hypothetical; a threat, an ask or a promise
  with a condition under it is still made.
- An act's noun qualified as possible ("возможный визит") is hypothetical.
- An adverbial participle tells an act of its own: its head's "не" does not deny it ("не признаёт итогов,
  обвиняя правительство").
- "поддерживать" of a program or a device, or of a thing of technology ("множество языков", "алгоритм"), is no
  support between actors.
- Restrictions on an airport's work are a safety measure, no sanction.
- "Белгород атаковали беспилотники": a singular town the tagger reads as an accusative, under a plural verb with
  plural weapons after it, is the one struck.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize("text", [
    "Вчера вечером 35-летняя Марина К. ударила соседку ножом во время ссоры.",
    "Ночью 17-летний Артём С. напал на прохожих у торгового центра.",
])
def test_an_attack_among_people_named_by_an_initial_is_private(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "ASSAULT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ночью Олег Д. напал на губернатора Сергея Смирнова у здания администрации.",
     ("ASSAULT", "Олег Д.", "Сергей Смирнов", "asserted")),
    ("Полицейские задержали 40-летнего Олега Д. в его квартире.", ("COERCE", None, "Олег Д.", "asserted")),
])
def test_a_public_side_or_an_arrest_keeps_the_event(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_an_act_on_a_condition_is_hypothetical(pipeline: Pipeline) -> None:
    found = events(pipeline, "Германия задержит российского олигарха Петра Авдеева, если он въедет в страну.")
    assert ("COERCE", "Германия", "Петр Авдеев", "hypothetical") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Германия задержала российского олигарха Петра Авдеева.", ("COERCE", "Германия", "Петр Авдеев", "asserted")),
    ("Франция пригрозила ввести санкции против Ирана, если он продолжит обогащение урана.",
     ("THREATEN", "Франция", "Иран", "asserted")),
])
def test_an_act_with_no_condition_and_a_threat_on_one_stay_asserted(pipeline: Pipeline, text: str,
                                                                   expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "modality"), [
    ("Кремль прокомментировал возможный визит Владимира Путина в Индию.", "hypothetical"),
    ("Кремль прокомментировал визит Владимира Путина в Индию.", "asserted"),
])
def test_a_possible_act_is_hypothetical(pipeline: Pipeline, text: str, modality: str) -> None:
    assert ("CONSULT", "Владимир Путин", "Индия", modality) in events(pipeline, text)


@pytest.mark.parametrize(("text", "modality"), [
    ("Оппозиция Молдавии не признаёт итогов выборов, обвиняя правительство в подкупе избирателей.", "asserted"),
    ("Оппозиция Молдавии признаёт итоги выборов, не обвиняя правительство в подкупе избирателей.", "negated"),
])
def test_an_adverbial_participle_keeps_its_own_negation_only(pipeline: Pipeline, text: str, modality: str) -> None:
    assert ("ACCUSE", "Оппозиция Молдавии", None, modality) in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Новая программа компании Microsoft поддерживает множество языков.",
    "Сервер компании Яндекс поддерживает защищённые соединения.",
    "Программист Иван Сидоров поддерживает алгоритм сжатия данных.",
])
def test_what_a_program_supports_is_no_support(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "SUPPORT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Канцлер Германии Олаф Шольц поддерживает финансирование помощи Киеву.",
     ("SUPPORT", "Олаф Шольц", None, "asserted")),
    ("Италия поддерживает Международный уголовный суд.", ("SUPPORT", "Италия", "МУС", "asserted")),
])
def test_support_of_a_policy_or_a_body_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_an_airports_restrictions_are_no_sanction(pipeline: Pipeline) -> None:
    found = events(pipeline, "Аэропорты Шереметьево и Внуково ввели временные ограничения на приём и отправку "
                             "самолётов.")
    assert not [e for e in found if e[0] == "SANCTION"]


def test_a_states_restrictions_stay_a_sanction(pipeline: Pipeline) -> None:
    assert ("SANCTION", "Минфин США", "Газпромбанк", "asserted") in events(
        pipeline, "Минфин США ввёл ограничения против Газпромбанка.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Утром Белгород снова атаковали беспилотники.", ("ASSAULT", None, "Белгород", "asserted")),
    ("Утром Израиль снова атаковал Бейрут.", ("ASSAULT", "Израиль", "Бейрут", "asserted")),
])
def test_a_town_attacked_by_drones_is_the_target(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
