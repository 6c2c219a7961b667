"""Mentions: a capitalised word the dictionary knows only as an infinitive, a gerund, an adverb, a comparative or a
predicative is no one-word name. A post's links ("[Подписаться](...)", "Подробнее: <address>") stand alone once
their addresses are kept out of the parse, and the recogniser took them for places, organisations or people."""

from __future__ import annotations

import pytest

from letopis import Pipeline
from letopis.records import Article


def mention_texts(pipeline: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipeline.analyze_one(Article(text=text)).mentions]


@pytest.mark.parametrize(("text", "word"), [
    ("В Химках после ливня затопило подземный переход 🌊\n\n❤ [Подписаться](https://t.me/somechannel) | "
     "[Прислать новость](https://t.me/somechannel_bot)", "Подписаться"),
    ("Учёные построят для телескопа самую дорогую башню в истории\n\nПодробнее: https://example.org/news/12345",
     "Подробнее"),
])
def test_a_links_call_is_no_name(pipeline: Pipeline, text: str, word: str) -> None:
    assert word not in mention_texts(pipeline, text)


def test_the_posts_names_stay(pipeline: Pipeline) -> None:
    text = ("Минфин США ввёл санкции против Газпромбанка.\n\n❤ [Подписаться](https://t.me/somechannel) | "
            "[Прислать новость](https://t.me/somechannel_bot)")
    assert "Газпромбанка" in mention_texts(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    # a name the dictionary also reads as a noun or a finite verb stays a name
    ("Белоусов провёл совещание в Москве.", "Белоусов"),
    ("Издание «Зеркало» сообщило о задержании.", "Зеркало"),
])
def test_names_that_are_words_too_stay(pipeline: Pipeline, text: str, name: str) -> None:
    assert any(name in found for found in mention_texts(pipeline, text))
