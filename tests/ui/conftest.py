"""UI test fixtures: a demo clinic database built once, copied fresh into each test's data folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from charting.config import Settings, resolve_settings
from charting.db.session import Database, open_database
from charting.domain.records import UserRecord
from charting.services.users import list_users
from charting.ui.app import prepare_database
from charting.ui.context import AppContext
from charting.ui.settings import UiSettings


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Filling the demo clinic takes seconds: done once per run, the way `acuchart --demo` does it."""
    folder = tmp_path_factory.mktemp("demo-template")
    db = prepare_database(resolve_settings(str(folder)), demo=True)
    db.dispose()  # closing the last connection checkpoints the WAL into the file
    return folder / "acuchart.db"


@pytest.fixture
def demo_settings(demo_template: Path, tmp_path: Path) -> Settings:
    """A private data folder holding a copy of the demo database (and so its own ui-settings.ini)."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "acuchart.db")
    return resolve_settings(str(folder))


@pytest.fixture
def demo_db(demo_settings: Settings) -> Iterator[Database]:
    db = open_database(demo_settings.db_url)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def ui_settings(demo_settings: Settings) -> UiSettings:
    return UiSettings.for_app(demo_settings)


@pytest.fixture
def demo_users(demo_db: Database) -> dict[str, UserRecord]:
    """The demo clinic's people by display name: Dr. Mei Lin, Daniel Ortiz, Sam Reyes (front desk)."""
    return {u.display_name: u for u in list_users(demo_db)}


@pytest.fixture
def ctx(demo_db: Database, demo_settings: Settings, demo_users: dict[str, UserRecord]) -> AppContext:
    """Working as Dr. Mei Lin, the demo clinic's main practitioner."""
    return AppContext(db=demo_db, settings=demo_settings, user=demo_users["Dr. Mei Lin"])
