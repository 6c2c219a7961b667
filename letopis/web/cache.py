"""A small in-process cache of what the read endpoints answer, dropped whenever the store's data changes::

    cache = ReadCache(store)
    body = cache.get(("search", params), lambda: render_json(views.search_view(store, params)))

Every write transaction bumps the store's data version (``Store.data_version``: one counter row), so each
request reads that number first (one indexed row) and the cache empties itself when it moved: an ingest, a
``letopis watch`` round or a ``POST /api/articles`` in any process is seen by the next request. The entries are
least recently used first out, at most ``size`` (``LETOPIS_CACHE_SIZE``; 0 turns it off); one cache per
server process.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from letopis.store.db import Store

T = TypeVar("T")

# Entries kept: every page and API answer of a busy explorer session fits; a few MB of JSON at most.
SIZE = 512


class ReadCache:
    def __init__(self, store: Store, size: int = SIZE) -> None:
        self.store = store
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, object] = OrderedDict()
        self._version: int | None = None
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached value of ``key``, else ``compute()`` (kept unless the data changed meanwhile)."""
        if self.size <= 0:
            return compute()
        version = self.store.data_version()
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._version = version
            if key in self._entries:
                self._entries.move_to_end(key)
                self.hits += 1
                found: T = self._entries[key]  # type: ignore[assignment]  # stored by this key's compute
                return found
            self.misses += 1
        value = compute()
        with self._lock:
            # Kept under the version read before computing: a write committed meanwhile moves the version,
            # and the next request drops it with the rest.
            if self._version == version:
                self._entries[key] = value
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return value
