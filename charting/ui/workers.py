"""Long work off the UI thread: a pure function on a QThreadPool, results back on the main thread.

The function takes a `TaskState` and reports progress / checks for cancellation through it; it
must not touch widgets. Callbacks (`on_done`, `on_error`, `on_progress`) always run on the main
thread, so they may update the window freely::

    task = run_task(lambda state: build_day_sheet(day, progress=state.progress,
                                                  cancelled=state.cancelled),
                    on_done=self._show_pdf, on_error=self.banner.show_error,
                    on_progress=self._progress_bar_update)
    cancel_button.clicked.connect(task.cancel)
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("charting.ui.workers")


class Cancelled(Exception):
    """Raised by a task (or `TaskState.check`) to stop early; delivered as `on_cancelled`."""


class TaskState:
    """What the worker function sees: thread-safe progress reporting and the cancel flag."""

    def __init__(self, report: Callable[[float, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, fraction: float, text: str = "") -> None:
        self._report(min(max(fraction, 0.0), 1.0), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if the user cancelled: call between steps of the work."""
        if self._cancel.is_set():
            raise Cancelled

    def request_cancel(self) -> None:
        self._cancel.set()


class Task(QObject):
    """Handle on one running function; lives on the main thread, so its slots run there."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Emitted from the worker thread; queued to the Task's (main) thread by Qt.
    _progress_from_worker = Signal(float, str)
    _result_from_worker = Signal(object, object, bool)  # result, error, cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = TaskState(self._progress_from_worker.emit)
        self.running = True
        self._progress_from_worker.connect(self._deliver_progress)
        self._result_from_worker.connect(self._deliver_result)

    def cancel(self) -> None:
        self.state.request_cancel()

    @Slot(float, str)
    def _deliver_progress(self, fraction: float, text: str) -> None:
        if self.running:
            self.progressed.emit(fraction, text)

    @Slot(object, object, bool)
    def _deliver_result(self, result: Any, error: Any, was_cancelled: bool) -> None:
        self.running = False
        if was_cancelled:
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()
        _live_tasks.discard(self)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], task: Task) -> None:
        super().__init__()
        self._fn = fn
        self._task = task
        self._emit = task._result_from_worker.emit
        self._state = task.state

    def run(self) -> None:
        try:
            result = self._fn(self._state)
        except Cancelled:
            self._emit(None, None, True)
        except BaseException as exc:  # delivered to on_error; a worker must never die silently
            if not isinstance(exc, Exception):
                log.error("worker stopped by %s", type(exc).__name__)
            self._emit(None, exc, False)
        else:
            self._emit(result, None, self._state.cancelled())


# Tasks started without a parent are kept alive here until they report back.
_live_tasks: set[Task] = set()


def run_task(
    fn: Callable[[TaskState], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[float, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start `fn(state)` on the pool; callbacks arrive on the main thread. Returns the handle.

    Without `on_error`, failures go to the logging exception hook like any unexpected error.
    """
    task = Task(parent)
    _live_tasks.add(task)
    task.succeeded.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    else:
        task.failed.connect(_reraise)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    (pool or QThreadPool.globalInstance()).start(_Runner(fn, task))
    return task


def _reraise(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)
