"""Events: claims of wrongdoing told as speech or belief (twentieth session, issue 4). Sentences of our own, of the
patterns the twelve tuning sets hold ("утверждает, что продюсер изнасиловал её", "отмечается, что Иран нарушает
резолюцию"), each rule with the near cases it leaves alone.

- A named speaker who says or believes that a named other actor did a wrong ("изнасиловал", "подделал", "скрыл",
  "солгал", "обманул": `WRONGDOING_VERBS` in event_words.tsv) accuses him (ACCUSE speaker -> doer), as a claim of
  interference or of an unlawful act already did. The speaker is the subject of a verb of claiming or believing
  above the deed, the one named by "по словам" / "по мнению", or the named speaker of the quote it stands in.
- Not a deed denied, supposed or under a condition ("не крал", "мог украсть", "если нарушит"), not one asked
  ("«Разве он украл?»"), not a claim denied ("не считает, что ..."), not a deed of the speaker's own side, and not
  a neutral or good deed ("приехал", "спас"). An attack told (an ASSAULT event of its own) is an accusation only of
  a person ("заявил, что мэр напал на журналиста"); a state said to attack another keeps only the ASSAULT.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def accusations(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in events(pipeline, text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Актриса Анна Смирнова утверждает, что продюсер Игорь Волков изнасиловал её.",
     ("ACCUSE", "Анна Смирнова", "Игорь Волков", "asserted")),
    ("Генеральный прокурор Олег Смирнов считает, что бизнесмен Михаил Орлов подделал документы.",
     ("ACCUSE", "Олег Смирнов", "Михаил Орлов", "asserted")),
    ("Эксперт Иван Петров полагает, что бизнесмен Сергей Кузнецов скрыл доходы от налоговой.",
     ("ACCUSE", "Иван Петров", "Сергей Кузнецов", "asserted")),
    ("Депутат Иван Петров написал, что мэр Сергей Кузнецов солгал избирателям.",
     ("ACCUSE", "Иван Петров", "Сергей Кузнецов", "asserted")),
    ("Депутат Иван Петров рассказал, что мэр Сергей Кузнецов обманул избирателей.",
     ("ACCUSE", "Иван Петров", "Сергей Кузнецов", "asserted")),
    ("«Компания «Вектор» обманула тысячи клиентов», — заявил губернатор Олег Смирнов.",
     ("ACCUSE", "Олег Смирнов", "Компания «Вектор»", "asserted")),
    ("По словам сенатора Ивана Петрова, Россия вмешивалась в выборы в Молдавии.",
     ("ACCUSE", "Иван Петров", "Россия", "asserted")),
])
def test_a_claim_of_wrongdoing_accuses_the_doer(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_persons_attack_told_is_the_attack_and_the_accusation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Депутат Иван Петров заявил, что мэр Сергей Кузнецов напал на журналиста Олега Смирнова.")
    assert ("ACCUSE", "Иван Петров", "Сергей Кузнецов", "asserted") in found
    assert ("ASSAULT", "Сергей Кузнецов", "Олег Смирнов", "asserted") in found


@pytest.mark.parametrize("text", [
    # denied, supposed, under a condition, asked
    "Депутат Иван Петров заявил, что мэр Сергей Кузнецов не крал деньги.",
    "Депутат Иван Петров заявил, что мэр Сергей Кузнецов мог украсть деньги.",
    "Депутат Иван Петров заявил, что если мэр Сергей Кузнецов нарушит договор, компания подаст в суд.",
    "«Разве мэр Сергей Кузнецов украл эти деньги?» — сказал депутат Иван Петров.",
    # the claim itself denied
    "Депутат Иван Петров не считает, что мэр Сергей Кузнецов украл деньги.",
    "Москва отрицает, что Россия вмешивалась в выборы.",
    "Песков заявил, что Россия никак не вмешивается в дела Грузии.",
    # the speaker's own side
    "Президент Франции Эмманюэль Макрон заявил, что Франция нарушила обещание.",
    # a good or neutral deed, a deed told by no one
    "Депутат Иван Петров заявил, что мэр Сергей Кузнецов спас город.",
    "Депутат Иван Петров заявил, что мэр Сергей Кузнецов приехал в Москву.",
    "Мэр Сергей Кузнецов украл деньги из городского бюджета.",
    # a state's attack told: the ASSAULT alone
    "Министр обороны Израиля Йоав Галант заявил, что Иран напал на Израиль.",
])
def test_no_accusation_where_nothing_is_claimed(pipeline: Pipeline, text: str) -> None:
    assert accusations(pipeline, text) == []
