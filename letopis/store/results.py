"""What the store's data functions return: frozen dataclasses, one per thing a page or an API answer shows.
``jsonable(value)`` turns any of them into JSON-ready dicts (dates as ISO strings)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Generic, TypeVar

from letopis.records import Doc
from letopis.serialize import doc_to_json

T = TypeVar("T")

# PLOVER types that count as cooperation in a dyad's balance; every other type is conflict.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a longer list: ``total`` items match, these are ``offset`` .. ``offset + len(items)``."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: int
    type: str
    name: str
    country: str | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a record was read: the article and the characters [start, stop) of its text."""

    article_id: str
    start: int
    stop: int
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    url: str | None
    lang: str | None
    analysed: bool
    story_id: str | None
    snippet: str
    headline: str = ""  # the title, else the text's first line as a reader sees it (a Telegram post's heading)


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article with all its layers; entity ids are the store's, shared by every article."""

    doc: Doc
    analysed: bool
    story_id: str | None
    ingested_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        """The JSON contract (``letopis.serialize``) plus "analysed", "story" and "ingested_at"."""
        return {**doc_to_json(self.doc), "analysed": self.analysed, "story": self.story_id,
                "ingested_at": self.ingested_at.isoformat()}


@dataclass(frozen=True, slots=True)
class PostView:
    person: EntityRef
    post: str
    of: EntityRef | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    num_articles: int
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class QuoteView:
    id: int
    speaker: EntityRef | None
    speaker_text: str
    kind: str
    cue: str
    text: str
    said_on: dt.date | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class EventView:
    """One event, as reported by ``num_articles`` articles from ``num_sources`` outlets; evidence is the first."""

    id: int
    type: str
    mode: str | None
    cameo: str | None
    source: EntityRef | None
    target: EntityRef | None
    date: dt.date | None
    modality: str  # asserted (done), future (announced, planned, asked for), negated, hypothetical
    num_articles: int
    num_sources: int
    story_id: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Counted:
    entity: EntityRef
    count: int


@dataclass(frozen=True, slots=True)
class EntityView:
    entity: EntityRef
    aliases: list[str]
    num_articles: int
    posts: list[PostView]  # posts the entity held, oldest first
    holders: list[PostView]  # posts held in it (a state's premier), newest first
    quotes: list[QuoteView]  # latest first
    events: list[EventView]  # latest first
    cooccurring: list[Counted]  # entities in the same articles, most often first
    counterparts: list[Counted]  # the other side of its events, most often first


@dataclass(frozen=True, slots=True)
class DyadMonth:
    month: str  # "2024-11"
    counts: dict[str, int]  # PLOVER type -> events
    cooperation: int
    conflict: int

    @property
    def balance(self) -> float | None:
        """(cooperation - conflict) / all, from -1 (only conflict) to 1 (only cooperation)."""
        total = self.cooperation + self.conflict
        return (self.cooperation - self.conflict) / total if total else None


@dataclass(frozen=True, slots=True)
class DyadView:
    a: EntityRef
    b: EntityRef
    months: list[DyadMonth]
    total: int  # events in the months (dated ones)
    undated: int = 0  # events between the two whose date is not known (none in the text or the article)
    undated_counts: dict[str, int] = field(default_factory=dict)  # those by PLOVER type


@dataclass(frozen=True, slots=True)
class DyadDetails:
    """A pair's page data in one go: its months, its latest agreements and the commitments the two share."""

    dyad: DyadView
    agreements: list[EventView]  # latest AGREE events, either direction
    commitments: list[CommitmentView]  # commitments with both as parties, latest news first


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    title: str | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    num_articles: int
    num_outlets: int
    outlets: list[str]
    article_ids: list[str]


@dataclass(frozen=True, slots=True)
class StoryView:
    story: StorySummary
    articles: list[SearchHit]
    events: list[EventView]


@dataclass(frozen=True, slots=True)
class CommitmentStepView:
    date: dt.date | None
    status: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class CommitmentView:
    id: int
    text: str
    status: str
    parties: list[EntityRef]
    first_seen: dt.date | None
    last_seen: dt.date | None
    history: list[CommitmentStepView]  # oldest first


@dataclass(frozen=True, slots=True)
class Stats:
    articles: int
    analysed: int
    not_analysed: int
    outlets: int
    entities: int
    aliases: int
    mentions: int
    posts: int
    quotes: int
    events: int  # one per article that reports it
    event_groups: int  # one per event, however many articles report it
    commitments: int
    stories: int
    first_published: dt.date | None
    last_published: dt.date | None


def jsonable(value: Any) -> Any:
    """Dataclasses, lists and dicts as JSON-ready values; dates as ISO strings; ``DyadMonth`` with its balance."""
    if value is None or type(value) in _SCALARS:  # most values: the common case first
        return value
    if isinstance(value, ArticleView):
        return value.to_json()
    names = _field_names(type(value))
    if names is not None:
        out = {name: jsonable(getattr(value, name)) for name in names}
        if isinstance(value, DyadMonth):
            out["balance"] = value.balance
        return out
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


_SCALARS = frozenset({str, int, float, bool})
_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type (None for any other type), looked up once per type."""
    if kind not in _FIELDS:
        _FIELDS[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None
    return _FIELDS[kind]
