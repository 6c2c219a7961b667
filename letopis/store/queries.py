"""Data functions for the command line, the API and the explorer: search, one article, the store's counts,
finding entities by name. Each takes an open ``Store`` and returns the dataclasses of ``results``; lists are
paginated (``limit``, ``offset``) and filters are bound parameters, never SQL built from input::

    page = search(store, "переговоров", outlet="БЕЛТА", date_from=date(2024, 11, 1))
    for hit in page.items: print(hit.id, hit.title, hit.snippet)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Integer,
    Select,
    String,
    Table,
    TextualSelect,
    and_,
    bindparam,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.ext.compiler import compiles

from letopis.analysis.quotes_direct import LINK, MARKUP
from letopis.errors import UsageError
from letopis.lexicon import key, load_lexicon
from letopis.records import Article, Commitment, Doc, Entity, Event, Mention, Post, Quote
from letopis.store.db import Store
from letopis.store.models import (
    Alias,
    ArticleRow,
    CommitmentParty,
    CommitmentRow,
    CommitmentStep,
    EntityRow,
    EventGroup,
    EventParticipant,
    EventRow,
    MentionRow,
    PostRow,
    PostSighting,
    QuoteRow,
    Story,
)
from letopis.store.results import ArticleView, EntityRef, Page, SearchHit, Stats
from letopis.store.terms import query_terms
from letopis.store.write import headline

MAX_LIMIT = 500
Q = TypeVar("Q", bound=Select[*tuple[Any, ...]])
SNIPPET = 240


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise UsageError(f"offset must be 0 or more, not {offset}")


def entity_ref(row: Any) -> EntityRef:
    return EntityRef(id=row.id, type=row.type, name=row.name, country=row.country)


def in_ids(column: Any) -> ColumnElement[bool]:
    """``column IN :ids``, one list parameter: a statement built once (a module constant) and run with
    ``{"ids": [...]}`` costs a fraction of one built per call with the values in it."""
    return column.in_(bindparam("ids", expanding=True))  # type: ignore[no-any-return]


ENTITY_REFS = select(EntityRow.id, EntityRow.type, EntityRow.name, EntityRow.country).where(in_ids(EntityRow.id))


def entity_refs(conn: Connection, ids: Sequence[int | None]) -> dict[int, EntityRef]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {row.id: entity_ref(row) for row in conn.execute(ENTITY_REFS, {"ids": wanted})}


def search(store: Store, q: str = "", *, outlet: str | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None, entity: int | None = None, event_type: str | None = None,
           limit: int = 20, offset: int = 0, total: int | None = None) -> Page[SearchHit]:
    """Articles whose words match every word of ``q`` in any form ("переговоров" finds "переговоры"),
    narrowed by the filters; newest first. An empty ``q`` lists by the filters alone. ``total``: how many
    match, when the caller has counted them already (the explorer's facets do), so they are not counted twice."""
    check_page(limit, offset)
    where = article_filters(store, q, outlet=outlet, date_from=date_from, date_to=date_to, entity=entity,
                            event_type=event_type)
    with matching_read(store, where) as conn:
        if total is None:
            total = int(conn.execute(select(func.count()).select_from(ArticleRow).where(*where.conditions),
                                     where.params).scalar_one())
        # The page's ids first (sorted from an index, not from the rows), then those rows with their texts.
        page = (select(ArticleRow.id).where(*where.conditions)
                .order_by(ArticleRow.published_on.desc().nulls_last(), ArticleRow.id).limit(limit).offset(offset))
        if where.terms:
            page = listing_index(page)  # the matches' dates from the index; the date index serves the rest
        items = hits(conn, list(conn.scalars(page, where.params)), where.terms)
    return Page(items=items, total=total, limit=limit, offset=offset)


@contextmanager
def matching_read(store: Store, where: Filters) -> Iterator[Connection]:
    """A read connection for statements with ``where``'s conditions. On PostgreSQL, when they match words, its
    transaction plans without sequential scans (``SET LOCAL``, gone when the read ends): the planner costs
    ``tsv @@ query`` as a cheap operator, so for a word in one article of ten or more it reads every row's
    tsvector (21 ms on 4,000 articles for "Москва", 560 matches) where the GIN index finds the same rows
    in 0.7 ms; the other conditions are indexed too."""
    with store.read() as conn:
        if where.terms and store.dialect == "postgresql":
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        yield conn


def hits(conn: Connection, ids: list[str], terms: list[list[str]]) -> list[SearchHit]:
    """The articles ``ids`` as search hits, in that order, with snippets around the first of ``terms``."""
    rows = {row.id: row for row in conn.execute(HITS, {"ids": ids})} if ids else {}
    return [hit(rows[i], terms) for i in ids if i in rows]


def listing_index(query: Q) -> Q:
    """``query`` reading the articles through ``ix_articles_listing`` (id, date, outlet) on SQLite: looked up
    by id, an article's date and outlet come from the index, not from its row (which holds the whole text).
    SQLite's planner, without statistics, would take the primary key's index and read the rows."""
    return query.with_hint(ArticleRow, "INDEXED BY ix_articles_listing", dialect_name="sqlite")


@compiles(Table, "sqlite")
def _sqlite_table(table: Table, compiler: Any, **kw: Any) -> str:
    """SQLAlchemy drops table hints on SQLite; this writes them after the table's name ("INDEXED BY ...")."""
    sql: str = compiler.visit_table(table, **kw)
    hint = (kw.get("fromhints") or {}).get(table)
    return f"{sql} {hint}" if hint and not kw.get("ashint") else sql


@dataclass(frozen=True, slots=True, eq=False)
class Filters:
    """The conditions ``search`` puts on articles and the values they are run with. The conditions are
    statements built once per kind of search (``shape``: which filters, how many words), with the values as
    parameters: a caller can build its statement around them once too (``letopis.web.facets``), instead of
    SQLAlchemy building and keying a new one for every query."""

    shape: tuple[str, ...]
    conditions: tuple[ColumnElement[bool], ...]
    params: dict[str, Any]
    terms: list[list[str]]  # the query's words, each with its forms

    def __bool__(self) -> bool:
        return bool(self.conditions)


def article_filters(store: Store, q: str = "", *, outlet: str | None = None, date_from: dt.date | None = None,
                    date_to: dt.date | None = None, entity: int | None = None,
                    event_type: str | None = None) -> Filters:
    """The conditions ``search`` puts on articles, for a caller that asks the same articles something else
    (the explorer's facets: counts by outlet, type and date), so the two never disagree on what matches."""
    terms = query_terms(q)
    params: dict[str, Any] = {"outlet": outlet or None, "date_from": date_from, "date_to": date_to,
                              "entity": entity, "event_type": event_type.upper() if event_type else None}
    shape = [name for name, value in params.items() if value is not None]
    if terms:
        words = _match_params(store.dialect, terms)
        params.update(words)
        shape.insert(0, f"words:{len(words)}")
    given = {name: value for name, value in params.items() if value is not None}
    return Filters(shape=tuple(shape), conditions=filter_conditions(store.dialect, tuple(shape)), params=given,
                   terms=terms)


@cache
def filter_conditions(dialect: str, shape: tuple[str, ...]) -> tuple[ColumnElement[bool], ...]:
    """The conditions of ``Filters`` of one shape, with their values as parameters (``:outlet``, ...); the
    same objects every time, so statements built around them can be kept by shape."""
    where: list[ColumnElement[bool]] = []
    for name in shape:
        if name.startswith("words:"):
            where.append(ArticleRow.id.in_(_matching(dialect, int(name.removeprefix("words:")))))
        elif name == "outlet":
            where.append(ArticleRow.outlet == bindparam("outlet", type_=String))
        elif name == "date_from":
            where.append(ArticleRow.published_on >= bindparam("date_from", type_=Date))
        elif name == "date_to":
            where.append(ArticleRow.published_on <= bindparam("date_to", type_=Date))
        elif name == "entity":
            where.append(ArticleRow.id.in_(select(MentionRow.article_id)
                                           .where(MentionRow.entity_id == bindparam("entity", type_=Integer))))
        elif name == "event_type":
            where.append(ArticleRow.id.in_(select(EventRow.article_id)
                                           .where(EventRow.type == bindparam("event_type", type_=String))))
    return tuple(where)


HIT_COLUMNS = (ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.published_on, ArticleRow.url,
               ArticleRow.lang, ArticleRow.analysed, ArticleRow.story_id, ArticleRow.text)
HITS = select(*HIT_COLUMNS).where(in_ids(ArticleRow.id))


def hit(row: Any, terms: list[list[str]]) -> SearchHit:
    return SearchHit(id=row.id, title=row.title, outlet=row.outlet, published=row.published_on, url=row.url,
                     lang=row.lang, analysed=bool(row.analysed), story_id=row.story_id,
                     snippet=snippet(row.text, terms), headline=row.title or headline(row.text))


def snippet(body: str, terms: list[list[str]]) -> str:
    """About ``SNIPPET`` characters around the first word of the query (by its first letters), else the start."""
    lowered = body.lower().replace("ё", "е")
    found = [lowered.find(form[: max(4, len(form) - 2)]) for forms in terms for form in forms]
    at = min((i for i in found if i >= 0), default=0)
    start = max(0, at - SNIPPET // 3)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    # As a reader sees it: a Telegram post's markdown ("**", "[words](https://...)") is not shown.
    piece = " ".join(MARKUP.sub("", LINK.sub(r"\1", body[start:start + SNIPPET])).split())
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(body) else "")


def matching(dialect: str, terms: list[list[str]]) -> Any:
    """The ids of the articles holding every query word, from the database's own full-text index."""
    params = _match_params(dialect, terms)
    return _matching(dialect, len(params)).bindparams(**params)


def _match_params(dialect: str, terms: list[list[str]]) -> dict[str, str]:
    """The query words as the parameters of ``_matching``: on PostgreSQL one per word, its forms for the russian
    configuration to stem, any of them matching; on SQLite one FTS5 expression."""
    params: dict[str, str] = {}
    if dialect == "postgresql":
        # Terms are \w+ words: nothing in them is tsquery syntax.
        for index, forms in enumerate(terms):
            params[f"w{index}"] = " | ".join(forms)
    else:
        # Terms are \w+ words, quoted for FTS5; the whole expression is one bound parameter.
        params["match"] = " AND ".join("(" + " OR ".join(f'"{form}"' for form in forms) + ")" for forms in terms)
    return params


@cache
def _matching(dialect: str, count: int) -> TextualSelect:
    """``matching`` for ``count`` parameters (``_match_params``), their values given when it runs. A word the
    russian configuration drops (a stop word: "и", "в") asks for nothing."""
    if dialect == "postgresql":
        parts = [f"to_tsquery('russian', :w{index})" for index in range(count)]
        sql = f"SELECT article_id FROM article_terms WHERE tsv @@ ({' && '.join(parts)})"
    else:
        sql = ("SELECT t.article_id FROM article_fts JOIN article_terms t ON t.rowid = article_fts.rowid "
               "WHERE article_fts MATCH :match")
    return text(sql).columns(article_id=ArticleRow.id.type)


def article(store: Store, article_id: str) -> ArticleView | None:
    """The article with every layer, its entities under their store ids; None if there is no such article."""
    with store.read() as conn:
        row = conn.execute(select(ArticleRow).where(ArticleRow.id == article_id)).first()
        if row is None:
            return None
        art = Article(text=row.text, id=row.id, title=row.title, outlet=row.outlet, cites=row.cites,
                      published=row.published, url=row.url, lang=row.lang)
        mentions = [Mention(start=m.start, stop=m.stop, text=m.text, type=m.type, normal=m.normal,
                            entity=str(m.entity_id), kind=m.kind)
                    for m in conn.execute(
                        select(MentionRow, EntityRow.type).join(EntityRow, EntityRow.id == MentionRow.entity_id)
                        .where(MentionRow.article_id == article_id).order_by(MentionRow.start, MentionRow.stop))]
        posts = [Post(person=str(p.person_id), post=p.post, of=str(p.of_id) if p.of_id else None,
                      start=p.start, stop=p.stop)
                 for p in conn.execute(
                     select(PostRow.person_id, PostRow.post, PostRow.of_id, PostSighting.start, PostSighting.stop)
                     .join(PostRow, PostRow.id == PostSighting.post_id)
                     .where(PostSighting.article_id == article_id).order_by(PostSighting.id))]
        quotes = [Quote(speaker=str(q.speaker_id) if q.speaker_id else None, speaker_text=q.speaker_text,
                        kind=q.kind, cue=q.cue, start=q.start, stop=q.stop, text=q.text)
                  for q in conn.execute(select(QuoteRow).where(QuoteRow.article_id == article_id)
                                        .order_by(QuoteRow.id))]
        events = _article_events(conn, article_id)
        commitments = _article_commitments(conn, article_id)
        referenced = [int(m.entity) for m in mentions] + [int(p.of) for p in posts if p.of]
        referenced += [int(i) for e in events for i in (e.source, e.target, e.place, *e.participants) if i]
        referenced += [int(i) for c in commitments for i in c.parties]
        refs = entity_refs(conn, referenced)
        entities = tuple(Entity(id=str(r.id), type=r.type, name=r.name, country=r.country)
                         for r in sorted(refs.values(), key=lambda r: r.id))
    doc = Doc(article=art, mentions=tuple(mentions), entities=entities, posts=tuple(posts),
              quotes=tuple(quotes), events=tuple(events), commitments=tuple(commitments))
    return ArticleView(doc=doc, analysed=bool(row.analysed), story_id=row.story_id, ingested_at=row.ingested_at)


def _article_events(conn: Connection, article_id: str) -> list[Event]:
    rows = list(conn.execute(select(EventRow).where(EventRow.article_id == article_id).order_by(EventRow.id)))
    participants: dict[int, list[str]] = {}
    if rows:
        for p in conn.execute(select(EventParticipant).where(EventParticipant.event_id.in_([r.id for r in rows]))
                              .order_by(EventParticipant.event_id, EventParticipant.entity_id)):
            participants.setdefault(p.event_id, []).append(str(p.entity_id))
    return [Event(type=r.type, mode=r.mode, source=_sid(r.source_id), target=_sid(r.target_id),
                  participants=tuple(participants.get(r.id, ())), place=_sid(r.place_id),
                  date=r.date.isoformat() if r.date else None, date_text=r.date_text, modality=r.modality,
                  cameo=r.cameo, start=r.start, stop=r.stop, text=r.text) for r in rows]


def _article_commitments(conn: Connection, article_id: str) -> list[Commitment]:
    rows = list(conn.execute(
        select(CommitmentStep.commitment_id, CommitmentStep.status, CommitmentStep.start, CommitmentStep.stop,
               CommitmentRow.text)
        .join(CommitmentRow, CommitmentRow.id == CommitmentStep.commitment_id)
        .where(CommitmentStep.article_id == article_id).order_by(CommitmentStep.id)))
    parties: dict[int, list[str]] = {}
    if rows:
        for p in conn.execute(select(CommitmentParty).where(
                CommitmentParty.commitment_id.in_([r.commitment_id for r in rows]))
                .order_by(CommitmentParty.entity_id)):
            parties.setdefault(p.commitment_id, []).append(str(p.entity_id))
    return [Commitment(parties=tuple(parties.get(r.commitment_id, ())), text=r.text, status=r.status,
                       start=r.start, stop=r.stop) for r in rows]


def _sid(value: int | None) -> str | None:
    return str(value) if value is not None else None


def stats(store: Store) -> Stats:
    """How much the store holds."""
    def count(conn: Connection, table: Any, *where: ColumnElement[bool]) -> int:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())

    with store.read() as conn:
        articles = count(conn, ArticleRow)
        analysed = count(conn, ArticleRow, ArticleRow.analysed.is_(True))
        first, last = conn.execute(select(func.min(ArticleRow.published_on), func.max(ArticleRow.published_on))).one()
        return Stats(
            articles=articles, analysed=analysed, not_analysed=articles - analysed,
            outlets=int(conn.execute(select(func.count(func.distinct(ArticleRow.outlet)))).scalar_one()),
            entities=count(conn, EntityRow), aliases=count(conn, Alias), mentions=count(conn, MentionRow),
            posts=count(conn, PostRow), quotes=count(conn, QuoteRow), events=count(conn, EventRow),
            event_groups=count(conn, EventGroup), commitments=count(conn, CommitmentRow),
            stories=count(conn, Story), first_published=first, last_published=last,
        )


