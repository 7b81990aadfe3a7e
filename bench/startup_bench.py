"""Start-up: a whole `acuchart` process from launch to the main window shown with the Today list
filled, against a bare PySide6 window's start as the floor, and the app's peak memory.

The app cooperates through one hook: with ACUCHART_BENCH_STARTUP=1 it prints `ready <seconds>`
(its own view: from `run_app` being called) once the Today list is filled, then quits. The figure
reported is the wall clock around the subprocess, launch to that line, which includes the
interpreter's start and every import.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STARTUP_ENV = "ACUCHART_BENCH_STARTUP"
TIMEOUT_S = 120

# The floor: what any PySide6 app pays to show one main window and paint its first frame, ended
# the same way as the app's hook (charting.ui.app.ReadyOnFirstPaint).
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("ready 0", flush=True), app.quit()))
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Launch:
    seconds: float  # launch to the ready line, wall clock
    reported_s: float  # what the process printed after `ready`
    peak_rss_mb: float


def launch(argv: list[str], env: dict[str, str]) -> Launch:
    """Run one process to its `ready` line and exit; its peak RSS comes from the kernel's rusage."""
    began = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    ready: float | None = None
    reported = float("nan")
    peak_mb = float("nan")
    for line in proc.stdout:
        if line.startswith("ready"):
            ready = time.perf_counter() - began
            reported = float(line.split()[1]) if len(line.split()) > 1 else float("nan")
            peak_mb = peak_rss_mb(proc.pid)
            break
    _out, stderr = proc.communicate(timeout=TIMEOUT_S)
    if ready is None:
        raise RuntimeError(f"{' '.join(argv)} exited ({proc.returncode}) without printing 'ready':\n{stderr[-2000:]}")
    return Launch(ready, reported, peak_mb)


def peak_rss_mb(pid: int) -> float:
    """The process's resident high-water mark, read while it is still running.

    Not getrusage: a child's ru_maxrss starts from its parent's size at fork (Linux carries the
    high-water mark across fork and exec), which would charge this benchmark's memory to the app.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return float("nan")


def qt_environment(platform: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env.pop(STARTUP_ENV, None)
    return env


def measure_startup(db_url: str, runs: int, platform: str) -> dict[str, Any]:
    """Median of `runs` launches each of the app and the bare window, interleaved."""
    env = qt_environment(platform)
    app_env = {**env, STARTUP_ENV: "1"}
    apps: list[Launch] = []
    floors: list[Launch] = []
    with tempfile.TemporaryDirectory(prefix="acuchart-bench-home-") as home:
        app_argv = [sys.executable, "-m", "charting", "--data-dir", home, "--db", db_url]
        launch(app_argv, app_env)  # first run warms the OS file cache; not counted
        launch([sys.executable, "-c", BARE_WINDOW], env)
        for _ in range(runs):
            apps.append(launch(app_argv, app_env))
            floors.append(launch([sys.executable, "-c", BARE_WINDOW], env))
    app_s = statistics.median(a.seconds for a in apps)
    floor_s = statistics.median(f.seconds for f in floors)
    return {
        "startup_median_s": round(app_s, 3),
        "startup_app_reported_s": round(statistics.median(a.reported_s for a in apps), 3),
        "startup_floor_median_s": round(floor_s, 3),
        "startup_ratio": round(app_s / floor_s, 2),
        "startup_runs": runs,
        "startup_platform": platform,
        "rss_peak_mb": round(max(a.peak_rss_mb for a in apps), 1),
        "rss_floor_mb": round(max(f.peak_rss_mb for f in floors), 1),
    }
