"""The parse's shortcuts give natasha's own answers (letopis/analysis/nlp.py): a lemma chosen from pymorphy's
readings unordered where every candidate has one normal form (``_lemmatize``), pymorphy's analyses kept per word
(``_vocab_parse``), and NER spans read off razdel's tokens rather than found again in the text (``_ner``)."""

from __future__ import annotations

import pytest

from letopis.analysis import nlp

# (word, tagger's part of speech, features): plain words, words whose candidate readings have different normal
# forms (natasha's order by probability decides: "стоят" стоять/стоить, "самого" сам/самый, "большие"
# больший/большой), a name, an unknown word, "ё" and a hyphenated pair
WORDS = [
    ("стоят", "VERB", {"Aspect": "Imp", "Mood": "Ind", "Number": "Plur", "Person": "3", "Tense": "Pres",
                       "VerbForm": "Fin", "Voice": "Act"}),
    ("самого", "ADJ", {"Case": "Gen", "Degree": "Pos", "Gender": "Neut", "Number": "Sing"}),
    ("большие", "ADJ", {"Animacy": "Inan", "Case": "Acc", "Degree": "Pos", "Number": "Plur"}),
    ("роли", "NOUN", {"Animacy": "Inan", "Case": "Acc", "Gender": "Fem", "Number": "Plur"}),
    ("Ильина", "PROPN", {"Animacy": "Anim", "Case": "Nom", "Gender": "Fem", "Number": "Sing"}),
    ("заявил", "VERB", {"Aspect": "Perf", "Gender": "Masc", "Mood": "Ind", "Number": "Sing", "Tense": "Past",
                        "VerbForm": "Fin", "Voice": "Act"}),
    ("Шойгу", "PROPN", {"Animacy": "Anim", "Case": "Dat", "Gender": "Masc", "Number": "Sing"}),
    ("Лерчек", "PROPN", {"Animacy": "Anim", "Case": "Nom", "Gender": "Fem", "Number": "Sing"}),
    ("Ёлки", "NOUN", {"Animacy": "Inan", "Case": "Nom", "Gender": "Fem", "Number": "Plur"}),
    ("сироток-калек", "ADJ", {"Case": "Gen", "Degree": "Pos", "Number": "Plur"}),
    ("и", "CCONJ", {}),
    ("2024", "NUM", {}),
]


@pytest.fixture(scope="module")
def natasha_vocab() -> object:
    from natasha import MorphVocab

    return MorphVocab()


@pytest.mark.parametrize(("word", "pos", "feats"), WORDS)
def test_lemma_is_natashas(natasha_vocab: object, word: str, pos: str, feats: dict[str, str]) -> None:
    vocab = nlp.load_vocab()
    assert nlp._lemmatize(vocab, word, pos, feats) == natasha_vocab.lemmatize(word, pos, feats)  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", [w.lower() for w, _, _ in WORDS] + ["ёлки", "по-русски"])
def test_kept_analyses_are_pymorphys(natasha_vocab: object, word: str) -> None:
    vocab = nlp.load_vocab()

    def read(forms: list[object]) -> list[tuple[object, ...]]:
        return [(f.word, str(f.tag), f.normal_form, f.score, f.normal, f.pos, f.feats)  # type: ignore[attr-defined]
                for f in forms]

    nlp._PARSES.clear()
    nlp._READINGS.clear()
    assert read(vocab(word)) == read(vocab.parse(word)) == read(natasha_vocab(word))  # type: ignore[operator]


def test_ner_spans_are_slovnets() -> None:
    """The spans of slovnet's own path (its records, the words found again in the text) on texts with spaces,
    line breaks and a word repeated."""
    from slovnet.exec.infer import text_words
    from slovnet.markup import BIOMarkup

    texts = ["Путин   встретился с Си Цзиньпином в Москве.\n\nПутин и Си обсудили «Силу Сибири-2».",
             "Глава МИД России Сергей Лавров прибыл в Анкару", "", "   "]
    models = nlp.load_models()
    infer = models.ner_tagger.infer
    ours = nlp._ner(models, texts)
    for text, spans in zip(texts, ours, strict=True):
        words = text_words(text)
        tags = list(infer.decoder(infer.process(infer.encoder([words]))))[0] if words else []
        theirs = BIOMarkup.from_tuples(zip(words, tags, strict=True)).to_span(text).spans
        assert [(s.start, s.stop, s.type) for s in spans] == [(s.start, s.stop, s.type) for s in theirs]
    assert any(s.type == "PER" for s in ours[0])

