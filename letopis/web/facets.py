"""Facets of a search: how many of the matching articles come from each outlet, report each event type, fall on
each day (or month, over a long span). The filters are the same as ``letopis.store.search`` applies.

The store's ``search`` returns a page, not its facets; this module asks the same tables for the counts, under
the very conditions ``search`` applies (``letopis.store.queries.article_filters``), so search and facets can
never disagree on which articles match.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select

from letopis.store.db import Store
from letopis.store.models import ArticleRow, EventRow

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


def facets(store: Store, where: list[ColumnElement[bool]]) -> Facets:
    count = func.count().label("n")
    with store.read() as conn:
        outlet_rows: list[Any] = list(conn.execute(
            select(ArticleRow.outlet, count).where(*where, ArticleRow.outlet.is_not(None))
            .group_by(ArticleRow.outlet).order_by(count.desc(), ArticleRow.outlet)))
        matching = select(ArticleRow.id).where(*where)
        type_count = func.count(func.distinct(EventRow.article_id)).label("n")
        type_rows = list(conn.execute(select(EventRow.type, type_count).where(EventRow.article_id.in_(matching))
                                      .group_by(EventRow.type).order_by(type_count.desc(), EventRow.type)))
        day_rows = list(conn.execute(select(ArticleRow.published_on, count)
                                     .where(*where, ArticleRow.published_on.is_not(None))
                                     .group_by(ArticleRow.published_on).order_by(ArticleRow.published_on)))
    outlets = [Count(r[0], int(r[1])) for r in outlet_rows[:TOP_OUTLETS]]
    rest = sum(int(r[1]) for r in outlet_rows[TOP_OUTLETS:])
    if rest:
        outlets.append(Count("", rest))
    by = "day" if len(day_rows) <= MAX_DAYS else "month"
    dates: dict[str, int] = {}
    for day, n in day_rows:
        assert day is not None
        label = day.isoformat() if by == "day" else day.isoformat()[:7]
        dates[label] = dates.get(label, 0) + int(n)
    return Facets(outlets=outlets, types=[Count(r[0], int(r[1])) for r in type_rows],
                  dates=[Count(k, v) for k, v in dates.items()], by=by)
