"""The words full-text search reads: lemmas from the analysis and the words as written, lower case, "ё" as "е".
A query is lemmatised the same way, so "переговоров" finds "переговоры"::

    query_terms("переговоров Токаева")  ->  [["переговоров", "переговоры"], ["токаев", "токаева"]]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import chain
from operator import attrgetter
from typing import Any

from letopis.memo import Memo
from letopis.records import Doc, Token

WORD = re.compile(r"\w+")
# A query of more words than this is cut: each word is an AND, and nobody types thirty of them on purpose.
MAX_QUERY_WORDS = 12


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def words(text: str) -> list[str]:
    return [norm(w) for w in WORD.findall(text)]


def doc_terms(doc: Doc) -> str:
    """Each token's lemma and, when it differs, its form as written; the title's words with their lemmas.
    An article that was not analysed (another language) is searchable by its words as written."""
    title = doc.article.title or ""
    terms = [t for word in words(title) for t in lemmas(word)]
    if doc.tokens:
        terms.extend(_token_terms(doc.tokens))
    else:
        terms.extend(words(doc.article.text))
    return " ".join(terms)


def span_terms(doc: Doc, start: int, stop: int) -> str:
    """The terms of the tokens inside [start, stop), space-padded: " лемма форма ... " for LIKE '% лемма %'."""
    inside = [t for t in doc.tokens if t.start >= start and t.stop <= stop]
    found = _token_terms(inside) if inside else words(doc.text[start:stop])
    return " " + " ".join(dict.fromkeys(found)) + " "


def _token_terms(tokens: Iterable[Token]) -> list[str]:
    # Walked in C (attrgetter, the memory's subscript, chain): it runs for every token of every article.
    return list(chain.from_iterable(map(_TERMS.__getitem__, map(_TEXT_LEMMA, tokens))))


_TEXT_LEMMA = attrgetter("text", "lemma")


def _terms_of(text: str, lemma: str | None) -> tuple[str, ...]:
    """A token's words as written, then its lemma's words that differ from the token as written (none for a
    token without a lemma)."""
    written = norm(text)
    return (*words(text), *(part for part in WORD.findall(norm(lemma or "")) if part != written))


# Most tokens of an article are words every article has: each (text, lemma) met is looked up once.
_TERMS: Memo[tuple[str, str | None], tuple[str, ...]] = Memo(lambda key: _terms_of(*key))


def forget_words() -> None:
    """Empty what ``prepare`` remembers of tokens and lemmas: their search terms, their story items' lemmas,
    whether they are status cues, the states their adjectives name, the areas, stems and numbers of the story
    profile; and the keys of entities' names the writer remembers (for a benchmark whose runs must each start
    cold: a one-worker ingest prepares in the benchmark's own process, after the others)."""
    from letopis.store import canon, write
    from letopis.stories import items, score

    for memory in (_TERMS, items._WORD_LEMMAS, write._CUE_WORDS, write._ADJECTIVE_STATES, score._AREAS, score._STEMS,
                   score._NUMBERS, canon._ALIAS_KEYS):
        memory.clear()


def query_terms(query: str) -> list[list[str]]:
    """For each query word, the word and every lemma it may have; a document must hold one of each list."""
    return [lemmas(word) for word in words(query)[:MAX_QUERY_WORDS]]


def lemmas(word: str) -> list[str]:
    forms = {word}
    for parse in _vocab().parse(word):
        forms.update(WORD.findall(norm(parse.normal)))
    return sorted(forms)


@cache
def _vocab() -> Any:
    """pymorphy2's dictionary through natasha's MorphVocab (~0.3 s, once): the lemmas the analysis gives."""
    from natasha import MorphVocab

    return MorphVocab()
