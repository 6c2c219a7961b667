"""letopis.sources: language detection, and lang set on everything read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letopis.records import Article
from letopis.sources import detect_language, iter_sources
from letopis.sources.lang import with_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Премьер-министр Беларуси Роман Головченко и премьер-министр Казахстана провели переговоры в Костанае.",
         "ru"),
        ("Премьер прибыл в Костанай.", "ru"),
        ("Прем'єр-міністр України провів зустріч із послом Казахстану та обговорив розвиток торгівлі.", "uk"),
        ("Мемлекет басшысы Беларусь Республикасының премьер-министрін қабылдап, екі ел арасындағы ынтымақтастықты "
         "талқылады.", "kk"),
        ("Прэм'ер-міністр Беларусі правёў перамовы з кіраўніком урада Казахстана ў Кастанаі.", "be"),
        ("The prime ministers of Belarus and Kazakhstan held talks in Kostanay on Sunday.", "en"),
        ("Die Ministerpräsidenten von Belarus und Kasachstan führten Gespräche in Kostanai.", "de"),
    ],
    ids=["russian", "russian-short", "ukrainian", "kazakh-cyrillic", "belarusian", "english", "german"],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "  \n", "2024-05-12 10:15", "—"], ids=["empty", "blank", "digits", "dash"])
def test_too_little_text_has_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_a_language_the_source_gives_is_kept() -> None:
    assert with_language(Article(text="Премьер прибыл в Костанай.", lang="kk")).lang == "kk"


def test_every_article_read_gets_its_language(tmp_path: Path) -> None:
    lines = [
        {"text": "Премьер-министр Беларуси прибыл в Костанай на переговоры."},
        {"text": "Прем'єр-міністр України провів зустріч із послом Казахстану."},
        {"text": "The prime minister of Belarus arrived in Kostanay for talks."},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines))
    assert [a.lang for a in iter_sources([str(path)])] == ["ru", "uk", "en"]
