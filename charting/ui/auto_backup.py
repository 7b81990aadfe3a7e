"""The start-up backup: taken in the background a moment after the main window appears.

Waiting a moment keeps the copy from competing with the first paint; a pool of its own lets the app
wait for exactly this copy when it quits, so the database is not closed under a backup being
written. A failure never stops work: it is logged and named in the window's banner.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer

from charting.backup import automatic_backup
from charting.db.session import Database
from charting.errors import DomainError
from charting.ui.errors import MessageBanner
from charting.ui.workers import Task, TaskState, run_task

log = logging.getLogger("charting.ui.backup")
START_DELAY_MS = 3000


class AutomaticBackup(QObject):
    """Started on construction; call `finish()` after the event loop, before the database closes."""

    def __init__(
        self, db: Database, data_dir: Path, banner: MessageBanner | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._data_dir, self._banner = db, data_dir, banner
        self.task: Task | None = None
        self.written: Path | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._timer.start(START_DELAY_MS)

    def _run(self, _state: TaskState) -> Path | None:
        return automatic_backup(self._db, self._data_dir)

    def _start(self) -> None:
        self.task = run_task(self._run, on_done=self._done, on_error=self._failed, parent=self, pool=self._pool)

    def _done(self, path: Path | None) -> None:
        self.written = path
        if path is not None:
            log.info("automatic backup written: %s", path)

    def _failed(self, error: BaseException) -> None:
        log.error("automatic backup failed", exc_info=(type(error), error, error.__traceback__))
        if self._banner is None:
            return
        reason = str(error) if isinstance(error, DomainError) else self.tr("unexpected error, details in the log.")
        text = self.tr(
            "The automatic backup was not written: {0} Your charts are unchanged; it is tried again at the next start."
        )
        self._banner.show_message(text.format(reason), "warning")

    def finish(self) -> None:
        """Cancel a backup not yet begun; let one being written complete."""
        self._timer.stop()
        self._pool.waitForDone()
