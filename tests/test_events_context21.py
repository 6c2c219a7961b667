"""Events found in a sentence alone but lost inside its article (the twenty-first session, issue 4). Texts of our
own, two or three sentences, of the patterns met in the tuning sets' articles.

- A title of a head of state with no one named beside it ("президента Белоруссии") was given to the article's
  one head of state whatever state that one heads ("президент Ирана Махмуд Ахмадинежад"); the head of another
  state is someone else, so the title goes on to the person the next sentence names. A title naming no state
  ("глава государства") or the same one still stands for the article's head of state.
- An act answering "такие требования", "это решение" is aimed at whoever last acted on its doer; a place or a
  time it is set in ("в этом году", "на этой неделе", "в этом штате") points back to nothing of the kind.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize("text", [
    "Президент Ирана Махмуд Ахмадинежад прибыл в Минск. Европа огорчила президента Белоруссии, отказав ему в "
    "гостеприимстве. Лукашенко и его служащим запрещён въезд в ЕС.",
    "Европа огорчила президента Белоруссии, отказав ему в гостеприимстве. Лукашенко и его служащим запрещён въезд "
    "в ЕС. Президент Ирана Махмуд Ахмадинежад объявил свою страну ядерной державой.",
])
def test_a_title_of_another_state_is_not_the_articles_head_of_state(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("REJECT", "Европа", "Лукашенко", "asserted") in found
    assert not any(e[2] == "Махмуд Ахмадинежад" for e in found if e[0] == "REJECT")


@pytest.mark.parametrize(("text", "expected"), [
    # near cases: a title naming no state, or the same state, is still the article's head of state
    ("Президент Ирана Махмуд Ахмадинежад прибыл в Москву. Глава государства встретился с Путиным.",
     ("CONSULT", "Махмуд Ахмадинежад", "Путин", "asserted")),
    ("Президент Ирана Махмуд Ахмадинежад прибыл в Москву. Президента Ирана принял Владимир Путин.",
     ("CONSULT", "Владимир Путин", "Махмуд Ахмадинежад", "asserted")),
])
def test_a_title_of_the_same_or_no_state_is_the_articles_head_of_state(pipeline: Pipeline, text: str,
                                                                       expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Верховный суд Висконсина отклонил иск Дональда Трампа. Трамп пытался оспорить в этом году результаты "
    "голосования.",
    "Верховный суд Висконсина отклонил иск Дональда Трампа. Трамп оспорил на этой неделе результаты голосования.",
])
def test_a_place_or_time_with_this_points_back_to_no_one(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("ACCUSE", "Дональд Трамп", None, "asserted") in found
    assert ("ACCUSE", "Дональд Трамп", "Верховный суд Висконсина", "asserted") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # near cases: an object pointing back answers whoever last acted on the one answering, a place beside it or not
    ("Верховный суд Висконсина отклонил иск Дональда Трампа. Трамп возражает против такого решения в этом штате.",
     ("REJECT", "Дональд Трамп", "Верховный суд Висконсина", "asserted")),
    ("Еврокомиссия потребовала от Microsoft раскрыть исходный код. Microsoft возражает против таких требований.",
     ("REJECT", "Microsoft", "Еврокомиссия", "asserted")),
])
def test_an_object_pointing_back_answers_the_last_actor(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
