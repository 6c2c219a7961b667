"""Facets of a search: how many of the matching articles come from each outlet, report each event type, fall on
each day (or month, over a long span). The filters are the same as ``letopis.store.search`` applies.

The store's ``search`` returns a page, not its facets; this module asks the same tables for the counts, under
the very conditions ``search`` applies (``letopis.store.queries.article_filters``), so search and facets can
never disagree on which articles match.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select

from letopis.store.db import Store
from letopis.store.models import ArticleRow, EventRow
from letopis.store.queries import listing_index

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


def counted_facets(store: Store, where: list[ColumnElement[bool]]) -> tuple[Facets, int]:
    """The facets of the articles ``where`` selects, and how many they are (the search page's total)."""
    count = func.count().label("n")
    with store.read() as conn:
        # One pass over the matching articles (from an index holding their date and outlet) gives the
        # outlets, the dates and the total; the event types are a second.
        cells: list[Any] = list(conn.execute(listing_index(
            select(ArticleRow.outlet, ArticleRow.published_on, count).where(*where)
            .group_by(ArticleRow.outlet, ArticleRow.published_on))))
        matching = select(ArticleRow.id).where(*where)
        type_count = func.count(func.distinct(EventRow.article_id)).label("n")
        type_rows = list(conn.execute(select(EventRow.type, type_count).where(EventRow.article_id.in_(matching))
                                      .group_by(EventRow.type).order_by(type_count.desc(), EventRow.type)))
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
    found = Facets(outlets=outlets, types=[Count(r[0], int(r[1])) for r in type_rows],
                   dates=[Count(k, v) for k, v in dates.items()], by=by)
    return found, sum(int(n) for _, _, n in cells)
