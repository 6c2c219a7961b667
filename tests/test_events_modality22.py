"""Events: modality and event-noun sides of the twenty-second session (issue 4), each with the near cases it leaves
alone. Sentences of our own.

- A condition the parser hangs on the infinitive a verb governs ("откажется работать в правительстве, если ...") holds
  the whole verb phrase: the act is hypothetical. Without the condition it stays future.
- A decision taken ("принял решение закрыть", "суд вынес решение обязать") tells the act decided as done, asserted,
  as the sets write it; a decision still to be taken ("примет решение") and a plan ("планы закрыть") stay future.
- An act a plot is "с целью" of ("заговор с целью убийства") is only intended: future. A trip "с целью переговоров"
  is left alone (the trip's talks are told with the trip, as a "чтобы" clause's are).
- A condition told by "в случае" ("В случае необходимости Франция окажет помощь") leaves the act hypothetical (not
  a promise made "в случае победы", nor "в случае с Японией", as for Japan); an ability in the future ("надеется,
  что сможет посетить") too, not one in the past ("смог посетить"); an act called "предполагаемое" (alleged) is
  hypothetical.
- What is answered ("не стал отвечать на обвинения Смирнова") or conceded ("Несмотря на угрозы Ирана, Израиль не
  отказался") happened: the noun keeps only its own marks, not the "не" above.
- "предполагает оказывать помощь" is a plan (future); "предполагают, что Иран оказал помощь" is no plan.
- "перестал поддерживать" negates the act; "продолжил поддерживать" does not.
- A rumoured act ("слухи о ... увольнении") is hypothetical; an imminent one ("о скором увольнении") future.
- Support enjoyed or secured ("пользуется поддержкой партии", "заручился поддержкой Франции") is SUPPORT by the
  backer named of the subject; votes won from no named backer ("заручился поддержкой избирателей") are no event.
- An act done "по просьбе" someone is that one's REQUEST of whoever does the act; a passive act with no agent names no
  one asked; nor does a request of unnamed people ("по просьбе жителей Твери", not Тверь's).
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_a_condition_under_the_governed_infinitive(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр финансов Иван Петров заявил, что откажется работать в правительстве, если "
                             "премьером станет Сидоров.")
    assert ("REJECT", "Иван Петров", None, "hypothetical") in found


def test_no_condition_keeps_the_future(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр финансов Иван Петров заявил, что откажется работать в правительстве.")
    assert ("REJECT", "Иван Петров", None, "future") in found


def test_a_decision_taken(pipeline: Pipeline) -> None:
    found = events(pipeline, "Компания «Ростелеком» приняла решение расторгнуть договор с «Мегафоном».")
    assert ("RETREAT", "Ростелеком", "Мегафон", "asserted") in found


def test_a_decision_to_come_stays_future(pipeline: Pipeline) -> None:
    found = events(pipeline, "Компания «Ростелеком» примет решение расторгнуть договор с «Мегафоном».")
    assert ("RETREAT", "Ростелеком", "Мегафон", "future") in found


def test_an_act_a_plot_aims_at(pipeline: Pipeline) -> None:
    found = events(pipeline, "Полиция раскрыла заговор с целью убийства Ивана Петрова.")
    assert ("ASSAULT", None, "Иван Петров", "future") in found
    assert ("ASSAULT", None, "Иван Петров", "asserted") not in found


def test_a_trip_with_the_aim_of_talks_is_left_alone(pipeline: Pipeline) -> None:
    found = events(pipeline, "Президент Франции Эмманюэль Макрон прибыл в Пекин с целью переговоров с Си Цзиньпином.")
    assert ("CONSULT", "Эмманюэль Макрон", "Си Цзиньпин", "asserted") in found


def test_support_enjoyed_from_a_named_backer(pipeline: Pipeline) -> None:
    found = events(pipeline, "Сенатор Иван Петров пользуется поддержкой Республиканской партии.")
    assert ("SUPPORT", "Республиканская партия", "Иван Петров", "asserted") in found


def test_support_secured_from_a_state(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров заручился поддержкой Франции.")
    assert ("SUPPORT", "Франция", "Иван Петров", "asserted") in found


def test_votes_won_from_no_named_backer(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров заручился поддержкой большинства избирателей.")
    assert not any(e[0] == "SUPPORT" for e in found)


def test_an_act_at_a_named_request(pipeline: Pipeline) -> None:
    found = events(pipeline, "По просьбе Японии Германия выслала российского дипломата.")
    assert ("REQUEST", "Япония", "Германия", "asserted") in found


def test_a_request_not_told_with_po(pipeline: Pipeline) -> None:
    found = events(pipeline, "В ответ на просьбу о комментарии директор по связям Ивана Петрова ответил отказом.")
    assert not any(e[0] == "REQUEST" for e in found)


def test_a_passive_act_at_a_request_names_no_one_asked(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров был выслан в Германию по просьбе Австрии.")
    assert ("REQUEST", "Австрия", None, "asserted") in found


def test_a_request_of_unnamed_readers_is_not_their_channels(pipeline: Pipeline) -> None:
    found = events(pipeline, "По просьбе жителей Твери губернатор Иван Петров отменил решение.")
    assert not any(e[0] == "REQUEST" for e in found)


def test_at_the_request_of_no_one_named(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров уехал в Москву по просьбе врачей.")
    assert not any(e[0] == "REQUEST" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("В случае необходимости Франция окажет помощь Армении.", ("AID", "Франция", "Армения", "hypothetical")),
    ("Франция окажет помощь Армении.", ("AID", "Франция", "Армения", "future")),
    # a promise made "в случае победы" is made whatever comes; "в случае с Японией" (as for Japan) is no condition
    ("В случае победы на выборах мэр Иван Петров пообещал провести переговоры с Японией.",
     ("CONSULT", "Иван Петров", "Япония", "future")),
    ("В случае с Японией министр Иван Петров настаивает на отставке Сергея Смирнова.",
     ("REQUEST", "Иван Петров", "Сергей Смирнов", "asserted")),
    ("Премьер-министр Индии Нарендра Моди выразил надежду, что сможет посетить Москву.",
     ("CONSULT", "Нарендра Моди", "Россия", "hypothetical")),
    ("Премьер-министр Индии Нарендра Моди смог посетить Москву.", ("CONSULT", "Нарендра Моди", "Россия", "asserted")),
    ("Следователи изучают обстоятельства предполагаемого убийства Ивана Петрова.",
     ("ASSAULT", None, "Иван Петров", "hypothetical")),
    ("Следователи изучают обстоятельства убийства Ивана Петрова.", ("ASSAULT", None, "Иван Петров", "asserted")),
    ("Иван Петров не стал отвечать на обвинения Сергея Смирнова.", ("ACCUSE", "Сергей Смирнов", None, "asserted")),
    ("Иван Петров не стал обвинять Сергея Смирнова.", ("ACCUSE", "Иван Петров", "Сергей Смирнов", "negated")),
    ("Несмотря на угрозы Ирана, Израиль не отказался от операции.", ("THREATEN", "Иран", None, "asserted")),
    ("Фонд Ивана Петрова предполагает оказывать помощь Сирии.", ("AID", "Фонд Ивана Петрова", "Сирия", "future")),
    ("Эксперты предполагают, что Иран оказал помощь Сирии.", ("AID", "Иран", "Сирия", "asserted")),
    ("Слухи о скором увольнении министра Ивана Петрова появились в прессе.",
     ("COERCE", None, "Иван Петров", "hypothetical")),
    ("Сергей Смирнов подтвердил информацию о скором увольнении министра Ивана Петрова.",
     ("COERCE", None, "Иван Петров", "future")),
    ("Сергей Смирнов подтвердил информацию об увольнении министра Ивана Петрова.",
     ("COERCE", None, "Иван Петров", "asserted")),
    ("Иван Петров перестал поддерживать Сергея Смирнова.", ("SUPPORT", "Иван Петров", "Сергей Смирнов", "negated")),
    ("Иван Петров продолжил поддерживать Сергея Смирнова.", ("SUPPORT", "Иван Петров", "Сергей Смирнов", "asserted")),
])
def test_modality_wordings(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
