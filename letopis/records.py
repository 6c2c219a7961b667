"""Records: the vocabulary of the code, the API and the tables.

Every layer is character offsets into the article's text (``start`` inclusive, ``stop`` exclusive),
so any record points back to the words it came from::

    text = "Премьер-министр Беларуси Роман Головченко"
    Mention(start=25, stop=41, text="Роман Головченко", type="PER", normal="Роман Головченко", entity="e1")
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Generic, Literal, TypeVar, get_args

EntityType = Literal["PER", "ORG", "LOC"]
QuoteKind = Literal["direct", "indirect"]
Modality = Literal["asserted", "future", "negated", "hypothetical"]
MODALITIES: tuple[Modality, ...] = ("asserted", "future", "negated", "hypothetical")
CommitmentStatus = Literal[
    "discussed", "promised", "decided", "signed", "in-progress", "done", "stalled", "cancelled"
]

ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC")
# Commitment statuses in the order a commitment moves through them; stalled and cancelled may come at any point.
COMMITMENT_STATUSES: tuple[str, ...] = get_args(CommitmentStatus)
COMMITMENT_PROGRESS: tuple[str, ...] = COMMITMENT_STATUSES[:6]  # discussed .. done: a status only moves forward


_T = TypeVar("_T")


def pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen slotted dataclass as its constructor and field values. Records cross from analysis
    workers to the writing process by the hundred thousand; the dataclass default (``__setstate__`` that looks up
    the fields anew for every object) made unpickling them a quarter slower. Put it above ``@dataclass``."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def __reduce__(self: Any) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, tuple([getattr(self, name) for name in names])

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


class Sealed(Generic[_T]):
    """A value that crosses to another process as bytes and is unpickled there only when asked for. The writer
    needs an article's tokens only when the article may report progress on an open commitment; unpickling the
    tokens of every article with a progress cue was two thirds of what the writing process spent receiving
    results. Within one process nothing is pickled: ``get`` returns the value it was given."""

    __slots__ = ("_value", "_blob")

    def __init__(self, value: _T) -> None:
        self._value: _T | None = value
        self._blob: bytes | None = None

    @classmethod
    def from_blob(cls, blob: bytes) -> Sealed[Any]:
        sealed: Sealed[Any] = cls.__new__(cls)
        sealed._value, sealed._blob = None, blob
        return sealed

    def get(self) -> _T:
        if self._blob is not None:
            self._value, self._blob = pickle.loads(self._blob), None  # bytes our own worker made
        return self._value  # type: ignore[return-value]

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        blob = self._blob if self._blob is not None else pickle.dumps(self._value, pickle.HIGHEST_PROTOCOL)
        return Sealed.from_blob, (blob,)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sealed) and self.get() == other.get()

    def __hash__(self) -> int:
        return hash(self.get())

    def __repr__(self) -> str:
        return "Sealed(<bytes>)" if self._blob is not None else f"Sealed({self._value!r})"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One news report as read from a source, before analysis."""

    text: str
    id: str = ""
    title: str | None = None
    outlet: str | None = None
    cites: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as the source gives it
    url: str | None = None
    lang: str | None = None

    def with_id(self) -> Article:
        """Give the article its stable id if it has none: a hash of outlet + url, else of the text."""
        if self.id:
            return self
        return Article(
            text=self.text, id=article_id(self.text, self.outlet, self.url), title=self.title,
            outlet=self.outlet, cites=self.cites, published=self.published, url=self.url, lang=self.lang,
        )


def article_id(text: str, outlet: str | None = None, url: str | None = None) -> str:
    key = f"{outlet or ''}\n{url}" if url else f"text\n{text}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Token:
    start: int
    stop: int
    text: str
    lemma: str
    pos: str
    feats: Mapping[str, str]
    head: int  # index of the head token in Doc.tokens, -1 for the root
    rel: str  # Universal Dependencies relation
    sent: int  # index of the sentence in Doc.sents


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    stop: int
    first: int  # index of the first token in Doc.tokens
    last: int  # index after the last token


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    stop: int
    text: str
    type: str  # PER, ORG, LOC
    normal: str  # the mention in nominative: "Аскаром Маминым" -> "Аскар Мамин"
    entity: str = ""  # id of the entity it belongs to, once entities are joined
    kind: str = "name"  # name | title (a post standing for a person: "Глава государства")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    name: str  # fullest canonical name in the article
    country: str | None = None  # ISO 3166 alpha-2 of the state it is, or belongs to
    aliases: tuple[str, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Post:
    person: str  # entity id
    post: str  # nominative, lower case: "премьер-министр"
    of: str | None  # entity id of the state or organisation
    start: int  # evidence span
    stop: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None  # entity id, or None when the speaker is only described
    speaker_text: str
    kind: str  # direct | indirect
    cue: str
    start: int  # the quoted content only
    stop: int
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    type: str  # PLOVER
    mode: str | None
    source: str | None
    target: str | None
    participants: tuple[str, ...]
    place: str | None
    date: str | None
    date_text: str | None
    modality: str
    cameo: str | None
    start: int
    stop: int
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Commitment:
    parties: tuple[str, ...]
    text: str
    status: str
    start: int
    stop: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Doc:
    """An article and the layers analysis added to it. Stages return a new Doc (``dataclasses.replace``)."""

    article: Article
    tokens: tuple[Token, ...] = ()
    sents: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    posts: tuple[Post, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    # Caches shared between stages of one document (e.g. the article's head of state); never serialised.
    notes: Mapping[str, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def mentions_of(self, entity_id: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.entity == entity_id)

    def sent_tokens(self, index: int) -> tuple[Token, ...]:
        sent = self.sents[index]
        return self.tokens[sent.first:sent.last]
