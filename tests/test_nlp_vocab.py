"""The dictionary natasha's MorphVocab wraps keeps its answer to "is this word in it" (letopis/analysis/nlp.py):
the same answers as pymorphy's own look-up, strict or with its letter substitutions."""

from __future__ import annotations

from letopis.analysis.nlp import load_vocab


def test_kept_answers_are_the_dictionarys_strict_and_not() -> None:
    vocab = load_vocab()
    for _ in range(2):  # asked again, answered from memory
        assert vocab.word_is_known("ёлка") and vocab.word_is_known("елка")  # "е" stands for "ё"
        assert vocab.word_is_known("ёлка", strict=True) and not vocab.word_is_known("елка", strict=True)
        assert vocab.parse("москва")[0].is_known
        assert not vocab.parse("хрюкотамба")[0].is_known
