"""Events: demands told as speech (issue 4). A named speaker saying that someone must act ("должен решить",
"обязана выполнить", "Киеву необходимо отвести войска", "следовало бы выступать") asks it of them: a REQUEST
(CAMEO 10) of the one who must, told as made; not a debt ("должна России 3 млрд"), a state of things ("должен быть"),
what was expected ("должен был"), a ban ("не должен"), one's own side ("мы должны") or a course for two sides.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def requests(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "REQUEST"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Помощник госсекретаря США Фил Гордон сказал, что Сербия должна решить вопрос о Косово.",
     [("REQUEST", "Фил Гордон", "Сербия", "asserted")]),
    ("«Киеву необходимо отвести войска от линии соприкосновения», — заявил министр иностранных дел России "
     "Сергей Лавров.",
     [("REQUEST", "Сергей Лавров", "Киев", "asserted")]),
    ("Министр иностранных дел России Сергей Лавров считает, что Украина обязана выполнить минские соглашения.",
     [("REQUEST", "Сергей Лавров", "Украина", "asserted")]),
    # the polite form asks as well: told as made, whatever the mood of the act asked
    ("Глава МИД Литвы Габриэлюс Ландсбергис сказал, что Китаю следовало бы осудить действия Москвы.",
     [("REQUEST", "Габриэлюс Ландсбергис", "Китай", "asserted")]),
])
def test_a_said_obligation_is_a_demand_of_whom_it_binds(pipeline: Pipeline, text: str,
                                                        expected: list[Described]) -> None:
    assert requests(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Министр финансов Антон Силуанов сказал, что Украина должна России три миллиарда долларов.",
    "Президент Владимир Путин сказал, что официальным языком должен быть и украинский.",
    "«Сегодня Реджеп Эрдоган должен был поднять эту тему на встрече», — сообщил Мустафа Джемилев.",
    "«Мы должны защищать наших граждан», — сказал президент Владимир Путин.",
    "Архитектор Ираклий Лолашвили сказал, что Грузия и Россия должны развивать отношения.",
    "Дональд Трамп сказал, что война России с Украиной должна прекратиться.",
    # one's own state told by its capital or a body of it, a question, and the dative of a verb of giving
    "Зеленский считает, что начинать переговоры с Москвой Киев должен только с позиции силы.",
    "«На что должна пойти Россия?» — спросил Дмитрий Песков.",
    "Депутат Иван Петров считает, что сотрудникам МВД нужно дать право на досрочную пенсию.",
])
def test_no_demand_where_no_one_is_asked_to_act(pipeline: Pipeline, text: str) -> None:
    assert requests(pipeline, text) == []
