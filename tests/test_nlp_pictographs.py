"""Emoji and other pictographs glued to words (Telegram writes "❗️Путин заявил", "🇷🇺Россия"): tokens are cut
where they meet letters, and NER reads the text with them blanked out, so the names are found."""

from __future__ import annotations

import pytest

from letopis.analysis import nlp
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
