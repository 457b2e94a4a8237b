"""jobs and job items; procrastinate's queue schema on Postgres

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

On Postgres this also installs procrastinate's schema (its tables live next to ours, in the same schema /
search_path), unless it is already there. A later procrastinate release that changes its schema gets its
own revision here, applying the SQL files procrastinate ships in `procrastinate/sql/migrations`.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("options", Json, nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True)),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("callback_url", sa.Text()),
        sa.Column("callback_status", sa.String(16)),
        sa.Column("callback_attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("callback_error", sa.Text()),
    )
    op.create_index("ix_jobs_status", "jobs", ["status"])
    op.create_index("ix_jobs_created_at", "jobs", ["created_at"])
    op.create_table(
        "job_items",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("job_id", sa.String(40), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("article", Json, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("draft_id", sa.String(40)),
        sa.Column("error_code", sa.String(64)),
        sa.Column("error_message", sa.Text()),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("worker_id", sa.String(120)),
        sa.Column("started_at", sa.DateTime(timezone=True)),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("job_id", "position", name="uq_job_item_position"),
    )
    op.create_index("ix_job_items_status_job", "job_items", ["status", "job_id"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _install_procrastinate(bind)


def _install_procrastinate(bind: sa.Connection) -> None:
    from procrastinate.schema import SchemaManager

    if bind.execute(sa.text("SELECT to_regclass('procrastinate_jobs')")).scalar() is not None:
        return  # installed by hand or by another application sharing this schema
    # Straight to the psycopg cursor, no parameters, so the SQL's '%' stay literal; same transaction.
    with bind.connection.dbapi_connection.cursor() as cursor:
        cursor.execute(SchemaManager.get_schema())


def downgrade() -> None:
    # procrastinate's objects are left in place: they may hold other applications' jobs.
    op.drop_index("ix_job_items_status_job", "job_items")
    op.drop_table("job_items")
    op.drop_index("ix_jobs_created_at", "jobs")
    op.drop_index("ix_jobs_status", "jobs")
    op.drop_table("jobs")
