"""Events: violence and coercion, the nineteenth session (issue 4), each with the near cases it leaves alone.

- A court's or an authority's order ("суд обязал компанию выплатить штраф") is COERCE of the one obliged (CAMEO
  17, as events_dev9 and events_dev11 type "Судья обязал"); the imperfective "обязывает" of a law states a rule
  and a promise "обязалась" stays AGREE.
- An overthrow ("свергли президента", "после свержения") is COERCE of the one overthrown (Morsi's in events_dev9
  and events_dev11); an attempt to overthrow ("попытка свержения", "предприняли попытку свержения") is ASSAULT,
  as events_dev10 and events_dev11 type the attempts on Castro and on Erdoğan's government. A monument pulled
  down is no actor overthrown.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Арбитражный суд Москвы обязал компанию «Газпром» выплатить штраф.",
     ("COERCE", "Арбитражный суд Москвы", "Газпром", "asserted")),
    ("Военные свергли президента Боливии Эво Моралеса.", ("COERCE", None, "Эво Моралес", "asserted")),
    ("После свержения Виктора Януковича оппозиция пришла к власти.",
     ("COERCE", None, "Виктор Янукович", "asserted")),
    ("В 1983 году США предприняли попытку свержения правительства Гренады.",
     ("ASSAULT", "США", "Гренада", "asserted")),
    ("Попытка свержения президента Турции Реджепа Эрдогана провалилась.",
     ("ASSAULT", None, "Реджеп Эрдоган", "asserted")),
])
def test_an_order_or_an_overthrow_is_an_event(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    # a law's standing rule, not an act
    "Закон обязывает водителей пристёгиваться.",
    # a monument is no actor
    "Протестующие свергли памятник Ленину.",
])
def test_a_rule_or_a_thing_pulled_down_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


def test_a_promise_stays_a_promise(pipeline: Pipeline) -> None:
    found = events(pipeline, "Компания «Газпром» обязалась выплатить долг Литве.")
    assert ("AGREE", "Газпром", None, "asserted") in found
    assert not any(event[0] == "COERCE" for event in found)
