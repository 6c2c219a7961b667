"""Events: SUPPORT recall across the seventeen tuning sets (twenty-fifth session, issue 4). Sentences of our own, of
the shapes the sets' missed support holds, each rule with the near cases it leaves alone.

- A court upholding a ruling ("оставил в силе приговор", "признал решение законным") is SUPPORT of the court with no
  target, as the sets write "Мосгорсуд поддержал это решение"; sanctions, a rate or one's own choice kept or called
  lawful are no upholding.
- Thanks sent or written ("направил благодарность", "направил телеграмму ... с благодарностью за") are SUPPORT of
  the one thanked, as "поблагодарил" is; thanks between private people stay a private matter.
- A thing supported in the passive ("отставка ... должна быть поддержана Радой") is judged as the active's object
  is: whose thing it is is the target.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def support(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "SUPPORT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Верховный суд Казахстана оставил в силе приговор бывшему министру Ерлану Сапарову.",
     ("SUPPORT", "Верховный суд Казахстана", None, "asserted")),
    ("Мосгорсуд признал законным решение районного суда об аресте блогера.",
     ("SUPPORT", "Мосгорсуд", None, "asserted")),
    ("Апелляционная коллегия Верховного суда оставила в силе постановление о выдворении журналиста.",
     ("SUPPORT", "Апелляционная коллегия Верховного суда", None, "asserted")),
])
def test_a_court_upholding_a_ruling_supports_it(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert support(pipeline, text) == [expected]


@pytest.mark.parametrize("text", [
    "Евросоюз оставил в силе санкции против России.",
    "Банк России оставил ставку в силе до конца года.",
    "Министр Иван Петров признал законным свой выбор.",
])
def test_what_is_no_ruling_upheld_is_no_support(pipeline: Pipeline, text: str) -> None:
    assert support(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Премьер-министр Индии Нарендра Моди направил благодарность президенту Франции Эммануэлю Макрону.",
     ("SUPPORT", "Нарендра Моди", "Эммануэль Макрон", "asserted")),
    ("Канцлер Германии Олаф Шольц направил телеграмму президенту Казахстана Касым-Жомарту Токаеву с благодарностью "
     "за помощь.", ("SUPPORT", "Олаф Шольц", "Касым-Жомарт Токаев", "asserted")),
])
def test_thanks_sent_support_the_one_thanked(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert support(pipeline, text) == [expected]


def test_private_thanks_are_no_event(pipeline: Pipeline) -> None:
    assert support(pipeline, "Иван Петров написал благодарность соседке за помощь с ремонтом.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Инициатива Москвы была поддержана парламентом Чечни.", ("SUPPORT", "Чечня", "Москва", "asserted")),
    ("Кандидатура Ивана Петрова была поддержана партией «Единая Россия».",
     ("SUPPORT", "Единая Россия", "Иван Петров", "asserted")),
])
def test_a_thing_supported_in_the_passive_targets_its_owner(pipeline: Pipeline, text: str,
                                                            expected: Described) -> None:
    assert support(pipeline, text) == [expected]


def test_a_thing_of_no_one_supported_in_the_passive_has_no_target(pipeline: Pipeline) -> None:
    assert support(pipeline, "Законопроект был поддержан Государственной думой.") == [
        ("SUPPORT", "Госдума", None, "asserted")]
