"""Named point prescriptions a practitioner applies in one action."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from charting.db.base import Base, UTCDateTime, utcnow


class Protocol(Base):
    __tablename__ = "protocols"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    points: Mapped[list[ProtocolPoint]] = relationship(cascade="all, delete-orphan", order_by="ProtocolPoint.position")


class ProtocolPoint(Base):
    __tablename__ = "protocol_points"
    __table_args__ = (CheckConstraint("side IN ('left', 'right', 'bilateral', 'midline')", name="side"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[int] = mapped_column(ForeignKey("protocols.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    side: Mapped[str] = mapped_column(String(10))
    technique: Mapped[str] = mapped_column(String(10), default="")
    retention_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
