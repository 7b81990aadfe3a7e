"""The Alembic-free schema check that lets an up-to-date database open without importing Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from charting.db.migrate import head_revision
from charting.db.revisions import head_from_files, is_current, stored_revision
from charting.db.session import open_database


def test_head_from_files_agrees_with_alembic() -> None:
    assert head_from_files() == head_revision()


def test_branched_or_broken_scripts_defer_to_alembic(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (tmp_path / "b.py").write_text('revision = "b"\ndown_revision = "a"\n')
    assert head_from_files(tmp_path) == "b"
    (tmp_path / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')
    assert head_from_files(tmp_path) is None  # two heads
    (tmp_path / "c.py").write_text("revision = make_id()\n")
    assert head_from_files(tmp_path) is None


def test_stored_revision_of_new_current_and_future_databases(tmp_path: Path) -> None:
    new = create_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert stored_revision(new) is None and not is_current(new)
    open_database(f"sqlite:///{tmp_path / 'cur.db'}").dispose()
    current = create_engine(f"sqlite:///{tmp_path / 'cur.db'}")
    assert is_current(current)
    with current.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert stored_revision(current) == "9999_future" and not is_current(current)
    for engine in (new, current):
        engine.dispose()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    open_database(url).dispose()
    probe = (
        "import sys\n"
        "from charting.db.session import open_database\n"
        f"open_database({url!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
