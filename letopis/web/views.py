"""The data functions of the explorer: one per page, each returning what the page shows and what its API twin
answers as JSON (``letopis.store.results.jsonable``). They call the store's data functions and add what a page
needs beyond them (facets, a pair's agreements and commitments, a story card's events)::

    view = search_view(store, params)      # -> SearchView; /search renders it, /api/search returns it
"""

from __future__ import annotations

from dataclasses import dataclass

from letopis.errors import UsageError
from letopis.store import chronicle, queries
from letopis.store.db import Store
from letopis.store.results import (
    ArticleView,
    CommitmentView,
    DyadView,
    EntityRef,
    EntityView,
    EventView,
    Page,
    QuoteView,
    SearchHit,
    Stats,
    StorySummary,
    StoryView,
)
from letopis.web.errors import NotFound
from letopis.web.facets import Facets, counted_facets, facets_and_page
from letopis.web.params import (
    STATUSES,
    CommitmentParams,
    EventParams,
    QuoteParams,
    RangeParams,
    SearchParams,
    StoryParams,
)

# How many of a pair's latest agreements, and of a story card's events, a page shows.
LATEST = 10
CARD_EVENTS = 5


@dataclass(frozen=True, slots=True)
class SearchView:
    page: Page[SearchHit]
    facets: Facets
    entities: list[EntityRef]  # entities called by the query ("Головченко"), best known first
    stats: Stats | None  # on the start page only (no query, no filter)


def search_view(store: Store, p: SearchParams) -> SearchView:
    where = queries.article_filters(store, p.q, outlet=p.outlet, date_from=p.date_from, date_to=p.date_to,
                                    entity=p.entity, event_type=p.type)
    if where:
        # The matching articles found once for the facets, the total and the page's ids.
        found, total, ids = facets_and_page(store, where, p.paging.limit, p.paging.offset)
        with store.read() as conn:
            items = queries.hits(conn, ids, where.terms)
        page = Page(items=items, total=total, limit=p.paging.limit, offset=p.paging.offset)
    else:
        found, total = counted_facets(store, where)  # the facets count the matches: the page need not
        page = queries.search(store, p.q, limit=p.paging.limit, offset=p.paging.offset, total=total)
    entities = queries.find_entities(store, p.q, limit=5) if p.q and len(p.q) >= 3 else []
    blank = not any(v for k, v in p.query().items())
    return SearchView(page=page, facets=found, entities=entities, stats=queries.stats(store) if blank else None)


def article_view(store: Store, article_id: str) -> ArticleView:
    view = queries.article(store, article_id)
    if view is None:
        raise NotFound(f"no article {article_id!r} in the store")
    return view


def entity_view(store: Store, entity_id: int) -> EntityView:
    view = chronicle.entity(store, entity_id)
    if view is None:
        raise NotFound(f"no entity {entity_id} in the store")
    return view


def entity_id(store: Store, value: str) -> int:
    """``resolve_entity``'s id, without reading the store for an id: the page that uses it reports an unknown
    one."""
    return int(value) if value.isdigit() and len(value) < 19 else resolve_entity(store, value).id


def resolve_entity(store: Store, value: str) -> EntityRef:
    """An entity by id ("3") or by name ("Беларусь", "Белоруссия"), for URLs a person types."""
    try:
        return queries.one_entity(store, value)
    except UsageError:
        raise NotFound(f"no entity {value!r} in the store") from None


def quotes_view(store: Store, p: QuoteParams) -> Page[QuoteView]:
    return chronicle.quotes(store, speaker=p.speaker, word=p.word, outlet=p.outlet, date_from=p.date_from,
                            date_to=p.date_to, limit=p.paging.limit, offset=p.paging.offset)


def events_view(store: Store, p: EventParams) -> Page[EventView]:
    return chronicle.events(store, type=p.type, a=p.a, b=p.b, date_from=p.date_from, date_to=p.date_to,
                            modality=p.modality, limit=p.paging.limit, offset=p.paging.offset)


@dataclass(frozen=True, slots=True)
class DyadPage:
    dyad: DyadView  # events per month by type; events without a date are not in a month
    undated: int  # events between the two whose date is not known (no date in the text or the article)
    undated_counts: dict[str, int]  # those by PLOVER type
    agreements: list[EventView]  # latest AGREE events, either direction
    commitments: list[CommitmentView]  # what the two agreed, with its status


def dyad_view(store: Store, a: int, b: int, r: RangeParams) -> DyadPage:
    found = chronicle.dyad_details(store, a, b, date_from=r.date_from, date_to=r.date_to, latest=LATEST)
    if found is None:
        with store.read() as conn:
            known = queries.entity_refs(conn, [a, b])
        raise NotFound(f"no entity {a if a not in known else b} in the store")
    view = found.dyad
    return DyadPage(dyad=view, undated=view.undated, undated_counts=view.undated_counts,
                    agreements=found.agreements, commitments=found.commitments)


@dataclass(frozen=True, slots=True)
class StoryCard:
    story: StorySummary
    events: list[EventView]  # the story's events, each once, latest first
    num_events: int


def stories_view(store: Store, p: StoryParams) -> Page[StoryCard]:
    page = chronicle.stories(store, outlet=p.outlet, date_from=p.date_from, date_to=p.date_to,
                             min_articles=p.min_articles, limit=p.paging.limit, offset=p.paging.offset)
    events = chronicle.story_events(store, [s.id for s in page.items], CARD_EVENTS)
    cards = [StoryCard(story=s, events=events[s.id][0], num_events=events[s.id][1]) for s in page.items]
    return Page(items=cards, total=page.total, limit=page.limit, offset=page.offset)


def story_view(store: Store, story_id: str) -> StoryView:
    view = chronicle.story(store, story_id)
    if view is None:
        raise NotFound(f"no story {story_id!r} in the store")
    return view


@dataclass(frozen=True, slots=True)
class Board:
    """Commitments, latest news first, and how many there are of each status (for the board's columns)."""

    page: Page[CommitmentView]
    counts: dict[str, int]

    def column(self, status: str) -> list[CommitmentView]:
        return [c for c in self.page.items if c.status == status]


def commitments_view(store: Store, p: CommitmentParams) -> Board:
    page = chronicle.commitments(store, status=p.status, party=p.party, limit=p.paging.limit,
                                 offset=p.paging.offset)
    found = chronicle.commitment_counts(store, party=p.party)
    counts = {status: found.get(status, 0) for status in STATUSES if not p.status or status == p.status}
    return Board(page=page, counts=counts)
