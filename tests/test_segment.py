"""Sentences end at line breaks (a headline has no full stop), except in hard-wrapped text."""

from __future__ import annotations

import pytest

from letopis.analysis.nlp import blocks
from letopis.analysis.pipeline import Pipeline
from letopis.records import Article

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


GLUED = [
    pytest.param("Сроки разнятся в зависимости от субъекта.Действующий глава государства заявил о подлоге.",
                 ["Сроки разнятся в зависимости от субъекта.", "Действующий глава государства заявил о подлоге."],
                 id="склеенная-точка"),
    pytest.param("Подсчет голосов завершен?Трамп не признал итогов.",
                 ["Подсчет голосов завершен?", "Трамп не признал итогов."], id="склеенный-вопрос"),
    pytest.param("Депутаты предложили запретить привороты.** Предложение высказал депутат.",
                 # (the closing stars are markup the parse does not read: the sentence ends at its full stop)
                 ["Депутаты предложили запретить привороты.", "Предложение высказал депутат."],
                 id="точка-под-разметкой"),
    pytest.param("Выступил А.** Путин.", ["Выступил А.** Путин."], id="инициал-под-разметкой"),
    pytest.param("Лекцию прочел проф.Иванов из МГУ.", ["Лекцию прочел проф.Иванов из МГУ."], id="сокращение"),
    pytest.param("В г.Москве и на ул.Ленина тихо.", ["В г.Москве и на ул.Ленина тихо."], id="г-и-ул"),
    pytest.param("Выступил А.Путин, сайт ria.ru и т.е. все.", ["Выступил А.Путин, сайт ria.ru и т.е. все."],
                 id="инициалы-и-ссылки"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_a_full_stop_glued_to_the_next_sentence_ends_it(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    """Copied news loses the space after a full stop; the sentence still ends there (and its words are the next
    sentence's subject for the parser), but not after an abbreviation, an initial or inside a link."""
    doc = pipeline.analyze_one(Article(text=text))
    assert [text[s.start:s.stop] for s in doc.sents] == expected
    assert [t.sent for t in doc.tokens] == sorted(t.sent for t in doc.tokens)
