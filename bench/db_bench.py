"""The data-layer measures, through the same service calls the app makes.

Search is timed per keystroke: every prefix of what a receptionist types is one search, as the
search box issues it. Writes (autosave, sign) go to fresh visits the benchmark starts itself, so
the generated history is never altered.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from bench import clinic_data
from bench.sizes import Size
from bench.timing import summary, timed_ms
from charting.db.models import Patient, TreatedPoint, Visit
from charting.db.session import Database
from charting.domain.records import AreaData, ModalityData, PointData, VisitData, VisitSummary
from charting.services import patients, visits
from charting.services.search_terms import digits
from charting.services.visit_lists import list_day, patient_visits

Results = dict[str, Any]


def keystrokes(text: str) -> list[str]:
    """What the search box holds after each key (spaces are not searches of their own)."""
    return [text[:n] for n in range(1, len(text) + 1) if not text[n - 1].isspace()]


def search_queries(db: Database, size: Size, rng: random.Random) -> dict[str, list[str]]:
    """Per kind, the keystroke sequence for `size.search_rounds` randomly chosen real patients."""
    with db.reading() as session:
        count = session.scalar(select(func.count(Patient.id))) or 0
        ids = rng.sample(range(1, count + 1), min(count, size.search_rounds))
        rows = session.execute(
            select(
                Patient.family_name, Patient.given_name, Patient.chart_no, Patient.phone, Patient.date_of_birth
            ).where(Patient.id.in_(ids))
        ).all()
    queries: dict[str, list[str]] = {"name": [], "full_name": [], "chart": [], "phone": [], "dob": []}
    for family, given, chart_no, phone, born in rows:
        for name in (family, given):
            queries["name"].extend(name[:n] for n in range(1, 5) if n <= len(name))
        queries["full_name"].extend(q for q in keystrokes(f"{family} {given[:3]}") if len(q) > len(family))
        queries["chart"].extend(keystrokes(chart_no))
        queries["phone"].extend(keystrokes(digits(phone)))
        queries["dob"].extend(keystrokes(born.isoformat()))
    return queries


def measure_search(db: Database, size: Size, rng: random.Random) -> Results:
    queries = search_queries(db, size, rng)
    for query in queries["name"][:20]:  # warm the connection pool and the statement cache
        patients.search_patients(db, query)
    results: Results = {}
    every: list[float] = []
    for kind, texts in queries.items():
        samples = [timed_ms(patients.search_patients, db, q)[0] for q in texts]
        results.update(summary(f"search_{kind}", samples))
        every.extend(samples)
    results.update(summary("search", every))
    return results


def measure_open(db: Database, size: Size, rng: random.Random) -> Results:
    """Open a long-history patient (record + visit list) and a 20-point visit (the whole record)."""
    with db.reading() as session:
        long_history = list(
            session.scalars(
                select(Visit.patient_id)
                .group_by(Visit.patient_id)
                .having(func.count() >= size.long_history_visits)
                .limit(size.long_history_patients)
            )
        )
        wide = list(
            session.scalars(
                select(TreatedPoint.visit_id)
                .group_by(TreatedPoint.visit_id)
                .having(func.count() == clinic_data.WIDE_VISIT_POINTS)
                .limit(size.open_samples * 20)
            )
        )
    chosen = rng.sample(long_history, min(len(long_history), size.open_samples))
    histories = []
    open_patient = []
    for patient_id in chosen:
        ms, history = timed_ms(open_patient_screen, db, patient_id)
        open_patient.append(ms)
        histories.append(len(history))
    open_visit = [timed_ms(visits.get_visit, db, v)[0] for v in rng.sample(wide, min(len(wide), size.open_samples))]
    today = timed_ms(list_day, db, date.today())
    return {
        **summary("open_patient", open_patient),
        "open_patient_visits": min(histories),
        **summary("open_visit", open_visit),
        "open_visit_points": clinic_data.WIDE_VISIT_POINTS,
        "today_list_ms": round(today[0], 3),
        "today_list_visits": len(today[1]),
    }


def open_patient_screen(db: Database, patient_id: int) -> list[VisitSummary]:
    """What the patient screen loads before it can show anything: the record and the history."""
    patients.get_patient(db, patient_id)
    return patient_visits(db, patient_id)


def _visit_content(rng: random.Random, patient_id: int, practitioner_id: int) -> VisitData:
    """A complete 20-point visit, built from the generator's rows so it signs without complaint."""
    plan = clinic_data.PlannedVisit(datetime.now(UTC), patient_id, practitioner_id, 1)
    row, points, areas, modalities = clinic_data.visit_rows(0, plan, rng, clinic_data.templates(), signed=True)
    scalars = {k: row[k] for k in VisitData.__dataclass_fields__ if k in row}
    return VisitData(
        **scalars,
        points=[PointData(**{k: p[k] for k in PointData.__dataclass_fields__}) for p in points],
        areas=[AreaData(**{k: a[k] for k in AreaData.__dataclass_fields__}) for a in areas],
        modalities=[ModalityData(**{k: m[k] for k in ModalityData.__dataclass_fields__}) for m in modalities],
    )


def measure_writes(db: Database, size: Size, rng: random.Random) -> Results:
    """Autosave (one field changed) and sign, each a committed transaction, on fresh visits.

    They are dated the day before the clinic's history begins, so reruns never crowd the Today
    list (which the start-up figure depends on) or any day the history covers.
    """
    with db.reading() as session:
        practitioner_id = session.scalar(select(Visit.practitioner_id).limit(1))
        patient_count = session.scalar(select(func.count(Patient.id))) or 0
        first_visit = session.scalar(select(func.min(Visit.started_at)))
    assert practitioner_id is not None and first_visit is not None
    bench_day = first_visit.replace(hour=12, minute=0) - timedelta(days=1)
    autosave: list[float] = []
    sign: list[float] = []
    for n in range(size.write_samples):
        patient_id = rng.randint(1, patient_count)
        record = visits.start_visit(
            db, patient_id=patient_id, practitioner_id=practitioner_id, user_id=practitioner_id, started_at=bench_day
        )
        content = _visit_content(rng, patient_id, practitioner_id)
        content.started_at = record.data.started_at
        record = visits.save_visit(
            db, visit_id=record.id, data=content, expected_version=record.version, user_id=practitioner_id
        )
        for keystroke in range(3):  # the editor saves a draft after each pause in typing
            content = replace(content, subjective=f"{content.subjective} Noted {n}.{keystroke}.")
            ms, record = timed_ms(
                visits.save_visit,
                db,
                visit_id=record.id,
                data=content,
                expected_version=record.version,
                user_id=practitioner_id,
            )
            autosave.append(ms)
        ms, _ = timed_ms(
            visits.sign_visit, db, visit_id=record.id, expected_version=record.version, user_id=practitioner_id
        )
        sign.append(ms)
    return {**summary("autosave", autosave), **summary("sign", sign)}
