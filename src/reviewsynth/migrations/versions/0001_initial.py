"""Initial tables: documents, errors, cases, users, codings, audit log, settings.

Every table and index is created only if missing: a store left half-made by a run killed in
its schema setup (earlier versions ran each SQLite CREATE outside the migration's transaction) is
completed instead of failing with "table ... already exists".

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
INDEXES = (("ix_document_paths_sha256", "document_paths", "sha256"),
           ("ix_codings_case_id", "codings", "case_id"),
           ("ix_audit_log_case_id", "audit_log", "case_id"))


def _create_table(name: str, *columns: sa.schema.SchemaItem) -> None:
    op.create_table(name, *columns, if_not_exists=True)


def upgrade() -> None:
    _create_table(
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
    _create_table(
        "document_paths",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("documents.sha256"), nullable=False),
    )
    _create_table(
        "ingest_errors",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    _create_table(
        "cases",
        sa.Column("case_id", sa.String(80), primary_key=True),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("engine_version", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("updated_by", sa.String(80), nullable=True),
    )
    _create_table(
        "case_documents",
        sa.Column("case_id", sa.String(80), sa.ForeignKey("cases.case_id"), primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("documents.sha256"), primary_key=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("used", sa.Boolean, nullable=False),
    )
    _create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    _create_table(
        "codings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(80), sa.ForeignKey("cases.case_id"), nullable=False),
        sa.Column("coder", sa.String(80), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("case_id", "coder"),
    )
    _create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(80), nullable=False),
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.Text, nullable=True),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("after", sa.JSON, nullable=True),
    )
    _create_table(
        "settings",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
    )
    for index, table, column in INDEXES:
        op.create_index(index, table, [column], if_not_exists=True)


def downgrade() -> None:
    for name in ("settings", "audit_log", "codings", "users", "case_documents", "cases",
                 "ingest_errors", "document_paths", "documents"):
        op.drop_table(name)
