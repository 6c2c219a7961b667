"""Sides told as a list (the twenty-second session, issue 4): each member of a list of sides is a side of an event
of its own (EVENTS.md, general conventions: coordinated sources and objects are one event each). Sentences of our
own, of the shapes met in the tuning sets, telegram posts and NEREL texts.

- A noun's genitive with names coordinated to it ("с правоохранительными органами Китая, Малайзии и Сингапура",
  "Здания МВД и Верховного суда обстреляны", "действия Израиля, а также Ирана") names one side for each name.
- The coordinated genitives of an act's noun ("ордер на арест Нетаньяху и Галанта", "освобождение Солошенко и
  Афанасьева", "выслать дипломатов Латвии, Литвы и Эстонии") are its targets, one event each.
- A conjunct after a relative clause closed by a comma, which the parser hangs inside the clause ("обвинила
  Россию, которая ..., и Белоруссию"), is coordinated with the clause's antecedent.
- A noun that names no one, spelled out after a dash ("арестовал двух фигурантов дела — X и Y"), names those listed.
- The subject of a fronted "Как сообщил X, ..." clause tells of the act and does not do it: a verb after it with no
  subject of its own does not borrow it.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Европол в сотрудничестве с правоохранительными органами Испании, Португалии и Греции раскрыл сеть торговцев "
     "оружием.",
     [("COOPERATE", "Европол", state, "asserted") for state in ("Испания", "Португалия", "Греция")]),
    ("Германия осудила действия Ирана, а также Сирии.",
     [("ACCUSE", "Германия", "Иран", "asserted"), ("ACCUSE", "Германия", "Сирия", "asserted")]),
    ("Байден ввёл санкции против банков Ирана, Сирии и КНДР.",
     [("SANCTION", "Байден", state, "asserted") for state in ("Иран", "Сирия", "КНДР")]),
    ("Генсек ООН встретился с представителями Франции, Германии и Италии.",
     [("CONSULT", "ООН", state, "asserted") for state in ("Франция", "Германия", "Италия")]),
    ("Путин поздравил с победой Трампа, который выиграл выборы, и Вэнса.",
     [("SUPPORT", "Путин", "Трамп", "asserted"), ("SUPPORT", "Путин", "Вэнса", "asserted")]),
])
def test_a_genitive_list_under_a_noun_names_each_side(pipeline: Pipeline, text: str,
                                                      expected: list[Described]) -> None:
    found = events(pipeline, text)
    for one in expected:
        assert one in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Гаагский суд выдал ордера на арест Ивана Петрова и Сергея Сидорова.",
     [("ACCUSE", "Гаагский суд", "Иван Петров", "asserted"), ("ACCUSE", "Гаагский суд", "Сергей Сидоров",
                                                              "asserted")]),
    ("Москва выслала дипломатов Латвии, Литвы и Эстонии.",
     [("SANCTION", "Москва", state, "asserted") for state in ("Латвия", "Литва", "Эстония")]),
    ("Следователи сообщили о задержании Петрова и Сидорова.",
     [("COERCE", None, "Петров", "asserted"), ("COERCE", None, "Сидоров", "asserted")]),
])
def test_the_genitives_of_an_acts_noun_are_each_a_target(pipeline: Pipeline, text: str,
                                                         expected: list[Described]) -> None:
    found = events(pipeline, text)
    for one in expected:
        assert one in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Украина обвинила Россию, которая продолжает обстрелы, и Белоруссию в агрессии.",
     [("ACCUSE", "Украина", "Россия", "asserted"), ("ACCUSE", "Украина", "Беларусь", "asserted")]),
    ("Израиль атаковал Ливан, который поддерживает «Хезболлу», и Сирию.",
     [("ASSAULT", "Израиль", "Ливан", "asserted"), ("ASSAULT", "Израиль", "Сирия", "asserted")]),
])
def test_a_conjunct_after_a_relative_clause(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    found = events(pipeline, text)
    for one in expected:
        assert one in found
    # the conjunct is no object of the relative clause's verb ("Ливан поддерживает Сирию")
    assert not any(source in ("Россия", "Ливан") and type_ != "ASSAULT" and target in ("Беларусь", "Сирия")
                   for type_, source, target, _ in found)


def test_a_list_after_a_dash_names_those_arrested(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд арестовал двух бизнесменов — Ивана Петрова и Сергея Сидорова.")
    assert ("COERCE", None, "Иван Петров", "asserted") in found
    assert ("COERCE", None, "Сергей Сидоров", "asserted") in found


def test_the_reporter_of_a_fronted_clause_is_no_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Как уточнили представители прокуратуры, оба задержанных подозреваются в том, что "
                             "планировали совершить теракт на территории Бельгии.")
    assert not any(source == "прокуратура" for _, source, _, _ in found)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a list of things, not of sides: the places a thing stands in name no one
    ("Министерство обороны сообщило, что пригороды Алеппо и Идлиба считаются зоной деэскалации, и призвало к "
     "решительным мерам.", None, "Идлиб"),
    # "X и его жена": one side named, the other a description
    ("Нетаньяху встретился с Байденом и его женой.", ("CONSULT", "Нетаньяху", "Байден", "asserted"), None),
    # a thing spelled out after a dash before a credit line is no list of sides
    ("Армения пока не заявляла о выходе из ОДКБ и поддерживает все документы саммита организации — Путин", None,
     "Путин"),
    # a plain coordinated object stays as it was
    ("Полиция задержала Адиля и Османа.", ("COERCE", None, "Осман", "asserted"), None),
    # the speaker of a fronted clause who is the subject's pronoun stays the side
    ("Как заявил Путин, Россия не будет атаковать Европу.", ("ASSAULT", "Россия", "Европа", "negated"), None),
])
def test_near_sentences_keep_their_sides(pipeline: Pipeline, text: str, expected: Described | None,
                                         absent: str | None) -> None:
    found = events(pipeline, text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert not any(absent in (source, target) for _, source, target, _ in found)
