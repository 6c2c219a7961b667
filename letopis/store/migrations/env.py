"""Alembic's entry point. letopis passes its open connection (``config.attributes["connection"]``); the
``alembic`` command line (see ``alembic.ini``) gets one from ``sqlalchemy.url`` or ``LETOPIS_DB``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from letopis.store.models import Base


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        transaction_per_migration=True,  # each migration and its version row commit together
        render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    from letopis.store.db import Store

    store = Store.open(context.config.get_main_option("sqlalchemy.url") or None, migrate=False)
    with store.engine.connect() as conn:
        run(conn)
        conn.commit()


main()
