"""The JSON API: each endpoint answers what its page shows, from the same data function (``views``), as
``jsonable`` turns the store's results into JSON. Lists are pages: ``{"items", "total", "limit", "offset"}``.

    GET  /api/search?q=переговоры&outlet=БЕЛТА&from=2024-11-01&to=2024-11-30&type=AGREE&limit=20&offset=0
    GET  /api/articles/{id}     GET /api/entities/{id}     GET /api/dyads/{a}/{b}
    GET  /api/quotes   /api/events   /api/stories   /api/stories/{id}   /api/commitments
    POST /api/articles          with  Authorization: Bearer $LETOPIS_API_TOKEN
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Hashable
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from letopis.records import Article
from letopis.store.db import Store
from letopis.store.results import jsonable
from letopis.web import views
from letopis.web.cache import ReadCache
from letopis.web.errors import Forbidden, Invalid, envelope
from letopis.web.params import (
    CommitmentParams,
    EventParams,
    QuoteParams,
    RangeParams,
    SearchParams,
    StoryParams,
    commitment_params,
    event_params,
    quote_params,
    range_params,
    search_params,
    story_params,
)
from letopis.web.settings import Settings
from letopis.web.urls import urls

MAX_TEXT = 200_000
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": what, "content": {"application/json": {"example": envelope(code, what)}}}
    for code, what in ((404, "no such article, entity or story"), (422, "a parameter that cannot work"))
}

router = APIRouter(prefix="/api", responses=ERRORS)


# The dependencies below are ``async``: they only read the app's state, and FastAPI would run a plain function
# in its thread pool, a hop per dependency that costs more than the work (only the endpoint itself, which reads
# the database, runs there).


async def store(request: Request) -> Store:
    found: Store = request.app.state.store
    return found


async def settings(request: Request) -> Settings:
    found: Settings = request.app.state.settings
    return found


Db = Annotated[Store, Depends(store)]


class Cached:
    """A read endpoint's answer from the cache (``letopis.web.cache``), as JSON bytes ready to send."""

    def __init__(self, cache: ReadCache) -> None:
        self.cache = cache

    def json(self, key: Hashable, compute: Callable[[], Any]) -> Response:
        body = self.cache.get(("api", key), lambda: _dumps(jsonable(compute())))
        return Response(body, media_type="application/json")

    def view(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        return self.cache.get(("page", key), compute)


def _dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON, as FastAPI's JSONResponse writes it, by orjson (a seventh of ``json.dumps``' time
    for a search page's answer)."""
    return orjson.dumps(value)


async def cached(request: Request) -> Cached:
    return Cached(request.app.state.cache)


Cache = Annotated[Cached, Depends(cached)]


@router.get("/search", summary="articles matching words in any form, with facets")
def search(db: Db, cache: Cache, p: Annotated[SearchParams, Depends(search_params)]) -> Any:
    return cache.json(("search", p), lambda: views.search_view(db, p))


@router.get("/articles/{article_id:path}", summary="an article with all its layers")
def article(db: Db, cache: Cache, article_id: str) -> Any:
    return cache.json(("article", article_id), lambda: views.article_view(db, article_id))


@router.get("/entities/{entity_id}", summary="a person, organisation or place: posts, quotes, events, neighbours")
def entity(db: Db, cache: Cache, entity_id: int) -> Any:
    return cache.json(("entity", entity_id), lambda: views.entity_view(db, entity_id))


@router.get("/quotes", summary="quotes by speaker, word, outlet and date")
def quotes(db: Db, cache: Cache, p: Annotated[QuoteParams, Depends(quote_params)]) -> Any:
    return cache.json(("quotes", p), lambda: views.quotes_view(db, p))


@router.get("/events", summary="events by type, side and date, each once with its sources")
def events(db: Db, cache: Cache, p: Annotated[EventParams, Depends(event_params)]) -> Any:
    return cache.json(("events", p), lambda: views.events_view(db, p))


@router.get("/dyads/{a}/{b}", summary="two sides: events per month by type, balance, agreements, commitments")
def dyad(db: Db, cache: Cache, a: str, b: str, r: Annotated[RangeParams, Depends(range_params)]) -> Any:
    """``a`` and ``b`` are entity ids or names ("Беларусь"); a state's side includes its officials."""
    return cache.json(("dyad", a, b, r), lambda: views.dyad_view(db, views.entity_id(db, a), views.entity_id(db, b), r))


@router.get("/stories", summary="stories, newest first, with outlets and their events")
def stories(db: Db, cache: Cache, p: Annotated[StoryParams, Depends(story_params)]) -> Any:
    return cache.json(("stories", p), lambda: views.stories_view(db, p))


@router.get("/stories/{story_id:path}", summary="a story: its articles and merged events")
def story(db: Db, cache: Cache, story_id: str) -> Any:
    return cache.json(("story", story_id), lambda: views.story_view(db, story_id))


@router.get("/commitments", summary="commitments with their status history and evidence")
def commitments(db: Db, cache: Cache, p: Annotated[CommitmentParams, Depends(commitment_params)]) -> Any:
    return cache.json(("commitments", p), lambda: views.commitments_view(db, p))


class ArticleIn(BaseModel):
    """An article to analyse and store; ``id`` is made from outlet + url, else from the text, when not given."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    cites: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40, description="ISO 8601 date or datetime")
    url: str | None = Field(None, max_length=2000)
    id: str | None = Field(None, max_length=64)


async def check_token(settings: Annotated[Settings, Depends(settings)],
                authorization: Annotated[str | None, Header()] = None) -> None:
    if settings.api_token is None:
        raise Forbidden("the API is read-only: start the server with LETOPIS_API_TOKEN set to allow writes")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), settings.api_token.encode()):
        raise Forbidden("a valid token is required: send Authorization: Bearer <LETOPIS_API_TOKEN>")


@router.post("/articles", status_code=201, dependencies=[Depends(check_token)],
             responses={403: {"description": "no token, a wrong one, or a read-only server"}},
             summary="analyse an article and store it (needs the token)")
def add_article(db: Db, body: ArticleIn) -> JSONResponse:
    from letopis.store.ingestion import ingest

    if not body.text.strip():
        raise Invalid("text: empty")
    item = Article(text=body.text, id=body.id or "", title=body.title, outlet=body.outlet, cites=body.cites,
                   published=body.published, url=body.url).with_id()
    reasons: list[str] = []
    report = ingest(db, [item], on_skip=lambda error: reasons.append(str(error)))
    if report.skipped:
        raise Invalid(f"the article was not stored: {'; '.join(reasons)}")
    answer = {"id": item.id, "stored": report.stored == 1, "url": urls.api.article(item.id),
              "page": urls.article(item.id)}
    return JSONResponse(answer, status_code=201 if report.stored else 200,
                        headers={"Location": urls.api.article(item.id)})
