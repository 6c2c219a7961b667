"""natasha's stack at the boundary: segmentation, morphology, lemmas, syntax and NER, adapted into our records.

Models are loaded once per process (``load_models``) and every model runs batched across the sentences of
several articles, the way slovnet's ``map`` is meant to be used. Nothing of razdel/slovnet leaks past this
module: the rest of the analysis sees ``Token``, ``Sentence`` and raw NER ``Mention`` records only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from letopis.records import Article, Doc, Mention, Sentence, Token

# Sentences per slovnet batch. slovnet's default is 8, and its encoder chops every batch again into batches of
# its own size, so both are set. Sentences go to the models sorted by length (see ``_by_length``), so a larger
# batch costs little padding and amortises the numpy work: on factRuEval texts 32 was ~1.4x faster than 8 with
# identical output. `letopis bench --only speed` measures the result.
BATCH_SIZE = 32

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Models:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any


@functools.cache
def load_vocab() -> Any:
    """pymorphy's dictionaries through natasha's MorphVocab, without the neural models (for lemmas alone)."""
    from natasha import MorphVocab

    return MorphVocab()


@functools.cache
def load_models() -> Models:
    """Load natasha's models from its wheel (no download), once per process."""
    from natasha import (
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    emb = NewsEmbedding()
    models = Models(
        segmenter=Segmenter(),
        morph_vocab=load_vocab(),
        morph_tagger=NewsMorphTagger(emb),
        syntax_parser=NewsSyntaxParser(emb),
        ner_tagger=NewsNERTagger(emb),
    )
    for model in (models.morph_tagger, models.syntax_parser):
        model.batch_size = BATCH_SIZE
        model.infer.encoder.batch_size = BATCH_SIZE
    # NER reads whole texts: a batch pads to its longest text, and 32 long articles at once cost memory (1.2 GB
    # against 0.4) and time; slovnet's own 8 is kept (texts still go in sorted by length).
    return models


@dataclass
class _RawSentence:
    doc: int
    start: int
    stop: int
    words: list[tuple[int, int, str]]


def blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges of the text's paragraphs: a line break ends a sentence in news (a headline has no full
    stop: razdel would run it into the first sentence), unless the line is hard-wrapped — it ends without
    sentence punctuation and the next line starts in lower case.

        "Р.Головченко: фундамент ...\nФундамент ..." -> two blocks
    """
    ranges: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        stop = start + len(line)
        stripped = line.strip()
        if stripped:
            previous = text[ranges[-1][0]:ranges[-1][1]].rstrip() if ranges else ""
            wrapped = previous and previous[-1] not in ".!?…:;»\"" and stripped[0].islower()
            if wrapped and text[ranges[-1][1]:start].count("\n") == 1:
                ranges[-1] = (ranges[-1][0], stop)
            else:
                ranges.append((start, stop))
        start = stop + 1
    return ranges


# Pictographs and what builds them (emoji, flags of regional indicators, variation selectors, joiners, keycaps,
# dingbats): razdel glues them to the word they touch ("⚡️В", "🇷🇺Россия", "Путин👍"), and a word with an emoji
# in it is no word to the tagger, the parser or our name rules.
_PICTOGRAPHS = re.compile("[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030"
                          "\u303d\u3297\u3299\ufe0e\ufe0f\u200d\u20e3\U0001f000-\U0001faff\U000e0020-\U000e007f]+")


def _split_pictographs(start: int, text: str) -> list[tuple[int, int, str]]:
    """A token cut where pictographs meet letters or digits: "🇷🇺Россия" -> "🇷🇺", "Россия"."""
    pieces = []
    position = 0
    for run in _PICTOGRAPHS.finditer(text):
        if run.start() > position:
            pieces.append((start + position, start + run.start(), text[position:run.start()]))
        pieces.append((start + run.start(), start + run.end(), run.group()))
        position = run.end()
    if position < len(text):
        pieces.append((start + position, start + len(text), text[position:]))
    return pieces


def _segment(models: Models, index: int, text: str) -> list[_RawSentence]:
    from razdel import sentenize, tokenize

    sents = []
    for block_start, block_stop in blocks(text):
        for sent in sentenize(text[block_start:block_stop]):
            begin = block_start + sent.start
            words = []
            for t in tokenize(sent.text):
                if _PICTOGRAPHS.search(t.text) and not _PICTOGRAPHS.fullmatch(t.text):
                    words.extend(_split_pictographs(begin + t.start, t.text))
                else:
                    words.append((begin + t.start, begin + t.stop, t.text))
            if words:
                sents.append(_RawSentence(index, begin, block_start + sent.stop, words))
    return sents


# Lemmas by (word, tag): news repeats its words, and natasha's lemmatizer re-selects a pymorphy form every call.
# Bounded so that a long-running ingest does not grow without limit.
_LEMMAS: dict[tuple[str, str, tuple[tuple[str, str], ...]], str] = {}
LEMMA_CACHE_SIZE = 200_000


def _lemma(vocab: Any, text: str, pos: str, feats: dict[str, str]) -> str:
    key = (text, pos, tuple(sorted(feats.items())))
    lemma = _LEMMAS.get(key)
    if lemma is None:
        lemma = vocab.lemmatize(text, pos, feats)
        if len(_LEMMAS) >= LEMMA_CACHE_SIZE:
            _LEMMAS.clear()
        _LEMMAS[key] = lemma
    return lemma


def _without_yo(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е") if "ё" in text or "Ё" in text else text


def _for_ner(text: str) -> str:
    """The text as NER reads it, every offset kept: "е" for "ё", and pictographs blanked out — slovnet's NER
    takes "❗️Путин" or "🇷🇺Россия" for one unknown word and finds no name in it."""
    return _PICTOGRAPHS.sub(lambda run: " " * len(run.group()), _without_yo(text))


def _by_length(run: Callable[[list[T]], Iterable[R]], items: Sequence[T], size: Callable[[T], int]) -> list[R]:
    """``run`` over ``items`` shortest first, results in the order of ``items``.

    slovnet pads every batch to its longest member: sentences of similar length batched together waste far
    less work than sentences in text order (one long sentence in a batch of eight pads the other seven).
    """
    order = sorted(range(len(items)), key=lambda i: size(items[i]))
    results: list[R | None] = [None] * len(items)
    for index, result in zip(order, run([items[i] for i in order]), strict=True):
        results[index] = result
    return [r for r in results if r is not None]


def parse(articles: Sequence[Article], models: Models | None = None) -> list[Doc]:
    """Tokens, sentences, lemmas, syntax and NER mentions for a batch of articles."""
    models = models or load_models()
    raw: list[_RawSentence] = []
    for index, article in enumerate(articles):
        raw.extend(_segment(models, index, article.text))

    # The models learnt from text written with "е" for "ё": "Соединённых" is unknown to them where "Соединенных"
    # is not. They see "е"; tokens keep the text as written (the replacement keeps every offset).
    word_lists = [[_without_yo(w[2]) for w in sent.words] for sent in raw]
    morphs = _by_length(models.morph_tagger.map, word_lists, len)
    syntaxes = _by_length(models.syntax_parser.map, word_lists, len)
    ners = _by_length(models.ner_tagger.map, [_for_ner(a.text) for a in articles], len)

    tokens: list[list[Token]] = [[] for _ in articles]
    sents: list[list[Sentence]] = [[] for _ in articles]
    vocab = models.morph_vocab
    for sent, morph, syntax in zip(raw, morphs, syntaxes, strict=True):
        doc_tokens = tokens[sent.doc]
        first = len(doc_tokens)
        sent_index = len(sents[sent.doc])
        for (start, stop, text), mtoken, stoken in zip(sent.words, morph.tokens, syntax.tokens, strict=True):
            head = int(stoken.head_id)
            lemma = _lemma(vocab, text, mtoken.pos, mtoken.feats) if mtoken.pos != "PUNCT" else text
            doc_tokens.append(Token(
                start=start, stop=stop, text=text, lemma=lemma, pos=mtoken.pos,
                feats=dict(mtoken.feats), head=first + head - 1 if head > 0 else -1,
                rel=stoken.rel, sent=sent_index,
            ))
        sents[sent.doc].append(Sentence(sent.start, sent.stop, first, len(doc_tokens)))

    docs = []
    for index, article in enumerate(articles):
        mentions = tuple(
            Mention(start=s.start, stop=s.stop, text=article.text[s.start:s.stop], type=s.type, normal="")
            for s in ners[index].spans
        )
        docs.append(Doc(article=article, tokens=tuple(tokens[index]), sents=tuple(sents[index]),
                        mentions=mentions, notes={}))
    return docs
