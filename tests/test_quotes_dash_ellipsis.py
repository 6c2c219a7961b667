"""Quotes: a dash that stands for a verb left out ("евро — ниже 110": the euro fell below 110) or for a copula ("это
— мигранты") signs no headline; a dash before a name, a post, an organisation or a body of people does ("—
еврокомиссар Рейндерс", "— власти")."""

from __future__ import annotations

import pytest

from letopis import Pipeline
from letopis.records import Article


def quotes(pipeline: Pipeline, text: str) -> list[tuple[str | None, str]]:
    doc = pipeline.analyze_one(Article(text=text, published="2024-12-04"))
    return [(q.speaker_text, q.text) for q in doc.quotes]


@pytest.mark.parametrize("text", [
    "Доллар упал ниже 104₽, евро — ниже 110",
    "Нефть подорожала на 2%, газ — на 5%.",
    "Бензин подорожал на 3%, дизель — почти на 4%.",
])
def test_a_dash_for_a_verb_left_out_signs_nothing(pipeline: Pipeline, text: str) -> None:
    assert quotes(pipeline, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Евросоюз потратил на Украину €124 млрд, — еврокомиссар Рейндерс.", "Рейндерс"),
    ("В Одесской области в результате ракетной атаки погибли два человека — власти", "власти"),
    ("Цены на бензин вырастут на 10% — глава Минэнерго.", "Минэнерго"),
])
def test_a_dash_before_who_said_it_signs_the_headline(pipeline: Pipeline, text: str, speaker: str) -> None:
    assert [s for s, _ in quotes(pipeline, text)] == [speaker]


def test_a_copulas_dash_signs_nothing(pipeline: Pipeline) -> None:
    """"это — мигранты" says what something is; the words are the Duma's, said with "заявили"."""
    found = quotes(pipeline, "Найдена причина обвала рубля, в Госдуме заявили, что это — мигранты")
    assert found == [("Госдуме", "это — мигранты")]
