"""Safety warnings the editor raises itself, for things only the visit knows (modalities, e-stim);
the body map raises the point cautions. Both use the map's banner, so every warning is
acknowledged — and recorded — the same way."""

from __future__ import annotations

from charting.domain.records import PatientData

BLEEDING_MODALITIES = frozenset({"cupping", "gua_sha"})


def estim_warning(patient: PatientData | None, code: str) -> tuple[str, str, str] | None:
    """(kind, code, message) when e-stim is turned on for a patient with a pacemaker."""
    if patient is None or not patient.pacemaker:
        return None
    where = f" at {code}" if code else ""
    return (
        "pacemaker",
        code or "e_stim",
        f"Pacemaker / implanted electrical device — electro-stimulation{where} is contraindicated. "
        "Do not connect the stimulator; needle without current.",
    )


def modality_warning(patient: PatientData | None, kind: str) -> tuple[str, str, str] | None:
    """(kind, code, message) for cupping or gua sha on a patient with a bleeding risk."""
    if patient is None or kind not in BLEEDING_MODALITIES or not (patient.anticoagulants or patient.bleeding_disorder):
        return None
    reason = (
        "Anticoagulants and bleeding disorder"
        if patient.anticoagulants and patient.bleeding_disorder
        else "Anticoagulants"
        if patient.anticoagulants
        else "Bleeding disorder"
    )
    label = "Cupping" if kind == "cupping" else "Gua sha"
    return (
        "bleeding",
        kind,
        f"{reason} — {label} causes bruising and can bleed: use light, brief technique or choose another method.",
    )
