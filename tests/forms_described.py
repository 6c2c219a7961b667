"""Names as the base-form test tables state what they expect: each mention's written text with its normal, or
with its entity's name; the pipeline without the stages after names."""

from __future__ import annotations

from letopis.analysis import Pipeline
from letopis.records import Article


def names_pipeline() -> Pipeline:
    return Pipeline(disable=("posts", "quotes", "events", "commitments"))


def normals(pipeline: Pipeline, sentence: str) -> dict[str, str]:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    return {m.text: m.normal for m in doc.mentions}


def entity_names(pipeline: Pipeline, sentence: str) -> dict[str, str]:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    names = {e.id: e.name for e in doc.entities}
    return {m.text: names[m.entity] for m in doc.mentions}
