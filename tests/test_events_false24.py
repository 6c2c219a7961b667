"""Events: false events the twenty-fourth session read on the sixteen tuning sets (issue 4), each with the near case
it leaves alone. Sentences of our own.

- A decision told with no one named deciding ("Решение ... было принято в пятницу") is one side's: the two states
  the article is about settle it as their agreement only where the article tells them meeting (a decision taken at
  their talks). An agreement reached with no one named ("Были достигнуты договоренности") is still theirs.
- Whom a crime was done to (the bare genitive of "убийство", "похищение") is no side of an accusation or a protest
  about that crime: the accused stays, a condemned killing with no killer named has no target (EVENTS.md), and an
  act whose genitive names its doer ("осудил визит Медведева") keeps him.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_a_decision_with_no_one_named_takes_no_dyad_that_did_not_meet(pipeline: Pipeline) -> None:
    found = events(pipeline, "Япония отозвала посла из России. Россия назвала этот шаг ошибкой Японии. Решение об "
                             "отзыве посла было принято в пятницу.")
    assert [e for e in found if e[0] == "AGREE"] == []


def test_a_decision_after_talks_and_an_agreement_reached_are_the_dyads(pipeline: Pipeline) -> None:
    found = events(pipeline, "Премьер-министр Белоруссии Роман Головченко провел переговоры с премьер-министром "
                             "Казахстана Аскаром Маминым. Принято решение создать в Костанае белорусский "
                             "индустриальный центр.")
    assert ("AGREE", "Беларусь", "Казахстан", "asserted") in found
    assert events(pipeline, "Россия и Китай провели переговоры в Пекине. Были достигнуты договоренности о поставках "
                            "газа.") == [("CONSULT", "Россия", "Китай", "asserted"),
                                         ("AGREE", "Россия", "Китай", "asserted")]


def test_the_victim_of_a_condemned_killing_is_no_target(pipeline: Pipeline) -> None:
    found = events(pipeline, "Организация «Репортеры без границ» осудила убийство журналиста Ивана Петрова.")
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", "Репортёры без границ", None, "asserted")]
    found = events(pipeline, "Правозащитники назвали убийство Ивана Петрова политическим преступлением.")
    assert [e for e in found if e[0] == "ACCUSE"] == []


def test_the_accused_of_a_killing_stays_and_a_visits_doer_is_judged(pipeline: Pipeline) -> None:
    found = events(pipeline, "Генпрокуратура обвинила Олега Сидорова в убийстве Ивана Петрова.")
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", "Генпрокуратура", "Олег Сидоров", "asserted")]
    found = events(pipeline, "Глава МИД Японии Таро Коно осудил визит Дмитрия Медведева на Курилы.")
    assert ("ACCUSE", "Таро Коно", "Дмитрий Медведев", "asserted") in found
