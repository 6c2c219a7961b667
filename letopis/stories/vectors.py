"""Lead vectors: what a report is about as one dense vector, from the word embedding natasha's taggers load.

A report's lead vector is the mean of the navec vectors (``letopis.analysis.nlp.load_embedding``: news, 300-d,
product-quantised) of its content lemmas, each weighted by how often the report uses it (title lemmas counted
``HEAD_BOOST`` times more, as in the lemma cosine) and by its IDF from the story table, then scaled to unit length.
Two reports' vectors have a cosine near 1 when they speak of the same things in other words ("сбил" / "уничтожил",
"землетрясение" / "толчки"), which the exact lemma cosine does not see.

The vector is not stored with the item: it is recomputed from the item's lemmas when the item is profiled
(``score.profile(item, vectors=True)``; 0.13-0.16 ms CPU for a report of 80 distinct lemmas, most of it numpy
gathering the words' quantised slices), so items persisted before it existed score the same way, and the store
keeps no 300 numbers per article. The shipped score gives it no weight (``score.VECTOR_WEIGHT``), so the index
does not make it; the stories benchmark measures what it would bring. A report none of whose lemmas the
embedding knows (emoji, digits) has no vector, and the signal then leaves its score alone.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray

Vector = NDArray[np.float32]


@functools.cache
def _embedding() -> tuple[dict[str, int], NDArray[np.uint8], NDArray[np.float32], NDArray[np.intp]]:
    """navec's word ids, each word's codes (one centroid per sub-space) and the centroids, read once per process
    from the object the taggers use (no second copy of the 26 MB table)."""
    from letopis.analysis.nlp import load_embedding

    emb: Any = load_embedding()
    pq = emb.pq
    return emb.vocab.word_ids, pq.indexes, pq.codes, np.arange(pq.qdim)


def lead_vector(weights: Mapping[str, float]) -> Vector | None:
    """The unit-length weighted mean of the vectors of ``weights``' terms that the embedding knows; None when it
    knows none of them (or they cancel out)."""
    ids, indexes, codes, qdims = _embedding()
    known = [(i, w) for term, w in weights.items() if (i := ids.get(term)) is not None and w > 0.0]
    if not known:
        return None
    rows = np.fromiter((i for i, _ in known), dtype=np.intp, count=len(known))
    scale = np.fromiter((w for _, w in known), dtype=np.float32, count=len(known))
    # codes[q, indexes[row, q]] is the q-th slice of a word's vector: (words, sub-spaces, slice) -> (words, 300)
    vectors = codes[qdims, indexes[rows]].reshape(len(known), -1)
    total: Vector = scale @ vectors
    norm = float(np.linalg.norm(total))
    if not norm or not np.isfinite(norm):
        return None
    result: Vector = (total / norm).astype(np.float32)
    return result


def vector_cosine(a: Vector | None, b: Vector | None) -> float | None:
    """The cosine of two lead vectors (both unit length), or None when either report has none."""
    if a is None or b is None:
        return None
    return float(a @ b)
