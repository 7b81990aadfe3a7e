"""Registering, correcting and finding patients."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import ColumnElement, Select, and_, exists, func, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from charting.db.base import utcnow
from charting.db.models import Patient, PatientSearchTerm
from charting.db.session import Database
from charting.domain.records import PatientData, PatientRecord, PatientSummary
from charting.domain.validation import validate_patient
from charting.errors import ConflictError, NotFoundError
from charting.services import audit
from charting.services.search_terms import patient_terms, prefix_upper_bound, query_words

FIRST_CHART_NO = 100001
_DATA_FIELDS = tuple(f.name for f in fields(PatientData))


def to_record(row: Patient) -> PatientRecord:
    data = PatientData(**{name: getattr(row, name) for name in _DATA_FIELDS})
    return PatientRecord(
        id=row.id,
        chart_no=row.chart_no,
        version=row.version_id,
        data=data,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _next_chart_no(session: Session) -> str:
    last = session.scalar(select(Patient.chart_no).order_by(Patient.id.desc()).limit(1))
    return str(int(last) + 1 if last and last.isdigit() else FIRST_CHART_NO)


def _set_terms(row: Patient) -> None:
    row.search_terms = [PatientSearchTerm(term=t) for t in sorted(patient_terms(row.chart_no, to_record(row).data))]


def create_patient(db: Database, *, data: PatientData, user_id: int) -> PatientRecord:
    clean = validate_patient(data)
    for attempt in range(5):
        try:
            with db.transaction() as session:
                now = utcnow()
                row = Patient(
                    chart_no=_next_chart_no(session),
                    created_at=now,
                    created_by=user_id,
                    updated_at=now,
                    updated_by=user_id,
                    **asdict(clean),
                )
                _set_terms(row)
                session.add(row)
                session.flush()
                audit.record(
                    session,
                    user_id=user_id,
                    action="create",
                    entity="patient",
                    entity_id=row.id,
                    chart_no=row.chart_no,
                )
                return to_record(row)
        except IntegrityError:
            # Another workstation took the same chart number in the same instant: take the next.
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


def update_patient(
    db: Database, *, patient_id: int, data: PatientData, expected_version: int, user_id: int
) -> PatientRecord:
    clean = validate_patient(data)
    with db.transaction() as session:
        row = _load(session, patient_id)
        if row.version_id != expected_version:
            raise ConflictError(
                f"{row.family_name}, {row.given_name} was changed on another workstation since you "
                "opened it. Reopen the patient to see the newer details; your edits were not saved."
            )
        new = asdict(clean)
        changed = sorted(k for k, v in new.items() if getattr(row, k) != v)
        for key, value in new.items():
            setattr(row, key, value)
        row.updated_at, row.updated_by = utcnow(), user_id
        _set_terms(row)
        session.flush()
        audit.record(session, user_id=user_id, action="update", entity="patient", entity_id=row.id, fields=changed)
        return to_record(row)


def _load(session: Session, patient_id: int) -> Patient:
    row = session.get(Patient, patient_id)
    if row is None:
        raise NotFoundError(f"No patient with id {patient_id}.")
    return row


def get_patient(db: Database, patient_id: int) -> PatientRecord:
    with db.reading() as session:
        return to_record(_load(session, patient_id))


def find_by_chart_no(db: Database, chart_no: str) -> PatientRecord:
    with db.reading() as session:
        row = session.scalar(select(Patient).where(Patient.chart_no == chart_no.strip()))
        if row is None:
            raise NotFoundError(f"No patient with chart number {chart_no!r}.")
        return to_record(row)


def search_patients(db: Database, query: str, *, limit: int = 20) -> list[PatientSummary]:
    """Patients matching every typed word as a prefix of a name part, chart no, phone or birth date.

    The most selective word drives an ordered scan of the term index that stops as soon as `limit`
    patients are found, so a one-letter or one-digit prefix costs no more than a full name; the
    other words only filter those candidates. Hits come best match first: by the driving word's
    matching term, then by name.
    """
    words = query_words(query)
    if not words or limit <= 0:
        return []
    best: dict[int, str] = {}
    with db.reading() as session:
        driver = _most_selective(session, words)
        others = list(words)
        others.remove(driver)
        after: tuple[str, int] | None = None
        while len(best) < limit:
            page = session.execute(_term_scan(driver, others, after, limit * 2)).all()
            for patient_id, term in page:
                best.setdefault(patient_id, term)
                if len(best) == limit:
                    break
            if len(page) < limit * 2:
                break
            after = (page[-1].term, page[-1].patient_id)
        if not best:
            return []
        rows = session.execute(select(*_SUMMARY_COLUMNS).where(Patient.id.in_(best))).all()
    hits = [PatientSummary(*row) for row in rows]
    return sorted(hits, key=lambda p: (best[p.id], p.family_name, p.given_name, p.id))


_SUMMARY_COLUMNS = (
    Patient.id,
    Patient.chart_no,
    Patient.family_name,
    Patient.given_name,
    Patient.preferred_name,
    Patient.date_of_birth,
    Patient.phone,
)


# Counting a word's matches stops here: enough to tell a rare word from a common one cheaply.
_SELECTIVITY_PROBE = 500


def _most_selective(session: Session, words: list[str]) -> str:
    """The word with the fewest matching terms (longest on a tie), so that a query with one rare
    word ("s xu") scans that word's few terms rather than every "s" term."""
    if len(words) == 1:
        return words[0]
    term = PatientSearchTerm.__table__.c

    def matches(word: str) -> int:
        probe = select(term.patient_id).where(_prefix(term.term, word)).limit(_SELECTIVITY_PROBE).subquery()
        return session.scalar(select(func.count()).select_from(probe)) or 0

    return min(words, key=lambda word: (matches(word), -len(word)))


def _prefix(column: ColumnElement[str], word: str) -> ColumnElement[bool]:
    """A range, not LIKE: both backends turn it into an index range scan on the C-ordered term."""
    return and_(column >= word, column < prefix_upper_bound(word))


def _term_scan(driver: str, others: list[str], after: tuple[str, int] | None, rows: int) -> Select:
    """One page of (patient_id, term) in index order for the driving word, resuming after `after`."""
    term = PatientSearchTerm.__table__.c
    stmt = select(term.patient_id, term.term).where(_prefix(term.term, driver))
    for word in others:
        # "Does this patient have a term starting with `word`?" must be answered through the
        # (patient_id, term) index: a handful of terms per patient. Written as a range, PostgreSQL
        # (misjudging how many terms a name prefix matches) probes the term index instead and
        # reads every term of that prefix once per candidate; substr() leaves it no such choice.
        other = PatientSearchTerm.__table__.alias()
        stmt = stmt.where(
            exists().where(other.c.patient_id == term.patient_id, func.substr(other.c.term, 1, len(word)) == word)
        )
    if after is not None:
        stmt = stmt.where(tuple_(term.term, term.patient_id) > after)
    return stmt.order_by(term.term, term.patient_id).limit(rows)
