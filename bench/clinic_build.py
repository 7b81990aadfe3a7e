"""Builds the synthetic clinic database fast: Core executemany in batches, one transaction each.

The ORM services would take hours for a million visits; Core inserts of plain rows take minutes.
The full-size SQLite file is cached (keyed by size and generator version) so reruns start at once;
a database given by URL is built in place once and recognised afterwards by its clinic name.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from bench import clinic_data
from bench.sizes import Size
from charting.db.models import (
    ClinicProfile,
    ComplaintArea,
    Modality,
    Patient,
    PatientSearchTerm,
    TreatedPoint,
    User,
    Visit,
)
from charting.db.session import Database, open_database
from charting.errors import DomainError
from charting.services.visit_lists import list_day, local_day_bounds

PATIENT_BATCH = 5_000
VISIT_BATCH = 5_000
SEED = 20261125
Progress = Callable[[str], None]


def table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def raw_sqlite(conn: Connection) -> Any:
    """The driver connection: these pragmas must run outside the transaction SQLAlchemy would open."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return raw


def clinic_name(size: Size) -> str:
    """Marks a database as this generator's output, so it is reused and never mistaken for real data."""
    return f"Synthetic benchmark clinic ({size.name}, generator {clinic_data.GENERATOR_VERSION})"


def cached_file(cache_dir: Path, size: Size) -> Path:
    return cache_dir / f"clinic-{size.name}-g{clinic_data.GENERATOR_VERSION}.db"


def prepare_sqlite(
    cache_dir: Path, size: Size, progress: Progress, *, rebuild: bool = False
) -> tuple[str, float | None]:
    """The cached file's URL and the build time in seconds (None when the cache was reused)."""
    path = cached_file(cache_dir, size)
    if path.exists() and not rebuild:
        return f"sqlite:///{path}", None
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for leftover in (partial, *partial.parent.glob(partial.name + "-*")):
        leftover.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{partial}")
    try:
        seconds = build(db, size, progress)
        with db.engine.connect() as conn:
            raw_sqlite(conn).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    partial.replace(path)  # only a complete build ever carries the cache name
    return f"sqlite:///{path}", seconds


def prepare_url(url: str, size: Size, progress: Progress) -> float | None:
    """Build into the database at `url` unless it already holds this size's synthetic clinic."""
    db = open_database(url)
    try:
        with db.reading() as session:
            name = session.scalar(select(ClinicProfile.name).order_by(ClinicProfile.id).limit(1))
            has_patients = session.scalar(select(Patient.id).limit(1)) is not None
        if name == clinic_name(size):
            return None
        if has_patients or name is not None:
            raise DomainError(f"{url} already holds other data; the benchmark only builds into an empty database.")
        return build(db, size, progress)
    finally:
        db.dispose()


def build(db: Database, size: Size, progress: Progress) -> float:
    """Fill an empty, migrated database; returns the seconds it took."""
    began = time.perf_counter()
    rng = random.Random(SEED)
    now = datetime.now(UTC)
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            # A throw-away build: a crash mid-way leaves a .building file that is never used.
            raw = raw_sqlite(conn)
            raw.execute("PRAGMA synchronous=OFF")
            raw.execute("PRAGMA cache_size=-262144")
        desk_id, practitioner_ids = _insert_staff(conn, size, now)
        _insert_patients(conn, size, rng, desk_id, now, progress)
        plan = clinic_data.plan_visits(
            size, rng, last_day=date.today() - timedelta(days=1), practitioner_ids=practitioner_ids
        )
        _insert_visits(conn, plan, rng, first_id=1, signed=lambda _v: True, progress=progress)
        _finish(conn)
    return time.perf_counter() - began


def _insert_staff(conn: Connection, size: Size, now: datetime) -> tuple[int, list[int]]:
    with conn.begin():
        conn.execute(
            table(User).insert(),
            [
                {
                    "id": 1,
                    "username": "desk",
                    "display_name": "Front Desk",
                    "credentials": "",
                    "licence_no": "",
                    "npi": "",
                    "role": "front_desk",
                    "active": True,
                    "created_at": now,
                },
                *(
                    {
                        "id": 2 + n,
                        "username": f"practitioner{n + 1}",
                        "display_name": f"Practitioner {n + 1}",
                        "credentials": "L.Ac.",
                        "licence_no": f"AC-{10000 + n}",
                        "npi": f"{1000000000 + n}",
                        "role": "practitioner",
                        "active": True,
                        "created_at": now,
                    }
                    for n in range(size.practitioners)
                ),
            ],
        )
        conn.execute(
            table(ClinicProfile).insert(),
            {
                "name": clinic_name(size),
                "address": "1 Benchmark Way",
                "phone": "",
                "email": "",
                "tax_id": "",
                "npi": "",
                "updated_at": now,
            },
        )
    return 1, [2 + n for n in range(size.practitioners)]


