"""Events: acts whose type the system never gave, second round (the twenty-fourth session, issue 4), each with the
near cases it leaves alone. Sentences of our own.

- A refusal to sell, buy or distribute someone's goods is a boycott of them (SANCTION): the object's owner in the
  genitive, the organisation a bare kind noun stands for, or the state of its adjective is the target. A refusal to
  a buyer named in the dative stays a refusal (REJECT), and one's own goods are no one's boycott.
- A trip ("поездка") to a place is a visit (CONSULT) of whom the noun names, or of the subject of the clause it is
  the time or the object of; trips recommended to others, counted or priced are none.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Сеть супермаркетов «Пятёрочка» отказалась продавать продукцию компании «Вимм-Билль-Данн».",
     ("SANCTION", "Пятёрочка", "Вимм-Билль-Данн", "asserted")),
    ("Журнал «Огонёк» опубликовал интервью с беглым олигархом. Несколько книжных сетей объявили об отказе продавать "
     "журнал.",
     ("SANCTION", None, "Огонёк", "asserted")),
    ("Польша отказалась покупать российский газ.", ("SANCTION", "Польша", "Россия", "asserted")),
])
def test_refusal_to_trade_is_a_boycott(pipeline: Pipeline, text: str, expected: Described) -> None:
    found = events(pipeline, text)
    assert expected in found
    assert not [e for e in found if e[0] == "REJECT"]


def test_refusal_to_sell_to_a_buyer_stays_a_refusal(pipeline: Pipeline) -> None:
    found = events(pipeline, "Канцлер Германии Олаф Шольц отказался продавать Украине ракеты Taurus.")
    assert ("REJECT", "Олаф Шольц", "Украина", "asserted") in found
    assert not [e for e in found if e[0] == "SANCTION"]


def test_refusal_to_sell_ones_own_is_no_boycott(pipeline: Pipeline) -> None:
    assert not [e for e in events(pipeline, "Иван Петров отказался продавать свою квартиру.") if e[0] == "SANCTION"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Главной целью поездки Макрона в Пекин были переговоры о торговле.",
     ("CONSULT", "Макрон", "Китай", "asserted")),
    ("В ходе поездки в Бразилию министр иностранных дел России Сергей Лавров провёл переговоры с коллегой.",
     ("CONSULT", "Сергей Лавров", "Бразилия", "asserted")),
    ("Президент Эстонии Алар Карис отменил поездку в Финляндию.",
     ("CONSULT", "Алар Карис", "Финляндия", "negated")),
])
def test_trip_is_a_visit(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "МИД РФ рекомендует российским гражданам воздержаться от поездки в Абхазию.",
    "Когда желающих стало больше, владелец турфирмы Андрей К. провёл ещё несколько поездок по России.",
    "Стоимость поездки на такси в Москве выросла вдвое.",
])
def test_trips_of_no_one_named(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "CONSULT"]
