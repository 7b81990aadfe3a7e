"""The schema is made and upgraded only by migrations, and those agree with the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

import charting.db.models  # noqa: F401
from charting.db.base import Base
from charting.db.migrate import current_revision, head_revision, upgrade
from charting.db.session import Database, make_engine, open_database
from charting.errors import SchemaError


def test_migrations_create_every_table_from_empty(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'new.db'}")
    tables = set(inspect(db.engine).get_table_names())
    db.dispose()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_upgrade_from_first_revision_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    assert "issued_documents" not in inspect(engine).get_table_names()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, credentials, licence_no, npi, role, "
                "active, created_at) VALUES (1, 'u', 'Ú Ser', '', '', '', 'practitioner', 1, "
                "'2025-01-01 10:00:00')"
            )
        )
    engine.dispose()

    db = open_database(url)
    assert current_revision(db.engine) == head_revision()
    assert "issued_documents" in inspect(db.engine).get_table_names()
    with db.reading() as session:
        assert session.execute(text("SELECT display_name FROM users")).scalar_one() == "Ú Ser"
    db.dispose()
    assert list(tmp_path.glob("old.before-0001.*.db")), "the old database was not backed up first"


def test_database_newer_than_the_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
    engine.dispose()
    before = path.read_bytes()

    with pytest.raises(SchemaError, match="newer version of Acuchart"):
        open_database(f"sqlite:///{path}")

    assert path.read_bytes() == before
    check = create_engine(f"sqlite:///{path}")
    assert inspect(check).get_table_names() == ["alembic_version"]
    check.dispose()


def test_sqlite_connection_settings(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'p.db'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() in (1, 2, 3)  # NORMAL or stricter
    db.dispose()
