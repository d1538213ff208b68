"""invoice points: loyalty points a draft or issued invoice redeems as a discount

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 03:45:00

A member can pay part (or all) of an invoice with points. The draft remembers how many points
were chosen; issuing deducts them from the ledger and voiding gives them back, so the
invoice keeps the figure to print ("Potongan poin") and to reverse.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(
            sa.Column("points_redeemed", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("points_redeemed")
