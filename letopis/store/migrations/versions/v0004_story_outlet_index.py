"""A story's articles by outlet: storing an article in a story counts its outlet in by one index lookup ("has
this outlet reported the story yet?") instead of counting every article of the story again. The two-column
index replaces the one on story_id alone (same lookups, one index less to write).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_articles_story_outlet', 'articles', ['story_id', 'outlet'], unique=False)
    op.drop_index('ix_articles_story_id', table_name='articles')


def downgrade() -> None:
    op.create_index('ix_articles_story_id', 'articles', ['story_id'], unique=False)
    op.drop_index('ix_articles_story_outlet', table_name='articles')
