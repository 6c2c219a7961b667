"""Where an event's trigger word stands: the ``Event`` record keeps its sentence, not the word that named the
event, so the explorer finds the word again by the stems of the events stage's own trigger list."""

from __future__ import annotations

import pytest

from letopis.records import Event
from letopis.web.markup import trigger


def event(text: str, type_: str, mode: str | None, start: int = 0) -> Event:
    return Event(type=type_, mode=mode, source=None, target=None, participants=(), place=None, date=None,
                 date_text=None, modality="asserted", cameo=None, start=start, stop=len(text), text=text[start:])


TRIGGERS = [
    pytest.param("Документы уже подписаны.", "AGREE", "sign", "подписаны", id="подписаны"),
    pytest.param("Стороны провели переговоры в Минске.", "CONSULT", "talks", "переговоры", id="переговоры"),
    pytest.param("Путин прибыл в Минск с визитом.", "CONSULT", "visit", "прибыл", id="прибыл"),
    pytest.param("Лидеры обсудили торговлю.", "CONSULT", None, "обсудили", id="без-режима"),
    pytest.param("Россия ввела санкции против Литвы.", "SANCTION", None, "санкции", id="санкции"),
]


@pytest.mark.parametrize(("text", "type_", "mode", "word"), TRIGGERS)
def test_the_trigger_word_is_found_by_its_stem(text: str, type_: str, mode: str | None, word: str) -> None:
    found = trigger(text, event(text, type_, mode))
    assert found is not None and text[found[0]:found[1]] == word


def test_the_span_counts_from_the_start_of_the_text() -> None:
    text = "Визит завершился. Документы уже подписаны."
    found = trigger(text, event(text, "AGREE", "sign", start=text.index("Документы")))
    assert found is not None and text[found[0]:found[1]] == "подписаны"


def test_a_sentence_without_a_trigger_word_has_none() -> None:
    text = "Погода была хорошей."
    assert trigger(text, event(text, "AGREE", "sign")) is None
