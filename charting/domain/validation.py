"""Every rule a chart entry must satisfy, checked before anything is written."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from charting.domain import vocabulary as vocab
from charting.domain.records import PatientData, PointData, VisitData
from charting.errors import ValidationError

if TYPE_CHECKING:
    from charting.points import Catalog

EARLIEST_BIRTH = date(1900, 1, 1)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()./\- ]*(?:(?:ext|x)\.? ?[0-9]+)?$", re.IGNORECASE)
_ICD10 = re.compile(r"^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")


def validate_patient(data: PatientData, *, today: date | None = None) -> PatientData:
    """Return the patient with outer whitespace trimmed from names, or raise with every problem."""
    today = today or date.today()
    clean = replace(
        data,
        family_name=data.family_name.strip(),
        given_name=data.given_name.strip(),
        preferred_name=data.preferred_name.strip(),
        phone=data.phone.strip(),
        email=data.email.strip(),
    )
    errors: dict[str, str] = {}
    if not clean.family_name:
        errors["family_name"] = "Family name is required."
    if not clean.given_name:
        errors["given_name"] = "Given name is required."
    if clean.date_of_birth is None:
        errors["date_of_birth"] = "Date of birth is required."
    elif clean.date_of_birth > today:
        errors["date_of_birth"] = "Date of birth cannot be in the future."
    elif clean.date_of_birth < EARLIEST_BIRTH:
        errors["date_of_birth"] = "Date of birth cannot be before 1900."
    if clean.sex not in vocab.SEXES:
        errors["sex"] = f"Unknown sex {clean.sex!r}."
    if clean.email and not _EMAIL.match(clean.email):
        errors["email"] = "This does not look like an e-mail address."
    if clean.phone and not _PHONE.match(clean.phone):
        errors["phone"] = "A phone number may hold digits, spaces, + ( ) - . / and an extension."
    if clean.pregnancy_weeks is not None and not 0 <= clean.pregnancy_weeks <= 45:
        errors["pregnancy_weeks"] = "Weeks of pregnancy must be between 0 and 45."
    if not clean.pregnant and (clean.pregnancy_weeks is not None or clean.due_date is not None):
        errors["pregnant"] = "Weeks or a due date are given but the patient is not marked pregnant."
    if errors:
        raise ValidationError(errors)
    return clean


def _check_range(
    errors: dict[str, str], name: str, value: float | None, low: float, high: float | None, label: str
) -> None:
    if value is None:
        return
    if value < low or (high is not None and value > high):
        span = f"between {low:g} and {high:g}" if high is not None else f"{low:g} or more"
        errors[name] = f"{label} must be {span} (got {value:g})."


@functools.cache
def _region_sides(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Every complaint-area region id on any figure, with the sides it can be marked on."""
    sides: dict[str, set[str]] = {}
    for view in catalog.views:
        for region in catalog.regions(view):
            sides.setdefault(region.id, set()).add(region.side)
    return {region: frozenset(found) for region, found in sides.items()}


def validate_visit(data: VisitData) -> VisitData:
    """Return the visit with point codes in their WHO form, or raise with every problem found."""
    from charting.points import load_catalog

    catalog = load_catalog()
    errors: dict[str, str] = {}
    _check_range(errors, "pain_before", data.pain_before, 0, 10, "Pain before")
    _check_range(errors, "pain_after", data.pain_after, 0, 10, "Pain after")
    _check_range(errors, "face_to_face_minutes", data.face_to_face_minutes, 0, 24 * 60, "Face-to-face minutes")
    _check_range(errors, "needles_in", data.needles_in, 0, None, "Needle count in")
    _check_range(errors, "needles_out", data.needles_out, 0, None, "Needle count out")
    if data.started_at and data.ended_at and data.ended_at < data.started_at:
        errors["ended_at"] = "The visit cannot end before it starts."
    for key in data.pulse:
        if key not in vocab.PULSE_POSITIONS:
            errors[f"pulse.{key}"] = f"Unknown pulse position {key!r}."
    for i, code in enumerate(data.icd10_codes):
        if not _ICD10.match(code):
            errors[f"icd10_codes[{i}]"] = f"{code!r} is not an ICD-10 code (e.g. M62.830)."
    known_regions = _region_sides(catalog)
    for i, area in enumerate(data.areas):
        where = f"areas[{i}]"
        if area.region not in known_regions:
            errors[f"{where}.region"] = f"Unknown body region {area.region!r}."
        elif area.side not in known_regions[area.region]:
            sides = " or ".join(sorted(known_regions[area.region]))
            errors[f"{where}.side"] = f"The region {area.region!r} is marked {sides} (got {area.side!r})."
        if area.side not in vocab.AREA_SIDES:
            errors[f"{where}.side"] = f"Side must be left, right or midline (got {area.side!r})."
        if area.kind not in vocab.AREA_KINDS:
            errors[f"{where}.kind"] = f"Unknown kind {area.kind!r}."
        _check_range(errors, f"{where}.severity", area.severity, 0, 10, "Severity")
    points: list[PointData] = []
    seen: set[tuple[str, str]] = set()
    for i, point in enumerate(data.points):
        where = f"points[{i}]"
        found = catalog.get(point.code)
        if found is None:
            errors[f"{where}.code"] = f"Unknown point code {point.code!r}."
            continue
        if point.side not in found.valid_sides:
            errors[f"{where}.side"] = (
                f"{found.code} is {'bilateral' if found.bilateral else 'a midline point'}: "
                f"side must be one of {', '.join(found.valid_sides)} (got {point.side!r})."
            )
        if (found.code, point.side) in seen:
            errors[f"{where}.code"] = f"{found.code} ({point.side}) is listed twice."
        seen.add((found.code, point.side))
        if point.role not in vocab.ROLES:
            errors[f"{where}.role"] = f"Role must be local or distal (got {point.role!r})."
        if point.technique not in vocab.TECHNIQUES:
            errors[f"{where}.technique"] = f"Unknown technique {point.technique!r}."
        _check_range(errors, f"{where}.retention_minutes", point.retention_minutes, 0, 240, "Retention minutes")
        _check_range(errors, f"{where}.depth_cun", point.depth_cun, 0, 10, "Depth")
        _check_range(errors, f"{where}.estim_hz", point.estim_hz, 0, 10_000, "E-stim frequency")
        points.append(replace(point, code=found.code))
    for i, modality in enumerate(data.modalities):
        if modality.kind not in vocab.MODALITY_KINDS:
            errors[f"modalities[{i}].kind"] = f"Unknown modality {modality.kind!r}."
        _check_range(errors, f"modalities[{i}].minutes", modality.minutes, 0, 24 * 60, "Minutes")
    if errors:
        raise ValidationError(errors)
    return replace(data, points=points)