def _insert_patients(
    conn: Connection, size: Size, rng: random.Random, desk_id: int, now: datetime, progress: Progress
) -> None:
    batch: list[dict[str, Any]] = []
    for row in clinic_data.patient_rows(size, rng, user_id=desk_id, now=now):
        batch.append(row)
        if len(batch) == PATIENT_BATCH:
            _write_patients(conn, batch)
            batch = []
            progress(f"patients {row['id']:,}/{size.patients:,}")
    if batch:
        _write_patients(conn, batch)


def _write_patients(conn: Connection, batch: list[dict[str, Any]]) -> None:
    with conn.begin():
        conn.execute(table(Patient).insert(), batch)
        conn.execute(table(PatientSearchTerm).insert(), [t for p in batch for t in clinic_data.term_rows(p)])


def _insert_visits(
    conn: Connection,
    plan: Iterable[clinic_data.PlannedVisit],
    rng: random.Random,
    *,
    first_id: int,
    signed: Callable[[clinic_data.PlannedVisit], bool],
    progress: Progress,
) -> int:
    """Insert the planned visits with explicit ids (children need them without a round trip)."""
    variants = clinic_data.templates()
    planned = list(plan)
    for start in range(0, len(planned), VISIT_BATCH):
        visits, points, areas, modalities = [], [], [], []
        for offset, item in enumerate(planned[start : start + VISIT_BATCH]):
            v, p, a, m = clinic_data.visit_rows(first_id + start + offset, item, rng, variants, signed=signed(item))
            visits.append(v)
            points.extend(p)
            areas.extend(a)
            modalities.extend(m)
        with conn.begin():
            conn.execute(table(Visit).insert(), visits)
            conn.execute(table(TreatedPoint).insert(), points)
            conn.execute(table(ComplaintArea).insert(), areas)
            if modalities:
                conn.execute(table(Modality).insert(), modalities)
        progress(f"visits {start + len(visits):,}/{len(planned):,}")
    return len(planned)


def _finish(conn: Connection) -> None:
    """PostgreSQL: move the id sequences past the explicit ids, and gather planner statistics."""
    if conn.dialect.name != "postgresql":
        return
    with conn.begin():
        for model in (User, Patient, PatientSearchTerm, Visit, TreatedPoint, ComplaintArea, Modality):
            name = table(model).name
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT coalesce(max(id), 1) FROM {name}))"
                )
            )
    with conn.execution_options(isolation_level="AUTOCOMMIT") as auto:
        auto.exec_driver_sql("ANALYZE")


def ensure_today(db: Database, size: Size, progress: Progress) -> int:
    """Give today a normal day's visits (once per day): the Today list at start-up is never empty.

    Visits whose time has passed are signed; the rest are drafts still being charted. Returns how
    many were added: none when today already has visits.
    """
    today = date.today()
    if list_day(db, today):
        return 0
    count = max(3, size.visits // (size.years * 365))
    rng = random.Random(today.toordinal())
    start, _ = local_day_bounds(today)
    now = datetime.now(UTC)
    with db.reading() as session:
        practitioners = list(session.scalars(select(User.id).where(User.role == "practitioner").order_by(User.id)))
        last_visit = session.scalar(select(func.max(Visit.id))) or 0
        patient_count = session.scalar(select(func.count(Patient.id))) or 0
    plan = sorted(
        (
            clinic_data.PlannedVisit(
                start + timedelta(hours=8, minutes=15 * rng.randrange(clinic_data.SLOTS_PER_DAY)),
                rng.randint(1, patient_count),
                practitioners[n % len(practitioners)],
                rng.randint(1, 6),
            )
            for n in range(count)
        ),
        key=lambda p: p.started_at,
    )
    with db.engine.connect() as conn:
        _insert_visits(
            conn,
            plan,
            rng,
            first_id=last_visit + 1,
            signed=lambda p: p.started_at < now - timedelta(hours=1),
            progress=progress,
        )
        _finish(conn)
    return count
