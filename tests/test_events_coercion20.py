"""Events: COERCE, REQUEST and SANCTION read across the twelve tuning sets (the twentieth session, issue 4). Sentences
of our own, of the pattern the sets' Wikinews texts hold, with the near cases the rule leaves alone.

- An arrest told by a noun ("подтвердили факт задержания X", "заявило о задержании X") that a state's own body
  announces is that state's arrest, as a passive one is ("МВД Пакистана заявило, что X освобождена"): the noun
  names its agent no more than the passive does. Not when the body is a foreign service ("МИД России сообщил о
  задержании ..."), nor when the sentence places the act in another state.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Представители армии Египта подтвердили факт задержания бывшего министра Ахмеда Шафика.",
     ("COERCE", "Египет", "Ахмед Шафик", "asserted")),
    ("МВД Пакистана заявило о задержании Ивана Петрова.", ("COERCE", "Пакистан", "Иван Петров", "asserted")),
])
def test_an_arrest_noun_a_states_body_announces(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign service tells of an arrest by others
    ("МИД России сообщил о задержании Ивана Петрова.", ("COERCE", None, "Иван Петров", "asserted")),
    # no state's body announces it
    ("Журналисты сообщили о задержании Ивана Петрова.", ("COERCE", None, "Иван Петров", "asserted")),
    # done in another state's city
    ("МВД Пакистана сообщило о задержании Ивана Петрова в Кабуле.", ("COERCE", None, "Иван Петров", "asserted")),
    # the arrester is named: the noun keeps its own agent
    ("МВД Пакистана подтвердило факт задержания Ивана Петрова полицией Индии.",
     ("COERCE", "Индия", "Иван Петров", "asserted")),
])
def test_an_arrest_noun_told_by_others_keeps_its_sides(pipeline: Pipeline, text: str, expected: Described) -> None:
    found = [e for e in events(pipeline, text) if e[0] == "COERCE"]
    assert found == [expected]
