"""The sample page against what a careful analyst reads out of it (../shared/samples/*.expected.json),
and a golden rendering of the whole pipeline's output that a reviewer reads as a diff.

Regenerate the golden file after an intended change: ``LETOPIS_UPDATE_GOLDEN=1 pytest tests/test_sample.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from letopis import Doc, analyze
from letopis.render import render

GOLDEN = Path(__file__).parent / "golden" / "kazinform-belta-visit.txt"


def fold(text: str) -> str:
    return text.replace("ё", "е").casefold()


@pytest.fixture(scope="module")
def docs(sample_text: str) -> list[Doc]:
    return analyze(sample_text)


@pytest.fixture(scope="module")
def expected(shared: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (shared / "samples" / "kazinform-belta-visit.expected.json").read_text(encoding="utf-8"))
    return data


def entities_named(docs: list[Doc], name: str) -> list[tuple[Doc, str]]:
    return [(d, e.id) for d in docs for e in d.entities if fold(e.name) == fold(name)]


def test_page_gives_its_articles(docs: list[Doc], expected: dict[str, Any]) -> None:
    assert len(docs) == len(expected["articles"])
    for doc, article in zip(docs, expected["articles"], strict=True):
        assert doc.text.startswith(article["starts_with"])
        assert doc.article.outlet == article["source"]
        assert doc.article.title == article.get("title", doc.article.title)


def test_every_expected_entity_is_found(docs: list[Doc], expected: dict[str, Any]) -> None:
    missing = []
    for item in expected["entities"]:
        found = entities_named(docs, item["name"])
        types = {d.entity(eid).type for d, eid in found}
        countries = {d.entity(eid).country for d, eid in found}
        if not found or item["type"] not in types or ("country" in item and item["country"] not in countries):
            missing.append((item["name"], item["type"], item.get("country"), types, countries))
    assert missing == []


def test_every_expected_mention_joins_its_entity(docs: list[Doc], expected: dict[str, Any]) -> None:
    missing = []
    for item in expected["entities"]:
        texts = {fold(m.text) for d, eid in entities_named(docs, item["name"]) for m in d.mentions_of(eid)}
        missing += [(item["name"], t) for t in item.get("mentions_include", ()) if fold(t) not in texts]
    assert missing == []


def test_every_expected_post_is_found(docs: list[Doc], expected: dict[str, Any]) -> None:
    found = {(fold(d.entity(p.person).name), fold(p.post), fold(d.entity(p.of).name) if p.of else None)
             for d in docs for p in d.posts}
    missing = [r for r in expected["roles"] if (fold(r["person"]), fold(r["post"]), fold(r["of"])) not in found]
    assert missing == []


def test_golden_rendering(docs: list[Doc]) -> None:
    rendered = "\n".join(render(d) for d in docs)
    if os.environ.get("LETOPIS_UPDATE_GOLDEN"):
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN.read_text(encoding="utf-8")
