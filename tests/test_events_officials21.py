"""Events: sides told by an unnamed official or group of a body or state (the twenty-first session, issue 4). Sentences
of our own, of the patterns met in the tuning sets and telegram posts; each rule with the near cases it leaves alone.

- A state's or city's police, army or delegation the names stage makes an organisation ("Полиция Малайзии",
  "полиция Москвы", "Делегация Китая") acts as the place its genitive names, as an unnamed government does; an
  embassy stays as written ("Посольство России"), a police force told by where it sits stays unnamed.
- An unnamed government or army named by a state's adjective ("Британское правительство") is the state.
- A body's representatives the actors read as its state announce the act of a noun as the body would
  ("Представители армии Египта подтвердили факт задержания"); a state's own name does not ("Египет подтвердил").
- Staff acted on with nothing saying whose ("задержали нескольких сотрудников") are the staff of the one
  organisation named as the place the doers came to; a source of the report is no employer.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Полиция Малайзии задержала Ивана Петрова.", ("COERCE", "Малайзия", "Иван Петров", "asserted")),
    # a city's police is the city
    ("Сотрудники полиции Москвы задержали Ивана Петрова.", ("COERCE", "Москва", "Иван Петров", "asserted")),
    ("Делегация Китая провела переговоры с Японией.", ("CONSULT", "Китай", "Япония", "asserted")),
])
def test_a_places_police_army_or_delegation_is_the_place(pipeline: Pipeline, text: str,
                                                          expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an embassy is an agency, written as named
    ("Посольство России осудило Японию.", ("ACCUSE", "Посольство России", "Япония", "asserted")),
    # a police force told by where it sits names no side
    ("Полиция в Москве задержала Ивана Петрова.", ("COERCE", None, "Иван Петров", "asserted")),
    # an official named in apposition is the person
    ("Посол Израиля Иван Петров осудил Ирак.", ("ACCUSE", "Иван Петров", "Ирак", "asserted")),
    # a former official acts for no one
    ("Бывшие сотрудники службы безопасности Египта обвинили Ивана Петрова в коррупции.",
     ("ACCUSE", None, "Иван Петров", "asserted")),
])
def test_near_cases_of_a_places_body(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_government_named_by_a_states_adjective_is_the_state(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "Великобритания", "Россия", "asserted") in events(
        pipeline, "Британское правительство обвинило Россию в кибератаках.")


def test_a_bodys_representatives_announce_its_act(pipeline: Pipeline) -> None:
    assert ("COERCE", "Египет", "Анна Смирнова", "asserted") in events(
        pipeline, "Представители армии Египта подтвердили факт задержания Анны Смирновой.")
    # the state's own name is no body announcing: the arrest's agent stays unnamed
    assert ("COERCE", None, "Анна Смирнова", "asserted") in events(
        pipeline, "Египет подтвердил факт задержания Анны Смирновой.")


def test_staff_acted_on_are_the_staff_of_the_place_entered(pipeline: Pipeline) -> None:
    found = events(pipeline, "Полицейские ворвались в редакцию «Новой газеты» и задержали нескольких сотрудников.")
    assert ("COERCE", None, "Новая газета", "asserted") in found


def test_a_source_of_the_report_is_no_employer(pipeline: Pipeline) -> None:
    found = events(pipeline, "По данным «Новой газеты», полиция задержала нескольких сотрудников.")
    assert not any(e[2] == "Новая газета" for e in found)

