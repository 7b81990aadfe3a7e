"""Autosave: every edit reaches the database within ~1 s, with no Save button.

Edits restart a short single-shot timer (debounce), so a burst of typing costs one write. The
save is synchronous on the UI thread — a draft write takes a few milliseconds — which means that
once the timer fired, the text is on disk: a crash (even ``kill -9``) loses at most the last
debounce interval of typing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from charting.domain.records import VisitData, VisitRecord
from charting.errors import ConflictError, DomainError

log = logging.getLogger("charting.ui.autosave")
DEBOUNCE_MS = 700

SaveFn = Callable[[VisitData, int], VisitRecord]  # (data, expected_version) -> newer record


class AutosaveController(QObject):
    """States: ``idle`` (nothing unsaved), ``pending`` (an edit waits for the timer), ``conflict``
    (someone else saved first: autosave stops, the edits stay in the window), ``error``."""

    saved = Signal(object)  # VisitRecord
    failed = Signal(object)  # DomainError
    stateChanged = Signal(str)

    def __init__(self, save: SaveFn, collect: Callable[[], VisitData], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._collect = collect
        self._version: int | None = None
        self._dirty = False
        self.state = "idle"
        self.last_saved_at: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def version(self) -> int | None:
        return self._version

    def track(self, version: int | None) -> None:
        """Follow a freshly loaded (or otherwise saved) record; None stops autosaving (signed)."""
        self._timer.stop()
        self._version = version
        self._dirty = False
        self._set_state("idle")

    def schedule(self) -> None:
        if self._version is None:
            return
        self._dirty = True
        if self.state != "conflict":
            self._set_state("pending")
            self._timer.start()

    def has_unsaved(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Save now if anything is unsaved; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty or self._version is None:
            return True
        if self.state == "conflict":
            return False
        try:
            record = self._save(self._collect(), self._version)
        except ConflictError as exc:
            self._set_state("conflict")
            self.failed.emit(exc)
            return False
        except DomainError as exc:
            log.warning("autosave refused: %s", exc)
            self._set_state("error")
            self.failed.emit(exc)
            return False
        self._dirty = False
        self._version = record.version
        self.last_saved_at = datetime.now()
        self._set_state("idle")
        self.saved.emit(record)
        return True

    def overwrite(self, newest_version: int) -> bool:
        """After a conflict, keep what is in the window: save it over the newer version."""
        self._version = newest_version
        self._set_state("pending")
        return self.flush()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)
