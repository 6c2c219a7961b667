"""Indexes for the explorer's reads, each covering what its query reads so the rows themselves are not visited:
the entities beside an entity (mentions by article, with the entity), a search's counts and order (articles by
id, with their date and outlet), and the event types of the matching articles (events by article, with their
type). The two-column indexes of mentions and events replace those on article_id alone (same lookups, one
index less to write).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ('ix_mentions_article_entity', 'mentions', ['article_id', 'entity_id']),
    ('ix_articles_listing', 'articles', ['id', 'published_on', 'outlet']),
    ('ix_events_article_type', 'events', ['article_id', 'type']),
)


REPLACED = (('ix_mentions_article_id', 'mentions'), ('ix_events_article_id', 'events'))


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    for name, table in REPLACED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table in REPLACED:
        op.create_index(name, table, ['article_id'], unique=False)
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
