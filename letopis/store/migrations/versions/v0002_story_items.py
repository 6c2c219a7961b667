"""Story items and the data version: what the story index keeps of each analysed article (its JSON, with the
MinHash signature), so the index can be rebuilt when an ingest starts; and one counter row that every write
transaction bumps, so readers (the explorer's cache) know when what they hold is stale.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('story_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('item', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id')
    )
    with op.batch_alter_table('story_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_story_items_day'), ['day'], unique=False)

    op.create_table('data_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 0)")


def downgrade() -> None:
    op.drop_table('data_version')
    with op.batch_alter_table('story_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_story_items_day'))
    op.drop_table('story_items')
