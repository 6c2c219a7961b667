"""Events: criticism and accusations told as speech (issue 4). A quote of a named speaker whose judgement condemns
what it names or labels someone a wrongdoer ("носят «недипломатический характер»", "абсолютно неприемлемо",
«террористы») is the speaker's ACCUSE (CAMEO 11) of whom the word is said of, or of no one named; a word named in
passing, denied, supposed, a stance "неприемлемо для России" or a crime a police report tells is none.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "expected"), [
    # a judgement of what someone said or did: the one judged
    ("Министр иностранных дел России Сергей Лавров заявил, что высказывания Наото Кана носят «явно "
     "недипломатический характер».",
     [("ACCUSE", "Сергей Лавров", "Наото Кан", "asserted")]),
    ("Глава МИД Литвы Габриэлюс Ландсбергис заявил, что действия Белоруссии на границе недопустимы.",
     [("ACCUSE", "Габриэлюс Ландсбергис", "Беларусь", "asserted")]),
    # a judgement of an act no one is named for: no one
    ("«Разгон митинга и закрытие телеканалов абсолютно неприемлемы для демократического общества», — заявил "
     "докладчик ПАСЕ Матиас Йорш.",
     [("ACCUSE", "Матиас Йорш", None, "asserted")]),
    ("«Это абсолютно безответственное заявление», — сказал пресс-секретарь Кремля Дмитрий Песков.",
     [("ACCUSE", "Дмитрий Песков", None, "asserted")]),
    # a label in quotation marks is the speaker's
    ("Президент Венесуэлы Николас Мадуро заявил, что нападение совершили «террористы».",
     [("ACCUSE", "Николас Мадуро", None, "asserted")]),
])
def test_a_quoted_condemnation_is_the_speakers_accusation(
        pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    # a stance on what may come, or on what a state will not accept
    "Дмитрий Песков заявил, что возможное вступление Украины в НАТО неприемлемо для России.",
    "Министр обороны Сергей Шойгу заявил, что любые попытки давления недопустимы.",
    # denied or only supposed
    "Министр иностранных дел Сергей Лавров заявил, что учения не являются провокацией.",
    "Президент Александр Лукашенко сказал, что такой шаг был бы неприемлемым.",
    # a crime a police report tells, and a word named in passing
    "В МВД России сообщили, что мошенники крадут деньги покупателей через поддельное приложение.",
    "Представитель полиции Иван Сидоров рассказал, что задержанного поместили в камеру для особо опасных "
    "преступников.",
    "Политолог Иван Петров сказал, что идея о свержении диктатора извне — заблуждение.",
    # a term of a list set in quotation marks, a circumstance with a preposition
    "В Роскачестве сообщили, что вина из «недружественных» стран подорожают.",
    "В «Мосгазе» сообщили, что газ отключили из-за нарушений.",
])
def test_no_accusation_where_no_one_is_judged(pipeline: Pipeline, text: str) -> None:
    assert described(pipeline, text) == []

