"""Data functions across articles: an entity's page, quotes, events, a pair of sides over months, stories,
commitments. Same conventions as ``queries``: an open ``Store`` in, ``results`` dataclasses out, paginated::

    view = entity(store, 8)                   # Роман Головченко: posts over time, quotes, events, neighbours
    months = dyad(store, by, kz).months       # events per month by PLOVER type, cooperation vs conflict
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Date, Integer, String, and_, bindparam, case, func, or_, select, union

from letopis.errors import UsageError
from letopis.records import MODALITIES
from letopis.store.db import Store
from letopis.store.models import (
    Alias,
    ArticleRow,
    CommitmentParty,
    CommitmentRow,
    CommitmentStep,
    EntityRow,
    EventGroup,
    EventRow,
    MentionRow,
    PostRow,
    PostSighting,
    QuoteRow,
    Story,
)
from letopis.store.queries import HIT_COLUMNS, check_page, entity_ref, entity_refs, hit, in_ids
from letopis.store.results import (
    COOPERATIVE,
    CommitmentStepView,
    CommitmentView,
    Counted,
    DyadDetails,
    DyadMonth,
    DyadView,
    EntityRef,
    EntityView,
    EventView,
    Evidence,
    Page,
    PostView,
    QuoteView,
    StorySummary,
    StoryView,
)
from letopis.store.terms import lemmas, words

# How many of each list an entity's page shows; the full lists are paginated by quotes() and events().
ENTITY_LIST = 20


def entity(store: Store, entity_id: int) -> EntityView | None:
    """A person, organisation, place or state: its posts over time, latest quotes and events, the entities
    most often beside it. None if there is no such entity."""
    given = {"entity": entity_id}
    with store.read() as conn:
        row = conn.execute(ENTITY, given).first()
        if row is None:
            return None
        ref = EntityRef(id=row.id, type=row.type, name=row.name, country=row.country)
        aliases = list(conn.scalars(ALIASES, given))
        held, held_in = list(conn.execute(POSTS_HELD, given)), list(conn.execute(POSTS_HELD_IN, given))
        beside, across = list(conn.execute(BESIDE, given)), list(conn.execute(COUNTERPARTS, given))
        quote_rows, groups = list(conn.execute(QUOTES_BY, given)), list(conn.execute(EVENTS_OF, given))
        sightings = _first_sightings(conn, held + held_in)
        reports = _first_reports(conn, groups)
        # Every entity the page names, in one query.
        refs = entity_refs(conn, [*(i for r in held + held_in for i in (r.person_id, r.of_id)),
                                  *(r[0] for r in beside + across), *(r.speaker_id for r in quote_rows),
                                  *(i for g in groups for i in (g.source_id, g.target_id))])
    return EntityView(entity=ref, aliases=aliases, num_articles=row.num_articles,
                      posts=_post_views(held, sightings, refs), holders=_post_views(held_in, sightings, refs),
                      quotes=_quote_views(quote_rows, refs), events=_event_views(groups, reports, refs),
                      cooccurring=_counted(beside, refs), counterparts=_counted(across, refs))


def _counted(rows: list[Any], refs: dict[int, EntityRef]) -> list[Counted]:
    return [Counted(entity=refs[r[0]], count=int(r[1])) for r in rows if r[0] in refs]


def _first_sightings(conn: Connection, rows: list[Any]) -> dict[int, Evidence]:
    """Each post's first sighting, as its evidence."""
    first: dict[int, Evidence] = {}
    if rows:
        for s in conn.execute(SIGHTINGS, {"ids": sorted({r.id for r in rows})}):
            first.setdefault(s.post_id, _evidence(s))
    return first


def _post_views(rows: list[Any], first: dict[int, Evidence], refs: dict[int, EntityRef]) -> list[PostView]:
    return [PostView(person=refs[r.person_id], post=r.post, of=refs.get(r.of_id) if r.of_id else None,
                     first_seen=r.first_seen, last_seen=r.last_seen, num_articles=r.num_articles,
                     evidence=first[r.id]) for r in rows if r.id in first and r.person_id in refs]


