"""Shared fixtures: a fresh, migrated database per test, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from charting.db.session import Database, open_database
from charting.domain.records import UserRecord
from charting.services import users

PG_URL = os.environ.get("ACUCHART_TEST_PG_URL")
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


def _pg_database() -> Iterator[Database]:
    """A private schema per test on the shared server, dropped afterwards."""
    from sqlalchemy import create_engine, text

    assert PG_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = PG_URL + ("&" if "?" in PG_URL else "?") + f"options=-csearch_path%3D{schema}"
    db = open_database(url)
    try:
        yield db
    finally:
        db.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    if request.param == "postgresql":
        yield from _pg_database()
        return
    database = open_database(f"sqlite:///{tmp_path / 'acuchart.db'}")
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def desk(db: Database) -> UserRecord:
    return users.create_user(db, username="desk", display_name="Front Desk", role="front_desk")


@pytest.fixture
def practitioner(db: Database) -> UserRecord:
    return users.create_user(
        db,
        username="lin",
        display_name="Dr. Mei Lin",
        role="practitioner",
        credentials="L.Ac.",
        licence_no="AC-1",
        npi="1234567890",
    )
