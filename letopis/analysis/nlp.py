"""natasha's stack at the boundary: segmentation, morphology, lemmas, syntax and NER, adapted into our records.

Models are loaded once per process (``load_models``) and every model runs batched across the sentences of
several articles, the way slovnet's ``map`` is meant to be used. Nothing of razdel/slovnet leaks past this
module: the rest of the analysis sees ``Token``, ``Sentence`` and raw NER ``Mention`` records only.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from letopis.records import Article, Doc, Mention, Sentence, Token

# How sentences (morphology, syntax) and texts (NER) are grouped for slovnet (see ``_batches``): at most
# BATCH_SIZE items and BATCH_WORDS words with padding (a batch of long texts stays small in memory), the longest
# at most BATCH_SPREAD times the shortest. slovnet's default is 8 items, and its encoder chops every batch again
# by its own size, so both are set to BATCH_SIZE. On 1,000 telegram posts these cut the padded words from 28%
# (sentences) and 41% (NER texts) to 6-9%; `letopis bench --only speed` measures the result.
BATCH_SIZE = 64
BATCH_WORDS = 1024
BATCH_SPREAD = 1.25

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Models:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any


# BLAS threads of numpy's matrix products, unless the environment names its own. slovnet's products are small
# (a batch of sentences by a few hundred weights): a second thread gains little on a free core and, on a busy
# machine, spins against the other processes. 1,000 telegram posts at load average 11-14 on 2 cores: 28-36 ms
# CPU and 82-103 s wall with OpenBLAS's default (a thread per core), 9.1 ms and 25-27 s with one.
BLAS_THREADS = 1
BLAS_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def _blas_threads(threads: int, override: bool = False) -> Iterator[None]:
    """BLAS reads its thread count once, when numpy loads: the count is in the environment while natasha loads
    numpy (where this process has not loaded it yet), and the environment is put back after, so that the
    processes this one starts keep their own. A limit already in the environment is kept, unless ``override``
    (ingest's workers share the cores whatever the parent's limit: ``letopis.store.analyse``)."""
    saved = {name: os.environ.get(name) for name in BLAS_VARIABLES}
    if override or all(value is None for value in saved.values()):
        os.environ.update({name: str(threads) for name in BLAS_VARIABLES})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# numpy loads here, on the first import of letopis, whatever part of it comes first: a store or a story index
# imports numpy (datasketch's MinHash) before any model, and the limit must be in place by then.
with _blas_threads(BLAS_THREADS):
    import numpy  # noqa: F401


# Words whose "is it in the dictionary" answer is kept (a few MB at most); past it the memory starts afresh.
KNOWN_WORDS_KEPT = 200_000


@functools.cache
def load_vocab() -> Any:
    """pymorphy's dictionaries through natasha's MorphVocab, without the neural models (for lemmas alone).

    natasha keeps each word's parses; pymorphy looks the word up in its dictionary again each time a parse is
    asked ``is_known``, and the names stage asks it of every reading of every word of a name (about a fifth of
    that stage's time). The answer depends on the word alone (the analyzer's letter substitutions are fixed), so
    it is kept here.

    Its analyses of a word are kept here as well (``_vocab_parse``): natasha's cache of them holds the last
    10,000 words, fewer than 2,000 telegram posts bring, and a lemma seldom needs the readings ordered by their
    probability, which costs a third of an analysis (``_lemmatize``)."""
    with _blas_threads(BLAS_THREADS):  # natasha loads numpy
        from natasha import MorphVocab

    # natasha's class with pymorphy's ``parse`` (and the call that stands for it) answered from ``_PARSES``
    vocab = type("MorphVocab", (MorphVocab,), {"parse": _vocab_parse, "__call__": _vocab_parse})()
    _keep_known_words(vocab.dictionary)
    return vocab


def _keep_known_words(dictionary: Any) -> None:
    """Answer ``dictionary.word_is_known`` from memory for a word asked before."""
    look_up = dictionary.word_is_known
    known: dict[tuple[str, bool], bool] = {}

    def word_is_known(word: str, substitutes_compiled: Any = None) -> bool:
        # the analyzer passes its one table of letter substitutions ("е" for "ё"), or none for a strict look-up
        asked = (word, substitutes_compiled is None)
        found = known.get(asked)
        if found is None:
            if len(known) >= KNOWN_WORDS_KEPT:
                known.clear()
            found = known[asked] = bool(look_up(word, substitutes_compiled))
        return found

    dictionary.word_is_known = word_is_known


# Words whose pymorphy analyses are kept: their readings from the dictionary (``_READINGS``) and those readings
# ordered by probability as natasha's forms (``_PARSES``, the words the stages ask about). 2,000 telegram posts hold
# 28,000 distinct words; a word's readings take about 0.8 KB, its forms 1.2 KB more (natasha kept the forms of
# 10,000 words). Past the limit the memory starts afresh.
WORD_PARSES_KEPT = 30_000
_READINGS: dict[str, list[tuple[Any, ...]]] = {}
_PARSES: dict[str, list[Any]] = {}
# natasha's part of speech and features of a pymorphy tag (``MorphForm``'s ``pos`` and ``feats``), by tag
_UD_GRAMS: dict[Any, tuple[str, dict[str, str]]] = {}


def _readings(vocab: Any, word: str) -> list[tuple[Any, ...]]:
    """pymorphy's readings of a word (word, tag, normal form, score, methods), in the order its analyzer units
    give them, before its probability estimator reorders them: the loop of pymorphy2 0.9's
    ``MorphAnalyzer.parse``."""
    found = _READINGS.get(word)
    if found is None:
        found = []
        seen: set[Any] = set()
        lower = word.lower()
        for unit, is_terminal in vocab._units:
            found.extend(unit.parse(word, lower, seen))
            if is_terminal and found:
                break
        if len(_READINGS) >= WORD_PARSES_KEPT:
            _READINGS.clear()
        _READINGS[word] = found
    return found


def _vocab_parse(vocab: Any, word: str) -> list[Any]:
    """``MorphVocab.parse`` (pymorphy2 0.9's ``MorphAnalyzer.parse``: readings ordered by probability, as natasha's
    ``MorphForm``), kept per word in ``_PARSES`` rather than natasha's cache of the last 10,000 words. The answer
    depends on the word alone, so keeping it changes none."""
    found = _PARSES.get(word)
    if found is None:
        readings = _readings(vocab, word)
        if vocab.prob_estimator is not None:
            readings = vocab.prob_estimator.apply_to_parses(word, word.lower(), readings)
        found = readings if vocab._result_type is None else [vocab._result_type(*p) for p in readings]
        if len(_PARSES) >= WORD_PARSES_KEPT:
            _PARSES.clear()
        _PARSES[word] = found
    return found


def _ud_grams(tag: Any) -> tuple[str, dict[str, str]]:
    """natasha's part of speech and features of a pymorphy tag, as its ``MorphForm`` reads them."""
    grams = _UD_GRAMS.get(tag)
    if grams is None:
        from natasha.morph.vocab import ud_feats, ud_pos

        grams = _UD_GRAMS[tag] = (ud_pos(tag), dict(ud_feats(tag)))
    return grams


