"""documents issued and the fee schedule

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import charting.db.base

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fee_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("cpt_code", sa.String(length=10), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("fee_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("fee_cents >= 0", name=op.f("ck_fee_schedule_fee_nonnegative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_schedule")),
        sa.UniqueConstraint("service", name=op.f("uq_fee_schedule_service")),
    )
    op.create_table(
        "issued_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("patient_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", charting.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["issued_by"], ["users.id"], name=op.f("fk_issued_documents_issued_by_users")),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name=op.f("fk_issued_documents_patient_id_patients")),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_issued_documents_visit_id_visits")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_documents")),
    )
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issued_documents_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_issued_documents_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_documents_visit_id"))
        batch_op.drop_index(batch_op.f("ix_issued_documents_patient_id"))

    op.drop_table("issued_documents")
    op.drop_table("fee_schedule")