def _evidence_columns(start: Any, stop: Any) -> tuple[Any, ...]:
    # substr counts characters from 1 on both databases, as Python slices count them from 0.
    return (func.substr(ArticleRow.text, start + 1, stop - start).label("evidence"),
            ArticleRow.published_on, ArticleRow.outlet, ArticleRow.url)


SIGHTINGS = (select(PostSighting.post_id, PostSighting.article_id, PostSighting.start, PostSighting.stop,
                    *_evidence_columns(PostSighting.start, PostSighting.stop))
             .join(ArticleRow, ArticleRow.id == PostSighting.article_id).where(in_ids(PostSighting.post_id))
             .order_by(PostSighting.seen.asc().nulls_last(), PostSighting.id))
# Each event group's reports with their articles (the first is the evidence shown).
REPORTS = (select(EventRow.group_id, EventRow.mode, EventRow.article_id, EventRow.start, EventRow.stop,
                  EventRow.text, ArticleRow.published_on, ArticleRow.outlet, ArticleRow.url)
           .join(ArticleRow, ArticleRow.id == EventRow.article_id).where(in_ids(EventRow.group_id))
           .order_by(EventRow.id))


def _evidence(row: Any, text: str | None = None) -> Evidence:
    return Evidence(article_id=row.article_id, start=row.start, stop=row.stop,
                    text=text if text is not None else row.evidence, published=row.published_on,
                    outlet=row.outlet, url=row.url)


def quotes(store: Store, *, speaker: int | None = None, word: str | None = None, outlet: str | None = None,
           date_from: dt.date | None = None, date_to: dt.date | None = None,
           limit: int = 20, offset: int = 0) -> Page[QuoteView]:
    """Quotes, latest first: by a speaker, holding a word in any form ("санкций" finds "санкции"), by outlet
    and date."""
    check_page(limit, offset)
    where: list[ColumnElement[bool]] = []
    if speaker is not None:
        where.append(QuoteRow.speaker_id == speaker)
    for term in words(word or "")[:5]:
        where.append(or_(*(QuoteRow.terms.like(f"% {form} %") for form in lemmas(term))))
    if outlet:
        where.append(QuoteRow.article_id.in_(select(ArticleRow.id).where(ArticleRow.outlet == outlet)))
    if date_from:
        where.append(QuoteRow.said_on >= date_from)
    if date_to:
        where.append(QuoteRow.said_on <= date_to)
    with store.read() as conn:
        total = conn.execute(select(func.count()).select_from(QuoteRow).where(*where)).scalar_one()
        return Page(items=_quotes(conn, where, limit, offset), total=total, limit=limit, offset=offset)


QUOTE_COLUMNS = (QuoteRow.id, QuoteRow.speaker_id, QuoteRow.speaker_text, QuoteRow.kind, QuoteRow.cue, QuoteRow.text,
                 QuoteRow.said_on, QuoteRow.article_id, QuoteRow.start, QuoteRow.stop, ArticleRow.published_on,
                 ArticleRow.outlet, ArticleRow.url)
QUOTE_ORDER = (QuoteRow.said_on.desc().nulls_last(), QuoteRow.id.desc())


def _quotes(conn: Connection, where: Sequence[ColumnElement[bool]], limit: int, offset: int) -> list[QuoteView]:
    rows = list(conn.execute(select(*QUOTE_COLUMNS).join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
                             .where(*where).order_by(*QUOTE_ORDER).limit(limit).offset(offset)))
    return _quote_views(rows, entity_refs(conn, [r.speaker_id for r in rows]))


def _quote_views(rows: list[Any], refs: dict[int, EntityRef]) -> list[QuoteView]:
    return [QuoteView(id=r.id, speaker=refs.get(r.speaker_id) if r.speaker_id else None,
                      speaker_text=r.speaker_text, kind=r.kind, cue=r.cue, text=r.text, said_on=r.said_on,
                      evidence=_evidence(r, r.text)) for r in rows]


def side(conn: Connection, entity_id: int) -> Any:
    """The entities that act for ``entity_id``: a state with its organisations, places and the persons holding
    its posts (Токаев for Казахстан); anything else is itself. A subquery of ids."""
    return _side(entity_id, conn.execute(MEMBER_OF, {"ids": [entity_id]}).first())


