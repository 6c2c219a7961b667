"""The chronicle's store: analysed articles and what was found in them, on SQLite or PostgreSQL::

    from letopis import store
    db = store.Store.open()                              # ./letopis.db, or $LETOPIS_DB, migrated on open
    store.ingest(db, articles)                           # idempotent; see letopis.store.ingestion
    page = store.search(db, "переговоров", outlet="БЕЛТА")
    view = store.entity(db, page.items[0] ...)           # data functions return letopis.store.results

Names load on first use, so ``letopis --help`` does not pay for SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from letopis.store.chronicle import (
        commitment_counts,
        commitments,
        dyad,
        dyad_details,
        entity,
        events,
        quotes,
        stories,
        story,
    )
    from letopis.store.db import Store, database_url
    from letopis.store.errors import StoreError
    from letopis.store.ingestion import IngestReport, ingest
    from letopis.store.queries import article, article_filters, find_entities, one_entity, search, stats

_WHERE = {
    "Store": "db", "database_url": "db", "StoreError": "errors", "IngestReport": "ingestion", "ingest": "ingestion",
    "article": "queries", "article_filters": "queries", "find_entities": "queries", "one_entity": "queries",
    "search": "queries",
    "stats": "queries", "commitments": "chronicle", "dyad": "chronicle", "entity": "chronicle",
    "events": "chronicle", "quotes": "chronicle", "stories": "chronicle", "story": "chronicle",
    "commitment_counts": "chronicle", "dyad_details": "chronicle",
}

__all__ = [
    "IngestReport", "Store", "StoreError", "article", "article_filters", "commitment_counts", "commitments",
    "database_url", "dyad", "dyad_details", "entity", "events", "find_entities", "ingest", "one_entity", "quotes",
    "search", "stats", "stories", "story",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"letopis.store.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'letopis.store' has no attribute {name!r}")
