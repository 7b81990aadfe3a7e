"""Who the clinic is and who works there: printed on summaries and superbills."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charting.db.base import Base, UTCDateTime, utcnow


class ClinicProfile(Base):
    __tablename__ = "clinic_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    npi: Mapped[str] = mapped_column(String(20), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class User(Base):
    """A practitioner or a member of staff; every write is attributed to one."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('practitioner', 'front_desk', 'admin')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    credentials: Mapped[str] = mapped_column(String(80), default="")
    licence_no: Mapped[str] = mapped_column(String(80), default="")
    npi: Mapped[str] = mapped_column(String(20), default="")
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FeeScheduleItem(Base):
    """A billable service line the clinic prices itself (CPT code and fee)."""

    __tablename__ = "fee_schedule"
    __table_args__ = (CheckConstraint("fee_cents >= 0", name="fee_nonnegative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service: Mapped[str] = mapped_column(String(40), unique=True)
    cpt_code: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(String(200))
    fee_cents: Mapped[int] = mapped_column(Integer)
