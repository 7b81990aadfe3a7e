"""Backups of the embedded database: whole copies, rotation, consistency under a writer, the CLI."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from charting.backup import BACKUP_FOLDER, automatic_backup, backup_database, backups_in, rotated_backup
from charting.cli import main
from charting.db.models import Patient
from charting.db.session import Database, open_database
from charting.domain.records import PatientData, UserRecord
from charting.errors import BackupError
from charting.services.patients import create_patient

NOON = datetime(2025, 3, 14, 12, 0, 0)


def _add_patients(db: Database, user: UserRecord, names: list[tuple[str, str]]) -> None:
    for family, given in names:
        data = PatientData(family_name=family, given_name=given, date_of_birth=date(1970, 5, 1), sex="female")
        create_patient(db, data=data, user_id=user.id)


def _patients(db: Database) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        rows = session.execute(select(Patient.chart_no, Patient.family_name, Patient.given_name).order_by(Patient.id))
        return [tuple(row) for row in rows]


def _sqlite_only(db: Database) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("a workstation backs up the embedded SQLite database only")


def _open_copy(path: Path) -> Database:
    return open_database(f"sqlite:///{path}")


def test_a_backup_opens_and_holds_the_same_patients(db: Database, desk: UserRecord, tmp_path: Path) -> None:
    _sqlite_only(db)
    _add_patients(db, desk, [("Okafor", "Ada"), ("Nguyen", "Bao"), ("Silva", "Clara")])
    target = tmp_path / "copy.db"
    assert backup_database(db, target) == target
    assert not list(tmp_path.glob(".copy.db.*"))  # the temporary name is gone once complete
    assert not Path(f"{target}-wal").exists()  # one self-contained file
    copy = _open_copy(target)
    try:
        assert _patients(copy) == _patients(db)
        assert len(_patients(copy)) == 3
    finally:
        copy.dispose()


def test_postgresql_is_backed_up_on_the_server(db: Database, tmp_path: Path) -> None:
    if db.engine.dialect.name == "sqlite":
        pytest.skip("the refusal concerns a PostgreSQL server")
    with pytest.raises(BackupError, match="pg_dump"):
        backup_database(db, tmp_path / "copy.db")
    with pytest.raises(BackupError, match="pg_dump"):
        rotated_backup(db, tmp_path)  # what `acuchart backup` does without -o
    assert automatic_backup(db, tmp_path) is None  # at start-up: silently nothing
    assert not (tmp_path / BACKUP_FOLDER).exists()


def test_the_database_itself_is_never_the_target(db: Database) -> None:
    _sqlite_only(db)
    live = Path(db.engine.url.database or "")
    with pytest.raises(BackupError, match="the database itself"):
        backup_database(db, live)


def test_rotation_keeps_the_fourteen_newest_and_leaves_other_files_alone(db: Database, tmp_path: Path) -> None:
    _sqlite_only(db)
    folder = tmp_path / BACKUP_FOLDER
    written = [automatic_backup(db, tmp_path, now=NOON + timedelta(days=day)) for day in range(16)]
    assert all(path is not None for path in written)
    unrelated = [folder / "acuchart-before-upgrade.db", folder / "notes.txt", folder / "acuchart-20250101-0900.db"]
    for path in unrelated:
        path.write_text("mine")
    newest = automatic_backup(db, tmp_path, now=NOON + timedelta(days=16))
    assert newest == folder / "acuchart-20250330-120000.db"
    kept = [path for _when, path in backups_in(folder)]
    assert len(kept) == 14
    assert kept[0].name == "acuchart-20250317-120000.db" and kept[-1] == newest
    assert all(path.read_text() == "mine" for path in unrelated)


def test_no_backup_until_the_newest_is_old_enough(db: Database, tmp_path: Path) -> None:
    _sqlite_only(db)
    first = automatic_backup(db, tmp_path, now=NOON)
    assert first is not None and first.name == "acuchart-20250314-120000.db"
    assert automatic_backup(db, tmp_path, now=NOON + timedelta(hours=19, minutes=59)) is None
    assert automatic_backup(db, tmp_path, now=NOON + timedelta(hours=20)) is not None
    # A backup dated in the future (a wrong clock) must not stop backups until the clock catches up.
    assert automatic_backup(db, tmp_path, now=NOON - timedelta(days=3)) is not None


def test_a_backup_during_an_open_write_is_consistent(db: Database, desk: UserRecord, tmp_path: Path) -> None:
    _sqlite_only(db)
    _add_patients(db, desk, [("Okafor", "Ada"), ("Nguyen", "Bao")])
    before = _patients(db)
    target = tmp_path / "during.db"
    with db.transaction() as session:  # BEGIN IMMEDIATE: holds the write lock while we copy
        session.execute(update(Patient).values(family_name="Renamed"))
        session.flush()
        assert backup_database(db, target) == target
    assert {family for _no, family, _given in _patients(db)} == {"Renamed"}
    copy = _open_copy(target)
    try:
        assert _patients(copy) == before  # the last committed state, nothing half-written
    finally:
        copy.dispose()
    with sqlite3.connect(target) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_backup_to_the_rotated_folder_and_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = ["--data-dir", str(tmp_path)]
    assert main([*home, "backup"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"Backed up to {tmp_path / BACKUP_FOLDER}")
    assert len(backups_in(tmp_path / BACKUP_FOLDER)) == 1
    target = tmp_path / "usb" / "charts.db"
    target.parent.mkdir()
    assert main([*home, "backup", "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Backed up to {target}"
    _open_copy(target).dispose()


def test_cli_backup_to_an_unwritable_path_is_one_clean_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")  # unwritable even for root
    assert main(["--data-dir", str(tmp_path), "backup", "-o", str(blocker / "charts.db")]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err
    assert lines[0].startswith(f"acuchart: Cannot write the backup {blocker / 'charts.db'}: ")
    assert captured.out == ""
