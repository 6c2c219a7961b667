"""Events: false events the twenty-third session found in a random sample of the events on unread text (issue 4),
each with the near case it leaves alone. Sentences of our own.

- Talks a precondition noun is for ("условия для переговоров", "оснований для переговоров нет") are only weighed:
  hypothetical. Talks a trip is "для" ("прибыл в Париж для переговоров") are told with the trip, and an agreement
  whose terms are named ("условия соглашения") was made: both stay asserted.
- An act sought ("добивается выдачи") is still to come: future; the perfective ("добилась выдачи") tells it got.
- "познакомиться" (how two persons first met) is no meeting of actors.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_talks_a_precondition_is_for_are_hypothetical(pipeline: Pipeline) -> None:
    assert events(pipeline, "Сербия выдвинула условия для переговоров с Косово.") == [
        ("CONSULT", "Сербия", "Косово", "hypothetical")]
    found = events(pipeline, "Дмитрий Песков заявил, что оснований для переговоров с Киевом пока нет.")
    assert [e for e in found if e[0] == "CONSULT"] == [("CONSULT", None, "Киев", "hypothetical")]


def test_talks_a_trip_is_for_and_terms_of_an_agreement_stay_asserted(pipeline: Pipeline) -> None:
    found = events(pipeline, "Канцлер Германии Олаф Шольц прибыл в Париж для переговоров с Эмманюэлем Макроном.")
    assert ("CONSULT", "Олаф Шольц", "Эмманюэль Макрон", "asserted") in found
    found = events(pipeline, "Стороны обсудили условия соглашения о перемирии, которое Израиль и ХАМАС подписали в "
                             "январе.")
    assert ("AGREE", "Израиль", "ХАМАС", "asserted") in found


def test_an_act_sought_is_future_an_act_got_asserted(pipeline: Pipeline) -> None:
    found = events(pipeline, "Франция добивается выдачи бизнесмена Ивана Петрова.")
    assert ("COERCE", None, "Иван Петров", "future") in found
    assert ("REQUEST", "Франция", "Иван Петров", "asserted") in found
    assert ("COERCE", None, "Иван Петров", "asserted") in events(
        pipeline, "Франция добилась выдачи бизнесмена Ивана Петрова.")


def test_first_acquaintance_is_no_meeting(pipeline: Pipeline) -> None:
    assert events(pipeline, "Иван Петров познакомился с Анной Смирновой в 2010 году.") == []
