"""Events by modality: an event group holds the reports of one act with one modality (asserted, future, negated,
hypothetical), so that an act denied or only possible is never counted as done ("Россия не будет вводить
санкции" beside "Россия ввела санкции" in one story were one SANCTION). The group key ends with the modality.
Groups whose reports mixed modalities are split, one group a modality, each with its own counts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COUNTS = sa.text(
    "SELECT count(DISTINCT e.article_id), count(DISTINCT a.outlet) FROM events e "
    "JOIN articles a ON a.id = e.article_id WHERE e.group_id = :g")


def upgrade() -> None:
    with op.batch_alter_table('event_groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('modality', sa.String(length=16), server_default='asserted', nullable=False))
    conn = op.get_bind()
    groups = conn.execute(sa.text(
        "SELECT g.id, g.key, g.story_id, g.type, g.cameo, g.source_id, g.target_id, g.date, g.month "
        "FROM event_groups g ORDER BY g.id")).all()
    # Each group's modalities, in the order its reports came (one statement for the whole store).
    found: dict[int, list[str]] = {}
    for group_id, modality, _first in conn.execute(sa.text(
            "SELECT group_id, modality, min(id) AS first FROM events GROUP BY group_id, modality "
            "ORDER BY group_id, first")):
        found.setdefault(group_id, []).append(modality)
    for group in groups:
        modalities = found.get(group.id, [])
        first = modalities[0] if modalities else 'asserted'
        conn.execute(sa.text("UPDATE event_groups SET modality = :m, key = :k WHERE id = :g"),
                     {"m": first, "k": f"{group.key}|{first}"[:300], "g": group.id})
        for modality in modalities[1:]:  # reports of another modality: a group of their own
            new = conn.execute(sa.text(
                "INSERT INTO event_groups (key, story_id, type, cameo, source_id, target_id, date, month, "
                "num_articles, num_sources, modality) VALUES (:k, :story, :type, :cameo, :source, :target, :date, "
                ":month, 0, 0, :m) RETURNING id"),
                {"k": f"{group.key}|{modality}"[:300], "story": group.story_id, "type": group.type,
                 "cameo": group.cameo, "source": group.source_id, "target": group.target_id, "date": group.date,
                 "month": group.month, "m": modality}).scalar_one()
            conn.execute(sa.text("UPDATE events SET group_id = :new WHERE group_id = :g AND modality = :m"),
                         {"new": new, "g": group.id, "m": modality})
            _recount(conn, new)
        if len(modalities) > 1:
            _recount(conn, group.id)


def _recount(conn: sa.Connection, group: int) -> None:
    articles, outlets = conn.execute(_COUNTS, {"g": group}).one()
    conn.execute(sa.text("UPDATE event_groups SET num_articles = :n, num_sources = :s WHERE id = :g"),
                 {"n": articles, "s": max(outlets, 1), "g": group})


def downgrade() -> None:
    conn = op.get_bind()
    kept: dict[str, int] = {}
    for group in conn.execute(sa.text("SELECT id, key FROM event_groups ORDER BY id")).all():
        key = group.key.rsplit("|", 1)[0]
        if key in kept:  # one act's groups of several modalities: one group again
            conn.execute(sa.text("UPDATE events SET group_id = :k WHERE group_id = :g"),
                         {"k": kept[key], "g": group.id})
            conn.execute(sa.text("DELETE FROM event_groups WHERE id = :g"), {"g": group.id})
            _recount(conn, kept[key])
        else:
            kept[key] = group.id
            conn.execute(sa.text("UPDATE event_groups SET key = :k WHERE id = :g"), {"k": key, "g": group.id})
    # Not a batch operation: on SQLite that copies the table, which the events' foreign key forbids dropping.
    # A column without an index or a constraint drops in place (SQLite 3.35 and later, PostgreSQL).
    op.execute("ALTER TABLE event_groups DROP COLUMN modality")
