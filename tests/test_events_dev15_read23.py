"""Events: the general rules of the twenty-third session's read of events_dev15 (its misses and false events),
each with the near cases it leaves alone. Sentences of our own, of the patterns the set's Wikinews texts hold.

- A sentence served ("отбывает наказание", "будет отбывать срок") is COERCE undergone by the subject, as "сидит в
  тюрьме" is.
- A bare "полиция" acting is the article's state, kept only where the act names whom it is aimed at.
- An act's noun under a preposition with one state adjective ("следит за российскими учениями") is that state's,
  not the clause subject's.
- "исключить из" is SANCTION only by a body named ("из Гильдии продюсеров"), never "из списка".
- An act under "необходимо", "нужно", "надо" is still to be done (future).
- A search of a home or an office ("обыск в квартире блогера X", "в квартиру X пришли с обыском") is aimed at whose
  it is.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "person", "modality"), [
    ("Бывший мэр Самары Олег Кузьмин отбывает наказание в колонии строгого режима.", "Олег Кузьмин", "asserted"),
    ("По приговору Анна Белова будет отбывать срок в колонии общего режима.", "Анна Белова", "future"),
])
def test_a_sentence_served(pipeline: Pipeline, text: str, person: str, modality: str) -> None:
    assert ("COERCE", None, person, modality) in events(pipeline, text)


def test_a_sentence_served_names_no_one_else(pipeline: Pipeline) -> None:
    found = events(pipeline, "Бывший мэр Самары Олег Кузьмин отбывает наказание в колонии строгого режима.")
    assert not any(e[0] == "COERCE" and e[2] != "Олег Кузьмин" for e in found)


def test_a_bare_police_is_the_articles_state(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Аргентине прошли протесты. В Буэнос-Айресе полиция задержала активиста Хуана "
                             "Переса.")
    assert ("COERCE", "Аргентина", "Хуан Перес", "asserted") in found


def test_a_bare_police_acting_on_no_one_named(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Аргентине прошли протесты. В Буэнос-Айресе полиция задержала пятерых человек.")
    assert not any(e[1] == "Аргентина" for e in found)


def test_a_bare_police_and_a_citizenship(pipeline: Pipeline) -> None:
    # the state named only as the detainee's citizenship tells nothing of where the police serve
    found = events(pipeline, "Полиция задержала гражданина Аргентины Хуана Переса.")
    assert ("COERCE", None, "Хуан Перес", "asserted") in found


def test_a_police_told_by_its_state_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Аргентине прошли протесты. Полиция Чили задержала активиста Хуана Переса.")
    assert ("COERCE", "Чили", "Хуан Перес", "asserted") in found


@pytest.mark.parametrize("text", [
    "Польша следит за российскими военными учениями у своей границы.",
    "Министр обороны Польши Анджей Новак рассказал о российских военных учениях у границы.",
])
def test_an_acts_noun_under_a_preposition_is_its_adjectives_state(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("MOBILIZE", "Россия", None, "asserted") in found
    assert not any(e[0] == "MOBILIZE" and e[1] != "Россия" for e in found)


def test_an_acts_noun_as_the_object_keeps_the_subject(pipeline: Pipeline) -> None:
    found = events(pipeline, "Польша провела масштабные военные учения у границы.")
    assert ("MOBILIZE", "Польша", None, "asserted") in found



@pytest.mark.parametrize(("text", "body", "person", "modality"), [
    ("Кинорежиссёра Павла Орлова исключили из Союза кинематографистов России.", "Союз кинематографистов России",
     "Павел Орлов", "asserted"),
    ("Премьер Латвии заявил, что Белоруссию необходимо исключить из Совета государств Балтийского моря.",
     "Совет государств Балтийского моря", "Беларусь", "future"),
])
def test_expelled_from_a_body(pipeline: Pipeline, text: str, body: str, person: str, modality: str) -> None:
    assert ("SANCTION", body, person, modality) in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Компанию «Вектор» исключили из списка неблагонадёжных поставщиков.",
    "Следователи не исключают из круга подозреваемых Павла Орлова.",
])
def test_left_out_of_a_list_is_no_sanction(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "SANCTION" for e in events(pipeline, text))


def test_an_act_that_is_needed_is_still_to_come(pipeline: Pipeline) -> None:
    found = events(pipeline, "Депутат Олег Кузьмин считает, что Ивана Петрова необходимо арестовать.")
    assert ("COERCE", None, "Иван Петров", "future") in found


@pytest.mark.parametrize("text", [
    "Полицейские провели обыск в квартире журналиста Андрея Волкова.",
    "В квартиру журналиста Андрея Волкова пришли с обыском.",
    "Записи нашли при обыске в доме Андрея Волкова.",
])
def test_a_search_of_someones_home(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert any(e[0] == "COERCE" and e[2] == "Андрей Волков" for e in found)


def test_a_search_of_homes_of_no_one(pipeline: Pipeline) -> None:
    found = events(pipeline, "Полицейские провели обыски в нескольких домах в Туле.")
    assert not any(e[0] == "COERCE" and e[2] is not None for e in found)
