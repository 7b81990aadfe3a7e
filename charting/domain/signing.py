"""What a visit needs before it may be signed: the items a clinic is audited on."""

from __future__ import annotations

from charting.domain.records import VisitData


def missing_for_signing(data: VisitData) -> list[tuple[str, str]]:
    """(field, message) pairs in editor order; empty when the visit can be signed."""
    missing: list[tuple[str, str]] = []
    if not data.chief_complaint.strip():
        missing.append(("chief_complaint", "Chief complaint is missing."))
    if not data.icd10_codes and not data.tcm_pattern.strip():
        missing.append(("tcm_pattern", "Add at least one diagnosis: an ICD-10 code or a TCM pattern."))
    if data.pain_before is None:
        missing.append(("pain_before", "Pain before treatment is missing."))
    if data.points:
        if data.needles_in is None or data.needles_out is None:
            missing.append(("needles_in", "Record the needle count in and out."))
        elif data.needles_in != data.needles_out and not data.needle_count_note.strip():
            missing.append(
                (
                    "needles_out",
                    f"Needle count does not match ({data.needles_in} in, {data.needles_out} out): "
                    "find the missing needle or explain the difference.",
                )
            )
    return missing
