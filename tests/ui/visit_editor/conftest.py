"""Fixtures for driving the real visit editor on a fresh database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from charting.config import Settings
from charting.db.session import Database
from charting.domain.records import PatientData, PatientRecord, UserRecord, VisitRecord
from charting.services import patients, visits
from charting.ui.context import AppContext
from tests.ui.visit_editor.helpers import activate


@pytest.fixture
def ctx(db: Database, practitioner: UserRecord, tmp_path) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(db=db, settings=Settings(data_dir=tmp_path, db_url="unused://"), user=practitioner)


def make_patient(db: Database, user: UserRecord, **flags: object) -> PatientRecord:
    data = PatientData(family_name="Okafor", given_name="Amara", date_of_birth=date(1984, 3, 9), **flags)  # type: ignore[arg-type]
    return patients.create_patient(db, data=data, user_id=user.id)


@pytest.fixture
def patient(db: Database, practitioner: UserRecord) -> PatientRecord:
    return make_patient(db, practitioner)


def start(db: Database, user: UserRecord, patient_id: int, days_ago: int = 0) -> VisitRecord:
    when = datetime.now(UTC) - timedelta(days=days_ago)
    return visits.start_visit(db, patient_id=patient_id, practitioner_id=user.id, user_id=user.id, started_at=when)


@pytest.fixture
def draft(db: Database, practitioner: UserRecord, patient: PatientRecord) -> VisitRecord:
    return start(db, practitioner, patient.id)


@pytest.fixture
def new_editor(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """Makes real editors on this test's database and lets each go before the database does: a
    pending autosave left running would fire in a later test, after this test's PostgreSQL
    schema is gone."""
    from charting.ui.visit_editor import VisitEditor

    made: list[VisitEditor] = []

    def make() -> VisitEditor:
        widget = VisitEditor(ctx)
        qtbot.addWidget(widget)
        made.append(widget)
        return widget

    yield make
    for widget in made:
        if widget.record() is not None:
            widget.close_visit()
        widget.close()


@pytest.fixture
def editor(qtbot, new_editor, draft: VisitRecord):  # type: ignore[no-untyped-def]
    widget = new_editor()
    widget.resize(1600, 1000)
    widget.show()
    widget.open_visit(draft.id)
    activate(qtbot, widget)
    return widget
