"""Plural names pymorphy does not know in the plural, and names of sites: base forms as the BSNLP guidelines give
them (a family in the nominative plural, a plural-only place in the nominative plural, a site as written)."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable=("posts", "quotes", "events", "commitments"))


CASES = [
    # a genitive plural of a surname with no member named: the family, not a guessed woman "Скрипалея"
    ("Он описал версию событий с отравлением семьи Скрипалей.", "Скрипалей", "Скрипали"),
    # a plural-only place with no ending in the genitive
    ("Встреча на саммите по развитию региона Западных Балкан.", "Западных Балкан", "Западные Балканы"),
    ("Жители Альп довольны.", "Альп", "Альпы"),
    # ... while a singular stays singular and a known man's name in -ей stays his
    ("Власти Бахмута и Донбасса заявили об этом.", "Донбасса", "Донбасс"),
    ("Президент Андрей Иванов и представители Сергея Гуржея.", "Сергея Гуржея", "Сергей Гуржей"),
    ("Концерт Джоанны Стингрей прошел.", "Джоанны Стингрей", "Джоанна Стингрей"),
    # a site named by its address is written as it is
    ("Об этом сообщает Подробности.ua: Третий за сутки.", "Подробности.ua", "Подробности.ua"),
]


@pytest.mark.parametrize(("text", "written", "normal"), CASES)
def test_plural_and_site_names(pipeline: Pipeline, text: str, written: str, normal: str) -> None:
    doc = next(iter(pipeline.analyze([Article(text=text, id="t")])))
    found = [m.normal for m in doc.mentions if m.text == written]
    assert found and set(found) == {normal}, [(m.text, m.normal, m.type) for m in doc.mentions]