def _lemmatize(vocab: Any, text: str, pos: str, feats: Mapping[str, str]) -> str:
    """natasha's ``MorphVocab.lemmatize``, the same lemma for less work.

    natasha takes the first of the word's readings (ordered by probability) whose part of speech and features
    are the tagger's, else the first that shares most of them, and gives its normal form (lower case, "е" for
    "ё"), or the word when none shares any. Where every reading that could be chosen has one normal form, the
    order does not matter: the readings are taken unordered, and the probability of each (a third of pymorphy's
    work on a word) is looked up only for the few words (1%) whose candidates differ."""
    from natasha.morph.lemma import best_form, grams_sim

    word = text.lower().replace("ё", "е")  # natasha's normal_word
    readings = _readings(vocab, word)
    grams = [_ud_grams(reading[1]) for reading in readings]
    chosen: set[str] = {reading[2] for reading, (form_pos, form_feats) in zip(readings, grams, strict=True)
                        if form_pos == pos and form_feats == feats}
    if not chosen:
        sims = [grams_sim(form_pos, form_feats, pos, feats) for form_pos, form_feats in grams]
        most = max(sims, default=0)
        if most <= 0:
            return word
        chosen = {reading[2] for reading, sim in zip(readings, sims, strict=True) if sim == most}
    normals = {normal.lower().replace("ё", "е") for normal in chosen}
    if len(normals) == 1:
        return normals.pop()
    form = best_form(vocab(word), pos, feats)
    return word if form is None else str(form.normal).lower().replace("ё", "е")


