"""A bounded memory of a pure function's answers, for lookups made once per token or lemma of every article.

    areas = Memo(lemma_area)
    areas["тверской"]                      # computed once, then a dict subscript
    list(map(areas.__getitem__, lemmas))   # the lookups run in C

A dict subscript (and ``map`` over ``__getitem__``) costs about half an ``functools.lru_cache`` call; the answers
must depend on the key and the shipped tables only. At ``size`` keys the memory starts afresh rather than keeping
the most recent: the words of news repeat, so it fills again with what is met most.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

SIZE = 1 << 16


class Memo(dict[K, V]):
    """``compute(key)`` of each key met, up to ``size`` of them."""

    def __init__(self, compute: Callable[[K], V], size: int = SIZE) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: K) -> V:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.compute(key)
        return value
