"""Three indexes whose column leads another index of the same table: mentions.entity_id (ix_mentions_entity_article
starts with it), aliases.entity_id (the unique entity_id + alias constraint) and event_groups.source_id
(ix_event_groups_dyad). Every lookup they served the longer index serves; each stored article wrote them for
nothing (three mentions and two aliases an article on telegram news).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_mentions_entity_id', table_name='mentions')
    op.drop_index('ix_aliases_entity_id', table_name='aliases')
    op.drop_index('ix_event_groups_source_id', table_name='event_groups')


def downgrade() -> None:
    op.create_index('ix_event_groups_source_id', 'event_groups', ['source_id'], unique=False)
    op.create_index('ix_aliases_entity_id', 'aliases', ['entity_id'], unique=False)
    op.create_index('ix_mentions_entity_id', 'mentions', ['entity_id'], unique=False)
