"""An `AppContext` for the clinic settings pages, signed in as a practitioner or front-desk staff."""

from __future__ import annotations

from pathlib import Path

import pytest

from charting.config import Settings
from charting.db.session import Database
from charting.domain.records import UserRecord
from charting.services import users
from charting.ui.context import AppContext


@pytest.fixture
def ctx(db: Database, practitioner: UserRecord, tmp_path: Path) -> AppContext:
    users.save_clinic(db, name="Riverside Acupuncture", phone="(503) 555-0142", user_id=practitioner.id)
    return AppContext(db=db, settings=Settings(data_dir=tmp_path, db_url=db.url), user=practitioner)


@pytest.fixture
def desk_ctx(ctx: AppContext, desk: UserRecord) -> AppContext:
    return AppContext(db=ctx.db, settings=ctx.settings, user=desk)
