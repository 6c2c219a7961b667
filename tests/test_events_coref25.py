"""Events: people told by "оба"/"обе" after they are named as a pair (twenty-fifth session, issue 4).

Russian tells a pair just named again by "оба"/"обе", bare ("Оба были задержаны") or counting a noun of people
("оба гражданина Молдавии", "оба журналиста"). ``Actors._both`` reads such a word as the two people the sentence
or the one before joined as a pair ("X и Y", "X — Y"), and ``events._coordinated`` gives each of them an event, as
coordinated names are. A pair of things ("обе страны"), three people listed, or two people named apart is no pair:
the word stays unresolved.
"""

from __future__ import annotations

from events_described import described_events

from letopis import Pipeline


def test_both_counting_a_noun_after_a_pair(pipeline: Pipeline) -> None:
    # the genitive inside the pair's sentence ("в доме Олега Кузнецова") is passed; the state of the noun's
    # genitive is not the side
    text = ("Иван Петров и Сергей Смирнов побывали в доме Олега Кузнецова и вынесли оттуда документы.\n"
            "Как сообщает газета, оба гражданина Молдавии могут быть обвинены в краже.")
    events = described_events(pipeline, text, published="2024-03-15")
    assert ("ACCUSE", None, "Иван Петров", "hypothetical") in events, events
    assert ("ACCUSE", None, "Сергей Смирнов", "hypothetical") in events, events
    assert not any(e[2] in ("Молдавия", "Олег Кузнецов") for e in events if e[0] == "ACCUSE"), events


def test_both_bare_after_a_dash_pair(pipeline: Pipeline) -> None:
    # "матч Петров — Смирнов": a dash joins the pair; "Оба шахматиста" agree with each other
    text = ("Я рад сообщить, что матч Иван Петров — Сергей Смирнов состоится в мае в Казани.\n"
            "Оба шахматиста и их тренеры согласовали все детали матча.")
    events = described_events(pipeline, text, published="2024-03-15")
    assert any(e[0] == "AGREE" and {e[1], e[2]} == {"Иван Петров", "Сергей Смирнов"} for e in events), events


def test_three_listed_are_no_pair(pipeline: Pipeline) -> None:
    # "оба" is never said of three people: no one of the list is the side
    text = ("Иван Петров, Сергей Смирнов и Олег Кузнецов побывали в доме и вынесли оттуда документы.\n"
            "Как сообщает газета, оба гражданина Молдавии могут быть обвинены в краже.")
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(e[2] in ("Иван Петров", "Сергей Смирнов", "Олег Кузнецов") for e in events
                   if e[0] == "ACCUSE"), events


def test_two_named_apart_are_no_pair(pipeline: Pipeline) -> None:
    # two people named in separate clauses are not joined as a pair: the nearest named is alone
    text = ("Иван Петров приехал в Минск во вторник. Там его встретил Сергей Смирнов.\n"
            "Как сообщает газета, оба гражданина Молдавии могут быть обвинены в краже.")
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(e[2] in ("Иван Петров", "Сергей Смирнов") for e in events if e[0] == "ACCUSE"), events


def test_both_countries_are_no_people(pipeline: Pipeline) -> None:
    # a pair of things is not a pair of people, though two people were just named
    text = ("Иван Петров и Сергей Смирнов подписали договор в Москве.\n"
            "Обе страны обвинили Украину в нарушении прежних соглашений.")
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(e[0] == "ACCUSE" and e[1] in ("Иван Петров", "Сергей Смирнов") for e in events), events
