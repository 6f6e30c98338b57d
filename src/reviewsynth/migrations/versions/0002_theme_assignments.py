"""Stored themes: the theme of each practice problem, so every output reads the same themes.

Created only if missing, as in 0001.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "theme_assignments",
        sa.Column("case_id", sa.String(80), primary_key=True),
        sa.Column("problem_id", sa.String(200), primary_key=True),
        sa.Column("theme", sa.String(200), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("source", sa.String(24), nullable=False),
        sa.Column("category", sa.String(80), nullable=True),
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_table("theme_assignments")
