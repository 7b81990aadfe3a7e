"""Patients, with the safety flags that drive warnings while charting."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from charting.db.base import Base, UTCDateTime, utcnow

# Prefix search must use a byte-order index on PostgreSQL whatever the database collation is.
SEARCH_TERM = String(120).with_variant(String(120, collation="C"), "postgresql")


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    chart_no: Mapped[str] = mapped_column(String(20), unique=True)
    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(120))
    preferred_name: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[date] = mapped_column(Date, index=True)
    sex: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    emergency_contact: Mapped[str] = mapped_column(Text, default="")
    allergies: Mapped[str] = mapped_column(Text, default="")
    medications: Mapped[str] = mapped_column(Text, default="")
    medical_history: Mapped[str] = mapped_column(Text, default="")
    pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    pregnancy_weeks: Mapped[int | None] = mapped_column(Integer, nullable=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    pacemaker: Mapped[bool] = mapped_column(Boolean, default=False)
    anticoagulants: Mapped[bool] = mapped_column(Boolean, default=False)
    bleeding_disorder: Mapped[bool] = mapped_column(Boolean, default=False)
    needle_sensitivity: Mapped[bool] = mapped_column(Boolean, default=False)
    metal_allergy: Mapped[bool] = mapped_column(Boolean, default=False)
    diabetes: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    search_terms: Mapped[list[PatientSearchTerm]] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    __mapper_args__ = {"version_id_col": version_id}


class PatientSearchTerm(Base):
    """Normalised name parts, chart number, phone digits and birth date: one indexed prefix each."""

    __tablename__ = "patient_search_terms"
    __table_args__ = (
        Index("ix_patient_search_terms_term", "term", "patient_id"),
        # Answers "does this patient also match the next word?" from the index alone (0003).
        Index("ix_patient_search_terms_patient_term", "patient_id", "term"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"))
    term: Mapped[str] = mapped_column(SEARCH_TERM)