@functools.cache
def load_embedding() -> Any:
    """natasha's navec word vectors (news, 250K words, 300-d, quantised) from its wheel, once per process: the
    taggers are built on them, and the story score reuses the same object for its lead vectors."""
    with _blas_threads(BLAS_THREADS):  # natasha loads numpy
        from natasha import NewsEmbedding

    return NewsEmbedding()


@functools.cache
def load_models() -> Models:
    """Load natasha's models from its wheel (no download), once per process."""
    with _blas_threads(BLAS_THREADS):
        from natasha import (
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

    emb = load_embedding()
    models = Models(
        segmenter=Segmenter(),
        morph_vocab=load_vocab(),
        morph_tagger=NewsMorphTagger(emb),
        syntax_parser=NewsSyntaxParser(emb),
        ner_tagger=NewsNERTagger(emb),
    )
    # The three models read words through the same vocabularies (navec's words, one list of shapes): then one
    # cache of their ids serves all three, and a word's shape is worked out once, not once per model.
    caches: list[tuple[Any, dict[str, tuple[int, int]]]] = []
    for model in (models.morph_tagger, models.syntax_parser, models.ner_tagger):
        model.batch_size = BATCH_SIZE
        model.infer.encoder.batch_size = BATCH_SIZE
        model.infer.model.encoder = _ShiftedConvEncoder(model.infer.model.encoder)
        encoder = model.infer.encoder
        cache = next((cache for other, cache in caches if other.words_vocab.items == encoder.words_vocab.items
                      and other.shapes_vocab.items == encoder.shapes_vocab.items), None)
        if cache is None:
            cache = {}
            caches.append((encoder, cache))
        encoder.item = _cached_item(encoder.item, cache)
    return models


class _ShiftedConvEncoder:
    """slovnet's CNN encoder (convolution, ReLU, batch norm, padding zeroed; three layers) with the same weights,
    computed without copying every window.

    slovnet lays the words out (batch, channel, position), copies each word's window of 3 into one row
    (a strided copy as large as the input three times over) and multiplies; that copy cost as much as the
    multiplication. Here the words stay (batch, position, channel): one product of the input (not padded)
    with the kernel's 3 slices side by side, then each output position adds its shifted slices. The sums are the
    same up to float rounding (the order of the additions differs; about 1e-6 on values of about 1), 1.5x faster
    on the encoder than slovnet's (which was a third of the parse's CPU time on telegram posts); without the
    padded copy and with the batch norm folded into one multiply-add, 10% faster again (2.56 -> 2.28 ms a post).
    """

    def __init__(self, encoder: Any) -> None:
        self.original = encoder  # slovnet's, kept for the tests that compare the two
        self.layers = []
        for layer in encoder.layers:
            filters, channels, width = layer.conv.weight.shape
            if width != 2 * layer.conv.padding + 1:
                raise ValueError(f"a convolution of width {width} and padding {layer.conv.padding} changes the "
                                 "length of its input; only 'same' convolutions are computed here")
            kernel = layer.conv.weight.array.transpose(1, 2, 0).reshape(channels, width * filters)
            # The batch norm as one multiply and one add: (x - mean) / std * weight + bias = x * scale + offset.
            norm = layer.norm
            scale = norm.weight.array / norm.std.array
            offset = norm.bias.array - norm.mean.array * scale
            self.layers.append((kernel.copy(), layer.conv.bias.array, width, layer.conv.padding,
                                scale.astype(kernel.dtype), offset.astype(kernel.dtype)))

    def __call__(self, input: Any, mask: Any) -> Any:
        # Without a padded copy of the input: the centre tap of the product starts the output (a new array),
        # each other tap is added in place to the positions it reaches. Every step after the product works
        # in place on that one array (the product is ~90% of the time; the rest was ~20% before).
        import numpy as np

        x = input
        for kernel, bias, width, padding, scale, offset in self.layers:
            batch, length, channels = x.shape
            filters = kernel.shape[1] // width
            y = (x.reshape(-1, channels) @ kernel).reshape(batch, length, width, filters)
            out = y[:, :, padding] + bias
            for k in range(width):
                shift = k - padding  # output position i takes tap k of input position i + shift
                if shift > 0:
                    out[:, :length - shift] += y[:, shift:, k]
                elif shift < 0:
                    out[:, -shift:] += y[:, :length + shift, k]
            np.maximum(out, 0, out=out)
            out *= scale
            out += offset
            out[mask] = 0
            x = out
        return x


# Words whose slovnet ids are kept (per model): bounded for a long-running ingest.
WORD_CACHE_SIZE = 200_000


def _cached_item(item: Callable[[list[str]], tuple[list[int], list[int]]], cache: dict[str, tuple[int, int]]
                 ) -> Callable[[list[str]], tuple[list[int], list[int]]]:
    """slovnet's encoding of a sentence (a vocabulary id and a shape id per word), word by word from a cache
    (``cache``, shared by the models whose vocabularies are the same): the shape is worked out character by
    character in Python, and news repeats its words."""

    def encode(words: list[str]) -> tuple[list[int], list[int]]:
        word_ids, shape_ids = [], []
        for word in words:
            ids = cache.get(word)
            if ids is None:
                (word_id,), (shape_id,) = item([word])
                ids = cache[word] = (word_id, shape_id)
                if len(cache) > WORD_CACHE_SIZE:
                    cache.clear()
            word_ids.append(ids[0])
            shape_ids.append(ids[1])
        return word_ids, shape_ids

    return encode


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


# A full stop glued between a lower-case word and a capitalised one ends a sentence that razdel runs on: copied
# news loses the space ("зависимости от субъекта.Действующий глава государства"). Not after an abbreviation
# ("проф.Иванов", ``data/dot_abbreviations.txt``), and not in a link or initials (lower case or a single letter).
_GLUED_BEFORE = re.compile(r"[а-яё]{3,}")
_GLUED_AFTER = re.compile(r"[А-ЯЁ][а-яё]+")
_MARKUP_ONLY = re.compile(r"[*_~]+")
_CAPITALISED = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+")


@functools.cache
def _dot_abbreviations() -> frozenset[str]:
    from letopis.lexicon import package_file

    return frozenset(line.strip() for line in package_file("dot_abbreviations.txt").splitlines()
                     if line.strip() and not line.startswith("#"))


def _glued_ends(words: list[tuple[int, int, str]], blanked: Mapping[int, int] | None = None) -> list[int]:
    """Indexes of the words that start a sentence after a glued full stop ("субъекта", ".", "Действующий" -> the
    index of "Действующий"), or after a full stop that Telegram's markdown closes ("привороты", ".", "**",
    "Предложение": razdel sees no sentence end behind the stars).

    ``blanked`` (start -> stop of each run ``_masked`` blanked) tells where the markdown was once its marks are
    no tokens: "**UPD.** Спасатели" (a run right after the full stop) and "высота покрова **составит 15-25 см**.
    Перед" (the emphasis closed before the full stop, so "см." is no abbreviation) end a sentence too."""
    runs = blanked or {}
    ends = []
    for k in range(1, len(words) - 1):
        word, mark, after = words[k - 1], words[k], words[k + 1]
        if mark[2] not in (".", "!", "?"):
            continue
        if runs.get(word[1], -1) == mark[0] and after[0] > mark[1] and _CAPITALISED.fullmatch(after[2]):
            ends.append(k + 1)
            continue
        if word[1] != mark[0] or word[2].lower() in _dot_abbreviations():
            continue
        if mark[1] == after[0] and _GLUED_BEFORE.fullmatch(word[2]) and _GLUED_AFTER.fullmatch(after[2]):
            ends.append(k + 1)
            continue
        if runs.get(mark[1], after[0]) < after[0] and len(word[2]) > 1 and word[2].isalpha() \
                and _CAPITALISED.fullmatch(after[2]):
            ends.append(k + 1)
            continue
        j, stop = k + 1, mark[1]
        while j < len(words) - 1 and words[j][0] == stop and _MARKUP_ONLY.fullmatch(words[j][2]):
            stop, j = words[j][1], j + 1
        if j > k + 1 and words[j][0] > stop and len(word[2]) > 1 and word[2].isalpha() \
                and _CAPITALISED.fullmatch(words[j][2]):
            ends.append(j)
    return ends


def _segment(models: Models, index: int, text: str, blanked: Sequence[tuple[int, int]] = ()) -> list[_RawSentence]:
    """Sentences and their words of a (masked) text, offsets into it. razdel reads each blanked run (``_masked``)
    as one space: it decides a sentence end by the 10 characters either side of the mark, and "Подробнее: "
    followed by 40 spaces where an address was and ". Пишите" would leave it nothing on the left to decide by."""
    from razdel import sentenize, tokenize

    sents = []
    runs = dict(blanked)
    for block_start, block_stop in blocks(text):
        piece, where = _squeezed(text, block_start, block_stop, blanked)
        for sent in sentenize(piece):
            begin = where(sent.start)
            words = []
            for t in tokenize(sent.text):
                # a token holds no space, so its characters are consecutive in the text too
                start = where(sent.start + t.start)
                if _PICTOGRAPHS.search(t.text) and not _PICTOGRAPHS.fullmatch(t.text):
                    words.extend(_split_pictographs(start, t.text))
                else:
                    words.append((start, start + len(t.text), t.text))
            if not words:
                continue
            stop = where(sent.stop - 1) + 1
            cuts = _glued_ends(words, runs) if "." in sent.text or "!" in sent.text or "?" in sent.text else []
            for first, last in zip([0, *cuts], [*cuts, len(words)], strict=True):
                part = words[first:last]
                sents.append(_RawSentence(index, part[0][0] if first else begin,
                                          part[-1][1] if last < len(words) else stop, part))
    return sents


def _squeezed(text: str, start: int, stop: int, blanked: Sequence[tuple[int, int]]
              ) -> tuple[str, Callable[[int], int]]:
    """``text[start:stop]`` with each blanked run inside it cut to its first space, and the map from an offset
    in the result back to an offset in ``text``."""
    runs = [(max(a, start), min(b, stop)) for a, b in blanked if a < stop and b > start]
    runs = [(a, b) for a, b in runs if b - a > 1]
    if not runs:
        return text[start:stop], lambda offset: start + offset
    parts: list[str] = []
    where: list[int] = []
    position = start
    for a, b in runs:
        parts.append(text[position:a + 1])
        where.extend(range(position, a + 1))
        position = b
    parts.append(text[position:stop])
    where.extend(range(position, stop))
    where.append(stop)  # the end of the piece
    return "".join(parts), where.__getitem__


# What is no word of the sentence in Telegram's markdown and in posts' signatures (``_masked``). A markdown link
# keeps its anchor words and loses its brackets and address; the address may hold one level of parentheses
# ("wiki/Мир_(газета)") and the anchor a line break ("[Топор. Экономика —\nПодписаться](https://t.me/+...)").
_MD_LINK = re.compile(r"\[([^\[\]]{0,300})\]\((?:[a-z][a-z0-9+.-]*:|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*\)",
                      re.IGNORECASE)
# A wiki external link (Wikinews): an address and its anchor words in single brackets, "Буркхальтер
# [http://www.osce.org/ru/cio/116317 заявил], что ...": the brackets go with the address, the anchor words stay (a
# bracket left before the verb made it a sentence of its own, its subject and clause lost). Only a link set off by a
# space: one glued to the word before it ("опровергнуто[http://... В «Удмуртавтодоре» опровергли ... :: РИА
# Новости]") is a reference, whose anchor is the source's headline, not words of the sentence.
_WIKI_LINK = re.compile(r"(?<!\S)\[(?:https?|ftp)://[^\s\[\]]+(?:[ \t]+[^\[\]\n]{1,200})?\]", re.IGNORECASE)
# A bare address: a scheme or "www.", or a host with a path ("t.me/banksta", "naked-science.ru/qa"); a host
# alone ("Mail.ru", "Lenta.ru") is an outlet's name and stays a word.
_BARE_URL = re.compile(r"(?<![\w@/.-])(?:(?:https?|tg)://|www\.)[^\s<>«»\"]+"
                       r"|(?<![\w@/.-])(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>«»\"]*", re.IGNORECASE)
# What closes the sentence or the bracket around an address rather than the address ("https://t.me/x/1.", "(см.
# https://ria.ru/...)"): trimmed off a bare address's end and left in the text.
_URL_TAIL = frozenset(".,;:!?…'\"»)]")
# E-mail addresses and Telegram handles: "hello@proglib.io", "@banksta" (a channel's signature after its last
# sentence, a list of winners' usernames): addresses in Latin letters that no stage reads as a name.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{2,}")
# Emphasis, strike-through and code-block marks: "**", "__", "~~", "**__", "```". A single star or underscore is
# left (a footnote "*", a list bullet, an underscore inside a word), and so is a single backtick: news writes it for
# an apostrophe ("Кот-д`Ивуар", "О`Нил"), which a name keeps.
_MARKS = re.compile(r"[*_~]{2,}|`{3,}")


def _masked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text as the models read it, of the same length, and the runs blanked in it: link addresses, their
    brackets, bare addresses, e-mail addresses, handles and markdown marks replaced by spaces, so that razdel
    makes no tokens of them and no sentence ends in them, while every token's offsets still index the article's
    text.

        "Япония [разрешила](https://t.me/x/1) экспорт" -> "Япония  разрешила                    экспорт"
        "**Путин встретился с Си**. @banksta"         -> "  Путин встретился с Си  .         "

    A link's anchor words stay in place ("[разрешила]" is the sentence's verb); an address that is the anchor
    ("[bit.ly/bbcrussian](...)") goes too. Hashtags stay: "#Россия" names the post's topic by a word."""
    if not any(mark in text for mark in ("](", "://", "www.", "/", "@", "*", "_", "~", "`")):
        return text, []  # most news texts: nothing to blank
    spans: list[tuple[int, int]] = []
    for link in _MD_LINK.finditer(text):
        spans.append((link.start(), link.start(1)))  # "["
        spans.append((link.end(1), link.end()))  # "](https://...)"
    for link in _WIKI_LINK.finditer(text):
        spans.append((link.start(), link.start() + 1))  # "["
        spans.append((link.end() - 1, link.end()))  # "]"
    for found in _BARE_URL.finditer(text):
        spans.append((found.start(), found.start() + len(_without_tail(found.group()))))
    for pattern in (_EMAIL, _HANDLE, _MARKS):
        spans.extend((found.start(), found.end()) for found in pattern.finditer(text))
    if not spans:
        return text, []
    runs: list[tuple[int, int]] = []
    for start, stop in sorted(spans):
        if runs and start <= runs[-1][1]:  # runs that overlap or touch are one run ("**__", "](...)**")
            runs[-1] = (runs[-1][0], max(runs[-1][1], stop))
        elif start < stop:
            runs.append((start, stop))
    chars = list(text)
    for start, stop in runs:
        chars[start:stop] = " " * (stop - start)
    return "".join(chars), runs


