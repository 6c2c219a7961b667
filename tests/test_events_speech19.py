"""Events: claims told as speech, the nineteenth session (issue 4), each with the near cases it leaves alone.

- A named speaker's quote that calls an act unlawful or biased ("неправомерно", "незаконный", "необъективный",
  "предвзятый") or says someone breaks a rule ("Россия нарушает меморандум") is his ACCUSE of whom it is said of,
  as the older condemning words were (`CONDEMNING_WORDS`). Not said of the speaker's own side, not denied, not
  supposed; a crime told by no named speaker stays no event.
- A named speaker's quote that calls someone a friend, "наш брат", or thanks them ("благодарен Китаю") is his
  SUPPORT praise of them (`PRAISING_WORDS`). Not "друг друга", not kin ("его брат"), not denied, and not gratitude
  owed by someone else ("Россия должна быть благодарна").
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Лидер оппозиции Алексей Иванов заявил, что задержание участников акции было неправомерным.",
     ("ACCUSE", "Алексей Иванов", None, "asserted")),
    ("Министр иностранных дел Литвы Габриэлюс Ландсбергис заявил, что Россия нарушает Будапештский меморандум.",
     ("ACCUSE", "Габриэлюс Ландсбергис", "Россия", "asserted")),
])
def test_a_quote_calling_an_act_unlawful_accuses(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "«Мы не нарушаем никаких договоров», — заявил Сергей Лавров.",  # the speaker's own side, denied
    "Полиция сообщила, что водитель нарушил правила дорожного движения.",  # no named speaker
    "Министр иностранных дел Литвы Габриэлюс Ландсбергис заявил, что Россия может нарушить договор.",  # supposed
    "Сергей Лавров сообщил, что переговоры прошли в Женеве.",  # a quote that merely reports
])
def test_no_accusation_where_nothing_is_condemned(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "ACCUSE" for e in events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Глава МИД Венгрии Петер Сийярто заявил, что Турция — наш надёжный друг.",
     ("SUPPORT", "Петер Сийярто", "Турция", "asserted")),
    ("«Си Цзиньпин — мой дорогой друг», — сказал Владимир Путин.",
     ("SUPPORT", "Владимир Путин", "Си Цзиньпин", "asserted")),
    ("Президент Казахстана Касым-Жомарт Токаев заявил, что благодарен Китаю за помощь.",
     ("SUPPORT", "Касым-Жомарт Токаев", "Китай", "asserted")),
    ("«Мы благодарны Японии за поддержку», — сказал Владимир Зеленский.",
     ("SUPPORT", "Владимир Зеленский", "Япония", "asserted")),
    ("Президент Турции Реджеп Тайип Эрдоган выразил соболезнования: «Пусть Господь утешит душу нашего брата "
     "Мухаммеда Мурси».", ("SUPPORT", "Реджеп Тайип Эрдоган", "Мухаммед Мурси", "asserted")),
])
def test_praise_told_as_speech(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "«Россия и Китай поддерживают друг друга», — сказал Владимир Путин.",  # each other
    "«Байден мне не друг», — заявил Виктор Орбан.",  # denied
    "Дональд Трамп рассказал, что его брат Фред умер в 1981 году.",  # kin
    "Дмитрий Медведев сказал, что Россия должна быть благодарна Казахстану.",  # owed by another
])
def test_no_praise_where_none_is_given(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "SUPPORT" for e in events(pipeline, text))