def _named(*where: ColumnElement[bool]) -> Select[int, str, str, str | None]:
    typed = or_(bindparam("type", type_=String).is_(None), EntityRow.type == bindparam("type", type_=String))
    return (select(EntityRow.id, EntityRow.type, EntityRow.name, EntityRow.country).where(*where, typed)
            .order_by(EntityRow.num_articles.desc(), EntityRow.id).limit(bindparam("limit", type_=Integer)))


# Built once (see ``in_ids``). Each condition as an index reads it (type and key; a country by its code), so
# the planner joins a few index lookups instead of reading every entity.
NAMED = _named(or_(
    EntityRow.id.in_(select(Alias.entity_id).where(Alias.key == bindparam("key", type_=String))),
    *(and_(EntityRow.type == t, EntityRow.key == bindparam(t, type_=String))  # "Головченко": a surname
      for t in ("PER", "LOC", "ORG")),
    and_(EntityRow.country == bindparam("iso2", type_=String), EntityRow.key == bindparam("country", type_=String))))
# Names that start with it: on SQLite a range of the key index (it compares text by code points; its LIKE
# would read every alias), LIKE elsewhere.
NAMED_FROM = {
    "sqlite": _named(EntityRow.id.in_(select(Alias.entity_id).where(
        Alias.key >= bindparam("key", type_=String), Alias.key < bindparam("above", type_=String)))),
    "postgresql": _named(EntityRow.id.in_(select(Alias.entity_id).where(
        Alias.key.like(bindparam("pattern", type_=String))))),
}


