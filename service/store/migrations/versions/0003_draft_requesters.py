"""draft requesters: which API clients asked for each draft (a client sees only those drafts)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

Existing drafts get their first revision's author as requester, so clients keep seeing what they made.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft_requesters",
        sa.Column(
            "draft_id", sa.String(40), sa.ForeignKey("drafts.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("principal", sa.String(120), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_draft_requesters_principal", "draft_requesters", ["principal"])
    op.execute(
        "INSERT INTO draft_requesters (draft_id, principal, created_at) "
        "SELECT draft_id, author, created_at FROM revisions WHERE number = 1"
    )


def downgrade() -> None:
    op.drop_table("draft_requesters")
