"""Many rows in few statements. On PostgreSQL a list of rows for ``insert(Table)`` becomes one
``INSERT ... SELECT ... FROM json_to_recordset(:rows)``: the rows go as one JSON document (made in C, parsed by
the server in C), where the driver's executemany sends a statement per row, each bound, run and answered on its
own (13 rows an article in an ingest). On SQLite (in process) the driver's executemany is kept, run on its
cursor (``Direct``: SQLAlchemy's per-row parameter set-up was most of its cost)::

    insert_rows(conn, insert(MentionRow), [{"article_id": "a1", "entity_id": 7, ...}, ...])
    bump_counts(conn, {7: 2, 9: 1})    # entities.num_articles += n

A statement with RETURNING or with values of its own is run as it is. A statement of SQL of its own that
reads its rows from ``:rows`` as a recordset is made by ``recordset`` (PostgreSQL only). ``Direct`` runs the
writer's statements of nearly every article on SQLite's cursor.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Executable, Insert, Table, TextClause, Update, exc, insert, text
from sqlalchemy.engine import Dialect


def insert_rows(conn: Connection, statement: Executable, rows: Sequence[Mapping[str, object]]) -> None:
    """Run ``statement`` for every row: on PostgreSQL an ``insert(Table)`` of rows with the same columns in one
    statement, on SQLite the driver's executemany (``Direct.run_many``)."""
    if not rows:
        return
    if statement in _RECORDSETS:
        for part in _parts(rows):
            conn.execute(statement, {"rows": as_json(part)})
        return
    table = _plain_insert_table(statement)
    columns = tuple(rows[0])
    if table is None or any(tuple(row) != columns for row in rows):
        conn.execute(statement, list(rows))  # rows of other columns: as executemany takes them
        return
    if conn.dialect.name == "sqlite":
        _direct(statement, columns).run_many(conn, rows)
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
def _direct(statement: Insert, columns: tuple[str, ...]) -> Direct:
    """The plain ``insert(Table)`` for rows of these columns, run on SQLite's cursor (``Direct``)."""
    return Direct(statement, columns)


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


class Direct:
    """One statement the writer runs for nearly every article, on SQLite straight on the driver's cursor::

        _INSERT_STORY = Direct(insert(Story).values(...))
        _INSERT_STORY.run(conn, {"sid": ..., ...})      # or .scalar(conn, ...) for a RETURNING id

    SQLAlchemy's execution of a statement already compiled still costs about 40 µs of Python a row on 2 cores
    (parameter and result set-up, events), most of what writing an article's two or three rows costs; here the
    statement is compiled once per dialect and each value goes through its column type's own bind processor
    (``dialect.type_descriptor(type).bind_processor``: dates and times stored as SQLAlchemy stores them), and a
    driver error is raised as SQLAlchemy's (``DBAPIError.instance``), so a locked or full database is told
    apart as ever. Only statements that return nothing or an integer id: SQLite hands stored dates back as
    text, which only SQLAlchemy's result processing makes dates again. Other databases run ``conn.execute``.
    ``columns``: the keys every call gives, for an ``insert(Table)`` without values of its own."""

    def __init__(self, statement: Insert | Update, columns: Sequence[str] | None = None) -> None:
        self.statement = statement
        self.columns = list(columns) if columns is not None else None
        self._plans: dict[str, tuple[str, tuple[str, ...], tuple[Any, ...], dict[str, object]]] = {}

    def run(self, conn: Connection, params: Mapping[str, object]) -> None:
        if conn.dialect.name != "sqlite":
            conn.execute(self.statement, dict(params))
            return
        self._cursor(conn, params)

    def run_many(self, conn: Connection, rows: Sequence[Mapping[str, object]]) -> None:
        """The statement for every row (each with the ``columns`` given), as the driver's executemany."""
        if conn.dialect.name != "sqlite":
            conn.execute(self.statement, [dict(row) for row in rows])
            return
        dialect = conn.dialect
        sql, names, processors, fixed = self._plans.get(dialect.name) or self._plan(dialect)
        pairs = tuple(zip(names, processors, strict=True))
        values = [[v if (v := row[n] if n in row else fixed[n]) is None or p is None else p(v) for n, p in pairs]
                  for row in rows]
        try:
            conn.connection.driver_connection.executemany(sql, values)  # type: ignore[union-attr]
        except dialect.loaded_dbapi.Error as error:
            raise exc.DBAPIError.instance(sql, values, error, dialect.loaded_dbapi.Error, dialect=dialect,
                                          ismulti=True) from error

    def scalar(self, conn: Connection, params: Mapping[str, object]) -> Any:
        """The first column of the first row the statement returns (RETURNING), or None when it returns none."""
        if conn.dialect.name != "sqlite":
            return conn.execute(self.statement, dict(params)).scalar()
        row = self._cursor(conn, params).fetchone()
        return None if row is None else row[0]

    def _cursor(self, conn: Connection, params: Mapping[str, object]) -> Any:
        dialect = conn.dialect
        plan = self._plans.get(dialect.name) or self._plan(dialect)
        sql, names, processors, fixed = plan
        values = []
        for name, process in zip(names, processors, strict=True):
            value = params[name] if name in params else fixed[name]
            values.append(value if process is None or value is None else process(value))
        try:
            return conn.connection.driver_connection.execute(sql, values)  # type: ignore[union-attr]
        except dialect.loaded_dbapi.Error as error:
            raise exc.DBAPIError.instance(sql, values, error, dialect.loaded_dbapi.Error, dialect=dialect) from error

    def _plan(self, dialect: Dialect) -> tuple[str, tuple[str, ...], tuple[Any, ...], dict[str, object]]:
        compiled = self.statement.compile(dialect=dialect, column_keys=self.columns)
        names = tuple(compiled.positiontup or ())
        fixed: dict[str, object] = {}
        table = getattr(self.statement, "table", None)
        for name in names:
            value = compiled.binds[name].value
            if self.columns is not None and name in self.columns:
                continue
            if value is not None and not compiled.binds[name].required:
                fixed[name] = value  # a value of the statement's own: .values(num_articles=1)
            elif self.columns is not None:
                # a column not given: its default, where it is a constant (SQLAlchemy would fill it in)
                default = table.c[name].default if isinstance(table, Table) and name in table.c else None
                if default is None or not default.is_scalar:
                    raise ValueError(f"{name!r} has no value: give it with the columns or leave it to conn.execute")
                fixed[name] = default.arg
        processors = tuple(dialect.type_descriptor(compiled.binds[name].type).bind_processor(dialect) for name in names)
        plan = (str(compiled), names, processors, fixed)
        self._plans[dialect.name] = plan
        return plan
