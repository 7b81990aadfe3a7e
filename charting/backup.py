"""Copies of the embedded SQLite database, taken while the app keeps working.

A clinic PC that is often offline holds its only copy of the charts in one file, so the app keeps
dated copies beside it. The copy goes through SQLite's online backup API: it reads one consistent
snapshot (in WAL mode a writer on another connection neither blocks it nor leaks half a transaction
into it), and it is written under a temporary name and renamed only when complete and checked, so a
file named like a backup is always a whole one. A PostgreSQL server is backed up on the server.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

from charting.db.session import Database
from charting.errors import BackupError

log = logging.getLogger("charting.backup")

BACKUP_FOLDER = "backups"
KEEP = 14
EVERY = timedelta(hours=20)  # about once a working day, even if the app starts a little earlier
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"acuchart-(\d{8}-\d{6})\.db")
SERVER_MESSAGE = (
    "This workstation uses a PostgreSQL server: back it up on the server (for example with pg_dump), "
    "not from a workstation."
)


def is_sqlite(db: Database) -> bool:
    return db.engine.dialect.name == "sqlite"


def _require_sqlite(db: Database) -> None:
    if not is_sqlite(db):
        raise BackupError(SERVER_MESSAGE)


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def backup_database(db: Database, target: Path) -> Path:
    """Write a complete, checked copy of the SQLite database to `target`, replacing any file there."""
    _require_sqlite(db)
    target = Path(target)
    source_file = db.engine.url.database
    if source_file and _same_file(Path(source_file), target):
        raise BackupError(f"{target} is the database itself; choose another file for the backup.")
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    except OSError as exc:
        raise BackupError(f"Cannot write the backup {target}: {_reason(exc)}.") from exc
    os.close(handle)
    try:
        _copy_into(db, temporary)
        with open(temporary, "rb+") as written:  # on disk before the name says it is a backup
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as exc:
        _discard(temporary)
        raise BackupError(f"Cannot write the backup {target}: {_reason(exc)}.") from exc
    except BaseException:
        _discard(temporary)
        raise
    log.info("database backed up to %s", target)
    return target


def _copy_into(db: Database, destination: str) -> None:
    pooled = db.engine.raw_connection()
    try:
        source = pooled.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with closing(sqlite3.connect(destination)) as copy:
            # One step (pages=-1): a single read snapshot of the source, never a mix of two states.
            source.backup(copy)
            # A self-contained file, with no -wal beside it; the app switches WAL back on when it opens.
            copy.execute("PRAGMA journal_mode=DELETE")
            problem = copy.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise sqlite3.DatabaseError(f"the copy failed its check ({problem})")
    finally:
        pooled.close()


def _discard(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
    except OSError:
        log.warning("could not remove the unfinished backup %s", path, exc_info=True)


def backups_in(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in `folder`, oldest first; any other file there is not ours to touch."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.fullmatch(path.name)
        if match and path.is_file():
            try:
                found.append((datetime.strptime(match.group(1), _STAMP), path))
            except ValueError:  # digits that are no real date: not a name this module wrote
                continue
    return sorted(found)


def rotated_backup(db: Database, data_dir: Path, *, now: datetime | None = None, keep: int = KEEP) -> Path:
    """Back up now into `<data_dir>/backups`, then keep only the `keep` newest automatic backups."""
    _require_sqlite(db)
    if keep < 1:
        raise ValueError("keep must be at least 1")
    folder = Path(data_dir) / BACKUP_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Cannot create the backup folder {folder}: {_reason(exc)}.") from exc
    written = backup_database(db, folder / f"acuchart-{(now or datetime.now()).strftime(_STAMP)}.db")
    for _when, old in backups_in(folder)[:-keep]:
        try:
            old.unlink()
        except OSError:
            log.warning("could not remove the old backup %s", old, exc_info=True)
    return written


def automatic_backup(
    db: Database,
    data_dir: Path,
    *,
    now: datetime | None = None,
    keep: int = KEEP,
    every: timedelta = EVERY,
) -> Path | None:
    """The start-up backup: written when the newest one is older than `every`, else None.

    A newest backup dated in the future (the clock was wrong when it was taken) does not count as
    recent, or no backup would be taken until the clock caught up. PostgreSQL: None, silently.
    """
    if not is_sqlite(db):
        return None
    now = now or datetime.now()
    existing = backups_in(Path(data_dir) / BACKUP_FOLDER)
    if existing and timedelta(0) <= now - existing[-1][0] < every:
        return None
    return rotated_backup(db, data_dir, now=now, keep=keep)