def find_entities(store: Store, name: str, *, type: str | None = None, limit: int = 20) -> list[EntityRef]:
    """Entities called ``name`` (or with an alias of that name; a country by any of its names), best known
    first; then those whose name starts with it. "Белоруссия" -> Беларусь."""
    check_page(limit, 0)
    wanted = key(name)
    if not wanted:
        return []
    country = load_lexicon().country(name)
    iso2 = country.iso2 if country is not None else None
    common = {"key": wanted, "type": type.upper() if type else None, "limit": limit}
    with store.read() as conn:
        rows = list(conn.execute(NAMED, {**common, **{t: f"{t}:{wanted}" for t in ("PER", "LOC", "ORG")},
                                         "iso2": iso2, "country": f"country:{iso2}" if iso2 else None}))
        if len(rows) < limit:
            seen = {r.id for r in rows}
            more = conn.execute(NAMED_FROM[store.dialect], {
                **common, "above": wanted + "\U0010ffff",
                "pattern": wanted.replace("%", "").replace("_", "") + "%"})
            rows += [r for r in more if r.id not in seen][: limit - len(rows)]
    return [entity_ref(r) for r in rows]


def one_entity(store: Store, name_or_id: str, type: str | None = None) -> EntityRef:
    """The entity a user means by a name or an id ("Беларусь", "17"); a clear error when there is none."""
    with store.read() as conn:
        if name_or_id.isdigit():
            refs = entity_refs(conn, [int(name_or_id)])
            if refs:
                return refs[int(name_or_id)]
    found = find_entities(store, name_or_id, type=type, limit=1)
    if not found:
        raise UsageError(f"no entity called {name_or_id!r} in {store.label}")
    return found[0]

