"""The JSON contract: a document survives a round trip, and other schemas are refused."""

from __future__ import annotations

import json

import pytest

from letopis import Article, SchemaError, analyze, doc_from_json, doc_to_json


@pytest.fixture(scope="module")
def document() -> dict[str, object]:
    doc = analyze(Article(text="Премьер-министр Беларуси Роман Головченко встретился с Аскаром Маминым."))[0]
    return doc_to_json(doc)


def test_round_trip_keeps_every_layer(document: dict[str, object]) -> None:
    again = doc_to_json(doc_from_json(json.loads(json.dumps(document, ensure_ascii=False))))
    assert again == document


def test_offsets_point_at_the_text(document: dict[str, object]) -> None:
    text = document["text"]
    assert isinstance(text, str)
    for entity in document["entities"]:  # type: ignore[attr-defined]
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["stop"]] == mention["text"]


def test_other_schema_is_refused(document: dict[str, object]) -> None:
    with pytest.raises(SchemaError):
        doc_from_json({**document, "schema": 99})


def test_malformed_document_is_refused(document: dict[str, object]) -> None:
    broken = {k: v for k, v in document.items() if k != "entities"}
    with pytest.raises(SchemaError):
        doc_from_json(broken)
