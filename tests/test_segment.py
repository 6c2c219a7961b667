"""Sentences end at line breaks (a headline has no full stop), except in hard-wrapped text."""

from __future__ import annotations

import pytest

from letopis.analysis.nlp import blocks

CASES = [
    ("Р.Головченко: фундамент сотрудничества\nФундамент сотрудничества - торговля.",
     ["Р.Головченко: фундамент сотрудничества", "Фундамент сотрудничества - торговля."]),
    ("Первое предложение. Второе\nпродолжение строки.", ["Первое предложение. Второе\nпродолжение строки."]),
    ("Абзац один.\n\nАбзац два.", ["Абзац один.", "Абзац два."]),
    ("  \nТолько строка\n  ", ["Только строка"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["headline", "hard-wrapped", "paragraphs", "blank-lines"])
def test_blocks(text: str, expected: list[str]) -> None:
    assert [text[a:b].strip() for a, b in blocks(text)] == expected
