"""Events: a relative pronoun of any gender and number stands for the noun its clause hangs on, as a subject
("России, которая настаивала") or an object ("Малас, которого поддерживает партия"); an object hung on a participle
by the parser stands for nothing it could name; a role in an act ("заказчиком покушения является X") is said of
the one who did it (issue 4)."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Главным конкурентом является Ставрос Малас, которого поддерживает Прогрессивная партия трудового народа Кипра.",
     [("SUPPORT", "Прогрессивная партия трудового народа Кипра", "Ставрос Малас", "asserted")]),
    ("Артем Миссюра, которого обвиняют в массовых отравлениях, задержан.",
     [("ACCUSE", None, "Артем Миссюра", "asserted"), ("COERCE", None, "Артем Миссюра", "asserted")]),
    ("Украина договорилась со всеми кредиторами, кроме России, которая потребовала вернуть долг полностью.",
     [("REQUEST", "Россия", None, "asserted")]),
])
def test_a_relative_pronoun_stands_for_its_noun(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert sorted(e for e in events if e[0] in {x[0] for x in expected}) == expected


def test_an_object_hung_on_a_participle_stands_for_nothing(pipeline: Pipeline) -> None:
    text = ("Япония выразила протест против визита министра обороны России Анатолия Сердюкова, посетившего южные "
            "Курильские острова, которые и Япония, и Россия считают своими.")
    visits = [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "CONSULT"]
    assert all(e[2] != "Анатолий Сердюков" for e in visits)


@pytest.mark.parametrize(("text", "expected"), [
    ("Павел Дмитриченко был заказчиком покушения на Сергея Филина.",
     [("ASSAULT", "Павел Дмитриченко", "Сергей Филин", "asserted")]),
    ("Следствие считает, что заказчиком нападения на Сергея Филина является Павел Дмитриченко.",
     [("ASSAULT", "Павел Дмитриченко", "Сергей Филин", "asserted")]),
])
def test_a_role_in_an_act_is_said_of_who_did_it(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert [e for e in events if e[0] == "ASSAULT"] == expected


@pytest.mark.parametrize(("text", "unwanted"), [
    # whose killer, whose lawyer: not the one named after the word
    ("Полиция задержала убийцу Бориса Немцова.", "Борис Немцов"),
    ("Правоохранители задержали заказчика убийства Шерипа Алихаджиева.", "Шерип Алихаджиев"),
    ("Адвокат Дмитрия Матвеева требовал для него домашнего ареста.", "Дмитрий Матвеев"),
])
def test_a_name_after_a_role_in_a_crime_or_a_lawyer_says_whose(pipeline: Pipeline, text: str, unwanted: str) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert not [e for e in events if e[1] == unwanted or (e[0] == "COERCE" and e[2] == unwanted)]


def test_a_lawyer_named_in_apposition_is_himself(pipeline: Pipeline) -> None:
    events = described_events(pipeline, "Задержан адвокат Иван Павлов.", published="2024-03-15")
    assert events == [("COERCE", None, "Иван Павлов", "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Две воздушные цели сбиты при отражении атаки со стороны ВСУ.", [("ASSAULT", "ВСУ", None, "asserted")]),
    ("«Агрессия со стороны Азербайджана недопустима», — заявил Никол Пашинян.",
     [("ACCUSE", "Никол Пашинян", "Азербайджан", "asserted")]),
])
def test_an_act_from_someones_side_is_theirs(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    # "со стороны X" names whose act it is, not whom it is aimed at
    assert described_events(pipeline, text, published="2024-03-15") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("После нападения Шерип Алихаджиев сумел позвонить супруге.", []),
    ("Президент Владимир Путин встретился с матерью погибшего солдата.",
     [("CONSULT", "Владимир Путин", None, "asserted")]),
])
def test_a_call_to_ones_own_kin_is_no_consultation(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described_events(pipeline, text, published="2024-03-15") == expected
