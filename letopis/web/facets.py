"""Facets of a search: how many of the matching articles come from each outlet, report each event type, fall on
each day (or month, over a long span). The filters are the same as ``letopis.store.search`` applies.

The store's ``search`` returns a page, not its facets; this module asks the same tables for the counts, under
the very conditions ``search`` applies (``letopis.store.queries.article_filters``), so search and facets can
never disagree on which articles match.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Date,
    Integer,
    Select,
    String,
    bindparam,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)

from letopis.store.db import Store
from letopis.store.models import ArticleRow, EventRow
from letopis.store.queries import Filters, filter_conditions, listing_index, matching_read

# Outlets listed in the facet; the rest are counted as "other".
TOP_OUTLETS = 12
# Over this many distinct days, dates are counted by month.
MAX_DAYS = 31


@dataclass(frozen=True, slots=True)
class Count:
    value: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    outlets: list[Count]
    types: list[Count]  # PLOVER types of the events the articles report
    dates: list[Count]  # "2024-11-28" or "2024-11", oldest first
    by: str  # "day" | "month"


def counted_facets(store: Store, where: Filters) -> tuple[Facets, int]:
    """The facets of the articles ``where`` selects, and how many they are (the search page's total)."""
    cells_of, types_of = _counting(store.dialect, where.shape)
    with matching_read(store, where) as conn:
        # One pass over the matching articles (from an index holding their date and outlet) gives the
        # outlets, the dates and the total; the event types are a second.
        cells: list[Any] = list(conn.execute(cells_of, where.params))
        type_rows = list(conn.execute(types_of, where.params))
    return _facets(cells, type_rows), sum(int(n) for _, _, n in cells)


@cache
def _counting(dialect: str,
              shape: tuple[str, ...]) -> tuple[Select[str | None, dt.date | None, int], Select[str, int]]:
    """``counted_facets``' two statements for filters of one shape (built once: the values are parameters)."""
    conditions = filter_conditions(dialect, shape)
    count = func.count().label("n")
    cells = listing_index(select(ArticleRow.outlet, ArticleRow.published_on, count).where(*conditions)
                          .group_by(ArticleRow.outlet, ArticleRow.published_on))
    matching = select(ArticleRow.id).where(*conditions)
    type_count = func.count(func.distinct(EventRow.article_id)).label("n")
    types = select(EventRow.type, type_count).where(EventRow.article_id.in_(matching)).group_by(EventRow.type)
    return cells, types


def facets_and_page(store: Store, where: Filters, limit: int, offset: int) -> tuple[Facets, int, list[str]]:
    """``counted_facets`` and the ids of one page of the articles (newest first, as ``search`` orders them),
    from one statement that finds the matching articles once: worth it when finding them costs (a full-text
    search, an entity's articles); the whole store, unfiltered, is cheaper read by its indexes."""
    cells: list[Any] = []
    type_rows: list[Any] = []
    ids: list[tuple[dt.date | None, str]] = []
    with matching_read(store, where) as conn:
        for part, value, day, n in conn.execute(_one_pass(store.dialect, where.shape),
                                                {**where.params, "page_limit": limit, "page_offset": offset}):
            if part == "cell":
                cells.append((value, day, n))
            elif part == "type":
                type_rows.append((value, n))
            else:
                ids.append((day, value))
    # The page in order: newest first, undated last, then by id (the union keeps no order of its own).
    ids.sort(key=lambda item: (item[0] is None, -(item[0].toordinal() if item[0] else 0), item[1]))
    return _facets(cells, type_rows), sum(int(n) for _, _, n in cells), [i for _, i in ids]


@cache
def _one_pass(dialect: str, shape: tuple[str, ...]) -> CompoundSelect[Any]:
    """``facets_and_page``'s statement for filters of one shape, built once (SQLAlchemy's building and keying
    of it cost more than SQLite's running it for a rare word); the values, the page's limit and offset
    (``:page_limit``, ``:page_offset``) are parameters."""
    conditions = filter_conditions(dialect, shape)
    matching = listing_index(select(ArticleRow.id, ArticleRow.published_on, ArticleRow.outlet).where(*conditions))
    m = matching.cte("matching").prefix_with("MATERIALIZED")
    no_day, no_count = cast(null(), Date), cast(null(), Integer)
    newest = (m.c.published_on.desc().nulls_last(), m.c.id)
    page = (select(m.c.id, m.c.published_on).order_by(*newest).limit(bindparam("page_limit", type_=Integer))
            .offset(bindparam("page_offset", type_=Integer)).subquery("page"))
    return union_all(
        select(literal("cell", String).label("part"), m.c.outlet.label("value"), m.c.published_on.label("day"),
               func.count().label("n")).group_by(m.c.outlet, m.c.published_on),
        # IN, not a join: SQLite would index the matching articles for a join (most of the statement's time
        # for a common word); IN probes them as a list.
        select(literal("type", String), EventRow.type, no_day, func.count(func.distinct(EventRow.article_id)))
        .where(EventRow.article_id.in_(select(m.c.id))).group_by(EventRow.type),
        select(literal("page", String), page.c.id, page.c.published_on, no_count))


def _facets(cells: list[Any], type_rows: list[Any]) -> Facets:
    """Facets from the counts of the matching articles by (outlet, day), and of them by event type."""
    by_outlet: dict[str, int] = {}
    by_day: dict[dt.date, int] = {}
    for outlet, day, n in cells:
        if outlet is not None:
            by_outlet[outlet] = by_outlet.get(outlet, 0) + int(n)
        if day is not None:
            by_day[day] = by_day.get(day, 0) + int(n)
    ranked = sorted(by_outlet.items(), key=lambda item: (-item[1], item[0]))
    outlets = [Count(o, n) for o, n in ranked[:TOP_OUTLETS]]
    rest = sum(n for _, n in ranked[TOP_OUTLETS:])
    if rest:
        outlets.append(Count("", rest))
    by = "day" if len(by_day) <= MAX_DAYS else "month"
    dates: dict[str, int] = {}
    for day, n in sorted(by_day.items()):
        label = day.isoformat() if by == "day" else day.isoformat()[:7]
        dates[label] = dates.get(label, 0) + n
    types = sorted(((str(t), int(n)) for t, n in type_rows), key=lambda item: (-item[1], item[0]))
    return Facets(outlets=outlets, types=[Count(t, n) for t, n in types],
                  dates=[Count(k, v) for k, v in dates.items()], by=by)
