"""Events: lifted measures, judged acts and legal labels (nineteenth session, issue 4).

- "объявил об отмене военного положения", "об отмене санкций": a measure's noun under "отмена", "снятие",
  "смягчение", "ослабление" is the measure eased (CONCEDE), as the lexicon's "отменить военное положение" is;
  imposing it stays COERCE/SANCTION.
- "не осудил вторжение России": an act's noun that is the object of a verb of judging or mentioning happened,
  whatever the judging verb's "не"; under another verb ("не поддержал удар") it still takes that verb's "не".
- "Meta (признана экстремистской и запрещена в РФ)", "запрещённый «Азов»", "Meta, которая признана
  экстремистской": a ban said as a standing label (a passive participle with no agent, no auxiliary and no date,
  in parentheses, as an attribute or in a clause said of a noun) is no act the post tells; "в 2022 году была
  признана", "суд признал", "запрещены решением Верховного суда" stay.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент Украины Владимир Зеленский объявил об отмене военного положения.",
     ("CONCEDE", "Владимир Зеленский", None, "asserted")),
    ("Президент США Джо Байден объявил об отмене санкций против Венесуэлы.",
     ("CONCEDE", "Джо Байден", "Венесуэла", "asserted")),
])
def test_a_lifted_measure_is_eased(pipeline: Pipeline, text: str, expected: Described) -> None:
    found = events(pipeline, text)
    assert expected in found
    assert not any(e[0] in ("COERCE", "SANCTION") for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент Южной Кореи ввёл военное положение.", ("COERCE", "Южная Корея", None, "asserted")),
])
def test_imposing_a_measure_is_still_coercion(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент США Джо Байден не осудил удар Израиля по Ливану.", ("ASSAULT", "Израиль", "Ливан", "asserted")),
    ("G20 вновь прямо не осудила российское вторжение в Украину.", ("ASSAULT", "Россия", "Украина", "asserted")),
])
def test_a_judged_act_happened(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_an_act_under_another_negated_verb_stays_negated(pipeline: Pipeline) -> None:
    found = events(pipeline, "Президент США Джо Байден не поддержал удар Израиля по Ливану.")
    assert ("ASSAULT", "Израиль", "Ливан", "negated") in found


@pytest.mark.parametrize("text", [
    "Опасны даже открытки в WhatsApp (принадлежит Meta, которая признана экстремистской).",
    "Он вербовал школьников в запрещённый \"Азов\".",
    "*Террористическая организация, запрещена на территории РФ.",
])
def test_a_legal_label_is_no_ban(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "COERCE" for e in events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("В 2022 году Meta была признана экстремистской.", ("COERCE", None, "Meta", "asserted")),
    ("Тверской суд признал Meta экстремистской организацией.", ("COERCE", "Тверской суд", "Meta", "asserted")),
    ("Камеры запрещены решением Верховного суда.", ("COERCE", "Верховный суд", None, "asserted")),
])
def test_a_ban_told_as_an_act_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an act one stands for is advocated, still to be done: no easing or sanction asserted
    ("Венгрия выступила за смягчение санкций против России.", ("CONCEDE", "Венгрия", "Россия", "future")),
    ("Венгрия выступила за введение санкций против России.", ("SANCTION", "Венгрия", "Россия", "future")),
    ("Венгрия не выступила за введение санкций против России.", ("SANCTION", "Венгрия", "Россия", "negated")),
])
def test_an_act_stood_for_is_still_to_be_done(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
