"""Many rows in few statements. On PostgreSQL a list of rows for ``insert(Table)`` becomes one
``INSERT ... SELECT ... FROM json_to_recordset(:rows)``: the rows go as one JSON document (made in C, parsed by
the server in C), where the driver's executemany sends a statement per row, each bound, run and answered on its
own (13 rows an article in an ingest). Elsewhere (SQLite, in process) executemany is kept::

    insert_rows(conn, insert(MentionRow), [{"article_id": "a1", "entity_id": 7, ...}, ...])
    bump_counts(conn, {7: 2, 9: 1})    # entities.num_articles += n

A statement with RETURNING or with values of its own is run as it is. A statement of SQL of its own that
reads its rows from ``:rows`` as a recordset is made by ``recordset`` (PostgreSQL only).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from sqlalchemy import Connection, Executable, Insert, Table, TextClause, insert, text
from sqlalchemy.engine import Dialect


def insert_rows(conn: Connection, statement: Executable, rows: Sequence[Mapping[str, object]]) -> None:
    """Run ``statement`` for every row: on PostgreSQL an ``insert(Table)`` of rows with the same columns in one
    statement."""
    if not rows:
        return
    if statement in _RECORDSETS:
        for part in _parts(rows):
            conn.execute(statement, {"rows": as_json(part)})
        return
    table = _plain_insert_table(statement) if conn.dialect.name == "postgresql" else None
    columns = tuple(rows[0])
    if table is None or any(tuple(row) != columns for row in rows):
        conn.execute(statement, list(rows))  # rows of other columns: as executemany takes them
        return
    for part in _parts(rows):
        conn.execute(_json_insert(table, columns, conn.dialect), {"rows": as_json(part)})


# At most about this many characters of text in one statement's JSON: a batch of very long articles (a
# million characters each is allowed) goes in several statements, not one document of hundreds of megabytes.
PART_CHARS = 8_000_000


def _parts(rows: Sequence[Mapping[str, object]]) -> Iterator[Sequence[Mapping[str, object]]]:
    start, size = 0, 0
    for index, row in enumerate(rows):
        length = sum(len(value) for value in row.values() if isinstance(value, str))
        if size and size + length > PART_CHARS:
            yield rows[start:index]
            start, size = index, 0
        size += length
    yield rows[start:]


_RECORDSETS: set[Executable] = set()


def recordset(sql: str) -> TextClause:
    """A statement that reads its rows from ``:rows``, a JSON array of objects (``insert_rows`` binds it)."""
    statement = text(sql)
    _RECORDSETS.add(statement)
    return statement


def as_json(rows: Sequence[Mapping[str, object]]) -> str:
    """The rows as a JSON array; dates and times in ISO form, as PostgreSQL reads them."""
    return json.dumps(rows, ensure_ascii=False, default=_iso, check_circular=False)


def _iso(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a column value")


@cache
def _plain_insert_table(statement: Executable) -> Table | None:
    """The table of ``insert(Table)`` with no RETURNING, values or SELECT of its own (its SQL is that of a bare
    ``insert(Table)``: told by the public API, not SQLAlchemy's private attributes); else None. Statements are
    module constants, so each is compiled once."""
    if not isinstance(statement, Insert) or not isinstance(statement.table, Table):
        return None
    return statement.table if str(statement) == str(insert(statement.table)) else None


@cache
def _json_insert(table: Table, columns: tuple[str, ...], dialect: Dialect) -> TextClause:
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    record = ", ".join(f"{quote(name)} {table.c[name].type.compile(dialect=dialect)}" for name in columns)
    return text(f"INSERT INTO {quote(table.name)} ({names}) "
                f"SELECT {names} FROM json_to_recordset(CAST(:rows AS json)) AS r({record})")


_BUMP = text("UPDATE entities SET num_articles = num_articles + :n WHERE id = :id")
_BUMP_MANY = text("UPDATE entities SET num_articles = entities.num_articles + v.n "
                  "FROM unnest(CAST(:ids AS INTEGER[]), CAST(:ns AS INTEGER[])) AS v(id, n) WHERE entities.id = v.id")


def bump_counts(conn: Connection, counts: Mapping[int, int]) -> None:
    """Each stored entity's ``num_articles`` raised by its count: on PostgreSQL in one statement."""
    if not counts:
        return
    ids = sorted(counts)
    if conn.dialect.name == "postgresql":
        conn.execute(_BUMP_MANY, {"ids": ids, "ns": [counts[i] for i in ids]})
    else:
        conn.execute(_BUMP, [{"id": i, "n": counts[i]} for i in ids])