def _side(entity_id: int, row: Any) -> Any:
    """``side`` of an entity whose key and country (``MEMBER_OF``) are known (row None: no such entity)."""
    if row is None or not row.key.startswith("country:") or not row.country:
        return select(EntityRow.id).where(EntityRow.id == entity_id)
    of_state = select(EntityRow.id).where(EntityRow.country == row.country)
    return union(of_state, select(PostRow.person_id).where(PostRow.of_id.in_(of_state)),
                 select(EntityRow.id).where(EntityRow.id == entity_id))


# What ``side`` reads of an entity, with what a reference to it shows.
MEMBER_OF = select(EntityRow.id, EntityRow.key, EntityRow.type, EntityRow.name, EntityRow.country).where(
    in_ids(EntityRow.id))


def _dyad_where(conn: Connection, a: int, b: int | None, known: dict[int, Any] | None = None) -> ColumnElement[bool]:
    """Events of ``a``'s side, or between the sides of ``a`` and ``b`` in either direction; ``known``: the
    ``MEMBER_OF`` rows of both, when read already."""
    if known is None:
        known = {r.id: r for r in conn.execute(MEMBER_OF, {"ids": [a] if b is None else [a, b]})}
    side_a = _side(a, known.get(a))
    if b is None:
        return or_(EventGroup.source_id.in_(side_a), EventGroup.target_id.in_(side_a))
    side_b = _side(b, known.get(b))
    # The events of one side's members by the source index, their targets checked against the other side:
    # "+ 0" keeps SQLite from probing the (source, target) index with every pair of members (hundreds by
    # hundreds for two states).
    target = EventGroup.target_id + 0
    return or_(and_(EventGroup.source_id.in_(side_a), target.in_(side_b)),
               and_(EventGroup.source_id.in_(side_b), target.in_(side_a)))


def events(store: Store, *, type: str | None = None, a: int | None = None, b: int | None = None,
           date_from: dt.date | None = None, date_to: dt.date | None = None, modality: str | None = None,
           limit: int = 20, offset: int = 0) -> Page[EventView]:
    """Events (each once, with how many articles and outlets report it), latest first: of a PLOVER type,
    involving ``a``, or between ``a`` and ``b`` in either direction (a state's side includes its officials); of
    one modality (``MODALITIES``: "asserted" for acts done) where given."""
    check_page(limit, offset)
    if modality is not None and modality not in MODALITIES:
        raise UsageError(f"modality must be one of {', '.join(MODALITIES)}, not {modality!r}")
    with store.read() as conn:
        where: list[ColumnElement[bool]] = []
        if type:
            where.append(EventGroup.type == type.upper())
        if modality:
            where.append(EventGroup.modality == modality)
        if a is not None:
            where.append(_dyad_where(conn, a, b))
        if date_from:
            where.append(EventGroup.date >= date_from)
        if date_to:
            where.append(EventGroup.date <= date_to)
        total = conn.execute(select(func.count()).select_from(EventGroup).where(*where)).scalar_one()
        return Page(items=_events(conn, where, limit, offset), total=total, limit=limit, offset=offset)


EVENT_ORDER = (EventGroup.date.desc().nulls_last(), EventGroup.id.desc())


def _events(conn: Connection, where: Sequence[ColumnElement[bool]], limit: int, offset: int) -> list[EventView]:
    groups = list(conn.execute(select(EventGroup).where(*where).order_by(*EVENT_ORDER).limit(limit).offset(offset)))
    if not groups:
        return []
    reports = _first_reports(conn, groups)
    return _event_views(groups, reports, entity_refs(conn, [i for g in groups for i in (g.source_id, g.target_id)]))


def _first_reports(conn: Connection, groups: list[Any]) -> dict[int, Any]:
    """Each event group's first report, with its article: the evidence shown."""
    first: dict[int, Any] = {}
    if groups:
        for r in conn.execute(REPORTS, {"ids": [g.id for g in groups]}):
            first.setdefault(r.group_id, r)
    return first


