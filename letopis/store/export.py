"""Export for analysts: events, quotes, posts, entities or commitments as JSON lines, CSV or Parquet (pandas
and R read all three); events also as a GDELT-style table and as PLOVER JSON lines::

    letopis export --what events --format gdelt --from 2024-11-01 -o events.tsv

Every row of one kind has the same columns (``COLUMNS``), in order, so CSV and Parquet read back the same.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import ColumnElement, Connection, func, or_, select
from sqlalchemy.orm import aliased

from letopis.errors import UsageError
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
    PostRow,
    QuoteRow,
)

WHAT = ("events", "quotes", "posts", "entities", "commitments")
FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")

COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("id", "date", "type", "cameo", "source_id", "source", "source_country", "target_id", "target",
               "target_country", "num_articles", "num_sources", "story_id", "mode", "modality", "article_id",
               "outlet", "url", "start", "stop", "text"),
    "quotes": ("id", "said_on", "speaker_id", "speaker", "speaker_text", "kind", "cue", "text", "article_id",
               "outlet", "url", "start", "stop"),
    "posts": ("id", "person_id", "person", "post", "of_id", "of", "of_country", "first_seen", "last_seen",
              "num_articles"),
    "entities": ("id", "type", "name", "country", "num_articles", "aliases"),
    "commitments": ("id", "status", "text", "parties", "party_ids", "first_seen", "last_seen", "steps"),
}
# GDELT 2.0 event table columns we can fill. Country codes are ISO 3166 alpha-2 (GDELT uses CAMEO's three
# letters); QuadClass is derived from the PLOVER type's cooperation/conflict side.
GDELT = ("GlobalEventID", "Day", "MonthYear", "Year", "Actor1Name", "Actor1CountryCode", "Actor2Name",
         "Actor2CountryCode", "EventCode", "EventRootCode", "QuadClass", "NumArticles", "NumSources", "SOURCEURL")


def export(store: Store, what: str, fmt: str, out: IO[bytes], *, date_from: dt.date | None = None,
           date_to: dt.date | None = None, party: int | None = None) -> int:
    """Write the rows to ``out`` (binary); the number of rows written."""
    if what not in WHAT:
        raise UsageError(f"--what must be one of {', '.join(WHAT)}, not {what!r}")
    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt in ("gdelt", "plover") and what != "events":
        raise UsageError(f"--format {fmt} is for --what events only")
    with store.read() as conn:
        rows = list(_ROWS[what](conn, date_from, date_to, party))
    if fmt == "gdelt":
        # GDELT's rows are events that took place, and its columns have no modality: an act announced, denied or
        # only possible ("не будет вводить санкции") is left out of this table (the other formats keep it, with
        # its modality).
        return _write_csv(out, GDELT, (gdelt_row(r) for r in rows if r["modality"] == "asserted"), delimiter="\t")
    if fmt == "plover":
        return _write_jsonl(out, (plover_row(r) for r in rows))
    if fmt == "jsonl":
        return _write_jsonl(out, rows)
    if fmt == "csv":
        return _write_csv(out, COLUMNS[what], rows)
    return _write_parquet(out, COLUMNS[what], rows)


def _write_jsonl(out: IO[bytes], rows: Any) -> int:
    count = 0
    for row in rows:
        out.write((json.dumps(row, ensure_ascii=False, default=_iso) + "\n").encode("utf-8"))
        count += 1
    return count


def _write_csv(out: IO[bytes], columns: tuple[str, ...], rows: Any, delimiter: str = ",") -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=columns, delimiter=delimiter, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _iso(v) if isinstance(v, dt.date) else v for k, v in row.items()})
        count += 1
    text.flush()
    text.detach()
    return count


def _write_parquet(out: IO[bytes], columns: tuple[str, ...], rows: list[dict[str, Any]]) -> int:
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise UsageError("--format parquet needs pyarrow: pip install 'letopis[parquet]' "
                         "(or use --format csv or jsonl)") from None
    table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows],
                                 schema=None) if rows else pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table, out)
    return len(rows)


def _iso(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


Rows = Iterator[dict[str, Any]]


def _dates(column: Any, date_from: dt.date | None, date_to: dt.date | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if date_from:
        where.append(column >= date_from)
    if date_to:
        where.append(column <= date_to)
    return where


def _events(conn: Connection, date_from: dt.date | None, date_to: dt.date | None, party: int | None) -> Rows:
    from letopis.store.chronicle import side

    source, target = aliased(EntityRow), aliased(EntityRow)
    first = (select(func.min(EventRow.id)).where(EventRow.group_id == EventGroup.id)
             .correlate(EventGroup).scalar_subquery())
    where = _dates(EventGroup.date, date_from, date_to)
    if party is not None:
        members = side(conn, party)
        where.append(or_(EventGroup.source_id.in_(members), EventGroup.target_id.in_(members)))
    query = (select(EventGroup.id, EventGroup.date, EventGroup.type, EventGroup.cameo, EventGroup.source_id,
                    source.name.label("source"), source.country.label("source_country"), EventGroup.target_id,
                    target.name.label("target"), target.country.label("target_country"), EventGroup.num_articles,
                    EventGroup.num_sources, EventGroup.story_id, EventRow.mode, EventRow.modality,
                    EventRow.article_id, ArticleRow.outlet, ArticleRow.url, EventRow.start, EventRow.stop,
                    EventRow.text)
             .join(EventRow, EventRow.id == first).join(ArticleRow, ArticleRow.id == EventRow.article_id)
             .outerjoin(source, source.id == EventGroup.source_id)
             .outerjoin(target, target.id == EventGroup.target_id)
             .where(*where).order_by(EventGroup.date.asc().nulls_last(), EventGroup.id))
    for row in conn.execute(query):
        yield dict(row._mapping)


def _quotes(conn: Connection, date_from: dt.date | None, date_to: dt.date | None, party: int | None) -> Rows:
    where = _dates(QuoteRow.said_on, date_from, date_to)
    if party is not None:
        where.append(QuoteRow.speaker_id == party)
    query = (select(QuoteRow.id, QuoteRow.said_on, QuoteRow.speaker_id, EntityRow.name.label("speaker"),
                    QuoteRow.speaker_text, QuoteRow.kind, QuoteRow.cue, QuoteRow.text, QuoteRow.article_id,
                    ArticleRow.outlet, ArticleRow.url, QuoteRow.start, QuoteRow.stop)
             .join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
             .outerjoin(EntityRow, EntityRow.id == QuoteRow.speaker_id)
             .where(*where).order_by(QuoteRow.said_on.asc().nulls_last(), QuoteRow.id))
    for row in conn.execute(query):
        yield dict(row._mapping)


def _posts(conn: Connection, date_from: dt.date | None, date_to: dt.date | None, party: int | None) -> Rows:
    person, of = aliased(EntityRow), aliased(EntityRow)
    where: list[ColumnElement[bool]] = []
    if date_from:
        where.append(PostRow.last_seen >= date_from)
    if date_to:
        where.append(PostRow.first_seen <= date_to)
    if party is not None:
        where.append(or_(PostRow.person_id == party, PostRow.of_id == party))
    query = (select(PostRow.id, PostRow.person_id, person.name.label("person"), PostRow.post, PostRow.of_id,
                    of.name.label("of"), of.country.label("of_country"), PostRow.first_seen, PostRow.last_seen,
                    PostRow.num_articles)
             .join(person, person.id == PostRow.person_id).outerjoin(of, of.id == PostRow.of_id)
             .where(*where).order_by(PostRow.id))
    for row in conn.execute(query):
        yield dict(row._mapping)


def _entities(conn: Connection, date_from: dt.date | None, date_to: dt.date | None, party: int | None) -> Rows:
    aliases: dict[int, list[str]] = {}
    for entity_id, alias in conn.execute(select(Alias.entity_id, Alias.alias).order_by(Alias.entity_id, Alias.id)):
        aliases.setdefault(entity_id, []).append(alias)
    where = [EntityRow.id == party] if party is not None else []
    for row in conn.execute(select(EntityRow.id, EntityRow.type, EntityRow.name, EntityRow.country,
                                   EntityRow.num_articles).where(*where).order_by(EntityRow.id)):
        yield {**row._mapping, "aliases": "; ".join(aliases.get(row.id, []))}


def _commitments(conn: Connection, date_from: dt.date | None, date_to: dt.date | None, party: int | None) -> Rows:
    where: list[ColumnElement[bool]] = []
    if date_from:
        where.append(CommitmentRow.last_seen >= date_from)
    if date_to:
        where.append(CommitmentRow.first_seen <= date_to)
    if party is not None:
        where.append(CommitmentRow.id.in_(select(CommitmentParty.commitment_id)
                                          .where(CommitmentParty.entity_id == party)))
    parties: dict[int, list[tuple[int, str]]] = {}
    for cid, eid, name in conn.execute(select(CommitmentParty.commitment_id, EntityRow.id, EntityRow.name)
                                       .join(EntityRow, EntityRow.id == CommitmentParty.entity_id)
                                       .order_by(CommitmentParty.commitment_id, EntityRow.id)):
        parties.setdefault(cid, []).append((eid, name))
    steps: dict[int, list[str]] = {}
    for cid, date, status, article_id in conn.execute(
            select(CommitmentStep.commitment_id, CommitmentStep.date, CommitmentStep.status,
                   CommitmentStep.article_id).order_by(CommitmentStep.commitment_id, CommitmentStep.id)):
        steps.setdefault(cid, []).append(f"{date.isoformat() if date else '?'} {status} {article_id}")
    for row in conn.execute(select(CommitmentRow.id, CommitmentRow.status, CommitmentRow.text,
                                   CommitmentRow.first_seen, CommitmentRow.last_seen)
                            .where(*where).order_by(CommitmentRow.id)):
        mine = parties.get(row.id, [])
        yield {**row._mapping, "parties": "; ".join(n for _, n in mine),
               "party_ids": "; ".join(str(i) for i, _ in mine), "steps": "; ".join(steps.get(row.id, []))}


_ROWS = {"events": _events, "quotes": _quotes, "posts": _posts, "entities": _entities, "commitments": _commitments}


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    from letopis.store.results import COOPERATIVE

    day: dt.date | None = row["date"]
    cameo = row["cameo"] or ""
    cooperative = row["type"] in COOPERATIVE
    return {
        "GlobalEventID": row["id"], "Day": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "", "Year": day.year if day else "",
        "Actor1Name": row["source"] or "", "Actor1CountryCode": row["source_country"] or "",
        "Actor2Name": row["target"] or "", "Actor2CountryCode": row["target_country"] or "",
        "EventCode": cameo, "EventRootCode": cameo[:2],
        # GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
        "QuadClass": (1 if row["type"] in ("AGREE", "CONSULT", "SUPPORT") else 2) if cooperative
        else (3 if row["type"] in ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST") else 4),
        "NumArticles": row["num_articles"], "NumSources": row["num_sources"], "SOURCEURL": row["url"] or "",
    }


def plover_row(row: dict[str, Any]) -> dict[str, Any]:
    """An event in PLOVER's JSON fields (event_type, mode, source/target actor and country, date, text)."""
    day: dt.date | None = row["date"]
    return {
        "id": row["id"], "event_date": day.isoformat() if day else None, "event_type": row["type"],
        "event_mode": row["mode"], "event_context": row["modality"],
        "source_actor": row["source"], "source_country": row["source_country"],
        "target_actor": row["target"], "target_country": row["target_country"],
        "cameo": row["cameo"], "num_articles": row["num_articles"], "num_sources": row["num_sources"],
        "event_text": row["text"], "source_outlet": row["outlet"], "url": row["url"], "article_id": row["article_id"],
    }
