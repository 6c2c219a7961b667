"""The explorer's application: the store opened once, the API and page routers, static files, the error
envelope::

    app = create_app(Settings.load(db="letopis.db"))
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from letopis.store.db import Store
from letopis.web import api, errors, pages
from letopis.web.cache import ReadCache
from letopis.web.settings import Settings
from letopis.web.urls import STATIC

DESCRIPTION = """A checkable chronicle of Russian-language news: articles with their layers (entities, posts,
quotes, events, commitments), entities over time, pairs of sides by month, stories across outlets. Every record
points to the characters of the article it was read from (`evidence`). Errors are one envelope:
`{"error": {"status", "message", "detail"}}`."""

# Requests one server process works on at once (the endpoints run in a thread pool, anyio's default 40). The
# work is mostly CPU under one GIL: 20 requests at once would each take 20 times as long, the slowest (a
# common word's facets) longest; a few at a time, the others queued in order, keeps each one short. Still
# more than one, so a request waiting on PostgreSQL does not hold up the rest.
THREADS = 4


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """The app over ``store`` (else the database the settings name, opened and migrated now)."""
    settings = settings or Settings.load()
    opened = store or Store.open(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        to_thread.current_default_thread_limiter().total_tokens = THREADS
        yield
        if store is None:
            opened.close()

    # FastAPI's own /docs loads Swagger UI from a CDN; the explorer serves no third-party code, so /docs is a
    # page of ours drawn from the same OpenAPI document (/openapi.json).
    app = FastAPI(title="letopis", version="1", description=DESCRIPTION, lifespan=lifespan, docs_url=None,
                  redoc_url=None)
    app.state.settings = settings
    app.state.store = opened
    app.state.cache = ReadCache(opened, size=settings.cache_size)
    errors.install(app, pages.error_page)
    app.include_router(api.router)
    app.include_router(pages.router)
    from importlib.resources import files

    app.mount(STATIC, StaticFiles(directory=str(files("letopis.web").joinpath("static"))), name="static")
    return app
