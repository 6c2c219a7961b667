"""Events: crimes and their punishment told by words the lexicon lacked (issue 4): a beheading and a shooting
named by its noun are killings (ASSAULT), custody named by its noun an arrest (COERCE)."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Боевики «Исламского государства» обезглавили иранского солдата Мохсена Ходжаджи.",
     [("ASSAULT", "Исламское государство", "Мохсен Ходжаджи", "asserted")]),
    ("Суд избрал меру пресечения в виде заключения под стражу Ивану Петрову.",
     [("COERCE", None, "Иван Петров", "asserted")]),
])
def test_crimes_and_custody(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert [e for e in events if e[0] in ("ASSAULT", "COERCE")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a demand for extradition: the state asked "от" is the target; the extradition asked is still to come
    ("Турция потребовала от США выдачи Фетхуллаха Гюлена.",
     [("COERCE", None, "Фетхуллах Гюлен", "future"), ("REQUEST", "Турция", "США", "asserted")]),
    # giving oneself up
    ("Харви Вайнштейн сдался полиции.", [("CONCEDE", "Харви Вайнштейн", None, "asserted")]),
    # "выдача" of things is no extradition
    ("Сбербанк увеличил выдачу кредитов малому бизнесу.", []),
])
def test_extradition_and_surrender(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert sorted(described_events(pipeline, text, published="2024-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("По версии следствия, Иван Петров напал на соседа.",
     [("ACCUSE", None, "Иван Петров", "asserted"), ("ASSAULT", "Иван Петров", None, "asserted")]),
    ("Следствие располагает доказательствами, что заказчиком нападения на Сергея Филина является Павел Дмитриченко.",
     [("ACCUSE", None, "Павел Дмитриченко", "asserted"), ("ASSAULT", "Павел Дмитриченко", "Сергей Филин", "asserted")]),
    # told by no investigators: the attack alone
    ("Иван Петров напал на соседа.", [("ASSAULT", "Иван Петров", None, "asserted")]),
])
def test_an_attack_the_investigators_tell_is_their_accusation(pipeline: Pipeline, text: str,
                                                              expected: list[Described]) -> None:
    assert sorted(described_events(pipeline, text, published="2024-03-15"), key=str) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Россия предпринимает все необходимые усилия для уменьшения ядерной угрозы.", []),
    ("Страны договорились о совместной борьбе с угрозой терроризма.", []),
    # a threat made, and an attack repelled (it took place), stay
    ("Иран угрожает Израилю ударом.", [("THREATEN", "Иран", "Израиль", "asserted")]),
    ("Две цели сбиты при отражении атаки со стороны ВСУ.", [("ASSAULT", "ВСУ", None, "asserted")]),
])
def test_a_danger_countered_is_no_act(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert [e for e in events if e[0] in ("THREATEN", "ASSAULT")] == expected