def _event_views(groups: list[Any], first: dict[int, Any], refs: dict[int, EntityRef]) -> list[EventView]:
    return [EventView(id=g.id, type=g.type, mode=first[g.id].mode, cameo=g.cameo,
                      source=refs.get(g.source_id) if g.source_id else None,
                      target=refs.get(g.target_id) if g.target_id else None, date=g.date, modality=g.modality,
                      num_articles=g.num_articles, num_sources=g.num_sources, story_id=g.story_id,
                      evidence=_evidence(first[g.id], first[g.id].text)) for g in groups if g.id in first]


# An entity's page, built once (see ``queries.in_ids``); ``:entity`` is its id.
_ENTITY = bindparam("entity", type_=Integer)
ENTITY = select(EntityRow).where(EntityRow.id == _ENTITY)
ALIASES = select(Alias.alias).where(Alias.entity_id == _ENTITY).order_by(Alias.alias)
POSTS_HELD = (select(PostRow).where(PostRow.person_id == _ENTITY)
              .order_by(PostRow.first_seen.asc().nulls_last(), PostRow.id).limit(ENTITY_LIST))
POSTS_HELD_IN = (select(PostRow).where(PostRow.of_id == _ENTITY)
                 .order_by(PostRow.last_seen.desc().nulls_last(), PostRow.id).limit(ENTITY_LIST))
_IN_ARTICLES = func.count(func.distinct(MentionRow.article_id))
BESIDE = (select(MentionRow.entity_id, _IN_ARTICLES)
          .where(MentionRow.article_id.in_(select(MentionRow.article_id).where(MentionRow.entity_id == _ENTITY)),
                 MentionRow.entity_id != _ENTITY)
          .group_by(MentionRow.entity_id).order_by(_IN_ARTICLES.desc(), MentionRow.entity_id).limit(ENTITY_LIST))
_OTHER = case((EventGroup.source_id == _ENTITY, EventGroup.target_id), else_=EventGroup.source_id)
_EVENTS_OF = or_(EventGroup.source_id == _ENTITY, EventGroup.target_id == _ENTITY)
COUNTERPARTS = (select(_OTHER, func.count()).where(_EVENTS_OF, _OTHER.is_not(None), _OTHER != _ENTITY)
                .group_by(_OTHER).order_by(func.count().desc(), _OTHER).limit(ENTITY_LIST))
QUOTES_BY = (select(*QUOTE_COLUMNS).join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
             .where(QuoteRow.speaker_id == _ENTITY).order_by(*QUOTE_ORDER).limit(ENTITY_LIST))
EVENTS_OF = select(EventGroup).where(_EVENTS_OF).order_by(*EVENT_ORDER).limit(ENTITY_LIST)


def dyad(store: Store, a: int, b: int, *, date_from: dt.date | None = None,
         date_to: dt.date | None = None) -> DyadView | None:
    """Events between two sides per month, by PLOVER type, with cooperation (AGREE, CONSULT, SUPPORT, CONCEDE,
    COOPERATE, AID, RETREAT) against conflict (the other types), and the undated ones counted by type. None
    if either entity is unknown."""
    with store.read() as conn:
        pair = _pair(conn, a, b, date_from, date_to)
        return _dyad(conn, *pair) if pair is not None else None


def _pair(conn: Connection, a: int, b: int, date_from: dt.date | None,
          date_to: dt.date | None) -> tuple[tuple[bool, bool], dict[str, Any], dict[int, EntityRef]] | None:
    """Which of the two are states (the variant of the pair's statements), their parameters and references;
    None if either is unknown."""
    known = {r.id: r for r in conn.execute(MEMBER_OF, {"ids": [a, b]})}
    if a not in known or b not in known:
        return None
    states = (_is_state(known[a]), _is_state(known[b]))
    given = {"a": a, "b": b, "a_country": known[a].country, "b_country": known[b].country,
             "date_from": date_from, "date_to": date_to}
    return states, given, {i: entity_ref(r) for i, r in known.items()}


def _is_state(row: Any) -> bool:
    return bool(row.key.startswith("country:") and row.country)


