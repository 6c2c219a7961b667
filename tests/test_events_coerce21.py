"""Events: the twenty-first session's rule (COERCE and SUPPORT recall, issue 4), with the near cases it leaves alone.
Sentences of our own, of the pattern the Wikinews sets hold.

- A rally held "в поддержку" someone ("акция / митинг / марш / пикет / шествие в поддержку журналиста") is SUPPORT
  of the one backed: the genitive under "в поддержку" is the target (it was read as the rally's own side, the
  source), and the rally stands with no one named as who rallies (support of no one named is otherwise dropped as
  a stance). A place that is no state is no one backed; a hypothetical or a denied rally keeps its modality.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("В Екатеринбурге прошла акция в поддержку журналиста Петра Смирнова.",
     ("SUPPORT", None, "Петр Смирнов", "asserted")),
    ("Сторонники оппозиции провели митинг в поддержку Алексея Навального.",
     ("SUPPORT", None, "Алексей Навальный", "asserted")),
    ("Партия «Яблоко» провела пикет в поддержку Алексея Навального.",
     ("SUPPORT", "Партия «Яблоко»", "Алексей Навальный", "asserted")),
    ("В Лондоне состоялся марш в поддержку Палестины.", ("SUPPORT", None, "Палестина", "asserted")),
])
def test_a_rally_backs_the_one_named(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_rally_is_not_the_backed_ones_act(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Екатеринбурге прошла акция в поддержку журналиста Петра Смирнова.")
    assert not any(e[0] == "SUPPORT" and e[1] == "Петр Смирнов" for e in found)


def test_a_denied_rally_is_negated(pipeline: Pipeline) -> None:
    found = events(pipeline, "Митинг в поддержку Алексея Навального в субботу не состоялся.")
    assert ("SUPPORT", None, "Алексей Навальный", "negated") in found


def test_a_rally_for_a_square_backs_no_one(pipeline: Pipeline) -> None:
    found = events(pipeline, "Акции в поддержку площади Тахрир прошли в Александрии.")
    assert not any(e[0] == "SUPPORT" for e in found)


def test_a_rally_for_a_cause_backs_no_one(pipeline: Pipeline) -> None:
    assert not any(e[0] == "SUPPORT" for e in events(pipeline, "В Париже прошёл марш в поддержку климата."))


def test_support_of_no_one_named_still_dropped(pipeline: Pipeline) -> None:
    # the stance rule stays for other support words: "поддержали вступление" told of no one named
    found = events(pipeline, "Многие поддержали Алексея Навального на выборах.")
    assert not any(e[0] == "SUPPORT" and e[1] is None for e in found)