def _without_tail(address: str) -> str:
    """A bare address without the punctuation that closes the sentence or a bracket around it: "https://t.me/x/1."
    -> "https://t.me/x/1", "(см. https://ru.wikipedia.org/wiki/Мир_(газета))" -> ".../Мир_(газета)"."""
    while address and address[-1] in _URL_TAIL:
        if address[-1] == ")" and address.count("(") >= address.count(")"):
            break
        address = address[:-1]
    return address


# Lemmas by (word, tag): news repeats its words, and natasha's lemmatizer re-selects a pymorphy form every call.
# Bounded so that a long-running ingest does not grow without limit.
_LEMMAS: dict[tuple[str, str], str] = {}
LEMMA_CACHE_SIZE = 200_000


def _lemma(vocab: Any, text: str, tag: _Tag) -> str:
    key = (text, tag.tag)
    lemma = _LEMMAS.get(key)
    if lemma is None:
        # ``load_vocab``'s vocabulary, or another natasha MorphVocab a caller passed in its ``Models``
        lemma = _lemmatize(vocab, text, tag.pos, tag.feats) if type(vocab).parse is _vocab_parse \
            else vocab.lemmatize(text, tag.pos, tag.feats)
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


def _batches(sizes: Sequence[int]) -> list[list[int]]:
    """Indexes of the items grouped for the models, shortest first: a batch holds items of about one length.

    slovnet pads every batch to its longest member, and a padded word costs what a word costs. Batches of a
    fixed count, even sorted, wasted 28% of the sentences' words and 41% of the NER texts' on telegram posts
    (a batch of 32 sentences spans short and long ones). A batch here ends before an item longer than
    ``BATCH_SPREAD`` times its first, before ``BATCH_WORDS`` padded words, or at ``BATCH_SIZE`` items: 6-9%
    wasted. Every item's result is its own (padding is masked), so the grouping changes no output.
    """
    order = sorted(range(len(sizes)), key=sizes.__getitem__)
    batches: list[list[int]] = []
    batch: list[int] = []
    for index in order:
        size = max(sizes[index], 1)
        if batch and (len(batch) >= BATCH_SIZE or (len(batch) + 1) * size > BATCH_WORDS
                      or size > BATCH_SPREAD * max(sizes[batch[0]], 1)):
            batches.append(batch)
            batch = []
        batch.append(index)
    if batch:
        batches.append(batch)
    return batches


