"""Query parameters shared by a page and its API twin, checked once: each dependency returns a frozen dataclass
or answers 422 with a message. HTML forms send empty fields ("from=&type="): empty means not given. The
dependencies are ``async`` (they only check values): FastAPI runs a plain function in its thread pool, a hop
that costs more than the checking.

    /api/search?q=переговоры&outlet=БЕЛТА&from=2024-11-01&type=AGREE&limit=20&offset=40
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

from letopis.records import COMMITMENT_STATUSES, MODALITIES
from letopis.store.results import COOPERATIVE
from letopis.web.errors import Invalid

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
assert set(PLOVER) >= COOPERATIVE
STATUSES = COMMITMENT_STATUSES
MAX_LIMIT = 100
MAX_OFFSET = 100_000

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"items on one page, 1..{MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Outlet = Annotated[str | None, Query(max_length=200, description="only this outlet, as stored (БЕЛТА)")]
From = Annotated[str | None, Query(alias="from", description="from this date, YYYY-MM-DD")]
To = Annotated[str | None, Query(alias="to", description="to this date, YYYY-MM-DD (inclusive)")]
Type = Annotated[str | None, Query(description="PLOVER event type: " + ", ".join(PLOVER))]
EntityId = Annotated[int | None, Query(ge=1, description="an entity id (see /api/entities/{id})")]
ModalityParam = Annotated[str | None, Query(description="asserted (acts done), future (announced, planned, asked "
                                                        "for), negated or hypothetical")]


def _date(name: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"{name}: not a date, expected YYYY-MM-DD (got {value!r})") from None


def _range(date_from: str | None, date_to: str | None) -> tuple[dt.date | None, dt.date | None]:
    start, stop = _date("from", date_from), _date("to", date_to)
    if start and stop and start > stop:
        raise Invalid(f"from ({start}) is after to ({stop}): the date range is empty")
    return start, stop


def _type(value: str | None) -> str | None:
    if not value:
        return None
    if value.upper() not in PLOVER:
        raise Invalid(f"type: not a PLOVER event type (got {value!r}); one of {', '.join(PLOVER)}")
    return value.upper()


def _text(value: str | None) -> str | None:
    return value.strip() or None if value else None


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int

    def next(self, total: int) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < total else None

    def previous(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset else None


@dataclass(frozen=True, slots=True)
class SearchParams:
    q: str
    outlet: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    entity: int | None
    type: str | None
    paging: Paging

    def query(self) -> dict[str, str | int | dt.date | None]:
        """The parameters as a URL's query (for links to other pages of the same search)."""
        return {"q": self.q or None, "outlet": self.outlet, "from": self.date_from, "to": self.date_to,
                "entity": self.entity, "type": self.type}


async def search_params(q: Annotated[str, Query(max_length=300, description="words, any form: переговоров")] = "",
                  outlet: Outlet = None, date_from: From = None, date_to: To = None, entity: EntityId = None,
                  type: Type = None, limit: Limit = 20, offset: Offset = 0) -> SearchParams:
    start, stop = _range(date_from, date_to)
    return SearchParams(q=q.strip(), outlet=_text(outlet), date_from=start, date_to=stop, entity=entity,
                        type=_type(type), paging=Paging(limit, offset))


@dataclass(frozen=True, slots=True)
class QuoteParams:
    speaker: int | None
    word: str | None
    outlet: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    paging: Paging


async def quote_params(speaker: EntityId = None,
                 word: Annotated[str | None, Query(max_length=100, description="a word, any form: санкций")] = None,
                 outlet: Outlet = None, date_from: From = None, date_to: To = None,
                 limit: Limit = 20, offset: Offset = 0) -> QuoteParams:
    start, stop = _range(date_from, date_to)
    return QuoteParams(speaker=speaker, word=_text(word), outlet=_text(outlet), date_from=start, date_to=stop,
                       paging=Paging(limit, offset))


@dataclass(frozen=True, slots=True)
class EventParams:
    type: str | None
    a: int | None
    b: int | None
    date_from: dt.date | None
    date_to: dt.date | None
    paging: Paging
    modality: str | None = None


async def event_params(type: Type = None,
                 a: Annotated[int | None, Query(ge=1, description="events of this entity (a state: with its "
                                                                  "officials)")] = None,
                 b: Annotated[int | None, Query(ge=1, description="and this one, either direction; needs a")] = None,
                 date_from: From = None, date_to: To = None, modality: ModalityParam = None,
                 limit: Limit = 20, offset: Offset = 0) -> EventParams:
    if b is not None and a is None:
        raise Invalid("b: give a as well (b is the other side of a's events)")
    if modality and modality not in MODALITIES:
        raise Invalid(f"modality: one of {', '.join(MODALITIES)} (got {modality!r})")
    start, stop = _range(date_from, date_to)
    return EventParams(type=_type(type), a=a, b=b, date_from=start, date_to=stop, paging=Paging(limit, offset),
                       modality=modality or None)


@dataclass(frozen=True, slots=True)
class StoryParams:
    outlet: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    min_articles: int
    paging: Paging


async def story_params(outlet: Outlet = None, date_from: From = None, date_to: To = None,
                 min_articles: Annotated[int, Query(ge=1, le=1000, description="only stories of N+ articles")] = 1,
                 limit: Limit = 20, offset: Offset = 0) -> StoryParams:
    start, stop = _range(date_from, date_to)
    return StoryParams(outlet=_text(outlet), date_from=start, date_to=stop, min_articles=min_articles,
                       paging=Paging(limit, offset))


@dataclass(frozen=True, slots=True)
class CommitmentParams:
    status: str | None
    party: int | None
    paging: Paging


async def commitment_params(status: Annotated[str | None, Query(description="one of " + ", ".join(STATUSES))] = None,
                      party: EntityId = None, limit: Limit = 50, offset: Offset = 0) -> CommitmentParams:
    if status and status not in STATUSES:
        raise Invalid(f"status: not a commitment status (got {status!r}); one of {', '.join(STATUSES)}")
    return CommitmentParams(status=status or None, party=party, paging=Paging(limit, offset))


@dataclass(frozen=True, slots=True)
class RangeParams:
    date_from: dt.date | None
    date_to: dt.date | None


async def range_params(date_from: From = None, date_to: To = None) -> RangeParams:
    start, stop = _range(date_from, date_to)
    return RangeParams(start, stop)
