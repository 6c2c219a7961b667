"""Events: the general rules of the nineteenth session (events_dev11's misses read), each with the near cases it
leaves alone. Sentences of our own, of the patterns the set's Wikinews texts hold.

- "Иран поддерживает в сирийской войне президента Асада": the parser hangs an animate object (its accusative is
  its genitive's form) on the place noun before it; when the verb has no object of its own, that noun is whom the
  act is aimed at. Not under a participle or an act's own noun ("подозреваемых в убийстве журналиста Петрова":
  the victim of the act charged).
- An arrest "по подозрению в" tells the accusation also when the ones arrested are not named ("задержала 11
  военнослужащих"), as long as who arrests is.
- "попал в плен к ИГ": taken prisoner (COERCE), the one "к" whom he fell is the captor.
- "устроил стрельбу", "открыл стрельбу": a shooting (ASSAULT).
- "поддерживать отношения / порядок": kept up, no one backed (no SUPPORT).
- "власти страны", "правительство страны" after a state is named in the sentence or the one before: the state the
  article mentions most.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Россия поддерживает в гражданской войне Башара Асада.", ("SUPPORT", "Россия", "Башар Асад", "asserted")),
    ("Франция поддерживает в этом споре Германию.", ("SUPPORT", "Франция", "Германия", "asserted")),
    ("Китай и Куба поддерживают в этом конфликте президента Венесуэлы Николаса Мадуро.",
     ("SUPPORT", "Китай", "Николас Мадуро", "asserted")),
])
def test_an_object_the_parser_hung_on_a_place_noun(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_victim_in_a_participles_charge_is_no_object(pipeline: Pipeline) -> None:
    found = events(pipeline, "Полиция Франции задержала двух мужчин, подозреваемых в убийстве журналиста "
                             "Ивана Петрова.")
    assert not any(e[0] == "ACCUSE" and e[2] == "Иван Петров" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a state's police is the state (the twenty-first session: the names stage's "Полиция Бельгии" read as Бельгия)
    ("Полиция Бельгии задержала трёх человек по подозрению в подготовке теракта.",
     ("ACCUSE", "Бельгия", None, "asserted")),
    ("Силовики Египта арестовали 20 военнослужащих по обвинению в подготовке мятежа.",
     ("ACCUSE", "Египет", None, "asserted")),
])
def test_an_arrest_on_suspicion_of_people_not_named(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Военнослужащий Иван Петров попал в плен к боевикам ИГ.",
     ("COERCE", "ИГ", "Иван Петров", "asserted")),
    # the lower-case "талибам" is the Taliban since round 21 of the names stage
    ("Журналист Иван Петров попал в плен к талибам в Афганистане в 2010 году.",
     ("COERCE", "Талибан", "Иван Петров", "asserted")),
])
def test_taken_prisoner(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Стрельбу в торговом центре Далласа устроил Джон Смит.",
    "Джон Смит открыл стрельбу по посетителям торгового центра.",
])
def test_a_shooting_staged(pipeline: Pipeline, text: str) -> None:
    assert ("ASSAULT", "Джон Смит", None, "asserted") in events(pipeline, text)


def test_a_shooting_by_no_one_named_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "Неизвестные устроили стрельбу в центре города.") == []


@pytest.mark.parametrize("text", [
    "Премьер Иван Петров, который поддерживал тёплые отношения с Эрдоганом, выразил соболезнования.",
    "Франция поддерживает дружеские отношения с Марокко.",
    "Полиция Москвы поддерживает порядок на улицах.",
])
def test_relations_kept_up_are_no_support(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "SUPPORT" for e in events(pipeline, text))


def test_a_government_backed_is_still_support(pipeline: Pipeline) -> None:
    assert ("SUPPORT", "Россия", "Сирия", "asserted") in events(
        pipeline, "Россия поддерживает правительство Сирии.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Генпрокурор Кувейта сообщил, что власти страны арестовали 30 чиновников.",
     ("COERCE", "Кувейт", None, "asserted")),
    ("В Иордании прошли протесты. Власти Иордании задержали 40 журналистов. Посол Франции Жан Дюран призвал "
     "правительство страны освободить журналистов.", ("REQUEST", "Жан Дюран", "Иордания", "asserted")),
])
def test_the_countrys_government(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_country_named_long_before_is_not_guessed(pipeline: Pipeline) -> None:
    text = ("Президент Кувейта Навваф аль-Ахмед выступил в парламенте. Заседание длилось три часа. Депутаты "
            "обсуждали бюджет. Вечером власти страны арестовали 30 чиновников.")
    assert not any(e[1] == "Кувейт" for e in events(pipeline, text))
