"""Brings any older database up to this app's schema at start-up, and refuses a newer one."""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from charting.errors import SchemaError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def refuse_newer(engine: Engine) -> None:
    """A database made by a newer app is refused before anything (even a pragma) touches it."""
    current = current_revision(engine)
    if current is not None and not _known(ScriptDirectory.from_config(_config()), current):
        raise SchemaError(
            f"This database was created by a newer version of Acuchart (schema {current}). "
            "Install the newer version; nothing has been changed."
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade to `target`, backing an SQLite file up first when its schema will change."""
    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    refuse_newer(engine)
    current = current_revision(engine)
    if current is not None and current != script.get_current_head():
        _backup_sqlite(engine, current)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def _known(script: ScriptDirectory, revision: str) -> bool:
    return any(rev.revision == revision for rev in script.walk_revisions())


def _backup_sqlite(engine: Engine, revision: str) -> None:
    """Copy the SQLite file aside before changing its schema, so an upgrade can be undone by hand."""
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        return
    source = Path(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-{revision}.{stamp}{source.suffix}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(source, target)
    log.info("backed up %s to %s before upgrading its schema", source, target)
