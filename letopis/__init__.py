"""letopis: a checkable chronicle of Russian-language news.

    >>> from letopis import analyze
    >>> docs = analyze(open("page.txt", encoding="utf-8").read())   # one Doc per article of the page
    >>> [(e.name, e.type, e.country) for e in docs[0].entities]
"""

from __future__ import annotations

from collections.abc import Iterable

from letopis.analysis import Pipeline
from letopis.errors import ArticleError, InputError, LetopisError, SchemaError, UsageError
from letopis.records import (
    Article,
    Commitment,
    Doc,
    Entity,
    Event,
    Mention,
    Post,
    Quote,
    Sentence,
    Token,
)
from letopis.serialize import SCHEMA, doc_from_json, doc_to_json

__all__ = [
    "SCHEMA",
    "Article",
    "ArticleError",
    "Commitment",
    "Doc",
    "Entity",
    "Event",
    "InputError",
    "LetopisError",
    "Mention",
    "Pipeline",
    "Post",
    "Quote",
    "SchemaError",
    "Sentence",
    "Token",
    "UsageError",
    "analyze",
    "doc_from_json",
    "doc_to_json",
]

_pipeline: Pipeline | None = None


def analyze(source: str | Article | Iterable[Article]) -> list[Doc]:
    """Analyse a text page (split into its reports), an Article, or several Articles: one Doc per article."""
    global _pipeline
    from letopis.sources import read_text

    if isinstance(source, str):
        articles: Iterable[Article] = read_text(source)
    elif isinstance(source, Article):
        articles = [source]
    else:
        articles = source
    if _pipeline is None:
        _pipeline = Pipeline()
    return list(_pipeline.analyze(articles))
