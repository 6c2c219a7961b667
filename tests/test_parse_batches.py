"""The parse's speed-ups change no output: slovnet's CNN encoder computed without copying its windows, the words'
ids cached, and sentences and texts grouped by length for the models (a sentence's result is its own)."""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import pytest

from letopis.analysis import nlp
from letopis.records import Article, Doc

TEXTS = (
    "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с премьер-министром Беларуси Романом Головченко.",
    "«Мы выполняем те задачи, которые поставили главы государств», - сказал Роман Головченко.",
    "Глава МИД России Сергей Лавров заявил, что Москва готова к диалогу с Вашингтоном.\n"
    "Встреча пройдёт в Женеве в начале марта.",
    "⚡️Дождь.",
    "Госдума приняла в первом чтении законопроект о запрете продажи энергетических напитков детям, "
    "сообщила пресс-служба нижней палаты парламента; документ внесли депутаты фракции «Новые люди», "
    "а рассмотрение во втором чтении запланировано на весну, после консультаций с правительством, "
    "Роспотребнадзором, представителями бизнеса и родительских организаций из нескольких регионов страны.",
)


def _layers(doc: Doc) -> tuple[Any, ...]:
    return (tuple((t.start, t.stop, t.lemma, t.pos, tuple(sorted(t.feats.items())), t.head, t.rel, t.sent)
                  for t in doc.tokens), doc.sents, doc.mentions)


@pytest.mark.parametrize(("sizes", "batches"), [
    ([], []),
    ([12, 10, 11], [[1, 2, 0]]),  # shortest first: 10, 11, 12
    ([10, 10, 10, 30], [[0, 1, 2], [3]]),  # a long sentence does not pad three short ones
    ([3, 4, 5], [[0], [1, 2]]),  # 4 > 1.25 * 3; 5 <= 1.25 * 4
    ([0, 1, 1], [[0, 1, 2]]),  # an empty item counts as one word
    ([600, 600], [[0], [1]]),  # two of 600 words would pass BATCH_WORDS
])
def test_batches_hold_items_of_about_one_length(sizes: list[int], batches: list[list[int]]) -> None:
    assert nlp._batches(sizes) == batches


def test_batches_stop_at_their_size() -> None:
    batches = nlp._batches([7] * (nlp.BATCH_SIZE + 1))
    assert [len(b) for b in batches] == [nlp.BATCH_SIZE, 1]


def test_every_item_is_in_one_batch_shortest_first() -> None:
    sizes = [len(t.split()) for t in TEXTS * 20]
    batches = nlp._batches(sizes)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(len(sizes)))
    assert [sizes[i] for i in flat] == sorted(sizes)


def test_the_shifted_encoder_computes_slovnets() -> None:
    models = nlp.load_models()
    rng = np.random.default_rng(0)
    for model in (models.morph_tagger, models.syntax_parser, models.ner_tagger):
        encoder = model.infer.model.encoder
        x = rng.standard_normal((4, 9, encoder.layers[0][0].shape[0])).astype(np.float32)
        mask = np.zeros((4, 9), dtype=bool)
        mask[1:, 6:] = True
        x[mask] = 0
        ours, theirs = encoder(x, mask), encoder.original(x, mask)
        assert ours.shape == theirs.shape
        assert np.abs(ours - theirs).max() < 1e-5 * np.abs(theirs).max() * x.shape[-1]  # rounding only
        assert not ours[mask].any()


def test_the_parse_equals_slovnets_own_one_item_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [Article(text=t, id=str(i)) for i, t in enumerate(TEXTS)]
    ours = [_layers(d) for d in nlp.parse(articles)]
    models = nlp.load_models()
    for model in (models.morph_tagger, models.syntax_parser, models.ner_tagger):
        monkeypatch.setattr(model.infer.model, "encoder", model.infer.model.encoder.original)
        monkeypatch.setattr(model.infer.encoder, "item", type(model.infer.encoder).item.__get__(model.infer.encoder))
    monkeypatch.setattr(nlp, "BATCH_SIZE", 1)
    theirs = [_layers(nlp.parse([a])[0]) for a in articles]
    assert ours == theirs
    assert theirs[2][2], "NER finds the names"


def test_batched_parse_equals_the_parse_of_each_article_alone() -> None:
    articles = [Article(text=t, id=str(i)) for i, t in enumerate(TEXTS * 3)]
    together = [_layers(d) for d in nlp.parse(articles)]
    alone = [_layers(nlp.parse([a])[0]) for a in articles]
    assert together == alone


def test_morphology_and_syntax_read_as_slovnets_records() -> None:
    models = nlp.load_models()
    words = [[t.text for t in nlp.parse([Article(text=text, id="t")])[0].tokens] for text in TEXTS]
    lengths = [len(w) for w in words]
    morph = [[(t.pos, t.feats) for t in sent] for sent in nlp._morph(models, words, lengths)]
    syntax = nlp._syntax(models, words, lengths)
    assert morph == [[(t.pos, t.feats) for t in m.tokens] for m in models.morph_tagger.map(words)]
    assert syntax == [[(int(t.head_id), t.rel) for t in s.tokens] for s in models.syntax_parser.map(words)]


@pytest.mark.parametrize(("before", "inside"), [
    ({}, {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}),
    ({"OPENBLAS_NUM_THREADS": "4"}, {"OPENBLAS_NUM_THREADS": "4"}),  # the user's own limit is kept
    ({"OMP_NUM_THREADS": "2"}, {"OMP_NUM_THREADS": "2"}),
])
def test_numpy_loads_with_one_blas_thread_unless_told(monkeypatch: pytest.MonkeyPatch, before: dict[str, str],
                                                      inside: dict[str, str]) -> None:
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in before.items():
        monkeypatch.setenv(name, value)
    names = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
    with nlp._blas_threads(1):
        assert {n: os.environ[n] for n in names if n in os.environ} == inside
    assert {n: os.environ[n] for n in names if n in os.environ} == before  # child processes keep their own


BLAS_PROBE = """
import ctypes, glob, os, sys
import {module}
import numpy
libs = glob.glob(os.path.join(os.path.dirname(numpy.__file__), os.pardir, "numpy.libs", "*openblas*"))
if not libs:
    print("no-openblas")
    sys.exit()
lib = ctypes.CDLL(libs[0])
getters = [n for n in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_", "openblas_get_num_threads")
           if hasattr(lib, n)]
print(getattr(lib, getters[0])() if getters else "no-getter")
"""


@pytest.mark.parametrize("module", ["letopis.stories.minhash", "letopis.store.ingestion", "letopis.analysis"])
def test_blas_has_one_thread_whichever_part_of_letopis_loads_numpy_first(module: str) -> None:
    """The story index imports numpy (datasketch) before any model: the limit must already hold then."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
                                                             "MKL_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", BLAS_PROBE.format(module=module)], env=env, check=True,
                         capture_output=True, text=True).stdout.strip()
    if not out.isdigit():
        pytest.skip(f"cannot ask this numpy's BLAS for its threads ({out})")
    assert out == "1"
