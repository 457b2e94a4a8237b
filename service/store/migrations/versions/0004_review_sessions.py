"""review sign-in sessions; job items record the article's own attempts

Revision ID: 0004_review_sessions
Revises: 0003
Create Date: 2026-12-02

Review sessions are server-side: the cookie carries a random id, the table only its sha256 (a copy of the
table signs nobody in), the key's name and a fingerprint of the key (rotating the key ends its sessions),
the expiry and the sign-out time. `job_items.tries` is how many times the article itself was attempted
(LLM retries included), beside `attempts`, the worker claims.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_review_sessions"
down_revision = "0003"  # after 0003_draft_requesters
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_sessions",
        sa.Column("id_sha256", sa.String(64), primary_key=True),
        sa.Column("key_name", sa.String(120), nullable=False),
        sa.Column("key_fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_review_sessions_expires_at", "review_sessions", ["expires_at"])
    with op.batch_alter_table("job_items") as batch:
        batch.add_column(sa.Column("tries", sa.Integer()))


def downgrade() -> None:
    with op.batch_alter_table("job_items") as batch:
        batch.drop_column("tries")
    op.drop_index("ix_review_sessions_expires_at", table_name="review_sessions")
    op.drop_table("review_sessions")
