"""Double-coding modes (blind or assisted) and the machine's codings kept apart.

`codings.mode` says how a coder's copy started: `blind` (without the machine's suggestions)
or `assisted` (with them). Copies made before this revision were copies of the case with its
suggestions, so they are `assisted`.

`machine_codings` holds the machine's coding of each case as the engine wrote it. Cases that
nobody has touched yet (version 1, status `suggested`) hold exactly that, so they fill it.

Like 0001, every step is done only if missing, so a store whose revision stamp was lost runs
this again without harm.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("codings")}
    if "mode" not in columns:
        with op.batch_alter_table("codings") as batch:
            batch.add_column(sa.Column("mode", sa.String(16), nullable=False, server_default="assisted"))
    op.create_table(
        "machine_codings",
        sa.Column("case_id", sa.String(80), primary_key=True),
        sa.Column("engine_version", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        if_not_exists=True,
    )
    op.execute(
        "INSERT INTO machine_codings (case_id, engine_version, payload, created_at) "
        "SELECT case_id, engine_version, payload, updated_at FROM cases "
        "WHERE version <= 1 AND status = 'suggested' "
        "AND case_id NOT IN (SELECT case_id FROM machine_codings)"
    )


def downgrade() -> None:
    op.drop_table("machine_codings")
    with op.batch_alter_table("codings") as batch:
        batch.drop_column("mode")
