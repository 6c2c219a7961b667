"""The tables of the chronicle, as SQLAlchemy 2.0 typed models. The same schema on SQLite and PostgreSQL.

    articles ──< mentions >── entities ──< aliases
        │                        │
        ├──< post_sightings >── posts (person, post, of; first and last seen)
        ├──< quotes              │
        ├──< events >── event_groups (one event reported by several articles: NumArticles, NumSources)
        ├──< commitment_steps >── commitments ──< commitment_parties
        ├──  story_items (what the story index keeps of the article)
        └──> stories

    data_version: one row, bumped by every write transaction (readers' caches compare it)

Dates are ``Date`` columns; ``month`` ("2024-11") is kept beside them so counts per month read the same on
both databases. Full-text search lives beside ``article_terms`` in a table of the database's own kind
(SQLite FTS5 ``article_fts``; a ``tsvector`` column on PostgreSQL), made by the migration.
Schema changes are migrations in ``letopis/store/migrations/versions``: change a model, add a migration.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Story(Base):
    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    first_seen: Mapped[dt.date | None] = mapped_column(Date, index=True)
    last_seen: Mapped[dt.date | None] = mapped_column(Date, index=True)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)
    num_outlets: Mapped[int] = mapped_column(Integer, default=0)


class ArticleRow(Base):
    __tablename__ = "articles"
    # A search's counts and order read the matching articles' date and outlet from this index alone; a story's
    # articles, and whether an outlet has reported the story yet, are found through the second.
    __table_args__ = (Index("ix_articles_listing", "id", "published_on", "outlet"),
                      Index("ix_articles_story_outlet", "story_id", "outlet"))

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    cites: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))  # as the source gave it
    published_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(16))
    analysed: Mapped[bool] = mapped_column(Boolean, default=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    story_id: Mapped[str | None] = mapped_column(ForeignKey("stories.id"))


class ArticleTerms(Base):
    """The article's words as lemmas and as written, lower case, "ё" as "е": what full-text search reads."""

    __tablename__ = "article_terms"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    terms: Mapped[str] = mapped_column(Text)


class EntityRow(Base):
    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_type_key", "type", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(Text)
    # How articles find it: "PER:токаев" (surname), "LOC:костанай", "country:KZ"
    key: Mapped[str] = mapped_column(String(300))
    first: Mapped[str | None] = mapped_column(String(100))  # a person's first name or initial, lower case
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)


class Alias(Base):
    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"))  # looked up by the unique pair's index
    alias: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(300), index=True)


class MentionRow(Base):
    __tablename__ = "mentions"
    # Both ways: an entity's articles, and the entities of those articles (who is beside whom).
    __table_args__ = (Index("ix_mentions_entity_article", "entity_id", "article_id"),
                      Index("ix_mentions_article_entity", "article_id", "entity_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"))  # ix_mentions_entity_article leads with it
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    normal: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))


class PostRow(Base):
    """A post a person held, over all the articles that say so."""

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    post: Mapped[str] = mapped_column(String(200))
    of_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)


class PostSighting(Base):
    """One article's evidence for a post: where it says so and when."""

    __tablename__ = "post_sightings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    seen: Mapped[dt.date | None] = mapped_column(Date)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)


class QuoteRow(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    speaker_text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    cue: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    terms: Mapped[str] = mapped_column(Text)  # " лемма слово " for search by a word
    said_on: Mapped[dt.date | None] = mapped_column(Date, index=True)


class EventGroup(Base):
    """One event as reported by one or more articles (GDELT's NumArticles, NumSources). Articles of one story
    reporting the same type, source, target, date and modality share a group: an act done, one announced, one
    denied and one only possible are four facts ("ввела санкции", "введёт санкции", "не будет вводить санкции",
    "может ввести санкции")."""

    __tablename__ = "event_groups"
    __table_args__ = (Index("ix_event_groups_dyad", "source_id", "target_id", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    story_id: Mapped[str | None] = mapped_column(ForeignKey("stories.id"), index=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    cameo: Mapped[str | None] = mapped_column(String(8))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))  # ix_event_groups_dyad leads with it
    target_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)  # the event's date, else the report's
    month: Mapped[str | None] = mapped_column(String(7))
    num_articles: Mapped[int] = mapped_column(Integer, default=0)
    num_sources: Mapped[int] = mapped_column(Integer, default=0)
    # asserted, future, negated, hypothetical (``letopis.records.Event.modality``)
    modality: Mapped[str] = mapped_column(String(16), server_default="asserted")


class EventRow(Base):
    """One article's report of an event, with its evidence span."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_article_type", "article_id", "type"),)  # event types of some articles

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    group_id: Mapped[int] = mapped_column(ForeignKey("event_groups.id"), index=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    target_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_text: Mapped[str | None] = mapped_column(Text)
    modality: Mapped[str] = mapped_column(String(16))
    cameo: Mapped[str | None] = mapped_column(String(8))
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class EventParticipant(Base):
    __tablename__ = "event_participants"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True, index=True)


class CommitmentRow(Base):
    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), index=True)  # parties and words, to find it again
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)


class CommitmentParty(Base):
    __tablename__ = "commitment_parties"

    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True, index=True)


class CommitmentStep(Base):
    """One step of a commitment's history: its status on a date, and the words that say so."""

    __tablename__ = "commitment_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class StoryItemRow(Base):
    """What the story index keeps of an analysed article (``letopis.stories.StoryItem.to_json()``), and the day
    it counts from in the time window: its publication, else the day it was ingested."""

    __tablename__ = "story_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # the order items were added in
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), unique=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    item: Mapped[str] = mapped_column(Text)


class DataVersion(Base):
    """One row (id 1): a counter every write transaction bumps, so a reader can tell its cache is stale."""

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
