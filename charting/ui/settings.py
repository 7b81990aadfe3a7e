"""Every remembered UI value, declared once with its type and default.

The file lives in the data folder (``ui-settings.ini``), not in the platform registry: a
``--demo`` run or a test on a temporary data folder never touches the real settings, and
remembered ids (last user, open draft) always belong to the database beside them.

Preferences (what the user chose) and window state (sizes, splitters) are kept in separate
sections so a "reset window layout" can drop one without the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from charting.config import Settings

FILE_NAME = "ui-settings.ini"
T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type[T]
    default: T


# Preferences and session: what the user chose.
LAST_USER_ID = Key("session/last_user_id", int, 0)
LAST_VIEW = Key("session/last_view", str, "today")  # "today" | "patient" | "visit"
LAST_PATIENT_ID = Key("session/last_patient_id", int, 0)
# The draft visit open in the editor; set while it is open, cleared when it is signed or closed.
# Read at start-up to reopen the draft after a crash. Written with an immediate sync.
OPEN_DRAFT = Key("session/open_draft_visit_id", int, 0)
TODAY_PRACTITIONER_ID = Key("preferences/today_practitioner_id", int, 0)  # 0 = everyone

# Window state: kept apart from the preferences above.
WINDOW_GEOMETRY = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Key("window/state", QByteArray, QByteArray())


def splitter_key(name: str) -> Key[QByteArray]:
    """The saved sizes of one named splitter."""
    return Key(f"window/splitter_{name}", QByteArray, QByteArray())


class UiSettings:
    """Typed access to the INI file; cheap to create, instances on the same file share Qt's cache."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def for_app(cls, settings: Settings) -> UiSettings:
        return cls(settings.data_dir / FILE_NAME)

    def get(self, key: Key[T]) -> T:
        if key.type is QByteArray:
            value: Any = self._store.value(key.name)
            return value if isinstance(value, key.type) else key.default  # key.type is QByteArray here
        try:
            return self._store.value(key.name, key.default, type=key.type)  # type: ignore[return-value]
        except (TypeError, ValueError):  # a hand-edited or corrupted value: fall back, never crash
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        self._store.setValue(key.name, value)

    def set_now(self, key: Key[T], value: T) -> None:
        """Write and flush to disk at once: for values that must survive a crash (OPEN_DRAFT)."""
        self.set(key, value)
        self._store.sync()

    def sync(self) -> None:
        self._store.sync()
