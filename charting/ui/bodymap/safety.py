"""Which catalog cautions to put in front of the practitioner for this patient (Qt-free).

Cautions that hold for everyone (lung, other organs, the eye, points never needled) are shown for
every patient, because a missed pneumothorax warning costs far more than one click. Cautions that
depend on the patient are shown only when the chart says so: pregnancy points for pregnant
patients, large arteries and deep needling for anticoagulants or a bleeding disorder, the
fontanelle for infants. Pacemaker warnings concern electro-stimulation, which the visit editor
knows about and raises through the same banner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from charting.domain.records import PatientData
from charting.points import Point

# Shown for every patient: the few cautions where one careless needle does lasting harm. Organ
# depth notes (e.g. BL23 over the kidney) stay in the tooltip: warning on points used every day
# would teach practitioners to click warnings away unread.
ALWAYS_SHOWN = {
    "lung": "Depth",
    "eye": "Eye",
    "no_needle": "Do not needle",
}
DEEP_NEEDLING_CUN = 1.5  # usual maximum depth from which bleeding-risk patients get a reminder
FONTANELLE_CLOSED_MONTHS = 24


@dataclass(frozen=True)
class SafetyWarning:
    """``kind`` and ``code`` identify the warning (one acknowledgement each); ``message`` is shown."""

    kind: str
    code: str
    message: str


def point_warnings(point: Point, patient: PatientData | None, today: date) -> list[SafetyWarning]:
    """The warnings choosing ``point`` raises for ``patient`` (None: only the universal ones)."""
    name = f"{point.code} {point.pinyin}"
    found: list[SafetyWarning] = []
    bleeding = patient is not None and (patient.anticoagulants or patient.bleeding_disorder)
    for caution in point.cautions:
        if caution.kind in ALWAYS_SHOWN:
            found.append(
                SafetyWarning(caution.kind, point.code, f"{ALWAYS_SHOWN[caution.kind]} — {name}: {caution.note}")
            )
        elif caution.kind == "pregnancy" and patient is not None and patient.pregnant:
            found.append(SafetyWarning("pregnancy", point.code, f"Patient is pregnant — {name}: {caution.note}"))
        elif caution.kind == "artery" and bleeding:
            found.append(SafetyWarning("bleeding", point.code, f"{_bleeding_reason(patient)} — {name}: {caution.note}"))
        elif caution.kind == "fontanelle" and patient is not None and _is_infant(patient, today):
            found.append(SafetyWarning("fontanelle", point.code, f"Infant — {name}: {caution.note}"))
    if bleeding and point.depth.max >= DEEP_NEEDLING_CUN and not any(w.kind == "bleeding" for w in found):
        found.append(
            SafetyWarning(
                "bleeding",
                point.code,
                f"{_bleeding_reason(patient)} — {name} is usually needled {point.depth}: "
                "consider shallower needling and press firmly after withdrawal.",
            )
        )
    return found


def _bleeding_reason(patient: PatientData | None) -> str:
    if patient is not None and patient.anticoagulants and patient.bleeding_disorder:
        return "Anticoagulants and bleeding disorder"
    return "Anticoagulants" if patient is not None and patient.anticoagulants else "Bleeding disorder"


def _is_infant(patient: PatientData, today: date) -> bool:
    born = patient.date_of_birth
    if born is None:
        return False
    months = (today.year - born.year) * 12 + today.month - born.month - (today.day < born.day)
    return months < FONTANELLE_CLOSED_MONTHS
