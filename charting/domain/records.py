"""Plain records the services take and return, so no caller ever holds a database session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class PatientData:
    """What a user types about a patient; validated by the services before anything is stored."""

    family_name: str = ""
    given_name: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    sex: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact: str = ""
    allergies: str = ""
    medications: str = ""
    medical_history: str = ""
    pregnant: bool = False
    pregnancy_weeks: int | None = None
    due_date: date | None = None
    pacemaker: bool = False
    anticoagulants: bool = False
    bleeding_disorder: bool = False
    needle_sensitivity: bool = False
    metal_allergy: bool = False
    diabetes: bool = False


@dataclass(frozen=True)
class PatientRecord:
    id: int
    chart_no: str
    version: int
    data: PatientData
    created_at: datetime
    updated_at: datetime

    @property
    def display_name(self) -> str:
        d = self.data
        preferred = f" ({d.preferred_name})" if d.preferred_name and d.preferred_name != d.given_name else ""
        return f"{d.family_name}, {d.given_name}{preferred}"

    def safety_flags(self, on: date | None = None) -> list[str]:
        """Banner texts, most serious first; pregnancy weeks are counted to `on` (today)."""
        d = self.data
        flags: list[str] = []
        if d.pregnant:
            weeks = pregnancy_weeks(d, on or date.today())
            flags.append(f"Pregnant — {weeks} weeks" if weeks is not None else "Pregnant")
        if d.pacemaker:
            flags.append("Pacemaker / implanted electrical device — no electro-stimulation")
        if d.anticoagulants:
            flags.append("Anticoagulants — bleeding risk")
        if d.bleeding_disorder:
            flags.append("Bleeding disorder")
        if d.needle_sensitivity:
            flags.append("Needle sensitivity / fainting history")
        if d.metal_allergy:
            flags.append("Metal allergy")
        if d.diabetes:
            flags.append("Diabetes")
        return flags


def pregnancy_weeks(data: PatientData, on: date) -> int | None:
    if data.due_date is not None:
        return max(0, 40 - (data.due_date - on).days // 7)
    return data.pregnancy_weeks


@dataclass(frozen=True)
class PatientSummary:
    """One search hit or list row: enough to recognise the patient, nothing more."""

    id: int
    chart_no: str
    family_name: str
    given_name: str
    preferred_name: str
    date_of_birth: date
    phone: str

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"


@dataclass
class AreaData:
    region: str
    side: str
    kind: str = "pain"
    severity: int = 5
    note: str = ""


@dataclass
class PointData:
    code: str
    side: str
    role: str = "distal"
    role_override: bool = False
    technique: str = ""
    depth_cun: float | None = None
    angle: str = ""
    needle_gauge: str = ""
    needle_length: str = ""
    retention_minutes: int | None = None
    de_qi: bool = False
    estim: bool = False
    estim_hz: float | None = None
    moxa: bool = False
    note: str = ""


@dataclass
class ModalityData:
    kind: str
    site: str = ""
    minutes: int | None = None
    note: str = ""


@dataclass
class VisitData:
    """Everything the editor charts; saved whole by autosave, validated on every save."""

    started_at: datetime | None = None
    ended_at: datetime | None = None
    face_to_face_minutes: int | None = None
    chief_complaint: str = ""
    subjective: str = ""
    objective: str = ""
    tongue_body: str = ""
    tongue_coat: str = ""
    tongue_shape: str = ""
    tongue_notes: str = ""
    pulse: dict[str, str] = field(default_factory=dict)
    pulse_notes: str = ""
    tcm_pattern: str = ""
    treatment_principle: str = ""
    icd10_codes: list[str] = field(default_factory=list)
    plan: str = ""
    pain_before: int | None = None
    pain_after: int | None = None
    home_care: str = ""
    follow_up: str = ""
    needles_in: int | None = None
    needles_out: int | None = None
    needle_count_note: str = ""
    areas: list[AreaData] = field(default_factory=list)
    points: list[PointData] = field(default_factory=list)
    modalities: list[ModalityData] = field(default_factory=list)


@dataclass(frozen=True)
class AddendumRecord:
    id: int
    author: str
    created_at: datetime
    reason: str
    text: str


@dataclass(frozen=True)
class AcknowledgementRecord:
    user: str
    acknowledged_at: datetime
    code: str
    kind: str
    message: str


@dataclass(frozen=True)
class IssuedDocumentRecord:
    id: int
    kind: str
    issued_at: datetime
    issued_by: str
    sha256: str


@dataclass(frozen=True)
class VisitRecord:
    id: int
    version: int
    status: str
    patient_id: int
    patient_name: str
    chart_no: str
    practitioner_id: int
    practitioner_name: str
    data: VisitData
    signed_at: datetime | None = None
    signed_by: str | None = None
    addenda: tuple[AddendumRecord, ...] = ()
    acknowledgements: tuple[AcknowledgementRecord, ...] = ()
    documents: tuple[IssuedDocumentRecord, ...] = ()

    @property
    def signed(self) -> bool:
        return self.status == "signed"


@dataclass(frozen=True)
class VisitSummary:
    """A row of the Today list or a patient's visit history."""

    id: int
    patient_id: int
    patient_name: str
    chart_no: str
    practitioner_id: int
    practitioner_name: str
    started_at: datetime
    status: str
    printed: bool
    chief_complaint: str
    pain_before: int | None
    pain_after: int | None
    points: tuple[tuple[str, str, str], ...]  # (code, side, role)


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: str
    credentials: str
    licence_no: str
    npi: str
    active: bool = True


@dataclass(frozen=True)
class ClinicRecord:
    name: str
    address: str
    phone: str
    email: str
    tax_id: str
    npi: str
