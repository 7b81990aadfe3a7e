"""What every window needs: the open database, the settings and who is working."""

from __future__ import annotations

from dataclasses import dataclass

from charting.config import Settings
from charting.db.session import Database
from charting.domain.records import UserRecord


@dataclass
class AppContext:
    db: Database
    settings: Settings
    user: UserRecord
