"""The explorer's pages: server-rendered Jinja2, each from the same data function as its API twin. Templates
escape everything they print (``autoescape`` on for every template); the only HTML built in Python is an
article's markup (``letopis.web.markup``), which escapes the text itself."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined

from letopis.records import MODALITIES
from letopis.store.write import headline
from letopis.web import views
from letopis.web.api import Cache, Db
from letopis.web.errors import Invalid
from letopis.web.markup import EVENT_RU, MODALITY_RU, markup
from letopis.web.params import (
    PLOVER,
    STATUSES,
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
from letopis.web.urls import urls

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
MONTHS_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
STATUS_RU = {"discussed": "обсуждается", "promised": "обещано", "decided": "решено", "signed": "подписано",
             "in-progress": "выполняется", "done": "выполнено", "stalled": "застопорилось", "cancelled": "отменено"}
TYPE_RU = {"PER": "персона", "ORG": "организация", "LOC": "место"}

router = APIRouter(include_in_schema=False)


def ru_date(value: dt.date | str | None, short: bool = False) -> str:
    """28 ноября 2024; a month "2024-11" as "ноябрь 2024" (short: "ноя 2024"); None as "дата неизвестна"."""
    if value is None or value == "":
        return "дата неизвестна"
    if isinstance(value, str):
        if len(value) == 7:
            year, month = value.split("-")
            name = MONTHS_SHORT[int(month) - 1] if short else MONTHS[int(month) - 1]
            return f"{name} {year}"
        value = dt.date.fromisoformat(value[:10])
    if short:
        return f"{value.day} {MONTHS_SHORT[value.month - 1]}"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def plural(n: int, one: str, few: str, many: str) -> str:
    """1 статья, 2 статьи, 5 статей."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


def search_link(p: SearchParams, **changes: Any) -> str:
    """The search ``p`` with some parameters changed (a facet chosen, another page); None drops one."""
    query = {**p.query(), **{k.rstrip("_"): v for k, v in changes.items()}}
    return urls.search(**query)


def period(value: str) -> dict[str, dt.date]:
    """A date facet's value ("2024-11-28" or "2024-11") as the from/to of a search."""
    if len(value) == 7:
        first = dt.date.fromisoformat(value + "-01")
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return {"from_": first, "to": following - dt.timedelta(days=1)}
    day = dt.date.fromisoformat(value)
    return {"from_": day, "to": day}


def environment() -> Environment:
    env = Environment(loader=PackageLoader("letopis.web", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(urls=urls, PLOVER=PLOVER, STATUSES=STATUSES, STATUS_RU=STATUS_RU, TYPE_RU=TYPE_RU,
                       EVENT_RU=EVENT_RU, MODALITIES=MODALITIES, MODALITY_RU=MODALITY_RU)
    env.filters.update(ru_date=ru_date, headline=headline)
    env.globals.update(plural=plural, search_link=search_link, period=period)
    return env


ENV = environment()


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(name).render(**context), status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render("error.html", status=status, status_code=status, message=message, q="")


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API's endpoints, parameters and answers, read from the app's OpenAPI document."""
    spec = request.app.openapi()
    endpoints = [(path, method.upper(), op) for path, item in spec["paths"].items() for method, op in item.items()]
    return render("docs.html", spec=spec, endpoints=endpoints, q="")


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
def search(db: Db, cache: Cache, p: Annotated[SearchParams, Depends(search_params)]) -> HTMLResponse:
    return render("search.html", view=cache.view(("search", p), lambda: views.search_view(db, p)), p=p, q=p.q)


def _mark(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    start, _, stop = value.partition("-")
    if not (start.isdigit() and stop.isdigit()) or int(start) >= int(stop):
        raise Invalid(f"mark: expected START-STOP character offsets, as 987-1058 (got {value!r})")
    return int(start), int(stop)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(db: Db, cache: Cache, article_id: str, mark: str | None = None) -> HTMLResponse:
    view = cache.view(("article", article_id), lambda: views.article_view(db, article_id))
    html = markup(view.doc, urls.entity, _mark(mark))
    return render("article.html", view=view, doc=view.doc, text=html, q="",
                  names={e.id: e for e in view.doc.entities})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(db: Db, cache: Cache, entity_id: int) -> HTMLResponse:
    return render("entity.html", view=cache.view(("entity", entity_id), lambda: views.entity_view(db, entity_id)),
                  q="")


@router.get("/quotes", response_class=HTMLResponse)
def quotes(db: Db, p: Annotated[QuoteParams, Depends(quote_params)]) -> HTMLResponse:
    speaker = views.entity_view(db, p.speaker).entity if p.speaker else None
    query = {"speaker": p.speaker, "word": p.word, "outlet": p.outlet, "from": p.date_from, "to": p.date_to}
    return render("quotes.html", page=views.quotes_view(db, p), p=p, speaker=speaker, q="",
                  link=lambda offset: urls.quotes(**query, offset=offset or None))


@router.get("/events", response_class=HTMLResponse)
def events(db: Db, p: Annotated[EventParams, Depends(event_params)]) -> HTMLResponse:
    query = {"type": p.type, "a": p.a, "b": p.b, "from": p.date_from, "to": p.date_to, "modality": p.modality}
    return render("events.html", page=views.events_view(db, p), p=p, q="",
                  link=lambda offset: urls.events(**query, offset=offset or None))


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(db: Db, cache: Cache, a: str, b: str, r: Annotated[RangeParams, Depends(range_params)]) -> Response:
    first, second = views.resolve_entity(db, a), views.resolve_entity(db, b)
    if (str(first.id), str(second.id)) != (a, b):
        return RedirectResponse(urls.dyad(first.id, second.id, **{"from": r.date_from, "to": r.date_to}), 307)
    view = cache.view(("dyad", first.id, second.id, r), lambda: views.dyad_view(db, first.id, second.id, r))
    chart = {"months": [{"month": m.month, "label": ru_date(m.month, short=True), "counts": m.counts,
                         "balance": m.balance} for m in view.dyad.months],
             "undated": view.undated, "undated_counts": view.undated_counts, "types": list(PLOVER), "names": EVENT_RU}
    return render("dyad.html", view=view, chart=chart, r=r, q="")


@router.get("/stories", response_class=HTMLResponse)
def stories(db: Db, cache: Cache, p: Annotated[StoryParams, Depends(story_params)]) -> HTMLResponse:
    query = {"outlet": p.outlet, "from": p.date_from, "to": p.date_to,
             "min_articles": p.min_articles if p.min_articles > 1 else None}
    return render("stories.html", page=cache.view(("stories", p), lambda: views.stories_view(db, p)), p=p, q="",
                  link=lambda offset: urls.stories(**query, offset=offset or None))


@router.get("/stories/{story_id:path}", response_class=HTMLResponse)
def story(db: Db, cache: Cache, story_id: str) -> HTMLResponse:
    return render("story.html", view=cache.view(("story", story_id), lambda: views.story_view(db, story_id)), q="")


@router.get("/commitments", response_class=HTMLResponse)
def commitments(db: Db, cache: Cache, p: Annotated[CommitmentParams, Depends(commitment_params)]) -> HTMLResponse:
    board = cache.view(("commitments", p), lambda: views.commitments_view(db, p))
    return render("commitments.html", board=board, p=p, q="",
                  link=lambda offset: urls.commitments(status=p.status, party=p.party, offset=offset or None))