def _dyad(conn: Connection, states: tuple[bool, bool], given: dict[str, Any],
          refs: dict[int, EntityRef]) -> DyadView:
    # One query: months by type, the undated (month NULL) among them.
    by_month: dict[str, dict[str, int]] = {}
    undated: dict[str, int] = {}
    for month, type_, count in conn.execute(PAIR_MONTHS[states], given):
        if month is None:
            undated[type_] = int(count)
        else:
            by_month.setdefault(month, {})[type_] = int(count)
    months = [DyadMonth(month=m, counts=c, cooperation=sum(n for t, n in c.items() if t in COOPERATIVE),
                        conflict=sum(n for t, n in c.items() if t not in COOPERATIVE))
              for m, c in sorted(by_month.items())]
    return DyadView(a=refs[given["a"]], b=refs[given["b"]], months=months,
                    total=sum(sum(m.counts.values()) for m in months),
                    undated=sum(undated.values()), undated_counts=dict(sorted(undated.items())))


def _date_range(date_from: dt.date | None, date_to: dt.date | None) -> list[ColumnElement[bool]]:
    """Events dated within the range; with a range given, undated events are left out (not known to be in)."""
    where: list[ColumnElement[bool]] = []
    if date_from:
        where.append(EventGroup.date >= date_from)
    if date_to:
        where.append(EventGroup.date <= date_to)
    return where


def dyad_details(store: Store, a: int, b: int, *, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, latest: int = 10) -> DyadDetails | None:
    """A pair's page: ``dyad``, the ``latest`` AGREE events between them and the commitments both are parties
    to, from one connection (each side's members found once). None if either entity is unknown."""
    check_page(latest, 0)
    with store.read() as conn:
        pair = _pair(conn, a, b, date_from, date_to)
        if pair is None:
            return None
        states, given, refs = pair
        view = _dyad(conn, states, {**given, "latest": latest}, refs)
        groups = list(conn.execute(PAIR_AGREEMENTS[states], {**given, "latest": latest}))
        reports = _first_reports(conn, groups)
        agreements = _event_views(groups, reports, {**refs, **entity_refs(
            conn, [i for g in groups for i in (g.source_id, g.target_id) if i not in refs])})
        shared = _commitments_of(conn, list(conn.execute(SHARED_COMMITMENTS, {**given, "latest": latest})))
    return DyadDetails(dyad=view, agreements=agreements, commitments=shared)


def _side_of(name: str, state: bool) -> Any:
    """``side`` as a statement built once: the entity is the parameter ``name``, a state's country
    ``name_country``."""
    me = select(EntityRow.id).where(EntityRow.id == bindparam(name, type_=Integer))
    if not state:
        return me
    of_state = select(EntityRow.id).where(EntityRow.country == bindparam(f"{name}_country", type_=String))
    return union(of_state, select(PostRow.person_id).where(PostRow.of_id.in_(of_state)), me)


def _pair_where(states: tuple[bool, bool]) -> ColumnElement[bool]:
    """``_dyad_where`` of the parameters ``a`` and ``b`` (which of them are states: ``states``), dated within
    ``date_from`` .. ``date_to`` when given (then undated events are left out, as ``_date_range`` does)."""
    side_a, side_b = _side_of("a", states[0]), _side_of("b", states[1])
    target = EventGroup.target_id + 0  # see _dyad_where
    date_from, date_to = bindparam("date_from", type_=Date), bindparam("date_to", type_=Date)
    return and_(or_(and_(EventGroup.source_id.in_(side_a), target.in_(side_b)),
                    and_(EventGroup.source_id.in_(side_b), target.in_(side_a))),
                or_(date_from.is_(None), EventGroup.date >= date_from),
                or_(date_to.is_(None), EventGroup.date <= date_to))


_STATES = [(x, y) for x in (False, True) for y in (False, True)]
# Counted by month: acts done only. An act announced, denied or only possible ("введёт санкции", "не будет вводить
# санкции", "может ввести санкции") is listed with its modality, never counted as done.
PAIR_MONTHS = {s: select(EventGroup.month, EventGroup.type, func.count())
               .where(_pair_where(s), EventGroup.modality == "asserted")
               .group_by(EventGroup.month, EventGroup.type).order_by(EventGroup.month, EventGroup.type)
               for s in _STATES}