def _by_length(run: Callable[[list[T]], Iterable[R]], items: Sequence[T], sizes: Sequence[int]) -> list[R]:
    """``run`` over ``items`` in batches of similar size (``_batches``), results in the order of ``items``."""
    results: list[R | None] = [None] * len(items)
    for batch in _batches(sizes):
        for index, result in zip(batch, run([items[i] for i in batch]), strict=True):
            results[index] = result
    return [r for r in results if r is not None]


@dataclass(frozen=True)
class _Tag:
    """A morphology tag of slovnet's ("NOUN|Case=Nom|Gender=Fem|Number=Sing"), read once per tag."""

    tag: str
    pos: str
    feats: dict[str, str]


@functools.cache
def _read_tag(tag: str) -> _Tag:
    from slovnet.conll import parse_conll_tag

    pos, feats = parse_conll_tag(tag)
    return _Tag(tag, pos, feats)


def _morph(models: Models, word_lists: list[list[str]], lengths: list[int]) -> list[list[_Tag]]:
    """slovnet's morphology (its ``MorphInfer``) without its records: a tag per word, each tag read once."""
    from slovnet.exec.mask import split_masked

    infer = models.morph_tagger.infer
    vocab = infer.decoder.tags_vocab

    def run(batch: list[list[str]]) -> Iterator[list[_Tag]]:
        for data in infer.encoder(batch):
            pred = infer.model.head.decode(infer.model(data.word_id, data.shape_id, data.pad_mask))
            for ids in split_masked(pred, ~data.pad_mask):
                yield [_read_tag(vocab.decode(i)) for i in ids.tolist()]

    return _by_length(run, word_lists, lengths)


