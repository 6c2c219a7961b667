"""Near-duplicates: MinHash signatures of word shingles and an LSH index over them (datasketch).

A signature is ``NUM_PERM`` uint32 values, stored as bytes so the store can keep it in a BLOB column; the
permutations are fixed by ``SEED`` and ``SCHEME``, so a signature made today compares with one made next year.
Changing any of them invalidates persisted signatures: rebuild the items (``story_item``) after a change.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from collections.abc import Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH  # type: ignore[import-untyped]

NUM_PERM = 128
SEED = 20240
SCHEME = "affine32"
SHINGLE = 3  # words per shingle: lemmas, so case endings do not break a match
SIGNATURE_BYTES = NUM_PERM * 4
# Jaccard similarity of shingle sets at which two articles are near-duplicates (the same text, small edits).
# Chosen by hand, not tuned: a reworded lead with the same facts scores 0.2-0.4, a copy with a changed
# outlet line or title 0.6+. The same-story score catches what falls below.
DUPLICATE_JACCARD = 0.5


@functools.cache
def _permutations() -> tuple[object, ...]:
    return (MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations,)


def _hash(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=4).digest(), "little")


def shingles(words: Sequence[str]) -> set[bytes]:
    """Word ``SHINGLE``-grams of a text (a shorter text is one shingle): ["a", "b", "c", "d"] -> {"a b c", "b c d"}."""
    if len(words) <= SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(words: Sequence[str]) -> bytes:
    """The MinHash signature of a text's words as ``SIGNATURE_BYTES`` bytes (an empty text has the empty sketch)."""
    minhash = _sketch.__dict__.get("minhash")
    if minhash is None:
        # One sketch a thread, cleared for each text: making one costs a tenth of a signature.
        minhash = _sketch.minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_hash,
                                            permutations=_permutations()[0], scheme=SCHEME)
    else:
        minhash.clear()
    minhash.update_batch(list(shingles(words)))
    return bytes(minhash.hashvalues.astype("<u4").tobytes())


_sketch = threading.local()


def to_minhash(sig: bytes) -> MinHash:
    """The signature as datasketch's lean MinHash: its values, without the permutations (the LSH index only
    reads the values; the permutations take longer to attach than the index takes to file them)."""
    if len(sig) != SIGNATURE_BYTES:
        raise ValueError(f"a signature has {SIGNATURE_BYTES} bytes, this one {len(sig)}; re-create it with story_item")
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(sig, dtype="<u4").astype(np.uint32), scheme=SCHEME)


# The signature of an empty text: every value at its maximum (nothing was hashed).
EMPTY_SIGNATURE = bytes(np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype="<u4").tobytes())


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets (0.0 when either text is empty)."""
    va, vb = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    empty = np.iinfo(np.uint32).max
    if (va == empty).all() or (vb == empty).all():
        return 0.0
    return float((va == vb).mean())


class DuplicateIndex:
    """Candidates for near-duplicates of a signature: LSH buckets, confirmed by the estimated Jaccard."""

    def __init__(self, threshold: float = DUPLICATE_JACCARD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, bytes] = {}
        self._last: tuple[bytes, MinHash] | None = None

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def add(self, key: str, sig: bytes) -> None:
        if key in self._signatures or sig == EMPTY_SIGNATURE:
            return
        # Checked above, so the LSH need not look the key up again.
        self._lsh.insert(key, self._minhash(sig), check_duplication=False)
        self._signatures[key] = sig

    def _minhash(self, sig: bytes) -> MinHash:
        """The signature as a lean MinHash, made once where ``query`` is followed by ``add`` of the same text
        (a story index places an article, then adds it)."""
        last = self._last
        if last is not None and last[0] == sig:
            return last[1]
        made = to_minhash(sig)
        self._last = (sig, made)
        return made

    def remove(self, key: str) -> None:
        if self._signatures.pop(key, None) is not None:
            self._lsh.remove(key)

    def query(self, sig: bytes) -> list[tuple[str, float]]:
        """Keys whose estimated Jaccard with ``sig`` is at least the threshold, most similar first."""
        if sig == EMPTY_SIGNATURE:
            return []
        found = [(key, jaccard(sig, self._signatures[key])) for key in self._lsh.query(self._minhash(sig))]
        return sorted((kv for kv in found if kv[1] >= self.threshold), key=lambda kv: (-kv[1], kv[0]))
