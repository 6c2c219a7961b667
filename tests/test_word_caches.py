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


def test_a_word_declines_by_its_relation_whatever_came_first() -> None:
    """"Маска" after a given name (flat:name) is Илон Маск's genitive; alone it is a word that stays as it is. The
    nominatives' cache must not hand one reading to the other."""
    from letopis.records import Token

    vocab = nlp.load_models().morph_vocab

    def token(rel: str) -> Token:
        return Token(start=0, stop=5, text="Маска", lemma="маска", pos="PROPN",
                     feats={"Case": "Gen", "Gender": "Masc", "Number": "Sing"}, head=0, rel=rel, sent=0)

    clear_word_caches()
    first = names.inflect_word(vocab, token("obl"), "PER"), names.inflect_word(vocab, token("flat:name"), "PER")
    clear_word_caches()
    second = names.inflect_word(vocab, token("flat:name"), "PER"), names.inflect_word(vocab, token("obl"), "PER")
    assert first == ("Маска", "Маск")
    assert second == ("Маск", "Маска")
