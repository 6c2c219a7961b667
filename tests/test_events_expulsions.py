"""Events: expelling a state's diplomats is a SANCTION (CAMEO 16) against that state, whether the text names the
state by its adjective ("выслало российского дипломата") or by its embassy ("сотрудника посольства
Великобритании": a mission's staff are its state's diplomats); a mission that acts is named as written ("Посольство
РФ сообщило", EVENTS.md) (issue 4)."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Соединённое Королевство выслало российского дипломата.",
     [("SANCTION", "Великобритания", "Россия", "asserted")]),
    ("В качестве ответного шага Россия выслала сотрудника посольства Великобритании в Москве.",
     [("SANCTION", "Россия", "Великобритания", "asserted")]),
    ("Высылка американских дипломатов из России вызвала протест Вашингтона.",
     [("SANCTION", None, "США", "asserted")]),
])
def test_an_expulsion_is_aimed_at_the_diplomats_state(pipeline: Pipeline, text: str,
                                                       expected: list[Described]) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert [e for e in events if e[0] == "SANCTION"] == expected


def test_a_mission_that_acts_is_named_as_written(pipeline: Pipeline) -> None:
    events = described_events(pipeline, "Посольство РФ сообщило, что связалось с МИД Узбекистана.",
                              published="2024-03-15")
    assert events == [("CONSULT", "Посольство РФ", "МИД Узбекистана", "asserted")]
