"""A visit and everything charted in it; signed visits are never updated, only amended."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from charting.db.base import Base, UTCDateTime, utcnow


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'signed')", name="status"),
        CheckConstraint("pain_before BETWEEN 0 AND 10", name="pain_before_range"),
        CheckConstraint("pain_after BETWEEN 0 AND 10", name="pain_after_range"),
        CheckConstraint("needles_in >= 0 AND needles_out >= 0", name="needle_counts"),
        CheckConstraint("face_to_face_minutes >= 0", name="minutes"),
        Index("ix_visits_patient_started", "patient_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    practitioner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    face_to_face_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    chief_complaint: Mapped[str] = mapped_column(Text, default="")
    subjective: Mapped[str] = mapped_column(Text, default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    tongue_body: Mapped[str] = mapped_column(String(200), default="")
    tongue_coat: Mapped[str] = mapped_column(String(200), default="")
    tongue_shape: Mapped[str] = mapped_column(String(200), default="")
    tongue_notes: Mapped[str] = mapped_column(Text, default="")
    # The six radial positions ("left_cun" … "right_chi") and "overall" -> qualities text.
    pulse: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    pulse_notes: Mapped[str] = mapped_column(Text, default="")
    tcm_pattern: Mapped[str] = mapped_column(Text, default="")
    treatment_principle: Mapped[str] = mapped_column(Text, default="")
    icd10_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    plan: Mapped[str] = mapped_column(Text, default="")
    pain_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pain_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    home_care: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(String(200), default="")
    needles_in: Mapped[int | None] = mapped_column(Integer, nullable=True)
    needles_out: Mapped[int | None] = mapped_column(Integer, nullable=True)
    needle_count_note: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version_id: Mapped[int] = mapped_column(Integer, nullable=False)

    areas: Mapped[list[ComplaintArea]] = relationship(cascade="all, delete-orphan", order_by="ComplaintArea.position")
    points: Mapped[list[TreatedPoint]] = relationship(cascade="all, delete-orphan", order_by="TreatedPoint.position")
    modalities: Mapped[list[Modality]] = relationship(cascade="all, delete-orphan", order_by="Modality.position")
    addenda: Mapped[list[Addendum]] = relationship(cascade="all, delete-orphan", order_by="Addendum.created_at")
    acknowledgements: Mapped[list[SafetyAcknowledgement]] = relationship(
        cascade="all, delete-orphan", order_by="SafetyAcknowledgement.acknowledged_at"
    )

    __mapper_args__ = {"version_id_col": version_id}


class ComplaintArea(Base):
    __tablename__ = "complaint_areas"
    __table_args__ = (
        CheckConstraint("severity BETWEEN 0 AND 10", name="severity_range"),
        CheckConstraint("side IN ('left', 'right', 'midline')", name="side"),
        CheckConstraint("kind IN ('pain', 'spasm', 'numbness', 'tension', 'other')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    region: Mapped[str] = mapped_column(String(60))
    side: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10))
    severity: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class TreatedPoint(Base):
    __tablename__ = "treated_points"
    __table_args__ = (
        CheckConstraint("side IN ('left', 'right', 'bilateral', 'midline')", name="side"),
        CheckConstraint("role IN ('local', 'distal')", name="role"),
        CheckConstraint("technique IN ('', 'tonify', 'reduce', 'even')", name="technique"),
        CheckConstraint("retention_minutes >= 0", name="retention"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    side: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(10))
    role_override: Mapped[bool] = mapped_column(Boolean, default=False)
    technique: Mapped[str] = mapped_column(String(10), default="")
    depth_cun: Mapped[float | None] = mapped_column(Float, nullable=True)
    angle: Mapped[str] = mapped_column(String(20), default="")
    needle_gauge: Mapped[str] = mapped_column(String(20), default="")
    needle_length: Mapped[str] = mapped_column(String(20), default="")
    retention_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    de_qi: Mapped[bool] = mapped_column(Boolean, default=False)
    estim: Mapped[bool] = mapped_column(Boolean, default=False)
    estim_hz: Mapped[float | None] = mapped_column(Float, nullable=True)
    moxa: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class Modality(Base):
    __tablename__ = "modalities"
    __table_args__ = (CheckConstraint("minutes >= 0", name="minutes"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    site: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Addendum(Base):
    """A correction or late entry on a signed visit; the signed text itself never changes."""

    __tablename__ = "addenda"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)


class SafetyAcknowledgement(Base):
    """A safety warning that was shown for this visit and who acknowledged it, when."""

    __tablename__ = "safety_acknowledgements"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    code: Mapped[str] = mapped_column(String(20), default="")
    kind: Mapped[str] = mapped_column(String(30))
    message: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
