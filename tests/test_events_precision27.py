"""Events: false events the twenty-seventh session found in a random sample of the events on unread telegram posts
(issue 4), each beside a near case that is rightly given. Sentences of our own.

One mechanism was mended (``_kin_whose``): a person told in the genitive after a word of kin or association
that a common noun of description opens ("сына президента США") is not the one acted on. The other mechanisms did
not meet the round's bar (three cases in two posts or more, and also among the NEREL pool's or the tuning sets'
events; see tests/data/EVENTS.md, "The twenty-seventh session: false events on unread telegram posts, third
round"); only their near cases, rightly given, are tested here, so that a later rule for them keeps those.

- A case against a president's son is not against the president, and support of a president's opponents is not
  support of him (a case against the one named, support of the president himself stay).
- Near cases kept: a head of state's call is CONSULT; an invasion told as an act is ASSAULT; the allies named act.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-11-20")


def test_a_call_between_leaders_is_consult(pipeline: Pipeline) -> None:
    assert ("CONSULT", "Эммануэль Макрон", "Олаф Шольц", "asserted") in events(
        pipeline, "Эммануэль Макрон поговорил по телефону с Олафом Шольцем.")


def test_an_invasion_told_as_an_act_stays(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "Россия", "Украина", "asserted") in events(
        pipeline, "Россия начала вторжение в Украину 24 февраля 2022 года.")


def test_a_case_against_a_presidents_son_is_not_against_the_president(pipeline: Pipeline) -> None:
    found = events(pipeline, "Джо Байден помиловал своего сына Хантера. Второе дело против сына президента США "
                             "касалось неуплаты налогов.")
    assert [e for e in found if e[0] == "ACCUSE" and e[2] == "Джо Байден"] == []
    found = events(pipeline, "Следователи предъявили обвинение сыну губернатора области Петра Кузнецова.")
    assert [e for e in found if e[2] == "Петр Кузнецов"] == []


def test_support_of_a_presidents_opponents_is_not_support_of_him(pipeline: Pipeline) -> None:
    found = events(pipeline, "Турция поддерживает противников президента Сирии Башара Асада.")
    assert [e for e in found if e[2] == "Башар Асад"] == []


def test_an_act_on_the_one_named_stays(pipeline: Pipeline) -> None:
    assert ("ACCUSE", None, "Хантер Байден", "asserted") in events(
        pipeline, "Прокуратура возбудила дело против Хантера Байдена.")
    assert ("COERCE", None, "Петр Кузнецов", "asserted") in events(
        pipeline, "Полиция задержала губернатора области Петра Кузнецова.")
    assert ("SUPPORT", "Турция", "Башар Асад", "asserted") in events(
        pipeline, "Турция поддерживает президента Сирии Башара Асада.")
    # the word of kin or defence is another clause's: her arrest is told
    assert ("COERCE", None, "Анна Смирнова", "asserted") in events(
        pipeline, "Адвокат журналистки Анны Смирновой заявил, что её задержали незаконно.")


def test_the_allies_named_criticise(pipeline: Pipeline) -> None:
    found = events(pipeline, "Венгрия и Словакия раскритиковали решение Джо Байдена.")
    assert ("ACCUSE", "Венгрия", "Джо Байден", "asserted") in found
    assert ("ACCUSE", "Словакия", "Джо Байден", "asserted") in found
