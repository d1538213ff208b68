"""receipt meterai value: the stamp-duty amount printed on a kwitansi, frozen at issue

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 04:05:00

The meterai box says "Meterai Rp10.000". When the duty changes in the settings (it was
Rp6.000 before 2021), a kwitansi issued earlier must still reprint the value it was handed
over with. Rows written before this revision keep 0, read as "take it from the settings".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("receipt") as batch:
        batch.add_column(
            sa.Column("meterai_value", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("receipt") as batch:
        batch.drop_column("meterai_value")
