"""Events: a second precision round on unread NEREL Wikinews texts (the twenty-second session, issue 4). Each rule
with the near sentences it must leave alone; sentences of our own, of the wordings the texts hold.

- A trigger word inside a longer name ("Фронт за освобождение ...", "Фонд поддержки ...") tells who someone is,
  not an act.
- A phone call's recording, wiretapping or transcript with no second side named ("прослушивание телефонных
  разговоров") tells no call between two sides; a recording of a call between two named sides still does.
- A place visited whose genitive names its owner or namesake ("мавзолей Ататюрка", "камеру Манделы") is not a
  visit to that person.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize("text", [
    "Армия освободила заложников из плена, сообщил Фронт за освобождение Западной Сахары.",
    "Полиция Марокко освободила Ахмеда Салема, активиста Фронта за освобождение Западной Сахары.",
])
def test_a_trigger_inside_a_name_is_no_act(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[2] == "Фронт за освобождение Западной Сахары"]


def test_an_act_beside_a_name_with_a_trigger_word_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Полиция Марокко освободила Ахмеда Салема, активиста Фронта за освобождение Западной "
                             "Сахары.")
    assert ("CONCEDE", "Марокко", "Ахмед Салем", "asserted") in found


def test_a_wiretap_is_no_phone_call(pipeline: Pipeline) -> None:
    found = events(pipeline, "Сенатор Джон Смит был причастен к скандалу о незаконном прослушивании телефонных "
                             "разговоров политиков.")
    assert not [e for e in found if e[0] == "CONSULT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Газета опубликовала запись телефонного разговора Ангелы Меркель и Владимира Путина.",
     ("CONSULT", "Ангела Меркель", "Владимир Путин", "asserted")),
    ("Марии Петровой позвонил президент Франции Эмманюэль Макрон.",
     ("CONSULT", "Эмманюэль Макрон", "Мария Петрова", "asserted")),
])
def test_a_call_between_named_sides_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Президент Египта Абдул-Фаттах ас-Сиси посетил мавзолей Ататюрка в Анкаре.",
    "Премьер-министр Индии Нарендра Моди посетил музей Махатмы Ганди в Ахмадабаде.",
])
def test_a_place_named_after_a_person_is_no_visit_to_them(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "CONSULT" and e[2] in ("Ататюрк", "Махатма Ганди")]


def test_a_visit_to_a_state_and_a_meeting_stay(pipeline: Pipeline) -> None:
    found = events(pipeline, "Президент Египта Абдул-Фаттах ас-Сиси посетил Турцию и встретился с Реджепом "
                             "Эрдоганом.")
    assert ("CONSULT", "Абдул-Фаттах ас-Сиси", "Турция", "asserted") in found
    assert ("CONSULT", "Абдул-Фаттах ас-Сиси", "Реджеп Эрдоган", "asserted") in found
