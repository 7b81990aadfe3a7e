"""Errors shown in the window (never a traceback) and background work delivered on the main thread."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QThread

from charting.errors import ConflictError
from charting.ui.errors import MessageBanner, report_unexpected, set_error_banner
from charting.ui.workers import run_task


@pytest.fixture
def banner(qtbot):
    widget = MessageBanner()
    qtbot.addWidget(widget)
    set_error_banner(widget)
    yield widget
    set_error_banner(None)


def _raise(exc: BaseException) -> tuple:
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def test_unexpected_error_is_logged_in_full_and_shown_as_a_short_apology(banner, caplog):
    with caplog.at_level(logging.ERROR, logger="charting.ui"):
        report_unexpected(*_raise(ZeroDivisionError("division by zero")))
    assert not banner.isHidden() and banner.kind == "error"
    assert banner.text.startswith("Sorry — something unexpected went wrong (ZeroDivisionError)")
    assert "Everything already saved is kept" in banner.text
    assert "Traceback" not in banner.text
    record = caplog.records[-1]
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_an_uncaught_domain_error_shows_its_own_message(banner):
    report_unexpected(*_raise(ConflictError("Someone else saved this visit first.")))
    assert banner.text == "Someone else saved this visit first."
    assert banner.kind == "error"


def test_info_messages_fade_but_errors_stay(qtbot, banner, monkeypatch):
    monkeypatch.setattr("charting.ui.errors.INFO_TIMEOUT_MS", 50)
    banner.show()
    banner.show_message("Saved.", "info")
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=1000)
    banner.show_message("Could not save.", "error")
    qtbot.wait(120)
    assert not banner.isHidden()


def test_work_runs_off_the_main_thread_and_results_arrive_on_it(qtbot):
    main = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(state):
        seen["worker_thread"] = threading.current_thread()
        for step in range(4):
            state.progress((step + 1) / 4, f"step {step + 1}")
        return sum(range(10))

    progress: list[tuple[float, str]] = []

    def done(result):
        seen["result"] = result
        seen["done_on_main"] = QThread.currentThread() is main

    task = run_task(work, on_done=done, on_progress=lambda f, t: progress.append((f, t)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 45 and seen["done_on_main"] is True
    assert seen["worker_thread"] is not threading.main_thread()
    assert progress[-1] == (1.0, "step 4")


def test_cancel_stops_the_work_between_steps(qtbot):
    started = threading.Event()
    release = threading.Event()
    steps: list[int] = []

    def work(state):
        started.set()
        release.wait(5)
        for step in range(100):
            state.check()
            steps.append(step)
        return "finished"

    outcome: list[str] = []
    task = run_task(work, on_done=outcome.append, on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert outcome == ["cancelled"]
    assert steps == []


def test_a_failure_in_the_worker_reaches_on_error(qtbot):
    errors: list[BaseException] = []
    task = run_task(lambda state: 1 / 0, on_done=lambda r: None, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)
