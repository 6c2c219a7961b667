"""Opening the store: which database (``--db``, else ``LETOPIS_DB``, else ``letopis.db``), the engine and its
settings, and database errors turned into one clear ``StoreError``::

    store = Store.open("postgresql://letopis@127.0.0.1/letopis")   # or Store.open() for ./letopis.db
    with store.write() as conn: ...                                # one transaction, all or nothing

SQLite runs in WAL mode (readers never wait for the writer) with foreign keys on and a busy timeout; its
transactions are real ones (``BEGIN``, or ``BEGIN IMMEDIATE`` for writers, so two writers queue instead of
failing midway). Migrations are applied on open.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import make_url

from letopis.store.errors import StoreError

DEFAULT_DB = "letopis.db"
ENV_DB = "LETOPIS_DB"
# How long a writer waits for another one before giving up with "locked". Long enough for a batch
# of another ingest to commit; short enough that a stuck process is reported rather than waited on forever.
BUSY_TIMEOUT_S = 30.0
MMAP_BYTES = 1 << 30


def database_url(db: str | None = None) -> str:
    """The SQLAlchemy URL of ``db``: a URL as is (``postgresql://`` uses psycopg 3), a path as a SQLite file."""
    value = db or os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" not in value:
        return "sqlite:///" + str(Path(value).expanduser().resolve())
    url = make_url(value)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"{_safe(value)}: unsupported database; use a SQLite path or postgresql://...")
    return url.render_as_string(hide_password=False)


class Store:
    """An open database: the engine, its dialect and transactions. ``Store.open()`` migrates it first."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name  # "sqlite" | "postgresql"
        self.label = _safe(engine.url.render_as_string(hide_password=True))

    @classmethod
    def open(cls, db: str | None = None, *, migrate: bool = True,
             busy_timeout_s: float = BUSY_TIMEOUT_S) -> Store:
        url = database_url(db)
        store = cls(_engine(url, busy_timeout_s))
        if migrate:
            from letopis.store.migrate import upgrade

            upgrade(store)
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.errors(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back on any error. It bumps the data
        version (``data_version``), so readers' caches see the change when it commits."""
        with self.errors(), self.engine.connect() as conn:
            conn = conn.execution_options(letopis_write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    # One writer at a time across processes, as on SQLite: entities are matched by reading
                    # what is there, and two writers reading at once would create the same person twice.
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7305)")
                yield conn
                conn.exec_driver_sql("UPDATE data_version SET version = version + 1 WHERE id = 1")

    def data_version(self) -> int:
        """A number that changes whenever a write transaction commits (one indexed row read)."""
        with self.read() as conn:
            value = conn.exec_driver_sql("SELECT version FROM data_version WHERE id = 1").scalar()
        return int(value or 0)

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Database errors as one ``StoreError`` that says what happened and what to do."""
        try:
            yield
        except exc.DBAPIError as error:
            raise StoreError(explain(error, self.label)) from error


def explain(error: exc.DBAPIError, label: str) -> str:
    text = str(error.orig) if error.orig is not None else str(error)
    # SQLite rolls a transaction back itself on a full disk; the rollback to the savepoint then fails and
    # hides the cause. Read the whole chain.
    lowered = " | ".join(str(e).lower() for e in _chain(error))
    if "database is locked" in lowered or "lock timeout" in lowered:
        return (f"{label}: the database is locked by another process; nothing was written. "
                "Wait for the other letopis to finish, or use PostgreSQL for several writers")
    if "disk is full" in lowered or "no space left" in lowered or "could not extend file" in lowered:
        return f"{label}: the disk is full; the last transaction was rolled back. Free some space and run again"
    if "unable to open database file" in lowered or "readonly database" in lowered:
        return f"{label}: cannot open or write the database file ({text.strip()}); check the path and permissions"
    if "connection" in lowered and ("refused" in lowered or "failed" in lowered or "timeout" in lowered):
        return f"{label}: cannot connect ({text.strip().splitlines()[0]}); is the server running?"
    first = text.strip().splitlines()[0] if text.strip() else type(error.orig).__name__
    return f"{label}: database error: {first}"


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _engine(url: str, busy_timeout_s: float) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": busy_timeout_s})
        _sqlite_settings(engine, busy_timeout_s)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def _sqlite_settings(engine: Engine, busy_timeout_s: float) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, record: Any) -> None:
        # Let SQLAlchemy's BEGIN below open transactions, so DDL and migrations are transactional too.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        # WAL with synchronous=NORMAL: a power cut may lose the last commits, never corrupt the file.
        cursor.execute("PRAGMA synchronous=NORMAL")
        # 64 MiB of page cache (the default is 2 MiB): an ingest reads back entities, stories and event groups
        # all over a store of hundreds of megabytes.
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.execute("PRAGMA temp_store=MEMORY")
        # Reads through a memory map of the file (its first GiB): every connection of every server process
        # shares the operating system's cached pages, instead of copying them into its own cache by read().
        cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("letopis_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _safe(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@/]*@", r"://\1:***@", url)
