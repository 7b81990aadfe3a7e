"""Everything one printed visit needs, read through the services in one place."""

from __future__ import annotations

from dataclasses import dataclass

from charting.db.session import Database
from charting.domain.records import ClinicRecord, PatientRecord, UserRecord, VisitRecord
from charting.services.patients import get_patient
from charting.services.users import get_clinic, get_user
from charting.services.visits import get_visit

NO_CLINIC = ClinicRecord(name="Clinic name not set", address="", phone="", email="", tax_id="", npi="")


@dataclass(frozen=True)
class VisitDocument:
    visit: VisitRecord
    patient: PatientRecord
    practitioner: UserRecord
    clinic: ClinicRecord


def load_visit_document(db: Database, visit_id: int, clinic: ClinicRecord | None = None) -> VisitDocument:
    """`clinic` may be passed in by batch printing, which reads it once for the whole day."""
    visit = get_visit(db, visit_id)
    return VisitDocument(
        visit=visit,
        patient=get_patient(db, visit.patient_id),
        practitioner=get_user(db, visit.practitioner_id),
        clinic=clinic or get_clinic(db) or NO_CLINIC,
    )
