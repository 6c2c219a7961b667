"""Events: a participle standing as a noun for a person the article names (nineteenth session, issue 4).

- "Задержанный подал иск" after "полиция задержала Ивана Петрова": a singular participle as subject or object,
  with no noun of its own, is the one person the article told undergoing the same verb before (its object, its
  passive subject, the name it qualifies), or doing it for an active participle.
- Left alone: the one undergoing it unnamed ("задержала двоих мужчин"), two people undergoing it, a participle
  with a noun of its own ("Задержанный мужчина").
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize("text", [
    "Полиция задержала Ивана Петрова в Москве. Задержанный подал иск в суд против МВД России.",
    "Вчера в Москве задержали Ивана Петрова. Задержанный подал иск в суд против МВД России.",
])
def test_a_participle_is_the_person_told_undergoing_it(pipeline: Pipeline, text: str) -> None:
    assert ("ACCUSE", "Иван Петров", "МВД России", "asserted") in events(pipeline, text)


@pytest.mark.parametrize("text", [
    # no one named undergoing it
    "Полиция задержала двоих мужчин. Задержанный подал иск в суд против МВД России.",
    # two people: whose suit it is stays open
    "Полиция задержала Ивана Петрова и Анну Белову. Задержанный подал иск в суд против МВД России.",
    # a noun of its own: a man, not the one named
    "Полиция задержала Ивана Петрова в Москве. Задержанный мужчина подал иск в суд против МВД России.",
])
def test_a_participle_of_no_one_or_of_several_is_no_one(pipeline: Pipeline, text: str) -> None:
    assert ("ACCUSE", None, "МВД России", "asserted") in events(pipeline, text)
