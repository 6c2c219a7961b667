"""The language of an article (ISO 639-1), so that Russian is analysed and the rest only stored::

    detect_language("Президент Казахстана провёл переговоры.")   == "ru"
    detect_language("Президент України провів переговори.")      == "uk"
    detect_language("Мемлекет басшысы Беларусь премьер-министрін қабылдады.") == "kk"

lingua's models ship inside its wheel: nothing is downloaded. The detector is built once, on first use.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from letopis.records import Article

# Languages a Russian-language news stream meets: the Cyrillic neighbours that Russian is most often
# mistaken for, the languages of the region, and the major languages agencies quote. A language left out
# is reported as its nearest one in the list, never as Russian unless it is Cyrillic and close to it.
LANGUAGES: tuple[str, ...] = (
    "ru", "uk", "be", "kk", "bg", "sr", "mk", "mn",  # Cyrillic
    "en", "de", "fr", "es", "it", "pt", "pl", "cs", "tr", "az", "ro", "lt", "lv", "et", "fi",
    "ka", "hy", "el", "he", "ar", "fa", "zh", "ja", "ko",
)
# Enough characters to tell Russian from Ukrainian or Kazakh; more only costs time.
SAMPLE_CHARS = 2000
MIN_LETTERS = 3


@cache
def _detector() -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    # Low-accuracy mode reads trigrams only: it loads in milliseconds instead of seconds, and on a news
    # paragraph it tells ru/uk/be/kk apart as well as the full mode (checked on tests/test_lang.py).
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for char in sample if char.isalpha()) < MIN_LETTERS:
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None


def with_language(article: Article) -> Article:
    """The article with ``lang`` set from its title and text, unless the source already gave one."""
    if article.lang:
        return article
    lang = detect_language(f"{article.title}\n{article.text}" if article.title else article.text)
    return dataclasses.replace(article, lang=lang) if lang else article
