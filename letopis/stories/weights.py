"""How much a shared lemma or entity says: inverse document frequencies from a shipped table.

``data/story_df.tsv`` holds document frequencies of content lemmas and entity keys counted over telegram-news-2024
posts (https://github.com/NKTKLN/telegram-news-classifier, CC BY 4.0, see NOTICE), made by
``python -m letopis.bench.stories --build-df``. A term the table lacks is as rare as a term seen once. A fixed
table, rather than counts that grow as articles arrive, keeps a pair's score the same whatever came before it, so
``StoryIndex.rebuild`` gives the same stories as the ingest did.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from letopis.lexicon import LexiconError, package_file

DF_FILE = "story_df.tsv"


@dataclass(frozen=True)
class Idf:
    """Inverse document frequency: ``log((n_docs + 1) / (df + 1))``, rare terms weigh most."""

    n_docs: int
    df: Mapping[str, int]
    # Each term's IDF once computed: a profile asks for the same few thousand terms for every article. Terms the
    # table lacks all weigh as one seen once and are not kept, so the memory stays within the table's size.
    _memo: dict[str, float] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __call__(self, term: str) -> float:
        found = self._memo.get(term)
        if found is None:
            df = self.df.get(term)
            if df is None:
                return self._unseen
            found = self._memo[term] = math.log((self.n_docs + 1) / (df + 1))
        return found

    @functools.cached_property
    def _unseen(self) -> float:
        """The IDF of a term the table lacks, as rare as a term seen once."""
        return math.log((self.n_docs + 1) / (1 + 1))

    @classmethod
    def count(cls, documents: Iterable[Iterable[str]]) -> Idf:
        """Document frequencies of the terms of ``documents`` (each an iterable of terms, repeats ignored)."""
        df: Counter[str] = Counter()
        n = 0
        for terms in documents:
            df.update(set(terms))
            n += 1
        return cls(n, dict(df))

    def to_tsv(self, header: str, min_df: int = 2) -> str:
        lines = [f"# {line}" for line in header.splitlines()]
        lines.append(f"@documents\t{self.n_docs}")
        for term, df in sorted(self.df.items(), key=lambda kv: (-kv[1], kv[0])):
            if df >= min_df and "\t" not in term and "\n" not in term:
                lines.append(f"{term}\t{df}")
        return "\n".join(lines) + "\n"

    @classmethod
    def from_tsv(cls, text: str, where: str = DF_FILE) -> Idf:
        n_docs = 0
        df: dict[str, int] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            term, _, count = line.partition("\t")
            try:
                value = int(count)
            except ValueError:
                raise LexiconError(f"{where}, line {number}: {count!r} is not a count; rebuild the table") from None
            if term == "@documents":
                n_docs = value
            else:
                df[term] = value
        if n_docs <= 0:
            raise LexiconError(f"{where}: no '@documents' row; rebuild the table")
        return cls(n_docs, df)


@functools.cache
def default_idf() -> Idf:
    return Idf.from_tsv(package_file(DF_FILE))