def _syntax(models: Models, word_lists: list[list[str]], lengths: list[int]) -> list[list[tuple[int, str]]]:
    """slovnet's syntax (its ``SyntaxInfer``) without its records: (head, relation) per word, the head 1-based
    within the sentence and 0 for the root."""
    from slovnet.exec.mask import split_masked

    infer = models.syntax_parser.infer
    model = infer.model
    rels = infer.decoder.rels_vocab

    def run(batch: list[list[str]]) -> Iterator[list[tuple[int, str]]]:
        for data in infer.encoder(batch):
            pred = model(data.word_id, data.shape_id, data.pad_mask)
            mask = ~data.pad_mask
            heads = split_masked(model.head.decode(pred.head_id, mask), mask)
            relations = split_masked(model.rel.decode(pred.rel_id, mask), mask)
            for head_ids, rel_ids in zip(heads, relations, strict=True):
                yield list(zip(head_ids.tolist(), [rels.decode(r) for r in rel_ids.tolist()], strict=True))

    return _by_length(run, word_lists, lengths)


def _ner(models: Models, texts: Sequence[str]) -> list[list[Any]]:
    """slovnet's NER (its ``NERInfer``) with the words of each text counted before batching: the spans (start,
    stop, type) of each text.

    slovnet wraps each of razdel's tokens in a record of its own, keeps only its words, and after tagging finds
    each word in the text again (``BIOMarkup.to_span``) to read the spans off the tags; razdel's tokens already
    say where each word is (a word holds no space and every character between two tokens is a space, so the
    search finds the token's own place), and the spans are read off them directly (``bio_spans``, what
    ``to_span`` runs), for the same spans."""
    from razdel import tokenize
    from slovnet.bio import bio_spans

    infer = models.ner_tagger.infer
    tokens = [list(tokenize(text)) for text in texts]
    items = [[token.text for token in text_tokens] for text_tokens in tokens]

    def run(batch: list[int]) -> Iterable[list[Any]]:
        # A text with no words for the model (a post of one emoji, blanked by _for_ner) is not sent to it:
        # slovnet's decoder fails on a batch of nothing.
        todo = [i for i in batch if items[i]]
        preds = iter(infer.decoder(infer.process(infer.encoder([items[i] for i in todo]))) if todo else ())
        for index in batch:
            yield list(bio_spans(tokens[index], next(preds))) if items[index] else []

    return _by_length(run, list(range(len(texts))), [len(words) for words in items])


