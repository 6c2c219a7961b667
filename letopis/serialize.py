"""The JSON contract of an analysed article (schema 1), used by the CLI, the tests, the API and the store.

    {"schema": 1, "id", "title", "outlet", "cites", "published", "url", "text",
     "entities": [{"id", "type", "name", "country", "mentions": [{"start", "stop", "text", "normal", "kind"}]}],
     "posts": [{"person", "post", "of", "start", "stop"}],
     "quotes": [...], "events": [...], "commitments": [...]}
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from letopis.errors import SchemaError
from letopis.records import Article, Commitment, Doc, Entity, Event, Mention, Post, Quote

SCHEMA = 1


def doc_to_json(doc: Doc) -> dict[str, Any]:
    article = doc.article
    entities = []
    for entity in doc.entities:
        entities.append({
            "id": entity.id,
            "type": entity.type,
            "name": entity.name,
            "country": entity.country,
            "mentions": [
                {"start": m.start, "stop": m.stop, "text": m.text, "normal": m.normal, "kind": m.kind}
                for m in doc.mentions_of(entity.id)
            ],
        })
    return {
        "schema": SCHEMA,
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "cites": article.cites,
        "published": article.published,
        "url": article.url,
        "lang": article.lang,
        "text": article.text,
        "entities": entities,
        "posts": [asdict(p) for p in doc.posts],
        "quotes": [asdict(q) for q in doc.quotes],
        "events": [{**asdict(e), "participants": list(e.participants)} for e in doc.events],
        "commitments": [{**asdict(c), "parties": list(c.parties)} for c in doc.commitments],
    }


def doc_from_json(data: dict[str, Any]) -> Doc:
    """Read a document back (without tokens and sentences, which the contract does not carry)."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise SchemaError(f"not a letopis document of schema {SCHEMA}: schema={data.get('schema')!r}"
                          if isinstance(data, dict) else "not a letopis document: expected a JSON object")
    try:
        article = Article(
            text=data["text"], id=data["id"], title=data.get("title"), outlet=data.get("outlet"),
            cites=data.get("cites"), published=data.get("published"), url=data.get("url"),
            lang=data.get("lang"),
        )
        entities = []
        mentions = []
        for item in data["entities"]:
            entities.append(Entity(id=item["id"], type=item["type"], name=item["name"],
                                   country=item.get("country")))
            for m in item["mentions"]:
                mentions.append(Mention(start=m["start"], stop=m["stop"], text=m["text"],
                                        type=item["type"], normal=m["normal"], entity=item["id"],
                                        kind=m.get("kind", "name")))
        mentions.sort(key=lambda m: (m.start, m.stop))
        return Doc(
            article=article,
            mentions=tuple(mentions),
            entities=tuple(entities),
            posts=tuple(Post(**p) for p in data["posts"]),
            quotes=tuple(Quote(**q) for q in data["quotes"]),
            events=tuple(Event(**{**e, "participants": tuple(e["participants"])}) for e in data["events"]),
            commitments=tuple(Commitment(**{**c, "parties": tuple(c["parties"])})
                              for c in data["commitments"]),
        )
    except (KeyError, TypeError) as exc:
        raise SchemaError(f"malformed letopis document: {exc}") from exc