PAIR_AGREEMENTS = {s: select(EventGroup).where(_pair_where(s), EventGroup.type == "AGREE").order_by(*EVENT_ORDER)
                   .limit(bindparam("latest", type_=Integer)) for s in _STATES}


def stories(store: Store, *, outlet: str | None = None, date_from: dt.date | None = None,
            date_to: dt.date | None = None, min_articles: int = 1,
            limit: int = 20, offset: int = 0) -> Page[StorySummary]:
    """Stories, latest first, with their articles and outlets."""
    check_page(limit, offset)
    where: list[ColumnElement[bool]] = [Story.num_articles >= min_articles]
    if outlet:
        where.append(Story.id.in_(select(ArticleRow.story_id).where(ArticleRow.outlet == outlet)))
    if date_from:
        where.append(Story.last_seen >= date_from)
    if date_to:
        where.append(Story.first_seen <= date_to)
    with store.read() as conn:
        total = conn.execute(select(func.count()).select_from(Story).where(*where)).scalar_one()
        rows = list(conn.execute(select(Story).where(*where)
                                 .order_by(Story.last_seen.desc().nulls_last(), Story.id).limit(limit).offset(offset)))
        return Page(items=_summaries(conn, rows), total=total, limit=limit, offset=offset)


MEMBERS = (select(ArticleRow.story_id, ArticleRow.id, ArticleRow.outlet).where(in_ids(ArticleRow.story_id))
           .order_by(ArticleRow.published_on.asc().nulls_last(), ArticleRow.id))


def _summaries(conn: Connection, rows: list[Any]) -> list[StorySummary]:
    members: dict[str, list[tuple[str, str | None]]] = {}
    if rows:
        for r in conn.execute(MEMBERS, {"ids": [s.id for s in rows]}):
            members.setdefault(r.story_id or "", []).append((r.id, r.outlet))
    out = []
    for s in rows:
        articles = members.get(s.id, [])
        out.append(StorySummary(id=s.id, title=s.title, first_seen=s.first_seen, last_seen=s.last_seen,
                                num_articles=s.num_articles, num_outlets=s.num_outlets,
                                outlets=sorted({o for _, o in articles if o}), article_ids=[i for i, _ in articles]))
    return out


def story_events(store: Store, story_ids: Sequence[str], latest: int) -> dict[str, tuple[list[EventView], int]]:
    """For each story, its ``latest`` events (latest first) and how many events it has: the cards of the
    stories page, read in a fixed number of queries whatever the number of stories."""
    check_page(latest, 0)
    out: dict[str, tuple[list[EventView], int]] = {s: ([], 0) for s in story_ids}
    if not story_ids:
        return out
    with store.read() as conn:
        counts = {sid: int(n) for sid, n in conn.execute(STORY_EVENT_COUNTS, {"ids": list(story_ids)})}
        groups = list(conn.execute(STORY_LATEST_EVENTS, {"ids": list(story_ids), "latest": latest}))
        views = _event_views(groups, _first_reports(conn, groups),
                             entity_refs(conn, [i for g in groups for i in (g.source_id, g.target_id)]))
    for view in views:
        out[view.story_id or ""][0].append(view)
    return {sid: (found, counts.get(sid, 0)) for sid, (found, _) in out.items()}


STORY_EVENT_COUNTS = (select(EventGroup.story_id, func.count()).where(in_ids(EventGroup.story_id))
                      .group_by(EventGroup.story_id))
_RANKED = (select(EventGroup.id, func.row_number().over(partition_by=EventGroup.story_id, order_by=EVENT_ORDER)
                  .label("rank")).where(in_ids(EventGroup.story_id)).subquery())
STORY_LATEST_EVENTS = (select(EventGroup).join(_RANKED, _RANKED.c.id == EventGroup.id)
                       .where(_RANKED.c.rank <= bindparam("latest", type_=Integer)).order_by(*EVENT_ORDER))


def story(store: Store, story_id: str) -> StoryView | None:
    """A story: its articles, oldest first, and its events, each once with all its sources."""
    with store.read() as conn:
        row = conn.execute(select(Story).where(Story.id == story_id)).first()
        if row is None:
            return None
        summary = _summaries(conn, [row])[0]
        articles = [hit(r, []) for r in conn.execute(
            select(*HIT_COLUMNS).where(ArticleRow.story_id == story_id)
            .order_by(ArticleRow.published_on.asc().nulls_last(), ArticleRow.id))]
        events_ = _events(conn, [EventGroup.story_id == story_id], 500, 0)
    return StoryView(story=summary, articles=articles, events=events_)


