"""Emoji and other pictographs glued to words (Telegram writes "❗️Путин заявил", "🇷🇺Россия"): tokens are cut
where they meet letters, and NER reads the text with them blanked out, so the names are found."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline, nlp
from letopis.records import Article


@pytest.mark.parametrize(("text", "words"), [
    ("⚡️В Киев прибыл Макрон", ["⚡️", "В", "Киев", "прибыл", "Макрон"]),
    ("🇷🇺Россия и 🇺🇸США", ["🇷🇺", "Россия", "и", "🇺🇸", "США"]),
    ("Путин👍 заявил", ["Путин", "👍", "заявил"]),
    ("Москва → Киев", ["Москва", "→", "Киев"]),
    ("Ростов-на-Дону и Нью-Йорк", ["Ростов-на-Дону", "и", "Нью-Йорк"]),
])
def test_pictographs_are_tokens_of_their_own(text: str, words: list[str]) -> None:
    (doc,) = nlp.parse([Article(text=text, id="t")])
    assert [t.text for t in doc.tokens] == words
    assert all(text[t.start:t.stop] == t.text for t in doc.tokens)


def test_names_behind_pictographs_are_found() -> None:
    text = "❗️Путин заявил, что 🇷🇺Россия не будет вводить санкции. ⚡️Трамп встретился с Трюдо в 🇨🇦Оттаве."
    (doc,) = nlp.parse([Article(text=text, id="t")])
    found = {(m.text, m.type) for m in doc.mentions}
    assert {("Путин", "PER"), ("Россия", "LOC"), ("Трамп", "PER"), ("Трюдо", "PER"), ("Оттаве", "LOC")} <= found


@pytest.mark.parametrize("texts", [["🤔"], ["🤔", "❗️🇷🇺"], ["🤔", "Путин прилетел в Минск.", "👍"]])
def test_posts_of_emoji_alone_are_analysed_beside_others(texts: list[str]) -> None:
    """NER reads the text with pictographs blanked: a post of emoji alone gives it no words at all."""
    docs = list(Pipeline().analyze([Article(text=t) for t in texts]))
    assert [d.article.text for d in docs] == texts
    for doc in docs:
        if not any(ch.isalpha() for ch in doc.article.text):
            assert doc.mentions == ()
    named = [m.normal for d in docs for m in d.mentions]
    assert ("Путин" in named) == any("Путин" in t for t in texts)
