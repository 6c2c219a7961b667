"""Events as (type, source name, target name, modality): how the event test tables state what they expect."""

from __future__ import annotations

from letopis import Article, Doc, Event, Pipeline

Described = tuple[str, str | None, str | None, str]


def described_events(pipeline: Pipeline, text: str, published: str) -> list[Described]:
    doc = pipeline.analyze_one(Article(text=text, published=published))
    return [describe(doc, e) for e in doc.events]


def describe(doc: Doc, event: Event) -> Described:
    def name(entity_id: str | None) -> str | None:
        return doc.entity(entity_id).name if entity_id else None

    return event.type, name(event.source), name(event.target), event.modality
