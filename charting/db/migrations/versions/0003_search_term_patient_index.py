"""search terms: a (patient_id, term) index for multi-word search

A search for "smith j" scans the "smith" terms in order and asks, for each patient, whether one of
their terms also starts with "j". With only a patient_id index that probe read the table (and
PostgreSQL preferred hashing every "j" term instead); a (patient_id, term) index answers it from
the index alone. It replaces the patient_id index, whose every use it also serves.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patient_search_terms", schema=None) as batch_op:
        batch_op.create_index("ix_patient_search_terms_patient_term", ["patient_id", "term"], unique=False)
        batch_op.drop_index("ix_patient_search_terms_patient_id")


def downgrade() -> None:
    with op.batch_alter_table("patient_search_terms", schema=None) as batch_op:
        batch_op.create_index("ix_patient_search_terms_patient_id", ["patient_id"], unique=False)
        batch_op.drop_index("ix_patient_search_terms_patient_term")
