"""``clear_word_caches`` empties what the analysis remembers across articles, and a text analysed with the
caches cold reads exactly as with them warm (the caches save time, never change an answer)."""

from __future__ import annotations

from visit_texts import VISIT_BELTA

from letopis.analysis import Pipeline, clear_word_caches, mentions, names, nlp, speakers
from letopis.records import Article
from letopis.serialize import doc_to_json


def test_cleared_caches_are_empty_and_change_no_answer() -> None:
    pipeline = Pipeline()
    article = Article(id="belta", text=VISIT_BELTA)
    warm_before = doc_to_json(pipeline.analyze_one(article))
    warm = doc_to_json(pipeline.analyze_one(article))
    assert nlp._LEMMAS and names._INFLECTED
    clear_word_caches()
    assert not nlp._LEMMAS and not names._INFLECTED and not mentions._FUNCTION_WORDS
    assert speakers._vocab_lemmas.cache_info().currsize == 0
    assert doc_to_json(pipeline.analyze_one(article)) == warm == warm_before
