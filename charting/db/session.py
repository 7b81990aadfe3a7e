"""Engine and session set-up for the embedded SQLite file or a shared PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN and cannot take the write lock up front;
    # we take over so a write transaction starts with BEGIN IMMEDIATE and waits on busy_timeout
    # instead of failing when another workstation process is writing.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One per process: hands out a session per user action, the caller owns its scope."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        writer = self.engine
        if self.engine.dialect.name == "sqlite":
            writer = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        self._writes = sessionmaker(bind=writer, expire_on_commit=False)
        self._reads = sessionmaker(bind=self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write: committed when the block ends normally, rolled back whole otherwise."""
        with self._writes.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent read that never writes."""
        with self._reads() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Open and, if needed, upgrade the database: the one entry point for the app, CLI and tests."""
    from charting.db.revisions import is_current

    sqlite = url.startswith("sqlite")
    # SQLite is probed through a plain connection, so no WAL switch or other pragma touches a file
    # that may yet be refused; a server database is probed with the engine the app then keeps,
    # which saves a second connection and dialect set-up at start-up.
    probe = create_engine(url) if sqlite else make_engine(url)
    try:
        current = is_current(probe)  # the everyday start-up: no need to import Alembic at all
        if not current:
            from charting.db.migrate import refuse_newer

            refuse_newer(probe)
    except BaseException:
        probe.dispose()
        raise
    if sqlite:
        probe.dispose()
    db = Database(url, engine=None if sqlite else probe)
    if current:
        return db
    from charting.db.migrate import upgrade

    try:
        upgrade(db.engine)
    except BaseException:
        db.dispose()
        raise
    return db