_PICTURE_EDGE_LEFT = re.compile(rf"(?:\s|{_PICTOGRAPHS.pattern})+")
_PICTURE_EDGE_RIGHT = re.compile(rf"(?:\s|{_PICTOGRAPHS.pattern})+$")


def _cut_at_runs(text: str, start: int, stop: int, blanked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A NER span cut where a blanked run lies inside it, each piece with a letter kept. slovnet reads the text
    across line breaks, and the blanked text joins what the link or the stars kept apart: "Москвы\n<address>\nПарк
    Дружбы" was one place, "❗️Миллиардера **Алишера Усманова**" one person with the noun; a name does not run
    across the edge of its emphasis or its link."""
    inside = [(a, b) for a, b in blanked if start < a and b < stop] if blanked else []
    if not inside:
        return [(start, stop)]
    pieces = []
    for a, b in zip([start] + [b for _, b in inside], [a for a, _ in inside] + [stop], strict=True):
        # a piece loses the spaces and pictographs at its edges ("Яндекс\n📺 [Микросервисы" -> "Яндекс", ...)
        lead, trail = _PICTURE_EDGE_LEFT.match(text, a, b), _PICTURE_EDGE_RIGHT.search(text, a, b)
        a, b = lead.end() if lead else a, trail.start() if trail else b
        if a < b and any(ch.isalpha() for ch in text[a:b]):
            pieces.append((a, b))
    return pieces


def parse(articles: Sequence[Article], models: Models | None = None) -> list[Doc]:
    """Tokens, sentences, lemmas, syntax and NER mentions for a batch of articles."""
    models = models or load_models()
    # Every model reads the masked text (links, addresses and markdown marks blanked, ``_masked``); the tokens,
    # sentences and mentions keep offsets into the article's own text, which is the same length.
    masked = [_masked(article.text) for article in articles]
    raw: list[_RawSentence] = []
    for index, (text, blanked) in enumerate(masked):
        raw.extend(_segment(models, index, text, blanked))

    # The models learnt from text written with "е" for "ё": "Соединённых" is unknown to them where "Соединенных"
    # is not. They see "е"; tokens keep the text as written (the replacement keeps every offset).
    word_lists = [[_without_yo(w[2]) for w in sent.words] for sent in raw]
    lengths = [len(words) for words in word_lists]
    morphs = _morph(models, word_lists, lengths)
    syntaxes = _syntax(models, word_lists, lengths)
    ners = _ner(models, [_for_ner(text) for text, _ in masked])

    tokens: list[list[Token]] = [[] for _ in articles]
    sents: list[list[Sentence]] = [[] for _ in articles]
    vocab = models.morph_vocab
    for sent, morph, syntax in zip(raw, morphs, syntaxes, strict=True):
        doc_tokens = tokens[sent.doc]
        first = len(doc_tokens)
        sent_index = len(sents[sent.doc])
        for (start, stop, text), tag, (head, rel) in zip(sent.words, morph, syntax, strict=True):
            lemma = _lemma(vocab, text, tag) if tag.pos != "PUNCT" else text
            doc_tokens.append(Token(
                start=start, stop=stop, text=text, lemma=lemma, pos=tag.pos,
                feats=dict(tag.feats), head=first + head - 1 if head > 0 else -1,
                rel=rel, sent=sent_index,
            ))
        sents[sent.doc].append(Sentence(sent.start, sent.stop, first, len(doc_tokens)))

    docs = []
    for index, article in enumerate(articles):
        blanked = masked[index][1]
        mentions = tuple(
            Mention(start=start, stop=stop, text=article.text[start:stop], type=s.type, normal="")
            for s in ners[index] for start, stop in _cut_at_runs(masked[index][0], s.start, s.stop, blanked)
        )
        docs.append(Doc(article=article, tokens=tuple(tokens[index]), sents=tuple(sents[index]),
                        mentions=mentions, notes={}))
    return docs
