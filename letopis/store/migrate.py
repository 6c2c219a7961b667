"""Schema migrations (Alembic, shipped inside the package): applied on open, each in its own transaction with
its bookkeeping row, so a migration is either all there or not at all.

To change the schema: edit ``models.py``, then
``alembic -c letopis/store/alembic.ini revision --autogenerate -m "what changed"`` against a scratch database,
review the file in ``migrations/versions``, and run ``letopis db upgrade``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from letopis.store.db import Store
from letopis.store.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    revision = ScriptDirectory.from_config(config()).get_current_head()
    assert revision is not None, "no migrations in the package"
    return revision


def current(store: Store) -> str | None:
    with store.read() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(store: Store) -> list[str]:
    """Bring the schema up to this letopis' head; the revisions applied, oldest first (none when up to date)."""
    target = head()
    now = current(store)
    if now == target:
        return []
    scripts = ScriptDirectory.from_config(config())
    if now is not None and not _known(scripts, now):
        raise StoreError(f"{store.label}: the database has schema {now}, newer than this letopis knows "
                         f"(head {target}); upgrade letopis")
    pending = [s.revision for s in scripts.iterate_revisions(target, now)][::-1]
    cfg = config()
    with store.errors(), store.engine.connect() as conn:
        if store.dialect == "postgresql":
            # Two processes opening a fresh database at once: the second waits, then finds it up to date.
            conn.exec_driver_sql("SELECT pg_advisory_lock(7306)")
            conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
        finally:
            if store.dialect == "postgresql":
                conn.exec_driver_sql("SELECT pg_advisory_unlock(7306)")
                conn.commit()
    return pending


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False
