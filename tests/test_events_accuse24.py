"""Events: ACCUSE recall and precision across the sixteen tuning sets (twenty-fourth session, issue 4). Sentences of
our own, of the shapes the sets' missed and false accusations hold, each rule with the near cases it leaves alone.

- The charge an arrest is made on ("арестовали ... по обвинению в шпионаже") is told once, with the arrest's sides:
  the charge noun's own reading (only the subject it borrows) is no second, partial accusation.
- A thing called by a passive participle of fraud ("назвал итоги выборов сфальсифицированными": the parser gives the
  participle its verb's lemma) or a person or state called by a word of condemnation ("«государством апартеида»",
  "«параноиком»") is accused; a name one gives oneself is not.
- Where the parser swapped two clauses' subjects ("Президент ... объявил о ..., однако лидер оппозиции ... назвал
  ... и призвал"), each subject acts in its own clause, and a verb conjoined to the later clause is that clause's.
- Criticism an act provokes ("вызвало критику со стороны Польши") judges who did it; one who draws criticism on
  oneself ("навлёк на себя критику") is judged.
- Who suffered the act judged ("осудил убийство журналиста", "осудил арест оппозиционера") is not the one judged;
  the doer is, where named ("осудил атаку России"); a wanted man "в связи с убийством" someone is the one sought.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def accusations(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in events(pipeline, text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ФБР 22 декабря арестовало бывшего морского пехотинца по обвинению в подготовке теракта в Чикаго. Подозреваемый "
     "Джон Смит привлёк внимание спецслужб несколько месяцев назад.", ("ACCUSE", "ФБР", "Джон Смит", "asserted")),
    ("Власти Франции арестовали 35-летнего жителя Марселя по обвинению в шпионаже. Арестованный гражданин Франции "
     "Пьер Дюваль отрицает вину.", ("ACCUSE", "Франция", "Пьер Дюваль", "asserted")),
    ("По подозрению в поджоге задержана 30-летняя жительница Омска. Её зовут Анна Волкова, сообщила полиция.",
     ("ACCUSE", None, "Анна Волкова", "asserted")),
    ("Полиция Бразилии задержала Карлоса Мендеса по обвинению в убийстве.",
     ("ACCUSE", "Бразилия", "Карлос Мендес", "asserted")),
])
def test_an_arrests_charge_is_told_once(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert accusations(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Лидер партии Иван Петров назвал итоги голосования сфальсифицированными.",
     ("ACCUSE", "Иван Петров", None, "asserted")),
    ("Депутат Анна Смирнова назвала Иран «государством апартеида».", ("ACCUSE", "Анна Смирнова", "Иран", "asserted")),
    ("Мэр Сергей Козлов назвал Олега Белова «параноиком».", ("ACCUSE", "Сергей Козлов", "Олег Белов", "asserted")),
])
def test_a_name_called_accuses(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in accusations(pipeline, text)


def test_a_name_one_gives_oneself_accuses_no_one(pipeline: Pipeline) -> None:
    assert accusations(pipeline, "Иван Петров назвал себя параноиком.") == []


@pytest.mark.parametrize("text", [
    "Президент Армении Карен Мелконян объявил о переизбрании на пост главы государства, однако лидер оппозиции Арам "
    "Саркисян назвал итоги выборов подтасованными и призвал тысячи своих сторонников собраться на митинг в Ереване.",
    "Глава Киргизии Азамат Исаев объявил о переизбрании, однако лидер оппозиции Бакыт Осмонов назвал итоги "
    "голосования сфальсифицированными и призвал сторонников выйти на площадь.",
])
def test_each_clause_keeps_its_own_subject(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    leader = "Арам Саркисян" if "Саркисян" in text else "Бакыт Осмонов"
    president = "Карен Мелконян" if "Мелконян" in text else "Азамат Исаев"
    assert ("ACCUSE", leader, None, "asserted") in found
    assert ("REQUEST", leader, None, "asserted") in found
    assert not any(e[1] == president for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Решение министра Ивана Петрова вызвало критику со стороны Польши.",
     ("ACCUSE", "Польша", "Иван Петров", "asserted")),
    ("Министр Иван Петров навлёк на себя резкую критику.", ("ACCUSE", None, "Иван Петров", "asserted")),
])
def test_criticism_provoked_or_drawn(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert accusations(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Сенатор Джон Браун осудил убийство журналиста Анны Ким.", ("ACCUSE", "Джон Браун", None, "asserted")),
    ("Госдеп осудил арест оппозиционера Алексея Петрова.", ("ACCUSE", "Госдепартамент", None, "asserted")),
    ("МИД Литвы осудил атаку России на Киев.", ("ACCUSE", "МИД Литвы", "Россия", "asserted")),
    ("Сенатор Джон Браун осудил визит министра Ивана Петрова в Иран.",
     ("ACCUSE", "Джон Браун", "Иван Петров", "asserted")),
    ("Полиция Перу объявила о розыске Карлоса Мендеса в связи с убийством Хуана Переса.",
     ("ACCUSE", "Перу", "Карлос Мендес", "asserted")),
])
def test_the_victim_of_an_act_judged_is_not_judged(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert accusations(pipeline, text) == [expected]
