"""drafts and revisions

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content_key", sa.String(80), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("source_language", sa.String(16), nullable=False),
        sa.Column("source_sha256", sa.String(80), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("source_original", sa.Text(), nullable=False),
        sa.Column("source_normalized", sa.Text(), nullable=False),
        sa.Column("detection", Json, nullable=False),
        sa.Column("request", Json, nullable=False),
        sa.Column("current_revision", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.String(120)),
        sa.Column("approved_at", sa.DateTime(timezone=True)),
        sa.Column("rejected_by", sa.String(120)),
        sa.Column("rejected_at", sa.DateTime(timezone=True)),
        sa.Column("reject_reason", sa.Text()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_drafts_status", "drafts", ["status"])
    op.create_index("ix_drafts_source_language", "drafts", ["source_language"])
    op.create_index("ix_drafts_created_at", "drafts", ["created_at"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("draft_id", sa.String(40), sa.ForeignKey("drafts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("author", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("output", Json, nullable=False),
        sa.Column("diff", Json, nullable=False),
        sa.Column("note", sa.Text()),
        sa.UniqueConstraint("draft_id", "number", name="uq_revision_number"),
    )
    op.create_index("ix_revisions_draft_id", "revisions", ["draft_id"])


def downgrade() -> None:
    op.drop_index("ix_revisions_draft_id", "revisions")
    op.drop_table("revisions")
    op.drop_index("ix_drafts_created_at", "drafts")
    op.drop_index("ix_drafts_source_language", "drafts")
    op.drop_index("ix_drafts_status", "drafts")
    op.drop_table("drafts")
