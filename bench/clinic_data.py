"""The synthetic clinic's content: patients, when each came, and what was charted.

Everything is derived from one seeded random generator, so a given size always yields the same
database. Rows are plain dicts keyed by column name, ready for a Core `insert(table)` executemany.
Visit content reuses the demo's clinical cases (charting.demo) so the notes read like real ones;
a tenth of visits carry 20 points (the size the brief opens), the rest the case's own 4-7.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bench.names import AREA_CODES, FAMILY_NAMES, GIVEN_FEMALE, GIVEN_MALE, STREETS
from bench.sizes import Size
from charting.demo import CASES, PULSES, TONGUES, Case
from charting.domain.records import PatientData
from charting.services.search_terms import patient_terms

# Bump when the generated content changes: it keys the cached database file.
GENERATOR_VERSION = 1
FIRST_CHART_NO = 100001
WIDE_VISIT_POINTS = 20
WIDE_VISIT_SHARE = 0.10
SLOTS_PER_DAY = 40  # 08:00-18:00 in quarter hours
MAX_ORDINARY_VISITS = 150  # below the long-history courses, so those stay the largest histories

Row = dict[str, Any]


@dataclass(frozen=True)
class PlannedVisit:
    started_at: datetime
    patient_id: int
    practitioner_id: int
    step: int  # 0 = first visit of the patient's course


def patient_rows(size: Size, rng: random.Random, *, user_id: int, now: datetime) -> Iterator[Row]:
    """Every patient with a unique chart number and phone; ids are 1..size.patients."""
    phones = rng.sample(range(2_000_000, 9_999_999), size.patients)
    for i in range(size.patients):
        female = rng.random() < 0.62
        given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        family = rng.choice(FAMILY_NAMES)
        if rng.random() < 0.04:
            family = f"{family}-{rng.choice(FAMILY_NAMES)}"
        local = f"{phones[i]:07d}"
        pregnant = female and rng.random() < 0.015
        yield {
            "id": i + 1,
            "chart_no": str(FIRST_CHART_NO + i),
            "family_name": family,
            "given_name": given,
            "preferred_name": "",
            "date_of_birth": date(rng.randint(1930, 2015), rng.randint(1, 12), rng.randint(1, 28)),
            "sex": "female" if female else "male",
            "phone": f"({rng.choice(AREA_CODES)}) {local[:3]}-{local[3:]}",
            "email": f"{fold_ascii(given)}.{fold_ascii(family)}{i}@example.org",
            "address": f"{rng.randint(1, 400)} {rng.choice(STREETS)}",
            "emergency_contact": "",
            "allergies": rng.choice(("", "", "", "Penicillin", "Latex", "Nickel")),
            "medications": rng.choice(("", "", "Ibuprofen as needed", "Levothyroxine 50 µg", "Warfarin 5 mg")),
            "medical_history": rng.choice(("", "", "Hypertension, controlled", "Migraine", "Knee surgery 2015")),
            "pregnant": pregnant,
            "pregnancy_weeks": rng.randint(8, 36) if pregnant else None,
            "due_date": None,
            "pacemaker": rng.random() < 0.005,
            "anticoagulants": rng.random() < 0.03,
            "bleeding_disorder": rng.random() < 0.005,
            "needle_sensitivity": rng.random() < 0.02,
            "metal_allergy": rng.random() < 0.01,
            "diabetes": rng.random() < 0.07,
            "created_at": now,
            "created_by": user_id,
            "updated_at": now,
            "updated_by": user_id,
            "version_id": 1,
        }


def fold_ascii(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


def term_rows(patient: Row) -> list[Row]:
    """The same search terms the patients service stores (charting.services.search_terms)."""
    data = PatientData(
        family_name=patient["family_name"],
        given_name=patient["given_name"],
        preferred_name=patient["preferred_name"],
        date_of_birth=patient["date_of_birth"],
        phone=patient["phone"],
    )
    return [{"patient_id": patient["id"], "term": t} for t in sorted(patient_terms(patient["chart_no"], data))]


def visit_counts(size: Size, rng: random.Random) -> list[int]:
    """Visits per patient summing to size.visits: a few long courses, a long tail of short ones."""
    long_ids = set(range(0, size.patients, size.patients // size.long_history_patients))
    ordinary = size.visits - len(long_ids) * size.long_history_visits
    mean = ordinary / (size.patients - len(long_ids))
    counts = [
        size.long_history_visits
        if i in long_ids
        else min(MAX_ORDINARY_VISITS, 1 + int(rng.expovariate(1 / (mean - 1))))
        for i in range(size.patients)
    ]
    others = [i for i in range(size.patients) if i not in long_ids]
    surplus = sum(counts) - size.visits
    while surplus:
        i = rng.choice(others)
        if surplus > 0 and counts[i] > 1:
            counts[i] -= 1
            surplus -= 1
        elif surplus < 0 and counts[i] < MAX_ORDINARY_VISITS:
            counts[i] += 1
            surplus += 1
    return counts


def plan_visits(size: Size, rng: random.Random, *, last_day: date, practitioner_ids: list[int]) -> list[PlannedVisit]:
    """When every visit happened, oldest first (visit ids then grow with time, as in real use).

    A patient comes weekly in courses of 3-8 visits with months between courses; a history longer
    than the clinic's span is compressed into it.
    """
    span = size.years * 365
    first_day = last_day - timedelta(days=span - 1)
    day_starts = [
        datetime.combine(first_day + timedelta(days=d), time(8)).astimezone().astimezone(UTC) for d in range(span)
    ]
    planned: list[tuple[int, int, int, int]] = []
    for index, count in enumerate(visit_counts(size, rng)):
        offsets: list[int] = []
        day = left_in_course = 0
        for _ in range(count):
            if left_in_course == 0:
                day += rng.randint(30, 365) if offsets else 0
                left_in_course = rng.randint(3, 8)
            offsets.append(day)
            day += 7 + rng.randint(-1, 2)
            left_in_course -= 1
        length = offsets[-1] + 1
        if length > span:
            offsets = [o * (span - 1) // length for o in offsets]
            start = 0
        else:
            start = rng.randint(0, span - length)
        practitioner = practitioner_ids[index % len(practitioner_ids)]
        for step, offset in enumerate(offsets):
            minute = 15 * rng.randrange(SLOTS_PER_DAY)
            planned.append((start + offset, minute, index + 1, practitioner * 1000 + step))
    planned.sort()
    return [
        PlannedVisit(day_starts[d] + timedelta(minutes=m), patient_id, code // 1000, code % 1000)
        for d, m, patient_id, code in planned
    ]


@dataclass(frozen=True)
class Template:
    """A case's charting as rows minus the visit id; a visit copies one and varies the numbers."""

    case: Case
    points: tuple[Row, ...]


