"""Events around arrests (issue 4): a passive act whose agent the sentence tells by a common noun ("задержан
полицией") keeps that agent unnamed, not whoever did the same act in the sentence before; an arrest made on a charge
("по подозрению в шпионаже", "по обвинению в убийстве") tells the accusation too, by the same sides."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def test_a_passive_agent_told_by_a_common_noun_is_not_taken_from_the_sentence_before(pipeline: Pipeline) -> None:
    text = ("Судом Партизанского района экс-кандидат в президенты Андрей Санников был приговорён к пяти годам "
            "колонии. Алексей Навальный был задержан полицией.")
    events = described_events(pipeline, text, published="2020-12-15")
    assert ("COERCE", None, "Алексей Навальный", "asserted") in events
    assert not any(e[2] == "Алексей Навальный" and e[1] is not None for e in events)


def test_a_passive_with_no_agent_still_goes_on_with_the_one_before(pipeline: Pipeline) -> None:
    text = ("ФСБ задержала Ивана Петрова. Позже был задержан и Сергей Сидоров. Затем полицейскими был задержан "
            "Олег Иванов.")
    assert described_events(pipeline, text, published="2020-12-15") == [
        ("COERCE", "ФСБ", "Иван Петров", "asserted"),
        ("COERCE", "ФСБ", "Сергей Сидоров", "asserted"),
        ("COERCE", None, "Олег Иванов", "asserted"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("В Великобритании была задержана россиянка Екатерина Затуливетер по подозрению в шпионаже.",
     [("ACCUSE", None, "Екатерина Затуливетер", "asserted"), ("COERCE", None, "Екатерина Затуливетер", "asserted")]),
    ("ФСБ задержала Ивана Петрова по обвинению в государственной измене.",
     [("ACCUSE", "ФСБ", "Иван Петров", "asserted"), ("COERCE", "ФСБ", "Иван Петров", "asserted")]),
    # no charge named: the arrest alone
    ("ФСБ задержала Ивана Петрова в аэропорту.", [("COERCE", "ФСБ", "Иван Петров", "asserted")]),
])
def test_an_arrest_on_a_charge_tells_the_accusation(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert sorted(described_events(pipeline, text, published="2020-12-15"), key=str) == expected


def test_each_coordinated_subject_of_a_passive_undergoes_it(pipeline: Pipeline) -> None:
    text = "55-летний имам Маулама Аконджио и 64-летний Тхара Уддин были застрелены в упор на улице."
    assert described_events(pipeline, text, published="2020-12-15") == [
        ("ASSAULT", None, "Маулама Аконджио", "asserted"), ("ASSAULT", None, "Тхара Уддин", "asserted")]


def test_an_arrest_of_a_description_spelled_out_after_a_dash(pipeline: Pipeline) -> None:
    text = ("Правоохранительные органы также сообщают о задержании предполагаемого исполнителя покушения — "
            "35-летнего Ивана Петрова и водителя Андрея Липатова.")
    arrests = [e for e in described_events(pipeline, text, published="2020-12-15") if e[0] == "COERCE"]
    assert arrests == [("COERCE", None, "Иван Петров", "asserted"), ("COERCE", None, "Андрей Липатов", "asserted")]


def test_residents_held_are_no_place_held(pipeline: Pipeline) -> None:
    events = described_events(pipeline, "В итоге были задержаны шестеро жителей Калужской области.",
                              published="2020-12-15")
    assert events == []
