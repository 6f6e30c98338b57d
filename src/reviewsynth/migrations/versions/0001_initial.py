"""Initial tables: documents, errors, cases, users, codings, audit log, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(16), nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("page_count", sa.Integer, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("pages", sa.JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "document_paths",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("documents.sha256"), nullable=False, index=True),
    )
    op.create_table(
        "ingest_errors",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("case_id", sa.String(80), primary_key=True),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("engine_version", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("updated_by", sa.String(80), nullable=True),
    )
    op.create_table(
        "case_documents",
        sa.Column("case_id", sa.String(80), sa.ForeignKey("cases.case_id"), primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("documents.sha256"), primary_key=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("used", sa.Boolean, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "codings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(80), sa.ForeignKey("cases.case_id"), nullable=False, index=True),
        sa.Column("coder", sa.String(80), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("case_id", "coder"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(80), nullable=False, index=True),
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.Text, nullable=True),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("after", sa.JSON, nullable=True),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
    )


def downgrade() -> None:
    for name in ("settings", "audit_log", "codings", "users", "case_documents", "cases",
                 "ingest_errors", "document_paths", "documents"):
        op.drop_table(name)