def commitments(store: Store, *, status: str | None = None, party: int | None = None,
                limit: int = 20, offset: int = 0) -> Page[CommitmentView]:
    """Commitments, latest news first, with their parties and history (each status with its evidence)."""
    check_page(limit, offset)
    where: list[ColumnElement[bool]] = []
    if status:
        where.append(CommitmentRow.status == status)
    if party is not None:
        where.append(CommitmentRow.id.in_(select(CommitmentParty.commitment_id)
                                          .where(CommitmentParty.entity_id == party)))
    with store.read() as conn:
        total = conn.execute(select(func.count()).select_from(CommitmentRow).where(*where)).scalar_one()
        items = _commitment_views(conn, where, limit, offset)
    return Page(items=items, total=total, limit=limit, offset=offset)


def commitment_counts(store: Store, *, party: int | None = None) -> dict[str, int]:
    """How many commitments there are of each status (of ``party`` when given), in one query."""
    query = select(CommitmentRow.status, func.count()).group_by(CommitmentRow.status)
    if party is not None:
        query = query.where(CommitmentRow.id.in_(select(CommitmentParty.commitment_id)
                                                 .where(CommitmentParty.entity_id == party)))
    with store.read() as conn:
        return {status: int(n) for status, n in conn.execute(query)}


PARTIES = select(CommitmentParty).where(in_ids(CommitmentParty.commitment_id)).order_by(CommitmentParty.entity_id)
STEPS = (select(CommitmentStep.commitment_id, CommitmentStep.date, CommitmentStep.status, CommitmentStep.article_id,
                CommitmentStep.start, CommitmentStep.stop, CommitmentStep.text, ArticleRow.published_on,
                ArticleRow.outlet, ArticleRow.url)
         .join(ArticleRow, ArticleRow.id == CommitmentStep.article_id).where(in_ids(CommitmentStep.commitment_id))
         .order_by(CommitmentStep.date.asc().nulls_first(), CommitmentStep.id))


def _commitment_views(conn: Connection, where: Sequence[ColumnElement[bool]], limit: int,
                      offset: int) -> list[CommitmentView]:
    return _commitments_of(conn, list(conn.execute(
        select(CommitmentRow).where(*where).order_by(*COMMITMENT_ORDER).limit(limit).offset(offset))))


def _commitments_of(conn: Connection, rows: list[Any]) -> list[CommitmentView]:
    """Commitment rows with their parties and history."""
    ids = [r.id for r in rows]
    parties: dict[int, list[int]] = {}
    history: dict[int, list[CommitmentStepView]] = {}
    if ids:
        for p in conn.execute(PARTIES, {"ids": ids}):
            parties.setdefault(p.commitment_id, []).append(p.entity_id)
        for s in conn.execute(STEPS, {"ids": ids}):
            history.setdefault(s.commitment_id, []).append(
                CommitmentStepView(date=s.date, status=s.status, evidence=_evidence(s, s.text)))
    refs = entity_refs(conn, [i for group in parties.values() for i in group])
    return [CommitmentView(id=r.id, text=r.text, status=r.status,
                           parties=[refs[i] for i in parties.get(r.id, []) if i in refs],
                           first_seen=r.first_seen, last_seen=r.last_seen, history=history.get(r.id, []))
            for r in rows]


COMMITMENT_ORDER = (CommitmentRow.last_seen.desc().nulls_last(), CommitmentRow.id)
# The commitments both sides of a pair are parties to, latest news first.
SHARED_COMMITMENTS = (
    select(CommitmentRow)
    .where(*(CommitmentRow.id.in_(select(CommitmentParty.commitment_id)
                                  .where(CommitmentParty.entity_id == bindparam(name, type_=Integer)))
             for name in ("a", "b")))
    .order_by(*COMMITMENT_ORDER).limit(bindparam("latest", type_=Integer)))
