"""The chronicle's store: analysed articles and what was found in them, on SQLite or PostgreSQL."""

from letopis.store.db import Store, database_url
from letopis.store.errors import StoreError

__all__ = ["Store", "StoreError", "database_url"]