def _point(code: str, side: str) -> Row:
    return {
        "code": code,
        "side": side,
        "role": "distal",  # the domain default until the role rule (charting.points.roles) runs
        "role_override": False,
        "technique": "even",
        "depth_cun": 0.8,
        "angle": "perpendicular",
        "needle_gauge": "0.25 mm",
        "needle_length": "30 mm",
        "retention_minutes": 20,
        "de_qi": True,
        "estim": False,
        "estim_hz": None,
        "moxa": False,
        "note": "",
    }


def templates() -> list[tuple[Template, Template]]:
    """Per case: its own points, and a 20-point variant filled from the other cases' points."""
    pool = [p for case in CASES for p in case.points]
    result = []
    for case in CASES:
        own = [_point(c, s) for c, s in case.points]
        codes = {c for c, _ in case.points}
        wide = list(own)
        for code, side in pool:
            if len(wide) == WIDE_VISIT_POINTS:
                break
            if code not in codes:
                codes.add(code)
                wide.append(_point(code, side))
        assert len(wide) == WIDE_VISIT_POINTS, "the demo cases no longer hold 20 distinct points"
        result.append((Template(case, tuple(own)), Template(case, tuple(wide))))
    return result


def visit_rows(
    visit_id: int, plan: PlannedVisit, rng: random.Random, variants: list[tuple[Template, Template]], *, signed: bool
) -> tuple[Row, list[Row], list[Row], list[Row]]:
    """The visit row and its points, areas and modalities."""
    own, wide = variants[plan.patient_id % len(variants)]
    template = wide if rng.random() < WIDE_VISIT_SHARE else own
    case = template.case
    course = 6
    pain_before = max(1, round(case.areas[0].severity - min(plan.step, course) * 5 / course))
    body, coat, shape = TONGUES[(plan.patient_id + plan.step) % len(TONGUES)]
    needles = sum(2 if p["side"] == "bilateral" else 1 for p in template.points)
    ended = plan.started_at + timedelta(minutes=50)
    visit = {
        "id": visit_id,
        "patient_id": plan.patient_id,
        "practitioner_id": plan.practitioner_id,
        "status": "signed" if signed else "draft",
        "started_at": plan.started_at,
        "ended_at": ended if signed else None,
        "face_to_face_minutes": 30 + 5 * (plan.step % 4),
        "chief_complaint": case.complaint
        if plan.step == 0
        else f"Follow-up: {case.complaint[0].lower()}{case.complaint[1:]}",
        "subjective": f"Visit {plan.step + 1} of the course. Sleep {'better' if plan.step else 'disturbed'}.",
        "objective": "Palpable taut band in the affected muscle; range of motion limited by pain.",
        "tongue_body": body,
        "tongue_coat": coat,
        "tongue_shape": shape,
        "tongue_notes": "",
        "pulse": {"overall": PULSES[plan.step % len(PULSES)], "left_guan": "wiry"},
        "pulse_notes": "",
        "tcm_pattern": case.pattern,
        "treatment_principle": case.principle,
        "icd10_codes": list(case.icd10),
        "plan": "Continue weekly; reassess after the course.",
        "pain_before": pain_before,
        "pain_after": max(0, pain_before - 2) if signed else None,
        "home_care": case.home_care,
        "follow_up": "1 week",
        "needles_in": needles,
        "needles_out": needles if signed else None,
        "needle_count_note": "",
        "signed_at": ended if signed else None,
        "signed_by": plan.practitioner_id if signed else None,
        "created_at": plan.started_at,
        "created_by": plan.practitioner_id,
        "updated_at": ended,
        "updated_by": plan.practitioner_id,
        "version_id": 3 if signed else 2,
    }
    points = [{**p, "visit_id": visit_id, "position": i} for i, p in enumerate(template.points)]
    areas = [
        {
            "visit_id": visit_id,
            "position": i,
            "region": a.region,
            "side": a.side,
            "kind": a.kind,
            "severity": max(1, a.severity - min(plan.step, 4)),
            "note": "",
        }
        for i, a in enumerate(case.areas)
    ]
    modalities = [
        {"visit_id": visit_id, "position": i, "kind": m.kind, "site": m.site, "minutes": m.minutes, "note": m.note}
        for i, m in enumerate(case.modalities)
    ]
    return visit, points, areas, modalities
