"""glossaries (issue 11): DeepL-shaped, one row per glossary with its dictionaries as JSON

Revision ID: 0005_glossaries
Revises: 0004_review_sessions
Create Date: 2026-12-02

A glossary is read and written whole (a request uses all of it; a PATCH merges entries and rewrites
the row under `version`), so its dictionaries live in one JSON column (JSONB on Postgres) rather than a
row per entry. `sha256` is the content hash that enters content keys and provenance.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0005_glossaries"
down_revision = "0004_review_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "glossaries",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("dictionaries", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=False),
        sa.Column("sha256", sa.String(80), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_glossaries_created_at", "glossaries", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_glossaries_created_at", table_name="glossaries")
    op.drop_table("glossaries")
