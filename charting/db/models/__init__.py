"""Every table of the Acuchart schema; importing this registers them all on Base.metadata."""

from charting.db.models.audit import AuditEntry
from charting.db.models.clinic import ClinicProfile, FeeScheduleItem, User
from charting.db.models.documents import IssuedDocument
from charting.db.models.patients import Patient, PatientSearchTerm
from charting.db.models.protocols import Protocol, ProtocolPoint
from charting.db.models.visits import (
    Addendum,
    ComplaintArea,
    Modality,
    SafetyAcknowledgement,
    TreatedPoint,
    Visit,
)

__all__ = [
    "Addendum",
    "AuditEntry",
    "ClinicProfile",
    "ComplaintArea",
    "FeeScheduleItem",
    "IssuedDocument",
    "Modality",
    "Patient",
    "PatientSearchTerm",
    "Protocol",
    "ProtocolPoint",
    "SafetyAcknowledgement",
    "TreatedPoint",
    "User",
    "Visit",
]
